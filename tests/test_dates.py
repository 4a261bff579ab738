"""Dates as ISO values (guidelines, Dates)."""

import pytest
from markup import mark, run_components, unmark

from pipeline.language import make_nlp


def dates(extract, text, **meta):
    return [(d["text"], d["value"], d.get("value_end")) for d in extract(text, **meta)["dates"]]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Sáng 19/8, hội thảo khai mạc.", ("19/8", "XXXX-08-19", None)),
        ("Khai mạc ngày 19-8-2022 tại Hà Nội.", ("ngày 19-8-2022", "2022-08-19", None)),
        ("Trong tháng 8/2022, tỉnh đạt kết quả tốt.", ("tháng 8/2022", "2022-08", None)),
        ("Trong năm 2022 tỉnh phát triển.", ("năm 2022", "2022", None)),
        ("Kết quả Quý III/2024 khả quan.", ("Quý III/2024", "2024-Q3", None)),
        ("Mục tiêu giai đoạn 2021-2025 được đặt ra.", ("2021-2025", "2021", "2025")),
        ("Trong 2 ngày (20 và 21-5) đại hội diễn ra.", ("20 và 21-5", "XXXX-05-20", "XXXX-05-21")),
        ("Tối ngày 14/4/2024 chi bộ họp.", ("ngày 14/4/2024", "2024-04-14", None)),
        ("Nhiệm kỳ 2015 - 2020 kết thúc.", ("2015 - 2020", "2015", "2020")),
        # a month name after a full stop (the look-behind leaves out only a number before "tháng")
        ("Bà chỉ trả 1 triệu đồng còn nợ. Tháng 4 vừa qua, công an khởi tố vụ án.", ("Tháng 4", "XXXX-04", None)),
    ],
)
def test_date_record(extract, text, expected):
    assert expected in dates(extract, text)


def test_year_filled_from_published_is_flagged(extract):
    record = extract("Sáng 19/8, hội thảo khai mạc.", published="2022-08-20")
    assert record["dates"][0]["value"] == "2022-08-19"
    assert record["dates"][0]["year_inferred"] is True


def test_lunar_month_is_flagged(extract):
    record = extract("Từ tháng Giêng, nhân dân đón Tết.")
    assert record["dates"][0]["lunar"] is True


@pytest.mark.parametrize("text", ["Tăng trưởng 3-5% mỗi năm.", "Có 41/81 tỉnh hoàn thành.", "Cách mạng Tháng Tám thành công."])
def test_not_a_date(extract, text):
    assert dates(extract, text) == []


def test_part_of_year_is_a_quantity_plus_the_year(extract):
    record = extract("Trong 6 tháng cuối năm 2020, tỉnh đạt kết quả.")
    assert [(d["text"], d["value"]) for d in record["dates"]] == [("năm 2020", "2020")]
    assert [(q["text"], q["unit"]) for q in record["quantities"]] == [("6", "tháng")]


@pytest.mark.parametrize("text", ["Ngày 31/2/2023 có họp.", "Ngày 30/2 có họp.", "Hạn chót ngày 31/4/2017."])
def test_a_day_the_calendar_lacks_is_no_date(extract, text):
    assert extract(text)["dates"] == []


@pytest.mark.parametrize("text, value", [("Ngày 29/2/2024 có họp.", "2024-02-29"), ("Ngày 29/2 có họp.", "XXXX-02-29")])
def test_a_leap_day_is_a_date(extract, text, value):
    assert [d["value"] for d in extract(text)["dates"]] == [value]


@pytest.fixture(scope="module")
def dates_nlp():
    """The date stage with what it requires: words for the tags, the rule candidates whose spans it leaves alone."""
    nlp = make_nlp(exclude=["entity_model", "entities", "quantities", "lists", "roles"])
    assert nlp.pipe_names == ["normalizer", "sentences", "words", "entity_rules", "dates"]
    return nlp


@pytest.mark.parametrize("marked, values", [
    ("Sáng <DATE>19/8</DATE>, hội thảo khai mạc.", [("XXXX-08-19", None)]),
    ("Khai mạc <DATE>ngày 19-8-2022</DATE> tại Hà Nội.", [("2022-08-19", None)]),
    ("Mục tiêu giai đoạn <DATE>2021-2025</DATE> được đặt ra.", [("2021", "2025")]),
    ("Trong 2 ngày (<DATE>20 và 21-5</DATE>) đại hội diễn ra.", [("XXXX-05-20", "XXXX-05-21")]),
    ("Theo Nghị định 105 năm 2014 của Chính phủ, <DATE>ngày 1/7/2015</DATE> tỉnh triển khai.", [("2015-07-01", None)]),
    ("Tăng trưởng 3-5% mỗi năm, có 41/81 tỉnh hoàn thành.", []),
    # a dashed day-month after a score word, or between two team names, is a match score
    ("Phút 37, đội khách rút ngắn tỷ số xuống còn 3-7.", []),
    ("Arsenal hòa Everton 1-1.", []),
    ("Đội tuyển thắng U20 Honduras 3-1.", []),
    ("Cao Bằng - Thái Sơn Bắc: 1-1 Sanna Khánh Hòa - Thái Sơn Nam: 3-9 Sài Gòn FC", []),
    # an anniversary named by a score word, a slash, a date word or a lowercase place keep the date
    ("Lễ kỷ niệm chiến thắng <DATE>30-4</DATE>.", [("XXXX-04-30", None)]),
    ("Đội thắng trận đấu hôm <DATE>3/7</DATE>.", [("XXXX-07-03", None)]),
    ("Đội thắng trận đấu <DATE>ngày 3-7</DATE>.", [("XXXX-07-03", None)]),
    ("Sáng <DATE>19-8</DATE>, Khánh Hòa tổ chức hội nghị.", [("XXXX-08-19", None)]),
    # a level, and a rising dashed pair after a range word with a counted noun after it, are no dates
    ("Gió tây nam cấp 2-3. Trời nắng.", []),
    ("Mỗi tuần chị gửi con tới 2-3 buổi.", []),
    ("Hội nghị kéo dài từ <DATE>19/8</DATE> đến <DATE>21/8</DATE> hội trường luôn kín chỗ.", [("XXXX-08-19", None), ("XXXX-08-21", None)]),
    ("Cuộc tập trận diễn ra từ ngày 13 đến <DATE>16-2</DATE> tàu chiến cập cảng.", [("XXXX-02-16", None)]),
])
def test_every_date_of_a_sentence_with_its_value(dates_nlp, marked, values):
    """The whole list of date spans and values; the year inside a document's name is the document's."""
    text, _ = unmark(marked)
    doc = run_components(dates_nlp, text)
    assert mark(text, [(s.start_char, s.end_char, "DATE") for s in doc.spans["dates"]]) == marked
    assert [(s._.value, s._.value_end) for s in doc.spans["dates"]] == values
