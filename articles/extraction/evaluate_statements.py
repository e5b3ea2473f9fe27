"""Scoring statement grouping against the gold set (`corpus/gold/statements/`).

Each rendering of the gold set is stored as the archive would store it: as the one quote of
an article, ``قال <speaker as written>: «<text>»``, run through extraction so the speaker is
whoever extraction finds (``سيد الكرملين`` → Putin, ``مسؤول في البيت الأبيض`` → the White
House, a title it cannot read → nobody), dated by the rendering's date.  The near misses are
stored the same way with their gold speaker.  Articles arrive one at a time, by date, as an
import would bring them, and are grouped as they arrive (:class:`MemoryGroups`).

- pair precision: pairs of renderings put in one group that are one statement / pairs put in
  one group;
- pair recall: pairs of renderings of one statement put in one group / pairs of renderings of
  one statement (a statement's renderings may share no words: all its pairs count);
- near misses apart: near misses grouped with none of the renderings of the statement they
  are close to (nor with anything else).
"""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from articles.extraction.actors import Gazetteer
from articles.extraction.pipeline import extract
from articles.extraction.statements import MemoryGroups, Speakers, Statement
from articles.extraction.wording import Wording


class GoldError(ValueError):
    """A gold file that cannot be read: the message names the file and the entry."""


@dataclass(frozen=True)
class Rendering:
    key: str  # "s01.2": the statement and the rendering's position
    statement: str
    speaker: str | None  # what extraction attributes it to
    day: date
    text: str


@dataclass(frozen=True)
class GroupScores:
    precision: float
    recall: float
    f1: float
    pairs: int  # gold pairs
    found: int  # gold pairs put in one group
    grouped: int  # pairs put in one group
    near_misses: int
    near_misses_apart: int
    wrong_pairs: tuple[tuple[str, str], ...] = ()
    missed_pairs: tuple[tuple[str, str], ...] = ()
    groups: tuple[tuple[str, ...], ...] = field(default=())

    def summary(self) -> str:
        return (
            f"pairs P={self.precision:.3f} R={self.recall:.3f} F1={self.f1:.3f} "
            f"({self.found}/{self.pairs} found, {self.grouped} grouped); "
            f"near misses apart {self.near_misses_apart}/{self.near_misses}"
        )


def load_gold(path: Path, gazetteer: Gazetteer) -> tuple[list[Rendering], dict[str, str]]:
    """The renderings and near misses of a gold file, and each near miss's ``close_to``."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise GoldError(f"{path}: {error}") from error
    if not isinstance(data, dict) or not isinstance(data.get("statements"), list):
        raise GoldError(f"{path}: expected an object with a list of 'statements'")
    by_name = {actor.name_en: actor.key for actor in gazetteer.actors.values()}
    renderings, close_to = [], {}
    for statement in data["statements"]:
        sid = _field(path, statement, "id")
        for index, rendering in enumerate(_field(path, statement, "renderings")):
            written = _field(path, rendering, "speaker_as_written", sid)
            text = _field(path, rendering, "text", sid)
            speaker = _extracted_speaker(written, text, gazetteer)
            day = _day(path, _field(path, rendering, "date", sid), sid)
            renderings.append(Rendering(f"{sid}.{index}", sid, speaker, day, text))
    for miss in data.get("near_misses", []):
        nid = _field(path, miss, "id")
        name = _field(path, miss, "speaker", nid)
        day = _day(path, _field(path, miss, "date", nid), nid)
        renderings.append(Rendering(nid, nid, by_name.get(name), day, _field(path, miss, "text", nid)))
        close_to[nid] = _field(path, miss, "close_to", nid)
    return renderings, close_to


def _field(path: Path, entry, name: str, where: str = ""):
    if not isinstance(entry, dict) or name not in entry:
        raise GoldError(f"{path}: {where + ': ' if where else ''}an entry has no {name!r}")
    return entry[name]


def _day(path: Path, value: str, where: str) -> date:
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError) as error:
        raise GoldError(f"{path}: {where}: date {value!r} is not YYYY-MM-DD") from error


def _extracted_speaker(written: str, text: str, gazetteer: Gazetteer) -> str | None:
    quotes = extract(f"وقال {written}: «{text}».", gazetteer).quotes
    return quotes[0].speaker if quotes else None


def evaluate(renderings: list[Rendering], close_to: dict[str, str], gazetteer: Gazetteer) -> GroupScores:
    wording, speakers = Wording(gazetteer), Speakers.from_records(gazetteer.actors.values())
    grouping = MemoryGroups(speakers)
    for rendering in sorted(renderings, key=lambda r: (r.day, r.key)):
        units = wording.units(rendering.text)
        grouping.add([Statement(rendering.key, units, rendering.speaker, rendering.day, rendering.key)])
    placed = grouping.groups()
    return _scores(renderings, close_to, placed)


def _scores(renderings: list[Rendering], close_to: dict[str, str], placed: dict) -> GroupScores:
    pairs = found = grouped = 0
    wrong, missed = [], []
    for first, second in itertools.combinations(renderings, 2):
        same = first.statement == second.statement
        together = placed[first.key] is not None and placed[first.key] == placed[second.key]
        pairs += same
        grouped += together
        found += same and together
        if together and not same:
            wrong.append((first.key, second.key))
        elif same and not together:
            missed.append((first.key, second.key))
    statement_of = {r.key: r.statement for r in renderings}
    apart = sum(
        1
        for miss in close_to
        if placed[miss] is None
        or all(statement_of[k] == miss for k, g in placed.items() if g == placed[miss])
    )
    members: dict = {}
    for key, group in placed.items():
        if group is not None:
            members.setdefault(group, []).append(key)
    precision = found / grouped if grouped else 1.0
    recall = found / pairs if pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return GroupScores(
        precision,
        recall,
        f1,
        pairs,
        found,
        grouped,
        len(close_to),
        apart,
        tuple(wrong),
        tuple(missed),
        tuple(sorted(tuple(sorted(keys)) for keys in members.values())),
    )
