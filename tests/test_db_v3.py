"""Schema version 3 on SQLite and PostgreSQL: stable ids, DATE columns, place fields, sentences, runs, the migration."""

from __future__ import annotations

import datetime
import uuid

import pytest
from review_fixture import TEXT, output_record, span
from sqlalchemy import create_engine, make_url, select, text

from pipeline.db import connect, finish_run, load_record, schema, start_run
from pipeline.db.ids import date_bounds, mention_id
from pipeline.db.legacy_schema import v1_tables, v2_roles


def record() -> dict:
    """The fixture output with its sentences and a linked place carrying every field."""
    out = output_record()
    out["sentences"] = [span("Lào Cai: 3 giải pháp phát triển"),
                        span("Ngày 19/8, đồng chí Hoàng Giang, Phó Bí thư Tỉnh ủy Lào Cai, nêu 3 giải pháp: phát triển nông nghiệp; "
                             "mở rộng du lịch; thu hút đầu tư."), span("Tỉnh có hơn 66.000 dân.")]
    out["entities"][0]["place"] |= {"province_2025": "Lào Cai", "code_2025": "15"}
    out["dates"][0]["value"] = "2022-08-19"
    out["dates"].append(span("3 giải pháp") | {"value": "2024-Q3", "value_end": "2025"})  # any span will do for the columns
    return out


@pytest.fixture(params=["sqlite", "postgresql"])
def fresh_url(request, tmp_path):
    """The URL of an empty database of each kind (PostgreSQL: a new database on the test server)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'db.sqlite'}"
        return
    server = request.getfixturevalue("postgres_url")
    name = f"v3_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server.replace("postgresql://", "postgresql+psycopg://"), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    yield make_url(server).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    admin.dispose()


def rows(engine, table, *columns) -> list[tuple]:
    with engine.connect() as connection:
        return [tuple(r) for r in connection.execute(select(*(table.c[c] for c in columns)).order_by(*(table.c[c] for c in columns)))]


@pytest.mark.parametrize("value, bounds", [
    ("2022-08-19", (datetime.date(2022, 8, 19), datetime.date(2022, 8, 19))),
    ("2024-02", (datetime.date(2024, 2, 1), datetime.date(2024, 2, 29))),
    ("2024-Q3", (datetime.date(2024, 7, 1), datetime.date(2024, 9, 30))),
    ("2021", (datetime.date(2021, 1, 1), datetime.date(2021, 12, 31))),
    ("XXXX-08-19", (None, None)),
    ("2023-02-29", (None, None)),
])
def test_a_date_value_covers_these_days(value, bounds):
    assert date_bounds(value) == bounds


def test_rows_carry_stable_ids_dates_places_and_sentences(fresh_url):
    engine = connect(fresh_url)
    load_record(engine, record())
    first = {table.name: rows(engine, table, "id") for table in schema.CHILD_TABLES}
    load_record(engine, record())  # reloaded: the same ids
    assert {table.name: rows(engine, table, "id") for table in schema.CHILD_TABLES} == first
    assert (mention_id("a1", "entities", 0, 7), "Lào Cai") in rows(engine, schema.entities, "id", "text")
    assert rows(engine, schema.dates, "text", "value", "start_date", "end_date") == [
        ("3 giải pháp", "2024-Q3", datetime.date(2024, 7, 1), datetime.date(2025, 12, 31)),
        ("Ngày 19/8", "2022-08-19", datetime.date(2022, 8, 19), datetime.date(2022, 8, 19))]
    assert rows(engine, schema.entities, "text", "place_code", "place_province_2025", "place_code_2025", "place_candidates")[0] == (
        "Hoàng Giang", None, None, None, None)
    assert ("Lào Cai", "10", "Lào Cai", "15", 5) in rows(engine, schema.entities, "text", "place_code", "place_province_2025",
                                                         "place_code_2025", "place_candidates")
    with engine.connect() as connection:
        joined = connection.execute(text("SELECT q.text, s.position, s.text FROM quantities q JOIN sentences s ON s.id = q.sentence_id "
                                         "ORDER BY q.start_char")).all()
    assert [tuple(r) for r in joined] == [("3", 0, "Lào Cai: 3 giải pháp phát triển"), ("66.000", 2, "Tỉnh có hơn 66.000 dân.")]
    trigger = span("3 giải pháp", 2)
    list_id = mention_id("a1", "lists", "trigger", trigger["start"], trigger["end"])
    assert rows(engine, schema.list_items, "list_id", "position", "text") == [(list_id, 0, "phát triển nông nghiệp"),
                                                                              (list_id, 1, "mở rộng du lịch")]


def test_a_nested_list_points_to_the_list_whose_item_holds_it(fresh_url):
    engine = connect(fresh_url)
    nested = record()
    outer = nested["lists"][0] | {"cue": "trigger", "parent": None}
    inner = {"trigger": None, "head": None, "announced_count": None, "items": [span("nông nghiệp"), span("du lịch")],
             "items_found": 2, "count_agrees": None, "cue": "introducer", "parent": 0}
    nested["lists"] = [outer, inner]
    load_record(engine, nested)
    trigger = outer["trigger"]
    outer_id = mention_id("a1", "lists", "trigger", trigger["start"], trigger["end"])
    assert rows(engine, schema.lists, "position", "cue", "parent_id") == [(0, "trigger", None), (1, "introducer", outer_id)]


def test_every_article_row_points_to_its_run(fresh_url):
    engine = connect(fresh_url)
    run_id = start_run(engine, "run", "model", {"jobs": 2})
    load_record(engine, record(), run_id)
    finish_run(engine, run_id, 1, 1, 0)
    with engine.connect() as connection:
        run = connection.execute(text("SELECT r.command, r.pipeline_version, r.entity_model, r.options, r.articles, r.loaded, "
                                      "r.failures, r.finished_at IS NOT NULL FROM articles a JOIN runs r ON r.run_id = a.run_id")).one()
    assert tuple(run) == ("run", "0.1.0", "model", '{"jobs": 2}', 1, 1, 0, True)


def write_version_2(url: str) -> None:
    """A version-2 database holding the fixture article as the version-2 loader wrote it."""
    old = create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    v1, v2 = v1_tables(), v2_roles()
    with old.begin() as connection:
        v1.create_all(connection)
        v2.create_all(connection)
        t = v1.tables
        now = datetime.datetime.now(datetime.timezone.utc)
        connection.execute(t["schema_version"].insert(), [{"version": 1, "applied_at": now}, {"version": 2, "applied_at": now}])
        connection.execute(t["articles"].insert().values(doc_id="a1", title="Lào Cai", source_url=None, published=None,
                                                         text_sha256="x", pipeline_version="0.1.0", processed_at=now, text=TEXT))
        place = {"place_name": "Lào Cai", "place_level": "province", "place_type": "tỉnh", "place_era": "pre-2025", "place_code": "10",
                 "place_province": None}
        connection.execute(t["entities"].insert(), [
            {"id": 7, "doc_id": "a1", "start_char": 0, "end_char": 7, "text": "Lào Cai", "label": "LOC", "norm": "lào cai",
             "source": "gazetteer", **place}])
        connection.execute(t["quantities"].insert(), [
            {"id": 3, "doc_id": "a1", "start_char": q["start"], "end_char": q["end"], "text": q["text"], "value": q["value"],
             "value_max": None, "unit": q["unit"], "qualifier": q["qualifier"], "sentence": sentence["text"]}
            for q, sentence in zip(record()["quantities"], [record()["sentences"][0], record()["sentences"][2]])][:1])
        connection.execute(t["dates"].insert().values(id=9, doc_id="a1", start_char=33, end_char=42, text="Ngày 19/8", value="2022-08",
                                                      value_end=None, year_inferred=False, lunar=False))
        trigger = span("3 giải pháp", 2)
        connection.execute(t["lists"].insert().values(id=4, doc_id="a1", position=0, trigger_start=trigger["start"],
                                                      trigger_end=trigger["end"], trigger_text=trigger["text"], head="giải pháp",
                                                      announced_count=3, items_found=2, count_agrees=False))
        connection.execute(t["list_items"].insert(), [
            {"id": 11 + n, "list_id": 4, "doc_id": "a1", "position": n, "start_char": i["start"], "end_char": i["end"], "text": i["text"]}
            for n, i in enumerate([span("phát triển nông nghiệp"), span("mở rộng du lịch")])])
        person, role, org = span("Hoàng Giang"), span("Phó Bí thư"), span("Tỉnh ủy Lào Cai")
        connection.execute(v2.tables["roles"].insert().values(
            id=5, doc_id="a1", person_start=person["start"], person_end=person["end"], person="Hoàng Giang", person_norm="hoàng giang",
            role_start=role["start"], role_end=role["end"], role="Phó Bí thư", role_norm="phó bí thư", org_start=org["start"],
            org_end=org["end"], org="Tỉnh ủy Lào Cai", org_label="ORG", status="current",
            **{k: v for k, v in place.items() if k != "place_type"}))  # version 2 had no place_type on roles
    old.dispose()


def test_a_version_2_database_is_migrated_with_its_rows(fresh_url):
    write_version_2(fresh_url)
    engine = connect(fresh_url)
    with engine.connect() as connection:
        assert schema.current_version(connection) == 3
    trigger = span("3 giải pháp", 2)
    list_id = mention_id("a1", "lists", "trigger", trigger["start"], trigger["end"])
    assert rows(engine, schema.entities, "id", "text", "place_code", "place_code_2025") == [
        (mention_id("a1", "entities", 0, 7), "Lào Cai", "10", None)]
    assert rows(engine, schema.sentences, "id", "position", "start_char", "text") == [
        (mention_id("a1", "sentences", 0, 31), 0, 0, "Lào Cai: 3 giải pháp phát triển")]
    assert rows(engine, schema.quantities, "id", "sentence_id") == [(mention_id("a1", "quantities", 9, 10), mention_id("a1", "sentences", 0, 31))]
    assert rows(engine, schema.dates, "value", "start_date", "end_date") == [("2022-08", datetime.date(2022, 8, 1), datetime.date(2022, 8, 31))]
    assert rows(engine, schema.lists, "id", "head") == [(list_id, "giải pháp")]
    assert rows(engine, schema.list_items, "list_id", "position", "text") == [(list_id, 0, "phát triển nông nghiệp"),
                                                                              (list_id, 1, "mở rộng du lịch")]
    role = span("Phó Bí thư")
    assert rows(engine, schema.roles, "id", "place_code", "place_type") == [
        (mention_id("a1", "roles", role["start"], role["end"], 53, 64), "10", None)]
    assert rows(engine, schema.articles, "doc_id", "run_id") == [("a1", None)]
    load_record(engine, record())  # loading again after the migration keeps the ids the migration gave
    assert (mention_id("a1", "entities", 0, 7),) in rows(engine, schema.entities, "id")
    assert rows(engine, schema.lists, "id") == [(list_id,)]


def test_a_migration_that_fails_leaves_version_2_as_it_was(fresh_url, monkeypatch):
    import pipeline.db.migrate_v3 as migration

    write_version_2(fresh_url)

    def fail(*args):
        raise RuntimeError("disk full")

    monkeypatch.setattr(migration, "list_rows", fail)  # after the old tables were read and dropped
    with pytest.raises(RuntimeError, match="disk full"):
        connect(fresh_url)
    old = create_engine(fresh_url.replace("postgresql://", "postgresql+psycopg://"))
    with old.connect() as connection:
        assert connection.execute(text("SELECT max(version) FROM schema_version")).scalar() == 2
        assert [tuple(r) for r in connection.execute(text("SELECT id, text FROM entities"))] == [(7, "Lào Cai")]
        assert connection.execute(text("SELECT count(*) FROM list_items")).scalar() == 2
    old.dispose()
