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


@pytest.mark.parametrize("marked, expected", [
    # the capitalised body word of a post starts a body of its own: the post stops before it
    ("Ông <PER>Lê Tiến Dũng</PER>, Trưởng <ORG>Ban quản lý di tích và rừng quốc gia Yên Tử</ORG> cho biết.",
     [("Lê Tiến Dũng", "Trưởng", "Ban quản lý di tích và rừng quốc gia Yên Tử", "current")]),
    ("Thượng tá <PER>Nguyễn Quang An</PER>, Phó trưởng <ORG>Phòng Cảnh sát phòng cháy chữa cháy huyện Sóc Sơn</ORG>, cho biết.",
     [("Nguyễn Quang An", "Phó trưởng", "Phòng Cảnh sát phòng cháy chữa cháy huyện Sóc Sơn", "current")]),
    # ... but a department with its parent body stays fused
    ("Ông <PER>Phạm Minh Chính</PER> - Trưởng <ORG>Ban Tổ chức Trung ương</ORG> chủ trì.",
     [("Phạm Minh Chính", "Trưởng Ban Tổ chức", "Trung ương", "current")]),
    ("Tranh luận lại, Trưởng <ORG>Ban Tổ chức TƯ</ORG> <PER>Phạm Minh Chính</PER> cho hay.",
     [("Phạm Minh Chính", "Trưởng Ban Tổ chức", "TƯ", "current")]),
    # "Tư" of "Tư pháp" is no abbreviation
    ("Đề xuất từ cựu Bộ trưởng Tư pháp <LOC>Mỹ</LOC> - <PER>Eric Holder</PER>.", [("Eric Holder", "Bộ trưởng Tư pháp", "Mỹ", "former")]),
    # a council fused into the post: the rest of the ORG it starts is the body
    ("Hòa thượng <PER>Thích Thiện Nhơn</PER>, Chủ tịch <ORG>Hội đồng trị sự Giáo hội Phật giáo Việt Nam</ORG> cho biết.",
     [("Thích Thiện Nhơn", "Chủ tịch Hội đồng trị sự", "Giáo hội Phật giáo Việt Nam", "current")]),
    # the body after "của"; a body tagged MISC that opens with a body word
    ("Phó Thủ tướng <PER>Vương Đình Huệ</PER> - Trưởng ban chỉ đạo của <ORG>Chính phủ</ORG> chủ trì.",
     [("Vương Đình Huệ", "Phó Thủ tướng", None, "current"), ("Vương Đình Huệ", "Trưởng ban chỉ đạo", "Chính phủ", "current")]),
    ("Ông <PER>Trần Khánh Hoàng</PER> - Giám đốc <MISC>Nhà hát Kịch TP.HCM</MISC> - đồng ý.",
     [("Trần Khánh Hoàng", "Giám đốc", "Nhà hát Kịch TP.HCM", "current")]),
])
def test_the_body_of_a_post(roles_nlp, marked, expected):
    assert run(roles_nlp, marked) == expected


@pytest.mark.parametrize("marked, expected", [
    # the body's abbreviation in parentheses, between the post and the name or between two posts
    ("Ông <PER>Trump</PER> sa thải Giám đốc <ORG>Cục Điều tra liên bang</ORG> (<ORG>FBI</ORG>) <PER>James Comey</PER>.",
     [("James Comey", "Giám đốc", "Cục Điều tra liên bang", "former")]),
    ("Ông <PER>Vũ Tiến Lộc</PER> - Chủ tịch <ORG>Phòng Thương mại và Công nghiệp Việt Nam</ORG> (VCCI), Phó Chủ tịch VBF - cho rằng.",
     [("Vũ Tiến Lộc", "Chủ tịch", "Phòng Thương mại và Công nghiệp Việt Nam", "current"),
      ("Vũ Tiến Lộc", "Phó Chủ tịch", "VBF", "current")]),
    # a parenthesis without a number is no part of the name
    ("Video <ORG>MU</ORG> chiêu mộ <PER>Lukaku</PER> (nguồn VTV): HLV huyền thoại Sir <PER>Alex Ferguson</PER> giải nghệ.", []),
    # a birth year in parentheses between the name and the apposition
    ("Tỉnh ủy kỷ luật ông <PER>Phạm Trung Thành</PER> (SN 1964)- Trưởng phòng Bảo vệ chính trị nội bộ với hình thức khiển trách.",
     [("Phạm Trung Thành", "Trưởng phòng Bảo vệ chính trị nội bộ", None, "current")]),
])
def test_a_parenthesis_between_post_and_name(roles_nlp, marked, expected):
    assert run(roles_nlp, marked) == expected


@pytest.mark.parametrize("marked, expected", [
    ("Đồng chí <PER>Đoàn Minh Huấn</PER> được bổ nhiệm làm Tổng biên tập <ORG>Tạp chí Cộng sản</ORG>.",
     [("Đoàn Minh Huấn", "Tổng biên tập", "Tạp chí Cộng sản", "new")]),
    # the appointed post before its holder, after "cho"
    ("Ông <PER>Phạm Minh Chính</PER> trao Quyết định bổ nhiệm Tổng Biên tập <ORG>Tạp chí Cộng sản</ORG> cho đồng chí <PER>Đoàn Minh Huấn</PER>.",
     [("Đoàn Minh Huấn", "Tổng Biên tập", "Tạp chí Cộng sản", "new")]),
    ("Ông <PER>Lê Văn A</PER> từng là Giám đốc <ORG>Sở Y tế</ORG>.", [("Lê Văn A", "Giám đốc", "Sở Y tế", "former")]),
    ("Đại hội bầu trực tiếp đồng chí <PER>Nguyễn Quốc Lập</PER> giữ chức Bí thư Huyện ủy.",
     [("Nguyễn Quốc Lập", "Bí thư", "Huyện ủy", "new")]),
])
def test_appointments(roles_nlp, marked, expected):
    assert run(roles_nlp, marked) == expected


@pytest.mark.parametrize("marked, expected", [
    # every post after the phrase is former, held by the sentence's subject
    ("Đồng chí <PER>Đoàn Minh Huấn</PER> trưởng thành từ cơ sở, trải qua nhiều vị trí công tác như: giảng viên, Phó Trưởng khoa, "
     "Trưởng khoa Chính trị học; Phó Bí thư Đảng ủy, Phó Giám đốc <ORG>Học viện Chính trị khu vực I</ORG>.",
     [("Đoàn Minh Huấn", "Phó Trưởng khoa", None, "former"), ("Đoàn Minh Huấn", "Trưởng khoa Chính trị học", None, "former"),
      ("Đoàn Minh Huấn", "Phó Bí thư", "Đảng ủy", "former"),
      ("Đoàn Minh Huấn", "Phó Giám đốc", "Học viện Chính trị khu vực I", "former")]),
    # the person written after the posts holds them; the career ends there
    ("Trong thời gian giữ các cương vị Tỉnh ủy viên, Giám đốc <ORG>Sở Công Thương</ORG>, bà <PER>Thanh</PER> điều hành công ty "
     "của Giám đốc <ORG>Sở Tài chính</ORG> <PER>Lê Văn B</PER>.",
     [("Thanh", "Tỉnh ủy viên", None, "former"), ("Thanh", "Giám đốc", "Sở Công Thương", "former"),
      ("Lê Văn B", "Giám đốc", "Sở Tài chính", "current")]),
])
def test_a_career(roles_nlp, marked, expected):
    assert run(roles_nlp, marked) == expected


def test_lowercase_lanh_dao_is_no_post(roles_nlp):
    marked = "Thay mặt lãnh đạo <ORG>Bộ Quốc phòng</ORG>, Bộ trưởng <PER>Ngô Xuân Lịch</PER> chúc mừng."
    assert run(roles_nlp, marked) == [("Ngô Xuân Lịch", "Bộ trưởng", None, "current")]


@pytest.mark.parametrize("marked, expected", [
    # a post an ORG entity swallowed with its body
    ("Đồng chí <PER>Phạm Minh Chính</PER> trao Quyết định bổ nhiệm <ORG>Tổng Biên tập Tạp chí Cộng sản</ORG> cho đồng chí "
     "<PER>Đoàn Minh Huấn</PER>.", [("Đoàn Minh Huấn", "Tổng Biên tập", "Tạp chí Cộng sản", "new")]),
    # "Phó ban" is a post of its own, with its department
    ("Phó ban Kinh tế Trung ương <PER>Đinh La Thăng</PER>, ông vừa chuyển sinh hoạt.",
     [("Đinh La Thăng", "Phó ban Kinh tế", "Trung ương", "current")]),
    # a brand written with two capitals is a body
    ("Tài sản của <PER>Jia Yueting</PER> - Chủ tịch LeEco đã bị phong tỏa.", [("Jia Yueting", "Chủ tịch", "LeEco", "current")]),
    # a PER entity that opens with an abbreviation and no surname is the body
    ("Ông <PER>Lê Hoàng Long</PER>, Giám đốc <PER>KDL Tràm Chim</PER> lưu ý du khách.",
     [("Lê Hoàng Long", "Giám đốc", "KDL Tràm Chim", "current")]),
    # a team runs to its country
    ("Dưới sự chứng kiến của tân HLV trưởng đội tuyển futsal <LOC>Việt Nam</LOC> <PER>Miguel Rodrigo</PER>, đội thắng.",
     [("Miguel Rodrigo", "HLV trưởng", "đội tuyển futsal Việt Nam", "new")]),
    ("Ông <PER>Duy</PER> được bổ nhiệm chức vụ thành viên Hội đồng thành viên của <ORG>Tập đoàn Công nghiệp Hóa chất Việt Nam</ORG>.",
     [("Duy", "thành viên Hội đồng thành viên", "Tập đoàn Công nghiệp Hóa chất Việt Nam", "new")]),
    # a lowercase department stops at a capitalised name
    ("Ông <PER>Nguyễn Văn Hòa</PER>, nguyên Phó ban Quản lý sân bay <LOC>Tân Sơn Nhất</LOC>, cho hay.",
     [("Nguyễn Văn Hòa", "Phó ban Quản lý sân bay", "Tân Sơn Nhất", "former")]),
])
def test_posts_and_bodies_the_entities_merged_or_mislabelled(roles_nlp, marked, expected):
    assert run(roles_nlp, marked) == expected


def test_time_words_are_no_career(roles_nlp):
    marked = "Để rút ngắn thời gian làm hồ sơ, Phó Thủ tướng <PER>Vũ Đức Đam</PER> yêu cầu."
    assert run(roles_nlp, marked) == [("Vũ Đức Đam", "Phó Thủ tướng", None, "current")]


def test_a_department_joined_by_va_stays_whole(roles_nlp):
    marked = "Bộ trưởng Thông tin và Truyền thông <PER>Trương Minh Tuấn</PER> phát biểu."
    assert run(roles_nlp, marked) == [("Trương Minh Tuấn", "Bộ trưởng Thông tin và Truyền thông", None, "current")]


@pytest.mark.parametrize("marked, expected", [
    ("Bên cạnh đó, BS <PER>Lê Văn Thuận</PER>, Trưởng khoa Gây mê là người phân công kíp gây mê.",
     [("Lê Văn Thuận", "Trưởng khoa Gây mê", None, "current")]),
    ("Bác sĩ <PER>Bùi Văn Hán</PER>, Trưởng khoa Ngoại chấn thương nhận hình thức kỷ luật khiển trách.",
     [("Bùi Văn Hán", "Trưởng khoa Ngoại chấn thương", None, "current")]),
])
def test_a_department_stops_before_the_predicate(roles_nlp, marked, expected):
    assert run(roles_nlp, marked) == expected


@pytest.mark.parametrize("marked, expected", [
    # a PER entity opening with a body head (Hội) that is no surname is the body, not the holder
    ("Ông <PER>Đào Nghĩa Nhuận</PER>, Phó chủ tịch <PER>Hội Khoa</PER> học và kỹ thuật nông nghiệp cho rằng.",
     [("Đào Nghĩa Nhuận", "Phó chủ tịch", "Hội Khoa", "current")]),
    # Đoàn is a surname too: the PER after the post stays the holder
    ("Phó chủ tịch UBND tỉnh <PER>Đoàn Văn Việt</PER> phát biểu.",
     [("Đoàn Văn Việt", "Phó chủ tịch", "UBND tỉnh", "current")]),
])
def test_a_person_entity_that_is_a_body(roles_nlp, marked, expected):
    assert run(roles_nlp, marked) == expected


def test_a_plural_post_heading_a_list_goes_to_each_item(roles_nlp):
    marked = ("Các ủy viên <ORG>Trung ương Đảng</ORG>: <PER>Phùng Quốc Hiển</PER> - Phó Chủ tịch <ORG>Quốc hội</ORG>; "
              "Bộ trưởng <ORG>Bộ Văn hóa - Thể thao – Du lịch</ORG> <PER>Nguyễn Ngọc Thiện</PER>; "
              "Tổng Giám đốc <ORG>Đài Tiếng nói Việt Nam</ORG> <PER>Nguyễn Thế Kỷ</PER>.")
    assert run(roles_nlp, marked) == [("Phùng Quốc Hiển", "ủy viên", "Trung ương Đảng", "current"),
                                      ("Nguyễn Ngọc Thiện", "ủy viên", "Trung ương Đảng", "current"),
                                      ("Nguyễn Thế Kỷ", "ủy viên", "Trung ương Đảng", "current"),
                                      ("Phùng Quốc Hiển", "Phó Chủ tịch", "Quốc hội", "current"),
                                      ("Nguyễn Ngọc Thiện", "Bộ trưởng", "Bộ Văn hóa - Thể thao – Du lịch", "current"),
                                      ("Nguyễn Thế Kỷ", "Tổng Giám đốc", "Đài Tiếng nói Việt Nam", "current")]


@pytest.mark.parametrize("marked, expected", [
    # the PER entity swallowed a country read as the honorific "anh"
    ("Trong cuộc điện đàm với Thủ tướng <PER>Anh Theresa May</PER>, ông nói.",
     [("Anh Theresa May", "Thủ tướng", None, "current")]),
    # the PER entity left out the first word of a foreign name
    ("Bộ trưởng Tài chính <LOC>Indonesia</LOC> Sri <PER>Mulyani Indrawati</PER> cho biết.",
     [("Mulyani Indrawati", "Bộ trưởng Tài chính", "Indonesia", "current")]),
    # after a body that is no place, a capitalised word before a PER entity is the body's name: no record for it
    ("Chi cục trưởng Chi cục Thuế <PER>Hạ Long</PER> cho biết các điểm bán hàng tự phát.", []),
])
def test_a_person_entity_cut_wrong_after_the_post(roles_nlp, marked, expected):
    assert run(roles_nlp, marked) == expected


@pytest.mark.parametrize("marked, expected", [
    # Ban Chấp hành / BCH before its party body is part of the body, not of the post
    ("Ông <PER>Điểu Kré</PER>, Ủy viên <ORG>Ban chấp hành Trung ương Đảng</ORG>, phát biểu.",
     [("Điểu Kré", "Ủy viên", "Ban chấp hành Trung ương Đảng", "current")]),
    ("Đồng chí <PER>Dương Thị Ca</PER>, ủy viên BCH Đảng bộ, phó chủ tịch HĐND xã, phụ trách.",
     [("Dương Thị Ca", "ủy viên", "BCH Đảng bộ", "current"), ("Dương Thị Ca", "phó chủ tịch", "HĐND xã", "current")]),
    # a steering committee named by a place is the body; before "của" + a body it stays in the post
    ("Thượng tướng <PER>Tô Lâm</PER>, Trưởng Ban chỉ đạo <LOC>Tây Nguyên</LOC> cho biết.",
     [("Tô Lâm", "Trưởng", "Ban chỉ đạo Tây Nguyên", "current")]),
    ("Phó Thủ tướng <PER>Vương Đình Huệ</PER>, Trưởng ban chỉ đạo của <ORG>Chính phủ</ORG> nói.",
     [("Vương Đình Huệ", "Phó Thủ tướng", None, "current"), ("Vương Đình Huệ", "Trưởng ban chỉ đạo", "Chính phủ", "current")]),
    # only a steering committee is cut off so: a chief inspector of a province keeps his post
    ("Quyết định do Chánh thanh tra <LOC>tỉnh Yên Bái</LOC> <PER>Trần Nhật Tân</PER> ký.",
     [("Trần Nhật Tân", "Chánh thanh tra", "tỉnh Yên Bái", "current")]),
])
def test_a_body_that_opens_with_ban(roles_nlp, marked, expected):
    assert run(roles_nlp, marked) == expected
