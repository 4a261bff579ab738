"""Entities: the guidelines' rules, and how rules and the statistical layer combine."""

import json

import pytest


def entities(extract, text):
    return [(e["text"], e["label"]) for e in extract(text)["entities"]]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Huyện ủy Mường Khương tổ chức hội thảo.", ("Huyện ủy Mường Khương", "ORG")),
        ("Đồng chí Hoàng Giang, Phó Bí thư Tỉnh ủy Lào Cai dự.", ("Tỉnh ủy Lào Cai", "ORG")),
        ("Đồng chí Hoàng Giang, Phó Bí thư Tỉnh ủy Lào Cai dự.", ("Hoàng Giang", "PER")),
        ("Phát huy vai trò của Mặt trận Tổ quốc và nhân dân.", ("Mặt trận Tổ quốc", "ORG")),
        ("Giảng viên Trường Chính trị Lào Cai thảo luận.", ("Trường Chính trị Lào Cai", "ORG")),
        ("Đại hội bầu Ban Chấp hành Đảng bộ xã Vĩnh Trạch khóa XII.", ("Ban Chấp hành Đảng bộ xã Vĩnh Trạch", "ORG")),
        ("Đảng ủy xã Bản Lầu ra nghị quyết.", ("Đảng ủy xã Bản Lầu", "ORG")),
        ("Đoàn công tác làm việc tại huyện Mường Khương.", ("huyện Mường Khương", "LOC")),
        ("Chính sách của Đảng, pháp luật của Nhà nước.", ("Đảng", "ORG")),
        ("Chính sách của Đảng, pháp luật của Nhà nước.", ("Nhà nước", "ORG")),
        ("Hội thảo “Nâng cao năng lực lãnh đạo” diễn ra.", ("Nâng cao năng lực lãnh đạo", "MISC")),
        ("Bảng tổng sắp SEA Games 33 mới nhất.", ("SEA Games 33", "MISC")),
        ("Bộ Giáo dục và Đào tạo vừa quyết định.", ("Bộ Giáo dục và Đào tạo", "ORG")),
    ],
)
def test_rule_entity(extract, text, expected):
    assert expected in entities(extract, text)


@pytest.mark.parametrize(
    "text, not_expected",
    [
        ("Huyện ủy thường xuyên quan tâm công tác.", "Huyện ủy"),
        ("Nâng cao sức chiến đấu tổ chức cơ sở Đảng ở địa phương.", "Đảng"),
        ("Lãnh đạo các ban Đảng của tỉnh dự.", "Đảng"),
        ("Đảng bộ huyện có 43 tổ chức cơ sở.", "Đảng bộ huyện"),
        ("Đảng viên phải gương mẫu.", "Đảng"),
    ],
)
def test_generic_mentions_are_not_entities(extract, text, not_expected):
    assert not_expected not in [t for t, _ in entities(extract, text)]


def test_titles_stay_outside_person_names(extract):
    found = entities(extract, "Đồng chí Nguyễn Thiện Bảo đắc cử Bí thư Đảng ủy xã.")
    assert ("Nguyễn Thiện Bảo", "PER") in found
    assert not any(text.startswith("Đồng chí") for text, _ in found)


def test_rules_win_over_the_model(nlp):
    """Where a rule span and a model span overlap, the rule span is kept, with source "rule"."""
    doc = nlp("Đồng chí Hoàng Giang, Phó Bí thư Tỉnh ủy Lào Cai dự và chủ trì hội thảo.")
    by_text = {e.text: e for e in doc.ents}
    assert by_text["Tỉnh ủy Lào Cai"]._.source == "rule"
    assert not any(e.text == "Lào Cai" for e in doc.ents)


def test_every_entity_has_source_and_norm(corpus_outputs):
    for record in corpus_outputs.values():
        for entity in record["entities"]:
            assert entity["source"] in {"crf", "rule", "model", "gazetteer", "discourse", "corpus_names"}
            assert entity["norm"]


def test_seed_article_every_gold_entity_found(corpus_outputs, seed_gold):
    predicted = {(e["start"], e["end"], e["label"]) for e in corpus_outputs["000_a3837a240afc45cb"]["entities"]}
    missing = [e["text"] for e in seed_gold["entities"] if (e["start"], e["end"], e["label"]) not in predicted]
    assert missing == []


def test_nothing_is_extracted_from_boilerplate(corpus_outputs):
    for record in corpus_outputs.values():
        for box in record["boilerplate"]:
            for layer in ("entities", "quantities", "dates"):
                assert not any(box["start"] <= s["start"] < box["end"] for s in record[layer])


def test_seed_boilerplate_marked(corpus_outputs):
    kinds = [(b["kind"], b["text"]) for b in corpus_outputs["000_a3837a240afc45cb"]["boilerplate"]]
    assert ("video_time", "0:00 / 0:00") in kinds
    assert kinds.count(("repeated_caption", "Quang cảnh hội thảo.")) == 2


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Trưởng ban Nội chính Tỉnh ủy Nguyễn Ngọc Truyền dự hội nghị.", ("Nguyễn Ngọc Truyền", "PER")),
        ("Huyện ủy Hiệp Đức quán triệt chỉ thị số 18-CT/HU về đại hội.", ("chỉ thị số 18-CT/HU", "MISC")),
        ("(Baohatinh.vn) - Đại hội diễn ra sôi nổi.", ("Baohatinh.vn", "ORG")),
        ("Khai thác tiềm năng Quốc lộ 8A và cửa khẩu.", ("Quốc lộ 8A", "LOC")),
        ("Xe đi trên đường Hồ Chí Minh qua tỉnh.", ("đường Hồ Chí Minh", "LOC")),
        ("Giải ngân cho hội viên ở xã Xuân Thọ 1 (TX Sông Cầu) để nuôi bò.", ("xã Xuân Thọ 1", "LOC")),
        ("Các cấp ủy đảng Nam Trà My lãnh đạo tốt.", ("Nam Trà My", "LOC")),
        ("Kỷ niệm ngày thành lập.\n\nĐại hội thành công.\n\nPHƯƠNG LAN", ("PHƯƠNG LAN", "PER")),
        ("Đại hội thành công.\n\nMỹ Linh – Thanh Hoa", ("Mỹ Linh", "PER")),
        ("Tặng Huy hiệu 60 năm tuổi Đảng cho đảng viên.", ("Huy hiệu 60 năm tuổi Đảng", "MISC")),
    ],
)
def test_more_rule_entities(extract, text, expected):
    assert expected in entities(extract, text)


def test_byline_prefix_keeps_an_organisation(extract):
    found = entities(extract, "Tin thể thao.\n\nTác giả: Trí Minh\n\nNguồn tin: Báo VOV")
    assert ("Trí Minh", "PER") in found and ("Báo VOV", "ORG") in found


def test_a_place_inside_a_longer_model_name_yields(nlp):
    """Weak rule spans (places) give way to a longer model span that contains them."""
    from spacy.tokens import Span

    policy = nlp.get_pipe("entities").policy
    doc = nlp("Phim do Hãng phim Truyện Việt Nam sản xuất.")
    candidates = list(doc.spans["entity_rules"])
    sources = {(span.start, span.end, span.label_): span.id_ for span in candidates}
    place = next(s for s in candidates if s.text == "Việt Nam")
    longer = Span(doc, place.start - 3, place.end, label="ORG")
    assert policy.yields_to_model(place, sources, [longer])
    other = nlp("Đồng chí dự họp tại Huyện ủy Mường Khương.")  # kept: a span group needs its Doc alive
    body = next(s for s in other.spans["entity_rules"] if s.label_ == "ORG")
    assert not policy.yields_to_model(body, {(body.start, body.end, "ORG"): "rule"}, [Span(body.doc, body.start - 1, body.end, label="ORG")])


def test_the_merge_alone_writes_doc_ents(nlp):
    """Rules and the statistical layer propose in span groups; only the merge policy assigns ``doc.ents``."""
    analysis = nlp.analyze_pipes()
    assert analysis["attrs"]["doc.ents"]["assigns"] == ["entities"]
    assert all(not problems for problems in analysis["problems"].values())


def test_the_merge_policy_is_swappable():
    """A registered policy replaces the default: here one that keeps the rule candidates only."""
    from spacy.util import registry

    from pipeline.language import make_nlp

    @registry.misc("test.rules_only.v1")
    def rules_only():
        return lambda doc, rule_spans, model_spans: [(span, span.id_) for span in rule_spans or []]

    nlp = make_nlp(exclude=["entities", "quantities", "lists"])
    nlp.add_pipe("vn_entities", name="entities", config={"policy": {"@misc": "test.rules_only.v1"}})
    doc = nlp("Đồng chí Hoàng Giang làm việc tại Huyện ủy Mường Khương.")
    assert [(e.text, e.label_) for e in doc.ents] == [(s.text, s.label_) for s in doc.spans["entity_rules"]]


def test_model_only_mode_turns_rules_off():
    import pipeline

    assert "entity_rules" not in pipeline.load("model-only").pipe_names
    record = pipeline.extract("Chính sách của Đảng, pháp luật của Nhà nước.", entity_model="model-only")
    assert all(e["source"] == "model" for e in record["entities"])


def test_crf_layer_still_available(extract):
    import pipeline

    record = pipeline.extract("Huyện ủy Mường Khương tổ chức hội thảo.", entity_model="crf")
    assert ("Huyện ủy Mường Khương", "ORG") in [(e["text"], e["label"]) for e in record["entities"]]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a title before one capitalised syllable makes it a name, at the start of a sentence too
        ("Sau đó bà Thu chỉ biết động viên con cháu.", ("Thu", "PER")),
        ("Mọi việc đã xong. Ông Hiển cũng cho biết sẽ đi tiếp.", ("Hiển", "PER")),
        ("Chủ tịch nước Trần Đại Quang đã tiếp đoàn.", ("Trần Đại Quang", "PER")),
        # a country is not run into the name after it
        ("Tổng thống Mỹ Donald Trump đe dọa tấn công.", ("Mỹ", "LOC")),
        ("Tổng thống Mỹ Donald Trump đe dọa tấn công.", ("Donald Trump", "PER")),
        # after a title and a country, a foreign name the surname list lacks is still a person
        ("Ông Trump gặp Ngoại trưởng Nga Lavrov tại Nhà Trắng.", ("Nga", "LOC")),
        ("Ông Trump gặp Ngoại trưởng Nga Lavrov tại Nhà Trắng.", ("Lavrov", "PER")),
        # a person written after a body's place is split off it; not after a bare type word
        ("Bí thư Tỉnh ủy Sơn La Hoàng Văn Chất cho biết.", ("Hoàng Văn Chất", "PER")),
        ("Phó Chủ tịch Quốc hội Tòng Thị Phóng phát biểu.", ("Tòng Thị Phóng", "PER")),
        ("Em học ở Trường Tiểu học Hoàng Diệu.", ("Trường Tiểu học Hoàng Diệu", "ORG")),
        # a trigger inside a capitalised name is part of the name
        ("Đối tượng là Nguyễn Trường Giang, sinh năm 1990.", ("Nguyễn Trường Giang", "PER")),
        ("Triển lãm về hai quần đảo Hoàng Sa và Trường Sa của Việt Nam.", ("Trường Sa", "LOC")),
        # signs that belong to a name
        ("Các sân bay hiện có./. (TTXVN/Vietnam+)", ("Vietnam+", "ORG")),
        ("Thành quả của nhiều năm.\n\nBài viết kết thúc ở đây.\n\nAn Dương (T/h)", ("An Dương", "PER")),
    ],
)
def test_rules_leave_names_whole(extract, text, expected):
    assert expected in entities(extract, text)


@pytest.mark.parametrize(
    "text, not_expected",
    [
        ("Bộ trưởng yêu cầu Tập đoàn Hóa chất Việt Nam báo cáo.", "LOC"),  # "cầu" inside "yêu cầu" is no bridge
        ("Mọi việc đã xong. Ông Hiển cũng cho biết sẽ đi tiếp.", "Ông Hiển"),
        ("Tổng thống Mỹ Donald Trump đe dọa tấn công.", "Mỹ Donald Trump"),
    ],
)
def test_rules_do_not_invent(extract, text, not_expected):
    found = entities(extract, text)
    assert not_expected not in [t for t, _ in found] + [label for _, label in found]


def test_an_organisation_rule_yields_to_a_longer_model_name_of_its_label(nlp):
    """"Bộ Quốc phòng" (fixed name) gives way to the model's "Bộ Quốc phòng Liên bang Nga"; a longer span that
    adds a verb, a bare unit word or a conjunction before a common word does not win."""
    from spacy.tokens import Span

    recognizer = nlp.get_pipe("entities").policy
    doc = nlp("Theo Bộ Quốc phòng Liên bang Nga, Hội Nông dân tỉnh quyết định hỗ trợ.")
    found = {span.text: (span, span.id_) for span in doc.spans["entity_rules"]}
    ministry, source = found["Bộ Quốc phòng"]
    sources = {(ministry.start, ministry.end, "ORG"): source}
    assert recognizer.yields_to_model(ministry, sources, [Span(doc, ministry.start, ministry.end + 3, label="ORG")])
    assert not recognizer.yields_to_model(ministry, sources, [Span(doc, ministry.start, ministry.end + 3, label="LOC")])
    union, source = found["Hội Nông dân"]
    sources = {(union.start, union.end, "ORG"): source}
    assert not recognizer.yields_to_model(union, sources, [Span(doc, union.start, union.end + 1, label="ORG")])
    assert not recognizer.yields_to_model(union, sources, [Span(doc, union.start, union.end + 3, label="ORG")])


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Thứ trưởng Bộ GTVT Nguyễn Ngọc Đông phát biểu tại buổi đối thoại.", ("Bộ GTVT", "ORG")),
        ("Thứ trưởng Bộ GTVT Nguyễn Ngọc Đông phát biểu tại buổi đối thoại.", ("Nguyễn Ngọc Đông", "PER")),
        ("Vòng sơ tuyển khu vực miền Nam diễn ra tại Cần Thơ.", ("miền Nam", "LOC")),
        ("Tổng thống Thổ Nhĩ Kỳ Erdogan phát biểu tại hội nghị.", ("Thổ Nhĩ Kỳ", "LOC")),
        ("Ông phát biểu trước Đại hội đồng Liên Hợp Quốc hôm 19/9.", ("Đại hội đồng Liên Hợp Quốc", "ORG")),
        ("Các cục thuộc Bộ Tài chính, Tổng cục Thuế và Tổng cục Hải quan dự họp.", ("Tổng cục Hải quan", "ORG")),
        ("Phó Chủ nhiệm Ủy ban Pháp luật nói thêm.", ("Ủy ban Pháp luật", "ORG")),
        ("Ông Hồ Việt đã lấy ví dụ về việc này.", ("Hồ Việt", "PER")),
        ("Ngoại trưởng Ri Yong-ho khẳng định lập trường.", ("Ri Yong-ho", "PER")),
        ("Bà Merkel gặp Tổng thống Nga. Ảnh: Getty.", ("Getty", "ORG")),
        ("Ngày 22/9, TAND huyện Cư M’gar (Đắk Lắk) đã mở phiên tòa.", ("TAND huyện Cư M’gar", "ORG")),
        ("Đồng chí Điểu K’ré, Ủy viên Trung ương Đảng, dự hội nghị.", ("Điểu K’ré", "PER")),
        ("Công an tỉnh Nghệ An vừa bắt giữ đối tượng.", ("Công an tỉnh Nghệ An", "ORG")),
        ("Chợ tự phát ở hẻm 438, phường 1, quận 10.", ("hẻm 438", "LOC")),
        ("Phó Thủ tướng Thái Lan Prawit Wongsuwon cho biết như vậy.", ("Thái Lan", "LOC")),
        ("Tại Hà Nội, Nhà xuất bản Phụ nữ đã ra mắt cuốn sách.", ("Nhà xuất bản Phụ nữ", "ORG")),
        ("Tai nạn liên hoàn trên quốc lộ 1A sáng nay.", ("quốc lộ 1A", "LOC")),
        ("Nhớ lời kêu gọi của Chủ tịch Hồ Chí Minh năm ấy.", ("Hồ Chí Minh", "PER")),
        ("Nổi bật là bãi Tiên Sa và hòn Chảo trên bán đảo.", ("bãi Tiên Sa", "LOC")),
        ("Chung và Xuân yêu nhau đã 3 năm.", ("Xuân", "PER")),
        ("Giám đốc Sở Y tế tỉnh Bắc Giang cho biết như vậy.", ("Sở Y tế tỉnh Bắc Giang", "ORG")),
        ("Kết thúc trận đấu.\n\nNội dung chính ở đây.\n\nChâu Anh", ("Châu Anh", "PER")),
    ],
)
def test_bodies_and_regions_end_where_the_name_ends(extract, text, expected):
    assert expected in entities(extract, text)


@pytest.mark.parametrize(
    "text, not_expected",
    [
        ("Ông Hà Văn Thắm, nguyên Chủ tịch OceanBank, khai nhận.", ("OceanBank", "PER")),  # a role title needs a two-syllable name
        ("Tàu sân bay Mỹ Ronald Reagan tập trận với hải quân Nhật.", ("sân bay Mỹ Ronald Reagan", "LOC")),
        ("Lực lượng bảo vệ bờ biển Libya đã cứu sống 3.000 người.", ("biển Libya", "LOC")),
        ("Tổng cục trưởng Tổng cục Thuế Cao Anh Tuấn cho biết.", ("Tuấn", "PER")),  # "Anh" is part of the name
        ("Tại Mỹ, iPhone X bản 64GB có giá 1000 USD.", ("bản 64", "LOC")),
        ("Cựu Chủ tịch HĐQT BSC được đề nghị hưởng án treo.", ("HĐQT BSC", "PER")),
        ("Có hơn 1 ha đất ở xã Phước Tân, Bà Rịa - Vũng Tàu.", ("Rịa", "PER")),
        ("Hiện tượng nước hồ có hai màu. Ảnh: NDTV", ("NDTV", "PER")),
    ],
)
def test_ambiguous_words_do_not_make_entities(extract, text, not_expected):
    assert not_expected not in entities(extract, text)


def test_rule_patterns_are_valid_span_ruler_patterns(nlp):
    """The trigger patterns in data/entity_patterns.jsonl load into spaCy's SpanRuler with validation on."""
    from pipeline.pipes.entities.triggers import KINDS, load_patterns, make_pattern_ruler

    patterns = load_patterns()
    assert len(patterns) > 200
    assert {p["id"] for p in patterns} <= set(KINDS)
    assert len(make_pattern_ruler(nlp)) == len(patterns)
    written = [json.dumps(p, sort_keys=True) for p in patterns]
    assert len(set(written)) == len(written), "a pattern is listed twice"


@pytest.mark.parametrize(
    "text, trigger, kind",
    [
        ("Huyện ủy Mường Khương tổ chức hội thảo.", "Huyện ủy", "name_after"),
        ("Các huyện uỷ Mường Khương tổ chức hội thảo.", "huyện uỷ", "name_after"),  # old-style tone mark, lowercase allowed
        ("Đảng ủy xã Bản Lầu ra nghị quyết.", "Đảng ủy", "body"),
        ("Đồng chí Hoàng Giang dự.", "Đồng chí", "title"),
        ("Đảng bộ Khối các cơ quan tỉnh họp.", "Đảng bộ Khối các cơ quan tỉnh", "fixed"),
    ],
)
def test_trigger_patterns_are_written_to_the_doc(nlp, text, trigger, kind):
    from pipeline.pipes.entities.triggers import PATTERNS_KEY

    doc = nlp(text)
    assert (trigger, kind) in [(span.text, span.id_) for span in doc.spans[PATTERNS_KEY]]


def test_a_pattern_asks_for_capitals_where_the_name_needs_them(nlp):
    """"Đảng bộ Khối" names a body; "Đảng bộ khối" is a generic phrase (the pattern wants "Khối" capitalised)."""
    from pipeline.pipes.entities.triggers import PATTERNS_KEY

    doc = nlp("Đảng bộ khối các cơ quan tỉnh họp.")
    assert "fixed" not in [span.id_ for span in doc.spans[PATTERNS_KEY]]


def test_a_capitalised_honorific_inside_a_sentence_opens_a_name(nlp):
    """"tên Anh Đào": the title rule does not cut "Anh" off the name (the model decides the span)."""
    doc = nlp("Đó là cô gái tên Anh Đào, quê Hải Dương.")
    spans = [span.text for span in doc.spans["entity_rules"]]
    assert "Đào" not in spans


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Quốc hội thông qua Luật Hỗ trợ doanh nghiệp nhỏ và vừa sẽ có hiệu lực.", ("Luật Hỗ trợ doanh nghiệp nhỏ và vừa", "MISC")),
        ("Luật Đất đai 2024 quy định rõ.", ("Luật Đất đai 2024", "MISC")),
        ("Theo Bộ luật Hình sự năm 2015, hành vi này bị xử lý.", ("Bộ luật Hình sự năm 2015", "MISC")),
        ("Căn cứ Nghị định 105 năm 2014 của Chính phủ.", ("Nghị định 105 năm 2014", "MISC")),
        ("Theo Quyết định 1348/QĐ-BNN-TCCB, Cục được thành lập.", ("Quyết định 1348/QĐ-BNN-TCCB", "MISC")),
        ("Thực hiện Nghị quyết 39 của Bộ Chính trị.", ("Nghị quyết 39", "MISC")),
        ("Đồng bào dân tộc Dao sống ở vùng cao.", ("Dao", "MISC")),
        ("Phụ nữ người Mông dệt vải.", ("Mông", "MISC")),
    ],
)
def test_laws_documents_and_ethnic_groups_are_misc(extract, text, expected):
    """Guidelines, MISC: named documents and laws, named ethnic groups."""
    assert expected in entities(extract, text)


@pytest.mark.parametrize("text, not_expected", [
    ("Học viên học tiếng Việt mỗi ngày.", "tiếng Việt"),  # a language is no MISC of the guidelines
    ("Báo Pháp Luật TP.HCM đưa tin.", "Luật TP"),  # "Luật" inside a name opens no law
    ("Kế hoạch 5 năm tới của tỉnh.", "Kế hoạch 5"),  # a number without a code or year is no document
])
def test_no_misc_from_common_words(extract, text, not_expected):
    assert not_expected not in [t for t, _ in entities(extract, text)]


@pytest.mark.parametrize("text, expected", [
    ("Tân Tổng thống Hàn Quốc Moon Jae-in điện đàm.", [("Hàn Quốc", "LOC"), ("Moon Jae-in", "PER")]),  # a status word and a title name nobody
    ("Bộ trưởng Quốc phòng Hàn Quốc Han Min-koo nhận định.", [("Hàn Quốc", "LOC"), ("Han Min-koo", "PER")]),  # the given name's hyphen
    ("Phó Chủ tịch UBND TP Lê Văn Khoa cho biết.", [("Lê Văn Khoa", "PER")]),  # a generic body before the name
    ("Theo Phó Giám đốc Sở Giáo dục và Đào tạo Hà Nội Chử Xuân Dũng, năm nay khác.",
     [("Sở Giáo dục và Đào tạo Hà Nội", "ORG"), ("Chử Xuân Dũng", "PER")]),
])
def test_a_person_after_a_post_and_its_body_is_split_off(extract, text, expected):
    """Guidelines, PER and ORG: the post stays outside the name, the body is its own entity (or none when generic)."""
    assert entities(extract, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Thủ tướng phát biểu tại Diễn đàn. Ảnh: VGP Phát biểu tại Diễn đàn, Thủ tướng cho biết.",
     [("VGP", "ORG")]),
    ("Hiện trường vụ cháy ở Bahawalpur. THX/TTXVN Sáng 3/7, giới chức bệnh viện cho biết.",
     [("Bahawalpur", "LOC"), ("TTXVN", "ORG")]),
    ("Biệt phủ của ông Quý. Ảnh: CTV Thanh tra tài sản hình thành từ năm 2010.",
     [("Quý", "PER"), ("CTV", "ORG")]),
    ("Bệnh viện đa khoa tỉnh Hòa Bình. Ảnh: Tiền Phong Hợp đồng chưa ráo mực đã vội sang tay.",
     [("Bệnh viện đa khoa tỉnh Hòa Bình", "ORG"), ("Tiền Phong", "ORG")]),
    ("Kỳ họp thường kỳ tháng 6/2017. Ảnh: VGP/Quang Hiếu Phát biểu khai mạc kỳ họp, Thủ tướng nêu rõ.",
     [("VGP", "ORG"), ("Quang Hiếu", "PER")]),
])
def test_a_credit_ends_at_its_abbreviation_before_the_next_sentence(extract, text, expected):
    """Guidelines, ORG (media and sources): a caption's credit glued to the next sentence with no full
    stop ends at the source's abbreviation ("Ảnh: VGP | Phát biểu ...")."""
    assert entities(extract, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Người dân xem chương trình. Ảnh: VTV Cần Thơ", ("VTV Cần Thơ", "ORG")),
    ("Hình ảnh lễ hội. Nguồn: BBC News", ("BBC News", "ORG")),
    ("Ảnh minh họa. Nguồn: TTXVN/Tin Tức", ("Tin Tức", "ORG")),
    ("Hiện trường vụ việc. Ảnh: Báo Giao thông", ("Báo Giao thông", "ORG")),
])
def test_a_credit_with_its_own_name_is_kept_whole(extract, text, expected):
    """An outlet's own name after its abbreviation (a place, English words) is no next sentence."""
    assert expected in entities(extract, text)


@pytest.mark.parametrize("text, expected", [
    ("Sở Lao động - Thương binh và Xã hội tỉnh Quảng Nam cho biết.", [("Sở Lao động - Thương binh và Xã hội tỉnh Quảng Nam", "ORG")]),
    ("Sở LĐ-TB&XH tỉnh Quảng Nam cho biết.", [("Sở LĐ-TB&XH tỉnh Quảng Nam", "ORG")]),
    ("Ủy ban đề nghị Sở Y tế tỉnh Kon Tum báo cáo ngay vụ việc.", [("Sở Y tế tỉnh Kon Tum", "ORG")]),
    ("Giám đốc Sở Lao động - Thương binh và Xã hội tỉnh Nghệ An Nguyễn Văn A cho biết.",
     [("Sở Lao động - Thương binh và Xã hội tỉnh Nghệ An", "ORG"), ("Nguyễn Văn A", "PER")]),
    ("Anh Hoài đã gửi đơn kiện Đài PT-TH tỉnh Đắk Nông đến tòa.", [("Hoài", "PER"), ("Đài PT-TH tỉnh Đắk Nông", "ORG")]),
    ("Chi cục Thuế huyện Mường Khương cho biết.", [("Chi cục Thuế huyện Mường Khương", "ORG")]),
])
def test_a_department_takes_its_province_with_the_unit_word(extract, text, expected):
    """Guidelines, ORG: a named organisation with its type word and place, a dashed department too."""
    assert entities(extract, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Sở Công Thương tỉnh vừa có văn bản gửi UBND huyện Mường Khương.", [("Sở Công Thương", "ORG"), ("UBND huyện Mường Khương", "ORG")]),
    ("Sở Giao thông vận tải xã Hòa Bình là không có.", [("Sở Giao thông vận tải", "ORG"), ("xã Hòa Bình", "LOC")]),
    ("Chi cục Kiểm lâm tỉnh đã kiểm tra.", [("Chi cục Kiểm lâm", "ORG")]),
])
def test_a_department_leaves_a_bare_unit_word_and_a_commune_outside(extract, text, expected):
    """Notes 3: a bare unit word after the body stays outside; a department takes the units of its level only."""
    assert entities(extract, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Theo Sở Lao động, Thương binh và Xã hội Nghệ An, hiện toàn tỉnh có nhiều hộ nghèo.",
     [("Sở Lao động, Thương binh và Xã hội Nghệ An", "ORG")]),
    ("Sở Lao động – Thương binh và Xã hội Hà Nội cho biết.", [("Sở Lao động – Thương binh và Xã hội Hà Nội", "ORG")]),
    ("Sở Văn hóa Thể thao và Du lịch tỉnh Lào Cai tổ chức lễ hội.", [("Sở Văn hóa Thể thao và Du lịch tỉnh Lào Cai", "ORG")]),
    ("Vậy cớ gì Tổng cục Thể dục thể thao lại đề xuất như vậy.", [("Tổng cục Thể dục thể thao", "ORG")]),
    ("Ông Phạm Trọng Đạt, Cục trưởng Cục Phòng, chống tham nhũng, nói.",
     [("Phạm Trọng Đạt", "PER"), ("Cục Phòng, chống tham nhũng", "ORG")]),
])
def test_a_ministry_or_department_written_with_a_comma_or_a_dash_is_whole(extract, text, expected):
    """Guidelines, ORG: the name of a state body as the press writes it, with a comma, an en dash or none
    between its fields, is one ORG, not cut at the punctuation."""
    assert entities(extract, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Cuộc thi do Đài Truyền hình Việt Nam và Hội Nhà báo Việt Nam phối hợp tổ chức.",
     [("Đài Truyền hình Việt Nam", "ORG"), ("Hội Nhà báo Việt Nam", "ORG")]),
    ("Đại diện Báo Nhân dân, Tạp chí Cộng sản tham dự.", [("Báo Nhân dân", "ORG"), ("Tạp chí Cộng sản", "ORG")]),
    ("Bộ Công an, Bộ Tài chính, VKSND Tối cao vừa xây dựng dự thảo.",
     [("Bộ Công an", "ORG"), ("Bộ Tài chính", "ORG"), ("VKSND Tối cao", "ORG")]),
])
def test_two_bodies_joined_by_a_comma_or_va_are_two_names(extract, text, expected):
    """Guidelines, ORG (the outermost name is each body): a type word after the joiner opens a second body."""
    assert entities(extract, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Bộ Giáo dục và Đào tạo vừa quyết định.", [("Bộ Giáo dục và Đào tạo", "ORG")]),
    ("Đại diện Sở Văn hóa, Thể thao và Du lịch tham dự.", [("Sở Văn hóa, Thể thao và Du lịch", "ORG")]),
    ("Sinh viên Học viện Báo chí và Tuyên truyền tham dự.", [("Học viện Báo chí và Tuyên truyền", "ORG")]),
])
def test_the_fields_of_one_body_joined_by_va_stay_one_name(extract, text, expected):
    """"và" or a comma between the fields of one body's name does not cut it."""
    assert entities(extract, text) == expected


def test_a_semicolon_ends_a_name(extract):
    """A name never runs over a semicolon into the next piece of a series."""
    text = "Ông từng là Phó Giám đốc Học viện Chính trị - Hành chính khu vực I; Bí thư Đảng ủy Học viện."
    assert ("Học viện Chính trị - Hành chính khu vực I", "ORG") in entities(extract, text)
    assert not any(";" in name for name, _ in entities(extract, text))


@pytest.mark.parametrize("text, expected", [
    ("Theo Bí thư Tỉnh ủy Lê Đình Sơn, việc này cần làm ngay.", [("Lê Đình Sơn", "PER")]),
    ("Bí thư Tỉnh ủy Hà Tĩnh Lê Đình Sơn cho biết.", [("Tỉnh ủy Hà Tĩnh", "ORG"), ("Lê Đình Sơn", "PER")]),
    ("Bộ trưởng Công an Tô Lâm dự lễ.", [("Tô Lâm", "PER")]),
    ("Phó Chủ tịch Thường trực Quốc hội Tòng Thị Phóng phát biểu.", [("Tòng Thị Phóng", "PER")]),
])
def test_a_title_a_body_and_a_person_keep_the_person(extract, text, expected):
    """Guidelines, PER and ORG: the person after a title and a body is a PER; the body is an ORG only where
    it is named by its place ("Tỉnh ủy" alone, "Thường trực Quốc hội" in a post: nothing, notes 2 and 20)."""
    assert entities(extract, text) == expected


def test_a_school_named_after_a_person_stays_whole(extract):
    assert entities(extract, "Hiệu trưởng Trường THPT Chu Văn An cho biết.") == [("Trường THPT Chu Văn An", "ORG")]


@pytest.mark.parametrize("text, expected", [
    ("Văn bản gửi về trụ sở Ủy ban, 22 Hùng Vương, Ba Đình, Hà Nội.", [("22 Hùng Vương", "LOC"), ("Ba Đình", "LOC"), ("Hà Nội", "LOC")]),
    ("Chương trình biểu diễn tại sân khấu 30 Trần Hưng Đạo, quận 1.", [("30 Trần Hưng Đạo", "LOC"), ("quận 1", "LOC")]),
])
def test_a_house_number_and_a_street_named_after_a_person_are_an_address(extract, text, expected):
    """Guidelines, LOC (streets): the number and the street before its district, not a person."""
    assert entities(extract, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Vụ việc xảy ra tại số nhà 78 Phạm Ngọc Thạch vào tối qua.", [("Phạm Ngọc Thạch", "LOC")]),
    ("Dự án ở số 23 Lê Duẩn chưa triển khai.", [("Lê Duẩn", "LOC")]),
])
def test_a_street_after_a_house_number_with_its_word_is_a_place(extract, text, expected):
    """Guidelines, LOC (streets); the number outside (notes 48, baomoi-22317136)."""
    assert entities(extract, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Anh trú tại tỉnh Bà Rịa – Vũng Tàu và làm nghề lái xe.", [("tỉnh Bà Rịa – Vũng Tàu", "LOC")]),
    ("Dự án được xây dựng tại Bà Rịa - Vũng Tàu.", [("Bà Rịa - Vũng Tàu", "LOC")]),
])
def test_a_province_named_over_a_dash_is_one_place(extract, text, expected):
    """The outermost name (guidelines); "Bà" opening a known place is no honorific."""
    assert entities(extract, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Với thất bại này, U20 Đức trở thành đội bóng đầu tiên bị loại.", [("U20 Đức", "ORG")]),
    ("Trước hiện tượng U20 Venezuela, đội bạn đã gặp khó khăn.", [("U20 Venezuela", "ORG")]),
    ("U22 Việt Nam sẽ dự Vòng loại U23 châu Á.", [("U22 Việt Nam", "ORG"), ("U23 châu Á", "MISC")]),
])
def test_an_age_group_and_a_country_is_a_team(extract, text, expected):
    """Notes 34: sports teams ORG ("U22 Việt Nam"); a competition named with a lowercase region stays MISC."""
    assert entities(extract, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ngày 1/7, Phòng CSHS, Công an tỉnh Phú Thọ đã ra quyết định.", [("Phòng CSHS", "ORG"), ("Công an tỉnh Phú Thọ", "ORG")]),
    ("Phòng PC45 Công an tỉnh Bắc Giang cho biết.", [("Phòng PC45 Công an tỉnh Bắc Giang", "ORG")]),
    ("Hiện tại, tổ công tác Đội CSGT số 4 đã bàn giao anh cho gia đình.", [("Đội CSGT số 4", "ORG")]),
    ("Lãnh đạo Phòng GĐ quận Hai Bà Trưng cho hay, phòng sẽ đình chỉ.", [("Phòng GĐ quận Hai Bà Trưng", "ORG")]),
])
def test_a_department_named_by_an_abbreviation_is_an_organisation(extract, text, expected):
    """Guidelines, ORG (departments named by their function); the body right after it joins it (the outermost
    name), not after a comma."""
    assert entities(extract, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Thủ tướng Anh Theresa May phát biểu tại London.", [("Anh", "LOC"), ("Theresa May", "PER"), ("London", "LOC")]),
    ("Ngoại trưởng Anh Boris Johnson cho biết.", [("Anh", "LOC"), ("Boris Johnson", "PER")]),
    ("Thủ tướng Anh đã hối thúc lãnh đạo các nước.", [("Anh", "LOC")]),
])
def test_anh_after_a_post_a_state_holds_is_the_country(extract, text, expected):
    """A place used for its authorities is LOC (guidelines); "Anh" is no honorific after "Thủ tướng"."""
    assert entities(extract, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("HLV Hugo Broos của Cameroon tung vào sân.", [("Hugo Broos", "PER"), ("Cameroon", "LOC")]),
    ("Tổng thống Moldova Igor Dodon đã tới Nga.", [("Moldova", "LOC"), ("Igor Dodon", "PER"), ("Nga", "LOC")]),
])
def test_a_foreign_country_the_model_reads_as_a_person_is_a_place(extract, text, expected):
    """Countries are LOC (guidelines); the fixed place splits off the leader's name after a title."""
    assert entities(extract, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Thủ tướng Anh gặp anh Ba; ANH và Anh-Pháp, rồi Anh.", ["Anh", "ANH", "Anh", "Anh"]),
    ("Anh ấy nói vậy.", ["Anh"]),
    ("Thủ tướng Nhật Bản nói vậy.", []),
])
def test_country_also_name_positions_are_those_of_a_token_scan(nlp, text, expected):
    """The tokens where a country that is also a name can follow a state's post are found from each distinct
    text of the Doc (``country_also_name_positions``): those a scan of every token finds (capitalised, in
    ``countries_also_names``), in order."""
    from pipeline.textnorm import match_key

    policy = nlp.get_pipe("entities").policy
    doc = nlp.make_doc(text)
    scanned = [t.i for t in doc if t._.is_cap and match_key(t.text) in policy.countries_also_names]
    assert policy.country_also_name_positions(doc) == scanned
    assert [doc[i].text for i in scanned] == expected


def test_the_number_of_an_alley_stays_with_the_alley(extract):
    assert ("ngõ 105", "LOC") in entities(extract, "Chị Trâm (ngõ 105 Bạch Mai, Hai Bà Trưng, Hà Nội) cho biết.")


@pytest.mark.parametrize("text, expected", [
    ("Phó bí thư Tỉnh ủy Y Mửi đã trao các quyết định.", [("Y Mửi", "PER")]),
    ("Phó Bí thư Thường trực Tỉnh ủy Y Biêr Niê phát biểu.", [("Y Biêr Niê", "PER")]),
    ("Bí thư Tỉnh ủy Hà Giang phát biểu.", [("Tỉnh ủy Hà Giang", "ORG")]),
])
def test_a_post_of_a_party_committee_and_its_holder(extract, text, expected):
    """Guidelines, PER and ORG: "Tỉnh ủy" alone names nothing (notes 2); the name after it is the post's
    holder unless it is the committee's place."""
    assert entities(extract, text) == expected
