"""``vnpipe export OUTPUT_DIR --to DIR --format csv|parquet``: one file per database table, the database's columns."""

from __future__ import annotations

import csv
import json

import pytest
from review_fixture import output_record

from pipeline.cli import main
from pipeline.db import schema
from pipeline.db.ids import mention_id

TABLES = ["articles", "dates", "entities", "lists", "list_items", "roles", "runs", "quantities", "sentences"]


@pytest.fixture
def outputs(tmp_path):
    folder = tmp_path / "outputs"
    folder.mkdir()
    (folder / "a1.json").write_text(json.dumps(output_record(), ensure_ascii=False), encoding="utf-8")
    (folder / "summary.json").write_text("{}", encoding="utf-8")  # the run summary is no article
    return folder


def read_csv(path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def test_csv_files_have_the_database_tables_and_columns(outputs, tmp_path):
    to = tmp_path / "csv"
    assert main(["export", str(outputs), "--to", str(to), "--format", "csv"]) == 0
    assert sorted(p.name for p in to.iterdir()) == sorted(f"{name}.csv" for name in TABLES)
    for table in schema.metadata.sorted_tables:
        if table.name != "schema_version":
            assert read_csv(to / f"{table.name}.csv")[0] == [c.name for c in table.columns]
    entities = read_csv(to / "entities.csv")
    assert entities[1:] == sorted([
        [mention_id("a1", "entities", 0, 7), "a1", "0", "7", "Lào Cai", "LOC", "lào cai", "gazetteer", "Lào Cai", "province", "tỉnh",
         "pre-2025", "10", "", "", "", "5"],
        [mention_id("a1", "entities", 53, 64), "a1", "53", "64", "Hoàng Giang", "PER", "hoàng giang", "rule", "", "", "", "", "", "", "",
         "", ""],
        [mention_id("a1", "entities", 77, 92), "a1", "77", "92", "Tỉnh ủy Lào Cai", "LOC", "tỉnh ủy lào cai", "model", "", "", "", "", "",
         "", "", "", ""]])
    # the fixture's list has no parent list and no cue
    assert [row[1:] for row in read_csv(to / "lists.csv")[1:]] == [
        ["a1", "0", "98", "109", "3 giải pháp", "giải pháp", "3", "2", "false", "", ""]]
    assert read_csv(to / "dates.csv")[1][5:] == ["XXXX-08-19", "", "", "", "false", "false"]


def test_parquet_files_hold_the_same_rows_typed(outputs, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    assert main(["export", str(outputs), "--to", str(tmp_path / "csv")]) == 0
    assert main(["export", str(outputs), "--to", str(tmp_path / "pq"), "--format", "parquet"]) == 0
    assert sorted(p.name for p in (tmp_path / "pq").iterdir()) == sorted(f"{name}.parquet" for name in TABLES)
    quantities = pq.read_table(tmp_path / "pq" / "quantities.parquet")
    assert quantities.column_names == read_csv(tmp_path / "csv" / "quantities.csv")[0]
    assert sorted(zip(quantities.column("text").to_pylist(), quantities.column("value").to_pylist())) == [("3", 3.0), ("66.000", 66000.0)]
    assert str(quantities.schema.field("value").type) == "double"
    assert str(pq.read_table(tmp_path / "pq" / "lists.parquet").schema.field("count_agrees").type) == "bool"


def test_export_wants_a_database_or_a_folder(outputs, capsys):
    assert main(["export", str(outputs)]) == 2
    assert capsys.readouterr().err == "error: export takes --db URL or --to DIR (with --format csv|parquet)\n"
