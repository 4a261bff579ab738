"""Register the ``vn_words`` component."""

from spacy.language import Language

from .words import WordTagger


@Language.factory("vn_words")
def create_word_tagger(nlp: Language, name: str) -> WordTagger:
    return WordTagger(nlp, name)
