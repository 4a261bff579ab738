"""Turn a processed Doc into the output record (``vn-press-gold/1`` plus what users need beyond gold)."""

from __future__ import annotations

import hashlib

from spacy.attrs import IDX, IS_SPACE, LENGTH, TAG
from spacy.tokens import Doc, Span

from . import __version__
from .doctools import doc_text, word_start_of

SCHEMA = "vn-press-gold/1"


def span_record(span: Span) -> dict:
    return {"start": span.start_char, "end": span.end_char, "text": span.text}


def entity_record(span: Span) -> dict:
    record = span_record(span) | {"label": span.label_, "norm": span._.norm, "source": span._.source}
    if span._.place:
        record["place"] = span._.place
    return record


def quantity_record(span: Span) -> dict:
    record = span_record(span) | {"value": span._.value, "unit": span._.unit, "qualifier": span._.qualifier}
    if span._.value_max is not None:
        record["value_max"] = span._.value_max
    return record


def date_record(span: Span) -> dict:
    record = span_record(span) | {"value": span._.value}
    if span._.value_end is not None:
        record["value_end"] = span._.value_end
    if span._.year_inferred:
        record["year_inferred"] = True
    if span._.lunar:
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
            "trigger": span_record(trigger) if trigger is not None else None,
            "head": extent._.list_head,
            "announced_count": count,
            "items": [span_record(item) for item in found],
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
    record = {
        "schema": SCHEMA,
        "doc_id": meta.pop("doc_id", None),
        "text": doc_text(doc),
        "meta": {
            "source_url": meta.pop("source_url", None),
            "published": meta.pop("published", None),
            **meta,
        },
        "entities": [entity_record(s) for s in doc.ents],
        "quantities": [quantity_record(s) for s in doc.spans.get("quantities", [])],
        "dates": [date_record(s) for s in doc.spans.get("dates", [])],
        "lists": list_records(doc),
        "roles": doc._.roles or [],
        "boilerplate": [span_record(s) | {"kind": s.label_} for s in doc.spans.get("boilerplate", [])],
        "sentences": [span_record(s) for s in doc.sents if s.text.strip()],
        "pipeline": {"name": "vn-press-pipeline", "version": __version__, "timings": doc._.timings or {}},
        "text_sha256": text_hash(doc_text(doc)),
    }
    if include_tokens:
        record["tokens"] = token_records(doc)
    return record


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
