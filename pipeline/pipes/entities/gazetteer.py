"""Vietnamese administrative units from ``data/admin_units.json``: linking places, finding provinces.

A place is linked by its name and, when the text gives one, its unit word
(``huyện Mường Khương`` is the district, not the commune of the same name). Codes were
reused in 2025, so every link carries its era; the era is chosen from the article's
publication date when known (before July 2025: the 63-province structure).
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from ...textnorm import match_key

# The type words a unit word in the text may stand for, with the level it names.
UNIT_WORDS = {
    "tỉnh": ("province", {"tỉnh"}),
    "thành phố": (None, {"thành phố"}),
    "tp": (None, {"thành phố"}),
    "huyện": ("district", {"huyện"}),
    "quận": ("district", {"quận"}),
    "thị xã": ("district", {"thị xã"}),
    "tx": ("district", {"thị xã"}),
    "xã": ("commune", {"xã"}),
    "phường": ("commune", {"phường"}),
    "thị trấn": ("commune", {"thị trấn"}),
    "đặc khu": ("commune", {"đặc khu"}),
}
LEVEL_ORDER = {"province": 0, "district": 1, "commune": 2}
REORGANISATION = "2025-07-01"


@lru_cache(maxsize=1)
def load_gazetteer() -> dict:
    """Units indexed by match key of their name."""
    data = json.loads(resources.files("pipeline.data").joinpath("admin_units.json").read_text("utf-8"))
    columns = data["columns"]
    index: dict[str, list[dict]] = {}
    for row in data["units"]:
        unit = dict(zip(columns, row))
        index.setdefault(match_key(unit["name"]), []).append(unit)
    return {"index": index, "old_to_new": data["old_to_new"], "source": data["source"]}


@lru_cache(maxsize=1)
def auto_place_names() -> set[str]:
    """Names that are LOC wherever they stand capitalised: provinces, and districts of two or more syllables."""
    names = set()
    for key, units in load_gazetteer()["index"].items():
        if any(u["level"] == "province" or (u["level"] == "district" and len(key.split()) >= 2) for u in units):
            names.add(key)
    return names


def split_unit_word(text: str) -> tuple[str | None, str]:
    """("huyện", "Mường Khương") from "huyện Mường Khương"; (None, text) without a unit word."""
    key = match_key(text).replace("tp.", "tp ")
    for word in sorted(UNIT_WORDS, key=len, reverse=True):
        if key.startswith(word + " "):
            return word, text.split(None, len(word.split()))[-1].lstrip(". ")
    return None, text


def link_place(text: str, published: str | None = None) -> dict | None:
    """The gazetteer record for a place mention, or None when the name is not a unit."""
    unit_word, name = split_unit_word(text)
    candidates = load_gazetteer()["index"].get(match_key(name), [])
    if unit_word is not None:
        level, types = UNIT_WORDS[unit_word]
        candidates = [c for c in candidates if c["type"] in types and (level is None or c["level"] == level)]
    if not candidates:
        return None
    era = "2025" if published and str(published) >= REORGANISATION else "pre-2025"
    best = min(candidates, key=lambda c: (c["era"] != era, LEVEL_ORDER[c["level"]]))
    record = {k: best[k] for k in ("name", "type", "level", "era", "code", "province")}
    if best["level"] == "province" and best["era"] == "pre-2025":
        record["province_2025"] = load_gazetteer()["old_to_new"]["provinces"].get(best["name"])
    elif best["level"] == "commune" and best["era"] == "pre-2025":
        record["code_2025"] = load_gazetteer()["old_to_new"]["communes"].get(best["code"])
    record["candidates"] = len(candidates)
    return record
