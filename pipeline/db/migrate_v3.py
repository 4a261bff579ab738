"""Migration 3: from a version-2 database to runs, sentences, stable ids, DATE columns and every place field.

The child tables change their primary keys (integers that changed on every reload become
stable mention ids), which neither SQLite nor PostgreSQL can alter in place: their rows are
read, the tables dropped and created anew, and the rows written back with their new ids and
columns. What version 2 never stored stays empty until the article is loaded again: the new
place fields (``place_type`` of roles, ``province_2025``, ``code_2025``, ``candidates``), the
run of each article, and the sentences holding no quantity (those that hold one are found
in the article's text from the sentence each quantity row repeated).
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import MetaData, Table, select, text
from sqlalchemy.engine import Connection

from . import schema
from .ids import date_columns, mention_id, unique

OLD_CHILDREN = ["roles", "list_items", "lists", "dates", "quantities", "entities"]  # children before parents


def old_rows(connection: Connection, name: str) -> list[dict]:
    """Every row of a version-2 table, in id order."""
    table = Table(name, MetaData(), autoload_with=connection)
    return [dict(row) for row in connection.execute(select(table).order_by(table.c.id)).mappings()]


def drop_old(connection: Connection, name: str) -> None:
    Table(name, MetaData(), autoload_with=connection).drop(connection)


def stable(rows: list[dict], layer: str, *extra: str) -> list[dict]:
    """Rows with their integer ids replaced by mention ids."""
    ids = unique([mention_id(r["doc_id"], layer, r["start_char"], r["end_char"], *(r[c] for c in extra)) for r in rows])
    return [r | {"id": row_id} for r, row_id in zip(rows, ids)]


def locate_sentence(article: str, sentence: str, offset: int) -> int | None:
    """Where the sentence holding ``offset`` starts in the article's text, or None."""
    start = article.find(sentence)
    while start >= 0:
        if start <= offset < start + len(sentence):
            return start
        start = article.find(sentence, start + 1)
    return None


def sentences_from_quantities(quantities: list[dict], texts: dict[str, str]) -> tuple[list[dict], dict[int, str]]:
    """Sentence rows rebuilt from the text each quantity row repeated; old quantity id -> sentence id."""
    found: dict[str, dict[tuple[int, int], str]] = defaultdict(dict)
    of_quantity = {}
    for q in quantities:
        if not q.get("sentence") or q["doc_id"] not in texts:
            continue
        start = locate_sentence(texts[q["doc_id"]], q["sentence"], q["start_char"])
        if start is None:
            continue
        key = (start, start + len(q["sentence"]))
        found[q["doc_id"]][key] = q["sentence"]
        of_quantity[q["id"]] = mention_id(q["doc_id"], "sentences", *key)
    rows = [{"id": mention_id(doc_id, "sentences", start, end), "doc_id": doc_id, "position": n, "start_char": start,
             "end_char": end, "text": sentence}
            for doc_id, spans in found.items() for n, ((start, end), sentence) in enumerate(sorted(spans.items()))]
    return rows, of_quantity


def list_rows(lists: list[dict], items: list[dict]) -> tuple[list[dict], dict[int, str]]:
    """Lists with stable ids (from the trigger, else the first item); old list id -> new id."""
    first_item: dict[int, dict] = {}
    for item in sorted(items, key=lambda i: (i["list_id"], i["position"])):
        first_item.setdefault(item["list_id"], item)
    anchors = []
    for row in lists:
        if row["trigger_start"] is not None:
            anchors.append(mention_id(row["doc_id"], "lists", "trigger", row["trigger_start"], row["trigger_end"]))
        else:
            item = first_item.get(row["id"], {})
            anchors.append(mention_id(row["doc_id"], "lists", "item", item.get("start_char"), item.get("end_char")))
    ids = unique(anchors)
    return [row | {"id": new} for row, new in zip(lists, ids)], {row["id"]: new for row, new in zip(lists, ids)}


def migrate_v3(connection: Connection) -> None:
    """Bring a version-2 database to version 3 (inside the caller's transaction)."""
    schema.metadata.create_all(connection, tables=[schema.runs])
    connection.execute(text("ALTER TABLE articles ADD COLUMN run_id VARCHAR(32) REFERENCES runs (run_id)"))
    rows = {name: old_rows(connection, name) for name in OLD_CHILDREN}
    texts: dict[str, str] = {doc_id: article for doc_id, article in connection.execute(select(schema.articles.c.doc_id, schema.articles.c.text))}
    for name in OLD_CHILDREN:
        drop_old(connection, name)
    schema.metadata.create_all(connection, tables=[schema.sentences, schema.entities, schema.quantities, schema.dates,
                                                    schema.lists, schema.list_items, schema.roles])
    sentences, sentence_of = sentences_from_quantities(rows["quantities"], texts)
    lists, list_id = list_rows(rows["lists"], rows["list_items"])
    quantities = [{k: v for k, v in q.items() if k != "sentence"} | {"sentence_id": sentence_of.get(q["id"])} for q in rows["quantities"]]
    dates = [d | date_columns(d["value"], d["value_end"]) for d in rows["dates"]]
    items = [i | {"list_id": list_id[i["list_id"]]} for i in rows["list_items"]]
    role_ids = unique([mention_id(r["doc_id"], "roles", r["role_start"], r["role_end"], r["person_start"], r["person_end"])
                       for r in rows["roles"]])
    inserts = [(schema.sentences, sentences), (schema.entities, stable(rows["entities"], "entities")),
               (schema.quantities, stable(quantities, "quantities")), (schema.dates, stable(dates, "dates")),
               (schema.lists, lists), (schema.list_items, stable(items, "list_items", "list_id")),
               (schema.roles, [r | {"id": new} for r, new in zip(rows["roles"], role_ids)])]
    for table, table_rows in inserts:
        if table_rows:
            connection.execute(table.insert(), table_rows)
