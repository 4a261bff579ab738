"""Entity rules alone (``vn_entity_rules`` and the merge, no statistical layer), every span asserted.

Each case is the sentence with every entity the guidelines want marked inline
(``<PER>…</PER>``); the test compares the whole marked sentence, so a missed name fails as
surely as a wrong one. The pipeline holds what the rule component requires (normalizer,
sentences, words) and the merge that writes ``doc.ents``.
"""

import pytest
from markup import mark, run_components, unmark

from pipeline.language import make_nlp
from pipeline.textnorm import is_vietnamese_word


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


def merged_with_model(nlp, guessed: str) -> str:
    """The entities written when the statistical layer guessed the spans marked in ``guessed``: the
    rule components run, the guesses stand in for the model's, then the merge."""
    from spacy.tokens import Span

    from pipeline.pipes.entities.model import MODEL_KEY

    text, guesses = unmark(guessed)
    doc = nlp.make_doc(text)
    for name, component in nlp.pipeline[:-1]:
        doc = component(doc)
    doc.spans[MODEL_KEY] = [Span(doc, s.start, s.end, label=label, span_id="model")
                            for s, label in ((doc.char_span(a, b), label) for a, b, label in guesses)]
    doc = nlp.pipeline[-1][1](doc)
    return mark(text, [(s.start_char, s.end_char, s.label_) for s in doc.ents])


@pytest.mark.parametrize("marked", [
    "Cục đã ban hành <MISC>Thông tư 15</MISC> quy định rõ trách nhiệm.",
    "Sở thực hiện theo <MISC>Nghị quyết 39</MISC> là phải đúng.",
    "<ORG>Bộ Tài chính</ORG> ban hành <MISC>văn bản số 456/BTC-QLG</MISC> hướng dẫn.",
    "Tỉnh tổ chức bán đấu giá theo <MISC>văn bản số 3110/UBND-KGVX</MISC> ngày 27/6/2017.",
    "Ủy ban đã trình <MISC>Tờ trình số 12/TTr-UBND</MISC> lên Hội đồng.",
])
def test_numbered_documents_are_misc(rules_nlp, marked):
    """Guidelines, MISC (named documents): a document word and its number, with or without "số"."""
    assert marked_entities(rules_nlp, marked) == marked


@pytest.mark.parametrize("marked", [
    "Tỉnh xây dựng Kế hoạch 5 năm phát triển kinh tế.",  # a count after the document word, no name
    "Hội nghị thông qua Quyết định 3 lần trong năm.",
])
def test_a_bare_number_before_other_words_is_no_document(rules_nlp, marked):
    assert marked_entities(rules_nlp, marked) == marked


@pytest.mark.parametrize("marked", [
    "Nội dung của <MISC>Luật Hỗ trợ doanh nghiệp nhỏ và vừa</MISC> mang tính khung.",
    "<ORG>Quốc hội</ORG> thông qua <MISC>Luật sửa đổi, bổ sung một số điều của Luật Đất đai</MISC> sáng nay.",
    "<ORG>Quốc hội</ORG> thông qua <MISC>Luật sửa đổi, bổ sung một số điều của Luật Thuế thu nhập cá nhân</MISC>.",
])
def test_laws_by_title_are_whole(rules_nlp, marked):
    """Guidelines, MISC (laws): the title's phrases kept whole; an amending law runs to the law it amends."""
    assert marked_entities(rules_nlp, marked) == marked


@pytest.mark.parametrize("marked", [
    "Ông tốt nghiệp <ORG>Trường Đại học Luật Hà Nội</ORG> năm 2010.",  # "Luật" as a word of a school's name
    "Bà học ngành luật ở trường.",
])
def test_luat_inside_another_name_is_no_law(rules_nlp, marked):
    assert marked_entities(rules_nlp, marked) == marked


@pytest.mark.parametrize("marked", [
    "Ông được tặng <MISC>Huân chương Lao động hạng Nhì</MISC> vì thành tích xuất sắc.",
    "Đơn vị được tặng <MISC>Huân chương Chiến công hạng Ba</MISC>.",
    "Bà được phong tặng danh hiệu <MISC>Anh hùng Lao động</MISC> năm 2015.",
    "Cô giáo được công nhận <MISC>Nhà giáo Ưu tú</MISC>.",
    "Công trình nhận <MISC>Giải thưởng Hồ Chí Minh</MISC> về khoa học.",
])
def test_awards_and_state_titles_are_misc(rules_nlp, marked):
    """Guidelines, MISC (awards): the award with its class."""
    assert marked_entities(rules_nlp, marked) == marked


@pytest.mark.parametrize("marked", [
    "Nghệ sĩ Nhân dân <PER>Trần Hiếu</PER> biểu diễn tại nhà hát.",  # a title before the name, no award
])
def test_a_state_title_before_a_name_is_a_title(rules_nlp, marked):
    """Guidelines, PER: titles stay outside the name, and name no award there."""
    assert marked_entities(rules_nlp, marked) == marked


@pytest.mark.parametrize("marked", [
    "Năm nay <LOC>xã Bình Sơn</LOC> về đích <MISC>NTM</MISC>.",
    "<ORG>BHXH tỉnh Nghệ An</ORG> đã thu được 500 tỷ đồng.",
    "<ORG>BHXH Việt Nam</ORG> cho biết hệ thống đã hoạt động.",
    "<ORG>MTTQ huyện Bát Xát</ORG> tổ chức hội nghị.",
    "Cán bộ <ORG>MTTQ</ORG> các cấp tham gia giám sát.",
    "<ORG>Kiểm toán Nhà nước</ORG> vừa công bố báo cáo.",
    "Vụ án do <ORG>TAND tối cao</ORG> xét xử.",
    "Nghị quyết được <ORG>QH</ORG> thông qua.",
])
def test_abbreviations_of_bodies(rules_nlp, marked):
    """Guidelines, ORG: named bodies by their abbreviation, alone or with a unit and a place."""
    assert marked_entities(rules_nlp, marked) == marked


@pytest.mark.parametrize("marked", [
    "Người lao động bị nợ đóng BHXH nhiều tháng.",  # the insurance, not the body
    "Đại biểu QH tiếp xúc cử tri.",  # a post (notes, 24)
])
def test_abbreviations_that_name_no_body(rules_nlp, marked):
    assert marked_entities(rules_nlp, marked) == marked


@pytest.mark.parametrize("marked", [
    "Phó Chủ tịch Thường trực Quốc hội <PER>Tòng Thị Phóng</PER> dự.",
    "Phó Chủ tịch Quốc hội <PER>Tòng Thị Phóng</PER> nhấn mạnh.",
])
def test_the_body_word_of_a_post_is_no_entity(rules_nlp, marked):
    """Notes, 20: "Chủ tịch Quốc hội" is a post; the body word only modifies the title."""
    assert marked_entities(rules_nlp, marked) == marked


@pytest.mark.parametrize("marked", [
    "Bộ trưởng trả lời <ORG>Quốc hội Hàn Quốc</ORG> về khả năng này.",
    "Đoàn làm việc với <ORG>Chính phủ Việt Nam</ORG>.",
])
def test_a_state_body_takes_its_country(rules_nlp, marked):
    """Notes, 20: "Chính phủ Anh" is ORG, the country inside it."""
    assert marked_entities(rules_nlp, marked) == marked


@pytest.mark.parametrize("marked", [
    "<ORG>Sở Lao động - Thương binh và Xã hội</ORG> tổ chức hội thảo.",
    "Lãnh đạo <ORG>Cục Quản lý - Giám sát</ORG> dự họp.",
    "Chương trình do <ORG>Trường Đại học Ngoại ngữ</ORG> – ĐHQGHN tổ chức.",  # the parent body after the dash
])
def test_a_dash_between_fields_joins_one_body(rules_nlp, marked):
    assert marked_entities(rules_nlp, marked) == marked


@pytest.mark.parametrize("guessed, expected", [
    ("Bộ chỉ đạo <ORG>Vụ Kế hoạch chủ trì</ORG>, phối hợp.", "Bộ chỉ đạo <ORG>Vụ Kế hoạch</ORG> chủ trì, phối hợp."),
    ("Gia hạn cho <ORG>Công ty Cường Hưng kinh doanh bến thủy</ORG>.", "Gia hạn cho <ORG>Công ty Cường Hưng</ORG> kinh doanh bến thủy."),
])
def test_a_model_name_does_not_end_in_a_verb(rules_nlp, guessed, expected):
    """Boundary repair with the Doc's POS: a lowercase verb after the capitalised name ends it."""
    assert merged_with_model(rules_nlp, guessed) == expected


@pytest.mark.parametrize("guessed", [
    "Ông là Giám đốc <ORG>Công ty Cổ phần đấu giá số 5 quốc gia</ORG>.",  # "Cổ phần" is no noun: the verb stays
    "Ông làm ở <ORG>Ban quản lý di tích</ORG>.",  # one word before the verb: a type word, no name yet
])
def test_a_verb_inside_a_body_name_stays(rules_nlp, guessed):
    assert merged_with_model(rules_nlp, guessed) == guessed


def test_a_model_name_is_not_cut_inside_a_word(rules_nlp):
    guessed = "Chủ tịch <ORG>Công ty Cổ phần đấu giá số 5 quốc</ORG> gia cho biết."
    assert merged_with_model(rules_nlp, guessed) == "Chủ tịch <ORG>Công ty Cổ phần đấu giá số 5 quốc gia</ORG> cho biết."


@pytest.mark.parametrize("guessed, expected", [
    ("Chủ tịch UBND <LOC>huyện Nguyễn Văn An</LOC> phát biểu.", "Chủ tịch UBND huyện <PER>Nguyễn Văn An</PER> phát biểu."),
    ("Chủ tịch <ORG>Quốc hội</ORG> chủ trì phiên họp.", "Chủ tịch Quốc hội chủ trì phiên họp."),
])
def test_a_model_span_does_not_run_into_a_person_or_a_post(rules_nlp, guessed, expected):
    """A bare unit word after a body is generic (notes, 2): the person after it is the name."""
    assert merged_with_model(rules_nlp, guessed) == expected


@pytest.mark.parametrize("guessed, expected", [
    ("Học sinh giỏi môn <PER>Toán</PER> và <MISC>Tiếng Anh</MISC>.", "Học sinh giỏi môn Toán và Tiếng Anh."),
    ("Theo <MISC>Điều 12</MISC> của luật này.", "Theo Điều 12 của luật này."),
    ("Vốn <ORG>FDI</ORG> vào tỉnh tăng mạnh, <ORG>GDP</ORG> tăng 7%.", "Vốn FDI vào tỉnh tăng mạnh, GDP tăng 7%."),
    ("Theo <LOC>Khoản 3 Điều 5</LOC> của luật này.", "Theo Khoản 3 Điều 5 của luật này."),
])
def test_common_capitalised_words_are_no_names(rules_nlp, guessed, expected):
    """School subjects, languages and the parts of a text are capitalised but name nothing."""
    assert merged_with_model(rules_nlp, guessed) == expected


@pytest.mark.parametrize("marked", [
    "Du khách đến <MISC>lễ hội Xuân Yên Tử 2017</MISC> cần biết.",
    "<MISC>Lễ hội Chùa Hương</MISC> năm nay đông khách.",
    "Phim tranh giải tại <MISC>Liên hoan phim Quốc tế Berlin</MISC>.",
    "Kỷ niệm 96 năm <MISC>Ngày thành lập Đảng Cộng sản Việt Nam</MISC>, các chi bộ sinh hoạt.",
    "Lễ khai mạc <MISC>Năm du lịch Yên Bái 2017</MISC> diễn ra tối qua.",
    "Bộ trưởng dự <MISC>Đối thoại Shangri-La</MISC> tại <LOC>Singapore</LOC>.",
    "Hãng giới thiệu mẫu xe tại <MISC>Triển lãm Chicago Auto Show</MISC> trong tháng 2.",
])
def test_named_events_and_holidays_are_misc(rules_nlp, marked):
    """Guidelines, MISC (events, holidays); notes, 34: festivals with their type word and year."""
    assert marked_entities(rules_nlp, marked) == marked


@pytest.mark.parametrize("marked", [
    "Các lễ hội truyền thống được tổ chức.",  # a type word with no name
    "Lễ hội diễn ra trong ba ngày.",
])
def test_an_event_word_alone_is_no_event(rules_nlp, marked):
    assert marked_entities(rules_nlp, marked) == marked


@pytest.mark.parametrize("marked", [
    "Tỉnh tổ chức họp báo giới thiệu <MISC>Lễ hội cà phê Buôn Ma Thuột</MISC> lần thứ 6.",
    "<MISC>Liên hoan văn hóa cồng chiêng Tây Nguyên năm 2017</MISC> diễn ra tại thành phố.",
    "Du khách đổ về <MISC>Lễ hội pháo hoa quốc tế Đà Nẵng 2017</MISC> rất đông.",
    "<MISC>Festival Biển Nha Trang - Khánh Hòa 2017</MISC> khai mạc tối qua.",
    "Hơn 300 dự án được giới thiệu tại <MISC>Hội chợ triển lãm Bất động sản Việt Nam 2017</MISC>.",
    "Mít tinh hưởng ứng <MISC>Tuần lễ biển và hải đảo Việt Nam năm 2017</MISC>.",
    "Sau khi trở về từ <MISC>Liên hoan phim quốc tế Asean</MISC>, anh được mời đóng phim.",
])
def test_a_festival_takes_its_lowercase_words_place_and_year(rules_nlp, marked):
    """Notes, 34: a named festival or fair is MISC with its type word and year; its lowercase words
    and the place in it are part of it, no LOC of their own."""
    assert marked_entities(rules_nlp, marked) == marked


@pytest.mark.parametrize("marked", [
    "<MISC>Festival Di sản Quảng Nam</MISC> lần thứ VI khai mạc tối 9/6.",  # its edition is no part of it
    "<MISC>Lễ hội truyền thống đánh cá Đồng Hoa</MISC> thường niên đã diễn ra.",  # nor "thường niên"
    "Khán giả <MISC>Lễ hội pháo hoa quốc tế Đà Nẵng</MISC> – DIFF 2017 rất đông.",  # nor the abbreviation after a dash
])
def test_a_festival_ends_before_its_edition_and_what_follows_it(rules_nlp, marked):
    assert marked_entities(rules_nlp, marked) == marked


@pytest.mark.parametrize("marked", [
    "Du khách thưởng thức Liên hoan Ẩm thực quốc tế tại phố cổ.",  # "Ẩm | thực": the title runs on
    "Du khách dự Lễ hội Sâm núi, đua thuyền.",  # "Sâm | núi": no end the rule can tell
])
def test_a_festival_title_running_on_in_lowercase_is_left_to_the_model(rules_nlp, marked):
    assert marked_entities(rules_nlp, marked) == marked


@pytest.mark.parametrize("guessed, expected", [
    ("Các tay súng <ORG>Hồi giáo</ORG> rút khỏi thành phố.", "Các tay súng <MISC>Hồi giáo</MISC> rút khỏi thành phố."),
    ("Đó là đối thủ của <ORG>Hồi giáo Shiite</ORG> ở khu vực.", "Đó là đối thủ của <MISC>Hồi giáo Shiite</MISC> ở khu vực."),
    ("Nhiều tín đồ <LOC>Công giáo</LOC> dự lễ.", "Nhiều tín đồ <MISC>Công giáo</MISC> dự lễ."),
    ("<ORG>Giáo hội Phật giáo Việt Nam</ORG> tổ chức đại lễ.", "<ORG>Giáo hội Phật giáo Việt Nam</ORG> tổ chức đại lễ."),  # a body named after one
])
def test_a_religion_is_misc(rules_nlp, guessed, expected):
    """Notes, 34: religions are MISC, alone or with their branch; a longer name holding one keeps its label."""
    assert merged_with_model(rules_nlp, guessed) == expected


@pytest.mark.parametrize("marked", [
    "Tổ chức <ORG>Nhà nước Hồi giáo</ORG> tự xưng đã nhận trách nhiệm.",
    "Các nước cáo buộc tổ chức <ORG>Anh em Hồi giáo</ORG> gây bất ổn.",
])
def test_organisations_named_after_a_religion_are_org(rules_nlp, marked):
    """Guidelines, ORG: "Nhà nước Hồi giáo" (IS) and "Anh em Hồi giáo" are organisations, not the religion."""
    assert marked_entities(rules_nlp, marked) == marked


@pytest.mark.parametrize("marked", [
    "Real Madrid vô địch <MISC>Champions League</MISC> và <MISC>La Liga</MISC> mùa này.",
    "<ORG>Đội tuyển Việt Nam</ORG> chuẩn bị cho vòng loại <MISC>World Cup 2018</MISC>."  # a national team, notes 34,
    "Câu lạc bộ đứng thứ ba <MISC>V-League 2017</MISC> và thăng hạng <MISC>V.League 1</MISC>.",
    "Cầu thủ này từng chơi ở <MISC>Premier League</MISC> và <MISC>Bundesliga</MISC>.",
    "Anh từng nhiều năm chơi ở giải <MISC>Ngoại hạng Anh</MISC>.",
    "Cuộc đàm phán <MISC>Brexit</MISC> bắt đầu từ tuần tới.",
])
def test_named_competitions_are_misc(rules_nlp, marked):
    """Guidelines, MISC: named competitions ("SEA Games 33", "AFF Cup 2018"), with their number or year."""
    assert marked_entities(rules_nlp, marked) == marked


@pytest.mark.parametrize("marked", [
    "<LOC>Venezuela</LOC> giành vé vào bán kết <MISC>U20 World Cup 2017</MISC>.",  # a bare country for its team: LOC (notes)
    "Tottenham có nhiều thẻ đỏ nhất tại <MISC>World Cup U20</MISC>.",
    "Anh tham dự <MISC>World Cup U-20</MISC> năm 2015.",
])
def test_a_competition_takes_its_age_group(rules_nlp, marked):
    assert marked_entities(rules_nlp, marked) == marked


@pytest.mark.parametrize("guessed, expected", [
    ("Anh dự <MISC>World Cup futsal 2016</MISC> tại Colombia.", "Anh dự <MISC>World Cup futsal 2016</MISC> tại <LOC>Colombia</LOC>."),
    ("Chiến thắng ở <MISC>FIFA Club World Cup</MISC> tháng 12.", "Chiến thắng ở <MISC>FIFA Club World Cup</MISC> tháng 12."),
    ("Đội vô địch lượt đi <MISC>Toyota V-League 2017</MISC> hôm qua.", "Đội vô địch lượt đi <MISC>Toyota V-League 2017</MISC> hôm qua."),
    ("<MISC>Nhà ĐKVĐ Serie A</MISC> thua trận.", "Nhà ĐKVĐ <MISC>Serie A</MISC> thua trận."),  # a title before it, no name
    ("Tôi muốn giành chức <MISC>Vô địch V-League</MISC> mùa này.", "Tôi muốn giành chức Vô địch <MISC>V-League</MISC> mùa này."),
])
def test_a_longer_model_name_of_a_competition_stands_unless_a_title_leads_it(rules_nlp, guessed, expected):
    """A fixed event yields to a longer model MISC that holds it, when the words the model adds before
    it are a foreign name's ("FIFA Club", "Toyota"), not a Vietnamese title ("Nhà ĐKVĐ", "Vô địch")."""
    assert merged_with_model(rules_nlp, guessed) == expected


@pytest.mark.parametrize("marked", [
    "Theo <MISC>Luật Bảo hiểm xã hội</MISC> (BHXH) năm 2014, lao động nữ đủ 15 năm đóng BHXH được hưởng 45%.",
    "Hội nghị sơ kết thi hành <MISC>Luật Hợp tác xã</MISC> (HTX) năm 2012. Nhiều HTX hoạt động hiệu quả.",
])
def test_an_abbreviation_of_a_laws_title_names_no_law(rules_nlp, marked):
    """Notes, 39: "BHXH" after "Luật Bảo hiểm xã hội" is the insurance, not the law; its mentions stay unmarked."""
    assert marked_entities(rules_nlp, marked) == marked


@pytest.mark.parametrize("marked", [
    "Theo <MISC>Bộ luật Hình sự</MISC> (<MISC>BLHS</MISC>) năm 2015, hành vi này bị xử lý. <MISC>BLHS</MISC> quy định rõ.",
    "<ORG>Quốc hội</ORG> thảo luận <MISC>Luật sửa đổi, bổ sung một số điều của Bộ luật Hình sự</MISC> (<MISC>BLHS</MISC>) năm 2015.",
])
def test_an_abbreviation_of_a_laws_own_name_is_the_law(rules_nlp, marked):
    assert marked_entities(rules_nlp, marked) == marked


@pytest.mark.parametrize("marked", [
    "Căn cứ Khoản 2 Điều 5 <MISC>Luật Hôn nhân và Gia đình năm 2014</MISC>, quy định rõ.",
    "Theo <MISC>Luật Bảo vệ và Phát triển rừng</MISC>, người vi phạm bị phạt.",
    "<MISC>Luật Phí và Lệ phí</MISC> có hiệu lực từ năm 2017.",
])
def test_a_laws_title_goes_on_over_and_a_capitalised_word(rules_nlp, marked):
    """Guidelines, MISC (named laws): "và" before a capitalised title word is inside the title."""
    assert marked_entities(rules_nlp, marked) == marked


@pytest.mark.parametrize("marked", [
    "Theo <MISC>Luật Đầu tư</MISC> và <MISC>Luật Doanh nghiệp</MISC>, doanh nghiệp được quyền.",
    "Theo <MISC>Luật Trẻ em</MISC> và <MISC>Nghị định 56</MISC>, trẻ em được bảo vệ.",
    "<MISC>Luật Đất đai</MISC> và <ORG>Bộ Tài chính</ORG> đều quy định.",
])
def test_a_laws_title_stops_before_and_another_document_or_name(rules_nlp, marked):
    assert marked_entities(rules_nlp, marked) == marked


def test_a_person_after_a_commune_body_is_cut_off(rules_nlp):
    """A body or place does not run into the person after it: "UBND xã Phú Sơn | Nguyễn Văn Hướng"."""
    marked = "Chủ tịch <ORG>UBND xã Phú Sơn</ORG> <PER>Nguyễn Văn Hướng</PER> nói."
    assert marked_entities(rules_nlp, marked) == marked


@pytest.mark.parametrize("guessed, expected", [
    ("Cô tham dự <ORG>Asia Song Festival 2017</ORG> tại Hàn Quốc.", "Cô tham dự <MISC>Asia Song Festival 2017</MISC> tại <LOC>Hàn Quốc</LOC>."),
    ("Xe tham gia <LOC>Tokyo Motor Show</LOC> năm nay.", "Xe tham gia <MISC>Tokyo Motor Show</MISC> năm nay."),
])
def test_a_model_name_ending_in_an_event_word_is_an_event(rules_nlp, guessed, expected):
    """Guidelines, MISC (events): "Festival", "Show", "Open" end the name of an event, not of an organisation."""
    assert merged_with_model(rules_nlp, guessed) == expected


def test_a_person_after_a_commune_is_cut_off(rules_nlp):
    marked = "Cán bộ <LOC>xã Phú Sơn</LOC> <PER>Nguyễn Văn Hướng</PER> cho biết."
    assert marked_entities(rules_nlp, marked) == marked


@pytest.mark.parametrize("marked", [
    "<MISC>Chương trình mục tiêu quốc gia xây dựng nông thôn mới</MISC> được triển khai tại 20 xã.",
    "Tỉnh thực hiện <MISC>chương trình mục tiêu quốc gia Xây dựng Nông thôn mới và Giảm nghèo bền vững</MISC> giai đoạn 2016-2020.",
    "Thực hiện <MISC>Chiến lược quốc gia phòng, chống tham nhũng</MISC> đến năm 2020.",
    "Huyện có 5 xã thuộc <MISC>chương trình 135</MISC> của <ORG>Chính phủ</ORG>.",
])
def test_national_programmes_are_misc(rules_nlp, marked):
    """Guidelines, MISC (named programmes): the head and its title, up to a period or a verb."""
    assert marked_entities(rules_nlp, marked) == marked


@pytest.mark.parametrize("marked", [
    "Cả nước có 3 chương trình mục tiêu quốc gia.",  # a head with no title names no programme
    "Nhà trường xây dựng chương trình 2 năm cho học sinh.",
])
def test_programme_words_alone_are_no_programme(rules_nlp, marked):
    assert marked_entities(rules_nlp, marked) == marked


def test_a_verb_after_a_one_syllable_noun_stays(rules_nlp):
    """"Cục Khám chữa bệnh": the tagger's noun "Khám" is itself a verb; the name is not cut there."""
    from spacy.tokens import Span

    doc = run_components(rules_nlp, "Ông Khuê, Cục trưởng Cục Khám chữa bệnh, cho biết.")
    start = next(t.i for t in doc if t.text == "Cục" and doc[t.i + 1].text == "Khám")
    body = Span(doc, start, start + 4, label="ORG")
    assert rules_nlp.get_pipe("entities").policy.without_trailing_clause(body) == body


@pytest.mark.parametrize("marked", [
    "Bộ ra mắt <ORG>Cục Chế biến và Phát triển thị trường Nông sản</ORG> hôm qua.",
    "<ORG>Đài Phát thanh và Truyền hình Thanh Hóa</ORG> khai mạc triển lãm.",
    "<ORG>Quỹ Phát triển đất</ORG> đã ứng vốn cho dự án.",
    "Ông là giảng viên <ORG>Học viện Tòa án nhân dân</ORG>, chuyên gia.",
    "Về việc này, <ORG>Thanh tra Bộ Nội vụ</ORG> cũng yêu cầu hoàn thiện.",
    "Ngày 16/6, <ORG>Cơ quan Cảnh sát điều tra Bộ Công an</ORG> ra quyết định khởi tố.",
    "Ngày 13/6, <ORG>Ban Tổ chức Tỉnh ủy Hải Dương</ORG> vừa ra thông báo.",
])
def test_a_known_body_is_not_cut_short(rules_nlp, marked):
    """Guidelines, ORG: the outermost name, its lowercase words, its parent body and its place included."""
    assert marked_entities(rules_nlp, marked) == marked


@pytest.mark.parametrize("marked", [
    "Ông <PER>Nguyễn Văn An</PER>, Chánh Thanh tra <ORG>Bộ Nội vụ</ORG> cho biết.",  # a post, then its body
    "<ORG>Tập đoàn Vingroup</ORG> chủ tịch <PER>Phạm Nhật Vượng</PER> phát biểu.",  # a title ends the body
    "Dự kiến mùa lễ hội Xuân năm nay, khách sẽ đông.",  # a season, no festival's name
])
def test_a_body_does_not_run_over_a_post_or_a_season(rules_nlp, marked):
    assert marked_entities(rules_nlp, marked) == marked


def test_a_lowercase_programme_head_needs_a_capitalised_title(rules_nlp):
    marked = "Chương trình mới là chương trình quốc gia tập trung đề ra những chuẩn kiến thức."
    assert marked_entities(rules_nlp, marked) == marked


@pytest.mark.parametrize("marked", [
    "Theo <MISC>Luật thuế số 107/2016/QH13</MISC> của <ORG>Quốc hội</ORG>.",  # "QH" inside the number; a numbered law (notes, 36)
    "Đêm khai mạc lễ hội Trung thu phố cổ diễn ra tối qua.",  # a holiday's festival: no name of its own
])
def test_no_body_inside_a_code_nor_a_festival_from_a_holiday(rules_nlp, marked):
    assert marked_entities(rules_nlp, marked) == marked


@pytest.mark.parametrize("marked", [
    "Ông <PER>Phạm Minh Chính</PER>, Trưởng Ban Tổ chức Trung ương, chủ trì.",
    "Ông <PER>Mai Văn Chính</PER> - Phó Trưởng Ban Tổ chức Trung ương nhấn mạnh.",
    "Tiến sĩ <PER>Nguyễn Hữu Dũng</PER>, Trưởng khoa Thận nhân tạo, và Phó trưởng khoa Cấp cứu cùng dự.",
    "Ông <PER>Nguyễn Văn An</PER>, Trưởng <ORG>Công an huyện Bát Xát</ORG> cho hay.",  # no department word: the body's ORG
])
def test_no_body_inside_a_post_that_fuses_it(rules_nlp, marked):
    """Guidelines, ORG: "Trưởng ban Nội chính Tỉnh ủy": nothing marked; the same for "Trưởng | Ban ...", "Trưởng khoa"."""
    assert marked_entities(rules_nlp, marked) == marked


@pytest.mark.parametrize("guessed, expected", [
    ("Đồng chí Trưởng <ORG>ban Tuyên giáo Tỉnh ủy</ORG> phát biểu.", "Đồng chí Trưởng ban Tuyên giáo Tỉnh ủy phát biểu."),
    ("Phó trưởng <ORG>khoa Hồi sức tích cực</ORG> cho biết.", "Phó trưởng khoa Hồi sức tích cực cho biết."),
])
def test_no_model_body_inside_a_post_that_fuses_it(rules_nlp, guessed, expected):
    assert merged_with_model(rules_nlp, guessed) == expected


@pytest.mark.parametrize("marked", [
    "Bổ nhiệm ông <PER>Đoàn Minh Huấn</PER> làm Tổng Biên tập <ORG>Tạp chí Cộng sản</ORG>.",
    "Bài viết đăng trên <ORG>Tạp chí Xây dựng Đảng</ORG> số ra tháng này.",
])
def test_a_journal_is_an_organisation(rules_nlp, marked):
    """Guidelines, ORG: media and sources; "Tổng Biên tập" is a title outside the person."""
    assert marked_entities(rules_nlp, marked) == marked


@pytest.mark.parametrize("marked", [
    "Chiếc thạp gốm có từ đời <MISC>nhà Trần</MISC>, chiếc hộp thuộc thời <MISC>nhà Nguyễn</MISC>.",
    "Chiến thắng quân xâm lược <MISC>nhà Minh</MISC> ở thế kỷ XV.",
    "Công an ập vào nhà <PER>Trần Quốc Lịch</PER> tối qua.",  # his house, no dynasty
    "Hàng xóm gần nhà Tần chia sẻ.",  # no word of a time or rule before it: a house
])
def test_dynasties_are_misc(rules_nlp, marked):
    """Notes, 34: dynasties are MISC, after a word of their time or rule."""
    assert marked_entities(rules_nlp, marked) == marked


@pytest.mark.parametrize("guessed, expected", [
    ("Thứ trưởng <ORG>Bộ Công thương Hoàng Quốc Vượng</ORG> chủ trì.",
     "Thứ trưởng <ORG>Bộ Công thương</ORG> <PER>Hoàng Quốc Vượng</PER> chủ trì."),
    ("Phó Chủ tịch <ORG>UBND TP.HCM Trần Vĩnh Tuyến</ORG> khi ấy chỉ đạo.",
     "Phó Chủ tịch <ORG>UBND TP.HCM</ORG> <PER>Trần Vĩnh Tuyến</PER> khi ấy chỉ đạo."),
    ("Em học tại <ORG>Trường THPT Chu Văn An</ORG>.", "Em học tại <ORG>Trường THPT Chu Văn An</ORG>."),  # named after him
    ("Em học ở <ORG>Đại học Quốc gia TP Hồ Chí Minh</ORG>.", "Em học ở <ORG>Đại học Quốc gia TP Hồ Chí Minh</ORG>."),  # a place
])
def test_a_model_body_the_rules_name_does_not_run_into_a_person(rules_nlp, guessed, expected):
    assert merged_with_model(rules_nlp, guessed) == expected


@pytest.mark.parametrize("guessed, expected", [
    ("Bệnh nhân được chuyển ra <ORG>Bệnh viện đa khoa tỉnh</ORG> cấp cứu.", "Bệnh nhân được chuyển ra Bệnh viện đa khoa tỉnh cấp cứu."),
    ("Giám đốc <ORG>Cục Điều tra liên bang</ORG> bị sa thải.", "Giám đốc <ORG>Cục Điều tra liên bang</ORG> bị sa thải."),  # "liên bang" is one word
])
def test_a_model_body_with_a_bare_unit_word_and_no_name_is_generic(rules_nlp, guessed, expected):
    """Notes, 2 and 3: a bare unit word after a type word names no body."""
    assert merged_with_model(rules_nlp, guessed) == expected


@pytest.mark.parametrize("guessed, expected", [
    ("Thượng tá <PER>Nguyễn Quang An</PER>, Phó trưởng <ORG>Phòng Cảnh sát phòng cháy chữa cháy huyện Sóc Sơn</ORG>, cho biết.",
     "Thượng tá <PER>Nguyễn Quang An</PER>, Phó trưởng <ORG>Phòng Cảnh sát phòng cháy chữa cháy huyện Sóc Sơn</ORG>, cho biết."),
])
def test_a_body_bound_to_a_place_after_a_post_stands_alone(rules_nlp, guessed, expected):
    """Notes, 22: a body that stands alone is marked after the post."""
    assert merged_with_model(rules_nlp, guessed) == expected


def test_an_editorial_board_is_one_body_with_its_journal(rules_nlp):
    marked = "Ông sẽ cùng tập thể <ORG>Ban Biên tập Tạp chí Cộng sản</ORG> nỗ lực hết mình."
    assert marked_entities(rules_nlp, marked) == marked


@pytest.mark.parametrize("guessed, expected", [
    ("Đội chủ nhà đè bẹp <PER>Sanna Khánh Hòa</PER> 9-3.", "Đội chủ nhà đè bẹp <ORG>Sanna Khánh Hòa</ORG> 9-3."),
    ("Đội xếp sau là <PER>Becamex Bình Dương</PER>.", "Đội xếp sau là <ORG>Becamex Bình Dương</ORG>."),
    ("Anh <PER>Nguyễn Thái Bình</PER> cho biết.", "Anh <PER>Nguyễn Thái Bình</PER> cho biết."),  # a surname first: a person
])
def test_a_model_person_named_with_a_province_after_no_surname_is_a_club(rules_nlp, guessed, expected):
    """Notes, 34: clubs are ORG; a person's name opens with a surname."""
    assert merged_with_model(rules_nlp, guessed) == expected


@pytest.mark.parametrize("marked", [
    "Bà đã vi phạm <MISC>Luật phòng chống tham nhũng</MISC>.",
    "Việc khởi tố đúng với <MISC>Bộ luật Hình sự</MISC> và áp dụng đúng thẩm quyền của <MISC>Bộ luật tố tụng hình sự</MISC>.",
    "Dự án <MISC>Luật sửa đổi, bổ sung một số điều của Luật các tổ chức tín dụng</MISC> được trình bày.",
    "Ông là Luật sư của bị cáo.",  # a compound with "luật": no law
    "Rà soát quy định trong các Luật thuộc danh mục.",  # a plural: no name
])
def test_laws_with_a_lowercase_title(rules_nlp, marked):
    """Guidelines, MISC (named laws); notes, 36: an amending law runs to the end of the law it amends."""
    assert marked_entities(rules_nlp, marked) == marked


@pytest.mark.parametrize("marked", [
    "Bà báo cáo dự thảo <MISC>Luật sửa đổi, bổ sung một số điều của Bộ luật Hình sự số 100/2015/QH13</MISC>. Điểm đáng chú ý.",
    "Dự thảo Luật sửa đổi sẽ được trình.",  # an amending law with no law it amends: no name
])
def test_an_amending_law_runs_to_the_number_of_the_code_it_amends(rules_nlp, marked):
    assert marked_entities(rules_nlp, marked) == marked


@pytest.mark.parametrize("marked", [
    "Triển lãm '<MISC>Bác Hồ với Thanh Hóa - Thanh Hóa làm theo lời Bác</MISC>' khai mạc sáng nay.",
    "Anh giới thiệu album “<MISC>Beyond Borders</MISC>” tại <LOC>Hà Nội</LOC>.",
])
def test_quoted_titles_of_works_and_exhibitions(rules_nlp, marked):
    """Guidelines, MISC: titles of works and events given in quotes, without the quote marks."""
    assert marked_entities(rules_nlp, marked) == marked


@pytest.mark.parametrize("marked", [
    "Cô được khán giả yêu thích từ bộ phim truyền hình “<MISC>Những ngọn nến trong đêm</MISC>”.",
    "Báo phối hợp tổ chức chương trình nghệ thuật đặc sắc với tên gọi “<MISC>Quà tháng 5 dâng Người</MISC>”.",
    "Cuộc biểu tình mang tên \"<MISC>Chào mừng đến địa ngục</MISC>\" đã diễn ra vào chiều qua.",
    "Hoạt động an ninh này được đặt tên là “<MISC>Lá chắn xanh</MISC>”.",
    "Đây là dự án đất “vàng” của thành phố.",  # a lowercase quote after a gap is a scare quote
    "Một tài khoản cá nhân mang tên “Changg Pham” chia sẻ thông tin.",  # a naming phrase after an account word names its holder
])
def test_quoted_titles_after_a_qualified_work_noun_or_a_naming_phrase(rules_nlp, marked):
    """Guidelines, MISC: titles of works and events given in quotes, also where a few words qualify
    the work noun (bộ phim truyền hình “...”) or a naming phrase introduces them (mang tên “...”)."""
    assert marked_entities(rules_nlp, marked) == marked


@pytest.mark.parametrize("marked", [
    "Chiếc <MISC>iPhone 8</MISC> bản khái niệm sở hữu màn hình toàn bộ mặt trước.",
    "6 lý do khiến bạn chán ngấy <MISC>iPhone</MISC> và mua ngay <MISC>Google Pixel</MISC>",
    "Cả <MISC>Galaxy S8</MISC> và <MISC>Samsung Galaxy S8 Plus</MISC> dùng chip <MISC>Snapdragon 835</MISC>.",
    "Máy bay <MISC>Boeing 787</MISC> hạ cánh an toàn.",
    "Xe <MISC>Audi Q5</MISC> 2017 đã có cấu hình cụ thể.",  # the model year stays outside
    "Doanh số Nokia 6 tháng đầu năm tăng.",  # digits before a word of time: no model
    "Cảm biến 12MP Pixel kép như trên thế hệ trước.",  # a line that needs a model code or its maker
])
def test_products_and_models_are_misc(rules_nlp, marked):
    """Guidelines, MISC: products; notes, 34: products and models MISC, their makers ORG."""
    assert marked_entities(rules_nlp, marked) == marked


@pytest.mark.parametrize("marked", [
    "Trường nhận tài trợ từ <ORG>chính phủ Mỹ</ORG> và giấy phép từ <ORG>chính phủ Việt Nam</ORG>.",
    "Người dân tin vào chính phủ của họ.",  # no country: generic
    "Giao tranh nổ ra giữa <ORG>quân đội Philippines</ORG> và phiến quân.",
    "Trận đấu kết thúc muộn. <ORG>Tuyển Việt Nam</ORG> thua <ORG>CLB TPHCM</ORG> dù chơi hơn người.",
    "HLV sẽ dẫn dắt <ORG>tuyển futsal Việt Nam</ORG> giành vé dự <MISC>World Cup</MISC>.",
])
def test_a_lowercase_government_with_its_country_is_an_organisation(rules_nlp, marked):
    """Notes, 20 (round-3 readings): "chính phủ Mỹ" is ORG like "Chính phủ Anh"."""
    assert marked_entities(rules_nlp, marked) == marked


@pytest.mark.parametrize("marked", [
    "Ngành điện đảm bảo điện phục vụ kỳ thi <MISC>THPT quốc gia</MISC> năm 2017.",
    "Học sinh học chương trình THPT quốc gia sẽ đóng học phí theo quy định.",  # the curriculum, no exam
])
def test_the_national_exam_is_misc(rules_nlp, marked):
    """Notes, 34: the national exam "THPT quốc gia" is MISC."""
    assert marked_entities(rules_nlp, marked) == marked


@pytest.mark.parametrize("guessed, expected", [
    ("Hôm nay khai mạc <ORG>Diễn đàn Doanh nghiệp Việt Nam</ORG>.", "Hôm nay khai mạc <MISC>Diễn đàn Doanh nghiệp Việt Nam</MISC>."),
    ("Nhiều lồng chim bị <ORG>BTC</ORG> đưa ra ngoài.", "Nhiều lồng chim bị BTC đưa ra ngoài."),  # the organising committee: generic
    ("Bologna 0-1 AC Milan (<ORG>Hiệp 1</ORG>: 0-0).", "Bologna 0-1 AC Milan (Hiệp 1: 0-0)."),  # a half of the match
])
def test_forums_are_events_and_committees_or_halves_no_names(rules_nlp, guessed, expected):
    """Guidelines, MISC: named events (a forum); generic bodies and the parts of a match name nothing."""
    assert merged_with_model(rules_nlp, guessed) == expected


@pytest.mark.parametrize("guessed, expected", [
    ("Bộ sẽ làm việc với <ORG>Ủy ban Điều phối Đầu tư Indonesia</ORG> (BKPM) để thống nhất.",
     "Bộ sẽ làm việc với <ORG>Ủy ban Điều phối Đầu tư Indonesia</ORG> (<ORG>BKPM</ORG>) để thống nhất."),
    ("<ORG>Tập đoàn Năng lượng Nguyên tử Quốc gia Nga</ORG> (ROSATOM) thông báo. Mục tiêu của ROSATOM là điện gió.",
     "<ORG>Tập đoàn Năng lượng Nguyên tử Quốc gia Nga</ORG> (<ORG>ROSATOM</ORG>) thông báo. Mục tiêu của <ORG>ROSATOM</ORG> là điện gió."),
    ("Cơ quan điều tra làm việc với <ORG>Công ty Cổ phần Đầu tư Kinh Bắc</ORG> (PVC.KBC) và các đơn vị.",
     "Cơ quan điều tra làm việc với <ORG>Công ty Cổ phần Đầu tư Kinh Bắc</ORG> (<ORG>PVC.KBC</ORG>) và các đơn vị."),
])
def test_an_abbreviation_defined_in_parentheses_is_the_name(rules_nlp, guessed, expected):
    """``Full Name (ABBR)``: the abbreviation takes the name's label, here and wherever it stands alone."""
    assert merged_with_model(rules_nlp, guessed) == expected


@pytest.mark.parametrize("guessed, expected", [
    ("Tài sản của <ORG>LeEco</ORG> bị phong tỏa. Gần đây, LeEco còn thất hẹn trả lãi.",
     "Tài sản của <ORG>LeEco</ORG> bị phong tỏa. Gần đây, <ORG>LeEco</ORG> còn thất hẹn trả lãi."),
    ("Khách bay <ORG>Jetstar</ORG> tăng. Vé giá rẻ Jetstar bán hết.",
     "Khách bay <ORG>Jetstar</ORG> tăng. Vé giá rẻ <ORG>Jetstar</ORG> bán hết."),
])
def test_a_name_keeps_its_label_at_its_other_mentions(rules_nlp, guessed, expected):
    """One name, one sense in one article: a mention the statistical layer missed takes the label it gave elsewhere."""
    assert merged_with_model(rules_nlp, guessed) == expected


@pytest.mark.parametrize("guessed", [
    "Anh <PER>Hoàng</PER> về quê. Hoàng thượng ngự giá.",  # a one-word person name is many things
    "Trận <ORG>Milan</ORG> thắng. AC Milan đứng thứ ba.",  # glued to a capitalised word: part of a longer name
    "<ORG>Hãng phim</ORG> ra mắt. Các hãng phim lớn đều tham gia.",  # written lowercase too: a common word
    "Ông là nhân viên <ORG>Viettel</ORG>. Cơ quan (VKS) đã vào cuộc.",  # an abbreviation after no name
])
def test_mentions_that_are_not_the_same_name_stay_unmarked(rules_nlp, guessed):
    assert merged_with_model(rules_nlp, guessed) == guessed


@pytest.mark.parametrize("marked", [
    "Chủ tịch Phòng Thương mại và Công nghiệp <LOC>Việt Nam</LOC> cho rằng chi phí tăng.",
    "Giám đốc <ORG>Sở Xây dựng</ORG> cho biết.",
])
def test_a_post_before_a_body_type_word_names_no_person(rules_nlp, marked):
    """A role title followed by a body's type word names the body ("Chủ tịch Phòng ..."), not a person "Phòng Thương"."""
    assert marked_entities(rules_nlp, marked) == marked


@pytest.mark.parametrize("marked", [
    "Bộ trưởng dự Đối thoại Hợp tác <LOC>châu Á</LOC> vì mục tiêu chung.",
    "Triển lãm Di sản văn hóa biển mở cửa.",
])
def test_an_event_name_that_runs_on_in_lowercase_is_left_unmarked(rules_nlp, marked):
    """Its end is unknown: a name cut after its capitalised words would be a wrong value."""
    assert marked_entities(rules_nlp, marked) == marked


@pytest.mark.parametrize("marked", [
    "Theo báo <ORG>VTC News</ORG>, vụ việc xảy ra từ tối qua.",
    "Người dùng mạng xã hội <ORG>Facebook</ORG> chia sẻ hình ảnh.",
    "Hãng thông tấn <ORG>TASS</ORG> cho biết.",
    "Theo tờ <ORG>China Daily</ORG>, hệ thống mới đã hoạt động.",
])
def test_an_outlet_after_a_lowercase_media_word_is_org(rules_nlp, marked):
    """Guidelines, ORG (media and sources); notes 34: the lowercase descriptor stays outside."""
    assert marked_entities(rules_nlp, marked) == marked


@pytest.mark.parametrize("marked", [
    "Một phóng viên của hãng thông tấn <LOC>Nga</LOC> có mặt.",  # a country: the place, not an outlet
    "Cơ quan chức năng đã cảnh báo người dân.",  # "báo" inside "cảnh báo"
])
def test_a_media_word_before_a_place_or_inside_a_compound_names_no_outlet(rules_nlp, marked):
    assert marked_entities(rules_nlp, marked) == marked


@pytest.mark.parametrize("marked", [
    "Tin vắn\n\n(<ORG>ICTPress</ORG>) - Việc triển khai ứng dụng mới được đẩy nhanh.",
    "Hai bên cùng quan tâm vấn đề hạt nhân. <ORG>TTXVN</ORG>/<ORG>Tin Tức</ORG>",
])
def test_the_source_of_a_dateline_or_an_agency_credit_is_org(rules_nlp, marked):
    """Guidelines, ORG (media and sources): "(ICTPress) - ..." opening a paragraph, the outlet after "TTXVN/"."""
    assert marked_entities(rules_nlp, marked) == marked


@pytest.mark.parametrize("guessed, expected", [
    ("Cuộc họp diễn ra tại <LOC>thủ đô Astana</LOC> của Kazakhstan.", "Cuộc họp diễn ra tại thủ đô <LOC>Astana</LOC> của <LOC>Kazakhstan</LOC>."),
    ("Trụ sở đặt tại <LOC>thủ đô Jakarta</LOC>.", "Trụ sở đặt tại thủ đô <LOC>Jakarta</LOC>."),
])
def test_thu_do_is_no_unit_word(rules_nlp, guessed, expected):
    """Guidelines, LOC: only administrative-unit and geographic type words join a place; "thủ đô"
    stays outside like any other word before a name (notes, 018)."""
    assert merged_with_model(rules_nlp, guessed) == expected


@pytest.mark.parametrize("marked", [
    "Bí thư <ORG>Thành ủy TP.HCM</ORG> chỉ đạo tại buổi làm việc.",
    "Ông <PER>Minh</PER>, Chủ tịch <ORG>UBND TP.HCM</ORG> cho biết.",
])
def test_a_full_stop_glued_inside_an_abbreviation_stays_in_the_name(rules_nlp, marked):
    assert marked_entities(rules_nlp, marked) == marked


@pytest.mark.parametrize("marked", [
    "Tại <LOC>Q.2</LOC>, giá đất tăng.",
    "Ở <LOC>P.5</LOC>, <LOC>Q.3</LOC> có nhiều người.",
    "Nhà ở <LOC>P. Bến Nghé</LOC>, <LOC>Q.1</LOC>.",
])
def test_an_abbreviated_district_or_ward_with_its_number_or_name_is_loc(rules_nlp, marked):
    """Guidelines, LOC: the unit word and the number of a numbered unit; "Q." and "P." abbreviate quận and phường."""
    assert marked_entities(rules_nlp, marked) == marked


@pytest.mark.parametrize("marked", [
    "Nạn nhân là cháu P.T, 13 tuổi.",
    "Bài viết của nghệ sĩ lão làng này. Q.H",
])
def test_initials_after_q_or_p_are_no_place(rules_nlp, marked):
    """"P.T", "Q.H": a person's initials (victims, signatures), not "phường"/"quận" and a name."""
    assert marked_entities(rules_nlp, marked) == marked


@pytest.mark.parametrize("marked", [
    "<ORG>Facebook</ORG>, mạng xã hội lớn nhất thế giới, sẽ không có giá trị.",
    "Ông đã thông báo trên trang <ORG>Twitter</ORG> cá nhân.",
    "Quảng cáo thu hút 7 triệu lần xem trên kênh <ORG>YouTube</ORG>.",
    "Nhiều người chia sẻ trên <ORG>Zalo</ORG> và <ORG>TikTok</ORG>.",
    "Bài viết đăng trên trang facebook của một người bạn.",  # written lowercase: the common noun
])
def test_a_social_network_is_org(rules_nlp, marked):
    """Guidelines, ORG: companies, media and sources, websites included; a social network by its name
    (notes, 47: VLSP leaves them unmarked)."""
    assert marked_entities(rules_nlp, marked) == marked


@pytest.mark.parametrize("marked", [
    "Phó Chủ tịch <ORG>UBND TP Hà Nội</ORG> <PER>Phí Thái Bình</PER> cho biết kế hoạch.",
    "Thủ môn <PER>Phí Minh Long</PER> bắt chính.",
    "<ORG>Tỉnh ủy Ninh Bình</ORG> họp.",  # "Ninh" is a surname and a place's first syllable: two syllables are the place
])
def test_a_body_and_the_person_after_it_are_two_names(rules_nlp, marked):
    """Guidelines, PER and ORG: a body bound to its place, then the person (a surname of ``surnames``)."""
    assert marked_entities(rules_nlp, marked) == marked


@pytest.mark.parametrize("marked", [
    "Một tòa án tại <LOC>Thượng Hải</LOC> vừa ra lệnh.",
    "Cuộc họp về <LOC>Syria</LOC> tại <LOC>Astana</LOC> kéo dài hai ngày.",
    "Các nước cắt đứt quan hệ ngoại giao với <LOC>Doha</LOC>.",
    "Theo thời báo <ORG>Bình Nhưỡng</ORG>, hội nghị đã kết thúc.",  # after a media word a city names the outlet
])
def test_a_foreign_city_is_loc(rules_nlp, marked):
    """Guidelines, LOC: cities, a capital used for its government included (``city`` patterns)."""
    assert marked_entities(rules_nlp, marked) == marked


@pytest.mark.parametrize("marked", [
    "Các nước đòi phải tôn trọng thỏa thuận Paris về cắt giảm khí thải.",
    "Các nước kêu gọi tuân theo Công ước Chicago về hàng không.",
])
def test_a_city_that_names_an_agreement_is_no_place(rules_nlp, marked):
    """Guidelines, MISC (named documents): "thỏa thuận Paris" names an agreement, its city is no LOC
    (``agreements_after_cities``)."""
    assert marked_entities(rules_nlp, marked) == marked


@pytest.mark.parametrize("text", [
    "Đồng chí Hoàng Giang, Phó Bí thư Tỉnh ủy Lào Cai dự hội nghị tại xã Bản Lầu.",
    "Đảng bộ Khối các cơ quan tỉnh họp; Đảng bộ khối các cơ quan tỉnh họp.",  # a capital asked for
    "Các huyện uỷ Mường Khương, Bát Xát và UBND huyện Sa Pa tổ chức hội thảo.",  # old-style tone mark
    "Ông Nguyễn Văn An, Chủ tịch Quốc hội, thăm Bộ Quốc phòng Nga và đường 3 tháng 2.",
    "Phòng CSHS 2 và Đội CSGT, Công an tỉnh Phú Thọ, phối hợp với Phòng PC45.",  # patterns with a regex and an operator
])
def test_indexed_trigger_matching_equals_spacy_span_ruler(rules_nlp, text):
    """The trigger patterns are found from an index of their first token (``IndexedSpanRuler``; the few it
    cannot hold, by a Matcher of their own): the same spans, labels, ids and order as spaCy's SpanRuler
    matching every pattern at every token."""
    from spacy.pipeline import SpanRuler

    ruler = rules_nlp.get_pipe("entity_rules").rules.ruler
    assert ruler.indexed
    doc = run_components(rules_nlp, text)
    ours = [(s.start, s.end, s.label_, s.id_) for s in ruler.match(doc)]
    assert ours and ours == [(s.start, s.end, s.label_, s.id_) for s in SpanRuler.match(ruler, doc)]


@pytest.mark.parametrize("marked", [
    "<LOC>Qatar</LOC> cực lực bác bỏ những cáo buộc trên.",
    "Thủ tướng đã đến. <LOC>Jakarta</LOC> cũng cảnh báo công dân.",
    "Anh ấy nói vậy.",  # "Anh" opening a sentence is the pronoun as often as the country
])
def test_a_foreign_place_opening_a_sentence_is_a_place(rules_nlp, marked):
    """Guidelines, LOC (a place used for its authorities stays LOC): a sentence-initial capital proves nothing of a
    Vietnamese-shaped word ("Anh", "Nga"), but a known place of foreign shape ("Qatar", "Jakarta") is no common word."""
    assert marked_entities(rules_nlp, marked) == marked


@pytest.mark.parametrize("word, expected", [("Nga", True), ("nghiêng", True), ("Hà Nội", True), ("Qatar", False), ("Bahrain", False),
                                            ("Mỹnchen", False)])
def test_vietnamese_syllable_shape(word, expected):
    assert is_vietnamese_word(word) is expected
