"""Vietnamese press articles to structured, checkable records.

``load()`` builds the spaCy pipeline once; ``extract(text, **meta)`` returns the output
record of one article as a dict (see ``pipeline/schema/output.schema.json``).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

__version__ = "0.1.0"

DEFAULT_ENTITY_MODEL = "model"


@lru_cache(maxsize=None)
def _build(entity_model: str, disable: tuple[str, ...], exclude: tuple[str, ...]):
    from .language import make_nlp

    return make_nlp(entity_model=entity_model, disable=disable, exclude=exclude)


def load(entity_model: str = DEFAULT_ENTITY_MODEL, disable: Iterable[str] = (), exclude: Iterable[str] = ()):
    """Return the pipeline as a spaCy ``Language`` (built once per process and set of options).

    ``entity_model`` is "model" (trained on VLSP 2018, the default) or "crf" (underthesea's
    CRF); a "-only" suffix ("model-only", "crf-only") leaves the entity rule component out,
    to measure the statistical layer alone. ``disable``/``exclude`` take stage names as
    ``spacy.load`` does (``pipeline.load(exclude=["lists"])``).
    """
    return _build(entity_model, tuple(disable), tuple(exclude))


def process(text: str, entity_model: str = DEFAULT_ENTITY_MODEL, **meta):
    """Run the pipeline on one text and return the spaCy ``Doc`` (text normalised to NFC first)."""
    from .language import timed_process
    from .textnorm import nfc

    nlp = load(entity_model)
    doc = nlp.make_doc(nfc(text))
    doc._.meta = meta
    return timed_process(nlp, doc)


def warm_up(entity_model: str = DEFAULT_ENTITY_MODEL) -> None:
    """Build the pipeline and load every model it loads lazily (segmenter, tagger, entity layer) by
    running it on one sentence: worker processes forked afterwards share them instead of each
    loading its own."""
    extract("Ông Nguyễn Văn An làm việc tại Hà Nội.", entity_model=entity_model)


def extract(text: str, entity_model: str = DEFAULT_ENTITY_MODEL, **meta) -> dict:
    """Return the output record for one article; ``meta`` may hold doc_id, source_url, published."""
    from .output import doc_to_record

    return doc_to_record(process(text, entity_model=entity_model, **meta))
