"""The public page cache: one entry per page, a hit without a query, off when told, gzip only
where it is safe, and Redis as docker-compose's cache."""

import gzip
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.cache import cache
from django.db import connection

from articles import caching
from articles.models import Article

ROOT = Path(__file__).resolve().parents[2]
LOCAL_MEMORY = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
REDIS_URL = "redis://127.0.0.1:6379/15"  # a database of its own, emptied by the test


def cache_rows() -> list[str]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT cache_key FROM summit_cache ORDER BY cache_key")
        return [key for (key,) in cursor.fetchall()]


def test_cached_page_is_served_without_a_database_query(client, archive, settings, django_assert_num_queries):
    settings.CACHES = LOCAL_MEMORY
    caching.forget_local()
    url = archive["reuters"].get_absolute_url()
    first = client.get(url)

    with django_assert_num_queries(0):
        second = client.get(url)

    assert (first["X-Cache"], second["X-Cache"]) == ("miss", "hit")
    assert second.content == first.content
    assert second["ETag"] == first["ETag"]
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]


def test_cached_page_on_the_database_cache_is_one_query_in_another_worker(
    client, archive, django_assert_num_queries, monkeypatch
):
    monkeypatch.setattr(caching, "VERSION_SECONDS", 60)
    url = archive["reuters"].get_absolute_url()
    client.get(url)
    with django_assert_num_queries(0):  # this process's copy
        client.get(url)
    caching.forget_local()  # as a worker that did not build the page sees it

    with django_assert_num_queries(1):  # the version and the page, in one SELECT
        response = client.get(url)

    assert response["X-Cache"] == "hit"


def test_change_in_another_worker_is_seen_within_a_second(client, archive, monkeypatch):
    monkeypatch.setattr(caching, "VERSION_SECONDS", 60)
    article = archive["reuters"]
    client.get(article.get_absolute_url())
    Article.objects.filter(pk=article.pk).update(headline="عنوان من عامل آخر")
    cache.set(caching.VERSION_KEY, caching.version() + 1, timeout=None)  # the other worker's bump

    soon = client.get(article.get_absolute_url())
    monkeypatch.setattr(caching, "VERSION_SECONDS", 0)
    later = client.get(article.get_absolute_url())

    assert (soon["X-Cache"], later["X-Cache"]) == ("hit", "miss")
    assert "عنوان من عامل آخر" in later.content.decode()


def test_cached_page_is_one_cache_entry(client, archive):
    url = archive["reuters"].get_absolute_url()
    before = cache_rows()

    client.get(url)
    client.get(url)
    client.get("/en" + url)

    added = [key for key in cache_rows() if key not in before]
    assert [key.split(":")[2:4] for key in added if ":page:" in key] == [["page", "public"]] * 2


def test_zero_public_cache_seconds_writes_nothing_to_the_cache(client, archive, settings):
    settings.PUBLIC_CACHE_SECONDS = 0
    url = archive["reuters"].get_absolute_url()
    client.get("/robots.txt")  # the archive version exists from here on
    before = cache_rows()

    first = client.get(url)
    second = client.get(url)
    feed = client.get("/feed/")

    assert cache_rows() == before
    assert ("X-Cache" in first, "X-Cache" in second, "X-Cache" in feed) == (False, False, False)
    assert "public" not in second.get("Cache-Control", "")
    assert second.content == first.content


def test_public_page_is_gzipped_for_readers_who_accept_it(client, archive):
    url = archive["reuters"].get_absolute_url()
    plain = client.get(url)

    zipped = client.get(url, HTTP_ACCEPT_ENCODING="gzip, deflate, br")

    assert zipped["Content-Encoding"] == "gzip"
    assert gzip.decompress(zipped.content) == plain.content
    assert int(zipped["Content-Length"]) == len(zipped.content) < len(plain.content) / 2
    assert "Accept-Encoding" in zipped["Vary"] and "Accept-Encoding" in plain["Vary"]
    assert zipped["ETag"] == "W/" + plain["ETag"]
    assert "Content-Encoding" not in plain


def test_public_page_is_gzipped_with_the_cache_off(client, archive, settings):
    settings.PUBLIC_CACHE_SECONDS = 0
    url = archive["reuters"].get_absolute_url()

    zipped = client.get(url, HTTP_ACCEPT_ENCODING="gzip")

    assert zipped["Content-Encoding"] == "gzip"
    assert "csrfmiddlewaretoken" not in gzip.decompress(zipped.content).decode()


def test_page_carrying_a_csrf_token_is_never_gzipped(client, archive):
    response = client.get("/admin/login/", HTTP_ACCEPT_ENCODING="gzip")
    public_login_like = client.get("/en/admin/login/", HTTP_ACCEPT_ENCODING="gzip", follow=True)

    assert "csrfmiddlewaretoken" in response.content.decode()
    assert "Content-Encoding" not in response
    assert "Content-Encoding" not in public_login_like


def test_signed_in_readers_pages_are_never_gzipped_nor_cached(client, archive, admin_user):
    client.force_login(admin_user)

    response = client.get(archive["reuters"].get_absolute_url(), HTTP_ACCEPT_ENCODING="gzip")

    assert ("Content-Encoding" in response, "X-Cache" in response) == (False, False)
    assert response["Cache-Control"] == "private, no-cache"


def redis_answers() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=0.5) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False


@pytest.fixture
def redis_cache(settings):
    if not redis_answers():
        if os.environ.get("REQUIRE_REDIS") == "1":  # .ci/run: never skip there
            pytest.fail("no Redis answers on 127.0.0.1:6379, and CI has one")
        pytest.skip("no Redis answers on 127.0.0.1:6379 (apt-get install redis-server)")
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
    }
    cache.clear()
    caching.forget_local()  # the version the fixtures' saves left was the database cache's
    yield cache
    cache.clear()


def test_redis_cache_serves_pages_without_a_database_query(
    client, archive, redis_cache, django_assert_num_queries
):
    url = archive["reuters"].get_absolute_url()
    first = client.get(url)
    caching.forget_local()  # read from Redis, not this process's copy

    with django_assert_num_queries(0):
        second = client.get(url, HTTP_ACCEPT_ENCODING="gzip")

    assert (first["X-Cache"], second["X-Cache"]) == ("miss", "hit")
    assert gzip.decompress(second.content) == first.content
    assert type(redis_cache._cache).__name__ == "RedisCacheClient"


def test_redis_cache_is_refreshed_when_an_article_changes(client, archive, redis_cache):
    article = archive["reuters"]
    client.get(article.get_absolute_url())

    article.headline = "عنوان جديد للقمة"
    article.save()
    response = client.get(article.get_absolute_url())

    assert response["X-Cache"] == "miss"
    assert "عنوان جديد للقمة" in response.content.decode()


@pytest.mark.parametrize(
    ("redis_url", "backend"),
    [
        ("redis://cache:6379/0", "django.core.cache.backends.redis.RedisCache redis://cache:6379/0"),
        ("", "django.core.cache.backends.db.DatabaseCache summit_cache"),
    ],
)
def test_redis_url_selects_the_cache_backend(redis_url, backend):
    code = (
        "from django.conf import settings as s; c = s.CACHES['default']; print(c['BACKEND'], c['LOCATION'])"
    )
    env = {**os.environ, "REDIS_URL": redis_url, "DJANGO_SETTINGS_MODULE": "summit_archive.settings"}

    done = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=60,
    )  # fmt: skip

    assert (done.returncode, done.stdout.strip()) == (0, backend)
