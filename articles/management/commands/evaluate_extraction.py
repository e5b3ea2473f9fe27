"""Score extraction against hand annotations (the format of corpus/seeds/gold_quotes.json, with
the speaker fields of corpus/gold/speakers/README.md when present)."""

import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from articles.extraction.evaluate import ActorNames, calibration, calibration_lines, score
from articles.extraction_service import analyse, gazetteer
from articles.ingest.readers import read_text
from articles.ingest.records import IngestError


class Command(BaseCommand):
    help = (
        "Print the errors, then statement precision, recall and F1, term recall, speaker accuracy "
        "(an abstention is a miss), the wrong-speaker rate and coverage of the extraction over the "
        "files that GOLD annotates in TEXT_DIR."
    )

    def add_arguments(self, parser):
        parser.add_argument("gold", type=Path)
        parser.add_argument("text_dir", type=Path)
        parser.add_argument("--files", action="store_true", help="also print the figures of each file")
        parser.add_argument(
            "--calibration",
            action="store_true",
            dest="by_confidence",
            help="also print right, wrong and abstained statements by confidence and kind of cue",
        )

    def handle(self, *args, gold: Path, text_dir: Path, files: bool, by_confidence: bool = False, **options):
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
        actors = gazetteer().actors
        names = ActorNames(
            {key: actor.name_en for key, actor in actors.items()},
            {key: actor.name_ar for key, actor in actors.items()},
        )
        scores = score(annotations, predicted, names)
        if files:
            for name, figures in scores.files.items():
                self.stdout.write(
                    f"{name}: statements {figures.matched_statements}/{figures.predicted_statements} "
                    f"predicted right, {figures.found_statements}/{figures.gold_statements} found; "
                    f"terms {figures.found_terms}/{figures.gold_terms}; speakers {figures.speakers_right} "
                    f"right, {figures.speakers_wrong} wrong"
                )
        if by_confidence:
            for line in calibration_lines(calibration(annotations, predicted, names)):
                self.stdout.write(line)
        self.stdout.write(f"errors: {len(scores.errors)}")
        for error in scores.errors:
            self.stdout.write(f"  {error}")
        self.stdout.write(f"statement precision {scores.precision:.3f}")
        self.stdout.write(f"statement recall    {scores.recall:.3f}")
        self.stdout.write(f"statement F1        {scores.f1:.3f}")
        self.stdout.write(f"term recall         {scores.term_recall:.3f}")
        self.stdout.write(f"speaker accuracy    {scores.speaker_accuracy:.3f}")
        self.stdout.write(f"wrong speakers      {scores.wrong_speaker_rate:.3f}")
        self.stdout.write(f"speaker coverage    {scores.coverage:.3f}")


def load_gold(path: Path) -> dict[str, list[dict]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise CommandError(f"{path}: {error.strerror or error}") from None
    except ValueError as error:
        raise CommandError(f"{path}: not valid JSON ({error})") from None
    if not isinstance(data, dict) or not all(isinstance(quotes, list) for quotes in data.values()):
        raise CommandError(f"{path}: expected an object mapping file names to lists of quotes")
    bad = next(
        (
            (name, index)
            for name, quotes in data.items()
            for index, quote in enumerate(quotes)
            if not isinstance(quote, dict) or not {"start", "end", "text", "kind"} <= set(quote)
        ),
        None,
    )
    if bad is not None:
        raise CommandError(
            f"{path}: {bad[0]}: quote #{bad[1] + 1} needs start, end, text and kind "
            "(see corpus/gold/speakers/README.md)"
        )
    return data
