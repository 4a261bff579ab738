"""Register the ``vn_normalizer`` component."""

from spacy.language import Language

from .normalizer import Normalizer


@Language.factory("vn_normalizer", assigns=["token.norm", "token._.is_boilerplate", "doc.spans"])
def create_normalizer(nlp: Language, name: str) -> Normalizer:
    """Tone-keyed lowercase norms, and boilerplate (video clocks, repeated captions, related links) marked."""
    return Normalizer(nlp, name)
