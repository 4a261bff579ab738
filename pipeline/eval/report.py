"""Render scores for people: a terminal table, and HTML pages with every layer marked in the text.

``html_show`` renders articles for review (no gold); ``html_report`` renders an evaluation:
a per-article score table with links, then each article's gold and prediction side by side,
misses and false alarms marked on every layer, and an errors-only view.
"""

from __future__ import annotations

from collections.abc import Collection
from importlib import resources

from .render import display, error_ids, esc, marks, render_text
from .scorer import same_org, same_person_and_role


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
        if "value_accuracy" in q:
            rows.append(("  value accuracy (overlapping)", "", "", fmt(q["value_accuracy"]), str(q["values_read"])))
            rows.append(("  values off by a power of ten", "", "", "", str(q["off_by_power_of_ten"])))
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


def render_lists(record: dict) -> str:
    """Each list: trigger, head, announced and found counts, how it was announced, the list it is
    nested in, its items in order."""
    parts = []
    for n, item in enumerate(record.get("lists", []), 1):
        trigger = item.get("trigger") or {}
        count = item.get("announced_count")
        cue = f" · cue {esc(item['cue'])}" if item.get("cue") else ""
        parent = item.get("parent")
        nested = f" · inside an item of list {esc(parent + 1)}" if isinstance(parent, int) else ""
        parts.append(
            f"<p>list {n}: <b>{esc(trigger.get('text') or '(no trigger)')}</b> · head {esc(item.get('head') or '–')} · "
            f"announced {esc('–' if count is None else count)} · found {len(item['items'])}{cue}{nested}</p><ol>"
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


def page_style() -> str:
    """The pages' style sheet (``pipeline/eval/report.css``)."""
    return resources.files("pipeline.eval").joinpath("report.css").read_text("utf-8")


def legend() -> str:
    """What each colour, frame, underline and sign means."""
    keys = [(f"ent-{label}", f"{label} {name}") for label, name in display()["labels"].items()]
    keys += [("qty", "quantity"), ("date", "date"), ("role", "post → holder @ body"), ("trigger", "list trigger"),
             ("item", "list item (list.item)"), ("boiler", "boilerplate")]
    signs = " · ".join(f"<b>{esc(q['sign'])}</b> {esc(q['meaning'])}" for q in display()["qualifiers"].values() if q["sign"])
    return ('<div class="legend">' + "".join(f'<span class="mark {cls}">{esc(name)}</span> ' for cls, name in keys)
            + f"<br>quantities: {signs}; hover a mark for its details (source, place link, qualifier)</div>")


def header(record: dict, anchor: str = "") -> str:
    """Title, doc_id, source URL and publication date of an article."""
    meta = record.get("meta") or {}
    text = record["text"] if isinstance(record.get("text"), str) else ""
    title = meta.get("title") or text.split("\n", 1)[0] or record.get("doc_id")
    parts = [esc(record.get("doc_id"))]
    if meta.get("published"):
        parts.append(f"published {esc(meta['published'])}")
    if meta.get("source_url"):
        parts.append(f'<a href="{esc(meta["source_url"])}" rel="noreferrer">{esc(meta["source_url"])}</a>')
    heading = f'<h2 id="{esc(anchor)}">' if anchor else "<h2>"
    return f'{heading}{esc(title)}</h2><p class="meta">{" · ".join(parts)}</p>'


def render_record(record: dict, errors: Collection[int] = (), error_kind: str = "") -> str:
    """The record's text with every layer marked; "no prediction" for a placeholder without text."""
    if not isinstance(record.get("text"), str):
        return "<p><i>no prediction for this article</i></p>"
    return render_text(record["text"], marks(record, errors, error_kind))


def page(title: str, body: str, script: str = "") -> str:
    return (f'<!doctype html><html><head><meta charset="utf-8"><title>{esc(title)}</title><style>{page_style()}</style></head>'
            f"<body><h1>{esc(title)}</h1>{body}{script}</body></html>")


def html_show(records: dict | list[dict]) -> str:
    """Articles' extractions for a person to review (no gold): a contents list when there are several."""
    records = records if isinstance(records, list) else [records]
    body = [legend()]
    if len(records) > 1:
        body.append("<ol>" + "".join(f'<li><a href="#a{n}">{esc(r.get("doc_id"))}</a></li>' for n, r in enumerate(records)) + "</ol>")
    for n, record in enumerate(records):
        body.append('<section class="article">' + header(record, f"a{n}") + render_record(record)
                    + "<h4>Lists</h4>" + render_lists(record) + render_roles(record) + "</section>")
    title = "vnpipe show" if len(records) > 1 else str(records[0].get("doc_id") or "article")
    return page(title, "".join(body))


ERRORS_ONLY = """<script>document.getElementById("errors-only").addEventListener("change",
  e => document.body.classList.toggle("errors-only", e.target.checked));</script>"""


def error_count(scores: dict) -> int:
    """Misses and false alarms of one article over its layers (entities strict, list items)."""
    counts = [scores.get("entities", {}).get("strict"), scores.get("quantities"), scores.get("dates"),
              scores.get("lists", {}).get("items"), scores.get("roles")]
    return sum(c["fp"] + c["fn"] for c in counts if c)


def score_table(result: dict, anchors: dict[str, str]) -> str:
    """One row per article: F1 of each layer and its errors, linked to the article below."""
    def f1(value) -> str:
        return "–" if value is None else f"{value:.3f}"

    rows = []
    for doc_id, s in result["articles"].items():
        cells = [s.get("entities", {}).get("strict", {}).get("f1"), s.get("quantities", {}).get("f1"), s.get("dates", {}).get("f1"),
                 s.get("lists", {}).get("items", {}).get("f1"), s.get("roles", {}).get("f1")]
        errors = error_count(s)
        rows.append(f'<tr class="{"clean" if not errors else "has-errors"}"><td class="name"><a href="#{anchors[doc_id]}">{esc(doc_id)}</a></td>'
                    + "".join(f"<td>{f1(v)}</td>" for v in cells) + f"<td>{errors}</td></tr>")
    return ('<table class="scores"><tr><th>article</th><th>entities</th><th>quantities</th><th>dates</th><th>list items</th>'
            "<th>roles</th><th>errors</th></tr>" + "".join(rows) + "</table>")


def html_report(result: dict, pairs: list[tuple[dict, dict]]) -> str:
    """Per article: gold and prediction side by side, misses and false alarms marked on every layer."""
    anchors = {str(gold.get("doc_id")): f"a{n}" for n, (gold, _) in enumerate(pairs)}
    body = [f"<pre>{esc(table(result['micro'], 'Micro-averaged over ' + str(result['documents']) + ' articles'))}</pre>",
            legend(),
            '<p><label><input type="checkbox" id="errors-only"> errors only</label> (articles and paragraphs without a miss '
            "or a false alarm hidden). On the gold side <span class=\"tag miss\">✗ miss</span> marks what the pipeline missed; "
            "on the prediction side <span class=\"tag false\">✗ false</span> marks a false alarm.</p>",
            score_table(result, anchors)]
    for gold, pred in pairs:
        missed, false = error_ids(gold, pred)
        clean = not missed and not false
        body.append(f'<section class="article{" clean" if clean else ""}">' + header(gold, anchors[str(gold.get("doc_id"))]))
        shown_gold = gold | {"boilerplate": pred.get("boilerplate", [])}  # greyed on both sides
        body.append('<div class="pair"><div><h3>gold</h3>' + render_record(shown_gold, missed, "miss") + render_lists(gold)
                    + render_roles(gold, pred) + "</div>")
        body.append("<div><h3>prediction</h3>" + render_record(pred, false, "false") + render_lists(pred)
                    + render_roles(pred, gold) + "</div></div></section>")
    return page("vn-press-pipeline evaluation", "".join(body), ERRORS_ONLY)

