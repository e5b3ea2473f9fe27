"""Files and folders to records: ``.txt``, ``.html``/``.htm`` and ``.jsonl``.

Every reader yields ``ArticleRecord`` values and, for input it cannot use, ``IngestError``
values instead of raising, so one bad file or one malformed JSONL line never stops the
others.  A file on disk is read by its name's suffix (``read_path``); bytes that arrive
without a trustworthy name (an upload) by what they hold (``read_data``); both end in the
same parsing.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

from articles.extraction.dates import DEFAULT_WINDOW, CoverageWindow, parse_date
from articles.ingest.parse import Known, apply_known, clean_field, parse_text, valid_url
from articles.ingest.records import (
    DATE_SOURCES,
    DRAFT,
    MANIFEST,
    PARAGRAPH_BREAK,
    PUBLISHED,
    TEXT,
    UNKNOWN,
    ArchivedExtraction,
    ArticleRecord,
    IngestError,
)
from articles.ingest.schema import SchemaError, check_line
from articles.ingest.sources import Source, known_outlet, normalize_domain, resolve
from articles.ingest.text import Decoded, UndecodableError, clean_text, decode

# What a file holds: plain text, an HTML page or JSON lines.
PLAIN, HTML, JSONL = "txt", "html", "jsonl"
TEXT_SUFFIXES = {".txt"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
MIN_HTML_WORDS = 20

# ``reference(path)`` → the date relative weekdays in that file resolve against.
ReferenceFor = Callable[[Path], "date | None"]


def find_files(paths: Iterable[str | Path]) -> Iterator[Path | IngestError]:
    """The importable files under ``paths``, folders walked recursively in name order.

    Inside folders, hidden entries and other file types (a manifest, images) are skipped;
    a path named explicitly must exist and be of a known type.
    """
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield from _walk(path)
        elif not path.exists() and not path.is_symlink():
            yield IngestError(str(path), "no such file or directory")
        elif path.suffix.lower() not in SUFFIXES:
            yield IngestError(str(path), f"unsupported file type {path.suffix or '(none)'!r}")
        else:
            yield path


def _walk(folder: Path) -> Iterator[Path | IngestError]:
    """The files under ``folder``; a folder that cannot be listed is an IngestError naming
    it, and the walk goes on with its siblings.  Symbolic links to folders are not followed
    (so a link loop cannot walk forever); a link to a file is read like the file."""
    unreadable: list[OSError] = []
    for root, dirs, files in os.walk(folder, onerror=unreadable.append):
        while unreadable:
            error = unreadable.pop(0)
            yield IngestError(str(error.filename or root), _os_reason(error))
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and Path(name).suffix.lower() in SUFFIXES:
                yield Path(root) / name
    for error in unreadable:
        yield IngestError(str(error.filename or folder), _os_reason(error))


def _os_reason(error: OSError) -> str:
    if isinstance(error, PermissionError):
        return "permission denied"
    if isinstance(error, FileNotFoundError):
        return "no such file or directory"
    if isinstance(error, IsADirectoryError):
        return "is a directory"
    return (error.strerror or str(error)).lower()


def read_bytes(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The file's bytes, or IngestError for a missing, unreadable, empty or too large file."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise IngestError(str(path), f"file too large ({size} bytes, limit {max_bytes})")
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as error:
        raise IngestError(str(path), _os_reason(error)) from None
    if len(data) > max_bytes:
        raise IngestError(str(path), f"file too large (over {max_bytes} bytes)")
    if not data.strip():
        raise IngestError(str(path), "empty file")
    return data


def read_text(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """The file decoded (see :func:`decode`), or IngestError."""
    return read_decoded_text(path, max_bytes).text


def read_decoded_text(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Decoded:
    """The file decoded with what was repaired on the way, or IngestError."""
    data = read_bytes(path, max_bytes)
    try:
        decoded = decode(data)
    except UndecodableError as error:
        raise IngestError(str(path), str(error)) from None
    if not clean_text(decoded.text).strip():
        raise IngestError(str(path), "empty file")
    return decoded


def _with_warnings(
    records: Iterable[ArticleRecord | IngestError], warnings: tuple[str, ...]
) -> Iterator[ArticleRecord | IngestError]:
    """The records, each carrying the file's own warnings (a repaired encoding) first."""
    for record in records:
        if warnings and isinstance(record, ArticleRecord):
            record = replace(record, warnings=warnings + record.warnings)
        yield record


def read_path(
    path: Path,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    reference: date | None = None,
    known: Known | None = None,
    window: CoverageWindow = DEFAULT_WINDOW,
) -> Iterator[ArticleRecord | IngestError]:
    """The records of one file: one for ``.txt`` and ``.html``, one per line for ``.jsonl``;
    ``window`` is the archive's coverage window (see :mod:`articles.ingest.dating`)."""
    try:
        decoded = read_decoded_text(path, max_bytes)
    except IngestError as error:
        yield error
        return
    suffix = path.suffix.lower()
    kind = JSONL if suffix in JSONL_SUFFIXES else HTML if suffix in HTML_SUFFIXES else PLAIN
    records = read_decoded(
        decoded.text, kind, source_name=str(path), reference=reference, known=known, window=window
    )
    yield from _with_warnings(records, decoded.warnings)


def read_data(
    data: bytes,
    *,
    source_name: str,
    kind: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    reference: date | None = None,
    known: Known | None = None,
    window: CoverageWindow = DEFAULT_WINDOW,
) -> Iterator[ArticleRecord | IngestError]:
    """The records of a file's bytes, read as ``read_path`` reads a file on disk, its
    kind sniffed from the content (``sniff_kind``) unless ``kind`` is given: an upload's
    name says nothing reliable about what it holds."""
    if len(data) > max_bytes:
        yield IngestError(source_name, f"file too large ({len(data)} bytes, limit {max_bytes})")
        return
    try:
        decoded = decode_upload(data, source_name)
    except IngestError as error:
        yield error
        return
    kind = kind or sniff_kind(decoded.text)
    records = read_decoded(
        decoded.text, kind, source_name=source_name, reference=reference, known=known, window=window
    )
    yield from _with_warnings(records, decoded.warnings)


def read_decoded(
    text: str,
    kind: str,
    *,
    source_name: str,
    reference: date | None = None,
    known: Known | None = None,
    window: CoverageWindow = DEFAULT_WINDOW,
) -> Iterator[ArticleRecord | IngestError]:
    """The records of a decoded file of ``kind`` (``PLAIN``, ``HTML`` or ``JSONL``)."""
    if kind == JSONL:
        yield from parse_jsonl(text, source_name=source_name, reference=reference, window=window)
        return
    parse = parse_html if kind == HTML else parse_text
    try:
        record = parse(text, source_name=source_name, reference=reference, known=known, window=window)
    except IngestError as error:
        yield error
        return
    yield record if record.paragraphs else IngestError(source_name, "no article text")


# Formats people save or attach by mistake, by their first bytes, so the report names them.
BINARY_SIGNATURES = (
    (b"PK\x03\x04", "a zip archive"),
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
)
_HTML_START = re.compile(r"(?:<!doctype\s+html|<html|<head|<body|<meta|<title|<!--)", re.IGNORECASE)
_HTML_ANYWHERE = re.compile(r"<(?:html|body|article)\b", re.IGNORECASE)


def decode_upload(data: bytes, source_name: str) -> Decoded:
    """Bytes to text, or IngestError naming what they are when they are not text."""
    if not data.strip():
        raise IngestError(source_name, "empty file")
    for signature, what in BINARY_SIGNATURES:
        if data.startswith(signature):
            raise IngestError(source_name, f"{what}, not a text, HTML or JSON lines file")
    try:
        decoded = decode(data)
    except UndecodableError as error:
        raise IngestError(source_name, str(error)) from None
    if not clean_text(decoded.text).strip():
        raise IngestError(source_name, "empty file")
    return decoded


def sniff_kind(text: str) -> str:
    """``HTML`` for a page (``<!DOCTYPE html>``, ``<html>``, ``<meta …>`` first, or an
    ``<html>``/``<body>``/``<article>`` tag early on), ``JSONL`` when the first line is a
    JSON object, else ``PLAIN``."""
    start = clean_text(text).lstrip()
    if _HTML_START.match(start) or _HTML_ANYWHERE.search(start[:4096]):
        return HTML
    first_line = start.split("\n", 1)[0].strip()
    if first_line.startswith("{") and first_line.endswith("}"):
        return JSONL
    return PLAIN


def parse_html(
    html: str,
    *,
    source_name: str,
    reference: date | None = None,
    known: Known | None = None,
    window: CoverageWindow = DEFAULT_WINDOW,
) -> ArticleRecord:
    """The article's own text of a saved page (trafilatura drops navigation, related
    links and comments) with the page's metadata: title, date, canonical URL, site name,
    author.  ``known`` still wins over the page."""
    # Imported on the first page: trafilatura, lxml and htmldate take a fifth of a second to
    # load, which every start-up (a command, a web worker through the admin) paid.
    import trafilatura

    document = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    # On a page without an article trafilatura falls back to stray link text.
    if document is None or len((document.text or "").split()) < MIN_HTML_WORDS:
        raise IngestError(source_name, "no article text found in the HTML page")
    title = _without_site_name(clean_field(document.title or ""), document.sitename or "")
    text = document.text
    first, _, rest = text.partition("\n")
    if title and clean_field(first) == title:  # trafilatura repeats the <h1>
        text = rest
    page_date = parse_date(document.date or "")
    url = document.url or ""
    outlet = None
    if document.sitename or document.hostname or url:
        outlet = known_outlet(document.sitename or "", url or document.hostname or "")
        if outlet is None and (document.sitename or document.hostname):
            outlet = Source(
                clean_field(document.sitename or "") or normalize_domain(document.hostname or ""),
                "",
                normalize_domain(url or document.hostname or ""),
            )
    page = Known(
        headline=title,
        byline=clean_field(document.author or ""),
        url=url,
        published=page_date,
        date_source=TEXT,
    )
    record = parse_text(text, source_name=source_name, reference=reference, known=page, window=window)
    if outlet is not None:  # the page's own site name and URL say whose copy it is
        record = replace(record, outlet=outlet)
    return apply_known(record, known) if known else record


def _without_site_name(title: str, sitename: str) -> str:
    """``بوتين يقبل دعوة كيم | سكاي نيوز عربية`` → ``بوتين يقبل دعوة كيم``."""
    while True:
        match = re.search(r"\s+[|–—-]\s+([^|–—-]+)$", title)
        if not match or not (known_outlet(match[1]) or clean_field(match[1]) == clean_field(sitename)):
            return title
        title = title[: match.start()]


def parse_jsonl(
    text: str, *, source_name: str, reference: date | None = None, window: CoverageWindow = DEFAULT_WINDOW
) -> Iterator[ArticleRecord | IngestError]:
    """One record per non-blank line; a malformed line is an IngestError naming
    ``file:line``, and the other lines still come through."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{source_name}:{number}"
        try:
            yield record_from_json(line, source_name=where, reference=reference, window=window)
        except IngestError as error:
            yield error


def record_from_json(
    line: str, *, source_name: str, reference: date | None = None, window: CoverageWindow = DEFAULT_WINDOW
) -> ArticleRecord:
    """A record from one JSON object: ``text`` (or ``body``) and optional metadata:
    ``url``, ``headline``/``title``, ``outlet``, ``wire`` (a name or ``{ar, en, domain}``),
    ``date``, ``byline``/``author``, ``dateline``, ``status`` (draft/published)."""
    try:
        data = json.loads(line)
    except json.JSONDecodeError as error:
        raise IngestError(source_name, f"invalid JSON ({error.msg} at column {error.colno})") from None
    except RecursionError:
        raise IngestError(source_name, "invalid JSON (nested too deeply)") from None
    try:
        check_line(data)
    except SchemaError as error:
        raise IngestError(source_name, str(error)) from None
    body = data.get("text", data.get("body"))
    if not isinstance(body, str) or not body.strip():
        raise IngestError(source_name, "no 'text' or 'body' string")
    status = str(data.get("status") or "").strip().lower()
    if status and status not in (DRAFT, PUBLISHED):
        raise IngestError(source_name, f"invalid status {status!r} (draft or published)")
    published = None
    stated = data.get("date") or data.get("published_on")
    if stated:
        published = parse_date(str(stated))
        if published is None:
            raise IngestError(source_name, f"invalid date {stated!r}")
    if "quotes" in data or "mentions" in data:
        return archived_record(data, body, published, status, source_name=source_name)
    known = Known(
        headline=_string(data, "headline", "title"),
        outlet=source_from_json(data.get("outlet"), source_name=source_name),
        wire=source_from_json(data.get("wire"), source_name=source_name, agency=True),
        byline=_string(data, "byline", "author"),
        dateline=_string(data, "dateline"),
        url=_string(data, "url"),
        published=published,
        date_source=MANIFEST,
        status=status,
    )
    record = parse_text(body, source_name=source_name, reference=reference, known=known, window=window)
    if not record.paragraphs:
        raise IngestError(source_name, "no article text")
    return record


def archived_record(data: dict, body: str, published, status: str, *, source_name: str) -> ArticleRecord:
    """An `export_archive` line: stored as it was written, nothing inferred or cleaned away,
    so its quotes' offsets still index the body.

    A quote whose span does not hold its text is refused, naming the quote: restoring it
    would break the archive's one invariant, ``body[start:end] == text``.
    """
    quotes, mentions = data.get("quotes") or [], data.get("mentions") or []
    if not isinstance(quotes, list) or not isinstance(mentions, list):
        raise IngestError(source_name, "'quotes' and 'mentions' must be lists")
    for number, quote in enumerate(quotes, start=1):
        try:
            start, end, text = int(quote["start"]), int(quote["end"]), str(quote["text"])
        except (KeyError, TypeError, ValueError):
            raise IngestError(source_name, f"quote {number}: start, end and text are required") from None
        if not 0 <= start <= end <= len(body) or body[start:end] != text:
            raise IngestError(
                source_name, f"quote {number}: the body does not hold its text at {start}:{end}"
            )
    date_source = str(data.get("date_source") or (MANIFEST if published else UNKNOWN))
    if date_source not in DATE_SOURCES:
        raise IngestError(source_name, f"invalid date_source {date_source!r}")
    return ArticleRecord(
        source_name=str(data["source_name"]) if data.get("source_name") is not None else source_name,
        paragraphs=tuple(body.split(PARAGRAPH_BREAK)),
        headline=_string(data, "headline", "title"),
        outlet=source_from_json(data.get("outlet"), source_name=source_name),
        wire=source_from_json(data.get("wire"), source_name=source_name, agency=True),
        byline=_string(data, "byline", "author"),
        dateline=_string(data, "dateline"),
        url=valid_url(_string(data, "url")),
        published=published,
        date_source=date_source,
        status=status,
        archived=ArchivedExtraction(tuple(quotes), tuple(mentions)),
    )


def _string(data: dict, *keys: str) -> str:
    for key in keys:
        value = data.get(key)
        if isinstance(value, str) and value.strip():
            return value
    return ""


def source_from_json(value, *, source_name: str, agency: bool = False) -> Source | None:
    """``"رويترز"`` or ``{"ar": ..., "en": ..., "domain": ..., "kind": ..., "country": ...}``
    (``name_ar``/``name_en`` as export_archive writes them) → a Source; None for null."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return resolve(clean_field(value), agency=agency)
    if isinstance(value, dict):
        source = resolve(
            clean_field(str(value.get("ar") or value.get("name_ar") or value.get("name") or "")),
            clean_field(str(value.get("en") or value.get("name_en") or "")),
            clean_field(str(value.get("domain") or "")),
            agency=agency,
        )
        given = {key: clean_field(str(value[key])) for key in ("kind", "country") if value.get(key)}
        return replace(source, **given) if source and given else source
    raise IngestError(source_name, f"invalid {'wire' if agency else 'outlet'} {value!r}")


def read_paths(
    paths: Iterable[str | Path],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    reference: date | None = None,
) -> Iterator[ArticleRecord | IngestError]:
    """Every record under ``paths`` (files and folders), errors in line."""
    for item in find_files(paths):
        if isinstance(item, IngestError):
            yield item
        else:
            yield from read_path(item, max_bytes=max_bytes, reference=reference)
