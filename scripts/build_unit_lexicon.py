"""Count, on raw press text, which words are nouns and which verbs after a noun name a kind of it (issue 16, units).

The tagger often calls the second half of a compound noun a verb (``trận đấu``, ``bài hát``,
``câu hỏi``, ``vai diễn``, ``cuộc điều tra``): right after a number the unit
then stops one word short. Whether ``noun + verb`` is one noun phrase or a noun and its predicate
shows in how the pair is used elsewhere: a noun phrase takes a demonstrative right after it
(``trận đấu này``, ``bài hát ấy``), a subject and its verb almost never do (``người chết này``).

Reads ``--limit`` articles of ``../shared/data/baomoi2017/baomoi2017.jsonl`` chosen with ``--seed``
among lines ``--start`` to ``--stop`` (the data is read in place, never copied), runs the
normalizer, sentence and word stages, and counts:

- ``pairs``: every lowercase noun word followed by a lowercase word the tagger calls a verb, all its
  uses and those followed by a demonstrative. A pair is kept when it is followed by a demonstrative
  at least ``--min-demonstrative`` times and in at least ``--min-share`` of its uses, and the verb is
  no stop word of the unit (``unit_stop_words``), no particle of a verb of motion and no qualifier;
- ``nouns``: the words of two syllables or more, not right after a number, that the tagger calls a
  noun in at least ``--min-noun-share`` of at least ``--min-noun-uses`` uses. Right after a number it
  often calls the counted noun a verb (``tám thành viên``, ``2 tội danh``); elsewhere it tags it well.

The result is written to ``pipeline/data/unit_lexicon.json`` with the arguments it was made with.

    python scripts/build_unit_lexicon.py            # the shipped file: seed 16, 4000 articles, lines 0-20000 (about 4 minutes)
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
POOL = ROOT.parent / "shared" / "data" / "baomoi2017" / "baomoi2017.jsonl"
OUT = ROOT / "pipeline" / "data" / "unit_lexicon.json"
sys.path.insert(0, str(ROOT))

NOUN_TAGS = {"N", "Nc"}
MODIFIER_TAGS = {"V"}
COUNTED_TAGS = {"N", "Nc", "Nu", "Ny", "Nb"}


def chosen_lines(seed: int, start: int, stop: int, limit: int) -> set[int]:
    return set(random.Random(seed).sample(range(start, stop), limit))


def texts(lines: set[int]):
    """The chosen articles' texts as the pipeline reads a JSONL line."""
    from pipeline.io import article_from_jsonl_row

    with POOL.open(encoding="utf-8") as rows:
        for number, line in enumerate(rows):
            if number in lines:
                yield article_from_jsonl_row(json.loads(line), f"{POOL.name}:{number + 1}").text


def count_pairs(docs, demonstratives: set[str]) -> tuple[Counter, Counter, dict[str, Counter]]:
    """(uses of each noun|verb pair, of those followed by a demonstrative, tags of each lowercase word of two
    syllables or more where it does not follow a number)."""
    from pipeline.doctools import iter_words

    total: Counter = Counter()
    marked: Counter = Counter()
    tags: dict[str, Counter] = {}
    for doc in docs:
        words = iter_words(doc)
        for k, word in enumerate(words):
            if len(word) > 1 and all(t.is_alpha and t.is_lower for t in word) and not (k and words[k - 1][-1].like_num):
                tags.setdefault(" ".join(t.norm_ for t in word), Counter())[word[0].tag_] += 1
        for k in range(len(words) - 1):
            head, modifier = words[k], words[k + 1]
            if head[0].tag_ not in NOUN_TAGS or modifier[0].tag_ not in MODIFIER_TAGS:
                continue
            if not all(t.is_alpha and t.is_lower for t in head + modifier):
                continue
            if "\n" in head[-1].whitespace_ or (head[-1].i + 1 < len(doc) and doc[head[-1].i + 1].is_space):
                continue
            pair = " ".join(t.norm_ for t in head) + "|" + " ".join(t.norm_ for t in modifier)
            total[pair] += 1
            after = words[k + 2][0] if k + 2 < len(words) else None
            if after is not None and after.norm_ in demonstratives and after.i == modifier[-1].i + 1:
                marked[pair] += 1
    return total, marked, tags


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--stop", type=int, default=20000)
    parser.add_argument("--limit", type=int, default=4000)
    parser.add_argument("--min-demonstrative", type=int, default=2)
    parser.add_argument("--min-share", type=float, default=0.02)
    parser.add_argument("--min-noun-uses", type=int, default=5)
    parser.add_argument("--min-noun-share", type=float, default=0.7)
    parser.add_argument("--out", default=str(OUT))
    parser.add_argument("--all-counts", help="also write every pair's counts here (to inspect the thresholds)")
    args = parser.parse_args(argv)

    import pipeline
    from pipeline.numerals import vocabulary

    vocab = vocabulary()
    demonstratives = set(vocab["unit_kinds"]["demonstratives"])
    stops = set(vocab["unit_stop_words"]) | set(vocab["unit_kinds"]["verb_particles"])
    stops |= {word for words in vocab["qualifiers"].values() for word in words}  # "gần" of "nhà nghỉ gần đó"
    nlp = pipeline.load(exclude=["entity_rules", "entity_model", "dates", "entities", "quantities", "lists", "roles"])
    started = time.perf_counter()
    total, marked, tags = count_pairs(nlp.pipe(texts(chosen_lines(args.seed, args.start, args.stop, args.limit))), demonstratives)
    kept = {}
    for pair, n in marked.items():
        modifier = pair.split("|")[1]
        if n >= args.min_demonstrative and n / total[pair] >= args.min_share and modifier not in stops:
            kept[pair] = [n, total[pair]]
    nouns = {}
    for word, counts in tags.items():
        uses = sum(counts.values())
        noun = sum(n for tag, n in counts.items() if tag in COUNTED_TAGS)
        if uses >= args.min_noun_uses and noun / uses >= args.min_noun_share and counts.most_common(1)[0][0] in COUNTED_TAGS:
            nouns[word] = [noun, uses]
    data = {
        "_doc": ("Noun + verb pairs that name a kind of the noun (the tagger calls the second word a verb: "
                 "'trận đấu', 'câu hỏi'), mined from raw baomoi text by "
                 "scripts/build_unit_lexicon.py: each pair 'noun|modifier' with [times followed by a demonstrative, "
                 "times seen]; 'nouns': words of two syllables or more that the tagger calls a noun in most of their uses "
                 "not right after a number, [noun uses, uses] (right after a number it often calls the counted noun a "
                 "verb: 'tám thành viên', '2 tội danh'). Read by pipes/quantities: such a noun after a number is the "
                 "counted noun whatever its tag there, and a pair's verb after its noun stays in the unit."),
        "_made_with": {k: v for k, v in vars(args).items() if k not in ("out", "all_counts")},
        "pairs": dict(sorted(kept.items())),
        "nouns": dict(sorted(nouns.items())),
    }
    if args.all_counts:
        Path(args.all_counts).write_text(json.dumps({p: [marked[p], n] for p, n in total.most_common()}, ensure_ascii=False) + "\n")
    Path(args.out).write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(total)} pairs seen, {len(kept)} kept, {len(nouns)} nouns, {time.perf_counter() - started:.0f} s -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
