"""Roles: who holds which post, in which body (guidelines, Roles).

Runs after the entities and reads ``doc.ents`` only. One procedure, in four steps:
1. **Posts.** At each token, the longest post of ``data/roles.json`` (``Phó`` and the like
   before it, ``Thường trực`` after it), with the department a fused post takes
   (``Trưởng ban Tuyên giáo``), and the status word written before it (``nguyên``, ``tân``).
2. **Bodies.** The body a post belongs to is what follows it directly: an ORG or LOC entity
   (``Tỉnh ủy Lào Cai``; ``Tổng thống Mỹ``: a place used for its authorities), or a generic
   body (``UBND tỉnh``, ``Đảng ủy xã``); nothing else.
3. **Chains.** Posts joined by ``,``, ``và``, ``kiêm`` form one chain, held by one person
   (``Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Đỗ Trọng Hưng``); a post
   with no body before ``và``/``kiêm`` shares the next post's (``Giám đốc và Phó Giám đốc Sở
   Y tế``).
4. **People.** A chain is held by the PER entity right after it (titles and ranks between
   are skipped), else by the PER entity right before it across an apposition mark
   (``ông A, Giám đốc Sở Tài chính``, ``A - Bí thư Huyện ủy``), else by the nearest PER
   entity before a predicate that ends just before it (``ông A được bầu giữ chức ...``,
   ``bổ nhiệm ông A làm ...``), in the same sentence; a chain with no person gives no record.
Status: the word before the post, else the predicate's, else ``current``; the posts of a career
(``trải qua nhiều vị trí công tác như: ...``) are former, held by the sentence's subject when no
person is written with them.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from ...phrases import PhraseIndex, match_keys, match_keys_before
from .patterns import RolePatterns

PER_LABELS = {"PER"}
ORG_LABELS = {"ORG", "LOC"}


@dataclass
class Post:
    """A post found in the text: token offsets of the role, of its body (or None), and its status word."""

    start: int
    end: int
    org: tuple[int, int] | None
    status: str | None

    @property
    def stop(self) -> int:
        """The token after the post and its body."""
        return self.org[1] if self.org else self.end


class EntityIndex(dict):
    """The Doc's entities by start token (the mapping itself), by end token (``by_end``) and by
    every token they cover (``covering``), built once per Doc."""

    def __init__(self, ents):
        super().__init__({ent.start: ent for ent in ents})
        self.by_end = {ent.end: ent for ent in ents}
        self.covering = {i: ent for ent in ents for i in range(ent.start, ent.end)}


class RoleRecognizer:
    """Write ``doc._.roles``: one record per post held by a named person."""

    def __init__(self, nlp: Language, name: str = "roles"):
        self.name = name
        self.patterns = RolePatterns()

    def __call__(self, doc: Doc) -> Doc:
        entity_at = EntityIndex(doc.ents)
        records: list[dict] = []
        starts = self.post_starts(doc)
        for sentence in doc.sents:
            posts = self.find_posts(doc, sentence, entity_at, entity_at.covering, starts)
            career = self.career(doc, sentence, entity_at) if posts else None
            for chain in self.chains(doc, posts):
                heading = self.heading_holders(doc, sentence, chain, entity_at)
                if heading is not None:
                    records.extend(self.record(doc, person, post, post.status or "current", entity_at)
                                   for person in heading for post in chain)
                    continue
                records.extend(self.records(doc, sentence, chain, entity_at, career))
        doc._.roles = records
        return doc

    def career(self, doc: Doc, sentence: Span, entity_at: EntityIndex) -> tuple[int, int, Span | None] | None:
        """A career told in the sentence (``ông A ... trải qua nhiều vị trí công tác như: ...``): where
        it begins and ends (at the first PER entity after the phrase, else the sentence end), and the
        PER entity before the phrase, its holder."""
        for i in range(sentence.start, sentence.end):
            end = longest_match(doc, i, self.patterns.career_introducers)
            if end is None:
                continue
            holder = next((entity_at[j] for j in range(sentence.start, i)  # the subject: the sentence's first person
                           if j in entity_at and entity_at[j].label_ in PER_LABELS), None)
            stop = next((entity_at[j].end for j in range(end, sentence.end)
                         if j in entity_at and entity_at[j].label_ in PER_LABELS), sentence.end)
            return end, stop, holder
        return None

    # ---- 1 and 2: posts and their bodies ------------------------------------
    def post_starts(self, doc: Doc) -> set[int]:
        """The tokens where ``post_at`` can find a post: a deputy prefix or a post opens there (elsewhere
        both of its look-ups come back empty), read from the Doc's arrays once per Doc."""
        p = self.patterns
        return set(p.deputy_prefixes.start_positions(doc)) | set(p.posts.start_positions(doc))

    def find_posts(self, doc: Doc, sentence: Span, entity_at: EntityIndex, in_entity: set,
                   starts: set[int] | None = None) -> list[Post]:
        """The posts of ``sentence``, in order; ``starts``: the Doc's ``post_starts``, computed here when not given."""
        starts = self.post_starts(doc) if starts is None else starts
        posts: list[Post] = []
        i = sentence.start
        while i < sentence.end:
            if i not in starts:
                i += 1
                continue
            post = self.post_opening_an_org(doc, i, entity_at) if i in in_entity else self.post_at(doc, i, sentence.end, entity_at)
            if post is None:
                i += 1
                continue
            posts.append(post)
            i = post.stop
        return posts

    def post_opening_an_org(self, doc: Doc, i: int, entity_at: EntityIndex) -> Post | None:
        """A post that an ORG entity swallowed with its body (``Tổng Biên tập Tạp chí Cộng sản``): the post,
        and the rest of the entity as its body, when that rest opens with a body word."""
        ent = entity_at.get(i)
        if ent is None or ent.label_ != "ORG":
            return None
        post = self.post_at(doc, i, ent.end, entity_at)
        if post is None or post.org is None or post.org != (post.end, ent.end) or not self.opens_a_body(doc, post.end):
            return None
        return post

    def post_at(self, doc: Doc, i: int, limit: int, entity_at: EntityIndex) -> Post | None:
        """The post starting at token ``i`` (prefix, head, suffix, fused department) and its body."""
        p = self.patterns
        head_start = longest_match(doc, i, p.deputy_prefixes) or i
        head_end = longest_match(doc, head_start, p.posts)
        if head_end is None and head_start != i:  # "Phó ban" is a post of its own
            head_start, head_end = i, longest_match(doc, i, p.posts)
        if head_end is None or head_end > limit:
            return None
        if tuple(t.norm_ for t in doc[head_start:head_end]) in p.capitalised_only_posts and not doc[head_start].is_title:
            return None  # "thay mặt lãnh đạo Bộ": the leadership, no post
        tail = self.body_named_by_a_place(doc, head_start, head_end, entity_at)
        if tail is not None:
            end = tail  # "Trưởng" + "Ban chỉ đạo Tây Nguyên"
        elif head_end - head_start > 1 and self.starts_a_whole_body(doc, head_end - 1, entity_at):
            end = head_end - 1  # "Trưởng" + "Ban quản lý di tích ...", "Phó trưởng" + "Phòng Cảnh sát ..."
        else:
            end = longest_match(doc, head_end, p.post_suffixes) or head_end
            if longest_match(doc, head_start, p.posts_taking_department) == head_end:
                end = self.department_end(doc, end, limit, entity_at)
        org = self.body_at(doc, end, limit, entity_at) or self.body_after_cua(doc, end, limit, entity_at)
        status = None
        for keys, value in p.status_before_post:
            if match_keys_before(doc, i, [keys]) is not None:
                status = value
                break
        return Post(i, end, org, status)

    @staticmethod
    def body_after_cua(doc: Doc, i: int, limit: int, entity_at: EntityIndex) -> tuple[int, int] | None:
        """``Trưởng ban chỉ đạo của Chính phủ``: an ORG entity after ``của`` is the body of a post that names none."""
        if i + 1 < limit and doc[i].norm_ == "của":
            ent = entity_at.get(i + 1)
            if ent is not None and ent.label_ == "ORG" and ent.end <= limit:
                return ent.start, ent.end
        return None

    def department_end(self, doc: Doc, start: int, limit: int, entity_at: EntityIndex) -> int:
        """Where the department a fused post takes ends (``Tuyên giáo`` in ``Trưởng ban Tuyên giáo Tỉnh ủy``); it
        stops before a verb that opens the predicate (``Trưởng khoa Gây mê`` + ``là người ...``)."""
        if start >= limit or not doc[start].is_alpha or not (doc[start].is_title or doc[start].is_upper) \
                or start in entity_at or longest_match(doc, start, self.patterns.body_heads) is not None:
            return start
        end = start
        while end < limit and end - start < self.patterns.department_words_max and doc[end].is_alpha \
                and end not in entity_at and (end == start or not self.opens_a_body(doc, end)) \
                and not (doc[end].is_lower and longest_match(doc, end, self.patterns.department_stops)) \
                and not (end > start and doc[end].is_title and doc[end - 1].is_lower
                         and doc[end - 1].norm_ not in self.patterns.department_joiners):  # "Quản lý sân bay" + "Tân Sơn Nhất"
            end += 1
        return end

    def body_named_by_a_place(self, doc: Doc, start: int, end: int, entity_at: EntityIndex) -> int | None:
        """Where a post ends whose last words are a body head named by the place right after it
        (``Trưởng Ban chỉ đạo`` + ``Tây Nguyên``: the post ``Trưởng``, the body ``Ban chỉ đạo Tây Nguyên``)."""
        place = entity_at.get(end)
        if place is None or place.label_ != "LOC":
            return None
        for k in range(start + 1, end):
            if longest_match(doc, k, self.patterns.bodies_named_by_a_place) == end:
                return k
        return None

    def starts_a_whole_body(self, doc: Doc, i: int, entity_at: EntityIndex) -> bool:
        """The capitalised last word of a post (``Ban`` of ``Trưởng Ban``) starts an ORG entity that holds no
        parent body: a body of its own (``Ban quản lý di tích ... Yên Tử``), not a department fused into
        the post (``Ban Tổ chức Trung ương``: ``Trưởng Ban Tổ chức`` of ``Trung ương``)."""
        ent = entity_at.get(i)
        if ent is None or ent.label_ != "ORG" or len(ent) < 2 or not doc[i].is_title:
            return False
        return not any(self.opens_a_body(doc, k) for k in range(i + 1, ent.end))

    def opens_a_body(self, doc: Doc, i: int) -> bool:
        """A capitalised body head (``Sở``, ``Phòng``) or an abbreviation (``TƯ`` of ``Ban Tổ chức TƯ``) opens
        the next body; ``phòng`` of ``Quốc phòng`` does not."""
        token = doc[i]
        return (token.is_title or token.is_upper) and longest_match(doc, i, self.patterns.body_heads) is not None \
            or token.is_alpha and token.is_upper and len(token.text) >= 2

    def body_at(self, doc: Doc, i: int, limit: int, entity_at: EntityIndex) -> tuple[int, int] | None:
        """The body named right at token ``i``: an ORG or LOC entity, or a generic body with its unit word."""
        if i >= limit:
            return None
        ent = entity_at.covering.get(i)
        if ent is not None and ent.start < i:  # "Chủ tịch Hội đồng trị sự" + the rest of the ORG it starts
            return (i, ent.end) if ent.label_ == "ORG" and doc[i].is_alpha and (doc[i].is_title or doc[i].is_upper) else None
        if ent is not None:
            if ent.label_ in ORG_LABELS or (ent.label_ == "MISC" and self.opens_a_body(doc, i)) or self.body_taken_for_a_person(doc, ent):
                return ent.start, ent.end  # "Giám đốc Nhà hát Kịch TP.HCM", tagged MISC
            return None
        heads = self.patterns.body_heads if doc[i].is_title or doc[i].is_upper else self.patterns.lowercase_body_heads
        end = longest_match(doc, i, heads)
        if end is None:
            return (i, i + 1) if is_acronym(doc[i]) else None  # "Chủ tịch VCCI", "Giám đốc FBI": an abbreviated body
        end = self.team_end(doc, i, end, limit, entity_at)
        while end < limit:  # "BCH Đảng bộ", "Ban Thường vụ Tỉnh ủy", "UBND tỉnh", then a place: "UBND tỉnh" + "Lào Cai"
            ent = entity_at.get(end)
            if ent is not None:
                return i, ent.end if ent.label_ in ORG_LABELS else end
            more = longest_match(doc, end, self.patterns.unit_words) or longest_match(doc, end, self.patterns.body_heads)
            if more is None:
                break
            end = more
        return i, end

    def body_taken_for_a_person(self, doc: Doc, ent: Span) -> bool:
        """A PER entity that opens with an abbreviation and no surname after it (``Giám đốc KDL Tràm Chim``),
        or with a capitalised body head that is no surname (``Phó chủ tịch Hội Khoa``), is a body."""
        first = doc[ent.start]
        if ent.label_ != "PER" or len(ent) < 2 or not first.is_alpha:
            return False
        if first.is_upper and len(first.text) >= 2:
            return doc[ent.start + 1].norm_ not in self.patterns.surnames
        return first.is_title and first.norm_ not in self.patterns.surnames \
            and longest_match(doc, ent.start, self.patterns.body_heads) is not None

    def team_end(self, doc: Doc, i: int, end: int, limit: int, entity_at: EntityIndex) -> int:
        """``đội tuyển`` + a few lowercase words + the country it ends with (``đội tuyển futsal Việt Nam``)."""
        if not any(match_keys(doc, i, keys) == end for keys in self.patterns.bodies_reaching_a_place):
            return end
        for j in range(end, min(limit, end + self.patterns.team_words_max + 1)):
            ent = entity_at.get(j)
            if ent is not None:
                return ent.end if ent.label_ == "LOC" and ent.end <= limit else end
            if not (doc[j].is_alpha and doc[j].is_lower):
                return end
        return end

    # ---- 3: chains -----------------------------------------------------------
    def chains(self, doc: Doc, posts: list[Post]) -> list[list[Post]]:
        """Posts joined only by ``,``/``và``/``kiêm``: one chain each."""
        chains: list[list[Post]] = []
        for post in posts:
            if chains and self.joined(doc, chains[-1][-1].stop, post.start):
                chains[-1].append(post)
            else:
                chains.append([post])
        for chain in chains:
            for a, b in zip(chain, chain[1:]):
                if a.org is None and b.org is not None and self.shares_body(doc, a.end, b.start):
                    a.org = b.org
        return chains

    def joined(self, doc: Doc, stop: int, start: int) -> bool:
        """Only a joiner (``,``, ``và``, ``kiêm`` ...) between two posts, after the body's abbreviation in parentheses."""
        if stop == start:
            return False
        stop = skip_parenthesis(doc, stop, start)
        return any(longest_match(doc, stop, [keys]) == start for keys in self.patterns.chain_joiners)

    def shares_body(self, doc: Doc, end: int, start: int) -> bool:
        return any(longest_match(doc, end, [keys]) == start for keys in self.patterns.shared_body_joiners)

    # ---- 4: people -----------------------------------------------------------
    def heading_holders(self, doc: Doc, sentence: Span, chain: list[Post], entity_at: EntityIndex) -> list[Span] | None:
        """A plural post heading a list (``Các ủy viên Trung ương Đảng: A - ...; B; C``): the first PER
        entity of each item after the mark, else None (the chain is no heading)."""
        mark = chain[-1].stop
        if len(chain) != 1 or mark >= sentence.end or doc[mark].text not in self.patterns.heading_marks \
                or match_keys_before(doc, chain[0].start, self.patterns.heading_plurals) is None:
            return None
        holders, item_open = [], True
        for j in range(mark + 1, sentence.end):
            if doc[j].text in self.patterns.item_separators:
                item_open = True
            elif item_open and j in entity_at and entity_at[j].label_ in PER_LABELS:
                holders.append(entity_at[j])
                item_open = False
        return holders

    def records(self, doc: Doc, sentence: Span, chain: list[Post], entity_at: EntityIndex, career) -> list[dict]:
        """The chain's records; in a career (``career``) its posts are former, held by the career's person
        when none is written with them."""
        person, status = self.person_of(doc, sentence, chain, entity_at)
        if career is not None and career[0] <= chain[0].start < career[1]:
            status = "former"
            person = person or career[2]
        if person is None:
            return []
        return [self.record(doc, person, post, post.status or status, entity_at) for post in chain]

    def person_of(self, doc: Doc, sentence: Span, chain: list[Post], entity_at: EntityIndex) -> tuple[Span | None, str]:
        """The PER entity holding the chain, and the status its predicate gives (``current`` by default)."""
        stop = skip_parenthesis(doc, chain[-1].stop, sentence.end)  # "Giám đốc Cục Điều tra liên bang (FBI) James Comey"
        if stop < sentence.end and match_keys(doc, stop, self.patterns.place_joiners[0]) and entity_at.get(stop + 1) is not None:
            stop = entity_at[stop + 1].end  # "Đại sứ Nhật Bản tại Việt Nam Kunio Umeda"
        if chain[0].status == "new" and any(match_keys(doc, stop, keys) for keys in self.patterns.person_after_appointment):
            stop += 1  # "bổ nhiệm Tổng Biên tập Tạp chí Cộng sản cho đồng chí X"
        ent = self.person_at(doc, stop, sentence.end, entity_at, self.foreign_body(chain[-1], entity_at))
        if ent is not None:
            return ent, "current"
        first = chain[0].start
        first = match_keys_before(doc, first, [k for k, _ in self.patterns.status_before_post]) or first
        mark = first - 1
        if mark > sentence.start and doc[mark].text in self.patterns.apposition_marks:
            name_end = skip_parenthesis_back(doc, mark, sentence.start) if doc[mark].text in (",", "-", "–") else mark
            ent = self.entity_ending_at(doc, name_end, entity_at)
            if ent is not None and ent.label_ in PER_LABELS:  # "ông A (SN 1964) - Trưởng phòng ..."
                return ent, "current"
        if stop + 1 < sentence.end and doc[stop].text in self.patterns.apposition_marks and doc[stop].text != "(":
            ent = entity_at.get(self.skip_before_person(doc, stop + 1, sentence.end))  # "Chủ tịch VCCI - Vũ Tiến Lộc"
            if ent is not None and ent.label_ in PER_LABELS:
                return ent, "current"
        person, status = self.predicate_person(doc, sentence, chain[0].start, entity_at)  # "được bổ nhiệm" + post
        if person is None and first != chain[0].start:  # "ông A được bầu" + "tân" + post
            return self.predicate_person(doc, sentence, first, entity_at)
        return person, status

    @staticmethod
    def foreign_body(post: Post, entity_at: EntityIndex) -> bool:
        """The post names no body, or a place (``Bộ trưởng Tài chính Indonesia``): a foreign name may follow."""
        if post.org is None:
            return True
        ent = entity_at.get(post.org[0])
        return ent is not None and ent.label_ == "LOC" and ent.end == post.org[1]

    def person_at(self, doc: Doc, i: int, limit: int, entity_at: EntityIndex, foreign: bool = False) -> Span | None:
        """The PER entity right at ``i``: one that swallowed a word read as an honorific (``Thủ tướng`` +
        ``Anh Theresa May``), else after honorifics and ranks, else, after a post with no body or a place
        (``foreign``), after one capitalised word it left out (``Bộ trưởng Tài chính Indonesia`` + ``Sri`` +
        ``Mulyani Indrawati``; not ``Chi cục trưởng Chi cục`` + ``Thuế`` + ``Hạ Long``)."""
        for j in (i, self.skip_before_person(doc, i, limit)):
            ent = entity_at.get(j)
            if ent is not None and ent.label_ in PER_LABELS:
                return ent
        j = self.skip_before_person(doc, i, limit)
        if foreign and j + 1 < limit and doc[j].is_alpha and doc[j].is_title and j not in entity_at.covering:
            ent = entity_at.get(j + 1)
            if ent is not None and ent.label_ in PER_LABELS:
                return ent
        return None

    def predicate_person(self, doc: Doc, sentence: Span, start: int, entity_at: EntityIndex) -> tuple[Span | None, str]:
        """``ông A được bầu giữ chức <post>``, ``bổ nhiệm ông A làm <post>``: the person before the predicate."""
        for keys, status in self.patterns.predicates:
            begin = match_keys_before(doc, start, [keys])
            if begin is None:
                continue
            for j in range(begin - 1, max(sentence.start, begin - self.patterns.predicate_window) - 1, -1):
                ent = self.entity_ending_at(doc, j + 1, entity_at)
                if ent is not None and ent.label_ in PER_LABELS:
                    before = self.skip_titles_back(doc, ent.start, sentence.start)
                    for object_keys, object_status in self.patterns.object_predicates:
                        if match_keys_before(doc, before, [object_keys]) is not None:
                            return ent, object_status
                    return ent, status
                if ent is not None:
                    break
            return None, "current"
        return None, "current"

    def skip_before_person(self, doc: Doc, i: int, limit: int) -> int:
        """Skip honorifics, ranks and degrees between a post and the name (``Bộ trưởng Bộ Quốc phòng, Đại tướng X``)."""
        while i < limit:
            end = longest_match(doc, i, self.patterns.before_person)
            if end is None:
                return i
            i = end
        return i

    def skip_titles_back(self, doc: Doc, i: int, floor: int) -> int:
        while i > floor:
            begin = match_keys_before(doc, i, self.patterns.before_person.all)
            if begin is None:
                return i
            i = begin
        return i

    @staticmethod
    def entity_ending_at(doc: Doc, end: int, entity_at: EntityIndex):
        """The entity whose last token is ``end - 1``, if any."""
        return entity_at.by_end.get(end)

    @staticmethod
    def record(doc: Doc, person: Span, post: Post, status: str, entity_at: EntityIndex) -> dict:
        """The output record: person, role and org spans, the org's entity label and place when it is an entity."""
        def char_span(start: int, end: int) -> dict:
            span = doc[start:end]
            return {"start": span.start_char, "end": span.end_char, "text": span.text}

        org = char_span(*post.org) if post.org else None
        org_entity = entity_at.get(post.org[0]) if post.org else None
        if org is not None and org_entity is not None and post.org and org_entity.end == post.org[1]:
            org["label"] = org_entity.label_
            if org_entity._.place:
                org["place"] = org_entity._.place
        return {"person": char_span(person.start, person.end), "role": char_span(post.start, post.end), "org": org, "status": status}


PARENTHESIS_MAX = 4


def skip_parenthesis(doc: Doc, i: int, limit: int) -> int:
    """The token after a short parenthesis opening at ``i`` (``(FBI)``, ``(SN 1964)``), else ``i``."""
    if i < limit and doc[i].text == "(":
        for j in range(i + 1, min(limit, i + PARENTHESIS_MAX + 2)):
            if doc[j].text == ")":
                return j + 1
    return i


def skip_parenthesis_back(doc: Doc, end: int, floor: int) -> int:
    """Where a short parenthesis with a number (``(SN 1964)``, ``(45 tuổi)``) closing just before ``end`` opens, else ``end``."""
    if end - 1 > floor and doc[end - 1].text == ")":
        for j in range(end - 2, max(floor, end - PARENTHESIS_MAX - 3), -1):
            if doc[j].text == "(":
                return j if any(t.like_num for t in doc[j + 1:end - 1]) else end
    return end


def is_acronym(token) -> bool:
    """Two or more capital letters, no entity: the abbreviation or brand of a body (``VCCI``, ``FBI``, ``LeEco``)."""
    return token.is_alpha and sum(c.isupper() for c in token.text) >= 2 and token.text[0].isupper() and not token.ent_type_


def longest_match(doc: Doc, i: int, phrases) -> int | None:
    """The end of the longest of ``phrases`` matched at token ``i``: a PhraseIndex (looked up by the
    token's norm, so each token costs one dictionary lookup) or key tuples, longest first."""
    if i >= len(doc):
        return None
    candidates = phrases.starting_with(doc[i].norm_) if isinstance(phrases, PhraseIndex) else phrases
    for keys in candidates:
        end = match_keys(doc, i, keys)
        if end is not None:
            return end
    return None
