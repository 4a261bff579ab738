"""Text rules: entities found by their own shape, with no trigger before them.

Quoted titles after an event noun, numbered documents, laws by title, named ethnic groups,
websites and bylines (guidelines, MISC, ORG, PER). Each rule is one method returning its
spans; ``TextRules.__call__`` runs them all, each with its precedence class.
"""

from __future__ import annotations

from collections.abc import Callable

import regex
from spacy.tokens import Doc, Span

from ...doctools import doc_text, iter_lines, regex_spans, text_positions
from ...phrases import PhraseIndex, match_keys, match_keys_before, phrase_keys
from ...textnorm import match_key
from .completions import previous_word
from .names import person_name_shape
from .patterns import AGENCY_CREDIT, BYLINE_PREFIX, BYLINE_SOURCE_NOTE, DATELINE, DOCUMENT, OPENING_QUOTES, WEBSITE, WEBSITE_DOMAIN
from .triggers import PATTERNS_KEY
from .vocabulary import RuleVocabulary, load_rules


def alternation(words: list[str]) -> str:
    """A regex alternation of ``words``, longest first, each escaped."""
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


def is_name_text(text: str) -> bool:
    """One to four capitalised syllables and nothing else."""
    words = text.split()
    if len(words) == 1 and words[0].isupper():
        return False  # "PV", "TTXVN", "NDTV": one word in capitals is an outlet's signature, not a name
    return 1 <= len(words) <= 4 and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)


def has_a_lowercase_word(doc: Doc, start: int, end: int) -> bool:
    """True when a word of tokens ``start:end`` (by the Doc's word segmentation) begins in lowercase."""
    return any(t.is_lower for t in doc[start:end] if t._.word_start)


def number_after(doc: Doc, end: int) -> int:
    """Past the number a law's title is given with: "Bộ luật Hình sự số 100/2015/QH13" (notes, 36)."""
    if end + 1 >= len(doc) or doc[end].norm_ != "số" or not doc[end].whitespace_ or not doc[end + 1].is_digit:
        return end
    j = end + 2
    while j < len(doc) and not doc[j - 1].whitespace_ and (doc[j].is_alpha or doc[j].is_digit or doc[j].text in "/-") \
            and not (doc[j].text in "/-" and (j + 1 >= len(doc) or doc[j].whitespace_ or not (doc[j + 1].is_alpha or doc[j + 1].is_digit))):
        j += 1
    return j


def year_after(doc: Doc, end: int) -> int:
    """Past the year a title is of: "Luật Đất đai 2024", "Bộ luật Hình sự năm 2015"."""
    j = end + 1 if end < len(doc) and doc[end].norm_ == "năm" else end
    if j < len(doc) and doc[j].like_num and len(doc[j].text) == 4 and doc[j - 1].whitespace_:
        return j + 1
    return end


def texts_by_length(phrases: list[str]) -> list[tuple[str, ...]]:
    """Phrases as tuples of their space-separated token texts, longest first."""
    return sorted({tuple(p.split()) for p in phrases}, key=len, reverse=True)


def texts_at(doc: Doc, i: int, phrases: list[tuple[str, ...]]) -> int | None:
    """The end of the first of ``phrases`` whose token texts match exactly from token ``i``, or None."""
    for texts in phrases:
        end = i + len(texts)
        if end <= len(doc) and all(doc[i + k].text == text for k, text in enumerate(texts)):
            return end
    return None


YEAR = regex.compile(r"^(?:19|20)\d\d$")


def glued_run_end(doc: Doc, i: int) -> int:
    """The end of the run of tokens from ``i`` written without spaces between them (``S``, ``8`` of ``S8``)."""
    end = i + 1
    while end < len(doc) and not doc[end - 1].whitespace_ and (doc[end].text[:1].isalnum() or doc[end].text in "+-"):
        end += 1
    return end


class TextRules:
    """The trigger-free entity rules, their regexes compiled once from the rule vocabulary."""

    def __init__(self, vocab: RuleVocabulary):
        rules = load_rules()
        self.vocab = vocab
        self.website_pattern = regex.compile(WEBSITE, regex.IGNORECASE)
        self.website_domain = regex.compile(WEBSITE_DOMAIN, regex.IGNORECASE)
        self.document_pattern = regex.compile(DOCUMENT.format(documents=alternation(rules["documents"]),
                                                              followers=alternation(rules["document_number_followers"])), regex.IGNORECASE)
        self.numbered_programme_pattern = regex.compile(rf"(?<![\p{{L}}\d])(?i:{alternation(rules['numbered_programmes'])})(?![\p{{L}}\d])")
        self.lowercase_bodies = PhraseIndex(phrase_keys(rules["lowercase_state_bodies"]))
        self.law_compounds = frozenset(match_key(w) for w in rules["law_compounds"])
        self.law_plural_words = frozenset(match_key(w) for w in rules["law_plural_words"])
        self.programme_heads = PhraseIndex(phrase_keys(rules["programme_heads"]))
        self.programme_stops = frozenset(match_key(w) for w in rules["programme_title_stops"])
        self.festival_heads = PhraseIndex(phrase_keys(rules["festival_heads"]))
        self.festival_stops = self.programme_stops | {match_key(w) for w in rules["festival_title_stops"]}
        self.name_breaking_words = frozenset(match_key(w) for w in rules["name_breaking_words"])
        self.festival_followers = frozenset(match_key(w) for w in rules["festival_name_followers"])
        self.document_heads = PhraseIndex(phrase_keys([*rules["documents"], *rules["code_heads"]]))
        self.byline_prefix = regex.compile(BYLINE_PREFIX.format(prefixes="|".join(regex.escape(p) for p in rules["byline_prefixes"])))
        self.dateline_pattern = regex.compile(DATELINE)
        self.agency_credit_pattern = regex.compile(AGENCY_CREDIT.format(agencies=alternation(rules["credit_agencies"])))
        groups, contexts = alternation(rules["ethnic_groups"]), alternation(rules["ethnic_group_context"])
        self.ethnic_pattern = regex.compile(rf"(?<![\p{{L}}])(?i:{contexts})\s+(?P<name>{groups})(?![\p{{L}}\p{{M}}’'-])")
        exams, contexts = alternation(rules["exams"]), alternation(rules["exam_context"])
        self.exam_pattern = regex.compile(rf"(?<![\p{{L}}])(?i:{contexts})\s+(?P<name>(?i:{exams}))(?![\p{{L}}\p{{M}}])")
        self.product_lines = texts_by_length(rules["product_lines"])
        self.product_lines_with_model = texts_by_length(rules["product_lines_with_model"])
        self.product_makers = texts_by_length(rules["product_makers"])
        self.product_model_code = regex.compile(rules["product_model_code"])
        self.product_model_words = frozenset(rules["product_model_words"])
        self.product_model_max = rules["product_model_max"]
        self.product_code_not_before = frozenset(match_key(w) for w in rules["product_code_not_before"])
        dynasties, contexts = alternation(rules["dynasties"]), alternation(rules["dynasty_context"])
        self.dynasty_pattern = regex.compile(rf"(?<![\p{{L}}])(?i:{contexts})\s+(?P<name>nhà\s+(?:{dynasties}))"
                                             rf"(?![\p{{L}}\p{{M}}’'-])(?!\s+\p{{Lu}})")

    def __call__(self, doc: Doc, is_org_at: Callable[[int], bool]) -> list[tuple[Span, str]]:
        """Every text rule's spans with its precedence class; ``is_org_at(i)``: a rule ORG starts at token ``i``."""
        rules = (self.quoted_titles, self.documents, self.laws, self.programmes, self.festivals, self.ethnic_groups, self.dynasties, self.exams,
                 self.websites, self.lowercase_state_bodies, self.sources)
        found = [(span, "rule") for rule in rules for span in rule(doc)]
        found.extend((span, "weak") for span in self.products(doc))  # a longer model name holding it wins
        found.extend((span, "byline") for span in self.bylines(doc, is_org_at))
        return found

    def quoted_titles(self, doc: Doc) -> list[Span]:
        """Quoted titles after an event or work noun (Hội thảo “...”, bộ phim truyền hình “...”) or a
        naming phrase (mang tên “...”) are MISC, without the quotes."""
        spans = []
        for i in text_positions(doc, OPENING_QUOTES):
            token = doc[i]
            closing = OPENING_QUOTES.get(token.text)
            if closing is None or not self.introduces_a_title(doc, i):
                continue
            end = next((k for k in range(token.i + 1, len(doc)) if doc[k].text == closing or "\n" in doc[k].text), None)
            if end is not None and doc[end].text == closing and end > token.i + 1:
                spans.append(Span(doc, token.i + 1, end, label="MISC"))
        return spans

    def introduces_a_title(self, doc: Doc, quote: int) -> bool:
        """Whether the words before the opening quote at ``quote`` name what it quotes as a title: a work
        or event noun right before it; or, when the quoted text opens with a capital, that noun with a
        few lowercase words between (not function words), or a naming phrase, a colon allowed."""
        vocab = self.vocab
        if match_keys_before(doc, quote, vocab.quote_heads) is not None:
            return True
        if quote + 1 >= len(doc) or not doc[quote + 1].text[:1].isupper():
            return False
        before_colon = quote - 1 if quote > 0 and doc[quote - 1].text == ":" else quote
        naming = match_keys_before(doc, before_colon, vocab.quote_naming)
        if naming is not None:
            return not self.names_a_body_or_person(doc, naming)
        for gap in range(1, vocab.quote_max_gap + 1):
            word = doc[quote - gap] if quote - gap >= 0 else None
            if word is None or not word.is_lower or not word.is_alpha or word.norm_ in vocab.quote_gap_stops:
                return False
            if match_keys_before(doc, quote - gap, vocab.quote_heads) is not None:
                return True
        return False

    def names_a_body_or_person(self, doc: Doc, naming: int) -> bool:
        """Whether a body, account or person word stands in the few words before the naming phrase at
        ``naming`` (tổ chức ... có tên “...”): the quote then names that, not a title."""
        words = self.vocab.quote_naming_not_after
        for k in range(max(0, naming - self.vocab.quote_naming_window), naming):
            if any((end := match_keys(doc, k, keys)) is not None and end <= naming for keys in words.starting_at(doc[k])):
                return True
        return False

    def products(self, doc: Doc) -> list[Span]:
        """Products and models are MISC (``iPhone 7 Plus``, ``Samsung Galaxy S8``, ``Boeing 787``); a maker
        alone is left to the model (ORG)."""
        spans = []
        i = 0
        while i < len(doc):
            end = self.product_end(doc, i)
            if end is None:
                i += 1
                continue
            spans.append(Span(doc, i, end, label="MISC"))
            i = end
        return spans

    def product_end(self, doc: Doc, i: int) -> int | None:
        """The end of a product named from token ``i`` (maker, line, model words), or None."""
        line_end = texts_at(doc, i, self.product_lines)
        if line_end is not None:
            return self.model_end(doc, line_end)
        maker_end = texts_at(doc, i, self.product_makers)
        if maker_end is not None:
            line_end = texts_at(doc, maker_end, self.product_lines) or texts_at(doc, maker_end, self.product_lines_with_model)
            if line_end is not None:
                return self.model_end(doc, line_end)
            model_end = self.model_end(doc, maker_end)
            if model_end == maker_end or (doc[maker_end:model_end].text.isdigit() and model_end < len(doc)
                                          and doc[model_end].norm_ in self.product_code_not_before):
                return None
            return model_end
        line_end = texts_at(doc, i, self.product_lines_with_model)
        if line_end is None:
            return None
        model_end = self.model_end(doc, line_end)
        return model_end if model_end > line_end else None

    def model_end(self, doc: Doc, i: int) -> int:
        """The end of the model words from token ``i``: codes such as ``S8`` (one glued run of tokens: the
        tokenizer splits ``S`` from ``8``) and words such as ``Plus``, at most ``product_model_max``."""
        end, runs = i, 0
        while end < len(doc) and runs < self.product_model_max:
            run_end = glued_run_end(doc, end)
            text = doc[end:run_end].text
            if not (self.product_model_code.match(text) or text in self.product_model_words) or (end > i and YEAR.match(text)):
                break  # a model year after the model is no part of its name: "Audi Q5 | 2017"
            end, runs = run_end, runs + 1
        return end

    def documents(self, doc: Doc) -> list[Span]:
        """Numbered documents ("Nghị quyết số 21-NQ/TW", "chỉ thị số 18-CT/HU") are MISC."""
        return regex_spans(doc, self.document_pattern, "MISC", alignment_mode="contract")

    def laws(self, doc: Doc) -> list[Span]:
        """Laws by title: "Luật Đất đai", "Luật Hỗ trợ doanh nghiệp nhỏ và vừa", "Bộ luật Hình sự 2015":
        a capitalised word after "Luật", then lowercase title words up to a function word or verb of
        ``law_title_stops`` ("và" only inside the title, before another lowercase word). An amending
        law runs to the end of the law it amends: "Luật sửa đổi, bổ sung một số điều của Luật Đất đai"."""
        spans = []
        i = 0
        for k in text_positions(doc, ("Luật", "luật")):  # the scan's only tokens that can start a law
            if k < i:
                continue
            i = k
            token = doc[i]
            after_bo = i > 0 and doc[i - 1].text == "Bộ" and bool(doc[i - 1].whitespace_)
            if not (token.text == "Luật" or token.text == "luật" and after_bo) or i + 1 >= len(doc) or self.inside_a_name(doc, i, after_bo):
                continue
            amended = self.amended_law(doc, i) if not after_bo else None
            if amended is not None:
                end = number_after(doc, year_after(doc, self.law_title_end(doc, amended)))
            elif doc[i + 1]._.is_cap and doc[i + 1].is_alpha:
                end = number_after(doc, year_after(doc, self.law_title_end(doc, i)))
            elif self.opens_a_lowercase_title(doc, i, after_bo):
                end = number_after(doc, year_after(doc, self.law_title_end(doc, i)))
                if end - i < 3:
                    continue  # "Luật đất" + a stop word: too short to be sure it is a title
            else:
                continue
            spans.append(Span(doc, i - 1 if after_bo else i, end, label="MISC"))
            i = end
        return spans

    def opens_a_lowercase_title(self, doc: Doc, i: int, after_bo: bool) -> bool:
        """"Luật" inside a sentence, or "Bộ luật", before a lowercase title word that starts a word of
        its own: "vi phạm Luật phòng chống tham nhũng", "Bộ luật tố tụng hình sự"; not "Luật sư"."""
        nxt = doc[i + 1]
        if i > 0 and doc[i - 1].norm_ in self.law_plural_words:
            return False  # "các Luật thuộc danh mục": laws, no name
        if not (nxt.is_alpha and nxt.is_lower and (nxt._.word_start or after_bo) and doc[i].whitespace_) \
                or (doc[i].is_sent_start and not after_bo):
            return False
        return nxt.norm_ not in self.vocab.law_title_stops and nxt.norm_ not in self.law_compounds

    @staticmethod
    def inside_a_name(doc: Doc, i: int, after_bo: bool) -> bool:
        """"Luật" as a word of another name: "Báo Pháp Luật TP.HCM", "Trường Đại học Luật Hà Nội"."""
        if i == 0 or after_bo:
            return False
        before = previous_word(doc, i)
        return bool(before) and before[0]._.is_cap and before[0].is_alpha and not before[0].is_sent_start

    def amended_law(self, doc: Doc, i: int) -> int | None:
        """The "Luật" of the law that "Luật sửa đổi, bổ sung ..." at token ``i`` amends (the first one
        named, within ``law_title_max`` words), if any."""
        if i + 2 >= len(doc) or doc[i + 1].norm_ != "sửa" or doc[i + 2].norm_ != "đổi":
            return None
        for k in range(i + 3, min(len(doc) - 1, i + 3 + self.vocab.law_title_max)):
            after_bo = doc[k].norm_ == "luật" and doc[k - 1].text == "Bộ"  # "... của Bộ luật Hình sự"
            titled = doc[k + 1]._.is_cap and doc[k + 1].is_alpha or self.opens_a_lowercase_title(doc, k, after_bo)
            if (doc[k].text == "Luật" or after_bo) and titled:
                return k  # "... của Luật Đất đai", "... của Luật các tổ chức tín dụng"
            if not (doc[k].is_lower or doc[k].text == "," or doc[k].text == "Bộ" and doc[k + 1].norm_ == "luật"):
                return None
        return None

    def law_title_end(self, doc: Doc, i: int) -> int:
        """The end of the lowercase title words after "Luật" and its capitalised first word."""
        stops, end = self.vocab.law_title_stops, i + 2
        while end < len(doc) and end - i <= self.vocab.law_title_max and doc[end].is_alpha and doc[end - 1].whitespace_ \
                and not doc[end]._.is_cap:
            phrase = next((match_keys(doc, end, keys) for keys in self.vocab.law_title_phrases.starting_at(doc[end])
                           if match_keys(doc, end, keys) is not None), None)
            if phrase is not None:
                joins = any(t.norm_ in ("và", "hoặc") for t in doc[end:phrase])
                end = phrase  # "nhỏ và vừa": a phrase of titles, whatever its words
                if joins:
                    break  # as "và" inside a title, the phrase ends it
            elif doc[end].norm_ in ("và", "hoặc") and self.joins_title_words(doc, end) and has_a_lowercase_word(doc, i + 1, end):
                end += 2  # "cá nhân và tổ chức"; not after the capitalised first word alone: "Bộ luật Hình sự | và áp dụng"
            elif doc[end].norm_ == "và" and self.joins_a_capitalised_title_word(doc, end):
                end += 2  # "Luật Hôn nhân và Gia đình", "Luật Khoa học và Công nghệ"
            elif doc[end].norm_ in stops:
                break
            else:
                end += 1
        return end

    def joins_a_capitalised_title_word(self, doc: Doc, j: int) -> bool:
        """"và" in a law's title before a capitalised word that opens no document and no other name
        (no trigger phrase starts there): "Luật Phí và Lệ phí"; not "Luật Đầu tư và Luật Doanh nghiệp",
        "Luật Trẻ em và Nghị định ...", "Luật Đất đai và Bộ Tài chính"."""
        if j + 1 >= len(doc) or not doc[j].whitespace_ or not doc[j + 1].is_alpha or not doc[j + 1]._.is_cap or doc[j + 1].is_upper:
            return False
        if any(match_keys(doc, j + 1, keys) is not None for keys in self.document_heads.starting_at(doc[j + 1])):
            return False
        return not any(span.start == j + 1 for span in doc.spans.get(PATTERNS_KEY, []))

    def joins_title_words(self, doc: Doc, j: int) -> bool:
        """"và" inside a title joins two lowercase words, the second ending the title: "nhỏ và vừa"."""
        stops = self.vocab.law_title_stops
        if j + 1 >= len(doc) or not doc[j + 1].is_alpha or doc[j + 1]._.is_cap:
            return False
        nxt = doc[j + 2] if j + 2 < len(doc) else None
        return nxt is None or not nxt.is_alpha or nxt.norm_ in stops or doc[j + 1].norm_ not in stops

    def programmes(self, doc: Doc) -> list[Span]:
        """National programmes and strategies with their title ("Chương trình mục tiêu quốc gia xây dựng
        nông thôn mới", "Chiến lược quốc gia phòng, chống tham nhũng") and programmes named by their
        number ("chương trình 135") are MISC (guidelines: named programmes). A lowercase head needs a
        capitalised title ("chương trình mục tiêu quốc gia Xây dựng Nông thôn mới")."""
        spans = regex_spans(doc, self.numbered_programme_pattern, "MISC")
        i = 0
        for k in self.programme_heads.start_positions(doc):  # the scan's only tokens where a head can match
            if k < i:
                continue
            i = k
            head = next((end for keys in self.programme_heads.starting_at(doc[i])
                         if (end := match_keys(doc, i, keys)) is not None), None)
            if head is None or not (doc[i].is_sent_start or not doc[i]._.is_cap or i == 0 or not doc[i - 1]._.is_cap):
                continue
            end = self.programme_title_end(doc, head)
            if end > head and (doc[i]._.is_cap or doc[head]._.is_cap):  # "chương trình quốc gia tập trung ...": no name
                spans.append(Span(doc, i, end, label="MISC"))
            i = max(end, i + 1)
        return spans

    def programme_title_end(self, doc: Doc, start: int) -> int:
        """The end of a programme's title words after its head: words up to a stop word or a sign."""
        end = start
        while end < len(doc) and end - start < self.vocab.law_title_max and doc[end].is_alpha and doc[end - 1].whitespace_:
            phrase = next((stop for keys in self.vocab.law_title_phrases.starting_at(doc[end])
                           if (stop := match_keys(doc, end, keys)) is not None), None)
            if phrase is not None:
                end = phrase  # "nông thôn mới", "phòng, chống"
            elif doc[end].norm_ in self.programme_stops and end > start:
                break
            elif doc[end].norm_ in ("và", "hoặc") and end > start and end + 1 < len(doc) and doc[end + 1].is_alpha \
                    and doc[end + 1].norm_ not in self.programme_stops:
                end += 2  # "Xây dựng nông thôn mới và Giảm nghèo bền vững"
            elif doc[end].norm_ in self.programme_stops:
                break
            else:
                end += 1
        return end

    def festivals(self, doc: Doc) -> list[Span]:
        """Named festivals and fairs are MISC with their type word and year (notes, 34): "Lễ hội cà phê
        Buôn Ma Thuột", "Liên hoan văn hóa cồng chiêng Tây Nguyên năm 2017", "lễ hội Xuân Yên Tử 2017".
        The title ends after its last capitalised word; a lowercase head needs two capitalised syllables
        right after it, and a head inside a capitalised name ("Ban Tổ chức Lễ hội ...") opens none. A title
        whose capitalised words run on in lowercase ("Lễ hội Khèn | hoa", "Liên hoan Ẩm | thực quốc tế") has
        no end the rule can tell: it is left to the model."""
        spans = []
        i = 0
        for k in self.festival_heads.start_positions(doc):  # the scan's only tokens where a head can match
            if k < i:
                continue
            i = k
            head = next((end for keys in self.festival_heads.starting_at(doc[i])
                         if (end := match_keys(doc, i, keys)) is not None), None)
            if head is None or i > 0 and doc[i - 1]._.is_cap and doc[i - 1].is_alpha and not doc[i].is_sent_start:
                continue
            end = self.festival_title_end(doc, head)
            lowercase_head_named = head + 1 < end and doc[head]._.is_cap and doc[head + 1]._.is_cap
            if end > head and (doc[i]._.is_cap or lowercase_head_named) and not self.festival_runs_on(doc, end):
                spans.append(Span(doc, i, year_after(doc, end), label="MISC"))
            i = max(end, i + 1)
        return spans

    def festival_title_end(self, doc: Doc, start: int) -> int:
        """The end of a festival's title after its head: past its last capitalised word, among words up
        to a stop word, a word of tense or predication or a sign (a dash only between two capitalised words: "Việt - Lào",
        not before an abbreviation that restates the name: "Đà Nẵng | – DIFF 2017"); ``start`` when no capitalised word comes."""
        end, j = start, start
        while j < len(doc) and j - start < self.vocab.law_title_max and doc[j - 1].whitespace_:
            token = doc[j]
            if token.text in ("-", "–") and end == j and j + 1 < len(doc) and doc[j + 1]._.is_cap and not doc[j + 1].is_upper:
                j += 1
                continue
            if not token.is_alpha or token.is_lower and (token.norm_ in self.festival_stops or token.norm_ in self.name_breaking_words
                                                        or end == start and j - start >= 4):
                break  # at most four lowercase syllables before the name: "văn hóa cồng chiêng Tây Nguyên"
            j += 1
            if token._.is_cap:
                end = j
        return end

    def festival_runs_on(self, doc: Doc, end: int) -> bool:
        """The word after a festival's last capitalised word goes on with its title: the rest of that
        word ("Ẩm thực", "Đỗ quyên") or a lowercase noun or adjective ("Khèn hoa", "Diều quốc tế"), not a
        stop word nor a word that follows a festival's name ("Đồng Hoa | thường niên", ``festival_name_followers``)."""
        if end >= len(doc) or not doc[end].is_alpha or not doc[end].is_lower or not doc[end - 1].whitespace_ and doc[end]._.word_start:
            return False
        if doc[end].norm_ in self.festival_stops or doc[end].norm_ in self.vocab.law_title_stops or doc[end].norm_ in self.festival_followers:
            return False
        return not doc[end]._.word_start or doc[end].tag_[:1] in ("N", "A")

    def ethnic_groups(self, doc: Doc) -> list[Span]:
        """A named ethnic group after "dân tộc", "người", "đồng bào" ...: "người Mông", "dân tộc Dao" (guidelines, MISC)."""
        return regex_spans(doc, self.ethnic_pattern, "MISC", group="name")

    def dynasties(self, doc: Doc) -> list[Span]:
        """A dynasty after a word of its time or rule: "thời nhà Nguyễn", "đời nhà Trần" (notes, 34)."""
        return regex_spans(doc, self.dynasty_pattern, "MISC", group="name")

    def exams(self, doc: Doc) -> list[Span]:
        """The national exam after "thi" ("kỳ thi THPT quốc gia", notes, 34); not the curriculum ("chương trình THPT quốc gia")."""
        return regex_spans(doc, self.exam_pattern, "MISC", group="name")

    def lowercase_state_bodies(self, doc: Doc) -> list[Span]:
        """A state body or national team written lowercase before a country is the country's: "chính phủ Mỹ",
        "quân đội Philippines", "tuyển Việt Nam" are ORG, like "Chính phủ Anh" (notes, 20, and round 3; notes, 34);
        not before another name ("chính phủ Mỹ Donald ...")."""
        spans = []
        for match in doc.spans.get(PATTERNS_KEY, []):
            start, end = match.start, match.end
            if match.label_ != "LOC" or match.id_ != "fixed" or not doc[start]._.is_cap or start < 2:
                continue
            if end < len(doc) and doc[end]._.is_cap and doc[end].is_alpha and doc[end - 1].whitespace_:
                continue
            for keys in self.lowercase_bodies.ending_at(doc[start - 1]):
                begin = start - len(keys)
                lowercase = all(t.is_lower or t.i == begin and t.is_sent_start for t in doc[begin:start]) if begin >= 0 else False
                if lowercase and match_keys(doc, begin, keys) == start:
                    spans.append(Span(doc, begin, end, label="ORG"))
                    break
        return spans

    def sources(self, doc: Doc) -> list[Span]:
        """The source of a dateline ("(ICTPress) - ...") and the outlet after an agency's slash
        ("TTXVN/Tin Tức") are ORG (guidelines, ORG: media and sources); not a place or a person's name."""
        spans = regex_spans(doc, self.dateline_pattern, "ORG", group="name") + regex_spans(doc, self.agency_credit_pattern, "ORG", group="name")
        return [s for s in spans if match_key(s.text) not in self.vocab.places
                and not person_name_shape(s, self.vocab.surnames, self.vocab.ambiguous_surnames, self.vocab.middle_names)]

    def websites(self, doc: Doc) -> list[Span]:
        """Websites named as sources ("Baohatinh.vn", "moh.gov.vn") are ORG."""
        if self.website_domain.search(doc_text(doc)) is None:
            return []  # no domain, no website: the text is not searched for hosts
        return regex_spans(doc, self.website_pattern, "ORG")

    def bylines(self, doc: Doc, is_org_at: Callable[[int], bool]) -> list[Span]:
        """Names on a byline or credit line ("PHƯƠNG LAN", "Mỹ Linh – Thanh Hoa", "Tác giả: Trí Minh")."""
        spans = []
        text = doc_text(doc)
        lines = [(s, e, line) for s, e, line in iter_lines(text) if line.strip()]
        for number, (start, end, line) in enumerate(lines):
            prefix = self.byline_prefix.match(line)
            if number == 0 or not (prefix or number == 1 or number >= len(lines) - 2):
                continue  # bylines stand under the title or at the end; the first line is the title
            body_start = start + (prefix.end() if prefix else 0)
            body = BYLINE_SOURCE_NOTE.sub("", text[body_start:end]).rstrip(" .")
            if match_key(body.split(" ", 1)[0]) in self.vocab.title_starts:
                continue  # "Ông Tần" is a caption, not a signature
            parts = regex.split(r"\s*[,–-]\s*", body)
            if not body or len(parts) > 3 or not all(is_name_text(p) for p in parts) or match_key(body) in self.vocab.byline_words:
                continue
            position = body_start
            for part in parts:
                part_start = text.index(part, position)
                span = doc.char_span(part_start, part_start + len(part), label="PER")
                position = part_start + len(part)
                if span is not None and not is_org_at(span.start):  # "Nguồn tin: Báo VOV" stays an ORG; "Thanh Hà", "Châu Anh" sign
                    spans.append(span)
        return spans
