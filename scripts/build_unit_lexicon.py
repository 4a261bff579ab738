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

With ``--compounds`` it writes ``pipeline/data/unit_heads.json`` instead: the compound heads of counted nouns,
noun|verb pairs whose noun, right after a number, is followed by the verb in at least ``--min-head-share`` of
its uses there (``33.460 chỗ ngồi``, ``2 bệ phóng``, ``7 chặng đua``), which no demonstrative may ever follow on
raw text; see ``write_compounds`` for the filters. ``--counts FILE`` saves the raw counts of a run and
``--from-counts FILE`` reads them back, so that thresholds are tried without running the pipeline again.

    python scripts/build_unit_lexicon.py            # the shipped file: seed 16, 4000 articles, lines 0-20000 (about 4 minutes)
    python scripts/build_unit_lexicon.py --compounds --limit 20000 --counts counts.json   # unit_heads.json (about 13 minutes)
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
HEADS = ROOT / "pipeline" / "data" / "unit_heads.json"
sys.path.insert(0, str(ROOT))

NOUN_TAGS = {"N", "Nc"}
COUNTED_TAGS = {"N", "Nc", "Nu", "Ny", "Nb"}
# Words that open a predicate: after one, the pair before it is its subject, a noun phrase (``phòng trọ đã``, ``cú đánh là``).
AUXILIARIES = {"đã", "đang", "sẽ", "được", "bị", "cũng", "đều", "vẫn", "là", "phải", "không", "chưa"}
# The noun a number counts most: a verb that follows it after a number more often than it follows another noun there
# is what counted people do, a predicate ("3 người thiệt mạng", so "10 dân thường thiệt mạng" counts "dân thường").
GENERIC_HEAD = "người"
DETERMINERS = {"các", "những", "mỗi", "từng", "mọi", "nhiều"}
OBJECT_TAGS = {"N", "Nc", "Np", "Nu", "M", "P"}


def chosen_lines(seed: int, start: int, stop: int, limit: int) -> set[int]:
    return set(random.Random(seed).sample(range(start, stop), limit))


def texts(lines: set[int]):
    """The chosen articles' texts as the pipeline reads a JSONL line."""
    from pipeline.io import article_from_jsonl_row

    with POOL.open(encoding="utf-8") as rows:
        for number, line in enumerate(rows):
            if number in lines:
                yield article_from_jsonl_row(json.loads(line), f"{POOL.name}:{number + 1}").text


def count_pairs(docs, demonstratives: set[str], modifier_tags: set[str]) -> tuple[Counter, Counter, dict[str, Counter], dict[str, Counter], Counter]:
    """(uses of each noun|modifier pair, of those followed by a demonstrative, tags of each lowercase word of two
    syllables or more where it does not follow a number)."""
    from pipeline.doctools import iter_words

    total: Counter = Counter()
    marked: Counter = Counter()
    tags: dict[str, Counter] = {}
    contexts: dict[str, Counter] = {}  # pair -> where it was seen: after a number or determiner, before an auxiliary or an object
    heads: Counter = Counter()  # lowercase words right after a number, whatever follows them
    for doc in docs:
        words = iter_words(doc)
        for k, word in enumerate(words):
            if k and words[k - 1][-1].like_num and all(t.is_alpha and t.is_lower for t in word):
                heads[" ".join(t.norm_ for t in word)] += 1
            if len(word) > 1 and all(t.is_alpha and t.is_lower for t in word) and not (k and words[k - 1][-1].like_num):
                tags.setdefault(" ".join(t.norm_ for t in word), Counter())[word[0].tag_] += 1
        for k in range(len(words) - 1):
            head, modifier = words[k], words[k + 1]
            if head[0].tag_ not in NOUN_TAGS or modifier[0].tag_ not in modifier_tags:
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
            seen = contexts.setdefault(pair, Counter())
            before = words[k - 1] if k else None
            if before is not None and before[-1].like_num:
                seen["after_number"] += 1
            elif before is not None and " ".join(t.norm_ for t in before) in DETERMINERS:
                seen["after_determiner"] += 1
            if after is None or after.is_punct:
                seen["end"] += 1
            elif " ".join(t.norm_ for t in words[k + 2]) in AUXILIARIES:
                seen["auxiliary"] += 1
            elif after.tag_ in OBJECT_TAGS:
                seen["object"] += 1
    return total, marked, tags, contexts, heads


def write_compounds(args: argparse.Namespace, contexts: dict[str, Counter], heads: Counter, tags: dict[str, Counter],
                    stops: set[str], started: float) -> None:
    """Write the compound heads: noun|verb pairs that follow a number at least ``--min-after-number`` times and in at
    least ``--min-head-share`` of the times their noun follows one (``33.460 chỗ ngồi``, ``5 bệ phóng``): the noun
    alone is seldom what a number counts, the pair is. A subject and its predicate (``3 người chết``) fall below the
    share, the noun being counted alone far more often; a verb that follows ``GENERIC_HEAD`` after a number at least as
    often as it follows the noun is a predicate (``10 dân thường thiệt mạng``); a modifier of two syllables or more
    that the tagger calls a verb in under ``--min-verb-share`` of its uses elsewhere is a noun or an adjective that
    describes (``04 nhiệm vụ trọng tâm``), not the verb of a compound."""
    kept = {}
    for pair, seen in contexts.items():
        head, modifier = pair.split("|")
        n = seen.get("after_number", 0)
        generic = contexts.get(f"{GENERIC_HEAD}|{modifier}", Counter()).get("after_number", 0)
        uses = tags.get(modifier)
        if uses and uses["V"] < args.min_verb_share * sum(uses.values()):
            continue
        if n >= args.min_after_number and n / heads[head] >= args.min_head_share and modifier not in stops and n > generic:
            kept[pair] = [n, heads[head]]
    data = {
        "_doc": ("Compound heads of counted nouns: noun|verb pairs whose noun, right after a number, is followed by the verb "
                 "in a good share of its uses ('chỗ|ngồi': '33.460 chỗ ngồi', 'bệ|phóng', 'nút|giao'), so that the pair, "
                 "not the noun alone, is what the number counts, though the tagger calls the second word a verb. Mined "
                 "from raw baomoi text by scripts/build_unit_lexicon.py --compounds: each pair with [times after a number, "
                 "times its noun is after a number]. Read by pipes/quantities with the lexicon's pairs: a pair's verb "
                 "after its noun stays in the unit."),
        "_made_with": {k: v for k, v in vars(args).items() if k not in ("out", "all_counts", "counts", "from_counts", "compounds",
                                                                        "min_demonstrative", "min_share", "min_noun_uses",
                                                                        "min_noun_share")},
        "pairs": dict(sorted(kept.items())),
    }
    out = args.out or str(HEADS)
    Path(out).write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(contexts)} pairs seen, {len(kept)} compound heads, {time.perf_counter() - started:.0f} s -> {out}")


def counted_with(args: argparse.Namespace) -> dict:
    """The arguments that decide the raw counts (the sample and the modifiers' tags), not the thresholds."""
    return {k: getattr(args, k) for k in ("seed", "start", "stop", "limit", "modifier_tags")}


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
    parser.add_argument("--modifier-tags", default="V", help="the tags of the second word of a pair, comma-separated")
    parser.add_argument("--compounds", action="store_true",
                        help="write the compound heads after numbers (data/unit_heads.json) instead of the lexicon")
    parser.add_argument("--min-after-number", type=int, default=5)
    parser.add_argument("--min-head-share", type=float, default=0.1)
    parser.add_argument("--min-verb-share", type=float, default=0.5,
                        help="a modifier of two syllables or more must be tagged a verb in this share of its uses elsewhere")
    parser.add_argument("--out", default=None, help=f"default {OUT.name}, or {HEADS.name} with --compounds")
    parser.add_argument("--counts", help="save the raw counts here (JSON), to try other thresholds with --from-counts")
    parser.add_argument("--from-counts", help="read the raw counts saved by --counts instead of running the pipeline")
    parser.add_argument("--all-counts", help="also write every pair's counts here (to inspect the thresholds)")
    args = parser.parse_args(argv)

    import pipeline
    from pipeline.numerals import vocabulary

    vocab = vocabulary()
    demonstratives = set(vocab["unit_kinds"]["demonstratives"])
    stops = set(vocab["unit_stop_words"]) | set(vocab["unit_kinds"]["verb_particles"])
    stops |= {word for words in vocab["qualifiers"].values() for word in words}  # "gần" of "nhà nghỉ gần đó"
    started = time.perf_counter()
    if args.from_counts:
        saved = json.loads(Path(args.from_counts).read_text("utf-8"))
        if saved["made_with"] != counted_with(args):
            raise SystemExit(f"{args.from_counts} was counted with {saved['made_with']}, not {counted_with(args)}")
        total, marked = Counter(saved["total"]), Counter(saved["marked"])
        tags = {word: Counter(counts) for word, counts in saved["tags"].items()}
        contexts = {pair: Counter(counts) for pair, counts in saved.get("contexts", {}).items()}
        heads = Counter(saved.get("heads", {}))
    else:
        nlp = pipeline.load(exclude=["entity_rules", "entity_model", "dates", "entities", "quantities", "lists", "roles"])
        docs = nlp.pipe(texts(chosen_lines(args.seed, args.start, args.stop, args.limit)))
        total, marked, tags, contexts, heads = count_pairs(docs, demonstratives, set(args.modifier_tags.split(",")))
        if args.counts:
            Path(args.counts).write_text(json.dumps({"made_with": counted_with(args), "total": total, "marked": marked,
                                                     "tags": tags, "contexts": contexts, "heads": heads}, ensure_ascii=False) + "\n",
                                         encoding="utf-8")
    if args.compounds:
        stops |= {word for label, words in vocab["qualifiers_after"].items() if not label.startswith("_")
                  for phrase in words for word in phrase.split()}  # "trở" of "18 tuổi trở lên"
        write_compounds(args, contexts, heads, tags, stops, started)
        return 0
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
        "_made_with": {k: v for k, v in vars(args).items() if k not in ("out", "all_counts", "counts", "from_counts")},
        "pairs": dict(sorted(kept.items())),
        "nouns": dict(sorted(nouns.items())),
    }
    if args.all_counts:
        Path(args.all_counts).write_text(json.dumps({p: [marked[p], n] for p, n in total.most_common()}, ensure_ascii=False) + "\n")
    out = args.out or str(OUT)
    Path(out).write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(total)} pairs seen, {len(kept)} kept, {len(nouns)} nouns, {time.perf_counter() - started:.0f} s -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
