# ruff: noqa: E501
"""Build corpus/gold/speakers/holdout3/ (texts, gold_quotes.json, classes.json) from the annotated
paragraphs in speakers_data.py.  Each quote is given by its words; offsets are computed here and
checked (text == file_text[start:end]), so the gold never drifts from the text.
Run: python3 scripts/gold_holdout3/build_speakers.py"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_builder import ROOT, arabic_names, gold_quote, quote_classes, write_speakers_split  # noqa: E402
from speakers_data import TEXTS  # noqa: E402

OUT = ROOT / "corpus" / "gold" / "speakers" / "holdout3"
OPENING = '"«“”'


def main() -> None:
    arabic = arabic_names()
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
            words, annotation, flags = quote[0], quote[1:8], quote[8:]
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
            speaker_ar = annotation[1]
            if speaker_ar is not None:
                assert speaker_ar in file_text, (name, speaker_ar)
            entry = gold_quote(name, start, words, annotation, arabic, unclosed=unclosed)
            entries.append(entry)
            if entry["kind"] == "statement":
                file_classes.append(quote_classes(entry, annotation[-1]))
            cursor = end
        gold[name] = entries
        classes[name] = file_classes
    write_speakers_split(OUT, gold, classes, final_newline=False)


if __name__ == "__main__":
    main()
