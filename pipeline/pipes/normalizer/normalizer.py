"""Token norms that ignore tone-mark placement, and boilerplate marking.

The text is never rewritten: ``token.norm_`` carries a lowercased, tone-normalised key
(``hoà`` and ``hòa`` share ``hòa``) for the pattern stages, and lines that are page
furniture (video-player clocks, repeated captions, related-links blocks) become spans in
``doc.spans["boilerplate"]`` whose tokens are flagged so later stages skip them.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, cast

import numpy
import regex
from spacy.attrs import IS_SPACE, NORM, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span
from thinc.types import Ints2d

from ...doctools import doc_text, extension_key, iter_lines
from ...textnorm import tone_key
from . import patterns


@lru_cache(maxsize=1 << 17)
def norm_of(text: str) -> str:
    """The norm of a token's text: its lowercase tone key (remembered: the same syllables recur in every article)."""
    return tone_key(text.lower())


def set_norms(doc: Doc) -> None:
    """Set ``token.norm_`` of every token that is not white space to the tone key of its lowercase
    text, in one array call: each distinct syllable is keyed once, not once per occurrence."""
    if not len(doc):
        return
    strings = doc.vocab.strings
    rows = doc.to_array([ORTH, NORM, IS_SPACE])
    words = rows[:, 2] == 0
    orths, occurrences = numpy.unique(rows[words, 0], return_inverse=True)
    keys = numpy.array([strings.add(norm_of(strings[orth])) for orth in orths.tolist()], dtype="uint64")
    norms = rows[:, 1:2].copy()  # white space keeps its norm
    norms[words, 0] = keys[occurrences]
    doc.from_array([NORM], cast(Ints2d, norms))


def mark_boilerplate(doc: Doc, spans: list[Span]) -> None:
    """Set ``token._.is_boilerplate`` on the tokens of ``spans``, written straight into
    ``doc.user_data`` (where spaCy keeps a token's extension values, keyed by its offset)."""
    user_data: dict[Any, Any] = doc.user_data
    for span in spans:
        for token in span:
            user_data[extension_key("is_boilerplate", token.idx)] = True


class Normalizer:
    """Set tone-normalised token norms and mark boilerplate lines."""

    def __init__(self, nlp: Language, name: str = "normalizer"):
        self.name = name
        self.video_time = regex.compile(patterns.VIDEO_TIME_LINE)
        self.related_header = regex.compile(patterns.RELATED_LINKS_HEADERS)

    def __call__(self, doc: Doc) -> Doc:
        set_norms(doc)
        spans = [span for span in self.boilerplate_spans(doc) if span is not None]
        doc.spans["boilerplate"] = spans
        mark_boilerplate(doc, spans)
        return doc

    def boilerplate_spans(self, doc: Doc):
        """Yield a labelled span for every boilerplate line of the document."""
        lines = [(s, e, line) for s, e, line in iter_lines(doc_text(doc))]
        previous_text, previous_edges = None, (0, 0)
        in_related_block = False
        for start, end, line in lines:
            stripped = line.strip()
            if not stripped:
                in_related_block = False
                continue
            left = start + len(line) - len(line.lstrip())
            right = end - (len(line) - len(line.rstrip()))
            if self.related_header.match(line):
                in_related_block = True
                yield doc.char_span(left, right, label="related_links", alignment_mode="expand")
            elif in_related_block:
                yield doc.char_span(left, right, label="related_links", alignment_mode="expand")
            elif self.video_time.match(line):
                yield doc.char_span(left, right, label="video_time", alignment_mode="expand")
            elif stripped == previous_text and len(stripped.split()) <= patterns.CAPTION_MAX_WORDS:
                # Both copies are the caption; the first was not yet known to be one.
                yield doc.char_span(*previous_edges, label="repeated_caption", alignment_mode="expand")
                yield doc.char_span(left, right, label="repeated_caption", alignment_mode="expand")
            previous_text, previous_edges = stripped, (left, right)
