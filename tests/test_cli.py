"""The command line: a batch writes every good article, names every bad one, and skips current outputs."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.eval.split import is_test_article

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def batch(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_good.txt").write_text("Lào Cai kết nạp 1.783 đảng viên\n\nNăm 2010 Đảng bộ kết nạp 1.783 đảng viên.", "utf-8")
    (folder / "b_empty.txt").write_text("  \n", "utf-8")
    (folder / "c_latin1.txt").write_bytes("Hà Nội có hơn 8 triệu dân".encode("latin-1", errors="replace") + b"\xe0\xe1")
    (folder / "d_good.txt").write_text("Huyện ủy Mường Khương tổ chức hội thảo\n\nSáng 19/8, hội thảo khai mạc.", "utf-8")
    (folder / "d_good.meta.json").write_text(json.dumps({"source_url": "https://example.vn/a", "published": "2022-08-19"}), "utf-8")
    (folder / "e_utf16.txt").write_bytes("Tỉnh ủy Lào Cai họp\n\nCó 43 tổ chức cơ sở Đảng.".encode("utf-16"))
    return folder


def test_batch_writes_good_articles_and_lists_bad_ones(batch, tmp_path, capsys):
    out = tmp_path / "out"
    status = main(["run", str(batch), "--out", str(out), "--quiet"])
    assert status == 1  # something failed
    assert sorted(p.name for p in out.glob("*.json") if p.name != "summary.json") == ["a_good.json", "d_good.json", "e_utf16.json"]
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text("utf-8").splitlines()]
    reasons = {Path(e["file"]).name: e["reason"] for e in errors}
    assert reasons["b_empty.txt"] == "empty file"
    assert "not UTF-8" in reasons["c_latin1.txt"]


def test_meta_beside_the_article_is_used(batch, tmp_path):
    out = tmp_path / "out"
    main(["run", str(batch / "d_good.txt"), "--out", str(out), "--quiet"])
    record = json.loads((out / "d_good.json").read_text("utf-8"))
    assert record["meta"]["source_url"] == "https://example.vn/a"
    assert record["dates"][0]["value"] == "2022-08-19"


def test_rerun_skips_current_outputs(batch, tmp_path, capsys):
    out = tmp_path / "out"
    main(["run", str(batch / "a_good.txt"), "--out", str(out), "--quiet"])
    capsys.readouterr()
    main(["run", str(batch / "a_good.txt"), "--out", str(out), "--quiet"])
    assert "0 written, 1 already current" in capsys.readouterr().err


def test_no_temporary_files_are_left(batch, tmp_path):
    out = tmp_path / "out"
    main(["run", str(batch), "--out", str(out), "--quiet"])
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


def test_standard_input(tmp_path):
    out = tmp_path / "out"
    text = "Huyện ủy Hiệp Đức tổ chức hội nghị lần thứ 10\n\nĐạt trên 13.240 tấn."
    result = subprocess.run([sys.executable, "-m", "pipeline", "run", "-", "--out", str(out), "--quiet"],
                            input=text.encode("utf-8"), capture_output=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    record = json.loads((out / "stdin.json").read_text("utf-8"))
    assert record["quantities"][0]["value"] == 13240


def test_two_jobs_give_the_same_records(batch, tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    main(["run", str(batch), "--out", str(one), "--quiet"])
    main(["run", str(batch), "--out", str(two), "--quiet", "--jobs", "2"])
    for path in (p for p in one.glob("*.json") if p.name != "summary.json"):
        a, b = (json.loads(p.read_text("utf-8")) for p in (path, two / path.name))
        a["pipeline"].pop("timings"), b["pipeline"].pop("timings")
        assert a == b


@pytest.mark.parametrize("folder", ["gold", "gold-test", "agreement/gold"])
def test_corpus_gold_is_valid(capsys, folder):
    assert main(["validate", str(ROOT / "corpus" / folder)]) == 0


@pytest.mark.parametrize("folder, in_test", [("gold", False), ("gold-test", True)])
def test_gold_files_sit_in_the_split_their_doc_id_gives(folder, in_test):
    paths = sorted((ROOT / "corpus" / folder).glob("*.gold.json"))
    assert paths
    assert all(is_test_article(json.loads(p.read_text("utf-8"))["doc_id"]) is in_test for p in paths)


def test_validate_requires_a_role_person_to_be_a_per_entity(tmp_path, capsys):
    text = "Ông Lê Văn Hải, Chủ tịch UBND tỉnh"
    person = {"start": 4, "end": 14, "text": "Lê Văn Hải"}
    record = {"doc_id": "r", "text": text, "entities": [person | {"label": "LOC"}], "quantities": [], "dates": [],
              "lists": [], "roles": [{"person": person, "role": {"start": 16, "end": 24, "text": "Chủ tịch"},
                                      "org": {"start": 25, "end": 34, "text": "UBND tỉnh"}, "status": "elected"}]}
    path = tmp_path / "r.gold.json"
    path.write_text(json.dumps(record, ensure_ascii=False), "utf-8")
    assert main(["validate", str(path)]) == 1
    assert "roles/0/status: 'elected' is not one of ['current', 'former', 'new']" in capsys.readouterr().out
    record["roles"][0]["status"] = "current"
    path.write_text(json.dumps(record, ensure_ascii=False), "utf-8")
    assert main(["validate", str(path)]) == 1
    assert f"{path}: roles[0].person: 'Lê Văn Hải' (4-14) is not a PER entity of the file" in capsys.readouterr().out


def test_validate_names_file_and_problem(tmp_path, capsys):
    bad = {"doc_id": "x", "text": "Lào Cai", "entities": [{"start": 0, "end": 3, "text": "Lào Cai", "label": "LOC"}],
           "quantities": [], "dates": [], "lists": [{"trigger": None, "items": [{"start": 0, "end": 3, "text": "Lào"}]}]}
    path = tmp_path / "x.gold.json"
    path.write_text(json.dumps(bad, ensure_ascii=False), "utf-8")
    assert main(["validate", str(path)]) == 1
    printed = capsys.readouterr().out
    assert f"{path}: entities[0]: text[0:3] is 'Lào', not 'Lào Cai'" in printed
    assert f"{path}: lists[0]: 1 item(s); a list has at least two" in printed


def test_eval_prints_every_layer(tmp_path, capsys):
    assert main(["eval", "--gold", str(ROOT / "corpus" / "gold"), "--quiet", "--html", str(tmp_path / "r.html")]) == 0
    printed = capsys.readouterr().out
    for figure in ("entities strict", "entities partial", "entities document", "quantities", "unit accuracy",
                   "qualifier accuracy", "dates", "lists found", "list items", "announced-count accuracy",
                   "roles", "person+role (org ignored)", "status accuracy"):
        assert figure in printed
    assert "000_a3837a240afc45cb" in (tmp_path / "r.html").read_text("utf-8")


def test_eval_puts_development_and_test_side_by_side_and_reports_only_development_in_html(tmp_path, capsys):
    dev, test = ROOT / "corpus" / "gold", ROOT / "corpus" / "gold-test"
    assert main(["eval", "--gold", str(dev), "--gold", str(test), "--quiet", "--limit", "2",
                 "--html", str(tmp_path / "r.html")]) == 0
    printed = capsys.readouterr().out
    assert f"{dev}: 2 articles" in printed and f"{test}: 2 articles" in printed
    side = printed[printed.rindex("figure"):]
    assert side.splitlines()[0].split() == ["figure", f"{dev}", "(2)", f"{test}", "(2)"]
    report = (tmp_path / "r.html").read_text("utf-8")
    assert not any(path.stem.removesuffix(".gold") in report for path in test.glob("*.gold.json"))


GOLD_FILES = len(list((ROOT / "corpus" / "gold").glob("*.gold.json")))


@pytest.mark.parametrize("options, articles", [(["--every", "4", "--offset", "2", "--limit", "4"], 4), (["--limit", "5"], 5),
                                               (["--every", "2", "--limit", "3"], 3),
                                               (["--every", "20", "--offset", "3"], len(range(3, GOLD_FILES, 20)))])
def test_eval_scores_a_sample_of_the_gold_files(capsys, options, articles):
    """``--every N --offset R`` scores every Nth gold file from the Rth, ``--limit`` the first N of those."""
    assert main(["eval", "--gold", str(ROOT / "corpus" / "gold"), "--quiet", "--json", *options]) == 0
    assert len(json.loads(capsys.readouterr().out)["articles"]) == articles


def test_show_renders_html(tmp_path):
    target = tmp_path / "show.html"
    assert main(["show", str(ROOT / "corpus" / "articles" / "000_a3837a240afc45cb.txt"), "--html", str(target)]) == 0
    page = target.read_text("utf-8")
    assert "Huyện ủy Mường Khương" in page and "6 vấn đề" in page
    assert '<span class="tag role">→ Hoàng Giang @ Tỉnh ủy Lào Cai</span>' in page  # the post marked in the text, with its holder and body
    assert '<span class="tag qty">&gt; 3.550 đảng viên</span>' in page  # values for people, qualifier as a sign
    assert "<td>Hoàng Giang</td><td>Phó Bí thư</td><td>Tỉnh ủy Lào Cai</td><td>current</td>" in page


def test_a_saved_pipeline_loads_back_with_spacy_load(tmp_path):
    """``nlp.to_disk()`` then, in a fresh process, ``import pipeline.language`` and ``spacy.load()``: the same records."""
    from pipeline.language import make_nlp

    make_nlp().to_disk(tmp_path / "nlp")
    text = "Đồng chí Hoàng Giang, Phó Bí thư Tỉnh ủy Lào Cai, cho biết huyện có hơn 66.000 dân từ ngày 19/8."
    script = (
        "import json, sys, spacy, pipeline.language\n"
        "from pipeline.output import doc_to_record\n"
        f"doc = spacy.load(sys.argv[1])({text!r})\n"
        "record = doc_to_record(doc, include_tokens=False)\n"
        "print(json.dumps({k: record[k] for k in ('entities', 'quantities', 'dates', 'roles')}, ensure_ascii=False))\n"
    )
    loaded = json.loads(subprocess.run([sys.executable, "-c", script, str(tmp_path / "nlp")], capture_output=True, text=True,
                                       check=True).stdout)
    import pipeline

    record = pipeline.extract(text)
    assert loaded == {k: record[k] for k in ("entities", "quantities", "dates", "roles")}
