"""Register the ``vn_entities`` component."""

from spacy.language import Language

from .entities import EntityRecognizer


@Language.factory("vn_entities", default_config={"model": "crf"})
def create_entity_recognizer(nlp: Language, name: str, model: str) -> EntityRecognizer:
    return EntityRecognizer(nlp, name, model)
