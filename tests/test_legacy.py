"""Legacy Vietnamese encodings (issue 17): converted when sure, refused naming the file when not, never passed through."""

import json

import pytest

from pipeline.cli import main
from pipeline.io import ArticleError, decode
from pipeline.legacy import tables

PHRASES = ["Đảng bộ tỉnh Lào Cai", "Người dân tỉnh Quảng Nam đón Tết", "Huyện ủy Mường Khương tổ chức hội thảo",
           "Chủ tịch ủy ban nhân dân phường Đống Đa"]


def encode_with(table: str, text: str) -> str:
    """``text`` written in a legacy encoding (as its bytes read in Windows-1252): the table used backwards."""
    backwards = {}
    for legacy, unicode in tables()[table].items():
        backwards.setdefault(unicode, legacy)  # the first (longest) spelling, as the converter reads it
    return "".join(backwards.get(char, char) for char in text)


@pytest.mark.parametrize("legacy, unicode", [("Ñaûng boä tænh Laøo Cai", "Đảng bộ tỉnh Lào Cai"),
                                             ("§¶ng bé tØnh Lµo Cai", "Đảng bộ tỉnh Lào Cai")], ids=["vni", "tcvn3"])
def test_a_short_legacy_text_already_read_as_windows_1252_is_converted(legacy, unicode):
    assert decode(legacy.encode("utf-8"), "x.txt") == unicode


@pytest.mark.parametrize("table", ["vni", "tcvn3"])
@pytest.mark.parametrize("phrase", PHRASES)
def test_phrases_written_in_each_legacy_encoding_read_as_unicode(table, phrase):
    assert decode(encode_with(table, phrase).encode("utf-8"), "x.txt") == phrase


@pytest.mark.parametrize("table", ["vni", "tcvn3"])
@pytest.mark.parametrize("phrase", PHRASES)
def test_legacy_bytes_that_are_not_utf8_are_converted(table, phrase):
    assert decode(encode_with(table, phrase).encode("cp1252"), "x.txt") == phrase


def test_cesu8_is_decoded():
    """CESU-8 writes an astral character as its two UTF-16 halves, each encoded like a character."""
    text = "Đảng bộ tỉnh Lào Cai 😀"
    halves = text.replace("😀", "\ud83d\ude00")
    assert decode(halves.encode("utf-8", "surrogatepass"), "x.txt") == text


@pytest.mark.parametrize("text", ["Đội bóng München thắng 2-1 ở nhiệt độ 30°C", "Giá 5 µg, diện tích 20 m²",
                                  "© Bản quyền thuộc báo Lào Cai",
                                  "HLV Jörg Müller của Düsseldorf nói với François rằng đội bóng đã chơi tốt trong cả trận đấu hôm qua"])
def test_unicode_with_a_foreign_name_or_sign_is_kept(text):
    assert decode(text.encode("utf-8"), "x.txt") == text


def test_text_that_looks_legacy_but_converts_under_no_table_is_refused_naming_the_file():
    with pytest.raises(ArticleError) as caught:
        decode("xyzø qwæ ñbc kkû".encode("utf-8"), "in/bad.txt")
    assert caught.value.source == "in/bad.txt"
    assert caught.value.reason.startswith("looks like Vietnamese in a legacy encoding (4 words such as 'xyzø', 'qwæ', 'ñbc')")


def test_a_batch_converts_a_legacy_file_and_a_legacy_jsonl_line(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "vni.txt").write_text(encode_with("vni", PHRASES[1] + "\n\nCó 5 xã."), "utf-8")
    (folder / "dump.jsonl").write_text(json.dumps({"id": "t", "text": encode_with("tcvn3", PHRASES[0])}, ensure_ascii=False), "utf-8")
    assert main(["run", str(folder), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    texts = {p.stem: json.loads(p.read_text("utf-8"))["text"] for p in (tmp_path / "out").glob("*.json") if p.name != "summary.json"}
    assert texts == {"vni": PHRASES[1] + "\n\nCó 5 xã.", "t": PHRASES[0]}
