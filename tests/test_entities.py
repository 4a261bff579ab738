"""Entities: the guidelines' rules, and how rules and the statistical layer combine."""

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
            assert entity["source"] in {"crf", "rule", "model", "gazetteer"}
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
