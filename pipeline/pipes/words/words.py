"""Word segmentation, POS tags and chunks from underthesea's CRF models, on our own tokens.

underthesea's public functions re-tokenize and re-tag from the raw string on every call
(``ner`` segments four times) and rewrite the text. Here its three CRF predictors are
chained once per window on the syllables the tokenizer already made, so offsets never
move: ``token._.word_start`` marks where a word begins, ``token.tag_`` holds the word's
underthesea POS tag and ``token.pos_`` its Universal POS, ``token._.chunk`` its chunk tag.
"""

from __future__ import annotations

from os.path import dirname, join

from spacy.language import Language
from spacy.tokens import Doc, Token

from . import patterns
from .features import crf_tags


def load_underthesea_models():
    """Load the segmentation, POS and chunking CRF models shipped inside underthesea."""
    import underthesea.pipeline.word_tokenize as ws_module
    from underthesea.models.fast_crf_sequence_tagger import FastCRFSequenceTagger
    from underthesea.pipeline.chunking.model_crf import CRFChunkingPredictor
    from underthesea.pipeline.pos_tag.model_crf import CRFPOSTagPredictor

    segmenter = FastCRFSequenceTagger()
    segmenter.load(join(dirname(ws_module.__file__), "models", "ws_crf_vlsp2013_20230727"))
    return segmenter, CRFPOSTagPredictor.Instance(), CRFChunkingPredictor.Instance()


def tagging_windows(tokens: list[Token]) -> list[list[Token]]:
    """Cut a sentence's tokens at ``;`` and, past MAX_WINDOW, at the last soft break."""
    windows: list[list[Token]] = []
    current: list[Token] = []
    last_soft = -1
    for token in tokens:
        current.append(token)
        if token.text in patterns.SOFT_BREAKS:
            last_soft = len(current)
        if token.text in patterns.WINDOW_BREAKS:
            windows.append(current)
            current, last_soft = [], -1
        elif len(current) >= patterns.MAX_WINDOW:
            cut = last_soft if last_soft > 0 else len(current)
            windows.append(current[:cut])
            current, last_soft = current[cut:], -1
    if current:
        windows.append(current)
    return windows


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

    def __init__(self, nlp: Language, name: str = "words", chunks: bool = True):
        self.name = name
        self.chunks = chunks  # chunk tags feed only underthesea's CRF NER; skipping them saves a third of the stage
        self._models = None

    @property
    def models(self):
        if self._models is None:
            self._models = load_underthesea_models()
        return self._models

    def __call__(self, doc: Doc) -> Doc:
        for sentence in doc.sents:
            tokens = [t for t in sentence if not t.is_space]
            for window in tagging_windows(tokens):
                self.tag_window(window)
        return doc

    def tag_window(self, tokens: list[Token]) -> None:
        """Segment, POS-tag and chunk one window of tokens in place."""
        segmenter, pos_tagger, chunker = self.models
        segment_tags = segmenter.predict([[t.text] for t in tokens])
        words = group_words(tokens, segment_tags)
        word_texts = [" ".join(t.text for t in word) for word in words]
        pos_tags = crf_tags(pos_tagger, [(w, "X") for w in word_texts])
        if self.chunks:
            chunks = crf_tags(chunker, [(w, p, "X") for w, p in zip(word_texts, pos_tags)])
        else:
            chunks = [""] * len(words)
        for word, pos, chunk in zip(words, pos_tags, chunks):
            for position, token in enumerate(word):
                token._.word_start = position == 0
                token.tag_ = pos
                token.pos_ = patterns.UPOS.get(pos, "X")
                token._.chunk = chunk if position == 0 or not chunk else chunk.replace("B-", "I-")


def iter_words(tokens) -> list[list[Token]]:
    """Group a run of tagged tokens into words (space tokens are skipped)."""
    words: list[list[Token]] = []
    for token in tokens:
        if token.is_space:
            continue
        if token._.word_start or not words:
            words.append([token])
        else:
            words[-1].append(token)
    return words
