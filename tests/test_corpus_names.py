"""Names learnt across raw articles (``corpus_names.py``, ``data/name_stats.json``), every span asserted.

A blank pipeline with the entity rules and the merge, its three uses of the learnt names switched
on in the policy's config (they are measured apart; see the README), no statistical layer: a
sentence is written with every entity the guidelines want marked inline (``<PER>…</PER>``).
"""

import pytest
from markup import mark, run_components, unmark
from spacy.tokens import Span

from pipeline.language import make_nlp
from pipeline.pipes.entities.model import MODEL_KEY

ALL_ON = {"@misc": "vn.rules_over_model.v1", "corpus_names": True, "corpus_split": True, "corpus_relabel": True}


@pytest.fixture(scope="module")
def names_nlp():
    nlp = make_nlp(exclude=["entity_model", "dates", "quantities", "lists", "roles", "entities"])
    nlp.add_pipe("vn_entities", name="entities", config={"policy": ALL_ON})
    assert nlp.pipe_names == ["normalizer", "sentences", "words", "entity_rules", "entities"]
    return nlp


def marked_entities(nlp, marked: str) -> str:
    text, _ = unmark(marked)
    doc = run_components(nlp, text)
    return mark(text, [(s.start_char, s.end_char, s.label_) for s in doc.ents])


def merged_with_model(nlp, guessed: str) -> str:
    """The entities written when the statistical layer guessed the spans marked in ``guessed``."""
    text, guesses = unmark(guessed)
    doc = nlp.make_doc(text)
    for _, component in nlp.pipeline[:-1]:
        doc = component(doc)
    doc.spans[MODEL_KEY] = [Span(doc, s.start, s.end, label=label, span_id="model")
                            for s, label in ((doc.char_span(a, b), label) for a, b, label in guesses)]
    doc = nlp.pipeline[-1][1](doc)
    return mark(text, [(s.start_char, s.end_char, s.label_) for s in doc.ents])


@pytest.mark.parametrize("marked", [
    "<LOC>Nhà Trắng</LOC> thông báo về việc cách chức <PER>Comey</PER> vào tối 9/5.",
    "Ba nước <LOC>Ả Rập</LOC> cùng <LOC>UAE</LOC> đưa ra quyết định tương tự.",
    "Dù vậy họ cương quyết không bán cầu thủ này cho <ORG>Bayern</ORG>.",
    "Bình luận của các quan chức <ORG>Fed</ORG> làm tăng kỳ vọng lãi suất.",
])
def test_a_known_name_nothing_else_marks_takes_its_label(names_nlp, marked):
    assert marked_entities(names_nlp, marked) == marked


@pytest.mark.parametrize("marked", [
    "Tiếng Quan thoại, tiếng Arab và tiếng Việt cùng đứng thứ tư.",  # a language
    "Công ty lọt vào Bảng xếp hạng VNR500 năm nay.",  # fused to a number: a longer name
    "Huy sẽ bay từ sân bay Nội Bài vào tối nay.",  # after a place's type word: the name belongs with it
])
def test_a_known_name_is_no_mention_where_it_names_something_else(names_nlp, marked):
    assert marked_entities(names_nlp, marked) == marked


@pytest.mark.parametrize("marked", [
    "Thứ trưởng <ORG>Bộ GDĐT</ORG> <PER>Bùi Văn Ga</PER> - Trưởng ban chỉ đạo thi cho biết.",
])
def test_a_name_run_into_a_known_person_is_cut_into_known_names(names_nlp, marked):
    assert marked_entities(names_nlp, marked) == marked


@pytest.mark.parametrize("guessed, expected", [
    ("Xem video trận <MISC>Chelsea</MISC> thắng đậm.", "Xem video trận <ORG>Chelsea</ORG> thắng đậm."),
    ("Lãnh đạo <PER>Yemen</PER> lên tiếng.", "Lãnh đạo <LOC>Yemen</LOC> lên tiếng."),
])
def test_a_model_label_against_a_very_confident_known_name_is_relabelled(names_nlp, guessed, expected):
    assert merged_with_model(names_nlp, guessed) == expected


def build_script():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "scripts" / "build_name_stats.py"
    spec = importlib.util.spec_from_file_location("build_name_stats", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def sentence(doc_id: str, words: str, ents: list) -> dict:
    return {"id": doc_id, "words": words.split(), "ents": ents}


def test_the_statistics_keep_a_name_labelled_one_way_in_many_articles_and_are_reproducible(tmp_path):
    """"Warmbier" is PER in twelve articles: kept; "Hoàng" is PER as often but the articles also write
    "hoàng" in lowercase: a common word, left out; the same sentences give the same file byte for byte."""
    script = build_script()
    rows = [sentence(f"a{i}", "Gia đình Warmbier cho biết", [[2, 3, "PER"]]) for i in range(12)] \
        + [sentence(f"b{i}", "Anh Hoàng về quê", [[1, 2, "PER"]]) for i in range(12)] \
        + [sentence("c", "Vua ngự ở hoàng cung", [])]
    data = script.build(rows, {"seed": 0})
    assert data["names"] == {"Warmbier": ["PER", 12, 12, 0, 12, 0]}
    first, second = tmp_path / "one.json", tmp_path / "two.json"
    script.write(data, first)
    script.write(script.build(rows, {"seed": 0}), second)
    assert first.read_bytes() == second.read_bytes()
