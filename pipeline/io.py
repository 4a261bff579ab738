"""Reading articles and writing outputs without ever losing or half-writing one.

An article file is text with the title on the first line and the body after it; a
``<stem>.meta.json`` beside it supplies ``source_url`` and ``published``. Text is decoded
strictly (UTF-8 with or without BOM, UTF-16 with BOM) and refused with a message naming
the file rather than turned into mojibake, then normalised to NFC.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from .textnorm import nfc

MAX_ARTICLE_BYTES = 2_000_000  # larger files are refused: no press article is this long
ARTICLE_SUFFIXES = {".txt"}
SKIPPED_SUFFIXES = (".meta.json", ".gold.json")


class ArticleError(Exception):
    """An article that cannot be read; the message names the file and what is wrong."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


@dataclass
class Article:
    doc_id: str
    text: str
    meta: dict = field(default_factory=dict)
    source: str = ""


def decode(data: bytes, source: str) -> str:
    """Decode bytes as UTF-8 (BOM optional) or BOM-marked UTF-16; refuse anything else."""
    if not data.strip():
        raise ArticleError(source, "empty file")
    if len(data) > MAX_ARTICLE_BYTES:
        raise ArticleError(source, f"{len(data)} bytes, over the {MAX_ARTICLE_BYTES}-byte limit for one article")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise ArticleError(source, f"invalid UTF-16 at byte {error.start}") from None
    if b"\x00" in data:
        raise ArticleError(source, "binary data (NUL bytes), not a text article")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ArticleError(source, f"not UTF-8 (invalid byte 0x{data[error.start]:02x} at offset {error.start}); convert it to UTF-8 first") from None


def read_meta(path: Path) -> dict:
    """The ``<stem>.meta.json`` beside an article, or an empty dict."""
    meta_path = path.with_name(path.stem + ".meta.json")
    if not meta_path.exists():
        return {}
    try:
        meta = json.loads(meta_path.read_text("utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise ArticleError(str(meta_path), f"malformed meta JSON: {error}") from None
    return {k: meta.get(k) for k in ("source_url", "published", "site", "section") if k in meta}


def read_article(path: Path) -> Article:
    """Read one article file and its meta."""
    text = nfc(decode(path.read_bytes(), str(path)))
    meta = read_meta(path)
    meta["title"] = text.split("\n", 1)[0].strip()
    return Article(doc_id=path.stem, text=text, meta=meta, source=str(path))


def find_articles(paths: list[str]) -> Iterator[Path | str]:
    """Expand files and directories (recursively) into article paths; ``-`` is standard input."""
    for given in paths:
        if given == "-":
            yield "-"
            continue
        path = Path(given)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix in ARTICLE_SUFFIXES and not child.name.endswith(SKIPPED_SUFFIXES):
                    yield child
        else:
            yield path


def read_input(item: Path | str) -> Article:
    """Read an article from a path or from standard input."""
    if item == "-":
        text = nfc(decode(sys.stdin.buffer.read(), "<stdin>"))
        return Article(doc_id="stdin", text=text, meta={"title": text.split("\n", 1)[0].strip()}, source="<stdin>")
    if not Path(item).exists():
        raise ArticleError(str(item), "no such file")
    return read_article(Path(item))


def write_json_atomic(path: Path, record: dict) -> None:
    """Write JSON to a temporary file in the same folder, then rename it over ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(record, out, ensure_ascii=False, indent=1)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise
