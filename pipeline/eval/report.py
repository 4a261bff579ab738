"""Render scores for people: a terminal table, and an HTML report with highlighted spans."""

from __future__ import annotations

import html

from spacy import displacy

from .scorer import same_org, same_person_and_role

COLORS = {"PER": "#f9c74f", "LOC": "#90be6d", "ORG": "#4d96ff", "MISC": "#c77dff", "QTY": "#f9844a", "DATE": "#43aa8b",
          "ROLE": "#f4a6c6",
          "MISS": "#ff6b6b", "FALSE": "#adb5bd"}


def esc(value) -> str:
    """``value`` as HTML text: every label and value in a page comes from a file someone could have crafted."""
    return html.escape(str(value))


def fmt(value) -> str:
    return "  -  " if value is None else f"{value:.3f}"


def summary_rows(scores: dict) -> list[tuple[str, ...]]:
    """(figure, P, R, F1, support/accuracy) rows for the micro-averaged scores."""
    rows = []
    e = scores.get("entities")
    if e:
        rows.append(("entities strict", *(fmt(e["strict"][k]) for k in ("precision", "recall", "f1")), str(e["strict"]["tp"] + e["strict"]["fn"])))
        for label, c in e["by_label"].items():
            rows.append((f"  {label}", *(fmt(c[k]) for k in ("precision", "recall", "f1")), str(c["tp"] + c["fn"])))
        rows.append(("entities partial", *(fmt(e["partial"][k]) for k in ("precision", "recall", "f1")), ""))
        rows.append(("entities document", *(fmt(e["document"][k]) for k in ("precision", "recall", "f1")), ""))
    q = scores.get("quantities")
    if q:
        rows.append(("quantities", fmt(q["precision"]), fmt(q["recall"]), fmt(q["f1"]), str(q["tp"] + q["fn"])))
        rows.append(("  unit accuracy", "", "", fmt(q["unit_accuracy"]), ""))
        rows.append(("  qualifier accuracy", "", "", fmt(q["qualifier_accuracy"]), ""))
    d = scores.get("dates")
    if d:
        rows.append(("dates", fmt(d["precision"]), fmt(d["recall"]), fmt(d["f1"]), str(d["tp"] + d["fn"])))
    lists = scores.get("lists")
    if lists:
        for figure, key in (("lists found", "found"), ("list items", "items")):
            counts = lists[key]
            rows.append((figure, *(fmt(counts[k]) for k in ("precision", "recall", "f1")), str(counts["tp"] + counts["fn"])))
        rows.append(("  announced-count accuracy", "", "", fmt(lists["announced_count_accuracy"]), ""))
    roles = scores.get("roles")
    if roles:
        rows.append(("roles", *(fmt(roles[k]) for k in ("precision", "recall", "f1")), str(roles["tp"] + roles["fn"])))
        person_role = roles["person_role"]
        rows.append(("  person+role (org ignored)", *(fmt(person_role[k]) for k in ("precision", "recall", "f1")), ""))
        rows.append(("  status accuracy", "", "", fmt(roles["status_accuracy"]), ""))
    return rows


def side_by_side(results: list[tuple[str, dict]]) -> str:
    """The micro-averaged figures of several gold sets in one table, a P/R/F1/gold block per set."""
    headers = [f"{name} ({result['documents']})" for name, result in results]
    blocks = [max(28, len(h)) + 2 for h in headers]
    by_set = [{row[0]: row[1:] for row in summary_rows(result["micro"])} for _, result in results]
    figures = list(dict.fromkeys(row[0] for _, result in results for row in summary_rows(result["micro"])))
    width = max(len(f) for f in figures + ["figure"])
    lines = ["figure".ljust(width) + "".join(h.rjust(b) for h, b in zip(headers, blocks)),
             " " * width + "".join("     P      R  F1/acc   gold".rjust(b) for b in blocks)]
    lines.append("-" * len(lines[1]))
    for figure in figures:
        cells = [f"{p:>6} {r:>6} {f:>7} {n:>6}".rjust(b)
                 for (p, r, f, n), b in zip((rows.get(figure, ("", "", "", "")) for rows in by_set), blocks)]
        lines.append(figure.ljust(width) + "".join(cells))
    return "\n".join(lines)


def table(scores: dict, title: str) -> str:
    """A fixed-width table of the micro-averaged figures."""
    header = ("figure", "P", "R", "F1/acc", "gold")
    rows = [header] + summary_rows(scores)
    widths = [max(len(r[i]) for r in rows) for i in range(5)]
    lines = [title, "-" * (sum(widths) + 8)]
    for row in rows:
        lines.append("  ".join(cell.ljust(widths[0]) if i == 0 else cell.rjust(widths[i]) for i, cell in enumerate(row)))
    return "\n".join(lines)


def article_table(result: dict) -> str:
    """One line per article: the main F1 of each layer."""
    lines = ["article                                              ent-F1  qty-F1  date-F1  item-F1  role-F1"]
    for doc_id, s in sorted(result["articles"].items()):
        ent = s.get("entities", {}).get("strict", {}).get("f1")
        qty = s.get("quantities", {}).get("f1")
        dat = s.get("dates", {}).get("f1")
        itm = s.get("lists", {}).get("items", {}).get("f1")
        rol = s.get("roles", {}).get("f1")
        lines.append(f"{doc_id[:52]:52} {fmt(ent):>6}  {fmt(qty):>6}  {fmt(dat):>7}  {fmt(itm):>7}  {fmt(rol):>7}")
    return "\n".join(lines)


def marked_spans(record: dict, other: dict | None, include_values: bool = True) -> list[dict]:
    """displaCy spans for a record's entities, quantities and dates; misses marked against ``other``."""
    spans = []
    other_keys = None
    if other is not None:
        other_keys = {(e["start"], e["end"], e["label"]) for e in other.get("entities", [])}
    for e in record.get("entities", []):
        label = e["label"]
        if other_keys is not None and (e["start"], e["end"], label) not in other_keys:
            label += " ✗"
        spans.append({"start": e["start"], "end": e["end"], "label": label})
    if include_values:
        for q in record.get("quantities", []):
            value = q["value"] if q.get("value_max") is None else f"{q['value']}–{q['value_max']}"
            spans.append({"start": q["start"], "end": q["end"], "label": f"QTY {value} {q.get('unit') or ''} {q.get('qualifier', '')}".strip()})
        for d in record.get("dates", []):
            spans.append({"start": d["start"], "end": d["end"], "label": f"DATE {d['value']}"})
        for r in record.get("roles", []):  # the post, labelled with who holds it and where
            org = (r.get("org") or {}).get("text")
            held = f"{r['person']['text']}" + (f" @ {org}" if org else "") + ("" if r.get("status", "current") == "current" else f" ({r['status']})")
            spans.append({"start": r["role"]["start"], "end": r["role"]["end"], "label": f"ROLE → {held}"})
    spans.sort(key=lambda s: (s["start"], -s["end"]))
    kept, last_end = [], -1
    for span in spans:  # displaCy's ent style cannot draw overlaps
        if span["start"] >= last_end:
            kept.append(span)
            last_end = span["end"]
    return kept


def render_record(record: dict, other: dict | None = None, title: str = "") -> str:
    """The record's text with its spans highlighted; "no prediction" for a placeholder without text.

    displaCy escapes the text but inserts labels and the title raw, and a label carries
    values (units, dates, names) read from output or gold files, so both are escaped here.
    """
    if not isinstance(record.get("text"), str):
        return "<p><i>no prediction for this article</i></p>"
    colors = {}
    spans = [span | {"label": esc(span["label"])} for span in marked_spans(record, other)]
    for span in spans:
        base = (span["label"].split() or [""])[0]
        colors[span["label"]] = COLORS["MISS"] if span["label"].endswith("✗") else COLORS.get(base, "#ddd")
    data = {"text": record["text"], "ents": spans, "title": esc(title)}
    return displacy.render(data, style="ent", manual=True, page=False, options={"colors": colors})


def render_lists(record: dict) -> str:
    parts = []
    for item in record.get("lists", []):
        trigger = item.get("trigger") or {}
        count = item.get("announced_count")
        parts.append(
            f"<p><b>{esc(trigger.get('text') or '(no trigger)')}</b> · head {esc(item.get('head'))} · "
            f"announced {esc(count)} · found {len(item['items'])}</p><ol>"
            + "".join(f"<li>{esc(i['text'])}</li>" for i in item["items"]) + "</ol>"
        )
    return "".join(parts) or "<p><i>no lists</i></p>"


def render_roles(record: dict, other: dict | None = None) -> str:
    """Roles as a table (person, role, org, status); with ``other``, rows it lacks are marked ✗."""
    if "roles" not in record:
        return ""
    other_roles = (other or {}).get("roles", [])

    def matched(role: dict) -> bool:
        return any(same_person_and_role(role, o) and same_org(role, o) for o in other_roles)

    rows = []
    for role in record["roles"]:
        mark = "" if other is None or matched(role) else " ✗"
        org = (role.get("org") or {}).get("text") or "—"
        rows.append(f"<tr><td>{esc(role['person']['text'])}</td><td>{esc(role['role']['text'])}</td>"
                    f"<td>{esc(org)}</td><td>{esc(role.get('status', 'current'))}{mark}</td></tr>")
    if not rows:
        return "<h4>Roles</h4><p><i>no roles</i></p>"
    return ("<h4>Roles</h4><table><tr><th>person</th><th>role</th><th>org</th><th>status</th></tr>"
            + "".join(rows) + "</table>")


PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>{title}</title>
<style>body{{font-family:sans-serif;max-width:1400px;margin:auto}} .pair{{display:grid;grid-template-columns:1fr 1fr;gap:1em}}
table{{border-collapse:collapse}} td,th{{border:1px solid #ccc;padding:2px 6px;text-align:right}}
h2{{border-top:2px solid #333;padding-top:.5em}}</style>
</head><body><h1>{title}</h1>{body}</body></html>"""


def html_report(result: dict, pairs: list[tuple[dict, dict]]) -> str:
    """Per article: gold and prediction side by side, misses and false alarms marked, lists item by item."""
    body = [f"<pre>{esc(table(result['micro'], 'Micro-averaged over ' + str(result['documents']) + ' articles'))}</pre>"]
    body.append("<p>Entities and roles marked ✗ on the gold side are misses; on the prediction side, false alarms.</p>")
    for gold, pred in pairs:
        body.append(f"<h2>{esc(gold.get('doc_id'))}</h2>")
        body.append('<div class="pair"><div><h3>gold</h3>' + render_record(gold, pred) + render_lists(gold)
                    + render_roles(gold, pred) + "</div>")
        body.append("<div><h3>prediction</h3>" + render_record(pred, gold) + render_lists(pred)
                    + render_roles(pred, gold) + "</div></div>")
    return PAGE.format(title="vn-press-pipeline evaluation", body="".join(body))


def html_show(record: dict) -> str:
    """One article's extractions for a person to review (no gold)."""
    body = render_record(record) + "<h2>Lists</h2>" + render_lists(record) + render_roles(record)
    return PAGE.format(title=esc(record.get("doc_id") or "article"), body=body)
