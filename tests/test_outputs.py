"""Every output is schema-valid and every span's text is the text at its offsets."""

import unicodedata

import pytest

from pipeline.textnorm import tone_key
from pipeline.validate import problems, spans_of


def test_every_corpus_output_is_valid(corpus_outputs, corpus_articles):
    assert len(corpus_outputs) == len(corpus_articles) >= 79
    report = {doc_id: problems(record, output=True) for doc_id, record in corpus_outputs.items()}
    assert {k: v for k, v in report.items() if v} == {}


def assert_offsets_hold(record):
    text = record["text"]
    for where, span in spans_of(record):
        assert text[span["start"] : span["end"]] == span["text"], where
    for token in record["tokens"]:
        assert text[token["start"] : token["end"]] == token["text"]
    for sentence in record["sentences"]:
        assert text[sentence["start"] : sentence["end"]] == sentence["text"]


def test_offsets_hold_over_the_corpus(corpus_outputs):
    for record in corpus_outputs.values():
        assert_offsets_hold(record)


def test_nfd_input_gives_nfc_text_and_the_same_extractions(extract, corpus_articles, corpus_outputs):
    for article in corpus_articles[:6]:
        record = extract(unicodedata.normalize("NFD", article.text), doc_id=article.doc_id)
        assert record["text"] == article.text
        assert_offsets_hold(record)
        assert record["entities"] == corpus_outputs[article.doc_id]["entities"]


def old_style(text: str) -> str:
    """Rewrite òa-style tone marks to oà-style (hòa -> hoà, thủy -> thuỷ)."""
    import regex

    from pipeline.textnorm import TONE_MARKS

    def move(match):
        word = match.group(0)
        bare = unicodedata.normalize("NFD", word)
        marks = [c for c in bare if c in TONE_MARKS]
        stripped = unicodedata.normalize("NFC", "".join(c for c in bare if c not in TONE_MARKS))
        if len(marks) != 1 or not regex.search(r"(?<![qQ])(?:[oO][aAeE]|[uU][yY])$", stripped):
            return word
        return unicodedata.normalize("NFC", stripped + marks[0])

    return regex.sub(r"[\p{L}\p{M}]+", move, text)


def test_old_style_tone_marks_keep_offsets_and_norms(extract, corpus_articles):
    article = corpus_articles[0]
    rewritten = old_style(article.text)
    assert rewritten != article.text
    record = extract(rewritten, doc_id=article.doc_id)
    assert record["text"] == rewritten
    assert_offsets_hold(record)
    assert {tone_key(e["text"]) for e in record["entities"]} >= {"Mặt trận Tổ quốc", "Huyện ủy Mường Khương"}


@pytest.mark.parametrize("old, new", [("hoà", "hòa"), ("Thuỷ", "Thủy"), ("uỷ", "ủy"), ("khoẻ", "khỏe"), ("quý", "quý"), ("hoàn", "hoàn")])
def test_tone_key_puts_the_mark_in_one_place(old, new):
    assert tone_key(old) == new
