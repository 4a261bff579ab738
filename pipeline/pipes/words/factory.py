"""Register the ``vn_words`` component."""

from spacy.language import Language

from .words import WordTagger


@Language.factory("vn_words", assigns=["token._.word_start", "token.tag", "token.pos"], requires=["token.is_sent_start"])
def create_word_tagger(nlp: Language, name: str) -> WordTagger:
    """underthesea's CRF word segmentation and POS tags, on the project's syllable tokens."""
    return WordTagger(nlp, name)
