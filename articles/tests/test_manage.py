"""`python manage.py …` as a newcomer types it: the database `make run` uses without
DATABASE_URL, and one clear line, not a traceback, when no database answers."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

from summit_archive.commands import unreachable
from summit_archive.settings import embedded_database_url

ROOT = Path(__file__).resolve().parents[2]


def manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    environment = {key: value for key, value in os.environ.items() if key != "DATABASE_URL"}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**environment, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def write_pid(pgdata: Path, port: str, socket_dir: str, listen: str) -> None:
    lines = ["4242", str(pgdata), "1700000000", port, socket_dir, listen, "  5604527        34", "ready   "]
    pgdata.mkdir()
    (pgdata / "postmaster.pid").write_text("\n".join(lines) + "\n")


def test_embedded_database_url_reads_the_running_servers_socket_and_port(tmp_path):
    pgdata = tmp_path / "pgdata"
    write_pid(pgdata, "5433", str(pgdata), "")

    url = embedded_database_url(pgdata)

    assert url == f"postgres://postgres@{str(pgdata).replace('/', '%2F')}:5433/postgres"


def test_embedded_database_url_of_a_server_listening_on_tcp_only(tmp_path):
    pgdata = tmp_path / "pgdata"
    write_pid(pgdata, "5439", "", "*")

    assert embedded_database_url(pgdata) == "postgres://postgres@127.0.0.1:5439/postgres"


def test_embedded_database_url_of_a_stopped_server_names_its_usual_socket(tmp_path):
    pgdata = tmp_path / "pgdata"
    pgdata.mkdir()

    url = embedded_database_url(pgdata)

    assert url == f"postgres://postgres@{str(pgdata).replace('/', '%2F')}:5432/postgres"


def test_embedded_database_url_without_an_embedded_server_is_none(tmp_path):
    assert embedded_database_url(tmp_path / "pgdata") is None


@pytest.mark.skipif(
    not (ROOT / "var" / "pgdata" / "postmaster.pid").exists(), reason="the embedded server is not running"
)
def test_manage_without_database_url_connects_to_the_embedded_server():
    result = manage(
        "shell",
        "-c",
        "from django.db import connection; connection.ensure_connection();"
        " print(connection.settings_dict['HOST'], connection.settings_dict['NAME'])",
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == f"{ROOT / 'var' / 'pgdata'} postgres"


def test_manage_prints_one_line_naming_host_and_database_when_none_answers():
    result = manage(
        "createsuperuser",
        "--noinput",
        DATABASE_URL="postgres://newsroom:s3cret-pw@127.0.0.1:1/summit_archive",
        DJANGO_SUPERUSER_USERNAME="lead",
        DJANGO_SUPERUSER_PASSWORD="a-long-password-2023",
        DJANGO_SUPERUSER_EMAIL="lead@example.org",
    )

    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr == (
        'error: cannot connect to database "summit_archive" on 127.0.0.1:1: Connection refused\n'
    )


def test_unreachable_embedded_server_says_how_to_start_it():
    database = {"NAME": "postgres", "HOST": str(settings.BASE_DIR / "var" / "pgdata"), "PORT": 5432}
    error = OSError('connection failed: connection to server on socket "/x" failed: No such file')

    line = unreachable(database, error)

    assert line == (
        f'error: cannot connect to database "postgres" on {database["HOST"]}:5432: No such file'
        " (is the embedded server running? `make run` or `make manage ARGS=...` starts it)"
    )
