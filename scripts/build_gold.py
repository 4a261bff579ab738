"""Build ``corpus/gold/<doc_id>.gold.json`` from the hand-written ``corpus/annotations/<doc_id>.ann``.

An annotator reads the article sentence by sentence and writes one line per annotation,
in text order within each layer; this script only finds the offsets, so that nobody
counts characters by hand. Lines:

    E LABEL | span text
    Q span text | value | unit or - | qualifier [| value_max]
    D span text | value [| value_end]
    L trigger text or - | head or - | announced count or -
    L^ trigger text or - | head or - | announced count or -
    I item text                       (items of the last L, in order)
    R person | role | org or - | status
    # comment

``L^`` is a list nested inside an item of the list before it (guidelines, Lists): write it
after that list's items; its trigger (or, with ``-``, its first item) is looked up from
the start of the enclosing list, and the next plain ``L`` goes on after the enclosing list.

A role line is resolved after all other lines: its role span is looked up after the previous
role (R lines go in text order of their role spans); its person is the PER entity of that
text nearest to the role within the role's sentence (guidelines: the nearest mention, in the
same sentence), or nearest anywhere when the sentence has none; its org is the occurrence of
that text nearest to the role. ``R+`` gives the previous line's role span to another person
(a post shared by two people: ``2 cựu phó giám đốc ... là A và B``).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from pipeline.eval.split import is_test_article  # noqa: E402
from pipeline.validate import problems  # noqa: E402

ARTICLES = ROOT / "corpus" / "articles"
ANNOTATIONS = ROOT / "corpus" / "annotations"
GOLD = ROOT / "corpus" / "gold"
GOLD_TEST = ROOT / "corpus" / "gold-test"
SECOND = ROOT / "corpus" / "agreement"


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


STATUSES = ("current", "former", "new")


def shown_path(ann_path: Path) -> str:
    """The annotation file's path inside the repository, or its name when it lies elsewhere."""
    resolved = ann_path.resolve()
    return str(resolved.relative_to(ROOT)) if ROOT in resolved.parents else ann_path.name


def annotator_of(ann_path: Path) -> str:
    """Who wrote an annotation file: its ``# annotator:`` line, else the first round's developer."""
    for line in ann_path.read_text("utf-8").splitlines():
        if line.startswith("# annotator:"):
            return line.partition(":")[2].strip()
    return "developer, by hand from reading the article"


def occurrences_of(text: str, needle: str) -> list[tuple[int, int]]:
    """Every occurrence of ``needle`` in ``text`` at token boundaries."""
    pattern = regex.compile(r"(?<![\p{L}\p{M}\d])" + regex.escape(needle) + r"(?![\p{L}\p{M}\d])")
    return [(m.start(), m.end()) for m in pattern.finditer(text, overlapped=True)]


def gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Characters between two spans (0 when they touch or overlap)."""
    return max(0, max(a[0], b[0]) - min(a[1], b[1]))


SENTENCE_END = regex.compile(r"\n|(?<=[.!?…][\"”’']?)\s+(?=[\"“‘']?\p{Lu})")


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence: cut at line breaks and at ``.?!…`` before a capital."""
    bounds, start = [], 0
    for match in SENTENCE_END.finditer(text):
        bounds.append((start, match.start()))
        start = match.end()
    bounds.append((start, len(text)))
    return bounds


def sentence_of(bounds: list[tuple[int, int]], offset: int) -> tuple[int, int]:
    """The (start, end) of the sentence holding ``offset``."""
    return next(b for b in bounds if b[0] <= offset <= b[1])


def resolve_role(text: str, entities: list[dict], person: str, role_span: tuple[int, int], role: str, org: str,
                 status: str) -> dict:
    """A role record for the role at ``role_span``: its person and org by the rules of the module docstring."""
    if status not in STATUSES:
        raise AnnotationError(f"status {status!r} is not one of {STATUSES}")
    people = [(e["start"], e["end"]) for e in entities if e["label"] == "PER" and e["text"] == person]
    if not people:
        raise AnnotationError(f"person {person!r} is no PER entity of the file")
    sentence = sentence_of(sentence_bounds(text), role_span[0])
    in_sentence = [p for p in people if sentence[0] <= p[0] and p[1] <= sentence[1]]
    person_span = min(in_sentence or people, key=lambda span: gap(span, role_span))
    entry = {"person": {"start": person_span[0], "end": person_span[1], "text": person},
             "role": {"start": role_span[0], "end": role_span[1], "text": role},
             "org": None, "status": status}
    if org != "-":
        candidates = [span for span in occurrences_of(text, org) if span != role_span]
        if not candidates:
            raise AnnotationError(f"org {org!r} not found")
        org_span = min(candidates, key=lambda span: (gap(span, role_span), span[0] < role_span[0]))
        entry["org"] = {"start": org_span[0], "end": org_span[1], "text": org}
    return entry


def build(ann_path: Path) -> dict:
    doc_id = ann_path.stem
    text = (ARTICLES / f"{doc_id}.txt").read_text("utf-8")
    meta_path = ARTICLES / f"{doc_id}.meta.json"
    meta = json.loads(meta_path.read_text("utf-8")) if meta_path.exists() else {}
    record = {
        "schema": "vn-press-gold/1", "doc_id": doc_id, "text": text,
        "meta": {"source_url": meta.get("source_url"), "published": meta.get("published"),
                 "annotator": annotator_of(ann_path),
                 "notes": f"built from {shown_path(ann_path)}; decisions in docs/ANNOTATION_NOTES.md"},
        "entities": [], "quantities": [], "dates": [], "lists": [], "roles": [],
    }
    cursors = {"E": 0, "Q": 0, "D": 0, "L": 0, "R": 0}
    item_cursor = enclosing_start = 0
    lines = list(enumerate(ann_path.read_text("utf-8").splitlines(), start=1))
    role_lines = [(n, raw) for n, raw in lines if raw.strip().startswith(("R ", "R+ "))]
    for number_, raw in [(n, raw) for n, raw in lines if (n, raw) not in role_lines] + role_lines:
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
            elif kind in ("L", "L^"):
                trigger, head, count = fields
                entry = {"trigger": None, "head": None if head == "-" else head,
                         "announced_count": None if count == "-" else int(count), "items": []}
                if kind == "L":
                    item_cursor = cursors["L"]
                    enclosing_start = item_cursor
                else:
                    if not record["lists"]:
                        raise AnnotationError("L^ (a nested list) needs a list before it")
                    item_cursor = enclosing_start
                if trigger != "-":
                    start, end = find(text, trigger, item_cursor, context)
                    entry["trigger"] = {"start": start, "end": end, "text": trigger}
                    item_cursor = end
                record["lists"].append(entry)
            elif kind == "I":
                start, end = find(text, rest.strip(), item_cursor, context)
                record["lists"][-1]["items"].append({"start": start, "end": end, "text": rest.strip()})
                item_cursor = end
                cursors["L"] = max(cursors["L"], end)
            elif kind in ("R", "R+"):
                person, role, org, status = fields
                if kind == "R":
                    role_span = find(text, role, cursors["R"], context)
                elif not record["roles"] or record["roles"][-1]["role"]["text"] != role:
                    raise AnnotationError("R+ shares the previous role line's span: it needs the same role text")
                else:
                    role_span = (record["roles"][-1]["role"]["start"], record["roles"][-1]["role"]["end"])
                record["roles"].append(resolve_role(text, record["entities"], person, role_span, role, org, status))
                cursors["R"] = role_span[1]
            else:
                raise AnnotationError(f"unknown line kind {kind!r}")
        except (AnnotationError, ValueError) as error:
            raise AnnotationError(f"{ann_path}:{number_}: {error}: {raw}") from None
    record["entities"].sort(key=lambda s: s["start"])
    for layer in ("entities", "quantities", "dates"):
        record[layer].sort(key=lambda s: s["start"])
    return record


def target_of(ann_path: Path, doc_id: str) -> Path:
    """Where a gold file goes: the agreement folder for second annotations, else by the frozen split."""
    if SECOND in ann_path.resolve().parents:
        folder = SECOND / "gold"
    else:
        folder = GOLD_TEST if is_test_article(doc_id) else GOLD
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{doc_id}.gold.json"


def main(argv: list[str]) -> int:
    """Build the gold files of the given ``.ann`` files, or of every annotation when none is given."""
    paths = [Path(a) for a in argv] or sorted(ANNOTATIONS.glob("*.ann")) + sorted((SECOND / "annotations").glob("*.ann"))
    failed = 0
    for ann_path in paths:
        try:
            record = build(ann_path)
        except AnnotationError as error:
            print(f"error: {error}", file=sys.stderr)
            failed += 1
            continue
        found = problems(record)
        if found:
            for problem in found:
                print(f"error: {ann_path}: {problem}", file=sys.stderr)
            failed += 1
            continue
        target = target_of(ann_path, record["doc_id"])
        target.write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{target.name}: {len(record['entities'])} entities, {len(record['quantities'])} quantities, "
              f"{len(record['dates'])} dates, {len(record['lists'])} lists, {len(record['roles'])} roles")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
