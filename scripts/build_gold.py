"""Build ``corpus/gold/<doc_id>.gold.json`` from the hand-written ``corpus/annotations/<doc_id>.ann``.

An annotator reads the article sentence by sentence and writes one line per annotation,
in text order within each layer; this script only finds the offsets, so that nobody
counts characters by hand. Lines:

    E LABEL | span text
    Q span text | value | unit or - | qualifier [| value_max]
    D span text | value [| value_end]
    L trigger text or - | head or - | announced count or -
    I item text                       (items of the last L, in order)
    # comment

Each span is looked up after the previous span of its layer, on token boundaries; an
optional `` ~ context`` at the end of a line looks the span up inside the first
occurrence of that context instead (for a word that also occurs earlier, unannotated).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "corpus" / "articles"
ANNOTATIONS = ROOT / "corpus" / "annotations"
GOLD = ROOT / "corpus" / "gold"


class AnnotationError(Exception):
    pass


def find(text: str, needle: str, cursor: int, context: str | None = None) -> tuple[int, int]:
    """Offsets of ``needle`` at token boundaries at or after ``cursor`` (inside ``context`` if given)."""
    if context:
        start = text.find(context, cursor)
        if start < 0:
            raise AnnotationError(f"context {context!r} not found after offset {cursor}")
        cursor = start
    pattern = regex.compile(r"(?<![\p{L}\p{M}\d])" + regex.escape(needle) + r"(?![\p{L}\p{M}\d])")
    match = pattern.search(text, cursor)
    if match is None:
        raise AnnotationError(f"{needle!r} not found after offset {cursor}")
    return match.start(), match.end()


def number(field: str):
    value = float(field)
    return int(value) if value.is_integer() else value


def build(ann_path: Path) -> dict:
    doc_id = ann_path.stem
    text = (ARTICLES / f"{doc_id}.txt").read_text("utf-8")
    meta_path = ARTICLES / f"{doc_id}.meta.json"
    meta = json.loads(meta_path.read_text("utf-8")) if meta_path.exists() else {}
    record = {
        "schema": "vn-press-gold/1", "doc_id": doc_id, "text": text,
        "meta": {"source_url": meta.get("source_url"), "published": meta.get("published"),
                 "annotator": "developer, by hand from reading the article",
                 "notes": "built from corpus/annotations/" + ann_path.name + "; decisions in docs/ANNOTATION_NOTES.md"},
        "entities": [], "quantities": [], "dates": [], "lists": [],
    }
    cursors = {"E": 0, "Q": 0, "D": 0, "L": 0}
    item_cursor = 0
    for number_, raw in enumerate(ann_path.read_text("utf-8").splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        kind, _, rest = line.partition(" ")
        rest, _, context = rest.partition(" ~ ")
        fields = [f.strip() for f in rest.split("|")]
        try:
            if kind == "E":
                label, span = fields
                start, end = find(text, span, cursors["E"], context)
                record["entities"].append({"start": start, "end": end, "text": span, "label": label})
                cursors["E"] = end
            elif kind == "Q":
                span, value, unit, qualifier, *high = fields
                start, end = find(text, span, cursors["Q"], context)
                q = {"start": start, "end": end, "text": span, "value": number(value),
                     "unit": None if unit == "-" else unit, "qualifier": qualifier}
                if high:
                    q["value_max"] = number(high[0])
                record["quantities"].append(q)
                cursors["Q"] = end
            elif kind == "D":
                span, value, *end_value = fields
                start, end = find(text, span, cursors["D"], context)
                d = {"start": start, "end": end, "text": span, "value": value}
                if end_value:
                    d["value_end"] = end_value[0]
                record["dates"].append(d)
                cursors["D"] = end
            elif kind == "L":
                trigger, head, count = fields
                entry = {"trigger": None, "head": None if head == "-" else head,
                         "announced_count": None if count == "-" else int(count), "items": []}
                if trigger != "-":
                    start, end = find(text, trigger, cursors["L"], context)
                    entry["trigger"] = {"start": start, "end": end, "text": trigger}
                    item_cursor = cursors["L"] = end
                record["lists"].append(entry)
            elif kind == "I":
                start, end = find(text, rest.strip(), item_cursor, context)
                record["lists"][-1]["items"].append({"start": start, "end": end, "text": rest.strip()})
                item_cursor = cursors["L"] = end
            else:
                raise AnnotationError(f"unknown line kind {kind!r}")
        except (AnnotationError, ValueError) as error:
            raise AnnotationError(f"{ann_path}:{number_}: {error}: {raw}") from None
    for layer in ("entities", "quantities", "dates"):
        record[layer].sort(key=lambda s: s["start"])
    return record


def main() -> int:
    failed = 0
    for ann_path in sorted(ANNOTATIONS.glob("*.ann")):
        try:
            record = build(ann_path)
        except AnnotationError as error:
            print(f"error: {error}", file=sys.stderr)
            failed += 1
            continue
        target = GOLD / f"{record['doc_id']}.gold.json"
        target.write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{target.name}: {len(record['entities'])} entities, {len(record['quantities'])} quantities, "
              f"{len(record['dates'])} dates, {len(record['lists'])} lists")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
