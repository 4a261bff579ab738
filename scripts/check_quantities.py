"""Audit the quantities stage on unannotated press (issue 16): values a database would not trust.

Runs the stages quantities need (no lists, no roles) over the first ``--limit`` articles of
``../shared/data/baomoi2017/baomoi2017.jsonl`` (after skipping ``--offset`` lines, so a slice
not read while writing a rule can be checked) and lists three suspicious shapes, then prints
the count of each:

- (a) ``huge``: a value over 10^15 (no press amount is that large; a misread numeral is);
- (b) ``multiplier``: a span holding a multiplier word of a thousand or more (nghìn, vạn,
  triệu, tỷ) whose value, or a range's high end, is below 1,000 (the multiplier was lost;
  ``hàng trăm`` is rightly 100, ``9 trăm đến 1 nghìn`` rightly 900 to 1,000);
- (c) ``clock``: a span shaped like a clock time (``9 giờ 00``, ``07:15``, ``lúc 8 giờ``,
  ``GMT+7``), which the guidelines leave to dates; counted apart as ``duration``, the same
  shape as hours and minutes after a word of duration (``kéo dài 2 giờ 20 phút``), which
  the guidelines annotate.

The shapes are defined here, independently of the stage's own exclusion rules, so that the
check does not grade the rules by themselves. ``--dump`` writes every quantity found and every
numeral the stage left out with the kind of rule that did it (one JSON line per article) to
compare two runs; ``--recheck`` reads such a dump back instead of running the pipeline. The data is read in place, never copied.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
POOL = ROOT.parent / "shared" / "data" / "baomoi2017" / "baomoi2017.jsonl"
sys.path.insert(0, str(ROOT))

# Multipliers of a thousand and more: a span with one and a value under 1,000 lost it ("hàng trăm" is 100).
MULTIPLIER = regex.compile(r"(?<!\p{L})(?:nghìn|ngàn|vạn|triệu|tỷ|tỉ)(?!\p{L})", regex.IGNORECASE)
# A clock time around the span: hour and minutes, hh:mm, an hour after lúc/hồi, a GMT offset.
CLOCK = regex.compile(
    r"(?<![\d.,])(?:[01]?\d|2[0-3])\s*(?:giờ|h|g)\s*[0-5]\d(?!\d)"
    r"|(?<![\d.,:])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])"
    r"|(?:lúc|hồi|vào\s+lúc)\s+(?:khoảng\s+)?\d{1,2}\s*(?:giờ|h)(?!\p{L})"
    r"|(?:GMT|UTC)\s*[+-]\s*\d{1,2}",
    regex.IGNORECASE,
)
# A span of hours and minutes after a word of duration is a length of time, which the guidelines annotate.
DURATION_CUE = regex.compile(
    r"(?<!\p{L})(?:kéo dài|sau|trong|mất|thêm|khoảng|lên tới|hơn|chỉ|thời gian(?: [\p{Ll} ]{1,20})? là|lâu hơn)\s+(?:khoảng\s+)?$",
    regex.IGNORECASE,
)
HOURS_AND_MINUTES = regex.compile(r"(?<!\d)\d{1,2}\s*giờ\s*\d{1,2}\s*phút", regex.IGNORECASE)
HUGE = 10**15
CONTEXT = 40


def articles(offset: int, limit: int):
    """Articles of the pool as the pipeline reads a JSONL line, from line ``offset`` on, ``limit`` of them."""
    from pipeline.io import article_from_jsonl_row

    with POOL.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if number < offset:
                continue
            if number >= offset + limit:
                break
            yield article_from_jsonl_row(json.loads(line), f"{POOL.name}:{number + 1}")


def clock_shaped(text: str, start: int, end: int) -> bool:
    """True when a clock-time shape in the text around the span overlaps it."""
    left = max(0, start - 12)
    for match in CLOCK.finditer(text, left, min(len(text), end + 12)):
        if match.start() < end and start < match.end():
            return True
    return False


def duration_shaped(text: str, start: int) -> bool:
    """True when the span opens or closes ``H giờ MM phút`` and a word of duration comes just before it
    (``kéo dài 2 giờ 20 phút``, ``sau 1 giờ 47 phút``): a length of time, not a clock time."""
    window = text[max(0, start - 12) : start + 30]
    for match in HOURS_AND_MINUTES.finditer(window, overlapped=True):
        opening = max(0, start - 12) + match.start()
        if opening <= start < opening + len(match.group()) and DURATION_CUE.search(text[max(0, opening - 40) : opening]):
            return True
    return False


def suspicious(text: str, quantity: dict) -> list[str]:
    """The check names (huge, multiplier, clock, duration) a quantity record fails."""
    kinds = []
    value = quantity["value"]
    if abs(value) > HUGE or abs(quantity.get("value_max") or 0) > HUGE:
        kinds.append("huge")
    if MULTIPLIER.search(quantity["text"]) and max(abs(value), abs(quantity.get("value_max") or 0)) < 1000:
        kinds.append("multiplier")
    if clock_shaped(text, quantity["start"], quantity["end"]):
        kinds.append("duration" if duration_shaped(text, quantity["start"]) else "clock")
    return kinds


def context(text: str, quantity: dict) -> str:
    """The span in brackets with some text either side, on one line."""
    before = text[max(0, quantity["start"] - CONTEXT) : quantity["start"]]
    after = text[quantity["end"] : quantity["end"] + CONTEXT]
    return " ".join(f"{before}[{quantity['text']}]{after}".split())


def extracted(offset: int, limit: int):
    """(article, quantity records, numerals left out with their kind) from the stages quantities need."""
    import pipeline
    from pipeline.output import doc_to_record

    nlp = pipeline.load(exclude=["lists", "roles"])
    for article in articles(offset, limit):
        doc = nlp(article.text)
        left_out = [{"start": s.start_char, "end": s.end_char, "text": s.text, "kind": s.label_} for s in doc.spans.get("not_quantities", [])]
        yield article, doc_to_record(doc)["quantities"], left_out


def dumped(path: str, offset: int, limit: int):
    """(article, quantity records, numerals left out) read back from a ``--dump`` file, for the same slice."""
    with open(path, encoding="utf-8") as lines:
        records = {row["id"]: row for row in map(json.loads, lines)}
    for article in articles(offset, limit):
        if article.doc_id in records:
            yield article, records[article.doc_id]["quantities"], records[article.doc_id].get("left_out", [])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--limit", type=int, default=1500, help="articles to read (default 1500)")
    parser.add_argument("--offset", type=int, default=0, help="JSONL lines to skip first")
    parser.add_argument("--dump", help="write every quantity found here, one JSON line per article")
    parser.add_argument("--quiet", action="store_true", help="print the counts only")
    parser.add_argument("--recheck", help="check the quantities of an earlier --dump instead of running the pipeline")
    args = parser.parse_args(argv)

    found = {"huge": [], "multiplier": [], "clock": [], "duration": []}
    kinds: Counter = Counter()
    total = documents = 0
    started = time.perf_counter()
    dump = open(args.dump, "w", encoding="utf-8") if args.dump else None
    rows = dumped(args.recheck, args.offset, args.limit) if args.recheck else extracted(args.offset, args.limit)
    for article, quantities, left_out in rows:
        documents += 1
        kinds.update(item["kind"] for item in left_out)
        total += len(quantities)
        for quantity in quantities:
            for kind in suspicious(article.text, quantity):
                found[kind].append(f"{article.doc_id} {quantity['value']!r} unit={quantity.get('unit')!r} :: {context(article.text, quantity)}")
        if dump:
            fields = ("start", "end", "text", "value", "value_max", "unit", "qualifier")
            dump.write(json.dumps({"id": article.doc_id, "quantities": [{k: q.get(k) for k in fields} for q in quantities],
                                   "left_out": left_out}, ensure_ascii=False) + "\n")
    if dump:
        dump.close()
    if not args.quiet:
        for kind, lines in found.items():
            print(f"== {kind} ({len(lines)})")
            print("\n".join(lines))
    print(f"{documents} articles, {total} quantities, {time.perf_counter() - started:.0f} s")
    print(" ".join(f"{kind}={len(lines)}" for kind, lines in found.items()))
    print("left out by kind: " + (" ".join(f"{kind}={n}" for kind, n in kinds.most_common()) or "none recorded"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
