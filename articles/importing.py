"""Storing what the importer reads: what counts as the same article, which outlet, which limits.

The pure reading side (`articles.ingest`) turns files into `ArticleRecord` values; this
module stores them, with their quotes, one transaction per article.  The command
`import_articles`, `seed_corpus`, the restore of an `export_archive` file, the admin's
background imports (`articles.uploads`) and the tests all come through here:

    for outcome in import_item(Path("copy.txt"), status=Article.Status.DRAFT):
        print(outcome.status, outcome.article, outcome.error)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from django.conf import settings
from django.db import DatabaseError, IntegrityError, transaction

from articles.extraction.dates import CoverageWindow
from articles.extraction_service import extract_article, restore_extraction
from articles.ingest import ArticleRecord, IngestError, Known, Manifest, Source, apply_known
from articles.ingest.readers import read_data, read_path
from articles.ingest.sources import resolve
from articles.models import Article, Outlet

CREATED, UPDATED, UNCHANGED, FAILED = "created", "updated", "unchanged", "failed"
# Text fields a record fills, each limited by its model field's max_length.
LIMITED_FIELDS = ("headline", "byline", "dateline", "source_name")
# An outlet's or a wire's names, each limited by its Outlet column: never stored cut short.
SOURCE_LIMITS = (("name", 200), ("name_en", 200), ("domain", 200), ("country", 100))
# A lost race on a unique key (see `store`) is retried once.
STORE_ATTEMPTS = 2


@dataclass(frozen=True)
class Outcome:
    """What became of one record (or of one input that gave none)."""

    status: str  # CREATED | UPDATED | UNCHANGED | FAILED
    source_name: str
    article: Article | None = None
    error: IngestError | None = None
    warnings: tuple[str, ...] = ()

    @classmethod
    def failed(cls, error: IngestError) -> Outcome:
        return cls(FAILED, error.path, error=error)


def import_item(
    item: Path | IngestError,
    *,
    status: str,
    manifest: Manifest | None = None,
    reference: date | None = None,
    outlet: Source | None = None,
    max_bytes: int,
) -> Iterator[Outcome]:
    """Read one file (a JSONL file gives many records) and store every article in it.

    `manifest` entries and `outlet` win over what is inferred from the text; `reference`
    dates relative weekdays when the manifest gives no date for the file.
    """
    if isinstance(item, IngestError):
        yield Outcome.failed(item)
        return
    known = manifest.entry_for(item) if manifest else None
    if isinstance(known, IngestError):
        yield Outcome.failed(IngestError(str(item), f"manifest entry: {known.reason}"))
        return
    file_reference = (known.published if known else None) or reference
    records = read_path(
        item, max_bytes=max_bytes, reference=file_reference, known=known, window=coverage_window()
    )
    yield from store_all(records, status=status, outlet=outlet)


def import_data(
    data: bytes,
    *,
    source_name: str,
    status: str,
    kind: str | None = None,
    reference: date | None = None,
    outlet: Source | None = None,
    known: Known | None = None,
    max_bytes: int,
    drafts_only: bool = False,
) -> Iterator[Outcome]:
    """`import_item` for a file that is not on disk (an upload, pasted text): its bytes and
    the name to report it under; the kind is sniffed from the content unless given.
    `drafts_only`: new articles take `status` even where a JSON line states another."""
    records = read_data(
        data,
        source_name=source_name,
        kind=kind,
        max_bytes=max_bytes,
        reference=reference,
        known=known,
        window=coverage_window(),
    )
    yield from store_all(records, status=status, outlet=outlet, drafts_only=drafts_only)


def store_all(
    records: Iterable[ArticleRecord | IngestError],
    *,
    status: str,
    outlet: Source | None = None,
    drafts_only: bool = False,
) -> Iterator[Outcome]:
    """Store each record read from one file, `outlet` winning over the inferred one."""
    for record in records:
        if isinstance(record, IngestError):
            yield Outcome.failed(record)
            continue
        if outlet:
            record = apply_known(record, Known(outlet=outlet))
        if drafts_only and record.status:
            record = replace(record, status="")
        yield store(record, status)


def coverage_window() -> CoverageWindow:
    """The archive's coverage window (settings `IMPORT_COVERAGE_START`, `_END`)."""
    return CoverageWindow(settings.IMPORT_COVERAGE_START, settings.IMPORT_COVERAGE_END)


def store(record: ArticleRecord, status: str, *, attempts: int = STORE_ATTEMPTS) -> Outcome:
    """`store_record`, with its failure as an outcome rather than an exception.

    Another import may store the same article or create the same new outlet between our
    look-up and our insert: the unique constraint refuses ours once the other commits, and
    another attempt then finds its rows (the same text is unchanged, a new outlet shared)."""
    try:
        outcome, article = store_record(record, status)
    except IngestError as error:
        return Outcome.failed(error)
    except IntegrityError as error:
        if attempts > 1:
            return store(record, status, attempts=attempts - 1)
        return Outcome.failed(IngestError(record.source_name, f"database error: {error}".strip()))
    except DatabaseError as error:
        return Outcome.failed(IngestError(record.source_name, f"database error: {error}".strip()))
    return Outcome(outcome, record.source_name, article, warnings=record.warnings)


@transaction.atomic
def store_record(record: ArticleRecord, status: str) -> tuple[str, Article]:
    """Create, update or leave alone the article for `record`, with its quotes, in one
    transaction; returns what happened and the article.  Raises `IngestError`.

    The same URL with new text updates the article (its status stays); the same text, under
    any URL or none, is unchanged; text already stored under another URL cannot be stored
    twice (the hash is unique) and fails.  New articles take `record.status` when the record
    has one (an `export_archive` line), else `status`.  A new or changed article has its
    quotes extracted (verified ones follow the text to its new place), or restored as archived.
    """
    digest = record.content_hash
    existing = Article.objects.select_for_update().filter(url=record.url).first() if record.url else None
    same_text = Article.objects.filter(content_hash=digest).first()
    if existing is None and same_text is not None:
        return UNCHANGED, same_text
    if existing is not None and existing.content_hash == digest:
        return UNCHANGED, existing
    if existing is not None and same_text is not None:
        where = same_text.url or same_text.source_name
        raise IngestError(record.source_name, f"same text as article #{same_text.pk} ({where})")
    outcome = CREATED if existing is None else UPDATED
    article = existing or Article(status=record.status or status)
    previous_body = existing.body if existing else None
    _fill(article, record, digest)
    article.save()
    if record.archived is not None:
        restore_extraction(article, record.archived)
    else:
        extract_article(article, previous_body=previous_body)
    return outcome, article


def _fill(article: Article, record: ArticleRecord, digest: str) -> None:
    for name in LIMITED_FIELDS:
        value, limit = getattr(record, name), Article._meta.get_field(name).max_length
        if len(value) > limit:
            raise IngestError(record.source_name, f"{name} longer than {limit} characters")
        setattr(article, name, value)
    article.body = record.body
    article.content_hash = digest
    article.url = record.url or None
    article.published_on = record.published
    article.date_source = record.date_source
    for role, source in (("outlet", record.outlet), ("wire", record.wire)):
        for name, limit in SOURCE_LIMITS:
            if source is not None and len(getattr(source, name)) > limit:
                raise IngestError(record.source_name, f"{role} {name} longer than {limit} characters")
    article.outlet = Outlet.objects.for_source(record.outlet) if record.outlet else None
    article.wire = Outlet.objects.for_source(record.wire, agency=True) if record.wire else None


def summary(counts: Mapping[str, int]) -> str:
    """`created 3, updated 0, unchanged 1, failed 0`: the last line of every import."""
    return ", ".join(f"{status} {counts.get(status, 0)}" for status in (CREATED, UPDATED, UNCHANGED, FAILED))


def outlet_option(value: str | None) -> Source | None:
    """The outlet an importer's `--outlet` option names: a known name, or a domain."""
    if not value or not value.strip():
        return None
    value = value.strip()
    looks_like_domain = "." in value and " " not in value and value.isascii()
    return resolve(domain=value) if looks_like_domain else resolve(value)
