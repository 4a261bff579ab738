"""Score output records against gold records (guidelines, "Scoring").

Every figure is computed per article and micro-averaged over the corpus from the same
true-positive / false-positive / false-negative counts. Matching is one-to-one: each gold
annotation can be matched by at most one prediction, so duplicate predictions count as
false alarms.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from ..textnorm import match_key

LAYERS = ("entities", "quantities", "dates", "lists", "roles")
LABELS = ("PER", "LOC", "ORG", "MISC")


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __iadd__(self, other: "Counts") -> "Counts":
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        return self

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None and r is None:
            return None
        p, r = p or 0.0, r or 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": self.precision, "recall": self.recall, "f1": self.f1}


@dataclass
class Ratio:
    right: int = 0
    total: int = 0

    def __iadd__(self, other: "Ratio") -> "Ratio":
        self.right += other.right
        self.total += other.total
        return self

    @property
    def value(self) -> float | None:
        return self.right / self.total if self.total else None

    def as_dict(self) -> dict:
        return {"right": self.right, "total": self.total, "accuracy": self.value}


def overlaps(a: dict, b: dict) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def overlap_length(a: dict, b: dict) -> int:
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def match_one_to_one(gold: list[dict], pred: list[dict], same) -> tuple[Counts, list[tuple[dict, dict]]]:
    """Greedily pair each prediction with the first unused gold item ``same`` accepts."""
    used: set[int] = set()
    pairs = []
    for p in pred:
        for index, g in enumerate(gold):
            if index not in used and same(g, p):
                used.add(index)
                pairs.append((g, p))
                break
    return Counts(tp=len(pairs), fp=len(pred) - len(pairs), fn=len(gold) - len(pairs)), pairs


def values_equal(a, b) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=0.0)


def date_values_equal(gold: str, pred: str) -> bool:
    """ISO values equal, an ``XXXX`` year in gold matching any year."""
    gold, pred = str(gold), str(pred)
    if len(gold) != len(pred):
        return False
    return all(g == p or g == "X" for g, p in zip(gold, pred))


def unit_key(unit) -> str | None:
    return " ".join(str(unit).lower().split()) if unit is not None else None


@dataclass
class Score:
    """All counts for one article or for the whole corpus."""

    entities_strict: Counts = field(default_factory=Counts)
    entities_partial: Counts = field(default_factory=Counts)
    entities_document: Counts = field(default_factory=Counts)
    entities_by_label: dict = field(default_factory=lambda: {label: Counts() for label in LABELS})
    quantities: Counts = field(default_factory=Counts)
    quantity_unit: Ratio = field(default_factory=Ratio)
    quantity_qualifier: Ratio = field(default_factory=Ratio)
    quantity_value: Ratio = field(default_factory=Ratio)
    quantity_off_by_power_of_ten: int = 0
    dates: Counts = field(default_factory=Counts)
    lists_found: Counts = field(default_factory=Counts)
    list_items: Counts = field(default_factory=Counts)
    announced_count: Ratio = field(default_factory=Ratio)
    roles: Counts = field(default_factory=Counts)
    roles_person: Counts = field(default_factory=Counts)
    role_status: Ratio = field(default_factory=Ratio)
    layers: set = field(default_factory=set)

    def __iadd__(self, other: "Score") -> "Score":
        for name in ("entities_strict", "entities_partial", "entities_document", "quantities", "quantity_unit",
                     "quantity_qualifier", "quantity_value", "dates", "lists_found", "list_items", "announced_count",
                     "roles", "roles_person", "role_status"):
            current = getattr(self, name)
            current += getattr(other, name)
        for label in LABELS:
            self.entities_by_label[label] += other.entities_by_label[label]
        self.quantity_off_by_power_of_ten += other.quantity_off_by_power_of_ten
        self.layers |= other.layers
        return self

    def as_dict(self) -> dict:
        result: dict[str, Any] = {}
        if "entities" in self.layers:
            result["entities"] = {
                "strict": self.entities_strict.as_dict(),
                "partial": self.entities_partial.as_dict(),
                "document": self.entities_document.as_dict(),
                "by_label": {label: counts.as_dict() for label, counts in self.entities_by_label.items()},
            }
        if "quantities" in self.layers:
            result["quantities"] = self.quantities.as_dict() | {
                "unit_accuracy": self.quantity_unit.value, "qualifier_accuracy": self.quantity_qualifier.value,
                "value_accuracy": self.quantity_value.value, "values_read": self.quantity_value.total,
                "off_by_power_of_ten": self.quantity_off_by_power_of_ten,
            }
        if "dates" in self.layers:
            result["dates"] = self.dates.as_dict()
        if "lists" in self.layers:
            result["lists"] = {
                "found": self.lists_found.as_dict(), "items": self.list_items.as_dict(),
                "announced_count_accuracy": self.announced_count.value,
            }
        if "roles" in self.layers:
            result["roles"] = self.roles.as_dict() | {
                "person_role": self.roles_person.as_dict(), "status_accuracy": self.role_status.value,
            }
        return result


def gold_layers(gold: dict) -> set[str]:
    """The layers a gold file annotates: ``meta.layers`` when given, else all; roles only where the file has them."""
    layers = set((gold.get("meta") or {}).get("layers") or LAYERS)
    return layers if "roles" in gold else layers - {"roles"}


def score_entities(score: Score, gold: list[dict], pred: list[dict]) -> None:
    score.entities_strict, _ = match_one_to_one(gold, pred, lambda g, p: (g["start"], g["end"], g["label"]) == (p["start"], p["end"], p["label"]))
    score.entities_partial, _ = match_one_to_one(gold, pred, lambda g, p: g["label"] == p["label"] and overlaps(g, p))
    for label in LABELS:
        score.entities_by_label[label], _ = match_one_to_one(
            [g for g in gold if g["label"] == label], [p for p in pred if p["label"] == label],
            lambda g, p: (g["start"], g["end"]) == (p["start"], p["end"]),
        )
    gold_set = {(match_key(g["text"]), g["label"]) for g in gold}
    pred_set = {(match_key(p["text"]), p["label"]) for p in pred}
    score.entities_document = Counts(tp=len(gold_set & pred_set), fp=len(pred_set - gold_set), fn=len(gold_set - pred_set))


def score_quantities(score: Score, gold: list[dict], pred: list[dict]) -> None:
    score.quantities, pairs = match_one_to_one(gold, pred, lambda g, p: overlaps(g, p) and values_equal(g["value"], p["value"]))
    score.quantity_unit = Ratio(sum(unit_key(g.get("unit")) == unit_key(p.get("unit")) for g, p in pairs), len(pairs))
    score.quantity_qualifier = Ratio(sum(g.get("qualifier", "exact") == p.get("qualifier", "exact") for g, p in pairs), len(pairs))
    score_values(score, gold, pred, pairs)


def score_values(score: Score, gold: list[dict], pred: list[dict], pairs: list[tuple[dict, dict]]) -> None:
    """How far the values a database would load can be trusted: of the predictions that overlap a gold
    quantity, those whose value or range end differs from it (a value wrong is worse than one missed),
    and how many of those are off by a power of ten (a multiplier lost or added)."""
    paired_gold, paired_pred = {id(g) for g, _ in pairs}, {id(p) for _, p in pairs}
    _, misread = match_one_to_one([g for g in gold if id(g) not in paired_gold], [p for p in pred if id(p) not in paired_pred], overlaps)
    wrong_end = [(g, p) for g, p in pairs if not values_equal(g.get("value_max"), p.get("value_max"))]
    wrong = misread + wrong_end
    score.quantity_value = Ratio(len(pairs) - len(wrong_end), len(pairs) + len(misread))
    score.quantity_off_by_power_of_ten = sum(
        off_by_power_of_ten(g.get("value"), p.get("value")) or off_by_power_of_ten(g.get("value_max"), p.get("value_max")) for g, p in wrong
    )


def off_by_power_of_ten(gold: float | None, pred: float | None) -> bool:
    """True when two values differ by a factor of 10, 100, 1000 ...: the signature of a misread multiplier."""
    if gold is None or pred is None or float(gold) == 0 or float(pred) == 0 or values_equal(gold, pred):
        return False
    exponent = math.log10(abs(float(gold) / float(pred)))
    return abs(exponent - round(exponent)) < 1e-9


def score_dates(score: Score, gold: list[dict], pred: list[dict]) -> None:
    score.dates, _ = match_one_to_one(gold, pred, lambda g, p: overlaps(g, p) and date_values_equal(g["value"], p["value"]))


def item_matches(g: dict, p: dict) -> bool:
    """Items match when their overlap is at least half of the longer one."""
    longer = max(g["end"] - g["start"], p["end"] - p["start"])
    return longer > 0 and overlap_length(g, p) * 2 >= longer


def pair_lists(gold: list[dict], pred: list[dict]) -> dict[int, int]:
    """Pair each predicted list with the gold list that has most items matching its own, and
    among those the one its items overlap most. Matching items come first so that a nested
    list pairs with the nested gold list, not with the outer list whose item holds it (whose
    text it overlaps just as much)."""
    pairs = {}
    for pi, p in enumerate(pred):
        best, best_key = None, (0, 0)
        for gi, g in enumerate(gold):
            total = sum(overlap_length(a, b) for a in g["items"] for b in p["items"])
            if total == 0:
                continue
            key = (match_one_to_one(g["items"], p["items"], item_matches)[0].tp, total)
            if key > best_key:
                best, best_key = gi, key
        if best is not None:
            pairs[pi] = best
    return pairs


def score_lists(score: Score, gold: list[dict], pred: list[dict]) -> None:
    pairs = pair_lists(gold, pred)
    paired_gold = set(pairs.values())
    score.lists_found = Counts(tp=len(paired_gold), fp=len(pred) - len(pairs), fn=len(gold) - len(paired_gold))
    items = Counts()
    for gi, g in enumerate(gold):
        predicted_items = [item for pi, p in enumerate(pred) if pairs.get(pi) == gi for item in p["items"]]
        counts, _ = match_one_to_one(g["items"], predicted_items, item_matches)
        items += counts
    for pi, p in enumerate(pred):
        if pi not in pairs:
            items += Counts(fp=len(p["items"]))
    score.list_items = items
    right = 0
    for gi, g in enumerate(gold):
        partners = [pred[pi] for pi, paired in pairs.items() if paired == gi]
        right += bool(partners) and partners[0].get("announced_count") == g.get("announced_count")
    score.announced_count = Ratio(right, len(gold))


def same_person_and_role(g: dict, p: dict) -> bool:
    """Person spans overlap and the role texts are equal after lowercasing and tone keying."""
    return overlaps(g["person"], p["person"]) and match_key(g["role"]["text"]) == match_key(p["role"]["text"])


def same_org(g: dict, p: dict) -> bool:
    """Org spans overlap, or neither role names a body."""
    if g.get("org") is None or p.get("org") is None:
        return g.get("org") is None and p.get("org") is None
    return overlaps(g["org"], p["org"])


def score_roles(score: Score, gold: list[dict], pred: list[dict]) -> None:
    score.roles, pairs = match_one_to_one(gold, pred, lambda g, p: same_person_and_role(g, p) and same_org(g, p))
    score.roles_person, _ = match_one_to_one(gold, pred, same_person_and_role)
    score.role_status = Ratio(sum(g.get("status", "current") == p.get("status", "current") for g, p in pairs), len(pairs))


SCORERS = {"entities": score_entities, "quantities": score_quantities, "dates": score_dates, "lists": score_lists,
           "roles": score_roles}


def score_document(gold: dict, pred: dict) -> Score:
    """Score one predicted record against its gold record, on the layers the gold annotates."""
    score = Score(layers=gold_layers(gold))
    for layer in score.layers:
        SCORERS[layer](score, gold.get(layer, []), pred.get(layer, []))
    return score


def score_corpus(pairs: list[tuple[dict, dict]]) -> dict:
    """Per-article and micro-averaged scores for (gold, prediction) pairs."""
    total = Score()
    per_article = {}
    for gold, pred in pairs:
        score = score_document(gold, pred)
        per_article[gold["doc_id"]] = score.as_dict()
        total += score
    return {"micro": total.as_dict(), "articles": per_article, "documents": len(pairs)}
