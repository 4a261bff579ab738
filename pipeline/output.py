"""Turn a processed Doc into the output record (``vn-press-gold/1`` plus what users need beyond gold)."""

from __future__ import annotations

import hashlib
from typing import Any

from spacy.attrs import IDX, IS_SPACE, LENGTH, TAG
from spacy.tokens import Doc, Span

from . import __version__
from .doctools import doc_text, extension_key, sentence_bounds, word_start_of

SCHEMA = "vn-press-gold/1"


def span_record(span: Span, text: str | None = None) -> dict:
    """Offsets and text of ``span``; given the Doc's ``text``, the span's is sliced from it rather
    than rebuilt from its tokens (``span.text`` joins them on every access)."""
    start, end = span.start_char, span.end_char
    return {"start": start, "end": end, "text": span.text if text is None else text[start:end]}


def span_values(span: Span, *names: str) -> tuple:
    """``span._.<name>`` for each of ``names``, read straight from ``doc.user_data`` (where spaCy keys
    a span's extension values by its character offsets) instead of through an Underscore object per
    read; the project's span extensions have plain defaults and no getters."""
    user_data: dict[Any, Any] = span.doc.user_data
    start, end = span.start_char, span.end_char
    return tuple(user_data.get(extension_key(name, start, end), Span.get_extension(name)[0]) for name in names)


def entity_record(span: Span, text: str | None = None) -> dict:
    norm, source, place = span_values(span, "norm", "source", "place")
    record = span_record(span, text) | {"label": span.label_, "norm": norm, "source": source}
    if place:
        record["place"] = place
    return record


def quantity_record(span: Span, text: str | None = None) -> dict:
    value, unit, qualifier, value_max = span_values(span, "value", "unit", "qualifier", "value_max")
    record = span_record(span, text) | {"value": value, "unit": unit, "qualifier": qualifier}
    if value_max is not None:
        record["value_max"] = value_max
    return record


def date_record(span: Span, text: str | None = None) -> dict:
    value, value_end, year_inferred, lunar = span_values(span, "value", "value_end", "year_inferred", "lunar")
    record = span_record(span, text) | {"value": value}
    if value_end is not None:
        record["value_end"] = value_end
    if year_inferred:
        record["year_inferred"] = True
    if lunar:
        record["lunar"] = True
    return record


def list_index(span: Span) -> int:
    """The list a span of the lists' groups belongs to, from its span id (``list-3``): spaCy keys a
    span's ``_`` values by offsets alone, so an item and a nested list's extent over the same text
    would share ``_.list_index``; the id is the span's own."""
    return int(span.id_.removeprefix("list-")) if span.id_.startswith("list-") else span._.list_index


def list_records(doc: Doc) -> list[dict]:
    """One record per span of ``doc.spans["lists"]``: trigger, head, announced count, items in text
    order, and ``parent`` (the index of the list whose item holds it, for a nested list)."""
    text = doc_text(doc)
    triggers = {list_index(span): span for span in doc.spans.get("list_triggers", [])}
    items: dict[int, list[Span]] = {}
    for span in doc.spans.get("list_items", []):
        items.setdefault(list_index(span), []).append(span)
    records = []
    for extent in doc.spans.get("lists", []):
        index = list_index(extent)
        trigger, found = triggers.get(index), items.get(index, [])
        count = extent._.announced_count
        records.append({
            "trigger": span_record(trigger, text) if trigger is not None else None,
            "head": extent._.list_head,
            "announced_count": count,
            "items": [span_record(item, text) for item in found],
            "items_found": len(found),
            "count_agrees": None if count is None else count == len(found),
            "parent": extent._.list_parent,
            "cue": extent.label_,
        })
    return records


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def doc_to_record(doc: Doc, include_tokens: bool = True) -> dict:
    """The output record for one article: gold layers, then sentences, tokens and provenance."""
    meta = dict(doc._.meta or {})
    text = doc_text(doc)
    record = {
        "schema": SCHEMA,
        "doc_id": meta.pop("doc_id", None),
        "text": text,
        "meta": {
            "source_url": meta.pop("source_url", None),
            "published": meta.pop("published", None),
            **meta,
        },
        "entities": [entity_record(s, text) for s in doc.ents],
        "quantities": [quantity_record(s, text) for s in doc.spans.get("quantities", [])],
        "dates": [date_record(s, text) for s in doc.spans.get("dates", [])],
        "lists": list_records(doc),
        "roles": doc._.roles or [],
        "boilerplate": [span_record(s, text) | {"kind": s.label_} for s in doc.spans.get("boilerplate", [])],
        "sentences": sentence_records(doc, text),
        "pipeline": {"name": "vn-press-pipeline", "version": __version__, "timings": doc._.timings or {}},
        "text_sha256": text_hash(text),
    }
    if include_tokens:
        record["tokens"] = token_records(doc)
    return record


def sentence_records(doc: Doc, text: str) -> list[dict]:
    """One record per sentence of ``doc.sents`` that is not only white space, its bounds read from
    arrays (``doctools.sentence_bounds``) instead of a Span and two ``span.text`` joins per sentence."""
    rows = doc.to_array([IDX, LENGTH])
    offsets, lengths = rows[:, 0].tolist(), rows[:, 1].tolist()
    records = []
    for first, stop in sentence_bounds(doc):
        start, end = offsets[first], offsets[stop - 1] + lengths[stop - 1]
        if text[start:end].strip():
            records.append({"start": start, "end": end, "text": text[start:end]})
    return records


def token_records(doc: Doc) -> list[dict]:
    """One record per token that is not white space: offsets, text, underthesea POS tag, word start.

    Read from one ``doc.to_array`` call and the ``word_start`` values in ``doc.user_data``, not
    through a Token and its ``_`` per token: this ran once per token of every article."""
    text = doc_text(doc)
    strings = doc.vocab.strings
    word_start = word_start_of(doc)
    records = []
    for start, length, tag, is_space in doc.to_array([IDX, LENGTH, TAG, IS_SPACE]).tolist():
        if not is_space:
            end = start + length
            records.append({"start": start, "end": end, "text": text[start:end], "pos": strings[tag] or None,
                            "word_start": word_start(start)})
    return records
