"""Rematch the stored sentences against the frame lexicons.

    python manage.py rematch_frames [--frame SLUG ...]

Saving a lexicon entry in the admin rematches its frame by itself; this is for lexicons
loaded without signals (fixtures, SQL) and after a change to the matcher.
"""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand, CommandError

from articles.models import Frame
from articles.sentences import rematch


class Command(BaseCommand):
    help = "Rebuild which frames every stored sentence evokes."

    def add_arguments(self, parser):
        parser.add_argument("--frame", action="append", default=[], help="only this frame (slug)")

    def handle(self, *args, frame, **options):
        frame_ids = None
        if frame:
            found = dict(Frame.objects.filter(slug__in=frame).values_list("slug", "pk"))
            if missing := sorted(set(frame) - set(found)):
                raise CommandError(f"unknown frame: {', '.join(missing)}")
            frame_ids = list(found.values())
        started = time.perf_counter()
        matches = rematch(frame_ids)
        self.stdout.write(f"{matches} sentence matches in {time.perf_counter() - started:.1f}s")
