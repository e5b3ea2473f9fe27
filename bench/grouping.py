"""What statement grouping adds to an import: the same articles imported without and with it.

DATABASE_URL=$(.venv/bin/python scripts/devdb.py) .venv/bin/python bench/grouping.py [rounds]

The set is every article of the corpus: the seeds, the speaker gold texts and the import
gold pages (both halves), imported through `import_item` as `import_articles` would, into
an empty archive inside a transaction that is rolled back.  Rounds alternate without and
with grouping ("without" skips computing each statement's wording and placing it in a
group); each prints the wall time and the CPU time of both processes at work, this one and
the PostgreSQL server process serving its connection (read from /proc: the embedded server
runs on this machine), and the medians are compared at the end.  CPU time is the figure to
read on a shared machine: wall time moves with the other users' load.  The "with" rounds
also time grouping's own calls (wording and placing).
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
from django.db import connection, transaction  # noqa: E402

from articles import extraction_service, statement_groups  # noqa: E402
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


def server_cpu() -> float:
    """CPU seconds the PostgreSQL process serving this connection has used (0 when it runs
    elsewhere)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        pid = cursor.fetchone()[0]
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def import_once(files: list[Path], manifest: Manifest | None) -> tuple[float, float, float, int, int]:
    """Wall time, this process's CPU time and the server's, articles and groups stored."""
    counts = (0, 0)
    # The registry as stored: a gazetteer kept from a rolled-back round would still know the
    # speakers it proposed (and not propose them again), which made rounds unequal.
    extraction_service.forget_gazetteer()
    started, cpu, server = time.perf_counter(), time.process_time(), server_cpu()
    try:
        with transaction.atomic():
            Article.objects.all().delete()
            for path in files:
                for _ in import_item(
                    path, status="published", manifest=manifest, max_bytes=settings.IMPORT_MAX_BYTES
                ):
                    pass
            counts = (Article.objects.count(), StatementGroup.objects.count())
            elapsed = time.perf_counter() - started, time.process_time() - cpu, server_cpu() - server
            raise Rollback
    except Rollback:
        pass
    return (*elapsed, *counts)


def main(rounds: int) -> None:
    files = inputs()
    manifest_path = CORPUS / "seeds" / "manifest.json"
    manifest = load_manifest(manifest_path) if manifest_path.exists() else None
    import_once(files, manifest)  # warm: the gazetteer, caches, the database's buffers
    times: dict[str, list[tuple[float, float, float]]] = {"without": [], "with": []}
    own: list[float] = []
    for number in range(rounds):
        for mode in ("without", "with"):
            placing, wording = Timed(statement_groups.group_article), Timed(statement_groups.units)
            if mode == "without":
                placing, wording = Timed(lambda *a, **k: None), Timed(lambda *a: [])
            with (
                mock.patch.object(statement_groups, "group_article", placing),
                mock.patch.object(statement_groups, "units", wording),
            ):
                wall, cpu, server, articles, groups = import_once(files, manifest)
            times[mode].append((wall, cpu, server))
            print(f"round {number + 1} {mode:>7}: {articles} articles, {groups} groups, ", end="")
            print(f"{wall:.2f} s wall, CPU {cpu:.2f} s Python + {server:.2f} s PostgreSQL", end="")
            if mode == "with":
                own.append(placing.seconds + wording.seconds)
                print(f", grouping's own calls {own[-1]:.2f} s wall", end="")
            print()
    median = {
        mode: [statistics.median(t[i] for t in values) for i in range(3)] for mode, values in times.items()
    }
    (wall0, cpu0, server0), (wall1, cpu1, server1) = median["without"], median["with"]
    print(
        f"medians of {rounds}: without grouping {wall0:.2f} s wall, {cpu0 + server0:.2f} s CPU "
        f"({cpu0:.2f} + {server0:.2f}); with {wall1:.2f} s wall, {cpu1 + server1:.2f} s CPU "
        f"({cpu1:.2f} + {server1:.2f})"
    )
    print(
        f"grouping adds {(cpu1 + server1) / (cpu0 + server0) * 100 - 100:.0f}% CPU "
        f"(Python {cpu1 / cpu0 * 100 - 100:.0f}%, PostgreSQL {server1 / server0 * 100 - 100:.0f}%), "
        f"{wall1 / wall0 * 100 - 100:.0f}% wall; its own calls take {statistics.median(own):.2f} s"
    )
    print(f"{Quote.objects.count()} quotes in the archive after the rollback (unchanged)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
