"""Vietnamese press articles to structured, checkable records.

``load()`` builds the spaCy pipeline once; ``extract(text, **meta)`` returns the output
record of one article as a dict (see ``pipeline/schema/output.schema.json``).
"""

from __future__ import annotations

__version__ = "0.1.0"

_NLP = None


def load():
    """Return the pipeline as a spaCy ``Language`` (built once per process)."""
    global _NLP
    if _NLP is None:
        from .language import make_nlp

        _NLP = make_nlp()
    return _NLP


def process(text: str, **meta):
    """Run the pipeline on one text and return the spaCy ``Doc`` (text normalised to NFC first)."""
    from .language import timed_process
    from .textnorm import nfc

    nlp = load()
    doc = nlp.make_doc(nfc(text))
    doc._.meta = meta
    return timed_process(nlp, doc)


def extract(text: str, **meta) -> dict:
    """Return the output record for one article; ``meta`` may hold doc_id, source_url, published."""
    from .output import doc_to_record

    return doc_to_record(process(text, **meta))
