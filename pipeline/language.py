"""Build the Vietnamese press pipeline as a spaCy ``Language``."""

from __future__ import annotations

import time
from collections.abc import Iterable

import spacy
from spacy.language import Language

from .deadline import check_deadline
from .extensions import register_extensions
from .io import MAX_ARTICLE_BYTES
from .pipes.dates import factory as _dates  # noqa: F401  (registers the factory)
from .pipes.entities import factory as _entities  # noqa: F401
from .pipes.lists import factory as _lists  # noqa: F401
from .pipes.normalizer import factory as _normalizer  # noqa: F401
from .pipes.quantities import factory as _quantities  # noqa: F401
from .pipes.roles import factory as _roles  # noqa: F401
from .pipes.sentences import factory as _sentences  # noqa: F401
from .pipes.words import factory as _words  # noqa: F401
from .tokenizer import create_syllable_tokenizer  # noqa: F401  (registers vn.syllables.v1)

register_extensions()  # so that spacy.load() of a saved pipeline finds them once this module is imported

# Stage order matters: the entity rules and the statistical layer propose, dates claim their
# digits outside the rules' spans, the merge writes doc.ents over neither, quantities skip the
# entities, and lists read the quantities to find announced counts.
STAGES: list[tuple[str, str, dict]] = [
    ("normalizer", "vn_normalizer", {}),
    ("sentences", "vn_sentences", {}),
    ("words", "vn_words", {}),
    ("entity_rules", "vn_entity_rules", {}),
    ("entity_model", "vn_entity_model", {}),
    ("dates", "vn_dates", {}),
    ("entities", "vn_entities", {}),
    ("quantities", "vn_quantities", {}),
    ("lists", "vn_lists", {}),
    ("roles", "vn_roles", {}),
]
ENTITY_MODELS = ("model", "crf", "model-only", "crf-only")


def make_nlp(entity_model: str = "model", disable: Iterable[str] = (), exclude: Iterable[str] = ()) -> Language:
    """The Vietnamese press pipeline: the project's tokenizer and stages on a blank spaCy pipeline.

    ``entity_model`` picks the statistical layer under the entity rules: ``"model"`` (the
    project's NER trained on VLSP 2018) or ``"crf"`` (underthesea's 2017 CRF); a ``-only``
    suffix leaves the rule component out, to measure the layer alone. ``disable`` and
    ``exclude`` are stage names, as in ``spacy.load``: disabled stages are built but skipped
    (``nlp.enable_pipe`` turns them on), excluded ones are not built.
    """
    if entity_model not in ENTITY_MODELS:
        raise ValueError(f"entity model must be one of {ENTITY_MODELS}, not {entity_model!r}")
    register_extensions()
    model, _, only = entity_model.partition("-")
    excluded = set(exclude) | ({"entity_rules"} if only else set())
    # "xx" (multi-language), not "vi": spaCy's Vietnamese class needs pyvi, our tokenizer replaces
    # it anyway, and the trained entity model shares this vocab.
    nlp = spacy.blank("xx", config={"nlp": {"tokenizer": {"@tokenizers": "vn.syllables.v1"}}})
    nlp.max_length = MAX_ARTICLE_BYTES  # one limit: any article the input check accepts, the pipeline takes
    for name, factory, config in STAGES:
        if name in excluded:
            continue
        nlp.add_pipe(factory, name=name, config={"model": model} if name == "entity_model" else config)
    for name in disable:
        nlp.disable_pipe(name)
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
        check_deadline()  # the per-article time limit, should its interrupt have been lost (pipeline/deadline.py)
    doc._.timings = {name: round(seconds, 4) for name, seconds in timings.items()}
    return doc
