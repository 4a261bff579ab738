"""Loading into SQLite and a real PostgreSQL (started by the tests): counts, queries, idempotence, atomicity."""

import copy
import json

import pytest
from sqlalchemy import func, select, text

from pipeline.db import connect, load_record, load_records, schema


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request, tmp_path):
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'extractions.sqlite'}"
    else:
        url = request.getfixturevalue("postgres_url")
    engine = connect(url)
    with engine.begin() as connection:  # every test starts from an empty database
        for table in schema.CHILD_TABLES + [schema.articles, schema.runs]:
            connection.execute(table.delete())
    yield engine
    engine.dispose()


def count(engine, table, **where) -> int:
    query = select(func.count()).select_from(table)
    for column, value in where.items():
        query = query.where(table.c[column] == value)
    with engine.connect() as connection:
        return connection.execute(query).scalar()


def expected_counts(records) -> dict:
    return {
        "articles": len(records),
        "entities": sum(len(r["entities"]) for r in records),
        "quantities": sum(len(r["quantities"]) for r in records),
        "dates": sum(len(r["dates"]) for r in records),
        "lists": sum(len(r["lists"]) for r in records),
        "list_items": sum(len(entry["items"]) for r in records for entry in r["lists"]),
        "roles": sum(len(r["roles"]) for r in records),
    }


def actual_counts(engine) -> dict:
    tables = {"articles": schema.articles, "entities": schema.entities, "quantities": schema.quantities,
              "dates": schema.dates, "lists": schema.lists, "list_items": schema.list_items, "roles": schema.roles}
    return {name: count(engine, table) for name, table in tables.items()}


def test_schema_version_is_recorded(engine):
    with engine.connect() as connection:
        assert schema.current_version(connection) == schema.SCHEMA_VERSION


def test_corpus_row_counts_match_the_json(engine, corpus_outputs):
    records = list(corpus_outputs.values())
    loaded, failures = load_records(engine, records)
    assert (loaded, failures) == (len(records), [])
    assert actual_counts(engine) == expected_counts(records)


def test_reloading_is_idempotent(engine, corpus_outputs):
    records = list(corpus_outputs.values())
    load_records(engine, records)
    load_records(engine, records)
    assert actual_counts(engine) == expected_counts(records)


def test_changed_article_is_replaced(engine, corpus_outputs):
    record = copy.deepcopy(corpus_outputs["000_a3837a240afc45cb"])
    load_record(engine, record)
    record["quantities"] = record["quantities"][:3]
    record["text_sha256"] = "0" * 64
    load_record(engine, record)
    assert count(engine, schema.quantities, doc_id=record["doc_id"]) == 3
    assert count(engine, schema.articles) == 1


def test_failure_mid_article_leaves_it_as_before(engine, corpus_outputs):
    good = corpus_outputs["000_a3837a240afc45cb"]
    load_record(engine, good)
    broken = copy.deepcopy(good)
    broken["lists"][0]["items"][0]["start"] = None  # NOT NULL violation after the other rows were written
    loaded, failures = load_records(engine, [broken])
    assert loaded == 0 and failures and failures[0][0] == good["doc_id"]
    assert actual_counts(engine) == expected_counts([good])


def test_every_quantity_counting_dang_vien(engine, corpus_outputs):
    load_records(engine, list(corpus_outputs.values()))
    query = text("SELECT a.doc_id, q.value, q.qualifier FROM quantities q JOIN articles a ON a.doc_id = q.doc_id "
                 "WHERE q.unit = :unit ORDER BY q.value DESC")
    with engine.connect() as connection:
        rows = connection.execute(query, {"unit": "đảng viên"}).all()
    expected = sum(1 for r in corpus_outputs.values() for q in r["quantities"] if q["unit"] == "đảng viên")
    assert len(rows) == expected and expected > 10
    assert ("000_a3837a240afc45cb", 3550.0, "gt") in [(r[0], r[1], r[2]) for r in rows]


def test_every_article_mentioning_lao_cai(engine, corpus_outputs):
    load_records(engine, list(corpus_outputs.values()))
    query = text("SELECT DISTINCT doc_id FROM entities WHERE place_name = :name OR norm LIKE :pattern ORDER BY doc_id")
    with engine.connect() as connection:
        found = [r[0] for r in connection.execute(query, {"name": "Lào Cai", "pattern": "%lào cai%"})]
    assert found[:2] == ["000_a3837a240afc45cb", "001_xaydungdang-laocai-ket-nap-dang-vien"]


def test_export_command_loads_a_folder(tmp_path, corpus_outputs):
    from pipeline.cli import main

    for doc_id, record in list(corpus_outputs.items())[:3]:
        (tmp_path / f"{doc_id}.json").write_text(json.dumps(record, ensure_ascii=False), "utf-8")
    url = f"sqlite:///{tmp_path / 'out.sqlite'}"
    assert main(["export", str(tmp_path), "--db", url]) == 0
    assert count(connect(url), schema.articles) == 3


def test_a_version_1_database_is_migrated_to_the_present(tmp_path):
    from sqlalchemy import create_engine, inspect

    url = f"sqlite:///{tmp_path / 'old.sqlite'}"
    old = create_engine(url)
    with old.begin() as connection:
        schema.create_v1(connection)
        connection.execute(schema.schema_version.insert().values(version=1, applied_at=__import__("datetime").datetime.now()))
    assert "roles" not in inspect(old).get_table_names()
    engine = connect(url)
    assert {"roles", "runs", "sentences"} <= set(inspect(engine).get_table_names())
    with engine.connect() as connection:
        assert schema.current_version(connection) == 3


def test_roles_rows_carry_the_post_the_body_and_its_place(engine, extract):
    record = extract("Lào Cai họp\n\nĐồng chí Hoàng Giang, Phó Bí thư Tỉnh ủy Lào Cai phát biểu.", doc_id="roles-1")
    load_record(engine, record)
    query = text("SELECT person, role, org, org_label, place_name, place_level, status FROM roles WHERE doc_id = 'roles-1'")
    with engine.connect() as connection:
        rows = [tuple(row) for row in connection.execute(query)]
    assert rows == [("Hoàng Giang", "Phó Bí thư", "Tỉnh ủy Lào Cai", "ORG", "Lào Cai", "province", "current")]


def test_a_password_refusing_postgresql_is_one_line_without_the_password(postgres_url, tmp_path, capsys):
    """The throw-away server trusts local users; one role is made to need a password, and is given a wrong one."""
    from pathlib import Path

    import psycopg

    from pipeline.cli import main
    from pipeline.db.loader import normalise_url

    admin = connect(postgres_url)
    with admin.begin() as connection:
        connection.execute(text("DROP ROLE IF EXISTS vnpipe_refused"))
        connection.execute(text("CREATE ROLE vnpipe_refused LOGIN PASSWORD 'right'"))
        hba = Path(connection.execute(text("SHOW hba_file")).scalar())
    if "vnpipe_refused" not in hba.read_text():
        hba.write_text("local all vnpipe_refused scram-sha-256\n" + hba.read_text())
    with admin.begin() as connection:
        connection.execute(text("SELECT pg_reload_conf()"))
    admin.dispose()
    url = postgres_url.replace("postgres:@", "vnpipe_refused:wrong@")
    for _ in range(100):  # until the server has reloaded its rules: a bound on attempts, not on time
        try:
            psycopg.connect(normalise_url(url).replace("+psycopg", "")).close()
        except psycopg.OperationalError:
            break
        __import__("time").sleep(0.05)
    assert main(["export", str(tmp_path), "--db", url]) == 2
    socket = url.split("host=")[1]
    assert capsys.readouterr().err.splitlines() == [
        f'error: database {url.replace(":wrong@", ":***@")}: connection failed: connection to server on socket '
        f'"{socket}/.s.PGSQL.5432" failed: FATAL:  password authentication failed for user "vnpipe_refused"']


def test_a_failed_load_costs_its_article_only_and_later_runs_retry_it(postgres_url, tmp_path, capsys):
    """A NUL in a text is refused by PostgreSQL: the other articles are loaded, the failure is printed and
    logged, and a re-run without --force retries it instead of crashing."""
    from pipeline.cli import main

    with connect(postgres_url).begin() as connection:
        for table in schema.CHILD_TABLES + [schema.articles]:
            connection.execute(table.delete())
    dump = tmp_path / "dump.jsonl"
    dump.write_text("\n".join(json.dumps({"id": doc_id, "text": f"Lào Cai có {n} xã{tail}."})
                              for n, (doc_id, tail) in enumerate([("a", ""), ("nul", "\u0000"), ("c", "")])), "utf-8")
    for attempt in range(2):
        assert main(["run", str(dump), "--out", str(tmp_path / "out"), "--quiet", "--db", postgres_url]) == 1
        err = capsys.readouterr().err.splitlines()
        where = f"{dump}:2" if attempt == 0 else str(tmp_path / "out" / "nul.json")
        assert [line.split(": database load failed: ")[0] for line in err if "database load failed" in line] == [f"error: {where}"]
        assert "cannot contain NUL" in err[0]
        assert err[-1].startswith(f"3 articles: {3 - 3 * attempt} written, {3 * attempt} already current, 0 failed; 1 database loads failed")
        logged = [json.loads(line) for line in (tmp_path / "out" / "errors.jsonl").read_text("utf-8").splitlines()]
        assert [e["file"] for e in logged] == [where]
        with connect(postgres_url).connect() as connection:
            assert sorted(r[0] for r in connection.execute(select(schema.articles.c.doc_id))) == ["a", "c"]
