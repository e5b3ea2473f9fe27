"""What the public (not signed in) can reach: published articles only, cached, with metadata."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest
from django.core.cache import cache
from django.urls import Resolver404, resolve
from django.utils.http import http_date

from articles import caching
from articles.models import Article
from articles.tests.factories import make_actor, make_article, make_mention, make_outlet, make_quote

pytestmark = pytest.mark.django_db

# Strings that exist only in the draft: if any public page shows one, a draft leaked.
DRAFT_OUTLET = "صحيفة الكواليس المسرّبة"
DRAFT_OUTLET_EN = "Leakwatch Gazette"
DRAFT_ACTOR = "الجنرال زيدان المسرّب"
DRAFT_ACTOR_EN = "General Leakovich"
DRAFT_HEADLINE = "مسودة تكشف صفقة الصواريخ المسرّبة"
DRAFT_QUOTE = "سنسلم الصواريخ سرا قبل الشتاء"
DRAFT_STRINGS = [DRAFT_OUTLET, DRAFT_OUTLET_EN, DRAFT_ACTOR, DRAFT_ACTOR_EN, DRAFT_HEADLINE, DRAFT_QUOTE]

PUBLISHED_HEADLINE = "بوتين يستقبل كيم في فوستوتشني"
PUBLISHED_BODY = "قال بوتين إن «المحادثات كانت مثمرة» في ختام القمة."


@pytest.fixture
def archive():
    """One published article, and drafts that would leak through every public page."""
    cache.clear()
    ahram = make_outlet(
        slug="al-ahram", name_ar="الأهرام", name_en="Al Ahram", domain="al-ahram.example", kind="newspaper"
    )
    putin = make_actor(slug="putin", name_ar="فلاديمير بوتين", name_en="Putin")
    published = make_article(
        headline=PUBLISHED_HEADLINE, body=PUBLISHED_BODY, outlet=ahram, published_on=date(2023, 9, 13)
    )
    make_quote(
        article=published, text="المحادثات كانت مثمرة", speaker=putin, speaker_text="بوتين", verified=True
    )
    make_mention(article=published, actor=putin)

    leaky_outlet = make_outlet(slug="leakwatch", name_ar=DRAFT_OUTLET, name_en=DRAFT_OUTLET_EN)
    leaky_actor = make_actor(slug="leakovich", name_ar=DRAFT_ACTOR, name_en=DRAFT_ACTOR_EN)
    body = f"قال {DRAFT_ACTOR} إن «{DRAFT_QUOTE}» بحسب بوتين."
    draft = make_article(headline=DRAFT_HEADLINE, body=body, outlet=leaky_outlet, status=Article.Status.DRAFT)
    make_quote(article=draft, text=DRAFT_QUOTE, speaker=leaky_actor, speaker_text=DRAFT_ACTOR)
    make_mention(article=draft, actor=leaky_actor, count=2)
    # A draft of the published outlet, quoting the published actor: only counts could leak.
    other = make_article(
        headline="مسودة ثانية",
        body=f"قال بوتين «{DRAFT_QUOTE} أيضا».",
        outlet=ahram,
        status=Article.Status.DRAFT,
    )
    make_quote(article=other, text=f"{DRAFT_QUOTE} أيضا", speaker=putin)
    return {"published": published, "draft": draft, "other": other}


def public_urls(archive) -> dict[str, str]:
    draft = archive["draft"]
    return {
        "home": "/",
        "article-list": "/articles/",
        "article-list-q-headline": "/articles/?q=مسودة+تكشف+صفقة",
        "article-list-q-quote": "/articles/?q=سنسلم+الصواريخ",
        "article-list-draft-outlet": "/articles/?outlet=leakwatch",
        "article-list-draft-actor": "/articles/?actor=leakovich",
        "article-list-draft-speaker": "/articles/?speaker=leakovich",
        "article-draft-detail": f"/articles/{draft.pk}/{draft.slug}/",
        "article-draft-detail-wrong-slug": f"/articles/{draft.pk}/-/",
        "article-draft-short-link": f"/articles/{draft.pk}/",
        "actor-list": "/actors/",
        "actor-draft-only": "/actors/leakovich/",
        "actor-published": "/actors/putin/",
        "outlet-list": "/outlets/",
        "outlet-draft-only": "/outlets/leakwatch/",
        "outlet-published": "/outlets/al-ahram/",
        "quote-list": "/quotes/",
        "quote-list-q": "/quotes/?q=سنسلم+الصواريخ",
        "quote-list-draft-speaker": "/quotes/?speaker=leakovich",
        "compare": "/compare/",
        "compare-export-csv": "/compare/?format=csv",
        "compare-export-json": "/compare/?format=json",
        "compare-draft-outlet-json": "/compare/?outlet=leakwatch&format=json",
        "article-export-csv": "/articles/?format=csv",
        "article-export-json-q": "/articles/?q=سنسلم+الصواريخ&format=json",
        "quote-export-json": "/quotes/?format=json",
        "feed": "/feed/",
        "sitemap": "/sitemap.xml",
        "robots": "/robots.txt",
    }


def assert_routed(url: str) -> None:
    """A missing page would answer 404 and pass for one that hides its drafts: fail instead."""
    try:
        resolve(url.split("?")[0])
    except Resolver404:
        pytest.fail(f"{url} is not routed: every page this test lists must exist", pytrace=False)


# Django's own 404 page: the archive has no 404.html of its own.
NOT_FOUND = "<h1>الصفحة غير موجودة</h1>"
NO_ARTICLES = "لا مقالات تطابق هذه الفلاتر."
NO_QUOTES = "لا اقتباسات تطابق هذه الفلاتر."
# What each page answers and says: the published article (or what is left without the drafts),
# so an empty or broken page cannot pass for one that hides its drafts.
PAGE_SAYS = {
    "home": (200, PUBLISHED_HEADLINE),
    "article-list": (200, PUBLISHED_HEADLINE),
    "article-list-q-headline": (200, NO_ARTICLES),
    "article-list-q-quote": (200, NO_ARTICLES),
    "article-list-draft-outlet": (200, NO_ARTICLES),
    "article-list-draft-actor": (200, NO_ARTICLES),
    "article-list-draft-speaker": (200, NO_ARTICLES),
    "article-draft-detail": (404, NOT_FOUND),
    "article-draft-detail-wrong-slug": (404, NOT_FOUND),
    "article-draft-short-link": (404, NOT_FOUND),
    "actor-list": (200, "فلاديمير بوتين"),
    "actor-draft-only": (404, NOT_FOUND),
    "actor-published": (200, "فلاديمير بوتين"),
    "outlet-list": (200, "الأهرام"),
    "outlet-draft-only": (404, NOT_FOUND),
    "outlet-published": (200, PUBLISHED_HEADLINE),
    "quote-list": (200, "المحادثات كانت مثمرة"),
    "quote-list-q": (200, NO_QUOTES),
    "quote-list-draft-speaker": (200, NO_QUOTES),
    "compare": (200, "الأهرام"),
    "compare-export-csv": (200, "column,al-ahram,الأهرام,outlet,Al Ahram,1"),
    "compare-export-json": (200, '"label": "الأهرام"'),
    "compare-draft-outlet-json": (200, '"columns": []'),
    "article-export-csv": (200, PUBLISHED_HEADLINE),
    "article-export-json-q": (200, '"articles": []'),
    "quote-export-json": (200, "المحادثات كانت مثمرة"),
    "feed": (200, PUBLISHED_HEADLINE),
    "sitemap": (200, "http://testserver/actors/putin/"),
    "robots": (200, "Sitemap: http://testserver/sitemap.xml"),
}


def leak(name: str, where: str):
    return pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=f"draft leak, fix in {where}"))


@pytest.mark.parametrize("name", PAGE_SAYS)
def test_public_no_draft_reachable(client, archive, name):
    url = public_urls(archive)[name]
    assert_routed(url)

    response = client.get(url, follow=True)
    page = response.content.decode()
    if "json" in response.get("Content-Type", ""):
        page += json.dumps(json.loads(page), ensure_ascii=False)

    assert [s for s in DRAFT_STRINGS if s in page] == [], f"{url} shows draft data"
    status, says = PAGE_SAYS[name]
    assert response.status_code == status, f"{url} answered {response.status_code}"
    assert says in page, f"{url} does not say {says!r}"


@pytest.mark.parametrize("kind", ["detail", "wrong-slug"])
def test_public_draft_article_is_404(client, archive, kind):
    draft = archive["draft"]
    slug = draft.slug if kind == "detail" else "-"

    response = client.get(f"/articles/{draft.pk}/{slug}/")

    assert response.status_code == 404
    page = response.content.decode()
    assert NOT_FOUND in page
    assert DRAFT_HEADLINE not in page


def test_public_published_article_is_shown(client, archive):
    published = archive["published"]

    response = client.get(published.get_absolute_url())

    assert response.status_code == 200
    assert "بوتين يستقبل كيم في فوستوتشني" in response.content.decode()


def test_public_article_page_marks_quotes_as_quotations(client, archive):
    response = client.get(archive["published"].get_absolute_url())

    assert re.findall(r"<q\b[^>]*>([^<]*)</q>", response.content.decode())[-1] == "المحادثات كانت مثمرة"


# --- Metadata ----------------------------------------------------------------------------------


def jsonld(page: str) -> dict:
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    assert len(blocks) == 1
    return json.loads(blocks[0])


def test_public_article_page_has_canonical_open_graph_and_twitter_tags(client, archive):
    published = archive["published"]
    url = f"http://testserver{published.get_absolute_url()}"

    page = client.get(published.get_absolute_url()).content.decode()

    assert f'<link rel="canonical" href="{url}">' in page
    assert f'<meta property="og:url" content="{url}">' in page
    assert '<meta property="og:type" content="article">' in page
    assert '<meta property="og:title" content="بوتين يستقبل كيم في فوستوتشني">' in page
    assert '<meta property="article:published_time" content="2023-09-13">' in page
    assert '<meta name="twitter:card" content="summary">' in page
    assert '<meta name="twitter:title" content="بوتين يستقبل كيم في فوستوتشني">' in page


def test_public_article_jsonld_is_a_news_article(client, archive):
    published = archive["published"]
    published.byline = "سامي الكاتب"
    published.url = "https://al-ahram.example/2023/09/13/summit"
    published.wire = make_outlet(
        slug="tass", name_ar="تاس", name_en="Tass", kind="agency", country="روسيا", domain="tass.ru"
    )
    published.save()
    url = f"http://testserver{published.get_absolute_url()}"

    data = jsonld(client.get(published.get_absolute_url()).content.decode())

    assert data == {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "بوتين يستقبل كيم في فوستوتشني",
        "inLanguage": "ar",
        "url": url,
        "mainEntityOfPage": url,
        "dateModified": data["dateModified"],
        "datePublished": "2023-09-13",
        "publisher": {"@type": "NewsMediaOrganization", "name": "الأهرام", "alternateName": "Al Ahram",
                      "url": "https://al-ahram.example/"},
        "sourceOrganization": {"@type": "NewsMediaOrganization", "name": "تاس", "alternateName": "Tass",
                               "url": "https://tass.ru/"},
        "author": {"@type": "Person", "name": "سامي الكاتب"},
        "isBasedOn": "https://al-ahram.example/2023/09/13/summit",
    }  # fmt: skip
    assert data["dateModified"].startswith(published.updated_at.date().isoformat())


def test_public_article_jsonld_wire_copy_is_published_by_the_agency(client):
    tass = make_outlet(slug="tass", name_ar="تاس", name_en="Tass", kind="agency", domain="")
    wire_copy = make_article(wire=tass)

    data = jsonld(client.get(wire_copy.get_absolute_url()).content.decode())

    assert data["publisher"] == {"@type": "NewsMediaOrganization", "name": "تاس", "alternateName": "Tass"}
    assert "sourceOrganization" not in data and "author" not in data and "isBasedOn" not in data


def test_public_article_jsonld_cannot_break_out_of_its_script(client):
    hostile = make_article(headline='</script><script>alert("x")</script> & <b>')

    page = client.get(hostile.get_absolute_url()).content.decode()

    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1)
    assert "<" not in block and ">" not in block
    assert json.loads(block)["headline"] == '</script><script>alert("x")</script> & <b>'


# --- Caching -----------------------------------------------------------------------------------


def test_public_page_is_cached_for_anonymous_readers(client, archive):
    first = client.get("/feed/")
    second = client.get("/feed/")

    assert (first["X-Cache"], second["X-Cache"]) == ("miss", "hit")
    assert second.content == first.content
    assert second["Cache-Control"] == "public, max-age=300"
    assert second["Content-Type"] == first["Content-Type"]


def test_public_cache_is_refreshed_when_an_article_is_published(client, archive):
    client.get("/feed/")
    draft = archive["draft"]

    draft.status = Article.Status.PUBLISHED
    draft.save()
    response = client.get("/feed/")

    assert response["X-Cache"] == "miss"
    assert DRAFT_HEADLINE in response.content.decode()


def test_public_cache_is_refreshed_when_an_actor_is_renamed(client, archive):
    url = archive["published"].get_absolute_url()
    client.get(url)
    putin = archive["published"].mentions.get().actor

    putin.name_ar = "الرئيس بوتين"
    putin.save()
    response = client.get(url)

    assert "X-Cache" not in response or response["X-Cache"] == "miss"
    assert "الرئيس بوتين" in response.content.decode()


def test_public_cache_keeps_languages_apart(client, archive):
    client.get("/feed/", HTTP_ACCEPT_LANGUAGE="ar")

    english = client.get("/feed/", HTTP_ACCEPT_LANGUAGE="en")

    assert english["X-Cache"] == "miss"
    assert english["Content-Language"] == "en"


def test_public_cache_is_never_used_for_staff(client, archive, admin_user):
    client.get("/feed/")
    client.force_login(admin_user)

    response = client.get("/feed/")

    assert "X-Cache" not in response
    assert response["Cache-Control"] == "private, no-cache"


def test_public_cache_never_stores_a_page_carrying_a_csrf_token(client, archive):
    client.get("/robots.txt")  # any page: the reader now holds a CSRF cookie or not
    response = client.get("/admin/login/")

    assert "X-Cache" not in response
    assert "public" not in response.get("Cache-Control", "")


def test_public_html_pages_are_cached_without_a_csrf_token(client, archive):
    url = archive["published"].get_absolute_url()

    first = client.get(url)
    second = client.get(url)

    assert "csrfmiddlewaretoken" not in first.content.decode()
    assert (first.get("X-Cache"), second.get("X-Cache")) == ("miss", "hit")


def test_public_conditional_get_answers_304(client, archive):
    first = client.get("/feed/")

    by_etag = client.get("/feed/", HTTP_IF_NONE_MATCH=first["ETag"])
    by_date = client.get("/feed/", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])

    assert (by_etag.status_code, by_date.status_code) == (304, 304)
    assert by_etag.content == b""


def test_public_last_modified_is_the_latest_change(client, archive):
    published = archive["published"]

    response = client.get("/feed/")

    changed = caching.last_modified()
    assert response["Last-Modified"] == http_date(changed.timestamp())
    assert changed >= published.updated_at


# --- Health ------------------------------------------------------------------------------------


def test_public_healthz_says_ok_and_is_never_cached(client, settings):
    settings.ALLOWED_HOSTS = ["archive.example.org"]

    response = client.get("/healthz", HTTP_HOST="127.0.0.1:8000")

    assert (response.status_code, response.json()) == (200, {"status": "ok"})
    assert "no-cache" in response["Cache-Control"] and "max-age=0" in response["Cache-Control"]


# The database down or frozen: test_outage.py.


def test_public_healthz_is_exempt_from_the_ssl_redirect(client, settings):
    settings.SECURE_SSL_REDIRECT = True

    health = client.get("/healthz")
    home = client.get("/")

    assert (health.status_code, health.json()) == (200, {"status": "ok"})
    assert (home.status_code, home["Location"]) == (301, "https://testserver/")
