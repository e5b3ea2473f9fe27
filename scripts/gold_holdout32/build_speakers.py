"""Build corpus/gold/speakers/holdout32/ (texts, gold_quotes.json, classes.json) from
speakers_data.py, with the builder every blind split shares (scripts/gold_blind_speakers.py).
Run: python3 scripts/gold_holdout32/build_speakers.py"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_blind_speakers import build  # noqa: E402

if __name__ == "__main__":
    build(__file__)
