"""Reading articles and writing outputs without ever losing or half-writing one.

Inputs: ``.txt`` (title on the first line, body after it; a ``<stem>.meta.json`` beside it
supplies ``source_url`` and ``published``), ``.html``/``.htm`` (main text, title, date and
URL extracted with trafilatura), ``.jsonl`` (one article per line: ``id``, ``title``,
``text``, optional ``url``, ``published``) and standard input. Bytes are decoded strictly:
UTF-8 with or without BOM, UTF-16/32 with BOM, CESU-8, or Windows-1258 when detection is
sure of it; Vietnamese in VNI-Windows or TCVN3 (as bytes, or already read as Windows-1252)
is converted when a table is sure of it (``pipeline/legacy.py``); anything else is refused
with a message naming the file, never turned into mojibake.
Text is normalised to NFC.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from .legacy import LegacyEncodingError, cesu8_text, convert_legacy
from .textnorm import nfc

MAX_ARTICLE_BYTES = 2_000_000  # larger files are refused: no press article is this long
ARTICLE_SUFFIXES = {".txt", ".html", ".htm", ".jsonl"}
DETECTED_ENCODINGS = {"cp1258", "utf_16", "utf_32"}  # what we accept from detection: Vietnamese or Unicode
SKIPPED_SUFFIXES = (".meta.json", ".gold.json")


class ArticleError(Exception):
    """An article that cannot be read; the message names the file and what is wrong."""

    def __init__(self, source: str, reason: str):
        super().__init__(source, reason)  # both in args, so the error pickles across processes
        self.source = source
        self.reason = reason

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


@dataclass
class Article:
    doc_id: str
    text: str
    meta: dict = field(default_factory=dict)
    source: str = ""


def decode(data: bytes, source: str, limit: int | None = MAX_ARTICLE_BYTES) -> str:
    """Decode bytes as UTF-8 (BOM optional) or BOM-marked UTF-16; refuse anything else.

    ``limit`` is the size limit of one article; a JSONL dump has none (its lines do).
    """
    if not data.strip():
        raise ArticleError(source, "empty file")
    if limit is not None and len(data) > limit:
        raise ArticleError(source, f"{len(data)} bytes, over the {limit}-byte limit for one article")
    for bom, codec in ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as error:
                raise ArticleError(source, f"invalid {codec.upper()} at byte {error.start}") from None
    if b"\x00" in data:
        raise ArticleError(source, "binary data (NUL bytes), not a text article")
    try:
        return unicode_text(data.decode("utf-8-sig"), source)
    except UnicodeDecodeError as error:
        for text in (cesu8_text(data), legacy_bytes_text(data)):
            if text is not None:
                return text
        detected = detect_encoding(data)
        if detected is not None:
            return unicode_text(data.decode(detected), source)
        raise ArticleError(source, f"not UTF-8 (invalid byte 0x{data[error.start]:02x} at offset {error.start}) and not "
                                   "recognisably Windows-1258, VNI or TCVN3; convert it to UTF-8 first") from None


def unicode_text(text: str, source: str) -> str:
    """``text`` with VNI or TCVN3 read as Windows-1252 converted to Unicode; ArticleError when unsure."""
    try:
        return convert_legacy(text)[0]
    except LegacyEncodingError as error:
        raise ArticleError(source, str(error)) from None


def legacy_bytes_text(data: bytes) -> str | None:
    """Bytes in VNI-Windows or TCVN3 (not UTF-8) as Unicode when a table is sure of them, else None."""
    try:
        converted, encoding = convert_legacy(data.decode("latin-1"))
    except LegacyEncodingError:
        return None
    return converted if encoding else None


def detect_encoding(data: bytes) -> str | None:
    """Windows-1258 or a BOM-less UTF-16/32 when charset detection is sure of it, else None."""
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["cp1258", "utf_16", "utf_32"]).best()
    if best is None or best.encoding not in DETECTED_ENCODINGS or best.chaos > 0.1:
        return None
    return best.encoding


META_FIELDS = ("source_url", "published", "site", "section")


def read_meta(path: Path) -> dict:
    """The ``<stem>.meta.json`` beside an article, or an empty dict."""
    meta_path = path.with_name(path.stem + ".meta.json")
    if not meta_path.exists():
        return {}
    try:
        meta = json.loads(meta_path.read_text("utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise ArticleError(str(meta_path), f"malformed meta JSON: {error}") from None
    if not isinstance(meta, dict):
        raise ArticleError(str(meta_path), f"meta must be a JSON object, not {type(meta).__name__}")
    for key in META_FIELDS:
        if meta.get(key) is not None and not isinstance(meta[key], str):
            raise ArticleError(str(meta_path), f"'{key}' must be a string, not {type(meta[key]).__name__}")
    return {k: meta.get(k) for k in META_FIELDS if k in meta}


def read_article(path: Path) -> Article:
    """Read one ``.txt`` or ``.html`` article file and its meta."""
    decoded = decode(path.read_bytes(), str(path))
    if path.suffix.lower() in (".html", ".htm"):
        return article_from_html(decoded, path)
    text = nfc(decoded)
    meta = read_meta(path)
    meta["title"] = text.split("\n", 1)[0].strip()
    return Article(doc_id=fit_doc_id(path.stem), text=text, meta=meta, source=str(path))


def article_from_html(page: str, path: Path) -> Article:
    """Main text of a saved news page: title, then one paragraph per line, with date and URL when the page has them."""
    import trafilatura

    extracted = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False, include_tables=False,
                                           favor_precision=True)
    if extracted is None:
        raise ArticleError(str(path), "no article text found in the HTML page")
    data = extracted if isinstance(extracted, dict) else extracted.as_dict()
    body = [line.strip() for line in (data.get("text") or "").splitlines() if line.strip()]
    title = (data.get("title") or "").strip()
    if body and title and body[0] == title:
        body = body[1:]  # the headline, already the first line
    if not body:
        raise ArticleError(str(path), "no article text found in the HTML page")
    text = nfc("\n\n".join(([title] if title else []) + body))
    meta = {"source_url": data.get("url"), "published": data.get("date"), "title": title or body[0]}
    meta.update({k: v for k, v in read_meta(path).items() if v is not None})
    return Article(doc_id=fit_doc_id(path.stem), text=text, meta=meta, source=str(path))


JSONL_TEXT_FIELDS = ("id", "title", "text", "url", "published")


def jsonl_lines(path: Path) -> Iterator[tuple[int, "str | ArticleError"]]:
    """(line number, decoded line) for each line of a dump; a line that is not UTF-8 is an error of its own.

    The size limit is the article's, applied per line: a dump of many small articles is no
    larger article. A dump with a UTF-16/32 byte-order mark is decoded whole.
    """
    data = path.read_bytes()
    if data.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):
        yield from enumerate(decode(data, str(path), limit=None).splitlines(), start=1)
        return
    for number, raw in enumerate(data.split(b"\n"), start=1):
        raw = raw.removeprefix(b"\xef\xbb\xbf") if number == 1 else raw
        try:
            yield number, raw.decode("utf-8").rstrip("\r")
        except UnicodeDecodeError as error:
            yield number, ArticleError(f"{path}:{number}", f"not UTF-8 (invalid byte 0x{raw[error.start]:02x} at offset {error.start})")


def article_from_jsonl_row(row, source: str) -> Article:
    """One JSONL line's object as an article; raise ValueError naming what is wrong with it."""
    if not isinstance(row, dict):
        raise ValueError("a line must be a JSON object")
    for key in JSONL_TEXT_FIELDS:
        value = row.get(key)
        if value is not None and not isinstance(value, str) and not (key == "id" and isinstance(value, int)):
            raise ValueError(f"'{key}' must be a string, not {type(value).__name__}")
    if not str(row.get("id") or "").strip() or not (row.get("text") or "").strip():
        raise ValueError("needs a non-empty 'id' and 'text'")
    title = (row.get("title") or "").strip()
    try:
        text = convert_legacy(nfc("\n\n".join(part for part in (title, row["text"].strip()) if part)))[0]
    except LegacyEncodingError as error:
        raise ValueError(str(error)) from None
    if len(text.encode("utf-8")) > MAX_ARTICLE_BYTES:
        raise ValueError(f"over the {MAX_ARTICLE_BYTES}-byte limit for one article")
    meta = {"source_url": row.get("url"), "published": row.get("published"), "title": title or text.split("\n", 1)[0]}
    return Article(doc_id=safe_doc_id(str(row["id"])), text=text, meta=meta, source=source)


def articles_from_jsonl(path: Path) -> Iterator["Article | ArticleError"]:
    """One article per line; a malformed line becomes an ArticleError naming the file and line."""
    try:
        lines = list(jsonl_lines(path))
    except ArticleError as error:
        yield error
        return
    except OSError as error:  # unreadable: this dump's failure, not the batch's
        yield ArticleError(str(path), f"cannot read: {error.strerror or error}")
        return
    for number, line in lines:
        if isinstance(line, ArticleError):
            yield line
            continue
        if not line.strip():
            continue
        source = f"{path}:{number}"
        try:
            yield article_from_jsonl_row(json.loads(line), source)
        except (json.JSONDecodeError, ValueError) as error:
            yield ArticleError(source, f"malformed JSONL line: {error}")


MAX_DOC_ID_BYTES = 200  # UTF-8 bytes: with ".json", a collision suffix and the temporary name, under 255


def fit_doc_id(raw: str) -> str:
    """``raw`` without leading dots (no hidden outputs) and cut to MAX_DOC_ID_BYTES at a character boundary."""
    fitted = raw.lstrip(".").encode("utf-8")[:MAX_DOC_ID_BYTES].decode("utf-8", errors="ignore")
    return fitted or "article"


def safe_doc_id(raw: str) -> str:
    """A doc_id usable as a file name: letters, digits, '.', '_' and '-' only, at most 200 bytes."""
    import regex

    cleaned = regex.sub(r"[^\p{L}\p{N}._-]+", "_", raw.strip()).strip("._") or "article"
    return fit_doc_id(cleaned)


def list_folder(folder: Path) -> list[str]:
    """The names in a folder (OSError when it cannot be listed)."""
    return os.listdir(folder)


def walk_folder(folder: Path) -> Iterator["Path | ArticleError"]:
    """Every article file under ``folder`` in name order, links to folders followed (each folder once);
    a folder that cannot be listed and a symbolic link whose target is missing are errors naming them,
    never skipped without a word."""
    seen: set[tuple[int, int]] = set()
    stack = [folder]
    while stack:
        path = stack.pop()
        try:
            broken = path.is_symlink() and not path.exists()
            is_folder = not broken and path.is_dir()
            is_article = not broken and not is_folder and path.is_file() and path.suffix.lower() in ARTICLE_SUFFIXES \
                and not path.name.endswith(SKIPPED_SUFFIXES)
        except OSError as error:  # it cannot even be examined
            yield ArticleError(str(path), f"cannot read: {error.strerror or error}")
            continue
        if broken:
            yield ArticleError(str(path), f"broken symbolic link: its target {os.readlink(path)} does not exist")
        elif is_folder:
            try:
                status = path.stat()
                if (status.st_dev, status.st_ino) in seen:
                    continue  # a link back to a folder already searched
                seen.add((status.st_dev, status.st_ino))
                names = sorted(list_folder(path), reverse=True)
            except OSError as error:
                yield ArticleError(str(path), f"cannot read folder: {error.strerror or error}")
                continue
            stack.extend(path / name for name in names)
        elif is_article:
            yield path


def find_articles(paths: list[str]) -> Iterator["Path | str | Article | ArticleError"]:
    """Expand inputs into work items: article paths, articles read from JSONL lines, or errors.

    Directories are searched recursively; ``-`` is standard input.
    """
    for given in paths:
        if given == "-":
            yield "-"
            continue
        path = Path(given)
        try:
            is_folder = path.is_dir()
        except OSError as error:  # e.g. a file named inside a folder this user may not search
            yield ArticleError(given, f"cannot read: {error.strerror or error}")
            continue
        for child in walk_folder(path) if is_folder else [path]:
            if isinstance(child, Path) and child.suffix.lower() == ".jsonl" and child.is_file():
                yield from articles_from_jsonl(child)
            else:
                yield child


def item_doc_id(item) -> str:
    """The doc_id a work item will have, without reading it (for skipping current outputs)."""
    if isinstance(item, Article):
        return item.doc_id
    if isinstance(item, ArticleError):
        return ""
    return "stdin" if item == "-" else fit_doc_id(Path(str(item)).stem)


def read_input(item) -> Article:
    """Read an article from a path, standard input, or pass one through; raise ArticleError."""
    if isinstance(item, Article):
        return item
    if isinstance(item, ArticleError):
        raise item
    if item == "-":
        text = nfc(decode(sys.stdin.buffer.read(), "<stdin>"))
        return Article(doc_id="stdin", text=text, meta={"title": text.split("\n", 1)[0].strip()}, source="<stdin>")
    if Path(item).is_symlink() and not Path(item).exists():
        raise ArticleError(str(item), f"broken symbolic link: its target {os.readlink(item)} does not exist")
    if not Path(item).exists():
        raise ArticleError(str(item), "no such file")
    return read_article(Path(item))


def process_alive(pid: int) -> bool:
    """True when a process with this id is running (ours or another user's)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_stale_temporaries(folder: Path) -> int:
    """Delete temporary files a killed run left behind: never a finished output, never the
    in-flight file of a run still going (the writer's process id is in the name)."""
    stale = []
    for path in folder.glob(".*.json.*.tmp"):
        owner = path.name.rsplit(".", 3)[-3] if path.name.count(".") >= 4 else ""
        if owner.isdigit() and process_alive(int(owner)):
            continue
        stale.append(path)
        path.unlink(missing_ok=True)
    return len(stale)


def current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_json_atomic(path: Path, record: dict, indent: int | None = None) -> None:
    """Write strict JSON (``ValueError`` for NaN or Infinity, nothing written) atomically to ``path``.

    Compact by default: an output record is data for loaders (its tokens alone are most of
    it), and the compact form takes a quarter of the time and two thirds of the bytes of an
    indented one; ``jq .`` or ``vnpipe show`` are for reading it."""
    separators = None if indent is not None else (",", ":")
    write_text_atomic(path, json.dumps(record, ensure_ascii=False, indent=indent, separators=separators, allow_nan=False))


def write_text_atomic(path: Path, text: str) -> None:
    """Write ``text`` to a temporary file in the same folder (named with this process's id), then
    rename it over ``path``: a reader sees the old file or the new one, never half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp")
    os.chmod(temporary, 0o666 & ~current_umask())
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException as error:
        if os.path.exists(temporary):
            os.unlink(temporary)
        if isinstance(error, OSError) and error.filename is None:  # a failed write names no file: name the output
            raise OSError(error.errno, error.strerror, str(path)) from error
        raise
