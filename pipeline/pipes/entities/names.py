"""Name runs: where a name written in capitalised syllables starts and ends, and whose name it is.

Vietnamese names are runs of capitalised syllables separated by spaces ("Hoàng Văn Chất",
"Lào Cai"), with joiners written tight ("Bà Rịa-Vũng Tàu", "KH&ĐT", "Cư M’gar"), initials
("Dwight D. Eisenhower") and, in the first word of a body's name, lowercase syllables of
the same segmented word ("Trường Chính trị Lào Cai"). A run that opens with a surname reads
as a person's name.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span

from ...textnorm import match_key
from .patterns import NAME_JOINERS
from .triggers import TriggerIndex
from .vocabulary import RuleVocabulary

BODY_DASHES = {"-", "–"}  # between the fields of one body's name, written with spaces
PERSON_NAME_LENGTHS = (3, 4, 2)  # Vietnamese names by frequency: three syllables, then four, then two


def trailing_person_start(start: int, end: int, is_person: Callable[[int, int], bool]) -> int | None:
    """Where a person's name that ends a run at ``end`` begins (after ``start``), trying the
    commonest name lengths first, so a place before it stays whole: "Sơn La | Hoàng Văn Chất",
    not "Sơn | La Hoàng Văn Chất"."""
    for length in PERSON_NAME_LENGTHS:
        begin = end - length
        if begin > start and is_person(begin, end):
            return begin
    return None


def names_a_body(name: Span, places: frozenset[str] | set[str], bodies_without_name: frozenset[str] | set[str]) -> bool:
    """True for a whole body name a person may follow: a type word and a known place ("Tỉnh ủy
    Sơn La", "Huyện ủy Mộc Châu") or a body that takes no name ("Quốc hội"). A bare type word
    is not: "Trường Tiểu học Hoàng Diệu", "phường Phạm Ngũ Lão" are named after people."""
    if match_key(name.text) in bodies_without_name:
        return True
    return any(match_key(name[k:].text) in places for k in range(1, len(name)))


def person_name_shape(name: Span, surnames: frozenset[str] | set[str], ambiguous_surnames: frozenset[str] | set[str],
                      middle_names: frozenset[str] | set[str]) -> bool:
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


def continues_a_name(doc: Doc, i: int) -> bool:
    """True when token ``i`` follows a capitalised syllable of the same name."""
    return i > 0 and doc[i - 1]._.is_cap and doc[i - 1].is_alpha and doc[i - 1].whitespace_ == " "


def is_initial_dot(doc: Doc, j: int, run_start: int) -> bool:
    """The full stop after a one-letter initial inside or at the end of a name."""
    return j - 1 > run_start and closes_an_initial(doc, j)


def is_given_name_tail(doc: Doc, joiner: int) -> bool:
    """A short lowercase syllable joined to a capitalised one: "Ri Yong-ho", "Moon Jae-in",
    and after a one-letter syllable and an apostrophe, "Cư M’gar", "Điểu K’ré"."""
    before, nxt = doc[joiner - 1], doc[joiner + 1]
    if not (before._.is_cap and nxt.is_alpha and nxt.is_lower and len(nxt.text) <= 4):
        return False
    return doc[joiner].text == "-" or len(before.text) == 1


def inside_name_word(doc: Doc, run_start: int, j: int) -> bool:
    """A lowercase syllable continuing a capitalised word, as in "Trường Chính trị Lào Cai".

    Only in the first word of a name or before more capitalised syllables, so that a
    segmentation slip ("Lào Cai dự") does not carry a verb into the name.
    """
    if j == run_start or doc[j]._.word_start:
        return False
    next_is_cap = j + 1 < len(doc) and doc[j + 1]._.is_cap
    return j == run_start + 1 or next_is_cap or doc[j - 1]._.word_start and doc[j - 1]._.is_cap and j - 1 > run_start + 1


def trailing_number(doc: Doc, end: int) -> int:
    """Take a commune's number into its name ("xã Xuân Thọ 1 (TX Sông Cầu)")."""
    if end + 1 <= len(doc) - 1 and doc[end - 1].whitespace_ and doc[end].is_digit and len(doc[end].text) <= 2:
        after = doc[end + 1]
        if after.is_punct or after.is_space:
            return end + 1
    return end


def joins_two_names(doc: Doc, triggers: TriggerIndex, run_start: int, j: int) -> bool:
    """"và" joining two capitalised words of one name ("Bộ Giáo dục và Đào tạo"), or a dash between
    spaces joining the fields of one body ("Sở Lao động - Thương binh và Xã hội", "Bộ Công an - Quốc
    phòng"); not two bodies ("Tổng cục Thuế và Tổng cục Hải quan", "Ban Nội chính - Văn phòng Chính
    phủ": a trigger after it starts another; "Trường Đại học Ngoại ngữ – ĐHQGHN": an abbreviation
    after the dash is the parent body)."""
    if j <= run_start or j + 1 >= len(doc) or not doc[j + 1]._.is_cap or not doc[j - 1].is_alpha or triggers.starts_trigger(j + 1):
        return False
    if doc[j].text in BODY_DASHES:
        return bool(doc[j - 1].whitespace_) and bool(doc[j].whitespace_) and doc[j + 1].is_alpha and not doc[j + 1].is_upper
    return doc[j].norm_ == "và"


def lowercase_bridge(doc: Doc, triggers: TriggerIndex, run_start: int, j: int) -> int:
    """How many lowercase nouns at ``j`` a body's name runs over to the capitalised word after them
    ("Cục Chế biến và Phát triển | thị trường | Nông sản"), 0 if none: at most three, no trigger
    among them (a unit word, a title), on one line, and a capitalised word after that starts no
    trigger of its own."""
    head = j - 1
    while head > run_start and not doc[head]._.word_start:
        head -= 1  # the word before: "Phát triển" is capitalised by its first syllable
    if j == run_start or not doc[head]._.is_cap or doc[j - 1].whitespace_ != " ":
        return 0
    k = j
    while k < len(doc) and k - j < 3 and doc[k].is_alpha and doc[k].is_lower and doc[k].tag_.startswith("N") \
            and doc[k - 1].whitespace_ == " " and not triggers.at(k):
        k += 1
    if k == j or k >= len(doc) or doc[k - 1].whitespace_ != " " or not (doc[k]._.is_cap and doc[k].is_alpha):
        return 0
    return 0 if triggers.at(k) or doc[k].is_sent_start else k - j


def is_abbreviation_dot(doc: Doc, j: int) -> bool:
    """A full stop glued between an abbreviation in capitals and a capitalised word: "TP.HCM", "PVC.KBC"."""
    if doc[j].text != "." or j == 0 or j + 1 >= len(doc) or doc[j - 1].whitespace_ or doc[j].whitespace_:
        return False
    return doc[j - 1].is_alpha and doc[j - 1].is_upper and doc[j + 1].is_alpha and doc[j + 1].text[:1].isupper()


def joined_name_step(doc: Doc, run_start: int, j: int) -> int:
    """How many tokens a joiner at ``j`` carries the run ("Bà Rịa-Vũng Tàu": 1, "Ri Yong-ho": 2,
    "TP.HCM": 1), 0 if none."""
    token = doc[j]
    if j > run_start and is_abbreviation_dot(doc, j):
        return 1
    if token.text not in NAME_JOINERS or j == run_start or doc[j - 1].whitespace_ or token.whitespace_ or j + 1 >= len(doc):
        return 0
    if doc[j + 1]._.is_cap:
        return 1
    return 2 if is_given_name_tail(doc, j) else 0


def name_run(doc: Doc, i: int, triggers: TriggerIndex, allow_number: bool = False, allow_and: bool = False) -> int:
    """End of the capitalised syllables starting at ``i`` (``i`` when there are none)."""
    j = i
    while j < len(doc):
        token = doc[j]
        if allow_and and joins_two_names(doc, triggers, i, j):
            j += 1
            continue
        if is_initial_dot(doc, j, i):
            j += 1  # "Dwight D. Eisenhower", "Hoàng Thu H."
            continue
        step = joined_name_step(doc, i, j)
        if step:
            j += step
            continue
        if not (token.is_alpha and (token._.is_cap or inside_name_word(doc, i, j))):
            bridge = lowercase_bridge(doc, triggers, i, j) if allow_and else 0
            if not bridge:
                break
            j += bridge
            continue
        if j > i and not doc[j - 1].whitespace_ and doc[j - 1].text not in NAME_JOINERS and not is_abbreviation_dot(doc, j - 1):
            break  # syllables of one name are separated by spaces
        j += 1
    if j == i and allow_number and i < len(doc) and doc[i].is_digit \
            and not (doc[i].whitespace_ == "" and i + 1 < len(doc) and doc[i + 1].is_alpha):
        j = i + 1  # "ấp 10"; not "bản 64GB"
    return j


def looks_like_person(vocab: RuleVocabulary, doc: Doc, start: int, end: int) -> bool:
    """A run of 2-4 capitalised syllables opening with a surname reads as a person's name."""
    return person_name_shape(doc[start:end], vocab.surnames, vocab.ambiguous_surnames, vocab.middle_names)


def credit_end(span: Span, credit_words: frozenset[str] | set[str], places: frozenset[str] | set[str]) -> Span:
    """A source credited after ``Ảnh:``/``Nguồn:`` or an agency's slash ends at its abbreviation
    when the caption runs on into the next sentence with no full stop: "Ảnh: VGP | Phát biểu tại
    ...", "THX/TTXVN | Sáng 3/7", "Ảnh: CTV | Thanh tra tài sản" (guidelines, ORG: media and
    sources). Cut only when what follows the abbreviation reads as Vietnamese text (a lowercase
    word, or a word with a diacritic) and is no known place ("Ảnh: VTV Cần Thơ" stays whole);
    "TTXVN/Tin Tức", an outlet's own name, opens with no abbreviation and is left alone."""
    doc, start = span.doc, span.start
    if span.label_ not in ("ORG", "PER") or len(span) < 2 or start < 2:
        return span
    first, rest = span[0], span[1:]
    before = doc[start - 1].text
    credited = (before == ":" and match_key(doc[start - 2].text) in credit_words) or (before == "/" and not doc[start - 1].whitespace_)
    if not credited:
        return span
    if span.label_ == "PER" or not first.text.isalpha() or not first.is_upper or len(first.text) < 2 or not first.whitespace_:
        return credit_before_sentence_word(span)  # "Ảnh: Lê Phước Chín | Chủ đầu tư ..."
    if not rest[0]._.is_cap or rest[0].is_upper or match_key(rest.text) in places:
        return span
    if not any(t.is_alpha and (t.is_lower or not t.text.isascii()) for t in rest):
        return span  # "Ảnh: BBC News": an outlet's English name
    return Span(doc, start, start + 1, label=span.label_, span_id=span.id_)


def credit_before_sentence_word(span: Span) -> Span:
    """A credited name of capitalised syllables ends before a word whose first syllable alone is
    capitalised ("Ảnh: Tiền Phong | Hợp đồng chưa ráo mực ..."): the next sentence's first word, since
    every syllable of a person's or an outlet's name after a credit is capitalised. Only where two
    syllables or more stay, so an outlet named with a common word keeps it ("Ảnh: Báo Giao thông")."""
    doc = span.doc
    for k in range(span.start + 2, min(span.end, len(doc) - 1)):
        if not doc[k - 1]._.is_cap or not doc[k - 1].is_alpha:
            return span
        token, after = doc[k], doc[k + 1]  # the word may run on past the span: "Lê Phước Chín Chủ" + "đầu tư"
        if token._.word_start and token._.is_cap and not token.is_upper and not after._.word_start and after.is_lower and after.is_alpha:
            return Span(doc, span.start, k, label=span.label_, span_id=span.id_)
    return span
