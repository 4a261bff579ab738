"""Check gold files and outputs: schema, NFC, offsets, labels, overlaps, list sizes, roles.

Every problem names the file, the annotation and what is wrong, so an annotator can fix
it without guessing.
"""

from __future__ import annotations

import json
import unicodedata
from functools import lru_cache
from importlib import resources
from pathlib import Path

from jsonschema import Draft202012Validator


@lru_cache(maxsize=None)
def validator(name: str) -> Draft202012Validator:
    schema = json.loads(resources.files("pipeline.schema").joinpath(name).read_text("utf-8"))
    return Draft202012Validator(schema)


def spans_of(record: dict):
    """Yield (where, span) for every span in a record."""
    for layer in ("entities", "quantities", "dates"):
        for index, span in enumerate(record.get(layer, [])):
            yield f"{layer}[{index}]", span
    for index, item in enumerate(record.get("lists", [])):
        if item.get("trigger"):
            yield f"lists[{index}].trigger", item["trigger"]
        for j, span in enumerate(item.get("items", [])):
            yield f"lists[{index}].items[{j}]", span
    for index, role in enumerate(record.get("roles", [])):
        for part in ("person", "role", "org"):
            if role.get(part):
                yield f"roles[{index}].{part}", role[part]


def role_problems(record: dict) -> list[str]:
    """A role's person must be a PER entity of the same file (guidelines, Roles)."""
    people = {(e["start"], e["end"]) for e in record.get("entities", []) if e["label"] == "PER"}
    return [f"roles[{index}].person: {role['person']['text']!r} ({role['person']['start']}-{role['person']['end']}) "
            f"is not a PER entity of the file"
            for index, role in enumerate(record.get("roles", []))
            if (role["person"]["start"], role["person"]["end"]) not in people]


def problems(record: dict, output: bool = False) -> list[str]:
    """Everything wrong with one record, as messages without the file name."""
    found = [f"schema: {'/'.join(map(str, e.absolute_path)) or '(top)'}: {e.message}"
             for e in validator("vn-press-gold-1.schema.json").iter_errors(record)]
    if output:
        found += [f"output schema: {'/'.join(map(str, e.absolute_path)) or '(top)'}: {e.message}"
                  for e in validator("output.schema.json").iter_errors(record)]
    if found:
        return found
    text = record["text"]
    if unicodedata.normalize("NFC", text) != text:
        found.append("text is not NFC")
    for where, span in spans_of(record):
        start, end = span["start"], span["end"]
        if not 0 <= start < end <= len(text):
            found.append(f"{where}: offsets {start}-{end} outside the text (length {len(text)})")
        elif text[start:end] != span["text"]:
            found.append(f"{where}: text[{start}:{end}] is {text[start:end]!r}, not {span['text']!r}")
        elif span["text"] != span["text"].strip():
            found.append(f"{where}: {span['text']!r} begins or ends with white space")
    entities = sorted(record.get("entities", []), key=lambda e: (e["start"], e["end"]))
    for a, b in zip(entities, entities[1:]):
        if b["start"] < a["end"]:
            found.append(f"entities: {a['text']!r} ({a['start']}-{a['end']}) overlaps {b['text']!r} ({b['start']}-{b['end']})")
    for index, item in enumerate(record.get("lists", [])):
        if len(item.get("items", [])) < 2:
            found.append(f"lists[{index}]: {len(item.get('items', []))} item(s); a list has at least two")
        parent = item.get("parent")
        if parent is not None and not (isinstance(parent, int) and 0 <= parent < len(record["lists"]) and parent != index):
            found.append(f"lists[{index}]: parent {parent!r} is not another list of this article")
    for index, q in enumerate(record.get("quantities", [])):
        if q.get("value_max") is not None and q["value_max"] < q["value"]:
            found.append(f"quantities[{index}]: value_max {q['value_max']} below value {q['value']}")
    found += role_problems(record)
    found += value_problems(record)
    return found


def value_problems(record: dict) -> list[str]:
    """Numbers a strict JSON parser refuses (NaN, Infinity) and dates the calendar does not have."""
    import math

    from .grammar import date_exists

    found = []
    for index, q in enumerate(record.get("quantities", [])):
        for key in ("value", "value_max"):
            if isinstance(q.get(key), float) and not math.isfinite(q[key]):
                found.append(f"quantities[{index}].{key}: {q[key]} is not a finite number")
    for index, d in enumerate(record.get("dates", [])):
        for key in ("value", "value_end"):
            if d.get(key) and not date_exists(str(d[key])):
                found.append(f"dates[{index}].{key}: {d[key]!r} is no date of the calendar")
    return found


def validate_files(paths: list[Path], output: bool = False) -> dict[str, list[str]]:
    """Problems per file; a file that is not JSON is one problem."""
    report = {}
    for path in paths:
        try:
            record = json.loads(path.read_text("utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError) as error:
            report[str(path)] = [f"not valid JSON: {error}"]
            continue
        report[str(path)] = problems(record, output=output)
    return report
