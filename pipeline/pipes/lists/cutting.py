"""Cut a region of text into list items at the text's own delimiters (guidelines, Lists).

Plain functions over ``(text, start, end)`` character offsets, so each rule is tested on
its own. The delimiter order is the guidelines': item markers (``Một là``, ``1.``,
``Thứ nhất``), then semicolons, and only where a region has neither and is introduced
(a colon, ``gồm``, a count), commas and the final ``và``/``hoặc``. Every item is trimmed of
white space, the joining word and closing punctuation.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache

import regex

from ...numerals import vocabulary as numeral_vocabulary
from .patterns import final_marker_pattern, glued_marker_pattern, inline_marker_pattern, list_data

Item = tuple[int, int]

SERIES_DELIMITER = regex.compile(r"(?:,(?!\d)|(?<!\d),)\s*|\s+(?:và|hoặc)\s+", regex.V1)  # "48,5" is a number
# "..., nghệ sĩ chèo Minh Tuyết cùng gần 200 diễn viên, ...": "cùng" after a name closes a series of members
SERIES_CLOSER = regex.compile(r"(?<=\p{Lu}[\p{L}.]*)\s+cùng(?:\s+với)?\s+", regex.V1)
NOT_SPACE = regex.compile(r"\S")
SERIES_END = regex.compile(r"\s*(?:\.{2,}|…|,?\s*v\.v\.?)")  # "A, B, C...", "thận,.." or "v.v.": the series ends here
OPENING_QUOTES, CLOSING_QUOTES = "“«", "”»"


@lru_cache(maxsize=1)
def trim_vocabulary() -> tuple[tuple[str, ...], str, str]:
    data = list_data()
    return (tuple(data["item_trim_leading"]), "".join(data["item_trim_trailing"]) + " \t\r\n",
            "".join(data["item_trim_leading_marks"]) + " \t\r\n")


def trim(text: str, start: int, end: int) -> Item:
    """Leave out white space, a joining word, punctuation that closes the piece before (``, khám phá``)
    and closing punctuation from ``text[start:end]``."""
    leading, trailing, leading_marks = trim_vocabulary()
    while start < end and text[start] in leading_marks:
        start += 1
    while end > start and (text[end - 1] in trailing or text[end - 1] == ")" and "(" not in text[start:end]):
        end -= 1  # a ")" closing a parenthesis the item does not open belongs to the list around it
    for word in leading:
        if text.startswith(word + " ", start, end):
            start += len(word) + 1
            while start < end and text[start].isspace():
                start += 1
    return start, end


def non_empty(items: list[Item]) -> list[Item]:
    return [(s, e) for s, e in items if e > s]


ORDINAL_WORDS = {"một": 1, "nhất": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
                 "chín": 9, "mười": 10}
LETTER_ORDINALS = "abcdđ"
MARKER_WORDS = regex.compile(r"(Thứ\s+)?(\p{L}+)(\s+là)?|(\d{1,2})[.)]", regex.V1)
STEP_MARKER = regex.compile(r"\s*Bước\s+(\d{1,2})\s*:", regex.V1)  # "Bước 1: Sơ chế ...": the steps of a how-to


def marker_rank(marker: regex.Match) -> tuple[str, int] | None:
    """The kind of a marker (``thứ``, ``là``, ``number``, ``letter``) and its ordinal: ``Thứ hai,`` is (``thứ``, 2),
    ``Ba là`` (``là``, 3), ``2.`` (``number``, 2), ``b)`` (``letter``, 2), ``Bước 3:`` (``step``, 3); None when it
    reads as neither."""
    if (step := STEP_MARKER.match(marker.group())) is not None:
        return "step", int(step.group(1))
    words = MARKER_WORDS.search(marker.group())
    if words is None:
        return None
    if words.group(4):
        return "number", int(words.group(4))
    word = words.group(2).lower()
    if words.group(1):
        return ("thứ", ORDINAL_WORDS[word]) if word in ORDINAL_WORDS else None
    if words.group(3):
        return ("là", ORDINAL_WORDS[word]) if word in ORDINAL_WORDS else None
    return ("letter", LETTER_ORDINALS.index(word) + 1) if len(word) == 1 and word in LETTER_ORDINALS else None


def marker_series(markers: list[regex.Match], glued: Sequence[regex.Match] = ()) -> tuple[list[regex.Match], int | None]:
    """The markers of one enumeration from the first on: each the successor of the one before, of the same kind
    (``Một là ... Hai là ...``); markers of another kind between them stay inside an item (``Thứ nhất, ...: 1. ...;
    2. ... Thứ hai, ...``). A marker after the last that opens a new run (``Thứ nhất``, ``Một là``, ``1.``) starts
    another enumeration: the series ends before it (its offset is returned, else None). Fewer than two markers in
    series, or markers whose ranks cannot be read: all of them, as they come.

    ``glued``: numbers with a period right after a word (``... Ảnh minh họa 3. Kiêng ...``, a caption or a heading
    the crawl ran into the marker's line). One takes its place in the series only as the successor of the marker
    before it (or as the ``1.`` right before a ``2.``), and only where the series holds more punctuated markers
    than glued ones; it never opens a new run."""
    read = [marker_rank(m) for m in markers]
    ranks = [rank for rank in read if rank is not None]
    if len(ranks) < len(read):
        return markers, None
    if glued:
        return glued_series(markers, ranks, list(glued))
    series = [0]
    for index in range(1, len(markers)):
        kind, number = ranks[series[-1]]
        if ranks[index] == (kind, number + 1):
            series.append(index)
    if len(series) < 2:
        return markers, None
    restart = next((markers[i].start() for i in range(series[-1] + 1, len(markers)) if ranks[i][1] == 1), None)
    return [markers[i] for i in series], restart


def glued_series(markers: list[regex.Match], ranks: list[tuple[str, int]], glued: list[regex.Match]) -> tuple[list[regex.Match], int | None]:
    """``marker_series`` with glued numbers (see there): the punctuated markers and the glued ones merged in text
    order, the series read from the first punctuated marker (or the glued ``1.`` right before it)."""
    taken = {m.start() for m in markers}
    merged = sorted([(m, rank, False) for m, rank in zip(markers, ranks)]
                    + [(m, ("number", int(m.group().strip().rstrip("."))), True) for m in glued if m.start() not in taken],
                    key=lambda entry: entry[0].start())
    first = next((i for i, entry in enumerate(merged) if not entry[2]), None)
    if first is None:
        return [], None
    if first > 0 and merged[first - 1][2] and merged[first][1][0] == "number" and merged[first - 1][1][1] == merged[first][1][1] - 1:
        first -= 1  # "... trong kinh doanh 1. Chỉ có ... 2. Nếu ...": a heading ran into the first marker
    series = [first]
    for index in range(first + 1, len(merged)):
        kind, number = merged[series[-1]][1]
        if merged[index][1] == (kind, number + 1):
            series.append(index)
    glued_in = sum(merged[i][2] for i in series)
    if len(series) < 2 or glued_in * 2 >= len(series):
        return marker_series(markers)
    restart = next((merged[i][0].start() for i in range(series[-1] + 1, len(merged))
                    if merged[i][1][1] == 1 and not merged[i][2]), None)
    return [merged[i][0] for i in series], restart


def series_end(text: str, start: int, restart: int) -> int:
    """Where the last item before a new run of markers ends: before the sentence that introduces the run, the one
    that holds its first marker (``... Chúng tôi sẽ tập trung vào mấy giải pháp chính: Thứ nhất, ...``) or, when the
    marker opens its own sentence, the one before it (``... Cần thực hiện các việc như sau. Thứ nhất, ...``)."""
    breaks = [m.end() for m in SENTENCE_BREAK.finditer(text, start, restart)]
    if len(breaks) >= 2 and not text[breaks[-1] : restart].strip():
        return breaks[-2]
    return breaks[-1] if breaks else restart


def marker_items(text: str, start: int, end: int) -> list[Item]:
    """Items that each open with a marker: from the end of one marker to the start of the next of its series
    (``marker_series``), the last to the end of the series. Fewer than two markers: no items."""
    markers = list(inline_marker_pattern().finditer(text, start, end))
    glued = list(glued_marker_pattern().finditer(text, start, end))
    if len(markers) < 2 and not (markers and glued):
        return []
    markers, restart = marker_series(markers, glued)
    if len(markers) < 2:
        return []
    if restart is not None:
        end = series_end(text, markers[-1].end(), restart)
    if (last := final_marker_pattern().search(text, markers[-1].end(), end)) is not None:
        markers.append(last)  # "Thứ nhất, ... Thứ hai, ... Cuối cùng, ...": the closing word marks the last item
    stops = [m.start() for m in markers[1:]] + [end]
    return non_empty([trim(text, m.end(), stop) for m, stop in zip(markers, stops)])


# "hồ sơ gồm: - Giấy khai ... - Chứng từ ...": bulleted lines the crawl ran into one paragraph; a bullet is a dash or
# dot between spaces before a capital, a digit or a quotation mark
INLINE_BULLET = regex.compile(r"(?:^|(?<=\s))[-–•+](?=\s+[\p{Lu}\d“\"«])", regex.V1)
NUMBER_RANGE_DASH = regex.compile(r"\d\s[-–]\s\d")  # "giai đoạn 2016 - 2020": a range, no bullet


def opens_with_bullet(text: str, start: int, end: int) -> bool:
    """The region opens with an inline bullet (``: - Hương hoa ...``)."""
    first = NOT_SPACE.search(text, start, end)
    return first is not None and INLINE_BULLET.match(text, first.start(), end) is not None


def inline_bullet_items(text: str, start: int, end: int, keep: Sequence[Item] = ()) -> list[Item]:
    """Items of bulleted lines run into one paragraph after a colon (``2 lời khuyên cho bạn: - Tắt SMBv1 ... . -
    Thêm cài đặt ...``, ``như: - Hương hoa - Đèn nến - Trầu cau``): the region opens with a bullet, each bullet
    opens an item (one inside a name of ``keep``, ``Bộ Văn hóa - Thể thao``, or between the numbers of a range,
    does not), the lines end before a bullet right after a colon (the next heading's: ``... Cách làm: - ...``), and
    the last item ends with its first sentence, since a line ended it before the crawl joined the lines. Fewer than
    two: none."""
    first = NOT_SPACE.search(text, start, end)
    if first is None or not INLINE_BULLET.match(text, first.start(), end):
        return []
    bullets = [m for m in INLINE_BULLET.finditer(text, first.start(), end)
               if not inside(keep, m.start()) and not NUMBER_RANGE_DASH.match(text, max(0, m.start() - 2), m.end() + 2)]
    # "... - 3g muối Cách làm: - Rau muống ...": a bullet right after a colon opens the lines of the next heading
    heading = next((m for m in bullets[1:] if text[max(0, m.start() - 4) : m.start()].rstrip().endswith(":")), None)
    if heading is not None:
        end = heading.start()
        bullets = [m for m in bullets if m.start() < end]
    if len(bullets) < 2:
        return []
    stops = [m.start() for m in bullets[1:]]
    last_end = SENTENCE_BREAK.search(text, bullets[-1].end(), end)
    stops.append(last_end.start() if last_end is not None else end)
    return non_empty([trim(text, m.end(), stop) for m, stop in zip(bullets, stops)])


QUOTE_MARKS = regex.compile(r"[“”«»]")
ASIDE_MARKS = regex.compile(r'[()“”«»";]')


def region_end(text: str, start: int, end: int) -> int:
    """Where a region that opens inside a quotation ends: at the first closing quotation mark it did not
    open (``... tại Thủ đô”, ông Khánh nhấn mạnh``: the items end at ``”``); else ``end``."""
    depth = 0
    for mark in QUOTE_MARKS.finditer(text, start, end):
        if mark.group() in OPENING_QUOTES:
            depth += 1
        elif depth == 0:
            return mark.start()
        else:
            depth -= 1
    return end


STRAIGHT_QUOTE = '"'
SENTENCE_BREAK = regex.compile(r"[.!?…]+[”\"»]?\s+", regex.V1)
CREDIT_WORD = regex.compile(r"(?:[\p{Lu}(][^\s]*|[Tt]heo|[-–/])", regex.V1)
# How far before a marked run an opening straight quotation mark is looked for (white space between).
QUOTE_LOOKBACK = 20


def quoted_run_end(text: str, start: int, end: int) -> int:
    """Where marked items that open a straight quotation end (``nhấn mạnh: "Thứ nhất, ... Thứ ba, ..." Tất cả
    ...``): at its closing ``"``, one that follows a word and is followed by a space, a punctuation mark or the
    end, with the quotations inside paired (``"động cơ"``); ``end`` when no quotation opens right before
    ``start`` or none closes it."""
    before = text[max(0, start - QUOTE_LOOKBACK) : start].rstrip()  # a window, not all the text before it (once per marked run)
    if not before.endswith(STRAIGHT_QUOTE):
        return end
    depth = 0
    for position in range(start, end):
        if text[position] != STRAIGHT_QUOTE:
            continue
        after = text[position + 1 : position + 2]
        closing = position > start and not text[position - 1].isspace() and (not after or not after.isalnum())
        if not closing:
            depth += 1
        elif depth:
            depth -= 1
        else:
            return position
    return end


def inside_quotation(text: str, start: int, position: int) -> bool:
    """``position`` lies inside a quotation opened with a curly mark after ``start`` and not closed before it:
    ``“Năm nay có một số khó khăn. Thứ nhất, ...``."""
    depth = 0
    for mark in QUOTE_MARKS.finditer(text, start, position):
        depth = depth + 1 if mark.group() in OPENING_QUOTES else max(0, depth - 1)
    return depth > 0


def without_credit(text: str, item: Item, most_words: int) -> Item:
    """The last item of a list that reaches the end of its paragraph, less a closing credit (``... hơn. Theo
    VnExpress``, ``... chất. Minh Đức``, ``... Paris./. Thùy Vân/VOV-Paris``): a last sentence of at most
    ``most_words`` words, each capitalised or ``theo``, is the byline of the article, no part of the item."""
    breaks = list(SENTENCE_BREAK.finditer(text, *item))
    if not breaks:
        return item
    tail = text[breaks[-1].end() : item[1]].split()
    if not tail or len(tail) > most_words or not all(CREDIT_WORD.fullmatch(word.rstrip(".,")) for word in tail):
        return item
    return trim(text, item[0], breaks[-1].end())


def top_level_semicolons(text: str, start: int, end: int) -> list[int]:
    """The semicolons of ``[start, end)`` outside parentheses and quotations (``(Sacombank; mã: STB)``,
    ``về “Tăng cường ...; ngăn chặn ...”``: a title's or an aside's semicolons cut no item). A parenthesis
    counts only when it closes in the region (``(phí thường niên; chi phí ...`` is a slip), straight
    quotation marks only when they pair up in it."""
    if ";" not in text[start:end]:
        return []
    marks = [(m.start(), m.group()) for m in ASIDE_MARKS.finditer(text, start, end)]
    straight = sum(1 for _, mark in marks if mark == '"') % 2 == 0
    asides, openings = [], []
    for index, mark in marks:
        if mark == "(":
            openings.append(index)
        elif mark == ")" and openings:
            asides.append((openings.pop(), index))
    offsets, quotes, in_straight = [], 0, False
    for index, mark in marks:
        if mark in OPENING_QUOTES:
            quotes += 1
        elif mark in CLOSING_QUOTES:
            quotes = max(0, quotes - 1)
        elif mark == '"' and straight:
            in_straight = not in_straight
        elif mark == ";" and not quotes and not in_straight and not any(a < index < b for a, b in asides):
            offsets.append(index)
    return offsets


def has_semicolons(text: str, start: int, end: int) -> bool:
    """A semicolon in ``[start, end)`` that separates items (outside parentheses and quotations)."""
    return ";" in text[start:end] and bool(top_level_semicolons(text, start, end))


def semicolon_items(text: str, start: int, end: int) -> list[Item]:
    """The region cut at its semicolons (commas inside a piece stay in it, and so do the semicolons of a
    parenthesis or a quotation inside it); a region that opens inside a quotation ends where it closes."""
    end = region_end(text, start, end)
    pieces, position = [], start
    for semicolon in [*top_level_semicolons(text, start, end), end]:
        pieces.append(trim(text, position, semicolon))
        position = semicolon + 1
    return non_empty(pieces)


def comma_items(text: str, start: int, end: int, keep: Sequence[Item] = ()) -> list[Item]:
    """The region cut at commas and the joining ``và``/``hoặc``.

    Commas inside parentheses belong to their item (annotation note 6), and no delimiter inside
    a name of ``keep`` (sorted character ranges: ``Hiệp hội Gỗ và Lâm sản Việt Nam``) nor inside a
    quotation that opens and closes in the region (``truyền đi thông điệp "về sự đoàn kết ... và sự
    chân thành ..."``: the quoted words are one piece). The series ends
    at a comma after the final ``và`` (``A, B và C, nâng tổng số ...``) and at ``...``,
    ``…`` or ``v.v.`` (``A, B..., đều vượt``).
    """
    end = region_end(text, start, end)
    items, cursor, depth, counted_to = [], start, 0, start
    after_final_join = False
    fixed = sorted(fixed_phrases(text, start, end) + example_runs(text, start, end))
    quoted = quotations(text, start, end)
    for match in SERIES_DELIMITER.finditer(text, start, end):
        depth += text.count("(", counted_to, match.start()) - text.count(")", counted_to, match.start())
        counted_to = match.start()
        if depth > 0 or inside(keep, match.start()) or inside(fixed, match.start()) or inside(quoted, match.start()):
            continue
        if (closer := SERIES_CLOSER.search(text, cursor, match.start())) is not None:
            end = closer.start()
            break
        if (closing := SERIES_END.search(text, cursor, match.start())) is not None:
            end = closing.start()
            break
        if after_final_join and match.group(0).strip() == ",":
            end = match.start()
            break
        items.append(trim(text, cursor, match.start()))
        cursor = match.end()
        after_final_join = match.group(0).strip() in ("và", "hoặc")
    else:
        if (closing := SERIES_END.search(text, cursor, end)) is not None:
            end = closing.start()
        if (closer := SERIES_CLOSER.search(text, cursor, end)) is not None:
            end = closer.start()
    items.append(trim(text, cursor, end))
    return non_empty(items)


QUOTATION = regex.compile(r'“[^“”\n]*”|«[^«»\n]*»|"[^"\n]*"')


def quotations(text: str, start: int, end: int) -> list[Item]:
    """Ranges of the quotations that open and close in ``[start, end)``, in text order."""
    return [m.span() for m in QUOTATION.finditer(text, start, end)]


@lru_cache(maxsize=1)
def fixed_phrase_pattern() -> regex.Pattern:
    words = sorted(list_data()["unsplit_phrases"], key=len, reverse=True)
    return regex.compile(r"(?<![\p{L}])(?:" + "|".join(regex.escape(w) for w in words) + r")(?![\p{L}])", regex.V1 | regex.IGNORECASE)


def fixed_phrases(text: str, start: int, end: int) -> list[Item]:
    """Ranges of the phrases whose ``và`` joins no two items (``doanh nghiệp nhỏ và vừa``, ``trong và ngoài nước``)."""
    return [m.span() for m in fixed_phrase_pattern().finditer(text, start, end)]


EXAMPLES_OPENING = regex.compile(r"\snhư\s+(?!sau\b)(?=\p{L})", regex.V1)


def example_runs(text: str, start: int, end: int) -> list[Item]:
    """``... như hỗ trợ tiếp cận vốn, thuế, đào tạo…``: examples after ``như`` with no colon, closed by
    ``…`` or ``v.v.``, are no items (guidelines), so their commas cut no item of the series around them."""
    runs = []
    for opening in EXAMPLES_OPENING.finditer(text, start, end):
        closing = SERIES_END.search(text, opening.end(), end)
        if closing is not None and ";" not in text[opening.end() : closing.start()]:
            runs.append((opening.start(), closing.start() + 1))
    return runs


def inside(ranges: Sequence[Item], offset: int) -> bool:
    """True when ``offset`` lies strictly inside one of the sorted ``ranges``."""
    index = bisect_right(ranges, (offset, float("inf"))) - 1
    return index >= 0 and ranges[index][0] < offset < ranges[index][1]


JOINING_WORD_ONLY = regex.compile(r"\s+(?:và|hoặc)\s+", regex.V1)


def breakdown_items(text: str, start: int, end: int) -> list[Item]:
    """Items of a count's breakdown, each opening with a number (``273 đảng bộ, 365 chi bộ``):
    cut at semicolons when there are any, else at commas; the breakdown ends at the first
    piece that does not open with a number (``..., nâng tổng số lên ...``)."""
    cut = semicolon_items if has_semicolons(text, start, end) else comma_items
    items = cut(text, start, end)
    if not items or not opens_with_number(text, items[0]):
        return []
    kept = [items[0]]
    for item in items[1:]:
        if not (opens_with_number(text, item) or ONE_GROUP.match(text, item[0], item[1])):
            if JOINING_WORD_ONLY.fullmatch(text, kept[-1][1], item[0]):
                kept[-1] = (kept[-1][0], item[1])  # "(4 cho ô tô, 4 cho xe máy và xe thô sơ)": a part of the last piece
            break
        if len(kept) > 1 and JOINING_WORD_ONLY.fullmatch(text, kept[-2][1], kept[-1][0]):
            break  # "2 công dân Anh và một người ... Plamen Nguyễn, 27 tuổi": the piece after the joining word was the last
        kept.append(item)
    if cut is semicolon_items:
        last_start, last_end = kept[-1]
        comma = text.find(",", last_start, last_end)
        if comma >= 0 and not regex.match(r",\s*\d", text[comma:last_end]):
            kept[-1] = trim(text, last_start, comma)  # "1.103 kết nạp từ ..., nâng tổng số ..."
    return kept


@lru_cache(maxsize=1)
def number_words() -> frozenset[str]:
    """Numbers written in words that open a breakdown's item (``chín giải Ba``), from ``numerals.json``."""
    numerals = numeral_vocabulary()
    homographs = set(numerals["digit_noun_homographs"]["words"])  # "năm 2016, ..." opens with a year
    return frozenset(w for w in [*numerals["digits"], *numerals["tens"]]
                     if numerals["digits"].get(w, 10) > 1 and w not in homographs)


def leading_number(text: str, item: Item) -> int | None:
    """The whole number that opens the item, in digits (``1.103 đảng viên``) or in words (``chín giải``)."""
    piece = text[item[0] : item[1]]
    if (digits := regex.match(r"\d{1,3}(?:\.\d{3})+(?![\d,])|\d++(?![.,]\d)", piece)) is not None:
        return int(digits.group(0).replace(".", ""))
    first = piece.split(maxsplit=1)
    words = numeral_vocabulary()["digits"]
    return words[first[0].lower()] if first and first[0].lower() in number_words() else None


# "và một người gốc Việt": "một" counts one after another group; not "một số", "một vài" (some)
ONE_GROUP = regex.compile(r"một\s+(?!số(?!\p{L})|vài(?!\p{L})|trong(?!\p{L}))\p{L}", regex.V1 | regex.IGNORECASE)


def breakdown_total(text: str, items: Sequence[Item]) -> int | None:
    """The sum of the numbers that open every item (``2 hóa đơn ... và 6 hóa đơn ...`` → 8; ``2 công dân Anh và một
    người gốc Việt`` → 3: ``một`` counts one after the first group); None when one has none."""
    numbers = [leading_number(text, item) for item in items]
    numbers[1:] = [1 if n is None and ONE_GROUP.match(text, item[0], item[1]) else n for n, item in zip(numbers[1:], items[1:])]
    return None if any(n is None for n in numbers) else sum(n for n in numbers if n is not None)


def opens_with_number(text: str, item: Item) -> bool:
    """The item opens with a number in digits (``273 đảng bộ``) or in words (``chín giải Ba``)."""
    if regex.match(r"\d", text[item[0] : item[1]]) is not None:
        return True
    first = text[item[0] : item[1]].split(maxsplit=1)
    return bool(first) and first[0].lower() in number_words()


def cut_items(text: str, start: int, end: int, introduced: bool, keep: Sequence[Item] = ()) -> tuple[list[Item], str]:
    """Items of a region by the guidelines' delimiter order, and which delimiter cut them
    (``markers``, ``semicolons``, ``commas``, or ``none`` when the region is no list)."""
    if items := marker_items(text, start, end):
        return items, "markers"
    if has_semicolons(text, start, end):
        return semicolon_items(text, start, end), "semicolons"
    if introduced:
        return comma_items(text, start, end, keep), "commas"
    return [], "none"


def matching_parenthesis(text: str, opening: int, limit: int) -> int | None:
    """The offset of the ``)`` closing the ``(`` at ``opening``, before ``limit``; None when it is not closed."""
    depth = 0
    for index in range(opening, limit):
        if text[index] == "(":
            depth += 1
        elif text[index] == ")":
            depth -= 1
            if depth == 0:
                return index
    return None
