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
from typing import Any, cast

import numpy
from spacy.attrs import IDX, IS_SPACE, LENGTH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc
from thinc.types import Ints2d

from ...crf_features import crf_tags, segment_tags
from ...doctools import doc_text, extension_key, sentence_bounds, window_bounds
from . import patterns


def load_underthesea_models():
    """Load the segmentation and POS CRF models shipped inside underthesea."""
    import joblib
    import underthesea.pipeline.word_tokenize as ws_module
    from underthesea.models.fast_crf_sequence_tagger import FastCRFSequenceTagger
    from underthesea.pipeline.pos_tag.model_crf import CRFPOSTagPredictor

    path = join(dirname(ws_module.__file__), "models", "ws_crf_vlsp2013_20230727")
    segmenter = FastCRFSequenceTagger()
    segmenter.load(path)
    # load() hands the templates and dictionary to the compiled featurizer only; crf_features.segment_tags reads them
    segmenter.features = joblib.load(join(path, segmenter.path_features))
    segmenter.dictionary = joblib.load(join(path, segmenter.path_dictionary))
    return segmenter, CRFPOSTagPredictor.Instance()


def word_bounds(segment_tags: list[str]) -> list[tuple[int, int]]:
    """(start, end) positions of the words that B-W/I-W tags make (an I-W at the start opens a word)."""
    starts = [i for i, tag in enumerate(segment_tags) if tag != "I-W" or i == 0]
    return list(zip(starts, starts[1:] + [len(segment_tags)]))


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
        text = doc_text(doc)
        rows = doc.to_array([IDX, LENGTH, IS_SPACE])
        offsets, lengths, is_space = (column.tolist() for column in rows.T)
        tags: dict[int, str] = {}
        word_starts: list[int] = []
        for sentence_start, sentence_end in sentence_bounds(doc):
            positions = [i for i in range(sentence_start, sentence_end) if not is_space[i]]  # space tokens left out
            texts = [text[offsets[i] : offsets[i] + lengths[i]] for i in positions]
            for window_start, window_end in window_bounds(texts):
                window = positions[window_start:window_end]
                for start, end, pos in self.tag_window(texts[window_start:window_end]):
                    word_starts.append(offsets[window[start]])
                    tags.update((i, pos) for i in window[start:end])
        set_tags(doc, tags)
        set_word_starts(doc, word_starts)
        return doc

    def tag_window(self, texts: list[str]) -> list[tuple[int, int, str]]:
        """Segment and POS-tag one window's syllables: (start, end, POS tag) of each word, by position in the window."""
        segmenter, pos_tagger = self.models
        bounds = word_bounds(segment_tags(segmenter, texts))
        pos_tags = crf_tags(pos_tagger, [(" ".join(texts[start:end]), "X") for start, end in bounds])
        return [(start, end, pos) for (start, end), pos in zip(bounds, pos_tags)]


def set_word_starts(doc: Doc, offsets: list[int]) -> None:
    """Set ``token._.word_start`` on the tokens at these character offsets, written straight into
    ``doc.user_data`` (where spaCy keeps a token's extension values, keyed by its offset)."""
    user_data: dict[Any, Any] = doc.user_data
    for idx in offsets:
        user_data[extension_key("word_start", idx)] = True


def set_tags(doc: Doc, tags: dict[int, str]) -> None:
    """Write every token's underthesea tag (``token.tag_``) and Universal POS (``token.pos_``) in one array call."""
    strings = doc.vocab.strings
    ids = {tag: [strings.add(tag), strings.add(patterns.UPOS.get(tag, "X"))] for tag in dict.fromkeys(tags.values())}  # once per tag
    untagged = [0, 0]
    rows = [ids[tags[i]] if i in tags else untagged for i in range(len(doc))]
    doc.from_array([TAG, POS], cast(Ints2d, numpy.array(rows, dtype="uint64").reshape((len(doc), 2))))
