"""The administrative-unit gazetteer: both eras, codes, and the unit word choosing the level."""

import pytest

from pipeline.pipes.entities.gazetteer import link_place, load_gazetteer


def test_both_structures_are_complete():
    counts = {}
    for units in load_gazetteer()["index"].values():
        for unit in units:
            counts[(unit["level"], unit["era"])] = counts.get((unit["level"], unit["era"]), 0) + 1
    assert counts[("province", "pre-2025")] == 63 and counts[("province", "2025")] == 34
    assert counts[("district", "pre-2025")] > 690 and counts[("commune", "pre-2025")] > 10000
    assert counts[("commune", "2025")] > 3300


@pytest.mark.parametrize(
    "text, level, unit_type",
    [("huyện Mường Khương", "district", "huyện"), ("xã Bản Lầu", "commune", "xã"), ("tỉnh Lào Cai", "province", "tỉnh"),
     ("TX Sông Cầu", "district", "thị xã"), ("TP Hồ Chí Minh", "province", "thành phố")],
)
def test_unit_word_chooses_the_level(text, level, unit_type):
    place = link_place(text)
    assert (place["level"], place["type"]) == (level, unit_type)


def test_one_name_several_units():
    assert link_place("Mường Khương")["candidates"] == 3


def test_codes_are_reused_so_era_goes_with_code():
    before, after = link_place("Lào Cai", published="2022-08-19"), link_place("Lào Cai", published="2025-12-01")
    assert (before["era"], before["code"]) == ("pre-2025", "10")
    assert (after["era"], after["code"]) == ("2025", "15")
    assert link_place("Yên Bái", published="2022-01-01")["province_2025"] == "Lào Cai"


def test_unknown_place_is_not_linked():
    assert link_place("Queensland") is None


def test_linked_place_in_the_output(extract):
    record = extract("Đoàn công tác làm việc tại huyện Mường Khương.", published="2022-08-19")
    place = next(e["place"] for e in record["entities"] if e["text"] == "huyện Mường Khương")
    assert place["level"] == "district" and place["province"] == "Lào Cai" and place["era"] == "pre-2025"
