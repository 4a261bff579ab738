"""Train the list stage's learned decision (``pipeline/pipes/lists/decision.py``) on ``corpus/gold``.

Runs the pipeline on every development article, takes the lists the rules find (steps 1-6 of
``lists.py``, before any decision), describes each with ``list_features`` and labels it 1 when the
scorer pairs it with a gold list of its article (``pair_lists``), else 0. A logistic regression
(numpy, L2, Newton's method from zero: deterministic) is then

1. cross-validated by article (``--folds`` folds, articles shuffled with ``--seed``): each fold's
   lists are decided by a model fitted on the other folds only, and the fold's articles scored with
   the scorer of ``vnpipe eval``; the figures printed are the rules alone and the rules with the
   decision, summed over all development articles;
2. fitted on every development list and written, with its features' names and scaling, the
   threshold and the cross-validated figures, to ``pipeline/data/list_decision.json``
   (``--out``). The same command writes the same file.

Only ``corpus/gold`` is read; the frozen test split is scored by ``vnpipe eval`` alone.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pipeline  # noqa: E402
from pipeline.eval.scorer import Counts, Score, score_lists  # noqa: E402
from pipeline.pipes.lists.decision import Decision, list_features  # noqa: E402
from pipeline.pipes.lists.lists import Found, ListRecognizer  # noqa: E402
from pipeline.textnorm import nfc  # noqa: E402

THRESHOLD = 0.5
L2 = 1.0


def record_of(found: Found) -> dict:
    """What the scorer reads of a list: its items' offsets and its announced count."""
    return {"items": [{"start": s, "end": e} for s, e in found.items], "announced_count": found.count}


def collect(gold_dir: Path) -> list[dict]:
    """Per development article: its gold lists, the lists the rules find and each one's features and label."""
    from pipeline.eval.scorer import pair_lists

    nlp = pipeline.load()
    recognizer = nlp.get_pipe("lists")
    assert isinstance(recognizer, ListRecognizer)
    articles = []
    for path in sorted(gold_dir.glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        with nlp.select_pipes(disable=["lists", "roles"]):
            doc = nlp(nfc(gold["text"]))
        article, found = recognizer.candidates(doc)
        paired = pair_lists(gold["lists"], [record_of(record) for record in found])
        articles.append({
            "doc_id": path.name.removesuffix(".gold.json"),
            "gold": gold["lists"],
            "found": found,
            "features": [list_features(article, record, recognizer.head_keys) for record in found],
            "labels": [int(index in paired) for index in range(len(found))],
        })
    return articles


def fit(x: np.ndarray, y: np.ndarray, l2: float = L2) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    """Standardise ``x``, then fit a logistic regression with an L2 penalty on the weights (not the bias)."""
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    z = np.hstack([np.ones((len(x), 1)), (x - mean) / scale])
    w = np.zeros(z.shape[1])
    penalty = np.full(z.shape[1], l2)
    penalty[0] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-z @ w))
        gradient = z.T @ (p - y) + penalty * w
        hessian = (z * (p * (1 - p))[:, None]).T @ z + np.diag(penalty) + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-10:
            break
    return mean, scale, w[1:], float(w[0])


def model_of(names: list[str], x: np.ndarray, y: np.ndarray, threshold: float, l2: float = L2) -> Decision:
    mean, scale, weights, bias = fit(x, y, l2)
    return Decision(tuple(names), tuple(mean.tolist()), tuple(scale.tolist()), tuple(weights.tolist()), bias, threshold)


def matrix(articles: list[dict], names: list[str]) -> tuple[np.ndarray, np.ndarray]:
    rows = [[f[name] for name in names] for a in articles for f in a["features"]]
    labels = [label for a in articles for label in a["labels"]]
    return np.array(rows, dtype=float).reshape(len(rows), len(names)), np.array(labels, dtype=float)


def score(articles: list[dict], keep) -> dict:
    """Lists found, list items and announced-count accuracy over ``articles``, keeping the lists ``keep`` says."""
    found, items, right, total = Counts(), Counts(), 0, 0
    for a in articles:
        kept = [record_of(r) for r, f in zip(a["found"], a["features"]) if keep(a, f)]
        s = Score()
        score_lists(s, a["gold"], kept)
        found += s.lists_found
        items += s.list_items
        right, total = right + s.announced_count.right, total + s.announced_count.total
    return {"lists_found": round(found.as_dict()["f1"], 3), "list_items": round(items.as_dict()["f1"], 3),
            "announced_count": round(right / total, 3) if total else None,
            "found_p_r": [round(found.as_dict()["precision"], 3), round(found.as_dict()["recall"], 3)]}


def cross_validate(articles: list[dict], names: list[str], folds: int, seed: int, threshold: float, l2: float = L2) -> dict:
    order = list(range(len(articles)))
    random.Random(seed).shuffle(order)
    fold_of = {order[i]: i % folds for i in range(len(order))}
    decided: dict[tuple[int, int], bool] = {}
    for fold in range(folds):
        train = [a for i, a in enumerate(articles) if fold_of[i] != fold]
        model = model_of(names, *matrix(train, names), threshold, l2)
        for i, a in enumerate(articles):
            if fold_of[i] == fold:
                for j, features in enumerate(a["features"]):
                    decided[(i, j)] = model.probability(features) >= threshold
    index = {id(a): i for i, a in enumerate(articles)}
    position = {(id(a), id(f)): j for a in articles for j, f in enumerate(a["features"])}
    return score(articles, lambda a, f: decided[(index[id(a)], position[(id(a), id(f))])])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", default=str(ROOT / "corpus" / "gold"))
    parser.add_argument("--out", default=str(ROOT / "pipeline" / "data" / "list_decision.json"))
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--threshold", type=float, default=THRESHOLD)
    parser.add_argument("--l2", type=float, default=L2)
    args = parser.parse_args()
    articles = collect(Path(args.gold))
    names = sorted({name for a in articles for f in a["features"] for name in f})
    x, y = matrix(articles, names)
    rules = score(articles, lambda a, f: bool(f["rule_kept"]))
    cv = cross_validate(articles, names, args.folds, args.seed, args.threshold, args.l2)
    kept = x[:, names.index("rule_kept")] == 1
    print(f"{len(articles)} articles: {int(kept.sum())} lists found by the rules ({int(y[kept].sum())} paired with a gold list), "
          f"{int((~kept).sum())} turned down by a rule ({int(y[~kept].sum())} paired)")
    print("rules alone            ", rules)
    print(f"rules + decision (CV {args.folds})", cv)
    model = model_of(names, x, y, args.threshold, args.l2)
    data = {
        "_doc": ("Weights of the list stage's learned decision (pipeline/pipes/lists/decision.py), written by "
                 "scripts/train_list_decision.py from corpus/gold: a logistic regression (L2 "
                 f"{args.l2}, standardised features) over the lists the rules find, label 1 when the scorer pairs the list with a gold "
                 f"list; a list is kept when its probability is at least the threshold. {len(y)} lists, {int(y.sum())} paired. "
                 f"Article-level {args.folds}-fold cross-validation (seed {args.seed}) on corpus/gold, rules alone: {rules}; "
                 f"rules + decision: {cv}."),
        "features": list(model.features),
        "mean": [round(v, 6) for v in model.mean],
        "scale": [round(v, 6) for v in model.scale],
        "weights": [round(v, 6) for v in model.weights],
        "bias": round(model.bias, 6),
        "threshold": model.threshold,
    }
    Path(args.out).write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for name, weight in sorted(zip(model.features, model.weights), key=lambda p: -abs(p[1])):
        print(f"  {weight:+.3f}  {name}")


if __name__ == "__main__":
    main()
