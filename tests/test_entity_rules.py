"""Entity rules alone (``vn_entity_rules`` and the merge, no statistical layer), every span asserted.

Each case is the sentence with every entity the guidelines want marked inline
(``<PER>…</PER>``); the test compares the whole marked sentence, so a missed name fails as
surely as a wrong one. The pipeline holds what the rule component requires (normalizer,
sentences, words) and the merge that writes ``doc.ents``.
"""

import pytest
from markup import mark, run_components, unmark

from pipeline.language import make_nlp


@pytest.fixture(scope="module")
def rules_nlp():
    nlp = make_nlp(exclude=["entity_model", "dates", "quantities", "lists", "roles"])
    assert nlp.pipe_names == ["normalizer", "sentences", "words", "entity_rules", "entities"]
    return nlp


def marked_entities(nlp, marked: str) -> str:
    text, _ = unmark(marked)
    doc = run_components(nlp, text)
    return mark(text, [(s.start_char, s.end_char, s.label_) for s in doc.ents])


@pytest.mark.parametrize("marked", [
    "Đồng chí <PER>Hoàng Giang</PER>, Phó Bí thư <ORG>Tỉnh ủy Lào Cai</ORG> dự hội nghị.",
    "Chủ tịch UBND tỉnh <PER>Trần Văn Hiệp</PER> phát biểu.",  # "UBND tỉnh" names no body: generic
    "Ông <PER>Chung</PER> và ông <PER>Xuân</PER> cùng dự.",
    "<ORG>Tỉnh ủy Sơn La</ORG> <PER>Hoàng Văn Chất</PER> chủ trì.",
])
def test_persons_after_titles_and_bodies(rules_nlp, marked):
    """Guidelines, PER: the name without the title; a body before the name is its own ORG."""
    assert marked_entities(rules_nlp, marked) == marked


@pytest.mark.parametrize("marked", [
    "<ORG>Huyện ủy Mường Khương</ORG> tổ chức hội thảo tại <LOC>xã Bản Lầu</LOC>.",
    "<ORG>Bộ Giáo dục và Đào tạo</ORG> ban hành Thông tư.",
    "Đoàn công tác của <ORG>Bộ Quốc phòng</ORG> làm việc với <ORG>UBND thành phố Hà Nội</ORG>.",
    "<LOC>Đường Hồ Chí Minh</LOC> đi qua <LOC>tỉnh Quảng Trị</LOC>.",  # a street named after a person is a place
    "Đồng bào dân tộc <MISC>Dao</MISC> sống ở vùng cao <LOC>huyện Bát Xát</LOC>.",
])
def test_bodies_and_places_take_their_unit_word_and_name(rules_nlp, marked):
    """Guidelines, ORG and LOC: the type or unit word is part of the name it heads."""
    assert marked_entities(rules_nlp, marked) == marked


@pytest.mark.parametrize("marked", [
    "Theo <MISC>Quyết định 1348/QĐ-BNN-TCCB</MISC>, Cục được thành lập.",
    "<MISC>Luật Đất đai 2024</MISC> quy định rõ.",
    "Tin bài đăng trên <ORG>Baohatinh.vn</ORG> sáng nay.",
])
def test_documents_laws_and_websites(rules_nlp, marked):
    """Guidelines, MISC (named documents and laws) and ORG (a website named as a source)."""
    assert marked_entities(rules_nlp, marked) == marked


@pytest.mark.parametrize("marked", [
    "Đảng viên phải gương mẫu trong công tác Đảng.",  # "Đảng" heading no phrase of its own
    "Các huyện ủy và đảng bộ cơ sở đã họp.",  # generic mentions, no name
    "Học sinh giỏi môn Toán và Ngữ văn được khen.",
])
def test_generic_mentions_are_no_entities(rules_nlp, marked):
    assert marked_entities(rules_nlp, marked) == marked
