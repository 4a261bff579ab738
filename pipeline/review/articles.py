"""The articles a review session serves, their pipeline outputs and their gold files."""

from __future__ import annotations

import json
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path

from ..io import Article, ArticleError, find_articles, read_input, write_json_atomic
from ..output import text_hash
from .gold import blank_gold, read_gold, to_gold


@dataclass
class ReviewSet:
    """Articles by doc_id, read as ``vnpipe run`` reads them, with where outputs and gold files live.

    ``out_dir`` holds ``<doc_id>.json`` outputs: one made from the same text is used as it is,
    a missing or stale one is made by running the pipeline (and written there). Gold files
    are read from and written to ``gold_dir``. ``blank`` starts articles without gold from an
    empty page instead of the pipeline's output.
    """

    articles: dict[str, Article]
    gold_dir: Path
    out_dir: Path | None = None
    blank: bool = False
    entity_model: str = "model"
    predictions: dict[str, dict] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def listing(self) -> list[dict]:
        """One entry per article for the page's menu: doc_id, title, whether a gold file exists."""
        return [{"doc_id": doc_id, "title": (a.meta.get("title") or a.text.split("\n", 1)[0])[:120],
                 "has_gold": (self.gold_dir / f"{doc_id}.gold.json").exists()} for doc_id, a in self.articles.items()]

    def meta(self, doc_id: str) -> dict:
        article = self.articles[doc_id]
        return {"source_url": article.meta.get("source_url"), "published": article.meta.get("published"),
                "title": article.meta.get("title") or article.text.split("\n", 1)[0].strip()}

    def prediction(self, doc_id: str) -> dict:
        """The pipeline's output for an article: from ``out_dir`` when current, else made now (once)."""
        with self.lock:
            if doc_id not in self.predictions:
                self.predictions[doc_id] = self.stored_output(doc_id) or self.run_pipeline(doc_id)
            return self.predictions[doc_id]

    def stored_output(self, doc_id: str) -> dict | None:
        """The output in ``out_dir`` when it was made from this very text, else None."""
        if self.out_dir is None:
            return None
        path = self.out_dir / f"{doc_id}.json"
        try:
            record = json.loads(path.read_text("utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
            print(f"warning: {path}: not readable JSON ({error}); running the pipeline instead", file=sys.stderr)
            return None
        if not isinstance(record, dict) or record.get("text_sha256") != text_hash(self.articles[doc_id].text):
            print(f"notice: {path}: made from another text; running the pipeline instead", file=sys.stderr)
            return None
        return record

    def run_pipeline(self, doc_id: str) -> dict:
        from .. import extract

        article = self.articles[doc_id]
        meta = {k: v for k, v in article.meta.items() if k != "doc_id"}
        record = extract(article.text, entity_model=self.entity_model, doc_id=doc_id, **meta)
        record["pipeline"]["entity_model"] = self.entity_model
        if self.out_dir is not None:
            write_json_atomic(self.out_dir / f"{doc_id}.json", record)
        return record

    def page(self, doc_id: str) -> dict:
        """What the browser needs to show an article: text, header, starting annotations, gold score."""
        from .gold import score_rows

        article = self.articles[doc_id]
        gold, problem = read_gold(self.gold_dir, doc_id, article.text)
        prediction = None if self.blank and gold is None else self.prediction(doc_id)
        if gold is not None:
            start, origin = to_gold(gold), "gold"
        elif self.blank or prediction is None:
            start, origin = blank_gold(doc_id, article.text, self.meta(doc_id)), "blank"
        else:
            start, origin = to_gold(prediction), "pipeline"
        return {"doc_id": doc_id, "text": article.text, "meta": self.meta(doc_id), "source": article.source,
                "annotations": {layer: start[layer] for layer in ("entities", "quantities", "dates", "lists", "roles")},
                "origin": origin, "gold_problem": problem,
                "boilerplate": (prediction or {}).get("boilerplate", []),
                "places": place_links(prediction),
                "score": score_rows(gold, prediction) if gold is not None and prediction is not None else None}


def place_links(prediction: dict | None) -> dict:
    """``"start-end"`` -> the gazetteer link of each linked entity, for the page's hover text."""
    return {f"{e['start']}-{e['end']}": e["place"] for e in (prediction or {}).get("entities", []) if e.get("place")}


def read_review_set(paths: list[str], gold_dir: Path, out_dir: Path | None, blank: bool, entity_model: str) -> ReviewSet:
    """Read every article under ``paths``; the unreadable ones are named on stderr and left out."""
    from ..cli import assign_doc_ids

    pairs, notices = assign_doc_ids(list(find_articles(paths)))
    for notice in notices:
        print(notice, file=sys.stderr)
    articles = {}
    for item, doc_id in pairs:
        try:
            articles[doc_id] = read_input(item)
        except ArticleError as error:
            print(f"error: {error.source}: {error.reason}", file=sys.stderr)
        except OSError as error:
            print(f"error: {item}: cannot read: {error.strerror or error}", file=sys.stderr)
    return ReviewSet(articles=articles, gold_dir=gold_dir, out_dir=out_dir, blank=blank, entity_model=entity_model)
