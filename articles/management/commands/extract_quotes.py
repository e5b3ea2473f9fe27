"""Analyse one text file without storing anything: its quotes, speakers and mentions."""

import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from articles.extraction_service import analyse, gazetteer
from articles.ingest.readers import read_text
from articles.ingest.records import IngestError


class Command(BaseCommand):
    help = "Print the quotes (with speakers) and actor mentions found in FILE; stores nothing."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument("--json", action="store_true", help="one JSON object on standard output")

    def handle(self, *args, file: Path, json: bool, **options):
        try:
            text = read_text(file, settings.IMPORT_MAX_BYTES)
        except IngestError as error:
            raise CommandError(str(error)) from None
        result = as_json(text)
        if json:
            self.stdout.write(_dumps(result))
            return
        for quote in result["quotes"]:
            speaker = (
                quote["speaker"]
                or (quote["proposed_speaker"] and f"{quote['proposed_speaker']} (مقترح)")
                or (quote["speaker_description"] and f"{quote['speaker_description']} (غير مسمّى)")
                or "؟"
            )
            self.stdout.write(
                f"[{quote['start']}:{quote['end']}] {quote['kind']} — {speaker}: {quote['text']}"
            )
        for mention in result["mentions"]:
            self.stdout.write(f"{mention['count']}× {mention['actor']}")


def as_json(text: str) -> dict:
    """The extraction of `text` in the documented JSON shape; offsets index `text`."""
    names = gazetteer()
    extraction = analyse(text)

    def name_ar(key):
        actor = names.actor(key)
        return actor.name_ar if actor else None

    quotes = [
        {
            "text": quote.text,
            "kind": quote.kind,
            "start": quote.start,
            "end": quote.end,
            "speaker": name_ar(quote.speaker),
            "speaker_en": names.name_en(quote.speaker) or None,
            "speaker_text": quote.speaker_text or None,
            "proposed_speaker": quote.proposed.name_ar if quote.proposed else None,
            "speaker_description": quote.speaker_description or None,
            "relayed_by": name_ar(quote.relayed_by),
            "cue": quote.cue or None,
        }
        for quote in extraction.quotes
    ]
    mentions = [
        {"actor": name_ar(m.key), "actor_en": names.name_en(m.key) or None, "count": m.count}
        for m in extraction.mentions
    ]
    return {"quotes": quotes, "mentions": mentions}


def _dumps(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)
