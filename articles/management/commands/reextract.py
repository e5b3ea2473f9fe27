"""Run quote extraction again over stored articles; verified quotes are never overwritten."""

from django.core.management.base import BaseCommand, CommandError

from articles.extraction_service import reextract
from articles.models import Article


class Command(BaseCommand):
    help = "Re-run extraction on the given article ids, or on every article with --all."

    def add_arguments(self, parser):
        parser.add_argument("ids", nargs="*", type=int, help="article ids")
        parser.add_argument("--all", action="store_true", help="every article in the archive")

    def handle(self, *args, ids: list[int], all: bool, **options):
        if bool(ids) == all:
            raise CommandError("give article ids or --all (not both)")
        articles = Article.objects.order_by("pk")
        if ids:
            articles = articles.filter(pk__in=ids)
            missing = sorted(set(ids) - set(articles.values_list("pk", flat=True)))
            if missing:
                raise CommandError(f"no article with id {', '.join(map(str, missing))}")
        totals = reextract(articles.iterator(chunk_size=200))
        self.stdout.write(
            f"re-extracted {totals['articles']} articles: {totals['quotes']} quotes written, "
            f"{totals['kept']} verified quotes kept"
        )
