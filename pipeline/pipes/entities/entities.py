"""Entities: a statistical layer (underthesea's CRF) corrected by the project's rules.

Precedence, tested in ``tests/test_entities.py``:
1. Rule spans win: they encode the guidelines (bodies bound to a place, titles outside
   person names, the ``Đảng`` rule), which no model trained on VLSP 2018 knows.
2. A model span is kept only where it overlaps no rule span, after trimming what the
   guidelines leave outside a name (titles, lowercase words before a place).
3. Generic mentions (``Huyện ủy`` alone, ``Đảng bộ``) are never entities.
"""

from __future__ import annotations

import regex
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ...textnorm import match_key
from .crf import crf_entities
from .rules import RuleMatcher, load_rules, syllable_keys


ROMAN_NUMERAL = regex.compile(r"^[IVXLC]+$")


class EntityRecognizer:
    """Write ``doc.ents`` from rules and the statistical layer, each span with ``_.source`` and ``_.norm``."""

    def __init__(self, nlp: Language, name: str = "entities", model: str = "crf"):
        self.name = name
        self.model = model
        self.rules = RuleMatcher()
        data = load_rules()
        self.not_entities = {match_key(p) for p in data["not_entities"]}
        self.title_keys = sorted((syllable_keys(t) for t in data["titles"]), key=len, reverse=True)
        self.place_words = sorted((syllable_keys(u) for u in data["units"] + data["geo_words"]), key=len, reverse=True)

    def __call__(self, doc: Doc) -> Doc:
        rule_spans = filter_spans(self.rules(doc))
        covered = {i for span in rule_spans for i in range(span.start, span.end)}
        model_spans = []
        for span in self.model_spans(doc):
            span = self.trim(span)
            if span is None or self.is_generic(span) or any(i in covered for i in range(span.start, span.end)):
                continue
            model_spans.append(span)
        # Span extension values are stored per (offsets, label), so a model span with the
        # same edges as a rule span would share its attributes: set them once, at the end.
        sources = {(s.start, s.end, s.label_): self.model for s in model_spans}
        sources.update({(s.start, s.end, s.label_): "rule" for s in rule_spans})
        spans = [s for s in filter_spans(rule_spans + model_spans) if not self.in_boilerplate(s)]
        doc.ents = spans
        for span in doc.ents:
            span._.source = sources[(span.start, span.end, span.label_)]
            span._.norm = match_key(span.text)
        return doc

    def model_spans(self, doc: Doc) -> list[Span]:
        return crf_entities(doc)

    def trim(self, span: Span) -> Span | None:
        """Drop leading titles from a person and leading common words from a place or person."""
        start, end = span.start, span.end
        doc = span.doc
        changed = True
        while changed and start < end:
            changed = False
            for keys in self.title_keys:
                if RuleMatcher.match_keys(doc, start, keys) is not None and start + len(keys) < end:
                    start += len(keys)
                    changed = True
                    break
        if span.label_ in ("PER", "LOC"):
            while start < end and not doc[start]._.is_cap and not (span.label_ == "LOC" and self.starts_with_place_word(doc, start)):
                start += 1
        while end > start and not (doc[end - 1].is_alpha or doc[end - 1].is_digit):
            end -= 1
        if start >= end or ROMAN_NUMERAL.match(doc[start:end].text):
            return None
        return Span(doc, start, end, label=span.label_)

    def starts_with_place_word(self, doc: Doc, i: int) -> bool:
        return any(RuleMatcher.match_keys(doc, i, keys) for keys in self.place_words)

    def is_generic(self, span: Span) -> bool:
        """A model span that is only a type word (``Huyện ủy``, ``Đảng bộ``) names nothing."""
        return match_key(span.text) in self.not_entities

    @staticmethod
    def in_boilerplate(span: Span) -> bool:
        return any(token._.is_boilerplate for token in span)
