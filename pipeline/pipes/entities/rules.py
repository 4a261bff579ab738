"""Entity rules: what no model trained on VLSP 2018 knows, as (span, precedence class) proposals.

The parts, one module each: ``triggers`` (the SpanRuler phrases in
``data/entity_patterns.jsonl`` and their index), ``vocabulary`` (the word lists of
``data/entity_rules.json``), ``names`` (how a capitalised name runs and whose it is),
``completions`` (from a trigger to its entity, one function per kind, in an explicit
table) and ``text_rules`` (documents, laws, ethnic groups, websites, bylines). This module
walks the Doc: at each token the longest completed trigger, else a bare capitalised run
that is a known place or a surname-led person; then the text rules.
"""

from __future__ import annotations

from typing import cast

import numpy
from spacy.attrs import IS_ALPHA, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span

from ...phrases import match_keys_before
from ...textnorm import is_vietnamese_word, match_key
from .completions import COMPLETIONS
from .gazetteer import load_gazetteer
from .names import PERSON_NAME_LENGTHS, continues_a_name, looks_like_person, name_run, names_a_body
from .text_rules import TextRules
from .triggers import KINDS, PATTERNS_KEY, TriggerIndex, make_pattern_ruler
from .vocabulary import rule_vocabulary

Proposal = tuple[Span, str]


def strength(kind: str, span: Span) -> str:
    """Places are weak (a longer model span may contain them), named bodies and fixed names weak only
    to a longer span of their own label ("Sở GD&ĐT" inside "Sở GD&ĐT tỉnh Bắc Kạn", "World Cup" inside
    "World Cup futsal 2016"), the rest strong."""
    if span.label_ == "LOC" or (kind == "name_after" and span.label_ == "MISC"):
        return "weak"  # an event's type word and name yield to a longer model name: "Hội chợ Du lịch Quốc tế ..."
    if kind in ("name_after", "body", "party_state") or (kind == "fixed" and span.label_ in ("ORG", "MISC")):
        return "weak_same_label"  # "Bộ Quốc phòng" inside "Bộ Quốc phòng Nga", "Quốc hội" in "Quốc hội Mỹ"
    return "rule"


class RuleMatcher:
    """Find rule entities in a Doc: a list of (span, source).

    Sources: "byline" and "rule" are strong (they win over any model span they overlap);
    "weak" (places, surname-led persons) and "gazetteer" yield to a longer model span
    that contains them ("Hãng phim Truyện Việt Nam" keeps its "Việt Nam"); "weak_same_label"
    (organisations: bodies named after a trigger, fixed names, the ``Đảng`` rule) yields only
    to a longer span of its own label ("Bộ Quốc phòng Nga").
    """

    def __init__(self, nlp: Language):
        self.vocab = rule_vocabulary()
        self.ruler = make_pattern_ruler(nlp)
        self.text_rules = TextRules(self.vocab)

    def __call__(self, doc: Doc) -> list[Proposal]:
        self.ruler(doc)
        triggers = TriggerIndex(doc.spans[PATTERNS_KEY])
        found: list[Proposal] = []
        i = 0
        for k in possible_starts(doc, triggers):
            if k < i:
                continue
            i = k
            match = self.match_at(doc, i, triggers)
            if match is None:
                continue
            found.append(match)
            i = match[0].end
            person = self.person_after_name(doc, match[0], triggers)  # "Tỉnh ủy Sơn La | Hoàng Văn Chất": the run was cut before him
            if person is not None:
                found.append(person)
                i = person[0].end
        found.extend(self.text_rules(doc, lambda k: self.is_org_at(doc, k, triggers)))
        return found

    def match_at(self, doc: Doc, i: int, triggers: TriggerIndex) -> Proposal | None:
        """The longest rule entity starting at token ``i``, if any."""
        for trigger in triggers.at(i):
            kind = KINDS[trigger.id_]
            if not doc[i]._.word_start and not doc[i]._.is_cap and i > 0 and (doc[i - 1].is_lower or trigger.id_ == "geo"):
                continue  # "cầu" inside "yêu cầu", "bản" inside "phiên bản"
            if len(trigger) == 1 and kind in ("fixed", "name_after") and doc[i]._.is_cap and continues_a_name(doc, i):
                continue  # "Đức" in "Hiệp Đức", "Trường" in "Nguyễn Trường Giang"
            if kind == "fixed" and trigger.label_ == "LOC" and len(trigger) == 1 and doc[i].is_sent_start and is_vietnamese_word(doc[i].text):
                continue  # a sentence-initial capital proves nothing ("Anh", "Nga"); a foreign shape does ("Bahrain")
            if trigger.id_ == "city" and match_keys_before(doc, i, self.vocab.agreements_after_cities) is not None:
                continue  # "thỏa thuận Paris", "Công ước Chicago": the city names an agreement, no place
            span = COMPLETIONS[kind](self.vocab, doc, trigger, triggers)
            if span is not None:
                return span, strength(kind, span)
        if doc[i]._.is_cap and doc[i].is_alpha and not continues_a_name(doc, i) and not triggers.starts_title(i):
            return self.bare_name(doc, i, triggers)
        return None

    def is_org_at(self, doc: Doc, i: int, triggers: TriggerIndex) -> bool:
        """True when the rule entity starting at token ``i`` is an organisation ("Báo VOV" on a source line)."""
        match = self.match_at(doc, i, triggers)
        return match is not None and match[0].label_ == "ORG"

    def person_after_name(self, doc: Doc, name: Span, triggers: TriggerIndex) -> Proposal | None:
        """A person's name written right after a body's place ("Tỉnh ủy Sơn La Hoàng Văn Chất") or
        after a body that takes no name ("Quốc hội Tòng Thị Phóng"), in the same capitalised run.
        Not after a bare type word: "Trường Tiểu học Hoàng Diệu" is named after him."""
        start = name.end
        if start >= len(doc) or not doc[start]._.is_cap or doc[start - 1].whitespace_ != " " or not doc[start - 1].is_alpha:
            return None
        if name.label_ == "LOC" and match_keys_before(doc, name.start, self.vocab.title_keys) is not None:
            end = name_run(doc, start, triggers)  # "Ngoại trưởng Nga Lavrov": a title, the country, then the name
            if 1 <= len(doc[start:end].text.split()) <= 3 and not doc[start:end].text.isupper() and not triggers.starts_trigger(start):
                return Span(doc, start, end, label="PER"), "weak"
            return None
        if not names_a_body(name, self.vocab.places, self.vocab.bodies_without_name) and not self.names_a_unit(name):
            return None
        end = name_run(doc, start, triggers)
        if end - start in PERSON_NAME_LENGTHS and looks_like_person(self.vocab, doc, start, end) and not doc[start:end].text.isupper():
            return Span(doc, start, end, label="PER"), "weak"
        return None

    @staticmethod
    def names_a_unit(name: Span) -> bool:
        """A name that ends in a lowercase unit word and the name of a unit of the gazetteer, communes
        included: "xã Phú Sơn", "UBND xã Phú Sơn" (a person may follow: "| Nguyễn Văn Hướng")."""
        index = load_gazetteer()["index"]
        return any(name[k - 1].is_lower and name[k - 1].is_alpha and match_key(name[k:].text) in index for k in range(1, len(name)))

    def bare_name(self, doc: Doc, start: int, triggers: TriggerIndex) -> Proposal | None:
        """A capitalised run with no trigger: a province or district, else a surname-led person."""
        end = name_run(doc, start, triggers)
        if end - start < 2 or any(triggers.starts_trigger(k) for k in range(start + 1, end)):
            return None
        for stop in range(min(end, start + self.vocab.longest_place), start + 1, -1):  # longest place prefix: "Hương Sơn Hà Tĩnh" -> "Hương Sơn"
            if match_key(doc[start:stop].text) in self.vocab.places:
                return Span(doc, start, stop, label="LOC"), "gazetteer"
        if looks_like_person(self.vocab, doc, start, end) and not doc[start:end].text.isupper():
            return Span(doc, start, end, label="PER"), "weak"
        return None


def possible_starts(doc: Doc, triggers: TriggerIndex) -> list[int]:
    """The tokens where ``match_at`` can find something, in order: a trigger starts there or the
    token is a capitalised word (a bare name). The others are skipped without a call."""
    return sorted(set(triggers.by_start) | set(capitalised_words(doc)))


def capitalised_words(doc: Doc) -> list[int]:
    """The tokens made of letters whose text opens with a capital (``t.is_alpha and t.text[:1].isupper()``),
    from the Doc's arrays, each distinct text tested once rather than a Token built per token."""
    if not len(doc):
        return []
    rows = doc.to_array([ORTH, IS_ALPHA])
    texts, inverse = numpy.unique(rows[:, 0], return_inverse=True)
    strings = doc.vocab.strings
    opens_capital = numpy.array([strings[key][:1].isupper() for key in texts.tolist()], dtype=bool)
    return cast(list[int], numpy.flatnonzero(opens_capital[inverse.reshape(-1)] & (rows[:, 1] == 1)).tolist())
