"""The roles vocabulary, read from ``data/roles.json`` and keyed once like token norms."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from ...phrases import PhraseIndex, phrase_keys, syllable_keys


@lru_cache(maxsize=1)
def roles_data() -> dict:
    return json.loads(resources.files("pipeline.data").joinpath("roles.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def entity_rules() -> dict:
    """The entity layer's data (its list of surnames tells a person from a body after a post)."""
    return json.loads(resources.files("pipeline.data").joinpath("entity_rules.json").read_text("utf-8"))


class RolePatterns:
    """Every phrase list of ``data/roles.json`` as key tuples, longest first."""

    def __init__(self):
        data = roles_data()
        self.posts = PhraseIndex(phrase_keys(data["posts"]))
        self.deputy_prefixes = PhraseIndex(phrase_keys(data["deputy_prefixes"]))
        self.post_suffixes = PhraseIndex(phrase_keys(data["post_suffixes"]))
        self.posts_taking_department = PhraseIndex(phrase_keys(data["posts_taking_department"]))
        self.department_words_max = data["department_words_max"]
        self.department_stops = PhraseIndex(phrase_keys(data["department_stops"]))
        self.department_joiners = {keys[0] for keys in phrase_keys(data["department_joiners"])}
        self.body_heads = PhraseIndex(phrase_keys(data["body_heads"]))
        self.unit_words = PhraseIndex(phrase_keys(data["unit_words"]))
        self.before_person = PhraseIndex(phrase_keys(data["before_person"]))
        self.heading_plurals = PhraseIndex(phrase_keys(data["heading_plurals"]))
        self.heading_marks = set(data["heading_marks"])
        self.item_separators = set(data["item_separators"])
        self.chain_joiners = phrase_keys(data["chain_joiners"])
        self.shared_body_joiners = phrase_keys(["và", "kiêm"])
        self.apposition_marks = set(data["apposition_marks"])
        self.lowercase_body_heads = PhraseIndex([keys for keys in phrase_keys(data["body_heads"])
                                                 if len(keys) >= 2 or keys[-1] in ("ủy", "uỷ")])
        self.place_joiners = phrase_keys(["tại"])
        self.status_before_post = ranked(data["status_before_post"])
        self.predicates = ranked(data["predicates"])
        self.object_predicates = ranked(data["object_predicates"])
        self.predicate_window = data["predicate_window"]
        self.career_introducers = PhraseIndex(phrase_keys(data["career_introducers"]))
        self.person_after_appointment = phrase_keys(data["person_after_appointment"])
        self.bodies_named_by_a_place = PhraseIndex(phrase_keys(data["bodies_named_by_a_place"]))
        self.bodies_reaching_a_place = phrase_keys(data["bodies_reaching_a_place"])
        self.team_words_max = data["team_words_max"]
        self.surnames = {syllable_keys(name)[0] for name in entity_rules()["surnames"]}
        self.capitalised_only_posts = set(phrase_keys(data["capitalised_only_posts"]))


def ranked(phrases: dict[str, str]) -> list[tuple[tuple[str, ...], str]]:
    """(keys, value) pairs, longest phrase first."""
    return sorted(((syllable_keys(p), v) for p, v in phrases.items()), key=lambda item: -len(item[0]))
