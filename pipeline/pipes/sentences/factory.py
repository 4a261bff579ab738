"""Register the ``vn_sentences`` component."""

from spacy.language import Language

from .sentences import SentenceSplitter


@Language.factory("vn_sentences")
def create_sentence_splitter(nlp: Language, name: str) -> SentenceSplitter:
    return SentenceSplitter(nlp, name)
