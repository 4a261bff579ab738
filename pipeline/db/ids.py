"""Stable row ids and the calendar days a date value covers.

A mention id is a hash of the doc_id, the layer and the offsets (with what else tells two
rows apart: a list item's list, a role's person), so an article loaded again, in another
database or after a migration, gives each row the same id.
"""

from __future__ import annotations

import calendar
import hashlib
import re
from datetime import date

from .schema import ID

DATE_VALUE = re.compile(r"(\d{4})(?:-(\d{2}|Q[1-4]))?(?:-(\d{2}))?")


def mention_id(doc_id: str, layer: str, *parts) -> str:
    """``ID`` hex digits of SHA-256 over doc_id, layer and the parts (offsets), separated unambiguously."""
    key = "\x1f".join([doc_id, layer, *map(str, parts)])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:ID]


def unique(ids: list[str]) -> list[str]:
    """The ids with a repeat (two rows with one span, which a record should not have) numbered ``~2``, ``~3``."""
    seen: dict[str, int] = {}
    out = []
    for row_id in ids:
        seen[row_id] = seen.get(row_id, 0) + 1
        out.append(row_id if seen[row_id] == 1 else f"{row_id[: ID - 3]}~{seen[row_id]:02d}")
    return out


def date_bounds(value) -> tuple[date | None, date | None]:
    """The first and last calendar day of an ISO date value (``2022-08`` -> 1 and 31 August; ``2024-Q3`` -> July to
    September); (None, None) for an unstated year (``XXXX-08-19``) or a day the calendar lacks."""
    found = DATE_VALUE.fullmatch(str(value or ""))
    if not found:
        return None, None
    year, month, day = int(found.group(1)), found.group(2), found.group(3)
    try:
        if month is None:
            return date(year, 1, 1), date(year, 12, 31)
        if month.startswith("Q"):
            last = int(month[1]) * 3
            return date(year, last - 2, 1), date(year, last, calendar.monthrange(year, last)[1])
        if day is None:
            return date(year, int(month), 1), date(year, int(month), calendar.monthrange(year, int(month))[1])
        return date(year, int(month), int(day)), date(year, int(month), int(day))
    except ValueError:
        return None, None


def date_columns(value, value_end) -> dict:
    """``start_date`` from the value, ``end_date`` from the end of ``value_end`` (or of the value)."""
    start, end = date_bounds(value)
    if value_end:
        end = date_bounds(value_end)[1]
    return {"start_date": start, "end_date": end}
