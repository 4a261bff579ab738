"""Register the ``vn_entities`` component."""

from spacy.language import Language

from .entities import EntityRecognizer


@Language.factory("vn_entities", default_config={"model": "model", "rules": True})
def create_entity_recognizer(nlp: Language, name: str, model: str, rules: bool) -> EntityRecognizer:
    """``model``: "model" (trained on VLSP 2018) or "crf" (underthesea); ``rules``: False to measure the model alone."""
    return EntityRecognizer(nlp, name, model, rules)
