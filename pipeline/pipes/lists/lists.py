"""Enumerated lists: the trigger that announces them, their items, and the announced count.

One procedure (guidelines, Lists):

1. **Cues.** Triggers from a count or determiner to a head noun (``6 vấn đề``, ``các giải
   pháp``; heads from ``lists.json``), a count or ``các``/``những`` before any noun (an
   *open* trigger, which needs stronger evidence), and cues with no trigger: an introducer
   with a colon (``gồm:``, ``như:``), a run of item markers (``Thứ nhất, ... Thứ hai, ...``,
   ``1. ...``, bullets).
2. **Region.** Each trigger tries the readers of ``READERS`` in order; the first whose cue is
   there decides where the items are: in parentheses right after the trigger, after an
   introducer in its sentence, on the marked sentences and paragraphs that follow, on the
   following sentences that open with the head and a number (``Giai đoạn 2 ...``) or that
   open alike (``Đối với ... . Đối với ...``), in the
   rest of its sentence when it has semicolons, after a count connector (``trong đó có``),
   in a name series right after a count, or in the next sentence. A bare colon followed by
   names only to its sentence's end (a line-up) introduces them with no trigger.
3. **Cut.** ``cutting.py``: markers, then semicolons, then (only where the list is
   introduced or counted) commas and the final ``và``/``hoặc``; ``shapes.py`` says where a
   name, a predicate or item 1 of a semicolon series begins or ends. The count and the head
   then re-cut what they confirm: one item per person with their post, the first piece of a
   semicolon series cut at its commas when that gives the count, a last ``B và C`` (before a
   name or a title) split when the count wants one more, short pieces joined to the item before them when
   the items open with the head noun.
4. **Run on.** A list cut at markers or semicolons that reaches its paragraph's end runs on
   into paragraphs that continue it (the next marker, or a new parallel measure).
5. **Nest.** A cue inside an item of a list already found makes a list bounded by that item,
   recorded with its parent.
6. **Reconcile.** The announced count is the trigger's number, or the number stated for the
   same head elsewhere in the article (the title counts); it may differ from the items found.
7. **Decide** (only with ``decide=True``, the component's config): ``decision.py``, a logistic
   regression over a few numbers describing each list found, trained on ``corpus/gold``
   (``scripts/train_list_decision.py``), drops the lists it scores below its threshold.

The stage writes span groups: ``doc.spans["lists"]`` (one span per list, from its trigger or
first item to its last item, with ``_.list_head``, ``_.announced_count``, ``_.list_parent``),
``doc.spans["list_triggers"]`` and ``doc.spans["list_items"]``; every span carries the
``_.list_index`` of its list; a list's label is its cue (``trigger``, ``introducer``, ``markers``,
``lines`` or ``series``). ``output.list_records`` builds the JSON records from them.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

import regex
from spacy.attrs import NORM
from spacy.language import Language
from spacy.tokens import Doc, Span

from ...doctools import doc_text, in_boilerplate, iter_lines
from ...grammar import alternation
from ...numerals import vocabulary as numeral_vocabulary
from ...phrases import NUMBER_SLOT, match_keys, phrase_keys
from ...textnorm import match_key
from .cutting import (
    ONE_GROUP,
    Item,
    breakdown_items,
    breakdown_total,
    comma_items,
    cut_items,
    inline_bullet_items,
    inside_quotation,
    leading_number,
    marker_items,
    matching_parenthesis,
    opens_with_bullet,
    opens_with_number,
    quoted_run_end,
    region_end,
    semicolon_items,
    trim,
    without_credit,
)
from .decision import load_decision
from .patterns import (
    count_connector_pattern,
    inline_marker_pattern,
    introducer_pattern,
    line_marker_pattern,
    list_data,
    marker_run_pattern,
    named_introducer_pattern,
    word_marker_pattern,
)
from .shapes import (
    before_predicate,
    enclosing_parenthesis_end,
    items_between,
    name_run,
    noun_at,
    opened_quotation_end,
    opens_a_quotation,
    parallel_start,
    starts_a_name,
    word_count,
    words_of,
)

MAX_ITEM_COUNT = 1_000_000
NAME_OPENING = regex.compile(r"[\p{Lu}“\"«]", regex.V1)
NOT_SPACE = regex.compile(r"\S")
WORD = regex.compile(r"\S+")
LETTERS = regex.compile(r"\p{L}+", regex.V1)
AFTER_OPENING_PHRASE = regex.compile(r"[,:]\s*")  # "Trong đó, ..." / "Cụ thể: ..."
# after a next-sentence introducer: its mark right after it ("Trong đó, ...", "Cụ thể là ..."), or a colon a few words on
# ("Cụ thể các điểm: ..."); "Đó là A, B, ...": a comma further on is the items'
OPENING_PHRASE_MARK = regex.compile(r"\s*[,:]\s*|\s+là(?!\p{L})\s*:?\s*|(?:\s+[^\s,.;:]+){1,4}\s*:(?!\d)\s*", regex.V1)
# "các môn Toán, ...", "ba nước bảo trợ Nga, Iran và ...": a plural or a modifier of one or two words before the names
NAMES_GAP = regex.compile(r"(?:(?:các|những)\s+\p{Ll}+|\p{Ll}+(?:\s+\p{Ll}+)?)\s+(?=\p{Lu})", regex.V1)
RELATION_TAGS = {"E", "C", "CC"}
# words that start a predicate: a gap holding one makes the counted noun the clause's subject
PREDICATE_WORDS = regex.compile(r"\s(?:đã|đều|sẽ|đang|cũng|vẫn|chưa|được|bị|có)\s", regex.V1)  # prepositions and conjunctions: "của", "ở", "và"
# words right after a counted noun that make it the clause's subject ("hai nước có điều kiện ..."); not "đã", "được",
# which also open a relative clause ("3 căn cứ đã nêu")
SUBJECT_PREDICATE = regex.compile(r"\s+(?:có|đều|sẽ|đang|cũng|vẫn)\s", regex.V1)
JOINED_WORD = regex.compile(r"\s+và\s+(?=\p{L})", regex.V1)  # "...; B và C": the final join of a series
JOINING_WORD = regex.compile(r",?\s+(?:và|hoặc)\s+", regex.V1)  # what stands between the last two items of a series
CLAUSE_BREAK = regex.compile(r"[.;!?()]")
PHRASE_BREAK = regex.compile(r"[,.;:!?()]")
COLON = regex.compile(r":(?!\d)")
SPEAKER_WINDOW_WORDS = 8  # how far before a colon a speaker of the lines after it is looked for
NUMBER = regex.compile(r"(?<![\d.,])\d[\d.]*")
NAME_WORDS = r"\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*"
NAME_WORDS_RUN = regex.compile(NAME_WORDS, regex.V1)
HYPHENED_NAMES = regex.compile(rf"{NAME_WORDS}(?:\s*[-–]\s*{NAME_WORDS})+(?![\p{{L}}\d])", regex.V1)  # "Lào- Campuchia- Việt Nam"
QUOTE_OPENINGS = {"“", '"', "«"}
SHARE_UNITS = {"%", "‰"}
QUOTED_HEAD_MORE_TOKENS = 2
INCLUDING = regex.compile(r"\s*cả(?!\p{L})", regex.V1)  # "14 bị can bao gồm cả lãnh đạo xã ...": some of them, not the set
OPENER_VERB = regex.compile(r"\s+(?:có|là)(?=\s)", regex.V1)  # "trong đó có A": "có" goes with the opener
PIECE_INTRODUCER = regex.compile(r"(?:[^\s,;:]+\s+){0,4}?(?:như|là|gồm|bao gồm|gồm có)\s*:?\s+(?=\S)", regex.V1)
# "gồm các ông, bà:", "gồm các huyện:": a plural determiner and the members' kind, restated before their colon
RESTATED_KIND = regex.compile(r"\s*(?:các|những)\s+\p{Ll}+(?:\s*,?\s+\p{Ll}+){0,3}\s*:(?!\d)", regex.V1)
ONE_OF = regex.compile(r"(?<!\p{L})một trong(?: số| những)?\s*$", regex.V1)
QUOTE_CLOSINGS = {"”", '"', "»"}
QUOTATION_SENTENCES = 2  # sentences before marked items in which the quotation holding them may open


@dataclass(frozen=True)
class Trigger:
    """A count or determiner with its head noun; ``open`` when the noun is not a list head of the vocabulary."""

    span: Span
    head: Span  # the head noun at the end of the span
    count: int | None
    open: bool = False
    measure: bool = False  # a count of occurrences (``8 lần``): its items only as a breakdown that adds up to it


@dataclass
class Found:
    """A list before it is written on the Doc: character offsets of its trigger and items."""

    trigger: Item | None
    head: str | None
    count: int | None
    items: list[Item]
    parent: Found | None = None  # the list whose item holds this one
    cue: str = "trigger"  # what announced it: trigger, introducer, markers, lines or series
    labelled: bool = False  # names after a label's colon (``Bologna: A, B, C``): the label counts nothing
    rejected: str = ""  # why a rule turned the list down (``Article.reject``); "" for a list the rules found

    @property
    def extent(self) -> Item:
        return (self.trigger or self.items[0])[0], self.items[-1][1]


@dataclass
class Article:
    """What the readers look up in one Doc: its text, sentences and paragraphs (made per call)."""

    doc: Doc
    text: str
    sentences: list[Item]
    paragraphs: list[Item]
    entity_ranges: list[Item]  # names a comma series never cuts (``Hiệp hội Gỗ và Lâm sản Việt Nam``)
    sentence_starts: list[int] = field(init=False)
    semicolons: list[int] = field(init=False)
    quantity_at: dict[int, Span] = field(init=False)  # the quantities by first token
    date_ranges: list[Item] = field(init=False)
    introducer_searches: dict[int, tuple[int, regex.Match | None]] = field(init=False, default_factory=dict)
    triggers: list[Trigger] = field(init=False, default_factory=list)  # every trigger, in text order
    # lists a rule read and turned down, with the rule's reason: candidates for the learned decision (step 7)
    rejected: list[Found] = field(init=False, default_factory=list)

    def __post_init__(self):
        self.sentence_starts = [start for start, _ in self.sentences]
        self.quantity_at = {q.start: q for q in self.doc.spans.get("quantities", [])}
        self.date_ranges = sorted((d.start_char, d.end_char) for d in self.doc.spans.get("dates", []))
        self.semicolons = [m.start() for m in regex.finditer(";", self.text)]

    def reject(self, trigger: Trigger | None, items: list[Item], reason: str) -> list[Item]:
        """Note a list a rule turned down (two items or more) for the decision; the empty list the reader returns."""
        if len(items) >= 2:
            span = trigger.span if trigger is not None else None
            self.rejected.append(Found((span.start_char, span.end_char) if span is not None else None,
                                       trigger.head.text if trigger is not None else None,
                                       trigger.count if trigger is not None else None, list(items),
                                       cue="trigger" if trigger is not None else "introducer", rejected=reason))
        return []

    def has_semicolon(self, start: int, end: int) -> bool:
        """A ``;`` in ``[start, end)``, found without rescanning the text for every trigger."""
        index = bisect_left(self.semicolons, start)
        return index < len(self.semicolons) and self.semicolons[index] < end

    def introducer_after(self, start: int, end: int) -> regex.Match | None:
        """The first introducer in ``[start, end)``.

        Every trigger of a sentence searches to the sentence's end; a sentence of a thousand
        triggers and no introducer would be scanned a thousand times. The last search up to
        each ``end`` is remembered: from a later start its match still holds when it starts at
        or after that start, and no match before ``end`` stays no match.
        """
        searched_from, found = self.introducer_searches.get(end, (None, None))
        if searched_from is not None and searched_from <= start and (found is None or found.start() >= start):
            return found
        found = introducer_pattern().search(self.text, start, end)
        self.introducer_searches[end] = (start, found)
        return found

    @classmethod
    def of(cls, doc: Doc) -> Article:
        text = doc_text(doc)
        paragraphs = [(s, e) for s, e, line in iter_lines(text) if line.strip()]
        names = sorted((e.start_char, e.end_char) for e in doc.ents)
        return cls(doc, text, [(s.start_char, s.end_char) for s in doc.sents], paragraphs, names)

    def sentence_at(self, offset: int) -> Item:
        return self.sentences[max(0, bisect_right(self.sentence_starts, offset) - 1)]

    def paragraph_at(self, offset: int) -> Item | None:
        index = bisect_right(self.paragraphs, (offset, float("inf"))) - 1
        if index >= 0 and self.paragraphs[index][0] <= offset < self.paragraphs[index][1]:
            return self.paragraphs[index]
        return None

    def paragraphs_after(self, offset: int) -> list[Item]:
        return self.paragraphs[bisect_right(self.paragraphs, (offset, float("inf"))) :]

    def next_word(self, position: int) -> int:
        match = NOT_SPACE.search(self.text, position)
        return match.start() if match else position

    def is_boilerplate(self, start: int, end: int) -> bool:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span is not None and in_boilerplate(span)


@dataclass(frozen=True)
class Bounds:
    """Where a trigger's items may lie: to its sentence's end, and at most to ``limit``
    (its paragraph's end, or the end of the item that holds a nested list)."""

    sentence_end: int
    limit: int
    nested: bool


class ListRecognizer:
    """Write the ``lists``, ``list_triggers`` and ``list_items`` span groups."""

    def __init__(self, nlp: Language, name: str = "lists", decide: bool = False):
        self.name = name
        data = list_data()
        self.decision = load_decision() if decide else None
        self.head_keys = frozenset(match_key(head) for head in data["heads"])
        self.heads = phrase_keys(data["heads"])
        self.head_starts = {keys[0] for keys in self.heads}
        self.determiners = phrase_keys(data["determiners"])
        self.determiner_starts = {keys[0] for keys in self.determiners}
        self.open_determiners = phrase_keys(data["open_determiners"])
        self.next_sentence_introducers = [match_key(p) for p in data["next_sentence_introducers"]]
        self.naming_introducers = {match_key(p) for p in data["next_sentence_naming_introducers"]}
        self.sentence_item_pos = set(data["sentence_item_pos"])
        self.sentence_item_openers = [match_key(p) for p in data["sentence_item_openers"]]
        self.continuation = [match_key(p) for p in data["continuation_openers"]]
        self.elaboration = [match_key(p) for p in data["elaboration_openers"]]
        self.connector_gap = data["count_connector_max_gap"]
        self.parenthesis_gap = data["parenthesis_max_words"]
        self.max_list_chars = data["max_list_chars"]
        self.max_untriggered_item_words = data["max_untriggered_comma_item_words"]
        self.subject_item_words = data["subject_series_max_item_words"]
        self.speech_verbs = [match_key(v) for v in data["speech_verbs"]]
        self.block_introducers = {match_key(p) for p in data["block_introducers"]}
        self.person_openers = [match_key(p) for p in data["person_openers"]]
        self.person_titles = [match_key(p) for p in [*data["person_titles"], *data["person_openers"]]]
        self.label_words = {match_key(w) for w in data["label_words"]}
        self.contrast_openers = [match_key(w) for w in data["contrast_openers"]]
        self.parallel_openers = [match_key(w) for w in data["parallel_openers"]]
        self.numbered_ordinal = regex.compile(data["numbered_sentence_ordinals"], regex.V1 | regex.IGNORECASE)
        self.numbered_lead_ins = [match_key(p) for p in data["numbered_sentence_lead_ins"]]
        self.head_part_words = data["head_item_part_max_words"]
        self.plural_determiners = [match_key(p) for p in data["open_determiners"]]
        self.name_connectors = {match_key(p) for p in data["count_connectors_of_names"]}
        self.credit_connectors = {match_key(p) for p in data["count_connectors_of_credit"]}
        self.counted_introducers = {match_key(p) for p in data["counted_introducers"]}
        self.head_modifier_words = data["head_modifier_max_words"]
        numerals = numeral_vocabulary()
        # "147 tỷ đồng (...)", "2 ngày (20, 21-5)": a count of a measure announces no set.
        self.measure_heads = {match_key(w) for w in [*numerals["measure_units"], *numerals["digit_multipliers"]]}
        self.kind_measures = {match_key(w) for w in data["kind_measures"]}
        anaphors = "|".join(regex.escape(w) for w in sorted(data["anaphoric_words"], key=len, reverse=True))
        self.anaphoric = regex.compile(rf"(?:\s+[\p{{L}}\d]+){{0,2}}?\s+(?:(?:{anaphors})(?=\s*[,.;:!?)])|trên(?=\s*,))", regex.I)
        self.speaker_words = set(data["speaker_words"])  # as written: lowercase words, never "Bà Rịa"
        self.approximate_counts = {match_key(w) for w in numerals["approximate_counts"]}
        self.year_range = data["year_range"]
        self.year_words = {match_key(w) for w in data["year_words"]}
        self.series_elaboration = [match_key(p) for p in data["elaboration_openers"] if p not in data["series_joining_openers"]]
        self.min_colon_names = data["colon_names_min_items"]
        self.name_words = data["name_item_max_words"]
        self.parenthesis_place_words = {match_key(word) for word in data["parenthesis_place_words"]}
        self.event_units = {match_key(w) for w in data["event_count_units"]}
        self.credit_words = data["credit_max_words"]
        self.negations = {match_key(w) for w in data["negations"]}
        self.comparison_openers = [match_key(w) for w in data["parenthesis_comparison_openers"]]
        self.number_words = {match_key(w): v for w, v in numerals["digits"].items() if v > 1}
        self.homograph_counts = {match_key(w): numerals["digits"][w] for w in numerals["digit_noun_homographs"]["words"]}
        self.year_noun_before = {match_key(w) for w in data["year_noun_before"]}
        self.forecast_words = regex.compile(rf"(?<!\p{{L}})(?:{alternation(data['forecast_words'])})(?!\p{{L}})", regex.V1 | regex.IGNORECASE)

    def __call__(self, doc: Doc) -> Doc:
        article, found = self.candidates(doc)
        if self.decision is not None:
            found = self.decision.keep(article, found, self.head_keys)  # 7. decide (decision.py)
        else:
            found = [record for record in found if not record.rejected]
        write_span_groups(doc, found)
        return doc

    def candidates(self, doc: Doc) -> tuple[Article, list[Found]]:
        """Steps 1-6: the lists the rules find, with their counts reconciled, then (marked ``rejected``) the
        lists a rule read and turned down that overlap no list found and no other such list."""
        article = Article.of(doc)
        triggers = self.find_triggers(doc)
        article.triggers = triggers
        found = self.find_lists(article, triggers)
        self.fill_announced_counts(article, found, triggers)
        taken = [record.extent for record in found]
        for record in article.rejected:
            start, end = record.extent
            if record.items == sorted(record.items) and not any(a < end and start < b for a, b in taken):
                taken.append((start, end))
                found.append(record)
        return article, sorted(found, key=lambda r: r.items[0][0])

    # ---- 1. cues ----------------------------------------------------------------
    def find_lists(self, article: Article, triggers: list[Trigger]) -> list[Found]:
        """Try every cue in text order; a cue inside an item of a list already found nests in it."""
        cues: list[tuple[int, Trigger | regex.Match]] = [(t.span.start_char, t) for t in triggers]
        cues += [(m.start(), m) for m in named_introducer_pattern().finditer(article.text)]
        cues += [(m.start(), m) for m in marker_run_pattern().finditer(article.text)]
        introduced_colons = {m.end() - 1 for _, m in cues if isinstance(m, regex.Match)}
        cues += [(m.start(), m) for m in COLON.finditer(article.text) if m.start() not in introduced_colons]
        cues.sort(key=lambda cue: cue[0])
        next_trigger_start = {id(t): (triggers[i + 1].span.start_char if i + 1 < len(triggers) else len(article.text))
                              for i, t in enumerate(triggers)}
        found: list[Found] = []
        active: list[Found] = []  # the lists found whose extent reaches past the cue (their nesting depth)
        for position, cue in cues:
            active = [record for record in active if record.extent[1] > position]
            container = self.container_of(active, position)
            if container is False:
                continue
            parent, item_end = container if container else (None, None)
            nested = item_end is not None
            # Every cue may read the rest of its sentence: the cap keeps a sentence of many cues linear.
            limit: int = item_end if item_end is not None else position + self.max_list_chars
            if isinstance(cue, Trigger):
                record = self.list_of_trigger(article, cue, limit, nested, next_trigger_start[id(cue)])
            elif cue.re is named_introducer_pattern():
                record = self.list_after_bare_introducer(article, cue, limit, nested)
            elif cue.re is COLON:
                record = self.names_after_colon(article, cue, limit)
            else:
                record = self.list_of_marker_run(article, cue, limit if nested else None)
            if record is not None and len(record.items) >= 2 and not any(record.items[0] in other.items for other in active):
                record.parent = parent  # ("như sau:" then "1. ...": the marker run is the introducer's list, found once)
                found.append(record)
                active.append(record)
        found.extend(self.marked_line_lists(article, found))
        found.extend(self.semicolon_series_lists(article, found))
        return sorted(found, key=lambda r: r.items[0][0])

    def semicolon_series_lists(self, article: Article, found: list[Found]) -> list[Found]:
        """Semicolon series with no cue before them: the last resort, in the sentences whose semicolons
        no list found already holds (a trigger later in the sentence, ``..., thống nhất các giải pháp,
        đó là: A; B``, keeps its list). A list found inside one of the series' items becomes its
        nested list (``Trong đó tập trung A; chú trọng các sản phẩm như: x, y; C``)."""
        taken = sorted(record.extent for record in found)
        starts, reach, furthest = [start for start, _ in taken], [], -1
        for _, end in taken:
            furthest = max(furthest, end)
            reach.append(furthest)  # the furthest end of the lists starting up to here
        lists = []
        for semicolon in first_semicolons(article):
            sentence = article.sentence_at(semicolon.start())
            if self.semicolons_held(article, sentence, starts, reach):
                continue
            if (record := self.list_of_semicolon_series(article, semicolon, sentence[1], nested=False)) is not None:
                lists.append(record)
                self.adopt_nested(record, found)
        return lists

    @staticmethod
    def semicolons_held(article: Article, sentence: Item, starts: list[int], reach: list[int]) -> bool:
        """True when a list found reaches over a semicolon of ``sentence``."""
        for offset in (o for o in article.semicolons[bisect_left(article.semicolons, sentence[0]) :] if o < sentence[1]):
            before = bisect_right(starts, offset) - 1
            if before >= 0 and reach[before] > offset:
                return True
        return False

    @staticmethod
    def adopt_nested(series: Found, found: list[Found]) -> None:
        """Lists found inside one item of ``series`` (and nested in nothing else) become its children."""
        for record in found:
            start, end = record.extent
            if record.parent is None and any(a <= start and end <= b for a, b in series.items):
                record.parent = series

    @staticmethod
    def container_of(active: list[Found], position: int):
        """None when ``position`` is outside every list found; (that list, its item's end) when it is
        inside an item; False when it is inside a list but not in an item (its trigger, a marker)."""
        container = None
        for record in active:
            start, end = record.extent
            if not start <= position < end:
                continue
            item = next(((s, e) for s, e in record.items if s <= position < e), None)
            if item is None:
                return False
            container = (record, item[1])  # the innermost list holding the position wins
        return container

    def find_triggers(self, doc: Doc) -> list[Trigger]:
        """Count + head (counts from the quantities) and determiner + head, in text order.

        A count or open determiner before a noun that is not a list head makes an open
        trigger: it needs a colon, markers, parentheses or a count that the items match.
        """
        triggers: dict[int, Trigger] = {}
        for quantity in doc.spans.get("quantities", []):
            if quantity._.value_max is not None or quantity.end >= len(doc) or not is_item_count(quantity._.value):
                continue
            if quantity._.unit in SHARE_UNITS:
                continue  # "lên đến 90% giá trị xe": a share of a whole, not a count of items
            if self.measured(quantity):
                # "11kg thực phẩm gồm: ...": a weight of the goods, not a count of them; kept as a measure, which
                # announces only a breakdown adding up to it and still bounds the introducers of the counts before it
                if (end := noun_at(doc, quantity.end)) is not None:
                    triggers[quantity.start] = Trigger(doc[quantity.start : end], doc[quantity.end : end], quantity._.value,
                                                       open=True, measure=True)
                continue
            if self.reads_as_year(doc, quantity) or second_of_a_pair(doc_text(doc), quantity.start_char):
                continue  # "năm 2017", "tỷ lệ 1/500 bến xe", "Celta Vigo 1-4 Real Madrid": no count of items
            # "hàng trăm loài chim": a trigger, but the article states no number of items
            count = None if match_key(quantity.text) in self.approximate_counts else quantity._.value
            if (end := self.head_at(doc, quantity.end)) is not None:
                triggers[quantity.start] = Trigger(doc[quantity.start : end], doc[quantity.end : end], count)
            elif (end := noun_at(doc, quantity.end)) is not None and match_key(doc[quantity.end : end].text) not in self.measure_heads:
                triggers[quantity.start] = Trigger(doc[quantity.start : end], doc[quantity.end : end], count, open=True)
            elif end is not None and match_key(doc[quantity.end : end].text) in self.kind_measures and (kind := noun_at(doc, end)):
                # "5 mẫu xe là GS200t, ES250, ...": a measure word that is also a noun of kind counts the kind it names
                triggers[quantity.start] = Trigger(doc[quantity.start : kind], doc[quantity.end : kind], count, open=True)
            elif end is not None and match_key(doc[quantity.end : end].text) in self.event_units and count is not None:
                # "quẹt thẻ 8 lần trong đó có 2 ... và 6 ...": a count of occurrences, a list only as its breakdown
                triggers[quantity.start] = Trigger(doc[quantity.start : end], doc[quantity.end : end], count, open=True, measure=True)
            elif (quoted := self.quoted_noun_at(doc, quantity.end)) is not None:
                triggers[quantity.start] = Trigger(doc[quantity.start : quoted[1]], doc[quantity.end + 1 : quoted[0]], count, open=True)
        starts = {doc.vocab.strings[word] for word in self.determiner_starts}
        for i, norm in enumerate(doc.to_array(NORM).tolist()):  # hashes, without a Token per syllable
            if norm in starts and i not in triggers and (trigger := self.determined_trigger(doc, i)) is not None:
                triggers[i] = trigger
        return [triggers[i] for i in sorted(triggers)]

    def measured(self, quantity: Span) -> bool:
        """The quantity carries a measure unit fused to its span (``11kg``, ``1.500ha``): an amount, never a count."""
        unit = quantity._.unit
        return bool(unit) and match_key(unit) in self.measure_heads and match_key(quantity.text).endswith(match_key(unit))

    def reads_as_year(self, doc: Doc, quantity: Span) -> bool:
        """``Năm du lịch Yên Bái 2017 quy tụ ...``, ``năm 2017``: four digits in ``year_range`` after a
        capitalised word or a year word name a year, not a count of items."""
        low, high = self.year_range
        if not (quantity.text.isdigit() and len(quantity.text) == 4 and low <= quantity._.value < high):
            return False
        if quantity.start == 0:
            return False
        before = doc[quantity.start - 1]
        return before.text[:1].isupper() or match_key(before.text) in self.year_words

    def determined_trigger(self, doc: Doc, i: int) -> Trigger | None:
        if (quoted := self.quoted_noun_at(doc, i + 1)) is not None and (count := self.number_words.get(doc[i].norm_)):
            return Trigger(doc[i : quoted[1]], doc[i + 2 : quoted[0]], count, open=True)  # "Hai “đại gia” Internet ..."
        norm, number = doc[i].norm_, doc[i].like_num  # a phrase is matched only where its first key does
        for keys in self.determiners:
            if not (number if keys[0] == NUMBER_SLOT else keys[0] == norm):
                continue
            det_end = match_keys(doc, i, keys)
            if det_end is not None and det_end < len(doc) and (end := self.head_at(doc, det_end)) is not None:
                return Trigger(doc[i:end], doc[det_end:end], self.homograph_count(doc, i, det_end))
        for keys in self.open_determiners:
            if not (number if keys[0] == NUMBER_SLOT else keys[0] == norm):
                continue
            det_end = match_keys(doc, i, keys)
            if det_end is not None and (end := noun_at(doc, det_end)) is not None:
                return Trigger(doc[i:end], doc[det_end:end], None, open=True)
        return None

    def homograph_count(self, doc: Doc, i: int, end: int) -> int | None:
        """``năm trụ cột``: the count of a digit word that is also a noun (``năm``, which the quantities stage never
        reads), unless the word before makes it the noun: a number or a word of ``year_noun_before`` (``20 năm hoạt
        động``, ``là năm đột phá``)."""
        count = self.homograph_counts.get(doc[i].norm_) if end == i + 1 else None
        if count is None:
            return None
        before = next((token for token in reversed(doc[:i]) if not token.is_space), None)
        if before is not None and (before.like_num or match_key(before.text) in self.year_noun_before | self.number_words.keys()):
            return None
        return count

    @staticmethod
    def quoted_noun_at(doc: Doc, i: int) -> tuple[int, int] | None:
        """A noun in quotation marks at token ``i`` (``“đại gia”``, ``“ông lớn”``: a noun and up to two more
        syllables): (the end of the quoted words, the end of the closing mark), or None."""
        if i + 1 >= len(doc) or doc[i].text not in QUOTE_OPENINGS:
            return None
        end = noun_at(doc, i + 1)
        if end is None:
            return None
        last = min(len(doc), end + QUOTED_HEAD_MORE_TOKENS + 1)  # "“ông lớn”", "“gã khổng lồ”": a noun and its modifier
        end = next((j for j in range(end, last) if doc[j].text in QUOTE_CLOSINGS or not doc[j].is_alpha), None)
        if end is None or doc[end].text not in QUOTE_CLOSINGS:
            return None
        return end, end + 1

    def head_at(self, doc: Doc, i: int) -> int | None:
        """End of a head noun of the vocabulary starting at token ``i``."""
        if doc[i].norm_ not in self.head_starts:
            return None
        for keys in self.heads:
            if (end := match_keys(doc, i, keys)) is not None:
                return end
        return None

    # ---- 2. regions --------------------------------------------------------------
    def list_of_trigger(self, article: Article, trigger: Trigger, limit: int, nested: bool, next_trigger: int) -> Found | None:
        """The list a trigger introduces, from the first reader whose cue is there; None when the
        article never gives its items."""
        span = trigger.span
        paragraph = article.paragraph_at(span.start_char)
        if paragraph is None or in_boilerplate(span) or trigger.count == 1:
            return None  # "sử dụng 1 tổ hợp D01 gồm các môn: ...": one counts no set of two items or more
        if self.anaphoric.match(article.text, span.end_char):
            return None  # "Ngoài 6 điểm cộng trên, ... khác như: ...": a set already given, not the one that follows
        bound = min(limit, paragraph[1])
        sentence = article.sentence_at(span.end_char - 1)
        if (closing := enclosing_parenthesis_end(article.text, sentence[0], span.start_char, sentence[1])) is not None:
            bound = min(bound, closing)  # "(giảm 13 điểm); kỳ hạn ...": a trigger in parentheses stays in them
        if (closing := opened_quotation_end(article.text, span.start_char, sentence[1])) is not None:
            bound = min(bound, closing)  # 'Phim "50 sắc thái: Đen" được ...': a trigger opening a quotation (a title) stays in it
        sentence_end = min(sentence[1], bound)
        bounds = Bounds(sentence_end, bound, nested)
        for reader in READERS if not trigger.measure else (ListRecognizer.after_connector,):
            items = reader(self, article, trigger, bounds, next_trigger)
            if trigger.measure and items and breakdown_total(article.text, items) != trigger.count:
                return None
            if items is not None:
                items = self.before_a_sibling_count(article.text, trigger, items)
                items = self.items_the_count_confirms(article, trigger, items, bounds.sentence_end)
                items = self.items_that_repeat_the_head(article, trigger, items)
                return self.found(trigger, items) if len(items) >= 2 else None
        return None

    @staticmethod
    def before_a_sibling_count(text: str, trigger: Trigger, items: list[Item]) -> list[Item]:
        """Members of a counted noun end before an item that counts the same noun again (``3 bài thi độc lập là:
        Toán, Ngữ văn, Ngoại ngữ và 2 bài thi tổ hợp là ...``): that item is the next group of a breakdown, not a
        member. Items that all open with a number (a breakdown) are kept."""
        if trigger.count is None or not items or opens_with_number(text, items[0]):
            return items
        head = match_key(trigger.head.text)
        for index, item in enumerate(items[1:], 1):
            number = NUMBER.match(text, item[0], item[1])
            if number and match_key(text[number.end() : item[1]].lstrip()).startswith(head + " "):
                return items[:index]
            if number and index == trigger.count and ":" in text[item[0] : item[1]]:
                return items[:index]  # "7 Sở Y tế: A, ..., G và 12 bệnh viện Trung ương gồm: ...": the next count's introducer
        return items

    def items_the_count_confirms(self, article: Article, trigger: Trigger, items: list[Item], end: int) -> list[Item]:
        """Items re-cut where the announced count shows how: people with their posts one item per person
        (``4 chuyên gia gồm: Tiến sĩ A, Trưởng khoa X, ...``, annotation note 32; the last person's post
        after the final ``và`` too), a first piece of a semicolon series cut at its commas when that gives
        the count (the rest adds to what was counted), and a last piece ``B và C`` of a semicolon series
        split at its ``và`` when the count wants one more item. ``end``: where the items' sentence ends."""
        count, text = trigger.count, article.text
        if count is None or len(items) < 2:
            return items
        starts = [i for i, item in enumerate(items) if self.opens_a_person(article, item)]
        if len(items) > count and len(starts) == count and starts[0] == 0:
            people = [(items[i][0], items[j - 1][1]) for i, j in zip(starts, [*starts[1:], len(items)])]
            return [*people[:-1], self.with_post(article, people[-1], end)]
        if len(starts) == len(items) == count:
            return [*items[:-1], self.with_post(article, items[-1], end)]
        if len(items) < count and ";" in text[items[0][1] : items[1][0]]:
            first = comma_items(text, items[0][0], items[0][1], article.entity_ranges)
            if len(first) == count:
                return first  # "5 người, gồm: A, B, C, D và E; ngoài ra còn có F": the count is of the first piece
        if len(items) + 1 == count and ";" in text[items[0][1] : items[-1][0]]:
            last = items[-1]
            joint = self.joint_before_member(article, last)
            if joint is not None:
                return [*items[:-1], trim(text, last[0], joint.start()), trim(text, joint.end(), last[1])]
        return items

    def joint_before_member(self, article: Article, item: Item) -> regex.Match | None:
        """The ``và`` of ``B và C`` that joins one more member: before a name (``Iran và Thổ Nhĩ Kỳ``) or a
        person's title (``BS A, gây mê và điều dưỡng B, phụ mê``)."""
        text = article.text
        for joint in JOINED_WORD.finditer(text, item[0], item[1]):
            if text[joint.end()].isupper() or self.opens_a_person(article, (joint.end(), item[1])):
                return joint
        return None

    def items_that_repeat_the_head(self, article: Article, trigger: Trigger, items: list[Item]) -> list[Item]:
        """``những kiến thức ... gồm: Kiến thức về kỹ năng nghe, nói, đọc, viết và các kiến thức chuyên ngành
        ...``: when the first item and at least one more open with the trigger's head noun, each item runs
        from one such opening to the next (the commas between are inside the items), when the pieces between
        are short and the count, if any, agrees."""
        head = match_key(first_word(trigger.head).text)
        text = article.text
        starts = [i for i, (s, _) in enumerate(items) if self.opens_with_noun(text, s, head)]
        if len(starts) < 2 or starts[0] != 0 or len(starts) == len(items):
            return items
        if trigger.count is not None and len(starts) != trigger.count:
            return items  # "7 đội: Đội tuyển A, tuyển trẻ B, ..., đội tuyển C": the count says the pieces are items
        if any(word_count(text, item) > self.head_part_words for i, item in enumerate(items) if i not in starts):
            return items  # "Công ty A, Tổng Công ty B, Công ty C": the pieces between are items of their own
        return [(items[i][0], items[j - 1][1]) for i, j in zip(starts, [*starts[1:], len(items)])]

    def opens_with_noun(self, text: str, start: int, noun: str) -> bool:
        """The text at ``start`` opens with ``noun``, after a plural determiner (``các kiến thức``)."""
        opening = match_key(text[start : start + len(noun) + 10])
        for determiner in ("", *self.plural_determiners):
            phrase = f"{determiner} {noun}".strip()
            if opening.startswith(phrase) and not opening[len(phrase) : len(phrase) + 1].isalpha():
                return True
        return False

    def name_of(self, article: Article, item: Item) -> Item:
        """The name that opens ``item``, with the parenthesis right after it (``Lý Văn Trường (7 tuổi)``)."""
        run = name_run(article.doc, item)
        text = article.text
        opening = article.next_word(run[1])
        if opening < item[1] and text[opening] == "(" and (close := matching_parenthesis(text, opening, item[1])) is not None:
            return item[0], close + 1
        return run

    def names_to_series_end(self, article: Article, items: list[Item]) -> list[Item]:
        """Names in a series up to the first item that goes on after its name (``Omar, Uche ở các phút 46, 48``)."""
        names = []
        for item in items:
            if not NAME_OPENING.match(article.text, item[0]):
                break
            names.append(self.name_of(article, item))
            if names[-1] != item:
                break
        return names

    def with_post(self, article: Article, person: Item, end: int) -> Item:
        """The last person of a list, when the item is a bare name, with the post written after it to the
        sentence's end (``... và tiến sĩ C, Phó trưởng khoa Cấp cứu.``), when that is a short phrase."""
        text = article.text
        rest = text[person[1] : end]
        if "(" in text[person[0] : person[1]] or self.name_after_title(article, person) != person:
            return person  # "Vũ Văn Hoàn (sinh năm 1986, ...) liên quan đến ...": the item already says more
        if not rest.startswith(",") or ";" in rest or len(rest.split()) > self.max_untriggered_item_words:
            return person
        return trim(text, person[0], end)

    def name_after_title(self, article: Article, item: Item) -> Item:
        """The title and name that open ``item`` (``tiến sĩ Nguyễn Văn Chi``)."""
        title = self.title_of(article, item)
        if not title:
            return name_run(article.doc, item)
        start = article.next_word(item[0] + len(title))
        return (item[0], name_run(article.doc, (start, item[1]))[1]) if start < item[1] else item

    def opens_with_title(self, article: Article, item: Item) -> bool:
        """``ông Cao Minh Phương - Trưởng phòng ...``: a title or form of address before a capitalised name."""
        title = self.title_of(article, item)
        return bool(title) and (rest := article.next_word(item[0] + len(title))) < item[1] and article.text[rest].isupper()

    def opens_a_person(self, article: Article, item: Item) -> bool:
        """``Tiến sĩ Nguyễn Hữu Dũng``, ``ông A``, ``Phàng Thị Chú (sinh năm 1978)``: a title before a name,
        or a name of two words or more that is the whole item before its parenthesis."""
        if self.title_of(article, item):
            return self.opens_with_title(article, item)
        text = article.text
        before = text.find("(", item[0], item[1])
        if before < 0:
            return False  # "Ngọc Lâm, Hoàng Như Tiếp, Cổ Linh và ...": bare names may be places
        head = trim(text, item[0], before)
        span = article.doc.char_span(*head, alignment_mode="expand")
        if span is None or len(span) == 0 or span[0].tag_ != "Np":
            return False  # "Trưởng khoa Thận nhân tạo": a post, capitalised too
        run = name_run(article.doc, head)
        return run[1] >= head[1] and len(text[head[0] : head[1]].split()) >= 2

    def found(self, trigger: Trigger, items: list[Item]) -> Found:
        span = trigger.span
        return Found((span.start_char, span.end_char), trigger.head.text, trigger.count, items)

    def in_parentheses(self, article: Article, trigger: Trigger, bounds: Bounds, next_trigger: int) -> list[Item] | None:
        """``10 đầu mối (thôn, bản, ...)``, ``5 xã điểm (A; B và C)``, ``638 TCCSĐ (gồm: 273 đảng bộ, ...)``:
        a parenthesis opening within a few words of the trigger holds its items."""
        text, span = article.text, trigger.span
        if match_key(span[-1].text) in self.measure_heads:
            return None
        opening = text.find("(", span.end_char, bounds.sentence_end)
        if opening < 0 or len(text[span.end_char:opening].split()) > self.parenthesis_gap:
            return None
        if PHRASE_BREAK.search(text, span.end_char, opening) or self.joins_a_clause(article, span.end_char, opening):
            return None
        if text[span.end_char:opening].strip() and starts_a_name(text, opening):
            return None  # "50 hộ ở xã Phú Sơn (Tân Phú, Đồng Nai)": the parenthesis belongs to the name
        if self.locates(text, span.end_char, opening):
            # "các con ngõ ở phố cổ (quận Hoàn Kiếm, Hà Nội)": the parenthesis says where the place is; the trigger,
            # its noun placed, announces nothing after it either ("các cầu thủ ở Tây Ban Nha trốn thuế (Theo VTV): ...")
            return []
        close = matching_parenthesis(text, opening, bounds.sentence_end)
        if close is None or (colon := text.find(":", opening, close)) >= 0 and self.labels_a_credit(text, colon):
            return None  # "(Ảnh: Reuters, AP)": a credit, not members
        start = self.after_connector_word(article, opening + 1, close)
        if self.opens_with(text, (start, close), self.comparison_openers):
            return []  # "518 đối tượng (tăng 278 vụ, 389 đối tượng)": a comparison with other figures
        if trigger.count is not None and (items := breakdown_items(text, start, close)) and len(items) >= 2 and parts_of(text, items, trigger.count):
            return items
        items = items_between(text, start, close, article.entity_ranges)
        if any(word_count(text, (s, e)) > self.max_untriggered_item_words for s, e in items):
            return []  # clauses in parentheses are an aside, not the set's members
        # "6 điểm cộng của Google Pixel và iPhone (iPhone 6 Plus) ...": one name in parentheses is an aside, no
        # members; the items may still follow (the numbered lines after the sentence)
        return items if len(items) >= 2 else None

    @staticmethod
    def joins_a_clause(article: Article, start: int, end: int) -> bool:
        """A ``và`` before a verb between the trigger and a parenthesis joins another clause, whose noun the
        parenthesis belongs to (``theo 3 giai đoạn và phân loại theo khu vực (quận, huyện)``)."""
        words = words_of(article.doc, (start, end))
        return any(match_key(word.text) == "và" and following[0].tag_.startswith("V")
                   for word, following in zip(words, words[1:]))

    def locates(self, text: str, start: int, end: int) -> bool:
        """The words from ``start`` to ``end`` hold a preposition of place (``ở``, ``tại``: ``parenthesis_place_words``)."""
        return any(match_key(word) in self.parenthesis_place_words for word in LETTERS.findall(text, start, end))

    def after_introducer(self, article: Article, trigger: Trigger, bounds: Bounds, next_trigger: int) -> list[Item] | None:
        """Items after ``đó là:``, ``gồm``, ``như:``, ``như sau:`` or a colon in the trigger's sentence. An introducer
        after a nearer trigger is that trigger's, except where the nearer ones are only ``các``/``những`` with a noun,
        no predicate stands between, and the items are as many as this trigger counts (``3 món ăn từ các nguyên liệu
        ..., là: A, B và C``, ``ba vấn đề ... của các ứng cử viên ... là: A, B, và C``)."""
        items = self.introduced_items_of(article, trigger, bounds, next_trigger)
        if items is None and self.outranks_nearer_triggers(article, trigger, bounds, next_trigger):
            beyond = self.introduced_items_of(article, trigger, bounds, len(article.text))
            if beyond and len(beyond) == trigger.count:
                return beyond
        return items

    def outranks_nearer_triggers(self, article: Article, trigger: Trigger, bounds: Bounds, next_trigger: int) -> bool:
        """``trigger`` counts, and the triggers between it and the introducer of its sentence after ``next_trigger``
        are all uncounted plurals (``các vụ``), with no predicate or clause break between it and the introducer."""
        text, span = article.text, trigger.span
        if trigger.count is None or trigger.count < 2 or trigger.measure:
            return False
        intro = article.introducer_after(span.end_char, article.sentence_at(span.end_char - 1)[1])
        if intro is None or intro.start() < next_trigger or intro.end() > bounds.sentence_end:
            return False
        gap = text[span.end_char : intro.start()]
        if CLAUSE_BREAK.search(gap) or PREDICATE_WORDS.search(f" {gap} ") or count_connector_pattern().search(gap):
            return False  # "hai hoạt động, trong đó nổi lên các nội dung về ...": a part of the count, another noun's series
        nearer = [t for t in article.triggers if span.end_char <= t.span.start_char < intro.end()]
        return bool(nearer) and all(t.open and t.count is None and t.span.end_char <= intro.start() for t in nearer)

    def introduced_items_of(self, article: Article, trigger: Trigger, bounds: Bounds, next_trigger: int) -> list[Item] | None:
        text, span = article.text, trigger.span
        # Searched to the sentence's own end, the same for every trigger in it, so the search is remembered.
        intro = article.introducer_after(span.end_char, article.sentence_at(span.end_char - 1)[1])
        if intro is None or intro.end() > bounds.sentence_end or intro.start() >= next_trigger:
            return None  # no introducer, or it belongs to the nearer trigger
        if self.negated(text, intro.start()):
            return None  # "Kế hoạch 4 điểm ... không bao gồm việc ...": what the set leaves out, not its members
        has_colon = text[intro.start() : intro.end()].rstrip().endswith(":")
        if not has_colon and trigger.count is not None and self.introduces_a_later_noun(article, span, intro):
            return None  # "Thư gồm 8 điểm về ..., kèm theo khuyến nghị đó là A và B": the khuyến nghị's, not the 8 points
        start = intro.end()
        if not has_colon and (restated := RESTATED_KIND.match(text, start, bounds.sentence_end)) is not None:
            start, has_colon = restated.end(), True  # "4 thứ trưởng gồm các ông, bà: A; B; ...": the colon is the introducer's
        if has_colon and (self.reports_speech(text, intro.start()) or self.labels_a_credit(text, start - 1)
                          or opens_a_quotation(text, start, bounds.sentence_end)):
            return None
        if trigger.open and not has_colon:
            gap = text[span.end_char : intro.start()].strip(" ,")
            counted = match_key(intro.group(0).strip()) in self.counted_introducers and not INCLUDING.match(text, start)
            if trigger.count is None or gap and not (counted and self.modifies_the_head(text, span.end_char, intro.start())):
                return None
            items, cut = cut_items(text, start, bounds.sentence_end, introduced=True, keep=article.entity_ranges)
            if items and opens_with_number(text, items[0]) and not self.is_breakdown(text, items, trigger.count):
                return []  # "3 lô hàng gồm 29 container, mỗi thùng ...", "3 người, gồm 2 trẻ em, sau đó ...": no parts of the count
            items = self.items_the_count_confirms(article, trigger, items, bounds.sentence_end)
            if cut == "commas":
                items = self.counted_names(article, trigger, items)  # "ba đối thủ nặng ký gồm A, B và C để nhận ..."
            if counted and cut == "commas" and 2 <= len(items) < trigger.count and self.short_series(text, items, self.subject_item_words):
                return items  # "7 thương vụ đó bao gồm A, B, C và D, nhưng ...": a count and "gồm" announce them; both are recorded
            # "5 cầu thủ dự bị, gồm Minh và Tuấn": no list; "4 người gồm BS A, ...; BS B, ...; ...": the count agrees
            return items if len(items) == trigger.count else article.reject(trigger, items, "count_disagrees")
        if self.is_example_clause(article, intro, span):
            end = text.find(";", start, bounds.sentence_end)
            return self.introduced_items(article, start, end if end >= 0 else bounds.sentence_end, bounds)[0]
        items, cut = self.introduced_items(article, start, bounds.sentence_end, bounds)
        if cut == "commas" and trigger.count is not None:
            items = counted_in_own_sentence(text, items, trigger.count, bounds.sentence_end)
        if cut in ("commas", "semicolons"):
            items = without_word_markers(text, items)
        if cut == "commas":
            items = self.counted_names(article, trigger, items)
        if trigger.open and trigger.count is not None and not has_colon and len(items) != trigger.count:
            return article.reject(trigger, items, "count_disagrees")
        if cut == "commas" and trigger.open and trigger.count is None and not self.short_series(text, items):
            return article.reject(trigger, items, "long_items")  # "những người ... của mình: Tổng thống phải ..., phán quyết nêu rõ ...": clauses
        if cut == "commas" and trigger.count is None and not has_colon and match_key(intro.group(0).strip()) in self.counted_introducers:
            # "nhiều nhóm phiến quân gồm A và B": "gồm" with no colon needs a count or semicolons (annotation note 31)
            return article.reject(trigger, items, "uncounted_gom")
        return items

    @staticmethod
    def introduces_a_later_noun(article: Article, trigger: Span, intro: regex.Match) -> bool:
        """An introducer with no colon in a later clause of the trigger's sentence (a comma between them) right
        after a noun of that clause: it introduces that noun (``gồm 8 điểm về ..., kèm theo khuyến nghị đó là ...``),
        not the counted one. Right after a comma (``14 cầu thủ ... dưới 26, bao gồm A, B``) it is still the trigger's."""
        text = article.text
        if "," not in text[trigger.end_char : intro.start()].strip(" ,"):
            return False
        before = article.doc.char_span(trigger.end_char, intro.start(), alignment_mode="contract")
        words = [t for t in before if not t.is_space] if before is not None else []
        return bool(words) and words[-1].tag_.startswith("N")

    def counted_names(self, article: Article, trigger: Trigger, items: list[Item]) -> list[Item]:
        """``hai huyện: Bảo Lâm và Di Linh để triển khai thí điểm``: when the count's first items are bare names (or a
        title and a name: ``Đại úy Quách Anh Tuấn``) and the last it counts opens with a name (or a title and a name) and
        goes on in lowercase words, the series ends with that name (and a
        parenthesis right after it); what follows, and any sentence run on after it, is no member."""
        count = trigger.count
        if count is None or not 2 <= count <= len(items):
            return items
        if not all(self.is_bare_name(article, item) or self.is_titled_name(article, item) for item in items[: count - 1]):
            return items
        last = items[count - 1]
        if self.is_bare_name(article, last) or self.is_titled_name(article, last):
            return items
        if any(item[0] < article.sentence_at(last[0])[1] for item in items[count:]):
            return items  # "2 thành viên gồm: Trưởng đoàn, Phó trưởng đoàn, thư ký ...": the series goes on past the count
        title_end = last[0]
        if self.opens_with_title(article, last):
            title_end = article.next_word(last[0] + len(self.title_of(article, last)))  # "Trung úy Nguyễn Cường Quyền (...) nghe ..."
        elif not NAME_OPENING.match(article.text, last[0]):
            return items
        name = self.name_of(article, (title_end, last[1]))
        rest = article.text[name[1] : last[1]].lstrip()
        if not 2 <= word_count(article.text, name) <= self.name_words or not rest[:1].islower():
            return items  # "Phó trưởng đoàn": one capitalised word opening a post, no name
        return [*items[: count - 1], (last[0], name[1])]

    def is_titled_name(self, article: Article, item: Item) -> bool:
        """A title and a name and nothing more (``Đại úy Quách Anh Tuấn``)."""
        return self.opens_with_title(article, item) and self.name_after_title(article, item) == item

    def title_of(self, article: Article, item: Item) -> str:
        """The title that opens ``item`` (a key of ``person_titles``), or ``""``."""
        opening = match_key(article.text[item[0] : item[0] + 20])
        return next((t for t in self.person_titles if opening.startswith(t + " ")), "")

    def negated(self, text: str, position: int) -> bool:
        """The word before ``position`` negates the introducer there (``không bao gồm``, ``chưa gồm``)."""
        words = LETTERS.findall(text, max(0, position - 12), position)
        return bool(words) and text[max(0, position - 12) : position].rstrip().endswith(words[-1]) and match_key(words[-1]) in self.negations

    @staticmethod
    def is_breakdown(text: str, items: list[Item], count: int | None) -> bool:
        """Two items or more open with a number, and none counts more than the whole: the parts of a count
        (``66 người, gồm 40 người Ai Cập, 15 người Pháp, ... cùng các công dân A, B``), not one part and a clause
        (``3 người, gồm 2 trẻ em, sau đó đã tử vong``)."""
        return sum(opens_with_number(text, item) for item in items) >= 2 and parts_of(text, items, count)

    def modifies_the_head(self, text: str, start: int, end: int) -> bool:
        """The words between a counted head and its ``gồm`` are a short modifier (``6 tùy chọn màu sắc gồm``,
        ``7 thương vụ đó bao gồm``): no punctuation, no predicate, at most ``head_modifier_max_words``."""
        gap = text[start:end]
        return not PHRASE_BREAK.search(gap) and len(gap.split()) <= self.head_modifier_words and PREDICATE_WORDS.search(f" {gap} ") is None

    def joined_series_of(self, text: str, items: list[Item], count: int | None) -> bool:
        """``3 giải pháp chính là cải cách thủ tục, giảm chi phí và đào tạo nhân lực``: after a bare ``là``, noun
        phrases as many as the count, short, the last joined by ``và``/``hoặc``, are its members, as names are; three
        at least, for two agree with a count of two by chance (``hai bên là đường ... và người đi bộ``, a copula)."""
        return (count is not None and len(items) == count >= 3 and self.short_series(text, items)
                and JOINING_WORD.fullmatch(text, items[-2][1], items[-1][0]) is not None)

    def short_series(self, text: str, items: list[Item], most: int | None = None) -> bool:
        """Every item but the last is a short phrase (at most ``most`` words, by default
        ``max_untriggered_comma_item_words``): a series of names or noun phrases, not of clauses."""
        most = self.max_untriggered_item_words if most is None else most
        return all(word_count(text, item) <= most for item in items[:-1])

    def opens_with_person(self, text: str, item: Item) -> bool:
        return self.opens_with(text, item, self.person_openers)

    @staticmethod
    def opens_with(text: str, item: Item, words: list[str]) -> bool:
        """The item's first words are one of ``words`` (keys), followed by a space or a punctuation mark
        (``tuy nhiên, Thị không đồng ý``)."""
        opening = match_key(text[item[0] : item[0] + 20])
        return any(opening.startswith(word) and len(opening) > len(word) and not opening[len(word)].isalnum() for word in words)

    def reports_speech(self, text: str, colon_phrase_start: int) -> bool:
        """``cho biết:``, ``lý giải rằng:``: a colon after a verb of saying opens a quotation, not a list;
        ``Ảnh:``, ``Nguồn:`` after a label it opens a credit."""
        before = match_key(text[max(0, colon_phrase_start - 30) : colon_phrase_start])
        return any(before.endswith(" " + verb) or before == verb for verb in self.speech_verbs)

    def speaker_before(self, text: str, colon: int) -> bool:
        """``bà đánh luôn cho câu:``, ``một thằng bạn đến dỗ dành tôi:``: a person (a pronoun or a word of kin, data
        ``speaker_words``) among the few words before the colon says the lines after it; a label names no one
        (``Nguyên liệu:``, ``Nguyên nhân gây viêm amidan:``)."""
        words = LETTERS.findall(text, max(0, colon - 60), colon)[-SPEAKER_WINDOW_WORDS:]
        return any(word in self.speaker_words for word in words)

    def labels_a_credit(self, text: str, colon: int) -> bool:
        """``(Ảnh: Reuters)``, ``- Nguồn: ...``: the word before the colon is a caption or credit label."""
        words = LETTERS.findall(text, max(0, colon - 20), colon)
        return bool(words) and match_key(words[-1]) in self.label_words

    def is_example_clause(self, article: Article, intro: regex.Match, trigger: Span) -> bool:
        """``như:`` inside a ;-separated clause: its examples end at the clause's ``;``."""
        sentence_start = article.sentence_at(trigger.start_char)[0]
        return match_key(intro.group(0)).startswith("như") and ";" in article.text[sentence_start : trigger.start_char]

    def introduced_items(self, article: Article, start: int, sentence_end: int, bounds: Bounds) -> tuple[list[Item], str]:
        """Items after an introducer, and how they were cut: on the marked lines below when nothing
        follows it, at markers through the paragraph, else at semicolons or commas within the
        sentence, running on into the sentences and paragraphs that continue them."""
        text = article.text
        if NOT_SPACE.search(text, start, bounds.limit) is None:
            return ([], "none") if bounds.nested else (self.marked_lines_after(article, bounds.limit), "lines")
        if text[max(0, start - 3) : start].rstrip().endswith(":") and (
                bullets := inline_bullet_items(text, start, bounds.limit, article.entity_ranges)):
            return bullets + self.run_on(article, bullets, "markers", bounds), "markers"  # "gồm: - A ... - B ...": flattened lines
        if (first := self.first_marker_of(article, start, sentence_end, bounds.limit)) is not None:
            return self.marked_items_from(article, first, bounds.limit if bounds.nested else None), "markers"
        items, cut = cut_items(text, start, sentence_end, introduced=True, keep=article.entity_ranges)
        if cut == "commas" and items:
            items = self.with_names_of_inner_colon(article, items)
            reaches_the_end = items[-1][1] >= sentence_end - 4
            if self.short_series(text, items, self.subject_item_words):
                items[-1] = before_predicate(text, items[-1])  # "A và B cũng được tổ chức ...": the series is the subject
            items[-1] = self.last_name_before_its_verb(article, items)
            if reaches_the_end and not bounds.nested and not all(self.is_bare_name(article, item) for item in items):
                # "các môn: Toán, Vật Lý, Hóa Học. Xét tuyển ngành ...": a sentence after names adds no name
                items += self.continuation_sentences(article, sentence_end, bounds.limit)
        return items + self.run_on(article, items, cut, bounds), cut

    @staticmethod
    def first_marker_of(article: Article, start: int, sentence_end: int, limit: int) -> int | None:
        """Where the marked items of an introducer begin: the first of two markers or more up to ``limit``,
        when it lies in the introducer's own sentence or opens the next one (``gồm: Thứ nhất, ...``, ``như
        sau. 1. ...``). A marker further on belongs to a later cue (``6 xã: A, B, C. ... 3 nguyên nhân.
        Thứ nhất, ...``: the names are the introducer's items, the markers another list's); None then."""
        markers = list(inline_marker_pattern().finditer(article.text, start, limit))
        if len(markers) < 2:
            return None
        first = markers[0].start()
        return first if first < sentence_end or first <= article.next_word(sentence_end) else None

    def with_names_of_inner_colon(self, article: Article, items: list[Item]) -> list[Item]:
        """``NSƯT A, các ca sĩ: Tân Nhàn, Trọng Tấn, ca sĩ người Mỹ Kyo York``: a comma item whose colon introduces
        a name keeps the bare names after it (the list nested in it); the next item that is more than a name
        is the outer list's again."""
        text, joined = article.text, []
        index = 0
        while index < len(items):
            item = items[index]
            colon = text.find(":", *item)
            index += 1
            if colon >= 0 and self.is_bare_name(article, (article.next_word(colon + 1), item[1])):
                while index < len(items) and self.is_bare_name(article, items[index]):
                    item = (item[0], items[index][1])
                    index += 1
            joined.append(item)
        return joined

    def last_name_before_its_verb(self, article: Article, items: list[Item]) -> Item:
        """``các mẫu sedan gồm: Camry, Corolla, Vios, Yaris bán ra chiếm 49% ...``: after two bare names or more, a
        last item that opens with a name followed by a verb is that name (with its parenthesis); the verb opens the
        predicate the series is the subject of."""
        last = items[-1]
        if len(items) < 3 or not all(self.is_bare_name(article, item) for item in items[:-1]):
            return last
        if not NAME_OPENING.match(article.text, last[0]):
            return last
        name = self.name_of(article, last)
        if name[1] >= last[1] or word_count(article.text, name) > self.name_words:
            return last
        rest = article.doc.char_span(article.next_word(name[1]), last[1], alignment_mode="expand")
        verb = rest is not None and len(rest) > 0 and rest[0].text[:1].islower() and rest[0].tag_.startswith("V")
        return name if verb else last

    def is_bare_name(self, article: Article, item: Item) -> bool:
        """A capitalised name of a few words and nothing more (``Trọng Tấn``)."""
        return (item[0] < item[1] and NAME_OPENING.match(article.text, item[0]) is not None
                and name_run(article.doc, item) == item and word_count(article.text, item) <= self.name_words)

    def on_marked_sentences(self, article: Article, trigger: Trigger, bounds: Bounds, next_trigger: int) -> list[Item] | None:
        """``2 nhiệm vụ trọng tâm. Một là, ... Hai là, ...``: the sentences (or paragraphs) after the
        trigger's open with markers."""
        start = article.next_word(bounds.sentence_end)
        if start >= len(article.text) or bounds.nested and start >= bounds.limit:
            return None
        if inline_marker_pattern().match(article.text, start) is None or self.yields_to_a_later_trigger(article, trigger, bounds):
            return None
        if trigger.open and SUBJECT_PREDICATE.match(article.text, trigger.span.end_char, bounds.sentence_end):
            return None  # "hai nước có điều kiện để ... . Thứ nhất, ...": the counted noun is the subject, no announcement
        return self.marked_items_from(article, start, bounds.limit if bounds.nested else None)

    @staticmethod
    def yields_to_a_later_trigger(article: Article, trigger: Trigger, bounds: Bounds) -> bool:
        """Another trigger later in the sentence announces the marked sentences after it as well or better: one
        with a count (which outranks a list head), or a list head, where this one has neither (``Trên các diễn đàn ..., cư dân mạng đưa ra ba lý
        do chính. Thứ nhất, ...``: the reasons are the items, not the forums); of two alike, the later, nearer
        the markers."""
        def strength(t: Trigger) -> tuple[bool, bool]:
            return t.count is not None, not t.open

        return any(strength(later) >= strength(trigger) for later in article.triggers
                   if trigger.span.end_char <= later.span.start_char < bounds.sentence_end)

    def on_parallel_sentences(self, article: Article, trigger: Trigger, bounds: Bounds, next_trigger: int) -> list[Item] | None:
        """``3 nhóm giải pháp. Đối với nhóm thứ nhất, ... . Đối với nhóm thứ hai, ...``: the sentences after
        the trigger's open with one same phrase (``parallel_openers``), each a whole-sentence item."""
        text = article.text
        start = article.next_word(bounds.sentence_end)
        if bounds.nested or trigger.open and trigger.count is None or start >= len(text):
            return None
        opener = self.parallel_opener_at(text, start)
        if opener is None:
            return None
        items: list[Item] = []
        while start < len(text) and self.parallel_opener_at(text, start) == opener:
            sentence = article.sentence_at(start)
            if sentence[1] <= start or article.is_boilerplate(*sentence):
                break
            items.append(trim(text, start, sentence[1]))
            start = article.next_word(sentence[1])
        return items if len(items) >= 2 else None

    def on_numbered_sentences(self, article: Article, trigger: Trigger, bounds: Bounds, next_trigger: int) -> list[Item] | None:
        """``3 vòng thi. Cụ thể, vòng 1, ... . Vòng 2 ... . Vòng 3 ...``, ``3 giai đoạn. Giai đoạn đầu tiên: ...
        Giai đoạn 2 ...``: the following sentences open with the trigger's head noun and a number or an
        ordinal; each is one item, from the head noun to the sentence's end."""
        text = article.text
        start = article.next_word(bounds.sentence_end)
        if bounds.nested or trigger.open and trigger.count is None or start >= len(text):
            return None
        head = match_key(first_word(trigger.head).text if trigger.open else trigger.head.text)  # "3 vòng thi": "vòng 1, ..."
        items: list[Item] = []
        while start < len(text):
            sentence = article.sentence_at(start)
            if sentence[1] <= start or article.is_boilerplate(*sentence):
                break
            opening = self.numbered_opening(text, sentence, head, lead_in=not items)
            if opening is None:
                break
            items.append(trim(text, opening, sentence[1]))
            start = article.next_word(sentence[1])
        return items if len(items) >= 2 else None

    def numbered_opening(self, text: str, sentence: Item, head: str, lead_in: bool) -> int | None:
        """Where ``head`` followed by a number or ordinal opens ``sentence`` (after a lead-in phrase such as
        ``Cụ thể,`` for the first item); None when it does not."""
        start = sentence[0]
        if lead_in:
            opening = match_key(text[start : start + 20])
            for phrase in self.numbered_lead_ins:
                if opening.startswith(phrase) and (after := AFTER_OPENING_PHRASE.search(text, start + len(phrase), start + len(phrase) + 2)):
                    start = after.end()
                    break
        after_head = start + len(head)
        if match_key(text[start:after_head]) != head or not text[after_head : after_head + 1].isspace():
            return None
        return start if self.numbered_ordinal.match(text, after_head + 1, sentence[1]) else None

    def parallel_opener_at(self, text: str, position: int) -> str | None:
        opening = match_key(text[position : position + 20])
        return next((p for p in self.parallel_openers if opening.startswith(p + " ")), None)

    def marked_items_from(self, article: Article, start: int, limit: int | None) -> list[Item]:
        """Items from the marker at ``start`` on: marker to marker through its paragraph, then on into the
        paragraphs that continue the enumeration (``Thứ nhất, ...`` / ``Thứ hai, ...`` a paragraph each)."""
        text = article.text
        paragraph = article.paragraph_at(start)
        if paragraph is None:
            return []
        end = paragraph[1] if limit is None else min(limit, paragraph[1])
        if inside_quotation(text, max(paragraph[0], self.sentence_before(article, start)), start):
            end = region_end(text, start, end)  # "“... Thứ nhất, ... Thứ ba, ...”, ông A nói": the closing mark ends them
        end = quoted_run_end(text, start, end)
        items = marker_items(text, start, end)
        if not items:
            marker = inline_marker_pattern().match(text, start, end)
            if marker is None or limit is not None and limit < paragraph[1]:
                return []
            items = [trim(text, marker.end(), end)]
        if limit is not None and limit < paragraph[1] or end < paragraph[1] or items[-1][1] < trim(text, start, end)[1]:
            return items  # nested in an item, in a quotation, or before a new run of markers: that ends the list
        items[-1] = without_credit(text, items[-1], self.credit_words)
        return items + self.continuation_paragraphs(article, end)

    @staticmethod
    def sentence_before(article: Article, position: int) -> int:
        """The start of the ``QUOTATION_SENTENCES``-th sentence before the one at ``position``: how far back a quotation that holds marked
        items may open (``“Năm nay có một số khó khăn. Thứ nhất, ...``); a mark further back, in a crawl whose
        quotations mix straight and curly marks, says nothing of them."""
        start = article.sentence_at(position)[0]
        for _ in range(QUOTATION_SENTENCES):
            start = article.sentence_at(max(0, start - 1))[0] if start > 0 else 0
        return start

    def after_semicolons(self, article: Article, trigger: Trigger, bounds: Bounds, next_trigger: int) -> list[Item] | None:
        """``đặt mục tiêu ...; ...; ...``: a head noun followed by a semicolon series in its sentence."""
        text, span = article.text, trigger.span
        if trigger.open or not article.has_semicolon(span.end_char, bounds.sentence_end):
            return None
        if next_trigger < text.find(";", span.end_char, bounds.sentence_end):
            return None  # the series belongs to the nearer trigger ("..., trong đó có 4 ngành mới gồm: A; B")
        items = semicolon_items(text, article.next_word(span.end_char), bounds.sentence_end)
        if items and (intro := PIECE_INTRODUCER.match(text, *items[0])) is not None:
            items[0] = (intro.end(), items[0][1])  # "những nội dung quan trọng như cho ý kiến ...; ...": item 1 follows "như"
        if any(self.opens_with(text, item, self.contrast_openers + self.elaboration) for item in items[1:2]):
            return None  # "giải quyết các vấn đề ...; trong đó tăng cường ...": the piece after elaborates, no series
        if trigger.count is not None and len(items) >= 2 and opens_with_number(text, items[1]):
            return None  # "104 chỉ tiêu ...; 30 chỉ tiêu ...": the count opens item 1 of a series
        return items + self.run_on(article, items, "semicolons", bounds)

    def after_connector(self, article: Article, trigger: Trigger, bounds: Bounds, next_trigger: int) -> list[Item] | None:
        """``103 em, trong đó có 15 em ..., 44 ...``, ``3 HCV nhờ công của A, B và C``: a count, a connector,
        then as many items as the count, or a breakdown (each item opens with a number)."""
        if trigger.count is None or match_key(trigger.span[-1].text) in self.measure_heads and not trigger.measure:
            return None
        text, span = article.text, trigger.span
        window_end = min(bounds.sentence_end, span.end_char + self.connector_gap)
        connector = count_connector_pattern().search(text, span.end_char, window_end)
        if connector is None or CLAUSE_BREAK.search(text, span.end_char, connector.start()) or self.negated(text, connector.start()):
            return None
        if connector.start() >= next_trigger and self.count_between(article, span.end, connector.start()):
            return None  # "Trong 6 người ... thì có 5 người ..., gồm: A, ...": the connector is the nearer count's
        start = article.next_word(connector.end())
        first_comma = text.find(",", start, bounds.sentence_end)
        named = named_introducer_pattern().search(text, start, first_comma if first_comma >= 0 else bounds.sentence_end)
        if named is not None and not any(start <= t.span.start_char < named.start() for t in article.triggers):
            # "7 người đứng đầu ... là bị cáo của vụ án gồm: A, B, ...": the members follow the colon; not after a
            # nearer noun's ("20 đề tài ..., trong đó có một số dự án ... như: A; B": the dự án's series)
            start = article.next_word(named.end())
        if (items := breakdown_items(text, start, bounds.sentence_end)) and len(items) >= 2:
            return items if parts_of(text, items, trigger.count) else []
        items = items_between(text, start, bounds.sentence_end, article.entity_ranges)
        if items and any(start <= t.span.start_char < items[0][1] for t in article.triggers):
            return []  # "hai hoạt động, trong đó nổi lên các nội dung về A và B": the series is the nearer noun's
        has_colon = ":" in text[span.end_char : start]
        if self.holds_a_date(article, items):
            return []  # "3 người, trong đó có bác sĩ A, chiều 29/6, PV trao đổi ...": the count agrees by chance
        items = self.items_the_count_confirms(article, trigger, items, bounds.sentence_end)
        connector_word = match_key(connector.group(0).strip())
        if not has_colon and connector_word in self.name_connectors | self.credit_connectors and items:
            named = all(NAME_OPENING.match(text, s) or text[s].isdigit() or self.opens_a_person(article, (s, e)) for s, e in items)
            if not named and not (connector_word in self.name_connectors and self.joined_series_of(text, items, trigger.count)):
                return []  # "hai cô nàng kia là sai, ...": after a bare "là" the members are names ("ông A" too)
            if connector_word in self.credit_connectors:
                items = self.names_to_series_end(article, items)
                return items if len(items) >= 2 else []  # "3 bàn thắng do công của A (32'), B (36', 37')": goals, not scorers
            if named and not self.opens_with_title(article, items[-1]):
                items[-1] = self.name_of(article, items[-1])  # "..., C khi cùng có 13 điểm": the name ends the series
        return items if has_colon or len(items) == trigger.count else article.reject(trigger, items, "count_disagrees")

    def names_after_count(self, article: Article, trigger: Trigger, bounds: Bounds, next_trigger: int) -> list[Item] | None:
        """``2 xã Bình Sơn và Hiệp Hòa``, ``Hai “đại gia” Internet Facebook và Google``: a count followed by
        exactly as many names as it counts."""
        if trigger.count is None or trigger.count < 2:
            return None
        text = article.text
        start = article.next_word(self.after_counted_noun(article, trigger))
        if (gap := NAMES_GAP.match(text, start, bounds.sentence_end)) is not None:
            if self.relates(article, gap.start(), gap.end()):
                return None  # "hai đối thủ của A và B", "2 trung tâm ở Hà Nội và TP.HCM": the names are not the members
            start = gap.end()  # "4 bài thi viết các môn Toán, Vật lý, ...", "ba nước bảo trợ Nga, Iran và ..."
        if start >= bounds.sentence_end or not NAME_OPENING.match(text, start):
            return None
        if (joined := HYPHENED_NAMES.match(text, start, bounds.sentence_end)) is not None:
            names = [trim(text, *name.span()) for name in NAME_WORDS_RUN.finditer(text, *joined.span())]
            if len(names) == trigger.count and len(names) >= 3:
                return names  # "3 nước Lào- Campuchia- Việt Nam"; two names so joined name a pair ("hai nước Việt Nam - Lào")
        names = []
        for item in comma_items(text, start, bounds.sentence_end):
            if not NAME_OPENING.match(text, item[0]):
                break
            names.append(name_run(article.doc, item))
            if names[-1] != item:
                break  # the series ends where the last name does
        if len(names) != trigger.count:
            article.reject(trigger, names, "count_disagrees")
            return None
        return [self.without_modifier(article, names[0], names[1:]), *names[1:]]

    @staticmethod
    def without_modifier(article: Article, first: Item, others: list[Item]) -> Item:
        """``Internet Facebook`` of ``Hai “đại gia” Internet Facebook và Google``: when every other name opens
        with a proper noun and the first opens with another word before one, that word qualifies the
        counted noun and stays out of the item."""
        span = article.doc.char_span(*first, alignment_mode="expand")
        if span is None or span[0].tag_ == "Np" or span[0].ent_iob_ in ("B", "I"):
            return first  # "hai nước Liên bang Nga và VN": a name of its own
        for other in others:
            opening = article.doc.char_span(*other, alignment_mode="expand")
            if opening is None or opening[0].tag_ != "Np":
                return first
        proper = next((token for token in span if token.tag_ == "Np" and token._.word_start), None)
        return first if proper is None else (proper.idx, first[1])

    @staticmethod
    def relates(article: Article, start: int, end: int) -> bool:
        """The words from ``start`` to ``end`` hold a preposition or a conjunction (tags ``E``, ``C``)."""
        span = article.doc.char_span(start, end, alignment_mode="contract")
        return span is not None and any(token.tag_ in RELATION_TAGS for token in span)

    @staticmethod
    def count_between(article: Article, token: int, offset: int) -> bool:
        """A count of items starts between token ``token`` and character ``offset`` (a short gap)."""
        doc = article.doc
        while token < len(doc) and doc[token].idx < offset:
            quantity = article.quantity_at.get(token)
            if quantity is not None and quantity._.value_max is None and is_item_count(quantity._.value):
                return True
            token += 1
        return False

    @staticmethod
    def after_counted_noun(article: Article, trigger: Trigger) -> int:
        """The end of the counted noun as the quantities stage reads it, when it runs on in lowercase
        words past the trigger's noun (``4 bài thi viết các môn Toán, ...``); else the trigger's end."""
        quantity = article.quantity_at.get(trigger.span.start)
        unit = (quantity._.unit or "") if quantity is not None else ""
        start = trigger.head.start_char
        if not unit or match_key(article.text[start : start + len(unit)]) != match_key(unit):
            return trigger.span.end_char
        end = trigger.span.end_char
        for word in WORD.finditer(article.text, end, start + len(unit)):
            if word.group(0)[:1].isupper():
                break  # "2 môn Ngữ văn, Toán": the names after the noun are the items
            end = word.end()
        return end

    def in_next_sentence(self, article: Article, trigger: Trigger, bounds: Bounds, next_trigger: int) -> list[Item] | None:
        """Items in the next sentence: after ``Trong đó,`` with semicolons, or as many as counted."""
        text = article.text
        start = article.next_word(bounds.sentence_end)
        next_paragraph = start >= bounds.limit  # only after a trigger that ends its paragraph, and an introducer
        if next_paragraph and (bounds.nested or start >= len(text) or bounds.sentence_end < bounds.limit - 2):
            return None
        sentence = article.sentence_at(start)
        if sentence[1] <= bounds.sentence_end:
            return None
        opening = match_key(text[sentence[0] : sentence[0] + 30])
        for phrase in self.next_sentence_introducers:
            if not opening.startswith(phrase):
                continue
            after = OPENING_PHRASE_MARK.match(text, sentence[0] + len(phrase), sentence[1])
            begin = after.end() if after else sentence[0] + len(phrase) + 1
            if trigger.count is not None and len(items := breakdown_items(text, begin, sentence[1])) >= 2 and parts_of(text, items, trigger.count):
                return items  # "3.401 đảng viên. Trong đó, 3.197 đảng viên ...; 1 đảng viên ..."
            if article.has_semicolon(*sentence):
                items = cut_items(text, begin, sentence[1], introduced=False)[0]
                if not trigger.open or len(items) == trigger.count:  # "3 vòng thi. Cụ thể, vòng 1 ...; Vòng 2 ...; Vòng 3 ..."
                    return items
            elif trigger.count is not None and phrase in self.naming_introducers:
                items = comma_items(text, begin, sentence[1], article.entity_ranges)
                if len(items) == trigger.count and self.short_series(text, items):
                    return items  # "hai luồng thông tin trái chiều.\nĐó là A và B."
        if trigger.open or next_paragraph:
            return None
        if (trigger.count is not None and not self.one_of(article, trigger) and not self.holds_speech(text, sentence)
                and self.ends_its_sentence(article, trigger.span, bounds.sentence_end)):
            items = comma_items(text, sentence[0], sentence[1])
            if len(items) == trigger.count and self.short_series(text, items):
                return items
            article.reject(trigger, items, "count_disagrees" if len(items) != trigger.count else "long_items")
            return None
        return None

    def ends_its_sentence(self, article: Article, trigger: Span, sentence_end: int) -> bool:
        """The counted noun closes its sentence, with at most a short modifier after it and no verb or name
        (``... có 2 chuyên đề.``, ``3 nhiệm vụ trọng tâm.``): it announces what the next sentence gives.
        ``4 điểm kém Liverpool.``, ``3 điểm trước Celta Vigo trong trận ...``: the count is said of something."""
        rest = article.text[trigger.end_char : sentence_end].rstrip(" .!?…\n")
        if not rest.strip():
            return True
        if len(rest.split()) > self.head_modifier_words or PHRASE_BREAK.search(rest) or any(w[:1].isupper() for w in rest.split()):
            return False
        span = article.doc.char_span(trigger.end_char, trigger.end_char + len(rest), alignment_mode="expand")
        return span is not None and not any(token.tag_.startswith("V") for token in span)

    @staticmethod
    def one_of(article: Article, trigger: Trigger) -> bool:
        """``một trong 3 mục tiêu``: the count names the set one thing belongs to, not an announcement of it."""
        before = match_key(article.text[max(0, trigger.span.start_char - 20) : trigger.span.start_char])
        return bool(ONE_OF.search(before))

    def holds_speech(self, text: str, sentence: Item) -> bool:
        """The sentence reports speech (``Ông A chia sẻ, VW là ...``): its commas cut clauses, not members."""
        words = f" {match_key(text[sentence[0] : sentence[1]])} "
        return any(f" {verb} " in words or f" {verb}," in words for verb in self.speech_verbs)

    # ---- cues without a trigger -----------------------------------------------------
    def list_after_bare_introducer(self, article: Article, intro: regex.Match, limit: int, nested: bool) -> Found | None:
        """``... được đưa ra đấu giá gồm: A, B, C``, ``theo kết cấu: A; B``: an introducer with a colon and
        no trigger before it. A bare colon needs semicolons, markers or lines after it; a comma series
        needs short items (the last one ends where the predicate starts: ``..., y tế và C đã được ...``),
        and not after ``như sau:``, which introduces paragraphs."""
        text = article.text
        paragraph = article.paragraph_at(intro.start())
        if paragraph is None or article.is_boilerplate(intro.start(), intro.end()) or self.reports_speech(text, intro.start()):
            return None
        if opens_a_quotation(text, intro.end(), paragraph[1]):
            return None
        bound = min(limit, paragraph[1])
        sentence_end = min(article.sentence_at(intro.start())[1], bound)
        items, cut = self.introduced_items(article, intro.end(), sentence_end, Bounds(sentence_end, bound, nested))
        if cut == "commas":
            phrase = match_key(intro.group(0).rstrip(": "))
            if not phrase or phrase in self.block_introducers or len(items) < 2:
                article.reject(None, items, "block_introducer")
                return None
            if not self.short_series(text, items):
                article.reject(None, items, "long_items")
                return None  # a sentence with commas, not a series
        return Found(None, None, None, items, cue="introducer") if len(items) >= 2 else None

    def names_after_colon(self, article: Article, colon: regex.Match, limit: int) -> Found | None:
        """``Bologna: Da Costa, Krafth, Gasteldello, ...``: a bare colon followed, to its sentence's end, by a
        comma series of three or more names and nothing else (each item a capitalised name of a few words)
        introduces them, as a named introducer would; so does a bare colon right before bulleted lines the crawl
        ran together (``Chuẩn bị: - A - B``). A colon after a verb of saying or a label does not."""
        text = article.text
        paragraph = article.paragraph_at(colon.start())
        if paragraph is None or article.is_boilerplate(colon.start(), colon.end()) or self.reports_speech(text, colon.start()):
            return None
        if self.labels_a_credit(text, colon.start()) or opens_a_quotation(text, colon.end(), paragraph[1]):
            return None
        bound = min(limit, paragraph[1])
        bullets: list[Item] = []
        if opens_with_bullet(text, colon.end(), bound):
            if (run := marker_run_pattern().search(text, colon.end(), bound)) is not None:
                bound = run.start()  # "... - Khuôn làm xôi Cách làm: Bước 1: ...": a run of markers is the next enumeration
            bullets = inline_bullet_items(text, colon.end(), bound, article.entity_ranges)
        if any(text[end - 1 : end + 1].rstrip()[-1:] in "?!" for _, end in bullets) or self.speaker_before(text, colon.start()):
            bullets = []  # "... chồng tôi ... chửi tôi: - Anh bảo em ...? - ...": turns of a dialogue, no list
        if bullets:
            # "Nguyên liệu: - 2 kg gạo nếp ... - 1 ít sữa đặc ...": bulleted lines the crawl ran into one paragraph,
            # under a label that counts nothing
            return Found(None, None, None, bullets, cue="introducer", labelled=True)
        end = min(article.sentence_at(colon.start())[1], limit, paragraph[1])
        if article.has_semicolon(colon.end(), end):
            return None  # a semicolon series: the series readers decide
        items = comma_items(text, colon.end(), end, article.entity_ranges)
        if len(items) < self.min_colon_names or items[-1][1] < end - 4:
            article.reject(None, items, "colon_series")
            return None
        for item in items:
            if not NAME_OPENING.match(text, item[0]) or name_run(article.doc, item) != item or word_count(text, item) > self.name_words:
                article.reject(None, items, "colon_series")
                return None
        return Found(None, None, None, items, cue="introducer", labelled=True)

    def list_of_semicolon_series(self, article: Article, semicolon: regex.Match, limit: int, nested: bool) -> Found | None:
        """``Triển lãm đã giới thiệu A; B; C``: a sentence whose semicolons separate parallel items after an
        introducing verb phrase (annotation note 31). Item 1 starts where it parallels item 2: at a
        number when item 2 opens with one, at item 2's first word when piece 1 repeats it, else after
        the verb phrase (at its first verb when item 2 opens with a verb)."""
        if nested:
            return None  # the semicolons of a paragraph item separate parts of that item
        sentence = article.sentence_at(semicolon.start())
        if article.is_boilerplate(*sentence):
            return None
        items = semicolon_items(article.text, sentence[0], sentence[1])
        if len(items) < 2 or any(self.opens_with_person(article.text, item) for item in items[1:]):
            return None  # "Tham dự có đồng chí A, ...; đồng chí B, ...": people with their posts are roles (note 32)
        if self.is_forecast(article, items):
            return None  # "có gió đông bắc mạnh cấp 6, giật cấp 7; biển động": one weather forecast, no parallel items
        if self.people_with_posts(article, items):
            return None  # "Các đồng chí A, Ủy viên ...; B, Bí thư ... đồng chủ trì": roles too
        if any(article.text[s] in QUOTE_OPENINGS for s, _ in items[1:]):
            return None  # '"Mày thề ...?"; "Mày có biết ...?"': quoted utterances, not items of a set
        first = parallel_start(article.doc, items[0], items[1])
        if first is None or self.reports_speech(article.text, first[0]):
            return None  # "Ông Thái cho biết A; B": reported speech, not an enumeration
        first = self.after_colon(article, first)
        if any(self.labels_a_credit(article.text, colon) for s, e in items[1:] if (colon := article.text.find(":", s, min(e, s + 12))) >= 0):
            return None  # "gửi về Tạp chí ..., Hà Nội; email: ...": a contact label, not a parallel item
        if any(self.opens_with(article.text, item, self.contrast_openers) for item in items[1:]):
            return None  # "DOJI có vàng ...; còn Bảo Tín thì ...": contrasted clauses, not parallel items
        if self.opens_with(article.text, items[1], self.series_elaboration):
            if len(items) < 3:
                return None  # "đổi mới theo hướng kiểm tra năng lực ...; trong đó tăng cường ...": the piece after elaborates
            # "... ước đạt 13.026 tấn; trong đó, Khánh Hòa đạt ...; Phú Yên ...; Bình Định ...": the series is what it opens
            after = AFTER_OPENING_PHRASE.search(article.text, items[1][0], min(items[1][1], items[1][0] + 20))
            start = article.next_word(after.end()) if after else self.after_opener(article.text, items[1])
            return Found(None, None, None, [(start, items[1][1]), *items[2:]], cue="series")
        if all(self.opens_with_amount(article, item) for item in [first, *items[1:]]):
            return None  # "60 tỷ USD cho máy bay ...; 30 tỷ USD còn lại ...": the parts of an amount, not a set
        return Found(None, None, None, [first, *items[1:]], cue="series")

    def is_forecast(self, article: Article, items: list[Item]) -> bool:
        """Every piece holds a weather word (``forecast_words``) and none after the first opens with a verb: the
        parts of a forecast (``ngày nắng; chiều tối có mưa rào``), not a series of measures (``phòng, chống mưa bão; ...``)."""
        text = article.text
        if not all(self.forecast_words.search(text, start, end) for start, end in items):
            return False
        for start, end in items[1:]:
            span = article.doc.char_span(start, end, alignment_mode="expand")
            if span is None or not len(span) or span[0].tag_.startswith("V"):
                return False
        return True

    def after_opener(self, text: str, item: Item) -> int:
        """Where the words after the elaboration opener of ``item`` start (``trong đó có Toyota ...`` → ``Toyota``)."""
        opening = match_key(text[item[0] : item[0] + 30])
        opener = next((p for p in self.series_elaboration if opening.startswith(p + " ")), None)
        if opener is None:
            return item[0]
        start = item[0] + len(opener)
        if (joined := OPENER_VERB.match(text, start, item[1])) is not None:
            start = joined.end()
        word = NOT_SPACE.search(text, start, item[1])
        return word.start() if word is not None else item[0]

    def people_with_posts(self, article: Article, items: list[Item]) -> bool:
        """The first piece names a person after a person opener (``Các đồng chí Lê Quốc Phong, ...``) and every
        other piece opens with a bare name and a comma (``Nguyễn Mạnh Dũng, Bí thư ...``): people with their posts."""
        text = article.text
        first = match_key(text[items[0][0] : items[0][1]])
        if not any(f" {opener} " in f" {first} " for opener in self.person_openers):
            return False
        for start, end in items[1:]:
            name = NAME_WORDS_RUN.match(text, start, end)
            if name is None or len(name.group().split()) < 2 or not text.startswith(",", name.end()):
                return False
        return True

    def after_colon(self, article: Article, first: Item) -> Item:
        """``được triển khai theo hướng: A; B; C``: a colon inside the first piece introduces the series, so
        item 1 starts after it (not after a verb of saying or a label, whose colon opens no series)."""
        text = article.text
        colon = text.rfind(":", first[0], first[1])
        if colon < 0 or self.reports_speech(text, colon) or self.labels_a_credit(text, colon) or regex.match(r"\d", text[colon + 1 : colon + 2]):
            return first  # "lúc 10:30": a clock time
        if any(m.end() == colon + 1 for m in named_introducer_pattern().finditer(text, max(first[0], colon - 20), colon + 1)):
            return first  # "5 người ..., gồm: A, B và C; ngoài ra còn có D": "gồm:" introduces the list inside item 1
        start = article.next_word(colon + 1)
        return (start, first[1]) if start < first[1] else first

    def opens_with_amount(self, article: Article, item: Item) -> bool:
        """The item opens with a quantity of a measure (money, time, size): ``7.061,4 tỷ đồng ...``."""
        span = article.doc.char_span(item[0], item[1], alignment_mode="expand")
        if span is None:
            return False
        quantity = article.quantity_at.get(span.start)
        return quantity is not None and match_key(quantity._.unit or "").split("/")[0] in self.measure_heads

    def holds_a_date(self, article: Article, items: list[Item]) -> bool:
        """Some item is only a date (``..., chiều 29/6, ...``): a comma series of a clause, not members of a set."""
        for s, e in items:
            first = bisect_left(article.date_ranges, (s, s))
            for a, b in article.date_ranges[first:]:
                if a >= e:
                    break
                if b <= e and len((article.text[s:a] + " " + article.text[b:e]).split()) <= 1:
                    return True  # the date and at most one word ("chiều", "ngày")
        return False

    def list_of_marker_run(self, article: Article, run: regex.Match, limit: int | None) -> Found | None:
        """``Thứ nhất, ... Thứ hai, ...`` with no trigger before it: items from marker to marker."""
        if article.is_boilerplate(run.start(), run.end()):
            return None
        items = self.marked_items_from(article, run.start(), limit)
        return Found(None, None, None, items, cue="markers") if len(items) >= 2 else None

    def marked_line_lists(self, article: Article, found: list[Found]) -> list[Found]:
        """Runs of two or more lines that each open with a bullet or number, outside every list found."""
        covered = [record.extent for record in found]
        lists, run = [], []
        text = article.text
        for start, end in article.paragraphs + [(len(text) + 1, len(text) + 1)]:
            marker = line_marker_pattern().match(text, start, end) if end <= len(text) else None
            if marker is not None and not any(a <= start < b for a, b in covered):
                run.append(trim(text, marker.end(), end))
                continue
            if len(run) >= 2:
                lists.append(Found(None, None, None, run, cue="lines"))
            run = []
        return lists

    # ---- 4. running on --------------------------------------------------------------
    def run_on(self, article: Article, items: list[Item], cut: str, bounds: Bounds) -> list[Item]:
        """Paragraphs after a list cut at markers or semicolons that reaches its paragraph's end."""
        if bounds.nested or cut not in ("markers", "semicolons") or not items or items[-1][1] < bounds.limit - 4:
            return []
        return self.continuation_paragraphs(article, bounds.limit)

    def marked_lines_after(self, article: Article, position: int) -> list[Item]:
        """Items given one per following line, each opening with a marker."""
        items = []
        for start, end in article.paragraphs_after(position):
            marker = line_marker_pattern().match(article.text, start, end)
            if marker is None:
                break
            items.append(trim(article.text, marker.end(), end))
        return items

    def continuation_paragraphs(self, article: Article, position: int) -> list[Item]:
        """Following paragraphs that continue the enumeration: those opening with a marker give their
        marked items, those opening with a new parallel measure are one item each; elaborations are
        skipped, and the list ends at the first paragraph that does neither."""
        items: list[Item] = []
        text = article.text
        for start, end in article.paragraphs_after(position):
            if article.is_boilerplate(start, end):
                break
            opening = match_key(text[start : start + 40])
            marker = inline_marker_pattern().match(text, start, end) or line_marker_pattern().match(text, start, end)
            if marker is not None:
                items.extend(marker_items(text, start, end) or [trim(text, marker.end(), end)])
                continue
            if any(opening.startswith(p + " ") for p in self.elaboration):
                continue
            if any(opening.startswith(p + " ") for p in self.continuation):
                items.append(trim(text, start, end))
                continue
            break
        return items

    def continuation_sentences(self, article: Article, sentence_end: int, limit: int) -> list[Item]:
        """Sentences after a comma-cut list that each add a parallel measure (``Không đưa tay ...``)."""
        items = []
        position = sentence_end
        while (start := article.next_word(position)) < limit:
            sentence = article.sentence_at(start)
            if sentence[0] < position or sentence[1] <= position:
                break  # still the list's own sentence (a clause of it), or no sentence after
            span = article.doc.char_span(*sentence, alignment_mode="expand")
            words = [t for t in span if not t.is_space] if span is not None else []
            opening = match_key(article.text[sentence[0] : sentence[0] + 25])
            if not words or not (words[0].tag_ in self.sentence_item_pos
                                 or any(opening.startswith(p + " ") for p in self.sentence_item_openers)):
                break
            items.append(trim(article.text, *sentence))
            position = sentence[1]
        return items

    def after_connector_word(self, article: Article, start: int, end: int) -> int:
        """Skip a connector opening a parenthesis: ``(gồm: 273 đảng bộ, ...)``."""
        match = count_connector_pattern().match(article.text, start, end)
        return article.next_word(match.end()) if match else start

    # ---- 6. reconciling counts --------------------------------------------------------
    def fill_announced_counts(self, article: Article, found: list[Found], triggers: list[Trigger]) -> None:
        """Give a list without a count the count stated for the same head elsewhere: anywhere for a list head of
        the vocabulary; for another noun, in the title or the lead (the first line of the body: ``Đã bắt được 2 đối
        tượng`` / ``Các đối tượng bao gồm: A và B``), or in the body when the items found are as many (``khởi tố 5
        bị can ... Các bị can bị khởi tố gồm: A, B, C, D, E``; ``3 nhóm ... để điều tra`` announces no list of two)."""
        list_triggers = {record.trigger for record in found if record.trigger}
        triggers = [t for t in triggers if not t.measure]  # "11kg thực phẩm", "8 lần": amounts and occurrences lend no count
        title_end = article.paragraphs[min(1, len(article.paragraphs) - 1)][1] if article.paragraphs else 0  # title and lead
        counts: dict[str, int] = {}
        confirmed: dict[str, int] = {}  # counts that hold only where the items found agree with them
        for trigger in triggers:
            span = trigger.span
            if trigger.count is None or trigger.count < 2 or (span.start_char, span.end_char) in list_triggers:
                continue  # a count of one lends no count to a list
            if head := trigger.head.text:
                # "3 nhóm ... để điều tra": a body's count of a noun outside the heads needs the items to agree
                (confirmed if trigger.open and span.end_char > title_end else counts).setdefault(match_key(head), trigger.count)
        for record in found:
            if record.count is None and record.head:
                key = match_key(record.head)
                record.count = counts.get(key, confirmed.get(key) if confirmed.get(key) == len(record.items) else None)
            elif record.trigger is None:
                self.adopt_total(article, record, triggers)
        self.adopt_title_count(article, found, triggers)

    def adopt_title_count(self, article: Article, found: list[Found], triggers: list[Trigger]) -> None:
        """``5 giải pháp ...`` in the title, ``Thứ nhất, ... Thứ hai, ...`` in the body with no trigger: the
        first marked list of the body is the one the title announces, unless another list has that head."""
        title = article.paragraphs[0] if article.paragraphs else None
        if title is None:
            return
        announced = [t for t in triggers if t.count is not None and not t.open and t.span.end_char <= title[1]]
        heads = {match_key(record.head) for record in found if record.head}
        for trigger in announced:
            if match_key(trigger.head.text) in heads:
                continue
            marked = next((r for r in found if r.cue in ("markers", "lines") and r.head is None and r.parent is None
                           and r.items[0][0] > title[1]), None)
            if marked is not None:
                marked.head, marked.count = trigger.head.text, trigger.count
                heads.add(match_key(trigger.head.text))

    def adopt_subject_count(self, article: Article, record: Found, triggers: list[Trigger]) -> None:
        """A list with no trigger whose clause names its members' noun (``..., cổ vật được đưa ra đấu giá
        gồm: A; B; C``) takes the count stated for that noun elsewhere (``trong 3 cổ vật được bán ...``)."""
        counts: dict[str, tuple[str, int]] = {}
        for trigger in triggers:
            if trigger.count is not None and trigger.count >= 2:  # a count of one lends no count to a list
                counts.setdefault(match_key(trigger.head.text), (trigger.head.text, trigger.count))
        text, first = article.text, record.items[0][0]
        sentence_start = article.sentence_at(first)[0]
        clause_start = max(sentence_start, *(text.rfind(mark, sentence_start, first) + 1 for mark in ",;."))
        clause = article.doc.char_span(clause_start, first, alignment_mode="contract")
        for word in words_of(article.doc, (clause.start_char, clause.end_char)) if clause is not None else []:
            if word[0].tag_.startswith("N") and (known := counts.get(match_key(word.text))) is not None:
                record.head, record.count = known
                return

    def adopt_sum(self, article: Article, record: Found, triggers: list[Trigger], sentence_start: int) -> bool:
        """``Trong 6 nạn nhân nhập viện, có 4 người bị sốc ...; 2 nạn nhân còn lại ...``: a series whose first
        piece opens with a count and goes on to a number that, with the numbers opening the other items,
        adds up to that count, is the count's breakdown: item 1 starts at that number and the count is the
        trigger. True when it adopted one."""
        text, first = article.text, record.items[0]
        rest = breakdown_total(text, record.items[1:])
        total = leading_number(text, first)
        if rest is None or total is None:
            return False
        for trigger in triggers:
            span = trigger.span
            if span.start_char != first[0] or trigger.count != total:
                continue
            for number in NUMBER.finditer(text, span.end_char, first[1]):
                start = number.start()
                if leading_number(text, (start, first[1])) == total - rest and text[start - 1 : start].isspace():
                    record.items[0] = (start, first[1])
                    record.trigger, record.head, record.count = (span.start_char, span.end_char), trigger.head.text, total
                    return True
        return False

    def adopt_total(self, article: Article, record: Found, triggers: list[Trigger]) -> None:
        """A breakdown with no trigger (``Trong số 3.401 đảng viên ..., có 5 đảng viên ...; 4 đảng viên ...``)
        takes as trigger the count of the same noun earlier in the sentence of its first item."""
        text = article.text
        first = record.items[0]
        if not opens_with_number(text, first):
            if record.cue == "introducer" and not record.labelled:
                self.adopt_subject_count(article, record, triggers)
            return
        noun = regex.match(r"[\d.,]+\s+(\S+(?:\s+\S+)?)", text[first[0] : first[1]])
        sentence_start = article.sentence_at(first[0])[0]
        if self.adopt_sum(article, record, triggers, sentence_start):
            return
        for trigger in reversed(triggers):
            span = trigger.span
            if trigger.count is None or not sentence_start <= span.start_char < first[0] or noun is None:
                continue
            head = trigger.head.text
            if match_key(noun.group(1)).startswith(match_key(head)):
                record.trigger, record.head, record.count = (span.start_char, span.end_char), head, trigger.count
                return


READERS = (
    ListRecognizer.in_parentheses,
    ListRecognizer.after_introducer,
    ListRecognizer.on_marked_sentences,
    ListRecognizer.on_numbered_sentences,
    ListRecognizer.on_parallel_sentences,
    ListRecognizer.after_semicolons,
    ListRecognizer.after_connector,
    ListRecognizer.names_after_count,
    ListRecognizer.in_next_sentence,
)


SEMICOLON = regex.compile(";")


def first_semicolons(article: Article) -> list[regex.Match]:
    """The first ``;`` of each sentence that has one."""
    matches, last_sentence = [], None
    for match in SEMICOLON.finditer(article.text):
        sentence = article.sentence_at(match.start())
        if sentence != last_sentence:
            matches.append(match)
            last_sentence = sentence
    return matches


def first_word(span: Span) -> Span:
    """The first segmented word of ``span`` (``giai đoạn`` of ``giai đoạn khó khăn``)."""
    end = span.start + 1
    while end < span.end and not span.doc[end]._.word_start:
        end += 1
    return span.doc[span.start : end]


def without_word_markers(text: str, items: list[Item]) -> list[Item]:
    """``hai vấn đề: một là nguồn gốc ..., hai là quá trình ...``: when every item opens with an ordinal marker in
    words, each leaves it out (guidelines: the span leaves out the marker)."""
    markers = [word_marker_pattern().match(text, start, end) for start, end in items]
    if len(items) < 2 or any(marker is None or marker.end() >= end for marker, (_, end) in zip(markers, items)):
        return items
    return [(marker.end(), end) for marker, (_, end) in zip(markers, items) if marker is not None]


NUMBER_PAIR_JOINT = regex.compile(r"\d\s?[/\-–]\s?$")


def second_of_a_pair(text: str, start: int) -> bool:
    """The number at ``start`` follows another and a ``/`` or dash (``1/500``, ``1-4``, ``4 - 1``): the second term of
    a ratio, a score or a range, which counts nothing."""
    return NUMBER_PAIR_JOINT.search(text, max(0, start - 4), start) is not None


def parts_of(text: str, items: list[Item], count: int | None) -> bool:
    """No item of a breakdown counts more than the whole (``bí số 474 LV, ... gồm 40 bánh heroin, 120.000 viên
    ...``: the numbers are no parts of 474)."""
    return count is None or all((leading_number(text, item) or 0) <= count for item in items)


def counted_in_own_sentence(text: str, items: list[Item], count: int, sentence_end: int) -> list[Item]:
    """The items of a count's own sentence alone when they already make the count, as many or as parts
    (``4 bệnh nhân ... gồm: một ca ghép tim, một ca ghép gan và hai ca ghép thận. Theo BS A, ...``):
    a sentence run on after them adds no member."""
    own = [item for item in items if item[0] < sentence_end]
    if not own or len(own) == len(items):
        return items
    if len(own) == count:
        return own
    # "một ca ghép tim, một ca ghép gan và hai ca ghép thận": "một" counts one in every part, the first too
    parts = [leading_number(text, item) or (1 if ONE_GROUP.match(text, *item) else None) for item in own]
    return own if len(own) >= 2 and None not in parts and sum(p or 0 for p in parts) == count else items


def is_item_count(value) -> bool:
    """A number that can count the items of a set: whole and below a million (``74,9 tỷ baht`` is an amount)."""
    return isinstance(value, int) and 0 < value < MAX_ITEM_COUNT


def write_span_groups(doc: Doc, found: list[Found]) -> None:
    """``doc.spans["lists"]``, ``["list_triggers"]`` and ``["list_items"]``, linked by ``_.list_index``."""
    lists: list[Span] = []
    triggers: list[Span] = []
    items: list[Span] = []
    order = {id(record): index for index, record in enumerate(found)}
    for index, record in enumerate(found):
        extent = char_span(doc, *record.extent, record.cue, index)
        members = [span for s, e in record.items if (span := char_span(doc, s, e, "ITEM", index)) is not None]
        if extent is None or len(members) < 2:
            continue
        extent._.list_head = record.head
        extent._.announced_count = record.count
        extent._.list_parent = None if record.parent is None else order.get(id(record.parent))
        lists.append(extent)
        if record.trigger and (trigger := char_span(doc, *record.trigger, "TRIGGER", index)) is not None:
            triggers.append(trigger)
        items.extend(members)
    doc.spans["lists"] = lists
    doc.spans["list_triggers"] = triggers
    doc.spans["list_items"] = items


def char_span(doc: Doc, start: int, end: int, label: str, index: int) -> Span | None:
    """A span of the group ``label`` for list ``index``; the span id keeps two lists' spans apart."""
    span = doc.char_span(start, end, label=label, alignment_mode="expand")
    if span is None:
        return None
    span = Span(doc, span.start, span.end, label=label, span_id=f"list-{index}")
    span._.list_index = index
    return span

