"""How large the statement groups an import of the corpus makes are, and whom they mix.

DATABASE_URL=$(.venv/bin/python scripts/devdb.py) nice -n 10 .venv/bin/python \
    bench/grouping_sizes.py [--dump F.json]

The corpus and the rolled-back import are bench/grouping_digest.py's (its hash is printed
too).  A statement is carried by at most a few dozen articles of this corpus, so a group far
larger than that chains different statements.  Prints the number of groups, the ten largest
with their speaker and three sample wordings each, and how many groups hold quotes whose
own speakers differ.  --dump writes every statement (article's rank, day, start, speaker,
text, group) to a JSON file, to replay and read the chains without importing again.
"""

import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import grouping_digest  # noqa: E402  (sets Django up)
from django.conf import settings  # noqa: E402
from django.db import transaction  # noqa: E402

from articles import extraction_service  # noqa: E402
from articles.importing import import_item  # noqa: E402
from articles.ingest import load_manifest  # noqa: E402
from articles.models import Article, Quote, StatementGroup  # noqa: E402


def statements() -> list[tuple]:
    """Every statement in import order: (article's rank, day, start, speaker, text, group)."""
    rank = {pk: n for n, pk in enumerate(Article.objects.order_by("pk").values_list("pk", flat=True))}
    rows = Quote.objects.statements().values_list(
        "article_id", "article__published_on", "start", "speaker__slug", "text", "statement_group_id"
    )
    return sorted((rank[a], day and day.isoformat(), start, *rest) for a, day, start, *rest in rows)


def members(rows: list[tuple], speakers: dict[int, str | None]) -> dict[int, dict]:
    """Each group's speaker and its quotes: (article's rank, quote's speaker, text)."""
    groups: dict[int, dict] = {}
    for article, _, _, quote_speaker, text, group in rows:
        if group is not None:
            entry = groups.setdefault(group, {"speaker": speakers[group], "quotes": []})
            entry["quotes"].append((article, quote_speaker, text))
    return groups


def report(groups: dict[int, dict]) -> None:
    sizes = sorted(groups.values(), key=lambda g: -len(g["quotes"]))
    mixed = [g for g in sizes if len({q[1] for q in g["quotes"]}) > 1]
    print(f"{len(groups)} groups; sizes {Counter(len(g['quotes']) for g in sizes).most_common(8)}")
    print(f"{len(mixed)} groups hold quotes of more than one speaker (None counts as one)")
    for entry in sizes[:10]:
        quotes = entry["quotes"]
        speakers = Counter(q[1] for q in quotes).most_common(4)
        articles = len({q[0] for q in quotes})
        print(f"\n{len(quotes)} quotes in {articles} articles, speaker {entry['speaker']}", end="")
        print(f"; the quotes' own speakers {speakers}")
        for _, _, text in quotes[:: max(1, len(quotes) // 3)][:3]:
            print(f"  «{text[:110]}»")


def main() -> None:
    dump = sys.argv[sys.argv.index("--dump") + 1] if "--dump" in sys.argv else None
    manifest_path = grouping_digest.CORPUS / "seeds" / "manifest.json"
    manifest = load_manifest(manifest_path) if manifest_path.exists() else None
    extraction_service.forget_gazetteer()
    try:
        with transaction.atomic():
            Article.objects.all().delete()
            for path in grouping_digest.inputs():
                for _ in import_item(
                    path, status="published", manifest=manifest, max_bytes=settings.IMPORT_MAX_BYTES
                ):
                    pass
            found = grouping_digest.grouping()
            rows = statements()
            speakers = dict(StatementGroup.objects.values_list("pk", "speaker__slug"))
            raise grouping_digest.Rollback
    except grouping_digest.Rollback:
        pass
    text = json.dumps(found, ensure_ascii=False, sort_keys=True)
    print(f"digest {hashlib.sha256(text.encode('utf-8')).hexdigest()}")
    report(members(rows, speakers))
    if dump:
        Path(dump).write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
