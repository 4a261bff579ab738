"""The cutting functions of the list stage, on plain text: each delimiter rule on its own."""

import pytest

from pipeline.pipes.lists.cutting import (
    breakdown_items,
    breakdown_total,
    comma_items,
    cut_items,
    inline_bullet_items,
    leading_number,
    marker_items,
    region_end,
    semicolon_items,
    top_level_semicolons,
    trim,
)


def texts(text, items):
    return [text[s:e] for s, e in items]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("  và giá cả; ", "giá cả"),  # white space, the joining "và", the closing ";"
        ("nhân lực…", "nhân lực"),
        ("Lý Văn Trường, 7 tuổi)", "Lý Văn Trường, 7 tuổi"),  # a ")" the item does not open
        ("trạm y tế (TYT)", "trạm y tế (TYT)"),
        ("về thời điểm", "về thời điểm"),  # only the joining word goes (guidelines), not a preposition
        (", khám phá 34 vụ", "khám phá 34 vụ"),  # punctuation closing the piece before opens no item
    ],
)
def test_trim(text, expected):
    assert texts(text, [trim(text, 0, len(text))]) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("mục tiêu hoạt động, nhân lực, giá cả và cơ quan quản lý", ["mục tiêu hoạt động", "nhân lực", "giá cả", "cơ quan quản lý"]),
        ("thôn, bản (gồm A, B), tổ dân phố", ["thôn", "bản (gồm A, B)", "tổ dân phố"]),  # commas in parentheses stay
        ("A, B và C, nâng tổng số lên 4", ["A", "B", "C"]),  # the series ends after its final "và"
        ("Tốc độ tăng trưởng, thành lập mới DN..., đều vượt kế hoạch", ["Tốc độ tăng trưởng", "thành lập mới DN"]),
        ("khoảng 48,5 triệu đồng, 30,2 triệu đồng", ["khoảng 48,5 triệu đồng", "30,2 triệu đồng"]),  # decimal commas
        ("cây ăn quả hoặc hươu", ["cây ăn quả", "hươu"]),
        ("tim, gan, thận,.. dễ gây biến chứng", ["tim", "gan", "thận"]),  # ",.." closes the series as "..." does
        ("đỏ, trắng ngà” - ông nói", ["đỏ", "trắng ngà"]),  # a quotation the region did not open closes it
    ],
)
def test_comma_items(text, expected):
    assert texts(text, comma_items(text, 0, len(text))) == expected


def test_comma_items_never_cut_inside_a_name():
    text = "Hiệp hội Gỗ và Lâm sản Việt Nam, Hội Mỹ nghệ và Chế biến gỗ"
    names = [(0, text.index(",")), (text.index("Hội Mỹ"), len(text))]
    assert texts(text, comma_items(text, 0, len(text), keep=names)) == ["Hiệp hội Gỗ và Lâm sản Việt Nam", "Hội Mỹ nghệ và Chế biến gỗ"]


def test_semicolon_items_keep_their_commas():
    text = "rà soát, sắp xếp tổ chức; đổi mới, nâng cao chất lượng sinh hoạt; "
    assert texts(text, semicolon_items(text, 0, len(text))) == ["rà soát, sắp xếp tổ chức", "đổi mới, nâng cao chất lượng sinh hoạt"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Một là, đẩy mạnh kinh tế. Hai là, giữ vững quốc phòng.", ["đẩy mạnh kinh tế", "giữ vững quốc phòng"]),
        ("Thứ nhất, giá tăng. Thứ hai là thiếu vốn.", ["giá tăng", "thiếu vốn"]),
        ("gồm: 1. Tăng cường kiểm tra; 2. Đổi mới sinh hoạt.", ["Tăng cường kiểm tra", "Đổi mới sinh hoạt"]),
        ("Một là, chỉ một marker.", []),
        # one enumeration: markers of another kind inside an item cut nothing; a new run ends it before its sentence
        ("Thứ nhất, kiểm tra gồm: 1. rà soát hồ sơ; 2. đối chiếu sổ sách. Thứ hai, xử lý vi phạm.",
         ["kiểm tra gồm: 1. rà soát hồ sơ; 2. đối chiếu sổ sách", "xử lý vi phạm"]),
        ("Một là, luật chưa chặt. Hai là, ý thức còn kém. Chúng tôi tập trung vào mấy giải pháp: Thứ nhất, kiểm tra. "
         "Thứ hai, tuyên truyền.", ["luật chưa chặt", "ý thức còn kém"]),
        ("Thứ nhất, luật chưa chặt. Thứ hai, ý thức còn kém. Cần thực hiện các việc như sau. Thứ nhất, kiểm tra. "
         "Thứ hai, tuyên truyền.", ["luật chưa chặt", "ý thức còn kém"]),
    ],
)
def test_marker_items(text, expected):
    assert texts(text, marker_items(text, 0, len(text))) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("273 đảng bộ, 365 chi bộ với 2.420 chi bộ trực thuộc", ["273 đảng bộ", "365 chi bộ với 2.420 chi bộ trực thuộc"]),
        ("735 là nữ; 572 là người dân tộc thiểu số; 1.103 từ đoàn viên, nâng tổng số lên 30.009",
         ["735 là nữ", "572 là người dân tộc thiểu số", "1.103 từ đoàn viên"]),  # the commentary after the last item
        ("15 em đoạt giải Nhất, 44 giải Nhì, góp phần nâng thứ hạng", ["15 em đoạt giải Nhất", "44 giải Nhì"]),
        ("nhiều em đoạt giải, 44 giải Nhì", []),  # not a breakdown: the first piece has no number
        ("11 giải Nhất, 31 giải Nhì, chín giải Ba", ["11 giải Nhất", "31 giải Nhì", "chín giải Ba"]),  # a count in words
        ("hai giải Nhất, năm 2016 có thêm 3 giải", ["hai giải Nhất"]),  # "năm" before a year is the year
    ],
)
def test_breakdown_items(text, expected):
    assert texts(text, breakdown_items(text, 0, len(text))) == expected


@pytest.mark.parametrize(
    "text, introduced, expected, how",
    [
        ("Một là, A; B. Hai là, C, D.", True, ["A; B", "C, D"], "markers"),  # markers before semicolons
        ("A, B; C, D", True, ["A, B", "C, D"], "semicolons"),  # semicolons before commas
        ("A, B và C", True, ["A", "B", "C"], "commas"),
        ("A, B và C", False, [], "none"),  # a comma series with nothing introducing it is no list
    ],
)
def test_delimiter_order(text, introduced, expected, how):
    items, cut = cut_items(text, 0, len(text), introduced)
    assert (texts(text, items), cut) == (expected, how)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a fixed pair joined by "và" is one phrase, not two items
        ("hỗ trợ doanh nghiệp nhỏ và vừa, hộ kinh doanh và hợp tác xã",
         ["hỗ trợ doanh nghiệp nhỏ và vừa", "hộ kinh doanh", "hợp tác xã"]),
        ("khách trong và ngoài nước, nhà đầu tư", ["khách trong và ngoài nước", "nhà đầu tư"]),
        # examples after "như" with no colon, closed by "…", are inside the item: their commas cut nothing
        ("hỗ trợ chung như tiếp cận vốn, thuế, đào tạo…", ["hỗ trợ chung như tiếp cận vốn, thuế, đào tạo"]),
        # "cùng" after a name closes the series of members
        ("NSƯT Thanh Hương, nghệ sĩ chèo Minh Tuyết cùng gần 200 diễn viên, nghệ sỹ",
         ["NSƯT Thanh Hương", "nghệ sĩ chèo Minh Tuyết"]),
        ("vốn, mặt bằng và đào tạo cùng nhiều hỗ trợ khác", ["vốn", "mặt bằng", "đào tạo cùng nhiều hỗ trợ khác"]),  # not after a name
    ],
)
def test_comma_items_keep_phrases_whole(text, expected):
    assert texts(text, comma_items(text, 0, len(text))) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("1.103 đảng viên", 1103),
        ("2 hóa đơn với tổng 640 triệu đồng", 2),
        ("chín giải Ba", 9),
        ("48,5 triệu đồng", None),  # a decimal is no count of items
        ("nhiều hóa đơn", None),
    ],
)
def test_leading_number(text, expected):
    assert leading_number(text, (0, len(text))) == expected


@pytest.mark.parametrize(
    "text, items, expected",
    [
        ("2 hóa đơn với tổng 640 triệu đồng và 6 hóa đơn", [(0, 33), (37, 46)], 8),
        ("4 người bị sốc; các nạn nhân còn lại", [(0, 14), (16, 36)], None),  # one piece opens with no number
    ],
)
def test_breakdown_total(text, items, expected):
    assert breakdown_total(text, items) == expected


@pytest.mark.parametrize(
    "text, pieces",
    [
        ("A; B (gồm C; D); E", ["A", "B (gồm C; D)", "E"]),  # a parenthesis keeps its semicolons
        ("về “Tăng cường, chỉnh đốn Đảng; ngăn chặn suy thoái”; B", ["về “Tăng cường, chỉnh đốn Đảng; ngăn chặn suy thoái”", "B"]),
        ('nói "A; B"; C', ['nói "A; B"', "C"]),  # straight quotation marks that pair up
        ("phí thường niên (lệ phí; chi phí điều phối", ["phí thường niên (lệ phí", "chi phí điều phối"]),  # a parenthesis never closed
        ("đồng hành cùng doanh nghiệp; tạo điều kiện tại Thủ đô”, ông Khánh nói", ["đồng hành cùng doanh nghiệp", "tạo điều kiện tại Thủ đô"]),
    ],
)
def test_semicolon_items_outside_asides(text, pieces):
    assert texts(text, semicolon_items(text, 0, len(text))) == pieces


def test_top_level_semicolons_and_region_end():
    text = "A (x; y); “B; C”; D”, E"
    assert top_level_semicolons(text, 0, len(text)) == [text.index("); “") + 1, text.index("”; D") + 1]
    assert region_end(text, 0, len(text)) == text.index("”, E")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Microsoft có 2 lời khuyên: - Tắt SMBv1 theo các bước cụ thể. - Thêm cài đặt cho tường lửa. Các bước gỡ bỏ như sau.",
         ["Tắt SMBv1 theo các bước cụ thể", "Thêm cài đặt cho tường lửa"]),
        ("Các vật phẩm khác như: - Hương hoa vàng mã - Đèn nến - Trầu cau", ["Hương hoa vàng mã", "Đèn nến", "Trầu cau"]),
        ("Hồ sơ gồm: Giấy khai đăng ký - mẫu số 03, chứng từ nộp lệ phí.", []),  # no bullet opens the region
        ("Hồ sơ gồm: - Giấy khai đăng ký xe.", []),  # one bullet: one line, no list
    ],
)
def test_inline_bullet_items(text, expected):
    """Bulleted lines the crawl ran into one paragraph: each bullet opens an item, the last ends with its sentence."""
    start = text.index(":") + 1
    assert [text[s:e] for s, e in inline_bullet_items(text, start, len(text))] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ('nhấn mạnh vai trò của nước Mỹ, xây dựng quan hệ với các lãnh đạo và truyền đi thông điệp "về sự đoàn kết và sự chân thành".',
         ["nhấn mạnh vai trò của nước Mỹ", "xây dựng quan hệ với các lãnh đạo",
          'truyền đi thông điệp "về sự đoàn kết và sự chân thành"']),
        ("các khẩu hiệu “Đoàn kết, đoàn kết”, “Thành công” và “Đại thành công”.",
         ["các khẩu hiệu “Đoàn kết, đoàn kết”", "“Thành công”", "“Đại thành công”"]),
    ],
)
def test_no_comma_cut_inside_a_quotation(text, expected):
    """A quotation that opens and closes in the region is one piece: its commas and ``và`` cut nothing."""
    assert texts(text, comma_items(text, 0, len(text))) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Cách làm: Bước 1: Sơ chế. Bước 2: Đồ xôi. Bước 3: Tạo khuôn.", ["Sơ chế", "Đồ xôi", "Tạo khuôn"]),
        # glued numbers fill the gaps of a punctuated series, never start one of their own
        ("1. Trẻ con khóc. 2. Tránh đánh vỡ. Ảnh minh họa 3. Kiêng đi xa. 4. Mang ít tiền.",
         ["Trẻ con khóc", "Tránh đánh vỡ. Ảnh minh họa", "Kiêng đi xa", "Mang ít tiền"]),
        ("Hải quân Vùng 1. Ông A đến. Vùng 2. Ông B đi.", []),
    ],
)
def test_marker_items_of_steps_and_glued_numbers(text, expected):
    assert texts(text, marker_items(text, 0, len(text))) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("- 1 mớ rau muống - 3g muối Cách làm: - Rau muống nhặt sạch.", ["1 mớ rau muống", "3g muối Cách làm"]),
        ("- Báo cáo giai đoạn 2016 - 2020 đã xong - Dự thảo mới.", ["Báo cáo giai đoạn 2016 - 2020 đã xong", "Dự thảo mới"]),
    ],
)
def test_inline_bullets_end_at_the_next_heading_and_skip_ranges(text, expected):
    assert texts(text, inline_bullet_items(text, 0, len(text))) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2 công dân Anh và một người gốc Việt có tên Plamen Nguyễn, 27 tuổi", ["2 công dân Anh", "một người gốc Việt có tên Plamen Nguyễn"]),
        ("2 cán bộ và một số người dân", ["2 cán bộ và một số người dân"]),  # "một số" is some: a part of the piece
    ],
)
def test_breakdown_items_with_a_group_of_one(text, expected):
    assert texts(text, breakdown_items(text, 0, len(text))) == expected
