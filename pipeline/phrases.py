"""Phrases as token keys: how every stage matches a word list against the Doc's tokens.

A phrase is split the way the tokenizer splits text and keyed the way the normalizer
keys ``token.norm_`` (lowercase, tone mark in one place), so a list written ``Huyện ủy``
matches ``huyện uỷ`` in the text. ``#`` in a phrase stands for any number.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import numpy
from spacy.attrs import LIKE_NUM
from spacy.tokens import Doc, Token

from .doctools import norm_positions
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


class PhraseIndex:
    """Key tuples grouped by their first and by their last key, each group in the list's order, so
    that matching at or before a token tries only the phrases that can match there (a list of
    hundreds of titles costs a dictionary lookup per token, not hundreds of comparisons)."""

    def __init__(self, phrases: Iterable[tuple[str, ...]]):
        self.all = list(phrases)
        self.by_first: dict[str, list[tuple[str, ...]]] = {}
        self.by_last: dict[str, list[tuple[str, ...]]] = {}
        for keys in self.all:
            self.by_first.setdefault(keys[0], []).append(keys)
            self.by_last.setdefault(keys[-1], []).append(keys)

    def __iter__(self) -> Iterator[tuple[str, ...]]:
        return iter(self.all)

    def starting_with(self, key: str) -> list[tuple[str, ...]]:
        return self.by_first.get(key, [])

    def starting_at(self, token: Token) -> list[tuple[str, ...]]:
        """The phrases whose first key can match ``token`` (a number matches ``#``)."""
        return self.candidates(self.by_first, token)

    def ending_at(self, token: Token) -> list[tuple[str, ...]]:
        """The phrases whose last key can match ``token``."""
        return self.candidates(self.by_last, token)

    def start_positions(self, doc: Doc) -> list[int]:
        """The indices, in order, of the tokens ``starting_at`` has phrases for (its norm is a first key,
        or it is a number and a phrase opens with ``#``), from the Doc's arrays: the tokens where a
        scan of the whole Doc for these phrases can match, the others skipped without a Token each."""
        positions = norm_positions(doc, list(self.by_first))
        if NUMBER_SLOT in self.by_first and len(doc):
            numbers = numpy.flatnonzero(doc.to_array(LIKE_NUM)).tolist()
            positions = sorted(set(positions) | set(numbers))
        return positions

    def candidates(self, groups: dict[str, list[tuple[str, ...]]], token: Token) -> list[tuple[str, ...]]:
        found = groups.get(token.norm_, [])
        if NUMBER_SLOT in groups and token.like_num:
            chosen = {id(keys) for keys in found + groups[NUMBER_SLOT]}
            return [keys for keys in self.all if id(keys) in chosen]  # the list's order
        return found


def match_keys_before(doc: Doc, i: int, phrases) -> int | None:
    """Where the first of ``phrases`` (key tuples, or a ``PhraseIndex``) that ends just before token ``i`` begins, or None."""
    if isinstance(phrases, PhraseIndex):
        if i == 0:
            return None
        phrases = phrases.ending_at(doc[i - 1])
    for keys in phrases:
        begin = i - len(keys)
        if begin >= 0 and match_keys(doc, begin, keys) is not None:
            return begin
    return None
