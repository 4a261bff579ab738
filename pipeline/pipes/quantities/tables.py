"""Statistics tables flattened into running text: each row's label is the unit of both its numbers.

A match report's table reaches the crawl as ``20(5) Sút khung thành 5(4) 13 Phạm lỗi 14 7 Phạt
góc 9 ...``: one team's figure, the row's label, the other team's figure, and the next row right
after. Read as prose, the figures after a label take nothing (or the next row's label). The shape
is read from punctuation and capitals alone: a row is a number (with an optional figure in
parentheses), a capitalised label of words only, and a number; rows follow one another with
nothing but white space between them. Two rows at least make a table, so that one ``N Label N``
in prose is left alone.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

MAX_LABEL_TOKENS = 6
MIN_ROWS = 2


def groups(doc: Doc, spans: list[Span]) -> list[list[Span]]:
    """The quantity spans in text order, a number and the figure in parentheses right after it
    (``20(5)``) grouped as one cell."""
    cells: list[list[Span]] = []
    for span in sorted(spans, key=lambda s: s.start):
        if cells and in_parentheses_after(doc, cells[-1][-1], span):
            cells[-1].append(span)
        else:
            cells.append([span])
    return cells


def in_parentheses_after(doc: Doc, previous: Span, span: Span) -> bool:
    """True when ``span`` is written as ``(n)`` right after ``previous``."""
    return (span.start == previous.end + 1 and doc[previous.end].text == "("
            and span.end < len(doc) and doc[span.end].text == ")")


def cell_end(doc: Doc, cell: list[Span]) -> int:
    """The token index after a cell, its closing parenthesis included."""
    end = cell[-1].end
    return end + 1 if len(cell) > 1 else end


def label_between(doc: Doc, start: int, end: int) -> str | None:
    """The text of ``doc[start:end]`` when it is a row label: words only, opening with a capital,
    no name of the entity stages, at most ``MAX_LABEL_TOKENS`` tokens."""
    if end - start > 2 * MAX_LABEL_TOKENS:
        return None  # white space tokens at most double the count
    tokens = [t for t in doc[start:end] if not t.is_space]
    if not tokens or len(tokens) > MAX_LABEL_TOKENS or not tokens[0].is_title:
        return None
    if any(not t.is_alpha or t.ent_type or "\n" in t.whitespace_ for t in tokens):
        return None
    return doc[tokens[0].i : tokens[-1].i + 1].text


def only_space(doc: Doc, start: int, end: int) -> bool:
    """True when ``doc[start:end]`` holds white space only (or nothing), on one line."""
    return all(t.is_space and "\n" not in t.text for t in doc[start:end]) and "\n" not in doc[start - 1].whitespace_


def rows(doc: Doc, cells: list[list[Span]]) -> list[list[tuple[list[Span], str, list[Span]]]]:
    """The tables among the cells: runs of at least ``MIN_ROWS`` rows (cell, label, cell), each row
    following the last with only white space between."""
    Row = tuple[list[Span], str, list[Span]]
    tables: list[list[Row]] = []
    current: list[Row] = []
    i = 0
    while i + 1 < len(cells):
        left, right = cells[i], cells[i + 1]
        label = label_between(doc, cell_end(doc, left), right[0].start)
        if label is None:
            tables.append(current)
            current = []
            i += 1
            continue
        if current and not only_space(doc, cell_end(doc, current[-1][2]), left[0].start):
            tables.append(current)
            current = []
        current.append((left, label, right))
        i += 2
    tables.append(current)
    return [table for table in tables if len(table) >= MIN_ROWS]


def table_units(doc: Doc, spans: list[Span]) -> None:
    """Give every number of a statistics table its row's label as unit (a percentage keeps ``%``)."""
    for table in rows(doc, groups(doc, spans)):
        for left, label, right in table:
            for span in left + right:
                if not (span._.unit or "").startswith("%"):
                    span._.unit = label
