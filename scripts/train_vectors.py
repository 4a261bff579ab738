"""Train floret vectors on the raw baomoi 2017 articles for the entity model (``make train-ner``).

The articles are read from ``../shared/data/baomoi2017/`` at run time and tokenised exactly as
the entity model sees its input: the pipeline's syllable tokenizer and normalizer, one line
of token texts per paragraph (whitespace tokens dropped). The model's static vectors are
keyed by ORTH (spaCy's default for ``include_static_vectors``), and ``TrainedNER`` feeds it
copies carrying the pipeline's token texts, so the vectors are trained on those texts, case
kept. floret (subword hashing into a small table) gives every token a vector, seen or not.

Writes ``build/vectors/{baomoi.txt,vectors.floret}`` and, with ``spacy init vectors``, the
spaCy vectors model ``build/vectors/nlp`` that ``scripts/train_ner.py --vectors`` loads.
Nothing of the corpus enters the repository; only the trained model's weights may ship.
floret is a training-only dependency (``pip install -e '.[train]'``); it trains on one thread
from its fixed internal seed, so the run is reproducible.
"""

from __future__ import annotations

import argparse
import itertools
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BAOMOI = ROOT.parent / "shared" / "data" / "baomoi2017" / "baomoi2017.jsonl"
BUILD = ROOT / "build" / "vectors"


def write_corpus(target: Path, limit: int | None) -> tuple[int, int]:
    """Tokenise the first ``limit`` baomoi articles into ``target``; return (articles, tokens)."""
    from pipeline.language import make_nlp
    from pipeline.textnorm import nfc

    nlp = make_nlp(exclude=["sentences", "words", "entity_rules", "entity_model", "dates", "entities", "quantities",
                            "lists"])
    normalizer = nlp.get_pipe("normalizer")
    articles = tokens = 0
    with BAOMOI.open(encoding="utf-8") as source, target.open("w", encoding="utf-8") as out:
        for line in itertools.islice(source, limit):
            article = json.loads(line)
            for text in (article.get("title") or "", article["text"]):
                doc = normalizer(nlp.make_doc(nfc(text)))
                words: list[str] = []
                for token in doc:
                    if token.is_space:
                        if "\n" in token.text and words:
                            out.write(" ".join(words) + "\n")
                            words = []
                        continue
                    words.append(token.text.replace(" ", "_"))
                    tokens += 1
                if words:
                    out.write(" ".join(words) + "\n")
            articles += 1
    return articles, tokens


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=12000, help="first N articles only (0: all 31,376)")
    parser.add_argument("--dim", type=int, default=100)
    parser.add_argument("--bucket", type=int, default=50000, help="rows of the floret hash table")
    parser.add_argument("--epoch", type=int, default=3)
    args = parser.parse_args()
    if not BAOMOI.is_file():
        print(f"error: {BAOMOI} not found; the vectors need the baomoi 2017 articles beside the repo", file=sys.stderr)
        return 2
    import floret

    BUILD.mkdir(parents=True, exist_ok=True)
    corpus = BUILD / "baomoi.txt"
    started = time.perf_counter()
    articles, tokens = write_corpus(corpus, args.limit or None)
    print(f"tokenised {articles} articles, {tokens} tokens in {time.perf_counter() - started:.0f} s -> {corpus}")
    started = time.perf_counter()
    model = floret.train_unsupervised(
        str(corpus), model="skipgram", mode="floret", dim=args.dim, bucket=args.bucket, hashCount=2,
        minn=3, maxn=5, minCount=5, epoch=args.epoch, ws=5, neg=5, lr=0.05, thread=1, verbose=0)
    vectors = BUILD / "vectors.floret"
    model.save_floret_vectors(str(vectors))
    print(f"floret {args.bucket} x {args.dim} trained in {time.perf_counter() - started:.0f} s -> {vectors}")
    subprocess.run([sys.executable, "-m", "spacy", "init", "vectors", "xx", str(vectors), str(BUILD / "nlp"),
                    "--mode", "floret"], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
