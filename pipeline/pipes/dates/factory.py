"""Register the ``vn_dates`` component."""

from spacy.language import Language

from .dates import DateRecognizer


@Language.factory("vn_dates", assigns=["doc.spans", "span._.value", "span._.value_end", "span._.year_inferred", "span._.lunar"],
                  requires=["token._.is_boilerplate"])
def create_date_recognizer(nlp: Language, name: str) -> DateRecognizer:
    """Dates, months, years, quarters and periods as ISO values, in ``doc.spans["dates"]`` (reads ``doc.spans["entity_rules"]`` when present)."""
    return DateRecognizer(nlp, name)
