"""List where two annotations of the same articles disagree, layer by layer, for adjudication.

    python scripts/compare_annotations.py corpus/gold corpus/agreement/gold

For every article in the second folder, prints each entity, quantity, date, list item and
role that one annotation has and the other lacks (by the scorer's own matching rules).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from pipeline.eval.scorer import (  # noqa: E402
    date_values_equal,
    item_matches,
    overlaps,
    same_org,
    same_person_and_role,
    values_equal,
)

SAME = {
    "entities": lambda a, b: (a["start"], a["end"], a["label"]) == (b["start"], b["end"], b["label"]),
    "quantities": lambda a, b: overlaps(a, b) and values_equal(a["value"], b["value"]),
    "dates": lambda a, b: overlaps(a, b) and date_values_equal(a["value"], b["value"]),
    "items": item_matches,
    "roles": lambda a, b: same_person_and_role(a, b) and same_org(a, b),
}


def describe(layer: str, x: dict) -> str:
    if layer == "entities":
        return f"{x['label']} {x['text']!r} @{x['start']}"
    if layer == "quantities":
        return f"{x['text']!r}={x['value']} unit={x.get('unit')!r} {x.get('qualifier')} @{x['start']}"
    if layer == "dates":
        return f"{x['text']!r}={x['value']} @{x['start']}"
    if layer == "items":
        return f"{x['text'][:70]!r} @{x['start']}"
    org = (x.get("org") or {}).get("text")
    return f"{x['person']['text']} | {x['role']['text']} | {org} | {x['status']} @{x['role']['start']}"


def layer_items(record: dict, layer: str) -> list[dict]:
    if layer == "items":
        return [item for entry in record.get("lists", []) for item in entry["items"]]
    return record.get(layer, [])


def main(first: str, second: str) -> None:
    for path in sorted(Path(second).glob("*.gold.json")):
        b = json.loads(path.read_text("utf-8"))
        a = json.loads((Path(first) / path.name).read_text("utf-8"))
        print(f"== {b['doc_id']}")
        for layer, same in SAME.items():
            xs, ys = layer_items(a, layer), layer_items(b, layer)
            for x in xs:
                if not any(same(x, y) for y in ys):
                    print(f"  {layer:10} only first:  {describe(layer, x)}")
            for y in ys:
                if not any(same(x, y) for x in xs):
                    print(f"  {layer:10} only second: {describe(layer, y)}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
