"""One SHA-256 over every field of every extraction of the seeds and the gold texts.

.venv/bin/python bench/extraction_digest.py [--perturbed N]

A speed change must leave this hash as it was: it covers each result object recursively
(quotes with offsets, speakers and all their fields, mentions, proposed actors), in a stable
order, so any output that moves, however slightly, changes the hash.

``--perturbed N`` hashes instead N variants of every text with marks inserted at seeded random
places (underscores, shadda, colons, line breaks, quotation marks, tatweel, times): the corner
cases a fast path may treat otherwise. Run the script from a copy in the old tree to compare.
"""

import dataclasses
import hashlib
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from articles import reference  # noqa: E402
from articles.extraction.actors import Gazetteer  # noqa: E402
from articles.extraction.pipeline import extract  # noqa: E402


def plain(value):
    """A JSON-ready form of ``value``: dataclasses by field name, in declaration order."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = {field.name: plain(getattr(value, field.name)) for field in dataclasses.fields(value)}
        return {"__class__": type(value).__name__, **fields}
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    if isinstance(value, (set, frozenset)):
        return sorted((plain(item) for item in value), key=repr)
    if isinstance(value, dict):
        return [[plain(key), plain(item)] for key, item in sorted(value.items(), key=repr)]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    raise TypeError(f"cannot serialise {type(value).__name__}: {value!r}")


def texts() -> list[Path]:
    seeds = sorted((ROOT / "corpus" / "seeds").glob("0*.txt"))
    gold = sorted((ROOT / "corpus" / "gold" / "speakers").glob("*/*.txt"))
    return seeds + gold


# What a perturbed variant gets inserted: marks the tokeniser, the sentence splitter, the quote
# scanner and the cue reader each treat specially.
_INSERTS = (
    *("_", "ّ", ":", " : ", "\n", "\r\n", "، ", ". "),
    *("«", "»", '"', "“", "”", " - ", "ـ", "15:40 ", "وبيّن "),
)


def perturbed(text: str, rng: random.Random) -> str:
    chars = list(text)
    for _ in range(rng.randint(1, 12)):
        position = rng.randrange(len(chars) + 1)
        chars[position:position] = rng.choice(_INSERTS)
    return "".join(chars)


def perturbed_digest(variants: int) -> None:
    gazetteer = Gazetteer(reference.actors())
    rng = random.Random(11)
    digest = hashlib.sha256()
    count = 0
    for path in texts():
        text = path.read_text(encoding="utf-8")
        for _ in range(variants):
            extraction = extract(perturbed(text, rng), gazetteer)
            digest.update(json.dumps(plain(extraction), ensure_ascii=False, sort_keys=True).encode("utf-8"))
            count += 1
    print(f"{digest.hexdigest()} {count} perturbed texts")


def main() -> None:
    gazetteer = Gazetteer(reference.actors())  # the whole registry, as bench/extraction.py has it
    digest = hashlib.sha256()
    paths = texts()
    quotes = 0
    records = []
    for path in paths:
        extraction = extract(path.read_text(encoding="utf-8"), gazetteer)
        quotes += len(extraction.quotes)
        record = {"path": str(path.relative_to(ROOT)), "extraction": plain(extraction)}
        records.append(json.dumps(record, ensure_ascii=False, sort_keys=True))
        digest.update(records[-1].encode("utf-8"))
        digest.update(b"\n")
    # Again with every cache warm: a cache that leaks one text's state into another shows here.
    for path, first in zip(paths, records, strict=True):
        extraction = extract(path.read_text(encoding="utf-8"), gazetteer)
        record = {"path": str(path.relative_to(ROOT)), "extraction": plain(extraction)}
        if json.dumps(record, ensure_ascii=False, sort_keys=True) != first:
            raise SystemExit(f"{path}: a second extraction differs from the first")
    print(f"{digest.hexdigest()} {len(paths)} texts, {quotes} quotes")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--perturbed":
        perturbed_digest(int(sys.argv[2]))
    else:
        main()
