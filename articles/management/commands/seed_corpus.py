"""Import the bundled corpus (corpus/seeds, with its manifest, published) into an empty
archive, so `make run` shows articles on first start and imports nothing afterwards."""

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

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
        call_command(
            "import_articles",
            str(SEEDS),
            manifest=str(SEEDS / "manifest.json"),
            publish=True,
            verbosity=options["verbosity"],
            stdout=self.stdout._out,
            stderr=self.stderr._out,
        )
