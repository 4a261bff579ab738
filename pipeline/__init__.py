"""Vietnamese press articles to structured, checkable records.

``load()`` builds the spaCy pipeline once; ``extract(text, **meta)`` returns the output
record of one article as a dict (see ``pipeline/schema/output.schema.json``).
"""

from __future__ import annotations

__version__ = "0.1.0"

_NLP: dict = {}
DEFAULT_ENTITY_MODEL = "model"


def load(entity_model: str = DEFAULT_ENTITY_MODEL):
    """Return the pipeline as a spaCy ``Language`` (built once per process and entity model).

    ``entity_model`` is "model" (trained on VLSP 2018, the default) or "crf" (underthesea's
    CRF); a "-only" suffix ("model-only", "crf-only") turns the entity rules off, to measure
    the statistical layer alone.
    """
    if entity_model not in _NLP:
        from .language import make_nlp

        model, _, only = entity_model.partition("-")
        _NLP[entity_model] = make_nlp(entity_model=model, entity_rules=only != "only")
    return _NLP[entity_model]


def process(text: str, entity_model: str = DEFAULT_ENTITY_MODEL, **meta):
    """Run the pipeline on one text and return the spaCy ``Doc`` (text normalised to NFC first)."""
    from .language import timed_process
    from .textnorm import nfc

    nlp = load(entity_model)
    doc = nlp.make_doc(nfc(text))
    doc._.meta = meta
    return timed_process(nlp, doc)


def extract(text: str, entity_model: str = DEFAULT_ENTITY_MODEL, **meta) -> dict:
    """Return the output record for one article; ``meta`` may hold doc_id, source_url, published."""
    from .output import doc_to_record

    return doc_to_record(process(text, entity_model=entity_model, **meta))
