"""What the review application does to records: gold from an output, a blank page, saving, scoring.

Everything here is plain functions over dicts, so it is tested without a server or a browser.
"""

from __future__ import annotations

import json
from pathlib import Path

from ..eval.scorer import LAYERS, score_document
from ..io import write_text_atomic
from ..output import SCHEMA
from ..validate import problems

SPAN_KEYS = ("start", "end", "text")
QUANTITY_KEYS = (*SPAN_KEYS, "value", "value_max", "unit", "qualifier")
DATE_KEYS = (*SPAN_KEYS, "value", "value_end")
META_KEYS = ("source_url", "published", "title")


class GoldError(ValueError):
    """A gold record the validation refuses; ``problems`` lists what is wrong, one message each."""

    def __init__(self, path: Path, found: list[str]):
        super().__init__(f"{path}: {len(found)} problem(s): {found[0] if found else ''}")
        self.path = path
        self.problems = found


def span(value: dict) -> dict:
    """Only the offsets and text of a span."""
    return {key: value[key] for key in SPAN_KEYS}


def optional_span(value: dict | None) -> dict | None:
    """A span that may be absent (a list without trigger, a role without body)."""
    return None if value is None else span(value)


def pick(value: dict, keys: tuple[str, ...]) -> dict:
    """``value`` restricted to ``keys``, leaving out the optional ones that are absent or null."""
    required = {*SPAN_KEYS, "value"}
    return {key: value[key] for key in keys if key in required or value.get(key) is not None}


def gold_entity(entity: dict) -> dict:
    return {**span(entity), "label": entity["label"]}


def gold_quantity(quantity: dict) -> dict:
    return pick({"qualifier": "exact", **quantity}, QUANTITY_KEYS)


def gold_list(item: dict) -> dict:
    return {"trigger": optional_span(item.get("trigger")), "head": item.get("head"), "announced_count": item.get("announced_count"),
            "items": sorted((span(i) for i in item.get("items", [])), key=lambda s: (s["start"], s["end"]))}


def gold_role(role: dict) -> dict:
    return {"person": span(role["person"]), "role": span(role["role"]), "org": optional_span(role.get("org")),
            "status": role.get("status", "current")}


def by_offsets(records: list[dict], key=lambda r: r) -> list[dict]:
    """Records in text order (start, then end)."""
    return sorted(records, key=lambda r: (key(r)["start"], key(r)["end"]))


def to_gold(record: dict, note: str | None = None) -> dict:
    """The ``vn-press-gold/1`` part of an output or edited record: what gold files hold, in text order.

    Outputs carry more (norms, sources, place links, tokens, timings); a gold file keeps the
    annotations only, so the file says what a person decided and nothing a system added.
    """
    meta = {key: (record.get("meta") or {}).get(key) for key in META_KEYS}
    if note:
        meta["notes"] = note
    gold = {
        "schema": SCHEMA, "doc_id": record["doc_id"], "text": record["text"], "meta": meta,
        "entities": by_offsets([gold_entity(e) for e in record.get("entities", [])]),
        "quantities": by_offsets([gold_quantity(q) for q in record.get("quantities", [])]),
        "dates": by_offsets([pick(d, DATE_KEYS) for d in record.get("dates", [])]),
        "lists": sorted((gold_list(i) for i in record.get("lists", [])), key=list_start),
        "roles": by_offsets([gold_role(r) for r in record.get("roles", [])], key=lambda r: r["role"]),
    }
    return gold


def list_start(item: dict) -> tuple[int, int]:
    """Where a list begins in the text: its trigger, else its first item."""
    first = item.get("trigger") or (item["items"][0] if item.get("items") else {"start": 0, "end": 0})
    return first["start"], first["end"]


def blank_gold(doc_id: str, text: str, meta: dict) -> dict:
    """A page with the text and no annotation: gold made by reading, as the guidelines ask."""
    return to_gold({"doc_id": doc_id, "text": text, "meta": meta})


def edited_gold(edited: dict, doc_id: str, text: str, meta: dict, note: str, gold_dir: Path) -> dict:
    """The gold record for what the browser sent: its layers, with the server's own doc_id, text and meta.

    The text and identity come from the article the server read, never from the request, so a
    page cannot save a gold file for another text. What was sent is validated as it came
    (GoldError: the schema's and the validation's messages), before anything is reshaped.
    """
    layers = {layer: edited.get(layer) or [] for layer in LAYERS}
    for layer, value in layers.items():
        if not isinstance(value, list):
            raise GoldError(gold_path(gold_dir, doc_id), [f"{layer}: expected a list, got {type(value).__name__}"])
    sent = {"schema": SCHEMA, "doc_id": doc_id, "text": text, "meta": meta, **layers}
    found = problems(sent)
    if found:
        raise GoldError(gold_path(gold_dir, doc_id), found)
    return to_gold(sent, note=note)


def gold_path(gold_dir: Path, doc_id: str) -> Path:
    return gold_dir / f"{doc_id}.gold.json"


def save_gold(gold_dir: Path, gold: dict) -> Path:
    """Validate ``gold`` with the project's gold validation, then write it atomically; GoldError when refused."""
    path = gold_path(gold_dir, gold["doc_id"])
    found = problems(gold)
    if found:
        raise GoldError(path, found)
    write_text_atomic(path, json.dumps(gold, ensure_ascii=False, indent=1, allow_nan=False) + "\n")
    return path


def read_gold(gold_dir: Path, doc_id: str, text: str) -> tuple[dict | None, str | None]:
    """(the saved gold of an article, a problem with it): a file for another text is not its gold."""
    path = gold_path(gold_dir, doc_id)
    if not path.exists():
        return None, None
    try:
        gold = json.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        return None, f"{path}: not readable JSON: {error}"
    if not isinstance(gold, dict) or gold.get("text") != text:
        return None, f"{path}: its text is not this article's text; left alone"
    found = problems(gold)
    if found:
        return None, f"{path}: not valid gold ({found[0]})"
    return gold, None


def score_rows(gold: dict, prediction: dict) -> list[dict]:
    """The prediction against the gold, one row per figure: name, P, R, F1 and the gold count."""
    scores = score_document(gold, prediction).as_dict()
    rows = []
    figures = (("entities", scores.get("entities", {}).get("strict")), ("quantities", scores.get("quantities")),
               ("dates", scores.get("dates")), ("lists found", scores.get("lists", {}).get("found")),
               ("list items", scores.get("lists", {}).get("items")), ("roles", scores.get("roles")))
    for name, counts in figures:
        if counts:
            rows.append({"figure": name, "precision": counts["precision"], "recall": counts["recall"], "f1": counts["f1"],
                         "gold": counts["tp"] + counts["fn"]})
    return rows
