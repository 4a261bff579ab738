"""Rule-based sentence boundaries that keep offsets and never cut a numbered list apart.

A line break always ends a sentence (press text puts one paragraph on a line). Inside a
line, ``.?!…`` end a sentence when white space and a capital letter, digit or opening
quote follow, except after an abbreviation (``TP.``, ``TS.``) or a list marker
(``đó là: 1. Tăng cường ...``), which underthesea's splitter gets wrong.
"""

from __future__ import annotations

from typing import cast

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Token
from thinc.types import Ints2d

from . import patterns


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
        # One array call: setting token.is_sent_start one token at a time rescans the Doc each time.
        # spaCy reads -1 ("not a start") from its uint64 form.
        flags = numpy.array([1 if i in starts else -1 for i in range(len(doc))], dtype="int64")
        doc.from_array([SENT_START], cast(Ints2d, flags.astype("uint64").reshape((len(doc), 1))))
        return doc

    def sentence_starts(self, doc: Doc) -> set[int]:
        """Return the indices of the tokens that begin a sentence."""
        starts = {0}
        after_break = False
        for token in doc:
            if token.is_space:
                if "\n" in token.text:
                    after_break = True
                continue
            if after_break:
                starts.add(token.i)
                after_break = False
            if token.text in patterns.SENTENCE_END and self.ends_sentence(doc, token.i):
                starts.add(self.next_start(doc, token.i))
        starts.discard(len(doc))
        return starts

    def ends_sentence(self, doc: Doc, i: int) -> bool:
        """Decide whether the terminal mark at ``i`` closes its sentence."""
        if doc[i].text == "." and i > 0:
            previous = doc[i - 1]
            if previous.lower_ in patterns.ABBREVIATIONS or is_list_marker_dot(doc, i):
                return False
        j = i + 1
        while j < len(doc) and (doc[j].text in patterns.CLOSERS or doc[j].text in patterns.SENTENCE_END):
            if doc[j - 1].whitespace_:
                break
            j += 1
        if j < len(doc) and not doc[j - 1].whitespace_ and not doc[j].is_space:
            return False  # "TP.HCM", "3.5": no space, no boundary
        k = j
        while k < len(doc) and doc[k].is_space:
            k += 1
        return k >= len(doc) or opens_sentence(doc[k])

    @staticmethod
    def next_start(doc: Doc, i: int) -> int:
        """Index of the first token after the terminal mark at ``i`` and its closers."""
        j = i + 1
        while j < len(doc) and (doc[j].text in patterns.CLOSERS or doc[j].text in patterns.SENTENCE_END) and not doc[j - 1].whitespace_:
            j += 1
        while j < len(doc) and doc[j].is_space:
            j += 1  # white space stays with the sentence it follows
        return j
