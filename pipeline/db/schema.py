"""The relational schema, as SQLAlchemy Core tables, and its migrations.

One row per run, per article, per sentence, per entity mention, per quantity, per date, per
list, per list item and per role; every child row carries ``doc_id`` so the obvious queries
need no joins beyond one. Mention ids are stable: derived from the doc_id, the layer and the
offsets (``pipeline/db/ids.py``), so reloading an article gives its rows the same ids. Each
article row points to the run that loaded it. The schema version is recorded in
``schema_version``; ``migrate`` applies the numbered migrations an existing database lacks,
each in its own transaction.
"""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import Boolean, Column, Date, DateTime, Float, ForeignKey, Index, Integer, MetaData, String, Table, Text, inspect, select
from sqlalchemy.engine import Connection, Engine

metadata = MetaData()

schema_version = Table(
    "schema_version", metadata,
    Column("version", Integer, primary_key=True),
    Column("applied_at", DateTime(timezone=True), nullable=False),
)

ID = 24  # length of a stable mention id (hex digits)

runs = Table(
    "runs", metadata,
    Column("run_id", String(32), primary_key=True),
    Column("command", String(16), nullable=False),
    Column("pipeline_version", String(32), nullable=False),
    Column("entity_model", String(16)),
    Column("options", Text, nullable=False),  # JSON: the command's options
    Column("started_at", DateTime(timezone=True), nullable=False),
    Column("finished_at", DateTime(timezone=True)),
    Column("articles", Integer), Column("loaded", Integer), Column("failures", Integer),
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
    Column("run_id", String(32), ForeignKey("runs.run_id")),
)


def child(name: str, *columns, indexes=()) -> Table:
    """A table whose rows belong to one article; ``id`` is the row's stable mention id."""
    table = Table(
        name, metadata,
        Column("id", String(ID), primary_key=True),
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

def PLACE() -> list[Column]:
    """Every field of a gazetteer link (``place`` of an entity or a role's body)."""
    return [Column("place_name", Text), Column("place_level", String(16)), Column("place_type", String(32)),
            Column("place_era", String(16)), Column("place_code", String(16)), Column("place_province", Text),
            Column("place_province_2025", Text), Column("place_code_2025", String(16)), Column("place_candidates", Integer)]


sentences = child(
    "sentences", Column("position", Integer, nullable=False), *SPAN(),
)
entities = child(
    "entities", *SPAN(),
    Column("label", String(8), nullable=False),
    Column("norm", Text),
    Column("source", String(16)),
    *PLACE(),
    indexes=[("label", "norm"), ("place_era", "place_code")],
)
quantities = child(
    "quantities", *SPAN(),
    Column("value", Float, nullable=False),
    Column("value_max", Float),
    Column("unit", Text),
    Column("qualifier", String(8), nullable=False),
    Column("sentence_id", String(ID), ForeignKey("sentences.id", ondelete="CASCADE")),
    indexes=[("unit",)],
)
dates = child(
    "dates", *SPAN(),
    Column("value", String(32), nullable=False),
    Column("value_end", String(32)),
    Column("start_date", Date),  # the first day the value covers (null when the year is unstated)
    Column("end_date", Date),  # the last day value_end (or value) covers
    Column("year_inferred", Boolean, nullable=False, default=False),
    Column("lunar", Boolean, nullable=False, default=False),
    indexes=[("value",), ("start_date",)],
)
lists = child(
    "lists",
    Column("position", Integer, nullable=False),
    Column("trigger_start", Integer), Column("trigger_end", Integer), Column("trigger_text", Text),
    Column("head", Text),
    Column("announced_count", Integer),
    Column("items_found", Integer, nullable=False),
    Column("count_agrees", Boolean),
    Column("parent_id", String(ID)),  # the list whose item holds this one (output "parent"), or NULL
    Column("cue", String(12)),  # what announced it: trigger, introducer, markers, lines, series
    indexes=[("head",), ("parent_id",)],
)
list_items = child(
    "list_items",
    Column("list_id", String(ID), ForeignKey("lists.id", ondelete="CASCADE"), nullable=False),
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
    *PLACE(),
    Column("status", String(8), nullable=False),
    indexes=[("person_norm",), ("role_norm",), ("place_era", "place_code")],
)

# Children before parents: the order rows are deleted in when an article is replaced.
CHILD_TABLES = [roles, list_items, lists, dates, quantities, sentences, entities]


def create_v1(connection: Connection) -> None:
    """Version 1: articles, entities, quantities, dates, lists and their items (as they were then)."""
    from .legacy_schema import v1_tables

    v1_tables().create_all(connection)


def create_v2(connection: Connection) -> None:
    """Version 2: the roles table (as it was then)."""
    from .legacy_schema import v2_roles

    v2_roles().create_all(connection)


def create_v3(connection: Connection) -> None:
    """Version 3: runs, sentences, stable mention ids, DATE columns, every place field (``migrate_v3``)."""
    from .migrate_v3 import migrate_v3

    migrate_v3(connection)


MIGRATIONS = [(1, create_v1), (2, create_v2), (3, create_v3)]
SCHEMA_VERSION = MIGRATIONS[-1][0]


def current_version(connection: Connection) -> int:
    if not inspect(connection).has_table("schema_version"):
        return 0
    return connection.execute(select(schema_version.c.version).order_by(schema_version.c.version.desc())).scalar() or 0


def migrate(engine: Engine) -> int:
    """Bring the database to ``SCHEMA_VERSION``; return the version it is at."""
    with engine.begin() as connection:
        version = current_version(connection)
        if version == 0:  # a new database: the present schema at once
            metadata.create_all(connection)
            connection.execute(schema_version.insert().values(version=SCHEMA_VERSION, applied_at=datetime.now(timezone.utc)))
            return SCHEMA_VERSION
    for number, step in MIGRATIONS:
        if number > version:
            with engine.begin() as connection:
                step(connection)
                connection.execute(schema_version.insert().values(version=number, applied_at=datetime.now(timezone.utc)))
            version = number
    return version
