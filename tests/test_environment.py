"""Faults of the environment (issue 17): one clear line naming what failed, a non-zero exit, no traceback."""

import errno
import json
import os
from pathlib import Path

import pytest

from pipeline.cli import main

ARTICLE = "Lào Cai kết nạp đảng viên\n\nNăm 2010 Đảng bộ kết nạp 1.783 đảng viên."


def full_disk(monkeypatch, spare_errors_log: bool):
    """Every rename into place fails as on a full disk (``spare_errors_log``: except errors.jsonl's, a small file)."""
    import pipeline.io

    rename = pipeline.io.os.replace

    def replace(source, target):
        if spare_errors_log and Path(target).name == "errors.jsonl":
            return rename(source, target)
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr("pipeline.io.os.replace", replace)


def three_articles(tmp_path):
    (tmp_path / "in").mkdir()
    for name in "abc":
        (tmp_path / "in" / f"{name}.txt").write_text(ARTICLE + f" ({name})", "utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "errors.jsonl").write_text('{"file": "old run", "reason": "old"}\n', "utf-8")
    return tmp_path / "in", out


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_full_disk_stops_the_run_and_accounts_for_every_article(tmp_path, monkeypatch, capsys, jobs):
    folder, out = three_articles(tmp_path)
    full_disk(monkeypatch, spare_errors_log=True)
    assert main(["run", str(folder), "--out", str(out), "--quiet", "--jobs", jobs]) == 2
    lines = capsys.readouterr().err.splitlines()
    first = lines[0].split(": output not written: ")[0].removeprefix("error: ")  # with 2 workers, whichever finished first
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text("utf-8").splitlines()]
    fault = f"{out / Path(first).stem}.json: No space left on device"
    assert [e["file"] for e in errors] == [first] + [str(folder / f"{n}.txt") for n in "abc" if str(folder / f"{n}.txt") != first]
    assert [e["reason"] for e in errors] == [f"output not written: {fault}"] + [f"not processed: the run stopped at {fault}"] * 2
    assert lines[-2].startswith("3 articles: 0 written, 0 already current, 1 failed, 2 not processed (")
    assert lines[-2].endswith(f"-> {out}; failures listed in {out / 'errors.jsonl'}")
    assert lines[-1] == f"error: {fault}" and "Traceback" not in "".join(lines)
    assert not list(out.glob(".*.tmp")) and not list(out.glob("*.json"))


def test_when_even_the_error_log_cannot_be_written_stderr_says_so(tmp_path, monkeypatch, capsys):
    folder, out = three_articles(tmp_path)
    full_disk(monkeypatch, spare_errors_log=False)
    assert main(["run", str(folder), "--out", str(out), "--quiet"]) == 2
    fault = f"{out / 'a.json'}: No space left on device"
    lines = capsys.readouterr().err.splitlines()
    assert lines[:4] == [
        f"error: {folder / 'a.txt'}: output not written: {fault}",
        f"error: {folder / 'b.txt'}: not processed: the run stopped at {fault}",
        f"error: {folder / 'c.txt'}: not processed: the run stopped at {fault}",
        f"error: {out / 'errors.jsonl'}: No space left on device: this run's 3 failures are listed above only"]
    assert lines[4].startswith("3 articles: 0 written, 0 already current, 1 failed, 2 not processed (")
    assert lines[4].endswith(f"-> {out}") and lines[5:] == [f"error: {fault}"]
    assert not (out / "errors.jsonl").exists()  # the last run's log would pass for this one's
    assert not list(out.glob(".*.tmp"))


def test_an_output_folder_that_cannot_be_made_is_one_line(tmp_path, capsys):
    (tmp_path / "file").write_text("x", "utf-8")
    assert main(["run", str(tmp_path / "a.txt"), "--out", str(tmp_path / "file" / "out"), "--quiet"]) == 2
    assert capsys.readouterr().err.splitlines()[-1] == f"error: {tmp_path / 'file' / 'out'}: Not a directory"


def corrupt_sqlite(tmp_path):
    path = tmp_path / "corrupt.db"
    path.write_bytes(b"this is not a database" * 100)
    return f"sqlite:///{path}"


@pytest.mark.parametrize("url, message", [
    (lambda tmp: "nosuchdb://host/db", "Can't load plugin: sqlalchemy.dialects:nosuchdb"),
    (lambda tmp: f"sqlite:///{tmp}/missing/folder/x.db", "unable to open database file"),
    (corrupt_sqlite, "file is not a database"),
    (lambda tmp: "postgresql://user:wrong@127.0.0.1:1/db", "connection"),
], ids=["bad-url", "missing-folder", "corrupt-sqlite", "unreachable-postgres"])
def test_a_database_that_cannot_be_used_is_one_line(tmp_path, capsys, url, message):
    (tmp_path / "outputs").mkdir()
    given = url(tmp_path)
    assert main(["export", str(tmp_path / "outputs"), "--db", given]) == 2
    err = capsys.readouterr().err
    shown = given.replace(":wrong@", ":***@")  # never the password
    assert len(err.strip().splitlines()) == 1 and err.startswith(f"error: database {shown}: ") and message in err
