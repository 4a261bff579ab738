"""The scorer on small hand-made cases (guidelines, Scoring)."""

import pytest

from pipeline.eval.scorer import score_corpus, score_document

TEXT = "Huyện ủy Mường Khương có hơn 66.000 dân ở Lào Cai, ngày 19/8."


def record(**layers):
    base = {"doc_id": "t", "text": TEXT, "entities": [], "quantities": [], "dates": [], "lists": []}
    return base | layers


def ent(start, end, label):
    return {"start": start, "end": end, "text": TEXT[start:end], "label": label}


ORG = ent(0, 21, "ORG")
LOC = ent(42, 49, "LOC")


def test_exact_match():
    s = score_document(record(entities=[ORG, LOC]), record(entities=[ORG, LOC])).as_dict()["entities"]
    assert s["strict"]["f1"] == 1.0 and s["partial"]["f1"] == 1.0


def test_partial_match_counts_only_as_partial():
    pred = record(entities=[ent(9, 21, "ORG"), LOC])
    s = score_document(record(entities=[ORG, LOC]), pred).as_dict()["entities"]
    assert s["strict"]["tp"] == 1 and s["strict"]["fp"] == 1 and s["strict"]["fn"] == 1
    assert s["partial"]["tp"] == 2


def test_label_confusion_is_a_miss_and_a_false_alarm():
    s = score_document(record(entities=[LOC]), record(entities=[ent(42, 49, "PER")])).as_dict()["entities"]
    assert (s["strict"]["tp"], s["strict"]["fp"], s["strict"]["fn"]) == (0, 1, 1)
    assert s["by_label"]["LOC"]["fn"] == 1 and s["by_label"]["PER"]["fp"] == 1


def test_duplicate_prediction_is_a_false_alarm():
    s = score_document(record(entities=[LOC]), record(entities=[LOC, LOC])).as_dict()["entities"]["strict"]
    assert (s["tp"], s["fp"]) == (1, 1)


def test_document_level_uses_distinct_names():
    gold = record(entities=[ORG, LOC, LOC])
    s = score_document(gold, record(entities=[LOC])).as_dict()["entities"]["document"]
    assert (s["tp"], s["fn"]) == (1, 1)


def quantity(start, end, value, unit=None, qualifier="exact", value_max=None):
    q = {"start": start, "end": end, "text": TEXT[start:end], "value": value, "unit": unit, "qualifier": qualifier}
    if value_max is not None:
        q["value_max"] = value_max
    return q


def test_quantity_needs_overlap_and_equal_value_and_scores_unit_and_qualifier():
    gold = record(quantities=[quantity(29, 35, 66000, "dân", "gt")])
    pred = record(quantities=[quantity(29, 35, 66000.0, "Dân ", "exact")])
    s = score_document(gold, pred).as_dict()["quantities"]
    assert s["f1"] == 1.0 and s["unit_accuracy"] == 1.0 and s["qualifier_accuracy"] == 0.0
    wrong_value = record(quantities=[quantity(29, 35, 66, "dân", "gt")])
    assert score_document(gold, wrong_value).as_dict()["quantities"]["tp"] == 0


def test_range_value_matches_on_low_end():
    gold = record(quantities=[quantity(29, 35, 3, "%", value_max=5)])
    assert score_document(gold, record(quantities=[quantity(29, 35, 3, "%", value_max=5)])).as_dict()["quantities"]["f1"] == 1.0


@pytest.mark.parametrize("pred_quantity, value_accuracy, values_read, off_by_ten", [
    (quantity(29, 35, 66000, "dân", "gt"), 1.0, 1, 0),
    (quantity(29, 35, 66, "dân", "gt"), 0.0, 1, 1),
    (quantity(29, 35, 65000, "dân", "gt"), 0.0, 1, 0),
    (quantity(29, 35, 66000, "dân", "gt", value_max=70000), 0.0, 1, 0),
])
def test_value_accuracy_is_over_predictions_that_overlap_a_gold_quantity(pred_quantity, value_accuracy, values_read, off_by_ten):
    gold = record(quantities=[quantity(29, 35, 66000, "dân", "gt")])
    s = score_document(gold, record(quantities=[pred_quantity])).as_dict()["quantities"]
    assert (s["value_accuracy"], s["values_read"], s["off_by_power_of_ten"]) == (value_accuracy, values_read, off_by_ten)


def test_a_range_end_off_by_a_power_of_ten_is_counted():
    gold = record(quantities=[quantity(29, 35, 5e6, "đồng", value_max=95e6)])
    s = score_document(gold, record(quantities=[quantity(29, 35, 5e6, "đồng", value_max=95)])).as_dict()["quantities"]
    assert (s["tp"], s["value_accuracy"], s["off_by_power_of_ten"]) == (1, 0.0, 1)


def test_a_prediction_overlapping_no_gold_quantity_is_not_a_value_read():
    gold = record(quantities=[quantity(29, 35, 66000, "dân", "gt")])
    s = score_document(gold, record(quantities=[quantity(57, 61, 19)])).as_dict()["quantities"]
    assert s["values_read"] == 0


@pytest.mark.parametrize("pred_value, matches", [("2022-08-19", True), ("XXXX-08-19", True), ("2022-08-20", False), ("2022-08", False)])
def test_unstated_year_in_gold_matches_any_year(pred_value, matches):
    date = {"start": 57, "end": 61, "text": "19/8", "value": "XXXX-08-19"}
    pred = record(dates=[date | {"value": pred_value}])
    assert (score_document(record(dates=[date]), pred).as_dict()["dates"]["tp"] == 1) is matches


def items(*spans):
    return [{"start": s, "end": e, "text": TEXT[s:e]} for s, e in spans]


def test_list_pairing_with_split_and_merged_items():
    gold = record(lists=[{"trigger": None, "announced_count": 3, "items": items((0, 10), (10, 20), (20, 30))}])
    merged = record(lists=[{"trigger": None, "announced_count": 3, "items": items((0, 20), (20, 30))}])
    s = score_document(gold, merged).as_dict()["lists"]
    assert s["found"]["f1"] == 1.0 and s["announced_count_accuracy"] == 1.0
    # (0, 20) overlaps (0, 10) by half of its length: a match; (10, 20) is then missed
    assert (s["items"]["tp"], s["items"]["fp"], s["items"]["fn"]) == (2, 0, 1)
    split = record(lists=[{"trigger": None, "announced_count": 2, "items": items((0, 5), (5, 10), (10, 20), (20, 30))}])
    s = score_document(gold, split).as_dict()["lists"]
    assert (s["items"]["tp"], s["items"]["fp"]) == (3, 1) and s["announced_count_accuracy"] == 0.0


def test_empty_prediction():
    s = score_document(record(entities=[ORG]), record()).as_dict()
    assert s["entities"]["strict"]["recall"] == 0.0 and s["entities"]["strict"]["precision"] is None


def test_empty_gold():
    s = score_document(record(), record(entities=[ORG])).as_dict()
    assert s["entities"]["strict"]["precision"] == 0.0 and s["entities"]["strict"]["recall"] is None


def test_partial_gold_is_scored_on_its_layers_only():
    gold = record(entities=[ORG], meta={"layers": ["entities"]})
    result = score_corpus([(gold, record(entities=[ORG], quantities=[quantity(29, 35, 66000)]))])
    assert set(result["micro"]) == {"entities"}


ROLE_TEXT = "Đồng chí Hoàng Giang, Phó Bí thư Tỉnh ủy Lào Cai, và ông Lê Văn Hải, nguyên Chủ tịch UBND tỉnh."


def span_of(phrase, text=ROLE_TEXT):
    start = text.index(phrase)
    return {"start": start, "end": start + len(phrase), "text": phrase}


def role(person, post, org, status="current"):
    return {"person": span_of(person), "role": span_of(post), "org": org and span_of(org), "status": status}


def role_record(*roles):
    return {"doc_id": "r", "text": ROLE_TEXT, "entities": [], "quantities": [], "dates": [], "lists": [], "roles": list(roles)}


GIANG = role("Hoàng Giang", "Phó Bí thư", "Tỉnh ủy Lào Cai")
HAI = role("Lê Văn Hải", "Chủ tịch", "UBND tỉnh", "former")


def roles_score(gold, pred):
    return score_document(role_record(*gold), role_record(*pred)).as_dict()["roles"]


def test_role_matches_on_person_role_text_and_org():
    s = roles_score([GIANG, HAI], [GIANG, HAI])
    assert (s["tp"], s["fp"], s["fn"], s["status_accuracy"]) == (2, 0, 0, 1.0)


def test_role_text_is_compared_after_lowercasing_and_tone_keying():
    pred = GIANG | {"role": {"start": 0, "end": 10, "text": "phó bí thư"}}
    assert roles_score([GIANG], [pred])["tp"] == 1


def test_role_with_the_wrong_org_counts_for_person_and_role_only():
    wrong_org = role("Hoàng Giang", "Phó Bí thư", "UBND tỉnh")
    s = roles_score([GIANG], [wrong_org])
    assert (s["tp"], s["fp"], s["fn"]) == (0, 1, 1)
    assert s["person_role"]["tp"] == 1


def test_a_null_org_matches_only_a_null_org():
    no_org = role("Hoàng Giang", "Phó Bí thư", None)
    assert roles_score([no_org], [no_org])["tp"] == 1
    assert roles_score([GIANG], [no_org])["tp"] == 0


def test_status_accuracy_is_over_matched_roles():
    s = roles_score([GIANG, HAI], [GIANG, HAI | {"status": "current"}])
    assert s["tp"] == 2 and s["status_accuracy"] == 0.5


def test_gold_without_roles_key_is_not_scored_on_roles():
    gold = role_record()
    del gold["roles"]
    assert "roles" not in score_document(gold, role_record(GIANG)).as_dict()


def test_a_nested_list_pairs_with_the_nested_gold_list():
    """The inner list's items lie inside an outer item: they overlap both gold lists equally, and
    only the inner gold list has items that match them."""
    outer = {"trigger": None, "announced_count": None, "items": items((0, 20), (20, 30))}
    inner = {"trigger": None, "announced_count": 2, "items": items((5, 10), (12, 18))}
    gold = record(lists=[outer, inner])
    s = score_document(gold, record(lists=[outer, inner])).as_dict()["lists"]
    assert (s["found"]["tp"], s["found"]["fp"], s["found"]["fn"]) == (2, 0, 0)
    assert (s["items"]["tp"], s["items"]["fp"], s["items"]["fn"]) == (4, 0, 0)
