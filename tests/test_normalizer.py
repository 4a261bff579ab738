"""Token norms and boilerplate (``vn_normalizer``), on a blank pipeline holding only the normalizer."""

import pytest
from markup import mark, run_components

from pipeline.language import make_nlp


@pytest.fixture(scope="module")
def normalizer_nlp():
    nlp = make_nlp(exclude=["sentences", "words", "entity_rules", "entity_model", "dates", "entities", "quantities", "lists", "roles"])
    assert nlp.pipe_names == ["normalizer"]
    return nlp


@pytest.mark.parametrize("text, norms", [
    ("Hoà Bình", ["hòa", "bình"]),  # new-style tone mark keyed as the old style
    ("hòa bình", ["hòa", "bình"]),
    ("Thuỷ lợi", ["thủy", "lợi"]),
    ("Quý II", ["quý", "ii"]),  # "qu" + y: the u belongs to the consonant, the mark stays
    ("Huyện uỷ", ["huyện", "ủy"]),
])
def test_norms_ignore_where_the_tone_mark_sits(normalizer_nlp, text, norms):
    doc = run_components(normalizer_nlp, text)
    assert [t.norm_ for t in doc if not t.is_space] == norms


def test_the_text_is_never_rewritten(normalizer_nlp):
    text = "Huyện uỷ Hoà Bình"
    assert run_components(normalizer_nlp, text).text == text


def boilerplate(nlp, text: str) -> str:
    doc = run_components(nlp, text)
    return mark(text, [(s.start_char, s.end_char, s.label_.upper()) for s in doc.spans["boilerplate"]])


@pytest.mark.parametrize("text, expected", [
    ("Tiêu đề\n0:00 / 0:00\nNội dung.", "Tiêu đề\n<VIDEO_TIME>0:00 / 0:00</VIDEO_TIME>\nNội dung."),
    ("Nội dung.\nTIN LIÊN QUAN\nBài một\nBài hai\n\nTiếp theo.",
     "Nội dung.\n<RELATED_LINKS>TIN LIÊN QUAN</RELATED_LINKS>\n<RELATED_LINKS>Bài một</RELATED_LINKS>\n"
     "<RELATED_LINKS>Bài hai</RELATED_LINKS>\n\nTiếp theo."),
    ("Nội dung.\nẢnh: Lễ khai mạc\nẢnh: Lễ khai mạc\nTiếp.",
     "Nội dung.\n<REPEATED_CAPTION>Ảnh: Lễ khai mạc</REPEATED_CAPTION>\n<REPEATED_CAPTION>Ảnh: Lễ khai mạc</REPEATED_CAPTION>\nTiếp."),
    ("Hội nghị lúc 9:00 sáng nay.", "Hội nghị lúc 9:00 sáng nay."),  # a clock inside a sentence is text
])
def test_boilerplate_lines_are_marked(normalizer_nlp, text, expected):
    assert boilerplate(normalizer_nlp, text) == expected


def test_boilerplate_tokens_are_flagged(normalizer_nlp):
    doc = run_components(normalizer_nlp, "Tiêu đề\n0:00\nNội dung.")
    assert [t.text for t in doc if t._.is_boilerplate] == ["0", ":", "00"]
