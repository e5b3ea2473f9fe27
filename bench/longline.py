"""`import_articles` on one 5 MB file of one line: the worst case of a linear pipeline.

    .venv/bin/python bench/longline.py [--profile FILE]    # DATABASE_URL as for manage.py

Joins the seed corpus's lines with spaces and repeats the result on a single line until the
next copy would pass `IMPORT_MAX_BYTES` (5 MB: 2.7 million characters), in a temporary
folder; creates a scratch database `<name>_bench_import` on the same server (migrated, the
reference data loaded), imports the file there with `manage.py import_articles FILE` as a
separate process, prints its wall clock and CPU time (the command's, not PostgreSQL's) and the
rows it wrote, and drops the database.  The real archive is never touched.

`--distinct` numbers every sentence with its copy (``… في موسكو 17.``), so no two sentences
of the line are the same text: what matching each sentence's frames costs when copy does not
repeat itself.  `--profile FILE` runs the command under cProfile and writes its statistics to FILE
(`python -m pstats FILE`); the times it prints are then the profiler's, not the command's.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

import psycopg
from importing import MANAGE, ROOT, drop_database, scratch_database

SEEDS = ROOT / "corpus" / "seeds"
MAX_BYTES = 5 * 1024 * 1024  # settings.IMPORT_MAX_BYTES by default
SENTENCE_END = re.compile(r"([.!؟?])(?=\s|$)")
# What one import of an article writes: the article, its history row, and what extraction stores.
TABLES = (
    "articles_article",
    "articles_historicalarticle",
    "articles_quote",
    "articles_mention",
    "articles_sentence",
    "articles_sentenceframe",
    "articles_actor",
    "articles_alias",
    "articles_statementgroup",
    "articles_historicalstatementgroup",
)


def one_line_file(folder: Path, distinct: bool = False) -> tuple[Path, int]:
    """The seed corpus's text, repeated on one line to just under `MAX_BYTES`; the path and
    the number of characters."""
    text = " ".join(
        line.strip()
        for path in sorted(SEEDS.glob("0*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    )
    if not distinct:
        copy = text + " "
        line = (copy * ((MAX_BYTES - 1) // len(copy.encode("utf-8")))).rstrip() + "\n"
    else:
        copies: list[str] = []
        size = 1
        while True:
            copy = SENTENCE_END.sub(rf" {len(copies) + 1}\1", text) + " "
            size += len(copy.encode("utf-8"))
            if size > MAX_BYTES:
                break
            copies.append(copy)
        line = "".join(copies).rstrip() + "\n"
    path = folder / "longline.txt"
    path.write_text(line, encoding="utf-8")
    return path, len(line) - 1


def row_counts(url: str) -> dict[str, int]:
    with psycopg.connect(url) as conn:
        return {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES}


def timed_import(path: Path, env: dict, profile: str | None) -> tuple[float, float, str]:
    """Wall seconds, CPU seconds of the import process and its summary line."""
    command = [*MANAGE, "import_articles", str(path), "--publish"]
    if profile:
        command = [sys.executable, "-m", "cProfile", "-o", profile, *command[1:]]
    started, cpu_before = time.perf_counter(), resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    elapsed, cpu_after = time.perf_counter() - started, resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        sys.exit(f"import_articles failed ({done.returncode}):\n{done.stdout[-2000:]}{done.stderr[-2000:]}")
    cpu = (cpu_after.ru_utime - cpu_before.ru_utime) + (cpu_after.ru_stime - cpu_before.ru_stime)
    return elapsed, cpu, done.stdout.strip().splitlines()[-1]


def main(profile: str | None, distinct: bool) -> None:
    url = os.environ.get("DATABASE_URL")
    if not url:
        sys.exit("set DATABASE_URL (make bench-longline does: scripts/devdb.py prints the embedded one)")
    name, params = scratch_database(url)
    scratch_url = urlsplit(url)._replace(path=f"/{name}").geturl()
    env = {**os.environ, "DATABASE_URL": scratch_url}
    try:
        for command in (["migrate", "--no-input", "-v", "0"], ["load_reference_data", "-v", "0"]):
            done = subprocess.run([*MANAGE, *command], env=env, capture_output=True, text=True, check=False)
            if done.returncode != 0:
                sys.exit(f"{command[0]} failed:\n{done.stderr[-2000:]}")
        before = row_counts(scratch_url)
        with tempfile.TemporaryDirectory() as folder:
            path, characters = one_line_file(Path(folder), distinct)
            size = path.stat().st_size
            wall, cpu, summary = timed_import(path, env, profile)
        after = row_counts(scratch_url)
        written = ", ".join(
            f"{table.removeprefix('articles_')} {after[table] - before[table]:,}" for table in TABLES
        )
        print(f"one line of {characters:,} characters ({size / 1024 / 1024:.2f} MB): {summary}")
        print(f"wall {wall:.1f}s, CPU of the command {cpu:.1f}s (start-up included)")
        print(f"rows written: {written}")
        if profile:
            print(f"profile: {profile} (python -m pstats {profile})")
    finally:
        drop_database(name, params)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--profile", metavar="FILE", help="run the command under cProfile, statistics to FILE"
    )
    parser.add_argument("--distinct", action="store_true", help="number every sentence with its copy")
    arguments = parser.parse_args()
    main(arguments.profile, arguments.distinct)
