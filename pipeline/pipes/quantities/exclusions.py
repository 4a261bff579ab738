"""Numerals that are not amounts: one named rule per kind, read from ``data/numerals.json``.

The guidelines leave out of the quantities clock times, ordinals, identifiers, numbers
inside names, list markers and positions. Each kind of these is one entry of
``not_quantity`` in the data file (its words and regular expressions, with a ``_doc`` note);
this module applies them all the same way, so a new kind is a data change, and the kind
that claimed a number is named: ``doc.spans["not_quantities"]`` holds the numerals left out,
labelled with their kind, for ``scripts/check_quantities.py``.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import accumulate

import regex
from spacy.tokens import Doc, Span, Token

from ...doctools import doc_text
from ...phrases import phrase_keys

FLAGS = regex.IGNORECASE | regex.V1
SERIES_JOINERS = {",", "và", "hoặc", "-", "–", "đến"}
MAX_PHRASE = 4  # the longest phrase a rule's "before" may hold, in tokens
MAX_TABLE_LABEL = 6  # the longest label of a flattened statistics table, in tokens


@dataclass(frozen=True)
class ExclusionRule:
    """One kind of non-amount: the phrases before the number, text patterns, a shape of the number."""

    kind: str
    before: tuple[tuple[str, ...], ...] = ()
    series: bool = False
    patterns: tuple[regex.Pattern, ...] = ()
    shape: regex.Pattern | None = None
    unless_counted: bool = False
    after_tags: frozenset[str] = frozenset()
    doc_shape: regex.Pattern | None = None
    not_after: tuple[tuple[str, ...], ...] = ()


def load_rules(table: dict) -> tuple[list[ExclusionRule], list[tuple[str, ...]]]:
    """The rules of ``not_quantity`` in data order, and the ``despite_before`` phrases."""
    rules = []
    for kind, entry in table.items():
        if kind.startswith("_") or not isinstance(entry, dict):
            continue
        rules.append(ExclusionRule(
            kind=kind,
            before=tuple(keys for keys in phrase_keys(entry.get("before", [])) if len(keys) <= MAX_PHRASE),
            series=entry.get("series", False),
            patterns=tuple(regex.compile(p, FLAGS) for p in entry.get("patterns", [])),
            shape=regex.compile(entry["shape"], FLAGS) if entry.get("shape") else None,
            unless_counted=entry.get("unless_counted", False),
            after_tags=frozenset(entry.get("after_tags", [])),
            doc_shape=regex.compile(entry["doc_shape"], FLAGS) if entry.get("doc_shape") else None,
            not_after=tuple(keys for keys in phrase_keys(entry.get("not_after", [])) if len(keys) <= MAX_PHRASE),
        ))
    return rules, phrase_keys(table.get("despite_before", []))


class Claims(list[tuple[int, int, str]]):
    """The pattern claims of one Doc, ``(start, end, kind)`` in match order, indexed by kind so that a
    numeral's overlap is found by bisection: scanning every claim per numeral grew with the square of
    the article's length."""

    def __init__(self, claims: Iterable[tuple[int, int, str]] = ()):
        super().__init__(claims)
        spans: dict[str, list[tuple[int, int]]] = {}
        for start, end, kind in sorted(self):
            spans.setdefault(kind, []).append((start, end))
        # per kind: the starts in order and, over each prefix of them, the furthest end reached
        self.by_kind = {kind: ([a for a, _ in pairs], list(accumulate((b for _, b in pairs), max)))
                        for kind, pairs in spans.items()}

    def overlaps(self, kind: str, start: int, end: int) -> bool:
        """True when a claim of ``kind`` overlaps the characters ``start``..``end``."""
        if kind not in self.by_kind:
            return False
        starts, reach = self.by_kind[kind]
        before = bisect_left(starts, end)  # the claims that start before ``end``
        return before > 0 and reach[before - 1] > start

    def has_kind(self, kind: str) -> bool:
        return kind in self.by_kind


def claimed_by_patterns(doc: Doc, rules: list[ExclusionRule]) -> Claims:
    """(start, end, kind) of every pattern match in the text: the characters no amount may overlap."""
    claimed = []
    text = doc_text(doc)
    for rule in rules:
        for pattern in rule.patterns:
            for match in pattern.finditer(text):
                group = "num" if "num" in pattern.groupindex and match.group("num") is not None else 0
                claimed.append((match.start(group), match.end(group), rule.kind))
    return Claims(claimed)


def non_space_before(doc: Doc, i: int) -> Token | None:
    """The nearest token before index ``i`` that is not white space on the same line, or None."""
    while i > 0:
        i -= 1
        if not doc[i].is_space:
            return doc[i]
        if "\n" in doc[i].text:
            return None
    return None


def phrase_before(doc: Doc, start: int, phrases: tuple[tuple[str, ...], ...]) -> str | None:
    """How one of ``phrases`` ends right before token ``start``: ``"word"`` when it begins a word of
    the ``words`` stage, ``"inside"`` when the segmenter glued it to the word before (``phòng`` in
    ``Quốc phòng hai nước``, but also ``a khoản`` in ``điểm a khoản 3``), None when none does or
    when it ends a capitalised name (``Phòng`` in ``Hải Phòng 57``, ``Hải Phòng 2-0``) or a rate
    (``vòng/phút 18.45``)."""
    end = start
    while end > 0 and doc[end - 1].is_space and "\n" not in doc[end - 1].text:
        end -= 1
    if end == 0:
        return None
    last = "" if doc[end - 1].is_space else doc[end - 1].norm_
    candidates = [keys for keys in phrases if keys[-1] == last]  # most numbers follow none of them: no window built
    if not candidates:
        return None
    before = doc[max(0, end - MAX_PHRASE) : end]
    norms = tuple("" if t.is_space else t.norm_ for t in before)
    for keys in candidates:
        if len(keys) <= len(norms) and norms[len(norms) - len(keys):] == keys:
            first = before[len(norms) - len(keys)]
            if first.i > 0 and doc[first.i - 1].text == "/" and not doc[first.i - 1].whitespace_:
                return None  # "10.000 vòng/phút 18.45 mã lực": the word ends a rate unit
            if first._.word_start:
                return "word"
            return None if first.is_title or first.is_upper else "inside"
    return None


def attribute_before(doc: Doc, last: int, keys: tuple[str, ...], reach: int = 3) -> bool:
    """True when the attribute noun ``keys`` ends at token ``last`` or up to ``reach`` words before it
    (``giá 150.000``, ``mô-men xoắn cực đại 174 Nm``: a modifier may stand between)."""
    i = last
    for _ in range(reach):
        start = i - len(keys) + 1
        if start >= 0 and doc[i].norm_ == keys[-1] and tuple(t.norm_ for t in doc[start : i + 1]) == keys:
            return True  # (the last word compared first: most phrases end otherwise)
        i -= 1
        while i >= 0 and doc[i].is_space:
            i -= 1
        if i < 0 or not doc[i].is_alpha:
            return False
    return False


def in_table_row(doc: Doc, label_end: int, start: int) -> bool:
    """True when the number at token ``start`` is a cell of a statistics table flattened into text
    (``13 Phạm lỗi 14 7 Phạt góc``, ``AC Milan 20(5) Sút khung thành``, see ``tables.py``): a bare number
    or a bracket follows it, or a number comes before the capitalised label that ends at ``label_end``."""
    after = next((t for t in doc[start + 1 : start + 3] if not t.is_space), None)
    if after is not None and (after.like_num and after.whitespace_ or after.text == "("):
        return True  # not "pháo Mk 45 127mm"
    i = label_end
    while i > 0 and label_end - i < MAX_TABLE_LABEL and doc[i - 1].is_alpha or i > 0 and doc[i - 1].is_space and "\n" not in doc[i - 1].text:
        i -= 1
    first = next((t for t in doc[i : label_end + 1] if not t.is_space), None)
    previous = non_space_before(doc, i)
    return first is not None and first.is_title and previous is not None and (previous.like_num or previous.text in ")%")


def series_start(doc: Doc, start: int) -> int:
    """The token index of the first number of a series ending at ``start`` (``5, 17 và [31]``)."""
    while True:
        joiner = non_space_before(doc, start)
        if joiner is None or joiner.lower_ not in SERIES_JOINERS:
            return start
        number = non_space_before(doc, joiner.i)
        if number is None or not number.like_num:
            return start
        start = number.i


class Exclusions:
    """Decide which kind of non-amount, if any, a numeral is."""

    def __init__(self, table: dict, qualifiers: Iterable[tuple[str, ...]] = ()):
        """``qualifiers``: the phrases of a qualifier, after which a number counts even after a noun (``khoảng``)."""
        self.rules, self.despite = load_rules(table)
        self.counts_after = tuple(self.despite) + tuple(qualifiers)

    def claimed(self, doc: Doc) -> Claims:
        """The pattern claims of one Doc (computed once per Doc, before its numerals are read)."""
        return claimed_by_patterns(doc, self.rules)

    def kind(self, doc: Doc, span: Span, bare: bool, claims: list[tuple[int, int, str]],
             counted: Callable[[], bool], single: bool = False) -> str | None:
        """The kind of the first rule that claims ``span``, or None when it may be an amount.

        ``bare``: the numeral has no multiplier, percent or fused unit; ``single``: bare and no
        range either; ``counted``: a callable saying whether a counted noun or unit follows it
        (only asked when a rule needs it).
        """
        start, end = span.start_char, span.end_char
        index = claims if isinstance(claims, Claims) else Claims(claims)
        for rule in self.rules:
            claim = self.rule_claims(doc, span, rule, bare, index, start, end, single)
            if claim is None:
                continue
            if (rule.unless_counted or claim == "weak") and counted():
                continue
            return rule.kind
        return None

    def rule_claims(self, doc: Doc, span: Span, rule: ExclusionRule, bare: bool,
                    claims: Claims, start: int, end: int, single: bool = False) -> str | None:
        """How one of the rule's fields (before, patterns, shape, after_tags, doc_shape) claims the span: ``"strong"``,
        or ``"weak"`` for a phrase inside a longer word, which holds only when nothing counted follows
        (``Bằng cấp 3 của người khác`` is a level; ``Quốc phòng hai nước`` counts countries)."""
        if claims.overlaps(rule.kind, start, end):
            return "strong"
        if rule.shape is not None and bare and rule.shape.fullmatch(span.text):
            return "strong"
        if rule.before and bare:
            head = series_start(doc, span.start) if rule.series else span.start
            for first in {span.start, head}:
                found = phrase_before(doc, first, rule.before)
                if found and not phrase_before(doc, first, tuple(self.despite)):
                    return "strong" if found == "word" else "weak"
        if rule.after_tags and single and self.after_noun(doc, span.start, rule.after_tags, rule.not_after):
            return "strong"
        if rule.doc_shape is not None and single and rule.doc_shape.fullmatch(span.text) and claims.has_kind(rule.kind):
            return "weak"  # the article writes this kind elsewhere: "Sáng 11.5 ... đêm qua (12.5)"
        return None

    def after_noun(self, doc: Doc, start: int, tags: frozenset[str], not_after: tuple[tuple[str, ...], ...] = ()) -> bool:
        """True when the word right before token ``start`` is a noun or a name (its tag in ``tags``),
        on the same line and not a ``despite_before`` phrase or a qualifier (``khoảng 7.200 trẻ``, which the
        tagger may call a noun): Vietnamese counts before the noun, so a
        number after one names or ranks it (``Hải quân Vùng 3``, ``Harpoon Block 2``, ``hô hiệu 155``)."""
        before = non_space_before(doc, start)
        if before is None or not before.is_alpha or before.tag_ not in tags:
            return False
        if start + 2 < len(doc) and doc[start + 1].text == "/" and doc[start + 2].like_num:
            return False  # a fraction: "chịu trách nhiệm 2/3"
        if phrase_before(doc, start, self.counts_after) or in_table_row(doc, before.i, start):
            return False
        return not any(attribute_before(doc, before.i, keys) for keys in not_after)
