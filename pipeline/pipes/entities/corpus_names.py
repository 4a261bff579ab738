"""Names learnt across articles: the forms the pipeline labels one way again and again in raw press.

``discourse.py`` gives a name the label it has elsewhere in the same article; this step brings the
memory of many articles. ``scripts/build_name_stats.py`` ran the pipeline over a seeded sample of
raw baomoi 2017 articles (none of the texts the entity layer is scored on) and kept, in
``data/name_stats.json``, the token sequences it labelled often, in several articles, with one
dominant label, rarely leaving them untagged and (one word) never writing them in lowercase
(thresholds in the file's header). The merge policy calls it on its final choice, after the
article's own names:

- ``mentions``: an occurrence of a known name written with a capital on every word, on tokens
  nothing else holds, standing alone (no capitalised word glued before or after, as
  ``discourse.stands_alone``), inside one sentence, takes the name's label (source
  ``corpus_names``); not fused to a word or number ("VNR500"),
  not an initial ("Ph. Thúy"), not after a lowercase place or unit word ("sân bay Nội Bài",
  "Bệnh viện Đa khoa tỉnh Đắk Lắk": the name belongs with the word, the merge's check),
  not after a word of ``corpus_names_not_after`` (``entity_rules.json``: "tiếng Arab" is a
  language), and a one-word name the article also writes in lowercase is left alone (a common
  word there);
- ``split``: a span of the rules or the statistical layer that is no known name but opens with
  a known body, place or thing and runs on into a known person of two words or more is cut into
  the known names it holds, each part keeping the span's source ("PVTex Vũ Đình Duy", "Bộ GDĐT
  Bùi Văn Ga - Trưởng ban"): what no known name covers is left out;
- ``relabelled``: a span of the statistical layer whose text is a name known with a very
  dominant label (the file's last field) takes that label (source ``corpus_names``).

The policy's ``corpus_names``, ``corpus_split`` and ``corpus_relabel`` switch the three apart;
``split`` and ``relabelled`` are on by default (strict F1 together: corpus/gold 0.861 -> 0.862,
corpus/gold-test 0.796 -> 0.797, VLSP 2018 dev 0.817 -> 0.818; on raw samples not read while
writing, seeds 3303 and 3304, 11 changed spans right and 2 wrong, both replacing a wrong span),
``mentions`` off: on the development gold it marks parts of longer names the pipeline misses
("Thủ Thiêm" of "khu đô thị mới Thủ Thiêm"; 1 right, 4 wrong) and on the same raw samples it is
34 right to 14 wrong (aircraft and vehicles as ORG, "đại biểu QH", parts of longer names).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Set
from functools import lru_cache
from importlib import resources

import regex
from spacy.tokens import Doc, Span

from ...doctools import doc_text, text_positions
from ...textnorm import match_key
from .discourse import stands_alone

SOURCE = "corpus_names"


@lru_cache(maxsize=1)
def load_name_stats() -> dict:
    """The shipped statistics (``data/name_stats.json``)."""
    return json.loads(resources.files("pipeline.data").joinpath("name_stats.json").read_text("utf-8"))


class CorpusNames:
    """The known names of ``data/name_stats.json`` (or of ``names``: text -> [label, ..., relabel]), indexed by first token."""

    def __init__(self, names: dict[str, list] | None = None, not_after: Iterable[str] = ()):
        names = load_name_stats()["names"] if names is None else names
        self.not_after = {match_key(w) for w in not_after}
        self.labels = {tuple(text.split(" ")): row[0] for text, row in names.items()}
        self.confident = {form: label for form, label in self.labels.items() if names[" ".join(form)][-1]}
        self.by_first: dict[str, list[tuple[str, ...]]] = {}
        for form in sorted(self.labels, key=lambda f: (-len(f), f)):
            self.by_first.setdefault(form[0], []).append(form)

    def mentions(self, doc: Doc, occupied: Set[int]) -> list[Span]:
        """Every standalone occurrence of a known name on tokens free of ``occupied``, inside one sentence."""
        found: list[Span] = []
        taken = set(occupied)
        text: str | None = None
        for first in text_positions(doc, self.by_first):
            if first in taken:
                continue
            for form in self.by_first[doc[first].text]:
                start, end = first, first + len(form)
                if end > len(doc) or any(doc[i].text != word for i, word in zip(range(start, end), form)):
                    continue
                if any(i in taken or (i > start and doc[i].is_sent_start) or (doc[i].is_alpha and not doc[i].text[:1].isupper())
                       for i in range(start, end)) or not stands_alone(doc, start, end) or self.glued(doc, start, end):
                    continue
                if len(form) == 1:
                    text = doc_text(doc) if text is None else text
                    if lowercase_in(form[0], text):
                        continue
                found.append(Span(doc, start, end, label=self.labels[form]))
                taken.update(range(start, end))
                break
        return found

    def glued(self, doc: Doc, start: int, end: int) -> bool:
        """The name is written fused to a word or number ("VNR500": a longer name), is an initial
        ("Ph. Thúy": a full stop glued to it inside the sentence, or to one or two letters) or follows a word of ``not_after``
        ("tiếng Arab": a language)."""
        before = doc[start - 1] if start > 0 else None
        if before is not None and ((not before.whitespace_ and before.text[-1:].isalnum()) or before.norm_ in self.not_after):
            return True
        if end < len(doc) and not doc[end - 1].whitespace_ and doc[end].text[:1].isalnum():
            return True
        return end < len(doc) and doc[end].text == "." and not doc[end - 1].whitespace_ \
            and (len(doc[start:end].text) <= 2 or (end + 1 < len(doc) and not doc[end + 1].is_sent_start))

    def known_at(self, doc: Doc, start: int, end: int) -> list[tuple[int, str]]:
        """(end, label) of the known names starting at token ``start`` and ending by ``end``, longest first."""
        out = []
        for form in self.by_first.get(doc[start].text, ()):
            stop = start + len(form)
            if stop <= end and all(doc[i].text == word for i, word in zip(range(start, stop), form)):
                out.append((stop, self.labels[form]))
        return out

    def split(self, span: Span) -> list[Span]:
        """``span`` cut into the known names it holds when it is none itself and runs from a known
        non-person name into a known person of two words or more; else ``[span]``."""
        doc = span.doc
        if tuple(t.text for t in span) in self.labels:
            return [span]
        for first_end, first_label in self.known_at(doc, span.start, span.end - 2):
            if first_label == "PER":
                continue
            person = next(((end, label) for end, label in self.known_at(doc, first_end, span.end)
                           if label == "PER" and end - first_end >= 2), None)
            if person is None:
                continue
            parts = [Span(doc, span.start, first_end, label=first_label, span_id=span.id_),
                     Span(doc, first_end, person[0], label="PER", span_id=span.id_)]
            i = person[0]
            while i < span.end:
                known = self.known_at(doc, i, span.end)
                if known:
                    parts.append(Span(doc, i, known[0][0], label=known[0][1], span_id=span.id_))
                    i = known[0][0]
                else:
                    i += 1
            return parts
        return [span]

    def relabelled(self, spans: Iterable[Span]) -> list[Span]:
        """``spans`` with the label of a very confident known name where their text is one."""
        out = []
        for span in spans:
            label = self.confident.get(tuple(t.text for t in span))
            out.append(span if label is None or label == span.label_ else
                       Span(span.doc, span.start, span.end, label=label, span_id=span.id_))
        return out


def lowercase_in(word: str, text: str) -> bool:
    lowered = word.lower()
    return lowered in text and bool(regex.search(r"(?<!\w)" + regex.escape(lowered) + r"(?!\w)", text))
