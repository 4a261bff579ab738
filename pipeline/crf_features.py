"""underthesea's CRF feature templates, computed once per sentence instead of once per feature.

underthesea 9.5.0 (``pipeline/*/tagged_feature.py``) re-parses each template string with
a regular expression and rebuilds every column of the sentence for every feature of every
token, which makes tagging quadratic in sentence length. This module produces the same
feature strings (``tests/test_words.py`` checks them against underthesea's own code) from
templates parsed once and columns built once per sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from underthesea.pipeline.pos_tag.tagged_feature import apply_function

TEMPLATE = re.compile(r"T\[(?P<index1>\-?\d+)(\,(?P<index2>\-?\d+))?\](\[(?P<column>.*)\])?(\.(?P<function>.*))?")


@lru_cache(maxsize=None)
def compile_templates(templates: tuple[str, ...]) -> tuple[tuple[str, int, int | None, int, str | None], ...]:
    """(prefix, index1, index2, column, function) for each template string."""
    compiled = []
    for syntax in templates:
        match = TEMPLATE.match(syntax)
        if match is None:
            raise ValueError(f"CRF feature template {syntax!r} is not of the form T[i] or T[i,j].f")
        index2 = match.group("index2")
        compiled.append((f"{syntax}=", int(match.group("index1")), int(index2) if index2 else None,
                         int(match.group("column") or 0), match.group("function")))
    return tuple(compiled)


def sentence_features(sentence: list[tuple], templates) -> list[list[str]]:
    """Feature strings for every token of ``sentence`` (rows of columns), as underthesea builds them.

    A template reads the word ``index1`` tokens away (or the words ``index1..index2`` joined by
    a space) from one column, through an optional function; each template's values are
    computed once for the whole sentence, then read off by position.
    """
    if not sentence:
        return []
    columns = [[row[j] for row in sentence] for j in range(len(sentence[0]))]
    cache: dict[tuple[int, int, str | None], list[str]] = {}
    by_template = [template_features(columns, cache, *template) for template in compile_templates(tuple(templates))]
    return [list(row) for row in zip(*by_template)]


def template_features(columns: list[list[str]], cache: dict, prefix: str, index1: int, index2: int | None, column: int,
                      function: str | None) -> list[str]:
    """One template's feature string at every position: ``BOS``/``EOS`` where the window leaves the sentence."""
    n = len(columns[column])
    width = 1 if index2 is None else index2 - index1 + 1
    values = window_values(columns[column], cache, column, width, function)
    last_offset = index1 + width - 1
    return [prefix + ("BOS" if i + index1 < 0 else "EOS" if i + last_offset >= n else values[i + index1]) for i in range(n)]


def window_values(words: list[str], cache: dict, column: int, width: int, function: str | None) -> list[str]:
    """The value of every ``width``-word window of a column (words joined by a space), by start;
    shared by the templates that read the same windows at other offsets ("T[-1].lower", "T[0].lower")."""
    key = (column, width, function)
    if key not in cache:
        n = len(words)
        joined = words if width == 1 else [" ".join(words[start : start + width]) for start in range(max(0, n - width + 1))]
        cache[key] = joined if function is None else [f"{apply_function(function, word)}" for word in joined]
    return cache[key]


def crf_tags(predictor, rows: list[tuple]) -> list[str]:
    """Tag ``rows`` with one of underthesea's CRF predictors (POS, chunk or NER) through the fast features."""
    if not rows:
        return []
    return predictor.model.tag(sentence_features(rows, predictor.transformer.template))
