"""Every unregistered speaker the extraction gives (a proposed name or an unnamed description),
with how often, and what the gold says of it (issue 11: a wrong name is worse than none).

.venv/bin/python bench/unregistered_names.py [--all]

Reads every readable speaker split (corpus/gold/speakers/*/ but the blind holdout31 and
holdout32, and holdout30, which another round reads), the seeds' gold, and the bench corpus
(every seed text, as bench/extraction.py reads it).  Each string is marked by the statements it
was given to: ``right`` (the gold's name, or a description where the gold names nobody), ``wrong``
(the gold names someone else, or nobody), ``none`` (no gold statement there: an extra quote, a
term) and ``unread`` (a seed text nobody annotated).  A string the gold never calls right is a
candidate for junk; the last lines count them.  Without ``--all`` only those are listed.
"""

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from articles import reference  # noqa: E402
from articles.extraction.actors import Gazetteer  # noqa: E402
from articles.extraction.evaluate import same_name, spans_match  # noqa: E402
from articles.extraction.pipeline import extract  # noqa: E402

SPLITS = ROOT / "corpus" / "gold" / "speakers"
SEEDS = ROOT / "corpus" / "seeds"
UNREADABLE = {"holdout30", "holdout31", "holdout32"}


def corpora() -> list[tuple[str, Path, dict]]:
    """(name, text folder, gold) of every split this script may read."""
    found = []
    for folder in sorted(SPLITS.iterdir()):
        gold = folder / "gold_quotes.json"
        if folder.name in UNREADABLE or not gold.is_file():
            continue
        found.append((folder.name, folder, json.loads(gold.read_text(encoding="utf-8"))))
    seeds_gold = json.loads((SEEDS / "gold_quotes.json").read_text(encoding="utf-8"))
    unread = {path.name: None for path in sorted(SEEDS.glob("0*.txt")) if path.name not in seeds_gold}
    found.append(("seeds", SEEDS, seeds_gold))
    found.append(("bench", SEEDS, unread))  # the bench's texts the seeds' gold leaves out
    return found


def unregistered(quote) -> tuple[str, str] | None:
    """(kind, string) of a quote's unregistered speaker, or None: the kind of a proposed actor
    (``person``, ``organisation`` …) or ``description``."""
    if quote.speaker is not None or quote.kind != "statement":
        return None
    if quote.proposed is not None:
        return quote.proposed.kind, quote.proposed.name_ar
    if quote.speaker_description:
        return "description", quote.speaker_description
    return None


def verdict(quote, gold: list | None, kind: str, string: str) -> str:
    if gold is None:
        return "unread"
    statement = next((q for q in gold if q["kind"] == "statement" and spans_match(q, quote)), None)
    if statement is None:
        return "none"
    if kind == "description":
        return (
            "right"
            if statement.get("speaker") is None and statement.get("speaker_kind") != "nobody"
            else "wrong"
        )
    return "right" if same_name(string, statement.get("speaker_name")) else "wrong"


def main(show_all: bool) -> None:
    gazetteer = Gazetteer(reference.actors())
    counts: dict[tuple[str, str], Counter] = defaultdict(Counter)
    places: dict[tuple[str, str], list[str]] = defaultdict(list)
    for split, folder, gold in corpora():
        for name, quotes in gold.items():
            text = (folder / name).read_text(encoding="utf-8")
            for quote in extract(text, gazetteer).quotes:
                found = unregistered(quote)
                if found is None:
                    continue
                counts[found][verdict(quote, quotes, *found)] += 1
                places[found].append(f"{split}/{name}")
    junk = 0
    for (kind, string), marks in sorted(
        counts.items(), key=lambda item: (item[0][0], -item[1].total(), item[0][1])
    ):
        never_right = not marks["right"]
        junk += never_right
        if show_all or never_right:
            figures = " ".join(
                f"{mark}={marks[mark]}" for mark in ("right", "wrong", "none", "unread") if marks[mark]
            )
            print(f"{kind:<12} {string!r:<45} {figures:<24} {places[(kind, string)][0]}")
    by_mark = Counter()
    for marks in counts.values():
        by_mark.update(marks)
    given = dict(sorted(by_mark.items()))
    print(f"{len(counts)} strings ({junk} never right), given {by_mark.total()} times: {given}")


if __name__ == "__main__":
    main("--all" in sys.argv[1:])
