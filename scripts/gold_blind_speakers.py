# ruff: noqa: E501
"""The builder of the blind speaker splits (holdout6 onwards), shared by each split's
``scripts/gold_holdoutN/build_speakers.py``: it writes ``corpus/gold/speakers/holdoutN/`` (texts,
gold_quotes.json, classes.json) from that directory's ``speakers_data.py``.  Offsets are computed
here (quote words found in order in the file text) and checked: text == file_text[start:end]."""

import json
import sys
import tomllib
from collections import Counter
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent


# The rows of a split's speakers_data.py, in the order of its text: say() a named actor (name=None
# takes the registry's Arabic name), anon() an unnamed speaker (the description as written),
# nobody() no speaker at all (slogans, captions, terms); terms (fewer than four words) use classes [].


class Row(NamedTuple):
    words: str
    fields: dict  # the speaker fields of gold_quotes.json
    classes: list
    unclosed: bool


def _row(words, classes, unclosed, speaker=None, speaker_ar=None, kind=None, **fields):
    annotation = {
        "speaker": speaker,
        "speaker_ar": speaker_ar,
        "speaker_kind": kind,
        "speaker_name": fields.get("name"),
        "speaker_description": fields.get("description"),
        "relayed_by": fields.get("relay"),
    }
    return Row(words, annotation, classes, unclosed)


def say(words, en, ar, classes, name=None, relay=None, unclosed=False):
    return _row(words, classes, unclosed, en, ar, "actor", name=name, relay=relay)


def anon(words, ar, classes, relay=None, unclosed=False):
    return _row(words, classes, unclosed, None, ar, "unnamed", description=ar, relay=relay)


def nobody(words, classes, unclosed=False):
    return _row(words, classes, unclosed)


REF = ROOT / "articles" / "reference"  # read only: the registry's spellings


def registry_names():
    """English name to Arabic name of every registered actor and medium, as the gold spells them."""
    names = {}
    for file_name, table in (("media.toml", "medium"), ("actors.toml", "actor")):
        rows = tomllib.loads((REF / file_name).read_text(encoding="utf-8"))[table]
        names.update((row["name_en"], row["name_ar"]) for row in rows)
    # the earlier gold splits name these two media so
    names.update(KCNA="وكالة الأنباء الكورية الشمالية الرسمية", TASS="وكالة تاس")
    return names


ARABIC = registry_names()

# Copy mixes marks: a span may open with any of these and close with any closing one
# (“…» and ”…” occur), so the check below is on positions, not on pairs.
OPEN = '"«“”‹'
CLOSE = '"»”›'
MARKS = set(OPEN + CLOSE)


# the key order of every split's gold_quotes.json
KEYS = ("start", "end", "text", "speaker", "speaker_ar", "kind", "speaker_kind")
KEYS += ("speaker_name", "speaker_description", "relayed_by")


def locate(name, text, words, cursor):
    """The offset of the quoted words: the first match after the cursor that a mark opens."""
    start = text.find(words, cursor)
    while start >= 0 and (start == 0 or text[start - 1] not in OPEN):  # a name in a byline
        start = text.find(words, start + 1)
    assert start > 0, (name, words)
    return start


def build_entry(name, text, row, cursor):
    start = locate(name, text, row.words, cursor)
    end = start + len(row.words)
    assert text[start:end] == row.words
    closing = "\n" if row.unclosed else CLOSE
    assert text[end] in closing, (name, row.words, text[end])
    fields = dict(row.fields, start=start, end=end, text=row.words)
    fields["kind"] = "statement" if len(row.words.split()) >= 4 else "term"
    if fields["speaker_kind"] == "actor":
        fields["speaker_name"] = fields["speaker_name"] or ARABIC.get(fields["speaker"])
        assert fields["speaker_name"] and fields["speaker_ar"], (name, row.words)
    elif fields["speaker_kind"] == "unnamed":
        assert fields["speaker_description"] and not fields["speaker"], (name, row.words)
    else:
        assert not any(row.fields.values()), (name, row.words)
    assert (fields["kind"] == "term") == (row.classes == []), (name, row.words)
    entry = {key: fields[key] for key in KEYS}
    if row.unclosed:
        entry["unclosed"] = True
    return entry


def check_marks(name, text, entries):
    """Every quote mark of the file opens or closes an annotated span or lies inside one."""
    covered = set()
    for e in entries:
        covered.add(e["start"] - 1)
        covered.update(range(e["start"], e["end"]))
        if not e.get("unclosed"):
            covered.add(e["end"])
    stray = [(i, text[i - 10 : i + 10]) for i, ch in enumerate(text) if ch in MARKS and i not in covered]
    assert not stray, (name, stray)


def build_text(name, paragraphs, rows):
    """The file text, its gold entries and the classes of its statements."""
    assert 1 <= len(paragraphs) <= 5, name
    text = "\n".join(paragraphs) + "\n"
    entries, statement_classes, cursor = [], [], 0
    for row in rows:
        entry = build_entry(name, text, row, cursor)
        entries.append(entry)
        cursor = entry["end"]
        if entry["kind"] == "statement":
            statement_classes.append({"start": entry["start"], "end": entry["end"], "classes": row.classes})
    check_marks(name, text, entries)
    return text, entries, statement_classes


def write_json(path, data):
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def check_written(out):
    """Offsets hold against the files as written, not only against the strings built here."""
    gold = json.loads((out / "gold_quotes.json").read_text(encoding="utf-8"))
    for name, entries in gold.items():
        on_disk = (out / name).read_text(encoding="utf-8")
        bad = [e["text"] for e in entries if on_disk[e["start"] : e["end"]] != e["text"]]
        assert not bad, (name, bad)
    return gold


def build(script: str) -> None:
    """Write the split a blind builder's directory names (``scripts/gold_holdout7/`` →
    ``corpus/gold/speakers/holdout7/``) from the ``TEXTS`` of its ``speakers_data.py``."""
    here = Path(script).resolve().parent
    sys.path.insert(0, str(here))
    from speakers_data import TEXTS

    write_split(ROOT / "corpus" / "gold" / "speakers" / here.name.removeprefix("gold_"), TEXTS)


def write_split(out: Path, texts: dict) -> None:
    """Write ``out`` (texts, gold_quotes.json, classes.json) from ``texts``: file name to
    (paragraphs, rows made by say(), anon() and nobody())."""
    out.mkdir(parents=True, exist_ok=True)
    gold, classes = {}, {}
    for name, (paragraphs, rows) in texts.items():
        text, gold[name], classes[name] = build_text(name, paragraphs, rows)
        (out / name).write_text(text, encoding="utf-8")
    write_json(out / "gold_quotes.json", gold)
    write_json(out / "classes.json", classes)
    summarise(check_written(out), classes)


def summarise(gold, classes) -> None:
    quotes = [q for entries in gold.values() for q in entries]
    statements = [q for q in quotes if q["kind"] == "statement"]
    labels = Counter(label for rows in classes.values() for row in rows for label in row["classes"])
    print(f"{len(gold)} texts, {len(statements)} statements, {len(quotes) - len(statements)} terms")
    print("statements by class:", dict(sorted(labels.items())))
    print("statements by speaker_kind:", dict(Counter(str(q["speaker_kind"]) for q in statements)))
    relayed = sum(bool(q["relayed_by"]) for q in statements)
    unclosed = sum(bool(q.get("unclosed")) for q in statements)
    print(f"relayed: {relayed}, unclosed: {unclosed}")
