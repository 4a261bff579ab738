"""Entities: the merge policy that alone writes ``doc.ents``, from rule candidates and the statistical layer.

The rule candidates (``doc.spans["entity_rules"]``, ``candidates.py``) and the statistical
layer's guesses (``doc.spans["entity_model"]``, ``model.py``) are weighed by a registered,
swappable policy (``vn.rules_over_model.v1``, the default, below). Precedence, tested in
``tests/test_entities.py``:
1. Strong rule spans win: they encode the guidelines (titles outside person names,
   bylines, documents, websites, quoted titles), which no model trained on VLSP 2018 knows.
2. Weak rule spans (places from unit words or known names, gazetteer provinces and
   districts, surname-led persons) win too, except inside a longer model span that
   contains them: "Hãng phim Truyện Việt Nam" stays one ORG. Organisation rule spans
   (bodies bound to a place, fixed names, the ``Đảng`` rule) yield only to a longer model
   ORG that still names them: "Bộ Quốc phòng Nga", not "Hội Nông dân tỉnh" nor "Ban
   Thường vụ Tỉnh ủy quyết định".
3. A model span is kept only where it overlaps no remaining rule span, after trimming
   what the guidelines leave outside a name (titles, lowercase words before a place).
4. Generic mentions (``Huyện ủy`` alone, ``Đảng bộ``) are never entities, nor CRF
   guesses written all in capitals (``KT-XH``, ``HCV``, a headline in capitals).
5. Nothing in boilerplate, and nothing over a date (``doc.spans["dates"]``): the date stage
   runs before the merge and leaves the rule candidates' tokens alone.
Without the rule component (``model-only``) the model's guesses pass as they are.
Every LOC found in the gazetteer is linked: level, era and code in ``span._.place``; an ORG is
linked to the province or district its name ends with (``Tỉnh ủy Lào Cai`` -> Lào Cai).
"""

from __future__ import annotations

from collections.abc import Callable, Set
from typing import cast

import numpy
import regex
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans, registry

from ...doctools import in_boilerplate
from ...phrases import PhraseIndex, match_keys, match_keys_before, phrase_keys, syllable_keys
from ...textnorm import match_key
from .candidates import RULES_KEY
from .completions import after_a_post, age_group_end
from .corpus_names import SOURCE as CORPUS_NAMES
from .corpus_names import CorpusNames
from .discourse import abbreviations, repeatable_names, repeated_mentions
from .gazetteer import link_place, load_gazetteer
from .model import MODEL_KEY
from .names import BODY_DASHES, closes_an_initial, credit_end, is_given_name_tail, names_a_body, person_name_shape, trailing_person_start
from .patterns import ADDRESS_NOT_AFTER
from .triggers import PATTERNS_KEY, pattern_phrases
from .vocabulary import load_rules, rule_vocabulary

ROMAN_NUMERAL = regex.compile(r"^[IVXLC]+$")
HOUSE_NUMBER = regex.compile(r"^\d{1,4}[A-Z]?$")  # "22", "5E": the number of a house before its street
COUNTRY_TEXTS_KEPT = 1 << 17  # distinct token texts whose country_also_name_text is remembered
OUTPUT_SOURCE = {"byline": "rule", "weak": "rule", "weak_same_label": "rule"}
WEAK_SOURCES = {"weak", "gazetteer"}
DATES_KEY = "dates"
ORG_TRIGGER_IDS = {"name_after", "body", "party_state", "fixed"}  # the trigger kinds that start an organisation
MergePolicy = Callable[[Doc, "list[Span] | None", "list[Span]"], "list[tuple[Span, str]]"]


class EntityMerger:
    """Write ``doc.ents`` from the candidate span groups through ``policy``, each span with ``_.source``, ``_.norm``, ``_.place``."""

    def __init__(self, nlp: Language, name: str = "entities", policy: MergePolicy | None = None):
        self.name = name
        self.policy = policy or RulesOverModel()

    def __call__(self, doc: Doc) -> Doc:
        rule_spans = list(doc.spans[RULES_KEY]) if RULES_KEY in doc.spans else None
        model_spans = list(doc.spans[MODEL_KEY]) if MODEL_KEY in doc.spans else []
        chosen = self.policy(doc, rule_spans, model_spans)
        in_dates = {i for span in doc.spans.get(DATES_KEY, []) for i in range(span.start, span.end)}
        sources = {(span.start, span.end, span.label_): source for span, source in chosen}
        doc.ents = [s for s in filter_spans([span for span, _ in chosen])
                    if not in_boilerplate(s) and not any(i in in_dates for i in range(s.start, s.end))]
        published = (doc._.meta or {}).get("published")
        for span in doc.ents:
            source = sources[(span.start, span.end, span.label_)]
            span._.source = OUTPUT_SOURCE.get(source, source)
            span._.norm = match_key(span.text)
            if span.label_ == "LOC":
                span._.place = link_place(span.text, published)
            elif span.label_ == "ORG":
                span._.place = place_inside(span, published)
        return doc


def spans_by_token(spans: list[Span]) -> dict[int, list[Span]]:
    """Every token of ``spans`` mapped to the spans over it."""
    index: dict[int, list[Span]] = {}
    for span in spans:
        for i in range(span.start, span.end):
            index.setdefault(i, []).append(span)
    return index


def fixed_places_by_start(doc: Doc) -> dict[int, list[Span]]:
    """The fixed place names among the trigger matches (``Nga``, ``Hàn Quốc``), by start token."""
    index: dict[int, list[Span]] = {}
    for match in doc.spans.get(PATTERNS_KEY, []):
        if match.label_ == "LOC" and match.id_ == "fixed":
            index.setdefault(match.start, []).append(match)
    return index


def place_inside(span: Span, published: str | None) -> dict | None:
    """The place an organisation is bound to, from the end of its name: "Tỉnh ủy Lào Cai" -> Lào Cai
    (province), "UBND huyện Mường Khương" -> the district. A province or district by its name, a
    commune only with its unit word, so a body named after a person ("Trường Tiểu học Hoàng Diệu")
    is not linked to a ward of that name."""
    for k in range(1, len(span)):
        if not (span[k]._.is_cap or span[k - 1].is_alpha and span[k].is_lower):
            continue
        place = link_place(span[k:].text, published)
        if place is not None and (place["level"] in ("province", "district") or not span[k]._.is_cap):
            return place
    return None


@registry.misc("vn.rules_over_model.v1")
def make_rules_over_model(corpus_names: bool = False, corpus_split: bool = True,
                          corpus_relabel: bool = True) -> "RulesOverModel":
    """The default merge policy (see the module docstring); ``corpus_names``, ``corpus_split`` and
    ``corpus_relabel`` switch the three uses of the names learnt across articles (``corpus_names.py``)."""
    return RulesOverModel(corpus_names=corpus_names, corpus_split=corpus_split, corpus_relabel=corpus_relabel)


class RulesOverModel:
    """Rules first, the statistical layer where they say nothing; the precedence of the module docstring."""

    def __init__(self, corpus_names: bool = False, corpus_split: bool = False, corpus_relabel: bool = False):
        data = load_rules()
        self.corpus_names = CorpusNames(not_after=data["corpus_names_not_after"]) if corpus_names or corpus_split or corpus_relabel else None
        self.use_corpus_mentions = corpus_names
        self.use_corpus_split = corpus_split
        self.use_corpus_relabel = corpus_relabel
        self.not_entities = {match_key(p) for p in data["not_entities"]}
        self.crf_noise = {match_key(p) for p in data["crf_noise_words"]}
        self.event_ends = set(data["event_name_ends"])
        self.event_starts = PhraseIndex(phrase_keys(data["event_name_starts"]))
        self.religions = PhraseIndex(phrase_keys(data["religions"]))
        self.document_heads = PhraseIndex(phrase_keys([*data["documents"], *data["code_heads"]]))
        self.business_words = PhraseIndex(phrase_keys(data["business_forms"]))
        self.name_breaking_words = {match_key(w) for w in data["name_breaking_words"]}
        self.dash_join_not_after = {match_key(w) for w in data["dash_join_not_after"]}
        self.not_names = {match_key(p) for p in data["not_names"]}
        self.credit_words = {match_key(w) for w in data["credit_words"]}
        self.not_name_heads = PhraseIndex(phrase_keys(data["not_name_heads"]))
        self.bad_starts = PhraseIndex([syllable_keys(p) for p in data["model_span_bad_starts"]])
        self.misc_bad_starts = {match_key(p) for p in data["misc_bad_starts"]}
        self.meeting_prefixes = PhraseIndex(phrase_keys(data["meeting_prefixes"]))
        self.fused_role_titles = PhraseIndex([syllable_keys(p) for p in data["fused_role_titles"]])
        vocab = rule_vocabulary()  # the word lists the rule candidates read, shared
        self.vocab = vocab
        self.party_state = PhraseIndex(pattern_phrases("party_state"))
        self.middle_names = vocab.middle_names
        self.surnames = vocab.surnames
        self.bodies_without_name = vocab.bodies_without_name
        self.places = vocab.places
        self.unit_names = set(load_gazetteer()["index"])
        self.ambiguous_surnames = vocab.ambiguous_surnames
        self.title_keys = vocab.title_keys
        self.title_status_prefixes = {match_key(w) for w in data["title_status_prefixes"]}
        self.coordinated_heads = PhraseIndex(phrase_keys(data["coordinated_body_heads"]))
        self.street_number_words = PhraseIndex(phrase_keys(data["street_number_words"]))
        self.department_heads = {match_key(w) for w in data["abbreviated_department_heads"]}
        self.countries_also_names = {match_key(w) for w in data["countries_also_names"]}
        self.country_texts: dict[str, bool] = {}  # country_also_name_text by text, remembered (see is_country_also_name)
        self.state_titles = PhraseIndex(phrase_keys(data["state_titles_before_country"]))
        self.department_parents = PhraseIndex(phrase_keys(data["abbreviated_department_parents"]))
        self.street_number_before = PhraseIndex(phrase_keys(data["street_number_before"]))
        self.unit_words = vocab.units
        self.place_words = PhraseIndex(sorted(set(pattern_phrases("unit", "geo")) | set(phrase_keys(data["place_type_words"])),
                                              key=len, reverse=True))

    def __call__(self, doc: Doc, rule_spans: list[Span] | None, model_spans: list[Span]) -> list[tuple[Span, str]]:
        """(span, source) pairs to write as entities; ``rule_spans`` is None when the rules are off."""
        if rule_spans is None:
            return [(span, span.id_) for span in model_spans]
        rule_spans = [credit_end(r, self.credit_words, self.places) for r in rule_spans
                      if not (r.label_ == "ORG" and self.after_fused_role_title(doc, r.start, r.end))]
        body_starts = self.body_starts(doc)
        rule_spans = [self.person_after_committee(part) for span in rule_spans for part in self.split_coordinated_bodies(span, body_starts)]
        if self.corpus_names is not None and self.use_corpus_split:
            rule_spans = [part for span in rule_spans for part in self.corpus_names.split(span)]
        sources = {(span.start, span.end, span.label_): span.id_ for span in rule_spans}
        model_spans = [self.person_after_committee(part) for span in model_spans
                       for part in self.split_coordinated_bodies(before_semicolon(span), body_starts)]
        weak_persons = {r.end: r for r in rule_spans if r.label_ == "PER" and sources[(r.start, r.end, r.label_)] == "weak"}
        model_spans = [part for span in model_spans for part in self.before_person_after_title(span, weak_persons)]
        model_spans = [credit_end(self.without_trailing_clause(self.to_word_end(s)), self.credit_words, self.places)
                       for s in (self.trim(m) for m in model_spans) if s is not None]
        model_spans = [self.as_religion(self.as_event(s)) for s in (self.without_bare_unit(m) for m in model_spans)
                       if s is not None and not self.is_generic(s)]
        model_spans = [self.as_age_team(self.as_club(self.with_given_name_tail(s))) for s in model_spans]
        fixed_places = fixed_places_by_start(doc)
        model_spans = [self.with_dashed_place(s, fixed_places) for s in model_spans]
        rule_orgs = {(r.start, r.end) for r in rule_spans if r.label_ == "ORG"}
        model_spans = [part for span in model_spans for part in self.split_trailing_person(span, rule_orgs) if not self.is_post_body(part)]
        model_spans = [part for span in model_spans for part in self.split_leading_country(span, fixed_places)]
        if self.corpus_names is not None and self.use_corpus_split:
            model_spans = [part for span in model_spans for part in self.corpus_names.split(span)]
        model_at = spans_by_token(model_spans)
        rule_spans = [r for r in rule_spans if not self.yields_to_model(r, sources, model_at.get(r.start, []))]
        covered = {i for span in rule_spans for i in range(span.start, span.end)}
        model_spans = [m for m in model_spans if not any(i in covered for i in range(m.start, m.end))]  # linear: spans are short
        relabelled = self.corpus_names.relabelled(model_spans) if self.corpus_names and self.use_corpus_relabel else model_spans
        chosen = [(span, sources[(span.start, span.end, span.label_)]) for span in rule_spans] \
            + [(new, span.id_ if new is span else CORPUS_NAMES) for span, new in zip(model_spans, relabelled)]
        taken = {i for span, _ in chosen for i in range(span.start, span.end)}
        chosen = [(self.as_numbered_street(self.as_address(span, taken)), source) for span, source in chosen]
        chosen = self.countries_after_state_titles(doc, self.join_department_to_parent(self.join_dashed_places(chosen)))
        discourse = self.discourse_mentions(doc, rule_spans, model_spans)
        return chosen + [(span, "discourse") for span in discourse] \
            + [(span, CORPUS_NAMES) for span in self.corpus_mentions(doc, [*rule_spans, *model_spans, *discourse])]

    def corpus_mentions(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """The names learnt across articles (``corpus_names.py``) on tokens none of ``spans`` holds, each
        kept only where the model-span checks would keep it and not after a lowercase place word."""
        if self.corpus_names is None or not self.use_corpus_mentions:
            return []
        occupied = {i for span in spans for i in range(span.start, span.end)}
        return [span for span in self.corpus_names.mentions(doc, occupied)
                if self.trim(span) == span and not self.is_generic(span) and not self.is_post_body(span)
                and not self.after_place_word(doc, span.start)]

    def after_place_word(self, doc: Doc, start: int) -> bool:
        """A lowercase place or unit word right before ``start`` ("sân bay Nội Bài", "tỉnh Đắk Lắk")."""
        begin = match_keys_before(doc, start, self.place_words)
        return begin is not None and doc[begin].is_lower

    def discourse_mentions(self, doc: Doc, rule_spans: list[Span], model_spans: list[Span]) -> list[Span]:
        """The abbreviations the article defines and the other mentions of its names (``discourse.py``),
        on tokens no chosen span holds, each kept only where the model-span checks would keep it."""
        occupied = {i for span in [*rule_spans, *model_spans] for i in range(span.start, span.end)}
        chosen = [*rule_spans, *model_spans]
        defined = [a for a in abbreviations(doc, chosen, occupied) if not self.abbreviates_a_title(doc, a, chosen)]
        occupied |= {span.start for span in defined}
        names = repeatable_names(doc, [*model_spans, *defined], rule_spans)
        mentions = [*defined, *repeated_mentions(doc, names, occupied)]
        return [span for span in mentions if self.trim(span) == span and not self.is_generic(span)]

    def abbreviates_a_title(self, doc: Doc, abbreviation: Span, names: list[Span]) -> bool:
        """The abbreviation in parentheses after a law or a document spells the initials of words of its
        title: it abbreviates the law's subject, not the law ("Luật Bảo hiểm xã hội (BHXH)": BHXH is the
        insurance, notes 39; "Luật Hợp tác xã (HTX)"), and labels none of its mentions. "Bộ luật Hình sự
        (BLHS)" spells the law's own name and keeps it."""
        owner = next((span for span in names if span.end == abbreviation.start - 1 and span.label_ == "MISC"), None)
        if owner is None:
            return False
        head_end = next((end for keys in self.document_heads.starting_at(doc[owner.start])
                         if (end := match_keys(doc, owner.start, keys)) is not None), None)
        if head_end is None:
            return False
        words = [t for t in doc[head_end:owner.end] if t.is_alpha]
        initials = "".join(t.text[0] for t in words).upper()
        letters = "".join(c for c in abbreviation.text if c.isalpha()).upper()
        at = initials.find(letters) if len(letters) > 1 else -1
        if at < 0:
            return False
        first = words[at]  # the abbreviation of a law named inside the title: "Luật sửa đổi ... của Bộ luật Hình sự (BLHS)"
        return not any(match_keys(doc, first.i, keys) is not None for keys in self.document_heads.starting_at(first))

    def yields_to_model(self, rule_span: Span, sources: dict, model_spans: list[Span]) -> bool:
        """A weak rule span gives way to a longer model span that contains it (``model_spans``: those
        over its first token, so that the merge stays linear in the number of spans). A province keeps its
        label against the model's ("Vĩnh Phúc có 63 học sinh": a place used for its authorities
        stays LOC, guidelines), though VLSP tags a club named after it ORG."""
        source = sources[(rule_span.start, rule_span.end, rule_span.label_)]
        if source not in WEAK_SOURCES and source != "weak_same_label":
            return False
        if source == "weak_same_label":  # "Viện Dinh dưỡng" inside "Viện Dinh dưỡng quốc gia"
            return any(m.start <= rule_span.start and rule_span.end <= m.end and len(m) > len(rule_span)
                       and m.label_ == rule_span.label_ and self.names_on(m, rule_span)
                       and (rule_span.label_ != "MISC" or self.foreign_name_prefix(m.doc[m.start:rule_span.start]))
                       # "World Cup | futsal 2016", "FIFA Club | World Cup"; not "Nhà ĐKVĐ | Serie A"
                       for m in model_spans)
        return any(m.start <= rule_span.start and rule_span.end <= m.end and len(m) > len(rule_span)
                   and (m[-1]._.is_cap or m[-1].like_num or not m[-1].is_alpha)  # not "Quốc lộ 8A và cửa khẩu"
                   for m in model_spans)

    @staticmethod
    def foreign_name_prefix(words: Span) -> bool:
        """The words a model span puts before a fixed event's name are part of a foreign name ("FIFA Club",
        "Toyota", "U20"): none lowercase, none a Vietnamese syllable ("Nhà ĐKVĐ", "Vô địch": a title)."""
        return all(t.text.isascii() and not t.is_lower for t in words)

    def names_on(self, model_span: Span, rule_span: Span) -> bool:
        """The words a longer model span adds to a rule's organisation still name it: it does not end
        on a verb ("Ban Thường vụ Tỉnh ủy quyết định") or a bare unit word ("Hội Nông dân tỉnh"),
        and has no conjunction before a common word ("Mặt trận Tổ quốc và nhân dân")."""
        doc = model_span.doc
        added = [t for t in model_span if not rule_span.start <= t.i < rule_span.end]
        last = model_span[-1]
        if last.tag_.startswith("V") and not last._.is_cap and not (last.like_num and rule_span.label_ == "MISC"):
            return False  # but an event's year is no verb, whatever the tagger says: "World Cup futsal 2016"
        if any(t.tag_.startswith("C") and t.i + 1 < len(doc) and not doc[t.i + 1]._.is_cap for t in added):
            return False  # "Mặt trận Tổ quốc và nhân dân"; but "Bộ Giáo dục và Đào tạo"
        if model_span.start == rule_span.start and all(t.is_alpha and t.is_lower for t in added) and self.is_fixed_org(rule_span) \
                and not any(match_keys(doc, rule_span.end, keys) for keys in self.vocab.name_tails.starting_at(doc[rule_span.end])):
            return False  # "Bộ Tài chính | chủ trì": a fixed name is whole, lowercase words after it are the sentence's
        return last._.is_cap or not any(match_keys(doc, model_span.end - len(keys), keys) == model_span.end
                                        and doc[model_span.end - len(keys)]._.word_start  # not "liên | bang"
                                        for keys in self.unit_words.ending_at(last) if model_span.end - len(keys) >= rule_span.end)

    @staticmethod
    def is_fixed_org(span: Span) -> bool:
        """True when ``span`` is exactly a fixed organisation's trigger ("Bộ Tài chính", "Hội Chữ thập đỏ")."""
        return any(m.start == span.start and m.end == span.end and m.label_ == "ORG" and m.id_ == "fixed"
                   for m in span.doc.spans.get(PATTERNS_KEY, []))

    def trim(self, span: Span) -> Span | None:
        """Drop leading titles from a person and leading common words from a place or person."""
        start, end = span.start, span.end
        doc = span.doc
        if self.after_fused_role_title(doc, start, end):
            return None  # "Trưởng ban Tuyên giáo Tỉnh ủy": nothing marked (guidelines, ORG)
        for keys in self.meeting_prefixes.starting_at(doc[start]):
            if match_keys(doc, start, keys) is not None and start + len(keys) < end and doc[start + len(keys)]._.is_cap:
                start += len(keys)  # "Đại hội đại biểu Đảng bộ xã X": the body, not the meeting ("Đại hội đồng" is a body)
                break
        changed = match_key(doc[start:end].text) not in self.places  # "Bà Rịa - Vũng Tàu": a place, no honorific
        while changed and start < end:
            changed = False
            for keys in self.title_keys.starting_at(doc[start]):
                if match_keys(doc, start, keys) is not None and start + len(keys) < end \
                        and not (len(keys) == 1 and doc[start + 1].text in self.middle_names):  # "Ông Thị Nguyệt"
                    start += len(keys)
                    changed = True
                    break
        if span.label_ == "PER" and self.is_only_a_title(doc, start, end):
            return None  # "Tân Tổng thống", "Bộ trưởng": a post, not a name
        if span.label_ in ("PER", "LOC") and self.is_status_and_cut_title(doc, start, end):
            return None  # "Tân Tổng" before "thống": a status word and half a post, not a place
        if span.label_ in ("PER", "LOC"):
            while start < end and not doc[start]._.is_cap and not (span.label_ == "LOC" and self.starts_with_place_word(doc, start)):
                start += 1
        while end > start and not (doc[end - 1].is_alpha or doc[end - 1].is_digit or self.ends_a_name(doc, end)):
            end -= 1
        label = span.label_
        if end - start > 1 and doc[end - 1].is_digit and is_score(doc, end - 1):
            end -= 1  # "Hải Phòng 2" before "-0": the score is no part of the club
        elif end - start > 1 and doc[end - 1].is_digit and len(doc[end - 1].text) == 4 \
                and (match_key(doc[start:end - 1].text) in self.places
                     or any(m.end == end - 1 for m in fixed_places_by_start(doc).get(start, []))):
            end, label = end - 1, "LOC"  # "Mỹ 2016": a known place and a year are the place (the year is a date)
        if start >= end or ROMAN_NUMERAL.match(doc[start:end].text):
            return None
        if any(match_keys(doc, start, keys) is not None and start + len(keys) < end for keys in self.bad_starts.starting_at(doc[start])):
            return None  # "Đảng huyện X" is a misread "tổ chức cơ sở Đảng huyện X"
        if span.label_ == "MISC" and doc[start].is_lower and doc[start].norm_ in self.misc_bad_starts:
            return None  # "tiếng Việt", "người Hàn Quốc": a language or a people is no named MISC
        trimmed = Span(doc, start, end, label=label, span_id=span.id_)
        if self.is_unlikely_model_span(trimmed):
            return None
        return trimmed

    def as_event(self, span: Span) -> Span:
        """A name that ends in an event word, before its year, is an event (MISC): "Asia Song Festival
        2017", "Vietnam Open"; so is one that opens with an event's type word ("Diễn đàn Doanh nghiệp
        Việt Nam"); the model often reads them as organisations."""
        doc, last = span.doc, span.end - 1
        if span.label_ == "MISC" or len(span) < 2:
            return span
        if any((end := match_keys(doc, span.start, keys)) is not None and end < span.end and doc[end]._.is_cap
               for keys in self.event_starts.starting_at(doc[span.start])):
            return Span(doc, span.start, span.end, label="MISC", span_id=span.id_)  # "Diễn đàn Doanh nghiệp Việt Nam"
        if doc[last].is_digit and len(doc[last].text) == 4:
            last -= 1
        if last <= span.start or doc[last].text not in self.event_ends or not all(t._.is_cap for t in doc[span.start:last + 1] if t.is_alpha):
            return span
        return Span(doc, span.start, span.end, label="MISC", span_id=span.id_)

    def as_religion(self, span: Span) -> Span:
        """A religion is MISC (notes, 34: "Hồi giáo"), alone or with its capitalised branch ("Hồi giáo
        Shiite"); the model often reads it as an organisation. A longer name that holds one keeps its
        label ("Giáo hội Phật giáo Việt Nam", "Nhà nước Hồi giáo")."""
        doc = span.doc
        if span.label_ == "MISC":
            return span
        for keys in self.religions.starting_at(doc[span.start]):
            end = match_keys(doc, span.start, keys)
            if end is not None and end <= span.end and all(t._.is_cap and not t.is_upper for t in doc[end:span.end]):
                return Span(doc, span.start, span.end, label="MISC", span_id=span.id_)
        return span

    @staticmethod
    def to_word_end(span: Span) -> Span:
        """A model span that stops inside a lowercase word runs to the word's end ("Công ty Cổ phần đấu
        giá số 5 quốc" + "gia"), so a body is not cut short; not past a capitalised syllable, where the
        segmenter may have glued the next word on ("Lào Cai dự")."""
        doc, end = span.doc, span.end
        if not doc[end - 1].is_lower or not doc[end - 1].is_alpha:
            return span
        while end < len(doc) and not doc[end]._.word_start and doc[end].is_lower and doc[end].is_alpha and doc[end - 1].whitespace_ == " ":
            end += 1
        return span if end == span.end else Span(doc, span.start, end, label=span.label_, span_id=span.id_)

    def without_trailing_clause(self, span: Span) -> Span:
        """A name does not run on into the verb after it: "Vụ Kế hoạch | chủ trì", "Công ty Cường Hưng |
        kinh doanh bến thủy". Cut at a lowercase verb (the Doc's POS) that follows a capitalised noun and
        opens a lowercase tail, when a type word and a name stay. Not after a company's legal form, which a
        line of business follows ("Công ty Cổ phần đấu giá số 5"), nor after one word ("Ban quản lý"), nor
        after a one-syllable noun, often itself a verb the tagger misread ("Cục Khám chữa bệnh")."""
        span = self.before_breaking_word(span)
        if span.label_ not in ("ORG", "PER"):
            return span
        doc = span.doc
        for k in range(span.start + 1, span.end):
            token = doc[k]
            if not (token._.word_start and token.is_lower and token.is_alpha and token.tag_.startswith("V")):
                continue
            head = k - 1
            while head > span.start and not doc[head]._.word_start:
                head -= 1
            words_before = sum(1 for t in doc[span.start:k] if t._.word_start)
            if doc[head]._.is_cap and doc[head].tag_.startswith("N") and k - head >= 2 and words_before >= 2 \
                    and not any(t._.is_cap for t in doc[k:span.end]) and not self.business_words.ending_at(doc[k - 1]):
                return Span(doc, span.start, k, label=span.label_, span_id=span.id_)
            return span
        return span

    def before_breaking_word(self, span: Span) -> Span:
        """A name does not contain a word of tense or predication (``name_breaking_words``): "Công ty
        Fahasa | cũng đã hình thành", "Sở Y tế | đã"; the span ends before the first one, where a
        capitalised word stays before it. Not in a MISC, whose titles are phrases."""
        if span.label_ == "MISC":
            return span
        doc = span.doc
        for k in range(span.start + 1, span.end):
            token = doc[k]
            if token._.word_start and token.is_lower and token.norm_ in self.name_breaking_words:
                end = k
                while end > span.start and not (doc[end - 1].is_alpha or doc[end - 1].is_digit):
                    end -= 1
                if any(t._.is_cap for t in doc[span.start:end]):
                    return Span(doc, span.start, end, label=span.label_, span_id=span.id_)
                return span
        return span

    def person_after_committee(self, span: Span) -> Span:
        """After a title, a party committee's word and a name that is no known place are the committee's
        post and its holder: "Bí thư | Tỉnh ủy | Y Mửi" is PER "Y Mửi" ("Tỉnh ủy" alone names nothing, notes
        2). Two syllables are enough here even for a surname that is also a word ("Y"), since no place follows."""
        doc = span.doc
        if span.label_ != "ORG" or len(span) < 4 or not after_a_post(self.vocab, doc, span.start):
            return span
        k = span.start + 2
        name = doc[k:span.end]
        if tuple(t.norm_ for t in doc[span.start:k]) not in self.vocab.committee_words or self.ends_in_a_place(doc, k, span.end) \
                or not person_name_shape(name, self.surnames, frozenset(), self.middle_names) or name.text.isupper():
            return span
        return Span(doc, k, span.end, label="PER", span_id=span.id_)

    def before_person_after_title(self, span: Span, weak_persons: dict[int, Span]) -> list[Span]:
        """A title, a body and a person's name: the model's organisation that ran over the name the rules
        read as a person ("Bí thư | Tỉnh ủy Lê Đình Sơn", "Bộ trưởng | Công an Tô Lâm", "Phó Chủ tịch |
        Thường trực Quốc hội Tòng Thị Phóng") ends before the name, which keeps its PER (``weak_persons``: the
        rules' surname-led persons by end token). What is left is kept only where it names a body by its
        place or as one that takes no name ("Tỉnh ủy Hà Tĩnh"); a bare type word names nothing (notes 2).
        Not a body named after a person ("Trường THPT Chu Văn An", ``person_streets``)."""
        person = weak_persons.get(span.end)
        doc = span.doc
        if span.label_ not in ("ORG", "LOC") or person is None or person.start <= span.start or not self.after_title(doc, span.start) \
                or (doc[span.start].norm_,) in self.vocab.person_streets:
            return [span]
        body = doc[span.start:person.start]
        if names_a_body(body, self.places, self.bodies_without_name) and not self.ends_with_unit_word(doc, body.start, body.end):
            return [Span(doc, body.start, body.end, label=span.label_, span_id=span.id_)]
        return []

    def as_address(self, span: Span, taken: Set[int]) -> Span:
        """A street after a house number, before a comma and its district or province, is an address (LOC,
        the number in it): "22 Hùng Vương, Ba Đình", "30 Trần Hưng Đạo, quận 1" (guidelines, LOC: streets),
        though the name is a person's, read as PER by the model and the rules. Not a number that belongs to
        another name (``taken``) or follows a numbered unit's word ("ngõ 105 | Bạch Mai", "khóm 6")."""
        doc, start, end = span.doc, span.start, span.end
        if not (span.label_ == "PER" or span.label_ == "LOC" and span[0]._.is_cap) or start < 1 or end + 1 >= len(doc) \
                or doc[end].text != ",":
            return span
        number = doc[start - 1]
        if not HOUSE_NUMBER.match(number.text) or not number.whitespace_ or start - 1 in taken \
                or (start > 1 and (doc[start - 2].text in "/-" or doc[start - 2].norm_ in ADDRESS_NOT_AFTER)):
            return span
        if not (self.starts_with_place_word(doc, end + 1) or any(match_key(doc[end + 1:stop].text) in self.places
                                                                 for stop in range(end + 2, min(len(doc), end + 1 + self.vocab.longest_place) + 1))):
            return span
        return Span(doc, start - 1, end, label="LOC", span_id=span.id_)

    def as_numbered_street(self, span: Span) -> Span:
        """A person-shaped name after a house number written with its word, itself after a word that
        places ("tại số nhà 78 | Phạm Ngọc Thạch", "ở số 12 | Lê Lợi"), is a street: LOC, the number
        outside (guidelines, LOC: streets; notes 48). Data ``street_number_words``, ``street_number_before``."""
        doc, start = span.doc, span.start
        if span.label_ != "PER" or start < 3 or not HOUSE_NUMBER.match(doc[start - 1].text) or not doc[start - 1].whitespace_ \
                or not all(t._.is_cap for t in span if t.is_alpha):
            return span
        begin = match_keys_before(doc, start - 1, self.street_number_words)
        if begin is None or match_keys_before(doc, begin, self.street_number_before) is None:
            return span
        return Span(doc, start, span.end, label="LOC", span_id=span.id_)

    def join_dashed_places(self, chosen: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
        """Two places joined by a spaced dash that together name one known place are one LOC: "tỉnh Bà
        Rịa | – | Vũng Tàu", "Thừa Thiên - Huế" (the outermost name, guidelines); the unit word before
        the first stays in. Only where the joined name is in the gazetteer's places."""
        def dashed_place(first: Span, span: Span) -> bool:
            doc, dash = span.doc, first.end
            return first.label_ == "LOC" and span.label_ == "LOC" and span.start == dash + 1 and doc[dash].text in BODY_DASHES \
                and bool(doc[dash - 1].whitespace_ and doc[dash].whitespace_) \
                and any(f"{match_key(doc[k:dash].text)} - {match_key(span.text)}" in self.places for k in range(first.start, dash))
        return join_neighbours(chosen, dashed_place)

    def join_department_to_parent(self, chosen: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
        """A department named by its head word and an abbreviation, with or without a number ("Phòng CSGT",
        "Phòng PC45", "Đội CSGT số 1"), and the police or ministry body written right after it with no
        sign between are one ORG, the outermost name: "Phòng CSGT Công an tỉnh Nghệ An". Data
        ``abbreviated_department_heads``, ``abbreviated_department_parents``."""
        def department_and_parent(first: Span, span: Span) -> bool:
            doc = span.doc
            return first.label_ == "ORG" and span.label_ == "ORG" and span.start == first.end and len(first) <= 4 \
                and doc[first.end - 1].whitespace_ == " " and match_key(first[0].text) in self.department_heads \
                and first[1].is_upper and (first[-1].is_upper or first[-1].is_digit) \
                and any(match_keys(doc, span.start, keys) is not None for keys in self.department_parents.starting_at(doc[span.start]))
        return join_neighbours(chosen, department_and_parent)

    def body_starts(self, doc: Doc) -> set[int]:
        """The tokens where a body's name starts: an organisation's trigger (a type word, "Chính phủ", a
        fixed name such as "Bộ Y tế") or one of ``coordinated_body_heads`` before a capitalised word
        ("Hội | Nhà báo", not "Báo | chí")."""
        starts = {m.start for m in doc.spans.get(PATTERNS_KEY, []) if m.label_ == "ORG" and m.id_ in ORG_TRIGGER_IDS}
        for i in self.coordinated_heads.start_positions(doc):
            token = doc[i]
            for keys in self.coordinated_heads.starting_at(token):
                end = match_keys(doc, token.i, keys)
                if end is not None and end < len(doc) and doc[end]._.is_cap and doc[end].is_alpha and token._.is_cap:
                    starts.add(token.i)
        return starts

    @staticmethod
    def split_coordinated_bodies(span: Span, body_starts: Set[int]) -> list[Span]:
        """An organisation the model ran over two bodies joined by a comma or "và" is two names: "Đài
        Truyền hình Việt Nam | và | Hội Nhà báo Việt Nam", "Báo Nhân dân | , | Tạp chí Cộng sản" (the
        outermost name is each body, guidelines). Only where the word after the joiner starts a body's
        trigger (``body_starts``); "Bộ Giáo dục và Đào tạo", "Sở Văn hóa, Thể thao và Du lịch" join the
        fields of one body and stay whole."""
        if span.label_ != "ORG":
            return [span]
        doc, parts, start = span.doc, [], span.start
        for j in range(span.start + 1, span.end - 1):
            if (doc[j].text == "," or doc[j].norm_ == "và") and j + 1 in body_starts and doc[j + 1]._.is_cap and j > start:
                parts.append(Span(doc, start, j, label=span.label_, span_id=span.id_))
                start = j + 1
        return [*parts, Span(doc, start, span.end, label=span.label_, span_id=span.id_)] if parts else [span]

    def with_dashed_place(self, span: Span, fixed_places: dict[int, list[Span]]) -> Span:
        """A body named after two places joined by a dash is one name: "Trung tâm bảo tồn di sản Thăng
        Long | – Hà Nội", "Liên doanh Việt | – Nga", "Hiệp hội ... Việt Nam | – Nhật Bản": a model
        organisation that stops at a spaced dash before a province, district or country that ends the
        capitalised run runs over it. Not a club or a team, whose dash is a match ("CLB Hà Nội - Hải
        Phòng"): ``dash_join_not_after``, nor a name ending in a province that opens with no body's type
        word (``names_with_and``): a club named with its place."""
        doc, end = span.doc, span.end
        if span.label_ != "ORG" or end + 2 >= len(doc) or doc[end].text not in BODY_DASHES or not doc[end - 1].whitespace_ \
                or not doc[end].whitespace_ or not doc[end - 1]._.is_cap or match_key(doc[span.start].text) in self.dash_join_not_after:
            return span
        if self.ends_in_a_place(doc, span.start + 1, end) and not any(
                match_keys(doc, span.start, keys) for keys in self.vocab.names_with_and if keys[0] == doc[span.start].norm_):
            return span  # "Sanest Tourist Khánh Hòa – Cao Bằng": a club named with its province, then its opponent
        start = end + 1
        stops = [m.end for m in fixed_places.get(start, [])]
        stops += [stop for stop in range(start + 1, min(len(doc), start + self.vocab.longest_place) + 1)
                  if match_key(doc[start:stop].text) in self.places]
        for stop in sorted(stops, reverse=True):
            if stop >= len(doc) or not (doc[stop]._.is_cap and doc[stop].is_alpha and doc[stop - 1].whitespace_):
                return Span(doc, span.start, stop, label=span.label_, span_id=span.id_)
        return span

    def is_only_a_title(self, doc: Doc, start: int, end: int) -> bool:
        """True when tokens ``start:end`` are a title, after an optional status word ("tân", "nguyên")."""
        if start < end and doc[start].norm_ in self.title_status_prefixes:
            start += 1
        return start < end and any(match_keys(doc, start, keys) == end for keys in self.title_keys.starting_at(doc[start]))

    def is_status_and_cut_title(self, doc: Doc, start: int, end: int) -> bool:
        """True when tokens ``start:end`` are a status word and the first words of a title that runs on
        past ``end`` ("Tân Tổng" + "thống"): the model cut a post in two, there is no name in it."""
        if end - start < 2 or doc[start].norm_ not in self.title_status_prefixes:
            return False
        return any((match_keys(doc, start + 1, keys) or 0) > end for keys in self.title_keys.starting_at(doc[start + 1]))

    def with_given_name_tail(self, span: Span) -> Span:
        """A person the model cut at the hyphen of a given name: "Han Min" + "-koo", "Moon Jae" + "-in"."""
        doc, end = span.doc, span.end
        if span.label_ != "PER" or end + 1 >= len(doc) or doc[end].text != "-" or doc[end - 1].whitespace_ or doc[end].whitespace_:
            return span
        if not is_given_name_tail(doc, end) or (end + 2 < len(doc) and not doc[end + 1].whitespace_ and doc[end + 2].is_alpha):
            return span
        return Span(doc, span.start, end + 2, label=span.label_, span_id=span.id_)

    def split_trailing_person(self, span: Span, rule_orgs: Set[tuple[int, int]] = frozenset()) -> list[Span]:
        """An organisation or place the model ran into the person named after it is two names:
        "Tỉnh ủy Sơn La Hoàng Văn Chất", "Quốc hội Tòng Thị Phóng", and "Huyện ủy Mộc Châu Hà"
        before "Trung Chiến" (a span that stops inside a capitalised run is read to the run's end);
        so is a body the rules name whole ("Bộ Công thương", in ``rule_orgs``) before a full name."""
        if span.label_ not in ("ORG", "LOC") or len(span) < 2:
            return [span]
        split = self.split_after_rule_org(span, rule_orgs)
        if split is not None:
            return split
        doc = span.doc
        run_end = span.end
        while run_end < len(doc) and doc[run_end]._.is_cap and doc[run_end].is_alpha and doc[run_end - 1].whitespace_ == " " \
                and not doc[run_end].is_sent_start:
            run_end += 1
        if run_end > span.end and self.is_person_name(doc, span.end, run_end):
            return [span]  # the span ends where the name begins: "Tỉnh ủy Sơn La | Hoàng Văn Chất"
        k = trailing_person_start(span.start, run_end, lambda b, e: b < span.end and self.is_person_name(doc, b, e)
                                  and names_a_body(doc[span.start:b], self.places, self.bodies_without_name))
        if k is None:
            k = trailing_person_start(span.start, run_end, lambda b, e: b < span.end and self.is_person_name(doc, b, e)
                                      and (self.ends_with_unit_word(doc, span.start, b) or self.is_unit_after_body(doc, span.start, b))
                                      and not self.names_a_unit(doc, b, e))
            if k is None:
                return [span]
            return [Span(doc, k, run_end, label="PER", span_id=span.id_)]  # "UBND TP | Lê Văn Khoa": the body is generic
        return [Span(doc, span.start, k, label=span.label_, span_id=span.id_), Span(doc, k, run_end, label="PER", span_id=span.id_)]

    def as_age_team(self, span: Span) -> Span:
        """An age group and the capitalised name of a country or place after it is a team (ORG, notes 34:
        "U22 Việt Nam"): "U20 Đức", "U23 Thái Lan", which the model reads as persons or places; not a
        competition named with a lowercase region ("U23 châu Á", MISC)."""
        doc = span.doc
        if span.label_ in ("ORG", "MISC"):
            return span
        name = age_group_end(doc, span.start)
        if name is None or name >= span.end or not doc[name - 1].whitespace_ or not doc[name]._.is_cap \
                or not (match_key(doc[name:span.end].text) in self.places
                        or any(m.end == span.end for m in fixed_places_by_start(doc).get(name, []))):
            return span
        return Span(doc, span.start, span.end, label="ORG", span_id=span.id_)

    def as_club(self, span: Span) -> Span:
        """A model person whose first word is no surname and whose last words are a province or district
        is a club or company named with its place: "Sanna Khánh Hòa", "Becamex Bình Dương" (ORG)."""
        doc = span.doc
        if span.label_ != "PER" or len(span) < 3 or span[0].text in self.surnames or not all(t._.is_cap for t in span if t.is_alpha):
            return span
        for k in range(span.start + 1, span.end - 1):
            place = link_place(doc[k:span.end].text, None) if match_key(doc[k:span.end].text) in self.places else None
            if place is not None and place["level"] in ("province", "district"):
                return Span(doc, span.start, span.end, label="ORG", span_id=span.id_)
        return span

    def split_after_rule_org(self, span: Span, rule_orgs: Set[tuple[int, int]]) -> list[Span] | None:
        """"Bộ Công thương | Hoàng Quốc Vượng": a model span that is a rule's whole organisation and a
        person's name of three or four syllables after it (two are too often the rest of a name)."""
        doc = span.doc
        if (doc[span.start].norm_,) in self.vocab.person_streets:
            return None  # "Trường THPT | Chu Văn An": schools and streets are named after people
        for length in (3, 4):
            k = span.end - length
            if k > span.start and (span.start, k) in rule_orgs and self.is_person_name(doc, k, span.end) \
                    and not self.ends_in_a_place(doc, k, span.end):
                return [Span(doc, span.start, k, label="ORG", span_id=span.id_), Span(doc, k, span.end, label="PER", span_id=span.id_)]
        return None

    def without_bare_unit(self, span: Span) -> Span | None:
        """A model organisation that ends in a bare unit word leaves it out ("Hội Nông dân | tỉnh",
        notes, 3) and names nothing when no capitalised word is left after its type word
        ("Bệnh viện đa khoa tỉnh", "Công an tỉnh": generic, notes, 2)."""
        if span.label_ != "ORG" or len(span) < 2:
            return span
        doc, end = span.doc, span.end
        for keys in self.unit_words.ending_at(doc[end - 1]):
            begin = end - len(keys)
            if begin > span.start and doc[begin]._.word_start and match_keys(doc, begin, keys) == end:  # not "liên | bang"
                if any(t._.is_cap for t in doc[span.start + 1:begin]):
                    return Span(doc, span.start, begin, label=span.label_, span_id=span.id_)
                return None
        return span

    def is_post_body(self, span: Span) -> bool:
        """"Quốc hội" in "Phó Chủ tịch Quốc hội": the body word of a post, no entity (notes, 20)."""
        doc, start = span.doc, span.start
        return span.label_ == "ORG" and any(match_keys(doc, start, keys) == span.end for keys in self.party_state.starting_at(doc[start])) \
            and after_a_post(self.vocab, doc, start)

    def split_leading_country(self, span: Span, fixed_places: dict[int, list[Span]]) -> list[Span]:
        """After a title, a person the model ran a fixed place name into is the place and the person:
        "Ngoại trưởng | Nga | Lavrov", "Tổng thống | Hàn Quốc | Moon Jae-in" (a place used for its
        authorities, then the name). ``fixed_places``: the fixed-place trigger matches by start token."""
        doc = span.doc
        if span.label_ != "PER" or len(span) < 2 or not self.after_title(doc, span.start):
            return [span]
        for match in fixed_places.get(span.start, []):
            if match.end < span.end and all(t._.is_cap for t in doc[match.end:span.end] if t.is_alpha):
                return [Span(doc, span.start, match.end, label="LOC", span_id=span.id_),
                        Span(doc, match.end, span.end, label="PER", span_id=span.id_)]
        return [span]

    def is_country_after_state_title(self, doc: Doc, i: int) -> bool:
        """Token ``i`` is a country name that is also a name or honorific ("Anh"), right after a post a state
        holds ("Thủ tướng Anh"): data ``countries_also_names``, ``state_titles_before_country``."""
        token = doc[i]
        return token._.is_cap and not token.is_sent_start and match_key(token.text) in self.countries_also_names \
            and match_keys_before(doc, i, self.state_titles) is not None

    def country_also_name_text(self, text: str) -> bool:
        """A token text ``is_country_after_state_title`` can hold: capitalised, a country also a name ("Anh")."""
        return text[:1].isupper() and match_key(text) in self.countries_also_names

    def is_country_also_name(self, text: str) -> bool:
        """``country_also_name_text``, remembered for up to ``COUNTRY_TEXTS_KEPT`` texts (then forgotten all at once)."""
        known = self.country_texts.get(text)
        if known is None:
            if len(self.country_texts) >= COUNTRY_TEXTS_KEPT:
                self.country_texts.clear()
            known = self.country_texts[text] = self.country_also_name_text(text)
        return known

    def country_also_name_positions(self, doc: Doc) -> list[int]:
        """The indices, in order, of the tokens whose text ``country_also_name_text`` accepts, each distinct
        text of the Doc tested once (remembered across Docs) from one array read, not a Token per token."""
        if not len(doc):
            return []
        strings = doc.vocab.strings
        orths, occurrences = numpy.unique(doc.to_array(ORTH), return_inverse=True)
        accepted = numpy.array([self.is_country_also_name(strings[orth]) for orth in orths.tolist()], dtype=bool)
        return cast(list[int], numpy.flatnonzero(accepted[occurrences]).tolist())

    def countries_after_state_titles(self, doc: Doc, chosen: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
        """The country after a state's post: split off a person run into it ("Thủ tướng | Anh | Theresa May",
        read as one person by the title rule and the model), and alone ("Thủ tướng Anh đã ..."), where nothing
        else holds it (LOC)."""
        split: list[tuple[Span, str]] = []
        for span, source in chosen:
            if span.label_ == "PER" and len(span) > 1 and self.is_country_after_state_title(doc, span.start) \
                    and span[1]._.is_cap and span[1].is_alpha and span[1].text not in self.surnames:
                split += [(Span(doc, span.start, span.start + 1, label="LOC", span_id=span.id_), source),
                          (Span(doc, span.start + 1, span.end, label="PER", span_id=span.id_), source)]
            else:
                split.append((span, source))
        chosen = split
        taken = {i for span, _ in chosen for i in range(span.start, span.end)}
        found = []
        for i in self.country_also_name_positions(doc):
            if i in taken or i + 1 >= len(doc) or doc[i + 1]._.is_cap and doc[i + 1].is_alpha \
                    or not doc[i + 1]._.word_start or not self.is_country_after_state_title(doc, i):
                continue
            found.append((Span(doc, i, i + 1, label="LOC"), "weak"))
        return chosen + found

    def ends_with_unit_word(self, doc: Doc, start: int, end: int) -> bool:
        """True for a body written with a bare unit word and no name ("UBND TP", "Sở Y tế tỉnh"), a generic mention."""
        return end - start >= 2 and any(end - len(keys) > start and match_keys(doc, end - len(keys), keys) == end
                                        for keys in self.unit_words.ending_at(doc[end - 1]))

    def is_unit_after_body(self, doc: Doc, start: int, end: int) -> bool:
        """Tokens ``start:end`` are a bare unit word written after a body's word: "UBND | huyện" before
        "Nguyễn Văn An", where the model read "huyện Nguyễn Văn An" as a place."""
        if not any(match_keys(doc, start, keys) == end for keys in self.unit_words.starting_at(doc[start])):
            return False
        return any(t.end == start and t.id_ == "body" for t in doc.spans.get(PATTERNS_KEY, []))

    def names_a_unit(self, doc: Doc, start: int, end: int) -> bool:
        """True when tokens ``start:end`` are the name of any administrative unit ("TP | Hồ Chí Minh", "phường | Thạch Quý")."""
        return match_key(doc[start:end].text) in self.unit_names

    def is_person_name(self, doc: Doc, start: int, end: int) -> bool:
        """2-4 capitalised syllables that open with a surname, or 3-4 with a middle name second ("Tòng Thị Phóng")."""
        if not all(t.is_alpha for t in doc[start:end]):
            return False
        if doc[start - 1].whitespace_ != " " or not doc[start - 1].is_alpha:
            return False  # a name begins after a space and a word, not after "-" or "("
        return person_name_shape(doc[start:end], self.surnames, self.ambiguous_surnames, self.middle_names)

    @staticmethod
    def ends_a_name(doc: Doc, end: int) -> bool:
        """A sign that belongs to the name before it: "Vietnam+", the initial "Nguyễn Văn Q."."""
        if doc[end - 1].text == "+":
            return end >= 2 and not doc[end - 2].whitespace_ and doc[end - 2].is_alpha
        return closes_an_initial(doc, end - 1)

    def is_unlikely_model_span(self, span: Span) -> bool:
        """Model guesses that are rarely right: no capitalised syllable; and from the 2017 CRF, a
        one-word person opening a sentence ("Rowing", "Cập") and anything written all in capitals
        (it tags headlines and abbreviations such as ``KT-XH``, ``HCV`` as names)."""
        letters = [t for t in span if t.is_alpha]
        if not any(t._.is_cap for t in letters):
            return True
        if span.id_ != "crf":
            return False
        if span.label_ == "PER" and len(span) == 1 and span[0].is_sent_start:
            return True
        return all(t.is_upper for t in letters)

    def after_fused_role_title(self, doc: Doc, start: int, end: int) -> bool:
        """True when the span follows a role title that fuses its department ("Trưởng ban | Tuyên giáo
        Tỉnh ủy") or opens on the department word of one before a capitalised field ("Trưởng | Ban Tổ
        chức Trung ương", "Phó trưởng | khoa Cấp cứu"): nothing is marked (guidelines, ORG). Not a body
        that stands alone, bound to a place ("Phó trưởng | Phòng Cảnh sát ... huyện Sóc Sơn", notes, 22)."""
        if match_keys_before(doc, start, self.fused_role_titles) is not None:
            return True
        if start + 1 >= end or not doc[start + 1]._.is_cap:
            return False  # "Trưởng | Ban quản lý di tích ... Yên Tử": a board of its own
        begin = match_keys_before(doc, start + 1, self.fused_role_titles)
        return begin is not None and begin < start and not self.ends_in_a_place(doc, start + 1, end)

    def ends_in_a_place(self, doc: Doc, start: int, end: int) -> bool:
        """True when tokens ``start:end`` end with the name of a known place or administrative unit."""
        return any(match_key(doc[k:end].text) in self.places or match_key(doc[k:end].text) in self.unit_names
                   for k in range(max(start, end - self.vocab.longest_place), end))

    def starts_with_place_word(self, doc: Doc, i: int) -> bool:
        return any(match_keys(doc, i, keys) for keys in self.place_words.starting_at(doc[i]))

    def is_generic(self, span: Span) -> bool:
        """A model span that is only a type word (``Huyện ủy``, ``Đảng bộ``) names nothing; after a
        title it is a name ("bà Thu")."""
        if span.label_ == "PER" and self.after_title(span.doc, span.start):
            return False
        key = match_key(span.text)
        if key in self.not_names or self.opens_with_a_part(span):
            return True  # "môn Toán", "Tiếng Anh"; "Điều 12" of a law
        return key in self.not_entities or (span.id_ == "crf" and key in self.crf_noise)

    def opens_with_a_part(self, span: Span) -> bool:
        """A part of a text and its number: "Điều 12", "Khoản 3 Điều 5", "Chương II"."""
        doc = span.doc
        for keys in self.not_name_heads.starting_at(doc[span.start]):
            end = match_keys(doc, span.start, keys)
            if end is not None and end < len(doc) and (doc[end].like_num or ROMAN_NUMERAL.match(doc[end].text)):
                return True
        return False

    def after_title(self, doc: Doc, start: int) -> bool:
        return match_keys_before(doc, start, self.title_keys) is not None


def before_semicolon(span: Span) -> Span:
    """A semicolon ends a name: "Học viện Chính trị - Hành chính khu vực I | ; Bí thư Đảng ủy ..." (the
    model ran on into the next item of a series); what follows it is no part of this name."""
    doc = span.doc
    end = next((k for k in range(span.start + 1, span.end) if doc[k].text == ";"), span.end)
    while end > span.start + 1 and not (doc[end - 1].is_alpha or doc[end - 1].is_digit) and end < span.end:
        end -= 1
    return span if end == span.end else Span(doc, span.start, end, label=span.label_, span_id=span.id_)


def is_score(doc: Doc, i: int) -> bool:
    """True when the number at token ``i`` opens a score written with a hyphen, no spaces: "2-0"."""
    return i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_ and not doc[i + 1].whitespace_ \
        and doc[i + 2].is_digit


def join_neighbours(chosen: list[tuple[Span, str]], joins: Callable[[Span, Span], bool]) -> list[tuple[Span, str]]:
    """The entities in text order, each pair of neighbours that ``joins`` accepts made one span from the
    first's start to the second's end, with the first's label, id and source."""
    if len(chosen) < 2:
        return chosen
    out: list[tuple[Span, str]] = []
    for span, source in sorted(chosen, key=lambda pair: pair[0].start):
        if out and joins(out[-1][0], span):
            first, first_source = out[-1]
            out[-1] = (Span(span.doc, first.start, span.end, label=first.label_, span_id=first.id_), first_source)
            continue
        out.append((span, source))
    return out
