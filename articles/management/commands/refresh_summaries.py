"""Rebuild every article's summary rows for `/compare/` (`articles.summaries`).

    python manage.py refresh_summaries

Triggers keep the rows as articles change, and migration 0009 filled them for the archive it
found; this is for rows written with the triggers disabled (a restore with
`session_replication_role = replica`, a bulk load that dropped them) or to check that
nothing drifted.
"""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand
from django.db import transaction

from articles.summaries import refresh_all


class Command(BaseCommand):
    help = "Rebuild the per-article summary rows that /compare/ sums."

    def handle(self, *args, **options):
        started = time.perf_counter()
        with transaction.atomic():
            articles = refresh_all()
        self.stdout.write(f"summaries of {articles} articles in {time.perf_counter() - started:.1f}s")
