"""The public pages' cache: one version for the whole archive, bumped by every edit.

Every public page is built from many rows (an article page shows its outlet, its
quotes and their speakers), so rather than tracking which page shows which row, any
save or delete of archive content starts a new version, and old pages expire unread.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from threading import local

from django.core.cache import cache
from django.db import transaction
from django.db.models import Max
from django.db.models.signals import post_delete, post_save

from articles.models import Actor, Alias, Article, Frame, FrameTerm, Mention, Outlet, Quote

VERSION_KEY = "public-pages:version"
CONTENT_MODELS = (Article, Quote, Actor, Alias, Mention, Outlet, Frame, FrameTerm)


def version() -> int:
    """The current version: the time (in ns) of the last change to the archive."""
    current = cache.get(VERSION_KEY)
    if current is None:
        cache.add(VERSION_KEY, time.time_ns(), timeout=None)
        current = cache.get(VERSION_KEY, time.time_ns())
    return current


def bump() -> None:
    """Forget every cached public page; call after bulk writes that send no signals."""
    cache.set(VERSION_KEY, max(time.time_ns(), version() + 1), timeout=None)


def last_modified() -> datetime:
    """When the public archive last changed: the latest published article or any later edit.

    Quotes, actors and outlets carry no date an article would show, so the version's
    time stands in for them; an edit to a draft moves it too, which only costs a refetch.
    """
    key = f"public-pages:last-modified:{version()}"
    stamp = cache.get(key)
    if stamp is None:
        latest = Article.objects.published().aggregate(latest=Max("updated_at"))["latest"]
        changed = datetime.fromtimestamp(version() / 1e9, tz=UTC)
        stamp = max(filter(None, [latest, changed]))
        cache.set(key, stamp)
    return stamp


_batch = local()


@contextmanager
def one_change() -> Iterator[None]:
    """Treat every write inside as one change: a single bump at the end, not one a row.

    Re-extracting an article deletes and writes dozens of quotes and mentions; each would
    otherwise start a new version with its own cache round trips.
    """
    if getattr(_batch, "active", False):
        yield
        return
    _batch.active = True
    try:
        yield
    finally:
        _batch.active = False
        transaction.on_commit(bump)


def _content_changed(sender, **kwargs) -> None:
    if not kwargs.get("raw") and not getattr(_batch, "active", False):
        bump()


for _model in CONTENT_MODELS:
    post_save.connect(_content_changed, sender=_model, dispatch_uid=f"public-cache-{_model.__name__}")
    post_delete.connect(_content_changed, sender=_model, dispatch_uid=f"public-cache-del-{_model.__name__}")
