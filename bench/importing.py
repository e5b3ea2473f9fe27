"""`import_articles` end to end: new articles per second, then unchanged ones on a re-import.

    .venv/bin/python bench/importing.py [count]        # DATABASE_URL as for manage.py

Generates `count` (default 1,000) plain-text copies from the seed paragraphs (4 to 9 each,
shuffled, every copy different), creates a scratch database `<name>_bench_import` on the same
server, migrates it, loads the reference data, then times two runs of
`manage.py import_articles FOLDER --publish` as separate processes (start-up included, as a
newsroom would run it) and drops the database.  The real archive is never touched.
"""

from __future__ import annotations

import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
import psycopg

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "corpus" / "seeds"
MANAGE = [sys.executable, str(ROOT / "manage.py")]
DATELINES = ["موسكو", "سيئول", "بيونغ يانغ", "فلاديفوستوك", "واشنطن", "بكين"]


def generate(folder: Path, count: int) -> None:
    paragraphs = [
        line.strip()
        for path in sorted(SEEDS.glob("0*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if len(line.strip()) >= 40
    ]
    rng = random.Random(2023)
    for i in range(count):
        chosen = rng.sample(paragraphs, k=rng.randint(4, 9))
        # A dateline and a closing line of its own make every copy a different text.
        chosen[0] = f"{rng.choice(DATELINES)}: {chosen[0]}"
        chosen.append(f"(تقرير رقم {i + 1} من أرشيف القمة)")
        (folder / f"{i:05d}.txt").write_text("\n".join(chosen) + "\n", encoding="utf-8")


def scratch_database(url: str) -> tuple[str, dict]:
    """Create `<name>_bench_import` beside the database `url` names; its name and how to reach
    the server (the connection parameters Django would use, a socket folder included)."""
    settings = dj_database_url.parse(url)
    name = f"{settings['NAME']}_bench_import"
    params = {
        "dbname": "postgres",
        "user": settings["USER"],
        "password": settings["PASSWORD"],
        "host": settings["HOST"] or settings["OPTIONS"].get("host"),
        "port": settings["PORT"] or None,
    }
    params = {k: v for k, v in params.items() if v}
    with psycopg.connect(**params, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{name}"')
    return name, params


def drop_database(name: str, params: dict) -> None:
    with psycopg.connect(**params, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def timed_import(folder: Path, env: dict) -> tuple[float, float, str, str]:
    """Wall seconds, CPU seconds of the import process (not PostgreSQL's), its summary line and
    the rate it printed itself (start-up excluded)."""
    started, cpu_before = time.perf_counter(), resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(
        [*MANAGE, "import_articles", str(folder), "--publish"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    elapsed, cpu_after = time.perf_counter() - started, resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        sys.exit(f"import_articles failed ({done.returncode}):\n{done.stderr[-2000:]}")
    cpu = (cpu_after.ru_utime - cpu_before.ru_utime) + (cpu_after.ru_stime - cpu_before.ru_stime)
    own = re.findall(r"articles in [\d.]+s: \d+ articles/s", done.stderr)
    return elapsed, cpu, done.stdout.strip().splitlines()[-1], own[-1] if own else "-"


def main(count: int) -> None:
    url = os.environ.get("DATABASE_URL")
    if not url:
        sys.exit("set DATABASE_URL (make bench does: scripts/devdb.py prints the embedded one)")
    name, params = scratch_database(url)
    env = {**os.environ, "DATABASE_URL": urlsplit(url)._replace(path=f"/{name}").geturl()}
    try:
        for command in (["migrate", "--no-input", "-v", "0"], ["load_reference_data", "-v", "0"]):
            done = subprocess.run([*MANAGE, *command], env=env, capture_output=True, text=True, check=False)
            if done.returncode != 0:
                sys.exit(f"{command[0]} failed:\n{done.stderr[-2000:]}")
        with tempfile.TemporaryDirectory() as folder:
            generate(Path(folder), count)
            for label in ("new", "unchanged"):
                wall, cpu, summary, own = timed_import(Path(folder), env)
                print(
                    f"{label + ':':11}{count} in {wall:.1f}s = {count / wall:.0f} articles/s end to end, "
                    f"{count / cpu:.0f}/s of the command's CPU; the command's own count: {own} ({summary})"
                )
    finally:
        drop_database(name, params)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
