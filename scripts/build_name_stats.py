"""Corpus-level name statistics from raw baomoi 2017 text (issue 15): ``pipeline/data/name_stats.json``.

Step 1 (slow: the pipeline, one process) runs the shipped pipeline (trained model, entity rules,
merge; the stages after the entities left out) on a seeded random sample of the raw articles in
``../shared/data/baomoi2017/`` (read at run time, never copied here), leaving out every text the
entity layer is scored on (``corpus/articles``, ``corpus/gold``, ``corpus/gold-test``, VLSP 2018
dev: by id and by any sentence of 50 characters or more in common, ``build_silver.held_out``),
and writes each sentence's tokens and final entities to ``build/name_stats/sentences.jsonl``.

Step 2 counts, per surface form (a token sequence):

- ``labels``: how often it is a final entity with each label;
- ``bare``: how often the same sequence, every token capitalised, stands untagged (no token of it in
  an entity, no capitalised word glued before or after it);
- ``lower``: how often it is written all in lowercase (a common word: "Cục", "Bộ", "Anh");
- ``docs``: in how many different articles it is an entity;

and keeps the forms that pass the thresholds of ``THRESHOLDS`` (chosen on corpus/gold), writing
them with their dominant label and counts to ``pipeline/data/name_stats.json`` (sorted,
deterministic: the same file twice from the same sentences).

    python scripts/build_name_stats.py --articles 12000 --seed 15   # the shipped file (about 20 min, one process)
    python scripts/build_name_stats.py --reuse                      # step 2 only (about 1 min)
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
BUILD = ROOT / "build" / "name_stats"
TARGET = ROOT / "pipeline" / "data" / "name_stats.json"


def run_pipeline(articles: list[dict], target: Path) -> dict:
    """Write one line per sentence of ``articles``: article id, tokens, final entities (start, end, label)."""
    import pipeline
    from pipeline.language import timed_process

    nlp = pipeline.load(exclude=["quantities", "lists", "roles"])  # later stages never change the entities
    counts = {"articles": 0, "sentences": 0, "failed": 0}
    started = time.perf_counter()
    with target.open("w", encoding="utf-8") as out:
        for number, article in enumerate(articles, 1):
            doc = nlp.make_doc(article["text"])
            doc._.meta = {"doc_id": article["id"]}
            try:
                doc = timed_process(nlp, doc)
            except Exception as error:  # one article the pipeline fails on is left out, not the run
                print(f"{article['id']}: {type(error).__name__}: {error}", file=sys.stderr)
                counts["failed"] += 1
                continue
            ents = sorted((e.start, e.end, e.label_) for e in doc.ents)
            for sent in doc.sents:
                tokens = [t for t in sent if not t.is_space]
                if not tokens:
                    continue
                start, end = tokens[0].i, tokens[-1].i + 1
                inside = [(s - start, e - start, label) for s, e, label in ents if s >= start and e <= end]
                out.write(json.dumps({"id": article["id"], "words": [t.text for t in doc[start:end]],
                                      "ents": inside}, ensure_ascii=False) + "\n")
                counts["sentences"] += 1
            counts["articles"] += 1
            out.flush()
            if number % 100 == 0:
                print(f"{number} articles, {time.perf_counter() - started:.0f} s", flush=True)
    counts["seconds"] = round(time.perf_counter() - started)
    return counts


# Chosen on corpus/gold and a seeded raw sample read for it (sample_entities.py --seed 3301; min_count 5
# let brands and events in as persons: "Gucci", "Watergate"): a form is kept when the pipeline labelled it at least
# MIN_COUNT times in at least MIN_DOCS articles, one label holds MIN_SHARE of those, and the pipeline
# labelled at least MIN_TAGGED of its standalone occurrences (the rest stood untagged: a form mostly left
# bare is one the rules leave out on purpose, "Tết", or a sentence's capitalised opening); a one-word form
# never written in lowercase, a longer one lowercase in at most MAX_LOWER of its occurrences. A kept form
# whose label holds RELABEL_SHARE of at least RELABEL_COUNT labellings may also relabel the model.
THRESHOLDS = {"min_count": 10, "min_docs": 3, "min_share": 0.9, "min_tagged": 0.5, "max_lower": 0.05,
              "relabel_count": 20, "relabel_share": 0.97, "max_tokens": 10}


def capitalised(word: str) -> bool:
    return word[:1].isupper()


def count_forms(rows: list[dict], max_tokens: int) -> dict[tuple[str, ...], dict]:
    """Per entity form (token texts, first token capitalised): its labels, articles, bare and lowercase counts."""
    stats: dict[tuple[str, ...], dict] = {}
    for row in rows:
        words = row["words"]
        for start, end, label in row["ents"]:
            form = tuple(words[start:end])
            if end - start <= max_tokens and capitalised(form[0]):
                entry = stats.setdefault(form, {"labels": {}, "docs": set(), "bare": 0, "lower": 0})
                entry["labels"][label] = entry["labels"].get(label, 0) + 1
                entry["docs"].add(row["id"])
    by_first: dict[str, list[tuple[str, ...]]] = {}
    lower_first: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
    for form in stats:
        by_first.setdefault(form[0], []).append(form)
        lowered = tuple(w.lower() for w in form)
        if lowered != form:
            lower_first.setdefault(lowered[0], []).append((lowered, form))
    for row in rows:
        words = row["words"]
        tagged = [False] * len(words)
        for start, end, _ in row["ents"]:
            for i in range(start, end):
                tagged[i] = True
        for i, word in enumerate(words):
            for form in by_first.get(word, ()):
                end = i + len(form)
                if end > len(words) or tuple(words[i:end]) != form or any(tagged[i:end]):
                    continue
                glued_before = i > 0 and words[i - 1].isalpha() and capitalised(words[i - 1])
                glued_after = end < len(words) and words[end].isalpha() and capitalised(words[end])
                if not (glued_before or glued_after):
                    stats[form]["bare"] += 1
            for lowered, form in lower_first.get(word, ()):
                end = i + len(lowered)
                if end <= len(words) and tuple(words[i:end]) == lowered:
                    stats[form]["lower"] += 1
    return stats


def keep(entry: dict, form: tuple[str, ...], t: dict) -> bool:
    labelled = sum(entry["labels"].values())
    label, top = max(entry["labels"].items(), key=lambda item: (item[1], item[0]))
    occurrences = labelled + entry["bare"] + entry["lower"]
    if labelled < t["min_count"] or len(entry["docs"]) < t["min_docs"] or top < t["min_share"] * labelled:
        return False
    if labelled < t["min_tagged"] * (labelled + entry["bare"]):
        return False
    if len(form) == 1:
        return entry["lower"] == 0
    return entry["lower"] <= t["max_lower"] * occurrences


def build(rows: list[dict], source: dict, t: dict = THRESHOLDS) -> dict:
    """The data file: header (source, sample, thresholds) and the kept forms, sorted."""
    stats = count_forms(rows, t["max_tokens"])
    names = {}
    for form in sorted(stats):
        entry = stats[form]
        if not keep(entry, form, t):
            continue
        labelled = sum(entry["labels"].values())
        label, top = max(entry["labels"].items(), key=lambda item: (item[1], item[0]))
        relabel = top >= t["relabel_count"] and top >= t["relabel_share"] * labelled
        names[" ".join(form)] = [label, top, labelled, entry["bare"], len(entry["docs"]), int(relabel)]
    return {"about": "Names learnt from raw baomoi 2017 text by scripts/build_name_stats.py: per token sequence "
                     "(tokens joined by one space) [label, times with that label, times labelled, times standing "
                     "untagged, articles, may relabel the model (1/0)].",
            "source": source, "thresholds": t, "names": names}


def write(data: dict, target: Path) -> None:
    """One name a line, so the file diffs well and stays the same byte for byte from the same sentences."""
    head = {k: v for k, v in data.items() if k != "names"}
    lines = [json.dumps(head, ensure_ascii=False, sort_keys=True)[:-1] + ', "names": {']
    items = [f"  {json.dumps(k, ensure_ascii=False)}: {json.dumps(v)}" for k, v in data["names"].items()]
    target.write_text("\n".join(lines) + "\n" + ",\n".join(items) + "\n}}\n", encoding="utf-8")


def still_allowed(rows: list[dict], n: int, seed: int) -> list[dict]:
    """The rows of a reused run whose article the held-out set of today still allows: articles added to the
    corpus since the run (and their syndicated copies) are dropped, never counted."""
    from build_silver import sample

    allowed = {a["id"] for a in sample(n, seed)[0]}
    kept = [row for row in rows if row["id"] in allowed]
    dropped = len({row["id"] for row in rows}) - len({row["id"] for row in kept})
    print(f"{dropped} articles of the reused run are held out now and left out")
    return kept


def main() -> int:
    from build_silver import BAOMOI, sample

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=12000, help="baomoi articles to read")
    parser.add_argument("--seed", type=int, default=15, help="seed of the article sample")
    parser.add_argument("--out", type=Path, default=BUILD, help="folder for sentences.jsonl and ids.json")
    parser.add_argument("--target", type=Path, default=TARGET)
    parser.add_argument("--reuse", action="store_true", help="skip step 1: sentences.jsonl is already there")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    sentences, ids = args.out / "sentences.jsonl", args.out / "ids.json"
    if not args.reuse:
        if not BAOMOI.is_file():
            print(f"error: {BAOMOI} not found; the statistics need the baomoi 2017 articles beside the repo", file=sys.stderr)
            return 2
        articles, skipped = sample(args.articles, args.seed)
        print(f"{len(articles)} articles sampled (seed {args.seed}), {skipped} held-out ones skipped")
        ids.write_text(json.dumps([a["id"] for a in articles]), encoding="utf-8")
        print(json.dumps(run_pipeline(articles, sentences)))
    rows = [json.loads(line) for line in sentences.read_text("utf-8").splitlines()]
    if args.reuse:
        rows = still_allowed(rows, args.articles, args.seed)
    articles = len({row["id"] for row in rows})
    source = {"corpus": "../shared/data/baomoi2017/baomoi2017.jsonl", "seed": args.seed, "articles": articles,
              "sentences": len(rows), "held_out": "corpus/articles, corpus/gold, corpus/gold-test, VLSP 2018 dev "
                                                  "(by id and by shared sentences, build_silver.held_out)"}
    data = build(rows, source)
    write(data, args.target)
    print(f"{len(data['names'])} names -> {args.target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
