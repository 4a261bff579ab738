"""Shapes of Vietnamese text the list stage reads: where a name or a predicate ends, where item 1
of a semicolon series begins, what a parenthesis or a quotation holds. Plain functions over the
text or the Doc's words, each tested through the stage."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import regex
from spacy.tokens import Doc, Span

from ...doctools import doc_text
from ...textnorm import match_key
from .cutting import Item, comma_items, has_semicolons, matching_parenthesis, semicolon_items, trim
from .patterns import list_data

PREDICATE_START = regex.compile(r"\s(?:đã|đều|sẽ|đang|cũng|vẫn|chưa)\s", regex.V1)
VERB_TAGS = ("V",)
CHAIN_TAGS = ("V", "R")


@lru_cache(maxsize=1)
def lead_verbs() -> frozenset[str]:
    return frozenset(match_key(w) for w in list_data()["series_lead_verbs"])


@lru_cache(maxsize=1)
def speech_verbs() -> tuple[str, ...]:
    return tuple(match_key(w) for w in list_data()["speech_verbs"])


SPEECH_CLOSE = regex.compile(r"\s*(?:,|:|rằng\b)", regex.V1)


def first_verb(text: str, words: list[Span]) -> int | None:
    """The index of the first verb of ``words`` that opens the verb phrase: not a capitalised word after another
    inside a name (``Cục Quản lý Khám chữa bệnh yêu cầu ...``; ``Trong đó Phát thanh, truyền hình là ...`` opens
    with one), and past a verb of saying that reports the clause after it
    (``Ông Khánh cho biết, Hội nghị sẽ thông tin về ...``)."""
    verbs = [i for i, w in enumerate(words) if w[0].tag_ in VERB_TAGS and not (i > 0 and w.text[:1].isupper() and words[i - 1].text[:1].isupper())]
    if not verbs:
        return None
    start = words[verbs[0]].start_char
    opening = match_key(text[start : start + 20])
    said = next((v for v in speech_verbs() if opening.startswith(v) and not opening[len(v) : len(v) + 1].isalpha()), None)
    if said is not None and SPEECH_CLOSE.match(text, start + len(said)):
        return next((i for i in verbs if words[i].start_char > start + len(said)), None)
    return verbs[0]


def before_predicate(text: str, item: Item) -> Item:
    """The last item of a subject series ends where the predicate starts (``... các chương trình diễn ra
    trong lễ hội đã được hoàn tất`` → ``các chương trình diễn ra trong lễ hội``)."""
    match = PREDICATE_START.search(text, item[0], item[1])
    return trim(text, item[0], match.start()) if match and len(text[item[0]:match.start()].split()) >= 1 else item


def words_of(doc: Doc, item: Item) -> list[Span]:
    """The segmented words of ``item`` (spans of syllables joined by the words stage)."""
    span = doc.char_span(*item, alignment_mode="expand")
    if span is None:
        return []
    words: list[Span] = []
    start = None
    for token in span:
        if token.is_space:
            continue
        if start is not None and token._.word_start:
            words.append(doc[start : token.i])
            start = None
        if start is None:
            start = token.i
    if start is not None:
        words.append(doc[start : span.end])
    return [w for w in words if not w[-1].is_space]


def parallel_start(doc: Doc, first: Item, second: Item) -> Item | None:
    """Where item 1 begins (``introduced_start``), and only when a verb phrase introduces it: after a
    comma it is one more clause of a sentence (``..., tỷ lệ A đạt 65%; tỷ lệ B đạt 5%``)."""
    start = introduced_start(doc, first, second)
    if start is None or start[0] == first[0]:
        return None
    text = doc_text(doc)
    before = text[first[0] : start[0]].rstrip()
    # the punctuation that ends a verb phrase (``Bị bắt, tên trộm ...``) is looked at before the item is trimmed of it
    return None if not before or before[-1] in ",.;:" else trim(text, *start)


def introduced_start(doc: Doc, first: Item, second: Item) -> Item | None:
    """Where item 1 of a semicolon series begins inside the first piece of its sentence (see
    ``list_of_semicolon_series``); None when the first piece has no verb phrase to introduce it."""
    text = doc_text(doc)
    words, seconds = words_of(doc, first), words_of(doc, second)
    if not words or not seconds:
        return None
    if seconds[0][0].like_num:
        numbers = [i for i, w in enumerate(words) if w[0].like_num]
        if not numbers:
            return None
        counted = match_key(seconds[1].text) if len(seconds) > 1 else None
        same = [i for i in numbers if i + 1 < len(words) and match_key(words[i + 1].text) == counted]
        return words[(same or numbers)[-1] if same else numbers[0]].start_char, first[1]
    opening = match_key(seconds[0].text)
    repeats = [w for w in words[1:] if match_key(w.text) == opening]
    if repeats:
        return repeats[-1].start_char, first[1]
    verb = first_verb(text, words)
    if verb is None or verb == 0 and len(words) > 1 and words[1][0].tag_ not in CHAIN_TAGS:
        return None
    if seconds[0][0].tag_ in CHAIN_TAGS:
        lead = verb  # "Trong đó tập trung khai thác ...; tái cơ cấu ...": item 1 is the verb after the lead verb
        while lead + 1 < len(words) and match_key(words[lead].text) in lead_verbs() and words[lead + 1][0].tag_ in VERB_TAGS:
            lead += 1
        return words[lead].start_char, first[1]
    after = verb
    while after < len(words) and words[after][0].tag_ in CHAIN_TAGS:
        after += 1
    if after + 1 < len(words) and words[after].text == "," and words[after + 1][0].tag_ in VERB_TAGS:
        return words[verb].start_char, first[1]  # "đã điều tra, khám phá 34 vụ ...; triệt phá ...": coordinated verbs open item 1
    if after < len(words) and words[after][0].tag_ == "E":
        after += 1
    if after >= len(words):
        return None
    return words[after].start_char, first[1]  # untrimmed: parallel_start reads the punctuation there


def items_between(text: str, start: int, end: int, keep: Sequence[Item] = ()) -> list[Item]:
    """Items of a closed region (parentheses, after a connector): at semicolons when it has any, else
    commas (never inside a name of ``keep``)."""
    return semicolon_items(text, start, end) if has_semicolons(text, start, end) else comma_items(text, start, end, keep)


def name_run(doc: Doc, item: Item) -> Item:
    """The capitalised words (and a quoted title) at the start of ``item``: ``Hiệp Hòa`` of ``Hiệp Hòa đã ...``."""
    span = doc.char_span(*item, alignment_mode="expand")
    if span is None:
        return item
    text = doc_text(doc)
    if text[item[0]] in "“\"«":
        close = QUOTE_CLOSING.search(text, item[0] + 1, item[1])
        return (item[0], close.end()) if close else item
    end = item[0]
    syllables = 0  # of the current word, before this token
    for token in span:
        if token.is_space:
            continue
        syllables = 0 if token._.word_start else syllables
        # "Ngữ văn" is one word; "Lý Thị Hoa biến chứng", a name the segmenter joined to a verb, is not
        in_a_named_word = end > item[0] and syllables == 1 and token.is_alpha
        if not (token.text[:1].isupper() or token.is_digit or in_a_named_word or joins_a_name(text, token, end)):
            break
        end = token.idx + len(token.text)
        syllables += 1
    return item[0], end


NAME_JOINERS = "-–.&"


def joins_a_name(text: str, token, end: int) -> bool:
    """A hyphen, dot or ampersand with no space on either side, between a name's last character and a capital or
    a digit (``K-Sports``, ``T.T.V``, ``AT&T``), or letters glued to its last token (``RC200t``): the name goes on."""
    if end != token.idx:
        return False
    if token.text[:1].isalnum():
        return True  # "RC200t": letters glued to the name's last token
    after = token.idx + len(token.text)
    return token.text in NAME_JOINERS and after < len(text) and (text[after].isupper() or text[after].isdigit())


PARENTHESIS = regex.compile(r"\([^()]*\)")


PARENTHESIS_REACH = 300
QUOTE_OPENING = regex.compile(r"\s*[“\"«]")
QUOTE_CLOSING = regex.compile(r"[”\"»]")


def opens_a_quotation(text: str, start: int, end: int) -> bool:
    """A colon followed by a quotation holding a comma: ``thốt lên: “Này này, bây giờ ...”`` is speech;
    quoted names (``gồm: “Bình đồng ...”, “Thạp gốm ...”``) hold none."""
    opening = QUOTE_OPENING.match(text, start, end)
    if opening is None:
        return False
    closing = QUOTE_CLOSING.search(text, opening.end(), end)
    return "," in text[opening.end() : closing.start() if closing else end]


def enclosing_parenthesis_end(text: str, sentence_start: int, position: int, sentence_end: int) -> int | None:
    """The offset of the ``)`` closing a parenthesis that is open at ``position``, within its sentence
    (looked for in the ``PARENTHESIS_REACH`` characters before it, so many triggers stay linear)."""
    opening = text.rfind("(", max(sentence_start, position - PARENTHESIS_REACH), position)
    if opening < 0 or text.find(")", opening, position) >= 0:
        return None
    closing = matching_parenthesis(text, opening, sentence_end)
    return closing


QUOTE_PAIRS = {"“": "”", "«": "»", '"': '"'}


def opened_quotation_end(text: str, position: int, sentence_end: int) -> int | None:
    """The offset of the mark closing a quotation that opens right before ``position`` (``"50 sắc thái: Đen"``),
    within its sentence; None when no quotation opens there or it does not close."""
    if position == 0 or (closing_mark := QUOTE_PAIRS.get(text[position - 1])) is None:
        return None
    if closing_mark == '"' and position > 1 and not text[position - 2].isspace() and text[position - 2] not in "(:":
        return None  # 'thành công"50 ...': a straight mark after a word closes a quotation
    closing = text.find(closing_mark, position, sentence_end)
    return closing if closing >= 0 else None


def word_count(text: str, item: Item) -> int:
    """Words of an item outside its parentheses (``5 giải A (mỗi giải 50 triệu đồng)`` has three)."""
    return len(PARENTHESIS.sub(" ", text[item[0] : item[1]]).split())


def starts_a_name(text: str, position: int) -> bool:
    """True when the word just before ``position`` is capitalised (part of a proper name)."""
    words = text[:position].split()
    return bool(words) and words[-1][:1].isupper()


def noun_at(doc: Doc, i: int) -> int | None:
    """End of the noun word starting at token ``i`` (``địa phương``, ``HCV``), or None."""
    if i >= len(doc) or doc[i].is_space or not doc[i].is_alpha or not (doc[i].tag_.startswith("N") or doc[i].is_upper):
        return None
    end = i + 1
    while end < len(doc) and not doc[end]._.word_start and doc[end].is_alpha:
        end += 1
    return end
