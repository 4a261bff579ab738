"""The statistical entity layer reads the article in bounded windows of whole paragraphs."""

import pytest
from markup import run_components

from pipeline.language import make_nlp
from pipeline.pipes.entities.model import paragraph_windows


@pytest.fixture(scope="module")
def split_nlp():
    nlp = make_nlp(exclude=["words", "entity_rules", "entity_model", "dates", "entities", "quantities", "lists", "roles"])
    assert nlp.pipe_names == ["normalizer", "sentences"]
    return nlp


TEXT = "Dòng một có năm chữ.\nDòng hai dài hơn. Câu nữa ở đây.\n\nDòng ba.\n"


@pytest.mark.parametrize("max_tokens", [3, 6, 12, 1000])
def test_windows_cover_the_article_in_order_and_within_the_bound(split_nlp, max_tokens):
    doc = run_components(split_nlp, TEXT)
    windows = paragraph_windows(doc, max_tokens)
    assert windows[0][0] == 0 and windows[-1][1] == len(doc)
    assert all(end == next_start for (_, end), (next_start, _) in zip(windows, windows[1:]))
    assert all(end - start <= max_tokens for start, end in windows)


def test_a_short_article_is_one_window(split_nlp):
    doc = run_components(split_nlp, TEXT)
    assert paragraph_windows(doc, 1000) == [(0, len(doc))]


def test_windows_end_at_line_breaks_where_they_can(split_nlp):
    doc = run_components(split_nlp, TEXT)
    windows = paragraph_windows(doc, 12)
    assert [doc[start:end].text_with_ws for start, end in windows] == [
        "Dòng một có năm chữ.\n", "Dòng hai dài hơn. Câu nữa ở đây.\n\n", "Dòng ba.\n"]
    assert [doc[start:end].text_with_ws for start, end in paragraph_windows(doc, 8)][1:3] == ["Dòng hai dài hơn. ", "Câu nữa ở đây.\n\n"]


def test_the_windowed_model_finds_what_one_pass_finds(nlp):
    """Windows of a few paragraphs give the entities one pass over the article gives."""
    from pipeline.pipes.entities import model

    text = "\n".join(f"Ông Nguyễn Văn An làm việc tại Hà Nội cùng Bộ Y tế ngày {i}." for i in range(1, 40))
    predictor = nlp.get_pipe("entity_model").predictor
    doc = run_components(nlp, text)
    whole = predictor.predict_spans(doc)
    saved = model.MAX_WINDOW
    model.MAX_WINDOW = 100
    try:
        windowed = predictor.predict_spans(doc)
    finally:
        model.MAX_WINDOW = saved
    assert len(paragraph_windows(doc, 100)) > 5 and len(whole) > 60
    assert windowed == whole


def test_the_numpy_kernels_give_the_entities_of_thincs_default_ops(nlp):
    """OpenBLAS through numpy (the shipped setting) and thinc's default BLIS ops: same entities on corpus articles."""
    from pathlib import Path

    from thinc.api import get_current_ops

    predictor = nlp.get_pipe("entity_model").predictor
    articles = sorted(Path(__file__).resolve().parent.parent.joinpath("corpus", "articles").glob("*.txt"))[:8]
    docs = [run_components(nlp, path.read_text("utf-8")) for path in articles]
    with_numpy = [predictor.predict_spans(doc) for doc in docs]
    nodes = [node for _, pipe in predictor.nlp.pipeline if hasattr(pipe, "model") for node in pipe.model.walk()]
    numpy_ops = nodes[0].ops
    default_ops = get_current_ops()
    assert type(numpy_ops).__name__ == "NumpyOps" and not numpy_ops.use_blis and default_ops.use_blis
    try:
        for node in nodes:
            node.ops = default_ops
        with_blis = [predictor.predict_spans(doc) for doc in docs]
    finally:
        for node in nodes:
            node.ops = numpy_ops
    assert sum(map(len, with_numpy)) > 30
    assert with_numpy == with_blis


@pytest.mark.parametrize("pieces", [1, 2, 3, 4])
@pytest.mark.parametrize("with_nan", [False, True])
def test_the_numpy_maxout_picks_thincs_values_bit_for_bit(pieces, with_nan):
    """``maxout_values`` keeps what thinc's ``cpu_maxout`` keeps, ties, signed zeros, infinities and NaN included."""
    import itertools

    import numpy
    from thinc.api import NumpyOps

    from pipeline.pipes.entities.model import maxout_values

    special = numpy.array([0.0, -0.0, 1.0, -1.0, numpy.inf, -numpy.inf, *([numpy.nan] if with_nan else [])], dtype="float32")
    grid = numpy.array(list(itertools.product(special, repeat=pieces)), dtype="float32").reshape(-1, 1, pieces)
    noise = numpy.random.RandomState(0).randn(200, 4, pieces).astype("float32").reshape(-1, 1, pieces)
    Z = numpy.ascontiguousarray(numpy.concatenate([grid, noise]))
    expected, _ = NumpyOps(use_blis=False).maxout(Z)
    found = maxout_values(Z)
    assert found.dtype == expected.dtype and found.shape == expected.shape
    assert numpy.array_equal(found.view("uint32"), expected.view("uint32"))


@pytest.mark.parametrize("text", [
    "Ông Nguyễn Văn An làm việc tại Hà Nội cùng Bộ Y tế.",
    "Thủ tướng Anh Theresa May phát biểu tại London; Sở GD-ĐT TP.HCM cho biết 2.500 học sinh dự thi.",
])
def test_the_models_own_forward_passes_give_thincs_vectors_bit_for_bit(nlp, text):
    """The maxout layers' numpy maximum and the remembered floret vectors (``StaticVectorRows``) give the
    token vectors thinc's and spaCy's own forward passes give, bit for bit, the second time too (from the rows kept)."""
    import numpy
    from thinc.layers import maxout

    from pipeline.pipes.entities.model import WINDOW_ATTRS, StaticVectorRows, numpy_maxout_forward

    predictor = nlp.get_pipe("entity_model").predictor
    doc = run_components(nlp, text)
    copy = predictor.window_copy(doc.vocab, doc.to_array(WINDOW_ATTRS))
    tok2vec = predictor.nlp.get_pipe("tok2vec").model
    layers = [node for node in tok2vec.walk() if node.name in ("maxout", "static_vectors")]
    ours = {node: node._func for node in layers}
    assert {type(f) for f in ours.values()} >= {StaticVectorRows} and numpy_maxout_forward in ours.values()
    found = [tok2vec.predict([copy])[0] for _ in range(2)]
    try:
        for node in layers:
            node._func = maxout.forward if node.name == "maxout" else ours[node].forward
        expected = tok2vec.predict([copy])[0]
    finally:
        for node, forward in ours.items():
            node._func = forward
    assert all(numpy.array_equal(vectors.view("uint32"), expected.view("uint32")) for vectors in found)
