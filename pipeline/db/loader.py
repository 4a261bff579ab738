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
    schema.migrate(engine)
    return engine


def sentence_of(record: dict):
    """A function from a character offset to the text of the sentence holding it."""
    sentences = record.get("sentences") or []
    starts = [s["start"] for s in sentences]

    def find(offset: int) -> str | None:
        index = bisect_right(starts, offset) - 1
        if index >= 0 and offset < sentences[index]["end"]:
            return sentences[index]["text"]
        return None

    return find


def span_columns(span: dict) -> dict:
    return {"start_char": span["start"], "end_char": span["end"], "text": span["text"]}


def replace_article(connection: Connection, record: dict) -> None:
    """Delete the article's rows, then insert the record's (inside the caller's transaction)."""
    doc_id = record["doc_id"]
    for table in schema.CHILD_TABLES:
        connection.execute(delete(table).where(table.c.doc_id == doc_id))
    connection.execute(delete(schema.articles).where(schema.articles.c.doc_id == doc_id))
    meta = record.get("meta") or {}
    connection.execute(schema.articles.insert().values(
        doc_id=doc_id, title=meta.get("title"), source_url=meta.get("source_url"), published=meta.get("published"),
        text_sha256=record["text_sha256"], pipeline_version=record["pipeline"]["version"],
        processed_at=datetime.now(timezone.utc), text=record["text"],
    ))
    rows = [span_columns(e) | {"doc_id": doc_id, "label": e["label"], "norm": e.get("norm"), "source": e.get("source"),
                               **place_columns(e.get("place"))} for e in record["entities"]]
    insert_rows(connection, schema.entities, rows)
    sentence = sentence_of(record)
    insert_rows(connection, schema.quantities, [
        span_columns(q) | {"doc_id": doc_id, "value": q["value"], "value_max": q.get("value_max"), "unit": q.get("unit"),
                           "qualifier": q.get("qualifier", "exact"), "sentence": sentence(q["start"])}
        for q in record["quantities"]])
    insert_rows(connection, schema.dates, [
        span_columns(d) | {"doc_id": doc_id, "value": d["value"], "value_end": d.get("value_end"),
                           "year_inferred": bool(d.get("year_inferred")), "lunar": bool(d.get("lunar"))}
        for d in record["dates"]])
    for position, item in enumerate(record["lists"]):
        trigger = item.get("trigger") or {}
        list_id = connection.execute(schema.lists.insert().values(
            doc_id=doc_id, position=position, trigger_start=trigger.get("start"), trigger_end=trigger.get("end"),
            trigger_text=trigger.get("text"), head=item.get("head"), announced_count=item.get("announced_count"),
            items_found=len(item["items"]), count_agrees=item.get("count_agrees"),
        )).inserted_primary_key[0]
        insert_rows(connection, schema.list_items, [
            span_columns(i) | {"doc_id": doc_id, "list_id": list_id, "position": p} for p, i in enumerate(item["items"])])
    insert_rows(connection, schema.roles, [role_row(doc_id, r) for r in record.get("roles", [])])


def role_row(doc_id: str, role: dict) -> dict:
    """A roles row: person, post and body, with the body's entity label and gazetteer place."""
    org = role.get("org") or {}
    place = org.get("place") or {}
    return {"doc_id": doc_id, "person_start": role["person"]["start"], "person_end": role["person"]["end"],
            "person": role["person"]["text"], "person_norm": match_key(role["person"]["text"]),
            "role_start": role["role"]["start"], "role_end": role["role"]["end"], "role": role["role"]["text"],
            "role_norm": match_key(role["role"]["text"]), "org_start": org.get("start"), "org_end": org.get("end"),
            "org": org.get("text"), "org_label": org.get("label"), "place_name": place.get("name"),
            "place_level": place.get("level"), "place_era": place.get("era"), "place_code": place.get("code"),
            "place_province": place.get("province"), "status": role.get("status", "current")}


PLACE_FIELDS = {"place_name": "name", "place_level": "level", "place_type": "type", "place_era": "era",
                "place_code": "code", "place_province": "province"}


def place_columns(place: dict | None) -> dict:
    """Gazetteer link columns (all present, None when the entity is not a linked place)."""
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


def load_record(engine: Engine, record: dict) -> None:
    """Load one article atomically: fully replaced, or left as it was."""
    with engine.begin() as connection:
        replace_article(connection, record)


def load_records(engine: Engine, records) -> tuple[int, list[tuple[str, str]]]:
    """Load many articles, each in its own transaction; return (loaded, [(doc_id, error), ...])."""
    loaded, failures = 0, []
    for record in records:
        try:
            load_record(engine, record)
            loaded += 1
        except Exception as error:  # one bad record never stops the batch
            failures.append((record.get("doc_id", "?"), f"{type(error).__name__}: {error}"))
    return loaded, failures
