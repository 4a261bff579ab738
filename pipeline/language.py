"""Build the Vietnamese press pipeline as a spaCy ``Language``."""

from __future__ import annotations

import time

import spacy
from spacy.language import Language

from .extensions import register_extensions
from .pipes.dates import factory as _dates  # noqa: F401  (registers the factory)
from .pipes.entities import factory as _entities  # noqa: F401
from .pipes.lists import factory as _lists  # noqa: F401
from .pipes.normalizer import factory as _normalizer  # noqa: F401
from .pipes.quantities import factory as _quantities  # noqa: F401
from .pipes.sentences import factory as _sentences  # noqa: F401
from .pipes.words import factory as _words  # noqa: F401
from .tokenizer import SyllableTokenizer

# Stage order matters: dates claim their digits before quantities look at numbers, and
# lists read the quantities to find announced counts.
STAGES = [
    ("normalizer", "vn_normalizer"),
    ("sentences", "vn_sentences"),
    ("words", "vn_words"),
    ("entities", "vn_entities"),
    ("dates", "vn_dates"),
    ("quantities", "vn_quantities"),
    ("lists", "vn_lists"),
]


def make_nlp(disable: list[str] | None = None, entity_model: str = "model", entity_rules: bool = True) -> Language:
    """Return the Vietnamese press pipeline: the project's tokenizer and stages on a blank spaCy pipeline.

    ``entity_model`` picks the statistical layer under the entity rules: ``"model"`` (the
    project's NER trained on VLSP 2018) or ``"crf"`` (underthesea's 2017 CRF).
    """
    register_extensions()
    # "xx" (multi-language), not "vi": spaCy's Vietnamese class needs pyvi, our tokenizer replaces
    # it anyway, and the trained entity model shares this vocab.
    nlp = spacy.blank("xx")
    nlp.tokenizer = SyllableTokenizer(nlp.vocab)
    for name, factory in STAGES:
        if disable and name in disable:
            continue
        config = {"model": entity_model, "rules": entity_rules} if name == "entities" else {}
        if name == "words":
            config = {"chunks": entity_model == "crf"}
        nlp.add_pipe(factory, name=name, config=config)
    return nlp


def timed_process(nlp: Language, doc_or_text):
    """Run ``nlp`` on one text, recording the seconds spent per stage in ``doc._.timings``."""
    started = time.perf_counter()
    doc = nlp.make_doc(doc_or_text) if isinstance(doc_or_text, str) else doc_or_text
    timings = {"tokenizer": time.perf_counter() - started}
    for name, component in nlp.pipeline:
        stage_start = time.perf_counter()
        doc = component(doc)
        timings[name] = time.perf_counter() - stage_start
    doc._.timings = {name: round(seconds, 4) for name, seconds in timings.items()}
    return doc
