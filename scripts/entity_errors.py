"""List the entity errors of the pipeline on development gold, per article, each with its sentence.

    python scripts/entity_errors.py corpus/gold [--ids ID ...] [--label ORG] [--save DIR | --pred DIR]

For each article: the gold entities missed (no prediction overlaps them), the spurious
predictions (no gold overlaps them), the boundary errors (overlapping, same label, other span)
and the label errors (same span, other label), each with the sentence around it; then a tally by
kind and label. ``--save DIR`` writes the predictions (one ``<doc_id>.json`` each) so that later
listings can read them with ``--pred DIR`` instead of running the pipeline again. Development gold
only: never point it at the frozen test split.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from pipeline import extract


def sentence_of(text: str, start: int, end: int, width: int = 90) -> str:
    """The text around ``start:end`` on its line, at most ``width`` characters each side, the span in [[ ]]."""
    left = max(text.rfind("\n", 0, start) + 1, start - width)
    right = text.find("\n", end)
    right = min(len(text) if right < 0 else right, end + width)
    return (text[left:start] + "[[" + text[start:end] + "]]" + text[end:right]).replace("\n", " ")


def overlaps(a: dict, b: dict) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def classify(gold: list[dict], pred: list[dict]) -> list[tuple[str, dict, dict | None]]:
    """(kind, gold-or-pred entity, the other side) for every error: missed, spurious, boundary, label."""
    key = lambda e: (e["start"], e["end"], e["label"])  # noqa: E731
    exact = {key(e) for e in gold} & {key(e) for e in pred}
    errors = []
    for g in gold:
        if key(g) in exact:
            continue
        others = [p for p in pred if overlaps(g, p) and key(p) not in exact]
        if not others:
            errors.append(("missed", g, None))
        for p in others:
            if (p["start"], p["end"]) == (g["start"], g["end"]):
                errors.append(("label", g, p))
            elif p["label"] == g["label"]:
                errors.append(("boundary", g, p))
            else:
                errors.append(("label+boundary", g, p))
    for p in pred:
        if key(p) not in exact and not any(overlaps(g, p) for g in gold):
            errors.append(("spurious", p, None))
    return errors


def predictions(golds: dict[str, dict], pred_dir: Path | None, save_dir: Path | None) -> dict[str, dict]:
    """The pipeline's records for the gold texts, read from ``pred_dir`` or computed (and saved to ``save_dir``)."""
    records = {}
    for doc_id, gold in golds.items():
        path = pred_dir / f"{doc_id}.json" if pred_dir else None
        if path is not None and path.exists():
            records[doc_id] = json.loads(path.read_text("utf-8"))
            continue
        meta = {k: v for k, v in (gold.get("meta") or {}).items() if k in ("source_url", "published")}
        record = extract(gold["text"], doc_id=doc_id, **meta)
        records[doc_id] = {"doc_id": doc_id, "entities": record["entities"]}
        if save_dir is not None:
            save_dir.mkdir(parents=True, exist_ok=True)
            (save_dir / f"{doc_id}.json").write_text(json.dumps(records[doc_id], ensure_ascii=False), "utf-8")
    return records


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("--ids", nargs="*", help="only these doc ids")
    parser.add_argument("--label", help="only errors where either side has this label")
    parser.add_argument("--kind", help="only errors of this kind (missed, spurious, boundary, label, label+boundary)")
    parser.add_argument("--pred", type=Path, help="read predictions from this folder")
    parser.add_argument("--save", type=Path, help="write the predictions to this folder")
    args = parser.parse_args(argv)
    if "gold-test" in str(args.gold):
        print("error: the frozen test split is not for error listings", file=sys.stderr)
        return 2
    golds = {}
    for path in sorted(args.gold.glob("*.gold.json")):
        record = json.loads(path.read_text("utf-8"))
        if not args.ids or record["doc_id"] in args.ids:
            golds[record["doc_id"]] = record
    records = predictions(golds, args.pred, args.save)
    tally: Counter = Counter()
    for doc_id, gold in golds.items():
        text = gold["text"]
        errors = classify(gold["entities"], records[doc_id]["entities"])
        if args.label:
            errors = [e for e in errors if e[1]["label"] == args.label or (e[2] and e[2]["label"] == args.label)]
        if args.kind:
            errors = [e for e in errors if e[0] == args.kind]
        if not errors:
            continue
        print(f"== {doc_id}")
        for kind, entity, other in sorted(errors, key=lambda e: e[1]["start"]):
            tally[(kind, entity["label"])] += 1
            what = f"{entity['label']} {entity['text']!r}"
            if other is not None:
                what += f" <- pred {other['label']} {other['text']!r}"
            print(f"  {kind:15} {what}")
            print(f"      {sentence_of(text, entity['start'], entity['end'])}")
    print("== tally (kind, label of the gold side; spurious: of the prediction)")
    for (kind, label), n in sorted(tally.items(), key=lambda item: -item[1]):
        print(f"  {n:4}  {kind:15} {label}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
