"""Register the ``vn_lists`` component."""

from spacy.language import Language

from .lists import ListRecognizer


@Language.factory("vn_lists", assigns=["doc._.lists"], requires=["doc.spans", "token.is_sent_start", "token.norm", "token._.is_boilerplate"])
def create_list_recognizer(nlp: Language, name: str) -> ListRecognizer:
    """Enumerations with trigger, head, announced count and items, in ``doc._.lists``."""
    return ListRecognizer(nlp, name)
