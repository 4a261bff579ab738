"""Rule candidates: the entities the project's rules and gazetteer propose, before any model is heard.

``RuleMatcher`` (``rules.py``) proposes spans with a precedence class; here overlapping
proposals are settled by that class alone, and the survivors go to
``doc.spans["entity_rules"]``, each span's ``id_`` holding its class (see ``SOURCE_RANK``).
The merge policy weighs them against the statistical layer.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .rules import RuleMatcher

RULES_KEY = "entity_rules"  # doc.spans key of the rule candidates
# Precedence classes of rule spans, strongest first: "byline" and "rule" encode the guidelines;
# "weak_same_label" yields to a longer model span of its label, "weak" and "gazetteer" to any longer one.
SOURCE_RANK = {"byline": 0, "rule": 1, "weak_same_label": 2, "weak": 3, "gazetteer": 4}


def settle_overlaps(proposals: list[tuple[Span, str]]) -> list[Span]:
    """Keep, strongest class first and within a class the longest first (the outermost name,
    guidelines), each proposal that overlaps none already kept; ``id_`` = its class."""
    kept: list[Span] = []
    taken: set[int] = set()
    for span, source in sorted(proposals, key=lambda item: (SOURCE_RANK[item[1]], -len(item[0]))):
        if not any(i in taken for i in range(span.start, span.end)):
            kept.append(Span(span.doc, span.start, span.end, label=span.label_, span_id=source))
            taken.update(range(span.start, span.end))
    return filter_spans(kept)


class RuleCandidates:
    """Write the rules' entity candidates to ``doc.spans["entity_rules"]``."""

    def __init__(self, nlp: Language, name: str = "entity_rules"):
        self.name = name
        self.rules = RuleMatcher(nlp)

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[RULES_KEY] = sorted(settle_overlaps(self.rules(doc)), key=lambda s: s.start)
        return doc
