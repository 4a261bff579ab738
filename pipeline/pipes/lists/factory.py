"""Register the ``vn_lists`` component."""

from spacy.language import Language

from .lists import ListRecognizer


@Language.factory("vn_lists")
def create_list_recognizer(nlp: Language, name: str) -> ListRecognizer:
    return ListRecognizer(nlp, name)
