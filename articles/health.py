"""`/healthz` for the container's health check: is the database answering?

Each probe opens a connection of its own rather than reusing the worker's persistent one: a
new connection honours DATABASE_CONNECT_TIMEOUT, so a database that is down or frozen gives
503 within about two seconds, where a kept connection to a stopped server could wait for ever.
"""

from __future__ import annotations

from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils.cache import add_never_cache_headers

HEALTHZ_PATH = "/healthz"


def database_answers() -> bool:
    probe = connections.create_connection(DEFAULT_DB_ALIAS)
    try:
        with probe.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except DatabaseError:
        return False
    finally:
        probe.close()


def healthz(request: HttpRequest) -> JsonResponse:
    if database_answers():
        response = JsonResponse({"status": "ok"})
    else:
        response = JsonResponse({"status": "unavailable"}, status=503)
    add_never_cache_headers(response)
    return response


class HealthCheckMiddleware:
    """Answer the probe before CommonMiddleware validates the Host header.

    docker-compose probes http://127.0.0.1:8000/healthz, a host that ALLOWED_HOSTS
    rightly does not list; the answer says nothing about any site, so no host is needed.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path_info == HEALTHZ_PATH and request.method in ("GET", "HEAD"):
            return healthz(request)
        return self.get_response(request)
