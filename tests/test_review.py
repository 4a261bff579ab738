"""The review application without a browser: gold from outputs, saving, refusing, scoring, the HTTP API."""

from __future__ import annotations

import json

import pytest
from review_fixture import DOC_ID, TEXT, corrected_gold, output_record, span, write_fixture

from pipeline.review.app import create_app
from pipeline.review.articles import read_review_set
from pipeline.review.gold import GoldError, save_gold, score_rows, to_gold


@pytest.fixture
def session(tmp_path):
    """A Flask test client over the fixture article and its hand-made output, gold files in tmp/gold."""
    article, out = write_fixture(tmp_path)
    review = read_review_set([str(article)], tmp_path / "gold", out, blank=False, entity_model="model")
    return create_app(review).test_client(), tmp_path / "gold"


def edited() -> dict:
    """The corrections as the page sends them: the ORG relabelled, the third item added."""
    annotations = {layer: corrected_gold()[layer] for layer in ("entities", "quantities", "dates", "lists", "roles")}
    return {"annotations": annotations, "origin": "pipeline"}


def test_gold_from_an_output_keeps_the_annotations_only():
    gold = to_gold(output_record())
    assert gold["entities"][2] == span("Tỉnh ủy Lào Cai") | {"label": "LOC"}
    assert gold["lists"] == [{"trigger": span("3 giải pháp", 2), "head": "giải pháp", "announced_count": 3,
                              "items": [span("phát triển nông nghiệp"), span("mở rộng du lịch")]}]
    assert sorted(gold) == ["dates", "doc_id", "entities", "lists", "meta", "quantities", "roles", "schema", "text"]


@pytest.mark.parametrize("change, problem", [
    (lambda g: g["entities"].append(span("Lào Cai", 2) | {"label": "LOC"}),
     "entities: 'Tỉnh ủy Lào Cai' (77-92) overlaps 'Lào Cai' (85-92)"),
    (lambda g: g["entities"].pop(1), "roles[0].person: 'Hoàng Giang' (53-64) is not a PER entity of the file"),
    (lambda g: g["lists"][0].update(items=g["lists"][0]["items"][:1]), "lists[0]: 1 item(s); a list has at least two"),
    (lambda g: g["dates"][0].update(value="XXXX-02-31"), "dates[0].value: 'XXXX-02-31' is no date of the calendar"),
    (lambda g: g["quantities"][0].update(text="4"), "quantities[0]: text[9:10] is '3', not '4'"),
])
def test_invalid_gold_is_refused_and_nothing_written(tmp_path, change, problem):
    gold = corrected_gold()
    change(gold)
    with pytest.raises(GoldError) as refused:
        save_gold(tmp_path, gold)
    assert refused.value.problems == [problem]
    assert list(tmp_path.iterdir()) == []


def test_valid_gold_is_written_whole(tmp_path):
    path = save_gold(tmp_path, corrected_gold())
    assert path == tmp_path / f"{DOC_ID}.gold.json"
    assert json.loads(path.read_text("utf-8")) == corrected_gold()
    assert [p.name for p in tmp_path.iterdir()] == [f"{DOC_ID}.gold.json"]  # no temporary left behind


def test_score_rows_of_the_output_against_the_corrected_gold():
    rows = {row["figure"]: row for row in score_rows(corrected_gold(), output_record())}
    assert rows["entities"] == {"figure": "entities", "precision": 2 / 3, "recall": 2 / 3, "f1": pytest.approx(2 / 3), "gold": 3}
    assert rows["list items"] == {"figure": "list items", "precision": 1.0, "recall": 2 / 3, "f1": 0.8, "gold": 3}
    assert rows["roles"]["f1"] == 1.0


def test_the_page_starts_from_the_pipeline_output(session):
    client, _ = session
    page = client.get(f"/api/article/{DOC_ID}").get_json()
    assert page["origin"] == "pipeline"
    assert page["text"] == TEXT
    assert page["annotations"]["entities"][2] == span("Tỉnh ủy Lào Cai") | {"label": "LOC"}
    assert page["places"] == {"0-7": output_record()["entities"][0]["place"]}
    assert page["score"] is None


def test_saving_writes_the_gold_and_scores_the_output(session):
    client, gold_dir = session
    reply = client.post(f"/api/article/{DOC_ID}/gold", json=edited())
    assert reply.status_code == 200
    assert json.loads((gold_dir / f"{DOC_ID}.gold.json").read_text("utf-8")) == corrected_gold()
    assert [row["figure"] for row in reply.get_json()["score"]] == ["entities", "quantities", "dates", "lists found", "list items", "roles"]
    page = client.get(f"/api/article/{DOC_ID}").get_json()  # reopened: from the saved gold, scored against it
    assert page["origin"] == "gold"
    assert page["annotations"]["lists"][0]["items"][2] == span("thu hút đầu tư")
    assert page["score"][0] == {"figure": "entities", "precision": 2 / 3, "recall": 2 / 3, "f1": pytest.approx(2 / 3), "gold": 3}


@pytest.mark.parametrize("body, status, problems", [
    ({"annotations": {"entities": [span("Tỉnh ủy") | {"label": "ORG"}, span("Tỉnh ủy Lào Cai") | {"label": "ORG"}]}}, 400,
     ["entities: 'Tỉnh ủy' (77-84) overlaps 'Tỉnh ủy Lào Cai' (77-92)"]),
    ({"annotations": {"entities": "PER"}}, 400, ["entities: expected a list, got str"]),
    ({"annotations": {"roles": [{"person": None, "role": span("Phó Bí thư")}]}}, 400,
     ["schema: roles/0: 'org' is a required property", "schema: roles/0: 'status' is a required property",
      "schema: roles/0/person: None is not of type 'object'"]),
    ({"annotations": [1]}, 400, ["annotations: expected an object, got list"]),
    ({"annotations": {"quantities": [span("3") | {"value": "ba"}]}}, 400, ["schema: quantities/0/value: 'ba' is not of type 'number'"]),
    ([1, 2], 400, ["the request is not a JSON object"]),
])
def test_a_bad_save_is_refused_with_its_problems(session, body, status, problems):
    client, gold_dir = session
    reply = client.post(f"/api/article/{DOC_ID}/gold", json=body)
    assert (reply.status_code, reply.get_json()["problems"]) == (status, problems)
    assert not gold_dir.exists()


def test_the_text_saved_is_the_servers_not_the_pages(session):
    client, gold_dir = session
    body = edited()
    body["annotations"]["text"] = "another text"
    body["doc_id"] = "../elsewhere"
    assert client.post(f"/api/article/{DOC_ID}/gold", json=body).status_code == 200
    assert json.loads((gold_dir / f"{DOC_ID}.gold.json").read_text("utf-8"))["text"] == TEXT


def test_an_unknown_article_is_404(session):
    client, _ = session
    reply = client.get("/api/article/nope")
    assert (reply.status_code, reply.get_json()) == (404, {"problems": ["no article 'nope' in this session"]})


def test_blank_mode_starts_empty(tmp_path):
    article, out = write_fixture(tmp_path)
    client = create_app(read_review_set([str(article)], tmp_path / "gold", out, blank=True, entity_model="model")).test_client()
    page = client.get(f"/api/article/{DOC_ID}").get_json()
    assert (page["origin"], page["annotations"]) == ("blank", {"entities": [], "quantities": [], "dates": [], "lists": [], "roles": []})


def test_a_gold_file_for_another_text_is_left_alone(session):
    client, gold_dir = session
    gold_dir.mkdir()
    (gold_dir / f"{DOC_ID}.gold.json").write_text(json.dumps(corrected_gold() | {"text": "other"}), encoding="utf-8")
    page = client.get(f"/api/article/{DOC_ID}").get_json()
    assert page["origin"] == "pipeline"
    assert page["gold_problem"] == f"{gold_dir / (DOC_ID + '.gold.json')}: its text is not this article's text; left alone"


def test_a_stale_output_is_not_used(tmp_path, monkeypatch):
    article, out = write_fixture(tmp_path)
    (out / f"{DOC_ID}.json").write_text(json.dumps(output_record() | {"text_sha256": "0" * 64}), encoding="utf-8")
    review = read_review_set([str(article)], tmp_path / "gold", out, blank=False, entity_model="model")
    made = []
    monkeypatch.setattr(type(review), "run_pipeline", lambda self, doc_id: made.append(doc_id) or output_record())
    assert review.prediction(DOC_ID) == output_record()
    assert made == [DOC_ID]


def test_only_local_hosts_are_served(session):
    client, _ = session
    reply = client.get("/api/articles", headers={"Host": "evil.example:8600"})
    assert (reply.status_code, reply.get_json()) == (403, {"problems": ["requests for host 'evil.example' are not served; open http://127.0.0.1/"]})
    assert client.get("/api/articles", headers={"Host": "127.0.0.1:8600"}).status_code == 200


def test_a_failing_pipeline_is_a_message_not_a_crash(tmp_path, monkeypatch):
    article, out = write_fixture(tmp_path)
    (out / f"{DOC_ID}.json").unlink()
    review = read_review_set([str(article)], tmp_path / "gold", out, blank=False, entity_model="model")

    def broken(self, doc_id):
        raise RuntimeError("the model is missing")

    monkeypatch.setattr(type(review), "run_pipeline", broken)
    reply = create_app(review).test_client().get(f"/api/article/{DOC_ID}")
    assert (reply.status_code, reply.get_json()) == (500, {"problems": ["RuntimeError: the model is missing"]})


def test_a_busy_port_is_one_clear_line(tmp_path, capsys):
    import socket

    from pipeline.cli import main

    article, out = write_fixture(tmp_path)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert main(["review", str(article), "--out", str(out), "--port", str(port)]) == 2
    assert capsys.readouterr().err == f"error: cannot serve on 127.0.0.1:{port}: Address already in use (another port: --port N)\n"
