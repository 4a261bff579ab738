"""Names the article itself defines: an abbreviation given in parentheses, a name repeated.

A press article names a body in full once and then by its abbreviation ("Phòng Thương mại
và Công nghiệp Việt Nam (VCCI) ... Chủ tịch VCCI"), and repeats a foreign company, club or
person many times after the statistical layer has recognised it once ("LeEco", "Bologna").
One name keeps one sense within one article, so:

- ``abbreviations``: a one-word abbreviation in parentheses right after an organisation or
  a named thing of several words takes that name's label (``Full Name (ABBR)``);
- ``repeated_mentions``: every other standalone occurrence of a defined abbreviation, or of a
  name the statistical layer found (always with the same label, never a one-word person name,
  never a word the article also writes in lowercase), takes that label.

The merge policy calls both on its final choice, so a rule's decision about a span is never
overridden: a mention only fills tokens nothing else claims.
"""

from __future__ import annotations

from collections.abc import Iterable, Set

import regex
from spacy.tokens import Doc, Span

from ...doctools import doc_text, text_positions

ABBREVIATION = regex.compile(r"^[\p{Lu}][\p{L}\d.&-]*$")
ABBREVIATED_LABELS = {"ORG", "MISC"}


def is_abbreviation(text: str) -> bool:
    """An abbreviation is one word with at least two capitals: "VCCI", "PVC.KBC", "TfL"; not "C46"."""
    return bool(ABBREVIATION.match(text)) and sum(c.isupper() for c in text) >= 2


def abbreviations(doc: Doc, spans: Iterable[Span], occupied: Set[int]) -> list[Span]:
    """The abbreviation in ``Full Name (ABBR)`` after every organisation or MISC name of two or more
    tokens among ``spans``, with its label, where no token of it is in ``occupied``."""
    found = []
    for span in spans:
        if span.label_ not in ABBREVIATED_LABELS or len(span) < 2 or span.end + 2 >= len(doc) or doc[span.end].text != "(":
            continue
        start = span.end + 1
        close = glued_end(doc, start)
        if close < len(doc) and doc[close].text == ")" and not any(i in occupied for i in range(start, close)) \
                and is_abbreviation(doc[start:close].text):
            found.append(Span(doc, start, close, label=span.label_))
    return found


def glued_end(doc: Doc, start: int, longest: int = 5) -> int:
    """The end of the tokens written without a space from ``start`` ("PVC.KBC" is three), at most ``longest``."""
    end = start + 1
    while end < len(doc) and end - start < longest and not doc[end - 1].whitespace_ and doc[end].text != ")":
        end += 1
    return end


def repeatable_names(doc: Doc, model_spans: Iterable[Span], other_spans: Iterable[Span]) -> dict[tuple[str, ...], str]:
    """The names of ``model_spans`` (token texts) that may label their other mentions: every span of
    that text among both groups has one label; not a one-word person ("Hoàng" is many people);
    capitalised; not written in lowercase anywhere in the article ("Cục" opens a sentence, "cục" is a
    common word)."""
    labels: dict[tuple[str, ...], set[str]] = {}
    for span in [*model_spans, *other_spans]:
        labels.setdefault(tuple(t.text for t in span), set()).add(span.label_)
    model_names = {tuple(t.text for t in span) for span in model_spans}
    text = doc_text(doc)
    names = {}
    for name in model_names:
        label = next(iter(labels[name])) if len(labels[name]) == 1 else None
        if label is None or (label == "PER" and len(name) == 1) or not name[0][:1].isupper():
            continue
        lowercase = " ".join(name).lower()
        if lowercase in text and regex.search(r"(?<!\w)" + regex.escape(lowercase) + r"(?!\w)", text):
            continue  # (the plain substring test first: most names are never written in lowercase)
        names[name] = label
    return names


def repeated_mentions(doc: Doc, names: dict[tuple[str, ...], str], occupied: Set[int]) -> list[Span]:
    """Every occurrence of one of ``names`` (token texts) whose tokens are free of ``occupied`` and
    which stands alone: not glued to a capitalised word before or after ("Milan" in "AC Milan")."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for name in sorted(names, key=len, reverse=True):
        by_first.setdefault(name[0], []).append(name)
    found: list[Span] = []
    taken = set(occupied)
    for first in text_positions(doc, by_first):  # the tokens a name starts with, from the Doc's ORTH array
        for name in by_first[doc[first].text]:
            start, end = first, first + len(name)
            if end > len(doc) or any(doc[i].text != text for i, text in zip(range(start, end), name)):
                continue
            if any(i in taken for i in range(start, end)) or not stands_alone(doc, start, end):
                continue
            found.append(Span(doc, start, end, label=names[name]))
            taken.update(range(start, end))
            break
    return found


def stands_alone(doc: Doc, start: int, end: int) -> bool:
    """No capitalised word right before or after ``start:end``: the mention is not part of a longer name
    ("AC Milan"); a capitalised word opening the sentence counts only when it is tagged a proper noun
    ("Theo LeEco" is the name alone)."""
    before = doc[start - 1] if start > 0 else None
    glued_before = before is not None and before.is_alpha and before._.is_cap and (not before.is_sent_start or before.tag_ == "Np")
    glued_after = end < len(doc) and doc[end].is_alpha and doc[end]._.is_cap
    return not (glued_before or glued_after)
