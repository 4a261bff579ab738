"""Nothing lost (issue 17): every input accounted for, no overwrite, no half-written or invalid JSON."""

import json
import os
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.cli import ArticleTimeout, main, pool_results, time_limit
from pipeline.io import MAX_ARTICLE_BYTES, articles_from_jsonl, remove_stale_temporaries, write_json_atomic

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = "Lào Cai kết nạp đảng viên\n\nNăm 2010 Đảng bộ kết nạp 1.783 đảng viên."


def run(paths, out, *options):
    return main(["run", *map(str, paths), "--out", str(out), "--quiet", *options])


def test_two_files_with_one_stem_are_both_written(tmp_path, capsys):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "dup.txt").write_text(ARTICLE + f" ({folder})", "utf-8")
    assert run([tmp_path / "a", tmp_path / "b"], tmp_path / "out") == 0
    outputs = sorted(p.name for p in (tmp_path / "out").glob("*.json") if p.name != "summary.json")
    assert len(outputs) == 2 and "dup.json" in outputs and any(name.startswith("dup-") for name in outputs)
    assert "doc_id 'dup' is already taken" in capsys.readouterr().err


def test_colliding_jsonl_ids_get_the_same_names_on_every_run(tmp_path):
    dump = tmp_path / "dump.jsonl"
    dump.write_text("\n".join(json.dumps({"id": i, "text": ARTICLE + f" {n}"}) for n, i in enumerate(["dup", "dup", "a/b", "a_b"])), "utf-8")
    names = []
    for attempt in range(2):
        run([dump], tmp_path / f"out{attempt}")
        names.append(sorted(p.name for p in (tmp_path / f"out{attempt}").glob("*.json") if p.name != "summary.json"))
    assert len(names[0]) == 4 and names[0] == names[1]


def test_a_jsonl_line_whose_text_is_no_string_fails_alone(tmp_path):
    dump = tmp_path / "dump.jsonl"
    dump.write_text(json.dumps({"id": "b", "text": 7}) + "\n" + json.dumps({"id": "a", "text": ARTICLE}), "utf-8")
    assert run([dump], tmp_path / "out") == 1
    assert [p.name for p in (tmp_path / "out").glob("*.json") if p.name != "summary.json"] == ["a.json"]
    error = json.loads((tmp_path / "out" / "errors.jsonl").read_text("utf-8"))
    assert error["file"].endswith("dump.jsonl:1") and "'text' must be a string, not int" in error["reason"]


def test_a_dump_larger_than_one_article_is_read_line_by_line(tmp_path):
    line = json.dumps({"id": "x", "text": "Hà Nội " * 200}, ensure_ascii=False)
    dump = tmp_path / "dump.jsonl"
    dump.write_text("\n".join(line.replace('"x"', f'"x{n}"') for n in range(MAX_ARTICLE_BYTES // len(line.encode()) + 10)), "utf-8")
    assert dump.stat().st_size > MAX_ARTICLE_BYTES
    read = list(articles_from_jsonl(dump))
    assert read and all(hasattr(a, "text") for a in read)


def test_one_invalid_byte_costs_its_line_only(tmp_path):
    dump = tmp_path / "dump.jsonl"
    dump.write_bytes(json.dumps({"id": "a", "text": ARTICLE}, ensure_ascii=False).encode() + b"\n"
                     + b'{"id": "b", "text": "H\xe0 N\xf4i"}\n'
                     + json.dumps({"id": "c", "text": ARTICLE}, ensure_ascii=False).encode() + b"\r\n")
    read = list(articles_from_jsonl(dump))
    assert [getattr(a, "doc_id", None) for a in read] == ["a", None, "c"]
    assert read[1].source.endswith("dump.jsonl:2") and "not UTF-8" in read[1].reason


def test_a_running_writers_temporary_file_is_left_alone(tmp_path):
    live = tmp_path / f".a.json.{os.getpid()}.abcd.tmp"
    dead = tmp_path / ".b.json.999999999.abcd.tmp"
    old_style = tmp_path / ".c.json.abcd.tmp"
    for path in (live, dead, old_style):
        path.write_text("{", "utf-8")
    assert remove_stale_temporaries(tmp_path) == 2
    assert live.exists() and not dead.exists() and not old_style.exists()


def test_infinity_is_refused_and_nothing_is_written(tmp_path):
    with pytest.raises(ValueError):
        write_json_atomic(tmp_path / "a.json", {"value": float("inf")})
    assert list(tmp_path.iterdir()) == []


def test_errors_log_describes_the_last_run_only(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(ARTICLE, "utf-8")
    (folder / "bad.txt").write_text("  ", "utf-8")
    assert run([folder], tmp_path / "out") == 1
    (folder / "bad.txt").unlink()
    assert run([folder], tmp_path / "out") == 0
    assert not (tmp_path / "out" / "errors.jsonl").exists()


def test_changed_meta_makes_the_output_stale(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, "utf-8")
    run([folder], tmp_path / "out")
    (folder / "a.meta.json").write_text(json.dumps({"published": "2017-05-01"}), "utf-8")
    capsys.readouterr()
    run([folder], tmp_path / "out")
    assert "1 written, 0 already current" in capsys.readouterr().err
    assert json.loads((tmp_path / "out" / "a.json").read_text("utf-8"))["pipeline"]["entity_model"] == "model"


def test_outputs_follow_the_umask(tmp_path):
    previous = os.umask(0o022)
    try:
        write_json_atomic(tmp_path / "a.json", {"a": 1})
    finally:
        os.umask(previous)
    assert (tmp_path / "a.json").stat().st_mode & 0o777 == 0o644


def work_that_kills_its_worker(pair):
    item, doc_id = pair
    if item == "poison":
        os._exit(9)  # as the OOM killer would
    return {"doc_id": doc_id, "source": item}


def test_a_killed_worker_costs_its_article_only():
    todo = [(f"a{n}", f"a{n}") for n in range(6)] + [("poison", "poison")]
    results = list(pool_results(work_that_kills_its_worker, todo, jobs=2))
    assert sorted(r["source"] for r in results if "doc_id" in r) == [f"a{n}" for n in range(6)]
    assert [r["source"] for r in results if "error" in r] == ["poison"]


def test_the_time_limit_stops_one_article():
    with pytest.raises(ArticleTimeout):
        with time_limit(0.2):
            time.sleep(2)


SYLLABLES = ["Hà", "Nội", "tỉnh", "Lào", "Cai", "có", "hơn", "triệu", "nghìn", "tỷ", "đồng", "ngày", "tháng", "năm",
             "Một", "là", "Thứ", "nhất", "gồm", "các", "giải", "pháp", "ông", "Bí", "thư", "Tỉnh", "ủy", "Chủ", "tịch"]
PIECES = SYLLABLES + ["1", "19", "2017", "66.000", "5,3", "31/2", "9-3", "1.", "a)", ":", ";", ",", ".", "(", ")", "-", "%",
                      "\n", "\r\n", " ", "  ", "“", "”", "…", "0:00 / 0:00"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=60).map(" ".join))
def test_any_vietnamese_like_text_gives_a_valid_record(extract, text):
    """Strict JSON, exact offsets, no white-space-edged spans, dates that exist, ranges in order: on anything."""
    from pipeline.validate import problems

    record = extract(text, doc_id="fuzz")
    json.dumps(record, allow_nan=False)
    assert problems(record, output=True) == []


GOLD = ROOT / "corpus" / "gold"


def test_eval_on_an_empty_prediction_folder_fails_and_says_why(tmp_path, capsys):
    assert main(["eval", "--gold", str(GOLD), "--pred", str(tmp_path), "--quiet", "--limit", "2"]) == 2
    err = capsys.readouterr().err
    assert f"error: {tmp_path}: none of the 2 gold articles of {GOLD} has a prediction" in err


def test_eval_names_each_gold_article_without_a_prediction_and_still_writes_html(tmp_path, capsys):
    gold = json.loads((GOLD / "000_a3837a240afc45cb.gold.json").read_text("utf-8"))
    (tmp_path / "pred").mkdir()
    (tmp_path / "pred" / "000_a3837a240afc45cb.json").write_text(json.dumps(gold, ensure_ascii=False), "utf-8")
    second = sorted(GOLD.glob("*.gold.json"))[1].name.removesuffix(".gold.json")
    report = tmp_path / "r.html"
    assert main(["eval", "--gold", str(GOLD), "--pred", str(tmp_path / "pred"), "--quiet", "--limit", "2",
                 "--html", str(report)]) == 0
    assert f"no prediction for gold article {second!r}" in capsys.readouterr().err
    assert "no prediction for this article" in report.read_text("utf-8")


HOSTILE = '<img src=x onerror=alert(1)>'
TEXT = "Giá 5 đồng ngày 19/8/2017."


def crafted_record(where: str) -> dict:
    """A record whose one field ``where`` carries markup, as a crafted output or gold file could."""
    record = {"doc_id": "x", "text": TEXT,
              "entities": [{"start": 0, "end": 3, "text": "Giá", "label": "MISC"}],
              "quantities": [{"start": 4, "end": 11, "text": "5 đồng", "value": 5, "unit": "đồng", "qualifier": "exact"}],
              "dates": [{"start": 17, "end": 26, "text": "19/8/2017", "value": "2017-08-19"}],
              "lists": [{"trigger": None, "head": "h", "announced_count": 2,
                         "items": [{"start": 0, "end": 3, "text": "Giá"}, {"start": 4, "end": 5, "text": "5"}]}],
              "roles": []}
    target = {"label": record["entities"][0], "unit": record["quantities"][0], "qualifier": record["quantities"][0],
              "date": record["dates"][0], "head": record["lists"][0], "announced_count": record["lists"][0],
              "doc_id": record}[where]
    target["value" if where == "date" else where] = HOSTILE
    return record


FIELDS = ["label", "unit", "qualifier", "date", "head", "announced_count", "doc_id"]


@pytest.mark.parametrize("where", FIELDS)
def test_show_escapes_every_label_and_value(tmp_path, where):
    path = tmp_path / "x.json"
    path.write_text(json.dumps(crafted_record(where)), "utf-8")
    assert main(["show", str(path), "--html", str(tmp_path / "x.html")]) == 0
    page = (tmp_path / "x.html").read_text("utf-8")
    assert "<img" not in page and "&lt;img src=x onerror=alert(1)&gt;" in page


@pytest.mark.parametrize("where", FIELDS)
def test_the_eval_report_escapes_every_label_and_value(where):
    from pipeline.eval.report import html_report
    from pipeline.eval.scorer import score_corpus

    gold, pred = crafted_record("doc_id" if where == "label" else "label"), crafted_record(where)
    page = html_report(score_corpus([(gold, pred)]), [(gold, pred)])
    assert "<img" not in page and "&lt;img src=x onerror=alert(1)&gt;" in page


def test_nothing_under_a_folder_is_skipped_without_a_word(tmp_path, monkeypatch, capsys):
    """An unreadable subfolder and a dangling link are failures naming them; a dot-file is an article;
    a link to a folder is followed, a link back to a folder already searched is not searched twice."""
    folder = tmp_path / "in"
    for sub in ("sub", "locked", "linked"):
        (folder / sub).mkdir(parents=True)
    for name in ("a.txt", ".hidden.txt", "sub/b.txt", "locked/c.txt", "linked/d.txt"):
        (folder / name).write_text(ARTICLE + f" ({name})", "utf-8")
    (folder / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    (folder / "sub" / "to-linked").symlink_to(folder / "linked")
    (folder / "sub" / "loop").symlink_to(folder)
    (folder / "notes.pdf").write_bytes(b"%PDF")
    readable = __import__("pipeline.io").io.list_folder

    def list_folder(path):  # as an unreadable folder is for any user but root
        if path.name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return readable(path)

    monkeypatch.setattr("pipeline.io.list_folder", list_folder)
    assert run([folder], tmp_path / "out") == 1
    assert sorted(p.name for p in (tmp_path / "out").glob("*.json") if p.name != "summary.json") == ["a.json", "b.json", "d.json", "hidden.json"]
    errors = [json.loads(line) for line in (tmp_path / "out" / "errors.jsonl").read_text("utf-8").splitlines()]
    assert [(e["file"], e["reason"]) for e in errors] == [
        (str(folder / "dangling.txt"), f"broken symbolic link: its target {tmp_path / 'nowhere.txt'} does not exist"),
        (str(folder / "locked"), "cannot read folder: Permission denied")]
    err = capsys.readouterr().err
    assert f"error: {folder / 'locked'}: cannot read folder: Permission denied" in err
    assert err.splitlines()[-1].startswith("6 articles: 4 written, 0 already current, 2 failed")


def test_export_loads_what_run_wrote_dot_files_included(tmp_path):
    from sqlalchemy import create_engine, text

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / ".hidden.txt").write_text(ARTICLE, "utf-8")
    assert run([tmp_path / "in"], tmp_path / "out") == 0
    record = json.loads((tmp_path / "out" / "hidden.json").read_text("utf-8"))
    (tmp_path / "out" / ".old.json").write_text(json.dumps(record | {"doc_id": "old"}, ensure_ascii=False), "utf-8")
    url = f"sqlite:///{tmp_path / 'x.sqlite'}"
    assert main(["export", str(tmp_path / "out"), "--db", url]) == 0
    with create_engine(url).connect() as connection:
        assert sorted(r[0] for r in connection.execute(text("SELECT doc_id FROM articles"))) == ["hidden", "old"]


def test_an_unreadable_dump_costs_its_own_articles_only(tmp_path, monkeypatch, capsys):
    (tmp_path / "dump.jsonl").write_text(json.dumps({"id": "j", "text": ARTICLE}), "utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, "utf-8")
    readable = Path.read_bytes

    def read_bytes(path):
        if path.name == "dump.jsonl":
            raise PermissionError(13, "Permission denied", str(path))
        return readable(path)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    assert run([tmp_path / "dump.jsonl", tmp_path / "a.txt"], tmp_path / "out") == 1
    assert [p.name for p in (tmp_path / "out").glob("*.json") if p.name != "summary.json"] == ["a.json"]
    assert f"error: {tmp_path / 'dump.jsonl'}: cannot read: Permission denied" in capsys.readouterr().err


def test_a_long_vietnamese_id_still_names_a_file(tmp_path):
    dump = tmp_path / "dump.jsonl"
    dump.write_text("\n".join(json.dumps({"id": "đ" * 200 + suffix, "text": ARTICLE}, ensure_ascii=False) for suffix in "ab"), "utf-8")
    assert run([dump], tmp_path / "out") == 0
    names = sorted(p.name for p in (tmp_path / "out").glob("*.json") if p.name != "summary.json")  # 200 bytes of id, the second one suffixed
    assert len(names) == 2 and "đ" * 100 + ".json" in names and any(n.startswith("đ" * 100 + "-") for n in names)


@pytest.mark.parametrize("meta, reason", [
    ('{"source_url": ["x"]}', "'source_url' must be a string, not list"),
    ('{"published": 2017}', "'published' must be a string, not int"),
    ('"published"', "meta must be a JSON object, not str"),
])
def test_a_meta_file_with_a_field_of_the_wrong_type_fails_its_article_naming_it(tmp_path, capsys, meta, reason):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(ARTICLE, "utf-8")
    (tmp_path / "in" / "a.meta.json").write_text(meta, "utf-8")
    (tmp_path / "in" / "b.txt").write_text(ARTICLE, "utf-8")
    assert run([tmp_path / "in"], tmp_path / "out", "--db", f"sqlite:///{tmp_path / 'x.sqlite'}") == 1
    assert [p.name for p in (tmp_path / "out").glob("*.json") if p.name != "summary.json"] == ["b.json"]
    assert f"error: {tmp_path / 'in' / 'a.meta.json'}: {reason}" in capsys.readouterr().err


def outcome_in_a_thread(work, seconds: float = 0.2) -> str:
    """Run ``work`` under ``time_limit`` in a thread of its own, as a Dask worker runs an article:
    "stopped" when the limit stopped it, "finished" when it ran to its end."""
    import threading

    outcome = []

    def article():
        try:
            with time_limit(seconds):
                work()
            outcome.append("finished")
        except ArticleTimeout:
            outcome.append("stopped")

    thread = threading.Thread(target=article)
    thread.start()
    thread.join()
    return outcome[0]


def test_the_time_limit_stops_one_article_in_a_thread_too():
    """Dask runs articles in worker threads, where no signal reaches: the limit still holds there."""
    steps = [0]

    def work():
        while steps[0] < 10**10:  # far longer than the limit
            steps[0] += 1

    assert outcome_in_a_thread(work) == "stopped" and steps[0] < 10**10


def test_the_time_limit_is_not_swallowed_by_code_that_catches_exception():
    """Library code in the pipeline's path catches ``Exception`` (underthesea's ``text_istitle``):
    the limit, raised asynchronously in a worker thread, still stops the article."""
    import time

    def swallowing_step():
        try:
            for _ in range(1000):  # the exception arrives at a loop's turn, here inside the try
                pass
        except Exception:
            pass

    def work():
        give_up = time.monotonic() + 30  # a swallowed limit ends the test as a failure, not a hang
        while time.monotonic() < give_up:
            swallowing_step()

    assert outcome_in_a_thread(work) == "stopped"


def living(pid: int) -> bool:
    """True while ``pid`` runs (a zombie waiting to be reaped has ended)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "\nState:\tZ" not in status


def test_workers_die_with_their_parent(tmp_path):
    import signal
    import subprocess
    import sys

    folder = tmp_path / "in"
    folder.mkdir()
    for copy in range(3):
        for path in sorted((ROOT / "corpus" / "articles").glob("*.txt")):
            (folder / f"{copy}_{path.name}").write_text(path.read_text("utf-8"), "utf-8")
    command = [sys.executable, "-m", "pipeline", "run", str(folder), "--out", str(tmp_path / "out"), "--quiet", "--jobs", "2"]
    parent = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              env=os.environ | {"PYTHONPATH": str(ROOT)})

    def workers() -> list[int]:
        try:
            return [int(pid) for pid in Path(f"/proc/{parent.pid}/task/{parent.pid}/children").read_text().split()]
        except OSError:
            return []

    for _ in range(3000):  # until two workers run and one output exists (a bound on polls, not a time to meet)
        if len(workers()) >= 2 and list((tmp_path / "out").glob("*.json")):
            break
        time.sleep(0.05)
    forked = workers()
    assert len(forked) >= 2
    os.kill(parent.pid, signal.SIGKILL)
    parent.wait()
    for _ in range(600):
        if not any(map(living, forked)):
            break
        time.sleep(0.05)
    survivors = [pid for pid in forked if living(pid)]
    for pid in survivors:  # not left behind when the test fails
        os.kill(pid, signal.SIGKILL)
    assert survivors == []


def test_an_article_with_a_number_no_json_can_hold_fails_naming_it(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Số lớn\n\nCó " + "9" * 400 + " người.", "utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE, "utf-8")
    assert run([tmp_path / "a.txt", tmp_path / "b.txt"], tmp_path / "out") == 1
    assert [p.name for p in (tmp_path / "out").glob("*.json") if p.name != "summary.json"] == ["b.json"]
    error = json.loads((tmp_path / "out" / "errors.jsonl").read_text("utf-8"))
    assert (error["file"], error["reason"]) == (str(tmp_path / "a.txt"), "output refused: quantities[0].value: inf is not a finite number")


def test_validate_refuses_infinity_in_an_output(tmp_path, extract, capsys):
    record = extract(ARTICLE, doc_id="a")
    path = tmp_path / "a.json"
    path.write_text(json.dumps(record, ensure_ascii=False).replace('"value": 1783', '"value": Infinity', 1), "utf-8")
    assert "Infinity" in path.read_text("utf-8")
    assert main(["validate", "--output", str(path)]) == 1
    assert capsys.readouterr().out.splitlines() == [f"{path}: quantities[0].value: inf is not a finite number"]


def test_a_file_named_in_a_folder_that_cannot_be_searched_fails_alone(tmp_path, monkeypatch, capsys):
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "a.txt").write_text(ARTICLE, "utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE, "utf-8")
    examine = Path.is_dir

    def is_dir(path):  # what Path.is_dir does, for any user but root, under a folder without search permission
        if path.parent.name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return examine(path)

    monkeypatch.setattr(Path, "is_dir", is_dir)
    assert run([tmp_path / "locked" / "a.txt", tmp_path / "b.txt"], tmp_path / "out") == 1
    assert [p.name for p in (tmp_path / "out").glob("*.json") if p.name != "summary.json"] == ["b.json"]
    assert f"error: {tmp_path / 'locked' / 'a.txt'}: cannot read: Permission denied" in capsys.readouterr().err


class Record:
    """A result whose survival a weak reference can watch."""

    def __init__(self, doc_id):
        self.doc_id, self.padding = doc_id, "x" * 1000


def work_giving_records(pair):
    return Record(pair[1])


def test_the_pool_keeps_no_finished_record_for_the_rest_of_the_batch():
    """At 31,376 articles, records kept until the batch ends would fill the memory: at most the one in hand lives."""
    import gc
    import weakref

    alive, most = [], 0
    for record in pool_results(work_giving_records, [(f"a{n}", f"a{n}") for n in range(40)], jobs=2):
        alive.append(weakref.ref(record))
        del record
        gc.collect()
        most = max(most, sum(ref() is not None for ref in alive))
    assert len(alive) == 40 and most <= 2


def test_another_entity_model_makes_the_output_stale(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(ARTICLE, "utf-8")
    summaries = []
    for model in ("model", "model", "model-only"):
        run([tmp_path / "a.txt"], tmp_path / "out", "--entity-model", model)
        summaries.append(capsys.readouterr().err.splitlines()[-1].split(" (")[0])
    assert summaries == ["1 articles: 1 written, 0 already current, 0 failed",
                         "1 articles: 0 written, 1 already current, 0 failed",
                         "1 articles: 1 written, 0 already current, 0 failed"]
    assert json.loads((tmp_path / "out" / "a.json").read_text("utf-8"))["pipeline"]["entity_model"] == "model-only"


def test_the_pipeline_checks_the_time_limit_between_stages(nlp):
    """The deadline holds even where no interrupt arrives: the first stage to end past it stops the article."""
    from pipeline.deadline import deadline
    from pipeline.language import timed_process

    with pytest.raises(ArticleTimeout), deadline(1e-9):
        timed_process(nlp, "Ông Nguyễn Văn An làm việc tại Hà Nội.")
    assert timed_process(nlp, "Ông Nguyễn Văn An làm việc tại Hà Nội.")._.timings  # no deadline outside the block
