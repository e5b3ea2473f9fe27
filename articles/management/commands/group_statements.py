"""Regroup every statement of the archive (after the wording rules changed)."""

from django.core.management.base import BaseCommand

from articles.statement_groups import group_everything


class Command(BaseCommand):
    help = (
        "Compute every statement's wording again and regroup the whole archive in one pass; "
        "groups an editor split or merged are kept."
    )

    def handle(self, *args, **options):
        groups = group_everything()
        self.stdout.write(f"{groups} statement groups")
