"""Print, per development article, the predicted and gold role records side by side.

    PYTHONPATH=. python scripts/roles_side_by_side.py corpus/gold [--only ID ...] [--errors] [--pred DIR]

Each gold role the pipeline misses is tagged with where the miss comes from, by the scorer's
matching rules: ``entity:no-PER`` (no PER entity overlaps the gold person), ``org`` (person
and role right, body wrong), ``person`` (the post is found for another person), else ``post``
(the roles stage found nothing for it). ``entity:span`` marks a PER entity whose span differs
from the gold person. Development folders only: never run it on the frozen test split.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from pipeline.eval.scorer import match_key, overlaps, same_org, same_person_and_role  # noqa: E402


def show(role: dict) -> str:
    org = (role.get("org") or {}).get("text") or "—"
    return f"{role['person']['text']} | {role['role']['text']} | {org} | {role.get('status', 'current')}"


def why_missed(gold_role: dict, pred: dict) -> str:
    """The layer a missed gold role is lost in (module docstring)."""
    pers = [e for e in pred.get("entities", []) if e["label"] == "PER" and overlaps(e, gold_role["person"])]
    if not pers:
        return "entity:no-PER"
    roles = pred.get("roles", [])
    if any(same_person_and_role(gold_role, p) for p in roles):
        return "org"
    if any(match_key(p["role"]["text"]) == match_key(gold_role["role"]["text"]) and overlaps(p["role"], gold_role["role"])
           for p in roles):
        return "person"
    span = any((e["start"], e["end"]) != (gold_role["person"]["start"], gold_role["person"]["end"]) for e in pers)
    return "post" + (" entity:span" if span else "")


def context(text: str, role: dict, width: int = 60) -> str:
    start = min(role["person"]["start"], role["role"]["start"])
    end = max(role["person"]["end"], role["role"]["end"], (role.get("org") or {}).get("end", 0))
    if end - start > 3 * width:  # a post far from its person: both ends
        return f"{text[max(0, start - width // 2):start + width]} … {text[end - width:end + width // 2]}".replace("\n", " / ")
    return text[max(0, start - width):end + width // 2].replace("\n", " / ")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold")
    ap.add_argument("--only", nargs="*", help="doc ids (prefixes) to show")
    ap.add_argument("--errors", action="store_true", help="print only the records that do not match")
    ap.add_argument("--pred", help="folder of <doc_id>.json predictions (written there when absent)")
    args = ap.parse_args()
    if "gold-test" in args.gold:
        sys.exit("the frozen test split is not for error analysis")
    golds = {p.name[: -len(".gold.json")]: json.loads(p.read_text("utf-8")) for p in sorted(Path(args.gold).glob("*.gold.json"))}
    if args.only:
        golds = {k: v for k, v in golds.items() if any(k.startswith(o) for o in args.only)}
    pred_dir = Path(args.pred) if args.pred else None
    causes: Counter = Counter()
    fps = 0
    for doc_id, gold in golds.items():
        cached = pred_dir / f"{doc_id}.json" if pred_dir else None
        if cached and cached.exists():
            pred = json.loads(cached.read_text("utf-8"))
        else:
            from pipeline import extract
            meta = {k: v for k, v in (gold.get("meta") or {}).items() if k in ("source_url", "published")}
            pred = extract(gold["text"], doc_id=doc_id, **meta)
            pred.pop("tokens", None)
            if cached:
                cached.parent.mkdir(parents=True, exist_ok=True)
                cached.write_text(json.dumps(pred, ensure_ascii=False), "utf-8")
        g_roles, p_roles = gold.get("roles", []), pred.get("roles", [])
        used: set[int] = set()
        lines = []
        for g in g_roles:
            hit = next((i for i, p in enumerate(p_roles) if i not in used and same_person_and_role(g, p) and same_org(g, p)), None)
            if hit is not None:
                used.add(hit)
                status = "" if g.get("status", "current") == p_roles[hit].get("status", "current") else f"  STATUS pred {p_roles[hit].get('status')}"
                if not args.errors or status:
                    lines.append(f"  =  {show(g)}{status}")
                continue
            cause = why_missed(g, pred)
            causes[cause.split()[0]] += 1
            if "entity:span" in cause:
                causes["(of which entity:span)"] += 1
            lines.append(f"  G- {show(g)}   [{cause}]  «{context(gold['text'], g)}»")
        for i, p in enumerate(p_roles):
            if i not in used:
                fps += 1
                lines.append(f"  P+ {show(p)}  «{context(gold['text'], p)}»")
        if lines:
            print(f"{doc_id}  gold {len(g_roles)}  pred {len(p_roles)}")
            print("\n".join(lines))
    print(f"\nmissed gold roles by cause: {dict(causes)}; unmatched predictions: {fps}")


if __name__ == "__main__":
    main()
