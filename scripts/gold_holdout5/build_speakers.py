# ruff: noqa: E501
"""Build corpus/gold/speakers/holdout5/ (texts, gold_quotes.json, classes.json) from speakers_data.py.
Offsets are computed here (quote words found in order in the file text) and checked:
text == file_text[start:end].  Run: python3 scripts/gold_holdout5/build_speakers.py"""

import json
import re
import tomllib
from pathlib import Path

from speakers_data import TEXTS

HERE = Path(__file__).resolve().parent
OUT = HERE.parents[1] / "corpus" / "gold" / "speakers" / "holdout5"
REF = HERE.parents[1] / "articles" / "reference"  # read only
ARABIC = {}
for name, key in (("media.toml", "medium"), ("actors.toml", "actor")):
    for row in tomllib.loads((REF / name).read_text(encoding="utf-8"))[key]:
        ARABIC[row["name_en"]] = row["name_ar"]
# The existing gold splits name these media so; keep the same names.
ARABIC["KCNA"] = "وكالة الأنباء الكورية الشمالية الرسمية"
ARABIC["TASS"] = "وكالة تاس"

OPEN = '"«“”'
SPAN = re.compile(r'"([^"\n]*)"|«([^»\n]*)»|“([^”\n]*)”|”([^”\n]*)”')


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    gold, classes = {}, {}
    for name, (paragraphs, rows) in TEXTS.items():
        assert 1 <= len(paragraphs) <= 5, name
        text = "\n".join(paragraphs) + "\n"
        entries, file_classes, cursor = [], [], 0
        for row in rows:
            words, speaker, speaker_ar, kind, speaker_name, description, relayed_by, labels = row[:8]
            unclosed = len(row) > 8 and row[8] == "unclosed"
            start = text.find(words, cursor)
            assert start >= 0, (name, words)
            end = start + len(words)
            assert text[start:end] == words
            before = text[start - 1]
            assert before in OPEN, (name, words, before)
            if unclosed:
                assert text[end] == "\n", (name, words)
            else:
                assert text[end] in '"»”', (name, words, text[end])
            entry = {
                "start": start,
                "end": end,
                "text": words,
                "speaker": speaker,
                "speaker_ar": speaker_ar,
                "kind": "statement" if len(words.split()) >= 4 else "term",
                "speaker_kind": kind,
                "speaker_name": (speaker_name or ARABIC.get(speaker)) if kind == "actor" else None,
                "speaker_description": description if kind == "unnamed" else None,
                "relayed_by": relayed_by,
            }
            if unclosed:
                entry["unclosed"] = True
            assert (entry["kind"] == "term") == (labels == []), (name, words)
            if kind == "actor":
                assert entry["speaker_name"], (name, speaker)
                assert speaker, (name, words)
            if kind == "unnamed":
                assert description and speaker is None, (name, words)
            if kind is None:
                assert speaker is None and speaker_ar is None, (name, words)
            entries.append(entry)
            if entry["kind"] == "statement":
                file_classes.append({"start": start, "end": end, "classes": labels})
            cursor = end
        # every closed quoted span of the file is annotated, and nothing else
        found = [(m.start() + 1, m.end() - 1) for m in SPAN.finditer(text)]
        closed = [(e["start"], e["end"]) for e in entries if not e.get("unclosed")]
        assert found == closed, (name, found, closed)
        (OUT / name).write_text(text, encoding="utf-8")
        gold[name] = entries
        classes[name] = file_classes
    dump = {"ensure_ascii": False, "indent": 1}
    (OUT / "gold_quotes.json").write_text(json.dumps(gold, **dump) + "\n", encoding="utf-8")
    (OUT / "classes.json").write_text(json.dumps(classes, **dump) + "\n", encoding="utf-8")
    # re-read and check offsets against the files on disk
    gold = json.loads((OUT / "gold_quotes.json").read_text(encoding="utf-8"))
    for name, entries in gold.items():
        file_text = (OUT / name).read_text(encoding="utf-8")
        for e in entries:
            assert file_text[e["start"] : e["end"]] == e["text"], (name, e["text"])
    statements = [q for qs in gold.values() for q in qs if q["kind"] == "statement"]
    terms = [q for qs in gold.values() for q in qs if q["kind"] == "term"]
    by_class = {}
    for fc in classes.values():
        for c in fc:
            for label in c["classes"]:
                by_class[label] = by_class.get(label, 0) + 1
    kinds = {}
    for q in statements:
        kinds[str(q["speaker_kind"])] = kinds.get(str(q["speaker_kind"]), 0) + 1
    print(f"{len(gold)} texts, {len(statements)} statements, {len(terms)} terms")
    print("by class:", dict(sorted(by_class.items())))
    print(
        "statement speaker kinds:",
        kinds,
        "relayed:",
        sum(1 for q in statements if q["relayed_by"]),
        "unclosed:",
        sum(1 for q in statements if q.get("unclosed")),
    )


if __name__ == "__main__":
    main()
