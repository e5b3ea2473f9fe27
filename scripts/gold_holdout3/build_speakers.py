# ruff: noqa: E501
"""Build corpus/gold/speakers/holdout3/ (texts, gold_quotes.json, classes.json) from the annotated
paragraphs in speakers_data.py.  Each quote is given by its words; offsets are computed here and
checked (text == file_text[start:end]), so the gold never drifts from the text.
Run: python3 scripts/gold_holdout3/build_speakers.py"""

import json
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parents[1] / "corpus" / "gold" / "speakers" / "holdout3"
REFERENCE = HERE.parents[1] / "articles" / "reference"
OPENING = '"«“”'

from speakers_data import TEXTS  # noqa: E402


def registry() -> dict[str, str]:
    """English name -> Arabic name, for actors and for media that are actors."""
    names = {}
    actors = tomllib.loads((REFERENCE / "actors.toml").read_text(encoding="utf-8"))
    for actor in actors["actor"]:
        names[actor["name_en"]] = actor["name_ar"]
    media = tomllib.loads((REFERENCE / "media.toml").read_text(encoding="utf-8"))
    for medium in media["medium"]:
        actor = medium.get("actor")
        if actor is not None:
            names[actor.get("name_en", medium["name_en"])] = actor.get("name_ar", medium["name_ar"])
    return names


def main() -> None:
    arabic = registry()
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.txt"):
        old.unlink()
    gold, classes = {}, {}
    for name, (paragraphs, quotes) in TEXTS.items():
        assert 1 <= len(paragraphs) <= 5, name
        assert all("\n" not in p and p == p.strip() for p in paragraphs), name
        text = "\n".join(paragraphs)
        (OUT / name).write_text(text, encoding="utf-8")  # no final newline, as in holdout/
        file_text = (OUT / name).read_text(encoding="utf-8")
        entries, file_classes, cursor = [], [], 0
        for quote in quotes:
            words, speaker, speaker_ar, kind, speaker_name, description, relayed_by, labels, *flags = quote
            # The first occurrence after the previous quote that opens with a quote mark
            # (a term such as عمان also occurs inside العمانية).
            start = file_text.find(words, cursor)
            while start > 0 and file_text[start - 1] not in OPENING:
                start = file_text.find(words, start + 1)
            assert start > 0, (name, words)
            end = start + len(words)
            assert file_text[start:end] == words
            unclosed = "unclosed" in flags
            line_end = file_text.find("\n", start)
            line_end = len(file_text) if line_end < 0 else line_end
            if unclosed:
                assert end == line_end, (name, words, "unclosed span must run to the paragraph end")
            else:
                assert file_text[start - 1] in OPENING and file_text[end] in '"»”“', (
                    name,
                    words,
                    file_text[start - 1 : end + 1],
                )
            if speaker_ar is not None:
                assert speaker_ar in file_text, (name, speaker_ar)
            entry = {
                "start": start,
                "end": end,
                "text": words,
                "speaker": speaker,
                "speaker_ar": speaker_ar,
                "kind": "statement" if len(words.split()) >= 4 else "term",
                "speaker_kind": kind,
                "speaker_name": (speaker_name or arabic.get(speaker)) if kind == "actor" else None,
                "speaker_description": description if kind == "unnamed" else None,
                "relayed_by": relayed_by,
            }
            if unclosed:
                entry["unclosed"] = True
            if entry["kind"] == "term":
                assert labels == [], (name, words, "terms carry no classes")
            else:
                assert labels, (name, words, "a statement needs classes")
            if kind == "actor":
                assert speaker and entry["speaker_name"], (name, words, "actor without names")
            if kind == "unnamed":
                assert speaker is None and description, (name, words)
            if kind is None:
                assert speaker is None and speaker_ar is None, (name, words)
            entries.append(entry)
            if entry["kind"] == "statement":
                file_classes.append({"start": start, "end": end, "classes": labels})
            cursor = end
        gold[name] = entries
        classes[name] = file_classes
    dump = {"ensure_ascii": False, "indent": 1}
    (OUT / "gold_quotes.json").write_text(json.dumps(gold, **dump), encoding="utf-8")
    (OUT / "classes.json").write_text(json.dumps(classes, **dump), encoding="utf-8")
    statements = sum(1 for qs in gold.values() for q in qs if q["kind"] == "statement")
    terms = sum(1 for qs in gold.values() for q in qs if q["kind"] == "term")
    print(f"{len(gold)} texts, {statements} statements, {terms} terms")


if __name__ == "__main__":
    main()
