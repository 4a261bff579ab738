"""Read the entity layer's output on raw press it was never tuned on (issue 15).

Draws a seeded sample of articles from ``../shared/data/baomoi2017/baomoi2017.jsonl`` (read in place, never
copied; annotated articles left out, as ``sample_lists.py`` does), runs the pipeline on each and prints its
entities with a little context for reading against the guidelines' Entities section. ``--dump FILE`` writes the
entities found (one JSON line per article); ``--diff OLD`` prints only the spans that differ from such a dump
(``-`` gone, ``+`` new, with context), so a rule's changes on an unread sample can be counted span by span.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from sample_lists import POOL, sample  # noqa: E402


def context(text: str, start: int, end: int, width: int = 40) -> str:
    left = text[max(0, start - width):start].replace("\n", " ")
    right = text[end:end + width].replace("\n", " ")
    return f"{left}[{text[start:end]}]{right}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start", type=int, default=1)
    parser.add_argument("--stop", type=int, default=31377)
    parser.add_argument("--size", type=int, default=30)
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--min-chars", type=int, default=600)
    parser.add_argument("--max-chars", type=int, default=3500)
    parser.add_argument("--cue", default=".", help="draw among the articles matching this regular expression")
    parser.add_argument("--label", help="print only the entities of this label")
    parser.add_argument("--dump", type=Path)
    parser.add_argument("--diff", type=Path)
    args = parser.parse_args()

    import pipeline
    from pipeline.io import article_from_jsonl_row

    old = {}
    if args.diff:
        old = {row["doc_id"]: row for row in map(json.loads, args.diff.read_text("utf-8").splitlines())}
    dump = args.dump.open("w", encoding="utf-8") if args.dump else None
    gone = new = 0
    for number, row in sorted(sample(args.start, args.stop, args.size, args.seed, args.min_chars, args.max_chars,
                                     regex.compile(args.cue, regex.V1))):
        article = article_from_jsonl_row(row, f"{POOL.name}:{number}")
        record = pipeline.extract(article.text, doc_id=article.doc_id)
        ents = [[e["start"], e["end"], e["label"]] for e in record["entities"]]
        if dump:
            dump.write(json.dumps({"line": number, "doc_id": article.doc_id, "entities": ents}, ensure_ascii=False) + "\n")
        text = article.text
        if args.diff:
            before = {tuple(e) for e in old.get(article.doc_id, {}).get("entities", [])}
            after = {tuple(e) for e in ents}
            for sign, spans in (("-", before - after), ("+", after - before)):
                for start, end, label in sorted(spans):
                    print(f"{sign} {article.doc_id} {label:4} {context(text, start, end)}")
            gone += len(before - after)
            new += len(after - before)
        else:
            print(f"=== line {number} {article.doc_id}")
            for start, end, label in ents:
                if not args.label or label == args.label:
                    print(f"  {label:4} {context(text, start, end, 30)}")
    if args.diff:
        print(f"{gone} spans gone, {new} spans new")


if __name__ == "__main__":
    main()
