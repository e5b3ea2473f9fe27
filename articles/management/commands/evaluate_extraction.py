"""Score extraction against hand annotations (the format of corpus/seeds/gold_quotes.json)."""

import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from articles.extraction.evaluate import score
from articles.extraction_service import analyse, gazetteer
from articles.ingest.readers import read_text
from articles.ingest.records import IngestError


class Command(BaseCommand):
    help = (
        "Print statement precision, recall and F1, term recall and speaker accuracy of the "
        "extraction over the files that GOLD annotates in TEXT_DIR."
    )

    def add_arguments(self, parser):
        parser.add_argument("gold", type=Path)
        parser.add_argument("text_dir", type=Path)
        parser.add_argument("--files", action="store_true", help="also print the figures of each file")

    def handle(self, *args, gold: Path, text_dir: Path, files: bool, **options):
        annotations = load_gold(gold)
        predicted = {}
        for name in annotations:
            try:
                text = read_text(text_dir / name, settings.IMPORT_MAX_BYTES)
            except IngestError as error:
                raise CommandError(
                    f"{gold}: annotates {name}, which cannot be read: {error.reason}"
                ) from None
            predicted[name] = analyse(text).quotes
        names = {key: actor.name_en for key, actor in gazetteer().actors.items()}
        scores = score(annotations, predicted, names)
        if files:
            for name, figures in scores.files.items():
                self.stdout.write(
                    f"{name}: statements {figures.matched_statements}/{figures.predicted_statements} "
                    f"predicted right, {figures.found_statements}/{figures.gold_statements} found; "
                    f"terms {figures.found_terms}/{figures.gold_terms}; speakers {figures.speakers_right}"
                )
                for miss in figures.misses:
                    self.stdout.write(f"  {miss}")
        self.stdout.write(f"statement precision {scores.precision:.3f}")
        self.stdout.write(f"statement recall    {scores.recall:.3f}")
        self.stdout.write(f"statement F1        {scores.f1:.3f}")
        self.stdout.write(f"term recall         {scores.term_recall:.3f}")
        self.stdout.write(f"speaker accuracy    {scores.speaker_accuracy:.3f}")


def load_gold(path: Path) -> dict[str, list[dict]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise CommandError(f"{path}: {error.strerror or error}") from None
    except ValueError as error:
        raise CommandError(f"{path}: not valid JSON ({error})") from None
    if not isinstance(data, dict) or not all(isinstance(quotes, list) for quotes in data.values()):
        raise CommandError(f"{path}: expected an object mapping file names to lists of quotes")
    return data
