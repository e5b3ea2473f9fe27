"""Storing what the importer reads: what counts as the same article, which outlet, which limits.

The pure reading side (`articles.ingest`) turns files into `ArticleRecord` values; this
module stores them, with their quotes, one transaction per article.  The command
`import_articles`, `seed_corpus`, the restore of an `export_archive` file, the admin's
background imports (`articles.uploads`) and the tests all come through here:

    for outcome in import_item(Path("copy.txt"), status=Article.Status.DRAFT):
        print(outcome.status, outcome.article, outcome.error)
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Mapping
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from threading import local

from django.conf import settings
from django.db import DatabaseError, IntegrityError, transaction
from django.db.models.functions import Left

from articles import caching
from articles.extraction.dates import CoverageWindow
from articles.extraction_service import extract_article, one_gazetteer, restore_extraction
from articles.ingest import ArticleRecord, IngestError, Known, Manifest, Source, apply_known
from articles.ingest.readers import JSONL_SUFFIXES, read_bytes, read_data, read_path
from articles.ingest.sources import resolve
from articles.models import Article, Outlet
from articles.sentences import one_lexicon, sentences_later

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
    sources: KnownSources | None = None,
) -> Iterator[Outcome]:
    """Read one file (a JSONL file gives many records) and store every article in it.

    `manifest` entries and `outlet` win over what is inferred from the text; `reference`
    dates relative weekdays when the manifest gives no date for the file.  `sources` (a run's
    `Batches.sources`) answers "stored already?" without a query a file.
    """
    if isinstance(item, IngestError):
        yield Outcome.failed(item)
        return
    known = manifest.entry_for(item) if manifest else None
    if isinstance(known, IngestError):
        yield Outcome.failed(IngestError(str(item), f"manifest entry: {known.reason}"))
        return
    file_reference = (known.published if known else None) or reference
    window = coverage_window()
    digest = ""
    if item.suffix.lower() not in JSONL_SUFFIXES:  # one article a file
        digest = source_hash(
            item, max_bytes, known=known, reference=file_reference, outlet=outlet, window=window
        )
        stored = (sources or KnownSources()).get(digest) if digest else None
        if stored is not None:
            yield Outcome(UNCHANGED, str(item), stored)
            return
    records = read_path(item, max_bytes=max_bytes, reference=file_reference, known=known, window=window)
    yield from store_all(records, status=status, outlet=outlet, source_hash=digest, sources=sources)


class KnownSources:
    """The stored articles by source hash.  Alone, it asks once a file; within a run
    (`Batches.sources`) it reads every hash in one query at its first use, so a re-import of
    a thousand unchanged files costs one query rather than a thousand round trips.  The same
    query reads every content hash, so a new text is known to be new without a query
    (`may_hold_text`)."""

    def __init__(self, preload: bool = False):
        self._preload = preload
        self._known: dict[str, tuple[int, str]] | None = None
        self._texts: set[str] | None = None

    def get(self, digest: str) -> Article | None:
        if not self._preload:
            # Not the body, search text and vector: only what the report names.
            lean = Article.objects.filter(source_hash=digest).only("pk", "headline", "source_name")
            return lean.order_by("pk").first()
        if self._known is None:
            self._read()
        found = self._known.get(digest)
        return Article(pk=found[0], headline=found[1]) if found else None

    def may_hold_text(self, content_hash: str) -> bool:
        """False when no article had this text as the run began, nor was stored with it since
        (by this run): the look-up can be skipped.  Another import storing the same text
        meanwhile is caught by the unique key, and `store` tries again with a look-up."""
        if not self._preload:
            return True
        if self._texts is None:
            self._read()
        return content_hash in self._texts

    def stored(self, article: Article) -> None:
        """This run stored the article (its savepoint may still be rolled back: then a later
        copy of its text only costs the look-up this spares)."""
        if self._texts is not None:
            self._texts.add(article.content_hash)

    def _read(self) -> None:
        rows = Article.objects.order_by("-pk").values_list(  # the oldest last: it wins, as `first()`
            "source_hash", "pk", Left("headline", 60), "content_hash"
        )
        self._known, self._texts = {}, set()
        for digest, pk, headline, content_hash in rows:
            if digest:
                self._known[digest] = (pk, headline)
            self._texts.add(content_hash)


# Part of every source hash: change it when reading a file gives other records than before
# (a parser fix), so the next import reads every file again.
SOURCE_FORMAT = "1"


def source_hash(path: Path, max_bytes: int, **options) -> str:
    """The file's bytes and the options that shape its record (manifest entry, reference date,
    outlet, coverage window), hashed: the same hash is the same record, so a re-import can
    skip the file unread.  Empty when the file cannot be read; reading it reports why."""
    try:
        data = read_bytes(path, max_bytes)
    except IngestError:
        return ""
    digest = hashlib.sha256(f"{SOURCE_FORMAT}:{sorted(options.items())!r}:".encode())
    digest.update(data)
    return digest.hexdigest()


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
    source_hash: str = "",
    sources: KnownSources | None = None,
) -> Iterator[Outcome]:
    """Store each record read from one file, `outlet` winning over the inferred one;
    `source_hash` is that file's (`source_hash()`) when it holds one article; `sources` (a
    run's) knows which texts are stored already."""
    for record in records:
        if isinstance(record, IngestError):
            yield Outcome.failed(record)
            continue
        if outlet:
            record = apply_known(record, Known(outlet=outlet))
        if drafts_only and record.status:
            record = replace(record, status="")
        yield store(record, status, source_hash, sources=sources)


def coverage_window() -> CoverageWindow:
    """The archive's coverage window (settings `IMPORT_COVERAGE_START`, `_END`)."""
    return CoverageWindow(settings.IMPORT_COVERAGE_START, settings.IMPORT_COVERAGE_END)


def store(
    record: ArticleRecord,
    status: str,
    source_hash: str = "",
    *,
    attempts: int = STORE_ATTEMPTS,
    sources: KnownSources | None = None,
) -> Outcome:
    """`store_record`, with its failure as an outcome rather than an exception.

    Another import may store the same article or create the same new outlet between our
    look-up and our insert: the unique constraint refuses ours once the other commits, and
    another attempt then finds its rows (the same text is unchanged, a new outlet shared),
    looking the text up whatever the run knew."""
    try:
        outcome, article = store_record(record, status, source_hash, sources=sources)
        if outcome != UNCHANGED:
            _history_later(article, outcome)
    except IngestError as error:
        return Outcome.failed(error)
    except IntegrityError as error:
        if attempts > 1:
            return store(record, status, source_hash, attempts=attempts - 1)
        return Outcome.failed(IngestError(record.source_name, f"database error: {error}".strip()))
    except DatabaseError as error:
        return Outcome.failed(IngestError(record.source_name, f"database error: {error}".strip()))
    return Outcome(outcome, record.source_name, article, warnings=record.warnings)


@transaction.atomic
def store_record(
    record: ArticleRecord, status: str, source_hash: str = "", *, sources: KnownSources | None = None
) -> tuple[str, Article]:
    """Create, update or leave alone the article for `record`, with its quotes, in one
    transaction; returns what happened and the article.  Raises `IngestError`.

    The same URL with new text updates the article (its status stays); the same text, under
    any URL or none, is unchanged; text already stored under another URL cannot be stored
    twice (the hash is unique) and fails.  New articles take `record.status` when the record
    has one (an `export_archive` line), else `status`.  A new or changed article has its
    quotes extracted (verified ones follow the text to its new place), or restored as archived.
    `source_hash` is kept on a new or changed article, and on an unchanged one that has none.
    `sources` (a run's) spares the look-up of a text no article has.
    """
    digest = record.content_hash
    existing = Article.objects.select_for_update().filter(url=record.url).first() if record.url else None
    same_text = (
        Article.objects.filter(content_hash=digest).first()
        if sources is None or sources.may_hold_text(digest)
        else None
    )
    if existing is None and same_text is not None:
        return UNCHANGED, _remember_source(same_text, source_hash)
    if existing is not None and existing.content_hash == digest:
        return UNCHANGED, _remember_source(existing, source_hash)
    if existing is not None and same_text is not None:
        where = same_text.url or same_text.source_name
        raise IngestError(record.source_name, f"same text as article #{same_text.pk} ({where})")
    outcome = CREATED if existing is None else UPDATED
    article = existing or Article(status=record.status or status)
    previous_body = existing.body if existing else None
    _fill(article, record, digest)
    article.source_hash = source_hash
    if getattr(_history, "pending", None) is not None:
        article.skip_history_when_saving = True  # its history row is written with its batch
    article.save()
    if record.archived is not None:
        restore_extraction(article, record.archived)
    else:
        extract_article(article, previous_body=previous_body, created=existing is None)
    if sources is not None:
        sources.stored(article)
    return outcome, article


def _remember_source(article: Article, source_hash: str) -> Article:
    """An article imported before source hashes existed learns its file's, once: a later
    file with the same text under another name does not take it over."""
    if source_hash and not article.source_hash:
        Article.objects.filter(pk=article.pk).update(source_hash=source_hash)
        article.source_hash = source_hash
    return article


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


_history = local()


def _history_later(article: Article, outcome: str) -> None:
    """The article is stored (its savepoint released): note it for its batch's history rows."""
    if getattr(_history, "pending", None) is not None:
        _history.pending.append((article.pk, outcome))
        del article.skip_history_when_saving


@contextmanager
def history_later() -> Iterator[None]:
    """Write the history rows (`Article.history`) of the articles a batch creates or changes
    in one statement at its end, each as it is stored then, rather than one an article."""
    _history.pending, outer = [], getattr(_history, "pending", None)
    try:
        yield
        pending, _history.pending = _history.pending, outer
        stored = Article.objects.in_bulk([pk for pk, _ in pending])
        for outcome, update in ((CREATED, False), (UPDATED, True)):
            articles = [stored[pk] for pk, done in pending if done == outcome and pk in stored]
            if articles:
                Article.history.bulk_history_create(articles, update=update)
    finally:
        _history.pending = outer


BATCH_SIZE = 50


class Batches:
    """An import run's writes, committed `size` articles at a time rather than one by one.

        with Batches() as batches:
            for outcome in import_item(path, ...):
                batches.done()

    Each article is still stored in its own savepoint (`store_record` is atomic), so a
    failing one is rolled back alone; a batch stores its articles' sentences and frame
    matches and their history rows together before it commits (`sentences.sentences_later`,
    `history_later`), commits once, starts
    one new archive version (`caching.one_change`) and the run builds the actor gazetteer and
    reads the frame lexicons once (`extraction_service.one_gazetteer`, `sentences.one_lexicon`).  An
    interrupted run loses at most the batch in flight, which the next run imports again.
    """

    def __init__(self, size: int | None = None):
        self.size = size or BATCH_SIZE
        self.sources = KnownSources(preload=True)
        self.pending = 0
        self._contexts: list = []

    def __enter__(self) -> Batches:
        self._run = ExitStack()
        self._run.enter_context(one_gazetteer())
        self._run.enter_context(one_lexicon())
        self._open()
        return self

    def __exit__(self, *exc_info) -> None:
        try:
            self._close(*exc_info)
        finally:
            self._run.__exit__(*exc_info)

    def done(self) -> None:
        """One more article (or failure) handled: commit when the batch is full."""
        self.pending += 1
        if self.pending >= self.size:
            self._close(None, None, None)
            self._open()

    def _open(self) -> None:
        # The change inside the transaction, so its version bump runs on commit.
        self._contexts = [transaction.atomic(), caching.one_change(), sentences_later(), history_later()]
        for context in self._contexts:
            context.__enter__()
        self.pending = 0

    def _close(self, *exc_info) -> None:
        for context in reversed(self._contexts):
            context.__exit__(*exc_info)
        self._contexts = []


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
