"""Score statement grouping against a gold file (the format of corpus/gold/statements/)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from articles.extraction.evaluate_statements import GoldError, evaluate, load_gold
from articles.extraction_service import gazetteer


class Command(BaseCommand):
    help = (
        "Group the renderings and near misses of GOLD as the archive groups quotes, one article "
        "at a time, and print pair precision, recall and F1 and how many near misses stay apart."
    )

    def add_arguments(self, parser):
        parser.add_argument("gold", type=Path)
        parser.add_argument("--pairs", action="store_true", help="also list the wrong and the missed pairs")

    def handle(self, *args, gold: Path, pairs: bool, **options):
        registry = gazetteer()
        try:
            renderings, close_to = load_gold(gold, registry)
        except GoldError as error:
            raise CommandError(str(error)) from None
        scores = evaluate(renderings, close_to, registry)
        statements = len({r.statement for r in renderings} - set(close_to))
        self.stdout.write(
            f"{len(renderings) - len(close_to)} renderings of {statements} statements, "
            f"{len(close_to)} near misses: {len(scores.groups)} groups"
        )
        self.stdout.write(f"pair precision {scores.precision:.3f} ({scores.found}/{scores.grouped})")
        self.stdout.write(f"pair recall    {scores.recall:.3f} ({scores.found}/{scores.pairs})")
        self.stdout.write(f"pair F1        {scores.f1:.3f}")
        self.stdout.write(f"near misses apart {scores.near_misses_apart}/{scores.near_misses}")
        if pairs:
            for first, second in scores.wrong_pairs:
                self.stdout.write(f"  wrong:  {first} + {second}")
            for first, second in scores.missed_pairs:
                self.stdout.write(f"  missed: {first} + {second}")
