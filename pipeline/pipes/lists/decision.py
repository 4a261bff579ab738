"""A small learned decision over the lists the rules found: keep the list, or drop it.

The rules of ``lists.py`` propose every list they find (step 1-6 of its procedure); this step
describes each by a few numbers (``list_features``: how it was announced, whether its count
agrees with its items, how its items are delimited, how long they are and how they open, how
far they lie from their trigger) and keeps it when a logistic regression trained on
``corpus/gold`` gives it a probability of matching a gold list of at least the threshold.
Weights, the features' names and their scaling live in ``data/list_decision.json``, written by
``scripts/train_list_decision.py`` (article-level cross-validation figures in its ``_doc``).
The record is unchanged in shape: a dropped list is simply not written; a list nested in it
keeps its own place (its parent becomes the dropped list's parent).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

import regex

from ...textnorm import match_key
from .cutting import Item, opens_with_number
from .shapes import word_count

if TYPE_CHECKING:
    from .lists import Article, Found

CUES = ("trigger", "introducer", "markers", "lines", "series")
REASONS = ("count_disagrees", "long_items", "uncounted_gom", "block_introducer", "colon_series")  # why a rule turned a list down
CONJUNCTION = regex.compile(r"(?<!\p{L})(?:và|hoặc|cùng)(?!\p{L})", regex.V1 | regex.IGNORECASE)


def between(text: str, items: list[Item]) -> list[str]:
    """The text between consecutive items (their delimiters)."""
    return [text[a[1] : b[0]] for a, b in zip(items, items[1:])]


def delimiter_kind(gap: str) -> str:
    """The strongest delimiter between two items: ``line``, ``semicolon``, ``sentence``, ``comma``, ``conjunction``."""
    if "\n" in gap:
        return "line"
    if ";" in gap:
        return "semicolon"
    if regex.search(r"[.!?]", gap):
        return "sentence"
    if "," in gap:
        return "comma"
    return "conjunction" if CONJUNCTION.search(gap) else "other"


def list_features(article: Article, record: Found, heads: frozenset[str] = frozenset()) -> dict[str, float]:
    """The numbers the decision reads for one list found (each 0/1 or a small scaled count)."""
    text, items = article.text, record.items
    words = [max(1, word_count(text, item)) for item in items]
    mean_words = sum(words) / len(words)
    spread = math.sqrt(sum((w - mean_words) ** 2 for w in words) / len(words)) / mean_words
    gaps = [delimiter_kind(gap) for gap in between(text, items)]
    first = items[0]
    opening_tags = []
    for start, end in items:
        span = article.doc.char_span(start, end, alignment_mode="expand")
        opening_tags.append(span[0].tag_ if span is not None and len(span) else "")
    trigger = record.trigger
    region_start = trigger[1] if trigger else article.sentence_at(first[0])[0]
    lead = text[region_start : first[0]]
    sentences = {article.sentence_at(s)[0] for s, _ in items}
    paragraphs = {article.paragraph_at(s) for s, _ in items}
    features = {f"cue_{cue}": float(record.cue == cue) for cue in CUES}
    features.update({f"rejected_{reason}": float(record.rejected == reason) for reason in REASONS})
    features["rule_kept"] = float(not record.rejected)
    count = record.count
    features.update({
        "nested": float(record.parent is not None),
        "count_stated": float(count is not None),
        "count_agrees": float(count is not None and count == len(items)),
        "count_above_items": float(count is not None and count > len(items)),
        "count_below_items": float(count is not None and count < len(items)),
        "head_in_vocabulary": float(record.head is not None and match_key(record.head) in heads),
        "items_log": math.log(len(items)),
        "item_words_log": math.log(mean_words),
        "item_words_max_log": math.log(max(words)),
        "item_words_spread": spread,
        "items_capitalised": sum(text[s].isupper() for s, _ in items) / len(items),
        "items_numbered": sum(opens_with_number(text, item) for item in items) / len(items),
        "items_verb": sum(tag.startswith("V") for tag in opening_tags) / len(items),
        "items_noun": sum(tag.startswith("N") for tag in opening_tags) / len(items),
        "items_with_comma": sum("," in text[s:e] for s, e in items) / len(items),
        "delimiter_semicolon": gaps.count("semicolon") / len(gaps),
        "delimiter_comma": (gaps.count("comma") + gaps.count("conjunction")) / len(gaps),
        "delimiter_line": gaps.count("line") / len(gaps),
        "delimiter_sentence": gaps.count("sentence") / len(gaps),
        "colon_before_items": float(":" in text[max(region_start, first[0] - 4) : first[0]]),
        "lead_words_log": math.log1p(len(lead.split())),
        "one_sentence": float(len(sentences) == 1),
        "paragraphs_log": math.log(max(1, len(paragraphs))),
        "opens_sentence": float(article.sentence_at(first[0])[0] == first[0]),
    })
    return features


@dataclass(frozen=True)
class Decision:
    """A logistic regression over ``list_features``: standardised features, weights, a bias, a threshold."""

    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float
    threshold: float

    @classmethod
    def from_data(cls, data: dict) -> Decision:
        return cls(tuple(data["features"]), tuple(data["mean"]), tuple(data["scale"]), tuple(data["weights"]),
                   float(data["bias"]), float(data["threshold"]))

    def probability(self, features: dict[str, float]) -> float:
        """The probability that a list so described matches a gold list."""
        z = self.bias + sum(w * (features.get(name, 0.0) - m) / s
                            for name, m, s, w in zip(self.features, self.mean, self.scale, self.weights))
        return 1.0 / (1.0 + math.exp(-z))

    def keep(self, article: Article, found: list[Found], heads: frozenset[str]) -> list[Found]:
        """The lists the decision keeps; a list nested in a dropped one takes the dropped one's parent."""
        dropped = {id(record) for record in found
                   if self.probability(list_features(article, record, heads)) < self.threshold}
        kept = [record for record in found if id(record) not in dropped]
        for record in kept:
            while record.parent is not None and id(record.parent) in dropped:
                record.parent = record.parent.parent
        return kept


@lru_cache(maxsize=1)
def load_decision() -> Decision:
    return Decision.from_data(json.loads(resources.files("pipeline.data").joinpath("list_decision.json").read_text("utf-8")))
