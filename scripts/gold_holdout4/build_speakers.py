"""Build corpus/gold/speakers/holdout4/ (texts, gold_quotes.json, classes.json) from speakers_data.py.
Quoted spans are marked [[...]] in the paragraphs ([[!...]] = unclosed, runs to paragraph end);
offsets are computed here and checked against the written file."""

import json
import re
import tomllib
from pathlib import Path

from speakers_data import TEXTS

HERE = Path(__file__).resolve().parent
OUT = HERE.parents[1] / "corpus" / "gold" / "speakers" / "holdout4"
REF = HERE.parents[1] / "articles" / "reference"
ARABIC = {}
for a in tomllib.loads((REF / "actors.toml").read_text(encoding="utf-8"))["actor"]:
    ARABIC[a["name_en"]] = a["name_ar"]
for m in tomllib.loads((REF / "media.toml").read_text(encoding="utf-8"))["medium"]:
    actor = m.get("actor", {})
    for key in {actor.get("name_en", m["name_en"]), m["name_en"]}:
        ARABIC.setdefault(key, actor.get("name_ar") or m["name_ar"])
MARK = re.compile(r"\[\[(!?)(.*?)\]\]")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    gold, classes = {}, {}
    for name, (paragraphs, notes) in TEXTS.items():
        lines, spans, offset = [], [], 0
        for para in paragraphs:
            plain, pos = "", 0
            for m in MARK.finditer(para):
                plain += para[pos : m.start()]
                spans.append((offset + len(plain), m.group(2), bool(m.group(1))))
                plain += m.group(2)
                pos = m.end()
            plain += para[pos:]
            assert "[[" not in plain and "]]" not in plain, (name, plain)
            lines.append(plain)
            offset += len(plain) + 1
        text = "\n".join(lines)
        assert len(spans) == len(notes), (name, len(spans), len(notes))
        (OUT / name).write_text(text + "\n", encoding="utf-8")
        file_text = (OUT / name).read_text(encoding="utf-8")
        entries, file_classes = [], []
        for (start, words, unclosed), note in zip(spans, notes, strict=True):
            speaker, speaker_ar, kind, sname, desc, relay, labels = note
            end = start + len(words)
            assert file_text[start:end] == words, (name, words)
            if unclosed:
                assert file_text[end] == "\n", (name, words)
            entry = {
                "start": start,
                "end": end,
                "text": words,
                "speaker": speaker,
                "speaker_ar": speaker_ar,
                "kind": "statement" if len(words.split()) >= 4 else "term",
                "speaker_kind": kind,
                "speaker_name": (sname or ARABIC.get(speaker)) if kind == "actor" else None,
                "speaker_description": desc if kind == "unnamed" else None,
                "relayed_by": relay,
            }
            if unclosed:
                entry["unclosed"] = True
            if kind == "actor" and not entry["speaker_name"]:
                raise SystemExit(f"{name}: no Arabic name for {speaker}")
            if entry["kind"] == "statement":
                assert labels, (name, words)
                file_classes.append({"start": start, "end": end, "classes": labels})
            entries.append(entry)
        gold[name] = entries
        classes[name] = file_classes
    dump = {"ensure_ascii": False, "indent": 1}
    (OUT / "gold_quotes.json").write_text(json.dumps(gold, **dump) + "\n", encoding="utf-8")
    (OUT / "classes.json").write_text(json.dumps(classes, **dump) + "\n", encoding="utf-8")
    st = sum(1 for qs in gold.values() for q in qs if q["kind"] == "statement")
    te = sum(1 for qs in gold.values() for q in qs if q["kind"] == "term")
    print(f"{len(gold)} texts, {st} statements, {te} terms")


if __name__ == "__main__":
    main()
