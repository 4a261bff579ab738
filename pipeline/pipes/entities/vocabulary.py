"""The rules' vocabulary: ``data/entity_rules.json`` and the trigger phrases, keyed once for matching.

Every word list the entity rules read is one key of ``entity_rules.json``; here each becomes
the set or tuple of keys the rules compare token norms or ``match_key`` texts with.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ...phrases import PhraseIndex, phrase_keys, syllable_keys
from ...textnorm import match_key
from .gazetteer import auto_place_names
from .triggers import pattern_phrases

Keys = tuple[str, ...]


@lru_cache(maxsize=1)
def load_rules() -> dict:
    """Read the vocabulary of the rules shipped with the package."""
    return json.loads(resources.files("pipeline.data").joinpath("entity_rules.json").read_text("utf-8"))


@dataclass(frozen=True)
class RuleVocabulary:
    """The keyed word lists of the entity rules (see ``entity_rules.json`` for what each holds)."""

    places: frozenset[str]
    longest_place: int  # tokens in the longest place name: no longer run can be one
    surnames: frozenset[str]
    ambiguous_surnames: frozenset[str]
    middle_names: frozenset[str]
    persons_also_places: frozenset[str]
    honorifics: frozenset[Keys]
    title_keys: PhraseIndex
    title_starts: frozenset[str]
    units: PhraseIndex
    fixed_takes_place: frozenset[Keys]
    fixed_takes_number: frozenset[Keys]
    org_prefixes: PhraseIndex
    names_with_and: frozenset[Keys]
    person_streets: frozenset[Keys]
    bodies_without_name: frozenset[str]
    compound_heads: frozenset[str]
    noun_tags: frozenset[str]
    not_after_words: frozenset[str]
    quote_heads: PhraseIndex
    quote_naming: PhraseIndex
    quote_naming_not_after: PhraseIndex
    quote_naming_window: int
    quote_gap_stops: frozenset[str]
    quote_max_gap: int
    byline_words: frozenset[str]
    law_title_stops: frozenset[str]
    law_title_max: int
    law_title_phrases: PhraseIndex
    award_classes: PhraseIndex
    state_titles: frozenset[Keys]
    post_standing_words: PhraseIndex
    committee_words: frozenset[Keys]
    name_tails: PhraseIndex
    open_name_types: frozenset[Keys]
    departments_take_unit_place: dict[Keys, frozenset[Keys]]
    agreements_after_cities: PhraseIndex


@lru_cache(maxsize=1)
def rule_vocabulary() -> RuleVocabulary:
    """The vocabulary shipped with the package, read and keyed once per process."""
    rules = load_rules()
    title_keys = pattern_phrases("title")
    places = frozenset(auto_place_names())
    return RuleVocabulary(
        places=places,
        longest_place=max((len(syllable_keys(p)) for p in places), default=0),
        surnames=frozenset(rules["surnames"]),
        ambiguous_surnames=frozenset(rules["surnames_also_places"]),
        middle_names=frozenset(rules["middle_names"]),
        persons_also_places=frozenset(match_key(p) for p in rules["persons_also_places"]),
        honorifics=frozenset(syllable_keys(t) for t in rules["honorifics"]),
        title_keys=PhraseIndex(title_keys),
        title_starts=frozenset({keys[0] for keys in title_keys} - {syllable_keys(w)[0] for w in rules["honorifics_also_names"]}),
        units=PhraseIndex(pattern_phrases("unit")),
        fixed_takes_place=frozenset(syllable_keys(p) for p in rules["fixed_takes_place"]),
        fixed_takes_number=frozenset(syllable_keys(p) for p in rules["fixed_takes_number"]),
        org_prefixes=PhraseIndex([syllable_keys(p) for p in rules["fixed_org_prefixes"]]),
        names_with_and=frozenset(syllable_keys(p) for p in rules["names_with_and"]),
        person_streets=frozenset(syllable_keys(w) for w in rules["person_streets"]),
        bodies_without_name=frozenset(match_key(p) for p in rules["bodies_without_name"]),
        compound_heads=frozenset(rules["party_state_compounds"]),
        noun_tags=frozenset(rules["party_state_not_after_pos"]),
        not_after_words=frozenset(match_key(w) for w in rules["party_state_not_after_words"]),
        quote_heads=PhraseIndex(phrase_keys(rules["quoted_title_after"])),
        quote_naming=PhraseIndex(phrase_keys(rules["quoted_title_naming"])),
        quote_naming_not_after=PhraseIndex(phrase_keys(rules["quoted_title_naming_not_after"])),
        quote_naming_window=rules["quoted_title_naming_window"],
        quote_gap_stops=frozenset(match_key(w) for w in rules["quoted_title_gap_stops"]),
        quote_max_gap=rules["quoted_title_max_gap"],
        byline_words=frozenset(match_key(p) for p in rules["byline_prefixes"]),
        law_title_stops=frozenset(match_key(w) for w in rules["law_title_stops"]),
        law_title_max=rules["law_title_max_words"],
        award_classes=PhraseIndex(phrase_keys(rules["award_classes"])),
        name_tails=PhraseIndex(phrase_keys(rules["name_tails"])),
        open_name_types=frozenset(syllable_keys(p) for p in rules["open_name_types"]),
        departments_take_unit_place={syllable_keys(head): frozenset(syllable_keys(u) for u in units)
                                     for head, units in rules["departments_take_unit_place"].items()},
        committee_words=frozenset(syllable_keys(p) for p in rules["committee_words"]),
        post_standing_words=PhraseIndex(phrase_keys(rules["post_standing_words"])),
        state_titles=frozenset(syllable_keys(p) for p in rules["state_titles"]),
        agreements_after_cities=PhraseIndex(phrase_keys(rules["agreements_after_cities"])),
        law_title_phrases=PhraseIndex(sorted({syllable_keys(p) for p in rules["law_title_phrases"]}, key=len, reverse=True)),
    )
