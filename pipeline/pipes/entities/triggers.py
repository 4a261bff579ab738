"""Trigger phrases: the SpanRuler patterns that start every rule entity, and their index by token.

The phrases (fixed names, titles and honorifics, unit and type words, named bodies, roads)
are spaCy SpanRuler patterns in ``data/entity_patterns.jsonl``; each pattern's ``id`` says
what kind of completion its match starts (``KINDS``, applied in ``completions.py``).
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import cast

import numpy
from spacy.attrs import IS_LOWER, LIKE_NUM, NORM, ORTH
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import SpanRuler
from spacy.tokens import Doc, Span, SpanGroup

from ...textnorm import tone_key

PATTERNS_KEY = "entity_patterns"  # doc.spans key of the SpanRuler's trigger matches
# The completion each pattern id starts (``completions.COMPLETIONS``); ties of equal length go to the first.
KINDS = {"party_state": "party_state", "title": "title", "fixed": "fixed", "body": "body",
         "name_after": "name_after", "unit": "name_after", "geo": "name_after", "road": "road", "outlet": "outlet",
         "city": "fixed"}  # a foreign city is a fixed place, but names an outlet after a media word ("thời báo Bình Nhưỡng")
KIND_ORDER = list(KINDS)


@lru_cache(maxsize=1)
def load_patterns() -> tuple[dict, ...]:
    """Read the SpanRuler patterns, keying every NORM as the normalizer keys token norms.

    The file writes syllables as they appear in text ("Huyện ủy"); token norms put the tone mark
    in one fixed place ("huyện uỷ"), so the pattern values are keyed the same way here.
    """
    lines = resources.files("pipeline.data").joinpath("entity_patterns.jsonl").read_text("utf-8").splitlines()
    patterns = [json.loads(line) for line in lines if line.strip()]
    for entry in patterns:
        if entry["id"] not in KINDS:
            raise ValueError(f"entity_patterns.jsonl: unknown pattern id {entry['id']!r} in {entry}")
        for token in entry["pattern"]:
            if "NORM" in token:
                token["NORM"] = tone_key(token["NORM"].lower())
    return tuple(patterns)


def pattern_phrases(*ids: str) -> list[tuple[str, ...]]:
    """The norm keys of the plain (one NORM per token) patterns with these ids, longest first."""
    phrases = {tuple(t["NORM"] for t in p["pattern"]) for p in load_patterns()
               if p["id"] in ids and all("NORM" in t for t in p["pattern"])}
    return sorted(phrases, key=len, reverse=True)


def make_pattern_ruler(nlp: Language) -> SpanRuler:
    """A SpanRuler (outside the pipeline) that writes every trigger match to ``doc.spans[PATTERNS_KEY]``."""
    ruler = IndexedSpanRuler(nlp, name=PATTERNS_KEY, spans_key=PATTERNS_KEY, annotate_ents=False, overwrite=True, validate=True)
    ruler.add_patterns([dict(p) for p in load_patterns()])
    return ruler


# The token attributes a pattern may test for ``IndexedSpanRuler`` to match it itself, and the columns of
# ``doc.to_array`` it reads them from; a pattern testing anything else (an operator, a set of values) sends
# the whole ruler back to spaCy's Matcher.
INDEXED_ATTRS = {"NORM": NORM, "TEXT": ORTH, "ORTH": ORTH, "IS_LOWER": IS_LOWER, "LIKE_NUM": LIKE_NUM}
COLUMNS = [NORM, ORTH, IS_LOWER, LIKE_NUM]

# A pattern as ``IndexedSpanRuler`` matches it: per token, the (column, value) pairs it must equal.
Checks = tuple[tuple[tuple[int, int], ...], ...]


def indexable(tokens) -> bool:
    """True when a token pattern has a fixed length and tests only ``INDEXED_ATTRS``, each for one value."""
    return isinstance(tokens, list) and bool(tokens) and all(
        isinstance(t, dict) and t and all(k in INDEXED_ATTRS and isinstance(v, (str, bool)) for k, v in t.items()) for t in tokens)


class IndexedSpanRuler(SpanRuler):
    """spaCy's SpanRuler, with the token patterns found from an index of their first token's norm or
    text: spaCy's Matcher tries every pattern at every token (650 patterns: half the entity rules'
    time). The same matches, made into the same sorted Spans (``SpanRuler.match``); validation, labels
    and ids are the SpanRuler's own. A token pattern the index cannot hold (a regular expression, an
    operator) is matched by a Matcher of its own that holds only such patterns (``rest``), its matches
    added to the index's; a phrase pattern (a string) leaves all matching to the SpanRuler's Matchers."""

    def add_patterns(self, patterns: list) -> None:
        super().add_patterns(patterns)
        strings = self.nlp.vocab.strings
        self.by_norm: dict[int, list[tuple[Checks, int]]] = {}
        self.by_orth: dict[int, list[tuple[Checks, int]]] = {}
        self.anywhere: list[tuple[Checks, int]] = []
        self.rest = Matcher(self.nlp.vocab, validate=self.validate)  # the token patterns the index cannot hold
        self.indexed = all(isinstance(entry["pattern"], list) for entry in self._patterns)
        if not self.indexed:
            return
        for entry in self._patterns:
            if not indexable(entry["pattern"]):
                self.rest.add(repr((entry["label"], entry.get("id", ""))), [cast(list[dict], entry["pattern"])])
                continue
            checks = tuple(tuple((COLUMNS.index(INDEXED_ATTRS[k]), strings.add(v) if isinstance(v, str) else int(v))
                                 for k, v in token.items()) for token in cast(list[dict], entry["pattern"]))
            match_id = strings.as_int(repr((entry["label"], entry.get("id", ""))))
            first = dict(checks[0])
            if 0 in first:
                self.by_norm.setdefault(first[0], []).append((checks, match_id))
            elif 1 in first:
                self.by_orth.setdefault(first[1], []).append((checks, match_id))
            else:
                self.anywhere.append((checks, match_id))

    def match(self, doc: Doc) -> list[Span]:
        if not self.indexed or not len(doc):
            return super().match(doc)
        array = doc.to_array(COLUMNS).reshape(len(doc), len(COLUMNS))
        columns = cast(list[list[int]], array.T.tolist())
        norms, orths = columns[0], columns[1]
        if self.anywhere:
            starts: list[int] = list(range(len(doc)))
        else:
            starts = numpy.flatnonzero(numpy.isin(array[:, 0], numpy.array(list(self.by_norm), dtype=numpy.uint64))
                                       | numpy.isin(array[:, 1], numpy.array(list(self.by_orth), dtype=numpy.uint64))).tolist()
        found = set()
        for i in starts:
            for checks, match_id in (*self.by_norm.get(norms[i], []), *self.by_orth.get(orths[i], []), *self.anywhere):
                end = i + len(checks)
                if end <= len(doc) and all(columns[column][i + k] == value for k, token in enumerate(checks) for column, value in token):
                    found.add((match_id, i, end))
        if len(self.rest):
            found.update((match_id, start, end) for match_id, start, end in self.rest(doc) if start != end)
        labels = self._match_label_id_map
        return sorted({Span(doc, start, end, label=labels[m]["label"], span_id=labels[m]["id"]) for m, start, end in found})


class TriggerIndex:
    """The trigger matches of one Doc by start token, longest first (equal lengths in ``KIND_ORDER``).

    Built once per call of the rule matcher from ``doc.spans[PATTERNS_KEY]`` and passed to
    whatever needs it, so nothing is cached on the Doc.
    """

    def __init__(self, matches: SpanGroup | list[Span]):
        self.by_start: dict[int, list[Span]] = {}
        for span in matches:
            self.by_start.setdefault(span.start, []).append(span)
        for spans in self.by_start.values():
            spans.sort(key=lambda t: (-len(t), KIND_ORDER.index(t.id_)))

    def at(self, i: int) -> list[Span]:
        """The trigger matches starting at token ``i``, longest first."""
        return self.by_start.get(i, [])

    def starts_title(self, i: int) -> bool:
        """True when a title or honorific ("Ông", "Chủ tịch") starts at token ``i``."""
        return any(trigger.id_ == "title" for trigger in self.at(i))

    def starts_trigger(self, i: int) -> bool:
        """True when a trigger other than a title starts at token ``i``."""
        return any(trigger.id_ != "title" for trigger in self.at(i))
