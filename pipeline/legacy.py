"""Vietnamese text in a legacy 8-bit encoding, found and converted, or refused; never passed through.

Before Unicode, Vietnamese was typed in VNI-Windows (a base letter followed by mark bytes)
or TCVN3/ABC (one byte per letter). Read as Windows-1252 or Latin-1 such text becomes
``Ñaûng boä tænh Laøo Cai`` or ``§¶ng bé tØnh Lµo Cai``, valid UTF-8 once saved, and
every later stage would take it for words. A Latin-1 sign no
Vietnamese word holds (``not_vietnamese`` in ``data/legacy_encodings.json``) inside a
word is the mark of such text. When one table turns every marked word into a Vietnamese syllable and
leaves no mark, the text is converted; when marks abound and no table clears them, the
text is refused; a few marked words among many (``München``, ``François``) are foreign names, kept.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

import regex

from .textnorm import is_vietnamese_word, nfc

# Latin-1 letters outside the Vietnamese alphabet: one left after a conversion means the table was wrong.
FOREIGN_LATIN1 = regex.compile(r"[\u00c0-\u00ff--[ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý×÷]]", regex.V1)
# Legacy text marks a word in two or three; foreign names in Unicode text, a word in hundreds. Below this share of
# marked words the text is Unicode; at or above it, converted when a table is sure, else refused (from 3 words).
MIN_MARKED_SHARE = 0.25
MIN_MARKED_WORDS = 3

@lru_cache(maxsize=1)
def tables() -> dict:
    return json.loads(resources.files("pipeline.data").joinpath("legacy_encodings.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def word_pattern() -> regex.Pattern:
    """A run of letters and the signs of legacy encodings (``§¶ng``, ``tØnh``, ``Ñaûng``)."""
    return regex.compile(rf"[\p{{L}}\p{{M}}{regex.escape(tables()['not_vietnamese'])}]+")


@lru_cache(maxsize=2)
def converter(name: str):
    """A function from text to text applying table ``name`` (longest sequence first)."""
    table = tables()[name]
    pattern = regex.compile("|".join(regex.escape(key) for key in sorted(table, key=len, reverse=True)))
    return lambda text: pattern.sub(lambda m: table[m.group(0)], text)


class LegacyEncodingError(ValueError):
    """Text that looks like a legacy Vietnamese encoding but converts under no table with certainty."""


def marked_words(text: str) -> list[str]:
    """The words holding both a sign no Vietnamese word holds and another letter."""
    signs = set(tables()["not_vietnamese"])
    return [w for w in word_pattern().findall(text) if any(c in signs for c in w) and any(c not in signs for c in w)]


def convert_legacy(text: str) -> tuple[str, str | None]:
    """(text, None) for Unicode text; (converted, "VNI"/"TCVN3") when one table is sure.

    Raise LegacyEncodingError when at least ``MIN_MARKED_WORDS`` words are marked and no
    table turns them all into Vietnamese syllables.
    """
    marked = marked_words(text)
    if not marked or len(marked) < MIN_MARKED_SHARE * len(word_pattern().findall(text)):
        return text, None  # none, or a few foreign names in Vietnamese text (Loïc, Müller, François)
    for name, label in (("vni", "VNI"), ("tcvn3", "TCVN3")):
        convert = converter(name)
        if all(is_vietnamese_word(nfc(convert(word))) for word in marked):
            converted = nfc(convert(text))
            if not marked_words(converted) and not FOREIGN_LATIN1.search(converted):
                return converted, label
    if len(marked) < MIN_MARKED_WORDS:
        return text, None
    examples = ", ".join(repr(w) for w in dict.fromkeys(marked[:3]))
    raise LegacyEncodingError(f"looks like Vietnamese in a legacy encoding ({len(marked)} words such as {examples}), "
                              "but neither VNI nor TCVN3 converts it with certainty; convert it to Unicode first")


def cesu8_text(data: bytes) -> str | None:
    """``data`` decoded as CESU-8 (UTF-8 with each astral character as two encoded surrogates), or None."""
    try:
        halves = data.decode("utf-8", errors="surrogatepass")
        if not regex.search(r"[\ud800-\udfff]", halves):
            return None
        return halves.encode("utf-16-le", errors="surrogatepass").decode("utf-16-le")
    except UnicodeError:
        return None
