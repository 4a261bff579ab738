"""Register the ``vn_lists`` component."""

from spacy.language import Language

from .lists import ListRecognizer


@Language.factory("vn_lists", assigns=["doc.spans"],
                  requires=["doc.spans", "doc.ents", "token.is_sent_start", "token.norm", "token._.is_boilerplate"])
def create_list_recognizer(nlp: Language, name: str) -> ListRecognizer:
    """Enumerations: ``doc.spans["lists"]``, ``["list_triggers"]`` and ``["list_items"]``, linked by ``_.list_index``."""
    return ListRecognizer(nlp, name)
