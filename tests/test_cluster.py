"""The Dask backend on a real cluster (issue 17): a `dask scheduler` and a `dask worker` started as
separate processes, in another directory, on 127.0.0.1; the client ships text, not paths."""

import json
import os
import signal
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

from pipeline.cli import main

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = sorted((ROOT / "corpus" / "articles").glob("00*.txt"))[:3]
STARTUP_SECONDS = 120  # a wait for the processes to come up, not a bound on anything measured


def dask_command(*args: str) -> list[str]:
    dask = Path(sys.executable).with_name("dask")
    return [str(dask), *args] if dask.exists() else [sys.executable, "-m", "dask", *args]


def wait_for(condition, what: str):
    deadline = time.monotonic() + STARTUP_SECONDS
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"{what} did not happen within {STARTUP_SECONDS} s")
        time.sleep(0.2)


@contextmanager
def cluster(tmp_path: Path, *worker_options: str, env: dict | None = None):
    """A scheduler and one single-threaded worker, each its own process, run from ``tmp_path/elsewhere``."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    address_file = elsewhere / "scheduler.json"
    environment = os.environ | {"PYTHONPATH": str(ROOT)} | (env or {})
    started = []
    try:
        started.append(subprocess.Popen(dask_command("scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
                                                     "--scheduler-file", str(address_file)),
                                        cwd=elsewhere, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        wait_for(address_file.exists, "the scheduler's address file")
        address = json.loads(address_file.read_text("utf-8"))["address"]
        started.append(subprocess.Popen(dask_command("worker", address, "--nthreads", "1", "--no-dashboard",
                                                     "--local-directory", str(elsewhere / "worker"), *worker_options),
                                        cwd=elsewhere, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        from dask.distributed import Client

        with Client(address) as client:
            wait_for(lambda: len(client.scheduler_info()["workers"]) == 1, "the worker's registration")
        yield address, started[-1]
    finally:
        for process in reversed(started):
            process.terminate()
            try:
                process.wait(30)
            except subprocess.TimeoutExpired:
                process.kill()


def copy_articles(folder: Path) -> None:
    folder.mkdir()
    for path in ARTICLES:
        (folder / path.name).write_text(path.read_text("utf-8"), "utf-8")


def records(folder: Path) -> dict[str, dict]:
    found = {}
    for path in sorted(p for p in folder.glob("*.json") if p.name != "summary.json"):
        record = json.loads(path.read_text("utf-8"))
        record["pipeline"].pop("timings")
        found[path.name] = record
    return found


def test_a_separate_scheduler_and_worker_give_the_local_records(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    copy_articles(tmp_path / "in")  # given as a relative path: the worker's directory has no "in"
    assert main(["run", "in", "--out", "local", "--quiet"]) == 0
    with cluster(tmp_path) as (address, _):
        assert main(["run", "in", "--out", "cluster", "--quiet", "--backend", "dask", "--scheduler", address]) == 0
        from dask.distributed import Client

        import pipeline

        with Client(address) as client:  # the worker built the pipeline once for all its articles
            builds = client.run(lambda: pipeline._build.cache_info().misses)
    assert list(builds.values()) == [1]
    assert len(records(tmp_path / "local")) == len(ARTICLES)
    assert records(tmp_path / "cluster") == records(tmp_path / "local")
    assert not list((tmp_path / "cluster").glob(".*.tmp"))


def test_a_worker_killed_mid_article_costs_that_article_only(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    copy_articles(tmp_path / "in")
    long_one = tmp_path / "in" / "zz_long.txt"  # last in input order, so it is the one in flight
    long_one.write_text("\n\n".join(path.read_text("utf-8") for path in ARTICLES * 40), "utf-8")
    # the scheduler gives up on a task after the first worker that dies with it
    with cluster(tmp_path, "--no-nanny", env={"DASK_DISTRIBUTED__SCHEDULER__ALLOWED_FAILURES": "0"}) as (address, worker):
        import threading

        def kill_during_the_long_one():
            wait_for(lambda: len(list((tmp_path / "out").glob("*.json"))) == len(ARTICLES), "the short articles' outputs")
            os.kill(worker.pid, signal.SIGKILL)

        killer = threading.Thread(target=kill_during_the_long_one)
        killer.start()
        status = main(["run", "in", "--out", "out", "--quiet", "--backend", "dask", "--scheduler", address])
        killer.join()
    assert status == 1
    assert sorted(p.name for p in (tmp_path / "out").glob("*.json") if p.name != "summary.json") == sorted(f"{p.stem}.json" for p in ARTICLES)
    errors = [json.loads(line) for line in (tmp_path / "out" / "errors.jsonl").read_text("utf-8").splitlines()]
    assert [(e["file"], e["reason"].split(" (")[0]) for e in errors] == [
        ("in/zz_long.txt", "the Dask worker processing this article failed")]
    assert "KilledWorker" in errors[0]["reason"]
    assert f"{len(ARTICLES) + 1} articles: {len(ARTICLES)} written, 0 already current, 1 failed" in capsys.readouterr().err


def test_the_time_limit_holds_on_a_worker(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    copy_articles(tmp_path / "in")
    # 80 copies: well past 5 s of work on one worker, however fast the pipeline gets (40 came close)
    (tmp_path / "in" / "zz_long.txt").write_text("\n\n".join(path.read_text("utf-8") for path in ARTICLES * 80), "utf-8")
    with cluster(tmp_path) as (address, _):
        status = main(["run", "in", "--out", "out", "--quiet", "--backend", "dask", "--scheduler", address, "--timeout", "5"])
    assert status == 1
    assert len([p for p in (tmp_path / "out").glob("*.json") if p.name != "summary.json"]) == len(ARTICLES)
    errors = [json.loads(line) for line in (tmp_path / "out" / "errors.jsonl").read_text("utf-8").splitlines()]
    assert [(e["file"], e["reason"]) for e in errors] == [("in/zz_long.txt", "pipeline took longer than the 5 s limit for one article")]


def test_an_unreachable_scheduler_is_one_line(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr("pipeline.cli.DASK_CONNECT_SECONDS", 1)
    (tmp_path / "a.txt").write_text(ARTICLES[0].read_text("utf-8"), "utf-8")
    assert main(["run", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out"), "--quiet", "--backend", "dask",
                 "--scheduler", "tcp://127.0.0.1:1"]) == 2
    assert capsys.readouterr().err.splitlines() == [
        "error: tcp://127.0.0.1:1: cannot reach the Dask scheduler: Timed out trying to connect to tcp://127.0.0.1:1 after 1 s"]
