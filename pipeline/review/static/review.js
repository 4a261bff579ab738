// vnpipe review: mark up one article's annotations, edit them with mouse and keys, save them as gold.
// Every piece of text is put into the page with textContent, never as HTML.
"use strict";

const LAYERS = ["entities", "quantities", "dates", "lists", "roles"];
const LABEL_KEYS = { p: "PER", l: "LOC", o: "ORG", m: "MISC" };
const QUALIFIERS = {
  exact: "exact", gt: "more than (hơn, trên, vượt)", gte: "at least (ít nhất, hàng ...)",
  lt: "less than (dưới, chưa đến)", lte: "at most (tối đa, không quá)", approx: "about (khoảng, gần, xấp xỉ)",
};
const STATUSES = { current: "current", former: "former (nguyên, cựu, từng)", new: "new (tân, được bầu, bổ nhiệm)" };
const MULTIPLIERS = { "nghìn": 1e3, "ngàn": 1e3, "vạn": 1e4, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9 };

const state = { page: null, ann: null, sel: null, range: null, origin: "blank", accepted: new Set(), dirty: false };

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === "text") node.textContent = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  for (const child of children) node.append(child);
  return node;
}

async function api(path, options) {
  const response = await fetch(path, options);
  const body = await response.json();
  return { ok: response.ok, body };
}

function status(message, kind = "") {
  const node = document.getElementById("status");
  node.textContent = message;
  node.className = kind;
}

// ---- numbers and dates read from a selection (a first guess the user corrects) ----

function guessValue(text) {
  const match = text.match(/\d[\d.]*(,\d+)?/);
  if (!match) return 0;
  let value = parseFloat(match[0].replace(/\./g, "").replace(",", "."));
  for (const word of text.toLowerCase().split(/\s+/)) if (MULTIPLIERS[word]) value *= MULTIPLIERS[word];
  return value;
}

function guessDate(text) {
  const pad = (n) => String(n).padStart(2, "0");
  let m = text.match(/(\d{1,2})[/-](\d{1,2})[/-](\d{4})/);
  if (m) return `${m[3]}-${pad(m[2])}-${pad(m[1])}`;
  m = text.match(/(\d{1,2})[/-](\d{4})/);
  if (m) return `${m[2]}-${pad(m[1])}`;
  m = text.match(/(\d{1,2})[/-](\d{1,2})/);
  if (m) return `XXXX-${pad(m[2])}-${pad(m[1])}`;
  m = text.match(/\d{4}/);
  return m ? m[0] : "XXXX";
}

function guessCount(text) {
  const m = text.match(/^\s*(\d+)/);
  return m ? parseInt(m[1], 10) : null;
}

// ---- spans ----

function spanOf(start, end) {
  return { start, end, text: state.page.text.slice(start, end) };
}

function overlaps(a, b) {
  return a.start < b.end && b.start < a.end;
}

function byStart(a, b) {
  return a.start - b.start || a.end - b.end;
}

// The current text selection as trimmed offsets into the article, or null.
function readSelection() {
  const selection = window.getSelection();
  if (!selection.rangeCount || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  let start = offsetOf(range.startContainer, range.startOffset);
  let end = offsetOf(range.endContainer, range.endOffset);
  if (start === null || end === null) return null;
  const text = state.page.text;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? { start, end } : null;
}

function offsetOf(node, offset) {
  const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
  if (node === document.getElementById("text")) {
    const child = node.childNodes[offset] || null;
    return child ? +child.dataset.o : state.page.text.length;
  }
  const seg = element && element.closest("#text .seg");
  if (!seg) return null;
  if (node.nodeType === Node.TEXT_NODE) return +seg.dataset.o + offset;
  return +seg.dataset.o + (offset > 0 ? seg.textContent.length : 0);
}

// Select article characters [start, end) in the page (used by tests and by "j"/"k" scrolling).
function selectRange(start, end) {
  const segs = [...document.querySelectorAll("#text .seg")];
  const find = (offset, isEnd) => {
    for (const seg of segs) {
      const o = +seg.dataset.o, len = seg.textContent.length;
      if (offset >= o && (offset < o + len || (isEnd && offset === o + len))) return [seg.firstChild, offset - o];
    }
    return null;
  };
  const a = find(start, false), b = find(end, true);
  const range = document.createRange();
  range.setStart(...a);
  range.setEnd(...b);
  const selection = window.getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
  noteSelection();
}

function noteSelection() {
  state.range = readSelection();
  const box = document.getElementById("selection-box");
  box.replaceChildren();
  if (state.range) {
    box.append(el("h3", { text: "Selection" }), el("p", { text: `“${spanOf(state.range.start, state.range.end).text}”` }));
    const buttons = el("p");
    for (const [key, label] of Object.entries(LABEL_KEYS)) buttons.append(el("button", { text: label, title: `key ${key}`, onclick: () => addEntity(label) }), " ");
    // a button keeps the text selection: mousedown would otherwise collapse it
    const keep = (node) => { node.addEventListener("mousedown", (ev) => ev.preventDefault()); return node; };
    buttons.append(el("button", { text: "quantity", title: "key q", onclick: addQuantity }), " ",
      el("button", { text: "date", title: "key d", onclick: addDate }), " ",
      el("button", { text: "list trigger", title: "key t", onclick: () => addList(true) }), " ",
      el("button", { text: "list item", title: "key i", onclick: addItem }), " ",
      el("button", { text: "role (post)", title: "key r", onclick: addRole }));
    for (const button of buttons.querySelectorAll("button")) keep(button);
    box.append(buttons);
  }
}

// ---- the marks drawn over the text ----

function marks() {
  const out = [];
  const a = state.ann;
  a.entities.forEach((e, i) => out.push({ ...e, cls: `ent-${e.label}`, ref: { layer: "entities", i }, tip: entityTip(e) }));
  a.quantities.forEach((q, i) => out.push({ ...q, cls: "qty", ref: { layer: "quantities", i }, tip: `quantity: ${quantityText(q)}` }));
  a.dates.forEach((d, i) => out.push({ ...d, cls: "date", ref: { layer: "dates", i }, tip: `date: ${d.value}${d.value_end ? " – " + d.value_end : ""}` }));
  a.lists.forEach((l, i) => {
    if (l.trigger) out.push({ ...l.trigger, cls: "trigger", ref: { layer: "lists", i, part: "trigger" }, tip: `list trigger: ${l.head || ""} (${l.announced_count ?? "no count"})` });
    l.items.forEach((item, j) => out.push({ ...item, cls: i % 2 ? "item alt" : "item", ref: { layer: "lists", i, part: "item", j }, tip: `list ${i + 1}, item ${j + 1}` }));
  });
  a.roles.forEach((r, i) => out.push({ ...r.role, cls: "role", ref: { layer: "roles", i }, tip: `post of ${r.person ? r.person.text : "?"}${r.org ? " @ " + r.org.text : ""} (${r.status})` }));
  for (const b of state.page.boilerplate || []) out.push({ ...b, cls: "boiler", ref: null, tip: `boilerplate: ${b.kind}` });
  return out;
}

function entityTip(e) {
  const place = (state.page.places || {})[`${e.start}-${e.end}`];
  if (!place) return e.label;
  return `${e.label}: ${place.type || ""} ${place.name}, ${place.level}, ${place.province || ""} (code ${place.code}, ${place.era})`;
}

function quantityText(q) {
  const nf = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 6 });
  const sign = { gt: "> ", gte: "≥ ", lt: "< ", lte: "≤ ", approx: "≈ " }[q.qualifier] || "";
  const value = q.value_max != null ? `${nf.format(q.value)}–${nf.format(q.value_max)}` : nf.format(q.value);
  return `${sign}${value}${q.unit ? " " + q.unit : ""}`;
}

function refKey(ref) {
  return ref ? `${ref.layer}:${ref.i}:${ref.part || ""}:${ref.j ?? ""}` : "";
}

function sameRef(a, b) {
  return a && b && refKey(a) === refKey(b);
}

function render() {
  const text = state.page.text;
  const all = marks();
  const cuts = new Set([0, text.length]);
  for (const m of all) { cuts.add(m.start); cuts.add(m.end); }
  const points = [...cuts].sort((x, y) => x - y);
  const container = document.getElementById("text");
  container.replaceChildren();
  const related = relatedSpans();
  for (let k = 0; k + 1 < points.length; k++) {
    const start = points[k], end = points[k + 1];
    const covering = all.filter((m) => m.start <= start && m.end >= end);
    const seg = el("span", { class: "seg", "data-o": String(start), text: text.slice(start, end) });
    if (covering.length) {
      seg.classList.add("marked");
      for (const m of covering) for (const c of m.cls.split(" ")) seg.classList.add(c);
      const top = covering.filter((m) => m.ref).sort((x, y) => (x.end - x.start) - (y.end - y.start))[0];
      if (top) {
        seg.dataset.ref = refKey(top.ref);
        seg.classList.add(state.accepted.has(annotationKey(top.ref)) ? "accepted" : "unreviewed");
      }
      seg.title = covering.map((m) => m.tip).join("\n");
      if (covering.some((m) => sameRef(m.ref, state.sel))) seg.classList.add("selected");
      if (related.some((r) => r.start <= start && r.end >= end)) seg.classList.add("related");
    }
    container.append(seg);
  }
  renderEditor();
}

// The spans tied to the selected annotation: a role's person and body, a list's items.
function relatedSpans() {
  const sel = state.sel;
  if (!sel) return [];
  if (sel.layer === "roles") {
    const r = state.ann.roles[sel.i];
    return [r.person, r.org].filter(Boolean);
  }
  if (sel.layer === "lists") {
    const l = state.ann.lists[sel.i];
    return [l.trigger, ...l.items].filter(Boolean);
  }
  return [];
}

// ---- selecting annotations ----

function orderedRefs() {
  return marks().filter((m) => m.ref).sort(byStart).map((m) => m.ref);
}

function annotationKey(ref) {
  const a = state.ann;
  const target = ref.layer === "lists" ? (ref.part === "item" ? a.lists[ref.i].items[ref.j] : a.lists[ref.i].trigger)
    : ref.layer === "roles" ? a.roles[ref.i].role : a[ref.layer][ref.i];
  return `${ref.layer}:${ref.part || ""}:${target.start}-${target.end}`;
}

function choose(ref) {
  state.sel = ref;
  render();
  const node = document.querySelector("#text .seg.selected");
  if (node) node.scrollIntoView({ block: "nearest" });
}

function step(direction) {
  const refs = orderedRefs();
  if (!refs.length) return;
  const at = refs.findIndex((r) => sameRef(r, state.sel));
  const next = at < 0 ? (direction > 0 ? 0 : refs.length - 1) : (at + direction + refs.length) % refs.length;
  choose(refs[next]);
}

function accept() {
  if (!state.sel) return;
  state.accepted.add(annotationKey(state.sel));
  step(1);
}

function removeSelected() {
  const sel = state.sel;
  if (!sel) return;
  const a = state.ann;
  if (sel.layer === "lists" && sel.part === "item") a.lists[sel.i].items.splice(sel.j, 1);
  else if (sel.layer === "lists" && sel.part === "trigger") a.lists[sel.i].trigger = null;
  else a[sel.layer].splice(sel.i, 1);
  if (sel.layer === "lists" && (a.lists[sel.i] || {}).items && !a.lists[sel.i].items.length && !a.lists[sel.i].trigger) a.lists.splice(sel.i, 1);
  state.sel = null;
  changed("deleted");
}

function changed(message) {
  state.dirty = true;
  for (const layer of ["entities", "quantities", "dates", "roles"]) {
    const selected = state.sel && state.sel.layer === layer ? state.ann[layer][state.sel.i] : null;
    state.ann[layer].sort((x, y) => byStart(x.role || x, y.role || y));
    if (selected) state.sel = { layer, i: state.ann[layer].indexOf(selected) };
  }
  render();
  status(message ? `${message} (not saved)` : "not saved");
}

// ---- adding and correcting ----

function needRange() {
  if (!state.range) { status("select some text first", "error"); return null; }
  return state.range;
}

function entityAt(range) {
  return state.ann.entities.findIndex((e) => overlaps(e, range));
}

function addEntity(label) {
  const range = needRange();
  if (!range) return;
  const clash = entityAt(range);
  if (clash >= 0) {
    const e = state.ann.entities[clash];
    status(`overlaps the ${e.label} “${e.text}”: delete or correct it first`, "error");
    return;
  }
  const entity = { ...spanOf(range.start, range.end), label };
  state.ann.entities.push(entity);
  state.sel = { layer: "entities", i: state.ann.entities.length - 1 };
  acceptNew();
  changed(`added ${label}`);
}

function addQuantity() {
  const range = needRange();
  if (!range) return;
  const span = spanOf(range.start, range.end);
  state.ann.quantities.push({ ...span, value: guessValue(span.text), unit: null, qualifier: "exact" });
  state.sel = { layer: "quantities", i: state.ann.quantities.length - 1 };
  acceptNew();
  changed("added a quantity: check its value and unit");
}

function addDate() {
  const range = needRange();
  if (!range) return;
  const span = spanOf(range.start, range.end);
  state.ann.dates.push({ ...span, value: guessDate(span.text) });
  state.sel = { layer: "dates", i: state.ann.dates.length - 1 };
  acceptNew();
  changed("added a date: check its value");
}

function addList(withTrigger) {
  const range = needRange();
  if (!range) return;
  const span = spanOf(range.start, range.end);
  const list = withTrigger
    ? { trigger: span, head: span.text.replace(/^\s*(\d+|các|những|một số|nhiều|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+/i, ""), announced_count: guessCount(span.text), items: [] }
    : { trigger: null, head: null, announced_count: null, items: [span] };
  state.ann.lists.push(list);
  state.ann.lists.sort((x, y) => byStart(x.trigger || x.items[0], y.trigger || y.items[0]));
  state.sel = { layer: "lists", i: state.ann.lists.indexOf(list), part: withTrigger ? "trigger" : "item", j: 0 };
  acceptNew();
  changed(withTrigger ? "added a list: select each item and press i" : "added a list");
}

function addItem() {
  const range = needRange();
  if (!range) return;
  if (!state.sel || state.sel.layer !== "lists") { status("select a list first (click its trigger or an item)", "error"); return; }
  const list = state.ann.lists[state.sel.i];
  const item = spanOf(range.start, range.end);
  if (list.items.some((other) => overlaps(other, item))) { status("the item overlaps another item of this list", "error"); return; }
  list.items.push(item);
  list.items.sort(byStart);
  state.sel = { layer: "lists", i: state.sel.i, part: "item", j: list.items.indexOf(item) };
  acceptNew();
  changed(`item ${list.items.length} added`);
}

function addRole() {
  const range = needRange();
  if (!range) return;
  const people = state.ann.entities.filter((e) => e.label === "PER");
  const distance = (e) => Math.min(Math.abs(e.start - range.end), Math.abs(range.start - e.end));
  const nearest = people.sort((x, y) => distance(x) - distance(y))[0];
  const role = { person: nearest ? spanOf(nearest.start, nearest.end) : null, role: spanOf(range.start, range.end), org: null, status: "current" };
  state.ann.roles.push(role);
  state.sel = { layer: "roles", i: state.ann.roles.length - 1 };
  acceptNew();
  changed(nearest ? "added a role: check its person and body (h, g)" : "added a role: select its person and press h");
}

// A span a role points at, from the selection: an existing entity it matches, or (for a person) a new PER.
function roleTarget(kind) {
  const range = needRange();
  if (!range) return null;
  const clash = entityAt(range);
  if (clash >= 0) {
    const e = state.ann.entities[clash];
    if (e.start === range.start && e.end === range.end) {
      if (kind === "person" && e.label !== "PER") { status(`“${e.text}” is ${e.label}; a person must be PER`, "error"); return null; }
      return spanOf(e.start, e.end);
    }
    if (kind === "person") { status(`the selection overlaps the ${e.label} “${e.text}”`, "error"); return null; }
  } else if (kind === "person") {
    state.ann.entities.push({ ...spanOf(range.start, range.end), label: "PER" });
  }
  return spanOf(range.start, range.end);
}

function setRolePart(kind) {
  if (!state.sel || state.sel.layer !== "roles") { status("select a role first (click its post)", "error"); return; }
  const role = state.ann.roles[state.sel.i];
  const target = roleTarget(kind);
  if (!target) return;
  role[kind] = target;
  changed(`role ${kind} set`);
}

function moveSpan() {
  const range = needRange();
  const sel = state.sel;
  if (!range || !sel) { status("select an annotation, then the text it should cover, then press s", "error"); return; }
  const span = spanOf(range.start, range.end);
  const a = state.ann;
  if (sel.layer === "entities") {
    const clash = a.entities.findIndex((e, i) => i !== sel.i && overlaps(e, range));
    if (clash >= 0) { status(`overlaps the ${a.entities[clash].label} “${a.entities[clash].text}”`, "error"); return; }
    const old = a.entities[sel.i];
    for (const r of a.roles) for (const part of ["person", "org"]) if (r[part] && r[part].start === old.start && r[part].end === old.end) r[part] = span;
    Object.assign(old, span);
  } else if (sel.layer === "lists" && sel.part === "item") Object.assign(a.lists[sel.i].items[sel.j], span);
  else if (sel.layer === "lists") a.lists[sel.i].trigger = span;
  else if (sel.layer === "roles") a.roles[sel.i].role = span;
  else Object.assign(a[sel.layer][sel.i], span);
  acceptNew();
  changed("span moved");
}

function acceptNew() {
  if (state.sel) state.accepted.add(annotationKey(state.sel));
  window.getSelection().removeAllRanges();
  state.range = null;
  noteSelection();
}

function relabel(label) {
  const e = state.ann.entities[state.sel.i];
  e.label = label;
  state.accepted.add(annotationKey(state.sel));
  changed(`now ${label}`);
}

// ---- the editor panel ----

function field(label, input) {
  return el("label", {}, `${label} `, input);
}

function input(value, onchange, type = "text") {
  const node = el("input", { type, value: value ?? "" });
  node.addEventListener("change", () => onchange(node.value));
  return node;
}

function select(options, value, onchange) {
  const node = el("select");
  for (const [key, label] of Object.entries(options)) {
    const option = el("option", { value: key, text: label });
    if (key === value) option.selected = true;
    node.append(option);
  }
  node.addEventListener("change", () => onchange(node.value));
  return node;
}

function numberOrNull(text) {
  const value = text.trim() === "" ? null : Number(text.trim().replace(",", "."));
  return value === null || Number.isFinite(value) ? value : undefined;
}

function renderEditor() {
  const box = document.getElementById("editor");
  box.replaceChildren();
  const sel = state.sel;
  if (!sel) {
    box.append(el("p", { text: "Click a mark to edit it, or select text and pick a layer." }));
    return;
  }
  const a = state.ann;
  const del = el("button", { text: "delete (x)", onclick: removeSelected });
  const ok = el("button", { text: "accept (a)", onclick: accept });
  if (sel.layer === "entities") {
    const e = a.entities[sel.i];
    box.append(el("h3", { text: `Entity “${e.text}”` }),
      field("label", select({ PER: "PER person", LOC: "LOC place", ORG: "ORG organisation", MISC: "MISC other name" }, e.label, (v) => relabel(v))));
    const place = (state.page.places || {})[`${e.start}-${e.end}`];
    if (place) box.append(el("p", { text: `place link: ${entityTip(e)}` }));
  } else if (sel.layer === "quantities") {
    const q = a.quantities[sel.i];
    box.append(el("h3", { text: `Quantity “${q.text}”: ${quantityText(q)}` }),
      field("value", input(q.value, (v) => setNumber(q, "value", v, false))),
      field("value_max (ranges)", input(q.value_max, (v) => setNumber(q, "value_max", v, true))),
      field("unit", input(q.unit, (v) => { q.unit = v.trim() || null; changed("unit set"); })),
      field("qualifier", select(QUALIFIERS, q.qualifier || "exact", (v) => { q.qualifier = v; changed("qualifier set"); })));
  } else if (sel.layer === "dates") {
    const d = a.dates[sel.i];
    box.append(el("h3", { text: `Date “${d.text}”` }),
      field("value", input(d.value, (v) => { d.value = v.trim(); changed("date set"); })),
      field("value_end (periods)", input(d.value_end, (v) => { d.value_end = v.trim() || null; changed("date end set"); })),
      el("p", { text: "ISO as far as the text goes: 2022-08-19, XXXX-08-19, 2022-08, 2024-Q3" }));
  } else if (sel.layer === "lists") {
    const l = a.lists[sel.i];
    box.append(el("h3", { text: `List ${sel.i + 1}${sel.part === "item" ? `, item ${sel.j + 1}` : ""}` }),
      el("p", { text: `trigger: ${l.trigger ? "“" + l.trigger.text + "”" : "none"}` }),
      field("head", input(l.head, (v) => { l.head = v.trim() || null; changed("head set"); })),
      field("announced count", input(l.announced_count, (v) => setCount(l, v))));
    const items = el("ol");
    l.items.forEach((item, j) => items.append(el("li", {}, el("a", { href: "#", text: item.text.slice(0, 80), onclick: (ev) => { ev.preventDefault(); choose({ layer: "lists", i: sel.i, part: "item", j }); } }))));
    box.append(el("p", { text: `${l.items.length} item(s); select text and press i to add one` }), items);
  } else if (sel.layer === "roles") {
    const r = a.roles[sel.i];
    box.append(el("h3", { text: `Role “${r.role.text}”` }),
      el("p", { text: `person: ${r.person ? r.person.text : "none (select it, press h)"}` }),
      el("p", {}, `body: ${r.org ? r.org.text : "none"} `, el("button", { text: "no body", onclick: () => { r.org = null; changed("body removed"); } })),
      field("status", select(STATUSES, r.status, (v) => { r.status = v; changed("status set"); })));
  }
  box.append(el("p", {}, ok, " ", del, " ", el("button", { text: "span = selection (s)", onclick: moveSpan })));
}

function setNumber(q, key, text, optional) {
  const value = numberOrNull(text);
  if (value === undefined || (value === null && !optional)) { status(`${key}: not a number`, "error"); render(); return; }
  if (value === null) delete q[key]; else q[key] = value;
  changed(`${key} set`);
}

function setCount(list, text) {
  const value = numberOrNull(text);
  if (value === undefined || (value !== null && (!Number.isInteger(value) || value < 0))) { status("announced count: a whole number or empty", "error"); render(); return; }
  list.announced_count = value;
  changed("count set");
}

function renderScore(rows, heading) {
  const box = document.getElementById("score");
  box.replaceChildren();
  if (!rows) return;
  const fmt = (v) => (v === null || v === undefined ? "–" : v.toFixed(3));
  const table = el("table", {}, el("tr", {}, ...["", "P", "R", "F1", "gold"].map((h) => el("th", { text: h }))));
  for (const row of rows) {
    table.append(el("tr", {}, el("td", { text: row.figure }), el("td", { class: "num", text: fmt(row.precision) }),
      el("td", { class: "num", text: fmt(row.recall) }), el("td", { class: "num", text: fmt(row.f1) }), el("td", { class: "num", text: String(row.gold) })));
  }
  box.append(el("h3", { text: heading }), table);
}

function renderLegend() {
  const keys = [["ent-PER", "PER person"], ["ent-LOC", "LOC place"], ["ent-ORG", "ORG organisation"], ["ent-MISC", "MISC other name"],
    ["qty", "quantity"], ["date", "date"], ["role", "post (role)"], ["trigger", "list trigger"], ["item", "list item"], ["boiler", "boilerplate"]];
  document.getElementById("legend").replaceChildren(...keys.map(([cls, label]) => el("span", { class: `key ${cls}`, text: label })));
}

// ---- loading and saving ----

async function loadArticle(docId) {
  const { ok, body } = await api(`/api/article/${encodeURIComponent(docId)}`);
  if (!ok) { status(body.problems.join("; "), "error"); return; }
  state.page = body;
  state.ann = structuredClone(body.annotations);
  state.origin = body.origin;
  state.sel = null;
  state.accepted = new Set();
  state.dirty = false;
  if (body.origin === "gold") for (const ref of orderedRefs()) state.accepted.add(annotationKey(ref));
  document.getElementById("title").textContent = body.meta.title || body.doc_id;
  const meta = document.getElementById("meta");
  meta.replaceChildren(`${body.doc_id} · ${body.source}`);
  if (body.meta.published) meta.append(` · ${body.meta.published}`);
  if (body.meta.source_url) meta.append(" · ", el("a", { href: body.meta.source_url, text: body.meta.source_url, rel: "noreferrer" }));
  document.getElementById("origin").textContent = { gold: "from the saved gold", pipeline: "correcting the pipeline's output", blank: "blank page" }[body.origin];
  render();
  renderScore(body.score, "pipeline against the saved gold");
  status(body.gold_problem ? body.gold_problem : "loaded", body.gold_problem ? "error" : "ok");
}

async function startFrom(kind) {
  if (kind === "pipeline") {
    status("running the pipeline ...");
    const { ok, body } = await api(`/api/article/${encodeURIComponent(state.page.doc_id)}/pipeline`);
    if (!ok) { status(body.problems.join("; "), "error"); return; }
    state.ann = body;
  } else {
    state.ann = { entities: [], quantities: [], dates: [], lists: [], roles: [] };
  }
  state.origin = kind;
  state.sel = null;
  state.accepted = new Set();
  changed(kind === "pipeline" ? "the pipeline's output" : "blank page");
}

async function save() {
  const missing = state.ann.roles.findIndex((r) => !r.person);
  if (missing >= 0) { choose({ layer: "roles", i: missing }); status("this role has no person: select it and press h", "error"); return; }
  const { ok, body } = await api(`/api/article/${encodeURIComponent(state.page.doc_id)}/gold`, {
    method: "POST", headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ annotations: state.ann, origin: state.origin }),
  });
  const box = document.getElementById("selection-box");
  if (!ok) {
    box.replaceChildren(el("h3", { text: "Not saved" }), el("ul", { class: "problems" }, ...body.problems.map((p) => el("li", { text: p }))));
    status(`not saved: ${body.problems.length} problem(s)`, "error");
    return;
  }
  state.dirty = false;
  status(`saved ${body.saved}`, "ok");
  renderScore(body.score, "pipeline against this gold");
  const option = [...document.getElementById("articles").options].find((o) => o.value === state.page.doc_id);
  if (option && !option.textContent.startsWith("✓")) option.textContent = `✓ ${option.textContent}`;
}

function onKey(event) {
  if (event.target.closest && event.target.closest("input, select, textarea")) return;
  if ((event.ctrlKey || event.metaKey) && event.key === "s") { event.preventDefault(); save(); return; }
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  const key = event.key;
  const hasRange = !!state.range;
  const actions = {
    q: addQuantity, d: addDate, t: () => addList(true), n: () => addList(false), i: addItem, r: addRole,
    h: () => setRolePart("person"), g: () => setRolePart("org"), s: moveSpan,
    j: () => step(1), k: () => step(-1), a: accept, Enter: accept, x: removeSelected, Delete: removeSelected, Backspace: removeSelected,
    Escape: () => { state.sel = null; render(); },
  };
  if (LABEL_KEYS[key]) {
    if (hasRange) addEntity(LABEL_KEYS[key]);
    else if (state.sel && state.sel.layer === "entities") relabel(LABEL_KEYS[key]);
    else return;
  } else if (actions[key]) {
    actions[key]();
  } else return;
  event.preventDefault();
}

function onTextClick(event) {
  if (!window.getSelection().isCollapsed) return;
  const seg = event.target.closest(".seg");
  if (!seg || !seg.dataset.ref) return;
  const [layer, i, part, j] = seg.dataset.ref.split(":");
  choose({ layer, i: +i, ...(part ? { part } : {}), ...(j !== "" ? { j: +j } : {}) });
}

async function main() {
  renderLegend();
  const { body } = await api("/api/articles");
  const menu = document.getElementById("articles");
  for (const a of body.articles) menu.append(el("option", { value: a.doc_id, text: `${a.has_gold ? "✓ " : ""}${a.doc_id}: ${a.title}` }));
  menu.addEventListener("change", () => {
    if (state.dirty && !confirm("Unsaved changes: leave this article?")) { menu.value = state.page.doc_id; return; }
    loadArticle(menu.value);
  });
  document.getElementById("save").addEventListener("click", save);
  document.getElementById("from-pipeline").addEventListener("click", () => startFrom("pipeline"));
  document.getElementById("from-blank").addEventListener("click", () => startFrom("blank"));
  document.addEventListener("keydown", onKey);
  document.addEventListener("selectionchange", () => { if (state.page) noteSelection(); });
  document.getElementById("text").addEventListener("click", onTextClick);
  window.addEventListener("beforeunload", (event) => { if (state.dirty) event.preventDefault(); });
  const wanted = new URLSearchParams(location.search).get("doc");
  const first = body.articles.find((a) => a.doc_id === wanted) || body.articles[0];
  if (first) { menu.value = first.doc_id; await loadArticle(first.doc_id); }
  document.body.dataset.ready = "1";
}

window.review = { state, selectRange, save };
main();
