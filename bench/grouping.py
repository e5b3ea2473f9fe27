"""What statement grouping adds to an import: the same articles imported without and with it.

DATABASE_URL=$(.venv/bin/python scripts/devdb.py) .venv/bin/python bench/grouping.py [rounds]

The set is every article of the corpus: the seeds, the speaker gold texts and the import
gold pages (both halves), imported through `import_item` as `import_articles` would, into
an empty archive inside a transaction that is rolled back.  Rounds alternate without and
with grouping ("without" skips computing each statement's wording and placing it in a
group); each prints the CPU and wall time, and the medians are compared at the end.  The
"with" rounds also time grouping's own calls (wording and placing), which the shared
machine's noise in whole imports can hide.
"""

import os
import statistics
import sys
import time
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "summit_archive.settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.db import transaction  # noqa: E402

from articles import statement_groups  # noqa: E402
from articles.importing import import_item  # noqa: E402
from articles.ingest import Manifest, load_manifest  # noqa: E402
from articles.models import Article, Quote, StatementGroup  # noqa: E402

CORPUS = ROOT / "corpus"


class Rollback(Exception):
    pass


class Timed:
    """Wraps a function and adds up the wall time spent in it."""

    def __init__(self, function):
        self.function, self.seconds = function, 0.0

    def __call__(self, *args, **kwargs):
        started = time.perf_counter()
        try:
            return self.function(*args, **kwargs)
        finally:
            self.seconds += time.perf_counter() - started


def inputs() -> list[Path]:
    files = sorted((CORPUS / "seeds").glob("0*.txt"))
    files += sorted((CORPUS / "gold" / "speakers").glob("*/*.txt"))
    files += sorted((CORPUS / "gold" / "import").glob("*/pages.jsonl"))
    return files


def import_once(files: list[Path], manifest: Manifest | None) -> tuple[float, float, int, int]:
    counts = (0, 0)
    started, cpu = time.perf_counter(), time.process_time()
    try:
        with transaction.atomic():
            Article.objects.all().delete()
            for path in files:
                for _ in import_item(
                    path, status="published", manifest=manifest, max_bytes=settings.IMPORT_MAX_BYTES
                ):
                    pass
            counts = (Article.objects.count(), StatementGroup.objects.count())
            elapsed = time.perf_counter() - started, time.process_time() - cpu
            raise Rollback
    except Rollback:
        pass
    return (*elapsed, *counts)


def main(rounds: int) -> None:
    files = inputs()
    manifest_path = CORPUS / "seeds" / "manifest.json"
    manifest = load_manifest(manifest_path) if manifest_path.exists() else None
    import_once(files, manifest)  # warm: the gazetteer, caches, the database's buffers
    times: dict[str, list[tuple[float, float]]] = {"without": [], "with": []}
    shares: list[float] = []
    for number in range(rounds):
        for mode in ("without", "with"):
            if mode == "without":
                with (
                    mock.patch.object(statement_groups, "group_article", lambda *a, **k: None),
                    mock.patch.object(statement_groups, "units", lambda *args: []),
                ):
                    wall, cpu, articles, groups = import_once(files, manifest)
                own = ""
            else:
                placing, wording = Timed(statement_groups.group_article), Timed(statement_groups.units)
                with (
                    mock.patch.object(statement_groups, "group_article", placing),
                    mock.patch.object(statement_groups, "units", wording),
                ):
                    wall, cpu, articles, groups = import_once(files, manifest)
                spent = placing.seconds + wording.seconds
                shares.append(spent / wall)
                own = f", grouping's own calls {spent:.2f} s ({spent / wall * 100:.0f}% of the import)"
            times[mode].append((wall, cpu))
            print(f"round {number + 1} {mode:>7}: {articles} articles, {groups} groups, ", end="")
            print(f"{wall:.2f} s wall, {cpu:.2f} s CPU{own}")
    wall = {mode: statistics.median(t[0] for t in values) for mode, values in times.items()}
    cpu = {mode: statistics.median(t[1] for t in values) for mode, values in times.items()}
    added_wall = (wall["with"] / wall["without"] - 1) * 100
    added_cpu = (cpu["with"] / cpu["without"] - 1) * 100
    print(
        f"median without grouping {wall['without']:.2f} s wall / {cpu['without']:.2f} s CPU, "
        f"with {wall['with']:.2f} s / {cpu['with']:.2f} s: grouping adds "
        f"{added_wall:.0f}% wall, {added_cpu:.0f}% CPU"
    )
    print(f"grouping's own calls: median {statistics.median(shares) * 100:.0f}% of an import's wall time")
    print(f"{Quote.objects.count()} quotes in the archive after the rollback (unchanged)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
