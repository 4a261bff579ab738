"""Rule-based sentence boundaries that keep offsets and never cut a numbered list apart.

A line break always ends a sentence (press text puts one paragraph on a line). Inside a
line, ``.?!…`` end a sentence when white space and a capital letter, digit or opening
quote follow, except after an abbreviation (``TP.``, ``TS.``) or a list marker
(``đó là: 1. Tăng cường ...``), which underthesea's splitter gets wrong.
"""

from __future__ import annotations

from typing import cast

import numpy
from spacy.attrs import IS_SPACE, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token
from thinc.types import Ints2d

from . import patterns

# The hashes of the marks, to compare with a Doc's ORTH array (is_glued_mark, SENTENCE_END).
SENTENCE_END_IDS = frozenset(get_string_id(mark) for mark in patterns.SENTENCE_END)
GLUED_MARK_IDS = frozenset(get_string_id(mark) for mark in (*patterns.CLOSERS, *patterns.SENTENCE_END))


def is_list_marker_dot(doc: Doc, i: int) -> bool:
    """True when doc[i] is the "." of a marker such as "1." or "a." opening a list item."""
    if i == 0 or not (doc[i - 1].like_num or (len(doc[i - 1].text) == 1 and doc[i - 1].is_alpha)):
        return False
    if i == 1:
        return True
    before = doc[i - 2]
    return before.text in patterns.LIST_MARKER_CONTEXT or "\n" in before.text


def opens_sentence(token: Token) -> bool:
    """True when ``token`` can begin a new sentence."""
    first = token.text[0]
    return first.isupper() or first.isdigit() or first in "“\"'‘(-–•+"


class SentenceSplitter:
    """Set ``is_sent_start`` on every token from the rules above."""

    def __init__(self, nlp: Language, name: str = "sentences"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        starts = self.sentence_starts(doc)
        set_sentence_starts(doc, starts)
        return doc

    def sentence_starts(self, doc: Doc) -> set[int]:
        """Return the indices of the tokens that begin a sentence."""
        starts = {0}
        after_break = False
        glued = glued_ends(doc)
        rows = doc.to_array([IS_SPACE, ORTH])  # read once, not through a Token per token
        strings = doc.vocab.strings
        # two flat lists of ints: a list per row would be one tracked object per token for the garbage collector
        for i, (is_space, orth) in enumerate(zip(rows[:, 0].tolist(), rows[:, 1].tolist())):
            if is_space:
                if "\n" in strings[orth]:
                    after_break = True
                continue
            if after_break:
                starts.add(i)
                after_break = False
            if orth in SENTENCE_END_IDS and self.ends_sentence(doc, i, glued):
                starts.add(self.next_start(doc, i, glued))
        starts.discard(len(doc))
        return starts

    def ends_sentence(self, doc: Doc, i: int, glued: list[int]) -> bool:
        """Decide whether the terminal mark at ``i`` closes its sentence (``glued`` from ``glued_ends``)."""
        if doc[i].text == "." and i > 0:
            previous = doc[i - 1]
            if previous.lower_ in patterns.ABBREVIATIONS or is_list_marker_dot(doc, i):
                return False
        j = glued[i]
        if j < len(doc) and not doc[j - 1].whitespace_ and not doc[j].is_space:
            return False  # "TP.HCM", "3.5": no space, no boundary
        k = skip_space(doc, j)
        return k >= len(doc) or opens_sentence(doc[k])

    @staticmethod
    def next_start(doc: Doc, i: int, glued: list[int]) -> int:
        """Index of the first token after the terminal mark at ``i`` and its closers."""
        return skip_space(doc, glued[i])  # white space stays with the sentence it follows


def is_glued_mark(token: Token) -> bool:
    """True for a closer or terminal mark, which stays with the mark written right before it."""
    return token.text in patterns.CLOSERS or token.text in patterns.SENTENCE_END


def glued_ends(doc: Doc) -> list[int]:
    """For each token i, the index after the closers and marks written right after it ("!”", "..."), i + 1 if none.

    Computed once from the right, so that a run of ten thousand dots costs ten thousand
    steps, not a scan of the rest of the run from each of its dots.
    """
    ends = [len(doc)] * len(doc)
    if len(doc) < 2:
        return ends
    rows = doc.to_array([SPACY, ORTH])  # whitespace_ and text (by hash) of every token, read once
    spaces, orths = rows[:, 0].tolist(), rows[:, 1].tolist()
    for i in range(len(doc) - 2, -1, -1):
        glued = not spaces[i] and orths[i + 1] in GLUED_MARK_IDS
        ends[i] = ends[i + 1] if glued else i + 1
    return ends


def skip_space(doc: Doc, j: int) -> int:
    """The first index from ``j`` that is not a white-space token (``len(doc)`` if none)."""
    while j < len(doc) and doc[j].is_space:
        j += 1
    return j


def set_sentence_starts(doc: Doc, starts: set[int]) -> None:
    """Write every token's sentence start in one array.

    Setting ``token.is_sent_start`` one token at a time makes spaCy check the whole Doc for
    a parse on each assignment: quadratic, minutes on a 40,000-token text.
    """
    flags = numpy.array([1 if i in starts else -1 for i in range(len(doc))], dtype="int64")
    doc.from_array([SENT_START], cast(Ints2d, flags.astype("uint64").reshape((len(doc), 1))))  # spaCy reads -1 from its uint64 form
