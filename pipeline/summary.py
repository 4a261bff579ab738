"""The run summary ``vnpipe run`` prints and saves as ``OUT/summary.json``.

Counts over the outputs the run covers (written now or already current): articles,
failures, annotations by layer, entities by label and by source, quantities by unit, lists,
roles, and the most frequent entities and units, so a batch can be judged before anyone
opens a file.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from pathlib import Path

from .io import write_json_atomic

TOP = 20


def summarise(records: list[dict], failures: list[dict], skipped: int = 0, started: str | None = None) -> dict:
    """The summary of ``records`` (the run's outputs) and ``failures`` (its error entries)."""
    labels: Counter = Counter()
    sources: Counter = Counter()
    units: Counter = Counter()
    names: Counter = Counter()
    layers: Counter = Counter()
    for record in records:
        for layer in ("entities", "quantities", "dates", "lists", "roles"):
            layers[layer] += len(record.get(layer) or [])
        layers["list items"] += sum(len(item.get("items") or []) for item in record.get("lists") or [])
        for entity in record.get("entities") or []:
            labels[entity["label"]] += 1
            sources[entity.get("source") or "unknown"] += 1
            names[(entity.get("norm") or entity["text"].lower(), entity["label"])] += 1
        units.update(q.get("unit") or "(none)" for q in record.get("quantities") or [])
    return {
        "started": started, "finished": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "articles": len(records) + len(failures), "written_or_current": len(records), "already_current": skipped,
        "failures": len(failures), "annotations": dict(layers),
        "entities_by_label": dict(labels.most_common()), "entities_by_source": dict(sources.most_common()),
        "quantities_by_unit": dict(units.most_common()),
        "top_entities": [{"norm": norm, "label": label, "count": n} for (norm, label), n in names.most_common(TOP)],
        "top_units": [{"unit": unit, "count": n} for unit, n in units.most_common(TOP)],
    }


def summary_lines(summary: dict) -> list[str]:
    """A few lines for the terminal."""
    layers = summary["annotations"]
    top = ", ".join(f"{e['norm']} ({e['label']}, {e['count']})" for e in summary["top_entities"][:5])
    units = ", ".join(f"{u['unit']} ({u['count']})" for u in summary["top_units"][:5])
    return [f"summary: {summary['written_or_current']} articles, {summary['failures']} failed; "
            + ", ".join(f"{n} {layer}" for layer, n in layers.items()),
            "  entities by label: " + ", ".join(f"{k} {v}" for k, v in summary["entities_by_label"].items()),
            f"  top entities: {top}", f"  top units: {units}"]


def read_outputs(out: Path, doc_ids: list[str]) -> list[dict]:
    """The outputs of ``doc_ids`` present in ``out`` (a failed article has none, or an old one it keeps)."""
    records = []
    for doc_id in doc_ids:
        try:
            records.append(json.loads((out / f"{doc_id}.json").read_text("utf-8")))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError):
            continue
    return records


def write_summary(out: Path, doc_ids: list[str], failures: list[dict], skipped: int, started: str) -> dict:
    """Summarise the run's outputs, save ``OUT/summary.json`` atomically, return the summary."""
    failed = {f["file"] for f in failures}
    summary = summarise(read_outputs(out, doc_ids), failures, skipped, started)
    summary["failed_files"] = sorted(failed)
    write_json_atomic(out / "summary.json", summary, indent=1)
    return summary
