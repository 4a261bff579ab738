"""Register the ``vn_quantities`` component."""

from spacy.language import Language

from .quantities import QuantityRecognizer


@Language.factory("vn_quantities")
def create_quantity_recognizer(nlp: Language, name: str) -> QuantityRecognizer:
    return QuantityRecognizer(nlp, name)
