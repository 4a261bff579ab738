"""Faults of the environment (issue 17): one clear line naming what failed, a non-zero exit, no traceback."""

import errno
import os

import pytest

from pipeline.cli import main

ARTICLE = "Lào Cai kết nạp đảng viên\n\nNăm 2010 Đảng bộ kết nạp 1.783 đảng viên."


def test_a_full_disk_is_one_line_naming_the_output(tmp_path, monkeypatch, capsys):
    (tmp_path / "a.txt").write_text(ARTICLE, "utf-8")

    def full(*args):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr("pipeline.io.os.replace", full)
    assert main(["run", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out"), "--quiet"]) == 2
    err = capsys.readouterr().err
    assert err.splitlines()[-1] == f"error: {tmp_path / 'out' / 'a.json'}: No space left on device"
    assert "Traceback" not in err and not list((tmp_path / "out").glob(".*.tmp"))


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
    assert len(err.strip().splitlines()) == 1 and err.startswith(f"error: database {given}: ") and message in err
