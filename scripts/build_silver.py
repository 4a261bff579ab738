"""Silver entity labels from raw baomoi 2017 text, for self-training the entity model (issue 15).

Runs the full pipeline (trained model and entity rules) on a seeded random sample of the raw
articles in ``../shared/data/baomoi2017/`` (read at run time, never copied here) and keeps, per
sentence, the tokens, the statistical model's raw spans (``doc.spans["entity_model"]``) and the
final entities (``doc.ents``, after the rules and the merge). Articles of the project's own
corpus (``corpus/articles``, ``corpus/gold``, ``corpus/gold-test``) and of VLSP 2018 dev are left
out, matched by id and by text (any sentence of 50 characters or more in common), so no text
the entity layer is scored on is trained on.

Step 1 (slow: the pipeline, one process) writes ``build/silver/sentences.jsonl``; step 2
(``--select``) writes a spaCy DocBin of the sentences kept, one Doc a sentence, with the final
entities as its gold, for ``scripts/train_ner.py --silver``:

- ``agree``: sentences where the model's spans and the final entities are the same (label and
  boundaries), those without any entity included: the confident labels of classic
  self-training (the model's own guesses, where the rules found nothing to change).
- ``final``: every sentence, with the final entities: the rules' corrections distilled
  into the model as well.

    python scripts/build_silver.py --articles 900 --select agree --max-tokens 491177   # the README run
    python scripts/build_silver.py --reuse --select final      # step 2 only
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
BAOMOI = ROOT.parent / "shared" / "data" / "baomoi2017" / "baomoi2017.jsonl"
VLSP_DEV = ROOT.parent / "shared" / "data" / "vlsp2018" / "dev"
BUILD = ROOT / "build" / "silver"
MIN_PIECE = 50  # characters: a shorter sentence in common (a dateline, a byline) is no sign of the same article


def pieces(text: str) -> set[str]:
    """The sentences of ``text`` (cut at line breaks and at . ! ? before a space), lowercased, spaces collapsed."""
    out = set()
    for piece in re.split(r"\n|(?<=[.!?])\s+", text):
        key = " ".join(piece.lower().split())
        if len(key) >= MIN_PIECE:
            out.add(key)
    return out


def held_out() -> tuple[set[str], set[str]]:
    """Ids and sentences of every text the entity layer is scored on (the corpus and VLSP dev)."""
    ids: set[str] = set()
    keys: set[str] = set()
    for path in sorted((ROOT / "corpus" / "articles").glob("*.txt")):
        ids.add(path.stem)
        keys |= pieces(path.read_text("utf-8"))
    for folder in (ROOT / "corpus" / "gold", ROOT / "corpus" / "gold-test", VLSP_DEV):
        for path in sorted(folder.glob("*.gold.json")):
            gold = json.loads(path.read_text("utf-8"))
            ids.add(path.name.removesuffix(".gold.json"))
            ids.add(str(gold.get("doc_id", "")))
            keys |= pieces(gold["text"])
    return ids, keys


def sample(n: int, seed: int) -> tuple[list[dict], int]:
    """``n`` baomoi articles in a seeded random order, the held-out ones skipped; and how many were skipped."""
    from pipeline.textnorm import nfc

    ids, keys = held_out()
    with BAOMOI.open(encoding="utf-8") as source:
        lines = source.readlines()
    order = list(range(len(lines)))
    random.Random(seed).shuffle(order)
    chosen: list[dict] = []
    skipped = 0
    for i in order:
        article = json.loads(lines[i])
        text = nfc(article["text"])
        if article["id"] in ids or pieces(text) & keys:
            skipped += 1
            continue
        chosen.append({"id": article["id"], "text": text})
        if len(chosen) == n:
            break
    return chosen, skipped


def spans_in(spans, start: int, end: int) -> list[tuple[int, int, str]] | None:
    """(start, end, label) of ``spans`` inside tokens ``start:end``, relative to ``start``; None if one crosses an edge."""
    out = []
    for span in spans:
        if span.end <= start or span.start >= end:
            continue
        if span.start < start or span.end > end:
            return None
        out.append((span.start - start, span.end - start, span.label_))
    return sorted(out)


def run_pipeline(articles: list[dict], target: Path) -> dict:
    """Write one line per sentence of ``articles``: tokens, spaces, model spans, final entities."""
    import pipeline
    from pipeline.language import timed_process
    from pipeline.pipes.entities.model import MODEL_KEY

    nlp = pipeline.load(exclude=["lists"])  # the last stage: it reads the entities, never changes them
    counts = {"articles": 0, "sentences": 0, "crossing": 0, "tokens": 0, "failed": 0}
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
            model = [s for s in doc.spans[MODEL_KEY] if s.id_ == "model"]
            for sent in doc.sents:
                tokens = [t for t in sent if not t.is_space]
                if not tokens:
                    continue
                start, end = tokens[0].i, tokens[-1].i + 1
                final = spans_in(doc.ents, start, end)
                raw = spans_in(model, start, end)
                if final is None or raw is None:
                    counts["crossing"] += 1
                    continue
                words = doc[start:end]
                out.write(json.dumps({"id": article["id"], "words": [t.text for t in words],
                                      "spaces": [bool(t.whitespace_) for t in words],
                                      "model": raw, "final": final}, ensure_ascii=False) + "\n")
                counts["sentences"] += 1
                counts["tokens"] += end - start
            counts["articles"] += 1
            if number % 100 == 0:
                print(f"{number} articles, {time.perf_counter() - started:.0f} s", flush=True)
    counts["seconds"] = round(time.perf_counter() - started)
    return counts


def select(source: Path, target: Path, mode: str, max_tokens: int = 0) -> dict:
    """Write the DocBin of the sentences ``mode`` keeps, their final entities as gold (the first
    ``max_tokens`` tokens of them in sample order, when given)."""
    from spacy.tokens import Doc, DocBin, Span
    from spacy.vocab import Vocab

    vocab = Vocab()
    bin_ = DocBin(store_user_data=False)
    counts = {"sentences": 0, "kept": 0, "with_entities": 0, "entities": 0, "tokens": 0, "labels": {}}
    with source.open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            if max_tokens and counts["tokens"] >= max_tokens:
                break
            counts["sentences"] += 1
            model = [tuple(s) for s in row["model"]]
            final = [tuple(s) for s in row["final"]]
            if mode == "agree" and model != final:
                continue
            doc = Doc(vocab, words=row["words"], spaces=row["spaces"])
            doc.ents = [Span(doc, s, e, label=label) for s, e, label in final]
            bin_.add(doc)
            counts["kept"] += 1
            counts["tokens"] += len(doc)
            counts["with_entities"] += bool(final)
            counts["entities"] += len(final)
            for _, _, label in final:
                counts["labels"][label] = counts["labels"].get(label, 0) + 1
    bin_.to_disk(target)
    return counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2500, help="baomoi articles to label")
    parser.add_argument("--seed", type=int, default=0, help="seed of the article sample")
    parser.add_argument("--out", type=Path, default=BUILD, help="folder for sentences.jsonl and silver-<mode>.spacy")
    parser.add_argument("--reuse", action="store_true", help="skip step 1: sentences.jsonl is already there")
    parser.add_argument("--select", choices=("agree", "final"), default="agree")
    parser.add_argument("--max-tokens", type=int, default=0, help="keep silver sentences up to this many tokens (0: all)")
    args = parser.parse_args()
    if not BAOMOI.is_file():
        print(f"error: {BAOMOI} not found; the silver needs the baomoi 2017 articles beside the repo", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    sentences = args.out / "sentences.jsonl"
    if not args.reuse:
        articles, skipped = sample(args.articles, args.seed)
        print(f"{len(articles)} articles sampled (seed {args.seed}), {skipped} held-out ones skipped")
        print(json.dumps(run_pipeline(articles, sentences)))
    counts = select(sentences, args.out / f"silver-{args.select}.spacy", args.select, args.max_tokens)
    print(json.dumps(counts, ensure_ascii=False), "->", args.out / f"silver-{args.select}.spacy")
    return 0


if __name__ == "__main__":
    sys.exit(main())
