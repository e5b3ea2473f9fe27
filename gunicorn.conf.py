"""gunicorn's settings, read from the working directory (docker-compose's `web`, bench/serving.py).

The worker class is the one measurement favoured: bench/serving.py (wrk -c64, cached article
page and a WhiteNoise CSS file through the same gunicorn, README "Serving") found threaded
workers with keep-alive (`gthread`) no faster than sync workers on this 2-core machine: every
hit is served from the worker's memory in about 0.35 ms of CPU, so the GIL, not the TCP
handshake, bounds a worker, and behind a buffering reverse proxy (docs/deploy.md) keep-alive to
gunicorn buys little.  `GUNICORN_WORKER_CLASS=gthread` (with `GUNICORN_THREADS`,
`GUNICORN_KEEPALIVE`) switches where measurement on the production machine says it pays, e.g.
without a proxy in front.
"""

import os

worker_class = os.getenv("GUNICORN_WORKER_CLASS", "sync")
workers = int(os.getenv("WEB_CONCURRENCY", "3"))
threads = int(os.getenv("GUNICORN_THREADS", "4"))  # per worker, gthread only
keepalive = int(os.getenv("GUNICORN_KEEPALIVE", "5"))  # seconds an idle connection stays open, gthread only
