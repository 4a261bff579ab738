"""Enumerated lists: the trigger that announces them, their items, and the announced count.

Items are cut at the text's own delimiters (guidelines, Lists): markers first, then
semicolons, and only in an introduced list with neither, at commas and a final
``và``/``hoặc``. A list runs on into following paragraphs that open with a new parallel
measure and skips those that only elaborate. The announced count comes from the
trigger's number or, failing that, from a count of the same head anywhere in the
article (the title counts).
"""

from __future__ import annotations

import copy
from bisect import bisect_left, bisect_right

import regex
from spacy.language import Language
from spacy.tokens import Doc, Span

from ...doctools import doc_text, in_boilerplate, iter_lines
from ...numerals import vocabulary as numeral_vocabulary
from ...phrases import match_keys, phrase_keys
from ...textnorm import match_key
from .patterns import count_connector_pattern, inline_marker_pattern, introducer_pattern, line_marker_pattern, list_data


class ListRecognizer:
    """Write ``doc._.lists``: one record per list with trigger, head, announced count and items."""

    def __init__(self, nlp: Language, name: str = "lists"):
        self.name = name
        data = list_data()
        self.heads = phrase_keys(data["heads"])
        self.determiners = phrase_keys(data["determiners"])
        # Set only on the copy bound to one Doc (``bound_to``):
        self.text: str | None = None
        self.sentences: list[Span] = []
        self.sentence_starts: list[int] = []
        self.semicolons: list[int] = []
        self.introducer_searches: dict[int, tuple[int | None, regex.Match | None]] = {}
        self.head_starts = {keys[0] for keys in self.heads}
        self.determiner_starts = {keys[0] for keys in self.determiners}
        self.open_determiners = phrase_keys(data["open_determiners"])
        self.next_sentence_introducers = [match_key(p) for p in data["next_sentence_introducers"]]
        self.sentence_item_pos = set(data["sentence_item_pos"])
        self.sentence_item_openers = [match_key(p) for p in data["sentence_item_openers"]]
        self.continuation = [match_key(p) for p in data["continuation_openers"]]
        self.elaboration = [match_key(p) for p in data["elaboration_openers"]]
        self.trim_leading = set(data["item_trim_leading"])
        self.trim_trailing = "".join(data["item_trim_trailing"]) + " \t\r\n"
        self.connector_gap = data["count_connector_max_gap"]
        self.max_list_chars = data["max_list_chars"]
        numerals = numeral_vocabulary()
        self.not_counted_heads = {match_key(w) for w in [*numerals["measure_units"], *numerals["digit_multipliers"]]}  # "147 tỷ đồng (...)"

    # ---- triggers -------------------------------------------------------------
    def head_at(self, doc: Doc, i: int) -> int | None:
        """End of a head noun starting at token ``i``."""
        if doc[i].norm_ not in self.head_starts:
            return None
        for keys in self.heads:
            end = match_keys(doc, i, keys)
            if end is not None:
                return end
        return None

    def find_triggers(self, doc: Doc) -> list[dict]:
        """Count + head (from quantities) and determiner + head phrases, in text order.

        Phrases whose noun is not a known list head are "open" triggers: they only make a
        list before an introducer with a colon (``các sản phẩm chủ lực như: ...``), or, with
        a count, before ``gồm`` when the items found match the count.
        """
        triggers = {}
        for quantity in doc.spans.get("quantities", []):
            if quantity._.value_max is not None or quantity.end >= len(doc) or not is_item_count(quantity._.value):
                continue
            end = self.head_at(doc, quantity.end)
            if end is not None:
                triggers[quantity.start] = self.trigger(doc, quantity.start, end, quantity._.value)
            elif (noun_end := self.noun_at(doc, quantity.end)) is not None:
                triggers[quantity.start] = self.trigger(doc, quantity.start, noun_end, quantity._.value, is_open=True)
        for token in doc:
            if token.i in triggers or token.norm_ not in self.determiner_starts:
                continue
            for keys in self.determiners:
                det_end = match_keys(doc, token.i, keys)
                head_end = self.head_at(doc, det_end) if det_end is not None and det_end < len(doc) else None
                if head_end is not None:
                    triggers[token.i] = self.trigger(doc, token.i, head_end, None)
                    break
            else:
                for keys in self.open_determiners:
                    det_end = match_keys(doc, token.i, keys)
                    noun_end = self.noun_at(doc, det_end) if det_end is not None and det_end < len(doc) else None
                    if noun_end is not None:
                        triggers[token.i] = self.trigger(doc, token.i, noun_end, None, is_open=True)
                        break
        return [triggers[i] for i in sorted(triggers)]

    @staticmethod
    def noun_at(doc: Doc, i: int) -> int | None:
        """End of the noun word starting at token ``i`` ("địa phương", "HCV"), or None."""
        if i >= len(doc) or doc[i].is_space or not doc[i].is_alpha or not (doc[i].tag_.startswith("N") or doc[i].is_upper):
            return None
        end = i + 1
        while end < len(doc) and not doc[end]._.word_start and doc[end].is_alpha:
            end += 1
        return end

    @staticmethod
    def trigger(doc: Doc, start: int, end: int, count, is_open: bool = False) -> dict:
        return {"span": doc[start:end], "count": count, "open": is_open}

    # ---- items ----------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        return self.bound_to(doc).recognize(doc)

    def bound_to(self, doc: Doc) -> ListRecognizer:
        """A shallow copy holding ``doc``'s text and sentences, which spaCy rebuilds on every access:
        the component itself keeps no Doc between calls, and two Docs never share them."""
        bound = copy.copy(self)
        bound.text = doc_text(doc)
        bound.sentences = list(doc.sents)
        bound.sentence_starts = [s.start_char for s in bound.sentences]
        bound.semicolons = [m.start() for m in regex.finditer(";", bound.text)]
        bound.introducer_searches = {}
        return bound

    def recognize(self, doc: Doc) -> Doc:
        """Find the lists of ``doc`` (on a copy from ``bound_to``) and write ``doc._.lists``."""
        paragraphs = [(s, e) for s, e, line in iter_lines(self.text_of(doc)) if line.strip()]
        triggers = self.find_triggers(doc)
        lists, used_until = [], -1
        for index, trigger in enumerate(triggers):
            span = trigger["span"]
            if span.start_char < used_until:
                continue
            next_start = triggers[index + 1]["span"].start_char if index + 1 < len(triggers) else len(self.text_of(doc))
            record = self.list_after(doc, span, paragraphs, trigger["count"], trigger["open"], next_start)
            if record is None:
                continue
            record["announced_count"] = trigger["count"]
            lists.append(record)
            used_until = record["items"][-1][1]
        lists.extend(self.marker_only_lists(doc, paragraphs, lists))
        self.fill_announced_counts(doc, lists, triggers)
        doc._.lists = [self.to_record(doc, item) for item in sorted(lists, key=lambda r: r["items"][0][0])]
        return doc

    def list_after(self, doc: Doc, trigger: Span, paragraphs, count=None, is_open: bool = False,
                   next_trigger: int | None = None) -> dict | None:
        """The list a trigger introduces, or None when the article never gives its items."""
        paragraph = paragraph_of(paragraphs, trigger.start_char)
        if paragraph is None or in_boilerplate(trigger):
            return None
        para_end = paragraph[1]
        sentence = self.sentence_at(doc, trigger.end_char - 1)
        sentence_end = sentence.end_char
        if count is not None:
            counted = self.counted_items(doc, trigger, count, sentence_end)
            if counted is not None:
                return counted
        intro = self.introducer_after(doc, trigger.end_char, sentence_end)
        # Examples ("như: A, B, C") inside a ;-separated clause end at the clause's ";".
        nested = intro is not None and match_key(intro.group(0)).startswith("như") \
            and self.semicolon_between(doc, sentence.start_char, trigger.start_char) >= 0
        limit = self.semicolon_between(doc, trigger.end_char, sentence_end) if nested else -1
        limit = limit if limit >= 0 else para_end
        if is_open:
            if intro is not None and next_trigger is not None and next_trigger < intro.start():
                return None  # the introducer belongs to the nearer trigger
            return self.open_list(doc, trigger, intro, count, min(sentence_end, limit))
        if intro is not None:
            if regex.compile(r"\S").search(self.text_of(doc), intro.end(), para_end) is None:  # nothing after it
                items = self.marked_lines_after(doc, para_end, paragraphs)
                return self.record(trigger, items)
            items, cut = self.split(doc, (intro.end(), limit), introduced=True, sentence_end=min(sentence_end, limit))
            if cut == "commas" and items and items[-1][1] >= sentence_end - 4:
                items.extend(self.continuation_sentences(doc, sentence_end, para_end))
        elif self.markers_follow(doc, sentence_end, para_end):
            items, cut = self.split(doc, (sentence_end, para_end), introduced=False, sentence_end=para_end)
        elif self.semicolon_between(doc, trigger.end_char, sentence_end) >= 0:
            items, cut = self.split(doc, (trigger.end_char, sentence_end), introduced=False, sentence_end=sentence_end)
            if items:
                items[0] = self.trim(doc, self.first_word_after(doc, trigger.end_char), items[0][1])
        elif (following := self.next_sentence(doc, sentence_end, para_end)) is not None:
            items, cut = self.items_in_next_sentence(doc, following, count)
        else:
            return None
        if len(items) < 2:
            return None
        if cut in ("markers", "semicolons") and items[-1][1] >= para_end - 4:
            items.extend(self.continuation_paragraphs(doc, para_end, paragraphs))
        return self.record(trigger, items)

    def counted_items(self, doc: Doc, trigger: Span, count, sentence_end: int) -> dict | None:
        """Items a count announces in parentheses right after it (``10 đầu mối (thôn, bản, ...)``,
        ``638 TCCSĐ (gồm: 273 đảng bộ, 365 chi bộ)``) or after a connector (``103 em, trong đó có
        15 em ..., 44 ... và 44 ...``, ``3 HCV nhờ công của A, B và C``). Semicolons cut them
        when there are any, else commas and the final ``và`` (guidelines, Lists). Without a
        colon or parentheses the items must be as many as the count, or a breakdown (each opens
        with a number): a count alone proves nothing about a comma series after it."""
        text = self.text_of(doc)
        if match_key(trigger[-1].text) in self.not_counted_heads:
            return None  # "2 ngày (20, 21-5)", "147 tỷ đồng (...)": a measure, not a set
        after = self.first_word_after(doc, trigger.end_char)
        if after < sentence_end and text[after] == "(":
            close = matching_parenthesis(text, after, sentence_end)
            if close is None:
                return None
            start, end, strict = self.after_connector(doc, after + 1, close), close, False
        else:
            connected = self.connector_after(doc, trigger.end_char, sentence_end)
            if connected is None:
                return None
            start, end, strict = connected, sentence_end, text.find(":", trigger.end_char, connected) < 0
        items = self.items_between(doc, start, end)
        if len(items) < 2:
            return None
        breakdown = all(regex.match(r"\d", text[s:e]) for s, e in items)
        if strict and not breakdown and count != len(items):
            return None
        return self.record(trigger, items)

    def connector_after(self, doc: Doc, position: int, sentence_end: int) -> int | None:
        """Where the items start after a connector close behind the trigger (``, trong đó có``), or None."""
        text = self.text_of(doc)
        window = text[position : min(sentence_end, position + self.connector_gap)]
        match = count_connector_pattern().search(window)
        if match is None or regex.search(r"[.;!?()]", window[: match.start()]):
            return None
        return self.first_word_after(doc, position + match.end())

    def after_connector(self, doc: Doc, start: int, end: int) -> int:
        """Skip a connector opening a parenthesis: ``(gồm: 273 đảng bộ, ...)``."""
        match = count_connector_pattern().match(self.text_of(doc), start, end)
        return self.first_word_after(doc, match.end()) if match else start

    def items_between(self, doc: Doc, start: int, end: int):
        """Items of a region: cut at semicolons when it has any, else at commas and the final ``và``."""
        if ";" in self.text_of(doc)[start:end]:
            return self.semicolon_items(doc, start, end)
        return [(s, e) for s, e in self.comma_items(doc, start, end) if e > s]

    def semicolon_items(self, doc: Doc, start: int, end: int):
        """A region cut at its semicolons, each piece trimmed, empty pieces left out."""
        pieces, position = [], start
        for part in self.text_of(doc)[start:end].split(";"):
            pieces.append(self.trim(doc, position, position + len(part)))
            position += len(part) + 1
        return [p for p in pieces if p[1] > p[0]]

    def open_list(self, doc: Doc, trigger: Span, intro, count, limit: int) -> dict | None:
        """A trigger with any noun: a list only before "...:" or, when counted, before "gồm" with as many items."""
        if intro is None:
            return None
        has_colon = self.text_of(doc)[intro.start() : intro.end()].rstrip().endswith(":")
        between = self.text_of(doc)[trigger.end_char : intro.start()]
        if has_colon:
            items, _ = self.split(doc, (intro.end(), limit), introduced=True, sentence_end=limit)
        elif count is not None and len(between.strip(" ,")) == 0:
            items = self.comma_items(doc, intro.end(), limit)
        else:
            return None
        if count is not None and len(items) != count:
            return None  # a counted breakdown ("638 TCCSĐ (gồm: 273 đảng bộ, ...)") is not a list of its items
        return self.record(trigger, items)

    def next_sentence(self, doc: Doc, sentence_end: int, para_end: int):
        """The sentence that follows in the same paragraph, as a Span, or None."""
        start = self.first_word_after(doc, sentence_end)
        if start >= para_end:
            return None
        sentence = self.sentence_at(doc, start)
        # Only white space after ``sentence_end`` (a trailing space): no next sentence, not the same one
        # again, which made continuation_sentences loop for ever.
        return sentence if sentence.end_char > sentence_end else None

    def sentence_at(self, doc: Doc, offset: int) -> Span:
        """The sentence holding character ``offset`` (spaCy's ``token.sent`` rescans the Doc on every call)."""
        return self.sentences[max(0, bisect_right(self.sentence_starts, offset) - 1)]

    def text_of(self, doc: Doc) -> str:
        """``doc.text``, read once per Doc by ``bound_to``."""
        if self.text is None:
            raise RuntimeError("ListRecognizer.text_of: call the component, not its parts, on a Doc")
        return self.text

    def semicolon_between(self, doc: Doc, start: int, end: int) -> int:
        """Offset of the first ";" in ``[start, end)``, or -1 (``str.find`` without rescanning the text per trigger)."""
        index = bisect_left(self.semicolons, start)
        return self.semicolons[index] if index < len(self.semicolons) and self.semicolons[index] < end else -1

    def introducer_after(self, doc: Doc, start: int, end: int):
        """The first introducer match in ``[start, end)``, as ``introducer_pattern().search`` gives it.

        Every trigger of a sentence searches to the sentence's end; a sentence of a thousand
        triggers and no introducer would be scanned a thousand times. The last search up to
        each ``end`` is remembered: from a later start its match still holds when it starts
        at or after that start, and no match before ``end`` stays no match.
        """
        searched_from, found = self.introducer_searches.get(end, (None, None))
        if searched_from is not None and searched_from <= start and (found is None or found.start() >= start):
            return found
        found = introducer_pattern().search(self.text_of(doc), start, end)
        self.introducer_searches[end] = (start, found)
        return found

    def items_in_next_sentence(self, doc: Doc, sentence, count):
        """Items given in the next sentence: after "Trong đó," with semicolons, or exactly as many as counted."""
        opening = match_key(sentence.text[:30])
        text_start, text_end = sentence.start_char, sentence.end_char
        for phrase in self.next_sentence_introducers:
            if opening.startswith(phrase) and ";" in sentence.text:
                after = regex.compile(r"[,:]\s*").search(self.text_of(doc), text_start + len(phrase), text_end)
                begin = after.end() if after else text_start + len(phrase) + 1
                return self.split(doc, (begin, text_end), introduced=False, sentence_end=text_end)
        if count is not None:
            items = self.comma_items(doc, text_start, text_end)
            if len(items) == count:
                return items, "commas"
        return [], "none"

    def continuation_sentences(self, doc: Doc, sentence_end: int, para_end: int):
        """Sentences after a comma-cut list that each add a parallel measure ("Không đưa tay ...")."""
        items = []
        position = sentence_end
        while (sentence := self.next_sentence(doc, position, para_end)) is not None:
            words = [t for t in sentence if not t.is_space]
            opening = match_key(sentence.text[:25])
            if not words or not (words[0].tag_ in self.sentence_item_pos or any(opening.startswith(p + " ") for p in self.sentence_item_openers)):
                break
            items.append(self.trim(doc, sentence.start_char, sentence.end_char))
            position = sentence.end_char
        return items

    def markers_follow(self, doc: Doc, position: int, para_end: int) -> bool:
        """True when the next sentence opens with an item marker ("Một là, ...", "1. ...")."""
        match = inline_marker_pattern().match(self.text_of(doc), position, para_end)
        if match is None:
            match = inline_marker_pattern().match(self.text_of(doc), self.first_word_after(doc, position), para_end)
        return match is not None

    def first_word_after(self, doc: Doc, position: int) -> int:
        match = regex.compile(r"\S").search(self.text_of(doc), position)
        return match.start() if match else position

    def record(self, trigger: Span, items) -> dict | None:
        if len(items) < 2:
            return None
        head = self.head_text(trigger)
        return {"trigger": (trigger.start_char, trigger.end_char), "head": head, "items": items}

    def head_text(self, trigger: Span) -> str | None:
        """The head noun at the end of a trigger span."""
        doc = trigger.doc
        for start in range(trigger.start, trigger.end):
            if self.head_at(doc, start) == trigger.end:
                return doc[start : trigger.end].text
        return None

    def split(self, doc: Doc, region, introduced: bool, sentence_end: int):
        """Cut a region into item offsets at its own delimiters; return (items, how it was cut).

        The region is cut at ``max_list_chars`` (the longest gold list is under 2,000): each
        trigger of a sentence splits the rest of it, so an unbounded region makes a sentence
        of many triggers quadratic.
        """
        start, end = region
        end = min(end, start + self.max_list_chars)
        text = self.text_of(doc)[start:end]
        markers = list(inline_marker_pattern().finditer(text))
        if len(markers) >= 2:
            bounds = [m.end() for m in markers]
            stops = [m.start() for m in markers[1:]] + [len(text)]
            return [self.trim(doc, start + a, start + b) for a, b in zip(bounds, stops)], "markers"
        if ";" in text:
            return self.semicolon_items(doc, start, end), "semicolons"
        if introduced:
            return self.comma_items(doc, start, min(end, sentence_end)), "commas"
        return [], "none"

    def comma_items(self, doc: Doc, start: int, end: int):
        items, cursor = [], start
        text = self.text_of(doc)[start:end]
        after_final_join = False
        opened = closed = counted_to = 0  # parentheses in text[:counted_to], counted once, not again per comma
        for match in regex.finditer(r",\s*|\s+(?:và|hoặc)\s+", text):
            opened += text.count("(", counted_to, match.start())
            closed += text.count(")", counted_to, match.start())
            counted_to = match.start()
            if opened > closed:
                continue  # a comma inside parentheses belongs to its item
            if after_final_join and match.group(0).strip() == ",":
                end = start + match.start()  # "A, B và C, nâng tổng số ...": the series ends after C
                break
            items.append(self.trim(doc, cursor, start + match.start()))
            cursor = start + match.end()
            after_final_join = match.group(0).strip() in ("và", "hoặc")
        items.append(self.trim(doc, cursor, end))
        return [i for i in items if i[1] > i[0]]

    def trim(self, doc: Doc, start: int, end: int) -> tuple[int, int]:
        """Leave out white space, a joining word and closing punctuation from an item."""
        text = self.text_of(doc)
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1] in self.trim_trailing:
            end -= 1
        for word in self.trim_leading:
            if text[start:end].startswith(word + " "):
                start += len(word) + 1
        return start, end

    def marked_lines_after(self, doc: Doc, position: int, paragraphs):
        """Items given one per following line, each opening with a marker."""
        items = []
        for start, end in paragraphs:
            if start < position:
                continue
            marker = line_marker_pattern().match(self.text_of(doc), start, end)
            if marker is None:
                break
            items.append(self.trim(doc, marker.end(), end))
        return items

    def continuation_paragraphs(self, doc: Doc, position: int, paragraphs):
        """Following paragraphs that add a parallel measure; elaborations are skipped."""
        items = []
        for start, end in paragraphs:
            if start <= position:
                continue
            paragraph = doc.char_span(start, end, alignment_mode="expand")
            if paragraph is not None and in_boilerplate(paragraph):
                break
            opening = match_key(self.text_of(doc)[start : start + 40])
            if any(opening.startswith(p + " ") for p in self.elaboration):
                continue
            if any(opening.startswith(p + " ") for p in self.continuation):
                items.append(self.trim(doc, start, end))
                continue
            break
        return items

    def marker_only_lists(self, doc: Doc, paragraphs, lists):
        """Runs of two or more marked lines with no trigger before them."""
        covered = [(r["items"][0][0], r["items"][-1][1]) for r in lists]
        found, run = [], []
        for start, end in paragraphs + [(len(self.text_of(doc)) + 1, len(self.text_of(doc)) + 1)]:
            marker = line_marker_pattern().match(self.text_of(doc), start, end) if end <= len(self.text_of(doc)) else None
            inside = any(a <= start < b for a, b in covered)
            if marker is not None and not inside:
                run.append(self.trim(doc, marker.end(), end))
                continue
            if len(run) >= 2:
                found.append({"trigger": None, "head": None, "items": run, "announced_count": None})
            run = []
        return found

    def fill_announced_counts(self, doc: Doc, lists, triggers) -> None:
        """Give a list without a count the count of the same head stated elsewhere (title included)."""
        list_triggers = {r["trigger"] for r in lists if r["trigger"]}
        counts: dict[str, int] = {}
        for trigger in triggers:
            span = trigger["span"]
            if trigger["count"] is None or (span.start_char, span.end_char) in list_triggers:
                continue
            head = self.head_text(span)
            if head:
                counts.setdefault(match_key(head), trigger["count"])
        for record in lists:
            if record.get("announced_count") is None and record["head"]:
                record["announced_count"] = counts.get(match_key(record["head"]))

    def to_record(self, doc: Doc, record: dict) -> dict:
        """The JSON-like record stored on the Doc (char offsets, texts)."""
        def piece(start, end):
            return {"start": start, "end": end, "text": self.text_of(doc)[start:end]}

        trigger = record["trigger"]
        items = [piece(s, e) for s, e in record["items"]]
        count = record.get("announced_count")
        return {
            "trigger": piece(*trigger) if trigger else None,
            "head": record["head"],
            "announced_count": count,
            "items": items,
            "items_found": len(items),
            "count_agrees": None if count is None else count == len(items),
        }


def paragraph_of(paragraphs: list[tuple[int, int]], offset: int) -> tuple[int, int] | None:
    """The (start, end) of the paragraph holding ``offset`` (paragraphs in text order), or None."""
    index = bisect_right(paragraphs, (offset, float("inf"))) - 1
    if index >= 0 and paragraphs[index][0] <= offset < paragraphs[index][1]:
        return paragraphs[index]
    return None


def matching_parenthesis(text: str, opening: int, limit: int) -> int | None:
    """The offset of the ``)`` closing the ``(`` at ``opening``, before ``limit``; None when it is not closed."""
    depth = 0
    for index in range(opening, limit):
        if text[index] == "(":
            depth += 1
        elif text[index] == ")":
            depth -= 1
            if depth == 0:
                return index
    return None


MAX_ITEM_COUNT = 1_000_000


def is_item_count(value) -> bool:
    """A number that can count the items of a set: whole and below a million (``74,9 tỷ baht`` is an amount)."""
    return isinstance(value, int) and 0 < value < MAX_ITEM_COUNT
