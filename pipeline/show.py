"""``vnpipe show``: articles (or saved outputs) rendered as one HTML page, every layer marked in the text."""

from __future__ import annotations

import json
import sys
from pathlib import Path


def read_output(path: Path) -> dict | None:
    """A saved output record, or None after naming the file and what is wrong on stderr."""
    try:
        record = json.loads(path.read_text("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        print(f"error: {path}: not readable JSON: {error}", file=sys.stderr)
        return None
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        print(f"error: {path}: not an output record (no text)", file=sys.stderr)
        return None
    return record


def output_files(folder: Path) -> list[Path]:
    """The ``<doc_id>.json`` outputs of a ``vnpipe run`` folder (not its summary, gold or meta files)."""
    return sorted(p for p in folder.glob("*.json")
                  if p.name != "summary.json" and not p.name.endswith((".gold.json", ".meta.json")) and not p.name.startswith("."))


def records_to_show(paths: list[str], entity_model: str) -> tuple[list[dict], int]:
    """The records to render: ``.json`` outputs as saved (a folder holding only outputs: all of them), anything
    else read as ``vnpipe run`` reads it (a JSONL dump gives one article per line) and processed; and the number
    that failed."""
    from .cli import assign_doc_ids, process_one
    from .io import find_articles

    records, failed = [], 0
    for given in paths:
        path = Path(given)
        if path.suffix == ".json" and path.is_file():
            record = read_output(path)
            records += [record] if record else []
            failed += record is None
            continue
        found = list(find_articles([given]))
        if path.is_dir() and not found:  # a folder of outputs (vnpipe run's --out)
            outputs = [read_output(p) for p in output_files(path)]
            records += [r for r in outputs if r]
            failed += sum(r is None for r in outputs)
            continue
        pairs, notices = assign_doc_ids(found)
        for notice in notices:
            print(notice, file=sys.stderr)
        for pair in pairs:
            result = process_one(pair, entity_model)
            if "error" in result:
                print(f"error: {result['source']}: {result['error']}", file=sys.stderr)
                failed += 1
            else:
                records.append(result["record"])
    return records, failed


def command_show(args) -> int:
    """Render the articles; exit 1 when one failed (the others are still rendered), 2 when none could be."""
    from .eval.report import html_show
    from .io import write_text_atomic

    records, failed = records_to_show(args.article, args.entity_model)
    if not records:
        print("error: nothing to show", file=sys.stderr)
        return 2
    write_text_atomic(Path(args.html), html_show(records))
    print(f"wrote {args.html} ({len(records)} article{'s' if len(records) != 1 else ''})", file=sys.stderr)
    return 1 if failed else 0
