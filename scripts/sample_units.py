"""Read the units of the quantities stage on raw press it was never tuned on (issue 16).

Draws a seeded sample of articles from ``../shared/data/baomoi2017/baomoi2017.jsonl`` between
lines ``--start`` and ``--stop`` (read in place, never copied; annotated articles, by any
``corpus/gold*`` file name, left out), runs the stages quantities need (no lists, no roles) and
prints each quantity with its unit and the words after it, for reading against the guidelines'
Quantities section ("the shortest phrase that still names the thing counted").
``--cue REGEX`` draws only among the articles with a shape to check. ``--dump FILE`` writes the
quantities found (one JSON line per article); ``--diff OLD`` prints only
the quantities whose unit (or presence) differs from such a dump, old and new side by side, so the
changes of a rule on a sample can be counted span by span, right or wrong.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from sample_lists import POOL, gold_ids  # noqa: E402

CONTEXT = 60


def sample(start: int, stop: int, size: int, seed: int, cue: str | None = None) -> list[tuple[int, dict]]:
    """``size`` rows (line number, object) drawn with ``seed`` among lines ``start`` to ``stop`` (with ``cue``, those whose
    line matches that regular expression), less annotated ones."""
    annotated = gold_ids()
    pattern = regex.compile(cue, regex.V1) if cue else None
    rows = []
    with POOL.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if start <= number < stop and (pattern is None or pattern.search(line)):
                rows.append((number, line))
    drawn = random.Random(seed).sample(rows, min(size, len(rows)))
    parsed = [(number, json.loads(line)) for number, line in drawn]
    return [(number, row) for number, row in parsed if str(row.get("id")) not in annotated]


def around(text: str, start: int, end: int) -> str:
    """The span in brackets with a little text either side, on one line."""
    return " ".join(f"{text[max(0, start - 25):start]}[{text[start:end]}]{text[end:end + CONTEXT]}".split())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--start", type=int, default=1)
    parser.add_argument("--stop", type=int, default=31377)
    parser.add_argument("--size", type=int, default=60)
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--cue", help="draw only among articles whose JSON line matches this regular expression (a shape to check)")
    parser.add_argument("--dump", type=Path)
    parser.add_argument("--diff", type=Path)
    args = parser.parse_args()

    import pipeline
    from pipeline.io import article_from_jsonl_row
    from pipeline.output import doc_to_record

    nlp = pipeline.load(exclude=["lists", "roles"])
    old: dict[str, dict] = {}
    if args.diff:
        old = {row["doc_id"]: row for row in map(json.loads, args.diff.read_text("utf-8").splitlines())}
    dump = args.dump.open("w", encoding="utf-8") if args.dump else None
    changed = total = 0
    for number, row in sorted(sample(args.start, args.stop, args.size, args.seed, args.cue)):
        article = article_from_jsonl_row(row, f"{POOL.name}:{number}")
        text = article.text
        found = [{"start": q["start"], "end": q["end"], "text": q["text"], "value": q["value"], "unit": q.get("unit")}
                 for q in doc_to_record(nlp(text))["quantities"]]
        total += len(found)
        if dump:
            dump.write(json.dumps({"line": number, "doc_id": article.doc_id, "quantities": found}, ensure_ascii=False) + "\n")
        if args.diff:
            before = {(q["start"], q["end"]): q for q in old.get(article.doc_id, {}).get("quantities", [])}
            now = {(q["start"], q["end"]): q for q in found}
            for key in sorted(set(before) | set(now)):
                was, new = before.get(key), now.get(key)
                if was and new and was["unit"] == new["unit"] and was["value"] == new["value"]:
                    continue
                changed += 1
                print(f"{article.doc_id} WAS {was and was['unit']!r} NOW {new and new['unit']!r} :: {around(text, *key)}")
        else:
            for q in found:
                print(f"{article.doc_id} {q['unit']!r} :: {around(text, q['start'], q['end'])}")
    if args.diff:
        print(f"{changed} quantities changed of {total}")


if __name__ == "__main__":
    main()
