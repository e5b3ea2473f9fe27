"""`make run`'s server: Django's development server and a task worker, started and stopped together.

    python scripts/serve.py 127.0.0.1:8000

The worker (`manage.py db_worker`) runs what the web queues, the admin's imports.  Ctrl-C or
SIGTERM stops both: each is sent one SIGTERM, so a worker in the middle of an import finishes
the article it is storing, and either is killed if it has not stopped after GRACE seconds.  If
either exits on its own the other is stopped too, and the exit status is the first one's.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

MANAGE = str(Path(__file__).resolve().parent.parent / "manage.py")
GRACE = 30


def main(address: str) -> int:
    # Each in a session of its own, so a Ctrl-C at the terminal reaches only this script, which
    # passes on exactly one signal: a second one would make the worker drop its task.
    children = [
        subprocess.Popen(
            [sys.executable, MANAGE, "runserver", "--noreload", address], start_new_session=True
        ),
        subprocess.Popen([sys.executable, MANAGE, "db_worker", "--no-reload"], start_new_session=True),
    ]
    received: list[int] = []

    def stop(signum, frame):
        received.append(signum)

    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    status = 0
    while not received:
        exited = [child.returncode for child in children if child.poll() is not None]
        if exited:
            status = exited[0]
            break
        time.sleep(0.2)
    for child in children:
        if child.poll() is None:
            # SIGTERM, whatever this script received: a child started in the background
            # by a shell ignores SIGINT.
            child.terminate()
    deadline = time.monotonic() + GRACE
    for child in children:
        try:
            child.wait(timeout=max(deadline - time.monotonic(), 0))
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
    return status


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: serve.py ADDRESS:PORT")
    sys.exit(main(sys.argv[1]))
