"""One small article and a hand-made pipeline output for it, with two errors to correct.

The output is written by hand, not by the pipeline, so the review tests check the application
and not whatever the extraction stages do this week: `Tỉnh ủy Lào Cai` is labelled LOC (it is
an ORG) and the list of three solutions has only its first two items.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

TEXT = ("Lào Cai: 3 giải pháp phát triển\n\nNgày 19/8, đồng chí Hoàng Giang, Phó Bí thư Tỉnh ủy Lào Cai, nêu 3 giải pháp: "
        "phát triển nông nghiệp; mở rộng du lịch; thu hút đầu tư. Tỉnh có hơn 66.000 dân.\n")
DOC_ID = "a1"


def span(text: str, occurrence: int = 1) -> dict:
    """The span of the ``occurrence``-th ``text`` in TEXT."""
    start = -1
    for _ in range(occurrence):
        start = TEXT.index(text, start + 1)
    return {"start": start, "end": start + len(text), "text": text}


PLACE = {"name": "Lào Cai", "type": "tỉnh", "level": "province", "era": "pre-2025", "code": "10", "province": None, "candidates": 5}


def output_record() -> dict:
    """The pipeline output the review starts from (the shape `vnpipe run` writes, abridged)."""
    return {
        "schema": "vn-press-gold/1", "doc_id": DOC_ID, "text": TEXT,
        "meta": {"source_url": None, "published": None, "title": "Lào Cai: 3 giải pháp phát triển"},
        "entities": [span("Lào Cai") | {"label": "LOC", "norm": "lào cai", "source": "gazetteer", "place": dict(PLACE)},
                     span("Hoàng Giang") | {"label": "PER", "norm": "hoàng giang", "source": "rule"},
                     span("Tỉnh ủy Lào Cai") | {"label": "LOC", "norm": "tỉnh ủy lào cai", "source": "model"}],
        "quantities": [span("3") | {"value": 3, "unit": "giải pháp", "qualifier": "exact"},
                       span("66.000") | {"value": 66000, "unit": "dân", "qualifier": "gt"}],
        "dates": [span("Ngày 19/8") | {"value": "XXXX-08-19"}],
        "lists": [{"trigger": span("3 giải pháp", 2), "head": "giải pháp", "announced_count": 3,
                   "items": [span("phát triển nông nghiệp"), span("mở rộng du lịch")], "items_found": 2, "count_agrees": False}],
        "roles": [{"person": span("Hoàng Giang"), "role": span("Phó Bí thư"), "org": span("Tỉnh ủy Lào Cai"), "status": "current"}],
        "boilerplate": [], "sentences": [],
        "pipeline": {"name": "vn-press-pipeline", "version": "0.1.0", "entity_model": "model", "timings": {}},
        "text_sha256": hashlib.sha256(TEXT.encode("utf-8")).hexdigest(),
    }


def write_fixture(folder: Path) -> tuple[Path, Path]:
    """The article (``folder/a1.txt``) and its output (``folder/out/a1.json``); returns both folders' paths."""
    article = folder / f"{DOC_ID}.txt"
    article.write_text(TEXT, encoding="utf-8")
    out = folder / "out"
    out.mkdir()
    (out / f"{DOC_ID}.json").write_text(json.dumps(output_record(), ensure_ascii=False), encoding="utf-8")
    return article, out


def corrected_gold() -> dict:
    """The gold file a reviewer saves after relabelling the ORG and adding the third item."""
    return {
        "schema": "vn-press-gold/1", "doc_id": DOC_ID, "text": TEXT,
        "meta": {"source_url": None, "published": None, "title": "Lào Cai: 3 giải pháp phát triển",
                 "notes": "made with vnpipe review from the pipeline's output, corrected by reading"},
        "entities": [span("Lào Cai") | {"label": "LOC"}, span("Hoàng Giang") | {"label": "PER"},
                     span("Tỉnh ủy Lào Cai") | {"label": "ORG"}],
        "quantities": [span("3") | {"value": 3, "unit": "giải pháp", "qualifier": "exact"},
                       span("66.000") | {"value": 66000, "unit": "dân", "qualifier": "gt"}],
        "dates": [span("Ngày 19/8") | {"value": "XXXX-08-19"}],
        "lists": [{"trigger": span("3 giải pháp", 2), "head": "giải pháp", "announced_count": 3,
                   "items": [span("phát triển nông nghiệp"), span("mở rộng du lịch"), span("thu hút đầu tư")]}],
        "roles": [{"person": span("Hoàng Giang"), "role": span("Phó Bí thư"), "org": span("Tỉnh ủy Lào Cai"), "status": "current"}],
    }
