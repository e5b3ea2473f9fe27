"""Load the actors, outlets and agencies, frames and groups of ``articles/reference/``.

    python manage.py load_reference_data [--data-dir DIR]

Safe to run again: it adds what was never loaded, updates what nobody changed since, and
leaves alone what an editor changed or deleted in the admin (articles/reference/loading.py).
``make run``, ``make test`` and the docker-compose entrypoint run it after ``migrate``.
"""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from articles import reference
from articles.reference.loading import load_reference_data


class Command(BaseCommand):
    help = "Load the reference data files (actors, media, frames, groups); safe to re-run."

    def add_arguments(self, parser):
        parser.add_argument(
            "--data-dir", type=Path, help="read the files from DIR instead of articles/reference/"
        )

    def handle(self, *args, data_dir: Path | None, verbosity: int, **options):
        try:
            data = reference.read(data_dir) if data_dir else reference.reference()
            report = load_reference_data(data)
        except reference.ReferenceDataError as error:
            raise CommandError(str(error)) from None
        for line in report.lines(verbose=verbosity > 1):
            self.stdout.write(line)
