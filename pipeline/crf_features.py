"""underthesea's CRF feature templates, computed once per sentence instead of once per feature.

underthesea 9.5.0 (``pipeline/*/tagged_feature.py``) re-parses each template string with
a regular expression and rebuilds every column of the sentence for every feature of every
token, which makes tagging quadratic in sentence length. This module produces the same
feature strings (``tests/test_words.py`` checks them against underthesea's own code) from
templates parsed once and columns built once per sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache, partial
from typing import NamedTuple

from underthesea.pipeline.pos_tag import tagged_feature
from underthesea.pipeline.pos_tag.tagged_feature import apply_function

# The functions underthesea's apply_function dispatches to, by the names templates use.
FEATURE_FUNCTIONS: dict[str, Callable[[str], object]] = {
    "lower": tagged_feature.text_lower,
    "istitle": tagged_feature.text_istitle,
    "isallcap": tagged_feature.text_isallcap,
    "isdigit": tagged_feature.text_isdigit,
    "is_in_dict": tagged_feature.text_is_in_dict,
}
TEMPLATE = re.compile(r"T\[(?P<index1>\-?\d+)(\,(?P<index2>\-?\d+))?\](\[(?P<column>.*)\])?(\.(?P<function>.*))?")


class Template(NamedTuple):
    """One parsed feature template: the word ``first`` tokens away, or ``width`` words from there
    joined by a space, read from ``column`` through ``function``, written after ``prefix``."""

    prefix: str
    first: int
    width: int
    column: int
    function: str | None


@lru_cache(maxsize=None)
def compile_templates(templates: tuple[str, ...]) -> tuple[Template, ...]:
    """The parsed form of each template string."""
    compiled = []
    for syntax in templates:
        match = TEMPLATE.match(syntax)
        if match is None:
            raise ValueError(f"CRF feature template {syntax!r} is not of the form T[i] or T[i,j].f")
        index1, index2 = int(match.group("index1")), match.group("index2")
        width = 1 if index2 is None else int(index2) - index1 + 1
        compiled.append(Template(f"{syntax}=", index1, width, int(match.group("column") or 0), match.group("function")))
    return tuple(compiled)


def sentence_features(sentence: list[tuple], templates, functions: dict[str, Callable[[str], object]] | None = None) -> list[list[str]]:
    """Feature strings for every token of ``sentence`` (rows of columns), as underthesea builds them.

    A template reads the word ``index1`` tokens away (or the words ``index1..index2`` joined by
    a space) from one column, through an optional function; each template's values are
    computed once for the whole sentence, then read off by position.
    """
    return list(map(list, feature_rows(sentence, templates, functions)))


def feature_rows(sentence: list[tuple], templates, functions: dict[str, Callable[[str], object]] | None = None) -> list[tuple[str, ...]]:
    """The rows of ``sentence_features`` as tuples (the compiled CRFs take them as they take lists).

    Each (column, width, function) window's values are laid out once for every window start from
    ``-left`` to ``n + right`` (``BOS`` where the window starts before the sentence, else ``EOS``
    where it ends past it, as underthesea writes them), so each template's strings are
    one pass over a slice of them."""
    if not sentence:
        return []
    compiled = compile_templates(tuple(templates))
    n = len(sentence)
    left = max(0, -min(template.first for template in compiled))
    right = max(0, max(template.first for template in compiled))
    columns = [list(column) for column in zip(*sentence)]
    cache: dict[tuple[int, int, str | None], list[str]] = {}
    padded: dict[tuple[int, int, str | None], list[str]] = {}
    by_template = []
    for prefix, offset, width, column, function in compiled:
        key = (column, width, function)
        if key not in padded:
            values = window_values(columns[column], cache, column, width, function, functions)
            padded[key] = ["BOS"] * left + values + ["EOS"] * (n + right - len(values))
        by_template.append([prefix + value for value in padded[key][left + offset : left + offset + n]])
    return list(zip(*by_template))


def window_values(words: list[str], cache: dict, column: int, width: int, function: str | None,
                  functions: dict[str, Callable[[str], object]] | None = None) -> list[str]:
    """The value of every ``width``-word window of a column (words joined by a space), by start;
    shared by the templates that read the same windows at other offsets ("T[-1].lower", "T[0].lower")."""
    key = (column, width, function)
    if key not in cache:
        n = len(words)
        joined = words if width == 1 else [" ".join(words[start : start + width]) for start in range(max(0, n - width + 1))]
        if function is None:
            cache[key] = joined
        else:
            apply = feature_function(function) if functions is None else functions[function]
            cache[key] = [str(value) for value in map(apply, joined)]
    return cache[key]


def feature_function(name: str) -> Callable[[str], object]:
    """underthesea's feature function ``name`` itself (``lower``, ``istitle``...), looked up once per
    column: its ``apply_function`` builds a dictionary of them for every word it is called on."""
    return FEATURE_FUNCTIONS.get(name) or partial(apply_function, name)


def crf_tags(predictor, rows: list[tuple]) -> list[str]:
    """Tag ``rows`` with one of underthesea's CRF predictors (POS, chunk or NER) through the fast features."""
    if not rows:
        return []
    return predictor.model.tag(feature_rows(rows, predictor.transformer.template))


# What underthesea_core's compiled CRFFeaturizer (the segmenter's, 3.3.2) computes for each
# function: ``lower`` by Unicode lowercase, ``isdigit`` when the text parses as a 32-bit integer,
# ``istitle`` when no space-separated part's first character changes in uppercase,
# ``is_in_dict`` when the lowercase text is in the model's dictionary.
I32 = re.compile(r"[+-]?[0-9]+")
DIGIT_STARTS = frozenset("+-0123456789")  # the first character of any text I32 matches


def native_isdigit(text: str) -> bool:
    return I32.fullmatch(text) is not None and -(2**31) <= int(text) < 2**31


def native_istitle(text: str) -> bool:
    if " " not in text:  # one syllable, most windows
        first = text[:1]
        return first.upper() == first
    return all(part[:1].upper() == part[:1] for part in text.split(" "))


def native_functions(dictionary: set[str]) -> dict[str, Callable[[str], object]]:
    """The compiled featurizer's functions, as ``sentence_features`` applies them."""
    return {"lower": str.lower, "isdigit": native_isdigit, "istitle": native_istitle,
            "is_in_dict": partial(native_is_in_dict, dictionary)}


def native_is_in_dict(dictionary: set[str], text: str) -> bool:
    return text.lower() in dictionary


def segment_tags(segmenter, texts: list[str]) -> list[str]:
    """``FastCRFSequenceTagger.predict`` on one window's syllables: the same features as its compiled
    featurizer writes, built once per template as for the POS tagger (its featurizer rebuilds each
    window's strings token by token and copies the window in and out of Rust), then its CRF."""
    if not texts:
        return segmenter.predict([])
    return segmenter.estimator.tag(segment_features(texts, segmenter.features, segmenter.dictionary))


def segment_features(texts: list[str], templates, dictionary: set[str]) -> list[tuple[str, ...]]:
    """The rows of ``sentence_features`` over one column of syllables with ``native_functions(dictionary)``
    (a tuple per syllable, which the compiled CRF takes as it takes a list).

    Each (width, function) pair's values are computed once, for every window start from ``-left`` to
    ``n + right`` (``BOS`` where the window starts before the sentence, else ``EOS`` where it ends
    past it, as underthesea writes them), so a template's strings are one pass over a
    slice; each function's values come from the cheapest exact source: ``is_in_dict`` from the
    window's ``lower`` values (the text it lowercases), a window's ``istitle`` from its syllables'
    (a syllable holds no space, so ``native_istitle`` of the joined text is every syllable's), and
    a true or false feature is one of its prefix's four strings, not written out per syllable."""
    if not texts:
        return []
    compiled = compile_templates(tuple(templates))
    n = len(texts)
    left = max(0, -min(template.first for template in compiled))
    right = max(0, max(template.first for template in compiled))
    values: dict[tuple[int, str | None], list] = {}  # by window start, from -left; see padded()

    def inside(width: int, function: str | None) -> list:
        """The function's value for each window that lies inside the sentence, by start."""
        if function is None:
            return texts if width == 1 else [" ".join(texts[start : start + width]) for start in range(max(0, n - width + 1))]
        if function == "lower":
            return [text.lower() for text in padded(width, None)[left : left + max(0, n - width + 1)]]
        if function == "is_in_dict":
            return [text in dictionary for text in padded(width, "lower")[left : left + max(0, n - width + 1)]]
        if function == "istitle":
            if width == 1:
                return [text[:1].upper() == text[:1] for text in texts]
            single = padded(1, "istitle")[left : left + n]
            return [all(syllables) for syllables in zip(*(single[k:] for k in range(width)))]
        if function == "isdigit":
            return [text[:1] in DIGIT_STARTS and native_isdigit(text) for text in padded(width, None)[left : left + max(0, n - width + 1)]]
        raise ValueError(f"no native CRF feature function {function!r}")

    def padded(width: int, function: str | None) -> list:
        key = (width, function)
        if key not in values:
            found = inside(width, function)
            bos, eos = ("BOS", "EOS") if function in (None, "lower") else (2, 3)  # 2, 3: indices into a prefix's strings
            values[key] = [bos] * left + found + [eos] * (n + right - len(found))
        return values[key]

    by_template = []
    for prefix, offset, width, column, function in compiled:
        if column != 0:
            raise ValueError("the segmenter's features read one column")
        window = padded(width, function)[left + offset : left + offset + n]
        if function in (None, "lower"):
            by_template.append([prefix + value for value in window])
        else:
            strings = [prefix + "False", prefix + "True", prefix + "BOS", prefix + "EOS"]
            by_template.append([strings[value] for value in window])
    return list(zip(*by_template))


def segmenter_functions(segmenter) -> dict[str, Callable[[str], object]]:
    functions = getattr(segmenter, "_native_functions", None)
    if functions is None:
        functions = segmenter._native_functions = native_functions(segmenter.dictionary)
    return functions
