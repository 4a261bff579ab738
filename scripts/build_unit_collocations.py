"""Count, on raw press text, which words go on the counted noun after a number (issue 16, units).

The segmenter and tagger cut compound counted nouns short where their second part is a verb or an
adjective to them (``10.000 cán bộ coi thi``, ``6 cơ sở giết mổ``, ``40 câu hỏi trắc nghiệm``), and the
stage stops there. Whether the words belong to the counted noun shows in raw text without any tagger:
a noun phrase that names a kind of thing recurs after numbers, written the same way, in a good share of
the times its head follows a number; a predicate (``3 người thiệt mạng``) is said of many heads, above
all of ``người``, the noun a number counts most.

Reads the lowercase syllables written after a number in digits (``\\d`` with ``.`` and ``,`` groups, and
a multiplier word after it skipped) in the articles of ``../shared/data/baomoi2017/baomoi2017.jsonl``
between lines ``--start`` and ``--stop`` (read in place, never copied; the annotated articles, by any
``corpus/gold*`` file name, left out, so that neither split's text is counted), up to ``MAX_SYLLABLES``
syllables, stopping at anything that is not a lowercase syllable (punctuation, a capital, a digit).
Every prefix of those syllables is counted. A pair ``head|extension`` is kept when

- the phrase ``head extension`` follows a number at least ``--min-count`` times, and in at least
  ``--min-share`` of the times ``head`` does;
- at least ``--min-specificity`` of the times the extension follows a head after a number, it follows this
  head: a verb that names a kind belongs to its noun (``coi thi`` to ``cán bộ``, ``giết mổ`` to ``cơ sở``), a
  predicate is said of many (``dự thi``: candidates, pupils, teams, works);
- ``người extension`` does not follow a number as often (a predicate of people: ``thiệt mạng``), and the
  head is not ``người`` itself;
- the extension is at most ``MAX_EXTENSION`` syllables and holds no word of ``unit_stop_words``,
  ``unit_stop_after_head``, a qualifier or a particle of a verb of motion.

``after_multiplier``: the lowercase words written right after an amount with a multiplier word (``75 triệu
bảng``) at least ``--min-count`` times and in at least ``--min-multiplier-share`` of their uses anywhere in the
text (currencies, counted nouns), so that the same word written with a capital there is the unit (``75 triệu
Bảng``), while a sentence's first word after a title glued to its body (``70 tỷ Sau hơn nửa năm``) is not.

``phrases``: the phrases of two to ``MAX_PHRASE`` syllables written after numbers at least ``--min-phrase-count``
times: a counted noun of its own before a demonstrative (``10 cuộc điện thoại này``), not a possessor
(``1/3 dân số nước này``).

Written to ``pipeline/data/unit_collocations.json`` with the arguments it was made with. Read by
``pipes/quantities``: where the counted noun stops at a verb or adjective, a kept extension written right
after it stays in the unit.

    python scripts/build_unit_collocations.py    # the shipped file: lines 1-25000 (a few seconds); lines 25001 on are left for checks
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
OUT = ROOT / "pipeline" / "data" / "unit_collocations.json"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

MAX_SYLLABLES = 6
MAX_HEAD = 3
MAX_EXTENSION = 2
MAX_PHRASE = 4
GENERIC_HEAD = "người"
AFTER_NUMBER = regex.compile(
    r"(?<![\p{L}\d.,/:\-])\d+(?:[.,]\d+)*(?:\s+(?:triệu|tỷ|tỉ|nghìn|ngàn|trăm|vạn|chục))?((?:[ ]\p{Ll}+){1,%d})" % MAX_SYLLABLES,
    regex.V1,
)


def rows(start: int, stop: int, annotated: set[str]):
    """The title and text of each article between lines ``start`` and ``stop``, less the annotated ones."""
    with POOL.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if number < start:
                continue
            if number >= stop:
                break
            row = json.loads(line)
            if str(row.get("id")) not in annotated:
                yield row.get("title") or "", row.get("text") or ""

AFTER_MULTIPLIER = regex.compile(
    r"(?<![\p{L}\d.,/:\-])\d+(?:[.,]\d+)*\s+(?:triệu|tỷ|tỉ|nghìn|ngàn)((?:[ ]\p{Ll}+){1,%d})" % MAX_HEAD, regex.V1)
SYLLABLE = regex.compile(r"\p{L}+", regex.V1)


def count(start: int, stop: int, annotated: set[str]) -> tuple[Counter, int]:
    """The prefixes of the lowercase syllables after each number, and the number of articles read."""
    counts: Counter = Counter()
    articles = 0
    with POOL.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if number < start:
                continue
            if number >= stop:
                break
            row = json.loads(line)
            if str(row.get("id")) in annotated:
                continue
            articles += 1
            for text in (row.get("title") or "", row.get("text") or ""):
                for match in AFTER_NUMBER.finditer(text):
                    syllables = match.group(1).split()
                    for n in range(1, len(syllables) + 1):
                        counts[" ".join(syllables[:n])] += 1
    return counts, articles


def after_multipliers(start: int, stop: int, annotated: set[str], min_count: int, min_share: float) -> dict[str, list[int]]:
    """The lowercase words of one to ``MAX_HEAD`` syllables written right after an amount with a multiplier
    (``75 triệu bảng``, ``20 tỷ yên``, ``100 tỷ nhân dân tệ``) at least ``min_count`` times and in at least ``min_share``
    of their uses in the text, lowercase or not: [times after a multiplier, uses]. Currencies and counted nouns; not the
    words that open the next sentence of a title glued to its body (``70 tỷ Sau hơn nửa năm``), common everywhere."""
    after: Counter = Counter()
    for texts in rows(start, stop, annotated):
        for text in texts:
            for match in AFTER_MULTIPLIER.finditer(text):
                syllables = match.group(1).split()
                for n in range(1, len(syllables) + 1):
                    after[" ".join(syllables[:n])] += 1
    candidates = {phrase for phrase, n in after.items() if n >= min_count}
    uses: Counter = Counter()
    for texts in rows(start, stop, annotated):
        for text in texts:
            syllables = SYLLABLE.findall(text.lower())
            for i in range(len(syllables)):
                for n in range(1, MAX_HEAD + 1):
                    phrase = " ".join(syllables[i : i + n])
                    if phrase in candidates:
                        uses[phrase] += 1
    kept = {phrase: [after[phrase], uses[phrase]] for phrase in sorted(candidates)
            if uses[phrase] and after[phrase] >= min_share * uses[phrase]}
    return {phrase: n for phrase, n in kept.items()  # the shortest word only: "bảng", not "bảng để mua"
            if not any(" ".join(phrase.split()[:k]) in kept for k in range(1, len(phrase.split())))}


def splits(phrase: str) -> list[tuple[str, str]]:
    """The (head, extension) cuts of ``phrase`` of the sizes the module keeps."""
    syllables = phrase.split()
    return [(" ".join(syllables[:cut]), " ".join(syllables[cut:])) for cut in range(1, min(MAX_HEAD, len(syllables) - 1) + 1)
            if len(syllables) - cut <= MAX_EXTENSION]


def keep(counts: Counter, stops: set[str], min_count: int, min_share: float, min_specificity: float) -> dict[str, list[int]]:
    """The ``head|extension`` pairs of the module's rules, with [times after a number, times the head is, times the
    extension follows any head there]."""
    after_any: Counter = Counter()  # extension -> times it follows a head after a number, whatever the head
    for phrase, n in counts.items():
        for _, extension in splits(phrase):
            after_any[extension] += n
    kept = {}
    for phrase, n in counts.items():
        if n < min_count:
            continue
        for head, extension in splits(phrase):
            if extension in stops or any(syllable in stops for syllable in extension.split()):
                continue  # "423 phiếu thuận và 4 phiếu chống": a joiner is no part of a kind
            if n < min_share * counts[head] or n < min_specificity * after_any[extension]:
                continue  # the head is mostly counted without it, or it is said of many heads: a predicate
            if head == GENERIC_HEAD or counts.get(f"{GENERIC_HEAD} {extension}", 0) >= n:
                continue  # what people do, not a kind of them
            kept[f"{head}|{extension}"] = [n, counts[head], after_any[extension]]
    return dict(sorted(kept.items()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--start", type=int, default=1)
    parser.add_argument("--stop", type=int, default=25001)
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--min-share", type=float, default=0.05)
    parser.add_argument("--min-specificity", type=float, default=0.6)
    parser.add_argument("--min-multiplier-share", type=float, default=0.01,
                        help="a word after multipliers must be written there in this share of its uses")
    parser.add_argument("--min-phrase-count", type=int, default=5)
    parser.add_argument("--out", default=str(OUT))
    args = parser.parse_args(argv)

    from sample_lists import gold_ids

    from pipeline.numerals import vocabulary

    vocab = vocabulary()
    stops = set(vocab["unit_stop_words"]) | set(vocab["unit_stop_after_head"]) | set(vocab["unit_kinds"]["verb_particles"])
    stops |= set(vocab["unit_verbs_tagged_nouns"]["words"])
    stops |= {phrase for words in vocab["qualifiers"].values() for phrase in words}
    stops |= {phrase.split()[0] for words in vocab["qualifiers"].values() for phrase in words}
    stops |= {phrase.split()[0] for label, words in vocab["qualifiers_after"].items() if not label.startswith("_")
              for phrase in words}  # "trở" of "18 tuổi trở lên"
    started = time.perf_counter()
    counts, articles = count(args.start, args.stop, gold_ids())
    kept = keep(counts, stops, args.min_count, args.min_share, args.min_specificity)
    currencies = after_multipliers(args.start, args.stop, gold_ids(), args.min_count, args.min_multiplier_share)
    data = {
        "_doc": ("Words that go on a counted noun after a number, counted on raw baomoi text by "
                 "scripts/build_unit_collocations.py: 'head|extension' -> [times the phrase follows a number in digits, "
                 "times the head does, times the extension follows any head]; kept when the phrase recurs there in a "
                 "good share of the head's uses, the extension follows mostly this head, and 'người' + extension "
                 "(a predicate of people) does not follow numbers as often. Read by pipes/quantities: where the counted "
                 "noun stops at a verb, a kept extension right after it stays in the unit "
                 "('10.000 cán bộ coi thi', '6 cơ sở giết mổ')."),
        "_made_with": {"start": args.start, "stop": args.stop, "articles": articles, "min_count": args.min_count,
                       "min_share": args.min_share, "min_specificity": args.min_specificity,
                       "min_multiplier_share": args.min_multiplier_share, "min_phrase_count": args.min_phrase_count,
                       "max_phrase": MAX_PHRASE, "max_head": MAX_HEAD, "max_extension": MAX_EXTENSION},
        "pairs": kept,
        "after_multiplier": currencies,
        "phrases": {phrase: n for phrase, n in sorted(counts.items())
                    if n >= args.min_phrase_count and 2 <= len(phrase.split()) <= MAX_PHRASE},
    }
    Path(args.out).write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{articles} articles, {len(counts)} phrases, {len(kept)} pairs kept, {len(currencies)} words after multipliers, "
          f"{time.perf_counter() - started:.0f} s -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
