"""Register the ``vn_words`` component."""

from spacy.language import Language

from .words import WordTagger


@Language.factory("vn_words", default_config={"chunks": True})
def create_word_tagger(nlp: Language, name: str, chunks: bool) -> WordTagger:
    """``chunks``: also run underthesea's chunker (needed only by the CRF entity layer)."""
    return WordTagger(nlp, name, chunks)
