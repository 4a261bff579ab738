"""The relational schema, as SQLAlchemy Core tables, and its migrations.

One row per article, per entity mention, per quantity, per date, per list, per list
item and per role; every child row carries ``doc_id`` so the obvious queries need no joins beyond one.
The schema version is recorded in ``schema_version``; ``migrate`` applies the numbered
migrations an existing database lacks, each in its own transaction.
"""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import Boolean, Column, DateTime, Float, ForeignKey, Index, Integer, MetaData, String, Table, Text, inspect, select
from sqlalchemy.engine import Connection, Engine

metadata = MetaData()

schema_version = Table(
    "schema_version", metadata,
    Column("version", Integer, primary_key=True),
    Column("applied_at", DateTime(timezone=True), nullable=False),
)

articles = Table(
    "articles", metadata,
    Column("doc_id", String(255), primary_key=True),
    Column("title", Text),
    Column("source_url", Text),
    Column("published", String(32)),
    Column("text_sha256", String(64), nullable=False),
    Column("pipeline_version", String(32), nullable=False),
    Column("processed_at", DateTime(timezone=True), nullable=False),
    Column("text", Text, nullable=False),
)


def child(name: str, *columns, indexes=()) -> Table:
    """A table whose rows belong to one article."""
    table = Table(
        name, metadata,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("doc_id", String(255), ForeignKey("articles.doc_id", ondelete="CASCADE"), nullable=False),
        *columns,
    )
    Index(f"ix_{name}_doc_id", table.c.doc_id)
    for index_columns in indexes:
        Index(f"ix_{name}_{'_'.join(index_columns)}", *(table.c[c] for c in index_columns))
    return table


def SPAN() -> list[Column]:
    """Offsets into ``articles.text`` (Python string indices, end exclusive) and the span's text."""
    return [Column("start_char", Integer, nullable=False), Column("end_char", Integer, nullable=False), Column("text", Text, nullable=False)]

entities = child(
    "entities", *SPAN(),
    Column("label", String(8), nullable=False),
    Column("norm", Text),
    Column("source", String(16)),
    Column("place_name", Text), Column("place_level", String(16)), Column("place_type", String(32)),
    Column("place_era", String(16)), Column("place_code", String(16)), Column("place_province", Text),
    indexes=[("label", "norm"), ("place_era", "place_code")],
)
quantities = child(
    "quantities", *SPAN(),
    Column("value", Float, nullable=False),
    Column("value_max", Float),
    Column("unit", Text),
    Column("qualifier", String(8), nullable=False),
    Column("sentence", Text),
    indexes=[("unit",)],
)
dates = child(
    "dates", *SPAN(),
    Column("value", String(32), nullable=False),
    Column("value_end", String(32)),
    Column("year_inferred", Boolean, nullable=False, default=False),
    Column("lunar", Boolean, nullable=False, default=False),
    indexes=[("value",)],
)
lists = child(
    "lists",
    Column("position", Integer, nullable=False),
    Column("trigger_start", Integer), Column("trigger_end", Integer), Column("trigger_text", Text),
    Column("head", Text),
    Column("announced_count", Integer),
    Column("items_found", Integer, nullable=False),
    Column("count_agrees", Boolean),
    indexes=[("head",)],
)
list_items = child(
    "list_items",
    Column("list_id", Integer, ForeignKey("lists.id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),
    *SPAN(),
    indexes=[("list_id",)],
)

roles = child(
    "roles",
    Column("person_start", Integer, nullable=False), Column("person_end", Integer, nullable=False),
    Column("person", Text, nullable=False), Column("person_norm", Text, nullable=False),
    Column("role_start", Integer, nullable=False), Column("role_end", Integer, nullable=False),
    Column("role", Text, nullable=False), Column("role_norm", Text, nullable=False),
    Column("org_start", Integer), Column("org_end", Integer), Column("org", Text), Column("org_label", String(8)),
    Column("place_name", Text), Column("place_level", String(16)), Column("place_era", String(16)),
    Column("place_code", String(16)), Column("place_province", Text),
    Column("status", String(8), nullable=False),
    indexes=[("person_norm",), ("role_norm",), ("place_era", "place_code")],
)

# Children before parents: the order rows are deleted in when an article is replaced.
CHILD_TABLES = [roles, list_items, lists, dates, quantities, entities]
V1_TABLES = [schema_version, articles, entities, quantities, dates, lists, list_items]


def create_v1(connection: Connection) -> None:
    """Version 1: articles, entities, quantities, dates, lists and their items."""
    metadata.create_all(connection, tables=V1_TABLES)


def create_v2(connection: Connection) -> None:
    """Version 2: the roles table (person - post - body records)."""
    metadata.create_all(connection, tables=[roles])


MIGRATIONS = [(1, create_v1), (2, create_v2)]
SCHEMA_VERSION = MIGRATIONS[-1][0]


def current_version(connection: Connection) -> int:
    if not inspect(connection).has_table("schema_version"):
        return 0
    return connection.execute(select(schema_version.c.version).order_by(schema_version.c.version.desc())).scalar() or 0


def migrate(engine: Engine) -> int:
    """Bring the database to ``SCHEMA_VERSION``; return the version it is at."""
    with engine.begin() as connection:
        version = current_version(connection)
    for number, step in MIGRATIONS:
        if number > version:
            with engine.begin() as connection:
                step(connection)
                connection.execute(schema_version.insert().values(version=number, applied_at=datetime.now(timezone.utc)))
            version = number
    return version
