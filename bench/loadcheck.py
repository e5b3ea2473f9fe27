"""The archive under load, as deployed: gunicorn (docker-compose's command) and wrk.

    make loadcheck                     # 60 s, 64 connections, against the development database
    .venv/bin/python bench/loadcheck.py --duration 10 --connections 16

Collects the static files (DEBUG=0 serves them hashed, through WhiteNoise), starts gunicorn with
3 sync workers on a free port against DATABASE_URL, reads the pages to request from its own
sitemap plus the lists, filters, searches, the comparison, English pages, the feed and the health
check, requests each a few times (a running site's workers and page cache are warm) and has wrk
cycle through them.  Prints throughput, latency percentiles and the count of non-2xx/3xx responses and socket
errors; exits 1 when p99 reaches --max-p99 (2 s) or any request failed.  wrk comes from the
system (`apt-get install wrk`).  Not part of `make test`.
"""

from __future__ import annotations

import argparse
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
# Pages beyond the sitemap's: the lists with filters and searches, both languages, the feed.
EXTRA_PATHS = [
    "/",
    "/en/",
    "/articles/",
    "/articles/?q=%D8%A8%D9%88%D8%AA%D9%8A%D9%86",  # ?q=بوتين
    "/articles/?has_quotes=true&ordering=-published_on",
    "/en/articles/?date_after=2023-09-12",
    "/actors/",
    "/outlets/",
    "/quotes/",
    "/quotes/?kind=direct",
    "/compare/",
    "/en/compare/?by=article",
    "/feed/",
    "/sitemap.xml",
    "/healthz",
]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str, timeout: float = 10) -> bytes:
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return response.read()


def wait_for(url: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            fetch(url, timeout=2)
            return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"error: gunicorn did not answer {url} within {seconds:.0f} s")


def page_paths(base: str) -> list[str]:
    sitemap = fetch(f"{base}/sitemap.xml").decode()
    found = [urlsplit(url).path for url in re.findall(r"<loc>([^<]+)</loc>", sitemap)]
    return list(dict.fromkeys(EXTRA_PATHS + found))


def warm_up(base: str, paths: list[str], workers: int) -> None:
    """Every page a few times, several at once, so that every worker has loaded its code and
    the page cache holds each page, as on a site that has been running for a while."""
    with ThreadPoolExecutor(max_workers=2 * workers) as pool:
        list(pool.map(lambda path: fetch(f"{base}{path}", timeout=120), paths * 3))


def lua_script(paths: list[str]) -> str:
    listed = ",\n  ".join(f'"{path}"' for path in paths)
    return f"""local paths = {{
  {listed}
}}
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end
"""


def seconds(value: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", value).groups()
    return float(number) * {"us": 1e-6, "ms": 1e-3, "s": 1.0, "m": 60.0}[unit]


def parse(output: str) -> dict[str, float]:
    """What wrk --latency printed: requests per second, percentiles, failures."""
    result = {"requests_per_second": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))}
    result["requests"] = int(re.search(r"(\d+) requests in", output).group(1))
    for percent in ("50", "90", "99"):
        result[f"p{percent}"] = seconds(re.search(rf"^\s+{percent}%\s+(\S+)", output, re.M).group(1))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    result["non_2xx_3xx"] = int(non_2xx.group(1)) if non_2xx else 0
    socket_errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    result["socket_errors"] = sum(int(n) for n in socket_errors.groups()) if socket_errors else 0
    return result


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=60, help="seconds (60)")
    parser.add_argument("--connections", type=int, default=64, help="open connections (64)")
    parser.add_argument("--workers", type=int, default=3, help="gunicorn workers (3, as docker-compose)")
    parser.add_argument("--max-p99", type=float, default=2.0, help="seconds (2)")
    options = parser.parse_args(argv)
    if not shutil.which("wrk"):
        raise SystemExit("error: wrk not found: apt-get install wrk")
    if not os.environ.get("DATABASE_URL"):
        raise SystemExit("error: DATABASE_URL is not set (make loadcheck sets it)")

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {
        **os.environ,
        "DEBUG": "0",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",
    }
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--no-input", "-v", "0"], cwd=ROOT, env=env, check=True
    )
    gunicorn = [sys.executable, "-m", "gunicorn", "summit_archive.wsgi", "--bind", f"127.0.0.1:{port}"]
    gunicorn += ["--workers", str(options.workers), "--log-level", "warning"]
    with tempfile.TemporaryDirectory() as scratch:
        log = Path(scratch) / "gunicorn.log"
        with log.open("wb") as output:
            server = subprocess.Popen(gunicorn, cwd=ROOT, env=env, stdout=output, stderr=subprocess.STDOUT)
        try:
            wait_for(f"{base}/healthz")
            paths = page_paths(base)
            warm_up(base, paths, options.workers)
            script = Path(scratch) / "pages.lua"
            script.write_text(lua_script(paths))
            command = ["wrk", "--threads", "2", "--connections", str(options.connections)]
            command += ["--duration", f"{options.duration}s", "--timeout", "30s", "--latency"]
            command += ["--script", str(script), base]
            print(
                f"wrk: {options.duration} s, {options.connections} connections, {len(paths)} pages, "
                f"gunicorn with {options.workers} workers on {base}",
                flush=True,
            )
            wrk = subprocess.run(command, capture_output=True, text=True, check=True)
        finally:
            server.terminate()
            server.wait(timeout=30)
        errors = log.read_text(errors="replace").count("Traceback")
    result = parse(wrk.stdout)
    print(
        f"requests      {result['requests']}\n"
        f"throughput    {result['requests_per_second']:.1f} requests/s\n"
        f"latency       p50 {result['p50'] * 1000:.0f} ms, p90 {result['p90'] * 1000:.0f} ms, "
        f"p99 {result['p99'] * 1000:.0f} ms\n"
        f"non-2xx/3xx   {result['non_2xx_3xx']}\n"
        f"socket errors {result['socket_errors']}\n"
        f"tracebacks    {errors} (in gunicorn's log)"
    )
    failed = result["non_2xx_3xx"] + result["socket_errors"] + errors
    if result["p99"] >= options.max_p99 or failed:
        print(f"FAIL: p99 must stay under {options.max_p99} s with no failed request")
        return 1
    print(f"OK: p99 under {options.max_p99} s, no failed request")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
