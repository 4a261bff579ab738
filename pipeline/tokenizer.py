"""Syllable tokenizer: one token per syllable, number or punctuation mark.

Vietnamese writes one syllable per space-separated unit, so syllables are the finest unit
that every gold span can start or end on. Word segmentation is carried as token attributes
by the ``words`` stage instead of merging tokens, so no annotation edge is ever lost
inside a multi-syllable token. ``doc.text`` is the text given, character for character.
"""

from __future__ import annotations

import regex
from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

# A number keeps its inner separators (66.000, 5,3, 1.500.000); letters and combining
# marks form syllables; any other visible character stands alone.
TOKEN_PATTERN = regex.compile(r"\d+(?:[.,]\d+)*|[\p{L}\p{M}]+|\S", regex.V1)


class SyllableTokenizer:
    """Split text into syllables, numbers and single punctuation marks; keep all white space."""

    def __init__(self, vocab: Vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words: list[str] = []
        spaces: list[bool] = []
        position = 0
        for match in TOKEN_PATTERN.finditer(text):
            start, end = match.span()
            if start != position:
                if start == position + 1 and words and not spaces[-1] and text[position] == " ":
                    spaces[-1] = True  # the usual gap, one space after a token, without the general case's call
                else:
                    self._add_gap(text[position:start], words, spaces)
            words.append(text[start:end])
            spaces.append(False)
            position = end
        self._add_gap(text[position:], words, spaces)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        doc._.text = text  # a Doc's text never changes; read through doctools.doc_text
        return doc

    @staticmethod
    def _add_gap(gap: str, words: list[str], spaces: list[bool]) -> None:
        """Record the white space between two tokens as spaCy does: one trailing space, or a space token."""
        if not gap:
            return
        if words and not spaces[-1] and gap[0] == " ":
            spaces[-1] = True
            gap = gap[1:]
        if gap:
            words.append(gap)
            spaces.append(False)

    # spaCy calls these when saving and loading a pipeline; the tokenizer has no state.
    def to_bytes(self, **kwargs) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs) -> "SyllableTokenizer":
        return self

    def to_disk(self, path, **kwargs) -> None:
        return None

    def from_disk(self, path, **kwargs) -> "SyllableTokenizer":
        return self


@registry.tokenizers("vn.syllables.v1")
def create_syllable_tokenizer():
    """The tokenizer as a registered function, so a saved pipeline's config can name it."""

    def make_tokenizer(nlp) -> SyllableTokenizer:
        return SyllableTokenizer(nlp.vocab)

    return make_tokenizer
