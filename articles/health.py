"""`/healthz` for the container's health check: is the database answering?"""

from __future__ import annotations

from django.db import DatabaseError, connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils.cache import add_never_cache_headers

HEALTHZ_PATH = "/healthz"


def healthz(request: HttpRequest) -> JsonResponse:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        response = JsonResponse({"status": "unavailable"}, status=503)
    else:
        response = JsonResponse({"status": "ok"})
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
