"""The frozen development/test split of the gold corpus.

An article annotated from the baomoi 2017 pool goes to ``corpus/gold-test`` when the SHA-256
of its ``doc_id`` is 0 modulo 3 (about a third), and to ``corpus/gold`` otherwise; the 18
articles of the first round stay in development. The rule depends on the id alone, so it
never changes with what the pipeline does on an article.
"""

from __future__ import annotations

import hashlib

TEST_PREFIX = "baomoi-"


def is_test_article(doc_id: str) -> bool:
    """True when ``doc_id`` belongs to the frozen test split."""
    if not doc_id.startswith(TEST_PREFIX):
        return False
    return int(hashlib.sha256(doc_id.encode("utf-8")).hexdigest(), 16) % 3 == 0
