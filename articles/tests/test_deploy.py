"""The deployment files: docker-compose.yml is valid, wires web to a healthy db and runs a worker."""

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def docker_compose():
    tool = shutil.which("docker-compose")
    if tool is None:
        if os.environ.get("REQUIRE_BROWSER") == "1":  # CI installs it: never skip there
            pytest.fail("docker-compose is required here (apt-get install docker-compose)")
        pytest.skip("docker-compose not installed: apt-get install docker-compose")
    return tool


def compose(tool: str, *args: str, **env: str) -> subprocess.CompletedProcess:
    environment = {"PATH": os.environ["PATH"], **env}
    return subprocess.run(
        [tool, "-f", str(ROOT / "docker-compose.yml"), *args],
        capture_output=True, text=True, env=environment, cwd=ROOT, timeout=60,
    )  # fmt: skip


def test_docker_compose_config_is_valid(docker_compose):
    result = compose(docker_compose, "config", "-q", SECRET_KEY="a-production-secret")

    assert (result.returncode, result.stderr) == (0, "")


def test_docker_compose_web_waits_for_a_healthy_db_and_checks_healthz(docker_compose):
    result = compose(docker_compose, "config", SECRET_KEY="a-production-secret")

    config = " ".join(result.stdout.split())  # long values are folded over lines
    assert "condition: service_healthy" in config
    assert "pg_isready -U summit -d summit_archive" in config
    assert "http://127.0.0.1:8000/healthz" in config
    assert "gunicorn summit_archive.wsgi" in config
    assert "python manage.py migrate --no-input && python manage.py load_reference_data" in config
    assert "python manage.py collectstatic --no-input" in config


def test_docker_compose_runs_a_task_worker_on_the_same_database(docker_compose):
    result = compose(docker_compose, "config", "--services", SECRET_KEY="a-production-secret")
    config = compose(docker_compose, "config", SECRET_KEY="a-production-secret").stdout
    worker = " ".join(config[config.index("  worker:") :].split())

    assert sorted(result.stdout.split()) == ["cache", "db", "web", "worker"]
    assert "python manage.py db_worker --no-reload --queue-name default" in worker
    assert "DATABASE_URL: postgres://summit:summit@db:5432/summit_archive" in worker
    assert "web: condition: service_healthy" in worker


def test_docker_compose_refuses_to_start_without_a_secret_key(docker_compose):
    result = compose(docker_compose, "config", "-q")

    assert result.returncode != 0
    assert "set SECRET_KEY" in result.stderr


def test_docker_compose_caches_pages_in_redis(docker_compose):
    config = compose(docker_compose, "config", SECRET_KEY="a-production-secret").stdout
    web = " ".join(config[config.index("  web:") : config.index("  worker:")].split())

    assert "image: redis:7-alpine" in config
    assert "REDIS_URL: redis://cache:6379/0" in web
    assert "cache: condition: service_healthy" in web
