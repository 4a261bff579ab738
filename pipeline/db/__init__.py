"""Loading output records into a relational database (SQLite by default, PostgreSQL for real)."""

from .loader import connect, finish_run, is_loaded, load_record, load_records, start_run  # noqa: F401
