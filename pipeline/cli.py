"""Command line: ``vnpipe run | eval | validate | show | export | review`` (also ``python -m pipeline``)."""

from __future__ import annotations

import argparse
import errno
import hashlib
import json
import logging
import signal
import sys
import threading
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor, as_completed
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Any

from . import __version__
from .deadline import ArticleTimeout, deadline


def process_one(work, entity_model: str = "model", timeout: float | None = None) -> dict:
    """Read and process one ``(item, doc_id)``; return {"doc_id", "record", "source"} or {"source", "error"}.

    ``timeout`` (seconds) bounds the pipeline on one article, so one pathological text costs
    its own output and not the batch.
    """
    from . import extract
    from .io import ArticleError, read_input

    item, doc_id = work
    ready(entity_model)  # the first article of a process does not pay for loading the models inside its time limit
    try:
        article = read_input(item)
    except ArticleError as error:
        return {"source": error.source, "error": error.reason}
    except OSError as error:
        return {"source": str(item), "error": f"cannot read: {error.strerror or error}"}
    try:
        with time_limit(timeout):
            record = extract(article.text, entity_model=entity_model, doc_id=doc_id, **article.meta)
    except ArticleTimeout:
        return {"source": article.source, "error": f"pipeline took longer than the {timeout:g} s limit for one article"}
    except Exception as error:  # one bad article never stops the batch
        return {"source": article.source, "error": f"pipeline failed: {type(error).__name__}: {error}"}
    record["pipeline"]["entity_model"] = entity_model
    return {"doc_id": doc_id, "record": record, "source": article.source}


WARM: set[str] = set()  # entity models this process has loaded (worker processes forked later inherit it)
WARMING = threading.Lock()  # a Dask worker with several threads still builds the pipeline once


def ready(entity_model: str) -> None:
    """Load the pipeline and its lazy models in this process, once."""
    with WARMING:
        if entity_model not in WARM:
            from . import warm_up

            warm_up(entity_model)
            WARM.add(entity_model)


@contextmanager
def time_limit(seconds: float | None):
    """Raise ArticleTimeout in the block after ``seconds``: a POSIX interval timer in the main thread;
    elsewhere (a Dask worker's thread) a timer that raises it asynchronously in the thread, which
    takes effect at the thread's next Python instruction. Both also set the deadline the pipeline
    checks after each stage (``pipeline/deadline.py``), which holds where an interrupt is lost."""
    if not seconds:
        yield
        return
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        with thread_time_limit(seconds), deadline(seconds):
            yield
        return

    def expire(signum, frame):
        raise ArticleTimeout()

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        with deadline(seconds):
            yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextmanager
def thread_time_limit(seconds: float):
    """time_limit for a thread other than the main one (no signals there)."""
    import ctypes

    target, lock, state = threading.get_ident(), threading.Lock(), {"inside": True}

    def expire():
        with lock:
            if state["inside"]:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(target), ctypes.py_object(ArticleTimeout))

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:  # after this, the timer raises nothing
            state["inside"] = False
        timer.cancel()


def source_of(item) -> str:
    """Where a work item comes from, for messages and for telling colliding doc_ids apart."""
    from .io import Article, ArticleError

    if isinstance(item, (Article, ArticleError)):
        return item.source
    return "<stdin>" if item == "-" else str(item)


RESERVED_NAMES = ("summary",)  # OUT/summary.json is the run summary, never an article's output


def assign_doc_ids(items: list) -> tuple[list[tuple[object, str]], list[str]]:
    """(item, doc_id) pairs with doc_ids unique by construction, and a notice per renamed article.

    Output files are named by doc_id, so two articles with one id (``a/dup.txt`` and
    ``b/dup.txt``, two JSONL lines with ``"id": "dup"``, ids that clean to the same file
    name) would overwrite each other. The first in input order keeps its id; each later one
    gets a suffix from a hash of its source, the same on every run. Ids are compared without
    case, as case-insensitive file systems would.
    """
    from .io import item_doc_id

    taken: set[str] = set(RESERVED_NAMES)  # the run's own files in OUT
    pairs, notices = [], []
    for item in items:
        doc_id = item_doc_id(item)
        if doc_id and doc_id.lower() in taken:
            renamed = f"{doc_id}-{hashlib.sha1(source_of(item).encode('utf-8')).hexdigest()[:8]}"
            notices.append(f"notice: {source_of(item)}: doc_id {doc_id!r} is already taken; written as {renamed!r}")
            doc_id = renamed
        taken.add(doc_id.lower())
        pairs.append((item, doc_id))
    return pairs, notices


def is_current(path: Path, item, entity_model: str) -> bool:
    """True when ``path`` holds output made from the same text and meta, pipeline version and entity model."""
    from .io import ArticleError, read_input
    from .output import text_hash

    if not path.exists() or isinstance(item, str) and item == "-":
        return False
    try:
        existing = json.loads(path.read_text("utf-8"))
        article = read_input(item)
    except (ArticleError, OSError, json.JSONDecodeError):
        return False
    made_by = existing.get("pipeline", {})
    meta = existing.get("meta", {})
    return (existing.get("text_sha256") == text_hash(article.text) and made_by.get("version") == __version__
            and made_by.get("entity_model") == entity_model
            and all(meta.get(key) == article.meta.get(key) for key in ("source_url", "published")))


def command_run(args) -> int:
    from tqdm import tqdm

    from .io import find_articles, remove_stale_temporaries, write_json_atomic

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(out)
    items, notices = assign_doc_ids(list(find_articles(args.paths)))
    for notice in notices:
        print(notice, file=sys.stderr)
    todo = [(i, d) for i, d in items if args.force or not is_current(out / f"{d}.json", i, args.entity_model)]
    skipped = len(items) - len(todo)
    errors, written, db_failures, done = [], 0, [], []
    started_at = time.strftime("%Y-%m-%dT%H:%M:%S")
    engine, run_id = None, None
    if args.db:
        from .db import connect, start_run

        engine = connect(args.db)
        run_id = start_run(engine, "run", args.entity_model, run_options(args))
    started = time.perf_counter()
    work = partial(process_one, entity_model=args.entity_model, timeout=args.timeout or None)
    finished: Counter[str] = Counter()
    fault = None  # a write the environment refused (disk full, read-only): the run stops there
    with tqdm(total=len(todo), unit="article", desc="vnpipe run", disable=args.quiet, file=sys.stderr) as bar:
        results = run_all(work, todo, args)
        try:
            for result in results:
                finished[result["source"]] += 1
                if "record" in result:
                    try:
                        write_json_atomic(out / f"{result['doc_id']}.json", result["record"])
                    except ValueError as error:  # NaN or Infinity: refused, never written
                        result = {"source": result["source"], "error": f"output refused: {unfit_values(result['record']) or error}"}
                    except OSError as error:
                        fault = environment_fault(error)
                        result = {"source": result["source"], "error": f"output not written: {fault}"}
                if "error" in result:
                    errors.append({"file": result["source"], "reason": result["error"]})
                    tqdm.write(f"error: {result['source']}: {result['error']}", file=sys.stderr)
                else:
                    written += 1
                    done.append(result["doc_id"])
                    if engine is not None:
                        db_failures += load_into_database(engine, [result["record"]], result["source"], run_id)
                bar.update(1)
                if fault:
                    break
        finally:
            results.close()  # a stopped run cancels what is still queued
    unprocessed = unfinished(todo, finished)
    for source in unprocessed:
        print(f"error: {source}: not processed: the run stopped at {fault}", file=sys.stderr)
        errors.append({"file": source, "reason": f"not processed: the run stopped at {fault}"})
    if engine is not None and not fault:
        db_failures += load_skipped_outputs(engine, out, [pair for pair in items if pair not in todo], run_id)
    if engine is not None:
        from .db import finish_run

        assert run_id is not None
        finish_run(engine, run_id, len(items), written + skipped - len(db_failures), len(errors) + len(db_failures))
    for failure in db_failures:
        print(f"error: {failure['file']}: {failure['reason']}", file=sys.stderr)
    logged = write_error_log(out / "errors.jsonl", errors + db_failures)
    if not fault:
        redone = {doc_id for _, doc_id in todo}
        report_summary(out, done + [doc_id for _, doc_id in items if doc_id not in redone], errors, skipped, started_at, args.quiet)
    elapsed = time.perf_counter() - started
    failed = len(errors) - len(unprocessed)
    print(f"{len(items)} articles: {written} written, {skipped} already current, {failed} failed"
          + (f", {len(unprocessed)} not processed" if fault else "")
          + (f"; {len(db_failures)} database loads failed" if db_failures else "")
          + f" ({elapsed:.1f} s) -> {out}" + (f"; failures listed in {out / 'errors.jsonl'}" if logged else ""),
          file=sys.stderr)
    if fault:
        print(f"error: {fault}", file=sys.stderr)
        return 2
    return 1 if errors or db_failures else 0


def report_summary(out: Path, doc_ids: list[str], errors: list[dict], skipped: int, started_at: str, quiet: bool) -> None:
    """Save ``OUT/summary.json`` for the run's outputs and, unless quiet, print its short form."""
    from .summary import summary_lines, write_summary

    summary = write_summary(out, doc_ids, errors, skipped, started_at)
    if not quiet:
        for line in summary_lines(summary):
            print(line, file=sys.stderr)


def unfit_values(record: dict) -> str:
    """What in a record strict JSON cannot hold (NaN, Infinity), as the validator words it."""
    from .validate import value_problems

    return "; ".join(problem for problem in value_problems(record) if "finite" in problem)


def unfinished(todo: list[tuple[object, str]], finished: Counter[str]) -> list[str]:
    """The sources of the articles of ``todo`` that gave no result, in input order."""
    left = Counter(finished)
    sources = []
    for item, _ in todo:
        source = source_of(item)
        if left[source]:
            left[source] -= 1
        else:
            sources.append(source)
    return sources


def write_error_log(path: Path, errors: list[dict]) -> bool:
    """``errors.jsonl`` describes the last run only: rewritten each run, removed after a clean one.

    True when the failures are in it. When it cannot be written (the disk is full), the old
    one is removed, so that it never passes for this run's, and stderr says so.
    """
    from .io import write_text_atomic

    if not errors:
        path.unlink(missing_ok=True)
        return False
    stamp = time.strftime("%Y-%m-%dT%H:%M:%S")
    try:
        write_text_atomic(path, "".join(json.dumps(e | {"time": stamp}, ensure_ascii=False) + "\n" for e in errors))
    except OSError as error:
        path.unlink(missing_ok=True)
        print(f"error: {environment_fault(error)}: this run's {len(errors)} failures are listed above only", file=sys.stderr)
        return False
    return True


def run_options(args) -> dict:
    """The options of a ``vnpipe run`` worth recording with it in the database's ``runs`` table."""
    return {key: getattr(args, key, None) for key in ("paths", "out", "jobs", "backend", "force", "entity_model", "timeout")}


def load_into_database(engine, records: list[dict], source: str, run_id: str | None = None) -> list[dict]:
    """Load records, one transaction each; the failures, as error entries (the JSON is written either way)."""
    from .db import load_record

    failures = []
    for record in records:
        try:
            load_record(engine, record, run_id)
        except Exception as error:  # the database keeps the article's old rows
            failures.append({"file": source, "reason": f"database load failed: {type(error).__name__}: {error}".splitlines()[0]})
    return failures


def run_all(work, todo: list, args):
    """Results of ``work`` over ``todo``: in this process, on ``--jobs`` worker processes, or on Dask."""
    if args.backend == "dask":
        results, client = dask_results(work, todo, args)
        try:
            yield from results
        finally:
            client.close()
    elif args.jobs > 1 and len(todo) > 1:
        ready(args.entity_model)  # loaded once, before the workers are forked
        yield from pool_results(work, todo, args.jobs)
    else:
        yield from map(work, todo)


def die_with_parent() -> None:
    """Worker initialiser: on Linux, ask the kernel to end this worker when its parent dies."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def pool_results(work, todo: list, jobs: int):
    """Results from a process pool. A worker that dies (the OOM killer, a crash) breaks the pool:
    the articles it had not finished are run again on a fresh pool (one killed worker costs
    one restart, not one process per remaining article); if that pool breaks too, what is
    left runs one at a time in a fresh worker, so the article that kills its worker is logged
    as failed and every other article still gets done."""
    from concurrent.futures.process import BrokenProcessPool

    retry = todo
    for _ in range(2):  # the whole batch, then once more what a death left unfinished, on a fresh pool
        todo, retry = retry, []
        if not todo:
            return
        with ProcessPoolExecutor(max_workers=jobs, initializer=die_with_parent) as executor:
            futures = {executor.submit(work, pair): pair for pair in todo}
            try:
                for future in as_completed(futures):
                    pair = futures.pop(future)  # nothing holds a finished article's record for the rest of the batch
                    try:
                        result = future.result()
                    except BrokenProcessPool:
                        retry.append(pair)
                        continue
                    del future
                    yield result
            except GeneratorExit:  # the caller stopped (a full disk): drop what is queued, finish nothing more
                executor.shutdown(wait=True, cancel_futures=True)
                raise
    for pair in retry:  # a second death: one at a time, to find the article that kills its worker
        with ProcessPoolExecutor(max_workers=1, initializer=die_with_parent) as executor:
            try:
                yield executor.submit(work, pair).result()
            except BrokenProcessPool:
                yield {"source": source_of(pair[0]), "error": "the worker processing this article died (killed or out of memory)"}


DASK_CONNECT_SECONDS = 30


def dask_results(work, todo, args):
    """Run ``work`` on a Dask cluster (``--scheduler`` or a local one); yield results as they finish.

    The client reads every article and ships its text and meta, never a path: workers started
    elsewhere, in another directory or on another machine, see no file of ours.
    """
    from dask.distributed import Client, LocalCluster
    from dask.distributed import as_completed as finished

    if args.scheduler:
        try:
            client = Client(args.scheduler, timeout=DASK_CONNECT_SECONDS)
        except (OSError, TimeoutError, ValueError) as error:  # nothing listens there, or no scheduler address
            reason = str(error).splitlines()[0] if str(error).strip() else type(error).__name__
            raise OSError(errno.EHOSTUNREACH, f"cannot reach the Dask scheduler: {reason}", args.scheduler) from None
    else:
        client = Client(LocalCluster(n_workers=max(1, args.jobs), threads_per_worker=1, processes=True,
                                     dashboard_address=None, silence_logs=logging.ERROR))
    futures = client.map(work, [(read_for_shipping(item), doc_id) for item, doc_id in todo], pure=False)
    sources = {future.key: source_of(item) for future, (item, _) in zip(futures, todo)}
    pending = finished(futures)
    futures.clear()  # a result the client holds stays in a worker's memory: each is let go once written

    def results():
        for future in pending:
            source = sources.pop(future.key)
            try:
                result = future.result()
            except Exception as error:  # a worker lost with the article (KilledWorker) or a task error: that article only
                reason = f"{type(error).__name__}: {error}".splitlines()[0]
                result = {"source": source, "error": f"the Dask worker processing this article failed ({reason})"}
            del future
            yield result

    return results(), client


def read_for_shipping(item):
    """The article itself (or its reading error) for a remote worker, instead of a path."""
    from .io import ArticleError, read_input

    try:
        return read_input(item)
    except ArticleError as error:
        return error
    except OSError as error:
        return ArticleError(source_of(item), f"cannot read: {error.strerror or error}")


def load_skipped_outputs(engine, out: Path, skipped: list[tuple[object, str]], run_id: str | None = None) -> list[dict]:
    """Outputs that were current on disk still go into the database if it lacks them; the failures."""
    from .db import is_loaded

    failures = []
    for item, doc_id in skipped:
        path = out / f"{doc_id}.json"
        try:
            record = json.loads(path.read_text("utf-8"))
            loaded = is_loaded(engine, record)
        except Exception as error:  # a bad file or a broken database costs this article only
            failures.append({"file": str(path), "reason": f"database load failed: {type(error).__name__}: {error}".splitlines()[0]})
            continue
        if not loaded:
            failures += load_into_database(engine, [record], str(path), run_id)
    return failures


def load_records(directory: Path, suffix: str) -> dict[str, dict]:
    """The ``*suffix`` JSON files of a folder by doc_id; one that cannot be read is named on stderr and left out."""
    records = {}
    for path in sorted(directory.glob(f"*{suffix}")):
        try:
            record = json.loads(path.read_text("utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
            print(f"error: {path}: not readable JSON: {error}", file=sys.stderr)
            continue
        if not isinstance(record, dict):
            print(f"error: {path}: not a JSON object", file=sys.stderr)
            continue
        records[str(record.get("doc_id") or path.name[: -len(suffix)])] = record
    return records


def predict_gold_texts(golds: dict[str, dict], quiet: bool, entity_model: str = "model") -> dict[str, dict]:
    """Run the pipeline in-process on each gold file's text."""
    from tqdm import tqdm

    from . import extract

    predictions = {}
    for doc_id, gold in tqdm(golds.items(), desc="predicting", unit="article", disable=quiet, file=sys.stderr):
        meta = {k: v for k, v in (gold.get("meta") or {}).items() if k in ("source_url", "published")}
        record = extract(gold["text"], entity_model=entity_model, doc_id=doc_id, **meta)
        record.pop("tokens", None)
        predictions[doc_id] = record
    return predictions


def score_gold_set(gold_dir: str, args) -> tuple[dict, list[tuple[dict, dict]]] | None:
    """Score one folder of gold files (sampled by --every/--offset/--limit); None when it holds none."""
    from .eval.scorer import score_corpus

    golds = load_records(Path(gold_dir), ".gold.json")
    if not golds:
        print(f"error: no *.gold.json files in {gold_dir}", file=sys.stderr)
        return None
    golds = dict(list(golds.items())[args.offset :: args.every][: args.limit or None])
    predictions = load_records(Path(args.pred), ".json") if args.pred else predict_gold_texts(golds, args.quiet, args.entity_model)
    missing = [doc_id for doc_id in golds if doc_id not in predictions]
    if not report_missing_predictions(gold_dir, args.pred, missing, len(golds)):
        return None
    empty: dict[str, list] = {layer: [] for layer in ("entities", "quantities", "dates", "lists", "roles")}
    pairs = [(gold, predictions.get(doc_id, {"doc_id": doc_id, **empty})) for doc_id, gold in golds.items()]
    return score_corpus(pairs), pairs


def report_missing_predictions(gold_dir: str, pred_dir: str | None, missing: list[str], golds: int) -> bool:
    """Name on stderr each gold article without a prediction (scored as all misses); False when none has one.

    A wrong or empty --pred folder would otherwise score 0.000 and look like a result.
    """
    for doc_id in missing:
        print(f"warning: {pred_dir}: no prediction for gold article {doc_id!r} of {gold_dir} (scored as all misses)",
              file=sys.stderr)
    if missing and len(missing) == golds:
        print(f"error: {pred_dir}: none of the {golds} gold articles of {gold_dir} has a prediction "
              "(<doc_id>.json); wrong --pred folder?", file=sys.stderr)
        return False
    return True


def command_eval(args) -> int:
    """Score each --gold folder; per-article lines and the HTML report cover the first one only.

    The first folder is the development set; later ones (the frozen test split) are reported
    as figures, never as error listings, so nobody reads their errors while changing rules.
    """
    from .eval.report import article_table, html_report, side_by_side, table

    results = []
    for gold_dir in args.gold:
        scored = score_gold_set(gold_dir, args)
        if scored is None:
            return 2
        results.append((gold_dir, *scored))
    if args.json:
        print(json.dumps({gold_dir: result for gold_dir, result, _ in results}, ensure_ascii=False, indent=1)
              if len(results) > 1 else json.dumps(results[0][1], ensure_ascii=False, indent=1))
    else:
        for index, (gold_dir, result, _) in enumerate(results):
            print(table(result["micro"], f"{gold_dir}: {result['documents']} articles (micro-averaged)"))
            if args.per_article and index == 0:
                print()
                print(article_table(result))
            print()
        if len(results) > 1:
            print(side_by_side([(gold_dir, result) for gold_dir, result, _ in results]))
    if args.html:
        _, result, pairs = results[0]
        from .io import write_text_atomic

        write_text_atomic(Path(args.html), html_report(result, pairs))
        print(f"HTML report: {args.html}", file=sys.stderr)
    return 0


def command_export(args) -> int:
    from tqdm import tqdm

    from .db import connect, finish_run, load_records, start_run

    if bool(args.db) == bool(args.to):
        print("error: export takes --db URL or --to DIR (with --format csv|parquet)", file=sys.stderr)
        return 2
    # every output, `.name.json` too (temporary files end in .tmp); not the run summary
    paths = sorted(p for p in Path(args.outputs).glob("*.json") if p.name != "summary.json")
    records, failures = [], []
    for path in paths:
        try:
            records.append(json.loads(path.read_text("utf-8")))
        except (json.JSONDecodeError, UnicodeDecodeError) as error:
            failures.append((str(path), f"not valid JSON: {error}"))
    if args.to:
        from .export import command_export_files

        for source, reason in failures:
            print(f"error: {source}: {reason}", file=sys.stderr)
        return max(command_export_files(records, Path(args.to), args.format), 1 if failures else 0)
    engine = connect(args.db)
    models = sorted({str((r.get("pipeline") or {}).get("entity_model")) for r in records if isinstance(r, dict)})
    run_id = start_run(engine, "export", ",".join(models) or None, {"outputs": args.outputs})
    loaded, load_failures = load_records(engine, tqdm(records, desc="loading", unit="article", file=sys.stderr), run_id)
    finish_run(engine, run_id, len(records) + len(failures), loaded, len(failures) + len(load_failures))
    for doc_id, reason in failures + load_failures:
        print(f"error: {doc_id}: {reason}", file=sys.stderr)
    print(f"{loaded} articles loaded into {engine.url.render_as_string(hide_password=True)}", file=sys.stderr)
    return 1 if failures or load_failures else 0


def command_validate(args) -> int:
    from .validate import validate_files

    paths: list[Path] = []
    for given in args.paths:
        path = Path(given)
        paths.extend(sorted(path.glob("*.json")) if path.is_dir() else [path])
    report = validate_files([p for p in paths if p.name not in ("errors.jsonl", "summary.json")], output=args.output)
    failed = 0
    for name, found in report.items():
        for problem in found:
            print(f"{name}: {problem}")
        failed += bool(found)
    print(f"{len(report) - failed} of {len(report)} files valid", file=sys.stderr)
    return 1 if failed or not report else 0


ENTITY_MODEL_OPTION: dict[str, Any] = {"choices": ["model", "crf", "model-only", "crf-only"], "default": "model",
                       "help": "statistical layer under the entity rules: the trained model (default) or underthesea's CRF; "
                               "'-only' turns the rules off"}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="vnpipe", description="Vietnamese press articles to structured, checkable records.")
    parser.add_argument("--version", action="version", version=f"vnpipe {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="process articles (.txt files, folders, or - for stdin) into JSON")
    run.add_argument("paths", nargs="+")
    run.add_argument("--out", required=True, help="output folder: one <doc_id>.json per article, errors.jsonl")
    run.add_argument("--jobs", type=int, default=1, help="worker processes (local), or local Dask workers")
    run.add_argument("--backend", choices=["local", "dask"], default="local", help="run articles here, or on a Dask cluster")
    run.add_argument("--scheduler", help="Dask scheduler address (tcp://host:8786); without it a local cluster starts")
    run.add_argument("--force", action="store_true", help="reprocess articles whose output is current")
    run.add_argument("--quiet", action="store_true", help="no progress bar")
    run.add_argument("--entity-model", **ENTITY_MODEL_OPTION)
    run.add_argument("--db", help="also load each article into this database (sqlite:///file.db or postgresql://...)")
    run.add_argument("--timeout", type=float, default=120.0,
                     help="seconds the pipeline may spend on one article before it is logged as failed (0: no limit)")
    run.set_defaults(func=command_run)

    ev = sub.add_parser("eval", help="score predictions against gold files")
    ev.add_argument("--gold", required=True, action="append",
                    help="folder of <doc_id>.gold.json; repeat to score several sets side by side "
                         "(per-article lines and --html cover the first only)")
    ev.add_argument("--pred", help="folder of <doc_id>.json outputs; without it the pipeline runs on the gold texts")
    ev.add_argument("--json", action="store_true", help="print the scores as JSON")
    ev.add_argument("--html", help="write an HTML report to this file")
    ev.add_argument("--per-article", action="store_true", help="also print one line per article")
    ev.add_argument("--limit", type=int, help="score only the first N gold files (after --every/--offset)")
    ev.add_argument("--every", type=int, default=1, help="score every Nth gold file in name order (a sample of a large set)")
    ev.add_argument("--offset", type=int, default=0, help="with --every: start at the Nth file (0-based)")
    ev.add_argument("--quiet", action="store_true")
    ev.add_argument("--entity-model", **ENTITY_MODEL_OPTION)
    ev.set_defaults(func=command_eval)

    ex = sub.add_parser("export", help="load a folder of outputs into a database, or write its tables as CSV or Parquet files")
    ex.add_argument("outputs", help="folder of <doc_id>.json outputs")
    ex.add_argument("--db", help="sqlite:///path.db (default kind) or postgresql://user@host:port/db")
    ex.add_argument("--to", help="folder for one file per database table (instead of --db)")
    ex.add_argument("--format", choices=["csv", "parquet"], default="csv", help="with --to: the files' format (default csv)")
    ex.set_defaults(func=command_export)

    va = sub.add_parser("validate", help="check gold files (or outputs with --output)")
    va.add_argument("paths", nargs="+")
    va.add_argument("--output", action="store_true", help="also check the pipeline's output schema")
    va.set_defaults(func=command_validate)

    from .show import command_show

    sh = sub.add_parser("show", help="render articles' extractions as one HTML page")
    sh.add_argument("article", nargs="+", help="articles (.txt, .html, .jsonl: each line an article, folders) or output .json files")
    sh.add_argument("--html", required=True)
    sh.add_argument("--entity-model", **ENTITY_MODEL_OPTION)
    sh.set_defaults(func=command_show)

    from .review.command import add_parser as add_review_parser

    add_review_parser(sub, ENTITY_MODEL_OPTION)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run a command; a fault of the environment (disk full, read-only folder, database) is one line, exit 2."""
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except OSError as error:
        print(f"error: {environment_fault(error)}", file=sys.stderr)
        return 2
    except Exception as error:
        from sqlalchemy.exc import SQLAlchemyError

        if not isinstance(error, SQLAlchemyError):
            raise
        print(f"error: database {shown_url(getattr(args, 'db', None) or '')}: {database_fault(error)}", file=sys.stderr)
        return 2


def shown_url(url: str) -> str:
    """A database URL fit for a message: as given, its password (if any) as ``***``."""
    import re

    return re.sub(r"^([\w+.-]+://[^:/@?#]*):[^@/?#]*@", r"\1:***@", url)


def environment_fault(error: OSError) -> str:
    """``<file>: <what the system said>`` for a failed read or write (no space left, read-only, permission)."""
    where = error.filename if error.filename is not None else "output"
    return f"{where}: {error.strerror or error}"


def database_fault(error: Exception) -> str:
    """The first line of what the database driver said: refused connection, bad password, not a database, bad URL."""
    cause = getattr(error, "orig", None) or error
    text = str(cause).strip().splitlines()
    return (text[0] if text else type(cause).__name__).strip()


if __name__ == "__main__":
    sys.exit(main())
