"""Dates as ISO values: days, months, years, quarters and periods (guidelines, Dates).

Years the text leaves out are ``XXXX``; when the article's ``meta.published`` is known,
the year is filled from it and the span says so (``_.year_inferred``). Lunar months
(``tháng Giêng``, ``tháng Chạp``) are flagged ``_.lunar``.
"""

from __future__ import annotations

import regex
from spacy.language import Language
from spacy.tokens import Doc, Span

from ...doctools import boilerplate_tokens, doc_text
from ...grammar import LUNAR_MONTHS, MONTH_NAMES, date_exists, date_patterns
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


class DateRecognizer:
    """Write ``doc.spans["dates"]`` with ``_.value``, ``_.value_end``, ``_.year_inferred``, ``_.lunar``."""

    def __init__(self, nlp: Language, name: str = "dates"):
        self.name = name
        self.patterns = date_patterns()

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

    @staticmethod
    def accept(doc: Doc, form: str, match, span: Span) -> bool:
        """Context checks for the forms a quantity or an identifier can also take."""
        previous = next((t for t in reversed(doc[: span.start]) if not t.is_space), None)
        following = next((t for t in doc[span.end :] if not t.is_space), None)
        if form == "bare_year":
            return previous is not None and previous.lower_ in patterns.BARE_YEAR_CONTEXT
        in_date_context = match.groupdict().get("kw") or (previous is not None and previous.lower_ in patterns.DATE_CONTEXT)
        if form in ("day_month", "shared_month") and following is not None and not in_date_context:
            if following.is_alpha and following.is_lower and following.lower_ not in patterns.DAY_MONTH_FOLLOWERS:
                return False
        if form in ("day_month", "period") and previous is not None and previous.lower_ in ("số", "lần"):
            return False
        return True

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
