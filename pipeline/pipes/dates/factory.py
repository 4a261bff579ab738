"""Register the ``vn_dates`` component."""

from spacy.language import Language

from .dates import DateRecognizer


@Language.factory("vn_dates")
def create_date_recognizer(nlp: Language, name: str) -> DateRecognizer:
    return DateRecognizer(nlp, name)
