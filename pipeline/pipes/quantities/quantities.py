"""Quantities as values: what each number counts, and how sure the text is (guidelines, Quantities).

The grammar (``pipeline.grammar``) finds numerals; this stage drops those that are not
amounts (dates, names, ordinals, list markers, clock times), reads the qualifier before
the number and the unit after it, using the word segmentation and POS tags of the
``words`` stage to stop the counted noun phrase before verbs and prepositions.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ...doctools import boilerplate_tokens, iter_words
from ...grammar import quantity_pattern
from ...numerals import WordNumberError, multiply_out, parse_words, to_number, vocabulary
from ...phrases import phrase_keys
from . import patterns


def preceding_tokens(doc: Doc, start: int, count: int) -> list[Token]:
    """Up to ``count`` non-space tokens before ``start``, in text order."""
    tokens = []
    i = start - 1
    while i >= 0 and len(tokens) < count and not doc[i].is_space:
        tokens.insert(0, doc[i])
        i -= 1
    return tokens


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
        self.not_before = phrase_keys(vocab["not_quantity_before"])
        self.despite_before = phrase_keys(vocab["quantity_despite_before"])
        self.qualifier_skips = set(vocab["qualifier_skip_words"])
        self.measure_units = phrase_keys(vocab["measure_units"])
        self.stop_words = set(vocab["unit_stop_words"])
        self.unit_pos = set(vocab["unit_pos"])
        self.not_unit_pos = set(vocab["not_unit_pos"])
        self.known_nouns = set(vocab["known_counted_nouns"])  # counted nouns the POS tagger may call verbs
        self.max_unit_words = vocab["unit_max_words"]
        self.standalone_words = set(vocab["standalone_word_numbers"])
        self.multipliers = set(vocab["digit_multipliers"])

    def __call__(self, doc: Doc) -> Doc:
        taken = {i for span in doc.spans.get("dates", []) for i in range(span.start, span.end)}
        taken |= {i for ent in doc.ents for i in range(ent.start, ent.end)}
        taken |= boilerplate_tokens(doc)
        spans = []
        for match in self.pattern.finditer(doc.text):
            start = match.start("approx") if match.group("approx") else match.start() + len(match.group("from") or "")
            span = doc.char_span(start, match.end(), label="QUANTITY", alignment_mode="strict")
            if span is None or any(i in taken for i in range(span.start, span.end)):
                continue
            if not self.is_amount(doc, span, match):
                continue
            value = self.read_value(match)
            if value is None:
                continue
            if value[1] is not None and value[1] <= value[0]:
                spans.extend(self.two_numbers(doc, span, match, value))
                continue
            span._.value, span._.value_max = value
            span._.qualifier = self.qualifier(doc, span, match)
            span._.unit = self.unit(doc, span, match)
            spans.append(span)
        doc.spans["quantities"] = spans
        return doc

    def two_numbers(self, doc: Doc, span: Span, match, value: tuple[float, float]) -> list[Span]:
        """A "range" whose high end is not above its low end is two numbers (a score ``9-3``, a split
        ``50-50``), each taking the unit written after the pair, as the parts of a fraction do."""
        if not match.group("digits") or match.group("from"):
            return []
        low = doc.char_span(span.start_char, match.end("digits"), label="QUANTITY")
        high = doc.char_span(match.start("high"), match.end("high"), label="QUANTITY")
        if low is None or high is None:
            return []
        unit = self.unit(doc, span, match)
        low._.value, low._.value_max, low._.qualifier, low._.unit = value[0], None, self.qualifier(doc, low, match), unit
        high._.value, high._.value_max, high._.qualifier, high._.unit = value[1], None, "exact", unit
        return [low, high]

    def is_amount(self, doc: Doc, span: Span, match) -> bool:
        """Reject numerals that are ordinals, identifiers, list markers, clock times or articles."""
        before = preceding_tokens(doc, span.start, 3)
        for keys in self.not_before:
            if ends_with(before, keys) and not any(ends_with(before, d) for d in self.despite_before):
                if not (before[-len(keys)]._.is_cap and not before[-len(keys)].is_sent_start):
                    return False  # "lần thứ 13", "số 21"; but not "Hải Phòng 57", "tổng số 5.356"
        after = doc[span.end] if span.end < len(doc) else None
        first = span[0]
        if after is not None and not span[-1].whitespace_:
            if after.text in patterns.IDENTIFIER_JOINERS and span.end + 1 < len(doc) and doc[span.end + 1].is_upper:
                return False  # 21-NQ/TW
            if after.is_alpha and not match.group("fused"):
                return False  # 4D, 9h58
        if before and not before[-1].whitespace_ and before[-1].is_alpha:
            return False  # A1, COVID19
        if len(before) >= 2 and before[-1].text in "-–" and not before[-1].whitespace_ and not before[-2].whitespace_ and before[-2].is_alpha:
            return False  # Covid-19, U-23
        if after is not None and after.lower_ in patterns.CLOCK_WORDS and span[-1].whitespace_:
            nxt = doc[span.end + 1] if span.end + 1 < len(doc) else None
            if nxt is not None and (nxt.like_num or (before and before[-1].lower_ in patterns.CLOCK_CONTEXT)):
                return False  # 15 giờ 30, lúc 9 giờ
        if self.is_list_marker(doc, span):
            return False
        if match.group("words"):
            words = match.group("words").lower().split()
            if len(words) == 1 and words[0] not in self.standalone_words:
                return False  # "một", "năm", "không" alone
            if first.is_title and not first.is_sent_start:
                return False  # giải Nhất, Nhì, Ba; Đại hội Hai
            if after is None or not (after.is_alpha and after.is_lower or after.is_title and first.is_sent_start):
                return False  # a number word counts something that follows it
        return True

    @staticmethod
    def is_list_marker(doc: Doc, span: Span) -> bool:
        """A number followed by "." or ")" at the start of a line or after ":" / ";" is a marker."""
        if len(span) != 1 or span.end >= len(doc) or doc[span.end].text not in (".", ")"):
            return False
        previous = next((t for t in reversed(doc[: span.start]) if not (t.is_space and "\n" not in t.text)), None)
        return previous is None or "\n" in previous.text or previous.text in (":", ";")

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
            if not match.group("high"):
                return to_number(value), None
            high, high_scale = multiply_out(match.group("high").split(), multipliers)
        except (WordNumberError, ValueError, KeyError):
            return None
        if low_scale == 1.0 and high_scale != 1.0:
            value *= high_scale
        return to_number(value), to_number(high)

    def qualifier(self, doc: Doc, span: Span, match) -> str:
        if match.group("approx"):
            return "gte"
        if match.group("from") and not match.group("high"):
            following = doc[span.end : span.end + 4].text.lower()
            if "trở lên" in following:
                return "gte"
        before = preceding_tokens(doc, span.start, 4)
        for context in (before, before[:-1] if before and before[-1].norm_ in self.qualifier_skips else None):
            for keys, label in self.qualifiers if context else ():
                if ends_with(context, keys):
                    return label  # "trên 3.550", "ước đạt 145 tỷ"
        return "exact"

    def unit(self, doc: Doc, span: Span, match) -> str | None:
        """The unit written fused or after the number, or the counted noun phrase; rates as written.

        The parts of a fraction take the unit after the last one (``123/128 chi bộ``); a chain
        of numbers is followed for at most ``MAX_FRACTION_PARTS`` steps, so that ``1/1/1/...``
        neither recurses without end nor walks the rest of the chain from each of its numbers.
        """
        for _ in range(patterns.MAX_FRACTION_PARTS):
            if match is None:
                return None
            if match.group("percent") or match.group("high_percent"):
                return "%"
            fused = match.group("high_fused") or match.group("fused")
            if fused:
                return fused + self.rate_after(doc, span.end)
            if not is_fraction_bar(doc, span.end):
                break
            span = Span(doc, span.end + 1, span.end + 2)
            match = self.pattern.match(span.text)
        else:
            return None  # a chain of numbers, no fraction
        following = [t for t in doc[span.end : min(len(doc), span.end + 12)]]
        for keys in self.measure_units:
            if self.starts_word(following, keys):
                end_token = following[len(keys) - 1].i + 1
                return doc[following[0].i : end_token].text + self.rate_after(doc, end_token)
        noun = self.counted_noun(following)
        if noun is None:
            rate = self.rate_after(doc, span.end)
            return rate or None  # "230 triệu/ha/năm": the rate as written
        return noun + self.rate_after(doc, following[0].i + len(noun.split()))

    @staticmethod
    def rate_after(doc: Doc, i: int) -> str:
        """"/người/năm" written right after a unit, or ""."""
        parts = []
        while i + 1 < len(doc) and doc[i].text == "/" and doc[i + 1].is_alpha and not doc[i - 1].whitespace_:
            parts.append("/" + doc[i + 1].text)
            i += 2
        return "".join(parts)

    @staticmethod
    def starts_word(tokens: list[Token], keys: tuple[str, ...]) -> bool:
        """True when ``tokens`` open with exactly the word ``keys`` ("đồng", not "đồng chí")."""
        n = len(keys)
        if len(tokens) < n or tuple(t.norm_ for t in tokens[:n]) != keys or any(t.is_space for t in tokens[:n]):
            return False
        return n == len(tokens) or tokens[n].is_space or tokens[n]._.word_start or not tokens[n].is_alpha

    def counted_noun(self, tokens: list[Token]) -> str | None:
        """The shortest noun phrase after the number: nouns until a verb, preposition or stop word."""
        words = []
        for word in iter_words(tokens):
            if any(t.is_space or t.is_punct or (t.ent_type and (words or t._.is_cap)) for t in word):
                break  # punctuation or a name ends the counted noun: "2 xã Bình Sơn" counts "xã"
            key = " ".join(t.norm_ for t in word)
            if key in self.stop_words or (words and word[0].tag_ not in self.unit_pos):
                break
            if not words and not (word[0].is_alpha and (word[0].tag_ not in self.not_unit_pos or key in self.known_nouns)):
                break
            words.append(word)
            if len(words) >= self.max_unit_words:
                break
        if not words:
            return None
        return words[0][0].doc[words[0][0].i : words[-1][-1].i + 1].text

