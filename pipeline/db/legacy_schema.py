"""The tables of schema versions 1 and 2, as they were: what migrations start from (and tests build).

Kept apart from ``schema.py`` so the current tables stay the one definition of the present.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Column, DateTime, Float, ForeignKey, Index, Integer, MetaData, String, Table, Text


def span() -> list[Column]:
    return [Column("start_char", Integer, nullable=False), Column("end_char", Integer, nullable=False), Column("text", Text, nullable=False)]


def child(metadata: MetaData, name: str, *columns, indexes=()) -> Table:
    """A version-1/2 child table: integer ids that changed on every reload."""
    table = Table(name, metadata, Column("id", Integer, primary_key=True, autoincrement=True),
                  Column("doc_id", String(255), ForeignKey("articles.doc_id", ondelete="CASCADE"), nullable=False), *columns)
    Index(f"ix_{name}_doc_id", table.c.doc_id)
    for index_columns in indexes:
        Index(f"ix_{name}_{'_'.join(index_columns)}", *(table.c[c] for c in index_columns))
    return table


def place() -> list[Column]:
    return [Column("place_name", Text), Column("place_level", String(16)), Column("place_type", String(32)),
            Column("place_era", String(16)), Column("place_code", String(16)), Column("place_province", Text)]


def v1_tables() -> MetaData:
    """Version 1: schema_version, articles, entities, quantities (with the sentence's text), dates, lists, list_items."""
    metadata = MetaData()
    Table("schema_version", metadata, Column("version", Integer, primary_key=True),
          Column("applied_at", DateTime(timezone=True), nullable=False))
    Table("articles", metadata, Column("doc_id", String(255), primary_key=True), Column("title", Text), Column("source_url", Text),
          Column("published", String(32)), Column("text_sha256", String(64), nullable=False),
          Column("pipeline_version", String(32), nullable=False), Column("processed_at", DateTime(timezone=True), nullable=False),
          Column("text", Text, nullable=False))
    child(metadata, "entities", *span(), Column("label", String(8), nullable=False), Column("norm", Text), Column("source", String(16)),
          *place(), indexes=[("label", "norm"), ("place_era", "place_code")])
    child(metadata, "quantities", *span(), Column("value", Float, nullable=False), Column("value_max", Float), Column("unit", Text),
          Column("qualifier", String(8), nullable=False), Column("sentence", Text), indexes=[("unit",)])
    child(metadata, "dates", *span(), Column("value", String(32), nullable=False), Column("value_end", String(32)),
          Column("year_inferred", Boolean, nullable=False, default=False), Column("lunar", Boolean, nullable=False, default=False),
          indexes=[("value",)])
    child(metadata, "lists", Column("position", Integer, nullable=False), Column("trigger_start", Integer), Column("trigger_end", Integer),
          Column("trigger_text", Text), Column("head", Text), Column("announced_count", Integer),
          Column("items_found", Integer, nullable=False), Column("count_agrees", Boolean), indexes=[("head",)])
    child(metadata, "list_items", Column("list_id", Integer, ForeignKey("lists.id", ondelete="CASCADE"), nullable=False),
          Column("position", Integer, nullable=False), *span(), indexes=[("list_id",)])
    return metadata


def v2_roles() -> MetaData:
    """Version 2 added the roles table (over version 1's articles)."""
    metadata = MetaData()
    Table("articles", metadata, Column("doc_id", String(255), primary_key=True))
    child(metadata, "roles",
          Column("person_start", Integer, nullable=False), Column("person_end", Integer, nullable=False),
          Column("person", Text, nullable=False), Column("person_norm", Text, nullable=False),
          Column("role_start", Integer, nullable=False), Column("role_end", Integer, nullable=False),
          Column("role", Text, nullable=False), Column("role_norm", Text, nullable=False),
          Column("org_start", Integer), Column("org_end", Integer), Column("org", Text), Column("org_label", String(8)),
          Column("place_name", Text), Column("place_level", String(16)), Column("place_era", String(16)),
          Column("place_code", String(16)), Column("place_province", Text), Column("status", String(8), nullable=False),
          indexes=[("person_norm",), ("role_norm",), ("place_era", "place_code")])
    return metadata
