"""Trigger phrases: the SpanRuler patterns that start every rule entity, and their index by token.

The phrases (fixed names, titles and honorifics, unit and type words, named bodies, roads)
are spaCy SpanRuler patterns in ``data/entity_patterns.jsonl``; each pattern's ``id`` says
what kind of completion its match starts (``KINDS``, applied in ``completions.py``).
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from spacy.language import Language
from spacy.pipeline import SpanRuler
from spacy.tokens import Span, SpanGroup

from ...textnorm import tone_key

PATTERNS_KEY = "entity_patterns"  # doc.spans key of the SpanRuler's trigger matches
# The completion each pattern id starts (``completions.COMPLETIONS``); ties of equal length go to the first.
KINDS = {"party_state": "party_state", "title": "title", "fixed": "fixed", "body": "body",
         "name_after": "name_after", "unit": "name_after", "geo": "name_after", "road": "road", "outlet": "outlet",
         "city": "fixed"}  # a foreign city is a fixed place, but names an outlet after a media word ("thời báo Bình Nhưỡng")
KIND_ORDER = list(KINDS)


@lru_cache(maxsize=1)
def load_patterns() -> tuple[dict, ...]:
    """Read the SpanRuler patterns, keying every NORM as the normalizer keys token norms.

    The file writes syllables as they appear in text ("Huyện ủy"); token norms put the tone mark
    in one fixed place ("huyện uỷ"), so the pattern values are keyed the same way here.
    """
    lines = resources.files("pipeline.data").joinpath("entity_patterns.jsonl").read_text("utf-8").splitlines()
    patterns = [json.loads(line) for line in lines if line.strip()]
    for entry in patterns:
        if entry["id"] not in KINDS:
            raise ValueError(f"entity_patterns.jsonl: unknown pattern id {entry['id']!r} in {entry}")
        for token in entry["pattern"]:
            if "NORM" in token:
                token["NORM"] = tone_key(token["NORM"].lower())
    return tuple(patterns)


def pattern_phrases(*ids: str) -> list[tuple[str, ...]]:
    """The norm keys of the plain (one NORM per token) patterns with these ids, longest first."""
    phrases = {tuple(t["NORM"] for t in p["pattern"]) for p in load_patterns()
               if p["id"] in ids and all("NORM" in t for t in p["pattern"])}
    return sorted(phrases, key=len, reverse=True)


def make_pattern_ruler(nlp: Language) -> SpanRuler:
    """A SpanRuler (outside the pipeline) that writes every trigger match to ``doc.spans[PATTERNS_KEY]``."""
    ruler = SpanRuler(nlp, name=PATTERNS_KEY, spans_key=PATTERNS_KEY, annotate_ents=False, overwrite=True, validate=True)
    ruler.add_patterns([dict(p) for p in load_patterns()])
    return ruler


class TriggerIndex:
    """The trigger matches of one Doc by start token, longest first (equal lengths in ``KIND_ORDER``).

    Built once per call of the rule matcher from ``doc.spans[PATTERNS_KEY]`` and passed to
    whatever needs it, so nothing is cached on the Doc.
    """

    def __init__(self, matches: SpanGroup | list[Span]):
        self.by_start: dict[int, list[Span]] = {}
        for span in matches:
            self.by_start.setdefault(span.start, []).append(span)
        for spans in self.by_start.values():
            spans.sort(key=lambda t: (-len(t), KIND_ORDER.index(t.id_)))

    def at(self, i: int) -> list[Span]:
        """The trigger matches starting at token ``i``, longest first."""
        return self.by_start.get(i, [])

    def starts_title(self, i: int) -> bool:
        """True when a title or honorific ("Ông", "Chủ tịch") starts at token ``i``."""
        return any(trigger.id_ == "title" for trigger in self.at(i))

    def starts_trigger(self, i: int) -> bool:
        """True when a trigger other than a title starts at token ``i``."""
        return any(trigger.id_ != "title" for trigger in self.at(i))
