"""Security: headers on every page, escaped imported text, login throttling, deploy checks."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest
from django.db import connection
from django.test import Client

from articles.models import Article
from articles.tests.factories import (
    PASSWORD,
    make_actor,
    make_article,
    make_member,
    make_mention,
    make_outlet,
    make_quote,
)

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
HOSTILE = "<script>alert(1)</script>"
ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;"
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)


@pytest.fixture
def hostile():
    """An imported article whose every text field carries a script tag."""
    outlet = make_outlet(slug="hostile", name_ar=f"وسيلة {HOSTILE}")
    speaker = make_actor(slug="hostile-speaker", name_ar=f"متحدث {HOSTILE}")
    body = f"قال المتحدث إن «كلام {HOSTILE} خطير» في القمة."
    article = make_article(headline=f"عنوان {HOSTILE}", body=body, outlet=outlet, byline=f"كاتب {HOSTILE}")
    make_quote(
        article=article, text=f"كلام {HOSTILE} خطير", speaker=speaker, speaker_text=f"المتحدث {HOSTILE}"
    )
    make_mention(article=article, actor=speaker)
    return article


def public_urls(article: Article) -> list[str]:
    return [
        "/", "/articles/", "/articles/?q=عنوان", article.get_absolute_url(), "/actors/",
        "/actors/hostile-speaker/", "/outlets/", "/outlets/hostile/", "/quotes/", "/compare/",
        "/feed/", "/sitemap.xml", "/robots.txt",
    ]  # fmt: skip


def test_security_headers_on_every_public_page(client, hostile):
    for url in public_urls(hostile):
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["Content-Security-Policy"] == CSP, url
        assert response["X-Content-Type-Options"] == "nosniff", url
        assert response["Referrer-Policy"] == "same-origin", url
        assert response["X-Frame-Options"] == "DENY", url


def test_security_headers_on_admin_pages(client):
    response = client.get("/admin/login/")

    assert (response["Content-Security-Policy"], response["X-Frame-Options"]) == (CSP, "DENY")


def test_security_hsts_over_https_with_production_settings(client, settings, hostile):
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    settings.SECURE_HSTS_PRELOAD = True

    plain = client.get("/articles/")
    secure = client.get("/articles/", secure=True)

    assert (plain.status_code, plain["Location"]) == (301, "https://testserver/articles/")
    assert secure["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"


def test_security_imported_text_is_escaped_on_every_public_page(client, hostile):
    for url in public_urls(hostile):
        page = client.get(url).content.decode()
        assert HOSTILE not in page, url


def test_security_imported_text_shows_as_text_on_the_article_page(client, hostile):
    page = client.get(hostile.get_absolute_url()).content.decode()

    assert f"عنوان {ESCAPED}" in page
    assert f"كاتب {ESCAPED}" in page


def test_security_imported_text_is_escaped_in_the_feed(client, hostile):
    feed = client.get("/feed/").content.decode()

    assert HOSTILE not in feed
    assert f"<title>عنوان {ESCAPED}</title>" in feed


@pytest.mark.parametrize(
    "url",
    ["/admin/articles/article/", "change-article", "/admin/articles/quote/",
     "/admin/articles/actor/?q=hostile", "/admin/articles/outlet/?q=hostile", "history-article"],
)  # fmt: skip
def test_security_imported_text_is_escaped_in_the_admin(client, hostile, url):
    client.force_login(make_member(username="layla", group="Editors"))
    url = {
        "change-article": f"/admin/articles/article/{hostile.pk}/change/",
        "history-article": f"/admin/articles/article/{hostile.pk}/history/",
    }.get(url, url)

    page = client.get(url).content.decode()

    assert HOSTILE not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_security_csrf_is_required_on_the_login_form():
    client = Client(enforce_csrf_checks=True)

    response = client.post("/admin/login/", {"username": "x", "password": "y"})

    assert response.status_code == 403
    assert "<p>تم الفشل للتحقق من CSRF. تم إنهاء الطلب.</p>" in response.content.decode()


def test_security_csrf_token_in_admin_forms(client):
    client.force_login(make_member(username="layla", group="Editors"))

    page = client.get("/admin/articles/article/add/").content.decode()

    assert 'name="csrfmiddlewaretoken"' in page


# --- Login throttling --------------------------------------------------------------------------

LOCKED_OUT = "الحساب مغلق: محاولات تسجيل دخول كثيرة جدًا. الرجاء معاودة المحاولة في وقت لاحق."


def test_security_login_locks_out_after_five_failures_for_that_username_and_address(client):
    make_member(username="layla", group="Editors")
    wrong = {"username": "layla", "password": "guess", "next": "/admin/"}

    failures = [client.post("/admin/login/", wrong).status_code for _ in range(5)]
    locked = client.post("/admin/login/", wrong | {"password": PASSWORD})
    other_address = client.post("/admin/login/", wrong | {"password": PASSWORD}, REMOTE_ADDR="10.0.0.9")

    assert failures == [200, 200, 200, 200, 429]
    assert (locked.status_code, locked.content.decode()) == (429, LOCKED_OUT)
    assert (other_address.status_code, other_address["Location"]) == (302, "/admin/")


def test_security_a_correct_password_signs_in_before_the_limit(client):
    make_member(username="layla", group="Editors")

    client.post("/admin/login/", {"username": "layla", "password": "guess"})
    response = client.post("/admin/login/", {"username": "layla", "password": PASSWORD, "next": "/admin/"})

    assert (response.status_code, response["Location"]) == (302, "/admin/")


# --- Deploy ------------------------------------------------------------------------------------


def production_env() -> dict[str, str]:
    # The test database, reached the way DATABASE_URL reaches the server.
    server = urlsplit(os.getenv("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/summit_archive"))
    url = urlunsplit(server._replace(path=f"/{connection.settings_dict['NAME']}"))
    return {
        **os.environ,
        "DATABASE_URL": url,
        "DEBUG": "0",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": "archive.example.org",
        "CSRF_TRUSTED_ORIGINS": "https://archive.example.org",
        "SECURE_SSL_REDIRECT": "1",
    }


def test_security_check_deploy_reports_nothing_with_production_values():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT, env=production_env(), capture_output=True, text=True, timeout=120,
    )  # fmt: skip

    assert (result.returncode, result.stdout.strip()) == (
        0,
        "System check identified no issues (0 silenced).",
    )


def test_security_check_deploy_flags_the_development_key():
    env = production_env()
    del env["SECRET_KEY"]

    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip

    assert "security.W009" in result.stderr + result.stdout
