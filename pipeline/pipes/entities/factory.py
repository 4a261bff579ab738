"""Register the entity components: rule candidates, the statistical layer, and the merge that writes ``doc.ents``."""

from spacy.language import Language

from .candidates import RuleCandidates
from .entities import EntityMerger, MergePolicy
from .model import StatisticalEntities


@Language.factory("vn_entity_rules", assigns=["doc.spans"], requires=["token.norm", "token._.word_start", "token.tag"])
def create_rule_candidates(nlp: Language, name: str) -> RuleCandidates:
    """The rules' and gazetteer's entity candidates, in ``doc.spans["entity_rules"]``."""
    return RuleCandidates(nlp, name)


@Language.factory("vn_entity_model", default_config={"model": "model"}, assigns=["doc.spans"],
                  requires=["token.tag"])
def create_statistical_entities(nlp: Language, name: str, model: str) -> StatisticalEntities:
    """``model``: "model" (the NER trained on VLSP 2018) or "crf" (underthesea's 2017 CRF)."""
    return StatisticalEntities(nlp, name, model)


@Language.factory("vn_entities", default_config={"policy": {"@misc": "vn.rules_over_model.v1"}},
                  assigns=["doc.ents", "span._.source", "span._.norm", "span._.place"], requires=["doc.spans"])
def create_entity_merger(nlp: Language, name: str, policy: MergePolicy) -> EntityMerger:
    """Writes ``doc.ents`` from the candidate span groups through ``policy`` (a registered function)."""
    return EntityMerger(nlp, name, policy)
