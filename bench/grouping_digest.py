"""One SHA-256 over the statement groups an import of the corpus makes, whatever the ids.

DATABASE_URL=$(.venv/bin/python scripts/devdb.py) .venv/bin/python bench/grouping_digest.py

The corpus is bench/grouping.py's (the seeds, the speaker gold texts and the import gold
pages), imported into an empty archive inside a transaction that is rolled back.  A quote is
named by its article's place in the import order and its offsets; the hash covers which
quotes share a group, each group's speaker and each statement's wording, so a speed change to
grouping must leave it as it was.  Run the script from a copy in the old tree to compare.
"""

import hashlib
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "summit_archive.settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.db import transaction  # noqa: E402

from articles import extraction_service  # noqa: E402
from articles.importing import import_item  # noqa: E402
from articles.ingest import load_manifest  # noqa: E402
from articles.models import Article, Quote  # noqa: E402

CORPUS = ROOT / "corpus"


class Rollback(Exception):
    pass


def inputs() -> list[Path]:
    files = sorted((CORPUS / "seeds").glob("0*.txt"))
    files += sorted((CORPUS / "gold" / "speakers").glob("*/*.txt"))
    files += sorted((CORPUS / "gold" / "import").glob("*/pages.jsonl"))
    return files


def grouping() -> dict:
    """The groups as quotes named without ids: (article's rank, start, end)."""
    rank = {pk: n for n, pk in enumerate(Article.objects.order_by("pk").values_list("pk", flat=True))}
    groups: dict[int, list] = {}
    speakers: dict[int, str | None] = {}
    wordings = []
    rows = Quote.objects.statements().values_list(
        "article_id", "start", "end", "wording", "statement_group_id", "statement_group__speaker__slug"
    )
    for article, start, end, wording, group, speaker in rows:
        name = (rank[article], start, end)
        wordings.append((name, list(wording or ())))
        if group is not None:
            groups.setdefault(group, []).append(name)
            speakers[group] = speaker
    placed = sorted((sorted(members), speakers[group]) for group, members in groups.items())
    return {"groups": placed, "wordings": sorted(wordings)}


def main() -> None:
    manifest_path = CORPUS / "seeds" / "manifest.json"
    manifest = load_manifest(manifest_path) if manifest_path.exists() else None
    extraction_service.forget_gazetteer()
    try:
        with transaction.atomic():
            Article.objects.all().delete()
            for path in inputs():
                for _ in import_item(
                    path, status="published", manifest=manifest, max_bytes=settings.IMPORT_MAX_BYTES
                ):
                    pass
            found = grouping()
            raise Rollback
    except Rollback:
        pass
    text = json.dumps(found, ensure_ascii=False, sort_keys=True)
    grouped = sum(len(members) for members, _ in found["groups"])
    print(
        f"{hashlib.sha256(text.encode('utf-8')).hexdigest()} {len(found['groups'])} groups, "
        f"{grouped} of {len(found['wordings'])} statements grouped"
    )


if __name__ == "__main__":
    main()
