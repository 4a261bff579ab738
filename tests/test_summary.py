"""The run summary: counted from the outputs, saved atomically as OUT/summary.json, printed short."""

from __future__ import annotations

import json

from review_fixture import output_record

from pipeline.cli import assign_doc_ids, main
from pipeline.summary import summarise, summary_lines


def test_the_summary_counts_what_the_outputs_hold():
    second = output_record() | {"doc_id": "a2"}
    summary = summarise([output_record(), second], [{"file": "bad.txt", "reason": "empty file"}], skipped=1, started="t0")
    del summary["finished"]
    assert summary == {
        "started": "t0", "articles": 3, "written_or_current": 2, "already_current": 1, "failures": 1,
        "annotations": {"entities": 6, "quantities": 4, "dates": 2, "lists": 2, "roles": 2, "list items": 4},
        "entities_by_label": {"LOC": 4, "PER": 2}, "entities_by_source": {"gazetteer": 2, "rule": 2, "model": 2},
        "quantities_by_unit": {"giải pháp": 2, "dân": 2},
        "top_entities": [{"norm": "lào cai", "label": "LOC", "count": 2}, {"norm": "hoàng giang", "label": "PER", "count": 2},
                         {"norm": "tỉnh ủy lào cai", "label": "LOC", "count": 2}],
        "top_units": [{"unit": "giải pháp", "count": 2}, {"unit": "dân", "count": 2}],
    }
    assert summary_lines(summary) == [
        "summary: 2 articles, 1 failed; 6 entities, 4 quantities, 2 dates, 2 lists, 2 roles, 4 list items",
        "  entities by label: LOC 4, PER 2",
        "  top entities: lào cai (LOC, 2), hoàng giang (PER, 2), tỉnh ủy lào cai (LOC, 2)",
        "  top units: giải pháp (2), dân (2)"]


def test_run_writes_summary_json(tmp_path, capsys):
    articles = tmp_path / "in"
    articles.mkdir()
    (articles / "a.txt").write_text("Hà Nội đón khách\n\nHơn 3.000 khách đến Hà Nội.", encoding="utf-8")
    (articles / "empty.txt").write_text("", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["run", str(articles), "--out", str(out), "--quiet"]) == 1
    summary = json.loads((out / "summary.json").read_text("utf-8"))
    assert (summary["articles"], summary["written_or_current"], summary["failures"]) == (2, 1, 1)
    assert summary["failed_files"] == [str(articles / "empty.txt")]
    assert summary["quantities_by_unit"] == {"khách": 1}
    assert main(["run", str(articles), "--out", str(out)]) == 1  # again: the output is current, still summarised
    summary = json.loads((out / "summary.json").read_text("utf-8"))
    assert (summary["written_or_current"], summary["already_current"]) == (1, 1)
    err = capsys.readouterr().err
    assert "summary: 1 articles, 1 failed;" in err
    assert sorted(p.name for p in out.iterdir()) == ["a.json", "errors.jsonl", "summary.json"]


def test_an_article_named_summary_never_overwrites_the_summary(tmp_path):
    pairs, notices = assign_doc_ids([tmp_path / "summary.txt"])
    assert pairs[0][1].startswith("summary-") and len(pairs[0][1]) == len("summary-") + 8
    assert notices == [f"notice: {tmp_path / 'summary.txt'}: doc_id 'summary' is already taken; written as {pairs[0][1]!r}"]
