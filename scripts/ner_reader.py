"""The corpus reader ``make train-ner`` trains with (passed to ``spacy train`` with ``--code``).

spaCy's own reader, with ``gold_preproc``, rebuilds each training document from its words
alone. This one also carries the word-level features the model reads at inference, taken
from the reference documents that ``scripts/train_ner.py`` wrote: the POS tag and the
segmented word of every syllable (``pipeline.pipes.entities.entities.word_features``).
"""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.tokens import Doc
from spacy.training import Corpus, Example


@spacy.registry.readers("vn.WordFeatureCorpus.v1")
def create_word_feature_corpus(path: Path, limit: int = 0):
    corpus = Corpus(path, gold_preproc=True, limit=limit)

    def read(nlp):
        for example in corpus(nlp):
            reference = example.reference
            predicted = Doc(
                nlp.vocab,
                words=[t.text for t in reference],
                spaces=[bool(t.whitespace_) for t in reference],
                tags=[t.tag_ for t in reference],
                lemmas=[t.lemma_ for t in reference],
            )
            yield Example(predicted, reference)

    return read
