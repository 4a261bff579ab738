"""The entity layer on VLSP 2018 sections its model never saw (issue 15: simulate the test split's shift).

VLSP doc ids carry their section (``vlsp18dev-The_thao-...``). ``scripts/train_ner.py
--leave-out S ...`` trains the NER with the recipe of ``make train-ner`` (same config, seed and
vectors) on the other sections; this script scores it on the development articles of the
left-out sections and of the kept ones, with and without the entity rules, beside the shipped
model (trained on every section) on the same articles. The gap between the two groups is what
a change of section costs; the shipped model's column on the left-out group is what seeing the
section in training is worth. Prints one table; nothing is written.

    python scripts/train_ner.py --seed 0 --vectors build/vectors/nlp --leave-out Giai_tri KH The_thao \\
        --output build/ner-leave-out-run --install build/ner-leave-out
    python scripts/leave_sections_out.py --model build/ner-leave-out --leave-out Giai_tri KH The_thao
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
VLSP_DEV = ROOT.parent / "shared" / "data" / "vlsp2018" / "dev"


def section_of(path: Path) -> str:
    return path.name.split("-")[1].lower()


def use_model(entity_model: str, path: Path | None) -> None:
    """Point the pipeline's trained NER (for ``entity_model``) at the model in ``path`` (None: the shipped one)."""
    import spacy

    import pipeline
    from pipeline.pipes.entities.model import use_numpy_kernels

    predictor = pipeline.load(entity_model).get_pipe("entity_model").predictor
    if path is None:
        path = ROOT / "pipeline" / "models" / "ner"
    predictor.nlp = spacy.load(str(path), vocab=predictor.nlp.vocab)
    use_numpy_kernels(predictor.nlp)


def entity_f1(golds: list[dict], entity_model: str) -> float:
    """Strict micro F1 of the entities over ``golds``."""
    import pipeline
    from pipeline.eval.scorer import score_corpus

    pairs = [(gold, pipeline.extract(gold["text"], entity_model=entity_model)) for gold in golds]
    return score_corpus(pairs)["micro"]["entities"]["strict"]["f1"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", type=Path, required=True, help="the NER trained without the sections")
    parser.add_argument("--leave-out", nargs="+", required=True, help="the sections it was trained without")
    args = parser.parse_args()
    left_out = {s.lower() for s in args.leave_out}
    files = sorted(VLSP_DEV.glob("*.gold.json"))
    groups = {
        "unseen sections": [json.loads(p.read_text("utf-8")) for p in files if section_of(p) in left_out],
        "seen sections": [json.loads(p.read_text("utf-8")) for p in files if section_of(p) not in left_out],
    }
    rows = []
    for entity_model in ("model-only", "model"):
        for name, path in (("trained without them", args.model), ("shipped (all sections)", None)):
            use_model(entity_model, path)
            cells = [entity_f1(golds, entity_model) for golds in groups.values()]
            rows.append((f"{name}, {'rules' if entity_model == 'model' else 'no rules'}", cells))
    print(f"VLSP 2018 dev, strict entity F1; left out of training: {', '.join(sorted(left_out))}")
    titles = [f"{name} ({len(golds)} art., {sum(len(g['entities']) for g in golds)} ent.)" for name, golds in groups.items()]
    header = "".join(f"{title:>36}" for title in titles)
    print(f"{'NER':40}{header}")
    for label, cells in rows:
        print(f"{label:40}" + "".join(f"{f1:36.3f}" for f1 in cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
