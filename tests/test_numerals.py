"""The numeral grammar reads numbers back to themselves and never crashes."""

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.grammar import quantity_pattern
from pipeline.numerals import WordNumberError, multiply_out, parse_digits, parse_words, trailing_scale

DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]


def vietnamese_digits(n: int) -> str:
    """66000 -> 66.000 (dots between thousands)."""
    return f"{n:,}".replace(",", ".")


def below_thousand(n: int, full: bool) -> list[str]:
    hundreds, rest = divmod(n, 100)
    tens, ones = divmod(rest, 10)
    words = []
    if hundreds or full:
        words += [DIGITS[hundreds], "trăm"]
    if tens == 0 and ones:
        if words:
            words.append("linh")
        words.append(DIGITS[ones])
    elif tens == 1:
        words.append("mười")
        if ones:
            words.append("lăm" if ones == 5 else DIGITS[ones])
    elif tens > 1:
        words += [DIGITS[tens], "mươi"]
        if ones:
            words.append({1: "mốt", 4: "tư", 5: "lăm"}.get(ones, DIGITS[ones]))
    return words


def vietnamese_words(n: int) -> str:
    """Write 1 <= n < 10**9 in words the standard way."""
    groups = [("triệu", 1_000_000), ("nghìn", 1000)]
    words, full = [], False
    for name, size in groups:
        part, n = divmod(n, size)
        if part:
            words += below_thousand(part, full) + [name]
            full = True
    if n:
        words += below_thousand(n, full)
    return " ".join(words)


@pytest.mark.parametrize("text, value", [("66.000", 66000), ("5,3", 5.3), ("1.500.000", 1500000), ("2.5", 2.5), ("04", 4), ("0,75", 0.75)])
def test_parse_digits(text, value):
    assert parse_digits(text) == value


@pytest.mark.parametrize("text, value", [("hai mươi mốt", 21), ("một trăm linh năm", 105), ("mười lăm", 15), ("ba mươi tư", 34),
                                         ("hai nghìn không trăm hai mươi", 2020), ("ba triệu hai trăm nghìn", 3_200_000), ("nghìn", 1000),
                                         ("nghìn tỷ", 10**12), ("hai nghìn tỷ", 2 * 10**12), ("một triệu tỷ", 10**15),
                                         # a group of zero written out is no stacked multiplier
                                         ("hai tỷ không trăm triệu", 2 * 10**9), ("hai tỷ không trăm năm mươi triệu", 2_050_000_000),
                                         ("hai triệu không trăm nghìn năm trăm", 2_000_500)])
def test_parse_words(text, value):
    assert parse_words(text.split()) == value


@given(st.integers(min_value=1, max_value=999_999_999))
def test_digits_round_trip(n):
    assert parse_digits(vietnamese_digits(n)) == n


@given(st.integers(min_value=1, max_value=999_999_999))
def test_words_round_trip(n):
    assert parse_words(vietnamese_words(n).split()) == n


PIECES = list("0123456789.,-%/ ") + DIGITS + ["mươi", "trăm", "tỷ", "triệu", " ", "hàng", "từ", "đến", "đồng", "ha"]


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.lists(st.sampled_from(PIECES), max_size=20).map("".join), st.text(max_size=40)))
def test_grammar_never_crashes(nlp, text):
    recognizer = nlp.get_pipe("quantities")
    for match in quantity_pattern().finditer(text):
        value = recognizer.read_value(match)  # None for a malformed numeral, never an exception
        assert value is None or all(v is None or math.isfinite(v) and v >= 0 for v in value)


MULTIPLIERS = {"chục": 10, "trăm": 100, "nghìn": 1000, "triệu": 10**6, "tỷ": 10**9}


@given(st.integers(min_value=1, max_value=999), st.lists(st.sampled_from(sorted(MULTIPLIERS)), min_size=1, max_size=3))
def test_stacked_multipliers_multiply(number, stack):
    """``n m1 m2 ...`` is n times every multiplier (``250 nghìn tỷ`` = 250 × 10³ × 10⁹)."""
    expected = number
    for word in stack:
        expected *= MULTIPLIERS[word]
    value, scale = multiply_out([str(number), *stack], MULTIPLIERS)
    assert math.isclose(value, expected, rel_tol=1e-12) and math.isclose(scale * number, expected, rel_tol=1e-12)


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=1, max_value=999))
def test_groups_of_a_compound_amount_add(high, low):
    """``a tỷ b triệu`` is a × 10⁹ + b × 10⁶."""
    value, _ = multiply_out([str(high), "tỷ", str(low), "triệu"], MULTIPLIERS)
    assert value == high * 10**9 + low * 10**6


@pytest.mark.parametrize("words", ["không triệu", "không tỉ", "không nghìn"])
def test_no_numeral_opens_with_zero_before_a_multiplier(words):
    """'không triệu tập' (did not summon), 'không tỉ lệ thuận': 'không' there is a negation, not zero."""
    with pytest.raises(WordNumberError):
        parse_words(words.split())


@pytest.mark.parametrize("words, scale", [("bảy triệu", 1e6), ("trăm triệu", 1e6), ("ba nghìn tỷ", 1e12), ("sáu", 1.0), ("năm trăm", 1.0)])
def test_trailing_scale(words, scale):
    assert trailing_scale(words.split()) == scale
