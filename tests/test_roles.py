"""Roles (guidelines, Roles): the roles component alone, on sentences whose entities are marked inline.

Each case writes the entities the component reads as ``<LABEL>text</LABEL>`` (EDS-NLP's style),
and expects the whole list of (person, role, org, status) records.
"""

import pytest
from markup import unmark

from pipeline.language import make_nlp


@pytest.fixture(scope="module")
def roles_nlp():
    nlp = make_nlp(exclude=["words", "entity_rules", "entity_model", "dates", "entities", "quantities", "lists"])
    assert nlp.pipe_names == ["normalizer", "sentences", "roles"]
    return nlp


def run(nlp, marked: str):
    """Strip the inline marks, set them as doc.ents, and run the pipeline's components on the Doc."""
    text, spans = unmark(marked)
    doc = nlp.make_doc(text)
    doc.ents = [doc.char_span(s, e, label=label) for s, e, label in spans]
    for _, component in nlp.pipeline:
        doc = component(doc)
    return [(r["person"]["text"], r["role"]["text"], r["org"]["text"] if r["org"] else None, r["status"]) for r in doc._.roles]


@pytest.mark.parametrize("marked, expected", [
    # apposition after the name
    ("Đồng chí <PER>Hoàng Giang</PER>, Phó Bí thư <ORG>Tỉnh ủy Lào Cai</ORG> phát biểu.",
     [("Hoàng Giang", "Phó Bí thư", "Tỉnh ủy Lào Cai", "current")]),
    ("Ông <PER>Lê Văn A</PER> - Bí thư Huyện ủy cho biết.", [("Lê Văn A", "Bí thư", "Huyện ủy", "current")]),
    # the post before the name, a generic body with its unit word
    ("Chủ tịch UBND tỉnh <PER>Trần Văn Hiệp</PER> đã ký.", [("Trần Văn Hiệp", "Chủ tịch", "UBND tỉnh", "current")]),
    # a place used for its authorities
    ("Tổng thống <LOC>Mỹ</LOC> <PER>Donald Trump</PER> đe dọa.", [("Donald Trump", "Tổng thống", "Mỹ", "current")]),
    # a body that names no body
    ("Thủ tướng <PER>Phạm Minh Chính</PER> chỉ đạo.", [("Phạm Minh Chính", "Thủ tướng", None, "current")]),
    # a rank between the body and the name is skipped
    ("Bộ trưởng <ORG>Bộ Quốc phòng</ORG>, Đại tướng <PER>Ngô Xuân Lịch</PER> tiếp đoàn.",
     [("Ngô Xuân Lịch", "Bộ trưởng", "Bộ Quốc phòng", "current")]),
    # an abbreviated body that is no entity
    ("Chủ tịch VCCI <PER>Vũ Tiến Lộc</PER> cho biết.", [("Vũ Tiến Lộc", "Chủ tịch", "VCCI", "current")]),
])
def test_a_post_next_to_a_name(roles_nlp, marked, expected):
    assert run(roles_nlp, marked) == expected


def test_a_chain_of_posts_gives_one_record_per_post_each_with_its_body(roles_nlp):
    marked = "Ủy viên <ORG>Trung ương Đảng</ORG>, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh <PER>Đỗ Trọng Hưng</PER> dự họp."
    assert run(roles_nlp, marked) == [("Đỗ Trọng Hưng", "Ủy viên", "Trung ương Đảng", "current"),
                                      ("Đỗ Trọng Hưng", "Bí thư", "Tỉnh ủy", "current"),
                                      ("Đỗ Trọng Hưng", "Chủ tịch", "HĐND tỉnh", "current")]


def test_posts_joined_by_va_before_one_body_share_it(roles_nlp):
    marked = "Ông <PER>Nguyễn Văn B</PER>, Giám đốc và Phó Giám đốc <ORG>Sở Y tế</ORG> dự."
    assert run(roles_nlp, marked) == [("Nguyễn Văn B", "Giám đốc", "Sở Y tế", "current"),
                                      ("Nguyễn Văn B", "Phó Giám đốc", "Sở Y tế", "current")]


@pytest.mark.parametrize("marked, expected", [
    ("Trưởng ban Tuyên giáo Tỉnh ủy <PER>Nguyễn Văn Bình</PER> chủ trì.",
     [("Nguyễn Văn Bình", "Trưởng ban Tuyên giáo", "Tỉnh ủy", "current")]),
    # a lowercase body word ("phòng" of "Quốc phòng") stays in the field; a country is the body
    ("Bộ trưởng Quốc phòng <LOC>Hàn Quốc</LOC> <PER>Han Min-koo</PER> nhận định.",
     [("Han Min-koo", "Bộ trưởng Quốc phòng", "Hàn Quốc", "current")]),
])
def test_a_fused_department_stays_in_the_post(roles_nlp, marked, expected):
    assert run(roles_nlp, marked) == expected


@pytest.mark.parametrize("marked, expected", [
    ("Ông <PER>Lê Văn Hải</PER> được bầu giữ chức Chủ tịch UBND huyện.", [("Lê Văn Hải", "Chủ tịch", "UBND huyện", "new")]),
    ("Đồng chí <PER>Nguyễn Thiện Bảo</PER> đắc cử Bí thư Đảng ủy xã.", [("Nguyễn Thiện Bảo", "Bí thư", "Đảng ủy xã", "new")]),
    ("Ông <PER>Vũ Đình Duy</PER> từng giữ chức Tổng Giám đốc <ORG>PVTex</ORG>.", [("Vũ Đình Duy", "Tổng Giám đốc", "PVTex", "former")]),
    ("Tỉnh quyết định bổ nhiệm ông <PER>Trần Văn C</PER> giữ chức Phó Giám đốc <ORG>Sở Tài chính</ORG>.",
     [("Trần Văn C", "Phó Giám đốc", "Sở Tài chính", "new")]),
])
def test_a_post_in_the_predicate(roles_nlp, marked, expected):
    assert run(roles_nlp, marked) == expected


@pytest.mark.parametrize("marked, status", [
    ("Nguyên Chủ tịch <LOC>tỉnh Khánh Hòa</LOC> <PER>Lê Đức Vinh</PER> rút kinh nghiệm.", "former"),
    ("Cựu Giám đốc <ORG>FBI</ORG> <PER>James Comey</PER> cáo buộc.", "former"),
    ("Tân Tổng thống <LOC>Hàn Quốc</LOC> <PER>Moon Jae-in</PER> điện đàm.", "new"),
])
def test_the_status_word_before_the_post(roles_nlp, marked, status):
    assert [record[3] for record in run(roles_nlp, marked)] == [status]


@pytest.mark.parametrize("marked", [
    "Chủ tịch UBND tỉnh đã ký quyết định.",  # no named person
    "Bác sĩ <PER>Hoàng Công Lương</PER> được tại ngoại.",  # a profession is no post
    "Ông <PER>Lê Văn A</PER> đến dự cùng Giám đốc Sở.",  # the post is not his
])
def test_no_record_without_a_person_holding_the_post(roles_nlp, marked):
    assert run(roles_nlp, marked) == []
