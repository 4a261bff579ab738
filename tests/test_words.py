"""Word segmentation and tagging through underthesea's models, on our own tokens."""

import pytest

from pipeline.crf_features import sentence_features
from pipeline.doctools import iter_words
from pipeline.pipes.words.words import load_underthesea_models


def test_fast_features_equal_underthesea_features(corpus_outputs):
    """The feature strings are underthesea's own, for the POS, chunk and NER templates (pins 9.5.0's behaviour)."""
    from underthesea.pipeline.chunking.model_crf import CRFChunkingPredictor
    from underthesea.pipeline.ner.model_crf import CRFNERPredictor
    from underthesea.pipeline.pos_tag.tagged_feature import word2features

    _, pos_tagger = load_underthesea_models()
    chunker = CRFChunkingPredictor.Instance()
    ner = CRFNERPredictor.Instance()
    record = corpus_outputs["000_a3837a240afc45cb"]
    words = []
    for token in record["tokens"]:
        if token["word_start"] or not words:
            words.append([token["text"], token["pos"] or "X"])
        else:
            words[-1][0] += " " + token["text"]
    for start in range(0, len(words), 37):
        window = words[start : start + 37]
        for predictor, rows in ((pos_tagger, [(w, "X") for w, _ in window]),
                                (chunker, [(w, p, "X") for w, p in window]),
                                (ner, [(w, p, "B-NP", "X") for w, p in window])):
            template = predictor.transformer.template
            assert sentence_features(rows, template) == [word2features(rows, i, template) for i in range(len(rows))]


def test_our_tagging_equals_underthesea_pos_tag(nlp):
    """Chaining the predictors on our syllables gives underthesea's own segmentation and tags."""
    from underthesea import pos_tag

    sentence = "Huyện ủy Mường Khương tổ chức hội thảo nâng cao năng lực lãnh đạo của tổ chức cơ sở Đảng"
    doc = nlp(sentence)
    ours = [(" ".join(t.text for t in w), w[0].tag_) for w in iter_words(doc)]
    assert ours == [tuple(x) for x in pos_tag(sentence)]


@pytest.mark.parametrize("text", ["Hội thảo; một; hai; ba", "Rất dài " * 80])
def test_long_sentences_are_tagged_in_windows(nlp, text):
    doc = nlp(text)
    assert all(t.tag_ for t in doc if not t.is_space)


@pytest.mark.parametrize(("text", "expected"), [
    ("Hội thảo; một; hai; ba", [(0, 3), (3, 5), (5, 7), (7, 8)]),  # each ";" closes a window
    ("Rất dài " * 20, [(0, 30), (30, 40)]),  # no break: cut at MAX_WINDOW (30)
    ("Rất dài " * 12 + "nhưng, " + "rất dài " * 8, [(0, 26), (26, 42)]),  # past 30: cut after the last comma
])
def test_tagging_window_bounds(text, expected):
    """A sentence's syllables are cut into CRF windows at ";" and, past 30, at the last soft break."""
    from pipeline.doctools import window_bounds

    texts = [piece for word in text.split() for piece in ([word[:-1], word[-1]] if word[-1] in ";," else [word])]
    assert window_bounds(texts) == expected


def test_extension_key_is_where_spacy_keeps_extension_values():
    """The fast paths read and set ``token._``/``span._`` values in ``doc.user_data`` under
    ``extension_key``: it must be the key spaCy's own Underscore writes."""
    import spacy

    from pipeline.doctools import extension_key
    from pipeline.extensions import register_extensions

    register_extensions()
    doc = spacy.blank("xx")("Hà Nội mùa thu")
    doc[1]._.word_start = True
    span = doc[0:2]
    span._.value = 7.0
    assert doc.user_data[extension_key("word_start", doc[1].idx)] is True
    assert doc.user_data[extension_key("value", span.start_char, span.end_char)] == 7.0


SEGMENTER_TEXTS = [
    "Hà Nội là THỦ ĐÔ của nước Việt Nam .",
    "Năm 2017 , 45 người ( SN 1964 ) được cấp 2147483647 hoặc 2147483648 đồng",
    "Tỷ số +5 , -3 và -2147483648 hay 03 ; giá 1.500.000 đồng/m2",
    "“ Ông lớn ” iPhone X , ǅ ﬁ ß và ２０１７ …",
]


@pytest.mark.parametrize("text", SEGMENTER_TEXTS)
def test_segmenter_features_equal_its_compiled_featurizer(text):
    """The segmenter's features built once per template are the strings underthesea_core's featurizer writes."""
    from pipeline.crf_features import segmenter_functions

    segmenter, _ = load_underthesea_models()
    syllables = text.split(" ")
    expected = segmenter.featurizer.process([[[syllable] for syllable in syllables]])[0]
    assert sentence_features([(syllable,) for syllable in syllables], segmenter.features, segmenter_functions(segmenter)) == expected


@pytest.mark.parametrize("text", [*SEGMENTER_TEXTS, "Hà", "Hà Nội", "Thủ đô Hà Nội"])
def test_segment_features_equal_its_compiled_featurizer(text):
    """``segment_features``, which the words stage tags with (each function's values from the cheapest exact
    source, a true or false feature one of four strings), writes the strings underthesea_core's featurizer does."""
    from pipeline.crf_features import segment_features

    segmenter, _ = load_underthesea_models()
    syllables = text.split(" ")
    expected = segmenter.featurizer.process([[[syllable] for syllable in syllables]])[0]
    assert [list(row) for row in segment_features(syllables, segmenter.features, segmenter.dictionary)] == expected
