"""What the builders of the hand-made gold splits share (`build_gold_tune2.py`, `build_gold_tune3.py`,
`gold_holdout3/`, `gold_holdout4/`, `gold_holdout5/`): a gold quote as the speaker evaluation
reads it and the checks every split makes of it, the registry's Arabic names, a statement
group's rows and their checks, and writing the JSON files.

Each builder keeps its own annotations and its own way of finding a quote's span in its text;
only what they wrote alike lives here, so every file they write is byte for byte what it was.
Plain Python (tomllib, no Django): `python3 scripts/gold_holdout5/build_speakers.py` runs it.
"""

import datetime
import json
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "articles" / "reference"
QUOTE_MARKS = '"«»“”'


def registry() -> tuple[list[dict], list[dict]]:
    """The actors and the media of the reference data, as the files list them."""
    actors = tomllib.loads((REFERENCE / "actors.toml").read_text(encoding="utf-8"))["actor"]
    media = tomllib.loads((REFERENCE / "media.toml").read_text(encoding="utf-8"))["medium"]
    return actors, media


def arabic_names() -> dict[str, str]:
    """English name -> Arabic name, for the registry's actors and then its media (a medium that
    is an actor under the actor's names as well), the first entry winning."""
    actors, media = registry()
    names = {actor["name_en"]: actor["name_ar"] for actor in actors}
    for medium in media:
        actor = medium.get("actor", {})
        for key in (actor.get("name_en", medium["name_en"]), medium["name_en"]):
            names.setdefault(key, actor.get("name_ar") or medium["name_ar"])
    return names


# --- Speakers: corpus/gold/speakers/<split>/ ---------------------------------------------------


def quote_kind(words: str) -> str:
    """A statement has four words or more; anything shorter in quotes is a term."""
    return "statement" if len(words.split()) >= 4 else "term"


def gold_quote(
    name: str,
    start: int,
    words: str,
    annotation: tuple,
    arabic: dict[str, str],
    *,
    unclosed: bool = False,
    classes_on_terms: bool = False,
) -> dict:
    """One quote of gold_quotes.json, checked.  `annotation` is (speaker, speaker as written,
    speaker kind, Arabic name, unnamed description, relayed by, classes); an actor's Arabic
    name defaults to `arabic[speaker]`, the registry's.  A statement needs classes, and a term
    has none unless `classes_on_terms` (holdout4 classed some three-word sayings; a term's
    classes are not written)."""
    speaker, speaker_ar, kind, speaker_name, description, relayed_by, labels = annotation
    entry = {
        "start": start,
        "end": start + len(words),
        "text": words,
        "speaker": speaker,
        "speaker_ar": speaker_ar,
        "kind": quote_kind(words),
        "speaker_kind": kind,
        "speaker_name": (speaker_name or arabic.get(speaker)) if kind == "actor" else None,
        "speaker_description": description if kind == "unnamed" else None,
        "relayed_by": relayed_by,
    }
    if unclosed:
        entry["unclosed"] = True
    if entry["kind"] == "statement":
        assert labels, (name, words, "a statement needs classes")
    elif not classes_on_terms:
        assert labels == [], (name, words, "terms carry no classes")
    if kind == "actor":
        assert speaker, (name, words)
        if not entry["speaker_name"]:
            raise SystemExit(f"{name}: no Arabic name for {speaker}")
    if kind == "unnamed":
        assert speaker is None and description, (name, words)
    if kind is None:
        assert speaker is None and speaker_ar is None, (name, words)
    return entry


def quote_classes(entry: dict, labels: list[str]) -> dict:
    """A statement's row of classes.json."""
    return {"start": entry["start"], "end": entry["end"], "classes": labels}


def write_speakers_split(out: Path, gold: dict, classes: dict, *, final_newline: bool = True) -> None:
    """gold_quotes.json and classes.json of a split, each quote checked against its text as
    written to disk, and the line that counts them."""
    for name, entries in gold.items():
        file_text = (out / name).read_text(encoding="utf-8")
        for entry in entries:
            assert file_text[entry["start"] : entry["end"]] == entry["text"], (name, entry["text"])
    write_json(out / "gold_quotes.json", gold, final_newline=final_newline)
    write_json(out / "classes.json", classes, final_newline=final_newline)
    statements = sum(1 for quotes in gold.values() for q in quotes if q["kind"] == "statement")
    terms = sum(1 for quotes in gold.values() for q in quotes if q["kind"] == "term")
    print(f"{len(gold)} texts, {statements} statements, {terms} terms")


# --- Statement groups: corpus/gold/statements/<split>.json ------------------------------------


def rendering(outlet: str, date: str, text: str, speaker_as_written: str) -> dict:
    """One outlet's words for a statement, on the day it published them."""
    return {"outlet": outlet, "date": date, "text": text, "speaker_as_written": speaker_as_written}


def statement(id_: str, speaker: str, said_on: str, language: str, gist: str, renderings: list) -> dict:
    """A statement and its renderings in several outlets: one group the grouping should find."""
    return {
        "id": id_,
        "speaker": speaker,
        "said_on": said_on,
        "source_language": language,
        "gist": gist,
        "renderings": renderings,
    }


def near_miss(id_: str, speaker: str, date: str, text: str, close_to: str, why: str) -> dict:
    """Words of the same speaker, close to a statement, that the grouping must keep apart."""
    return {"id": id_, "speaker": speaker, "date": date, "text": text, "close_to": close_to, "why": why}


def check_statements(data: dict, *, in_registry: bool = False) -> None:
    """Ids unique, 2-5 renderings from different outlets 0-2 days after the statement, no quote
    marks in a rendering, and each near miss the same speaker on the same day as the statement
    it stands close to, in other words.  `in_registry`: speakers and outlets are spelled as the
    reference data spells them (holdout4 and holdout5 name outlets the registry lacks)."""
    actors, media = registry()
    speakers = {actor["name_en"] for actor in actors} | {"KCNA"}
    # An outlet is a registry medium, or a broadcaster the actors list as a media actor (NHK).
    outlets = {medium["name_en"] for medium in media} | {
        actor["name_en"] for actor in actors if actor.get("kind") == "medium"
    }
    day = datetime.date.fromisoformat
    ids = set()
    for s in data["statements"]:
        assert s["id"] not in ids, s["id"]
        ids.add(s["id"])
        assert not in_registry or s["speaker"] in speakers, s["speaker"]
        assert 2 <= len(s["renderings"]) <= 5, s["id"]
        assert len({r["outlet"] for r in s["renderings"]}) == len(s["renderings"]), s["id"]
        for r in s["renderings"]:
            assert not in_registry or r["outlet"] in outlets, r["outlet"]
            assert 0 <= (day(r["date"]) - day(s["said_on"])).days <= 2, (s["id"], r["date"])
            assert r["text"] and not any(mark in r["text"] for mark in QUOTE_MARKS), s["id"]
    by_id = {s["id"]: s for s in data["statements"]}
    for n in data["near_misses"]:
        assert n["id"] not in ids, n["id"]
        ids.add(n["id"])
        target = by_id[n["close_to"]]
        assert n["speaker"] == target["speaker"] and n["date"] == target["said_on"], n["id"]
        assert all(n["text"] != r["text"] for r in target["renderings"]), n["id"]


def write_statements_split(
    out: Path, data: dict, *, in_registry: bool = False, indent: int = 1, final_newline: bool = True
) -> None:
    """Check a statements split, write it, check what was written, and count it."""
    check_statements(data, in_registry=in_registry)
    out.parent.mkdir(parents=True, exist_ok=True)
    write_json(out, data, indent=indent, final_newline=final_newline)
    check_statements(json.loads(out.read_text(encoding="utf-8")), in_registry=in_registry)
    statements, near_misses = data["statements"], data["near_misses"]
    renderings = sum(len(s["renderings"]) for s in statements)
    print(f"{len(statements)} statements ({renderings} renderings), {len(near_misses)} near misses")


def write_json(path: Path, data, *, indent: int = 1, final_newline: bool = True) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=indent)
    path.write_text(text + "\n" if final_newline else text, encoding="utf-8")
