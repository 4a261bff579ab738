"""Quantities as values: what each number counts, and how sure the text is (guidelines, Quantities).

The grammar (``pipeline.grammar``) finds numerals; this stage drops those that are not
amounts (dates, names, ordinals, list markers, clock times), reads the qualifier before
the number and the unit after it, using the word segmentation and POS tags of the
``words`` stage to stop the counted noun phrase before verbs and prepositions.
"""

from __future__ import annotations

import copy
import json
from functools import lru_cache
from importlib import resources

import regex
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ...doctools import boilerplate_tokens, doc_text, iter_words, norm_positions, stream_words
from ...grammar import quantity_pattern
from ...numerals import WordNumberError, multiply_out, parse_words, to_number, trailing_scale, vocabulary
from ...phrases import match_keys, phrase_keys
from .exclusions import Exclusions
from .tables import table_units

# The parts of a fraction ("123/128 chi bộ") share the unit after the last; a longer chain of numbers is none.
MAX_FRACTION_PARTS = 3
# What joins two amounts that share one unit: "10 nghìn hay 20 nghìn đồng", "15, đến 20 ca" (a word, not a comma alone).
COORDINATOR = regex.compile(r"\s*,?\s+(?:hay|hoặc|và|đến|tới)\s+")
# What joins amounts that share the multiplier written after the last: "15,7 và 19,5 triệu", "100, 200 và 300 nghìn".
MULTIPLIER_JOINER = regex.compile(r"\s*,?\s+(?:và|hay|hoặc)\s+")
LIST_COMMA = regex.compile(r"\s*,\s+")
# A bare number (or range of them) that can take a multiplier written after the next amount.
BARE_NUMBER = regex.compile(r"\d+(?:\.\d{3})*(?:,\d+)?(?:\s*[-–]\s*\d+(?:\.\d{3})*(?:,\d+)?)?")
# A bare number this large is an amount of its own, not the head of an elided multiplier.
MAX_BARE_HEAD = 1000
# A title-cased symbol of a unit right after a number has this many letters: "1 Mt", "300 Kt", "50 Hz".
SYMBOL_LETTERS = 2
# A capitalised unit of at most this many letters is a symbol (MP, GB, HP, USD), not a name.
MAX_SYMBOL = 3


@lru_cache(maxsize=1)
def unit_lexicon() -> dict:
    """The noun lexicon and noun|verb kind pairs counted on raw press text (``data/unit_lexicon.json``,
    made by ``scripts/build_unit_lexicon.py``)."""
    return json.loads(resources.files("pipeline.data").joinpath("unit_lexicon.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def unit_heads() -> dict:
    """The compound heads counted after numbers on raw press text (``data/unit_heads.json``, made by
    ``scripts/build_unit_lexicon.py --compounds``)."""
    return json.loads(resources.files("pipeline.data").joinpath("unit_heads.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def unit_collocations() -> dict:
    """The words that go on a counted noun after a number, counted on raw press text without a tagger
    (``data/unit_collocations.json``, made by ``scripts/build_unit_collocations.py``)."""
    return json.loads(resources.files("pipeline.data").joinpath("unit_collocations.json").read_text("utf-8"))


def preceding_tokens(doc: Doc, start: int, count: int) -> list[Token]:
    """Up to ``count`` non-space tokens before ``start``, in text order."""
    tokens: list[Token] = []
    i = start - 1
    while i >= 0 and len(tokens) < count and not doc[i].is_space:
        tokens.insert(0, doc[i])
        i -= 1
    return tokens


def code_before(doc: Doc, i: int) -> bool:
    """True when doc[i] is the digits of a code glued to letters before it (``21`` of ``ARJ21``)."""
    return doc[i].like_num and i > 0 and doc[i - 1].is_alpha and not doc[i - 1].whitespace_


def is_fraction_bar(doc: Doc, i: int) -> bool:
    """True when doc[i] is a "/" between the parts of a fraction: a number follows it."""
    return i + 1 < len(doc) and doc[i].text == "/" and doc[i + 1].like_num


def ends_with(tokens: list[Token], keys: tuple[str, ...]) -> bool:
    return len(tokens) >= len(keys) and tuple(t.norm_ for t in tokens[-len(keys):]) == keys


class QuantityRecognizer:
    """Write ``doc.spans["quantities"]`` with ``_.value``, ``_.value_max``, ``_.unit``, ``_.qualifier``."""

    def __init__(self, nlp: Language, name: str = "quantities"):
        self.name = name
        vocab = vocabulary()
        self.pattern = quantity_pattern()
        self.qualifiers = [(keys, label) for label, words in vocab["qualifiers"].items() for keys in phrase_keys(words)]
        self.qualifiers.sort(key=lambda item: -len(item[0]))
        self.exclusions = Exclusions(vocab["not_quantity"], [keys for keys, _ in self.qualifiers])
        self.qualifier_skips = set(vocab["qualifier_skip_words"])
        self.qualifier_whole_words = set(phrase_keys(vocab["qualifier_whole_words"]))
        self.qualifiers_after = [(keys, label) for label, words in vocab["qualifiers_after"].items()
                                 if not label.startswith("_") for keys in phrase_keys(words)]
        self.measure_units = phrase_keys(vocab["measure_units"])
        self.dimension_signs = set(vocab["dimension_signs"]["signs"])
        self.body_levels = set(vocab["unit_body_levels"]["words"])
        self.measure_unit_words = {keys[0] for keys in self.measure_units}
        self.date_day_words = set(vocab["date_day_words"])
        self.coordinator = COORDINATOR
        self.measures_before = {keys: unit for words, unit in vocab["measure_before"]["words"].items()
                                for keys in phrase_keys([words])}
        self.position_words = {" ".join(keys) for keys in phrase_keys(vocab["not_quantity"]["ordinal_or_position"]["before"])}
        self.measure_glued_after = set(vocab["measure_glued_after"]["words"])
        self.digit_words = set(vocab["digits"])
        self.stop_words = set(vocab["unit_stop_words"]) | set(vocab["unit_verbs_tagged_nouns"]["words"])
        self.stop_after_head = set(vocab["unit_stop_after_head"])
        self.attribute_words = set(phrase_keys(vocab["unit_attribute_words"]["words"]))
        self.unit_pos = set(vocab["unit_pos"])
        self.not_unit_pos = set(vocab["not_unit_pos"])
        self.known_nouns = set(vocab["known_counted_nouns"])  # counted nouns the POS tagger may call verbs
        lexicon = unit_lexicon()
        self.lexicon_nouns = set(lexicon["nouns"])  # nouns in most of their uses on raw press text
        self.kind_pairs = set(lexicon["pairs"])  # "trận|đấu": the verb names a kind of the noun
        self.kind_pairs |= set(unit_heads()["pairs"])  # "chỗ|ngồi": what a number after the noun counts
        collocations = unit_collocations()
        self.collocations = set(collocations["pairs"])  # "cán bộ|coi thi": a phrase raw text writes after numbers
        self.max_extension = collocations["_made_with"]["max_extension"]
        self.after_multiplier = set(collocations["after_multiplier"])  # "bảng", "euro", "nhân dân tệ"
        self.after_number_phrases = set(collocations["phrases"])  # "cuộc điện thoại": counted after numbers on raw text
        self.max_unit_words = vocab["unit_max_words"]
        self.pair_joiners = set(vocab["unit_pairs"]["joiners"])
        self.measure_keys = set(self.measure_units)
        self.standalone_words = set(vocab["standalone_word_numbers"])
        self.multipliers = set(vocab["digit_multipliers"])
        self.half_words = set(vocab["half_words"]["words"])
        self.minus_signs = set(vocab["negative_sign"]["signs"])
        self.negative_after = phrase_keys(vocab["negative_sign"]["after"])
        self.dated: set[int] = set()  # the dates' token indices, set only on the copy bound to one Doc (``bound_to``)
        self.doc_nouns: set[str] = set()  # the words the Doc's tagger calls nouns elsewhere (``bound_to``)
        self.doc_titles: set[str] = set()  # the lexicon's nouns the Doc writes with a capital inside a sentence (``bound_to``)
        kinds = vocab["unit_kinds"]
        self.kind_heads = set(phrase_keys(kinds["heads"]))
        self.kind_heads_keys = {" ".join(keys) for keys in self.kind_heads}
        self.kind_words = {" ".join(keys) for keys in phrase_keys(kinds["words"])}
        self.kind_tags = set(kinds["tags"])
        self.demonstratives = set(kinds["demonstratives"])
        self.verb_particles = set(kinds["verb_particles"])
        self.event_heads = {" ".join(keys) for keys in phrase_keys(kinds["event_heads"])}
        self.capital_heads = {" ".join(keys) for keys in phrase_keys(kinds["capital_heads"])}
        self.capital_kind_words = set(kinds["capital_kind_words"])
        self.party_heads = {" ".join(keys) for keys in phrase_keys(kinds["party_heads"])}
        compounds = phrase_keys(vocab["unit_compounds"]["phrases"])  # longest first
        self.compound_keys = {" ".join(keys) for keys in compounds}
        self.compounds: dict[str, list[tuple[str, ...]]] = {}  # by first syllable
        for keys in compounds:
            self.compounds.setdefault(keys[0], []).append(keys)
        self.glued_currencies = set(phrase_keys(vocab["glued_currencies"]["words"]))
        self.percent_bases = {w.lower() for w in vocab["percent_bases"]}
        self.multiple_verbs = set(vocab["multiples"]["before"])
        self.multiple_words = vocab["multiples"]["words"]
        self.score_words = phrase_keys(vocab["scores"]["words"])
        self.score_reach = vocab["scores"]["reach"]
        self.two_sides_words = phrase_keys(vocab["two_sided"]["sides"])
        self.two_sides_reach = vocab["two_sided"]["reach"]
        self.score_units = phrase_keys(vocab["scores"]["units"])
        ones = vocab["counted_one"]
        self.one_word = ones["word"]
        self.one_durations = set(ones["durations"])
        self.one_duration_before = phrase_keys(ones["duration_before"])
        self.one_duration_after = set(ones["duration_after"])
        self.one_only_words = set(ones["only_before"])
        self.one_per_words = set(ones["per_before"])
        self.one_not_count = set(ones["not_after"])
        self.one_indefinite = set(ones["indefinite"])
        self.one_window = ones["breakdown_window"]

    def __call__(self, doc: Doc) -> Doc:
        return self.bound_to(doc).recognize(doc)

    def bound_to(self, doc: Doc) -> QuantityRecognizer:
        """A shallow copy holding ``doc``'s date tokens (which end a unit): the component itself keeps nothing between calls."""
        bound = copy.copy(self)
        bound.dated = {i for span in doc.spans.get("dates", []) for i in range(span.start, span.end)}
        bound.doc_nouns, bound.doc_titles = self.nouns_and_titles_of(doc)
        return bound

    def nouns_and_titles_of(self, doc: Doc) -> tuple[set[str], set[str]]:
        """Two sets of word keys of ``doc``, read in one pass over its words (the stage's costliest walk).

        Nouns: the words of two syllables or more that the tagger calls a noun somewhere not right after a
        number: right after one it often tags the counted noun a verb or an adjective (``159 thủy thủ``,
        ``199 đề án``), and the same word elsewhere in the article says what it is.
        Titles: the words the lexicon knows as nouns and the article writes with a capital inside a sentence,
        not right after a number (``Vị trí Chủ tịch``, ``của Mục tiêu phát triển``): the article's way of
        writing a post or a document, which may be what a number counts."""
        nouns, titles = set(), set()
        previous: list[Token] | None = None
        for word in stream_words(doc):
            first = word[0]
            after_number = previous is not None and previous[-1].like_num
            if len(word) > 1 and first.tag_ in self.unit_pos and first.is_lower and not after_number:
                nouns.add(" ".join(t.norm_ for t in word))
            elif (previous and first.is_title and not first.is_sent_start and previous[-1].is_alpha and not after_number
                    and not self.line_break_before(word)):
                key = " ".join(t.norm_ for t in word)
                if key in self.lexicon_nouns:
                    titles.add(key)
            previous = word
        return nouns, titles

    def recognize(self, doc: Doc) -> Doc:
        """Write ``doc.spans["quantities"]`` (and ``"not_quantities"``), on a copy from ``bound_to``."""
        taken = set(self.dated)
        taken |= {i for ent in doc.ents for i in range(ent.start, ent.end)}
        taken |= boilerplate_tokens(doc)
        claims = self.exclusions.claimed(doc)
        spans, excluded, ones = [], [], []
        measured_before: set[int] = set()  # the quantities whose unit is written before them ("ở tuổi 35")
        paired: set[int] = set()  # the numbers of a score or split ("2-1"), which share no unit with the next amount
        sided_units: set[str | None] = set()  # the units of the article's buying and selling prices ("đồng/lượng")
        for match in self.pattern.finditer(doc_text(doc)):
            start = match.start("approx") if match.group("approx") else match.start() + len(match.group("from") or "")
            span = doc.char_span(start, match.end(), label="QUANTITY", alignment_mode="strict")
            if span is None or any(i in taken for i in range(span.start, span.end)):
                continue
            if self.is_lone_one(match):
                ones.append((span, match))  # read once the other quantities are known
                continue
            if not self.is_amount(doc, span, match):
                continue
            kind = self.excluded(doc, span, match, claims)
            if kind is not None:
                excluded.append(Span(doc, span.start, span.end, label=kind))
                continue
            value = self.read_value(match)
            if value is None:
                continue
            if value[1] is not None and self.two_sided(doc, span, match, sided_units):
                pair = self.two_sides(doc, span, match, value)
                sided_units.update(q._.unit for q in pair)
                paired.update(q.start for q in pair)
                spans.extend(pair)
                continue
            if value[1] is not None and (value[1] <= value[0] or self.is_score(doc, span, match)):
                pair = self.two_numbers(doc, span, match, value, claims)
                paired.update(q.start for q in pair)
                spans.extend(pair)
                continue
            span._.value, span._.value_max = value
            span._.unit = self.unit(doc, span, match) or self.duration_before_date(doc, span)
            if not span._.unit and (measure := self.measure_before(doc, span)):
                span._.unit = measure
                measured_before.add(span.start)
            if self.half_after_unit(doc, span, match, span._.unit):
                span._.value = to_number(span._.value + 0.5)  # "hai tiếng rưỡi" 2.5
            if self.negative(doc, span, match):
                span._.value = -span._.value  # "nhiệt độ -16 độ C"
            span._.qualifier = self.qualifier(doc, span, match, span._.unit)
            spans.append(span)
        spans.extend(self.counted_ones(doc, ones, spans, claims))
        spans.extend(self.multiples(doc, taken))
        spans.sort(key=lambda q: q.start)
        self.share_multipliers(doc, [q for q in spans if q.start not in paired])
        self.share_units(doc, [q for q in spans if q.start not in paired], measured_before)
        table_units(doc, spans)
        doc.spans["quantities"] = spans
        doc.spans["not_quantities"] = excluded  # each labelled with the exclusion kind that claimed it
        return doc

    def negative(self, doc: Doc, span: Span, match) -> bool:
        """True when a minus glued to the digits follows a word of ``negative_sign`` (``nhiệt độ -16 độ C``,
        ``xuống còn -18``); not in a range (``14 triệu -18 triệu``), a bullet or a code."""
        if not match.group("digits") or span._.value_max is not None:
            return False
        before = preceding_tokens(doc, span.start, 3)
        if len(before) < 2 or before[-1].text not in self.minus_signs or before[-1].whitespace_:
            return False
        if not before[-2].whitespace_ or "\n" in before[-2].whitespace_:
            return False
        return any(ends_with(before[:-1], keys) for keys in self.negative_after)

    def half_after_unit(self, doc: Doc, span: Span, match, unit: str | None) -> bool:
        """True when ``rưỡi`` follows the unit of a bare whole number (``hai tiếng rưỡi``, ``1 năm rưỡi``):
        a half of the unit more. Not after a range, a percentage or a multiplier (inside the numeral)."""
        if not unit or span._.value_max is not None or match.group("percent") or match.group("approx"):
            return False
        if not float(span._.value).is_integer() or any(t.norm_ in self.multipliers for t in span):
            return False
        return self.word_after_unit(doc, span, unit) in self.half_words

    def is_score(self, doc: Doc, span: Span, match) -> bool:
        """True when a digit pair with nothing counted after it is a score, two numbers (notes, 26): after a
        score word of the sentence (``rút ngắn tỷ số xuống còn 2-4``) or between two names, a colon allowed
        after the first (``Bologna 0-1 AC Milan``, ``Sanest Tourist Khánh Hòa: 2-5 Sanatech``)."""
        if not (match.group("digits") and match.group("high")) or match.group("percent") or match.group("high_percent"):
            return False
        if match.group("fused") or match.group("high_fused") or len(match.group("digits").split()) > 1:
            return False
        unit = self.unit(doc, span, match)
        if unit and not unit.split()[0].istitle():  # a team's name is no unit: "Khánh Hòa: 2-5 Sanatech Khánh Hòa"
            return False
        before = self.sentence_before(doc, span)
        if self.has_score_word(before):
            return True
        if before and before[-1].text == ":":  # a results line: "Cao Bằng - Thái Sơn Bắc: 1-1 Sanna Khánh Hòa"
            before = before[:-1]
        after = doc[span.end] if span.end < len(doc) else None
        return bool(before) and before[-1].is_alpha and before[-1]._.is_cap and after is not None and after.is_alpha and after._.is_cap

    def sentence_before(self, doc: Doc, span: Span) -> list[Token]:
        """The tokens of the span's sentence before it, at most ``scores.reach`` of them."""
        before = preceding_tokens(doc, span.start, self.score_reach)
        cut = next((k for k in range(len(before) - 1, -1, -1) if before[k].is_sent_start or before[k].text in ".;"), -1)
        return before[cut + (cut < 0 or before[cut].text in ".;"):]  # from the sentence's first word on

    def has_score_word(self, before: list[Token]) -> bool:
        """True when ``before`` holds a score word (``scores``: ``hòa``, ``tỷ số``, ``thắng``)."""
        return any(ends_with(before[:k], keys) for keys in self.score_words for k in range(1, len(before) + 1))

    def after_score_word(self, doc: Doc, span: Span) -> bool:
        """True when a score word of the sentence stands shortly before the span."""
        return self.has_score_word(self.sentence_before(doc, span))

    def multiples(self, doc: Doc, taken: set[int]) -> list[Span]:
        """A multiple word after a comparison verb (``rộng gấp đôi``, ``gần gấp đôi``): a quantity with no
        unit, its qualifier from the words before the verb."""
        found = []
        for i in norm_positions(doc, self.multiple_words):  # the tokens with a multiple word, in order
            if i == 0 or i in taken or doc[i - 1].norm_ not in self.multiple_verbs:
                continue
            token, verb = doc[i], doc[i - 1]
            span = Span(doc, token.i, token.i + 1, label="QUANTITY")
            span._.value, span._.value_max, span._.unit = to_number(self.multiple_words[token.norm_]), None, None
            before = preceding_tokens(doc, verb.i, 4)
            span._.qualifier = next((label for keys, label in self.qualifiers if ends_with(before, keys)), "exact")
            found.append(span)
        return found

    def is_lone_one(self, match) -> bool:
        """True when the match is the word ``một`` alone (no range, no percent, no multiplier)."""
        words = (match.group("words") or "").lower().split()
        return words == [self.one_word] and not (match.group("percent") or self.is_range(match))

    def counted_ones(self, doc: Doc, ones: list[tuple[Span, object]], spans: list[Span], claims) -> list[Span]:
        """The ``một`` that count (guidelines: not as an article, a partitive or "per"; notes, 28: one of a
        counted breakdown): a duration with a word that makes it one (``một ngày sau khi``, ``kéo dài trong
        một tháng``, ``hơn một năm qua``), one thing after "only" (``chỉ trúng tuyển một nguyện vọng``), or
        the head noun another number of the sentence counts close by (``hai khoản tài trợ: một khoản ...``)."""
        found = []
        for span, match in ones:
            after = next((t for t in doc[span.end : min(len(doc), span.end + 3)] if not t.is_space), None)
            if after is None or not after.is_lower or after.norm_ in self.one_not_count or self.one_per(doc, span):
                continue
            unit = self.unit(doc, span, match)
            if not unit or self.word_after_unit(doc, span, unit) in self.one_indefinite:
                continue
            if not (self.one_duration(doc, span, unit) or self.one_only(doc, span) or self.one_of_counted(span, unit, spans)):
                continue
            if self.exclusions.kind(doc, span, True, claims, lambda: False) is not None:
                continue  # "Một là, ..."
            span._.value, span._.value_max, span._.unit = 1, None, unit
            if self.half_after_unit(doc, span, match, unit):
                span._.value = 1.5  # "một năm rưỡi"
            span._.qualifier = self.qualifier(doc, span, match)
            found.append(span)
        return found

    @staticmethod
    def word_after_unit(doc: Doc, span: Span, unit: str) -> str | None:
        """The key of the first token after ``unit`` written after ``span``, or None."""
        i, left = span.end, len(unit.split())
        while i < len(doc) and left:
            left -= not doc[i].is_space
            i += 1
        while i < len(doc) and doc[i].is_space:
            i += 1
        return doc[i].norm_ if i < len(doc) else None

    def one_per(self, doc: Doc, span: Span) -> bool:
        """True when ``một`` means "per" or "a": after an amount (``870 USD một người``), after a word of
        ``per_before`` (``cứ một tuần``) or of ``article_before`` (``là một nhóm``, ``chỉ là một``)."""
        before = preceding_tokens(doc, span.start, 3)
        if any(t.like_num or t.text == "/" for t in before):
            return True
        return bool(before) and before[-1].norm_ in self.one_per_words and self.whole_word(before[-1])

    @staticmethod
    def whole_word(token: Token) -> bool:
        """True when ``token`` is a word of its own in the word segmentation (``chỉ``, not ``chỉ`` of ``ám chỉ``)."""
        doc = token.doc
        return token._.word_start and (token.i + 1 == len(doc) or doc[token.i + 1]._.word_start or not doc[token.i + 1].is_alpha)

    def one_duration(self, doc: Doc, span: Span, unit: str) -> bool:
        """True when ``một`` counts a duration (``durations``) that a word before or after makes one:
        ``trong một tháng``, ``một ngày sau khi``, ``gần một tuần qua``; not ``Một ngày, ...`` (once)."""
        if unit.lower() not in self.one_durations:
            return False
        before = preceding_tokens(doc, span.start, 2)
        if any(ends_with(before, keys) for keys in self.one_duration_before):
            return True
        return self.word_after_unit(doc, span, unit) in self.one_duration_after

    def one_only(self, doc: Doc, span: Span) -> bool:
        """True when "only" stands shortly before ``một`` (``chỉ trúng tuyển một``, ``duy nhất có một``), not
        "only a" (``chỉ là một``)."""
        before = preceding_tokens(doc, span.start, 3)
        return any(t.norm_ in self.one_only_words and self.whole_word(t) for t in before)

    def one_of_counted(self, span: Span, unit: str, spans: list[Span]) -> bool:
        """True when another quantity of the same sentence, shortly before, counts the head noun of ``unit``
        (the whole, then its parts: ``hai người ... khiến một người chết``)."""
        head = unit.split()[0].lower()
        sentence = span.sent
        return any(sentence.start <= q.start < span.start and span.start - q.start <= self.one_window
                   and (q._.unit or "").lower().split()[:1] == [head] for q in spans)

    def two_numbers(self, doc: Doc, span: Span, match, value: tuple[float, float | None],
                    claims: list[tuple[int, int, str]]) -> list[Span]:
        """A "range" whose high end is not above its low end is two numbers (a score ``9-3``, a split
        ``50-50``), each taking the unit written after the pair, as the parts of a fraction do (not a capitalised
        name: a team's)."""
        if not match.group("digits") or match.group("from"):
            return []
        low = doc.char_span(span.start_char, match.end("digits"), label="QUANTITY")
        high = doc.char_span(match.start("high"), match.end("high"), label="QUANTITY")
        if low is None or high is None:
            return []
        unit = self.unit(doc, span, match)
        if unit and (unit.split()[0].istitle() or self.after_score_word(doc, span) and not self.score_unit(unit)):
            unit = None  # the next team's name ("Khánh Hòa: 2-5 Sanatech"), the words after a score ("hòa 1 – 1 chung cuộc")
        high._.value, high._.value_max, high._.qualifier, high._.unit = value[1], None, "exact", unit
        own = to_number(multiply_out(match.group("digits").split(), vocabulary()["digit_multipliers"])[0])
        if own != value[0]:
            # the high end's multiplier did not make a range ("Calibre 89 - 6 triệu USD"): the low end is a
            # number of its own, with its own value, no unit, and the exclusions' say on it
            if self.exclusions.kind(doc, low, True, claims, lambda: False, single=True) is not None:
                return [high]
            unit = None
        low._.value, low._.value_max, low._.qualifier, low._.unit = own, None, self.qualifier(doc, low, match), unit
        return [low, high]

    def two_sided(self, doc: Doc, span: Span, match, sided_units: set[str | None]) -> bool:
        """Whether a pair is a buying and a selling price: a parenthesis names the two sides after it, or
        the article has named them for an earlier pair of the same unit (the writer states it once)."""
        if match.group("from"):
            return False  # "giảm từ 300.000 – 400.000 đồng/lượng": a range
        return self.names_two_sides(doc, span) or bool(sided_units) and self.unit(doc, span, match) in sided_units

    def names_two_sides(self, doc: Doc, span: Span) -> bool:
        """Whether a parenthesis naming two sides (``(mua vào - bán ra)``) follows the pair shortly, in its sentence."""
        for i in range(span.end, min(span.end + self.two_sides_reach, len(doc))):
            token = doc[i]
            if token.is_sent_start or token.text in ".;":
                return False
            if token.text == "(":
                return any(match_keys(doc, i + 1, keys) is not None for keys in self.two_sides_words)
        return False

    def two_sides(self, doc: Doc, span: Span, match, value: tuple[float, float | None]) -> list[Span]:
        """A buying and a selling price written as a pair: two quantities, each with the pair's multiplier and unit."""
        low = doc.char_span(span.start_char, match.end("digits"), label="QUANTITY")
        high = doc.char_span(match.start("high"), match.end("high"), label="QUANTITY")
        if low is None or high is None:
            return []
        unit = self.unit(doc, span, match)
        low._.value, low._.value_max, low._.qualifier, low._.unit = value[0], None, self.qualifier(doc, low, match), unit
        high._.value, high._.value_max, high._.qualifier, high._.unit = value[1], None, "exact", unit
        return [low, high]

    def score_unit(self, unit: str) -> bool:
        """True when ``unit`` opens with a unit a score is counted in (``scores.units``: ``điểm``, ``bàn``, ``ván``)."""
        keys = tuple(unit.lower().split())
        return any(keys[: len(m)] == m for m in self.score_units)

    def excluded(self, doc: Doc, span: Span, match, claims: list[tuple[int, int, str]]) -> str | None:
        """The kind of non-amount (``not_quantity`` in the data) that claims the numeral, or None."""
        bare = not (match.group("approx") or match.group("percent") or match.group("high_percent")
                    or match.group("fused") or match.group("high_fused")
                    or any(part.lower() in self.multipliers for part in (match.group("digits") or "").split()))
        single = bare and not self.is_range(match)
        return self.exclusions.kind(doc, span, bare, claims, lambda: self.counts_something(doc, span, match), single)

    def counts_something(self, doc: Doc, span: Span, match) -> bool:
        """True when a counted noun or a unit follows the numeral (``vòng 24 tháng``, ``2015 người``)."""
        unit = self.unit(doc, span, match)
        if not unit or unit.startswith("/"):
            return False
        first = unit.split()[0].split("/")[0]  # "USD/ounce"
        if len(first) <= MAX_SYMBOL and first.isupper() and first.isalpha():
            return True  # a unit's symbol: "13 MP", "8 GB", "20 HP"
        return not first[0].isupper() or any(first.lower() == keys[0] for keys in self.measure_units)

    def is_amount(self, doc: Doc, span: Span, match) -> bool:
        """Reject numerals glued to letters (codes such as ``4D``, ``A1``, ``Covid-19``) and number
        words that stand alone, as titles or with nothing counted after them."""
        before = preceding_tokens(doc, span.start, 1)
        after = doc[span.end] if span.end < len(doc) else None
        first = span[0]
        if after is not None and not span[-1].whitespace_ and after.is_alpha and not match.group("fused"):
            return False  # 4D, 9h58
        if before and not before[-1].whitespace_ and before[-1].is_alpha:
            return False  # A1, COVID19
        if self.joined_to_code(doc, span):
            return False  # Covid-19, U-23
        if self.inside_noun(doc, span):
            return False  # "ba mẹ", "xe ba gác", "một tỷ phú": the number word is a syllable of a noun
        if match.group("words"):
            words = match.group("words").lower().split()
            if len(words) == 1 and words[0] not in self.standalone_words and not self.is_range(match):
                return False  # "một", "năm", "không" alone; but "từ một đến ba"
            if first.is_title and not first.is_sent_start:
                return False  # giải Nhất, Nhì, Ba; Đại hội Hai
            if after is None or not (after.is_alpha and after.is_lower or after.is_title and first.is_sent_start):
                return False  # a number word counts something that follows it
        return True

    def inside_noun(self, doc: Doc, span: Span) -> bool:
        """True when the span's last word is the first syllable of a word the segmenter made with the
        syllables after it, a noun of the lexicon (``ba mẹ``, ``ba gác``, ``tỷ phú``, ``tỷ trọng``): a number
        word or a multiplier there is no numeral. Not a measure unit's compounds (``năm học``)."""
        last = span[-1]
        end = span.end
        if not (last.is_alpha and last._.word_start) or last.norm_ in self.measure_unit_words:
            return False
        while end < len(doc) and doc[end].is_alpha and not doc[end]._.word_start and not doc[end - 1].whitespace_ == "":
            end += 1
        return end > span.end and " ".join(t.norm_ for t in doc[last.i : end]) in self.lexicon_nouns

    @staticmethod
    def is_range(match) -> bool:
        """True when the match has a high end (``3-5``, ``bốn đến sáu``)."""
        return bool(match.group("high") or match.group("high_words"))

    @staticmethod
    def joined_to_code(doc: Doc, span: Span) -> bool:
        """A number written after letters (or a code of letters and digits) and a hyphen with no space is
        part of a code (``U-23``, ``ARJ21-700``)."""
        before = preceding_tokens(doc, span.start, 2)
        return (len(before) >= 2 and before[-1].text in "-–" and not before[-1].whitespace_
                and not before[-2].whitespace_ and (before[-2].is_alpha or code_before(doc, before[-2].i)))

    def read_value(self, match) -> tuple[float, float | None] | None:
        """The (value, value_max) the match states, multiplied out; a multiplier after a range's
        high end scales a bare low end too (``80-95 triệu``)."""
        multipliers = vocabulary()["digit_multipliers"]
        try:
            if match.group("approx"):
                count = vocabulary()["approximate_counts"][" ".join(match.group("approx").lower().split())]
                value, low_scale = multiply_out([str(count), *match.group("approx_mult").split()], multipliers)
            elif match.group("digits"):
                value, low_scale = multiply_out(match.group("digits").split(), multipliers)
            else:
                value, low_scale = parse_words(match.group("words").split()), 1.0
            if match.group("high_words"):
                high_words = match.group("high_words").split()
                high, high_scale = parse_words(high_words), trailing_scale(high_words)
                if low_scale == 1.0 and value * high_scale <= high:
                    value *= high_scale  # "năm đến bảy triệu người": the multiplier is shared
                return to_number(value), to_number(high)
            if not match.group("high"):
                return to_number(value), None
            high, high_scale = multiply_out(match.group("high").split(), multipliers)
        except (WordNumberError, ValueError, KeyError):
            return None
        if low_scale == 1.0 and high_scale != 1.0:
            value *= high_scale
        return to_number(value), to_number(high)

    def qualifier(self, doc: Doc, span: Span, match, unit: str | None = None) -> str:
        """The qualifier of the words before the number, or of a bound after its unit (``18 tuổi trở lên``)."""
        if match.group("approx"):
            return "gte"
        if not self.is_range(match):
            after = self.qualifier_after(doc, span, unit)
            if after:
                return after
        before = preceding_tokens(doc, span.start, 4)
        for context in (before, before[:-1] if before and before[-1].norm_ in self.qualifier_skips else []):
            for keys, label in self.qualifiers if context else ():
                if ends_with(context, keys) and (context[-len(keys)]._.word_start or keys not in self.qualifier_whole_words):
                    return label  # "trên 3.550", "ước đạt 145 tỷ"; not the "độ" of "nhiệt độ 35 độ"
        return "exact"

    def qualifier_after(self, doc: Doc, span: Span, unit: str | None) -> str | None:
        """The qualifier of a bound written right after the number and its unit (``qualifiers_after``:
        ``từ đủ 18 tuổi trở lên``, ``50 ha trở lên`` gte; ``5 tuổi trở xuống`` lte), or None."""
        i = span.end
        inside = next((k for k in range(len(unit or ""), 0, -1) if span.text.endswith(unit[:k])), 0) if unit else 0
        unit = (unit or "")[inside:].strip()  # "%", "ha" of "1.500ha" are inside the span
        if unit:
            text = doc_text(doc)
            # the first character after the number that is not white space (str.lstrip's), found without
            # copying the rest of the text for every quantity (which grew with the square of its length)
            at = span.end_char
            while at < len(text) and text[at].isspace():
                at += 1
            if not text.startswith(unit, at):
                return None  # a unit not written right after the number (a fraction's, a table's)
            i = next((t.i for t in doc[span.end :] if t.idx >= at + len(unit)), len(doc))
        following = [t for t in doc[i : i + 4] if not t.is_space]
        for keys, label in self.qualifiers_after:
            if ends_with(following[: len(keys)], keys):
                return label
        return None

    def unit(self, doc: Doc, span: Span, match) -> str | None:
        """The unit written fused or after the number, or the counted noun phrase; rates as written.

        The parts of a fraction take the unit after the last one (``123/128 chi bộ``), and so do the
        factors of a size written as a product (``158,1 x 77,8 x 7,1mm``: ``mm`` for each); a chain
        of numbers is followed for at most ``MAX_FRACTION_PARTS`` steps, so that ``1/1/1/...``
        neither recurses without end nor walks the rest of the chain from each of its numbers.
        """
        for _ in range(MAX_FRACTION_PARTS):
            if match is None:
                return None
            if match.group("percent") or match.group("high_percent"):
                return "%" + self.percent_base(doc, span.end) + self.rate_after(doc, span.end)  # "% GRDP", "%/năm"
            fused = match.group("high_fused") or match.group("fused")
            if fused:
                return fused + self.rate_after(doc, span.end)
            if not (is_fraction_bar(doc, span.end) or self.is_dimension_sign(doc, span.end)):
                break
            span = Span(doc, span.end + 1, span.end + 2)
            match = self.pattern.match(span.text)
        else:
            return None  # a chain of numbers, no fraction
        following = [t for t in doc[span.end : min(len(doc), span.end + 12)]]
        norms = tuple(t.norm_ for t in following)  # both tests below open with the unit's keys as the first norms
        for keys in self.measure_units if following and not self.in_date(following[0]) else ():  # "số 11 năm 2013"
            if norms[: len(keys)] != keys:
                continue
            if self.starts_word(following, keys) or self.glued_currency(match, following, keys):
                end_token = following[len(keys) - 1].i + 1
                noun = self.counted_noun(following) if keys in self.kind_heads else None  # "lượt khách" names the kind
                if noun and len(noun.split()) > len(keys):
                    return noun + self.rate_after(doc, following[0].i + len(noun.split()))
                return doc[following[0].i : end_token].text + self.rate_after(doc, end_token)
        currency = self.capitalised_currency(span, following)
        if currency is not None:
            return currency.text + self.rate_after(doc, currency.end)  # "50 triệu Bảng", "19 triệu Nhân dân tệ"
        noun = self.counted_noun(following)
        if noun is None:
            rate = self.rate_after(doc, span.end)
            return rate or None  # "230 triệu/ha/năm": the rate as written
        return noun + self.rate_after(doc, following[0].i + len(noun.split()))

    def is_dimension_sign(self, doc: Doc, i: int) -> bool:
        """True when doc[i] is the ``x`` of a product of sizes (data ``dimension_signs``): a number on each side,
        written apart from them (``143,8 x 69,5``), not a code (``3x3``, ``X5``)."""
        if not 0 < i < len(doc) - 1 or doc[i].text not in self.dimension_signs:
            return False
        return doc[i - 1].like_num and doc[i + 1].like_num and bool(doc[i - 1].whitespace_) and bool(doc[i].whitespace_)

    def capitalised_currency(self, span: Span, following: list[Token]) -> Span | None:
        """The capitalised word right after an amount that ends in a multiplier word (``50 triệu Bảng``, ``19 triệu Nhân
        dân tệ``) when raw text writes it in lowercase after multipliers in a good share of its uses (``unit_collocations``
        ``after_multiplier``: currencies and counted nouns), else None: not a name of the entity stages, nor the first
        word of the next sentence where a title runs into its body (``70 tỷ Sau hơn nửa năm``)."""
        if not following or span[-1].norm_ not in self.multipliers or "\n" in span[-1].whitespace_:
            return None
        word = iter_words(following)[0]
        first = word[0]
        if first.i != span.end or not first.is_title or any(not t.is_alpha or t.ent_type or t.i in self.dated for t in word):
            return None
        if any(not t.is_lower for t in word[1:]) or " ".join(t.norm_ for t in word) not in self.after_multiplier:
            return None  # "70 tỷ Sau hơn nửa năm": a title glued to its body; "Hà Nội": a name
        return first.doc[first.i : word[-1].i + 1]

    def duration_before_date(self, doc: Doc, span: Span) -> str | None:
        """The day word of a date right after the number when the number counts the days it names
        (``thăm Nga trong 2 ngày 3-4/7``): the dates stage took the word into the date. Only for the unit
        of an amount: in the exclusions the number stays a document's (``Quyết định 1234 ngày 5/6``)."""
        after = next((t for t in doc[span.end : span.end + 2] if not t.is_space), None)
        if after is None or not self.in_date(after) or after.norm_ not in self.date_day_words:
            return None
        number = next((t for t in doc[after.i + 1 : after.i + 3] if not t.is_space), None)
        return after.text if number is not None and number.like_num else None

    def share_units(self, doc: Doc, spans: list[Span], measured_before: set[int]) -> None:
        """Two amounts joined by ``hay``, ``hoặc``, ``và``, ``đến`` or ``tới``, written with the same multiplier
        (a word, after an optional comma) share one unit: the unit after the second is the first's too (``10 nghìn hay 20 nghìn đồng``, ``khoảng
        15, đến 20 ca``), as the parts of a fraction share theirs; a measure written before the first is the
        second's too (``thang điểm 10 hay 30``). Not a unit inside the second's span (``5 và 10%``)."""
        text = doc_text(doc)
        for first, second in zip(spans, spans[1:]):
            if not self.coordinator.fullmatch(text[first.end_char : second.start_char]):
                continue
            if self.multiplier_words(first) != self.multiplier_words(second) or text[first.start_char - 1 : first.start_char] == "/":
                continue  # not the second part of a fraction ("Mega 6/45 và 33 kỳ")
            if first._.unit is None and second._.unit and not text[second.start_char : second.end_char].endswith(second._.unit):
                first._.unit = second._.unit
            elif second._.unit is None and first._.unit and first.start in measured_before:
                second._.unit = first._.unit

    def share_multipliers(self, doc: Doc, spans: list[Span]) -> None:
        """Bare numbers joined by ``và``, ``hay`` or ``hoặc`` to an amount with a multiplier share it and its unit, as
        a range's ends do: ``lần lượt 15,7 và 19,5 triệu đồng`` is 15,700,000 and 19,500,000 đồng; a comma series
        that ends so shares it too (``100, 200 và 300 nghìn đồng``). Not a number of a thousand or more, one with a
        unit of its own, or an amount in words."""
        text = doc_text(doc)
        shared: dict[int, float] = {}  # the spans that took a multiplier from the amount after them, with it
        for first, second in reversed(list(zip(spans, spans[1:]))):
            joiner = text[first.end_char : second.start_char]
            if not (MULTIPLIER_JOINER.fullmatch(joiner) or second.start in shared and LIST_COMMA.fullmatch(joiner)):
                continue
            scale = shared.get(second.start) or self.trailing_multiplier(second)
            if scale is None or not self.bare_head(first):
                continue
            first._.value = to_number(first._.value * scale)
            if first._.value_max is not None:
                first._.value_max = to_number(first._.value_max * scale)
            first._.unit = second._.unit
            shared[first.start] = scale

    def bare_head(self, span: Span) -> bool:
        """True when ``span`` is digits alone as Vietnamese writes an amount, under a thousand, with no unit and no
        name before it: ``15,7`` of ``15,7 và 19,5 triệu``, not the model of ``City 1.5 và 604 triệu``."""
        before = span.doc[span.start - 1] if span.start > 0 else None
        after_name = before is not None and before.is_alpha and before._.is_cap and not span[0].is_sent_start
        return (span._.unit is None and not after_name and BARE_NUMBER.fullmatch(span.text) is not None
                and max(span._.value, span._.value_max or 0) < MAX_BARE_HEAD and not self.multiplier_words(span))

    def trailing_multiplier(self, span: Span) -> float | None:
        """The product of the multipliers after the one number of ``span`` (1e6 for ``19,5 triệu``); None when it
        has no multiplier or more than one number (``3 tỷ 200 triệu``)."""
        words = [t.norm_ for t in span]
        multipliers = [w for w in words if w in self.multipliers]
        if not multipliers or len(words) - len(multipliers) != 1 or words[0] in self.multipliers:
            return None
        return multiply_out(["1", *multipliers], vocabulary()["digit_multipliers"])[0]

    def multiplier_words(self, span: Span) -> list[str]:
        """The multiplier words of a quantity's span, in order (``["nghìn"]`` for ``20 nghìn``)."""
        return [t.norm_ for t in span if t.norm_ in self.multipliers]

    def measure_before(self, doc: Doc, span: Span) -> str | None:
        """The unit of a measure written right before the number, a qualifier allowed between (``measure_before``:
        ``ở tuổi 35``, ``có tuổi dưới 26``, ``thang điểm 10``), asked only when nothing counted follows it; the
        measure ends a word (not the ``tuổi`` of ``tuổi thọ``; the segmenter may glue a word before it: ``có tuổi``)."""
        before = preceding_tokens(doc, span.start, 4)
        if before and before[-1].norm_ == "từ":
            before = before[:-1]  # "độ tuổi từ 5 đến 10": the range's "from", outside its span
        qualifier = next((keys for keys, _ in self.qualifiers if ends_with(before, keys)), None)
        if qualifier:
            before = before[: -len(qualifier)]
        for keys, unit in self.measures_before.items():
            following = doc[before[-1].i + 1] if before else None
            if ends_with(before, keys) and following is not None and (following._.word_start or not following.is_alpha):
                return unit
        return None

    def in_date(self, token: Token) -> bool:
        """True when ``token`` is inside a span of the dates stage (of the Doc being processed)."""
        return token.i in self.dated

    def percent_base(self, doc: Doc, i: int) -> str:
        """" GRDP" when a percent is written of an aggregate named right after it (``7% GRDP``), or ""."""
        if i < len(doc) and doc[i - 1].whitespace_ and doc[i].norm_ in self.percent_bases:
            return " " + doc[i].text
        return ""

    @staticmethod
    def rate_after(doc: Doc, i: int) -> str:
        """"/người/năm" written right after a unit, each part a whole word (``đồng/học sinh/tháng``, ``đồng/m3``), or ""."""
        parts = []
        while i + 1 < len(doc) and doc[i].text == "/" and doc[i + 1].is_alpha and not doc[i - 1].whitespace_:
            end = i + 2
            while end < len(doc) and not doc[end]._.word_start and doc[end].is_alpha and doc[end - 1].whitespace_:
                end += 1
            if end < len(doc) and doc[end].text in ("2", "3") and not doc[end - 1].whitespace_:
                end += 1  # "đồng/m3": the exponent glued to the unit
            parts.append("/" + doc[i + 1 : end].text)
            i = end
        return "".join(parts)

    def glued_currency(self, match, tokens: list[Token], keys: tuple[str, ...]) -> bool:
        """True when an amount with a multiplier (``683 triệu``) is followed by a currency word the
        segmenter glued to the next syllable (``đồng bằng hình thức``: ``đồng`` + ``bằng``)."""
        if keys not in self.glued_currencies or not match.group("digits") or len(tokens) <= len(keys):
            return False
        if not any(part.lower() in self.multipliers for part in match.group("digits").split()[1:]):
            return False
        return tuple(t.norm_ for t in tokens[: len(keys)]) == keys and not any(t.is_space for t in tokens[: len(keys)])

    def starts_word(self, tokens: list[Token], keys: tuple[str, ...]) -> bool:
        """True when ``tokens`` open with exactly the word ``keys`` ("đồng", not "đồng chí"); a number word
        the segmenter glued after it is no part of it (``15 ngày một lần``: ``ngày một``, "ever more")."""
        n = len(keys)
        if len(tokens) < n or tuple(t.norm_ for t in tokens[:n]) != keys or any(t.is_space for t in tokens[:n]):
            return False
        return (n == len(tokens) or tokens[n].is_space or tokens[n]._.word_start or not tokens[n].is_alpha
                or tokens[n].norm_ in self.digit_words or self.glued_adverb(tokens, n) or self.glued_symbol(tokens, n))

    @staticmethod
    def glued_symbol(tokens: list[Token], n: int) -> bool:
        """True when the measure unit before ``tokens[n]`` is a symbol or loanword in Latin letters alone (``inch``,
        ``km``, ``mAh``) that the segmenter glued to a Vietnamese syllable after it (``5 inch độ phân giải``: ``inch`` +
        ``độ``): no Vietnamese word is made of a foreign symbol and a syllable with Vietnamese letters."""
        unit, after = tokens[:n], tokens[n]
        return (all(t.text.isascii() and t.is_alpha for t in unit) and unit[-1].whitespace_ != ""
                and after.is_alpha and not after.text.isascii())

    def glued_adverb(self, tokens: list[Token], n: int) -> bool:
        """True when the word the segmenter made of a measure unit and ``tokens[n]`` ends with it and it is a
        word of ``measure_glued_after`` (``2 ngày trước giờ``: ``ngày`` + ``trước``)."""
        end = n + 1
        return (tokens[n].norm_ in self.measure_glued_after and tokens[n - 1].whitespace_ != ""
                and (end == len(tokens) or tokens[end].is_space or tokens[end]._.word_start or not tokens[end].is_alpha))

    def counted_noun(self, tokens: list[Token]) -> str | None:
        """The shortest noun phrase after the number that names the thing counted: the head noun and
        the nouns after it, until a verb, preposition, stop word, name or date. A head too general to
        name a thing alone (``unit_kind_heads``: ``lớp``, ``bàn``, ``hộ``) also takes the modifier that
        says which kind (``lớp bồi dưỡng``, ``bàn thắng``, ``hộ cận nghèo``, ``xã đặc biệt khó khăn``),
        as do the ``unit_kind_words`` the tagger calls verbs or adjectives (``huy chương vàng``)."""
        if not tokens:
            return None
        doc = tokens[0].doc
        dated = self.dated
        words: list[list[Token]] = []
        kind_tag = None  # the tag of the kind modifier being taken after a general head
        for word in self.unit_words(tokens):
            if not words and " ".join(t.norm_ for t in word) in self.compound_keys:
                words.append(word)  # "tỉnh, thành phố": a compound of the data names one thing
                continue
            if any(t.is_space or t.is_punct and not self.inner_hyphen(word, t) or t.i in dated
                   or (t.ent_type and (words or t._.is_cap)) for t in word):
                break  # punctuation, a name or a date ends the counted noun: "2 xã Bình Sơn" counts "xã"
            if words and (self.line_break_before(word) or self.opens_name(words, word)):
                break  # "500 chiếc\n\nHãng xe", "24 máy bay trực thăng Apache", "2 cốc đá Cách làm: ..."
            key = " ".join(t.norm_ for t in word)
            if key in self.stop_words or word[0].like_num or words and key in self.stop_after_head:
                break  # "3 lĩnh vực ông nêu ra", "2 cánh cửa xe phía sau", "2 đêm thi cuối": a pronoun, a side, a part
            if words and words[0][0].is_lower and self.body_of_level(word):
                break  # "84/87 đại biểu HĐND tỉnh": the body they sit in, with its level, not the thing counted
            if self.attribute_with_value(word):
                break  # "4 lô giá 3,6 tỷ", "người đàn ông tên Huy", "iPhone 8 giá 20 triệu": what describes, not what is counted
            if words and self.predicate_of_party(words, word, key):
                break  # "hai bên nhất trí", "hai vợ chồng nảy sinh mâu thuẫn": the sides, then what they do
            if words and self.numbered(word):
                words = self.without_measure_start(words, word)
                break  # "2 nữ sinh lớp 9": the class is a position the girls are in, not what is counted
            if not words:
                if self.capitalised_head(word):
                    break  # "1.904.533 Việc tăng thuế", "iPhone 7 Plus": a new sentence or a name, not the thing counted
                if not (word[0].is_alpha and (word[0].tag_ not in self.not_unit_pos or key in self.known_nouns
                                              or key in self.event_heads or key in self.kind_heads_keys
                                              or key in self.doc_nouns or key in self.lexicon_nouns and word[0].is_lower
                                              or any(self.inner_hyphen(word, t) for t in word))):
                    break
            elif self.capital_kind(words, word):
                pass  # "giải Khuyến khích", "giải đồng hạng Xuất sắc": the class of a prize
            elif self.names_kind(words[-1], key):
                pass  # "2 trận đấu", "200 lính cứu hỏa", "50 câu hỏi": a verb that names a kind of the noun
            elif word[0].tag_ not in self.unit_pos and key not in self.kind_words:
                kind_tag = self.kind_modifier(words, word, kind_tag)
                if kind_tag is None:
                    words += self.collocation_after(words, word)  # "10.000 cán bộ coi thi", "6 cơ sở giết mổ"
                    break
            elif key in self.kind_words and word[0].tag_.startswith("V") and self.has_object(word):
                break  # "2 lớp bồi dưỡng lý luận chính trị": a verb with its object is a clause about the class
            words.append(word)
            if len(words) >= self.max_unit_words:
                break
        words = self.coordinated(self.trim_modifier_of_other(words))
        if not words:
            return None
        return doc[words[0][0].i : words[-1][-1].i + 1].text

    def body_of_level(self, word: list[Token]) -> bool:
        """True when ``word`` is one abbreviation in capitals alone (``HĐND``, ``UBND``) followed by the level of an
        administrative unit (data ``unit_body_levels``: ``tỉnh``, ``huyện``, ``xã``): a body named by its level."""
        token = word[-1]
        if not (len(word) == 1 and token.is_alpha and token.is_upper and len(token.text) >= 2):
            return False
        after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        return after is not None and bool(token.whitespace_) and after.norm_ in self.body_levels

    def collocation_after(self, words: list[list[Token]], word: list[Token]) -> list[list[Token]]:
        """The syllables from ``word`` on (at most ``max_extension``) that raw text writes after the counted noun
        ``words`` in a good share of the times it follows a number (``unit_collocations``: ``cán bộ coi thi``, ``cơ sở
        giết mổ``, ``40 ngàn viên ma túy tổng hợp``), as one word, longest first, when ``word`` is a verb or an adjective;
        nothing when none is (``3 người thiệt mạng``; an adjective said of many heads, which describes the things counted:
        ``3 vấn đề chính``, ``4 thất bại liên tiếp``). The syllables are
        lowercase, outside names and dates, on one line, and end where a word of the segmenter ends."""
        if not word[0].tag_.startswith(("V", "A")):
            return []
        head = " ".join(t.norm_ for w in words for t in w)
        doc = word[0].doc
        start = word[0].i
        for n in range(self.max_extension, 0, -1):
            tokens = doc[start : start + n]
            if len(tokens) < n or any(not (t.is_alpha and t.is_lower) or t.ent_type or t.i in self.dated for t in tokens):
                continue
            if any("\n" in t.whitespace_ or not t.whitespace_ for t in tokens[:-1]):
                continue
            end = tokens[-1].i + 1
            if end < len(doc) and doc[end].is_alpha and not doc[end]._.word_start:
                continue  # "5 tùy chọn màu sơn ngoại thất": the syllables would cut a word
            if head + "|" + " ".join(t.norm_ for t in tokens) in self.collocations:
                return [list(tokens)]
        return []

    def coordinated(self, words: list[list[Token]]) -> list[list[Token]]:
        """``words`` with a joiner and a second noun when one noun word is joined to another that ends the phrase
        (``unit_pairs``: ``60 nước và khu vực trên thế giới``, ``19 dự án và chương trình với``), else ``words``. The
        second may be two noun words the segmenter cut (``78 quốc gia và vùng lãnh thổ trên thế giới``)."""
        if len(words) != 1 or not self.plain_noun(words[0]):
            return words
        doc = words[0][0].doc
        joiner = words[0][-1].i + 1
        if (joiner + 1 >= len(doc) or doc[joiner].norm_ not in self.pair_joiners or words[0][-1].whitespace_ != " "
                or doc[joiner].whitespace_ != " " or not doc[joiner + 1]._.word_start):
            return words
        following = iter_words(doc[joiner + 1 : joiner + 9])
        second: list[Token] = []
        for word in following[:2]:
            if not (self.plain_noun(word) and (word[0].tag_ in self.unit_pos or " ".join(t.norm_ for t in word)
                                               in self.lexicon_nouns | self.known_nouns)):
                return words
            if second and (word[0].i != second[-1].i + 1 or second[-1].whitespace_ != " "):
                return words
            second = second + word
            if self.ends_phrase(second):
                return [words[0], list(doc[joiner : joiner + 1]), second]
        return words  # "2 chiếc thẻ đỏ và bàn thắng muộn", "5 hộ và 2 triệu đồng": the second has its own

    def ends_phrase(self, word: list[Token]) -> bool:
        """True when punctuation, a line's end, the Doc's end or a stop word of the unit follows ``word``."""
        doc = word[0].doc
        after = word[-1].i + 1
        if after >= len(doc) or doc[after].is_punct or doc[after].is_space or "\n" in word[-1].whitespace_:
            return True
        return " ".join(t.norm_ for t in iter_words(doc[after : after + 4])[0]) in self.stop_words

    def plain_noun(self, word: list[Token]) -> bool:
        """True when ``word`` is a lowercase word that may be counted: no name, date, stop word or measure unit."""
        keys = tuple(t.norm_ for t in word)
        return (all(t.is_alpha and t.is_lower and not t.ent_type and t.i not in self.dated for t in word)
                and keys not in self.measure_keys and " ".join(keys) not in self.stop_words | self.stop_after_head)

    def attribute_with_value(self, word: list[Token]) -> bool:
        """True when ``word`` is a noun of ``unit_attribute_words`` (``giá``, ``tên``, ``nhãn hiệu``, ``loại``) and a
        value follows it: a number, a capitalised word (a name, a Roman numeral) or a number word. The attribute
        describes the things counted (``4 lô giá 3,6 tỷ``); without a value it may name their kind (``hai loại động cơ``)."""
        if tuple(t.norm_ for t in word) not in self.attribute_words:
            return False
        doc = word[0].doc
        after = next((t for t in doc[word[-1].i + 1 : word[-1].i + 3] if not t.is_space), None)
        if after is None or "\n" in word[-1].whitespace_:
            return False
        return after.like_num or after.text[:1].isupper() or after.norm_ in self.digit_words

    def predicate_of_party(self, words: list[list[Token]], word: list[Token], key: str) -> bool:
        """True when ``word`` follows a head of ``party_heads`` right away and is a word of two syllables or
        more that the lexicon does not know as a noun: the predicate of the sides (``hai bên vui mừng``),
        not which sides they are (``hai bên bờ``)."""
        head = " ".join(t.norm_ for t in words[0])
        return len(words) == 1 and head in self.party_heads and len(word) > 1 and key not in self.lexicon_nouns

    @staticmethod
    def symbol(word: list[Token]) -> bool:
        """True when ``word`` is a unit's symbol of two Latin letters, a capital then a small one (``Mt``, ``Kt``,
        ``Hz``), written apart from what follows (not the ``V`` of ``V-League`` nor the ``K`` of ``K.Nguyên``)."""
        first = word[0]
        doc = first.doc
        after = doc_text(doc)[first.idx + len(first.text) : first.idx + len(first.text) + 2]
        glued = after[:1] in ("-", "–") or after[:1] == "." and after[1:2].isalpha()
        return len(word) == 1 and len(first.text) == SYMBOL_LETTERS and first.text.isascii() and not glued

    def numbered(self, word: list[Token]) -> bool:
        """True when ``word`` is a word of positions (``ordinal_or_position``: ``lớp``, ``tầng``, ``khu``) or a general
        head of ``unit_kinds`` (``điểm``) with its number written right after it (``lớp 9``, ``điểm 10``): a numbered
        place, class or score, which names where the counted things are or what they got; or a measure of
        ``measure_before`` with the number it measures after it (``hai phi công độ tuổi từ 25 đến 30``)."""
        doc = word[0].doc
        after = word[-1].i + 1
        if after < len(doc) and doc[after].norm_ == "từ" and word[-1].whitespace_ != "":
            after += 1
        if after >= len(doc) or not doc[after].like_num or word[-1].whitespace_ == "":
            return False
        key = " ".join(t.norm_ for t in word)
        if key in self.position_words or key in self.kind_heads_keys:
            return True  # "nữ sinh lớp 9", and a general head with its number: "bài thi điểm 10" (a score, not a kind)
        return any(ends_with(word, keys) for keys in self.measures_before)

    def without_measure_start(self, words: list[list[Token]], word: list[Token]) -> list[list[Token]]:
        """``words`` without the syllables that open a measure of ``measure_before`` ending in ``word`` (the
        segmenter's ``học sinh độ`` + ``tuổi`` of ``200 học sinh độ tuổi từ 6 đến 10``); the head always stays."""
        tokens = [t for w in words for t in w]
        keys = tuple(t.norm_ for t in word)
        cut = next((m for m in (2, 1) if len(tokens) > m
                    and tuple(t.norm_ for t in tokens[-m:]) + keys in self.measures_before), 0)
        if not cut:
            return words
        end = tokens[-cut].i
        kept = [[t for t in w if t.i < end] for w in words]
        kept = [w for w in kept if w]
        return kept if kept else words[:1]

    def capitalised_head(self, word: list[Token]) -> bool:
        """True when the first word after the number is capitalised like a name or a sentence's first word
        (``Việc``, ``Plus``, ``Boxster``) and is none of the ``capital_kind_words`` counted with a capital
        (``hai Đảng``, ``hai Nhà nước``) or of the article's capitalised nouns (``nouns_and_titles_of``: ``1 Chủ tịch và
        2 Phó Chủ tịch`` where it writes ``Vị trí Chủ tịch``): the thing counted is written in lowercase.
        Symbols in capitals (``USD``, ``HCV``) and measure units are not title-cased words and stay units."""
        first = word[0]
        if not (first.is_alpha and first.is_title):
            return False
        doc = first.doc
        key = " ".join(t.text for t in word)
        after = word[-1].i + 1
        with_next = key + " " + doc[after].text if after < len(doc) else key
        if " ".join(t.norm_ for t in word) in self.doc_titles or self.symbol(word):
            return False
        return key not in self.capital_kind_words and with_next not in self.capital_kind_words

    def names_kind(self, previous: list[Token], key: str) -> bool:
        """True when the word ``key`` after the noun ``previous`` makes a pair of the lexicon's ``pairs``:
        on raw text the two are used as one noun phrase (``trận đấu này``), the verb naming a kind."""
        return " ".join(t.norm_ for t in previous) + "|" + key in self.kind_pairs

    @staticmethod
    def line_break_before(word: list[Token]) -> bool:
        """True when a line break stands between ``word`` and the word before it (the words stage skips
        white space, so a unit would otherwise run on into the next line: a headline into the body)."""
        doc = word[0].doc
        i = word[0].i - 1
        while i >= 0 and doc[i].is_space:
            if "\n" in doc[i].text:
                return True
            i -= 1
        return i >= 0 and "\n" in doc[i].whitespace_

    def opens_name(self, words: list[list[Token]], word: list[Token]) -> bool:
        """True when ``word``, after the head, opens a name or a new sentence rather than naming the kind:
        a capitalised word (``máy bay trực thăng Apache``, ``ô tô Lexus``, ``cốc đá Cách làm``) or a code of
        capitals glued to digits or a hyphen (``chi nhánh MB24``, ``trực thăng MH-60R``). Not the class of a
        prize (``giải Nhất``) nor a capitalised word of ``capital_kind_words`` (``tổ chức cơ sở Đảng``)."""
        first = word[0]
        if self.capital_kind(words, word):
            return False
        key = " ".join(t.text for t in word)
        if key in self.capital_kind_words or " ".join(t.text for t in words[-1]) + " " + key in self.capital_kind_words:
            return False  # "tổ chức cơ sở Đảng", "du khách phương Tây", "chỉ tiêu tiếng Việt"
        if first.is_alpha and (first.is_title or first.text[:1].isupper() and not first.is_upper):
            return True  # "ô tô Lexus", and a brand in mixed case: "con lợn VietGAP"
        doc = first.doc
        after = word[-1].i + 1
        glued = after < len(doc) and not word[-1].whitespace_ and (doc[after].like_num or doc[after].text in "-–")
        return first.is_upper and first.is_alpha and glued

    def unit_words(self, tokens: list[Token]) -> list[list[Token]]:
        """The words of ``tokens`` as the words stage cut them, with two repairs: a compound of
        ``unit_compounds`` at the start is one word (``tỉnh, thành phố``, ``người dùng``), and a word
        is split where a capitalised syllable follows a lowercase one (the segmenter's ``quý Ruby``)."""
        if not tokens:
            return []
        doc = tokens[0].doc
        candidates = self.compounds.get(tokens[0].norm_, ())
        compound = next((end for keys in candidates if (end := self.compound_end(doc, tokens[0].i, keys))), None)
        head: list[list[Token]] = []
        if compound is not None:
            head = [list(doc[tokens[0].i : compound])]
            tokens = [t for t in tokens if t.i >= compound]
        words = []
        for word in iter_words(tokens):
            cut = next((k for k in range(1, len(word)) if word[k].is_title and word[k - 1].is_lower), None)
            words.extend([word[:cut], word[cut:]] if cut else [word])
        return head + self.joined_by_hyphens(words)

    @staticmethod
    def joined_by_hyphens(words: list[list[Token]]) -> list[list[Token]]:
        """``words`` with a lowercase word, a hyphen and a lowercase word written with no space between made one
        word (``xy-lanh``, ``mô-tơ``): the spelling of one loanword, which the segmenter cuts at the hyphen."""
        joined: list[list[Token]] = []
        i = 0
        while i < len(words):
            word = words[i]
            if (joined and i + 1 < len(words) and len(word) == 1 and word[0].text == "-" and not word[0].whitespace_
                    and not joined[-1][-1].whitespace_ and joined[-1][-1].is_alpha and joined[-1][-1].is_lower
                    and words[i + 1][0].is_alpha and words[i + 1][0].is_lower):
                joined[-1] = joined[-1] + word + words[i + 1]
                i += 2
                continue
            joined.append(word)
            i += 1
        return joined

    @staticmethod
    def inner_hyphen(word: list[Token], token: Token) -> bool:
        """True when ``token`` is a hyphen inside ``word`` (one that ``joined_by_hyphens`` made), not at its ends."""
        return token.text == "-" and word[0].i < token.i < word[-1].i

    @staticmethod
    def compound_end(doc: Doc, i: int, keys: tuple[str, ...]) -> int | None:
        """The end of the compound ``keys`` written at token ``i`` as whole words, or None."""
        end = match_keys(doc, i, keys)
        if end is None or (end < len(doc) and doc[end].is_alpha and not doc[end]._.word_start):
            return None
        return end

    def capital_kind(self, words: list[list[Token]], word: list[Token]) -> bool:
        """True when ``word`` is the capitalised class after a prize word (``capital_heads``: ``giải
        Nhất``, ``giải Khuyến khích``, ``giải đồng hạng Xuất sắc``), whatever its tag."""
        head = " ".join(t.norm_ for t in words[0])
        return (head in self.capital_heads and len(words) <= 2 and word[0].is_title and not word[0].is_sent_start
                and not any(t.ent_type for t in word))

    def has_object(self, word: list[Token]) -> bool:
        """True when a noun follows ``word`` directly (the verb takes an object)."""
        doc = word[0].doc
        after = word[-1].i + 1
        return after < len(doc) and doc[after].is_alpha and doc[after].tag_ in self.unit_pos and not doc[after].ent_type

    def kind_modifier(self, words: list[list[Token]], word: list[Token], kind_tag: str | None) -> str | None:
        """The tag of ``word`` when it goes on the kind of a general head noun, else None: the word right
        after the head (a one-syllable verb not followed by a particle, or an adjective: ``bàn thắng``,
        ``hộ nghèo``), and the adjectives after an adjective (``xã đặc biệt khó khăn``)."""
        tag = word[0].tag_
        if kind_tag is not None:
            return tag if tag == kind_tag and tag.startswith("A") else None  # adjectives only: "bàn thắng giúp đội"
        head = " ".join(t.norm_ for t in words[0])
        if len(words) != 1 or tag not in self.kind_tags:
            return None
        if head in self.event_heads and tag.startswith("V"):
            # "vụ trộm cắp", "khoản tài trợ", "pha làm bàn": the event itself; not "3 vụ xảy ra"
            return None if word[-1].norm_ in self.verb_particles or self.before_particle(word) else tag
        if head not in self.kind_heads_keys:
            return None
        if tag.startswith("V") and (len(word) > 1 or self.before_particle(word)):
            return None  # "5 xe tham gia", "hai xe lao ra": the verb is the predicate
        return tag

    def before_particle(self, word: list[Token]) -> bool:
        """True when a direction or result word follows ``word`` (``lao ra``, ``chạy qua``): a verb of motion."""
        doc = word[0].doc
        after = word[-1].i + 1
        return after < len(doc) and doc[after].norm_ in self.verb_particles

    def trim_modifier_of_other(self, words: list[list[Token]]) -> list[list[Token]]:
        """Drop a last noun that belongs to something else: the possessor before a demonstrative
        (``1/3 dân số nước này`` counts ``dân số``; not where raw text writes the whole phrase after numbers:
        ``10 cuộc điện thoại này``) or the first of a series of modifiers
        (``123/128 chi bộ thôn, làng, tổ dân phố`` counts ``chi bộ``)."""
        if len(words) < 2:
            return words
        doc = words[0][0].doc
        after = words[-1][-1].i + 1
        if after < len(doc) and doc[after].norm_ in self.demonstratives:
            if " ".join(t.norm_ for w in words for t in w) in self.after_number_phrases:
                return words  # "10 cuộc điện thoại này": raw text counts the phrase after numbers
            return words[:-1]
        if len(words[-1]) == 1 and after + 1 < len(doc) and doc[after].text == "," and self.opens_series(doc, after + 1):
            return words[:-1]
        if words[-1][0].is_title and after + 1 < len(doc) and doc[after].text == "," and doc[after + 1].is_title:
            return self.without_trailing_names(words)  # "2 môn Ngữ văn, Toán": the names of the two
        return words

    @staticmethod
    def without_trailing_names(words: list[list[Token]]) -> list[list[Token]]:
        """``words`` without the capitalised words at their end (the head always stays)."""
        end = len(words)
        while end > 1 and words[end - 1][0].is_title:
            end -= 1
        return words[:end]

    def opens_series(self, doc: Doc, i: int) -> bool:
        """True when a lowercase one-syllable noun at ``i`` is followed by another comma or ``và``: the
        comma before it joins one-syllable modifiers (``chi bộ thôn, làng, tổ dân phố``), not two noun
        phrases (``xe đẩy lưới, xe tải 8 tấn``, ``bài báo khoa học, giáo trình và sách``)."""
        if not (doc[i].is_alpha and doc[i].is_lower and doc[i].tag_ in self.unit_pos):
            return False
        end = i + 1
        return end < len(doc) and doc[end]._.word_start and doc[end].norm_ in (",", "và")
