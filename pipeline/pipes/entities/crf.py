"""underthesea's CRF NER run on the words the ``words`` stage already segmented and tagged."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..words.features import crf_tags
from ..words.words import iter_words, tagging_windows


def crf_entities(doc: Doc) -> list[Span]:
    """Return the CRF's entity spans over the document."""
    from underthesea.pipeline.ner.model_crf import CRFNERPredictor

    predictor = CRFNERPredictor.Instance()
    spans: list[Span] = []
    for sentence in doc.sents:
        for window in tagging_windows([t for t in sentence if not t.is_space]):
            words = iter_words(window)
            rows = [(" ".join(t.text for t in w), w[0].tag_, w[0]._.chunk, "X") for w in words]
            tags = crf_tags(predictor, rows)
            spans.extend(bio_to_spans(doc, words, tags))
    return spans


def bio_to_spans(doc: Doc, words, tags: list[str]) -> list[Span]:
    """Turn word-level BIO tags into token spans (an I- after O starts an entity)."""
    spans: list[Span] = []
    start = label = None
    end = None
    for word, tag in zip(words, tags):
        prefix, _, tag_label = tag.partition("-")
        if prefix == "I" and label == tag_label:
            end = word[-1].i + 1
            continue
        if label is not None:
            spans.append(Span(doc, start, end, label=label))
            label = None
        if prefix in ("B", "I"):
            start, end, label = word[0].i, word[-1].i + 1, tag_label
    if label is not None:
        spans.append(Span(doc, start, end, label=label))
    return spans
