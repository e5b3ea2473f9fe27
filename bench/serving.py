"""Cached public pages against a WhiteNoise static file, through the same gunicorn, with wrk.

    .venv/bin/python bench/serving.py [--seconds 5] [--rounds 3] [--connections 64] [--worker-class X]

For each worker class (default: sync, then gthread; other settings from gunicorn.conf.py) this starts
gunicorn on the database `manage.py` uses (DATABASE_URL or the embedded one; the seed corpus
is imported when the archive is empty), with DEBUG off and the page cache on, warms the cache,
then runs wrk against a static CSS file and a cached article page in alternating rounds, and
prints the median requests per second of each, the page's share of the static file's rate and
any non-2xx/3xx.
"""

from __future__ import annotations

import argparse
import os
import re
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.read().decode()


def wrk(url: str, seconds: int, connections: int) -> tuple[float, int]:
    """Requests per second, and responses that were not 2xx or 3xx."""
    done = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", url], capture_output=True, text=True, check=True
    )
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", done.stdout).group(1))
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", done.stdout)
    return rate, int(bad.group(1)) if bad else 0


def serve(worker_class: str, env: dict, port: int) -> subprocess.Popen:
    server = subprocess.Popen(
        [
            PY,
            "-m",
            "gunicorn",
            "summit_archive.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--worker-class",
            worker_class,
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(120):
        try:
            get(f"http://127.0.0.1:{port}/healthz")
            return server
        except OSError:
            time.sleep(0.5)
    server.terminate()
    sys.exit(f"gunicorn ({worker_class}) did not answer on port {port}")


def main(worker_classes: list[str], seconds: int, connections: int, rounds: int) -> None:
    env = {
        **os.environ,
        "DEBUG": "0",
        "SECRET_KEY": "bench-only-not-a-secret",
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",
        "PUBLIC_CACHE_SECONDS": "300",
    }
    for command in (["collectstatic", "--no-input", "-v", "0"], ["seed_corpus"]):
        subprocess.run([PY, "manage.py", *command], cwd=ROOT, env=env, check=True, capture_output=True)
    backend = "Redis" if env.get("REDIS_URL") else "the PostgreSQL cache table"
    print(f"wrk -t2 -c{connections} -d{seconds}s, {rounds} rounds each, page cache on {backend}")
    for worker_class in worker_classes:
        port = free_port()
        server = serve(worker_class, env, port)
        try:
            base = f"http://127.0.0.1:{port}"
            home = get(base + "/")
            article = re.search(r'href="(/articles/\d+/[^"]+/)"', home).group(1)
            css = re.search(r'href="(/static/[^"]+\.css)"', home).group(1)
            get(base + article)  # into the cache
            # Alternating rounds, so a burst of other load on the machine hits both alike.
            static, page, bad = [], [], 0
            for _ in range(rounds):
                for rates, url in ((static, base + css), (page, base + article)):
                    rate, failed = wrk(url, seconds, connections)
                    rates.append(rate)
                    bad += failed
            static_rate, page_rate = statistics.median(static), statistics.median(page)
            print(
                f"{worker_class:8} static file {static_rate:8.0f} req/s   cached page {page_rate:8.0f} req/s"
                f"   ratio {page_rate / static_rate:.2f}   non-2xx/3xx {bad}   (medians of {rounds} rounds)"
            )
        finally:
            server.terminate()
            server.wait(timeout=30)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=5, help="per wrk round")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--worker-class", action="append", dest="worker_classes")
    args = parser.parse_args()
    main(args.worker_classes or ["sync", "gthread"], args.seconds, args.connections, args.rounds)
