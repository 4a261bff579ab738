"""Entity rules read from ``data/entity_rules.json``: what no model trained on VLSP 2018 knows.

Patterns are data; the code here only says what patterns cannot: a name runs over the
capitalised syllables after a trigger, a name that looks like a person's is not a place,
and ``Đảng``/``Nhà nước``/``Chính phủ``/``Quốc hội`` are organisations only when they head
their own phrase (guidelines, ORG).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Span, Token

from ...textnorm import tone_key
from ...tokenizer import TOKEN_PATTERN

OPENING_QUOTES = {"“": "”", "\"": "\"", "«": "»"}
NUMBERED_UNITS = {"quận", "phường", "ấp", "tổ", "khu", "xóm", "thôn", "bản", "khu phố", "tổ dân phố"}


def syllable_keys(phrase: str) -> tuple[str, ...]:
    """Split a phrase the way the tokenizer does and key each piece as token norms are keyed."""
    return tuple(tone_key(m.group(0).lower()) for m in TOKEN_PATTERN.finditer(phrase))


@dataclass(frozen=True)
class Trigger:
    keys: tuple[str, ...]
    label: str
    kind: str  # "name_after", "body", "fixed", "title", "party_state"
    capitalised: bool


@lru_cache(maxsize=1)
def load_rules() -> dict:
    """Read the rule data shipped with the package."""
    return json.loads(resources.files("pipeline.data").joinpath("entity_rules.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def build_triggers() -> dict[str, list[Trigger]]:
    """Index every trigger phrase by its first syllable key, longest first."""
    rules = load_rules()
    expand = {"$units": rules["units"], "$geo_words": rules["geo_words"]}
    triggers: list[Trigger] = []

    def add(phrase: str, label: str, kind: str) -> None:
        triggers.append(Trigger(syllable_keys(phrase), label, kind, phrase[:1].isupper()))

    for label, phrases in rules["name_after"].items():
        for phrase in phrases:
            for item in expand.get(phrase, [phrase]):
                add(item, label, "name_after")
    for body in rules["bodies_with_unit"]:
        for unit in rules["units"]:
            add(f"{body} {unit}", "ORG", "name_after")
    for label, phrases in rules["fixed"].items():
        for phrase in phrases:
            add(phrase, label, "fixed")
    for phrase in rules["titles"]:
        add(phrase, "PER", "title")
    for phrase in rules["party_state"]:
        add(phrase, "ORG", "party_state")
    index: dict[str, list[Trigger]] = {}
    for trigger in triggers:
        index.setdefault(trigger.keys[0], []).append(trigger)
    for candidates in index.values():
        candidates.sort(key=lambda t: -len(t.keys))
    return index


class RuleMatcher:
    """Find rule entities in a Doc."""

    def __init__(self):
        rules = load_rules()
        self.index = build_triggers()
        self.fixed_takes_place = {syllable_keys(p) for p in rules["fixed_takes_place"]}
        self.fixed_takes_number = {syllable_keys(p) for p in rules["fixed_takes_number"]}
        self.units = sorted((syllable_keys(u) for u in rules["units"]), key=len, reverse=True)
        self.surnames = set(rules["surnames"])
        self.ambiguous_surnames = set(rules["surnames_also_places"])
        self.compound_heads = set(rules["party_state_compounds"])
        self.noun_tags = set(rules["party_state_not_after_pos"])
        self.quote_heads = {syllable_keys(p) for p in rules["quoted_title_after"]}
        self.trigger_starts = set(self.index)

    def __call__(self, doc: Doc) -> list[Span]:
        spans: list[Span] = []
        i = 0
        while i < len(doc):
            span = self.match_at(doc, i)
            if span is not None:
                spans.append(span)
                i = span.end
            else:
                i += 1
        spans.extend(self.quoted_titles(doc))
        return spans

    def match_at(self, doc: Doc, i: int) -> Span | None:
        """Return the longest rule entity starting at token ``i``, if any."""
        for trigger in self.index.get(doc[i].norm_, []):
            end = self.match_keys(doc, i, trigger.keys)
            if end is None or (trigger.capitalised and not doc[i]._.is_cap):
                continue
            span = getattr(self, f"complete_{trigger.kind}")(doc, i, end, trigger)
            if span is not None:
                return span
        return None

    @staticmethod
    def match_keys(doc: Doc, i: int, keys: tuple[str, ...]) -> int | None:
        """Return the end of ``keys`` matched at ``i`` (space tokens never match)."""
        end = i + len(keys)
        if end > len(doc):
            return None
        for token, key in zip(doc[i:end], keys):
            if token.is_space or token.norm_ != key:
                return None
        return end

    def name_run(self, doc: Doc, i: int, allow_number: bool = False) -> int:
        """End of the capitalised syllables starting at ``i`` (``i`` when there are none)."""
        j = i
        while j < len(doc) and doc[j].is_alpha and (doc[j]._.is_cap or self.inside_name_word(doc, i, j)):
            if j > i and not doc[j - 1].whitespace_:
                break  # syllables of one name are separated by spaces
            j += 1
        if j == i and allow_number and i < len(doc) and doc[i].is_digit:
            j = i + 1
        return j

    @staticmethod
    def inside_name_word(doc: Doc, run_start: int, j: int) -> bool:
        """A lowercase syllable continuing a capitalised word, as in "Trường Chính trị Lào Cai".

        Only in the first word of a name or before more capitalised syllables, so that a
        segmentation slip ("Lào Cai dự") does not carry a verb into the name.
        """
        if j == run_start or doc[j]._.word_start:
            return False
        next_is_cap = j + 1 < len(doc) and doc[j]._.is_cap is False and doc[j + 1]._.is_cap
        return j == run_start + 1 or next_is_cap

    def looks_like_person(self, doc: Doc, start: int, end: int) -> bool:
        """A run of 2-4 syllables opening with a surname reads as a person's name."""
        first = doc[start].text
        length = end - start
        if first not in self.surnames or not 2 <= length <= 4:
            return False
        return first not in self.ambiguous_surnames or length >= 3

    def complete_name_after(self, doc: Doc, start: int, end: int, trigger: Trigger) -> Span | None:
        numbered = trigger.label == "LOC" and trigger.keys[-1] in NUMBERED_UNITS
        if end < len(doc) and doc[end].text == "." and trigger.keys == ("tp",):
            end += 1  # "TP. Hồ Chí Minh"
        name_end = self.name_run(doc, end, allow_number=numbered)
        if name_end == end or self.looks_like_person(doc, end, name_end):
            return None
        return Span(doc, start, name_end, label=trigger.label)

    def complete_fixed(self, doc: Doc, start: int, end: int, trigger: Trigger) -> Span | None:
        if trigger.keys in self.fixed_takes_number and end < len(doc) and doc[end].is_digit:
            end += 1
        elif trigger.keys in self.fixed_takes_place:
            end = self.place_after(doc, end)
        elif trigger.label == "LOC":
            end = self.name_run(doc, end - 1)  # "Lào" + "Cai" is one place
        if end < len(doc) and doc[end - 1].whitespace_ == "" and doc[end].is_alpha:
            return None  # the phrase is the start of a longer word
        return Span(doc, start, end, label=trigger.label)

    def place_after(self, doc: Doc, end: int) -> int:
        """Extend a mass organisation over a following unit word and place name."""
        for unit in self.units:
            unit_end = self.match_keys(doc, end, unit)
            if unit_end is not None:
                name_end = self.name_run(doc, unit_end)
                return name_end if name_end > unit_end else end
        return end

    def complete_title(self, doc: Doc, start: int, end: int, trigger: Trigger) -> Span | None:
        name_end = self.name_run(doc, end)
        if not 2 <= name_end - end <= 4 or any(doc[k].norm_ in self.trigger_starts for k in range(end, name_end)):
            return None
        return Span(doc, end, name_end, label="PER")

    def complete_party_state(self, doc: Doc, start: int, end: int, trigger: Trigger) -> Span | None:
        if end < len(doc) and doc[end].norm_ in self.compound_heads and doc[end - 1].whitespace_:
            return None  # Đảng bộ, Đảng ủy, Đảng viên
        previous = next((doc[k] for k in range(start - 1, -1, -1) if not doc[k].is_space), None)
        if previous is not None and previous.tag_ in self.noun_tags and previous.is_alpha:
            return None  # tổ chức cơ sở Đảng, công tác Đảng
        return Span(doc, start, end, label="ORG")

    def quoted_titles(self, doc: Doc) -> list[Span]:
        """Quoted titles after an event or work noun (Hội thảo “...”) are MISC, without the quotes."""
        spans = []
        for token in doc:
            closing = OPENING_QUOTES.get(token.text)
            if closing is None or not self.follows_title_noun(doc, token.i):
                continue
            end = next((k for k in range(token.i + 1, len(doc)) if doc[k].text == closing or "\n" in doc[k].text), None)
            if end is not None and doc[end].text == closing and end > token.i + 1:
                spans.append(Span(doc, token.i + 1, end, label="MISC"))
        return spans

    def follows_title_noun(self, doc: Doc, i: int) -> bool:
        """True when the tokens just before ``i`` are one of the quoted-title nouns."""
        for keys in self.quote_heads:
            start = i - len(keys)
            if start >= 0 and self.match_keys(doc, start, keys) is not None:
                return True
        return False
