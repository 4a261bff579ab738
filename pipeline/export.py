"""``vnpipe export OUTPUT_DIR --format csv|parquet --to DIR``: the database's tables as files an analyst opens.

The records go through the database loader into a throw-away SQLite database first, and each
table is then written as it stands there, so the files have exactly the database's tables,
columns and values (ids, dates, place links) and cannot drift from it. One file per table,
each written to a temporary name and renamed.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from pathlib import Path

from sqlalchemy import Engine, select

from .db import connect, load_records
from .db import schema as db_schema
from .io import write_text_atomic

FORMATS = ("csv", "parquet")


def exported_tables() -> list:
    """The tables written: every table of the schema but its version bookkeeping, parents first."""
    return [table for table in db_schema.metadata.sorted_tables if table.name != "schema_version"]


def table_rows(engine: Engine, table) -> tuple[list[str], list[tuple]]:
    """(column names, rows) of one table, in primary-key order."""
    with engine.connect() as connection:
        rows = connection.execute(select(table).order_by(*table.primary_key.columns)).all()
    return [column.name for column in table.columns], [tuple(row) for row in rows]


def csv_text(columns: list[str], rows: list[tuple]) -> str:
    """RFC 4180 CSV with a header line; None is an empty field, booleans are true/false."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow(["" if v is None else ("true" if v is True else "false" if v is False else v) for v in row])
    return buffer.getvalue()


def write_parquet(path: Path, table, columns: list[str], rows: list[tuple]) -> None:
    """One Parquet file, typed from the table's SQL columns, written to a temporary file and renamed."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    arrow = pa.table({name: pa.array([row[i] for row in rows], type=arrow_type(table.columns[name]))
                      for i, name in enumerate(columns)})
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp")
    os.close(handle)
    try:
        pq.write_table(arrow, temporary)
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def arrow_type(column):
    """The Arrow type of a SQL column (integers, floats, booleans, dates, timestamps, text)."""
    import pyarrow as pa
    from sqlalchemy import Boolean, Date, DateTime, Float, Integer

    kinds = [(Boolean, pa.bool_()), (Integer, pa.int64()), (Float, pa.float64()), (DateTime, pa.timestamp("us", tz="UTC")),
             (Date, pa.date32())]
    for sql_type, arrow in kinds:
        if isinstance(column.type, sql_type):
            return arrow
    return pa.string()


def export_tables(records: list[dict], to: Path, file_format: str) -> tuple[list[Path], list[tuple[str, str]]]:
    """Write one file per table for ``records``; (the files, the records that failed to load)."""
    to.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        engine = connect(f"sqlite:///{Path(scratch) / 'export.sqlite'}")
        _, failures = load_records(engine, records)
        written = []
        for table in exported_tables():
            columns, rows = table_rows(engine, table)
            path = to / f"{table.name}.{file_format}"
            if file_format == "csv":
                write_text_atomic(path, csv_text(columns, rows))
            else:
                write_parquet(path, table, columns, rows)
            written.append(path)
        engine.dispose()
    return written, failures


def parquet_available() -> bool:
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        return False
    return True


def command_export_files(records: list[dict], to: Path, file_format: str) -> int:
    """``vnpipe export --to``: write the tables, name each file and each failed record; exit status."""
    import sys

    if file_format == "parquet" and not parquet_available():
        print("error: --format parquet needs pyarrow (pip install 'vn-press-pipeline[parquet]'); --format csv needs nothing",
              file=sys.stderr)
        return 2
    written, failures = export_tables(records, to, file_format)
    for doc_id, reason in failures:
        print(f"error: {doc_id}: {reason}", file=sys.stderr)
    print(f"{len(records) - len(failures)} articles exported as {len(written)} {file_format} files in {to}: "
          + ", ".join(p.name for p in written), file=sys.stderr)
    return 1 if failures else 0
