"""The list stage's learned decision (step 7, ``pipes/lists/decision.py``): the features it reads, what it keeps."""

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.output import list_records
from pipeline.pipes.lists.decision import Decision, list_features, load_decision

ROOT = Path(__file__).resolve().parent.parent


def before_lists(nlp, text):
    doc = nlp.make_doc(text)
    for name, component in nlp.pipeline:
        if name == "lists":
            return doc
        doc = component(doc)
    return doc


def candidates(nlp, text):
    """The lists the rules propose (found and turned down), each with its features."""
    recognizer = nlp.get_pipe("lists")
    article, found = recognizer.candidates(before_lists(nlp, text))
    return [(record, list_features(article, record, recognizer.head_keys)) for record in found]


@pytest.mark.parametrize(
    "text, items, features",
    [
        (
            "Huyện nêu 3 vấn đề cần thảo luận, đó là: việc cụ thể hóa chủ trương; ban hành nghị quyết chưa sát; sinh hoạt chi bộ còn hạn chế.",
            ["việc cụ thể hóa chủ trương", "ban hành nghị quyết chưa sát", "sinh hoạt chi bộ còn hạn chế"],
            {"cue_trigger": 1.0, "rule_kept": 1.0, "count_stated": 1.0, "count_agrees": 1.0, "head_in_vocabulary": 1.0,
             "delimiter_semicolon": 1.0, "delimiter_comma": 0.0, "colon_before_items": 1.0, "one_sentence": 1.0,
             "items_log": math.log(3), "items_capitalised": 0.0, "lead_words_log": math.log1p(5)},
        ),
        (
            "Đội có 5 cầu thủ dự bị, gồm Minh và Tuấn.",
            ["Minh", "Tuấn"],
            {"cue_trigger": 1.0, "rule_kept": 0.0, "rejected_count_disagrees": 1.0, "count_stated": 1.0, "count_agrees": 0.0,
             "count_above_items": 1.0, "delimiter_comma": 1.0, "items_capitalised": 1.0, "items_log": math.log(2),
             "item_words_log": 0.0, "colon_before_items": 0.0},
        ),
        (
            "Triển lãm đã giới thiệu tranh sơn mài; tranh lụa; tranh khắc gỗ.",
            ["tranh sơn mài", "tranh lụa", "tranh khắc gỗ"],
            {"cue_series": 1.0, "rule_kept": 1.0, "count_stated": 0.0, "delimiter_semicolon": 1.0, "items_noun": 1.0,
             "colon_before_items": 0.0, "lead_words_log": math.log1p(5)},
        ),
        (
            "Sáng nay, đoàn đã đến thăm: nhà văn hóa thôn, trường tiểu học và trạm y tế xã.",
            ["nhà văn hóa thôn", "trường tiểu học", "trạm y tế xã"],
            {"cue_introducer": 1.0, "rule_kept": 0.0, "rejected_colon_series": 1.0, "delimiter_comma": 1.0,
             "colon_before_items": 1.0, "items_noun": 1.0, "lead_words_log": math.log1p(6)},
        ),
    ],
)
def test_features_of_a_candidate(lists_nlp, text, items, features):
    found = candidates(lists_nlp, text)
    assert len(found) == 1
    record, described = found[0]
    assert [text[s:e] for s, e in record.items] == items
    assert {name: described[name] for name in features} == pytest.approx(features)


def test_every_candidate_has_the_features_of_the_data_file(lists_nlp):
    (_, described), = candidates(lists_nlp, "Triển lãm đã giới thiệu tranh sơn mài; tranh lụa; tranh khắc gỗ.")
    assert set(described) == set(load_decision().features)


def decision(**weights):
    """A hand-made decision: a bias of 2 (keep) and the given weights on unscaled features."""
    names = tuple(weights)
    return Decision(names, (0.0,) * len(names), (1.0,) * len(names), tuple(weights.values()), 2.0, 0.5)


def decided_lists(nlp, text, rule):
    recognizer = nlp.get_pipe("lists")
    saved = recognizer.decision
    recognizer.decision = rule
    try:
        doc = recognizer(before_lists(nlp, text))
    finally:
        recognizer.decision = saved
    return [[i["text"] for i in record["items"]] for record in list_records(doc)]


@pytest.mark.parametrize(
    "text, rule, expected",
    [
        # the rules alone (no decision): the found list is written, the one turned down is not
        ("Triển lãm đã giới thiệu tranh sơn mài; tranh lụa; tranh khắc gỗ.", None, [["tranh sơn mài", "tranh lụa", "tranh khắc gỗ"]]),
        ("Đội có 5 cầu thủ dự bị, gồm Minh và Tuấn.", None, []),
        # a decision that scores semicolon series with no cue below its threshold drops them, and keeps the rest
        ("Triển lãm đã giới thiệu tranh sơn mài; tranh lụa; tranh khắc gỗ.", decision(cue_series=-5.0), []),
        ("Huyện nêu 3 vấn đề, đó là: việc cụ thể hóa chủ trương; ban hành nghị quyết chưa sát.", decision(cue_series=-5.0),
         [["việc cụ thể hóa chủ trương", "ban hành nghị quyết chưa sát"]]),
        # one that trusts a count less than the rule does keeps the list the count turned down
        ("Đội có 5 cầu thủ dự bị, gồm Minh và Tuấn.", decision(rejected_count_disagrees=0.0), [["Minh", "Tuấn"]]),
        ("Đội có 5 cầu thủ dự bị, gồm Minh và Tuấn.", decision(rejected_count_disagrees=-5.0), []),
    ],
)
def test_the_decision_keeps_and_drops_exact_lists(lists_nlp, text, rule, expected):
    assert decided_lists(lists_nlp, text, rule) == expected


def test_the_stage_runs_without_the_decision_by_default(lists_nlp):
    assert lists_nlp.get_pipe("lists").decision is None


def test_training_rewrites_the_same_file(tmp_path):
    out = tmp_path / "list_decision.json"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "train_list_decision.py"), "--out", str(out)],
                   check=True, capture_output=True, cwd=ROOT)
    assert json.loads(out.read_text("utf-8")) == json.loads((ROOT / "pipeline" / "data" / "list_decision.json").read_text("utf-8"))
