"""Read replicas: the archive pages read from `DATABASES["replica"]`, everything else from
and to the primary.

`REPLICA_READS` (set when `DATABASE_REPLICA_URL` is) turns it on.  `ReplicaReadsMiddleware`
marks a request as an archive page read: a GET or HEAD outside the admin, the health check
and the language switch (`articles.middleware.is_public_request`).  Within it, the ORM reads
the `articles` app's models from the replica; users, sessions, the cache table, the task queue
and raw SQL through `django.db.connection` stay on the primary, and every write goes there.
A replica lags its primary by a moment: a page may show an edit a moment late, and the page
cache keyed on the archive version is refreshed by the next change.
"""

from __future__ import annotations

from contextvars import ContextVar

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS
from django.http import HttpRequest, HttpResponse

from articles.middleware import is_public_request

REPLICA = "replica"
_archive_read: ContextVar[bool] = ContextVar("archive_read", default=False)


class ReplicaRouter:
    def db_for_read(self, model, **hints) -> str | None:
        if _archive_read.get() and model._meta.app_label == "articles":
            return REPLICA
        return None

    def db_for_write(self, model, **hints) -> str:
        return DEFAULT_DB_ALIAS

    def allow_relation(self, obj1, obj2, **hints) -> bool:
        return True  # the same rows on both

    def allow_migrate(self, db: str, app_label: str, **hints) -> bool:
        return db == DEFAULT_DB_ALIAS  # the replica follows the primary's schema


class ReplicaReadsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not (settings.REPLICA_READS and is_public_request(request)):
            return self.get_response(request)
        token = _archive_read.set(True)
        try:
            return self.get_response(request)
        finally:
            _archive_read.reset(token)
