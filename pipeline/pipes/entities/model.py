"""The statistical entity layer: the project's trained NER or underthesea's CRF, behind one interface.

Both write their raw guesses to ``doc.spans["entity_model"]``, each span's ``id_`` naming
the layer (``model`` or ``crf``); the merge policy decides what of it reaches ``doc.ents``.
Neither touches the Doc's own ents or norms.
"""

from __future__ import annotations

from importlib import resources
from typing import cast

import numpy
from spacy.attrs import IDX, IS_SPACE, LENGTH, LOWER, NORM, ORTH, SENT_START, SPACY, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.vectors import Mode
from spacy.vocab import Vocab
from thinc.types import Ints2d, Ragged

from ...crf_features import crf_tags
from ...doctools import doc_text, sentence_bounds, window_bounds, word_start_of

MODEL_KEY = "entity_model"  # doc.spans key of the statistical layer's guesses
MAX_WINDOW = 2000  # tokens the trained NER reads at once: whole paragraphs, a longer one cut at sentences
WINDOWS_PER_BATCH = 2  # the model's memory grows about 19 KB a token in a batch: two windows stay under 100 MB
LAYERS = ("model", "crf")
WINDOW_ATTRS = [ORTH, SPACY, SENT_START, LOWER]  # what a window's copy is made from (TrainedNER.window_copy)


class TrainedNER:
    """The spaCy NER trained on VLSP 2018 by ``make train-ner`` (``pipeline/models/ner``), run on our tokens."""

    def __init__(self, vocab):
        import spacy

        path = resources.files("pipeline").joinpath("models", "ner")
        if not path.joinpath("meta.json").is_file():
            raise FileNotFoundError(f"no trained entity model at {path}; run `make train-ner` or use model='crf'")
        self.nlp = spacy.load(str(path), vocab=vocab)
        use_numpy_kernels(self.nlp)
        remember_static_vectors(self.nlp)
        use_numpy_maxout(self.nlp)

    def predict_spans(self, doc: Doc) -> list[tuple[int, int, str]]:
        """(start, end, label) token offsets of the model's entities in ``doc``.

        spaCy's trainer builds the predicted side of each example from the words alone, so
        the model learnt its NORM features from spaCy's default norms (the lowercase form);
        it runs on copies of the words with those norms, never on the pipeline's own Doc.
        The copies are windows of whole paragraphs of at most ``MAX_WINDOW`` tokens (no entity
        crosses a line break), batched two at a time through ``nlp.pipe``: memory stays flat however long
        the article is, and an article shorter than a window is read in one pass as before.
        """
        windows = paragraph_windows(doc, MAX_WINDOW)
        rows = doc.to_array(WINDOW_ATTRS)
        copies = (self.window_copy(doc.vocab, rows[start:end]) for start, end in windows)
        spans: list[tuple[int, int, str]] = []
        for (start, _), predicted in zip(windows, self.nlp.pipe(copies, batch_size=WINDOWS_PER_BATCH)):
            spans.extend((start + e.start, start + e.end, e.label_) for e in predicted.ents)
        return spans

    @staticmethod
    def window_copy(vocab: Vocab, rows: numpy.ndarray) -> Doc:
        """A window's tokens (their ``WINDOW_ATTRS`` rows) as a new Doc with spaCy's default (lowercase)
        norms and the same sentence starts (its first token starting one), set in one array call."""
        strings = vocab.strings
        copy = Doc(vocab, words=[strings[orth] for orth in rows[:, 0].tolist()], spaces=[bool(space) for space in rows[:, 1].tolist()])
        starts = numpy.where(rows[:, 2].astype("int64") > 0, 1, -1)  # sentence start, or not one (unknown counts as not)
        starts[:1] = 1
        copy.from_array([SENT_START, NORM], cast(Ints2d, numpy.stack([starts.astype("uint64"), rows[:, 3]], axis=1)))
        return copy


def use_numpy_kernels(nlp: Language) -> None:
    """Run the model's matrix products through numpy's OpenBLAS, one thread per process.

    thinc's default CPU ops call BLIS, which does not recognise every CPU and then falls back
    to its generic kernel: on the development machine the NER took 46 ms an article through
    it and 33 ms through OpenBLAS on one thread, with identical entities
    (``tests/test_entity_model.py`` compares them). One BLAS thread per process keeps
    ``--jobs N`` workers from competing for the same cores.
    """
    from thinc.api import NumpyOps
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None:
            for node in model.walk():
                node.ops = ops


def use_numpy_maxout(nlp: Language) -> None:
    """Give the model's thinc ``Maxout`` layers ``numpy_maxout_forward`` at prediction (training keeps thinc's)."""
    from thinc.layers import maxout

    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None:
            for node in model.walk():
                if node.name == "maxout" and node._func is maxout.forward:
                    node._func = numpy_maxout_forward


def numpy_maxout_forward(model, X, is_train: bool):
    """thinc's ``Maxout`` forward pass, its pieces' maximum taken by numpy (``maxout_values``) instead of
    thinc's ``ops.maxout``, whose C loop cost half the layer's matrix product here and whose argmax
    (kept for the backward pass) prediction never reads. The product and the bias are thinc's own."""
    from thinc.layers import maxout

    if is_train:
        return maxout.forward(model, X, is_train)
    nO, nP, nI = model.get_dim("nO"), model.get_dim("nP"), model.get_dim("nI")
    W = model.ops.reshape2f(model.get_param("W"), nO * nP, nI)
    Y = model.ops.gemm(X, W, trans2=True)
    Y += model.ops.reshape1f(model.get_param("b"), nO * nP)

    def backprop(d_best):
        raise NotImplementedError("numpy_maxout_forward predicts only; training takes thinc's forward pass")

    return maxout_values(model.ops.reshape3f(Y, Y.shape[0], nO, nP)), backprop


def maxout_values(Z: numpy.ndarray) -> numpy.ndarray:
    """The best of each unit's pieces (the last axis), exactly as thinc's ``cpu_maxout`` keeps it.

    numpy's ``maximum`` gives each unit's greatest value; where no piece is NaN that value is thinc's
    to the bit, save that a greatest value of zero may be +0 or -0 by which piece is kept: those units
    (few), and every unit of an array holding a NaN, take thinc's own rule (``thinc_maxout_values``)."""
    if numpy.isnan(Z).any():
        return thinc_maxout_values(Z)
    best = numpy.maximum(Z[..., 0], Z[..., 1]) if Z.shape[-1] > 1 else numpy.array(Z[..., 0])
    for k in range(2, Z.shape[-1]):
        numpy.maximum(best, Z[..., k], out=best)
    zeros = numpy.flatnonzero(best == 0)
    if len(zeros):
        best.reshape(-1)[zeros] = thinc_maxout_values(Z.reshape(-1, Z.shape[-1])[zeros])
    return best


def thinc_maxout_values(Z: numpy.ndarray) -> numpy.ndarray:
    """thinc's choice among each unit's pieces: for two or three its unrolled argmax (the later pieces
    compared first, a strictly greater one winning), for more its loop (a strictly greater piece
    replacing the best so far); NaN and signed zeros alike."""
    pieces = Z.shape[-1]
    if pieces == 3:
        later = numpy.where(Z[..., 2] > Z[..., 1], Z[..., 2], Z[..., 1])
        return numpy.where(later > Z[..., 0], later, Z[..., 0])
    if pieces == 2:
        return numpy.where(Z[..., 1] > Z[..., 0], Z[..., 1], Z[..., 0])
    best = numpy.array(Z[..., 0])
    for k in range(1, pieces):
        best = numpy.where(Z[..., k] > best, Z[..., k], best)
    return best


VECTOR_CACHE_SIZE = 1 << 15  # distinct token texts whose static vector is kept: more than an article's syllables and names


def remember_static_vectors(nlp: Language) -> None:
    """Give the model's static-vector layers ``StaticVectorRows``: the vector of each distinct token text
    is computed once and kept, instead of its floret n-grams hashed again at every occurrence."""
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None:
            for node in model.walk():
                if node.name == "static_vectors" and not isinstance(node._func, StaticVectorRows):
                    node._func = StaticVectorRows(node._func)


class StaticVectorRows:
    """spaCy's ``StaticVectors`` forward pass at prediction, with floret vectors remembered by key.

    spaCy's ``Vectors.get_batch`` hashes every n-gram of every distinct text of a batch and averages
    their rows, each text's row on its own; a text's row is the same whatever batch it comes in, so
    the rows are kept (up to ``VECTOR_CACHE_SIZE`` texts, then forgotten all at once) and only new
    texts go to ``get_batch``. The batch's matrix is then the same array, and what follows
    (the projection) is spaCy's. Training, a table that is not floret and an empty text take
    spaCy's own forward pass."""

    def __init__(self, forward):
        self.forward = forward
        self.rows: dict[int, numpy.ndarray] = {}

    def __call__(self, model, docs: list[Doc], is_train: bool):
        vectors = docs[0].vocab.vectors if docs else None
        if is_train or vectors is None or vectors.mode != Mode.floret or not sum(len(doc) for doc in docs):
            return self.forward(model, docs, is_train)
        keys = model.ops.flatten([doc.to_array(getattr(vectors, "attr", ORTH)) for doc in docs])
        matrix = self.batch(vectors, keys)
        if matrix is None:
            return self.forward(model, docs, is_train)
        W = model.ops.as_contig(model.get_param("W"))
        output = Ragged(model.ops.gemm(matrix, W, trans2=True), model.ops.asarray1i([len(doc) for doc in docs]))

        def backprop(d_output: Ragged) -> list[Doc]:
            raise NotImplementedError("StaticVectorRows predicts only; training takes spaCy's forward pass")

        return output, backprop

    def batch(self, vectors, keys) -> numpy.ndarray | None:
        """``vectors.get_batch(keys)``, from the kept rows where it can; None for a batch with an empty text."""
        distinct, occurrences = numpy.unique(numpy.asarray(keys), return_inverse=True)
        distinct_keys = cast(list[int], distinct.tolist())
        if any(not vectors.strings.as_string(key) for key in distinct_keys):
            return None
        new = [key for key in distinct_keys if key not in self.rows]
        if new:
            if len(self.rows) + len(new) > VECTOR_CACHE_SIZE:
                self.rows.clear()
                new = distinct_keys
            self.rows.update(zip(new, vectors.get_batch(new)))
        rows = self.rows
        return numpy.ascontiguousarray(numpy.stack([rows[key] for key in distinct_keys])[occurrences.reshape(-1)])


def paragraph_windows(doc: Doc, max_tokens: int) -> list[tuple[int, int]]:
    """(start, end) token ranges that cover ``doc`` in whole paragraphs, each at most ``max_tokens``
    long (a longer paragraph is cut at the sentence starts before the limit). Paragraphs are
    kept together up to the limit: the model reads a few tokens each side of every token, so a
    window's edges are the only places its guesses may differ from one pass over the article."""
    spaces = numpy.flatnonzero(doc.to_array(IS_SPACE)).tolist() if len(doc) else []  # white space, read from one array
    breaks = [i + 1 for i in spaces if "\n" in doc[i].text]  # a window may end after a line break
    windows: list[tuple[int, int]] = []
    start = previous = 0
    for cut in [*breaks, len(doc)]:
        if cut - start > max_tokens and previous > start:
            windows.append((start, previous))
            start = previous
        if cut - start > max_tokens:
            pieces = bounded(doc, start, cut, max_tokens)
            windows.extend(pieces[:-1])
            start = pieces[-1][0]
        previous = cut
    if start < len(doc):
        windows.append((start, len(doc)))
    return windows


def bounded(doc: Doc, start: int, end: int, max_tokens: int) -> list[tuple[int, int]]:
    """Cut ``start:end`` into pieces of at most ``max_tokens``, at the last sentence start that fits."""
    pieces = []
    while end - start > max_tokens:
        cut = next((i for i in range(start + max_tokens, start, -1) if doc[i].is_sent_start), start + max_tokens)
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


class CRFChunkedNER:
    """underthesea's 2017 CRF NER on the words and POS tags of the ``words`` stage, chunked here."""

    def __init__(self):
        from underthesea.pipeline.chunking.model_crf import CRFChunkingPredictor
        from underthesea.pipeline.ner.model_crf import CRFNERPredictor

        self.chunker = CRFChunkingPredictor.Instance()
        self.predictor = CRFNERPredictor.Instance()

    def predict_spans(self, doc: Doc) -> list[tuple[int, int, str]]:
        """(start, end, label) token offsets of the CRF's entities, tagged window by window over the
        words of each sentence (read from arrays: offsets, tags and word starts, no Token per syllable)."""
        text = doc_text(doc)
        strings = doc.vocab.strings
        offsets, lengths, is_space, tags = (column.tolist() for column in doc.to_array([IDX, LENGTH, IS_SPACE, TAG]).T)
        word_start = word_start_of(doc)
        spans: list[tuple[int, int, str]] = []
        for sentence_start, sentence_end in sentence_bounds(doc):
            positions = [i for i in range(sentence_start, sentence_end) if not is_space[i]]
            syllables = [text[offsets[i] : offsets[i] + lengths[i]] for i in positions]
            for window_start, window_end in window_bounds(syllables):
                words: list[list[int]] = []  # token indices of each word, as doctools.iter_words groups them
                for i in positions[window_start:window_end]:
                    if word_start(offsets[i]) or not words:
                        words.append([i])
                    else:
                        words[-1].append(i)
                texts = [" ".join(text[offsets[i] : offsets[i] + lengths[i]] for i in word) for word in words]
                word_tags = [strings[tags[word[0]]] for word in words]
                chunks = crf_tags(self.chunker, [(word, tag, "X") for word, tag in zip(texts, word_tags)])
                rows = [(word, tag, chunk, "X") for word, tag, chunk in zip(texts, word_tags, chunks)]
                spans.extend(bio_to_spans(words, crf_tags(self.predictor, rows)))
        return spans


def bio_to_spans(words: list[list[int]], tags: list[str]) -> list[tuple[int, int, str]]:
    """Turn word-level BIO tags into (start, end, label) token offsets (an I- after O starts an entity);
    ``words`` holds each word's token indices."""
    spans: list[tuple[int, int, str]] = []
    start = end = 0
    label = None
    for word, tag in zip(words, tags):
        prefix, _, tag_label = tag.partition("-")
        if prefix == "I" and label == tag_label:
            end = word[-1] + 1
            continue
        if label is not None:
            spans.append((start, end, label))
            label = None
        if prefix in ("B", "I"):
            start, end, label = word[0], word[-1] + 1, tag_label
    if label is not None:
        spans.append((start, end, label))
    return spans


class StatisticalEntities:
    """Write the statistical layer's entity guesses to ``doc.spans["entity_model"]``."""

    def __init__(self, nlp: Language, name: str = "entity_model", model: str = "model"):
        if model not in LAYERS:
            raise ValueError(f"entity model must be one of {LAYERS}, not {model!r}")
        self.name = name
        self.model = model
        self.vocab = nlp.vocab
        self._predictor: TrainedNER | CRFChunkedNER | None = None

    @property
    def predictor(self) -> TrainedNER | CRFChunkedNER:
        """The layer's model, loaded on first use (so building the pipeline stays cheap)."""
        if self._predictor is None:
            self._predictor = TrainedNER(self.vocab) if self.model == "model" else CRFChunkedNER()
        return self._predictor

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[MODEL_KEY] = [Span(doc, start, end, label=label, span_id=self.model)
                                for start, end, label in self.predictor.predict_spans(doc)]
        return doc
