"""Read the list stage's output on raw press it was never tuned on (issue 14).

Draws a seeded sample of articles from ``../shared/data/baomoi2017/baomoi2017.jsonl`` between
lines ``--start`` and ``--stop`` (read in place, never copied), preferring those with an
enumeration cue (a count + noun + colon, ``gồm``, ``như:``, ``Thứ nhất``, ``Một là``, lines opening
with ``-`` or ``+``, a semicolon series), runs the pipeline on each as a JSONL line is read
(``pipeline.io.article_from_jsonl_row``), and prints each article with its lists for reading
against the guidelines' Lists section; annotated articles (any ``corpus/gold*`` file name) are left out.
``--dump FILE`` writes the lists found (one JSON line per
article); ``--diff OLD`` prints only the articles whose lists differ from such a dump, both sides,
so a rule's changes on a sample can be counted right or wrong.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
POOL = ROOT.parent / "shared" / "data" / "baomoi2017" / "baomoi2017.jsonl"
sys.path.insert(0, str(ROOT))

CUE = regex.compile(
    r"\d+\s+\p{Ll}+(?:\s+\p{Ll}+){0,3}\s*:|(?<!\p{L})(?:gồm|như)\s*:|(?<!\p{L})gồm(?!\p{L})|Thứ nhất|Một là"
    r"|^\s*[-+•]\s|;[^;\n]{3,200};",
    regex.V1 | regex.MULTILINE,
)


def gold_ids() -> set[str]:
    """The doc_ids of every gold file (by file name only): a sample never holds an annotated article, so the
    frozen test split is never read through it."""
    return {path.name.removesuffix(".gold.json") for path in ROOT.glob("corpus/gold*/*.gold.json")}


def sample(start: int, stop: int, size: int, seed: int, min_chars: int, max_chars: int,
           cue: regex.Pattern = CUE) -> list[tuple[int, dict]]:
    """``size`` rows (line number, object) drawn with ``seed`` among those with a cue (``--cue``: a shape of its own)
    and a body of the given size, less the annotated articles among them."""
    annotated = gold_ids()
    rows = []
    with POOL.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if number < start:
                continue
            if number >= stop:
                break
            row = json.loads(line)
            text = row.get("text") or ""
            if min_chars <= len(text) <= max_chars and cue.search(text):
                rows.append((number, row))
    drawn = random.Random(seed).sample(rows, min(size, len(rows)))
    return [(number, row) for number, row in drawn if str(row.get("id")) not in annotated]  # drawn first: seeds stay comparable


def lists_of(record: dict) -> list[dict]:
    return [{"trigger": (lst["trigger"] or {}).get("text"), "head": lst.get("head"), "count": lst.get("announced_count"),
             "items": [item["text"] for item in lst["items"]]} for lst in record.get("lists", [])]


def show(number: int, doc_id: str, text: str, lists: list[dict], label: str = "") -> None:
    print(f"=== line {number} {doc_id} {label}")
    print(text)
    print_lists(lists)


def print_lists(lists: list[dict], prefix: str = "") -> None:
    print(f"{prefix}--- {len(lists)} lists")
    for index, lst in enumerate(lists, 1):
        print(f"{prefix}L{index} trigger={lst['trigger']!r} head={lst['head']!r} count={lst['count']}")
        for item in lst["items"]:
            print(f"{prefix}    | {item[:160]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start", type=int, default=22000)
    parser.add_argument("--stop", type=int, default=27000)
    parser.add_argument("--size", type=int, default=60)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--min-chars", type=int, default=600)
    parser.add_argument("--max-chars", type=int, default=3500)
    parser.add_argument("--cue", help="draw among the articles matching this regular expression instead of the enumeration cues")
    parser.add_argument("--dump", type=Path)
    parser.add_argument("--diff", type=Path)
    parser.add_argument("--quiet", action="store_true", help="print nothing but the dump or the diff")
    args = parser.parse_args()

    import pipeline
    from pipeline.io import article_from_jsonl_row

    old = {}
    if args.diff:
        old = {row["doc_id"]: row["lists"] for row in map(json.loads, args.diff.read_text("utf-8").splitlines())}
    dump = args.dump.open("w", encoding="utf-8") if args.dump else None
    changed = 0
    cue = regex.compile(args.cue, regex.V1 | regex.MULTILINE) if args.cue else CUE
    for number, row in sorted(sample(args.start, args.stop, args.size, args.seed, args.min_chars, args.max_chars, cue)):
        article = article_from_jsonl_row(row, f"{POOL.name}:{number}")
        lists = lists_of(pipeline.extract(article.text, doc_id=article.doc_id))
        if dump:
            dump.write(json.dumps({"line": number, "doc_id": article.doc_id, "lists": lists}, ensure_ascii=False) + "\n")
        if args.diff:
            if old.get(article.doc_id) != lists:
                changed += 1
                show(number, article.doc_id, article.text, lists, "(now)")
                print_lists(old.get(article.doc_id, []), prefix="WAS ")
        elif not args.quiet:
            show(number, article.doc_id, article.text, lists)
    if args.diff:
        print(f"{changed} articles changed")


if __name__ == "__main__":
    main()
