"""Inline span markup for component tests, in EDS-NLP's style: ``<LABEL>text</LABEL>``.

A test writes the sentence with every expected span marked; ``unmark`` gives the plain text
and the marked spans, ``mark`` writes spans back into the text, so a failing test shows the
whole sentence as the component read it, every span at once.
"""

from __future__ import annotations

import re

MARK = re.compile(r"<([A-Z_]+)>(.*?)</\1>")


def unmark(marked: str) -> tuple[str, list[tuple[int, int, str]]]:
    """The plain text of ``marked`` and its spans as (start, end, label) character offsets."""
    text, spans, offset = "", [], 0
    for match in MARK.finditer(marked):
        text += marked[offset:match.start()]
        spans.append((len(text), len(text) + len(match.group(2)), match.group(1)))
        text += match.group(2)
        offset = match.end()
    return text + marked[offset:], spans


def mark(text: str, spans) -> str:
    """``text`` with each (start, end, label) span written inline; spans must not overlap."""
    out, offset = "", 0
    for start, end, label in sorted(spans):
        out += f"{text[offset:start]}<{label}>{text[start:end]}</{label}>"
        offset = end
    return out + text[offset:]


def run_components(nlp, text: str):
    """Make a Doc of ``text`` and run every component of ``nlp`` on it (``nlp`` is a blank
    pipeline holding only what the component under test requires)."""
    doc = nlp.make_doc(text)
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc
