"""Doc helpers shared by several stages, owned by none.

Stages talk through the Doc; what they share beyond it is here: how a text is cut into
lines, how a sentence is cut into the windows the CRF taggers see, how tagged syllables
group into words, whether a span lies in boilerplate (``token._.is_boilerplate``,
written by the normalizer, from which no stage extracts anything), and how a regular
expression over ``doc.text`` becomes spans.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator
from typing import Any, cast

import numpy
import regex
from spacy.attrs import NORM, ORTH, SENT_START
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

# underthesea's CRF features grow faster than linearly with sentence length, so long
# sentences are tagged in windows cut at these marks, and never longer than MAX_WINDOW.
WINDOW_BREAKS = {";"}
SOFT_BREAKS = {",", ":", "(", ")", "–", "-"}
MAX_WINDOW = 30


def iter_lines(text: str) -> Iterator[tuple[int, int, str]]:
    """Yield (start, end, line) for each line of ``text``, without its newline."""
    start = 0
    for line in text.split("\n"):
        yield start, start + len(line), line
        start += len(line) + 1


def extension_key(name: str, start: int, end: int | None = None) -> tuple[str, str, int, int | None]:
    """The key under which spaCy keeps the value of extension ``name`` in ``doc.user_data``: its
    Underscore's own layout, a token's by its character offset (``end`` None), a span's by its two.
    The one place that layout is written down, for the loops that read or set values without an
    Underscore object per token."""
    return ("._.", name, start, end)


def window_bounds(texts: list[str]) -> list[tuple[int, int]]:
    """(start, end) positions that cut a sentence's syllable texts at ``;`` and, past MAX_WINDOW,
    at the last soft break."""
    bounds: list[tuple[int, int]] = []
    begin, last_soft = 0, -1  # last_soft: the length of the window up to its last soft break
    for i, text in enumerate(texts):
        length = i + 1 - begin
        if text in SOFT_BREAKS:
            last_soft = length
        if text in WINDOW_BREAKS:
            bounds.append((begin, i + 1))
            begin, last_soft = i + 1, -1
        elif length >= MAX_WINDOW:
            cut = last_soft if last_soft > 0 else length
            bounds.append((begin, begin + cut))
            begin, last_soft = begin + cut, -1
    if begin < len(texts):
        bounds.append((begin, len(texts)))
    return bounds


def tagging_windows(tokens: list[Token]) -> list[list[Token]]:
    """Cut a sentence's tokens at ``;`` and, past MAX_WINDOW, at the last soft break."""
    return [tokens[start:end] for start, end in window_bounds([t.text for t in tokens])]


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) token indices of ``doc.sents``, read from one ``doc.to_array`` (a sentence starts
    at token 0 and wherever ``sent_start`` is 1, as spaCy's ``doc.sents`` has it) instead of a Span
    per sentence; spaCy's own iteration (or its error) where a hook replaces it or none are set."""
    if "sents" in doc.user_hooks or not len(doc) or not doc.has_annotation("SENT_START"):
        return [(sentence.start, sentence.end) for sentence in doc.sents]
    starts = [0, *(numpy.flatnonzero(doc.to_array([SENT_START])[1:] == 1) + 1).tolist()]
    return list(zip(starts, [*starts[1:], len(doc)]))


def sentence_windows(sentence: Span) -> list[list[Token]]:
    """The tagging windows of one sentence, space tokens left out."""
    return tagging_windows([t for t in sentence if not t.is_space])


def word_start_of(doc: Doc) -> Callable[[int], Any]:
    """``token._.word_start`` of ``doc``'s tokens by character offset (``token.idx``), read straight
    from ``doc.user_data``, where spaCy keeps a token's extension values: the same value without
    building an ``Underscore`` object per token in the loops that read it for every token."""
    user_data: dict[Any, Any] = doc.user_data
    default = Token.get_extension("word_start")[0]

    def word_start(idx: int) -> Any:
        return user_data.get(extension_key("word_start", idx), default)

    return word_start


def iter_words(tokens: Iterable[Token]) -> list[list[Token]]:
    """Group a run of tagged tokens into words (space tokens are skipped)."""
    return list(stream_words(tokens))


def stream_words(tokens: Iterable[Token]) -> Iterator[list[Token]]:
    """The words of ``iter_words``, one at a time: a walk over a whole Doc that keeps no list of all
    its words (which, for a long article, makes the garbage collector's passes grow with its length)."""
    word: list[Token] | None = None
    word_start = None
    for token in tokens:
        if token.is_space:
            continue
        if word_start is None:
            word_start = word_start_of(token.doc)
        if word is None:
            word = [token]
        elif word_start(token.idx):
            yield word
            word = [token]
        else:
            word.append(token)
    if word is not None:
        yield word


def norm_positions(doc: Doc, norms: Collection[str], attr: int = NORM) -> list[int]:
    """The indices, in order, of the tokens whose ``norm_`` (or the attribute ``attr``: ``ORTH`` for
    ``text``) is one of ``norms``, read from one ``doc.to_array`` (by the strings' hashes, as spaCy's
    Matcher compares them) instead of a Token per token: where a whole-Doc scan can start."""
    if not len(doc) or not norms:
        return []
    keys = numpy.array([get_string_id(norm) for norm in norms], dtype=numpy.uint64)
    return cast(list[int], numpy.flatnonzero(numpy.isin(doc.to_array(attr), keys)).tolist())


def text_positions(doc: Doc, texts: Collection[str]) -> list[int]:
    """The indices, in order, of the tokens whose ``text`` is one of ``texts`` (``norm_positions`` on ``ORTH``)."""
    return norm_positions(doc, texts, ORTH)


def boilerplate_tokens(doc: Doc) -> set[int]:
    """Indices of the Doc's boilerplate tokens: those of the normalizer's ``boilerplate`` spans
    (the tokens it marks ``token._.is_boilerplate``), read from the spans rather than through
    one extension lookup per token."""
    return {i for span in doc.spans.get("boilerplate", []) for i in range(span.start, span.end)}


def in_boilerplate(tokens: Iterable[Token]) -> bool:
    """True when any of ``tokens`` (a Span, a slice) is boilerplate: ``token._.is_boilerplate`` read
    straight from ``doc.user_data`` (keyed by the token's offset), not through an Underscore per token."""
    user_data: dict[Any, Any] | None = None
    default = Token.get_extension("is_boilerplate")[0]
    for token in tokens:
        if user_data is None:
            user_data = cast(dict[Any, Any], token.doc.user_data)
        if user_data.get(extension_key("is_boilerplate", token.idx), default):
            return True
    return False


def doc_text(doc: Doc) -> str:
    """``doc.text`` without rebuilding it: spaCy joins every token on each access (about 20 times
    an article over the stages), so the tokenizer keeps the text in ``doc._.text``; a Doc made
    some other way falls back to ``doc.text``."""
    text = doc._.text
    return doc.text if text is None else text


def regex_spans(doc: Doc, pattern: regex.Pattern, label: str, group: str | int = 0, alignment_mode: str = "strict") -> list[Span]:
    """The spans of ``pattern``'s matches (or of one group of them) over ``doc.text`` that fall on token bounds."""
    spans = []
    for match in pattern.finditer(doc_text(doc)):
        span = doc.char_span(match.start(group), match.end(group), label=label, alignment_mode=alignment_mode)
        if span is not None:
            spans.append(span)
    return spans
