"""The project's Vietnamese numeral grammar: one place that turns numerals into values.

Digits use ``.`` for thousands and ``,`` for decimals (``66.000`` -> 66000, ``5,3`` -> 5.3);
a ``.`` not followed by exactly three digits is read as a foreign-style decimal
(``2.5``). Words follow the spoken system (``hai mươi mốt`` -> 21, ``một trăm linh năm``
-> 105). Multipliers scale a number (``1,5 triệu``, ``3 tỷ 200 triệu``).
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

import regex


@lru_cache(maxsize=1)
def vocabulary() -> dict:
    """The numeral vocabulary and contexts shipped in ``data/numerals.json``."""
    return json.loads(resources.files("pipeline.data").joinpath("numerals.json").read_text("utf-8"))


_THOUSANDS = regex.compile(r"^\d{1,3}(?:\.\d{3})+$")


def irregular_grouping(text: str) -> bool:
    """True when a run of two dots or more does not group thousands: a group after the first of other
    than three digits, or a first group of more than three (``10.057.9615.341``, ``343.794178.923``:
    the cells of a flattened table run together). One dot may be a decimal point (``2.5``)."""
    whole = text.partition(",")[0]
    return whole.count(".") >= 2 and not _THOUSANDS.match(whole)


def parse_digits(text: str) -> float:
    """Read a number written in digits the Vietnamese way; a run of dot groups that do not group
    thousands (``irregular_grouping``) is no number: ValueError."""
    text = text.strip()
    if irregular_grouping(text):
        raise ValueError(f"irregular digit grouping: '{text}'")
    if _THOUSANDS.match(text):
        return float(text.replace(".", ""))
    if "," in text:
        whole, _, decimals = text.rpartition(",")
        return float(whole.replace(".", "").replace(",", "") + "." + decimals)
    if text.count(".") == 1:
        return float(text)
    return float(text.replace(".", ""))


class WordNumberError(ValueError):
    """Raised when a sequence of words is not a well-formed Vietnamese numeral."""


def parse_words(words: list[str]) -> float:
    """Read a numeral written in words (``hai mươi mốt`` -> 21, ``ba triệu hai trăm nghìn``)."""
    vocab = vocabulary()
    digits, tens, multipliers = vocab["digits"], vocab["tens"], vocab["multipliers"]
    total = 0.0  # completed groups above the current one
    group = 0.0  # value below the next multiplier
    current: float | None = None  # last digit not yet placed
    written = False  # a digit was written in the group below the next multiplier, zero too ("không trăm")
    previous = None
    lowered = [w.lower() for w in words]
    if len(lowered) > 1 and digits.get(lowered[0]) == 0 and lowered[1] in multipliers:
        raise WordNumberError(f"no numeral opens with zero before '{lowered[1]}' ('không triệu tập' is a verb)")
    for word in lowered:
        stacked = previous in multipliers and current is None and group == 0 and not written
        previous = word
        if word in vocab["linkers"]:
            continue
        if word in tens:
            group += (current if current is not None and word == "mươi" else 1) * 10
            if word == "mươi" and current is None:
                raise WordNumberError("'mươi' needs a digit before it")
            current = None
        elif word in digits:
            if current is not None:
                raise WordNumberError(f"two digits in a row before '{word}'")
            current = digits[word]
            written = True
        elif word in multipliers:
            scale = multipliers[word]
            if stacked and total and multipliers[word] > 100:
                total *= scale  # "nghìn tỷ", "hai nghìn tỷ": stacked multipliers multiply
                continue
            unit = group + (current or 0)
            if current is None and group == 0 and not written:
                unit = 1  # "nghìn" alone, "trăm nghìn"; not "hai tỷ không trăm triệu", a group of zero
            if scale == 100:
                group = unit * 100
            else:
                total = (total + unit) * scale if total and total < scale else total + unit * scale
                group = 0
                written = False
            current = None
        else:
            raise WordNumberError(f"not a number word: '{word}'")
    if current is not None:
        group += current
    return total + group


def multiply_out(parts: list[str], multipliers: dict[str, float]) -> tuple[float, float]:
    """(value, trailing scale) of digits with multipliers, the Vietnamese way.

    Each number is multiplied by every multiplier after it, stacked ones included, and the
    groups are added: ``1,5 triệu`` 1.5e6, ``250 nghìn tỷ`` 2.5e14, ``3 tỷ 200 triệu`` 3.2e9;
    ``rưỡi`` after a multiplier adds half of it: ``1 triệu rưỡi`` 1.5e6.
    The trailing scale is the product of the last group's multipliers (1 when it has none):
    the low end of ``80-95 triệu`` takes it from the high end.
    """
    total, current, scale = 0.0, None, 1.0
    halves = set(vocabulary()["half_words"]["words"])
    for part in parts:
        if part.lower() in halves and current is not None:
            current += 0.5  # "1 triệu rưỡi": a half of the multipliers before it
            continue
        factor = multipliers.get(part.lower())
        if factor is None:
            if current is not None:
                total += current * scale
            current, scale = parse_digits(part), 1.0
        else:
            current = 1.0 if current is None else current
            scale *= factor
    return total + (current or 0.0) * scale, scale


def trailing_scale(words: list[str]) -> float:
    """The product of the multipliers of a thousand and more that end a numeral in words
    (``bảy triệu`` 1e6, ``trăm triệu`` 1e6, ``nghìn tỷ`` 1e12): what a bare low end shares."""
    multipliers = vocabulary()["multipliers"]
    scale = 1.0
    for word in reversed([w.lower() for w in words]):
        if multipliers.get(word, 0) < 1000:
            break
        scale *= multipliers[word]
    return scale


def to_number(value: float) -> int | float:
    """Return an int when the value is whole, so JSON shows 66000 rather than 66000.0; a fraction
    left by a product of decimals is rounded to 15 significant digits first (``1,1 triệu tỷ`` is 1.1e15, not 1.1e15 + 0.1)."""
    value = float(value)
    if not value.is_integer():
        value = float(f"{value:.15g}")
    return int(value) if value.is_integer() else value
