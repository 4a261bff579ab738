"""Word segmentation and POS tags from underthesea's CRF models, on our own tokens.

underthesea's public functions re-tokenize and re-tag from the raw string on every call
(``ner`` segments four times) and rewrite the text. Here its CRF segmenter and POS tagger
are chained once per window on the syllables the tokenizer already made, so offsets never
move: ``token._.word_start`` marks where a word begins, ``token.tag_`` holds the word's
underthesea POS tag and ``token.pos_`` its Universal POS. (The chunker, which only the CRF
entity layer needs, runs there.)
"""

from __future__ import annotations

from os.path import dirname, join
from typing import cast

import numpy
from spacy.attrs import POS, TAG
from spacy.language import Language
from spacy.tokens import Doc, Token
from thinc.types import Ints2d

from ...crf_features import crf_tags
from ...doctools import sentence_windows
from . import patterns


def load_underthesea_models():
    """Load the segmentation and POS CRF models shipped inside underthesea."""
    import underthesea.pipeline.word_tokenize as ws_module
    from underthesea.models.fast_crf_sequence_tagger import FastCRFSequenceTagger
    from underthesea.pipeline.pos_tag.model_crf import CRFPOSTagPredictor

    segmenter = FastCRFSequenceTagger()
    segmenter.load(join(dirname(ws_module.__file__), "models", "ws_crf_vlsp2013_20230727"))
    return segmenter, CRFPOSTagPredictor.Instance()


def group_words(tokens: list[Token], tags: list[str]) -> list[list[Token]]:
    """Group syllable tokens into words from B-W/I-W tags."""
    words: list[list[Token]] = []
    for token, tag in zip(tokens, tags):
        if tag == "I-W" and words:
            words[-1].append(token)
        else:
            words.append([token])
    return words


class WordTagger:
    """Segment each window into words and tag them, writing the results onto the tokens."""

    def __init__(self, nlp: Language, name: str = "words"):
        self.name = name
        self._models = None

    @property
    def models(self):
        if self._models is None:
            self._models = load_underthesea_models()
        return self._models

    def __call__(self, doc: Doc) -> Doc:
        tags: dict[int, str] = {}
        for sentence in doc.sents:
            for window in sentence_windows(sentence):
                tags.update(self.tag_window(window))
        set_tags(doc, tags)
        return doc

    def tag_window(self, tokens: list[Token]) -> dict[int, str]:
        """Segment and POS-tag one window: word starts are set on the tokens, the POS tag of each token's word returned by index."""
        segmenter, pos_tagger = self.models
        segment_tags = segmenter.predict([[t.text] for t in tokens])
        words = group_words(tokens, segment_tags)
        word_texts = [" ".join(t.text for t in word) for word in words]
        pos_tags = crf_tags(pos_tagger, [(w, "X") for w in word_texts])
        tags = {}
        for word, pos in zip(words, pos_tags):
            word[0]._.word_start = True
            for token in word:
                tags[token.i] = pos
        return tags


def set_tags(doc: Doc, tags: dict[int, str]) -> None:
    """Write every token's underthesea tag (``token.tag_``) and Universal POS (``token.pos_``) in one array call."""
    strings = doc.vocab.strings
    rows = [[strings.add(tags[i]), strings.add(patterns.UPOS.get(tags[i], "X"))] if i in tags else [0, 0] for i in range(len(doc))]
    doc.from_array([TAG, POS], cast(Ints2d, numpy.array(rows, dtype="uint64").reshape((len(doc), 2))))
