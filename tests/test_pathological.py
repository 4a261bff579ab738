"""Pathological input (issue 17): no stage does more than linear work in the size of the text.

Each test runs one shape of input at two sizes, n and 2n, through a pipeline holding only
the stages the shape needs, and counts the operations of the stage under test (token
look-ups, calls of its inner function, characters given to a search): never wall time.
"""

from __future__ import annotations

import pytest

from pipeline.language import make_nlp
from pipeline.pipes.lists import lists as lists_module
from pipeline.pipes.quantities import quantities as quantities_module
from pipeline.pipes.sentences import sentences as sentences_module
from pipeline.textnorm import nfc

ALL_STAGES = ("normalizer", "sentences", "words", "entity_rules", "entity_model", "dates", "entities", "quantities",
              "lists", "roles")


def blank(*stages: str):
    """The pipeline with only ``stages`` (in pipeline order)."""
    return make_nlp(exclude=[s for s in ALL_STAGES if s not in stages])


def grows_linearly(counts: tuple[int, int]) -> bool:
    """True when the count at 2n is at most a little over twice the count at n."""
    small, large = counts
    return large <= 2.2 * small + 50


class CountingDoc:
    """A Doc that counts how often its tokens are looked up (indexing, iteration)."""

    def __init__(self, doc):
        self.doc, self.lookups = doc, 0

    def __len__(self):
        return len(self.doc)

    def __getitem__(self, i):
        self.lookups += 1
        return self.doc[i]

    def __iter__(self):
        for token in self.doc:
            self.lookups += 1
            yield token

    def to_array(self, attrs):
        """An array read counts as one look at every token."""
        self.lookups += len(self.doc)
        return self.doc.to_array(attrs)

    @property
    def vocab(self):
        return self.doc.vocab


SENTENCE_SHAPES = {
    "dots": lambda n: "Một" + "." * n + " Hai",
    "dots-and-quotes": lambda n: "Hết" + ".”" * n + " Sau",
    "nested-parentheses": lambda n: "(" * n + "a" + ")" * n,
    "entities": lambda n: "&amp;" * n,
}


@pytest.mark.parametrize("shape", SENTENCE_SHAPES)
def test_the_sentence_splitter_looks_at_each_token_a_bounded_number_of_times(shape):
    nlp = blank("normalizer")
    splitter = sentences_module.SentenceSplitter(nlp)
    counts = []
    for n in (2000, 4000):
        doc = CountingDoc(nlp(nfc(SENTENCE_SHAPES[shape](n))))
        splitter.sentence_starts(doc)
        counts.append(doc.lookups)
    assert grows_linearly(tuple(counts)), counts


def test_sentence_starts_are_written_in_one_pass():
    """spaCy checks the whole Doc on each ``token.is_sent_start =``; the stage writes one array instead."""
    nlp = blank("normalizer", "sentences")
    doc = nlp("Một câu. Hai câu.\nBa câu")
    assert [t.i for t in doc if t.is_sent_start] == [0, 3, 7]
    assert [t.is_sent_start for t in doc][1:3] == [False, False]


def count_calls(monkeypatch, module, name: str) -> list[int]:
    """Wrap ``module.name`` to count its calls; the count is the list's one element."""
    calls = [0]
    original = getattr(module, name)

    def counted(*args, **kwargs):
        calls[0] += 1
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


@pytest.mark.parametrize("piece", ["1/", "3/4/", "12/"])
def test_a_chain_of_fractions_is_followed_a_bounded_number_of_steps(monkeypatch, piece):
    nlp = blank("normalizer", "sentences", "quantities")
    calls = count_calls(monkeypatch, quantities_module, "is_fraction_bar")
    counts = []
    for n in (600, 1200):
        calls[0] = 0
        nlp(piece * n + " chi bộ")  # once a RecursionError at 1,200 parts
        counts.append(calls[0])
    assert grows_linearly(tuple(counts)), counts


def test_a_fraction_takes_the_unit_after_its_last_part():
    doc = blank("normalizer", "sentences", "words", "quantities")("Có 123/128 chi bộ đạt chuẩn.")
    assert [(q.text, q._.unit) for q in doc.spans["quantities"]] == [("123", "chi bộ"), ("128", "chi bộ")]


class CountingPattern:
    """A compiled pattern that adds up the characters each ``search`` scans (to its match, or to the end)."""

    def __init__(self, pattern, scanned: list[int]):
        self.pattern, self.scanned = pattern, scanned

    def search(self, text, pos=0, endpos=None):
        found = self.pattern.search(text, pos, endpos)
        self.scanned[0] += (found.end() if found else len(text) if endpos is None else endpos) - pos
        return found


LIST_SHAPES = {
    "counts": lambda n: "2 giải pháp " * n,
    "counts-with-colons": lambda n: "2 giải pháp: a " * n,
    "counts-in-paragraphs": lambda n: "Có 2 giải pháp\n" * n,
}


@pytest.mark.parametrize("shape", LIST_SHAPES)
def test_many_triggers_in_one_sentence_search_for_an_introducer_in_linear_work(monkeypatch, shape):
    nlp = blank("normalizer", "sentences", "quantities", "lists")
    scanned = [0]
    pattern = lists_module.introducer_pattern()
    monkeypatch.setattr(lists_module, "introducer_pattern", lambda: CountingPattern(pattern, scanned))
    counts = []
    for n in (400, 800):
        scanned[0] = 0
        nlp(LIST_SHAPES[shape](n))
        counts.append(scanned[0])
    assert grows_linearly(tuple(counts)), counts


def test_many_triggers_cut_regions_of_bounded_size(monkeypatch):
    """Every trigger may cut the rest of its sentence; the region is capped, so the total is linear."""
    nlp = blank("normalizer", "sentences", "quantities", "lists")
    cap = lists_module.list_data()["max_list_chars"]
    sizes = []
    original = lists_module.cut_items

    def cut_items(text, start, end, introduced, keep=()):
        sizes.append(end - start)
        return original(text, start, end, introduced, keep)

    monkeypatch.setattr(lists_module, "cut_items", cut_items)
    nlp(LIST_SHAPES["counts-with-colons"](800))
    assert len(sizes) >= 800 and all(size <= cap for size in sizes)


@pytest.mark.parametrize("marker", ["1. a ", "a) b ", "Một là, c "])
def test_a_list_ending_in_white_space_does_not_loop(monkeypatch, marker):
    """``continuation_sentences`` once found the same sentence again after a trailing space, for ever."""
    from pipeline.output import list_records

    nlp = blank("normalizer", "sentences", "quantities", "lists")
    calls = count_calls(monkeypatch, lists_module.Article, "sentence_at")
    doc = nlp("Có 2 giải pháp: " + marker * 5)
    assert calls[0] <= 10 and all(record["items_found"] >= 2 for record in list_records(doc))


def test_commas_inside_parentheses_are_counted_once():
    from pipeline.output import list_records

    nlp = blank("normalizer", "sentences", "quantities", "lists")
    doc = nlp("Có 3 giải pháp: a (x, y), b và c.")
    assert [i["text"] for i in list_records(doc)[0]["items"]] == ["a (x, y)", "b", "c"]


def test_a_range_with_a_malformed_high_end_is_no_quantity(extract):
    """``5,31.783`` is neither a decimal nor a thousands-grouped number: no quantity, and no ValueError."""
    from pipeline.validate import problems

    record = extract("Giá từ 1 - 5,31.783 đồng.", doc_id="x")
    assert record["quantities"] == [] and problems(record, output=True) == []


def test_a_long_run_of_capitalised_words_is_keyed_in_linear_work(monkeypatch):
    """The characters ``known_place_end`` gives ``match_key`` from the start of a run of n capitalised syllables."""
    from pipeline.pipes.entities import completions
    from pipeline.pipes.entities.triggers import PATTERNS_KEY, TriggerIndex

    nlp = blank("normalizer", "sentences", "entity_rules")
    vocab = nlp.get_pipe("entity_rules").rules.vocab
    keyed = [0]
    original = completions.match_key

    def counted(text):
        keyed[0] += len(text)
        return original(text)

    counts = []
    for n in (200, 400):
        doc = nlp("Tỉnh " + " ".join(["Lào"] * n) + " họp")
        monkeypatch.setattr(completions, "match_key", counted)
        keyed[0] = 0
        completions.known_place_end(vocab, doc, 1, 2, TriggerIndex(doc.spans[PATTERNS_KEY]))
        monkeypatch.setattr(completions, "match_key", original)
        counts.append(keyed[0])
    assert grows_linearly(tuple(counts)), counts


@pytest.mark.parametrize(("text", "kind", "numeral", "claimed"), [
    ("Cuộc họp bắt đầu lúc 9 giờ 30 sáng nay với 5 người dự.", "clock_time", "30", True),
    ("Cuộc họp bắt đầu lúc 9 giờ 30 sáng nay với 5 người dự.", "clock_time", "5", False),
    ("Theo Quyết định 123/QĐ-UBND, tỉnh có 4 huyện.", "document_number", "123", True),
    ("Theo Quyết định 123/QĐ-UBND, tỉnh có 4 huyện.", "document_number", "4", False),
    ("Xe tải biển số 29C-123.45 chở 3 tấn hàng.", "plate_number", "123.45", True),
    ("Xe tải biển số 29C-123.45 chở 3 tấn hàng.", "clock_time", "123.45", False),
])
def test_a_numeral_overlaps_a_pattern_claim_as_a_scan_of_all_claims_says(text, kind, numeral, claimed):
    """The claims are found by bisection over the claims of the numeral's kind (a scan of every claim per
    numeral grew with the square of the article's length): the same answer as the scan."""
    from pipeline.numerals import vocabulary
    from pipeline.pipes.quantities.exclusions import Exclusions

    doc = blank("normalizer")(nfc(text))
    claims = Exclusions(vocabulary()["not_quantity"]).claimed(doc)
    token = next(t for t in doc if t.text == numeral)
    start, end = token.idx, token.idx + len(token.text)
    scan = any(k == kind and a < end and start < b for a, b, k in claims)
    assert claims.overlaps(kind, start, end) == scan == claimed


@pytest.mark.parametrize(("text", "phrases", "expected"), [
    ("Chương trình mục tiêu quốc gia và chương trình 135 được triển khai.", ["chương trình"], [0, 7]),
    ("Lễ hội Xuân Yên Tử 2017 và lễ hội cà phê.", ["lễ hội"], [0, 7]),
    ("Có 3 xã, 12 thôn và nhóm 5 người.", ["# xã", "nhóm"], [1, 4, 7, 8]),  # a number opens "#"
])
def test_phrase_start_positions_are_the_tokens_a_scan_would_try(text, phrases, expected):
    """A whole-Doc scan for phrases visits only the tokens ``starting_at`` has phrases for, found from the
    Doc's arrays (``PhraseIndex.start_positions``): the same tokens as asking every token."""
    from pipeline.phrases import PhraseIndex, phrase_keys

    doc = blank("normalizer")(nfc(text))
    index = PhraseIndex(phrase_keys(phrases))
    assert index.start_positions(doc) == [t.i for t in doc if index.starting_at(t)] == expected


@pytest.mark.parametrize("text", [
    "Ông Nguyễn Văn An và bà Lê Thị Hoa dự Hội nghị tại TP.HCM, McDonald's và iPhone 7.",
    "ĐẮK LẮK - Sáng 5/6, UBND tỉnh họp; Đảng bộ xã Ê Yông.",
])
def test_capitalised_words_are_those_a_token_scan_finds(text):
    """The rule matcher's bare-name starts come from the Doc's arrays, each distinct text tested once."""
    from pipeline.pipes.entities.rules import capitalised_words

    doc = blank("normalizer")(nfc(text))
    assert capitalised_words(doc) == [t.i for t in doc if t.is_alpha and t.text[:1].isupper()]
