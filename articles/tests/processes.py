"""Running the archive's own processes from a test: the worker, `make run`'s server.

They are separate processes, so they read the test database through a URL and see only what
the test committed (`django_db(transaction=True)`).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

from django.db import connection

ROOT = Path(__file__).resolve().parents[2]


def database_url() -> str:
    """The URL the suite runs on with the test database's name: the same server (a host, or
    the embedded server's socket in `?host=`), the test database, not the development one."""
    url = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/summit_archive")
    return urlsplit(url)._replace(path=f"/{connection.settings_dict['NAME']}").geturl()


def environment(**extra: str) -> dict[str, str]:
    return {**os.environ, "DATABASE_URL": database_url(), "DEBUG": "1", "ALLOWED_HOSTS": "127.0.0.1", **extra}


def start(*args: str, log: Path, **extra: str) -> subprocess.Popen:
    """`python ARGS…` from the project's root, its output in `log`."""
    with log.open("wb") as output:
        return subprocess.Popen(
            [sys.executable, *args],
            cwd=ROOT,
            env=environment(**extra),
            stdout=output,
            stderr=subprocess.STDOUT,
        )


def start_worker(log: Path) -> subprocess.Popen:
    return start("manage.py", "db_worker", "--no-reload", "--no-startup-delay", "--interval", "0.2", log=log)


def stop(process: subprocess.Popen, timeout: float = 30) -> int:
    if process.poll() is None:
        process.terminate()
    try:
        return process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        return process.wait()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until(condition: Callable[[], object], timeout: float = 60, what: str = "the condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = condition()
        if result:
            return result
        time.sleep(0.2)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}")
