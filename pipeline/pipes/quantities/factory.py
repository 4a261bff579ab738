"""Register the ``vn_quantities`` component."""

from spacy.language import Language

from .quantities import QuantityRecognizer


@Language.factory("vn_quantities", assigns=["doc.spans", "span._.value", "span._.value_max", "span._.unit", "span._.qualifier"],
                  requires=["doc.ents", "doc.spans", "token.tag", "token._.word_start", "token._.is_boilerplate"])
def create_quantity_recognizer(nlp: Language, name: str) -> QuantityRecognizer:
    """Amounts in digits and words, with value, range, unit and qualifier, in ``doc.spans["quantities"]``."""
    return QuantityRecognizer(nlp, name)
