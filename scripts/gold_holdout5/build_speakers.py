# ruff: noqa: E501
"""Build corpus/gold/speakers/holdout5/ (texts, gold_quotes.json, classes.json) from speakers_data.py.
Offsets are computed here (quote words found in order in the file text) and checked:
text == file_text[start:end].  Run: python3 scripts/gold_holdout5/build_speakers.py"""

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_builder import ROOT, arabic_names, gold_quote, quote_classes, write_speakers_split  # noqa: E402
from speakers_data import TEXTS  # noqa: E402

OUT = ROOT / "corpus" / "gold" / "speakers" / "holdout5"
ARABIC = arabic_names()
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
            words, annotation = row[0], row[1:8]
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
            entry = gold_quote(name, start, words, annotation, ARABIC, unclosed=unclosed)
            entries.append(entry)
            if entry["kind"] == "statement":
                file_classes.append(quote_classes(entry, annotation[-1]))
            cursor = end
        # every closed quoted span of the file is annotated, and nothing else
        found = [(m.start() + 1, m.end() - 1) for m in SPAN.finditer(text)]
        closed = [(e["start"], e["end"]) for e in entries if not e.get("unclosed")]
        assert found == closed, (name, found, closed)
        (OUT / name).write_text(text, encoding="utf-8")
        gold[name] = entries
        classes[name] = file_classes
    write_speakers_split(OUT, gold, classes)
    statements = [q for qs in gold.values() for q in qs if q["kind"] == "statement"]
    by_class = {}
    for fc in classes.values():
        for c in fc:
            for label in c["classes"]:
                by_class[label] = by_class.get(label, 0) + 1
    kinds = {}
    for q in statements:
        kinds[str(q["speaker_kind"])] = kinds.get(str(q["speaker_kind"]), 0) + 1
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
