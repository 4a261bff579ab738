"""List vocabulary, read from ``data/lists.json`` and compiled once."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

import regex

from ...grammar import alternation

FLAGS = regex.V1 | regex.MULTILINE


@lru_cache(maxsize=1)
def list_data() -> dict:
    return json.loads(resources.files("pipeline.data").joinpath("lists.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def introducer_pattern() -> regex.Pattern:
    """An introducer phrase (with or without a colon) or a bare colon."""
    data = list_data()
    free = [w for w in data["introducers"] if w not in data["introducers_need_colon"] and not w.endswith(":")]
    needs_colon = data["introducers_need_colon"]
    return regex.compile(
        rf"(?<![\p{{L}}])(?:{alternation(free)}\s*:?|{alternation(needs_colon)}\s*:)|:",
        regex.IGNORECASE | FLAGS,
    )


@lru_cache(maxsize=1)
def inline_marker_pattern() -> regex.Pattern:
    return regex.compile("|".join(f"(?:{p})" for p in list_data()["inline_markers"]), FLAGS)


@lru_cache(maxsize=1)
def word_marker_pattern() -> regex.Pattern:
    """An ordinal marker in words in any case (``một là``, ``thứ hai``), as it opens an item of a comma series."""
    return regex.compile("|".join(f"(?:{p})" for p in list_data()["word_markers"]), FLAGS | regex.IGNORECASE)


@lru_cache(maxsize=1)
def final_marker_pattern() -> regex.Pattern:
    """A word that marks the last item after ordinal markers (``Cuối cùng,``), at a sentence start."""
    return regex.compile(list_data()["final_markers"], FLAGS)


@lru_cache(maxsize=1)
def line_marker_pattern() -> regex.Pattern:
    return regex.compile(list_data()["line_markers"], FLAGS)


@lru_cache(maxsize=1)
def count_connector_pattern() -> regex.Pattern:
    """A connector between a count and its items (``trong đó có``, ``gồm``), with an optional colon."""
    return regex.compile(rf"(?<![\p{{L}}])(?:{alternation(list_data()['count_connectors'])})(?![\p{{L}}])\s*:?",
                         regex.IGNORECASE | FLAGS)


@lru_cache(maxsize=1)
def named_introducer_pattern() -> regex.Pattern:
    """An introducer word followed by a colon (``gồm:``, ``như sau:``): a list cue even with no trigger."""
    return regex.compile(rf"(?<![\p{{L}}])(?:{alternation(list_data()['named_introducers'])})\s*:", regex.IGNORECASE | FLAGS)


@lru_cache(maxsize=1)
def marker_run_pattern() -> regex.Pattern:
    """The first marker of a run (``Thứ nhất``, ``Một là``, ``1.``) at a sentence or line start."""
    return regex.compile(list_data()["marker_run_openers"], FLAGS)


@lru_cache(maxsize=1)
def glued_marker_pattern() -> regex.Pattern:
    """A number and a period right after a word, before a capital (``Ảnh minh họa 3. Kiêng ...``): a marker whose
    line the crawl ran into a caption or a heading; ``cutting.marker_series`` takes one only inside a series."""
    return regex.compile(list_data()["glued_number_marker"], FLAGS)
