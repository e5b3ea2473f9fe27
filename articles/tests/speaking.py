"""What the speaker tests read of an extraction: who speaks each statement of an invented text,
against the bundled registry (no database)."""

from articles import reference
from articles.extraction.actors import Gazetteer
from articles.extraction.pipeline import extract

GAZETTEER = Gazetteer(reference.actors())


def statement_speakers(text: str) -> list[tuple]:
    """(speaker key, proposed name, unnamed description, relay) of every statement."""
    return [
        (q.speaker, q.proposed.name_ar if q.proposed else None, q.speaker_description, q.relayed_by)
        for q in extract(text, GAZETTEER).quotes
        if q.kind == "statement"
    ]
