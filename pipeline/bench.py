"""``make bench``: throughput and peak memory of the full pipeline against the naive baseline.

The corpus is ``corpus/articles`` repeated to at least ``--articles`` articles. The naive
baseline is what a user would otherwise write: underthesea's ``sent_tokenize`` then
``ner()`` on every sentence (which re-segments and re-tags on every call). Each
configuration runs in a fresh process so peak memory (ru_maxrss, the largest single
process) is its own. The pipeline is measured the way ``vnpipe run --jobs N`` runs it:
every stage plus the output record, in N worker processes.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

from .tokenizer import TOKEN_PATTERN

ROOT = Path(__file__).resolve().parent.parent


def bench_corpus(minimum: int) -> list[str]:
    texts = [p.read_text("utf-8") for p in sorted((ROOT / "corpus" / "articles").glob("*.txt"))]
    repeated: list[str] = []
    while len(repeated) < minimum:
        repeated.extend(texts)
    return repeated


def peak_memory_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def extract_text(text: str) -> dict:
    import pipeline

    return pipeline.extract(text)


def run_pipeline(texts: list[str], processes: int) -> None:
    """Every stage and the output record, on ``processes`` worker processes, as ``vnpipe run --jobs`` does."""
    if processes == 1:
        for text in texts:
            extract_text(text)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=processes) as pool:
        list(pool.map(extract_text, texts, chunksize=8))


def run_naive(texts: list[str]) -> None:
    from underthesea import ner, sent_tokenize

    for text in texts:
        for sentence in sent_tokenize(text):
            ner(sentence)


def measure(mode: str, count: int) -> dict:
    """Run one configuration in this process and report its figures."""
    texts = bench_corpus(count)
    syllables = sum(len(TOKEN_PATTERN.findall(t)) for t in texts)
    started = time.perf_counter()
    if mode == "naive":
        run_naive(texts)
    else:
        run_pipeline(texts, int(mode.split("-")[1]))
    seconds = time.perf_counter() - started
    return {"mode": mode, "articles": len(texts), "seconds": round(seconds, 2), "articles_per_s": round(len(texts) / seconds, 2),
            "syllables_per_s": round(syllables / seconds), "peak_memory_mb": round(peak_memory_mb())}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--mode", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.mode:
        print(json.dumps(measure(args.mode, args.articles)))
        return 0
    results = {}
    for mode in ("naive", "pipeline-1", "pipeline-2"):
        output = subprocess.run([sys.executable, "-m", "pipeline.bench", "--mode", mode, "--articles", str(args.articles)],
                                capture_output=True, text=True, check=True, cwd=ROOT).stdout
        results[mode] = json.loads(output.strip().splitlines()[-1])
        r = results[mode]
        print(f"{mode:11} {r['articles']} articles in {r['seconds']:7.2f} s  {r['articles_per_s']:7.2f} articles/s  "
              f"{r['syllables_per_s']:8d} syllables/s  peak {r['peak_memory_mb']} MB", flush=True)
    one, two, naive = results["pipeline-1"], results["pipeline-2"], results["naive"]
    print(f"pipeline (1 process) / naive baseline: {one['articles_per_s'] / naive['articles_per_s']:.2f}x")
    print(f"pipeline 2 processes / 1 process:      {two['articles_per_s'] / one['articles_per_s']:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
