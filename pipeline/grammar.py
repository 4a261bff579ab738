"""Regular expressions for numbers and dates, composed from the numeral vocabulary.

One grammar decides what a digit string is: the ``dates`` stage claims day-month,
month-year, quarter and period forms first (``21-5``, ``2021-2025``), and the
``quantities`` stage reads what is left as amounts (``3-5%``, ``1,5 triệu``).
"""

from __future__ import annotations

import calendar
from functools import lru_cache

import regex

from .numerals import vocabulary

FLAGS = regex.IGNORECASE | regex.V1
NOT_WORD_BEFORE = r"(?<![\p{L}\p{M}\d])"
NOT_WORD_AFTER = r"(?![\p{L}\p{M}\d])"
NOT_DIGIT_AROUND = (r"(?<![\d.,])", r"(?![\d]|[.,]\d)")

DIGITS = r"\d+(?:[.,]\d+)*"
# What the forms that open with a day or with "ngày" open with: said first, so that the search skips every
# other character at once (the lookbehind and the optional "ngày" were tried at each; the same matches).
DAY_OR_NGAY_FIRST = r"(?=[0-9n])"
DAY = r"(?:0?[1-9]|[12]\d|3[01])"
MONTH = r"(?:0?[1-9]|1[0-2])"
YEAR = r"(?:1[89]\d\d|20\d\d|2100)"
ROMAN_QUARTER = r"(?:IV|I{1,3}|[1-4])"
MONTH_NAMES = {
    "giêng": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
    "tám": 8, "chín": 9, "mười": 10, "mười một": 11, "một một": 11, "mười hai": 12, "chạp": 12,
}
LUNAR_MONTHS = {"giêng", "chạp"}


def alternation(words) -> str:
    """A regex alternation of phrases, longest first, spaces matching any white space."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "(?:" + "|".join(regex.escape(w).replace("\\ ", r"\s+") for w in ordered) + ")"


@lru_cache(maxsize=1)
def number_words() -> str:
    vocab = vocabulary()
    return alternation(list(vocab["digits"]) + list(vocab["tens"]) + vocab["linkers"] + list(vocab["multipliers"]))


@lru_cache(maxsize=1)
def word_numeral() -> str:
    """A numeral in words; a digit word that is also a noun (``năm``) continues it only where it must be
    the digit: after a linker, or before another number word (``mười năm`` is ten years, not 15;
    ``ba trăm năm mươi`` is 350). Nor does a numeral begin with it right after another numeral
    (``mười hai năm đến hai mươi năm`` holds no range "5 to 20")."""
    vocab = vocabulary()
    word = number_words()
    homograph = alternation(vocab["digit_noun_homographs"]["words"])
    linker = alternation(vocab["linkers"])
    not_homograph = rf"(?!{homograph}{NOT_WORD_AFTER}){word}"
    tail = rf"(?:{not_homograph}|(?<={linker}\s+){homograph}|{homograph}(?=\s+{word}{NOT_WORD_AFTER}))"
    head = rf"(?:{not_homograph}|(?<!(?:{word}|\d)\s+){homograph})"
    return rf"{head}(?:\s+{tail}{NOT_WORD_AFTER})*"


@lru_cache(maxsize=1)
def quantity_pattern() -> regex.Pattern:
    """Amounts: digits with multipliers, words, approximate counts, percentages, ranges, fused units."""
    vocab = vocabulary()
    # a multiplier after digits is lowercase or all capitals: "11 Tỉ số 1-0" starts a sentence at "Tỉ"
    mult = rf"(?!(?-i:\p{{Lu}}\p{{Ll}})){alternation(vocab['digit_multipliers'])}"
    half = rf"(?:\s+{alternation(vocab['half_words']['words'])}{NOT_WORD_AFTER})"  # "1 triệu rưỡi"
    digit_number = rf"{DIGITS}(?:(?:\s+{mult})+{half}?)?(?:\s+{DIGITS}(?:\s+{mult})+)*"
    word_number = word_numeral()
    approx = alternation(vocab["approximate_counts"])
    symbols = [w for w in vocab["percent_words"] if not w.isalpha() and " " not in w]
    words = [w for w in vocab["percent_words"] if w not in symbols]
    percent = rf"(?:\s*{alternation(symbols)}|\s+{alternation(words)})"  # "5%", "5 %", "5 phần trăm"
    fused = alternation(vocab["fused_units"])
    single = (rf"(?:(?P<approx>{approx})(?P<approx_mult>(?:\s+{mult})*)"
              rf"|(?P<digits>{digit_number})(?:(?P<fused>{fused}){NOT_WORD_AFTER})?"
              rf"|(?P<words>{word_number}))(?P<percent>{percent})?")
    high = rf"(?P<high>{DIGITS}(?:\s+{mult})*)(?:(?P<high_fused>{fused}){NOT_WORD_AFTER})?(?P<high_percent>{percent})?"
    # a range in words ("bốn đến sáu cán bộ", "từ một đến 10"), not "hai đến năm 2020"
    high_words = rf"(?P<high_words>{word_number}){NOT_WORD_AFTER}(?!\s*\d)"
    range_part = rf"(?:\s*[-–]\s*{high}|\s+(?:đến|tới)\s+(?:{high}|{high_words}))?"
    return regex.compile(rf"{NOT_WORD_BEFORE}(?P<from>từ\s+)?{single}{range_part}{NOT_WORD_AFTER}", FLAGS)


@lru_cache(maxsize=1)
def date_patterns() -> list[tuple[str, regex.Pattern]]:
    """Date forms in the order they are tried; earlier forms win overlaps."""
    months = alternation(MONTH_NAMES)
    sep = r"\s*[/\-]\s*"
    b, a = NOT_DIGIT_AROUND
    at_day = DAY_OR_NGAY_FIRST
    forms = [
        ("day_month_year", rf"""
            {at_day} {b} (?:(?P<kw>ngày)\s+)?    # "ngày 19-8-2022", "14/4/2024", "6.2.2017"
            (?P<day>{DAY}) (?:{sep}|\.) (?P<month>{MONTH}) (?:{sep}|\.) (?P<year>{YEAR}) {a}"""),
        ("day_month_year_words", rf"""
            {at_day} (?:(?P<kw>ngày)\s+)? {b}      # "ngày 19 tháng 8 năm 2022", "19 tháng 8"
            (?P<day>{DAY}) \s+tháng\s+ (?P<month>{MONTH})
            (?: \s*(?:năm|[/\-])\s* (?P<year>{YEAR}) )? {a}"""),
        ("shared_month", rf"""
            {at_day} {b} (?:(?P<kw>ngày)\s+)?    # two days of one month: "20 và 21-5", "ngày 3, 4/7/2023"
            (?P<day>{DAY}) \s*(?:và|,|-|–)\s* (?P<day_end>{DAY}) {sep} (?P<month>{MONTH})
            (?: {sep} (?P<year>{YEAR}) )? {a}
            (?!\s*%)                              # not a percentage range: 3-5%
            """),
        ("quarter", rf"(?P<kw>quý)\s+(?P<quarter>{ROMAN_QUARTER})(?:{sep}|\s+năm\s+)(?P<year>{YEAR}){a}"),
        ("month_year", rf"(?P<kw>tháng)\s+(?P<month>{MONTH})(?:{sep}|\s+năm\s+)(?P<year>{YEAR}){a}"),
        ("period", rf"{b}(?P<year>{YEAR})\s*[-–]\s*(?P<year_end>{YEAR}){a}"),
        ("day_month", rf"{at_day}{b}(?:(?P<kw>ngày)\s+)?(?P<day>{DAY})\s*[/\-]\s*(?P<month>{MONTH}){a}(?!\s*%|\s*[/\-.]\d)"),
        ("month_name", rf"(?<!\d[.,]?\s*)(?P<kw>tháng)\s+(?P<month_name>{months}|{MONTH}){NOT_WORD_AFTER}"),
        ("year", rf"(?P<kw>năm)\s+(?P<year>{YEAR}){a}"),
        ("birth_year", rf"(?:SN|sinh\s+năm)\s+(?P<year>{YEAR}){a}"),
        ("bare_year", rf"{b}(?P<year>{YEAR}){a}"),
    ]
    return [(name, regex.compile(pattern, FLAGS | regex.VERBOSE)) for name, pattern in forms]  # every form in (?x): spaces are \s


def date_exists(value: str) -> bool:
    """True when an ISO value (``XXXX`` for an unstated year) names a day, month or quarter the calendar has."""
    parts = value.split("-")
    if len(parts) < 2 or parts[1].startswith("Q"):
        return True
    month = int(parts[1])
    if not 1 <= month <= 12:
        return False
    if len(parts) < 3:
        return True
    year = int(parts[0]) if parts[0].isdigit() else 2000  # an unstated year may be a leap year
    return 1 <= int(parts[2]) <= calendar.monthrange(year, month)[1]
