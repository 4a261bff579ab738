"""Completions: from a trigger match to the whole entity it starts, one function per kind of trigger.

``COMPLETIONS`` maps each kind of ``triggers.KINDS`` to its function; each takes the
vocabulary, the Doc, the trigger span and the Doc's trigger index and returns the entity
span or None (the trigger starts no entity here).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from ...phrases import match_keys, match_keys_before
from ...textnorm import match_key
from .gazetteer import load_gazetteer
from .names import continues_a_name, looks_like_person, name_run, trailing_number, trailing_person_start
from .patterns import NAME_JOINERS, NUMBERED_UNITS
from .triggers import TriggerIndex
from .vocabulary import Keys, RuleVocabulary

Completion = Callable[[RuleVocabulary, Doc, Span, TriggerIndex], "Span | None"]


def span_keys(span: Span) -> tuple[str, ...]:
    return tuple(token.norm_ for token in span)


def complete_name_after(vocab: RuleVocabulary, doc: Doc, trigger: Span, triggers: TriggerIndex, start: int | None = None) -> Span | None:
    """A trigger and the capitalised name after it ("Trường Chính trị Lào Cai", "xã Bản Lầu");
    ``start`` is where the entity begins when that is before the trigger (a body's unit word)."""
    start = trigger.start if start is None else start
    end, label, keys = trigger.end, trigger.label_, span_keys(trigger)
    if label == "ORG" and start > 1 and doc[start - 1].text in "-/" and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_:
        return None  # "VOV-Trung tâm Tin", "TTXVN/Báo ...": one credit glued to another name, no body of its own here
    numbered = label == "LOC" and match_key(trigger.text) in NUMBERED_UNITS
    if end < len(doc) and doc[end].text == "." and keys[-1] == "tp":
        end += 1  # "TP. Hồ Chí Minh"
    name_end = name_run(doc, end, triggers, allow_number=numbered, allow_and=keys in vocab.names_with_and)
    if name_end == end:
        return None
    if len(trigger) == 2 and len(trigger[0].text) == 1:  # "Q.", "P.": abbreviated units
        name_end = without_trailing_capitals(doc, end, name_end)
        if not (doc[end].is_digit or (len(doc[end].text) > 1 and not doc[end].is_upper)) or doc[name_end - 1].is_lower:
            return None  # "P.T", "Q.H": the initials of a person, not a ward or a district
    if keys in vocab.names_with_and:
        name_end = name_tail_end(vocab, doc, name_end)
    if label == "ORG" and match_key(doc[start:name_end].text) in vocab.places:
        return None  # "Trường Sa" is a district, not a school
    is_place = label == "LOC" and match_key(doc[end:name_end].text) in vocab.places
    if not is_place and keys[:1] not in vocab.person_streets and (
            looks_like_person(vocab, doc, end, name_end) or looks_like_person(vocab, doc, start, name_end)):
        return None  # "Tỉnh ủy Nguyễn Văn A", "Hồ Thị Duy"; but "đường Hồ Chí Minh" is a street
    name_end = without_trailing_province(vocab, doc, end, name_end)
    if label == "ORG":
        name_end = without_trailing_person(vocab, doc, end, name_end)
        if keys in vocab.open_name_types and name_runs_on(vocab, doc, name_end, triggers):
            return None  # "Trung tâm Giáo dục | thường xuyên", "Chi cục Quản lý | thị trường": the end is unknown, left to the model
        name_end = unit_place_after(vocab, doc, name_end, department_units(vocab, keys))  # "Sở LĐ-TB&XH | tỉnh Quảng Nam"
    if label == "LOC":
        name_end = without_trailing_person_after_place(vocab, doc, end, name_end)
        name_end = trailing_number(doc, name_end)
    if label == "MISC":
        if doc[start].is_lower and sum(1 for t in doc[end:name_end] if t._.is_cap) < 2:
            return None  # "mùa lễ hội Xuân", "lễ hội Trung thu": a season or a holiday, not a festival's name
        if runs_on_in_lowercase(vocab, doc, name_end):
            return None  # "Đối thoại Hợp tác | châu Á", "Triển lãm Di sản | văn hóa biển": the name goes on, its end is unknown
        name_end = year_end(doc, name_end)
    return Span(doc, org_prefix_start(vocab, doc, start) if label == "ORG" else start, name_end, label=label)


def runs_on_in_lowercase(vocab: RuleVocabulary, doc: Doc, end: int) -> bool:
    """The capitalised words of an event's name are followed by a lowercase word that is no title stop
    word ("năm", "tại", "được" end it): the name may continue in lowercase. (POS tags do not decide
    it: underthesea tags "văn hóa" in "Di sản văn hóa biển" a verb.)"""
    if end >= len(doc) or not doc[end].is_alpha or not doc[end].is_lower:
        return False
    return doc[end].norm_ not in vocab.law_title_stops


def name_runs_on(vocab: RuleVocabulary, doc: Doc, end: int, triggers: TriggerIndex) -> bool:
    """A body's capitalised words are followed by a lowercase noun or adjective (the Doc's POS) that is
    no title stop word and starts no trigger (a unit word): the name goes on in lowercase."""
    if end >= len(doc) or not doc[end].is_alpha or not doc[end].is_lower or not doc[end - 1].whitespace_:
        return False
    if doc[end].norm_ in vocab.law_title_stops or triggers.starts_trigger(end):
        return False
    return not doc[end]._.word_start or doc[end].tag_[:1] in ("N", "A")


def without_trailing_capitals(doc: Doc, start: int, end: int) -> int:
    """Drop words written all in capitals from the end of a name ("Q. Bình Thạnh | ĐT: ...")."""
    while end - 1 > start and doc[end - 1].is_upper and len(doc[end - 1].text) > 1:
        end -= 1
    return end


def name_tail_end(vocab: RuleVocabulary, doc: Doc, end: int) -> int:
    """Extend a body's name over a lowercase word that ends such names: "Học viện Tòa án nhân dân",
    "Quỹ Phát triển đất", "Viện Dinh dưỡng quốc gia" (``name_tails``), so a known body is not cut short."""
    if end >= len(doc) or not doc[end - 1].whitespace_:
        return end
    for keys in vocab.name_tails.starting_at(doc[end]):
        tail_end = match_keys(doc, end, keys)
        if tail_end is not None and (tail_end == len(doc) or not (doc[tail_end].is_alpha and not doc[tail_end - 1].whitespace_)):
            return tail_end
    return end


def complete_body(vocab: RuleVocabulary, doc: Doc, trigger: Span, triggers: TriggerIndex) -> Span | None:
    """A party or state body takes a unit word and a name: "Đảng ủy xã Bản Lầu", "UBND tỉnh Lào Cai"."""
    for unit in vocab.units.starting_at(doc[trigger.end]) if trigger.end < len(doc) else ():
        unit_end = match_keys(doc, trigger.end, unit)
        if unit_end is not None:
            return complete_name_after(vocab, doc, Span(doc, trigger.start, unit_end, label="ORG"), triggers)
    return None


def without_trailing_province(vocab: RuleVocabulary, doc: Doc, name_start: int, name_end: int) -> int:
    """Cut a province written after a place's name: "huyện Hương Sơn Hà Tĩnh" ends at "Hương Sơn"."""
    for stop in range(max(name_start + 1, name_end - vocab.longest_place), min(name_end - 1, name_start + vocab.longest_place + 1)):
        head, tail = match_key(doc[name_start:stop].text), match_key(doc[stop:name_end].text)
        if head in vocab.places and tail in vocab.places:
            return stop
    return name_end


def without_trailing_person(vocab: RuleVocabulary, doc: Doc, name_start: int, name_end: int) -> int:
    """Cut a person named after a body: "Bộ GTVT Nguyễn Ngọc Đông" ends at "Bộ GTVT"."""
    stop = trailing_person_start(name_start, name_end, lambda b, e: looks_like_person(vocab, doc, b, e))
    return name_end if stop is None else stop


def without_trailing_person_after_place(vocab: RuleVocabulary, doc: Doc, name_start: int, name_end: int) -> int:
    """Cut a person written after the name of an administrative unit: "Chủ tịch UBND xã Phú Sơn Nguyễn Văn
    Hướng" ends at "Phú Sơn" (any unit of the gazetteer, communes included)."""
    stop = trailing_person_start(name_start, name_end, lambda b, e: looks_like_person(vocab, doc, b, e)
                                 and match_key(doc[name_start:b].text) in load_gazetteer()["index"])
    return name_end if stop is None else stop


def year_end(doc: Doc, end: int) -> int:
    """Take the year of an event into its name: "Lễ hội Yên Tử 2017", "Liên hoan phim Việt Nam năm 2019"."""
    j = end + 1 if end < len(doc) and doc[end].norm_ == "năm" else end
    if j < len(doc) and doc[j].is_digit and len(doc[j].text) == 4 and doc[j - 1].whitespace_ \
            and (j + 1 >= len(doc) or doc[j].whitespace_ or not doc[j + 1].is_alpha):
        return j + 1
    return end


def complete_road(vocab: RuleVocabulary, doc: Doc, trigger: Span, triggers: TriggerIndex) -> Span | None:
    """A numbered road: "Quốc lộ 8A", "QL1A", "Đường tỉnh 605"."""
    start, end = trigger.start, trigger.end
    if end >= len(doc) or not doc[end].is_digit:
        return None
    stop = end + 1
    if stop < len(doc) and not doc[end].whitespace_ and doc[stop].is_upper and len(doc[stop].text) <= 2:
        stop += 1
    return Span(doc, start, stop, label="LOC")


def complete_outlet(vocab: RuleVocabulary, doc: Doc, trigger: Span, triggers: TriggerIndex) -> Span | None:
    """The outlet named after a lowercase media word ("theo báo VTC News", "mạng xã hội Facebook",
    "trang Twitter"): the name alone is the ORG (a lowercase descriptor stays outside, notes 34).
    Not a known place or country ("hãng thông tấn Nga" is LOC; a foreign city names the outlet: "thời
    báo Bình Nhưỡng"), nor a name that runs on in lowercase ("báo Tuổi trẻ": ORG of unknown end, left
    to the model)."""
    end = trigger.end
    name_end = name_run(doc, end, triggers)
    if not 1 <= name_end - end <= 4 or (name_end < len(doc) and doc[name_end].is_lower and not doc[name_end]._.word_start):
        return None  # "báo Tuổi | trẻ": the segmenter reads one word across, the name goes on in lowercase
    name = doc[end:name_end]
    if match_key(name.text) in vocab.places or looks_like_person(vocab, doc, end, name_end) \
            or any(t.id_ not in ("title", "city") for t in triggers.at(end)):
        return None  # "hãng thông tấn Nga": a country is the outlet's nationality; a city names it ("thời báo Bình Nhưỡng")
    return Span(doc, end, name_end, label="ORG")


def org_prefix_start(vocab: RuleVocabulary, doc: Doc, start: int) -> int:
    """Extend an organisation back over "Trung ương" or a body of it written before it ("Thanh tra Bộ
    Nội vụ", "Cơ quan Cảnh sát điều tra Bộ Công an": one ORG, the outermost name)."""
    begin = match_keys_before(doc, start, vocab.org_prefixes)
    if begin is None or not doc[begin]._.is_cap or (begin > 0 and doc[begin - 1].norm_ in vocab.title_starts):
        return start  # "Chánh Thanh tra Bộ Nội vụ": a post and its body
    return begin


def complete_fixed(vocab: RuleVocabulary, doc: Doc, trigger: Span, triggers: TriggerIndex) -> Span | None:
    """A fixed name ("Việt Nam", "Mặt trận Tổ quốc"), with the number or place some of them take."""
    start, end, keys = trigger.start, trigger.end, span_keys(trigger)
    if keys in vocab.fixed_takes_number:
        start = age_group_start(doc, start)
        end = age_group_end(doc, end) or end  # "U20 World Cup", "World Cup U-20": the age group is part of the name
        if end < len(doc) and doc[end].is_digit and doc[end - 1].whitespace_:
            end += 1
    elif keys in vocab.fixed_takes_place:
        end = place_after(vocab, doc, end, triggers)
        if end == trigger.end:
            end = bare_place_after(vocab, doc, end, triggers)
    elif trigger.label_ == "ORG":
        if len(trigger) in (2, 3) and trigger[1].is_upper and trigger[1].is_alpha and len(trigger[1].text) > 1:
            end = abbreviation_tail_end(vocab, doc, end)  # "Phòng CS | PCCC", "Đội CSGT | số 4"
            if abbreviated_name_goes_on(vocab, doc, end, triggers):
                return None  # the end of the department's name is unknown: left to the model
        named_end = end
        end = bare_place_after(vocab, doc, end, triggers)  # "Sở Giao thông vận tải | Hà Nội", "Bộ Quốc phòng | Nga"
        if end == named_end:
            end = unit_place_after(vocab, doc, end, department_units(vocab, keys))  # "Sở Lao động - Thương binh và Xã hội | tỉnh Quảng Nam"
    elif trigger.label_ == "LOC":
        end = known_place_end(vocab, doc, start, end, triggers)  # "Lào" + "Cai" is one place
    elif trigger.label_ == "MISC":
        end = award_class_end(vocab, doc, end)
        if keys in vocab.state_titles and end < len(doc) and doc[end]._.is_cap and doc[end].is_alpha:
            return None  # "Nghệ sĩ Nhân dân Trần Hiếu": a title before the name (guidelines, PER)
    if end < len(doc) and doc[end - 1].whitespace_ == "" and doc[end].is_alpha:
        return None  # the phrase is the start of a longer word
    if len(trigger) == 1 and end < len(doc) and doc[end].is_lower and doc[end].is_alpha and not doc[end]._.word_start:
        return None  # "Pháp" in "Pháp luật": a one-syllable name inside a segmented word
    if trigger.label_ == "ORG":
        start = org_prefix_start(vocab, doc, start)
        if len(keys) > 2 and keys[-2:] in vocab.committee_words and end == trigger.end:
            named = complete_name_after(vocab, doc, Span(doc, end - 2, end, label="ORG"), triggers, start=start)
            if named is not None:
                return named  # "Ban Tổ chức Tỉnh ủy" + "Hải Dương"
    return Span(doc, start, end, label=trigger.label_)


def abbreviation_tail_end(vocab: RuleVocabulary, doc: Doc, end: int) -> int:
    """Extend a department named by an abbreviation over the abbreviations and the number after it: "Phòng CS |
    PCCC", "Đội CSGT | số 4" (the number of a numbered unit is part of its name, guidelines, LOC, as for bodies);
    not over a unit word ("TP") nor a word glued to the next ("TP.HCM")."""
    while end + 1 < len(doc) and doc[end - 1].whitespace_ and doc[end].is_upper and doc[end].is_alpha and len(doc[end].text) > 1 \
            and doc[end].whitespace_ and not any(True for _ in vocab.units.starting_at(doc[end])):
        end += 1
    if end + 1 < len(doc) and doc[end - 1].whitespace_ and doc[end].norm_ == "số" and doc[end + 1].is_digit:
        end += 2
    return end


def abbreviated_name_goes_on(vocab: RuleVocabulary, doc: Doc, end: int, triggers: TriggerIndex) -> bool:
    """A department's abbreviation is followed by more of its name: a glued joiner or number ("Đội CSGT|-TT-CĐ",
    "Phòng PC|45"), or a lowercase noun or adjective that starts no unit word ("Phòng CSĐT | tội phạm ...",
    "Phòng CSGT | đường bộ"; "Phòng GĐ | quận Hai Bà Trưng" takes its district instead)."""
    if end >= len(doc):
        return False
    token = doc[end]
    if not doc[end - 1].whitespace_:
        return token.text in NAME_JOINERS | {"–", "/"} or token.is_digit
    if name_runs_on(vocab, doc, end, triggers):
        return True
    return token.is_lower and token._.word_start and token.tag_[:1] in ("N", "A") \
        and not any(match_keys(doc, end, unit) for unit in vocab.units.starting_at(token))


def age_group_end(doc: Doc, i: int) -> int | None:
    """The end of an age group written at token ``i`` ("U20", "U-20", "U.20", "U23"), or None."""
    if i >= len(doc) or doc[i].text != "U" or doc[i].whitespace_ or i + 1 >= len(doc):
        return None
    j = i + 2 if doc[i + 1].text in ("-", ".") and not doc[i + 1].whitespace_ else i + 1
    if j < len(doc) and doc[j].is_digit and len(doc[j].text) == 2:
        return j + 1
    return None


def age_group_start(doc: Doc, start: int) -> int:
    """Back over an age group written just before a competition's name ("U20 | World Cup")."""
    for k in (start - 2, start - 3):
        if k >= 0 and doc[start - 1].whitespace_ and age_group_end(doc, k) == start:
            return k
    return start


def award_class_end(vocab: RuleVocabulary, doc: Doc, end: int) -> int:
    """Extend an award over its class: "Huân chương Lao động hạng Nhì"."""
    for keys in vocab.award_classes.starting_at(doc[end]) if end < len(doc) else ():
        class_end = match_keys(doc, end, keys)
        if class_end is not None:
            return class_end
    return end


def known_place_end(vocab: RuleVocabulary, doc: Doc, start: int, end: int, triggers: TriggerIndex) -> int:
    """Extend a fixed place over the capitalised syllables after it when together they are a
    known place ("Lào Cai"), not when they are another name ("Mỹ Donald Trump")."""
    for stop in range(min(name_run(doc, end - 1, triggers), start + vocab.longest_place), end, -1):
        if match_key(doc[start:stop].text) in vocab.places:
            return stop
    return end


def place_after(vocab: RuleVocabulary, doc: Doc, end: int, triggers: TriggerIndex) -> int:
    """Extend a mass organisation over a following unit word and place name."""
    for unit in vocab.units.starting_at(doc[end]) if end < len(doc) else ():
        unit_end = match_keys(doc, end, unit)
        if unit_end is not None:
            name_end = name_run(doc, unit_end, triggers)
            return name_end if name_end > unit_end else end
    return end


def department_units(vocab: RuleVocabulary, keys: Keys) -> frozenset[Keys]:
    """The unit words a department named by ``keys`` takes, from its type word ("Sở", "Chi cục"): the one
    lookup of ``departments_take_unit_place`` for fixed departments ("Sở Y tế") and named ones ("Sở" + "KH&ĐT")."""
    return next((units for head, units in vocab.departments_take_unit_place.items() if keys[:len(head)] == head), frozenset())


def unit_place_after(vocab: RuleVocabulary, doc: Doc, end: int, units: frozenset[Keys]) -> int:
    """Extend a department over one of its ``units`` (``departments_take_unit_place``) and the known place after it ("Sở Lao động - Thương binh và
    Xã hội | tỉnh Quảng Nam", "Sở LĐ-TB&XH | TP Hồ Chí Minh"): the body with its place (guidelines, ORG).
    Only a place the gazetteer knows, the longest, so a person named after it stays out ("... tỉnh Nghệ
    An | Nguyễn Văn A"); a bare unit word stays outside (notes, 3)."""
    if not units or end >= len(doc) or not doc[end - 1].whitespace_:
        return end
    for unit in vocab.units.starting_at(doc[end]):
        unit_end = match_keys(doc, end, unit)
        if unit_end is None or unit_end >= len(doc) or unit not in units:
            continue
        if doc[unit_end].text == "." and not doc[unit_end - 1].whitespace_:
            unit_end += 1  # "TP. Hồ Chí Minh"
        stops = [stop for stop in range(unit_end + 1, min(len(doc), unit_end + vocab.longest_place) + 1)
                 if doc[unit_end]._.is_cap and match_key(doc[unit_end:stop].text) in vocab.places]
        if stops and (max(stops) >= len(doc) or doc[max(stops)].whitespace_ or not doc[max(stops)].is_alpha):
            return max(stops)
    return end


def bare_place_after(vocab: RuleVocabulary, doc: Doc, end: int, triggers: TriggerIndex) -> int:
    """Extend a fixed body over the province, district or country written right after it, with no unit
    word, when the place ends the capitalised run: "Sở Giao thông vận tải Hà Nội", "Hội Chữ thập đỏ Việt
    Nam" (the body with its place, guidelines, ORG); not "Bộ Y tế Hà Nội Nguyễn ..." nor a longer name."""
    if end >= len(doc) or not doc[end - 1].whitespace_ or not (doc[end]._.is_cap and doc[end].is_alpha) or doc[end].is_sent_start:
        return end
    stops = [t.end for t in triggers.at(end) if t.id_ == "fixed" and t.label_ == "LOC"]
    stops += [stop for stop in range(end + 1, min(len(doc), end + vocab.longest_place) + 1) if match_key(doc[end:stop].text) in vocab.places]
    for stop in sorted(stops, reverse=True):
        if stop >= len(doc) or not (doc[stop]._.is_cap and doc[stop].is_alpha and doc[stop - 1].whitespace_) \
                and not (doc[stop].text in NAME_JOINERS and not doc[stop - 1].whitespace_):
            return stop
    return end


def ends_a_name_run(vocab: RuleVocabulary, doc: Doc, k: int, first: int, triggers: TriggerIndex) -> bool:
    """A trigger inside the name after a title ends it, except a type word on the surname that
    opens it ("ông Hồ Việt" is a person, not a lake; "Thủ tướng Thái Lan Prawit" is a country first)."""
    for trigger in triggers.at(k):
        if trigger.id_ == "title" or (k == first and trigger.id_ in ("unit", "geo") and doc[k].text in vocab.surnames):
            continue
        return True
    return False


def complete_title(vocab: RuleVocabulary, doc: Doc, trigger: Span, triggers: TriggerIndex) -> Span | None:
    """The person named after a title or honorific ("Bí thư Hoàng Giang"), without the title (guidelines, PER)."""
    start, end = trigger.start, trigger.end
    if doc[start]._.is_cap and continues_a_name(doc, start):
        return None  # "Anh" in "Cao Anh Tuấn" is a name, not an honorific
    is_honorific = span_keys(trigger) in vocab.honorifics
    if is_honorific and len(trigger) == 1 and doc[start].is_title and not doc[start].is_sent_start:
        return None  # a capitalised "Anh" inside a sentence opens a name ("cô gái tên Anh Đào")
    name_end = name_run(doc, end, triggers)
    if not 1 <= name_end - end <= 4 or any(ends_a_name_run(vocab, doc, k, end, triggers) for k in range(end, name_end)):
        return None
    name = doc[end:name_end]
    if not all(t._.is_cap for t in name if t.i == end or doc[t.i - 1].whitespace_):
        return None
    if match_key(name.text) in vocab.places and match_key(name.text) not in vocab.persons_also_places:
        return None  # "Bí thư Lâm Đồng" is a place (guidelines, LOC); "Chủ tịch Hồ Chí Minh" is a person
    if len(trigger) == 1 and name[0].text in vocab.middle_names:
        return None  # "Ông Thị Nguyệt": the honorific is a surname
    if match_key(doc[start:name_end].text) in vocab.places or (len(name[0]) > 1 and name[0].is_upper):
        return None  # "Bà Rịa" is a province; "Chủ tịch HĐQT BSC", "Chủ tịch VFF Lê Hùng Dũng" name a body first
    if not is_honorific and any(match_keys(doc, end, keys) is not None for keys in vocab.names_with_and):
        return None  # "Chủ tịch Phòng Thương mại ...", "Giám đốc Sở Y tế": a post names its body, not a person
    if len(name) == 1 and (not is_honorific or name[0].is_upper):
        return None  # "bà Thu"; but "Chủ tịch OceanBank", "Bí thư Đoàn", "ông UBND"
    return Span(doc, end, name_end, label="PER")


def previous_word(doc: Doc, start: int) -> list[Token]:
    """The segmented word just before token ``start`` (empty at the start of a line)."""
    k = start - 1
    if k < 0 or doc[k].is_space:
        return []
    word = [doc[k]]
    while not doc[k]._.word_start and k > 0 and not doc[k - 1].is_space:
        k -= 1
        word.insert(0, doc[k])
    return word


def complete_party_state(vocab: RuleVocabulary, doc: Doc, trigger: Span, triggers: TriggerIndex) -> Span | None:
    """``Đảng``, ``Nhà nước``, ``Chính phủ``, ``Quốc hội`` as organisations only when they head
    their own phrase, not in "Đảng viên" nor "công tác Đảng" (guidelines, ORG)."""
    start, end = trigger.start, trigger.end
    if end < len(doc) and doc[end].norm_ in vocab.compound_heads and doc[end - 1].whitespace_:
        return None  # Đảng bộ, Đảng ủy, Đảng viên
    if (start > 0 and not doc[start - 1].whitespace_ and doc[start - 1].text in "/-") \
            or (end < len(doc) and not doc[end - 1].whitespace_ and doc[end].is_digit):
        return None  # "QH" in a law's number: "107/2016/QH13"
    if after_a_post(vocab, doc, start):
        return None  # "Chủ tịch Quốc hội", "Phó Thủ tướng Thường trực Chính phủ": the body word of a post (notes, 20)
    previous = previous_word(doc, start)
    if previous:
        if match_key(" ".join(t.text for t in previous)) in vocab.not_after_words:
            return None  # tổ chức Đảng, công tác Đảng
        if previous[0].tag_ in vocab.noun_tags and previous[0].is_alpha:
            return None  # the body modifies a common noun before it
    return Span(doc, start, country_after(doc, end, triggers), label="ORG")


def after_a_post(vocab: RuleVocabulary, doc: Doc, start: int) -> bool:
    """A title ends right before token ``start``, or a title and a standing word ("thường trực")."""
    begin = match_keys_before(doc, start, vocab.post_standing_words)
    return match_keys_before(doc, start if begin is None else begin, vocab.title_keys) is not None


def country_after(doc: Doc, end: int, triggers: TriggerIndex) -> int:
    """Extend a state body over the country written after it: "Quốc hội Hàn Quốc", "Chính phủ Anh" (notes, 20)."""
    if end >= len(doc) or not doc[end - 1].whitespace_:
        return end
    for trigger in triggers.at(end):
        if trigger.id_ == "fixed" and trigger.label_ == "LOC" and doc[end]._.is_cap:
            after = trigger.end
            if after >= len(doc) or not (doc[after]._.is_cap and doc[after].is_alpha and doc[after - 1].whitespace_):
                return after
    return end


COMPLETIONS: dict[str, Completion] = {
    "party_state": complete_party_state,
    "title": complete_title,
    "fixed": complete_fixed,
    "body": complete_body,
    "name_after": complete_name_after,
    "road": complete_road,
    "outlet": complete_outlet,
}
