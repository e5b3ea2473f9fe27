"""`manage.py`'s runner: Django's, with one clear line when the database cannot be reached.

A newcomer's first `python manage.py createsuperuser` against a server that is not running
would otherwise end in a forty-line traceback; the line names the host and the database
(never the password) and, for the embedded server under var/pgdata, how to start it.
"""

from __future__ import annotations

import sys

from django.conf import settings
from django.core.management import execute_from_command_line
from django.db import OperationalError, connections

EMBEDDED_HINT = "is the embedded server running? `make run` or `make manage ARGS=...` starts it"


def execute(argv: list[str]) -> int:
    try:
        execute_from_command_line(argv)
    except OperationalError as error:
        if connections["default"].connection is not None:
            raise  # connected, then a query failed: the traceback is the useful part
        print(unreachable(settings.DATABASES["default"], error), file=sys.stderr)
        return 1
    return 0


def unreachable(database: dict, error: Exception) -> str:
    """`error: cannot connect to database "postgres" on /srv/var/pgdata:5432: Connection refused`."""
    host = database.get("HOST") or database.get("OPTIONS", {}).get("host") or "localhost"
    port = database.get("PORT") or database.get("OPTIONS", {}).get("port") or 5432
    first_line = (str(error).strip().splitlines() or [""])[0]
    reason = first_line.rsplit("failed: ", 1)[-1].strip() or type(error).__name__
    line = f'error: cannot connect to database "{database.get("NAME")}" on {host}:{port}: {reason}'
    if str(host).startswith(str(settings.BASE_DIR / "var")):
        line += f" ({EMBEDDED_HINT})"
    return line
