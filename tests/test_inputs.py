"""Real-world input: saved pages, JSONL dumps, odd encodings, bad files, killed batches, Dask."""

import json
import os
import signal
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.io import ArticleError, decode, find_articles, read_article, read_input

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
TEXT = "Huyện ủy Mường Khương tổ chức hội thảo\n\nSáng 19/8, huyện có hơn 66.000 dân."


def cp1258_bytes(text: str) -> bytes:
    """Encode the way Windows-1258 writes Vietnamese: precomposed where it can, tone marks combining."""
    out = bytearray()
    for char in text:
        try:
            out += char.encode("cp1258")
        except UnicodeEncodeError:
            base, *marks = unicodedata.normalize("NFD", char)
            for mark in marks:  # a vowel with its shape mark precomposed (ô, ư), the tone mark combining
                head = unicodedata.normalize("NFC", base + mark)
                if len(head) == 1 and head.encode("cp1258", errors="ignore"):
                    out += head.encode("cp1258") + "".join(m for m in marks if m != mark).encode("cp1258")
                    break
            else:
                out += (base + "".join(marks)).encode("cp1258")
    return bytes(out)


@pytest.mark.parametrize(
    "data",
    [TEXT.encode("utf-8"), b"\xef\xbb\xbf" + TEXT.encode("utf-8"), TEXT.encode("utf-16"), TEXT.encode("utf-32"),
     unicodedata.normalize("NFD", TEXT).encode("utf-8")],
    ids=["utf8", "utf8-bom", "utf16", "utf32", "nfd"],
)
def test_unicode_encodings_decode_to_the_same_text(data):
    assert unicodedata.normalize("NFC", decode(data, "x.txt")) == TEXT


def test_windows_1258_is_detected():
    assert unicodedata.normalize("NFC", decode(cp1258_bytes(TEXT * 3), "x.txt")) == TEXT * 3


@pytest.mark.parametrize(
    "data, reason",
    [(b"", "empty file"), (b"  \n\t", "empty file"), (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data"),
     (b"Ha\xffNoi \xfe\xfd\xfc gibberish \x81\x8d", "not UTF-8"), (b"x" * 2_000_001, "over the")],
    ids=["empty", "blank", "binary", "undecodable", "too-large"],
)
def test_bad_input_is_refused_with_a_reason(data, reason):
    with pytest.raises(ArticleError) as caught:
        decode(data, "bad.txt")
    assert caught.value.source == "bad.txt" and reason in caught.value.reason


def test_saved_html_page_gives_title_body_date_and_url():
    article = read_article(FIXTURES / "vnexpress_like.html")
    assert article.text.startswith("Lào Cai kết nạp 1.783 đảng viên\n\n")
    assert "Nhờ làm tốt công tác tạo nguồn" in article.text
    assert "TIN LIÊN QUAN" not in article.text and "Trang chủ" not in article.text
    assert article.meta["published"] == "2011-01-15"
    assert article.meta["source_url"] == "https://example.vn/lao-cai-ket-nap-1783-dang-vien.html"


def test_jsonl_lines_are_articles_and_a_bad_line_is_an_error(tmp_path):
    path = tmp_path / "dump.jsonl"
    rows = [json.dumps({"id": "a/1", "title": "Tiêu đề", "text": TEXT, "url": "https://x.vn/1", "published": "2022-08-19"}, ensure_ascii=False),
            "{not json", json.dumps({"id": "b2", "text": "Nội dung bài."}, ensure_ascii=False), json.dumps({"title": "no id"})]
    path.write_text("\n".join(rows), "utf-8")
    items = list(find_articles([str(path)]))
    assert [type(i).__name__ for i in items] == ["Article", "ArticleError", "Article", "ArticleError"]
    assert items[0].doc_id == "a_1" and items[0].meta["published"] == "2022-08-19"
    assert items[1].source.endswith("dump.jsonl:2") and "malformed JSONL line" in items[1].reason
    assert read_input(items[2]).text == "Nội dung bài."


def test_batch_with_bad_files_in_the_middle_writes_every_other_article(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(5):
        (folder / f"a{i}.txt").write_text(f"Bài {i}\n\nHuyện có {i + 10} xã.", "utf-8")
    (folder / "a2_empty.txt").write_bytes(b"")
    (folder / "a3_binary.txt").write_bytes(b"\x00\x01\x02")
    (folder / "dump.jsonl").write_text('{"id": "j1", "text": "Có 5 xã."}\n{broken\n', "utf-8")
    out = tmp_path / "out"
    assert main(["run", str(folder), "--out", str(out), "--quiet"]) == 1
    assert sorted(p.stem for p in out.glob("*.json") if p.name != "summary.json") == ["a0", "a1", "a2", "a3", "a4", "j1"]
    errors = [json.loads(line)["file"] for line in (out / "errors.jsonl").read_text("utf-8").splitlines()]
    assert sorted(Path(e).name for e in errors) == ["a2_empty.txt", "a3_binary.txt", "dump.jsonl:2"]


def test_killed_batch_leaves_no_half_written_file_and_rerun_completes(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    articles = sorted((ROOT / "corpus" / "articles").glob("*.txt"))
    for copy in range(4):
        for path in articles:
            (folder / f"{copy}_{path.name}").write_text(path.read_text("utf-8"), "utf-8")
    out = tmp_path / "out"
    command = [sys.executable, "-m", "pipeline", "run", str(folder), "--out", str(out), "--quiet"]
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    while time.time() < deadline and len([p for p in out.glob("*.json") if p.name != "summary.json"]) < 5:
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    written = [p for p in out.glob("*.json") if p.name != "summary.json"]
    assert 0 < len(written) < 4 * len(articles)
    for path in written:
        json.loads(path.read_text("utf-8"))  # every visible output is complete
    assert subprocess.run(command, cwd=ROOT).returncode == 0
    assert len([p for p in out.glob("*.json") if p.name != "summary.json"]) == 4 * len(articles)
    assert not list(out.glob(".*.tmp"))


def test_dask_backend_gives_the_same_records_as_local(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for path in sorted((ROOT / "corpus" / "articles").glob("00*.txt"))[:4]:
        (folder / path.name).write_text(path.read_text("utf-8"), "utf-8")
    local, dask = tmp_path / "local", tmp_path / "dask"
    assert main(["run", str(folder), "--out", str(local), "--quiet"]) == 0
    assert main(["run", str(folder), "--out", str(dask), "--quiet", "--backend", "dask", "--jobs", "1"]) == 0
    for path in sorted(p for p in local.glob("*.json") if p.name != "summary.json"):
        a, b = (json.loads(p.read_text("utf-8")) for p in (path, dask / path.name))
        a["pipeline"].pop("timings"), b["pipeline"].pop("timings")
        assert a == b
