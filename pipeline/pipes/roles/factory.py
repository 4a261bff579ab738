"""Register the ``vn_roles`` component."""

from spacy.language import Language

from .roles import RoleRecognizer


@Language.factory("vn_roles", assigns=["doc._.roles"], requires=["doc.ents", "span._.place", "token.is_sent_start", "token.norm"])
def create_role_recognizer(nlp: Language, name: str) -> RoleRecognizer:
    """Person - post - body records (guidelines, Roles), in ``doc._.roles``."""
    return RoleRecognizer(nlp, name)
