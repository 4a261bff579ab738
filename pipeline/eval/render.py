"""Records as HTML for people: values written as Vietnamese readers write them, every layer marked in the text.

``marks`` lists what a record annotates (entities, quantities, dates, posts, list triggers and
items, boilerplate) as spans with a class, a hover text and a tag; ``render_text`` draws them
over the text paragraph by paragraph, overlaps included (a list item holding entities shows
both). ``error_ids`` tells which annotations of a gold/prediction pair the scorer left
unmatched, so misses and false alarms are marked on every layer. Everything from a record is
escaped: labels, values and texts come from files someone could have crafted.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .scorer import date_values_equal, item_matches, match_one_to_one, overlaps, pair_lists, same_org, same_person_and_role, values_equal

KNOWN_LABELS = ("PER", "LOC", "ORG", "MISC")


@lru_cache(maxsize=None)
def display() -> dict:
    """Label names, qualifier signs and meanings, statuses and multipliers (``pipeline/data/display.json``)."""
    return json.loads(resources.files("pipeline.data").joinpath("display.json").read_text("utf-8"))


def esc(value) -> str:
    return html.escape(str(value))


def vi_number(value: float) -> str:
    """A number as Vietnamese writes it: ``.`` between thousands, ``,`` before decimals (at most three)."""
    if float(value).is_integer():
        return f"{int(value):,}".replace(",", ".")
    text = f"{value:,.3f}".rstrip("0").rstrip(".")
    return text.replace(",", " ").replace(".", ",").replace(" ", ".")


def scaled(values: list[float]) -> tuple[list[str], str]:
    """The values written with the multiplier word that suits the largest (``1,5 tỷ``, ``80–95 triệu``)."""
    largest = max(abs(v) for v in values)
    for factor, word in display()["multipliers"]:
        if largest >= factor:
            return [vi_number(v / factor) for v in values], word
    return [vi_number(v) for v in values], ""


def quantity_text(quantity: dict) -> str:
    """``> 3.550 đảng viên``, ``1,5 tỷ đồng``, ``80–95 triệu đồng``: qualifier sign, amount, unit."""
    values = [quantity["value"]] + ([quantity["value_max"]] if quantity.get("value_max") is not None else [])
    try:
        numbers, word = scaled([float(v) for v in values])
    except (TypeError, ValueError):
        numbers, word = [str(v) for v in values], ""
    qualifier = display()["qualifiers"].get(quantity.get("qualifier") or "exact")
    sign = qualifier["sign"] if qualifier else str(quantity.get("qualifier"))
    unit = quantity.get("unit") or ""
    amount = " ".join(part for part in ("–".join(numbers), word) if part)
    amount += unit if unit.startswith("%") else f" {unit}" if unit else ""
    return f"{sign} {amount}" if sign else amount


def qualifier_meaning(code) -> str:
    """What a qualifier code says, in words (an unknown code is shown as it is)."""
    known = display()["qualifiers"].get(code or "exact")
    return known["meaning"] if known else str(code)


def one_date(value) -> str:
    """An ISO date value as read: ``19/8/2022``, ``19/8 (year unstated)``, ``8/2022``, ``quý 3/2024``, ``2022``."""
    text = str(value)
    found = re.fullmatch(r"(\d{4}|XXXX)(?:-(\d{2}|Q[1-4]))?(?:-(\d{2}))?", text)
    if not found:
        return text
    year, month, day = found.groups()
    parts = [str(int(day))] if day else []
    if month:
        parts.append(f"quý {month[1]}" if month.startswith("Q") else str(int(month)))
    shown = "/".join(parts + ([] if year == "XXXX" else [year]))
    return shown + " (year unstated)" if year == "XXXX" else shown


def date_text(date: dict) -> str:
    """A date or period for people, with how its year was found."""
    shown = one_date(date["value"]) + (f" – {one_date(date['value_end'])}" if date.get("value_end") else "")
    notes = [note for key, note in (("year_inferred", "year from the publication date"), ("lunar", "lunar calendar")) if date.get(key)]
    return shown + (f" ({', '.join(notes)})" if notes else "")


def place_text(place: dict) -> str:
    """Every field of a gazetteer link, for a hover text."""
    parts = [f"{place.get('type') or ''} {place.get('name')}".strip(), place.get("level"), place.get("province"),
             f"code {place.get('code')} ({place.get('era')})"]
    if place.get("code_2025") or place.get("province_2025"):
        parts.append(f"2025: {place.get('province_2025') or ''} {place.get('code_2025') or ''}".strip())
    if place.get("candidates"):
        parts.append(f"{place['candidates']} candidate(s)")
    return "place: " + ", ".join(str(p) for p in parts if p)


@dataclass
class Mark:
    """One annotation drawn over the text."""

    start: int
    end: int
    kind: str  # CSS class: ent-PER ... qty, date, role, trigger, item, boiler
    tip: str
    tag: str = ""  # shown after the span
    badge: str = ""  # shown before the span (list item numbers)
    error: str = ""  # "miss" or "false"


def entity_class(label) -> str:
    return f"ent-{label}" if label in KNOWN_LABELS else "ent-other"


def marks(record: dict, errors: Collection[int] = (), error_kind: str = "") -> list[Mark]:
    """Every annotation of ``record`` as a Mark; those whose ``id()`` is in ``errors`` flagged ``error_kind``."""
    flag = lambda item: error_kind if id(item) in errors else ""  # noqa: E731
    out = []
    for e in record.get("entities", []):
        tip = f"{e['label']} {display()['labels'].get(e['label'], '')}".strip() + (f", by {e['source']}" if e.get("source") else "")
        if e.get("place"):
            tip += "\n" + place_text(e["place"])
        out.append(Mark(e["start"], e["end"], entity_class(e["label"]), tip, str(e["label"]), error=flag(e)))
    for q in record.get("quantities", []):
        shown = quantity_text(q)
        out.append(Mark(q["start"], q["end"], "qty", f"quantity: {shown}\nqualifier: {qualifier_meaning(q.get('qualifier'))}", shown,
                        error=flag(q)))
    for d in record.get("dates", []):
        out.append(Mark(d["start"], d["end"], "date", f"date: {d['value']}" + (f" – {d['value_end']}" if d.get("value_end") else ""),
                        date_text(d), error=flag(d)))
    for n, item in enumerate(record.get("lists", []), 1):
        found = len(item.get("items", []))
        count = item.get("announced_count")
        summary = f"list {n}: {item.get('head') or 'no head'}, announced {'–' if count is None else count}, {found} found"
        if item.get("trigger"):
            out.append(Mark(item["trigger"]["start"], item["trigger"]["end"], "trigger", summary, f"list {n}", error=flag(item)))
        for j, span in enumerate(item.get("items", []), 1):
            out.append(Mark(span["start"], span["end"], "item" if n % 2 else "item alt", f"{summary}\nitem {j}", badge=f"{n}.{j}",
                            error=flag(span)))
    for r in record.get("roles", []):
        org = (r.get("org") or {}).get("text")
        status = r.get("status", "current")
        held = r["person"]["text"] + (f" @ {org}" if org else "")
        out.append(Mark(r["role"]["start"], r["role"]["end"], "role", f"post of {held}\nstatus: {status}",
                        f"→ {held}" + ("" if status == "current" else f" ({status})"), error=flag(r)))
    for b in record.get("boilerplate", []):
        out.append(Mark(b["start"], b["end"], "boiler", f"boilerplate: {b.get('kind')} (nothing is extracted from it)"))
    return out


def render_text(text: str, all_marks: list[Mark]) -> str:
    """The text as paragraphs of spans, each piece carrying the classes and hover texts of the marks over it.

    A paragraph holding an error gets the class ``err`` (the errors-only view shows only those).
    """
    valid = [m for m in all_marks if 0 <= m.start < m.end <= len(text)]
    cuts = {0, len(text)} | {m.start for m in valid} | {m.end for m in valid}
    cuts |= {i for i, c in enumerate(text) if c == "\n"} | {i + 1 for i, c in enumerate(text) if c == "\n"}
    points = sorted(cuts)
    paragraphs: list[str] = []
    current: list[str] = []
    has_error = False

    def close() -> None:
        if current:
            paragraphs.append(f'<p class="para{" err" if has_error else ""}">' + "".join(current) + "</p>")

    for start, end in zip(points, points[1:]):
        piece = text[start:end]
        if piece == "\n":
            close()
            current, has_error = [], False
            continue
        covering = [m for m in valid if m.start <= start and m.end >= end]
        current.extend(f'<span class="badge {esc(m.kind)}">{esc(m.badge)}</span>' for m in covering if m.start == start and m.badge)
        if covering:
            classes = " ".join(dict.fromkeys(c for m in covering for c in (m.kind.split() + ([m.error] if m.error else []))))
            tips = "\n".join(m.tip + (f" ✗ {m.error}" if m.error else "") for m in covering)
            current.append(f'<span class="mark {esc(classes)}" title="{esc(tips)}">{esc(piece)}</span>')
            has_error = has_error or any(m.error for m in covering)
        else:
            current.append(esc(piece))
        for m in sorted((m for m in covering if m.end == end and (m.tag or m.error)), key=lambda m: -m.start):
            label = m.tag + (f" ✗ {m.error}" if m.error else "")
            current.append(f'<span class="tag {esc(m.kind.split()[0])}{" " + m.error if m.error else ""}">{esc(label)}</span>')
    close()
    return '<div class="text">' + "".join(paragraphs) + "</div>"


def unmatched(gold: list[dict], pred: list[dict], same) -> tuple[set[int], set[int]]:
    """The ``id()``s of the gold items no prediction matched and of the predictions matching none."""
    _, pairs = match_one_to_one(gold, pred, same)
    return {id(g) for g in gold} - {id(g) for g, _ in pairs}, {id(p) for p in pred} - {id(p) for _, p in pairs}


def error_ids(gold: dict, pred: dict) -> tuple[set[int], set[int]]:
    """(misses among gold's annotations, false alarms among the prediction's), on every layer, as the scorer matches."""
    def layer(name: str) -> tuple[list[dict], list[dict]]:
        return gold.get(name, []), pred.get(name, [])

    checks = [("entities", lambda g, p: (g["start"], g["end"], g["label"]) == (p["start"], p["end"], p["label"])),
              ("quantities", lambda g, p: overlaps(g, p) and values_equal(g["value"], p["value"])),
              ("dates", lambda g, p: overlaps(g, p) and date_values_equal(g["value"], p["value"])),
              ("roles", lambda g, p: same_person_and_role(g, p) and same_org(g, p))]
    missed: set[int] = set()
    false: set[int] = set()
    for name, same in checks:
        m, f = unmatched(*layer(name), same)
        missed |= m
        false |= f
    gold_lists, pred_lists = layer("lists")
    pairs = pair_lists(gold_lists, pred_lists)
    missed |= {id(g) for gi, g in enumerate(gold_lists) if gi not in pairs.values()}
    false |= {id(p) for pi, p in enumerate(pred_lists) if pi not in pairs}
    for gi, g in enumerate(gold_lists):
        partners = [item for pi, p in enumerate(pred_lists) if pairs.get(pi) == gi for item in p["items"]]
        m, f = unmatched(g["items"], partners, item_matches)
        missed |= m
        false |= f
    false |= {id(item) for pi, p in enumerate(pred_lists) if pi not in pairs for item in p["items"]}
    return missed, false

