"""Loading output records into a relational database (SQLite by default, PostgreSQL for real)."""

from .loader import connect, is_loaded, load_record, load_records  # noqa: F401
