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
    """Feature strings for every token of ``sentence`` (rows of columns), as underthesea builds them."""
    compiled = compile_templates(tuple(templates))
    columns = [[row[j] for row in sentence] for j in range(len(sentence[0]))] if sentence else []
    n = len(sentence)
    features = []
    for i in range(n):
        row_features = []
        for prefix, index1, index2, column, function in compiled:
            if i + index1 < 0:
                row_features.append(prefix + "BOS")
                continue
            if i + index1 >= n or (index2 is not None and i + index2 >= n):
                row_features.append(prefix + "EOS")
                continue
            word = " ".join(columns[column][i + index1 : i + index2 + 1]) if index2 is not None else sentence[i + index1][column]
            row_features.append(f"{prefix}{apply_function(function, word) if function is not None else word}")
        features.append(row_features)
    return features


def crf_tags(predictor, rows: list[tuple]) -> list[str]:
    """Tag ``rows`` with one of underthesea's CRF predictors (POS, chunk or NER) through the fast features."""
    if not rows:
        return []
    return predictor.model.tag(sentence_features(rows, predictor.transformer.template))
