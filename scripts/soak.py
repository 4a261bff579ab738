"""Soak test (issue 17): ``vnpipe run`` over real articles, then again with a worker killed mid-run.

Reads the whole of (or the first ``--limit`` articles of) ``../shared/data/baomoi2017/baomoi2017.jsonl`` (a
temporary dump under ``--work``, never in the repository), runs ``vnpipe run --jobs N``
on them twice (the second time one worker process is killed with SIGKILL once a third of
the outputs exist) and reports per run: outputs written, articles failed, wall time, the
peak memory (VmHWM) of every process of the run, and whether written + failed equals the
articles given. Exits 1 when a run loses an article. Not part of CI: ``make soak``.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "baomoi2017" / "baomoi2017.jsonl"
POLL_SECONDS = 0.2


def take_articles(source: Path, limit: int, dump: Path) -> int:
    """Copy the first ``limit`` non-empty lines of ``source`` (0: all of them) to ``dump``; return how many."""
    count = 0
    with source.open("rb") as lines, dump.open("wb") as out:
        for line in lines:
            if limit and count >= limit:
                break
            if line.strip():
                out.write(line.rstrip(b"\n") + b"\n")
                count += 1
    return count


def children(pid: int) -> list[int]:
    """Every descendant process of ``pid`` (Linux /proc)."""
    found, todo = [], [pid]
    while todo:
        parent = todo.pop()
        for task in Path(f"/proc/{parent}/task").glob("*"):
            try:
                kids = [int(k) for k in (task / "children").read_text().split()]
            except OSError:
                continue
            found += kids
            todo += kids
    return found


def peak_memory_kib(pid: int) -> int | None:
    """The process's peak resident memory (VmHWM), or None once it is gone."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def run_once(dump: Path, out: Path, jobs: int, kill_after: int | None) -> dict:
    """One ``vnpipe run``; with ``kill_after``, SIGKILL one worker once that many outputs exist."""
    command = [sys.executable, "-m", "pipeline", "run", str(dump), "--out", str(out), "--jobs", str(jobs),
               "--quiet", "--force"]
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, env=os.environ | {"PYTHONPATH": str(ROOT)},
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peaks: dict[int, int] = {}
    killed = None
    while process.poll() is None:
        for pid in [process.pid, *children(process.pid)]:
            peak = peak_memory_kib(pid)
            if peak is not None:
                peaks[pid] = max(peaks.get(pid, 0), peak)
        if kill_after is not None and killed is None and len([p for p in out.glob("*.json") if p.name != "summary.json"]) >= kill_after:
            workers = children(process.pid)
            if workers:
                killed = workers[0]
                os.kill(killed, signal.SIGKILL)
        time.sleep(POLL_SECONDS)
    stderr = process.communicate()[1]
    errors = out / "errors.jsonl"
    return {"status": process.returncode, "seconds": round(time.perf_counter() - started, 1),
            "written": len([p for p in out.glob("*.json") if p.name != "summary.json"]),
            "failed": len(errors.read_text("utf-8").splitlines()) if errors.exists() else 0,
            "peak_mib": {pid: round(kib / 1024) for pid, kib in sorted(peaks.items())},
            "killed_worker": killed, "summary": stderr.strip().splitlines()[-1] if stderr.strip() else ""}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="articles to take from the start of the dump (0: all)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--data", type=Path, default=DATA, help="a JSONL dump of articles")
    parser.add_argument("--work", type=Path, help="folder for the dump and outputs (default: a temporary one)")
    args = parser.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="vnpipe-soak-"))
    work.mkdir(parents=True, exist_ok=True)
    dump = work / "articles.jsonl"
    given = take_articles(args.data, args.limit, dump)
    lost = False
    for name, kill_after in (("plain", None), ("worker killed", max(1, given // 3))):
        result = run_once(dump, work / name.replace(" ", "-"), args.jobs, kill_after)
        adds_up = result["written"] + result["failed"] == given
        lost |= not adds_up
        print(json.dumps({"run": name, "articles": given, **result, "adds_up": adds_up}, ensure_ascii=False))
    return 1 if lost else 0


if __name__ == "__main__":
    sys.exit(main())
