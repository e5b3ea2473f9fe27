"""Django's PostgreSQL backend, with a health check that gives up.

A gunicorn worker keeps its connection between requests (CONN_MAX_AGE) and checks it with
`SELECT 1` before reusing it (CONN_HEALTH_CHECKS).  Against a server that is frozen (stopped,
swapped out, a network that drops packets) that check waits for ever: PostgreSQL's own
`statement_timeout` cannot fire in a server that does not run, and the kernel still
acknowledges the bytes.  Here the check waits DATABASE_CONNECT_TIMEOUT seconds at most; a
connection that has not answered by then is dropped, Django opens a new one (which the same
timeout bounds) and the reader gets the 503 page instead of a worker killed after 30 s.
"""

from __future__ import annotations

import select
import time

import psycopg
from django.conf import settings
from django.db.backends.postgresql import base


class DatabaseWrapper(base.DatabaseWrapper):
    def is_usable(self) -> bool:
        if self.connection is None:
            return False
        pgconn = self.connection.pgconn
        deadline = time.monotonic() + settings.DATABASE_CONNECT_TIMEOUT
        try:
            pgconn.send_query(b"SELECT 1")
            while pgconn.flush():  # what the socket did not take at once
                if not wait(pgconn.socket, deadline, write=True):
                    return False
            while True:
                pgconn.consume_input()
                if not pgconn.is_busy():
                    break
                if not wait(pgconn.socket, deadline):
                    return False
            answered = True
            while (result := pgconn.get_result()) is not None:
                answered = answered and result.status == psycopg.pq.ExecStatus.TUPLES_OK
            return answered
        except (psycopg.Error, OSError):
            return False


def wait(socket: int, deadline: float, write: bool = False) -> bool:
    """Whether the socket became ready before the deadline."""
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        return False
    sockets = ([], [socket], []) if write else ([socket], [], [])
    return any(select.select(*sockets, remaining)[:2])
