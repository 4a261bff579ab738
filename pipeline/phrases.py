"""Phrases as token keys: how every stage matches a word list against the Doc's tokens.

A phrase is split the way the tokenizer splits text and keyed the way the normalizer
keys ``token.norm_`` (lowercase, tone mark in one place), so a list written ``Huyện ủy``
matches ``huyện uỷ`` in the text. ``#`` in a phrase stands for any number.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .textnorm import tone_key
from .tokenizer import TOKEN_PATTERN

NUMBER_SLOT = "#"


def syllable_keys(phrase: str) -> tuple[str, ...]:
    """Split a phrase the way the tokenizer does and key each piece as token norms are keyed."""
    return tuple(tone_key(m.group(0).lower()) for m in TOKEN_PATTERN.finditer(phrase))


def phrase_keys(phrases) -> list[tuple[str, ...]]:
    """Distinct phrases as key tuples, longest first, so the longest match is tried first."""
    return sorted({syllable_keys(p) for p in phrases}, key=len, reverse=True)


def key_matches(token: Token, key: str) -> bool:
    return token.like_num if key == NUMBER_SLOT else token.norm_ == key


def match_keys(doc: Doc, i: int, keys: tuple[str, ...]) -> int | None:
    """The end of ``keys`` matched at token ``i``, or None (space tokens never match)."""
    end = i + len(keys)
    if end > len(doc):
        return None
    for offset, key in enumerate(keys):
        token = doc[i + offset]
        if token.is_space or not key_matches(token, key):
            return None
    return end


def match_keys_before(doc: Doc, i: int, phrases) -> int | None:
    """Where the first of ``phrases`` (key tuples) that ends just before token ``i`` begins, or None."""
    for keys in phrases:
        begin = i - len(keys)
        if begin >= 0 and match_keys(doc, begin, keys) is not None:
            return begin
    return None
