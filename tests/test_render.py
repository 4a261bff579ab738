"""HTML for people: values as Vietnamese readers write them, every layer marked, errors on every layer."""

from __future__ import annotations

import json

import pytest
from review_fixture import TEXT, corrected_gold, output_record, span

from pipeline.cli import main
from pipeline.eval.render import date_text, error_ids, marks, quantity_text, render_text, vi_number
from pipeline.eval.report import html_report, html_show
from pipeline.eval.scorer import score_corpus


@pytest.mark.parametrize("value, shown", [(66000, "66.000"), (5.3, "5,3"), (1234567.25, "1.234.567,25"), (0.125, "0,125"), (7, "7")])
def test_numbers_are_written_the_vietnamese_way(value, shown):
    assert vi_number(value) == shown


@pytest.mark.parametrize("quantity, shown", [
    ({"value": 1500000000, "unit": "đồng", "qualifier": "exact"}, "1,5 tỷ đồng"),
    ({"value": 3550, "unit": "đảng viên", "qualifier": "gt"}, "> 3.550 đảng viên"),
    ({"value": 80000000, "value_max": 95000000, "unit": "đồng", "qualifier": "exact"}, "80–95 triệu đồng"),
    ({"value": 250000000000000, "unit": "đồng", "qualifier": "approx"}, "≈ 250.000 tỷ đồng"),
    ({"value": 5.3, "unit": "%", "qualifier": "gte"}, "≥ 5,3%"),
    ({"value": 3, "value_max": 5, "unit": "%/năm"}, "3–5%/năm"),
    ({"value": 1000, "unit": None, "qualifier": "lt"}, "< 1.000"),
    ({"value": 21, "unit": "người", "qualifier": "made-up"}, "made-up 21 người"),
])
def test_quantities_are_written_for_people(quantity, shown):
    assert quantity_text(quantity) == shown


@pytest.mark.parametrize("date, shown", [
    ({"value": "XXXX-08-19"}, "19/8 (year unstated)"),
    ({"value": "2022-08-19"}, "19/8/2022"),
    ({"value": "2022-08"}, "8/2022"),
    ({"value": "2024-Q3"}, "quý 3/2024"),
    ({"value": "2021", "value_end": "2025"}, "2021 – 2025"),
    ({"value": "2022-08-19", "year_inferred": True}, "19/8/2022 (year from the publication date)"),
    ({"value": "XXXX-01", "lunar": True}, "1 (year unstated) (lunar calendar)"),
])
def test_dates_are_written_for_people(date, shown):
    assert date_text(date) == shown


def test_overlapping_layers_are_all_drawn():
    """A list item holding an entity and a quantity carries all three, each piece with every class over it."""
    text = "Có: hơn 66.000 dân ở Lào Cai; tốt"
    record = {"text": text, "entities": [{"start": 21, "end": 28, "text": "Lào Cai", "label": "LOC"}],
              "quantities": [{"start": 8, "end": 14, "text": "66.000", "value": 66000, "unit": "dân", "qualifier": "gt"}],
              "lists": [{"trigger": None, "items": [{"start": 4, "end": 28, "text": text[4:28]}, {"start": 30, "end": 33, "text": "tốt"}]}]}
    assert render_text(text, marks(record)) == (
        '<div class="text"><p class="para">Có: <span class="badge item">1.1</span>'
        '<span class="mark item" title="list 1: no head, announced –, 2 found\nitem 1">hơn </span>'
        '<span class="mark qty item" title="quantity: &gt; 66.000 dân\nqualifier: more than (hơn, trên, vượt)\n'
        'list 1: no head, announced –, 2 found\nitem 1">66.000</span><span class="tag qty">&gt; 66.000 dân</span>'
        '<span class="mark item" title="list 1: no head, announced –, 2 found\nitem 1"> dân ở </span>'
        '<span class="mark ent-LOC item" title="LOC place\nlist 1: no head, announced –, 2 found\nitem 1">Lào Cai</span>'
        '<span class="tag ent-LOC">LOC</span>; <span class="badge item">1.2</span>'
        '<span class="mark item" title="list 1: no head, announced –, 2 found\nitem 2">tốt</span></p></div>')


def test_misses_and_false_alarms_on_every_layer():
    gold, pred = corrected_gold(), output_record()
    gold["dates"][0]["value"] = "XXXX-08-20"  # a wrong date value: a miss and a false alarm
    gold["roles"][0]["status"] = "former"  # status is an accuracy, not an error of the match
    missed, false = error_ids(gold, pred)
    texts = lambda record, ids: sorted(  # noqa: E731
        (layer, item.get("text") or item["role"]["text"]) for layer in ("entities", "quantities", "dates", "roles")
        for item in record[layer] if id(item) in ids) + sorted(
        ("items", item["text"]) for lst in record["lists"] for item in lst["items"] if id(item) in ids)
    assert texts(gold, missed) == [("dates", "Ngày 19/8"), ("entities", "Tỉnh ủy Lào Cai"), ("items", "thu hút đầu tư")]
    assert texts(pred, false) == [("dates", "Ngày 19/8"), ("entities", "Tỉnh ủy Lào Cai")]


def test_the_report_has_a_score_table_with_links_and_an_errors_only_view():
    gold, pred = corrected_gold(), output_record()
    page = html_report(score_corpus([(gold, pred)]), [(gold, pred)])
    assert ('<tr class="has-errors"><td class="name"><a href="#a0">a1</a></td><td>0.667</td><td>1.000</td><td>1.000</td>'
            "<td>0.800</td><td>1.000</td><td>3</td></tr>") in page
    assert '<h2 id="a0">Lào Cai: 3 giải pháp phát triển</h2>' in page
    assert '<input type="checkbox" id="errors-only">' in page
    item = span("thu hút đầu tư")
    assert f'<span class="mark item miss" title="list 1: giải pháp, announced 3, 3 found\nitem 3 ✗ miss">{item["text"]}</span>' in page
    assert '<span class="tag ent-LOC false">LOC ✗ false</span>' in page
    assert page.count('<p class="para err">') == 2  # the body paragraph, once per side; the title paragraph is clean


def test_show_renders_each_line_of_a_jsonl_dump(tmp_path):
    dump = tmp_path / "dump.jsonl"
    rows = [{"id": "d1", "title": "Hà Nội đón khách", "text": "Hơn 3.000 khách đến Hà Nội ngày 19/8.", "url": "https://example.vn/d1",
             "published": "2022-08-20"},
            {"id": "d2", "title": "Tin thứ hai", "text": "Ông Nguyễn Văn An làm việc ở Đà Nẵng."}]
    dump.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    assert main(["show", str(dump), "--html", str(tmp_path / "d.html")]) == 0
    page = (tmp_path / "d.html").read_text("utf-8")
    assert '<li><a href="#a0">d1</a></li><li><a href="#a1">d2</a></li>' in page
    assert ('<h2 id="a0">Hà Nội đón khách</h2><p class="meta">d1 · published 2022-08-20 · '
            '<a href="https://example.vn/d1" rel="noreferrer">https://example.vn/d1</a></p>') in page
    assert '<h2 id="a1">Tin thứ hai</h2>' in page
    assert '{"id"' not in page  # the articles, not the raw lines


def test_show_names_a_bad_output_file(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    assert main(["show", str(bad), "--html", str(tmp_path / "x.html")]) == 2
    assert capsys.readouterr().err.splitlines()[0].startswith(f"error: {bad}: not readable JSON: ")
    assert not (tmp_path / "x.html").exists()


def test_show_of_an_output_marks_the_place_link_on_hover(tmp_path):
    path = tmp_path / "a1.json"
    path.write_text(json.dumps(output_record(), ensure_ascii=False), encoding="utf-8")
    assert main(["show", str(path), "--html", str(tmp_path / "a1.html")]) == 0
    page = (tmp_path / "a1.html").read_text("utf-8")
    assert ('<span class="mark ent-LOC" title="LOC place, by gazetteer\nplace: tỉnh Lào Cai, province, code 10 (pre-2025), '
            '5 candidate(s)">Lào Cai</span>') in page
    assert TEXT.split("\n")[0] in page
    assert html_show(output_record()).count("<section") == 1


def test_show_renders_a_folder_of_outputs(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    for doc_id in ("a1", "a2"):
        (out / f"{doc_id}.json").write_text(json.dumps(output_record() | {"doc_id": doc_id}, ensure_ascii=False), encoding="utf-8")
    (out / "summary.json").write_text("{}", encoding="utf-8")
    assert main(["show", str(out), "--html", str(tmp_path / "o.html")]) == 0
    assert '<li><a href="#a0">a1</a></li><li><a href="#a1">a2</a></li>' in (tmp_path / "o.html").read_text("utf-8")


def test_the_list_summary_names_the_cue_and_the_list_a_nested_one_sits_in():
    from pipeline.eval.report import render_lists

    outer = {"trigger": None, "head": None, "announced_count": None, "cue": "series", "parent": None,
             "items": [span("phát triển nông nghiệp"), span("mở rộng du lịch")]}
    inner = {"trigger": None, "head": None, "announced_count": 2, "cue": "introducer", "parent": 0,
             "items": [span("nông nghiệp"), span("du lịch")]}
    html = render_lists({"lists": [outer, inner]})
    assert "list 1: <b>(no trigger)</b> · head – · announced – · found 2 · cue series</p>" in html
    assert "list 2: <b>(no trigger)</b> · head – · announced 2 · found 2 · cue introducer · inside an item of list 1</p>" in html
