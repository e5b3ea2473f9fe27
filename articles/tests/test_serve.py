"""`make run` serves the archive and runs a task worker beside it, and stops both together."""

from __future__ import annotations

import signal
import subprocess
import urllib.request
from pathlib import Path

import psutil
import pytest

from articles.models import Article, ArticleImport
from articles.tests.processes import ROOT, free_port, start, stop, wait_until
from articles.uploads import stage_import

SEED = Path(__file__).resolve().parents[2] / "corpus" / "seeds" / "003_354266b8847cf760.txt"


def answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


def test_make_run_serves_through_the_script_that_starts_the_worker():
    dry_run = subprocess.run(["make", "-n", "run", "PORT=8123"], cwd=ROOT, capture_output=True, text=True)

    assert "scripts/serve.py 127.0.0.1:8123" in dry_run.stdout
    assert "runserver" not in dry_run.stdout


@pytest.mark.django_db(transaction=True)
def test_make_run_worker_imports_and_ctrl_c_stops_server_and_worker(tmp_path):
    port = free_port()
    server = start("scripts/serve.py", f"127.0.0.1:{port}", log=tmp_path / "serve.log")
    try:
        wait_until(lambda: answers(f"http://127.0.0.1:{port}/healthz"), what="the server")
        children = psutil.Process(server.pid).children()
        commands = sorted(" ".join(child.cmdline()[2:4]) for child in children)

        batch = stage_import(None, files=[("ap.txt", SEED.read_bytes())])
        wait_until(
            lambda: ArticleImport.objects.get(pk=batch.pk).is_finished, what="the worker to run the import"
        )
        server.send_signal(signal.SIGINT)
        status = server.wait(timeout=40)
    finally:
        stop(server)

    _, alive = psutil.wait_procs(children, timeout=5)
    assert commands == ["db_worker --no-reload", "runserver --noreload"]
    assert ArticleImport.objects.get(pk=batch.pk).status == "done"
    assert list(Article.objects.values_list("source_name", "status")) == [("ap.txt", "draft")]
    assert (status, alive) == (0, [])
