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
        ("Còn dưới 10 hộ nghèo.", ("10", 10, None, "hộ", "lt")),
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
    ],
)
def test_values_a_database_can_trust(extract, text, expected):
    assert quantities(extract, text) == expected
