"""Pure text helpers: NFC, tone-mark placement and matching keys.

Vietnamese has two tone-mark conventions (``hoà``/``hòa``, ``thuỷ``/``thủy``). The text
itself is never rewritten beyond NFC; these helpers build *keys* so that matching
(gazetteers, patterns, gold comparison) does not depend on where the mark sits.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import regex

TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
# oa, oe, uy with no final consonant: the old style marks the first vowel (hòa, thủy),
# the new style the second (hoà, thuỷ). We key on the old style, which underthesea and
# most of the press use. "qu" + y is excluded: in "quý" the u belongs to the consonant.
_NUCLEUS_AT_END = regex.compile(r"(?<![qQ])([oO])([aAeE])$|(?<![qQ])([uU])([yY])$")


def nfc(text: str) -> str:
    """Return ``text`` in Unicode NFC, the form every offset in this project refers to."""
    return unicodedata.normalize("NFC", text)


@lru_cache(maxsize=65536)
def move_tone_mark(syllable: str) -> str:
    """Move the tone mark of a final oa/oe/uy nucleus onto its first vowel (``hoà`` -> ``hòa``)."""
    decomposed = unicodedata.normalize("NFD", syllable)
    marks = [ch for ch in decomposed if ch in TONE_MARKS]
    if len(marks) != 1:
        return syllable
    bare = "".join(ch for ch in decomposed if ch not in TONE_MARKS)
    bare_nfc = unicodedata.normalize("NFC", bare)
    match = _NUCLEUS_AT_END.search(bare_nfc)
    if not match:
        return syllable
    first_vowel_index = match.start(1) if match.group(1) else match.start(3)
    marked = bare_nfc[: first_vowel_index + 1] + marks[0] + bare_nfc[first_vowel_index + 1 :]
    return unicodedata.normalize("NFC", marked)


_SYLLABLE = regex.compile(r"[\p{L}\p{M}]+")


def tone_key(text: str) -> str:
    """Return ``text`` NFC with every syllable's tone mark in the old-style place."""
    return _SYLLABLE.sub(lambda m: move_tone_mark(m.group(0)), nfc(text))


def match_key(text: str) -> str:
    """Lowercased, tone-normalised, space-collapsed key for comparing names."""
    return " ".join(tone_key(text).lower().split())


# A Vietnamese syllable: onset, one to three vowels, coda (loose: enough to tell a syllable from "Mỹnchen").
SYLLABLE = regex.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?"
    r"[aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]{1,3}"
    r"(?:ng|nh|ch|[cmnpt])?",
    regex.IGNORECASE,
)


def is_vietnamese_word(word: str) -> bool:
    """True when every syllable-like piece of ``word`` is a Vietnamese syllable."""
    pieces = regex.findall(r"\p{L}+", word)
    return bool(pieces) and all(SYLLABLE.fullmatch(piece) for piece in pieces)
