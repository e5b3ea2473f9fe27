"""Build corpus/gold/speakers/holdout4/ (texts, gold_quotes.json, classes.json) from speakers_data.py.
Quoted spans are marked [[...]] in the paragraphs ([[!...]] = unclosed, runs to paragraph end);
offsets are computed here and checked against the written file."""

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_builder import ROOT, arabic_names, gold_quote, quote_classes, write_speakers_split  # noqa: E402
from speakers_data import TEXTS  # noqa: E402

OUT = ROOT / "corpus" / "gold" / "speakers" / "holdout4"
MARK = re.compile(r"\[\[(!?)(.*?)\]\]")


def main():
    arabic = arabic_names()
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
            end = start + len(words)
            assert file_text[start:end] == words, (name, words)
            if unclosed:
                assert file_text[end] == "\n", (name, words)
            entry = gold_quote(name, start, words, note, arabic, unclosed=unclosed, classes_on_terms=True)
            if entry["kind"] == "statement":
                file_classes.append(quote_classes(entry, note[-1]))
            entries.append(entry)
        gold[name] = entries
        classes[name] = file_classes
    write_speakers_split(OUT, gold, classes)


if __name__ == "__main__":
    main()
