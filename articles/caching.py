"""The archive's content version and every cache key built on it.

Every public page is built from many rows (an article page shows its outlet, its quotes and
their speakers), so rather than tracking which page shows which row, any save or delete of
archive content starts a new version (`articles.signals` calls `bump()`), and keys of the old
version expire unread.  `key()` is the one place a cache key is made: the name of what is
kept, the version, the audience it was computed for (`articles.audience`) and the parts that
tell one entry from another.

This module is named `caching`, not `cache`, so that `from django.core.cache import cache`
reads the same everywhere.
"""

from __future__ import annotations

import hashlib
import time
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from threading import Lock, local

from django.core.cache import cache
from django.db import transaction
from django.db.models import Max

VERSION_KEY = "archive:version"
REGISTRY_VERSION_KEY = "registry:version"


def version() -> int:
    """The current version: the time (in ns) of the last change to the archive."""
    current = cache.get(VERSION_KEY)
    if current is None:
        cache.add(VERSION_KEY, time.time_ns(), timeout=None)
        current = cache.get(VERSION_KEY, time.time_ns())
    return current


def registry_version() -> int:
    """The registry's version: the time (in ns) of the last change to an actor or an alias.

    Apart from `version()`, which every stored article moves: what is built from the registry
    alone (the extraction gazetteer) is built again only when the registry changed, not a few
    times a minute during an import.
    """
    current = cache.get(REGISTRY_VERSION_KEY)
    if current is None:
        cache.add(REGISTRY_VERSION_KEY, time.time_ns(), timeout=None)
        current = cache.get(REGISTRY_VERSION_KEY, time.time_ns())
    return current


def bump_registry() -> None:
    """An actor or an alias changed: other processes build their gazetteer again."""
    cache.set(REGISTRY_VERSION_KEY, max(time.time_ns(), registry_version() + 1), timeout=None)


def key(name: str, *parts, audience: str = "", current: int | None = None) -> str:
    """The cache key of `name` for this archive version, audience and parts.

    The parts are hashed, so a URL, a SQL statement or a dict of filters make keys of one
    length; `current` is the version when the caller read it already.
    """
    digest = hashlib.sha256(repr(parts).encode()).hexdigest()[:32] if parts else "-"
    return f"{name}:{version() if current is None else current}:{audience or '-'}:{digest}"


def entry_key(name: str, *parts, audience: str = "") -> str:
    """The key of an entry kept across versions, which holds the version it was made in
    (`lookup`, `store`): one key per page, read with the version in one round trip."""
    digest = hashlib.sha256(repr(parts).encode()).hexdigest()[:32] if parts else "-"
    return f"{name}:{audience or '-'}:{digest}"


# Each process keeps the version it read, and the pages it served lately, for a moment: a hit
# then costs no round trip at all.  A change made in this process is seen at once (`bump`);
# one made in another worker within VERSION_SECONDS.
VERSION_SECONDS = 1.0
LOCAL_ENTRIES = 200
_known: tuple[int, float] | None = None  # (version, when it was read)
_local: OrderedDict[str, tuple[int, float, object]] = OrderedDict()  # entry → (version, until, value)
_lock = Lock()


def current_version() -> int:
    """The archive version, read from the shared cache at most once per VERSION_SECONDS."""
    if _known is None or time.monotonic() - _known[1] > VERSION_SECONDS:
        _learn_version(version())
    return _known[0]


def _learn_version(current: int) -> None:
    global _known
    _known = (current, time.monotonic())


def lookup(entry: str) -> tuple[int, object | None]:
    """The current version and what `entry` holds when it was stored in that version: from
    this process's recent copies, else in one cache round trip (no query on Redis), which
    reads the version too when this process's is older than VERSION_SECONDS."""
    if _known is not None and time.monotonic() - _known[1] <= VERSION_SECONDS:
        current = _known[0]
        with _lock:
            kept = _local.get(entry)
            if kept is not None and kept[0] == current and kept[1] > time.monotonic():
                _local.move_to_end(entry)
                return current, kept[2]
        shared = cache.get(entry)
    else:
        found = cache.get_many([VERSION_KEY, entry])
        if VERSION_KEY not in found:
            return current_version(), None
        current = found[VERSION_KEY]
        _learn_version(current)
        shared = found.get(entry)
    if shared is not None and shared[0] == current:
        _remember(entry, current, shared[1], shared[2])
        return current, shared[1]
    return current, None


def store(entry: str, current: int, value: object, timeout: int) -> None:
    """Keep `value` under `entry` for the version `current` read before it was computed (a
    change meanwhile makes it stale at once)."""
    until = time.time() + timeout
    cache.set(entry, (current, value, until), timeout)
    _remember(entry, current, value, until)


def _remember(entry: str, current: int, value: object, until: float) -> None:
    with _lock:
        _local[entry] = (current, time.monotonic() + (until - time.time()), value)
        _local.move_to_end(entry)
        while len(_local) > LOCAL_ENTRIES:
            _local.popitem(last=False)


def forget_local() -> None:
    """Drop this process's copies (tests: each starts from an empty cache)."""
    global _known
    _known = None
    with _lock:
        _local.clear()


def bump() -> None:
    """Forget everything kept for the old version; call after bulk writes that send no signals."""
    new = max(time.time_ns(), version() + 1)
    cache.set(VERSION_KEY, new, timeout=None)
    _learn_version(new)


def last_modified() -> datetime:
    """When the public archive last changed: the latest published article or any later edit.

    Quotes, actors and outlets carry no date an article would show, so the version's
    time stands in for them; an edit to a draft moves it too, which only costs a refetch.
    """
    from articles.audience import PUBLIC

    current = version()
    stamp_key = key("last-modified", current=current)
    stamp = cache.get(stamp_key)
    if stamp is None:
        latest = PUBLIC.articles().aggregate(latest=Max("updated_at"))["latest"]
        changed = datetime.fromtimestamp(current / 1e9, tz=UTC)
        stamp = max(filter(None, [latest, changed]))
        cache.set(stamp_key, stamp)
    return stamp


_batch = local()


@contextmanager
def one_change() -> Iterator[None]:
    """Treat every write inside as one change: a single bump at the end, not one a row.

    Re-extracting an article deletes and writes dozens of quotes and mentions; each would
    otherwise start a new version with its own cache round trips.
    """
    if in_one_change():
        yield
        return
    _batch.active = True
    try:
        yield
    finally:
        _batch.active = False
        transaction.on_commit(bump)


def in_one_change() -> bool:
    return getattr(_batch, "active", False)
