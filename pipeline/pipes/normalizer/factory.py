"""Register the ``vn_normalizer`` component."""

from spacy.language import Language

from .normalizer import Normalizer


@Language.factory("vn_normalizer")
def create_normalizer(nlp: Language, name: str) -> Normalizer:
    return Normalizer(nlp, name)
