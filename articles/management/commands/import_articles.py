"""Import news copies (txt, html, jsonl; files or folders) into the archive.

    python manage.py import_articles corpus/seeds --manifest corpus/seeds/manifest.json --publish

The pure core (`articles.ingest`) reads and infers; `articles.importing` stores, one
transaction per article, idempotent by URL and content hash.  This command reads its
arguments, shows a progress bar and reports.
"""

from __future__ import annotations

import time
from collections import Counter

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from articles.extraction.dates import parse_iso_date
from articles.importing import FAILED, Batches, Outcome, import_item, outlet_option, summary
from articles.ingest import IngestError, find_files, load_manifest
from articles.ingest.text import REPAIRED_ENCODING
from articles.models import Article

PROGRESS_THRESHOLD = 20


class Command(BaseCommand):
    help = "Import article files (.txt, .html, .jsonl) or folders of them into the archive."
    # The system checks (URLs, admin, templates) say nothing about importing and cost a tenth
    # of a second of every run's start-up; `manage.py check` and the other commands run them.
    requires_system_checks = []

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
        max_bytes = max_bytes if max_bytes is not None else settings.IMPORT_MAX_BYTES
        if max_bytes <= 0:
            raise CommandError(f"--max-bytes: must be positive, not {max_bytes}")
        options = {
            "status": Article.Status.PUBLISHED if publish else Article.Status.DRAFT,
            "manifest": self._manifest(manifest),
            "reference": self._reference(date),
            "outlet": outlet_option(outlet),
            "max_bytes": max_bytes,
        }
        counts: Counter[str] = Counter()
        for error in options["manifest"].missing if options["manifest"] else ():
            self._report(Outcome.failed(error))
            counts[FAILED] += 1
        files = list(find_files(paths))
        interactive = getattr(self.stderr._out, "isatty", lambda: False)()
        show_bar = len(files) > PROGRESS_THRESHOLD or interactive
        started = time.perf_counter()
        with (
            tqdm(
                total=len(files), unit="file", file=self.stderr._out, disable=not show_bar, leave=False
            ) as self.bar,
            Batches() as batches,
        ):
            for item in files:
                for outcome in import_item(item, sources=batches.sources, **options):
                    self._report(outcome)
                    counts[outcome.status] += 1
                    batches.done()
                self.bar.update()
        self.bar = None
        elapsed = time.perf_counter() - started

        self.stdout.write(summary(counts))
        handled = sum(counts.values())
        if show_bar and handled:  # a long import: how fast it went, beside the progress bar
            self.stderr.write(
                f"{handled} articles in {elapsed:.1f}s: {handled / max(elapsed, 1e-3):.0f} articles/s"
            )
        if counts[FAILED]:
            raise CommandError(f"{counts[FAILED]} input(s) failed", returncode=1)

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

    def _report(self, outcome: Outcome) -> None:
        if outcome.error is not None:
            self._say(f"error: {outcome.error}", style=self.style.ERROR)
            return
        if self.verbosity >= 2:
            article = outcome.article
            self._say(f"{outcome.status}: {outcome.source_name} → #{article.pk} {article.title[:60]}")
        for warning in outcome.warnings:
            # Replaced bytes change the stored text: said at every verbosity but 0.
            if self.verbosity >= 2 or (self.verbosity >= 1 and warning.startswith(REPAIRED_ENCODING)):
                self._say(f"warning: {outcome.source_name}: {warning}")

    def _say(self, line: str, style=None) -> None:
        if self.bar is not None and not self.bar.disable:
            tqdm.write(style(line) if style else line, file=self.stderr._out)
        else:
            self.stderr.write(line, style_func=style)
