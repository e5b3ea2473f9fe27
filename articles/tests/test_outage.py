"""The database down or frozen: the 503 page in the archive's design and language, fast.

"Down" is a port nobody listens on (connection refused); "frozen" is a socket that accepts
and never answers (only the connect timeout ends the wait) or a table another session has
locked (only the statement timeout does).
"""

from __future__ import annotations

import copy
import os
import socket
import subprocess
import sys
import threading
import time
from contextlib import contextmanager

import psycopg
import pytest
from django.db import close_old_connections, connection
from django.test import Client

from articles.outage import server_error
from articles.tests.processes import ROOT, free_port

RETRY_AFTER = "30"


@contextmanager
def database_at(port: int, django_db_blocker):
    """The default connection pointed at 127.0.0.1:`port` for the duration."""
    saved = copy.deepcopy(connection.settings_dict)
    connection.close()
    options = {key: value for key, value in saved["OPTIONS"].items() if key != "host"}
    connection.settings_dict.update(HOST="127.0.0.1", PORT=str(port), OPTIONS=options)
    try:
        with django_db_blocker.unblock():
            yield
    finally:
        connection.close()
        connection.settings_dict.clear()
        connection.settings_dict.update(saved)


@pytest.fixture
def database_down(django_db_blocker):
    with database_at(free_port(), django_db_blocker):
        yield


@pytest.fixture
def database_frozen(django_db_blocker):
    """A server that completes the TCP handshake (the kernel's backlog) and says nothing."""
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        with database_at(silent.getsockname()[1], django_db_blocker):
            yield


def timed_get(client: Client, path: str, **extra):
    started = time.monotonic()
    response = client.get(path, **extra)
    return response, time.monotonic() - started


def test_outage_database_down_gives_the_arabic_503_page_with_retry_after(database_down):
    response, seconds = timed_get(Client(raise_request_exception=False), "/articles/")

    assert (response.status_code, response["Retry-After"]) == (503, RETRY_AFTER)
    assert response["Cache-Control"] == "max-age=0, no-cache, no-store, must-revalidate, private"
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]
    assert '<html lang="ar" dir="rtl">' in response.text
    assert "<h1>الأرشيف غير متاح مؤقتًا</h1>" in response.text
    assert '<link rel="stylesheet" href="/static/css/site.css">' in response.text
    assert seconds < 1


def test_outage_database_down_gives_the_english_503_page_under_en(database_down):
    response = Client(raise_request_exception=False).get("/en/actors/putin/")

    assert (response.status_code, response["Retry-After"]) == (503, RETRY_AFTER)
    assert '<html lang="en" dir="ltr">' in response.text
    assert "<h1>The archive is temporarily unavailable</h1>" in response.text
    assert "Try again in <bdi>30</bdi> seconds." in response.text


def test_outage_503_page_for_a_signed_in_reader_reads_no_session(database_down):
    # The session and the user live in the database: the page must not name the reader.
    client = Client(raise_request_exception=False)
    client.cookies["sessionid"] = "x" * 32

    response = client.get("/en/")

    assert response.status_code == 503
    assert '<a href="/admin/login/?next=/en/">Sign in</a>' in response.text


def test_outage_other_errors_stay_a_plain_500(rf):
    request = rf.get("/")
    try:
        raise ValueError("a bug, not an outage")
    except ValueError:
        response = server_error(request)

    assert response.status_code == 500
    assert "<h1>Server Error (500)</h1>" in response.text
    assert not response.has_header("Retry-After")


def test_outage_healthz_is_503_at_once_when_the_database_is_down(database_down):
    response, seconds = timed_get(Client(), "/healthz")

    assert (response.status_code, response.json()) == (503, {"status": "unavailable"})
    assert seconds < 1


def test_outage_healthz_and_pages_are_503_within_the_connect_timeout_when_frozen(database_frozen):
    health, health_seconds = timed_get(Client(), "/healthz")
    page, page_seconds = timed_get(Client(raise_request_exception=False), "/en/quotes/")

    assert (health.status_code, page.status_code) == (503, 503)
    assert "<h1>The archive is temporarily unavailable</h1>" in page.text
    # libpq's connect_timeout (DATABASE_CONNECT_TIMEOUT, 2 s) is what ends each wait.
    assert 1.5 < health_seconds < 3.5
    assert 1.5 < page_seconds < 3.5


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_outage_statement_timeout_turns_a_locked_table_into_a_503(settings):
    settings_dict = connection.settings_dict
    saved_options = dict(settings_dict["OPTIONS"])
    connection.close()
    settings_dict["OPTIONS"] = {**saved_options, "options": "-c statement_timeout=300"}
    params = connection.get_connection_params()
    params.pop("cursor_factory", None)
    params.pop("context", None)
    params.pop("prepare_threshold", None)
    client = Client(raise_request_exception=False)
    client.get("/articles/?q=warm")  # templates loaded and compiled before the clock starts
    try:
        with psycopg.connect(**params) as locker:
            locker.execute("LOCK TABLE articles_article IN ACCESS EXCLUSIVE MODE")
            response, seconds = timed_get(client, "/articles/?q=locked")
            locker.rollback()
    finally:
        connection.close()
        settings_dict["OPTIONS"] = saved_options

    assert (response.status_code, response["Retry-After"]) == (503, RETRY_AFTER)
    assert seconds < 1.5


def database_options(code: str, **extra: str) -> str:
    """What a fresh process's settings pass to libpq: connect_timeout and options."""
    code += (
        "; from django.conf import settings; o = settings.DATABASES['default']['OPTIONS'];"
        "print(settings.DATABASES['default']['ENGINE'], o['connect_timeout'], repr(o.get('options')))"
    )
    env = {key: value for key, value in os.environ.items() if not key.startswith("DATABASE_")}
    env.update(
        DJANGO_SETTINGS_MODULE="summit_archive.settings",
        DATABASE_URL="postgres://u@db.example.org:5432/archive",
        **extra,
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)
    return result.stdout


def test_outage_the_web_server_has_a_statement_timeout_and_commands_none():
    web = database_options("import summit_archive.wsgi")
    command = database_options("import django; django.setup()")

    assert web == "articles.postgresql 2 '-c statement_timeout=10000'\n"
    assert command == "articles.postgresql 2 None\n"


def test_outage_timeouts_come_from_the_environment():
    web = database_options(
        "import summit_archive.wsgi", DATABASE_CONNECT_TIMEOUT="5", DATABASE_STATEMENT_TIMEOUT_MS="2500"
    )
    command = database_options("import django; django.setup()", DATABASE_STATEMENT_TIMEOUT_MS="60000")

    assert web == "articles.postgresql 5 '-c statement_timeout=2500'\n"
    assert command == "articles.postgresql 2 '-c statement_timeout=60000'\n"


class FreezableProxy:
    """A TCP relay to the test database that can freeze: it then holds every byte both ways,
    as a stopped server would, while the connections stay open."""

    def __init__(self, settings_dict: dict):
        host = settings_dict["OPTIONS"].get("host") or settings_dict["HOST"] or "127.0.0.1"
        port = settings_dict["PORT"] or "5432"
        if host.startswith("/"):
            self.upstream = (socket.AF_UNIX, f"{host}/.s.PGSQL.{port}")
        else:
            self.upstream = (socket.AF_INET, (host, int(port)))
        self.frozen = threading.Event()
        self.closing = threading.Event()
        self.sockets: list[socket.socket] = []
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        threading.Thread(target=self.accept, daemon=True).start()

    def accept(self):
        while not self.closing.is_set():
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            server = socket.socket(self.upstream[0])
            server.connect(self.upstream[1])
            self.sockets += [client, server]
            threading.Thread(target=self.pump, args=(client, server), daemon=True).start()
            threading.Thread(target=self.pump, args=(server, client), daemon=True).start()

    def pump(self, source: socket.socket, target: socket.socket):
        try:
            while data := source.recv(65536):
                while self.frozen.is_set() and not self.closing.is_set():
                    time.sleep(0.05)
                target.sendall(data)
        except OSError:
            pass

    def close(self):
        self.closing.set()
        self.listener.close()
        for each in self.sockets:
            each.close()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_outage_a_kept_connection_to_a_frozen_server_gives_503_not_a_hung_worker(django_db_blocker):
    proxy = FreezableProxy(connection.settings_dict)
    client = Client(raise_request_exception=False)
    # Without a bounded health check the request would wait for ever: thaw after 20 s.
    thaw = threading.Timer(20, proxy.frozen.clear)
    try:
        with database_at(proxy.port, django_db_blocker):
            before = client.get("/en/outlets/?kept=1")
            kept = connection.connection
            proxy.frozen.set()
            thaw.start()
            close_old_connections()  # what request_started does before each request in production
            response, seconds = timed_get(client, "/en/actors/")
    finally:
        thaw.cancel()
        proxy.close()

    assert (before.status_code, kept is not None) == (200, True)
    assert (response.status_code, response.get("Retry-After")) == (503, RETRY_AFTER)
    # The kept connection's health check (2 s), then a new connection's connect timeout (2 s).
    assert 3.5 < seconds < 7
