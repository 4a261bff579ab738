"""Every custom attribute the stages read and write, registered in one place.

Stages talk through the Doc: each attribute here is written by exactly one stage
(named in the comment) and read by the later ones and by ``output``. Values are plain
JSON-like data so that ``nlp.pipe(n_process=N)`` can send documents between processes.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span, Token

TOKEN_EXTENSIONS: dict[str, Any] = {
    "is_boilerplate": False,  # normalizer: inside a video-player time, repeated caption, credit...
    "word_start": False,  # words: first syllable of a segmented word
}

SPAN_EXTENSIONS: dict[str, Any] = {
    "source": None,  # entities (the merge): "model", "crf", "rule", "gazetteer", "discourse" or "corpus_names"
    "norm": None,  # entities: normalised form of the name
    "place": None,  # entities: gazetteer record (level, era, code) when linked
    "value": None,  # quantities and dates: number, or ISO date string
    "value_max": None,  # quantities: high end of a range
    "value_end": None,  # dates: end of a period or shared-month pair
    "unit": None,  # quantities: what the number counts
    "qualifier": None,  # quantities: exact, gt, gte, lt, lte, approx
    "year_inferred": False,  # dates: year filled from meta.published
    "lunar": False,  # dates: lunar calendar month
    "list_index": None,  # lists: which span of doc.spans["lists"] a list, trigger or item belongs to
    "list_head": None,  # lists: the head noun of the list's trigger
    "announced_count": None,  # lists: the number of items the article says there are
    "list_parent": None,  # lists: the list_index of the list whose item holds this one
}

DOC_EXTENSIONS: dict[str, Any] = {
    "text": None,  # tokenizer: the text the Doc was made from (= doc.text, which spaCy rebuilds on every access)
    "meta": None,  # caller: doc_id, source_url, published, title...
    "roles": None,  # roles: [{"person": {start, end, text}, "role": {...}, "org": {...} | None, "status"}]
    "timings": None,  # language: seconds spent in each stage
}


def starts_upper(token: Token) -> bool:
    """True for a syllable written with a capital first letter (part of a proper name)."""
    return token.text[:1].isupper()


TOKEN_GETTERS = {"is_cap": starts_upper}


def register_extensions() -> None:
    """Register the project's extension attributes (idempotent)."""
    for name, getter in TOKEN_GETTERS.items():
        if not Token.has_extension(name):
            Token.set_extension(name, getter=getter)
    for name, default in TOKEN_EXTENSIONS.items():
        if not Token.has_extension(name):
            Token.set_extension(name, default=default)
    for name, default in SPAN_EXTENSIONS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
