"""Register the ``vn_sentences`` component."""

from spacy.language import Language

from .sentences import SentenceSplitter


@Language.factory("vn_sentences", assigns=["token.is_sent_start"], requires=["token.norm"])
def create_sentence_splitter(nlp: Language, name: str) -> SentenceSplitter:
    """Sentence starts at line breaks and at ``.?!…`` before a capital, abbreviations and list markers excepted."""
    return SentenceSplitter(nlp, name)
