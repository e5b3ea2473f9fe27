"""Import news copies (txt, html, jsonl; files or folders) into the archive.

    python manage.py import_articles corpus/seeds --manifest corpus/seeds/manifest.json --publish

The pure core (`articles.ingest`) reads and infers; this command stores: outlets and wire
agencies get-or-created, one transaction per article, idempotent by URL and content hash.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError, transaction
from django.utils.text import slugify
from tqdm import tqdm

from articles.extraction.dates import parse_iso_date
from articles.extraction_service import extract_article, restore_extraction
from articles.ingest import ArticleRecord, IngestError, Known, Source, apply_known, find_files, load_manifest
from articles.ingest.readers import read_path
from articles.ingest.sources import AGENCY, name_key, name_keys, normalize_domain, resolve
from articles.models import Article, Outlet

CREATED, UPDATED, UNCHANGED, FAILED = "created", "updated", "unchanged", "failed"
PROGRESS_THRESHOLD = 20
LIMITS = {"headline": 500, "byline": 300, "dateline": 100, "source_name": 500}


class Command(BaseCommand):
    help = "Import article files (.txt, .html, .jsonl) or folders of them into the archive."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (walked recursively)")
        parser.add_argument("--manifest", help="JSON manifest of per-file metadata (see corpus/seeds)")
        parser.add_argument("--outlet", help="outlet of every imported article (a name or a domain)")
        parser.add_argument(
            "--date",
            help="YYYY-MM-DD: reference for relative weekdays, and the date when the text states none",
        )
        parser.add_argument("--publish", action="store_true", help="publish new articles (default: draft)")
        parser.add_argument("--max-bytes", type=int, help="largest file accepted (default IMPORT_MAX_BYTES)")

    def handle(
        self, *args, paths=(), manifest=None, outlet=None, date=None, publish=False, max_bytes=None, **options
    ):
        self.verbosity = options.get("verbosity", 1)
        self.bar = None
        reference = self._reference(date)
        loaded = self._manifest(manifest)
        max_bytes = max_bytes if max_bytes is not None else settings.IMPORT_MAX_BYTES
        if max_bytes <= 0:
            raise CommandError(f"--max-bytes: must be positive, not {max_bytes}")
        outlet_source = self._outlet(outlet)
        status = Article.Status.PUBLISHED if publish else Article.Status.DRAFT

        counts: Counter[str] = Counter()
        for error in loaded.missing if loaded else ():
            self._error(error)
            counts[FAILED] += 1
        files = list(find_files(paths))
        interactive = getattr(self.stderr._out, "isatty", lambda: False)()
        show_bar = len(files) > PROGRESS_THRESHOLD or interactive
        with tqdm(
            total=len(files), unit="file", file=self.stderr._out, disable=not show_bar, leave=False
        ) as self.bar:
            for item in files:
                for outcome in self._import(item, loaded, reference, outlet_source, status, max_bytes):
                    counts[outcome] += 1
                self.bar.update()
        self.bar = None

        self.stdout.write(
            f"{CREATED} {counts[CREATED]}, {UPDATED} {counts[UPDATED]}, "
            f"{UNCHANGED} {counts[UNCHANGED]}, {FAILED} {counts[FAILED]}"
        )
        if counts[FAILED]:
            raise CommandError(f"{counts[FAILED]} input(s) failed", returncode=1)

    # -- options ---------------------------------------------------------------------

    def _reference(self, value):
        if value is None:
            return None
        try:
            return parse_iso_date(value)
        except ValueError as error:
            raise CommandError(f"--date: {error}") from None

    def _manifest(self, path):
        if path is None:
            return None
        try:
            return load_manifest(path)
        except IngestError as error:
            raise CommandError(f"--manifest: {error}") from None

    def _outlet(self, value) -> Source | None:
        if not value or not value.strip():
            return None
        value = value.strip()
        looks_like_domain = "." in value and " " not in value and value.isascii()
        return resolve(domain=value) if looks_like_domain else resolve(value)

    # -- one input -------------------------------------------------------------------

    def _import(self, item, manifest, reference, outlet, status, max_bytes):
        if isinstance(item, IngestError):
            self._error(item)
            yield FAILED
            return
        known = manifest.entry_for(item) if manifest else None
        if isinstance(known, IngestError):
            self._error(IngestError(str(item), f"manifest entry: {known.reason}"))
            yield FAILED
            return
        file_reference = (known.published if known else None) or reference
        for record in read_path(item, max_bytes=max_bytes, reference=file_reference, known=known):
            if isinstance(record, IngestError):
                self._error(record)
                yield FAILED
                continue
            if outlet:
                record = apply_known(record, Known(outlet=outlet))
            yield self._store(record, status)

    def _store(self, record: ArticleRecord, status: str) -> str:
        try:
            with transaction.atomic():
                outcome, article = store(record, status)
                if outcome != UNCHANGED and record.archived is not None:
                    restore_extraction(article, record.archived)
                elif outcome != UNCHANGED and extract_article is not None:
                    extract_article(article)
        except IngestError as error:
            self._error(error)
            return FAILED
        except DatabaseError as error:
            self._error(IngestError(record.source_name, f"database error: {error}".strip()))
            return FAILED
        if self.verbosity >= 2:
            self._say(f"{outcome}: {record.source_name} → #{article.pk} {article.title[:60]}")
            for warning in record.warnings:
                self._say(f"warning: {record.source_name}: {warning}")
        return outcome

    # -- output ----------------------------------------------------------------------

    def _error(self, error: IngestError) -> None:
        self._say(f"error: {error}", style=self.style.ERROR)

    def _say(self, line: str, style=None) -> None:
        if self.bar is not None and not self.bar.disable:
            tqdm.write(style(line) if style else line, file=self.stderr._out)
        else:
            self.stderr.write(line, style_func=style)


def store(record: ArticleRecord, status: str) -> tuple[str, Article]:
    """Create, update or leave alone the article for ``record``; call inside a transaction.

    The same URL with new text updates the article (its status stays); the same text,
    under any URL or none, is unchanged; text already stored under another URL cannot be
    stored twice (the hash is unique) and fails.
    """
    digest = record.content_hash
    existing = Article.objects.select_for_update().filter(url=record.url).first() if record.url else None
    same_text = Article.objects.filter(content_hash=digest).first()
    if existing is None:
        if same_text is not None:
            return UNCHANGED, same_text
        article = Article(status=record.status or status)
        _fill(article, record, digest)
        article.save()
        return CREATED, article
    if existing.content_hash == digest:
        return UNCHANGED, existing
    if same_text is not None:
        where = same_text.url or same_text.source_name
        raise IngestError(record.source_name, f"same text as article #{same_text.pk} ({where})")
    _fill(existing, record, digest)
    existing.save()
    return UPDATED, existing


def _fill(article: Article, record: ArticleRecord, digest: str) -> None:
    for field, limit in LIMITS.items():
        value = getattr(record, field)
        if len(value) > limit:
            raise IngestError(record.source_name, f"{field} longer than {limit} characters")
        setattr(article, field, value)
    article.body = record.body
    article.content_hash = digest
    article.url = record.url or None
    article.published_on = record.published
    article.date_source = record.date_source
    article.outlet = outlet_for(record.outlet) if record.outlet else None
    article.wire = outlet_for(replace(record.wire, kind=record.wire.kind or AGENCY)) if record.wire else None


def outlet_for(source: Source) -> Outlet:
    """The Outlet row for ``source``: matched by domain, slug or normalised name (any
    spelling the known-outlet table lists), else created with everything known about it.
    A matched row only gains the English name, domain or country it lacked."""
    domain = normalize_domain(source.domain)
    slug = _slug(source)
    keys = name_keys(source)
    outlets = list(Outlet.objects.all())
    match = (
        next((o for o in outlets if domain and normalize_domain(o.domain) == domain), None)
        or next((o for o in outlets if o.slug == slug), None)
        or next((o for o in outlets if {name_key(o.name_ar), name_key(o.name_en)} & keys), None)
    )
    if match is None:
        return Outlet.objects.create(
            name_ar=source.name[:200] or source.name_en[:200],
            name_en=source.name_en[:200],
            slug=_unique_slug(slug, {o.slug for o in outlets}),
            domain=domain[:200],
            country=source.country[:100],
            kind=source.kind or Outlet.Kind.ONLINE,
        )
    blanks = {
        field: value
        for field, value in (("name_en", source.name_en), ("domain", domain), ("country", source.country))
        if value and not getattr(match, field)
    }
    if blanks:
        for field, value in blanks.items():
            setattr(match, field, value[:200])
        match.save(update_fields=list(blanks))
    return match


def _slug(source: Source) -> str:
    return slugify(source.name_en or source.name, allow_unicode=True)[:190] or "outlet"


def _unique_slug(slug: str, taken: set[str]) -> str:
    candidate, number = slug, 2
    while candidate in taken:
        candidate, number = f"{slug}-{number}", number + 1
    return candidate
