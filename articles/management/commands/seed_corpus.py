"""Import the bundled corpus (corpus/seeds, with its manifest, published) into an empty
archive, so `make run` shows articles on first start and imports nothing afterwards."""

from collections import Counter

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from articles.importing import FAILED, import_item, summary
from articles.ingest import find_files, load_manifest
from articles.models import Article

SEEDS = settings.BASE_DIR / "corpus" / "seeds"


class Command(BaseCommand):
    help = "Import corpus/seeds (published) when the archive has no articles yet."

    def handle(self, *args, **options):
        existing = Article.objects.count()
        if existing:
            self.stdout.write(f"The archive has {existing} article(s): the seed corpus was not imported.")
            return
        self.stdout.write(f"Importing the seed corpus from {SEEDS.relative_to(settings.BASE_DIR)} …")
        manifest = load_manifest(SEEDS / "manifest.json")
        counts: Counter[str] = Counter()
        for item in find_files([SEEDS]):
            for outcome in import_item(
                item, status=Article.Status.PUBLISHED, manifest=manifest, max_bytes=settings.IMPORT_MAX_BYTES
            ):
                counts[outcome.status] += 1
                if outcome.error is not None:
                    self.stderr.write(f"error: {outcome.error}")
        self.stdout.write(summary(counts))
        if counts[FAILED]:
            raise CommandError(f"{counts[FAILED]} seed file(s) failed", returncode=1)
