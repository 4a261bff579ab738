"""Load output records into the database: one transaction per article, replacing what was there.

Loading an article again deletes its rows and inserts the new ones in the same
transaction, so a reload never duplicates and a failure or a kill mid-batch leaves every
article either fully as before or fully new.
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import datetime, timezone

from sqlalchemy import create_engine, delete, event
from sqlalchemy.engine import Connection, Engine

from ..textnorm import match_key
from . import schema
from .ids import date_columns, mention_id, unique


def normalise_url(url: str) -> str:
    """Use the psycopg 3 driver for ``postgresql://`` URLs; everything else is SQLAlchemy's own."""
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def connect(url: str) -> Engine:
    """An engine for ``url`` with the schema migrated to the current version."""
    engine = create_engine(normalise_url(url), future=True)
    if engine.dialect.name == "sqlite":
        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection, _record):  # noqa: ANN001
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.close()
            dbapi_connection.isolation_level = None  # the driver opens no transaction of its own ...

        @event.listens_for(engine, "begin")
        def _sqlite_begin(connection):  # noqa: ANN001
            connection.exec_driver_sql("BEGIN")  # ... SQLAlchemy's are real ones, DDL included (a migration is all or nothing)
    schema.migrate(engine)
    return engine


def sentence_rows(doc_id: str, record: dict) -> list[dict]:
    """The article's sentences, each once, with stable ids (quantities point to theirs)."""
    sentences = record.get("sentences") or []
    ids = unique([mention_id(doc_id, "sentences", s["start"], s["end"]) for s in sentences])
    return [span_columns(s) | {"id": row_id, "doc_id": doc_id, "position": n} for n, (s, row_id) in enumerate(zip(sentences, ids))]


def sentence_of(rows: list[dict]):
    """A function from a character offset to the id of the sentence row holding it (None outside every sentence)."""
    starts = [row["start_char"] for row in rows]

    def find(offset: int) -> str | None:
        index = bisect_right(starts, offset) - 1
        if index >= 0 and offset < rows[index]["end_char"]:
            return rows[index]["id"]
        return None

    return find


def span_columns(span: dict) -> dict:
    return {"start_char": span["start"], "end_char": span["end"], "text": span["text"]}


def with_ids(doc_id: str, layer: str, rows: list[dict], *extra: str) -> list[dict]:
    """``rows`` with stable ids from their offsets (and the ``extra`` columns that tell them apart)."""
    ids = unique([mention_id(doc_id, layer, row["start_char"], row["end_char"], *(row[c] for c in extra)) for row in rows])
    return [row | {"id": row_id} for row, row_id in zip(rows, ids)]


def replace_article(connection: Connection, record: dict, run_id: str | None = None) -> None:
    """Delete the article's rows, then insert the record's (inside the caller's transaction)."""
    doc_id = record["doc_id"]
    for table in schema.CHILD_TABLES:
        connection.execute(delete(table).where(table.c.doc_id == doc_id))
    connection.execute(delete(schema.articles).where(schema.articles.c.doc_id == doc_id))
    meta = record.get("meta") or {}
    connection.execute(schema.articles.insert().values(
        doc_id=doc_id, title=meta.get("title"), source_url=meta.get("source_url"), published=meta.get("published"),
        text_sha256=record["text_sha256"], pipeline_version=record["pipeline"]["version"],
        processed_at=datetime.now(timezone.utc), text=record["text"], run_id=run_id,
    ))
    sentences = sentence_rows(doc_id, record)
    insert_rows(connection, schema.sentences, sentences)
    rows = [span_columns(e) | {"doc_id": doc_id, "label": e["label"], "norm": e.get("norm"), "source": e.get("source"),
                               **place_columns(e.get("place"))} for e in record["entities"]]
    insert_rows(connection, schema.entities, with_ids(doc_id, "entities", rows))
    sentence = sentence_of(sentences)
    insert_rows(connection, schema.quantities, with_ids(doc_id, "quantities", [
        span_columns(q) | {"doc_id": doc_id, "value": q["value"], "value_max": q.get("value_max"), "unit": q.get("unit"),
                           "qualifier": q.get("qualifier", "exact"), "sentence_id": sentence(q["start"])}
        for q in record["quantities"]]))
    insert_rows(connection, schema.dates, with_ids(doc_id, "dates", [
        span_columns(d) | {"doc_id": doc_id, "value": d["value"], "value_end": d.get("value_end"),
                           "year_inferred": bool(d.get("year_inferred")), "lunar": bool(d.get("lunar")),
                           **date_columns(d["value"], d.get("value_end"))}
        for d in record["dates"]]))
    list_ids = unique([mention_id(doc_id, "lists", *list_anchor(item)) for item in record["lists"]])
    for position, (item, list_id) in enumerate(zip(record["lists"], list_ids)):
        trigger = item.get("trigger") or {}
        connection.execute(schema.lists.insert().values(
            id=list_id, doc_id=doc_id, position=position, trigger_start=trigger.get("start"), trigger_end=trigger.get("end"),
            trigger_text=trigger.get("text"), head=item.get("head"), announced_count=item.get("announced_count"),
            items_found=len(item["items"]), count_agrees=item.get("count_agrees"),
            parent_id=list_ids[item["parent"]] if item.get("parent") is not None else None, cue=item.get("cue"),
        ))
        insert_rows(connection, schema.list_items, with_ids(doc_id, "list_items", [
            span_columns(i) | {"doc_id": doc_id, "list_id": list_id, "position": p} for p, i in enumerate(item["items"])], "list_id"))
    roles = [role_row(doc_id, r) for r in record.get("roles", [])]
    ids = unique([mention_id(doc_id, "roles", r["role_start"], r["role_end"], r["person_start"], r["person_end"]) for r in roles])
    insert_rows(connection, schema.roles, [row | {"id": row_id} for row, row_id in zip(roles, ids)])


def list_anchor(item: dict) -> tuple:
    """What identifies a list in its article: its trigger's offsets, else its first item's."""
    anchor = item.get("trigger") or (item.get("items") or [{}])[0]
    return ("trigger" if item.get("trigger") else "item", anchor.get("start"), anchor.get("end"))


def role_row(doc_id: str, role: dict) -> dict:
    """A roles row: person, post and body, with the body's entity label and gazetteer place."""
    org = role.get("org") or {}
    return {"doc_id": doc_id, "person_start": role["person"]["start"], "person_end": role["person"]["end"],
            "person": role["person"]["text"], "person_norm": match_key(role["person"]["text"]),
            "role_start": role["role"]["start"], "role_end": role["role"]["end"], "role": role["role"]["text"],
            "role_norm": match_key(role["role"]["text"]), "org_start": org.get("start"), "org_end": org.get("end"),
            "org": org.get("text"), "org_label": org.get("label"), **place_columns(org.get("place")),
            "status": role.get("status", "current")}


PLACE_FIELDS = {"place_name": "name", "place_level": "level", "place_type": "type", "place_era": "era",
                "place_code": "code", "place_province": "province", "place_province_2025": "province_2025",
                "place_code_2025": "code_2025", "place_candidates": "candidates"}


def place_columns(place: dict | None) -> dict:
    """Gazetteer link columns, every field of the link (all present, None when the entity is not a linked place)."""
    return {column: (place or {}).get(field) for column, field in PLACE_FIELDS.items()}


def insert_rows(connection: Connection, table, rows: list[dict]) -> None:
    if rows:
        connection.execute(table.insert(), rows)


def is_loaded(engine: Engine, record: dict) -> bool:
    """True when the database already holds this article with the same text and pipeline version."""
    with engine.connect() as connection:
        row = connection.execute(
            schema.articles.select().where(schema.articles.c.doc_id == record["doc_id"])).mappings().first()
    return row is not None and row["text_sha256"] == record.get("text_sha256") \
        and row["pipeline_version"] == (record.get("pipeline") or {}).get("version")


def load_record(engine: Engine, record: dict, run_id: str | None = None) -> None:
    """Load one article atomically: fully replaced, or left as it was."""
    with engine.begin() as connection:
        replace_article(connection, record, run_id)


def load_records(engine: Engine, records, run_id: str | None = None) -> tuple[int, list[tuple[str, str]]]:
    """Load many articles, each in its own transaction; return (loaded, [(doc_id, error), ...])."""
    loaded, failures = 0, []
    for record in records:
        try:
            load_record(engine, record, run_id)
            loaded += 1
        except Exception as error:  # one bad record never stops the batch
            failures.append((record.get("doc_id", "?"), f"{type(error).__name__}: {error}"))
    return loaded, failures


def start_run(engine: Engine, command: str, entity_model: str | None, options: dict) -> str:
    """Record a run (the command, pipeline version, entity model, options, start time); its id."""
    import json
    import uuid

    from .. import __version__

    run_id = uuid.uuid4().hex
    with engine.begin() as connection:
        connection.execute(schema.runs.insert().values(
            run_id=run_id, command=command, pipeline_version=__version__, entity_model=entity_model,
            options=json.dumps(options, ensure_ascii=False, sort_keys=True, default=str), started_at=datetime.now(timezone.utc)))
    return run_id


def finish_run(engine: Engine, run_id: str, articles: int, loaded: int, failures: int) -> None:
    """Record when a run ended and what it counted."""
    with engine.begin() as connection:
        connection.execute(schema.runs.update().where(schema.runs.c.run_id == run_id).values(
            finished_at=datetime.now(timezone.utc), articles=articles, loaded=loaded, failures=failures))
