"""Enumerated lists: triggers, items cut at the text's own delimiters, announced counts."""

import pytest
from markup import run_components

from pipeline.output import list_records as records_of


def list_records(nlp, text):
    return records_of(run_components(nlp, text))


def lists(nlp, text):
    return [([i["text"] for i in entry["items"]], entry["announced_count"], (entry["trigger"] or {}).get("text"))
            for entry in list_records(nlp, text)]


def test_seed_article_lists_exactly_as_gold(corpus_outputs, seed_gold):
    def shape(items):
        return [((entry["trigger"] or {}).get("text"), entry["head"], entry["announced_count"], [(i["start"], i["end"]) for i in entry["items"]])
                for entry in items]

    assert shape(corpus_outputs["000_a3837a240afc45cb"]["lists"]) == shape(seed_gold["lists"])


@pytest.mark.parametrize(
    "text, items, count, trigger",
    [
        (
            "Huyện nêu 3 vấn đề cần thảo luận, đó là: việc cụ thể hóa chủ trương; ban hành nghị quyết chưa sát; sinh hoạt chi bộ còn hạn chế.",
            ["việc cụ thể hóa chủ trương", "ban hành nghị quyết chưa sát", "sinh hoạt chi bộ còn hạn chế"], 3, "3 vấn đề",
        ),
        (
            "Trường thực hiện bốn công khai: mục tiêu hoạt động, nhân lực, giá cả và cơ quan quản lý.",
            ["mục tiêu hoạt động", "nhân lực", "giá cả", "cơ quan quản lý"], 4, "bốn công khai",
        ),
        (
            "Tỉnh đề ra các giải pháp, đó là: 1. Tăng cường kiểm tra; 2. Đổi mới sinh hoạt; 3. Nâng cao chất lượng đảng viên.",
            ["Tăng cường kiểm tra", "Đổi mới sinh hoạt", "Nâng cao chất lượng đảng viên"], None, "các giải pháp",
        ),
        (
            "Hội nghị thống nhất 2 nhiệm vụ trọng tâm. Một là, đẩy mạnh phát triển kinh tế. Hai là, giữ vững quốc phòng.",
            ["đẩy mạnh phát triển kinh tế", "giữ vững quốc phòng"], 2, "2 nhiệm vụ",
        ),
    ],
)
def test_list_shapes(lists_nlp, text, items, count, trigger):
    found = lists(lists_nlp, text)
    assert found and found[0][0] == items
    assert found[0][1] == count
    assert found[0][2] == trigger


def test_bulleted_lines_after_an_introducer(lists_nlp):
    text = "Bộ Y tế khuyến cáo như sau:\n- Rửa tay thường xuyên.\n- Đeo khẩu trang nơi đông người.\n- Hạn chế tụ tập."
    assert lists(lists_nlp, text)[0][0] == ["Rửa tay thường xuyên", "Đeo khẩu trang nơi đông người", "Hạn chế tụ tập"]


def test_count_without_items_is_no_list(lists_nlp):
    assert lists(lists_nlp, "Tỉnh đề ra 04 nhiệm vụ trọng tâm trong năm tới.") == []


def test_comma_series_without_introducer_is_no_list(lists_nlp):
    assert lists(lists_nlp, "Các tỉnh như Lào Cai, Yên Bái, Hà Giang đều tham gia.") == []


def test_title_count_is_announced_count(lists_nlp):
    text = "5 giải pháp phát triển\n\nHội nghị thống nhất các giải pháp, đó là: tăng cường kiểm tra; đổi mới sinh hoạt; nâng cao chất lượng."
    found = list_records(lists_nlp, text)
    assert found[0]["announced_count"] == 5 and found[0]["items_found"] == 3 and found[0]["count_agrees"] is False


def test_marker_sequence_without_trigger(lists_nlp):
    text = "Khuyến cáo phòng bệnh\n\n1. Rửa tay thường xuyên bằng xà phòng.\n2. Đeo khẩu trang nơi đông người.\n3. Tiêm vắc xin đầy đủ."
    found = list_records(lists_nlp, text)
    assert len(found) == 1 and found[0]["trigger"] is None
    assert [i["text"] for i in found[0]["items"]] == ["Rửa tay thường xuyên bằng xà phòng", "Đeo khẩu trang nơi đông người", "Tiêm vắc xin đầy đủ"]


def test_ordinal_markers_thu_nhat(lists_nlp):
    text = "Hội nghị đề ra ba nhiệm vụ trọng tâm. Thứ nhất, tăng cường kiểm tra. Thứ hai, đổi mới sinh hoạt. Thứ ba, phát triển đảng viên."
    found = lists(lists_nlp, text)
    assert found[0][0] == ["tăng cường kiểm tra", "đổi mới sinh hoạt", "phát triển đảng viên"] and found[0][1] == 3


def test_items_in_the_next_sentence_after_trong_do(lists_nlp):
    text = ("Huyện thực hiện tốt các nhiệm vụ đề ra. Trong đó, tăng trưởng kinh tế đạt 10%; thu nhập bình quân tăng; "
            "sắp xếp được 13 khu dân cư.")
    assert lists(lists_nlp, text)[0][0] == ["tăng trưởng kinh tế đạt 10%", "thu nhập bình quân tăng", "sắp xếp được 13 khu dân cư"]


def test_examples_after_nhu_with_a_colon_inside_a_clause(lists_nlp):
    text = "Tập trung phát triển kinh tế vườn đồi; chú trọng các sản phẩm chủ lực như: cây ăn quả, hươu, bò, lợn; tăng cường liên kết."
    found = {trigger: items for items, _, trigger in lists(lists_nlp, text)}
    assert found["các sản phẩm"] == ["cây ăn quả", "hươu", "bò", "lợn"]  # nested in item 2 of the semicolon series


def test_counted_series_ends_after_the_final_va(lists_nlp):
    text = "Vận động viên giành 2 HCV, gồm nội dung 25m súng ngắn cá nhân nữ và 25m súng ngắn đồng đội nữ, nâng tổng số lên 4."
    found = lists(lists_nlp, text)
    assert found[0][0] == ["nội dung 25m súng ngắn cá nhân nữ", "25m súng ngắn đồng đội nữ"] and found[0][1] == 2


@pytest.mark.parametrize(
    "text, expected",
    [
        # items in parentheses after a count: a list whatever their number (the count may differ)
        ("Xã kiện toàn 10 đầu mối (thôn, bản, tổ dân phố, trường học, trạm y tế) trong năm.",
         [(["thôn", "bản", "tổ dân phố", "trường học", "trạm y tế"], 10, "10 đầu mối")]),
        # a breakdown in parentheses after a connector
        ("Toàn tỉnh có 638 TCCSĐ (gồm: 273 đảng bộ, 365 chi bộ) trực thuộc.",
         [(["273 đảng bộ", "365 chi bộ"], 638, "638 TCCSĐ")]),
        # a breakdown after "trong đó có": every item opens with a number
        ("Huyện kết nạp 103 đảng viên, trong đó có 15 đảng viên nữ, 44 đảng viên trẻ và 44 đảng viên khác.",
         [(["15 đảng viên nữ", "44 đảng viên trẻ", "44 đảng viên khác"], 103, "103 đảng viên")]),
        # as many items as the count, after a connector
        ("Đoàn giành 3 HCV nhờ công của Nguyễn Văn An, Trần Văn Bình và Lê Văn Cường.",
         [(["Nguyễn Văn An", "Trần Văn Bình", "Lê Văn Cường"], 3, "3 HCV")]),
    ],
)
def test_items_a_count_announces(lists_nlp, text, expected):
    assert lists(lists_nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hội nghị diễn ra trong 2 ngày (20 và 21-5) tại tỉnh.",  # a measure, not a set
        "Đội có 5 cầu thủ dự bị, gồm Minh và Tuấn, đã ra sân.",  # two names after a count of five, no colon
    ],
)
def test_a_count_with_something_after_it_is_not_always_a_list(lists_nlp, text):
    assert lists(lists_nlp, text) == []


# ---- the shapes of the guidelines' Lists section, each with its exact items ---------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        # a count, a colon, names cut at commas and the final "và"
        ("Dự án đi qua hai huyện: Bảo Lâm và Di Linh.", [(["Bảo Lâm", "Di Linh"], 2, "hai huyện")]),
        ("Tỉnh cải cách ba khâu: thẩm định, cấp phép và hậu kiểm.",
         [(["thẩm định", "cấp phép", "hậu kiểm"], 3, "ba khâu")]),
        # items in parentheses after a count: semicolons cut them, never the commas or "và" then
        ("Huyện chọn 5 xã điểm (Tân Lập; Phú Sơn và Hòa Bình) để xây dựng nông thôn mới.",
         [(["Tân Lập", "Phú Sơn và Hòa Bình"], 5, "5 xã")]),
        # a count followed by its breakdown after a colon
        ("Toàn tỉnh có 638 TCCSĐ: 273 đảng bộ, 365 chi bộ.", [(["273 đảng bộ", "365 chi bộ"], 638, "638 TCCSĐ")]),
        # a count with exactly as many names right after it
        ("Dự án thí điểm ở 2 xã Bình Sơn và Hiệp Hòa của huyện.", [(["Bình Sơn", "Hiệp Hòa"], 2, "2 xã")]),
        # a determiner + a noun, a colon and a comma series
        ("Ông đã qua các vị trí: Bí thư Huyện ủy, Giám đốc Sở, Phó Chủ tịch tỉnh.",
         [(["Bí thư Huyện ủy", "Giám đốc Sở", "Phó Chủ tịch tỉnh"], None, "các vị trí")]),
        # an introducer with a colon and no trigger before it
        ("Mọi công tác chuẩn bị cho lễ hội gồm: hạ tầng giao thông, an ninh trật tự và y tế đã hoàn tất.",
         [(["hạ tầng giao thông", "an ninh trật tự", "y tế"], None, None)]),
        # ordinal markers across sentences, no count ("Thứ hai là" loses its "là" too)
        ("Dự án chậm vì nhiều lẽ. Thứ nhất, giá vật liệu tăng. Thứ hai là thiếu vốn đối ứng.",
         [(["giá vật liệu tăng", "thiếu vốn đối ứng"], None, None)]),
        # a semicolon series after an introducing verb phrase (annotation note 31)
        ("Triển lãm đã giới thiệu cuộc đời và sự nghiệp của Bác; sự quan tâm của Bác với Thanh Hóa; những thành tựu nổi bật.",
         [(["cuộc đời và sự nghiệp của Bác", "sự quan tâm của Bác với Thanh Hóa", "những thành tựu nổi bật"], None, None)]),
        ("Năm nay, Đảng bộ đã tổ chức được 1 lớp bồi dưỡng đối tượng kết nạp; 2 lớp bồi dưỡng lý luận chính trị.",
         [(["1 lớp bồi dưỡng đối tượng kết nạp", "2 lớp bồi dưỡng lý luận chính trị"], None, None)]),
    ],
)
def test_list_shapes_of_the_guidelines(lists_nlp, text, expected):
    assert lists(lists_nlp, text) == expected


def test_markers_running_on_over_paragraphs(lists_nlp):
    text = "Hội nghị đề ra ba nhiệm vụ.\n\nThứ nhất, tăng cường kiểm tra.\n\nThứ hai, đổi mới sinh hoạt.\n\nThứ ba, phát triển đảng viên."
    assert lists(lists_nlp, text) == [(["tăng cường kiểm tra", "đổi mới sinh hoạt", "phát triển đảng viên"], 3, "ba nhiệm vụ")]


def test_a_list_inside_an_item_is_recorded_with_its_parent(lists_nlp):
    text = ("Vẫn còn một số vấn đề cần quan tâm: nhiều chi bộ phải sinh hoạt ghép; "
            "còn 10 đầu mối (thôn, bản, tổ dân phố) chưa có đảng viên.")
    found = list_records(lists_nlp, text)
    shapes = [([i["text"] for i in entry["items"]], entry["announced_count"], entry["parent"]) for entry in found]
    assert shapes == [
        (["nhiều chi bộ phải sinh hoạt ghép", "còn 10 đầu mối (thôn, bản, tổ dân phố) chưa có đảng viên"], None, None),
        (["thôn", "bản", "tổ dân phố"], 10, 0),
    ]


def test_a_count_that_disagrees_with_its_items_records_both(lists_nlp):
    found = list_records(lists_nlp, "Xã kiện toàn 10 đầu mối (thôn, bản, tổ dân phố) trong năm.")
    assert (found[0]["announced_count"], found[0]["items_found"], found[0]["count_agrees"]) == (10, 3, False)


@pytest.mark.parametrize(
    "text",
    [
        "Ông Nguyễn Văn A cho biết: giá tăng, nguồn cung giảm, người dân lo lắng.",  # a colon after a verb of saying
        "Tham dự có đồng chí Lê Văn A, Bí thư Tỉnh ủy; đồng chí Trần Văn B, Chủ tịch UBND tỉnh.",  # people: roles (note 32)
        "Đến nay 100% thôn có chi bộ, tỷ lệ chi bộ có chi ủy đạt 65%; tỷ lệ đảng viên đạt 5,3%.",  # clauses, no introducer
        "Giá xe chỉ 9.126 RM (khoảng 48,5 triệu đồng) tại Malaysia.",  # a decimal comma is no delimiter
        "Bữa tiệc với vodka giá 5 USD: một ly, hai ly và ba ly.",  # a count of a measure announces no set
        "Các nhân viên điều tra hiện trường (Ảnh: Reuters, AP) đã rời đi.",  # a colon after a credit label
        "Tập đoàn DOJI có vàng Kim dậu, kim thần tài; còn Bảo Tín thì tập trung vào nhẫn trơn.",  # contrasted clauses
        "Ứng dụng có 3 bước. Phần mềm này tương thích với các thiết bị chạy Android 4.3 trở lên, iOS 5.0 và BlackBerry 7.0.",
        "Hợp đồng trị giá 90 tỷ USD (60 tỷ USD cho máy bay chiến đấu; 30 tỷ USD cho tàu hải quân).",  # parts of an amount
        "Công an bắt 3 người, trong đó có bác sĩ Hoàng Công Lương, chiều 29/6, PV trao đổi với lãnh đạo công an.",
    ],
)
def test_what_is_not_a_list(lists_nlp, text):
    assert lists(lists_nlp, text) == []


def test_a_semicolon_series_holds_the_list_inside_its_item(lists_nlp):
    text = ("Trong đó tập trung khai thác lợi thế Quốc lộ 8A; chú trọng các sản phẩm chủ lực như: cây ăn quả, hươu, bò; "
            "tăng cường liên kết trong sản xuất.")
    shapes = [([i["text"] for i in entry["items"]], entry["parent"], entry["cue"]) for entry in list_records(lists_nlp, text)]
    assert shapes == [
        (["khai thác lợi thế Quốc lộ 8A", "chú trọng các sản phẩm chủ lực như: cây ăn quả, hươu, bò",
          "tăng cường liên kết trong sản xuất"], None, "series"),
        (["cây ăn quả", "hươu", "bò"], 0, "trigger"),
    ]


def test_a_title_count_announces_the_marked_list_of_the_body(lists_nlp):
    text = "5 giải pháp giảm nghèo bền vững\n\nThứ nhất, tăng cường đào tạo nghề. Thứ hai, hỗ trợ vốn vay ưu đãi."
    found = list_records(lists_nlp, text)
    assert [(e["head"], e["announced_count"], [i["text"] for i in e["items"]]) for e in found] == [
        ("giải pháp", 5, ["tăng cường đào tạo nghề", "hỗ trợ vốn vay ưu đãi"])]


def test_sentences_that_open_alike_after_a_trigger_are_its_items(lists_nlp):
    text = ("Tỉnh triển khai 2 nhóm giải pháp. Đối với nhóm hộ nghèo, tỉnh hỗ trợ vốn vay. "
            "Đối với nhóm hộ cận nghèo, tỉnh hỗ trợ đào tạo nghề. Kết quả bước đầu rất khả quan.")
    assert lists(lists_nlp, text) == [(["Đối với nhóm hộ nghèo, tỉnh hỗ trợ vốn vay",
                                        "Đối với nhóm hộ cận nghèo, tỉnh hỗ trợ đào tạo nghề"], 2, "2 nhóm giải pháp")]


@pytest.mark.parametrize(
    "text, items, count, trigger",
    [
        (  # people with their posts: one item per person when the count confirms it (note 32)
            "Bệnh viện cử 4 chuyên gia gồm: Tiến sĩ Nguyễn Hữu Dũng, Trưởng khoa Thận nhân tạo, tiến sĩ Đào Xuân Cơ, "
            "Phó trưởng khoa Hồi sức tích cực, thạc sĩ Nguyễn Trung Nguyên, phụ trách Trung tâm Chống độc và tiến sĩ Nguyễn Văn Chi, "
            "Phó trưởng khoa Cấp cứu.",
            ["Tiến sĩ Nguyễn Hữu Dũng, Trưởng khoa Thận nhân tạo", "tiến sĩ Đào Xuân Cơ, Phó trưởng khoa Hồi sức tích cực",
             "thạc sĩ Nguyễn Trung Nguyên, phụ trách Trung tâm Chống độc", "tiến sĩ Nguyễn Văn Chi, Phó trưởng khoa Cấp cứu"], 4,
            "4 chuyên gia",
        ),
        (  # a name with its birth year opens a person's item; where they live belongs to it
            "Công an bắt 3 đối tượng là: Phàng Thị Chú (sinh năm 1978), Mùa A Chông (sinh năm 1995), cùng trú tại bản Khò Hồng, "
            "xã Chiềng Xuân và Mùa A Sang (sinh năm 1987).",
            ["Phàng Thị Chú (sinh năm 1978)", "Mùa A Chông (sinh năm 1995), cùng trú tại bản Khò Hồng, xã Chiềng Xuân",
             "Mùa A Sang (sinh năm 1987)"], 3, "3 đối tượng",
        ),
        (  # "A; B và C": the count wants one more item, the final "và" before a name gives it
            "Cơ quan công an khởi tố 3 bị can gồm: Bùi Mạnh Quốc (sinh năm 1986), Giám đốc Công ty Trâm Anh bị khởi tố về tội "
            "vô ý làm chết người; Trần Văn Sơn (sinh năm 1990), cán bộ phòng vật tư bị khởi tố về tội thiếu trách nhiệm và "
            "Hoàng Công Lương (sinh năm 1986), bác sĩ bị khởi tố về tội vi phạm quy định.",
            ["Bùi Mạnh Quốc (sinh năm 1986), Giám đốc Công ty Trâm Anh bị khởi tố về tội vô ý làm chết người",
             "Trần Văn Sơn (sinh năm 1990), cán bộ phòng vật tư bị khởi tố về tội thiếu trách nhiệm",
             "Hoàng Công Lương (sinh năm 1986), bác sĩ bị khởi tố về tội vi phạm quy định"], 3, "3 bị can",
        ),
        (  # a breakdown whose last count is written in words
            "Trường có 51 học sinh đoạt giải (11 giải Nhất, 31 giải Nhì, chín giải Ba).",
            ["11 giải Nhất", "31 giải Nhì", "chín giải Ba"], 51, "51 học sinh",
        ),
    ],
)
def test_items_the_count_confirms(lists_nlp, text, items, count, trigger):
    assert lists(lists_nlp, text) == [(items, count, trigger)]


@pytest.mark.parametrize(
    "text, items",
    [
        (  # as many people as posts, but the count is of the posts' holders: no merge without a person at each start
            "Đoàn có 2 thành viên gồm: Trưởng đoàn, Phó trưởng đoàn, thư ký và phiên dịch.",
            ["Trưởng đoàn", "Phó trưởng đoàn", "thư ký", "phiên dịch"],
        ),
    ],
)
def test_items_the_count_does_not_recut(lists_nlp, text, items):
    assert lists(lists_nlp, text)[0][0] == items


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # the following sentences open with the head noun and a number: one item each
            "Việc vận chuyển sẽ được thực hiện theo 3 giai đoạn. Giai đoạn đầu tiên: triển khai các tuyến trục Bắc - Nam. "
            "Giai đoạn 2 sẽ triển khai các tuyến liên tỉnh. Giai đoạn 3 sẽ ứng dụng tại tất cả các tuyến. Theo ông Bình, dự án khả thi.",
            [(["Giai đoạn đầu tiên: triển khai các tuyến trục Bắc - Nam", "Giai đoạn 2 sẽ triển khai các tuyến liên tỉnh",
               "Giai đoạn 3 sẽ ứng dụng tại tất cả các tuyến"], 3, "3 giai đoạn")],
        ),
        (  # a lead-in before the first; a list of names inside an item, after the rest of the counted noun
            "Học sinh phải thực hiện đủ 3 vòng thi. Cụ thể, vòng 1, thí sinh làm bài luận. Vòng 2 dự kiến thi vào ngày 20/6, "
            "thí sinh làm 4 bài thi viết các môn Toán, Vật lý, Hóa học, Tiếng Anh. Vòng 3 dự kiến thi vào ngày 26/6.",
            [(["vòng 1, thí sinh làm bài luận",
               "Vòng 2 dự kiến thi vào ngày 20/6, thí sinh làm 4 bài thi viết các môn Toán, Vật lý, Hóa học, Tiếng Anh",
               "Vòng 3 dự kiến thi vào ngày 26/6"], 3, "3 vòng"),
             (["Toán", "Vật lý", "Hóa học", "Tiếng Anh"], 4, "4 bài")],
        ),
        (  # the head noun again, but with no number after it: no items
            "Đội bóng đã trải qua 2 giai đoạn khó khăn. Giai đoạn này rất quan trọng. Giai đoạn sau cũng vậy.",
            [],
        ),
    ],
)
def test_numbered_sentences(lists_nlp, text, expected):
    assert lists(lists_nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # the count's members named in the next sentence after "Đó là"
            "Các nhà đầu tư đứng giữa hai luồng thông tin trái chiều. Đó là mối lo ngại về tình hình chính trị trên thế giới "
            "và triển vọng Fed tiếp tục nâng lãi suất.",
            [(["mối lo ngại về tình hình chính trị trên thế giới", "triển vọng Fed tiếp tục nâng lãi suất"], 2, "hai luồng")],
        ),
        (  # in the next paragraph, when the trigger ends its own
            "Các nhà đầu tư đứng giữa hai luồng thông tin trái chiều.\nĐó là mối lo ngại về tình hình chính trị trên thế giới "
            "và triển vọng Fed tiếp tục nâng lãi suất.",
            [(["mối lo ngại về tình hình chính trị trên thế giới", "triển vọng Fed tiếp tục nâng lãi suất"], 2, "hai luồng")],
        ),
        ("Các nhà đầu tư đứng giữa hai luồng thông tin trái chiều.\nĐó là điều ai cũng thấy.", []),  # not as many as counted
    ],
)
def test_members_in_the_next_sentence(lists_nlp, text, expected):
    assert lists(lists_nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # a credit connector: the scorers are the items, whatever the count of goals
            "Thái Sơn Nam có liền 3 bàn thắng nữa do công của Danh Phát (32’), Trọng Luân (36’, 37’). Phút 40, đội bạn gỡ hòa.",
            [(["Danh Phát (32’)", "Trọng Luân (36’, 37’)"], 3, "3 bàn")],
        ),
        (  # the series of names ends where an item goes on after its name
            "Đội thắng 2 bàn nhờ công của Omar, Uche ở các phút thứ 46, 48.",
            [(["Omar", "Uche"], 2, "2 bàn")],
        ),
        (  # people after "là", each with the post written after them
            "Hai luật sư nữa tham gia bào chữa cho Trương Hồ Phương Nga là LS Nguyễn Văn Dũ, đoàn luật sư TP Hồ Chí Minh "
            "và LS Nguyễn Văn Quynh, đoàn luật sư Tp Hà Nội.",
            [(["LS Nguyễn Văn Dũ, đoàn luật sư TP Hồ Chí Minh", "LS Nguyễn Văn Quynh, đoàn luật sư Tp Hà Nội"], 2, "Hai luật sư")],
        ),
        (  # the connector a clause away from the count
            "Dương Hoàng Yến cho biết, cô sẽ hát hai ca khúc đã tạo được sức hút của mình trong thời gian qua là Người Hà Nội "
            "và Hà Nội Mùa Thu. Bên cạnh đó, cô sẽ song ca.",
            [(["Người Hà Nội", "Hà Nội Mùa Thu"], 2, "hai ca khúc")],
        ),
        (  # the last name keeps its parenthesis, not the predicate after it
            "Hai cô giáo là Đặng Thị Bình (SN 1994, ở Kinh Môn) và Nguyễn Thị Hồng Ngát (SN 1995, ở Ý Yên) mới làm việc tại trường.",
            [(["Đặng Thị Bình (SN 1994, ở Kinh Môn)", "Nguyễn Thị Hồng Ngát (SN 1995, ở Ý Yên)"], 2, "Hai cô giáo")],
        ),
    ],
)
def test_names_after_a_connector(lists_nlp, text, expected):
    assert lists(lists_nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # items that are clauses: the last one keeps its verb
            "Tuy nhiên, vẫn còn một số vấn đề cần quan tâm: nhiều chi bộ trực thuộc cấp uỷ cơ sở phải sinh hoạt ghép vì số lượng "
            "đảng viên ít và trong tỉnh cũng còn nhiều thôn chưa có đảng viên.",
            [(["nhiều chi bộ trực thuộc cấp uỷ cơ sở phải sinh hoạt ghép vì số lượng đảng viên ít",
               "trong tỉnh cũng còn nhiều thôn chưa có đảng viên"], None, "một số vấn đề")],
        ),
        (  # short items are the subject: the last one ends before the verb
            "Lễ hội có các hoạt động như: đua thuyền, kéo co và hát quan họ cũng được tổ chức vào buổi tối.",
            [(["đua thuyền", "kéo co", "hát quan họ"], None, "các hoạt động")],
        ),
        ("Tác phẩm gửi về Tạp chí Xây dựng Đảng, số 69 Phan Đình Phùng, Hà Nội; email: bualiemvang@xaydungdang.vn.", []),
    ],
)
def test_last_item_and_labels(lists_nlp, text, expected):
    assert lists(lists_nlp, text) == expected


@pytest.mark.parametrize(
    "text, items",
    [
        (  # items open with the head noun: the short pieces between belong to the item before them
            "Học viên được học những kiến thức chung về tiếng Việt gồm: Kiến thức về kỹ năng nghe, nói, đọc, viết cơ sở và "
            "các kiến thức tiếng Việt chuyên ngành kinh tế.",
            ["Kiến thức về kỹ năng nghe, nói, đọc, viết cơ sở", "các kiến thức tiếng Việt chuyên ngành kinh tế"],
        ),
        (  # the count agrees with the pieces: each is an item
            "Giải đấu có 3 đội tham dự: đội tuyển Việt Nam, tuyển trẻ Thái Lan và đội tuyển Indonesia.",
            ["đội tuyển Việt Nam", "tuyển trẻ Thái Lan", "đội tuyển Indonesia"],
        ),
    ],
)
def test_items_that_repeat_the_head(lists_nlp, text, items):
    assert lists(lists_nlp, text)[0][0] == items


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # a year after a name counts nothing: the list after "như:" has no count
            "Chương trình khai mạc Năm du lịch Yên Bái 2017 quy tụ dàn nghệ sỹ nổi tiếng như: NSƯT Đăng Dương, "
            "NSƯT Thanh Hương, ca sĩ người Mỹ Kyo York, nghệ sĩ Quốc Phòng.",
            [(["NSƯT Đăng Dương", "NSƯT Thanh Hương", "ca sĩ người Mỹ Kyo York", "nghệ sĩ Quốc Phòng"], None, None)],
        ),
        (  # the connector after a nearer count is that count's; the first piece of its semicolons holds its items
            "Trong 6 người nhập viện thì có 5 người trong một gia đình, gồm: ông Lô Văn Chương (46 tuổi), Hà Thị Thức "
            "(19 tuổi), Lô Văn Thành (20 tuổi), Ngân Thị Hòa (22 tuổi) và Lô Văn Thường (23 tuổi); ngoài ra còn có ông "
            "Vi Văn Quay (42 tuổi).",
            [
                (["5 người trong một gia đình, gồm: ông Lô Văn Chương (46 tuổi), Hà Thị Thức (19 tuổi), Lô Văn Thành "
                  "(20 tuổi), Ngân Thị Hòa (22 tuổi) và Lô Văn Thường (23 tuổi)", "ngoài ra còn có ông Vi Văn Quay (42 tuổi)"],
                 6, "6 người"),
                (["ông Lô Văn Chương (46 tuổi)", "Hà Thị Thức (19 tuổi)", "Lô Văn Thành (20 tuổi)", "Ngân Thị Hòa (22 tuổi)",
                  "Lô Văn Thường (23 tuổi)"], 5, "5 người"),
            ],
        ),
        (  # "gồm" without a colon after a count: semicolons cut, the last "và" before a title adds the counted member
            "Kíp phẫu thuật gồm 4 người gồm BS Lê Việt Hưng, phẫu thuật viên chính; BS Lưu Tiến Dũng, phẫu thuật viên "
            "phụ; BS Trịnh Xuân Cường, gây mê và điều dưỡng Lê Văn Chung, phụ mê.",
            [(["BS Lê Việt Hưng, phẫu thuật viên chính", "BS Lưu Tiến Dũng, phẫu thuật viên phụ", "BS Trịnh Xuân Cường, gây mê",
               "điều dưỡng Lê Văn Chung, phụ mê"], 4, "4 người")],
        ),
        (  # a modifier of the counted noun before the names
            "Trong cuộc hòa đàm, ba nước bảo trợ Nga, Iran và Thổ Nhĩ Kỳ đã nhất trí về cơ chế kiểm soát.",
            [(["Nga", "Iran", "Thổ Nhĩ Kỳ"], 3, "ba nước")],
        ),
        (  # a plural before the credited names does not hide the connector
            "Thái Sơn Nam liên tiếp có 3 bàn thắng bằng các pha lập công của Quốc Nam (22’), Thái Huy (23’) và Trọng Luân (28’).",
            [(["Quốc Nam (22’)", "Thái Huy (23’)", "Trọng Luân (28’)"], 3, "3 bàn")],
        ),
        ("Năm 2017 quy tụ nhiều nghệ sĩ, ca sĩ của tỉnh.", []),  # a year, no count, no list
        # a preposition between the counted noun and the names: they are not its members
        ("Martin Klizan, Alexandr Dolgopolov, hai đối thủ của Novak Djokovic và Roger Federer, xin bỏ cuộc.", []),
        ("Robins mở tại 2 trung tâm thương mại ở Hà Nội và TP.HCM, tập trung nhiều nhãn hiệu.", []),
    ],
)
def test_counts_that_find_their_items(lists_nlp, text, expected):
    assert lists(lists_nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the piece after the semicolon elaborates the one before: no series after the trigger
        "Ông Đạt cho biết, đề thi năm nay kiểm tra năng lực vận dụng kiến thức vào việc giải quyết các vấn đề thực tiễn "
        "của thí sinh; trong đó tăng cường các câu hỏi mở, câu hỏi giải quyết tình huống.",
        # a contrast opener followed by a comma
        "Lúc này, ông Văn dừng xe, cố gắng khuyên cháu gái về nhà; tuy nhiên, Thị không đồng ý.",
    ],
)
def test_semicolon_pieces_that_are_no_items(lists_nlp, text):
    assert lists(lists_nlp, text) == []


def test_an_item_that_opens_with_a_parenthesis_is_read_without_error(lists_nlp):
    """A crawl's "(Còn tiếp)" after the last item has no head before its parenthesis (raw baomoi text crashed here)."""
    (items, count, trigger), = lists(lists_nlp, "Đoàn gồm 2 người: ông Nguyễn Văn An (Trưởng đoàn); (Còn tiếp)")
    assert (items[0], count, trigger) == ("ông Nguyễn Văn An (Trưởng đoàn)", 2, "2 người")


@pytest.mark.parametrize(
    "text, expected",
    [
        # a count before a quoted head noun; a word qualifying the noun before the first name stays out
        ("Hai “đại gia” Internet Facebook và Google đã “bắt tay” với các tổ chức tin tức.",
         [(["Facebook", "Google"], 2, "Hai “đại gia”")]),
        # three or more names joined by dashes after a count
        ("Đây là vùng nằm trong tam giác phát triển của 3 nước Lào- Campuchia- Việt Nam, nền văn hóa đa dạng.",
         [(["Lào", "Campuchia", "Việt Nam"], 3, "3 nước")]),
        # a count of occurrences broken down in full
        ("Cụ thể, nhân viên S. quẹt thẻ 8 lần trong đó có 2 hóa đơn với tổng 640 triệu đồng và 6 hóa đơn với tổng 23 triệu đồng.",
         [(["2 hóa đơn với tổng 640 triệu đồng", "6 hóa đơn với tổng 23 triệu đồng"], 8, "8 lần")]),
        # a breakdown with no trigger takes the count its numbers add up to
        ("Trong 6 nạn nhân nhập viện, có 4 người bị sốc, trụy mạch nặng; 2 nạn nhân còn lại bị nhẹ hơn.",
         [(["4 người bị sốc, trụy mạch nặng", "2 nạn nhân còn lại bị nhẹ hơn"], 6, "6 nạn nhân")]),
        # names after a bare colon, to the sentence's end (a line-up)
        ("Đội hình xuất phát: Bologna: Da Costa, Krafth, Gasteldello, Maietta, Mbaye.",
         [(["Da Costa", "Krafth", "Gasteldello", "Maietta", "Mbaye"], None, None)]),
        # a colon in the first piece of a semicolon series introduces it
        ("Chương trình được triển khai theo hướng: tăng cường đào tạo; mở rộng hợp tác; đổi mới quản lý.",
         [(["tăng cường đào tạo", "mở rộng hợp tác", "đổi mới quản lý"], None, None)]),
        # a series whose second piece elaborates starts at what the elaboration opens
        ("Sản lượng cá ngừ ước đạt 13.026 tấn; trong đó, Khánh Hòa đạt 2.925 tấn; Phú Yên đạt 3.201 tấn; Bình Định đạt 6.900 tấn.",
         [(["Khánh Hòa đạt 2.925 tấn", "Phú Yên đạt 3.201 tấn", "Bình Định đạt 6.900 tấn"], None, None)]),
    ],
)
def test_counts_and_names_of_the_issue_shapes(lists_nlp, text, expected):
    assert lists(lists_nlp, text) == expected


def test_names_after_a_colon_inside_a_comma_item_are_its_nested_list(lists_nlp):
    text = ("Chương trình quy tụ dàn nghệ sỹ nổi tiếng như: NSƯT Đăng Dương, các ca sĩ: Tân Nhàn, Trọng Tấn, "
            "nghệ sĩ chèo Minh Tuyết cùng gần 200 diễn viên.")
    records = list_records(lists_nlp, text)
    assert [[i["text"] for i in r["items"]] for r in records] == [
        ["NSƯT Đăng Dương", "các ca sĩ: Tân Nhàn, Trọng Tấn", "nghệ sĩ chèo Minh Tuyết"], ["Tân Nhàn", "Trọng Tấn"]]
    assert [r["parent"] for r in records] == [None, 0]


def test_marker_lines_after_nhu_sau_are_one_list(lists_nlp):
    text = "UBND tỉnh thông báo như sau:\n1. Tạm dừng hoạt động của chợ.\n2. Người dân hạn chế ra đường."
    assert lists(lists_nlp, text) == [(["Tạm dừng hoạt động của chợ", "Người dân hạn chế ra đường"], None, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Mối quan hệ đặc biệt giữa hai nước Việt Nam - Lào ngày càng được củng cố.",  # two names so joined name a pair
        "Anh đã đến đây 8 lần, trong đó có 2 lần cùng gia đình.",  # a breakdown that does not add up to the count
        "Kết quả: Hà Nội thắng, Huế hòa, Đà Nẵng thua.",  # a colon before clauses, not names
        "Đề thi đổi mới theo hướng kiểm tra năng lực của thí sinh; trong đó tăng cường các câu hỏi mở.",  # an elaboration
        "Chuyến bay cất cánh lúc 10:30, Hà Nội, Huế, Đà Nẵng.",  # a clock time, no colon
    ],
)
def test_what_the_issue_shapes_do_not_make_a_list(lists_nlp, text):
    assert lists(lists_nlp, text) == []


# ---- shapes read on raw baomoi text nobody tuned on (issue 14; scripts/sample_lists.py --seed 14) ------------

@pytest.mark.parametrize(
    "text, expected",
    [
        # a count and "bao gồm" with fewer items than counted: a list, both numbers recorded
        ("Được biết, 7 thương vụ đó bao gồm radar cảnh báo sớm, tên lửa chống bức xạ, ngư lôi và linh kiện tên lửa SM-2, "
         "nhưng không bao gồm máy bay F-35.",
         [(["radar cảnh báo sớm", "tên lửa chống bức xạ", "ngư lôi", "linh kiện tên lửa SM-2"], 7, "7 thương vụ")]),
        # a count and "là" before people named with their form of address
        ("Hai người trực tiếp đánh nhau là ông Diệp Xuân Vinh - Phó chi cục trưởng và ông Cao Minh Phương - Trưởng phòng Tài nguyên nước.",
         [(["ông Diệp Xuân Vinh - Phó chi cục trưởng", "ông Cao Minh Phương - Trưởng phòng Tài nguyên nước"], 2, "Hai người")]),
        # an item that closes a quotation ends at its closing mark, not with the speaker after it
        ("“Sắp tới công ty sẽ tập trung vào 3 việc chính là: giới thiệu sản phẩm mới; mở rộng hệ thống đại lý; "
         "tăng cường dịch vụ hậu mãi”, ông Tuấn Anh nói.",
         [(["giới thiệu sản phẩm mới", "mở rộng hệ thống đại lý", "tăng cường dịch vụ hậu mãi"], 3, "3 việc")]),
        # examples closed by ",.." end the series
        ("Trẻ có những bệnh nền như: tim, gan, thận,.. dễ gây biến chứng.", [(["tim", "gan", "thận"], None, "những bệnh")]),
        # "Cuối cùng," after ordinal markers marks the last item
        ("Cộng đồng jailbreak chết vì 3 nguyên nhân: Thứ nhất, Apple tăng cường bảo mật. Thứ hai, họ có thể bán lỗ hổng. "
         "Cuối cùng, hầu hết hacker đã chuyển nghề.",
         [(["Apple tăng cường bảo mật", "họ có thể bán lỗ hổng", "hầu hết hacker đã chuyển nghề"], 3, "3 nguyên nhân")]),
        # a count before a quoted head of two words
        ("Theo đó, hai “ông lớn” là Thaco và Toyota cũng chỉ đạt tỉ lệ nội địa hóa 15%.", [(["Thaco", "Toyota"], 2, "hai “ông lớn”")]),
        # item 1 of a series begins past "trong đó có", past a verb of saying, past a verb inside a name
        ("Nhiều hãng xe đã thông báo triệu hồi xe; trong đó có Toyota với gần 4.000 chiếc Vios; Nissan triệu hồi xe Navara; "
         "Honda triệu hồi xe Accord.",
         [(["Toyota với gần 4.000 chiếc Vios", "Nissan triệu hồi xe Navara", "Honda triệu hồi xe Accord"], None, None)]),
        ("Ông Khánh cho biết, Hội nghị sẽ thông tin về kết quả phát triển kinh tế năm 2016; đánh giá kết quả triển khai các định hướng.",
         [(["thông tin về kết quả phát triển kinh tế năm 2016", "đánh giá kết quả triển khai các định hướng"], None, None)]),
        ("Cục Quản lý Khám chữa bệnh yêu cầu bệnh viện tổ chức thăm hỏi bác sỹ; phối hợp với công an điều tra; rà soát công tác an ninh.",
         [(["yêu cầu bệnh viện tổ chức thăm hỏi bác sỹ", "phối hợp với công an điều tra", "rà soát công tác an ninh"], None, None)]),
        # a verb phrase that ends at a comma: item 1 starts after it, without the comma
        ("Bị bắt, tên trộm 21 tuổi được chủ nhà cho 1 triệu về quê; sở thích khoe siêu xe của kẻ chém người; ô tô phóng nhanh cán chó.",
         [(["tên trộm 21 tuổi được chủ nhà cho 1 triệu về quê", "sở thích khoe siêu xe của kẻ chém người", "ô tô phóng nhanh cán chó"],
           None, None)]),
        # "như" inside the first piece after the trigger introduces item 1
        ("Hội nghị thảo luận những nội dung quan trọng như cho ý kiến dự thảo báo cáo chính trị; dự thảo báo cáo kiểm điểm; dự thảo đề án nhân sự.",
         [(["cho ý kiến dự thảo báo cáo chính trị", "dự thảo báo cáo kiểm điểm", "dự thảo đề án nhân sự"], None, "những nội dung")]),
    ],
)
def test_raw_text_shapes(lists_nlp, text, expected):
    assert lists(lists_nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # semicolons inside a parenthesis or a quoted title separate no items
        "Ông Minh trúng cử vào Hội đồng quản trị Ngân hàng Sài Gòn Thương Tín (Sacombank; mã: STB) với tỷ lệ cao.",
        "Hội nghị nghe báo cáo thực hiện Nghị quyết về “Tăng cường xây dựng, chỉnh đốn Đảng; ngăn chặn, đẩy lùi sự suy thoái”.",
        # quoted utterances between semicolons
        'Họ ra sức trách mắng: "Mày hứa với chị thế nào?"; "Mày có biết con nó bao nhiêu tháng không?"',
        # people with their posts: roles, not a list (annotation note 32)
        "Các đồng chí Lê Quốc Phong, Bí thư thứ nhất Trung ương Đoàn; Nguyễn Mạnh Dũng, Bí thư Thường trực Trung ương Đoàn đồng chủ trì.",
        # a share is no count of items
        "Gói hỗ trợ tín dụng lên đến 90% giá trị xe: miễn phí kiểm tra, giảm chi phí bảo dưỡng.",
        # numbers larger than the count are no parts of it (an identifier, then the seized goods)
        "Chuyên án mang bí số 474 LV, tang vật thu giữ gồm 40 bánh heroin, 120.000 viên ma túy tổng hợp, 2 xe ô tô.",
        # "gồm" without a colon, no count and no semicolons (annotation note 31)
        "Trong tỉnh có nhiều nhóm phiến quân khác nhau gồm các phiến quân Taliban và phiến quân IS tự xưng.",
        # "cụ thể" without a colon is an adverb, no introducer
        "Cần tìm kiếm những giải pháp mới, thảo luận cụ thể, chi tiết vào những nội dung và các giải pháp để sớm tiếp cận vấn đề mới.",
        # "một trong 3 mục tiêu": the next sentence's commas are no members
        "Đây là một trong 3 mục tiêu chính của công ty. Ông Tuấn Anh chia sẻ, VW là xe Đức bán chạy nhất, tên hãng có nghĩa là xe của mọi người.",
    ],
)
def test_raw_text_shapes_that_are_no_list(lists_nlp, text):
    assert lists(lists_nlp, text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a count of a noun outside the heads lends itself from the title or the lead ...
        ("Đã bắt được 2 đối tượng\n\nCác đối tượng bao gồm: Trần Cao Thái và Nguyễn Văn Cường.",
         [(["Trần Cao Thái", "Nguyễn Văn Cường"], 2, "Các đối tượng")]),
        ("Những cầu thủ rời Real\n\nReal đã chia tay 6 cầu thủ.\nNhững cầu thủ đã chia tay Real gồm: Coentrão, Burgui, Pepe, "
         "Llorente, Mariano và James.",
         [(["Coentrão", "Burgui", "Pepe", "Llorente", "Mariano", "James"], 6, "Những cầu thủ")]),
        # ... and from the body when the items found are as many
        ("Vụ án tại PVTex\n\nBộ Công an phát lệnh truy nã.\nCơ quan điều tra đã khởi tố 3 bị can. Các bị can bị khởi tố gồm: "
         "Vũ Đình Duy, Trần Trung Chí Hiếu và Vũ Phương Nam.",
         [(["Vũ Đình Duy", "Trần Trung Chí Hiếu", "Vũ Phương Nam"], 3, "Các bị can")]),
        # ... but not from the body when they are not
        ("Mùa hè tình nguyện\n\nĐoàn lên bản từ sáng.\nTrong bản có 3 đội thanh niên tình nguyện. Các đội gồm: đội A, đội B, đội C và đội D.",
         [(["đội A", "đội B", "đội C", "đội D"], None, "Các đội")]),
    ],
)
def test_counts_that_lend_themselves_to_a_list_elsewhere(lists_nlp, text, expected):
    assert lists(lists_nlp, text) == expected


# ---- marked sentences on raw baomoi text, one paragraph per body (scripts/sample_lists.py, lines 8000-14000) ----

@pytest.mark.parametrize(
    "text, expected",
    [
        # the markers of a later sentence are not the items of an earlier introducer
        ("Huyện Cần Giờ có 6 xã: Long Hòa, Bình Khánh, Thạnh An, Lý Nhơn, Tam Thôn Hiệp và An Thới Đông. Giá đất tăng vì "
         "3 nguyên nhân chính. Thứ nhất là biến đổi hạ tầng. Thứ hai là sự xuất hiện của các nhà đầu tư lớn. Thứ ba là giới đầu cơ.",
         [(["Long Hòa", "Bình Khánh", "Thạnh An", "Lý Nhơn", "Tam Thôn Hiệp", "An Thới Đông"], 6, "6 xã"),
          (["biến đổi hạ tầng", "sự xuất hiện của các nhà đầu tư lớn", "giới đầu cơ"], 3, "3 nguyên nhân")]),
        # of two triggers in the sentence before the markers, the counted one announces them
        ("Trên các diễn đàn mạng, cư dân mạng đưa ra ba lý do chính. Thứ nhất, cô có nhiều thị phi. Thứ hai, cô nói chuyện ngạo mạn. "
         "Thứ ba, diễn xuất của cô thiếu ổn định.",
         [(["cô có nhiều thị phi", "cô nói chuyện ngạo mạn", "diễn xuất của cô thiếu ổn định"], 3, "ba lý do")]),
    ],
)
def test_marked_sentences_go_to_their_own_trigger(lists_nlp, text, expected):
    assert lists(lists_nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # sentences glued by the crawl, the space after the period lost
        ("Hội nghị đề ra 2 nhiệm vụ trọng tâm. Một là, đẩy mạnh phát triển kinh tế trong năm 2017.Hai là, giữ vững quốc phòng.",
         [(["đẩy mạnh phát triển kinh tế trong năm 2017", "giữ vững quốc phòng"], 2, "2 nhiệm vụ")]),
        ("Dự án chậm vì nhiều lẽ.Thứ nhất, giá vật liệu tăng.Thứ hai là thiếu vốn đối ứng.",
         [(["giá vật liệu tăng", "thiếu vốn đối ứng"], None, None)]),
    ],
)
def test_markers_of_glued_sentences(lists_nlp, text, expected):
    assert lists(lists_nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a run of markers that opens a quotation: item 1 after the opening mark, the last item ends at the closing one
        ('Để xử lý vi phạm, ông Lăng nhấn mạnh: "Thứ nhất, kiểm tra từng bộ phận trên tàu. Thứ hai, tiền thiết kế phải hoàn trả. '
         'Thứ ba, nhà máy phải đóng lại tàu cho đúng hợp đồng". Tất cả các con tàu đều neo đậu.',
         [(["kiểm tra từng bộ phận trên tàu", "tiền thiết kế phải hoàn trả", "nhà máy phải đóng lại tàu cho đúng hợp đồng"], None, None)]),
        ("“Năm nay, công tác in sao đề thi có một số khó khăn. Thứ nhất, số lượng đề nhiều hơn. Thứ hai, đề trắc nghiệm khó in hơn. "
         "Thứ ba là bài thi tổ hợp phải sắp xếp phức tạp hơn” - ông Nghĩa cho hay. Mặt khác, quy trình in sao đề cũng có điều chỉnh.",
         [(["số lượng đề nhiều hơn", "đề trắc nghiệm khó in hơn", "bài thi tổ hợp phải sắp xếp phức tạp hơn"], None, None)]),
        # the byline closing the article is no part of the last marked item
        ("Giá đất tăng vì 2 nguyên nhân. Thứ nhất là hạ tầng mới. Thứ hai là giới đầu cơ đã thâu tóm nhiều khu đất. Theo VnExpress",
         [(["hạ tầng mới", "giới đầu cơ đã thâu tóm nhiều khu đất"], 2, "2 nguyên nhân")]),
        ("Ông Tuyển đề xuất 2 giải pháp. Thứ nhất, hoàn thiện pháp luật. Thứ hai, tăng cường đào tạo doanh nhân. Trần Thủy",
         [(["hoàn thiện pháp luật", "tăng cường đào tạo doanh nhân"], 2, "2 giải pháp")]),
    ],
)
def test_where_marked_items_end(lists_nlp, text, expected):
    assert lists(lists_nlp, text) == expected


def test_a_negated_introducer_gives_no_items(lists_nlp):
    text = "Kế hoạch 4 điểm của ông Trump không bao gồm việc sử dụng biện pháp quân sự, các nước láng giềng cho biết."
    assert lists(lists_nlp, text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a second run of markers is a list of its own, with the trigger before it
        ("Tình trạng này có 2 lý do chính. Một là, luật pháp còn kẽ hở. Hai là, ý thức người tham gia còn kém. "
         "Vì vậy cần phải tập trung thực hiện các việc như sau. Thứ nhất, tăng cường kiểm tra. Thứ hai, hoàn thiện pháp luật. "
         "Thứ ba, đẩy mạnh tuyên truyền.",
         [(["luật pháp còn kẽ hở", "ý thức người tham gia còn kém"], 2, "2 lý do"),
          (["tăng cường kiểm tra", "hoàn thiện pháp luật", "đẩy mạnh tuyên truyền"], None, "các việc")]),
        # a counted noun that is the subject of its clause announces no marked sentences
        ("Vụ trưởng cho rằng hai nước có điều kiện để thúc đẩy quan hệ. Thứ nhất là quyết tâm chính trị rất cao. "
         "Thứ hai, hai bên đã ký nhiều văn kiện. Thứ ba, hiệp định thương mại sắp có hiệu lực.",
         [(["quyết tâm chính trị rất cao", "hai bên đã ký nhiều văn kiện", "hiệp định thương mại sắp có hiệu lực"], None, None)]),
    ],
)
def test_runs_of_markers_and_their_triggers(lists_nlp, text, expected):
    assert lists(lists_nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a parenthesis that compares the count with other figures holds no members of it
        "Lực lượng chức năng đã phát hiện 369 vụ, 518 đối tượng (tăng 278 vụ, 389 đối tượng) phạm tội liên quan đến ma túy.",
        # a series after a connector that belongs to a nearer determined noun
        "Tiểu nhóm có hai hoạt động, trong đó nổi lên các nội dung về ứng dụng công nghệ trong giáo dục và đào tạo nguồn nhân lực.",
    ],
)
def test_counts_whose_series_is_not_theirs(lists_nlp, text):
    assert lists(lists_nlp, text) == []


def test_a_dispatch_closing_mark_leaves_the_last_item(lists_nlp):
    text = "APEC tập trung vào 3 trụ cột hợp tác chính: Tự do hóa thương mại; Thuận lợi hóa kinh doanh; Hợp tác kinh tế-kỹ thuật./."
    assert lists(lists_nlp, text) == [(["Tự do hóa thương mại", "Thuận lợi hóa kinh doanh", "Hợp tác kinh tế-kỹ thuật"], 3, "3 trụ cột")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a count with "gồm" whose first piece opens with a number is a breakdown or nothing
        ("Theo vận đơn, các container nằm trong tổng 3 lô hàng gồm 29 container, mỗi thùng hàng chở 26 tấn, trong tờ khai ghi là thuốc lá.",
         []),
        ("Bệnh viện đã tiếp nhận tổng cộng 34 bệnh nhân, gồm 33 bệnh nhân nữ và 1 bệnh nhân nam.",
         [(["33 bệnh nhân nữ", "1 bệnh nhân nam"], 34, "34 bệnh nhân")]),
        ("Trong số 6 người bị thương có 3 người, gồm 2 trẻ em, sau đó đã tử vong tại bệnh viện vào sáng 12/5.", []),
        # a weight of goods counts none of them: the goods are a list with no count
        ("Qua kiểm tra phát hiện 11kg thực phẩm gồm: thịt lợn, thịt bê, cá.", [(["thịt lợn", "thịt bê", "cá"], None, None)]),
        # a breakdown's last piece keeps what its "và" joins to it
        ("Đường được thiết kế với 8 làn xe (4 cho ô tô, 4 cho xe máy và xe thô sơ) với mặt cắt ngang là 50 mét.",
         [(["4 cho ô tô", "4 cho xe máy và xe thô sơ"], 8, "8 làn")]),
        # the members of a count end before the next group counted with the same noun
        ("Kỳ thi có 5 bài thi, gồm 3 bài thi độc lập là: Toán, Ngữ văn, Ngoại ngữ và 2 bài thi tổ hợp là Khoa học Tự nhiên và Khoa học Xã hội.",
         [(["Toán", "Ngữ văn", "Ngoại ngữ"], 3, "3 bài"), (["Khoa học Tự nhiên", "Khoa học Xã hội"], 2, "2 bài")]),
    ],
)
def test_counts_and_their_breakdowns(lists_nlp, text, expected):
    assert lists(lists_nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Tỉnh đã chọn hai huyện: Bảo Lâm và Di Linh để triển khai thí điểm mô hình.",
         [(["Bảo Lâm", "Di Linh"], 2, "hai huyện")]),
        ("Sở chọn 3 đơn vị: Công ty Sông Đà, Trường Đại học Vinh và Bệnh viện Bạch Mai để kiểm tra đột xuất.",
         [(["Công ty Sông Đà", "Trường Đại học Vinh", "Bệnh viện Bạch Mai"], 3, "3 đơn vị")]),
        ("Ban huấn luyện gọi 3 cầu thủ: Công Phượng, Tuấn Anh và Xuân Trường (HAGL) được gọi bổ sung.",
         [(["Công Phượng", "Tuấn Anh", "Xuân Trường (HAGL)"], 3, "3 cầu thủ")]),
        ("Sau 2 lượt trình diễn, giọng ca 10 tuổi vượt qua ba đối thủ nặng ký gồm Nghi Đình, Quỳnh Như và Linh Phương để nhận số điểm cao nhất.",
         [(["Nghi Đình", "Quỳnh Như", "Linh Phương"], 3, "ba đối thủ")]),
        ("Tổ công tác gồm 3 đồng chí: Trung tá Nguyễn Văn Bốn, Đại úy Quách Anh Tuấn và Trung úy Nguyễn Cường Quyền (thuộc Đội CSGT số 7) "
         "nghe thấy tiếng tri hô bắt cướp. Thấy vậy, Đại úy Tuấn đã đuổi theo tên cướp.",
         [(["Trung tá Nguyễn Văn Bốn", "Đại úy Quách Anh Tuấn", "Trung úy Nguyễn Cường Quyền (thuộc Đội CSGT số 7)"], 3, "3 đồng chí")]),
    ],
)
def test_counted_names_end_with_the_last_name(lists_nlp, text, expected):
    """A count's names after a colon end where the last counted name does, not with the clause after it."""
    assert lists(lists_nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Bộ Văn hóa hiện có 4 thứ trưởng gồm các ông, bà: Huỳnh Vĩnh Ái; Lê Khánh Hải; Đặng Thị Bích Liên; Vương Duy Biên.",
         [(["Huỳnh Vĩnh Ái", "Lê Khánh Hải", "Đặng Thị Bích Liên", "Vương Duy Biên"], 4, "4 thứ trưởng")]),
        ("Hội đồng có 3 ủy viên Ban Chấp hành, gồm các ông: Nguyễn Việt Chiến, Bùi Việt Mỹ, Nguyễn Sĩ Đại.",
         [(["Nguyễn Việt Chiến", "Bùi Việt Mỹ", "Nguyễn Sĩ Đại"], 3, "3 ủy viên")]),
        ("Tỉnh có 3 huyện gồm các huyện: Bảo Lâm, Di Linh và Lâm Hà.",
         [(["Bảo Lâm", "Di Linh", "Lâm Hà"], 3, "3 huyện")]),
    ],
)
def test_a_restated_kind_before_the_colon_goes_with_the_count(lists_nlp, text, expected):
    """``gồm các ông:``: the colon after a restated plural kind is the count's introducer; item 1 starts after it."""
    assert lists(lists_nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ngay sau cơn mưa, rác bẩn bủa vây khắp các con ngõ ở phố cổ (quận Hoàn Kiếm, Hà Nội).",
        "Video giải thích vì sao các cầu thủ ở Tây Ban Nha trốn thuế (Theo VTV): Ronaldo tiến cử đồng hương, sau khi Real chia tay Pepe.",
    ],
)
def test_a_parenthesis_after_a_place_holds_no_members(lists_nlp, text):
    """``... ở phố cổ (quận Hoàn Kiếm, Hà Nội)``: a parenthesis after a preposition of place says where, no members."""
    assert lists(lists_nlp, text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Để minh bạch, tỉnh cần thanh tra hai vấn đề: một là nguồn gốc khối tài sản, hai là quá trình chấp hành pháp luật.",
         [(["nguồn gốc khối tài sản", "quá trình chấp hành pháp luật"], 2, "hai vấn đề")]),
        ("Dự án có 3 hạng mục chính: thứ nhất là nạo vét đáy hồ, thứ hai làm sạch nước hồ và thứ ba là chỉnh trang ánh sáng ven hồ.",
         [(["nạo vét đáy hồ", "làm sạch nước hồ", "chỉnh trang ánh sáng ven hồ"], 3, "3 hạng mục")]),
        ("Hội nghị thống nhất mười nhiệm vụ: một là tăng cường kỷ luật; hai là đổi mới phương thức lãnh đạo.",
         [(["tăng cường kỷ luật", "đổi mới phương thức lãnh đạo"], 10, "mười nhiệm vụ")]),
        # a name that opens with a number word is no marker
        ("Tỉnh có hai huyện: Ba Bể và Hai Bà Trưng.", [(["Ba Bể", "Hai Bà Trưng"], 2, "hai huyện")]),
    ],
)
def test_lowercase_word_markers_leave_the_items(lists_nlp, text, expected):
    """``một là A, hai là B`` after a colon: every item opens with a marker in words, which the span leaves out."""
    assert lists(lists_nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Sau khi được điều trị, cháu Trường đã đỡ nhiều, tuy nhiên 2 chị gái Lý Thị Mái và Lý Thị Hoa biến chứng nặng dần.",
         [(["Lý Thị Mái", "Lý Thị Hoa"], 2, "2 chị gái")]),
        ("Sơ đồ này biến chuyển linh hoạt nhờ hai hậu vệ biên Văn Thanh và A Hoàng năng động gây áp lực rất lớn.",
         [(["Văn Thanh", "A Hoàng"], 2, "hai hậu vệ")]),
        ("Kỳ thi có 2 môn Ngữ văn và Toán.", [(["Ngữ văn", "Toán"], 2, "2 môn")]),
    ],
)
def test_a_name_joined_to_the_next_word_ends_at_its_capitals(lists_nlp, text, expected):
    """A name the segmenter joined to the verb after it (``Hoa biến chứng``) ends at its last capitalised syllable;
    a word of one capitalised syllable and a lowercase one (``Ngữ văn``) stays whole."""
    assert lists(lists_nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Hiệp hội sẽ gửi 2 văn bản bao gồm: Kiến nghị xem xét lại quy hoạch; Thư khuyến nghị gồm 8 điểm về giải pháp bảo tồn "
         "bán đảo Sơn Trà gửi cho Thủ tướng, kèm theo khuyến nghị đó là nội dung thảo luận và nội dung kết luận của hội thảo.",
         [(["Kiến nghị xem xét lại quy hoạch",
            "Thư khuyến nghị gồm 8 điểm về giải pháp bảo tồn bán đảo Sơn Trà gửi cho Thủ tướng, kèm theo khuyến nghị đó là "
            "nội dung thảo luận và nội dung kết luận của hội thảo"], 2, "2 văn bản")]),
        ("Tỉnh đề ra 3 giải pháp cho năm tới, bao gồm cải cách hành chính, thu hút đầu tư và đào tạo nhân lực.",
         [(["cải cách hành chính", "thu hút đầu tư", "đào tạo nhân lực"], 3, "3 giải pháp")]),
    ],
)
def test_an_introducer_after_a_later_noun_is_that_nouns(lists_nlp, text, expected):
    """An introducer with no colon in a later clause, right after a noun of it (``kèm theo khuyến nghị đó là ...``),
    introduces that noun, not the count before the comma (no entity span needed to hide it); right after the comma it
    is still the count's."""
    assert lists(lists_nlp, text) == expected


def test_bulleted_lines_run_into_one_paragraph_after_a_colon(lists_nlp):
    """``hồ sơ gồm: - A ... - B ...``: bullets of lines the crawl joined; each opens an item, never cut at its commas."""
    text = "Hồ sơ gồm: - Giấy khai đăng ký sang tên, di chuyển xe. - Chứng từ nộp lệ phí trước bạ. - Giấy chứng nhận đăng ký xe."
    assert lists(lists_nlp, text) == [(["Giấy khai đăng ký sang tên, di chuyển xe", "Chứng từ nộp lệ phí trước bạ",
                                         "Giấy chứng nhận đăng ký xe"], None, None)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ngành Ngôn ngữ Anh sử dụng 1 tổ hợp D01 gồm các môn: Toán, Ngữ Văn, Tiếng Anh.",
         [(["Toán", "Ngữ Văn", "Tiếng Anh"], None, "các môn")]),
        ('Phim "50 sắc thái: Đen" được dán nhãn C18, còn phim "Rings" dán nhãn C16.', []),
        ("Tỉnh thực hiện “3 giải pháp: cải cách thủ tục, giảm chi phí và đào tạo nhân lực” trong năm nay.",
         [(["cải cách thủ tục", "giảm chi phí", "đào tạo nhân lực"], 3, "3 giải pháp")]),
    ],
)
def test_counts_that_announce_no_set(lists_nlp, text, expected):
    """A count of one announces no set (at least two items); a count that opens a quotation (a title) keeps its
    items inside the quotation."""
    assert lists(lists_nlp, text) == expected


def test_a_sentence_after_a_series_of_names_is_no_item(lists_nlp):
    """``các môn: Toán, Vật Lý, Hóa Học. Xét tuyển ...``: a sentence opening with a verb continues a series of
    measures, never a series of names."""
    text = "Ngành này xét các môn: Toán, Vật Lý, Hóa Học. Xét tuyển ngành Ngôn ngữ Anh dùng tổ hợp D01."
    assert lists(lists_nlp, text) == [(["Toán", "Vật Lý", "Hóa Học"], None, "các môn")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Chi bộ đã tổ chức 2 chuyên đề. Chuyên đề công tác tạo nguồn, chuyên đề xây dựng đường điện.",
         [(["Chuyên đề công tác tạo nguồn", "chuyên đề xây dựng đường điện"], 2, "2 chuyên đề")]),
        ("Pháo thủ đứng hạng năm với 4 điểm kém Liverpool. Nếu đội của Klopp không thắng, đội của Pep thắng một trận, "
         "còn đội Wenger toàn thắng, Liverpool sẽ bật khỏi top 4.", []),
    ],
)
def test_a_count_announces_the_next_sentence_only_from_its_sentences_end(lists_nlp, text, expected):
    """A count whose items are the next sentence's comma series closes its own sentence (``2 chuyên đề.``); a count
    said of something (``4 điểm kém Liverpool.``) announces no series of clauses after it."""
    assert lists(lists_nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "UBND đã phê duyệt quy hoạch chi tiết tỷ lệ 1/500 bến xe Miền Đông hiện hữu (phường 26, quận Bình Thạnh).",
        "Chung cuộc: Celta Vigo 1-4 Real Madrid (Ronaldo, Benzema, Kroos).",
    ],
)
def test_the_second_number_of_a_ratio_or_score_counts_nothing(lists_nlp, text):
    """``1/500``, ``1-4``: the number after another and a slash or dash is a ratio's or a score's, no count of items."""
    assert lists(lists_nlp, text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Các mẫu sedan du lịch gồm: Camry, Corolla, Vios, Yaris bán ra chiếm 49% tổng lượng tiêu thụ.",
         [(["Camry", "Corolla", "Vios", "Yaris"], None, "Các mẫu")]),
        ("Những mẫu xe thương mại gồm: Innova, Fortuner, Land Cruiser Prado chiếm một nửa lượng tiêu thụ.",
         [(["Innova", "Fortuner", "Land Cruiser Prado"], None, "Những mẫu")]),
    ],
)
def test_a_series_of_names_ends_before_the_verb_after_its_last_name(lists_nlp, text, expected):
    """After bare names, a last item ``Yaris bán ra chiếm ...`` is the name: the verb opens the series' predicate."""
    assert lists(lists_nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Thủ tướng đã truyền đạt năm nội dung mà TKV cần quan tâm: giải quyết sản phẩm tồn đọng; giảm chi phí; hạ giá thành; "
         "rà soát khai thác than trái phép; đẩy mạnh tái cơ cấu.",
         [(["giải quyết sản phẩm tồn đọng", "giảm chi phí", "hạ giá thành", "rà soát khai thác than trái phép", "đẩy mạnh tái cơ cấu"],
           5, "năm nội dung")]),
        ("Đội có năm trụ cột đang khoác áo tuyển quốc gia. Đó là Clayton Lewis, Moses Dyer, Sam Brotherton, Joe Bell và Jack Trịnh.",
         [(["Clayton Lewis", "Moses Dyer", "Sam Brotherton", "Joe Bell", "Jack Trịnh"], 5, "năm trụ cột")]),
        # after "là", a number or a quantifier "năm" is the noun, a year: no count
        ("Năm 2016 là năm hoạt động có nhiều khởi sắc, gồm: sản lượng tăng; lợi nhuận tăng.",
         [(["sản lượng tăng", "lợi nhuận tăng"], None, "năm hoạt động")]),
    ],
)
def test_nam_before_a_list_head_counts_five(lists_nlp, text, expected):
    """``năm`` (five, also the noun year) is never read by the quantities stage; before a list head it counts, unless
    the word before makes it the noun (``là năm``, ``20 năm``, ``nhiều năm``)."""
    assert lists(lists_nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Bộ Công Thương cho biết có 5 dự án thua lỗ. Đó là các dự án Xơ sợi Đình Vũ, Ethanol Dung Quất, Ethanol Phú Thọ, "
         "Ethanol Bình Phước, nhà máy đóng tàu Dung Quất.",
         [(["các dự án Xơ sợi Đình Vũ", "Ethanol Dung Quất", "Ethanol Phú Thọ", "Ethanol Bình Phước", "nhà máy đóng tàu Dung Quất"],
           5, "5 dự án")]),
        ("Kế hoạch có 3 mục tiêu chính. Cụ thể là tăng cường năng lực phòng ngừa dịch bệnh; đẩy mạnh phòng ngừa các trường hợp "
         "khẩn cấp; vận dụng các nguyên tắc một sức khỏe.",
         [(["tăng cường năng lực phòng ngừa dịch bệnh", "đẩy mạnh phòng ngừa các trường hợp khẩn cấp",
            "vận dụng các nguyên tắc một sức khỏe"], 3, "3 mục tiêu")]),
        ("Dự kiến có 3 điểm úng ngập. Cụ thể các điểm: ngã tư Phan Bội Châu - Lý Thường Kiệt; ngã năm Đường Thành - Bát Đàn; "
         "ngã ba La Pho - Thụy Khuê.",
         [(["ngã tư Phan Bội Châu - Lý Thường Kiệt", "ngã năm Đường Thành - Bát Đàn", "ngã ba La Pho - Thụy Khuê"], 3, "3 điểm")]),
    ],
)
def test_items_of_the_next_sentence_start_after_its_introducer(lists_nlp, text, expected):
    """The next sentence's introducer ends at its own mark (``Trong đó,``, ``Cụ thể là``), or at a colon a few words
    on (``Cụ thể các điểm:``); a comma further on (``Đó là A, B, ...``) is the first between the items."""
    assert lists(lists_nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Vịnh Bắc Bộ có gió đông bắc mạnh cấp 6, giật cấp 7; biển động.", []),
        ("Khu vực Tây Nguyên ngày nắng, chiều tối có mưa rào và dông vài nơi; đêm nhiều mây, có mưa rào rải rác.", []),
        # weather words of a measure, not of a bulletin: the series stays a list
        ("Tỉnh đã chỉ đạo các địa phương chủ động phòng, chống mưa bão; gia cố đê điều trước mùa mưa; sơ tán dân khỏi vùng "
         "có nguy cơ sạt lở do mưa lớn.",
         [(["các địa phương chủ động phòng, chống mưa bão", "gia cố đê điều trước mùa mưa",
            "sơ tán dân khỏi vùng có nguy cơ sạt lở do mưa lớn"], None, None)]),
    ],
)
def test_a_weather_forecast_is_no_semicolon_series(lists_nlp, text, expected):
    """A semicolon series with no cue whose every piece holds a phrase of weather bulletins (``forecast_words``) is the
    parts of one forecast, no list."""
    assert lists(lists_nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Thành phố đầu tư 2 nút giao trên địa bàn quận Hải An kết nối cùng các dự án liên quan gồm: nút giao Tân Vũ và nút giao số 1.",
         [(["nút giao Tân Vũ", "nút giao số 1"], 2, "2 nút")]),
        ("Ông Herb Cochran cho biết, hai điểm mấu chốt trong quy định mới mà các doanh nghiệp xuất khẩu cần lưu ý, đó là: "
         "kiểm tra hàng tận nơi xuất xứ; kiểm tra mọi lô cá da trơn.",
         [(["kiểm tra hàng tận nơi xuất xứ", "kiểm tra mọi lô cá da trơn"], 2, "hai điểm")]),
        # the items are not as many as the count: the nearer plural keeps them
        ("Hội thi trao 4 giải thưởng thuộc các lĩnh vực công nghệ ưu tiên như: cơ khí, vật liệu và sinh học.",
         [(["cơ khí", "vật liệu", "sinh học"], None, "các lĩnh vực")]),
    ],
)
def test_a_count_outranks_a_nearer_uncounted_plural_when_the_items_agree(lists_nlp, text, expected):
    """An introducer after ``các``/``những`` with a noun belongs to the count before them when nothing but a modifier
    stands between (no predicate, no clause break) and the items are as many as it counts."""
    assert lists(lists_nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a caption the crawl ran into the line of marker 3: the glued number takes its place in the series
        ("Có những điều cần kiêng. 1. Trẻ con khóc sẽ không may mắn. 2. Tránh đánh vỡ đồ đạc. Ảnh minh họa 3. Kiêng đi "
         "đến nơi âm khí nặng. 4. Mang ít tiền bạc.",
         [(["Trẻ con khóc sẽ không may mắn", "Tránh đánh vỡ đồ đạc. Ảnh minh họa", "Kiêng đi đến nơi âm khí nặng",
            "Mang ít tiền bạc"], None, "những điều")]),
        # a heading ran into the first marker: a glued 1. opens the run when punctuated markers follow it
        ("Jack Ma nói về đối thủ cạnh tranh trong kinh doanh 1. Chỉ có kẻ ngu mới đối đầu với đối thủ. 2. Đừng ghét "
         "đối thủ. 3. Cạnh tranh cũng giống như chơi cờ.",
         [(["Chỉ có kẻ ngu mới đối đầu với đối thủ", "Đừng ghét đối thủ", "Cạnh tranh cũng giống như chơi cờ"], None, None)]),
        # numbers after a word that no punctuated series holds are no markers
        ("Đội bóng đứng thứ 2 ở Ligue 1. Sau đó họ thua 2. Ông A nói vậy.", []),
    ],
)
def test_numbers_glued_to_a_caption_or_heading_fill_their_place_in_a_series(lists_nlp, text, expected):
    assert lists(lists_nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Món này rất dễ làm. Nguyên liệu: - 2 kg gạo nếp mới, thơm ngon - 1 ít sữa đặc và đường trắng - Khuôn làm xôi hình hoa.",
         [(["2 kg gạo nếp mới, thơm ngon", "1 ít sữa đặc và đường trắng", "Khuôn làm xôi hình hoa"], None, None)]),
        # the next heading's colon ends the lines: two lists, the heading left in the last item of the first
        ("Món này rất dễ làm. Nguyên liệu: - 1 mớ rau muống - 30ml dầu - 3g muối Cách làm: - Rau muống nhặt và rửa sạch. "
         "- Làm nóng dầu trong chảo.",
         [(["1 mớ rau muống", "30ml dầu", "3g muối Cách làm"], None, None),
          (["Rau muống nhặt và rửa sạch", "Làm nóng dầu trong chảo"], None, None)]),
        # a dash between the numbers of a range is no bullet
        ("Quốc hội đã nghe: - Ủy viên A trình bày báo cáo giai đoạn 2016 - 2020 về kế hoạch. - Phó Tổng Thư ký B trình bày dự thảo.",
         [(["Ủy viên A trình bày báo cáo giai đoạn 2016 - 2020 về kế hoạch", "Phó Tổng Thư ký B trình bày dự thảo"], None, None)]),
        # turns of a dialogue: a speaker before the colon, or a turn ending with a question mark
        ("Một thằng bạn đến dỗ dành tôi: - Ăn đi lấy sức mà làm. - Tao tức cái là không hiểu sao.", []),
        ("Về đến nhà thì gắt: - Sao không mang quà sang biếu bà? - Thì phải sắp xếp thời gian ra chợ mua chứ.", []),
        ("Cô gái bình tĩnh đáp: – Cháu ở biệt thự 20 tỷ nên thấy không quen lắm thật ạ. – Dạ, cháu cảm ơn bác ạ.", []),
    ],
)
def test_bulleted_lines_after_a_bare_colon(lists_nlp, text, expected):
    """``Nguyên liệu: - A - B``: a bare colon before bulleted lines the crawl ran together opens them, under a label
    that counts nothing; not the lines of a dialogue."""
    assert lists(lists_nlp, text) == expected


def test_step_markers_cut_the_steps_of_a_how_to(lists_nlp):
    text = ("Cách làm: Bước 1: Sơ chế rau và rửa sạch. Bước 2: Đồ xôi trong 30 phút. "
            "Bước 3: Tạo khuôn cho đẹp mắt. Chúc cả nhà thành công.")
    assert lists(lists_nlp, text) == [(["Sơ chế rau và rửa sạch", "Đồ xôi trong 30 phút",
                                         "Tạo khuôn cho đẹp mắt. Chúc cả nhà thành công"], None, None)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Bà phủ nhận liên quan đến việc thành lập hai quỹ phi lợi nhuận là Mir và K-Sports do bà Choi điều hành.",
         [(["Mir", "K-Sports"], 2, "hai quỹ")]),
        ("Tám thanh niên rủ hai bé gái là T.P.T (14 tuổi) và T.T.V (13 tuổi), vào nhà nghỉ ở thị trấn.",
         [(["T.P.T (14 tuổi)", "T.T.V (13 tuổi)"], 2, "hai bé")]),
    ],
)
def test_a_name_goes_on_past_a_hyphen_or_dot_between_capitals(lists_nlp, text, expected):
    assert lists(lists_nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ở thương hiệu Lexus, ngoại trừ 5 mẫu xe là GS200t, ES250, RX200t, NX200t và RC200t, các mẫu xe còn lại đều giảm giá.",
         [(["GS200t", "ES250", "RX200t", "NX200t", "RC200t"], 5, "5 mẫu xe")]),
        ("Gia đình có 5 mẫu ruộng ở xã Tân Lập. Ông trồng lúa.", []),  # an area of land, no count
    ],
)
def test_mau_before_a_noun_of_kind_counts_it(lists_nlp, text, expected):
    assert lists(lists_nlp, text) == expected


def test_a_breakdown_group_may_open_with_mot_and_ends_after_the_joining_va(lists_nlp):
    text = "3 người bị bắt giữ gồm 2 công dân Anh và một người gốc Việt có tên Plamen Nguyễn, 27 tuổi. Cảnh sát kiểm tra."
    assert lists(lists_nlp, text) == [(["2 công dân Anh", "một người gốc Việt có tên Plamen Nguyễn"], 3, "3 người")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Tỉnh đề ra 3 giải pháp chính là cải cách thủ tục, giảm chi phí và đào tạo nhân lực. Trong đó, cải cách là quan trọng nhất.",
         [(["cải cách thủ tục", "giảm chi phí", "đào tạo nhân lực"], 3, "3 giải pháp")]),
        ("Cảnh sát dùng 3 phương pháp chính để xác định nhân thân nạn nhân là hồ sơ nha khoa, dấu vân tay và ADN. Ông A nói.",
         [(["hồ sơ nha khoa", "dấu vân tay", "ADN"], 3, "3 phương pháp")]),
        # two pieces agree with a count of two by chance: "là" as a copula
        ("Cầu có chiều dài 2.290m bố trí đường sắt ở giữa, hai bên là đường dành cho xe cơ giới và người đi bộ.", []),
    ],
)
def test_noun_phrases_after_a_bare_la_as_many_as_the_count(lists_nlp, text, expected):
    assert lists(lists_nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Các ê-kíp đã ghép tạng cho 4 bệnh nhân từ nguồn tạng hiến gồm: một ca ghép tim, một ca ghép gan và hai ca ghép thận. "
         "Theo BS Lê Hữu Đạt, các bác sỹ phải chạy đua với thời gian.",
         [(["một ca ghép tim", "một ca ghép gan", "hai ca ghép thận"], 4, "4 bệnh nhân")]),
        ("Công an đã bắt giữ hai người gồm: Lăng Văn Vần (SN 1984, ở Lạng Sơn), Dương Minh Sáng (SN 1989, trú tại huyện Nhà Bè). "
         "Làm việc với cơ quan Công an, Vần cho biết đã mua ma túy.",
         [(["Lăng Văn Vần (SN 1984, ở Lạng Sơn)", "Dương Minh Sáng (SN 1989, trú tại huyện Nhà Bè)"], 2, "hai người")]),
        # the count is not yet made in its sentence: the next sentence's measure is its last member
        ("Bộ Y tế khuyến cáo 3 biện pháp phòng bệnh: rửa tay thường xuyên, đeo khẩu trang. Không khạc nhổ bừa bãi.",
         [(["rửa tay thường xuyên", "đeo khẩu trang", "Không khạc nhổ bừa bãi"], 3, "3 biện pháp")]),
    ],
)
def test_a_count_made_in_its_own_sentence_takes_no_sentence_after(lists_nlp, text, expected):
    assert lists(lists_nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Theo đó, 3 người đứng đầu các công ty thủy sản là bị cáo của vụ án gồm: Đặng Thị Ngợi (nguyên Giám đốc Xí nghiệp Ngọc Sinh), "
         "Nguyễn Tấn Hải (nguyên Tổng Giám đốc Công ty Việt Hải), Phan Xuân Minh (nguyên Giám đốc Công ty Minh Châu).",
         [(["Đặng Thị Ngợi (nguyên Giám đốc Xí nghiệp Ngọc Sinh)", "Nguyễn Tấn Hải (nguyên Tổng Giám đốc Công ty Việt Hải)",
            "Phan Xuân Minh (nguyên Giám đốc Công ty Minh Châu)"], 3, "3 người")]),
        # the introducer follows a nearer noun after the connector: its series, not the count's
        ("Ông chủ trì hơn 20 đề tài cấp nhà nước, cấp bộ, trong đó có một số dự án được ứng dụng trong thực tiễn như: "
         "“Nghiên cứu tiêu chuẩn chất lượng cho cam sành Hà Giang”; “Nghiên cứu công nghệ bảo quản vải tươi” tại Lục Ngạn.",
         [(["“Nghiên cứu tiêu chuẩn chất lượng cho cam sành Hà Giang”", "“Nghiên cứu công nghệ bảo quản vải tươi” tại Lục Ngạn"],
           None, "một số dự án")]),
        # no introducer before the first comma: the names follow the bare "là"
        ("Hai cầu thủ ghi bàn là Công Phượng và Thanh Trung.", [(["Công Phượng", "Thanh Trung"], 2, "Hai cầu thủ")]),
    ],
)
def test_members_after_a_connector_follow_the_introducer_that_opens_them(lists_nlp, text, expected):
    assert lists(lists_nlp, text) == expected


def test_members_end_before_the_next_count_and_its_introducer(lists_nlp):
    text = ("Bộ Y tế yêu cầu 3 Sở Y tế: Hải Phòng, Cần Thơ, Gia Lai và 2 bệnh viện Trung ương gồm: Hữu nghị Việt Đức, "
            "Bệnh viện Chợ Rẫy báo cáo về hiệu quả đầu tư.")
    assert lists(lists_nlp, text) == [(["Hải Phòng", "Cần Thơ", "Gia Lai"], 3, "3 Sở"),
                                      (["Hữu nghị Việt Đức", "Bệnh viện Chợ Rẫy"], 2, "2 bệnh viện")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # "6 điểm cộng trên" points back to the set already given: the list after "như:" has no count
        ("Ngoài 6 điểm cộng trên, Google còn khá nhiều thuận tiện khác như: tự động xóa thông báo, "
         "vuốt thông báo từ cạnh trên màn hình, có khả năng tùy chỉnh ứng dụng linh hoạt.",
         [(["tự động xóa thông báo", "vuốt thông báo từ cạnh trên màn hình", "có khả năng tùy chỉnh ứng dụng linh hoạt"],
           None, None)]),
        ("Tỉnh đề ra 3 giải pháp: cải cách thủ tục, giảm chi phí và đào tạo nhân lực.",
         [(["cải cách thủ tục", "giảm chi phí", "đào tạo nhân lực"], 3, "3 giải pháp")]),
    ],
)
def test_a_count_pointing_back_with_tren_announces_no_list_after_it(lists_nlp, text, expected):
    assert lists(lists_nlp, text) == expected


def test_one_name_in_parentheses_is_an_aside_and_the_numbered_lines_after_are_the_items(lists_nlp):
    text = ("Dưới đây là 6 điểm cộng của Google Pixel và iPhone (iPhone 6 Plus) theo tổng hợp từ trang công nghệ businessinsider.\n"
            "1. Google Pixel nhẹ hơn.\n2. Google Pixel có kích thước nhỏ hơn.\n3. Màn hình của Pixel đẹp hơn.")
    assert lists(lists_nlp, text) == [(["Google Pixel nhẹ hơn", "Google Pixel có kích thước nhỏ hơn", "Màn hình của Pixel đẹp hơn"],
                                       6, "6 điểm")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Hà Nội sẽ dừng hoạt động xe máy tại các quận nội thành theo 3 giai đoạn và phân loại theo khu vực (quận, huyện).", []),
        # a "và" joining two nouns keeps the parenthesis the trigger's
        ("Tỉnh chọn 5 xã và thị trấn (Tân Lập, Tân Phú, Phú Sơn, Đồng Tâm, Yên Bình) làm điểm.",
         [(["Tân Lập", "Tân Phú", "Phú Sơn", "Đồng Tâm", "Yên Bình"], 5, "5 xã")]),
    ],
)
def test_a_parenthesis_after_va_and_a_verb_belongs_to_the_other_clause(lists_nlp, text, expected):
    assert lists(lists_nlp, text) == expected
