"""Entity rules: what no model trained on VLSP 2018 knows.

The trigger phrases (fixed names, titles and honorifics, unit and type words, named bodies,
the ``Đảng`` rule) are spaCy SpanRuler patterns in ``data/entity_patterns.jsonl``; the
vocabulary the code reads is ``data/entity_rules.json``. The code here only says what
patterns cannot: a name runs over the capitalised syllables after a trigger; a run that is a
province or district is a place (gazetteer) and one that opens with a surname is a person;
a byline line is people; ``Đảng``/``Nhà nước``/``Chính phủ``/``Quốc hội`` are organisations
only when they head their own phrase (guidelines, ORG).
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

import regex
from spacy.language import Language
from spacy.pipeline import SpanRuler
from spacy.tokens import Doc, Span

from ...doctools import iter_lines
from ...phrases import match_keys, match_keys_before, syllable_keys
from ...textnorm import match_key, tone_key
from .gazetteer import auto_place_names
from .patterns import BYLINE_PREFIX, BYLINE_SOURCE_NOTE, DOCUMENT, NAME_JOINERS, NUMBERED_UNITS, OPENING_QUOTES, WEBSITE

PATTERNS_KEY = "entity_patterns"  # doc.spans key of the SpanRuler's trigger matches
# What a trigger of each pattern id does (``complete_<kind>``); ties of equal length go to the first.
KINDS = {"party_state": "party_state", "title": "title", "fixed": "fixed", "body": "body",
         "name_after": "name_after", "unit": "name_after", "geo": "name_after", "road": "road"}
KIND_ORDER = list(KINDS)


@lru_cache(maxsize=1)
def load_rules() -> dict:
    """Read the vocabulary of the rules shipped with the package."""
    return json.loads(resources.files("pipeline.data").joinpath("entity_rules.json").read_text("utf-8"))


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
    ruler = SpanRuler(nlp, name=PATTERNS_KEY, spans_key=PATTERNS_KEY, annotate_ents=False, overwrite=True, validate=True)
    ruler.add_patterns([dict(p) for p in load_patterns()])
    return ruler


PERSON_NAME_LENGTHS = (3, 4, 2)  # Vietnamese names by frequency: three syllables, then four, then two


def trailing_person_start(start: int, end: int, is_person) -> int | None:
    """Where a person's name that ends a run at ``end`` begins (after ``start``), trying the
    commonest name lengths first, so a place before it stays whole: "Sơn La | Hoàng Văn Chất",
    not "Sơn | La Hoàng Văn Chất"."""
    for length in PERSON_NAME_LENGTHS:
        begin = end - length
        if begin > start and is_person(begin, end):
            return begin
    return None


def names_a_body(name: Span, places: set[str], bodies_without_name: set[str]) -> bool:
    """True for a whole body name a person may follow: a type word and a known place ("Tỉnh ủy
    Sơn La", "Huyện ủy Mộc Châu") or a body that takes no name ("Quốc hội"). A bare type word
    is not: "Trường Tiểu học Hoàng Diệu", "phường Phạm Ngũ Lão" are named after people."""
    if match_key(name.text) in bodies_without_name:
        return True
    return any(match_key(name[k:].text) in places for k in range(1, len(name)))


def person_name_shape(name: Span, surnames: set[str], ambiguous_surnames: set[str], middle_names: set[str]) -> bool:
    """2-4 capitalised syllables opening with a surname (3-4 for one that is also a place), or 3-4
    with a middle name second: "Lường Văn Huân", "Tòng Thị Phóng" (a middle name makes a person
    of an unlisted surname)."""
    length = len(name)
    if not 2 <= length <= 4 or not all(t._.is_cap for t in name):
        return False
    if length >= 3 and name[1].text in middle_names:
        return True
    first = name[0].text
    return first in surnames and (first not in ambiguous_surnames or length >= 3)


def closes_an_initial(doc: Doc, j: int) -> bool:
    """Token ``j`` is the full stop of a one-letter initial: "Dwight D. Eisenhower", "Nguyễn Văn Q."."""
    if doc[j].text != "." or j == 0 or doc[j - 1].whitespace_:
        return False
    return len(doc[j - 1].text) == 1 and doc[j - 1].is_upper


class RuleMatcher:
    """Find rule entities in a Doc: a list of (span, source).

    Sources: "byline" and "rule" are strong (they win over any model span they overlap);
    "weak" (places, surname-led persons) and "gazetteer" yield to a longer model span
    that contains them ("Hãng phim Truyện Việt Nam" keeps its "Việt Nam"); "weak_same_label"
    (organisations: bodies named after a trigger, fixed names, the ``Đảng`` rule) yields only
    to a longer span of its own label ("Bộ Quốc phòng Nga").
    """

    def __init__(self, nlp: Language):
        rules = load_rules()
        self.ruler = make_pattern_ruler(nlp)
        self.fixed_takes_place = {syllable_keys(p) for p in rules["fixed_takes_place"]}
        self.fixed_takes_number = {syllable_keys(p) for p in rules["fixed_takes_number"]}
        self.org_prefixes = [syllable_keys(p) for p in rules["fixed_org_prefixes"]]
        self.units = pattern_phrases("unit")
        self.surnames = set(rules["surnames"])
        self.ambiguous_surnames = set(rules["surnames_also_places"])
        self.compound_heads = set(rules["party_state_compounds"])
        self.noun_tags = set(rules["party_state_not_after_pos"])
        self.not_after_words = {match_key(w) for w in rules["party_state_not_after_words"]}
        self.quote_heads = {syllable_keys(p) for p in rules["quoted_title_after"]}
        self.places = auto_place_names()
        self.names_with_and = {syllable_keys(p) for p in rules["names_with_and"]}
        self.person_streets = {syllable_keys(w) for w in rules["person_streets"]}
        self.byline_words = {match_key(p) for p in rules["byline_prefixes"]}
        self.website_pattern = regex.compile(WEBSITE, regex.IGNORECASE)
        documents = "|".join(regex.escape(d) for d in sorted(rules["documents"], key=len, reverse=True))
        self.document_pattern = regex.compile(DOCUMENT.format(documents=documents), regex.IGNORECASE)
        prefixes = "|".join(regex.escape(p) for p in rules["byline_prefixes"])
        self.byline_prefix = regex.compile(BYLINE_PREFIX.format(prefixes=prefixes))
        self.title_starts = {keys[0] for keys in pattern_phrases("title")} - {syllable_keys(w)[0] for w in rules["honorifics_also_names"]}
        self.persons_also_places = {match_key(p) for p in rules["persons_also_places"]}
        self.honorifics = {syllable_keys(t) for t in rules["honorifics"]}
        self.middle_names = set(rules["middle_names"])
        self.bodies_without_name = {match_key(p) for p in rules["bodies_without_name"]}
        self.title_keys = pattern_phrases("title")
        self.law_title_stops = {match_key(w) for w in rules["law_title_stops"]}
        self.law_title_max = rules["law_title_max_words"]
        groups = "|".join(regex.escape(g) for g in sorted(rules["ethnic_groups"], key=len, reverse=True))
        contexts = "|".join(regex.escape(c) for c in sorted(rules["ethnic_group_context"], key=len, reverse=True))
        self.ethnic_pattern = regex.compile(rf"(?<![\p{{L}}])(?i:{contexts})\s+(?P<name>{groups})(?![\p{{L}}\p{{M}}’'-])")

    def __call__(self, doc: Doc) -> list[tuple[Span, str]]:
        self.ruler(doc)
        found: list[tuple[Span, str]] = []
        i = 0
        while i < len(doc):
            match = self.match_at(doc, i)
            if match is not None:
                found.append(match)
                i = match[0].end
                person = self.person_after_name(doc, match[0])  # "Tỉnh ủy Sơn La | Hoàng Văn Chất": the run was cut before him
                if person is not None:
                    found.append(person)
                    i = person[0].end
            else:
                i += 1
        found.extend((span, "rule") for span in self.quoted_titles(doc))
        found.extend((span, "rule") for span in self.documents(doc))
        found.extend((span, "rule") for span in self.laws(doc))
        found.extend((span, "rule") for span in self.ethnic_groups(doc))
        found.extend((span, "rule") for span in self.websites(doc))
        found.extend((span, "byline") for span in self.bylines(doc))
        doc.user_data.pop(PATTERNS_KEY, None)  # the index of trigger starts served this call only
        return found

    def match_at(self, doc: Doc, i: int) -> tuple[Span, str] | None:
        """The longest rule entity starting at token ``i``, if any."""
        for trigger in self.triggers_at(doc, i):
            kind = KINDS[trigger.id_]
            if not doc[i]._.word_start and not doc[i]._.is_cap and i > 0 and (doc[i - 1].is_lower or trigger.id_ == "geo"):
                continue  # "cầu" inside "yêu cầu", "bản" inside "phiên bản"
            if len(trigger) == 1 and kind in ("fixed", "name_after") and doc[i]._.is_cap and self.continues_a_name(doc, i):
                continue  # "Đức" in "Hiệp Đức", "Trường" in "Nguyễn Trường Giang"
            if kind == "fixed" and trigger.label_ == "LOC" and len(trigger) == 1 and doc[i].is_sent_start:
                continue  # a sentence-initial capital proves nothing
            span = getattr(self, f"complete_{kind}")(doc, trigger)
            if span is not None:
                return span, self.strength(kind, span)
        if doc[i]._.is_cap and doc[i].is_alpha and not self.continues_a_name(doc, i) and not self.starts_title(doc, i):
            return self.bare_name(doc, i)
        return None

    def starts_title(self, doc: Doc, i: int) -> bool:
        """True when a title or honorific ("Ông", "Chủ tịch") starts at token ``i``."""
        return any(trigger.id_ == "title" for trigger in self.triggers_at(doc, i))

    def triggers_at(self, doc: Doc, i: int) -> list[Span]:
        """The SpanRuler's trigger matches starting at token ``i``, longest first."""
        if PATTERNS_KEY not in doc.spans:
            self.ruler(doc)
        index = doc.user_data.get(PATTERNS_KEY)
        if index is None or index[0] is not doc.spans[PATTERNS_KEY]:
            by_start: dict[int, list[Span]] = {}
            for span in doc.spans[PATTERNS_KEY]:
                by_start.setdefault(span.start, []).append(span)
            for spans in by_start.values():
                spans.sort(key=lambda t: (-len(t), KIND_ORDER.index(t.id_)))
            index = doc.user_data[PATTERNS_KEY] = (doc.spans[PATTERNS_KEY], by_start)
        return index[1].get(i, [])

    @staticmethod
    def strength(kind: str, span: Span) -> str:
        """Places are weak (a longer model span may contain them), named bodies weak only to a
        longer span of their own label ("Sở GD&ĐT" inside "Sở GD&ĐT tỉnh Bắc Kạn"), the rest strong."""
        if span.label_ == "LOC":
            return "weak"
        if kind in ("name_after", "body", "party_state") or (kind == "fixed" and span.label_ == "ORG"):
            return "weak_same_label"  # "Bộ Quốc phòng" inside "Bộ Quốc phòng Nga", "Quốc hội" in "Quốc hội Mỹ"
        return "rule"

    @staticmethod
    def continues_a_name(doc: Doc, i: int) -> bool:
        """True when token ``i`` follows a capitalised syllable of the same name."""
        return i > 0 and doc[i - 1]._.is_cap and doc[i - 1].is_alpha and doc[i - 1].whitespace_ == " "

    def name_run(self, doc: Doc, i: int, allow_number: bool = False, allow_and: bool = False) -> int:
        """End of the capitalised syllables starting at ``i`` (``i`` when there are none)."""
        j = i
        while j < len(doc):
            token = doc[j]
            if allow_and and token.norm_ == "và" and j > i and j + 1 < len(doc) and doc[j + 1]._.is_cap \
                    and doc[j - 1].is_alpha and not self.starts_trigger(doc, j + 1):
                j += 1  # "Bộ Giáo dục và Đào tạo"; not "Tổng cục Thuế và Tổng cục Hải quan"
                continue
            if self.is_initial_dot(doc, j, i):
                j += 1  # "Dwight D. Eisenhower", "Hoàng Thu H."
                continue
            if token.text in NAME_JOINERS and j > i and not doc[j - 1].whitespace_ and not token.whitespace_ \
                    and j + 1 < len(doc):
                if doc[j + 1]._.is_cap:
                    j += 1
                    continue
                if self.is_given_name_tail(doc, j):
                    j += 2
                    continue
            if not (token.is_alpha and (token._.is_cap or self.inside_name_word(doc, i, j))):
                break
            if j > i and not doc[j - 1].whitespace_ and doc[j - 1].text not in NAME_JOINERS:
                break  # syllables of one name are separated by spaces
            j += 1
        if j == i and allow_number and i < len(doc) and doc[i].is_digit \
                and not (doc[i].whitespace_ == "" and i + 1 < len(doc) and doc[i + 1].is_alpha):
            j = i + 1  # "ấp 10"; not "bản 64GB"
        return j

    @staticmethod
    def is_initial_dot(doc: Doc, j: int, run_start: int) -> bool:
        """The full stop after a one-letter initial inside or at the end of a name."""
        return j - 1 > run_start and closes_an_initial(doc, j)

    @staticmethod
    def is_given_name_tail(doc: Doc, joiner: int) -> bool:
        """A short lowercase syllable joined to a capitalised one: "Ri Yong-ho", "Moon Jae-in",
        and after a one-letter syllable and an apostrophe, "Cư M’gar", "Điểu K’ré"."""
        before, nxt = doc[joiner - 1], doc[joiner + 1]
        if not (before._.is_cap and nxt.is_alpha and nxt.is_lower and len(nxt.text) <= 4):
            return False
        return doc[joiner].text == "-" or len(before.text) == 1

    @staticmethod
    def inside_name_word(doc: Doc, run_start: int, j: int) -> bool:
        """A lowercase syllable continuing a capitalised word, as in "Trường Chính trị Lào Cai".

        Only in the first word of a name or before more capitalised syllables, so that a
        segmentation slip ("Lào Cai dự") does not carry a verb into the name.
        """
        if j == run_start or doc[j]._.word_start:
            return False
        next_is_cap = j + 1 < len(doc) and doc[j + 1]._.is_cap
        return j == run_start + 1 or next_is_cap or doc[j - 1]._.word_start and doc[j - 1]._.is_cap and j - 1 > run_start + 1

    @staticmethod
    def trailing_number(doc: Doc, end: int) -> int:
        """Take a commune's number into its name ("xã Xuân Thọ 1 (TX Sông Cầu)")."""
        if end + 1 <= len(doc) - 1 and doc[end - 1].whitespace_ and doc[end].is_digit and len(doc[end].text) <= 2:
            after = doc[end + 1]
            if after.is_punct or after.is_space:
                return end + 1
        return end

    def ends_a_name_run(self, doc: Doc, k: int, first: int) -> bool:
        """A trigger inside the name after a title ends it, except a type word on the surname that
        opens it ("ông Hồ Việt" is a person, not a lake; "Thủ tướng Thái Lan Prawit" is a country first)."""
        for trigger in self.triggers_at(doc, k):
            if trigger.id_ == "title" or (k == first and trigger.id_ in ("unit", "geo") and doc[k].text in self.surnames):
                continue
            return True
        return False

    def starts_trigger(self, doc: Doc, k: int) -> bool:
        """True when a whole trigger phrase (not only its first syllable) starts at token ``k``."""
        return any(trigger.id_ != "title" for trigger in self.triggers_at(doc, k))

    def looks_like_person(self, doc: Doc, start: int, end: int) -> bool:
        """A run of 2-4 capitalised syllables opening with a surname reads as a person's name."""
        return person_name_shape(doc[start:end], self.surnames, self.ambiguous_surnames, self.middle_names)

    def person_after_name(self, doc: Doc, name: Span) -> tuple[Span, str] | None:
        """A person's name written right after a body's place ("Tỉnh ủy Sơn La Hoàng Văn Chất") or
        after a body that takes no name ("Quốc hội Tòng Thị Phóng"), in the same capitalised run.
        Not after a bare type word: "Trường Tiểu học Hoàng Diệu" is named after him."""
        start = name.end
        if start >= len(doc) or not doc[start]._.is_cap or doc[start - 1].whitespace_ != " " or not doc[start - 1].is_alpha:
            return None
        if name.label_ == "LOC" and match_keys_before(doc, name.start, self.title_keys) is not None:
            end = self.name_run(doc, start)  # "Ngoại trưởng Nga Lavrov": a title, the country, then the name
            if 1 <= end - start <= 3 and not doc[start:end].text.isupper() and not self.starts_trigger(doc, start):
                return Span(doc, start, end, label="PER"), "weak"
            return None
        if not names_a_body(name, self.places, self.bodies_without_name):
            return None
        end = self.name_run(doc, start)
        if end - start in PERSON_NAME_LENGTHS and self.looks_like_person(doc, start, end) and not doc[start:end].text.isupper():
            return Span(doc, start, end, label="PER"), "weak"
        return None

    def bare_name(self, doc: Doc, start: int) -> tuple[Span, str] | None:
        """A capitalised run with no trigger: a province or district, else a surname-led person."""
        end = self.name_run(doc, start)
        if end - start < 2 or any(self.starts_trigger(doc, k) for k in range(start + 1, end)):
            return None
        for stop in range(end, start + 1, -1):  # longest place prefix: "Hương Sơn Hà Tĩnh" -> "Hương Sơn"
            if match_key(doc[start:stop].text) in self.places:
                return Span(doc, start, stop, label="LOC"), "gazetteer"
        if self.looks_like_person(doc, start, end) and not doc[start:end].text.isupper():
            return Span(doc, start, end, label="PER"), "weak"
        return None

    def complete_name_after(self, doc: Doc, trigger: Span, start: int | None = None) -> Span | None:
        """A trigger and the capitalised name after it ("Trường Chính trị Lào Cai", "xã Bản Lầu");
        ``start`` is where the entity begins when that is before the trigger (a body's unit word)."""
        start = trigger.start if start is None else start
        end, label, keys = trigger.end, trigger.label_, self.keys(trigger)
        numbered = label == "LOC" and match_key(trigger.text) in NUMBERED_UNITS
        if end < len(doc) and doc[end].text == "." and keys[-1] == "tp":
            end += 1  # "TP. Hồ Chí Minh"
        name_end = self.name_run(doc, end, allow_number=numbered, allow_and=keys in self.names_with_and)
        if name_end == end:
            return None
        if label == "ORG" and match_key(doc[start:name_end].text) in self.places:
            return None  # "Trường Sa" is a district, not a school
        is_place = label == "LOC" and match_key(doc[end:name_end].text) in self.places
        if not is_place and keys not in self.person_streets and (
                self.looks_like_person(doc, end, name_end) or self.looks_like_person(doc, start, name_end)):
            return None  # "Tỉnh ủy Nguyễn Văn A", "Hồ Thị Duy"; but "đường Hồ Chí Minh" is a street
        name_end = self.without_trailing_province(doc, end, name_end)
        if label == "ORG":
            name_end = self.without_trailing_person(doc, end, name_end)
        if label == "LOC":
            name_end = self.trailing_number(doc, name_end)
        return Span(doc, self.org_prefix_start(doc, start) if label == "ORG" else start, name_end, label=label)

    def complete_body(self, doc: Doc, trigger: Span) -> Span | None:
        """A party or state body takes a unit word and a name: "Đảng ủy xã Bản Lầu", "UBND tỉnh Lào Cai"."""
        for unit in self.units:
            unit_end = match_keys(doc, trigger.end, unit)
            if unit_end is not None:
                return self.complete_name_after(doc, Span(doc, trigger.start, unit_end, label="ORG"))
        return None

    @staticmethod
    def keys(span: Span) -> tuple[str, ...]:
        return tuple(token.norm_ for token in span)

    def without_trailing_province(self, doc: Doc, name_start: int, name_end: int) -> int:
        """Cut a province written after a place's name: "huyện Hương Sơn Hà Tĩnh" ends at "Hương Sơn"."""
        for stop in range(name_start + 1, name_end - 1):
            head, tail = match_key(doc[name_start:stop].text), match_key(doc[stop:name_end].text)
            if head in self.places and tail in self.places:
                return stop
        return name_end

    def without_trailing_person(self, doc: Doc, name_start: int, name_end: int) -> int:
        """Cut a person named after a body: "Bộ GTVT Nguyễn Ngọc Đông" ends at "Bộ GTVT"."""
        stop = trailing_person_start(name_start, name_end, lambda b, e: self.looks_like_person(doc, b, e))
        return name_end if stop is None else stop

    def complete_road(self, doc: Doc, trigger: Span) -> Span | None:
        """A numbered road: "Quốc lộ 8A", "QL1A", "Đường tỉnh 605"."""
        start, end = trigger.start, trigger.end
        if end >= len(doc) or not doc[end].is_digit:
            return None
        stop = end + 1
        if stop < len(doc) and not doc[end].whitespace_ and doc[stop].is_upper and len(doc[stop].text) <= 2:
            stop += 1
        return Span(doc, start, stop, label="LOC")

    def org_prefix_start(self, doc: Doc, start: int) -> int:
        """Extend an organisation back over "Trung ương" written before it."""
        begin = match_keys_before(doc, start, self.org_prefixes)
        return begin if begin is not None and doc[begin]._.is_cap else start

    def complete_fixed(self, doc: Doc, trigger: Span) -> Span | None:
        start, end, keys = trigger.start, trigger.end, self.keys(trigger)
        if keys in self.fixed_takes_number and end < len(doc) and doc[end].is_digit:
            end += 1
        elif keys in self.fixed_takes_place:
            end = self.place_after(doc, end)
        elif trigger.label_ == "LOC":
            end = self.known_place_end(doc, start, end)  # "Lào" + "Cai" is one place
        if end < len(doc) and doc[end - 1].whitespace_ == "" and doc[end].is_alpha:
            return None  # the phrase is the start of a longer word
        if len(trigger) == 1 and end < len(doc) and doc[end].is_lower and doc[end].is_alpha and not doc[end]._.word_start:
            return None  # "Pháp" in "Pháp luật": a one-syllable name inside a segmented word
        if trigger.label_ == "ORG":
            start = self.org_prefix_start(doc, start)
        return Span(doc, start, end, label=trigger.label_)

    def known_place_end(self, doc: Doc, start: int, end: int) -> int:
        """Extend a fixed place over the capitalised syllables after it when together they are a
        known place ("Lào Cai"), not when they are another name ("Mỹ Donald Trump")."""
        for stop in range(self.name_run(doc, end - 1), end, -1):
            if match_key(doc[start:stop].text) in self.places:
                return stop
        return end

    def place_after(self, doc: Doc, end: int) -> int:
        """Extend a mass organisation over a following unit word and place name."""
        for unit in self.units:
            unit_end = match_keys(doc, end, unit)
            if unit_end is not None:
                name_end = self.name_run(doc, unit_end)
                return name_end if name_end > unit_end else end
        return end

    def complete_title(self, doc: Doc, trigger: Span) -> Span | None:
        start, end = trigger.start, trigger.end
        if doc[start]._.is_cap and self.continues_a_name(doc, start):
            return None  # "Anh" in "Cao Anh Tuấn" is a name, not an honorific
        if self.keys(trigger) in self.honorifics and len(trigger) == 1 and doc[start].is_title and not doc[start].is_sent_start:
            return None  # a capitalised "Anh" inside a sentence opens a name ("cô gái tên Anh Đào")
        name_end = self.name_run(doc, end)
        if not 1 <= name_end - end <= 4 or any(self.ends_a_name_run(doc, k, end) for k in range(end, name_end)):
            return None
        name = doc[end:name_end]
        if not all(t._.is_cap for t in name if t.i == end or doc[t.i - 1].whitespace_):
            return None
        if match_key(name.text) in self.places and match_key(name.text) not in self.persons_also_places:
            return None  # "Bí thư Lâm Đồng" is a place (guidelines, LOC); "Chủ tịch Hồ Chí Minh" is a person
        if len(trigger) == 1 and name[0].text in self.middle_names:
            return None  # "Ông Thị Nguyệt": the honorific is a surname
        if match_key(doc[start:name_end].text) in self.places or (len(name[0]) > 1 and name[0].is_upper):
            return None  # "Bà Rịa" is a province; "Chủ tịch HĐQT BSC", "Chủ tịch VFF Lê Hùng Dũng" name a body first
        if len(name) == 1 and (self.keys(trigger) not in self.honorifics or name[0].is_upper):
            return None  # "bà Thu"; but "Chủ tịch OceanBank", "Bí thư Đoàn", "ông UBND"
        return Span(doc, end, name_end, label="PER")

    def complete_party_state(self, doc: Doc, trigger: Span) -> Span | None:
        start, end = trigger.start, trigger.end
        if end < len(doc) and doc[end].norm_ in self.compound_heads and doc[end - 1].whitespace_:
            return None  # Đảng bộ, Đảng ủy, Đảng viên
        previous = self.previous_word(doc, start)
        if previous:
            if match_key(" ".join(t.text for t in previous)) in self.not_after_words:
                return None  # tổ chức Đảng, công tác Đảng
            if previous[0].tag_ in self.noun_tags and previous[0].is_alpha:
                return None  # the body modifies a common noun before it
        return Span(doc, start, end, label="ORG")

    @staticmethod
    def previous_word(doc: Doc, start: int) -> list:
        """The segmented word just before token ``start`` (empty at the start of a line)."""
        k = start - 1
        if k < 0 or doc[k].is_space:
            return []
        word = [doc[k]]
        while not doc[k]._.word_start and k > 0 and not doc[k - 1].is_space:
            k -= 1
            word.insert(0, doc[k])
        return word

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
        return match_keys_before(doc, i, self.quote_heads) is not None

    def documents(self, doc: Doc) -> list[Span]:
        """Numbered documents ("Nghị quyết số 21-NQ/TW", "chỉ thị số 18-CT/HU") are MISC."""
        spans = []
        for match in self.document_pattern.finditer(doc.text):
            span = doc.char_span(match.start(), match.end(), label="MISC", alignment_mode="contract")
            if span is not None:
                spans.append(span)
        return spans

    def laws(self, doc: Doc) -> list[Span]:
        """Laws by title: "Luật Đất đai", "Luật Hỗ trợ doanh nghiệp nhỏ và vừa", "Bộ luật Hình sự 2015":
        a capitalised word after "Luật", then lowercase title words up to a function word or verb of
        ``law_title_stops`` ("và" only inside the title, before another lowercase word)."""
        spans = []
        for i, token in enumerate(doc):
            after_bo = i > 0 and doc[i - 1].text == "Bộ" and bool(doc[i - 1].whitespace_)
            if not (token.text == "Luật" or token.text == "luật" and after_bo) or i + 1 >= len(doc) \
                    or not doc[i + 1]._.is_cap or not doc[i + 1].is_alpha:
                continue
            if i > 0 and not after_bo and doc[i - 1]._.is_cap and doc[i - 1].is_alpha and not doc[i - 1].is_sent_start:
                continue  # inside a name: "Báo Pháp Luật TP.HCM"
            end = i + 2
            while end < len(doc) and end - i <= self.law_title_max and doc[end].is_alpha and doc[end - 1].whitespace_ \
                    and not doc[end]._.is_cap:
                if doc[end].norm_ in ("và", "hoặc") and self.joins_title_words(doc, end):
                    end += 2  # "nhỏ và vừa"
                elif doc[end].norm_ in self.law_title_stops:
                    break
                else:
                    end += 1
            spans.append(Span(doc, i - 1 if after_bo else i, self.year_after(doc, end), label="MISC"))
        return spans

    def joins_title_words(self, doc: Doc, j: int) -> bool:
        """"và" inside a title joins two lowercase words, the second ending the title: "nhỏ và vừa"."""
        if j + 1 >= len(doc) or not doc[j + 1].is_alpha or doc[j + 1]._.is_cap:
            return False
        nxt = doc[j + 2] if j + 2 < len(doc) else None
        return nxt is None or not nxt.is_alpha or nxt.norm_ in self.law_title_stops or doc[j + 1].norm_ not in self.law_title_stops

    @staticmethod
    def year_after(doc: Doc, end: int) -> int:
        """Past the year a title is of: "Luật Đất đai 2024", "Bộ luật Hình sự năm 2015"."""
        j = end + 1 if end < len(doc) and doc[end].norm_ == "năm" else end
        if j < len(doc) and doc[j].like_num and len(doc[j].text) == 4 and doc[j - 1].whitespace_:
            return j + 1
        return end

    def ethnic_groups(self, doc: Doc) -> list[Span]:
        """A named ethnic group after "dân tộc", "người", "đồng bào" ...: "người Mông", "dân tộc Dao" (guidelines, MISC)."""
        spans = []
        for match in self.ethnic_pattern.finditer(doc.text):
            span = doc.char_span(match.start("name"), match.end("name"), label="MISC")
            if span is not None:
                spans.append(span)
        return spans

    def websites(self, doc: Doc) -> list[Span]:
        """Websites named as sources ("Baohatinh.vn", "moh.gov.vn") are ORG."""
        spans = []
        for match in self.website_pattern.finditer(doc.text):
            span = doc.char_span(match.start(), match.end(), label="ORG")
            if span is not None:
                spans.append(span)
        return spans

    def bylines(self, doc: Doc) -> list[Span]:
        """Names on a byline or credit line ("PHƯƠNG LAN", "Mỹ Linh – Thanh Hoa", "Tác giả: Trí Minh")."""
        spans = []
        text = doc.text  # spaCy rebuilds doc.text on every access: read it once
        lines = [(s, e, line) for s, e, line in iter_lines(text) if line.strip()]
        for number, (start, end, line) in enumerate(lines):
            prefix = self.byline_prefix.match(line)
            if number == 0 or not (prefix or number == 1 or number >= len(lines) - 2):
                continue  # bylines stand under the title or at the end; the first line is the title
            body_start = start + (prefix.end() if prefix else 0)
            body = BYLINE_SOURCE_NOTE.sub("", text[body_start:end]).rstrip(" .")
            if match_key(body.split(" ", 1)[0]) in self.title_starts:
                continue  # "Ông Tần" is a caption, not a signature
            parts = regex.split(r"\s*[,–-]\s*", body)
            if not body or len(parts) > 3 or not all(self.is_name_text(p) for p in parts) or match_key(body) in self.byline_words:
                continue
            position = body_start
            for part in parts:
                part_start = text.index(part, position)
                span = doc.char_span(part_start, part_start + len(part), label="PER")
                position = part_start + len(part)
                if span is None:
                    continue
                other = self.match_at(doc, span.start)
                if other is None or other[0].label_ != "ORG":  # "Nguồn tin: Báo VOV" stays an ORG; "Thanh Hà", "Châu Anh" sign
                    spans.append(span)
        return spans

    @staticmethod
    def is_name_text(text: str) -> bool:
        """One to four capitalised syllables and nothing else."""
        words = text.split()
        if len(words) == 1 and words[0].isupper():
            return False  # "PV", "TTXVN", "NDTV": one word in capitals is an outlet's signature, not a name
        return 1 <= len(words) <= 4 and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)
