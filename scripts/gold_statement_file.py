"""What every blind statement-group builder (scripts/gold_holdout*/build_statements.py) shares:
the rendering record, the checks of corpus/gold/statements/README.md and the writing of the file.
Pure Python, no Django: the builders run with a bare `python3`."""

import json
import tomllib
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT / "articles" / "reference"


def r(outlet, day, text, speaker_as_written):
    return {"outlet": outlet, "date": day, "text": text, "speaker_as_written": speaker_as_written}


def registry_names() -> set[str]:
    """Every English name in the actor and media registries: speakers and outlets must be one."""
    names = set()

    def walk(node):
        if isinstance(node, dict):
            names.update([node["name_en"]] if "name_en" in node else [])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for file in ("actors.toml", "media.toml"):
        walk(tomllib.loads((REFERENCE / file).read_text(encoding="utf-8")))
    return names


def check(statements: list, near_misses: list, prefix: str, names: set[str] | None = None) -> None:
    """The README's conventions: ids `<prefix>NN` and `<prefix>nNN`, 2-5 renderings from different
    outlets 0-2 days after said_on, no quote marks in a text, a near miss by the same speaker on the
    same day as its close_to; with `names`, speakers and outlets spelled as in the registries."""
    ids = set()
    for s in statements:
        assert s["id"] not in ids and s["id"].startswith(prefix), s["id"]
        ids.add(s["id"])
        assert 2 <= len(s["renderings"]) <= 5, s["id"]
        outlets = [x["outlet"] for x in s["renderings"]]
        assert len(set(outlets)) == len(outlets), s["id"]
        assert names is None or s["speaker"] in names and set(outlets) <= names, s["id"]
        said = date.fromisoformat(s["said_on"])
        for x in s["renderings"]:
            assert 0 <= (date.fromisoformat(x["date"]) - said).days <= 2, (s["id"], x)
            assert not any(m in x["text"] for m in '"«»“”'), x
    by_id = {s["id"]: s for s in statements}
    for n in near_misses:
        assert n["id"] not in ids and n["id"].startswith(prefix + "n"), n["id"]
        ids.add(n["id"])
        close = by_id[n["close_to"]]
        assert close["speaker"] == n["speaker"] and close["said_on"] == n["date"], n["id"]


def write(name: str, statements: list, near_misses: list) -> None:
    """Write corpus/gold/statements/<name>, read it back and print its counts."""
    out = ROOT / "corpus" / "gold" / "statements" / name
    out.parent.mkdir(parents=True, exist_ok=True)
    data = {"statements": statements, "near_misses": near_misses}
    out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    json.loads(out.read_text(encoding="utf-8"))
    renderings = sum(len(s["renderings"]) for s in statements)
    print(f"{len(statements)} statements, {renderings} renderings, {len(near_misses)} near misses")
