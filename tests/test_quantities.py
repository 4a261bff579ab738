"""Quantities as the guidelines define them: span, value, unit, qualifier."""

import pytest


def quantities(extract, text):
    return [(q["text"], q["value"], q.get("value_max"), q["unit"], q["qualifier"]) for q in extract(text)["quantities"]]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Huyện có hơn 66.000 dân.", ("66.000", 66000, None, "dân", "gt")),
        ("Đảng bộ có trên 3.550 đảng viên.", ("3.550", 3550, None, "đảng viên", "gt")),
        ("Tỷ lệ đảng viên/dân số đạt trên 5,3%.", ("5,3%", 5.3, None, "%", "gt")),
        ("Tổng vốn 3.200 tỷ đồng.", ("3.200 tỷ", 3200000000000, None, "đồng", "exact")),
        ("Sản lượng 1,5 triệu tấn.", ("1,5 triệu", 1500000, None, "tấn", "exact")),
        ("Có 23 dân tộc thiểu số sinh sống.", ("23", 23, None, "dân tộc thiểu số", "exact")),
        ("Thu hút hàng nghìn người tham gia.", ("hàng nghìn", 1000, None, "người", "gte")),
        ("Giá xăng 26.000 đồng/lít.", ("26.000", 26000, None, "đồng/lít", "exact")),
        ("Diện tích 1.500ha lúa.", ("1.500ha", 1500, None, "ha", "exact")),
        ("Tăng trưởng 3-5% mỗi năm.", ("3-5%", 3, 5, "%", "exact")),
        ("Gần 200 hộ được hỗ trợ.", ("200", 200, None, "hộ", "approx")),
        ("Có khoảng 40 người.", ("40", 40, None, "người", "approx")),
        ("Tối đa 30 ngày.", ("30", 30, None, "ngày", "lte")),
        ("Còn dưới 10 hộ nghèo.", ("10", 10, None, "hộ nghèo", "lt")),  # issue 16: the qualifier names the kind
        ("Giao 04 nhiệm vụ trọng tâm.", ("04", 4, None, "nhiệm vụ", "exact")),
        ("Kết nạp hai mươi mốt đảng viên.", ("hai mươi mốt", 21, None, "đảng viên", "exact")),
        ("Tổng cộng 3 tỷ 200 triệu đồng.", ("3 tỷ 200 triệu", 3200000000, None, "đồng", "exact")),
        ("Đạt 5 phần trăm.", ("5 phần trăm", 5, None, "%", "exact")),
        ("Thu nhập trên 110 triệu đồng/người/năm.", ("110 triệu", 110000000, None, "đồng/người/năm", "gt")),
        ("Diện tích trồng màu 80– 100ha/vụ.", ("80– 100ha", 80, 100, "ha/vụ", "exact")),
        ("Giá trị đạt 230 triệu/ha/năm.", ("230 triệu", 230000000, None, "/ha/năm", "exact")),
        ("Giá trị sản xuất ước đạt 145 tỷ đồng.", ("145 tỷ", 145000000000, None, "đồng", "approx")),
        ("Thời gian từ 3 đến 5 năm.", ("3 đến 5", 3, 5, "năm", "exact")),
        ("Kết nạp từ 3% trở lên.", ("3%", 3, None, "%", "gte")),
        ("Đảng bộ có tổng số 5.356 đảng viên.", ("5.356", 5356, None, "đảng viên", "exact")),
        ("Trong số 3.401 đảng viên được tặng.", ("3.401", 3401, None, "đảng viên", "exact")),
        ("Hải Phòng 57 học sinh đoạt giải.", ("57", 57, None, "học sinh", "exact")),
        ("Đạt bình quân 13,45 tiêu chí/xã.", ("13,45", 13.45, None, "tiêu chí/xã", "exact")),
        ("Phấn đấu đến cuối năm 2 xã Bình Sơn và Hiệp Hòa về đích.", ("2", 2, None, "xã", "exact")),
        ("Giá 1.500.000đ một suất.", ("1.500.000đ", 1500000, None, "đ", "exact")),
    ],
)
def test_quantity_record(extract, text, expected):
    assert expected in quantities(extract, text)


@pytest.mark.parametrize(
    "text",
    [
        "Hội nghị lần thứ 13 của Ban Chấp hành.",
        "Thực hiện Nghị quyết số 21-NQ/TW của Bộ Chính trị.",
        "Xe chạy trên Quốc lộ 4D.",
        "Anh đoạt giải Ba môn Toán.",
        "Lúc 9h58, đoàn đến nơi.",
        "Phòng họp ở tầng 9.",
        "Một số cấp ủy chưa sát thực tế.",
        "Đây là một trong những giải pháp.",
        "0:00 / 0:00\nNội dung bài.",
        "Ngày 19/8/2022 khai mạc.",
        "Phòng chống dịch COVID-19 hiệu quả.",
        "Học sinh đoạt giải Nhất, Nhì, Ba trong kỳ thi.",
        "HLV đã không triệu tập tiền đạo này.",
    ],
)
def test_not_a_quantity(extract, text):
    assert quantities(extract, text) == []


def test_fraction_is_two_quantities(extract):
    assert [q[1] for q in quantities(extract, "Có 41/81 tỉnh hoàn thành.")] == [41, 81]


def test_seed_article_quantities_match_gold(corpus_outputs, seed_gold):
    predicted = {(q["start"], q["end"], q["value"]) for q in corpus_outputs["000_a3837a240afc45cb"]["quantities"]}
    gold = {(q["start"], q["end"], q["value"]) for q in seed_gold["quantities"]}
    assert predicted == gold


@pytest.mark.parametrize(
    "text, expected",
    [
        # stacked multipliers multiply; groups add (issue 16: 250 nghìn tỷ was 1,000,250,000)
        ("Dự án 250 nghìn tỷ đồng.", [("250 nghìn tỷ", 250000000000000, None, "đồng", "exact")]),
        ("Có hàng trăm nghìn người.", [("hàng trăm nghìn", 100000, None, "người", "gte")]),
        ("Thiệt hại hàng chục tỷ đồng.", [("hàng chục tỷ", 10000000000, None, "đồng", "gte")]),
        # the multiplier after a range's high end scales a bare low end
        ("Lương 80-95 triệu đồng mỗi tháng.", [("80-95 triệu", 80000000, 95000000, "đồng", "exact")]),
        ("Khoảng 2 triệu - 3 triệu đồng.", [("2 triệu - 3 triệu", 2000000, 3000000, "đồng", "approx")]),
        # a "range" whose high end is not above its low end is two numbers
        ("Đội thắng 9-3 trong trận chung kết.", [("9", 9, None, None, "exact"), ("3", 3, None, None, "exact")]),
        # a score is two numbers even when its high end is above its low end: after a score word, between two names
        ("Đội khách rút ngắn tỷ số xuống còn 2-4 cho đội nhà.", [("2", 2, None, None, "exact"), ("4", 4, None, None, "exact")]),
        ("Tỷ số chung cuộc: Bologna 0-1 AC Milan.", [("0", 0, None, None, "exact"), ("1", 1, None, None, "exact")]),
        ("Đội thua 1-2 trên sân khách.", [("1", 1, None, None, "exact"), ("2", 2, None, None, "exact")]),
        # a score that could be a day-month ends its sentence: the date stage leaves it alone
        ("Phút 37, đội khách rút ngắn tỷ số xuống còn 3-7.", [("3", 3, None, None, "exact"), ("7", 7, None, None, "exact")]),
        ("Arsenal hòa Everton 1-1.", [("1", 1, None, None, "exact"), ("1", 1, None, None, "exact")]),
        ("Bologna 0-1 AC Milan là kết quả trận đấu.", [("0", 0, None, None, "exact"), ("1", 1, None, None, "exact")]),
        # a results line: a colon after the first team, the next team's name is no unit
        ("Cao Bằng - Thái Sơn Bắc: 1-1 Sanna Khánh Hòa - Thái Sơn Nam: 3-9 Sài Gòn FC",
         [("1", 1, None, None, "exact"), ("1", 1, None, None, "exact"), ("3", 3, None, None, "exact"), ("9", 9, None, None, "exact")]),
        ("Mỗi nhóm có 3-5 người tham gia.", [("3-5", 3, 5, "người", "exact")]),
        ("Mỗi tuần chị gửi con tới 2-3 buổi.", [("2-3", 2, 3, "buổi", "exact")]),
        # a multiple word after a comparison verb: a quantity with no unit
        ("Diện tích rộng gấp đôi và dân số cũng gần gấp đôi.", [("đôi", 2, None, None, "exact"), ("đôi", 2, None, None, "approx")]),
        ("Sản lượng tăng gấp rưỡi so với năm trước.", [("rưỡi", 1.5, None, None, "exact")]),
    ],
)
def test_values_a_database_can_trust(extract, text, expected):
    assert quantities(extract, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a dash pair the high end's multiplier does not make a range: the low end keeps its own value (a model's)
        ("Đồng hồ Patek Philippe Calibre 89 - 6 triệu USD.", [("6 triệu", 6000000, None, "USD", "exact")]),
        ("Mẫu xe Vespa Primavera 150 - 70 triệu đồng.", [("70 triệu", 70000000, None, "đồng", "exact")]),
    ],
)
def test_dash_pair_without_a_range(extract, text, expected):
    assert quantities(extract, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Giá vàng được niêm yết ở mức 36,25 - 36,47 triệu đồng/lượng (mua vào - bán ra).",
         [("36,25", 36250000, None, "đồng/lượng", "exact"), ("36,47 triệu", 36470000, None, "đồng/lượng", "exact")]),
        ("Mức giá này giảm 850 - 400 nghìn đồng/lượng (mua - bán).",
         [("850", 850000, None, "đồng/lượng", "exact"), ("400 nghìn", 400000, None, "đồng/lượng", "exact")]),
        # the article has named the sides once: its later pairs of that unit are prices too, but not a range with "từ"
        ("Giá mở cửa ở mức 36,25 - 36,47 triệu đồng/lượng (mua vào - bán ra). Cuối phiên giá ở mức 36,16-36,38 triệu đồng/lượng. "
         "Giá vàng giảm từ 300.000 – 400.000 đồng/lượng.",
         [("36,25", 36250000, None, "đồng/lượng", "exact"), ("36,47 triệu", 36470000, None, "đồng/lượng", "exact"),
          ("36,16", 36160000, None, "đồng/lượng", "exact"), ("36,38 triệu", 36380000, None, "đồng/lượng", "exact"),
          ("300.000 – 400.000", 300000, 400000, "đồng/lượng", "exact")]),
        ("Giá xe từ 80-95 triệu đồng.", [("80-95 triệu", 80000000, 95000000, "đồng", "exact")]),  # no sides named: a range
    ],
)
def test_buying_and_selling_prices_are_two_quantities(extract, text, expected):
    """Guidelines: value_max only for ranges; a buying and a selling price are two amounts (numerals.json, two_sided)."""
    assert quantities(extract, text) == expected


def record_and_kinds(text):
    """The quantities of ``text`` as (text, value, value_max, unit, qualifier) and the kinds of the numerals left out."""
    import pipeline
    from pipeline.output import doc_to_record

    doc = pipeline.process(text)
    found = [(q["text"], q["value"], q.get("value_max"), q["unit"], q["qualifier"]) for q in doc_to_record(doc)["quantities"]]
    return found, {span.label_ for span in doc.spans["not_quantities"]}


# issue 16: each kind of non-amount (``not_quantity`` in data/numerals.json) with the whole list of
# quantities expected from the sentence: what the rule removes and what it must leave alone.
EXCLUSIONS = [
    ("clock_time", "Cuộc họp bắt đầu lúc 9 giờ 00 phút sáng nay.", []),
    ("clock_time", "Đến 15 giờ 45 phút, đám cháy được dập tắt.", []),
    ("clock_time", "HÀ NỘI 07:15 Thứ Hai (GMT+7)", []),
    ("clock_time", "Khoảng 8 giờ 45 phút, 14 người lên tàu.", [("14", 14, None, "người", "exact")]),
    ("clock_time", "Vào hồi 8 giờ ngày 2/7, tổ công tác bắt 5 đối tượng.", [("5", 5, None, "đối tượng", "exact")]),
    ("clock_time", "Đẹp nhất vào khoảng 10 giờ đến 11 giờ trưa.", []),
    ("match_minute", "Bàn thắng của Quốc Nam (22’) và Thái Huy (23’).", []),
    ("match_minute", "Phút 37, Đình Thanh rút ngắn cách biệt; trận đấu kéo dài 40 phút.", [("40", 40, None, "phút", "exact")]),
    ("legal_reference", "Theo Điều 5, 17, 31 của Luật Đất đai, người dân có quyền.", []),
    ("legal_reference", "Theo Khoản 2 Điều 8 Nghị định, doanh nghiệp phải nộp phạt.", []),
    ("legal_reference", "Hành vi vi phạm điểm a khoản 3 Điều 5 của Luật.", []),
    ("legal_reference", "Mục 8, Chương II quy định 3 trường hợp.", [("3", 3, None, "trường hợp", "exact")]),
    ("document_number", "Sở thực hiện theo phương án 279 rất nghiêm.", []),  # "Nghị quyết 39 là": a MISC entity now
    ("document_number", "Tàu cá đóng theo nghị định 67 bị hư hỏng.", []),
    ("document_number", "Hồ sơ theo mẫu 3110/UBND-KGVX được gửi về.", []),
    ("web_address", "Nguồn: https://www.newsbud.com/2017/04/30/saudi-arabia", []),
    ("digit_code", "Số tài khoản: 0011002643148 tại ngân hàng.", []),
    ("chainage", "Tai nạn xảy ra tại Km12+350 quốc lộ 1A.", []),
    ("chainage", "Xe chạy đến khu vực cầu Rong (Km474 + 500) thì dừng.", []),
    ("grade_or_model", "Giá xăng RON 95 tăng 500 đồng/lít.", [("500", 500, None, "đồng/lít", "exact")]),
    ("grade_or_model", "Thiết kế của phiên bản 8 dường như được chứng thực.", []),  # "iPhone 8" is a product entity first
    ("grade_or_model", "Động cơ đáp ứng tiêu chuẩn khí thải Euro 6 mới.", []),
    ("batch_or_round", "Đây là đợt 2 của chương trình hỗ trợ.", []),
    ("batch_or_round", "Sau phiên xét xử sơ thẩm lần 2, bị cáo kháng cáo.", []),
    ("batch_or_round", "Giai đoạn 2 sẽ triển khai các tuyến vận chuyển liên tỉnh.", []),
    ("batch_or_round", "Công Phượng chơi tốt trong hiệp hai và ghi 1 bàn.", [("1", 1, None, "bàn", "exact")]),
    ("list_marker", "Ba là, tăng cường công tác kiểm tra.", []),
    ("list_marker", "Đàn bò đã là 4,2 triệu con. Hai là, cơ cấu thực phẩm thay đổi.", [("4,2 triệu", 4200000, None, "con", "exact")]),
    ("calendar", "Doanh thu tăng 15% so với 2015.", [("15%", 15, None, "%", "exact")]),
    ("calendar", "Nga can thiệp bầu cử tổng thống Mỹ 2016 và 2015 người dân xuống đường.", [("2015", 2015, None, "người dân", "exact")]),
    ("calendar", "Ngôi chùa được xây từ cuối thế kỷ 13.", []),
    ("calendar", "Real Madrid bước vào mùa 2017/18 với 3 tân binh.", [("3", 3, None, "tân binh", "exact")]),
    ("vague_amount", "Bộ tìm phương án xử lý 12 dự án nghìn tỷ thua lỗ.", [("12", 12, None, "dự án", "exact")]),
    ("dotted_date", "Chiều 6.2, Ban tổ chức lễ hội họp báo.", []),
    ("dotted_date", "Phiên giao dịch ngày 12.6 giá vàng tăng 0,5%.", [("0,5%", 0.5, None, "%", "exact")]),
    ("batch_or_round", "Hội nghị lần thứ 13 của Ban Chấp hành.", []),
    ("batch_or_round", "Phải mất lúc, đội hình 2 của U22 Việt Nam mới nóng máy.", []),
    ("document_number", "Tổ công tác số 2 phương án 279 đã phá thành công chuyên án.", []),
    ("ordinal_or_position", "Phòng họp ở tầng 9, số 21 phố Huế.", []),
    ("ordinal_or_position", "Đăng ký thường trú: Phòng 417, nhà B1.", []),
    ("match_minute", "Neymar ghi bàn ở các phút 25, 67 và 71 của trận đấu.", []),
    ("dotted_date", "Sáng 11.5, vụ việc xảy ra. Sáng nay, 13.5, công an cho biết đã bắt Dung từ đêm qua (12.5).", []),
    ("list_marker", "Chiếc đồng hồ được bán 1 năm trước. 4. Đồng hồ Patek Philippe", [("1", 1, None, "năm", "exact")]),
    # issue 16: a bare number right after a noun or a name names or ranks it
    ("after_noun", "Hải quân Vùng 3 và thủy thủ trên tàu sẽ giao lưu.", []),
    ("after_noun", "Tàu mang tên lửa Harpoon Block 2, pháo Mk 45 127mm.", [("127mm", 127, None, "mm", "exact")]),
    ("after_noun", "HMAS Ballarat mang hô hiệu 155 là tàu hộ vệ.", []),
    ("after_noun", "Thẻ SD phải là thẻ tốc độ cao (Class 10).", []),
    ("plate_number", "Chiếc taxi mang BKS: 36A - 141.54 mở bung 2 cánh cửa.", [("2", 2, None, "cánh cửa", "exact")]),
    # before a comma and its ward the address is an entity (LOC "15 Phạm Minh Đức"), whose number no quantity reads
    ("street_address", "Bà Dung (hộ khẩu tại 15 Phạm Minh Đức) bị bắt.", []),
    ("unit_exponent", "Nhà máy rộng 12.032 m 2 tại khu công nghệ cao.", [("12.032", 12032, None, "m 2", "exact")]),
    ("street_address", "Đám cháy bốc lên từ 970 đường Láng đúng vào giờ cao điểm.", []),
    ("date_in_name", "Lễ hội diễn ra tại quảng trường 2/4 vào lúc 20h tối nay.", []),
    ("version_number", "Máy sẽ được nâng cấp lên Android 8.0 lúc phát hành chính thức.", []),
    ("version_number", "Ứng dụng iOS 11.2.1 nặng 1,5 MB.", [("1,5", 1.5, None, "MB", "exact")]),
    ("model_year", "Hãng ra mắt mẫu crossover Nissan X-Trail 2017 bản nâng cấp tại thị trường.", []),
]


@pytest.mark.parametrize("kind, text, expected", EXCLUSIONS)
def test_exclusion_kind(extract, kind, text, expected):
    found, kinds = record_and_kinds(text)
    assert found == expected
    assert kind in kinds


def test_an_abbreviated_district_is_no_quantity(extract):
    """"Q.9" is quận 9: the entity stage reads it as a place, the quantities stage as a position, never an amount."""
    found, _ = record_and_kinds("Ông Thăng phấn khởi khi lãnh đạo Q.9 báo cáo kết quả.")
    assert found == []


def test_every_exclusion_kind_is_documented_and_tested():
    from pipeline.numerals import vocabulary

    table = vocabulary()["not_quantity"]
    kinds = {kind for kind, entry in table.items() if isinstance(entry, dict)}
    assert all(table[kind].get("_doc") for kind in kinds)
    assert kinds == {kind for kind, _, _ in EXCLUSIONS}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a bare-numeral rule leaves an amount alone: a multiplier or percent makes it one
        ("Tỉnh cấp 3 tỷ đồng cho dự án.", [("3 tỷ", 3000000000, None, "đồng", "exact")]),
        # a rule marked unless_counted leaves a number that counts something: a duration, a count after a verb
        ("Thời gian sử dụng là 10 giờ 35 phút.", [("10", 10, None, "giờ", "exact"), ("35", 35, None, "phút", "exact")]),
        ("Hội nghị quyết định 3 vấn đề lớn.", [("3", 3, None, "vấn đề", "exact")]),
        ("Học sinh phải hoàn thành trong vòng 24 tháng.", [("24", 24, None, "tháng", "exact")]),
        ("Giá trị được định mức vào khoản 99 triệu bảng.", [("99 triệu", 99000000, None, "bảng", "exact")]),
        # a phrase the segmenter glued into a name or a longer word claims the number only when nothing counted follows
        ("Hải Phòng 57 học sinh đoạt giải.", [("57", 57, None, "học sinh", "exact")]),
        ("Trận Hà Nội – Hải Phòng 2-0 trên sân Hàng Đẫy.", [("2", 2, None, None, "exact"), ("0", 0, None, None, "exact")]),
        ("Hợp tác giữa Bộ Quốc phòng hai nước.", [("hai", 2, None, "nước", "exact")]),
        ("Bán được doanh số 150 xe trong tháng.", [("150", 150, None, "xe", "exact")]),
        ("Thí sinh dự thi với thời gian làm bài 50 phút.", [("50", 50, None, "phút", "exact")]),
        ("Thiệt hại do bão số 11 năm 2013 rất lớn.", []),  # "năm" of a date counts nothing
        ("Mô-men xoắn 13,7 Nm tại 7000 vòng/phút 13,8 Nm tại 8500 vòng/phút.",
         [("13,7", 13.7, None, "Nm", "exact"), ("7000", 7000, None, "vòng/phút", "exact"),
          ("13,8", 13.8, None, "Nm", "exact"), ("8500", 8500, None, "vòng/phút", "exact")]),  # a rate's "phút" is no minute
        # a quote closing a range is no minute mark
        ("Nhận định: 'Dao động trong khoảng 764-770'", [("764-770", 764, 770, None, "approx")]),
        ("Sử dụng Bằng cấp 3 của người khác.", []),
        # after a noun a number still counts: after a qualifier, with a unit or a symbol after it, as a fraction, a score
        ("Tổ chức ước tính có khoảng 7.200 trẻ vị thành niên bị hãm hiếp.", [("7.200", 7200, None, None, "approx")]),
        ("Lượng mưa ở Cầu Giấy 43,6 mm, Nam Từ Liêm 61,1 mm.", [("43,6", 43.6, None, "mm", "exact"), ("61,1", 61.1, None, "mm", "exact")]),
        ("Camera sau độ phân giải 13 MP với nhiều hiệu ứng.", [("13", 13, None, "MP", "exact")]),
        ("Nhà máy chịu trách nhiệm 2/3 chi phí sửa chữa.", [("2", 2, None, "chi phí", "exact"), ("3", 3, None, "chi phí", "exact")]),
        ("Atletico bị đánh bại với tỉ số 1-3 trên sân nhà.", [("1", 1, None, None, "exact"), ("3", 3, None, None, "exact")]),
        ("Ai muốn chạy với giá 150.000 lên sân bay thì cứ việc.", [("150.000", 150000, None, None, "exact")]),
        ("Xe có mô-men xoắn cực đại 174 Nm tại vòng tua máy cao.", [("174", 174, None, "Nm", "exact")]),
        ("Việc xác định thang điểm 10 hay 30 do các trường quyết.", [("10", 10, None, "điểm", "exact"), ("30", 30, None, "điểm", "exact")]),
        # a count of streets, a fraction before its noun, a count of a year's size not after a name
        ("Xã có 3 tuyến đường mới và 2 phố đi bộ.", [("3", 3, None, "tuyến đường", "exact"), ("2", 2, None, "phố", "exact")]),
        ("Dự án thu hồi đất của 2/3 hộ dân.", [("2", 2, None, "hộ dân", "exact"), ("3", 3, None, "hộ dân", "exact")]),
        ("Ông nói rằng 2015 người dân đã xuống đường.", [("2015", 2015, None, "người dân", "exact")]),
        ("Xe Chevrolet Spark bản LS 1.2L số sàn giá 339 triệu đồng.",
         [("1.2L", 1.2, None, "L", "exact"), ("339 triệu", 339000000, None, "đồng", "exact")]),
        ("Máy có màn hình OLED 5.8 inch, viền siêu mỏng.", [("5.8", 5.8, None, "inch", "exact")]),
        ("Bộ phim Hacksaw Ridge (Imdb 8.5/10) rất khốc liệt.", [("8.5", 8.5, None, None, "exact"), ("10", 10, None, None, "exact")]),
        ("Sản phẩm là sự kết hợp của 3 dòng 1299 Panigale, Panigale R.", [("3", 3, None, "dòng", "exact")]),
        ("Statistics: 13 Phạm lỗi 14 7 Phạt góc 9", [("13", 13, None, "Phạm lỗi", "exact"), ("14", 14, None, "Phạm lỗi", "exact"),
                                                  ("7", 7, None, "Phạt góc", "exact"), ("9", 9, None, "Phạt góc", "exact")]),
    ],
)
def test_exclusion_leaves_amounts(extract, text, expected):
    assert quantities(extract, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "năm" after a number word is the noun "year" unless another number word follows (five after tens is "lăm")
        ("Sau hơn hai năm gửi đơn kiện.", [("hai", 2, None, "năm", "gt")]),
        ("Vì lợi ích mười năm thì phải trồng cây.", [("mười", 10, None, "năm", "exact")]),
        ("Lợi ích trăm năm thì phải trồng người.", []),
        ("Có ba trăm năm mươi người và một trăm linh năm hộ.",
         [("ba trăm năm mươi", 350, None, "người", "exact"), ("một trăm linh năm", 105, None, "hộ", "exact")]),
        ("Bị phạt tù từ mười hai năm đến hai mươi năm.", [("mười hai", 12, None, "năm", "exact"), ("hai mươi", 20, None, "năm", "exact")]),
        # a group of zero hundreds written out ("không trăm triệu") adds nothing: it does not multiply the billions
        ("Số tiền bằng chữ: hai tỷ không trăm triệu đồng.", [("hai tỷ không trăm triệu", 2000000000, None, "đồng", "exact")]),
        ("Giá trị hợp đồng là ba tỷ không trăm năm mươi triệu đồng.",
         [("ba tỷ không trăm năm mươi triệu", 3050000000, None, "đồng", "exact")]),
        # a multiplier in title case starts the next sentence of a crawl that lost its full stop
        ("Souza ghi bàn ở giây thứ 11 Tỉ số 1-0 được giữ.", [("1", 1, None, None, "exact"), ("0", 0, None, None, "exact")]),  # a score: notes 26
    ],
)
def test_word_numerals_and_multipliers(extract, text, expected):
    assert quantities(extract, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # issue 16: the unit is the shortest phrase that still names the thing counted, from the words and tags of
        # the words stage: a general head takes the modifier that says which kind
        ("Tỉnh mở 5 lớp bồi dưỡng cho cán bộ.", [("5", 5, None, "lớp bồi dưỡng", "exact")]),
        ("Khối tổ chức 2 lớp bồi dưỡng lý luận chính trị.", [("2", 2, None, "lớp", "exact")]),
        ("Đoàn giành 3 huy chương vàng, 2 huy chương bạc.",
         [("3", 3, None, "huy chương vàng", "exact"), ("2", 2, None, "huy chương bạc", "exact")]),
        ("Xã còn 120 hộ cận nghèo và 45 hộ nghèo.", [("120", 120, None, "hộ cận nghèo", "exact"), ("45", 45, None, "hộ nghèo", "exact")]),
        ("Tỉnh có 30 xã đặc biệt khó khăn.", [("30", 30, None, "xã đặc biệt khó khăn", "exact")]),
        ("Thái Sơn Nam liên tiếp có 3 bàn thắng.", [("3", 3, None, "bàn thắng", "exact")]),
        ("Thí sinh phải thực hiện đủ 3 vòng thi.", [("3", 3, None, "vòng thi", "exact")]),
        ("Yên Tử sẽ đón trên 2 triệu lượt khách tham quan.", [("2 triệu", 2000000, None, "lượt khách", "gt")]),
        ("Buýt nhanh đã chạy 1.432 lượt vận chuyển.", [("1.432", 1432, None, "lượt", "exact")]),
        ("Công an thu giữ 40 bánh heroin.", [("40", 40, None, "bánh heroin", "exact")]),
        ("Gồm 6 tộc người thiểu số.", [("6", 6, None, "tộc người thiểu số", "exact")]),
        ("Có 21 xe đẩy lưới, xe tải 8 tấn.", [("21", 21, None, "xe đẩy lưới", "exact"), ("8", 8, None, "tấn", "exact")]),
        ("Có 5 xe tham gia diễu hành.", [("5", 5, None, "xe", "exact")]),
        ("Nhiều người từ hai xe lao ra.", [("hai", 2, None, "xe", "exact")]),
        ("Anh ghi 5 bàn thắng giúp đội bóng thắng.", [("5", 5, None, "bàn thắng", "exact")]),
        # and stops before what belongs to something else: a possessor, a series of modifiers, a date, a verb
        ("Chiếm hơn 1/3 dân số nước này.", [("1", 1, None, "dân số", "gt"), ("3", 3, None, "dân số", "exact")]),
        # not a phrase raw text counts after numbers (data/unit_collocations.json phrases): the demonstrative ends it
        ("Tuy nhiên 2 quả bom này lại không có ngòi nổ.", [("2", 2, None, "quả bom", "exact")]),
        ("Hết giờ làm việc, 2 người bạn này đã đến nhà Anna.", [("2", 2, None, "người bạn", "exact")]),
        ("Xây dựng được 123/128 chi bộ thôn, làng, tổ dân phố.", [("123", 123, None, "chi bộ", "exact"), ("128", 128, None, "chi bộ", "exact")]),
        ("Còn 2 sở năm 2013 còn thừa.", [("2", 2, None, "sở", "exact")]),
        # the factors of a size written as a product take the unit after the last (data: dimension_signs)
        ("Các cạnh của iPhone 6 Plus lần lượt là 158,1 x 77,8 x 7,1mm.",
         [("158,1", 158.1, None, "mm", "exact"), ("77,8", 77.8, None, "mm", "exact"), ("7,1mm", 7.1, None, "mm", "exact")]),
        ("Có kích thước khoảng 17 x 12 cm, cân nặng vào khoảng 20 kg.",
         [("17", 17, None, "cm", "approx"), ("12", 12, None, "cm", "exact"), ("20", 20, None, "kg", "approx")]),
        ("Màn hình độ phân giải 1440 x 2560 pixel.", [("1440", 1440, None, "pixel", "exact"), ("2560", 2560, None, "pixel", "exact")]),
        # a unit symbol in Latin letters ends at itself where the segmenter glued a Vietnamese syllable to it
        ("Máy sở hữu màn hình 5,5 inch độ phân giải cao.", [("5,5", 5.5, None, "inch", "exact")]),
        ("Camera sau 13 MP khẩu độ lớn, tích hợp công nghệ mới.", [("13", 13, None, "MP", "exact")]),
        # an abbreviated body with its level is whose the thing counted is (data: unit_body_levels)
        ("Kỳ họp khai mạc với sự tham gia của 84 đại biểu HĐND tỉnh.", [("84", 84, None, "đại biểu", "exact")]),
        ("Trong 67 hồ sơ BHXH tỉnh đề nghị khởi kiện có 5 hồ sơ bị trả về.",
         [("67", 67, None, "hồ sơ", "exact"), ("5", 5, None, "hồ sơ", "exact")]),
        ("Là nơi sinh sống của hàng trăm loài chim quý hiếm như cò.", [("hàng trăm", 100, None, "loài chim", "gte")]),
        # percentages of an aggregate and rates keep what is written after them (notes, 10: an implicit currency stays implicit)
        ("Du lịch đóng góp 7% GRDP của tỉnh.", [("7%", 7, None, "% GRDP", "exact")]),
        ("Lãi suất 3%/năm cho vay.", [("3%", 3, None, "%/năm", "exact")]),
        ("Ngân sách chi 50.000 tỷ/năm cho giáo dục.", [("50.000 tỷ", 50000000000000, None, "/năm", "exact")]),
        ("Mức thu phí 7.500.000 đồng/học sinh/tháng.", [("7.500.000", 7500000, None, "đồng/học sinh/tháng", "exact")]),
        # compounds the segmenter or tagger cuts in two (data: unit_compounds), and a word glued across a capital
        ("Chương trình triển khai tại 63 tỉnh, thành phố trên cả nước.", [("63", 63, None, "tỉnh, thành phố", "exact")]),
        ("Đảng bộ hiện có 45 chi, đảng bộ trực thuộc.", [("45", 45, None, "chi, đảng bộ", "exact")]),
        ("Mạng xã hội này có 30 triệu người dùng ở Việt Nam.", [("30 triệu", 30000000, None, "người dùng", "exact")]),
        ("Nước này đã đón 2 triệu người nhập cư tìm kiếm việc làm.", [("2 triệu", 2000000, None, "người nhập cư", "exact")]),
        ("Công an thu giữ 2 xe ô tô, 3 xe máy.", [("2", 2, None, "xe ô tô", "exact"), ("3", 3, None, "xe máy", "exact")]),
        ("Bộ trang sức có 3 viên đá quý Ruby sao.", [("3", 3, None, "viên đá quý", "exact")]),
        # an event classifier takes the event after it, not a verb of occurrence
        ("Lực lượng chức năng phát hiện 120 vụ trộm cắp điện.", [("120", 120, None, "vụ trộm cắp điện", "exact")]),
        ("Trường nhận ba khoản tài trợ với tổng trị giá lớn.", [("ba", 3, None, "khoản tài trợ", "exact")]),
        ("Đội thắng nhờ 2 pha làm bàn của Công Phượng.", [("2", 2, None, "pha làm bàn", "exact")]),
        ("Trên địa bàn có 3 vụ xảy ra trong đêm.", [("3", 3, None, "vụ", "exact")]),
        # a prize keeps its capitalised class; the names of the things counted stay out
        ("Ban tổ chức trao 1 giải Đặc biệt, 20 giải Khuyến khích.",
         [("1", 1, None, "giải Đặc biệt", "exact"), ("20", 20, None, "giải Khuyến khích", "exact")]),
        ("Thí sinh làm bài thi viết 2 môn Ngữ văn, Toán theo quy định.", [("2", 2, None, "môn", "exact")]),
        # a currency the segmenter glued to the next syllable after an amount
        ("Du khách bị trừ 683 triệu đồng bằng hình thức quẹt thẻ.", [("683 triệu", 683000000, None, "đồng", "exact")]),
        # ranges in words are one range
        ("Cử bốn đến sáu cán bộ tham gia.", [("bốn đến sáu", 4, 6, "cán bộ", "exact")]),
        # a multiplier after the high end of a range in words is shared by the bare low end
        ("Hiện có từ năm đến bảy triệu người thuộc nhóm này.", [("năm đến bảy triệu", 5000000, 7000000, "người", "exact")]),
        ("Có từ hai đến ba nghìn người dự lễ.", [("hai đến ba nghìn", 2000, 3000, "người", "exact")]),
        # a product of decimals is the value as written, not a float's neighbour
        ("Tổng mức đầu tư dự kiến 1,1 triệu tỷ đồng.", [("1,1 triệu tỷ", 1100000000000000, None, "đồng", "exact")]),
        ("Có 50% thí sinh chỉ đăng ký từ một đến ba nguyện vọng.",
         [("50%", 50, None, "%", "exact"), ("một đến ba", 1, 3, "nguyện vọng", "exact")]),
        # the days a date names, a number word glued after a unit, a unit of two words, a pronoun after the head
        ("Ông Tập Cận Bình đang thăm Nga trong 2 ngày 3-4/7.", [("2", 2, None, "ngày", "exact")]),
        ("Nếu xăng tăng theo đúng công thức 15 ngày một lần thì giá biến động.", [("15", 15, None, "ngày", "exact")]),
        ("Khi bé sốt 39 độ C, bác sĩ đưa vào phòng cấp cứu.", [("39", 39, None, "độ C", "exact")]),
        ("Tỷ phú khuyên theo đuổi cả ba lĩnh vực ông nêu ra.", [("ba", 3, None, "lĩnh vực", "exact")]),
        ("Chiếc taxi mở bung 2 cánh cửa xe phía sau khi chạy.", [("2", 2, None, "cánh cửa xe", "exact")]),
        # a counted noun the tagger calls a verb after the number is a noun where the article tags it so elsewhere
        ("Sỹ quan, thủy thủ đã cập cảng. Có 29 sĩ quan và 159 thủy thủ trên tàu.",
         [("29", 29, None, "sĩ quan", "exact"), ("159", 159, None, "thủy thủ", "exact")]),
    ],
)
def test_unit_names_the_thing_counted(extract, text, expected):
    assert quantities(extract, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a statistics table flattened into the text: each row's label is the unit of both its figures
        ("Thống kê: 12(4) Dứt điểm 9(2) 11 Phạm lỗi 15 6 Phạt góc 3 58% Kiểm soát bóng 42%",
         [("12", 12, None, "Dứt điểm", "exact"), ("4", 4, None, "Dứt điểm", "exact"), ("9", 9, None, "Dứt điểm", "exact"),
          ("2", 2, None, "Dứt điểm", "exact"), ("11", 11, None, "Phạm lỗi", "exact"), ("15", 15, None, "Phạm lỗi", "exact"),
          ("6", 6, None, "Phạt góc", "exact"), ("3", 3, None, "Phạt góc", "exact"), ("58%", 58, None, "%", "exact"),
          ("42%", 42, None, "%", "exact")]),
        # one "number Label number" in prose is no table
        # (a capitalised word in prose is no unit: test_capitalised_word_is_no_unit)
        ("Đội có 3 Thẻ vàng 2 cầu thủ bị treo giò.", [("3", 3, None, None, "exact"), ("2", 2, None, "cầu thủ", "exact")]),
    ],
)
def test_statistics_table_rows(extract, text, expected):
    assert quantities(extract, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "một" counts a duration that a word around it makes one, "only one", or one of a count just before it
        ("Ông đến thăm một ngày sau khi nhậm chức.", [("một", 1, None, "ngày", "exact")]),
        ("Triển lãm kéo dài trong một tháng.", [("một", 1, None, "tháng", "exact")]),
        ("Trong hơn một năm qua, tỉnh đã làm được nhiều việc.", [("một", 1, None, "năm", "gt")]),
        ("Cách đây chưa đầy một năm, dự án khởi công.", [("một", 1, None, "năm", "lt")]),
        ("Thí sinh chỉ trúng tuyển một nguyện vọng cao nhất.", [("một", 1, None, "nguyện vọng", "exact")]),
        ("Trường nhận hai khoản tài trợ: một khoản 7 triệu USD và một khoản 8 triệu USD.",
         [("hai", 2, None, "khoản tài trợ", "exact"), ("một", 1, None, "khoản", "exact"), ("7 triệu", 7000000, None, "USD", "exact"),
          ("một", 1, None, "khoản", "exact"), ("8 triệu", 8000000, None, "USD", "exact")]),
        # and not as an article, a partitive, "per" or "once"
        ("Một ngày, anh gặp lại cô ấy trên phố.", []),
        ("Rồi một ngày nào đó mọi chuyện sẽ khác.", []),
        ("Vé có giá 870 USD một người.", [("870", 870, None, "USD", "exact")]),
        ("Cứ một tuần bé được truyền thuốc.", []),
        ("Trường mầm non là một nhóm lớp do phường cấp phép.", []),
        ("Bài viết ám chỉ một sự thay đổi chính sách.", []),
        ("Một số cán bộ chưa sát thực tế.", []),
    ],
)
def test_one_counts_only_when_it_counts(extract, text, expected):
    assert quantities(extract, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a bound after the number and its unit (guidelines: "từ ... trở lên" is gte, with or without "từ")
        ("Chỉ được sử dụng nhân viên từ đủ 18 tuổi trở lên.", [("18", 18, None, "tuổi", "gte")]),
        ("Trẻ em 6 tuổi trở xuống được miễn vé.", [("6", 6, None, "tuổi", "lte")]),
        ("Dự án có quy mô vốn từ 4.000 tỉ đồng trở lên.", [("4.000 tỉ", 4000000000000, None, "đồng", "gte")]),
        # "độ" is "about" as a word of its own, not the end of "nhiệt độ"
        ("Nhiệt độ 35 độ, có nơi khoảng 40 độ C.", [("35", 35, None, "độ", "exact"), ("40", 40, None, "độ C", "approx")]),
    ],
)
def test_qualifier_around_the_number(extract, text, expected):
    assert quantities(extract, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the cells of a flattened table run together: a group of four digits, a dot group not of three after the first
        "Trị giá (USD) 10.057.9615.341.895.804 11.855.9754.944.149.572 Riêng mặt hàng xăng.",
        "Riêng thị trường Hàn Quốc- Khối lượng - Trị giá 343.794178.923.868 tấn.",
        "Ứng dụng chạy trên phiên bản 10.3.1 của hệ điều hành.",
    ],
)
def test_irregular_digit_grouping_is_no_number(extract, text):
    assert quantities(extract, text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a capitalised word after the number opens the next sentence or a name: the thing counted is written in lowercase
        ("Trị giá 1.904.533 Việc tăng thuế đối với xăng dầu sẽ tác động đến giá.", [("1.904.533", 1904533, None, None, "exact")]),
        ("Nhập khẩu năm 2016 đạt 11.855 Riêng mặt hàng xăng giảm.", [("11.855", 11855, None, None, "exact")]),
        # symbols in capitals and the words the data counts with a capital stay units
        ("Đoàn giành 45 HCV và giá vàng lên 1.300 USD/ounce.",
         [("45", 45, None, "HCV", "exact"), ("1.300", 1300, None, "USD/ounce", "exact")]),
        # a noun the article writes with a capital inside a sentence, and a symbol of two letters
        ("Hội đồng có 22 thành viên, 1 Chủ tịch. Vị trí Chủ tịch do Giám đốc Sở giữ.",
         [("22", 22, None, "thành viên", "exact"), ("1", 1, None, "Chủ tịch", "exact")]),
        ("Công suất mỗi đầu đạn lên đến 300 Kt.", [("300", 300, None, "Kt", "exact")]),
        ("Đội giành 7 chức vô địch Bundesliga, 6 Cúp quốc gia Đức.",
         [("7", 7, None, "chức vô địch", "exact"), ("6", 6, None, "Cúp quốc gia", "exact")]),
    ],
)
def test_capitalised_word_is_no_unit(extract, text, expected):
    assert quantities(extract, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a measure written before the number, nothing counted after it: "tuổi", "thang điểm" (a qualifier may stand between)
        ("Nữ ca sĩ qua đời ở tuổi 18.", [("18", 18, None, "tuổi", "exact")]),
        ("Đội hình một có tuổi dưới 26, bao gồm Ruben.", [("26", 26, None, "tuổi", "lt")]),
        ("Máy bay có hai phi công độ tuổi từ 25 đến 30.", [("hai", 2, None, "phi công", "exact"), ("25 đến 30", 25, 30, "tuổi", "exact")]),
        ("Trường tuyển 200 học sinh độ tuổi từ 6 đến 10.", [("200", 200, None, "học sinh", "exact"), ("6 đến 10", 6, 10, "tuổi", "exact")]),
        # not the "tuổi" of another word
        ("Người dân có tuổi thọ 80 năm.", [("80", 80, None, "năm", "exact")]),
    ],
)
def test_measure_written_before_the_number(extract, text, expected):
    assert quantities(extract, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # two amounts joined by a word, with the same multiplier, share the unit written after the second
        ("Nhiều người nghĩ 10 nghìn hay 20 nghìn đồng cũng không đáng gì.",
         [("10 nghìn", 10000, None, "đồng", "exact"), ("20 nghìn", 20000, None, "đồng", "exact")]),
        ("Mỗi ngày bệnh viện tiếp nhận khoảng 15, đến 20 ca.", [("15", 15, None, "ca", "approx"), ("20", 20, None, "ca", "exact")]),
        # and a measure written before the first
        ("Việc xác định thang điểm 10 hay 30 cũng do các trường tự quyết.",
         [("10", 10, None, "điểm", "exact"), ("30", 30, None, "điểm", "exact")]),
        # not across different multipliers, not from a score, not into the second part of a fraction
        ("Đội thắng 2-1 và 3 bàn thắng đều của tiền đạo.",
         [("2", 2, None, None, "exact"), ("1", 1, None, None, "exact"), ("3", 3, None, "bàn thắng", "exact")]),
        ("Qua 86 kỳ quay số mở thưởng sản phẩm Mega 6/45 và 33 kỳ quay số mở thưởng.",
         [("86", 86, None, "kỳ", "exact"), ("6", 6, None, None, "exact"), ("45", 45, None, None, "exact"), ("33", 33, None, "kỳ", "exact")]),
    ],
)
def test_joined_amounts_share_a_unit(extract, text, expected):
    assert quantities(extract, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a bare number joined to an amount with a multiplier shares the multiplier and the unit, as a range's ends do
        ("Giá lần lượt là 15,7 và 19,5 triệu đồng.",
         [("15,7", 15700000, None, "đồng", "exact"), ("19,5 triệu", 19500000, None, "đồng", "exact")]),
        ("Lượng khách sẽ là 45 hoặc 49 triệu khách.",
         [("45", 45000000, None, "khách", "exact"), ("49 triệu", 49000000, None, "khách", "exact")]),
        # through a comma series that ends in và, and onto a range
        ("Vé được phát hành với giá 100, 200 và 300 nghìn đồng.",
         [("100", 100000, None, "đồng", "exact"), ("200", 200000, None, "đồng", "exact"), ("300 nghìn", 300000, None, "đồng", "exact")]),
        ("Giá bán là 84-85 và 106 triệu đồng.",
         [("84-85", 84000000, 85000000, "đồng", "exact"), ("106 triệu", 106000000, None, "đồng", "exact")]),
    ],
)
def test_joined_bare_numbers_share_the_multiplier_after_them(extract, text, expected):
    assert quantities(extract, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # not a number of a thousand or more, nor one that counts something of its own
        ("Có 1.500 và 2 triệu người.", [("1.500", 1500, None, None, "exact"), ("2 triệu", 2000000, None, "người", "exact")]),
        ("Xã có 5 hộ và 2 triệu đồng tiền hỗ trợ.", [("5", 5, None, "hộ", "exact"), ("2 triệu", 2000000, None, "đồng", "exact")]),
        # nor over a comma alone
        ("Có 12, 3 triệu người.", [("12", 12, None, None, "exact"), ("3 triệu", 3000000, None, "người", "exact")]),
    ],
)
def test_numbers_that_keep_their_own_value(extract, text, expected):
    assert quantities(extract, text) == expected


def test_a_model_number_after_a_name_takes_no_multiplier(extract):
    text = "Giá từ 568 triệu đồng cho bản City 1.5 và 604 triệu đồng cho bản cao cấp."
    values = {q["text"]: q["value"] for q in extract(text)["quantities"]}
    assert values["604 triệu"] == 604000000 and values.get("1.5") != 1500000


@pytest.mark.parametrize(
    "text, expected",
    [
        # a numbered class or place after the counted noun is where the things counted are, not part of what is counted
        ("Xôn xao clip 2 nữ sinh lớp 9 hành hung 1 nữ sinh lớp 7.",
         [("2", 2, None, "nữ sinh", "exact"), ("1", 1, None, "nữ sinh", "exact")]),
        # a time word after the counted noun ends it
        ("Kẻ tấn công giết chết 12 người hồi tháng 12 năm ngoái.", [("12", 12, None, "người", "exact")]),
        ("Đội bóng để thua 35 bàn mùa trước.", [("35", 35, None, "bàn", "exact")]),
        ("Ông hài lòng về hợp tác giáo dục giữa hai nước thời gian qua.", [("hai", 2, None, "nước", "exact")]),
        ("Thông điệp gửi tới lãnh đạo hơn 50 quốc gia nơi đạo Hồi là tôn giáo chủ đạo.", [("50", 50, None, "quốc gia", "gt")]),
        # and so does a time adverbial (unit_stop_after_head: hiện tại, trước đây, thường xuyên, hôm nay)
        ("Ban bồi thường đã lập phương án cho 14 hộ dân trước đây.", [("14", 14, None, "hộ dân", "exact")]),
        ("Hà Nội xuất hiện ngập úng tại 18 điểm thường xuyên xảy ra úng ngập.", [("18", 18, None, "điểm", "exact")]),
        ("Bãi có sức chứa hơn 200 xe thường xuyên kín chỗ.", [("200", 200, None, "xe", "gt")]),
    ],
)
def test_unit_stops_before_a_position_or_a_time_word(extract, text, expected):
    assert quantities(extract, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # classifiers of blows and shots, and transactions, which the tagger calls verbs after a number
        ("Tuấn dùng dao đâm 2 nhát vào ngực.", [("2", 2, None, "nhát", "exact")]),
        ("Quân đội đã bắn 90 phát đạn về phía bên kia.", [("90", 90, None, "phát đạn", "exact")]),
        ("Chương trình đã tài trợ cho hơn 5.814 giao dịch thương mại.", [("5.814", 5814, None, "giao dịch thương mại", "gt")]),
    ],
)
def test_counted_nouns_the_tagger_calls_verbs(extract, text, expected):
    assert quantities(extract, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # verbs the tagger calls nouns after the counted noun (unit_verbs_tagged_nouns) open the predicate
        ("Đàn khỉ hoang gần 70 con nương náu ở chùa Tam Bảo.", [("70", 70, None, "con", "approx")]),
        ("Công an bắt 3 nghi can bao gồm Lê Văn Tùng và Trần Văn Nam.", [("3", 3, None, "nghi can", "exact")]),
        ("Sau khi cấp cứu thì 6 bệnh nhân nhập viện do nghi ăn phải nấm độc đã qua cơn nguy kịch.",
         [("6", 6, None, "bệnh nhân", "exact")]),
    ],
)
def test_verbs_the_tagger_calls_nouns_end_the_unit(extract, text, expected):
    assert quantities(extract, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the sides of a relation are the subject: a word of two syllables after them is what they do
        ("Hai bên vui mừng với thỏa thuận hợp tác được ký.", [("Hai", 2, None, "bên", "exact")]),
        ("Giữa hai vợ chồng nảy sinh mâu thuẫn dẫn đến ly thân.", [("hai", 2, None, "vợ chồng", "exact")]),
        # a word after the head naming the present time ends the unit
        ("Có khoảng 500 chiến binh nổi dậy hiện có mặt tại thành phố.", [("500", 500, None, "chiến binh nổi dậy", "approx")]),
    ],
)
def test_unit_of_the_sides_of_a_relation(extract, text, expected):
    assert quantities(extract, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an attribute noun (unit_attribute_words) with its value after it describes the things counted
        ("Bị hại Đ. mua 4 lô giá 3,6 tỷ đồng, đã đặt cọc.",
         [("4", 4, None, "lô", "exact"), ("3,6 tỷ", 3600000000, None, "đồng", "exact")]),
        ("Người này có tên Huy, còn 2 người đàn ông tên Hùng và Dũng bị thương.", [("2", 2, None, "người đàn ông", "exact")]),
        ("Cơ quan xác định có đến tám máy nhãn hiệu Mitsubishi trên tàu.", [("tám", 8, None, "máy", "exact")]),
        ("Nông trại có 200 con lợn loại I.", [("200", 200, None, "con lợn", "exact")]),
        # an attribute and its value right after the number: nothing is counted, the number names a model
        ("Giá xăng tăng 500 đồng/lít, iPhone 8 giá 20,5 triệu.",
         [("500", 500, None, "đồng/lít", "exact"), ("20,5 triệu", 20500000, None, None, "exact")]),
        # without a value after it, the attribute word may head the thing counted
        ("Ông cung cấp hai loại động cơ máy chính cho tàu.", [("hai", 2, None, "loại động cơ máy", "exact")]),
    ],
)
def test_unit_stops_before_an_attribute_and_its_value(extract, text, expected):
    assert quantities(extract, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a brand written in mixed case after the head opens a name, as a title-cased one does
        ("Công ty sẽ đạt từ 150 - 200 con lợn VietGAP mỗi ngày.", [("150 - 200", 150, 200, "con lợn", "exact")]),
    ],
)
def test_unit_stops_before_a_brand_in_mixed_case(extract, text, expected):
    assert quantities(extract, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a loanword spelt with a hyphen is one word of the unit, not cut at the hyphen
        ("Xe dùng động cơ tăng áp 4 xy-lanh, hộp số CVT.", [("4", 4, None, "xy-lanh", "exact")]),
        ("Xe có 2 mô-tơ điện và 4 bánh.", [("2", 2, None, "mô-tơ điện", "exact"), ("4", 4, None, "bánh", "exact")]),
        # a code in capitals with a hyphen still opens a name
        ("Tàu chở 3 trực thăng MH-60R.", [("3", 3, None, "trực thăng", "exact")]),
    ],
)
def test_unit_keeps_a_hyphenated_loanword(extract, text, expected):
    assert quantities(extract, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # after a score word the words after the pair are no unit of it (notes 26), unless a score is counted in them
        ("Đội khách đành chấp nhận hòa 1 – 1 chung cuộc.", [("1", 1, None, None, "exact"), ("1", 1, None, None, "exact")]),
        ("Đội thắng 25-20 điểm trong hiệp một.", [("25", 25, None, "điểm", "exact"), ("20", 20, None, "điểm", "exact")]),
    ],
)
def test_score_takes_no_unit_but_its_own(extract, text, expected):
    assert quantities(extract, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # two nouns joined by "và" after one number, the second ending the phrase, name together what it counts
        ("Odebrecht đã chi 788 triệu USD cho hàng trăm quan chức và chính trị gia của nhiều nước.",
         [("788 triệu", 788000000, None, "USD", "exact"), ("hàng trăm", 100, None, "quan chức và chính trị gia", "gte")]),
        ("Cà phê đã xuất khẩu đến hơn 60 nước và khu vực trên thế giới.", [("60", 60, None, "nước và khu vực", "gt")]),
        # the second noun cut in two words by the segmenter ("vùng" + "lãnh thổ"), ending the phrase
        ("Dự án của học sinh đến từ 78 quốc gia và vùng lãnh thổ trên thế giới.",
         [("78", 78, None, "quốc gia và vùng lãnh thổ", "exact")]),
        # not a second noun with a modifier or a number of its own, nor a verb
        ("Đội khách nhận 2 chiếc thẻ đỏ và bàn thắng muộn.", [("2", 2, None, "chiếc thẻ đỏ", "exact")]),
        ("Xã hỗ trợ 5 hộ và 2 triệu đồng.", [("5", 5, None, "hộ", "exact"), ("2 triệu", 2000000, None, "đồng", "exact")]),
        ("Có 25 bình luận và chia sẻ, khiến người dân hoang mang.", [("25", 25, None, "bình luận", "exact")]),
    ],
)
def test_two_nouns_joined_after_one_number(extract, text, expected):
    assert quantities(extract, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a noun whose verb follows it after a number in a good share of its uses (data/unit_heads.json) keeps it
        ("National Arena có sức chứa 33.460 chỗ ngồi và được khai trương năm 2009.", [("33.460", 33460, None, "chỗ ngồi", "exact")]),
        ("Tàu có sáu ống phóng ngư lôi Mk 32.", [("sáu", 6, None, "ống phóng ngư lôi", "exact")]),
        ("Vụ cháy thiêu rụi máy móc trong 2 xưởng sản xuất, hoạt động sản xuất phải tạm dừng.",
         [("2", 2, None, "xưởng sản xuất", "exact")]),
        # a verb that follows "người" after a number as often is a predicate; a noun-like modifier describes
        ("Cuộc không kích khiến ít nhất 10 dân thường thiệt mạng.", [("10", 10, None, "dân thường", "gte")]),
        ("Vụ tai nạn khiến 2 tài xế tử vong tại chỗ.", [("2", 2, None, "tài xế", "exact")]),
        ("Giao 04 nhiệm vụ trọng tâm.", [("04", 4, None, "nhiệm vụ", "exact")]),
    ],
)
def test_compound_heads_counted_after_numbers(extract, text, expected):
    assert quantities(extract, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a verb that raw text writes after the noun after numbers, and after few other nouns, names its kind
        # (data/unit_collocations.json)
        ("Sở huy động 10.000 cán bộ coi thi từ các trường phổ thông.", [("10.000", 10000, None, "cán bộ coi thi", "exact")]),
        ("Cả nước có 6 cơ sở giết mổ (CSGM) xuất khẩu sang Hồng Kông.", [("6", 6, None, "cơ sở giết mổ", "exact")]),
        ("Cơ quan chức năng thu giữ 40 ngàn viên ma túy tổng hợp, 6 viên đạn.",
         [("40 ngàn", 40000, None, "viên ma túy tổng hợp", "exact"), ("6", 6, None, "viên đạn", "exact")]),
        # a verb said of many nouns after numbers is a predicate or a clause about the things counted
        ("Trong số hơn 72.000 thí sinh dự thi vào lớp 10 công lập năm nay.", [("72.000", 72000, None, "thí sinh", "gt")]),
        ("Hội đồng đã kết luận về tai biến cho 18 bệnh nhân chạy thận xảy ra hôm 29/5.", [("18", 18, None, "bệnh nhân", "exact")]),
        # an adjective said of many heads describes the things counted
        ("Có 3 vấn đề chính cần đạt được.", [("3", 3, None, "vấn đề", "exact")]),
    ],
)
def test_kind_verbs_counted_after_numbers(extract, text, expected):
    assert quantities(extract, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a word raw text writes in lowercase after multipliers (data/unit_collocations.json) is the unit with a capital
        ("Chelsea mua Lukaku với mức phí 75 triệu Bảng.", [("75 triệu", 75000000, None, "Bảng", "exact")]),
        ("Xiaomi đạt mức doanh thu 100 tỷ Nhân dân tệ.", [("100 tỷ", 100000000000, None, "Nhân dân tệ", "exact")]),
        # not the first word of the next sentence where a title runs into its body
        ("Hoa hậu đi siêu xe 70 tỷ Sau hơn nửa năm đăng quang.", [("70 tỷ", 70000000000, None, None, "exact")]),
    ],
)
def test_capitalised_currency_after_a_multiplier(extract, text, expected):
    assert quantities(extract, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a general head (unit_kinds heads) with its number after it is a score or a class the things counted have
        ("Môn Toán có 19 bài thi điểm 10.", [("19", 19, None, "bài thi", "exact")]),
        ("Trường có 2 nữ sinh lớp 9 bị đuối nước.", [("2", 2, None, "nữ sinh", "exact")]),
    ],
)
def test_unit_stops_before_a_numbered_general_head(extract, text, expected):
    assert quantities(extract, text) == expected
