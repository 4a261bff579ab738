"""``make bench``: throughput against the naive baseline, and growth with article length.

**Throughput.** The bench set is ``corpus/articles`` repeated to ``--articles`` files. Each
mode does what ``vnpipe run`` does with a file: read it, process it, write its JSON record
atomically (the naive baseline writes its entities). Modes:

- ``naive``: what a user would otherwise write, underthesea's ``sent_tokenize`` then ``ner()``
  on every sentence (which re-segments and re-tags on every call);
- ``pipeline-1``: every stage and the output record in one process;
- ``pipeline-2``: the same in two worker processes, as ``vnpipe run --jobs 2``.

Every run is a fresh process (so its peak memory is its own); the model load and the first
article are timed apart from the steady state. The modes are interleaved over ``--repeat``
rounds (the order rotates each round), and each ratio is computed within a round, so that
drift of the machine moves both sides of a ratio alike; min, median and max are printed.
Throughput is in syllables (tokens made of letters), not punctuation or numbers.

**Length.** The seed article repeated 1, 4, 16 and 64 times as one article, each in a fresh
process: seconds per stage, peak memory, and the growth exponent of each stage fitted by
least squares over log(time) against log(length) (1.0 is linear). Then the seed repeated to
one article of at least ``LONG_ARTICLE`` characters (issue 19's long-article target), run for
real rather than extrapolated.
"""

from __future__ import annotations

import argparse
import json
import math
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "corpus" / "articles"
SEED = ARTICLES / "000_a3837a240afc45cb.txt"
MODES = ("naive", "pipeline-1", "pipeline-2")
LENGTHS = (1, 4, 16, 64)
LONG_ARTICLE = 1_000_000


def syllable_count(text: str) -> int:
    """Syllables: the tokens of the project's tokenizer that are made of letters."""
    from .tokenizer import TOKEN_PATTERN

    return sum(1 for token in TOKEN_PATTERN.findall(text) if token[0].isalpha())


def bench_files(count: int) -> list[Path]:
    """``corpus/articles`` repeated to ``count`` files, in a fixed order."""
    files = sorted(ARTICLES.glob("*.txt"))
    return [files[i % len(files)] for i in range(count)]


def peak_memory_mb() -> float:
    """The largest resident set of this process or any of its finished children, in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def process_file(path: Path, out_dir: Path) -> None:
    """What ``vnpipe run`` does with one article: read, extract, write the record atomically."""
    import pipeline

    from .io import read_article, write_json_atomic

    article = read_article(path)
    record = pipeline.extract(article.text, doc_id=article.doc_id, **article.meta)
    write_json_atomic(out_dir / f"{article.doc_id}.json", record)


def naive_file(path: Path, out_dir: Path) -> None:
    """The baseline on one article: sentences, then underthesea's ner() on each; entities written."""
    from underthesea import ner, sent_tokenize

    from .io import write_json_atomic

    text = path.read_text("utf-8")
    tags = [ner(sentence) for sentence in sent_tokenize(text)]
    write_json_atomic(out_dir / f"{path.stem}.json", {"tags": tags})


def warm_up(mode: str, out_dir: Path) -> None:
    """Load the models and run the first article, which ``run`` pays once per process."""
    if mode == "naive":
        naive_file(SEED, out_dir)
    else:
        process_file(SEED, out_dir)


def run_mode(mode: str, files: list[Path], out_dir: Path) -> None:
    if mode == "naive":
        for path in files:
            naive_file(path, out_dir)
    elif mode == "pipeline-1":
        for path in files:
            process_file(path, out_dir)
    else:
        from concurrent.futures import ProcessPoolExecutor
        from functools import partial

        with ProcessPoolExecutor(max_workers=int(mode.split("-")[1])) as pool:  # forked after warm_up loaded the models
            list(pool.map(partial(process_file, out_dir=out_dir), files, chunksize=4))


def measure_mode(mode: str, count: int) -> dict:
    """One run of one mode in this (fresh) process: load and steady state timed apart."""
    files = bench_files(count)
    syllables = sum(syllable_count(p.read_text("utf-8")) for p in files)
    with tempfile.TemporaryDirectory() as out:
        started = time.perf_counter()
        warm_up(mode if mode == "naive" else "pipeline-1", Path(out))
        load = time.perf_counter() - started
        started = time.perf_counter()
        run_mode(mode, files, Path(out))
        seconds = time.perf_counter() - started
    return {"mode": mode, "articles": len(files), "load_s": round(load, 2), "seconds": round(seconds, 2),
            "syllables_per_s": round(syllables / seconds), "peak_memory_mb": round(peak_memory_mb())}


def measure_length(times: int) -> dict:
    """The seed article repeated ``times`` times as one article: seconds per stage, peak memory."""
    import pipeline

    seed = SEED.read_text("utf-8")
    pipeline.extract(seed)  # models loaded before the clock starts
    text = "\n\n".join([seed] * times)
    started = time.perf_counter()
    timings = pipeline.extract(text)["pipeline"]["timings"]
    total = time.perf_counter() - started
    return {"times": times, "characters": len(text), "seconds": round(total, 3), "stages": timings,
            "peak_memory_mb": round(peak_memory_mb())}


def in_fresh_process(*args: str) -> dict:
    output = subprocess.run([sys.executable, "-m", "pipeline.bench", *args], capture_output=True, text=True, check=True, cwd=ROOT).stdout
    return json.loads(output.strip().splitlines()[-1])


def spread(values: list[float]) -> str:
    return f"{min(values):8.2f} {statistics.median(values):8.2f} {max(values):8.2f}"


def growth_exponent(lengths: list[float], seconds: list[float]) -> float | None:
    """Least-squares slope of log(seconds) on log(length); None when a stage took no measurable time."""
    points = [(math.log(n), math.log(s)) for n, s in zip(lengths, seconds) if s > 0]
    if len(points) < 2:
        return None
    mean_x = sum(x for x, _ in points) / len(points)
    mean_y = sum(y for _, y in points) / len(points)
    covariance = sum((x - mean_x) * (y - mean_y) for x, y in points)
    variance = sum((x - mean_x) ** 2 for x, _ in points)
    return covariance / variance


def throughput_table(count: int, repeat: int) -> None:
    runs: dict[str, list[dict]] = {mode: [] for mode in MODES}
    for round_number in range(repeat):
        order = MODES[round_number % len(MODES):] + MODES[: round_number % len(MODES)]
        for mode in order:
            result = in_fresh_process("--measure-mode", mode, "--articles", str(count))
            runs[mode].append(result)
            print(f"  round {round_number + 1}/{repeat} {mode:10} {result['seconds']:7.2f} s  load {result['load_s']:5.2f} s  "
                  f"{result['syllables_per_s']:6d} syllables/s  peak {result['peak_memory_mb']} MB", file=sys.stderr, flush=True)
    print(f"\n{count} articles, {repeat} interleaved rounds (min / median / max)")
    print(f"{'mode':11} {'syllables/s':>26} {'load s':>26} {'peak MB':>8}")
    for mode in MODES:
        rates = [r["syllables_per_s"] for r in runs[mode]]
        loads = [r["load_s"] for r in runs[mode]]
        print(f"{mode:11} {spread(rates)} {spread(loads)} {max(r['peak_memory_mb'] for r in runs[mode]):8}")
    naive, one, two = (runs[m] for m in MODES)
    print(f"pipeline-1 / naive, per round:      {spread([o['syllables_per_s'] / n['syllables_per_s'] for o, n in zip(one, naive)])}")
    print(f"pipeline-2 / pipeline-1, per round: {spread([t['syllables_per_s'] / o['syllables_per_s'] for t, o in zip(two, one)])}")


def length_table() -> None:
    results = [in_fresh_process("--measure-length", str(times)) for times in LENGTHS]
    stages = list(results[0]["stages"])
    print("\nThe seed article repeated n times as one article: seconds per stage, and the fitted growth exponent")
    print(f"{'stage':13}" + "".join(f"{str(r['times']) + 'x':>9}" for r in results) + f"{'exponent':>10}")
    for stage in [*stages, "total"]:
        seconds = [r["seconds"] if stage == "total" else r["stages"].get(stage, 0.0) for r in results]
        exponent = growth_exponent([r["characters"] for r in results], seconds)
        shown = "       -" if exponent is None else f"{exponent:8.2f}"
        print(f"{stage:13}" + "".join(f"{s:9.3f}" for s in seconds) + f"  {shown}")
    print(f"{'characters':13}" + "".join(f"{r['characters']:9d}" for r in results))
    print(f"{'peak MB':13}" + "".join(f"{r['peak_memory_mb']:9d}" for r in results))


def long_article_row() -> None:
    """One article of at least ``LONG_ARTICLE`` characters (the seed repeated), in a fresh process."""
    seed_length = len(SEED.read_text("utf-8")) + 2  # the blank line between copies
    result = in_fresh_process("--measure-length", str(math.ceil(LONG_ARTICLE / seed_length)))
    print(f"\nOne article of {result['characters']:,} characters (the seed {result['times']} times): "
          f"{result['seconds']:.1f} s, peak {result['peak_memory_mb']} MB")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=160, help="files per run (corpus/articles repeated)")
    parser.add_argument("--repeat", type=int, default=3, help="interleaved rounds of the three modes")
    parser.add_argument("--skip-length", action="store_true", help="only the throughput table")
    parser.add_argument("--measure-mode", choices=MODES, help=argparse.SUPPRESS)
    parser.add_argument("--measure-length", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure_mode:
        print(json.dumps(measure_mode(args.measure_mode, args.articles)))
        return 0
    if args.measure_length:
        print(json.dumps(measure_length(args.measure_length)))
        return 0
    throughput_table(args.articles, args.repeat)
    if not args.skip_length:
        length_table()
        long_article_row()
    return 0


if __name__ == "__main__":
    sys.exit(main())
