"""Sentence boundaries (``vn_sentences``), on a blank pipeline with the normalizer it requires.

Each case gives the text and the exact list of sentences the splitter must return.
"""

import pytest
from markup import run_components

from pipeline.language import make_nlp


@pytest.fixture(scope="module")
def sentences_nlp():
    nlp = make_nlp(exclude=["words", "entity_rules", "entity_model", "dates", "entities", "quantities", "lists", "roles"])
    assert nlp.pipe_names == ["normalizer", "sentences"]
    return nlp


def sentences(nlp, text: str) -> list[str]:
    return [s.text.strip() for s in run_components(nlp, text).sents]


@pytest.mark.parametrize("text, expected", [
    ("Hội nghị khai mạc. Các đại biểu thảo luận.", ["Hội nghị khai mạc.", "Các đại biểu thảo luận."]),
    ("Ai chịu trách nhiệm? Chưa rõ!", ["Ai chịu trách nhiệm?", "Chưa rõ!"]),
    ("Ông nói: “Phải làm ngay.” Sau đó họp tiếp.", ["Ông nói: “Phải làm ngay.”", "Sau đó họp tiếp."]),
    ("Năm 2016 đạt 1.500 tỷ đồng. 2017 tăng thêm.", ["Năm 2016 đạt 1.500 tỷ đồng.", "2017 tăng thêm."]),
])
def test_a_terminal_mark_before_a_capital_digit_or_quote_ends_a_sentence(sentences_nlp, text, expected):
    assert sentences(sentences_nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Đoàn đến TP. Hồ Chí Minh hôm qua.", ["Đoàn đến TP. Hồ Chí Minh hôm qua."]),
    ("PGS.TS. Nguyễn Văn A và ThS. Trần Thị B dự.", ["PGS.TS. Nguyễn Văn A và ThS. Trần Thị B dự."]),
    ("Trụ sở ở TP.HCM và tăng 3.5 lần.", ["Trụ sở ở TP.HCM và tăng 3.5 lần."]),
])
def test_abbreviations_and_dots_inside_words_do_not_end_sentences(sentences_nlp, text, expected):
    assert sentences(sentences_nlp, text) == expected


def test_a_numbered_list_after_a_colon_stays_in_its_sentence(sentences_nlp):
    text = "Gồm hai nhiệm vụ: 1. Tăng cường kiểm tra; 2. Xử lý nghiêm."
    assert sentences(sentences_nlp, text) == [text]


def test_a_line_break_always_ends_a_sentence(sentences_nlp):
    text = "Tiêu đề bài báo\nNội dung dòng một, chưa hết\nDòng hai."
    assert sentences(sentences_nlp, text) == ["Tiêu đề bài báo", "Nội dung dòng một, chưa hết", "Dòng hai."]


def test_a_lowercase_word_after_the_mark_continues_the_sentence(sentences_nlp):
    text = "Các loại cây như cam, quýt... đều được trồng."
    assert sentences(sentences_nlp, text) == [text]


def test_sentences_cover_the_text_without_gaps(sentences_nlp):
    text = "Một câu. Hai câu!\n\nBa câu? Bốn."
    doc = run_components(sentences_nlp, text)
    assert "".join(s.text_with_ws for s in doc.sents) == text
