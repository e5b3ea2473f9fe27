"""gunicorn's settings, read from the working directory (docker-compose's `web`, bench/serving.py).

Threaded workers keep connections alive between requests: a reader's browser (or the reverse
proxy) fetches a page and its CSS, font and script over one connection, and a cached page is
served without a new TCP handshake each time.  Sync workers close every connection.  Measured
with wrk on this 2-core machine (bench/serving.py, README "Serving"), gthread served cached
pages and static files faster; `GUNICORN_WORKER_CLASS=sync` goes back.
"""

import os

worker_class = os.getenv("GUNICORN_WORKER_CLASS", "gthread")
workers = int(os.getenv("WEB_CONCURRENCY", "3"))
threads = int(os.getenv("GUNICORN_THREADS", "4"))  # per worker; ignored by sync workers
keepalive = int(os.getenv("GUNICORN_KEEPALIVE", "5"))  # seconds an idle connection is kept
