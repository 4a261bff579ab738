"""Print the quantity errors of the pipeline on development gold, article by article.

    python scripts/quantity_errors.py corpus/gold [--ids ID ...] [--units-only]

For each article: every matched quantity whose unit (or qualifier) differs from the gold one
(span, gold unit, predicted unit, the sentence), every gold quantity missed and every
predicted quantity with no gold match, by the scorer's own matching rules. Runs only the
stages quantities need (no lists, no roles). Development gold only: never point it at the
frozen test split.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from pipeline.eval.scorer import overlaps, unit_key, values_equal  # noqa: E402


def sentence(text: str, start: int, end: int, width: int = 90) -> str:
    """The text around ``start:end`` on one line, the span in brackets, cut at line breaks."""
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", end)
    right = len(text) if right < 0 else right
    left, right = max(left, start - width), min(right, end + width)
    return " ".join(f"{text[left:start]}[{text[start:end]}]{text[end:right]}".split())


def pair(gold: list[dict], pred: list[dict]) -> tuple[list[tuple[dict, dict]], list[dict], list[dict]]:
    """The scorer's greedy one-to-one pairing: (pairs, gold missed, predictions unmatched)."""
    used: set[int] = set()
    pairs, false_pos = [], []
    for p in pred:
        for i, g in enumerate(gold):
            if i not in used and overlaps(g, p) and values_equal(g["value"], p["value"]):
                used.add(i)
                pairs.append((g, p))
                break
        else:
            false_pos.append(p)
    return pairs, [g for i, g in enumerate(gold) if i not in used], false_pos


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("gold", help="folder of <doc_id>.gold.json (development gold)")
    parser.add_argument("--ids", nargs="*", help="only these doc ids")
    parser.add_argument("--units-only", action="store_true", help="print unit errors only")
    args = parser.parse_args(argv)
    if "gold-test" in args.gold:
        parser.error("the frozen test split is not for reading errors")

    import pipeline
    from pipeline.output import doc_to_record

    nlp = pipeline.load(exclude=["lists", "roles"])
    totals = {"unit": 0, "qualifier": 0, "missed": 0, "false": 0, "pairs": 0}
    for path in sorted(Path(args.gold).glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        doc_id = gold["doc_id"]
        if args.ids and doc_id not in args.ids:
            continue
        text = gold["text"]
        pred = doc_to_record(nlp(text))["quantities"]
        pairs, missed, false_pos = pair(gold["quantities"], pred)
        lines = []
        for g, p in pairs:
            if unit_key(g.get("unit")) != unit_key(p.get("unit")):
                totals["unit"] += 1
                lines.append(f"  UNIT {g['text']!r} gold={g.get('unit')!r} pred={p.get('unit')!r} :: {sentence(text, g['start'], g['end'])}")
            if not args.units_only and g.get("qualifier", "exact") != p.get("qualifier", "exact"):
                totals["qualifier"] += 1
                lines.append(f"  QUAL {g['text']!r} gold={g.get('qualifier')} pred={p.get('qualifier')} :: {sentence(text, g['start'], g['end'])}")
        totals["pairs"] += len(pairs)
        totals["missed"] += len(missed)
        totals["false"] += len(false_pos)
        if not args.units_only:
            for g in missed:
                lines.append(f"  MISS {g['text']!r}={g['value']} unit={g.get('unit')!r} :: {sentence(text, g['start'], g['end'])}")
            for p in false_pos:
                lines.append(f"  FP   {p['text']!r}={p['value']} unit={p.get('unit')!r} :: {sentence(text, p['start'], p['end'])}")
        if lines:
            print(doc_id)
            print("\n".join(lines))
    print(" ".join(f"{k}={v}" for k, v in totals.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
