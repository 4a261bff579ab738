"""Register the ``vn_lists`` component."""

from spacy.language import Language

from .lists import ListRecognizer


@Language.factory("vn_lists", assigns=["doc.spans"], default_config={"decide": False},
                  requires=["doc.spans", "doc.ents", "token.is_sent_start", "token.norm", "token._.is_boilerplate"])
def create_list_recognizer(nlp: Language, name: str, decide: bool) -> ListRecognizer:
    """Enumerations: ``doc.spans["lists"]``, ``["list_triggers"]`` and ``["list_items"]``, linked by ``_.list_index``;
    ``decide``: the learned decision (``decision.py``) drops the lists it scores below its threshold."""
    return ListRecognizer(nlp, name, decide)
