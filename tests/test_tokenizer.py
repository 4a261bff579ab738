"""The tokenizer keeps the text character for character, and every gold span is representable."""

import pytest

from pipeline.validate import spans_of

AWKWARD = [
    "",
    " ",
    "\n\n",
    "  hai  khoảng trắng  ",
    "Lào Cai: 6 giải pháp\n\nNDO - Sáng 19/8,",
    "“Nâng cao năng lực”, (TP.HCM) 1.500.000đ 5,3% 3-5% 21-NQ/TW",
    "0:00 / 0:00\n0:00\n",
    "Khánh Hoà,thuỷ điện (2023)\t\ttab",
    "Ủy ban\u00a0nhân dân",
    "emoji 🙂 và ký hiệu ™ ©",
    "xã Bản Lầu...Mường Khương…",
    "\u0303 combining mark alone",
]


@pytest.mark.parametrize("text", AWKWARD)
def test_round_trip(nlp, text):
    assert nlp.make_doc(text).text == text


@pytest.mark.parametrize("text", AWKWARD)
def test_round_trip_through_whole_pipeline(nlp, text):
    assert nlp(text).text == text


def test_syllables_are_tokens(nlp):
    doc = nlp.make_doc("Huyện ủy Mường Khương có 66.000 dân, 5,3%.")
    assert [t.text for t in doc] == ["Huyện", "ủy", "Mường", "Khương", "có", "66.000", "dân", ",", "5,3", "%", "."]


def test_every_gold_span_falls_on_token_boundaries(nlp, gold_files):
    lost = []
    for name, gold in gold_files.items():
        doc = nlp.make_doc(gold["text"])
        for where, span in spans_of(gold):
            if doc.char_span(span["start"], span["end"]) is None:
                lost.append(f"{name} {where} {span['text']!r}")
    assert lost == []


def test_vlsp_entities_fall_on_token_boundaries(nlp):
    """A sample of the external gold, when it is present beside the repo."""
    import json
    from pathlib import Path

    folder = Path(__file__).resolve().parents[2] / "shared" / "data" / "vlsp2018" / "dev"
    files = sorted(folder.glob("*.gold.json"))[:120]
    if not files:
        pytest.skip("../shared/data/vlsp2018 not present")
    total = lost = 0
    for path in files:
        gold = json.loads(path.read_text("utf-8"))
        doc = nlp.make_doc(gold["text"])
        for entity in gold["entities"]:
            total += 1
            lost += doc.char_span(entity["start"], entity["end"]) is None
    assert total > 1000 and lost / total < 0.005
