"""Score the importer's outlet, date, headline and wire on a gold set of copied pages.

    python manage.py evaluate_import corpus/gold/import/tune

Each page is imported with only its URL and text, as a newsroom would, in a transaction
that is rolled back (`articles.import_evaluation`); the command prints the accuracy per
field and every error.
"""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from articles.import_evaluation import FIELDS, GoldError, evaluate
from articles.ingest import IngestError


class Command(BaseCommand):
    help = (
        "Import a gold set of pages (GOLD_DIR/pages.jsonl), score outlet, date, headline and wire, roll back."
    )

    def add_arguments(self, parser):
        parser.add_argument("gold_dir", metavar="GOLD_DIR", help="a folder holding pages.jsonl")

    def handle(self, *args, gold_dir, **options):
        try:
            score = evaluate(Path(gold_dir))
        except (GoldError, IngestError) as error:
            raise CommandError(str(error)) from None
        self.stdout.write(f"{gold_dir}: {len(score.results)} pages")
        for field in FIELDS:
            self.stdout.write(
                f"{field:<9} {score.correct(field):>3}/{len(score.results)}  {score.accuracy(field):.3f}"
            )
        errors = score.errors()
        self.stdout.write(f"errors: {len(errors)}")
        for page, field, expected, got in errors:
            self.stdout.write(f"  {page} {field}: expected {expected!r}, got {got!r}")
