"""Dates as ISO values: days, months, years, quarters and periods (guidelines, Dates).

Years the text leaves out are ``XXXX``; when the article's ``meta.published`` is known,
the year is filled from it and the span says so (``_.year_inferred``). Lunar months
(``tháng Giêng``, ``tháng Chạp``) are flagged ``_.lunar``.
"""

from __future__ import annotations

import regex
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ...doctools import boilerplate_tokens, doc_text
from ...grammar import LUNAR_MONTHS, MONTH_NAMES, date_exists, date_patterns
from ...numerals import vocabulary
from ...phrases import phrase_keys
from . import patterns

RULES_KEY = "entity_rules"  # the entity rule candidates (doc.spans), read only
DATE_YIELDING_RULES = {"gazetteer"}


def published_year(doc: Doc) -> int | None:
    """The year of ``meta.published`` (ISO date), if the caller gave one."""
    published = (doc._.meta or {}).get("published")
    if published and regex.match(r"^\d{4}", str(published)):
        return int(str(published)[:4])
    return None


def iso(year, month=None, day=None) -> str:
    """ISO 8601 string as far as it is known; ``year`` may be ``XXXX``."""
    value = str(year)
    if month is not None:
        value += f"-{int(month):02d}"
    if day is not None:
        value += f"-{int(day):02d}"
    return value


def score_window(doc: Doc, start: int, count: int) -> list:
    """Up to ``count`` non-space tokens before ``start`` in text order, from the start of their sentence on."""
    tokens: list[Token] = []
    i = start - 1
    while i >= 0 and len(tokens) < count and not doc[i].is_space and doc[i].text not in ".;":
        tokens.insert(0, doc[i])
        if doc[i].is_sent_start:
            break
        i -= 1
    return tokens


def is_count_range(match) -> bool:
    """True when a day-month could be a range of counts: dashed, its first number below its second, no ``ngày``."""
    groups = match.groupdict()
    return not groups.get("kw") and "/" not in match.group() and int(groups["day"]) < int(groups["month"])


class DateRecognizer:
    """Write ``doc.spans["dates"]`` with ``_.value``, ``_.value_end``, ``_.year_inferred``, ``_.lunar``."""

    def __init__(self, nlp: Language, name: str = "dates"):
        self.name = name
        self.patterns = date_patterns()
        scores = vocabulary()["scores"]
        self.score_words = phrase_keys(scores["words"])
        self.score_reach = scores["reach"]

    def __call__(self, doc: Doc) -> Doc:
        # Rule entities ("Cách mạng Tháng Tám") hold their tokens; a date overrules the model and the
        # gazetteer (the entity merge, which runs next, leaves out any entity over a date).
        taken = {i for span in doc.spans.get(RULES_KEY, []) if span.id_ not in DATE_YIELDING_RULES
                 for i in range(span.start, span.end)}
        taken |= boilerplate_tokens(doc)
        fill_year = published_year(doc)
        text = doc_text(doc)
        spans: list[Span] = []
        for form, pattern in self.patterns:
            for match in pattern.finditer(text):
                span = doc.char_span(match.start(), match.end(), label="DATE", alignment_mode="strict")
                if span is None or any(i in taken for i in range(span.start, span.end)):
                    continue
                if not self.accept(doc, form, match, span):
                    continue
                self.set_value(span, form, match, fill_year)
                if not all(date_exists(v) for v in (span._.value, span._.value_end) if v):
                    continue  # "31/2/2023", "32/5": no such day, so no date (a wrong value is worse than none)
                spans.append(span)
                taken.update(range(span.start, span.end))
        doc.spans["dates"] = sorted(spans, key=lambda s: s.start)
        return doc

    def accept(self, doc: Doc, form: str, match, span: Span) -> bool:
        """Context checks for the forms a quantity or an identifier can also take."""
        previous = next((t for t in reversed(doc[: span.start]) if not t.is_space), None)
        following = next((t for t in doc[span.end :] if not t.is_space), None)
        if form == "bare_year":
            return previous is not None and previous.lower_ in patterns.BARE_YEAR_CONTEXT
        in_date_context = match.groupdict().get("kw") or (previous is not None and previous.lower_ in patterns.DATE_CONTEXT)
        counted = following is not None and following.is_alpha and following.is_lower and following.lower_ not in patterns.DAY_MONTH_FOLLOWERS
        if form in ("day_month", "shared_month") and counted:
            if not in_date_context or (is_count_range(match) and previous is not None and previous.lower_ in patterns.RANGE_WORDS):
                return False  # "41/81 tỉnh"; "tới 2-3 buổi": a range of counts
        if form in ("day_month", "period") and previous is not None and previous.lower_ in patterns.NOT_DATE_AFTER:
            return False
        if form == "day_month" and not in_date_context and self.is_score(doc, span):
            return False
        return True

    def is_score(self, doc: Doc, span: Span) -> bool:
        """True when a day-month written with a dash reads as a match score (notes, 26): after a
        lowercase score word of its sentence at most ``reach`` tokens before (``rút ngắn tỷ số xuống
        còn 3-7``, ``thắng Swansea 2-1``; not the name of an anniversary, ``kỷ niệm chiến thắng 30-4``),
        or between two names, a colon allowed after the first (``Bologna 0-1 AC Milan``, ``Cao Bằng -
        Thái Sơn Bắc: 1-1 Sanna Khánh Hòa``)."""
        if "/" in span.text:
            return False
        before = score_window(doc, span.start, self.score_reach)
        for keys in self.score_words:
            for k in range(len(keys), len(before) + 1):
                words = before[k - len(keys) : k]
                if tuple(t.norm_ for t in words) == keys and not any(t._.is_cap for t in words if not t.is_sent_start):
                    return k - len(keys) == 0 or before[k - len(keys) - 1].lower_ not in patterns.EVENT_BEFORE_SCORE_WORD
        if before and before[-1].text == ":":
            before = before[:-1]
        following = doc[span.end] if span.end < len(doc) else None
        return all(t is not None and t.is_alpha and t._.is_cap for t in (before[-1] if before else None, following))

    @staticmethod
    def set_value(span: Span, form: str, match, fill_year: int | None) -> None:
        groups = {k: v for k, v in match.groupdict().items() if v is not None}
        year = groups.get("year")
        if year is None and form in ("day_month", "shared_month", "day_month_year_words", "month_name"):
            year = str(fill_year) if fill_year else "XXXX"
            span._.year_inferred = fill_year is not None
        if form == "quarter":
            span._.value = f"{year}-Q{patterns.QUARTERS[groups['quarter'].lower()]}"
        elif form == "period":
            span._.value, span._.value_end = year, groups["year_end"]
        elif form in ("year", "bare_year", "birth_year"):
            span._.value = year
        elif form == "month_year":
            span._.value = iso(year, groups["month"])
        elif form == "month_name":
            name = " ".join(groups["month_name"].lower().split())
            month = MONTH_NAMES.get(name) or int(name)
            span._.value = iso(year, month)
            span._.lunar = name in LUNAR_MONTHS
        else:
            span._.value = iso(year, groups["month"], groups["day"])
            if "day_end" in groups:
                span._.value_end = iso(year, groups["month"], groups["day_end"])
