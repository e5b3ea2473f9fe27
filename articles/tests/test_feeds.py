"""The Atom feed, the sitemap and robots.txt: published articles only."""

from __future__ import annotations

import re
from datetime import date

import pytest

from articles.models import Article
from articles.tests.factories import make_actor, make_article, make_mention, make_outlet, make_quote

pytestmark = pytest.mark.django_db


@pytest.fixture
def archive():
    ahram = make_outlet(slug="al-ahram", name_ar="الأهرام")
    tass = make_outlet(slug="tass", name_ar="تاس", kind="agency")
    make_outlet(slug="silent", name_ar="وسيلة بلا تغطية منشورة")
    putin = make_actor(slug="putin", name_ar="فلاديمير بوتين")
    kim = make_actor(slug="kim", name_ar="كيم جونغ أون", affiliation="north-korea")
    first = make_article(
        headline="بوتين يستقبل كيم في فوستوتشني",
        body="قال بوتين إن «المحادثات كانت مثمرة» في ختام القمة.",
        outlet=ahram,
        byline="سامي الكاتب",
        published_on=date(2023, 9, 13),
    )
    make_quote(article=first, text="المحادثات كانت مثمرة", speaker=putin)
    second = make_article(
        headline="كيم يصل بالقطار", body="وصل كيم بالقطار المصفح.", wire=tass, published_on=None
    )
    make_mention(article=second, actor=kim)
    leak = make_outlet(slug="leak", name_ar="تسريب")
    draft = make_article(headline="مسودة سرية", body="نص سري.", outlet=leak, status=Article.Status.DRAFT)
    make_mention(article=draft, actor=make_actor(slug="ghost", name_ar="شبح المسودة"))
    return {"first": first, "second": second, "draft": draft}


def test_feed_lists_published_articles_as_atom(client, archive):
    response = client.get("/feed/")
    feed = response.content.decode()

    assert response["Content-Type"] == "application/atom+xml; charset=utf-8"
    assert '<feed xml:lang="ar" xmlns="http://www.w3.org/2005/Atom">' in feed
    assert re.findall(r"<entry><title>([^<]*)</title>", feed) == [
        "بوتين يستقبل كيم في فوستوتشني",
        "كيم يصل بالقطار",
    ]
    assert "<author><name>سامي الكاتب</name></author>" in feed
    assert f'<link href="http://testserver{archive["first"].get_absolute_url()}" rel="alternate"' in feed
    assert "مسودة سرية" not in feed and "<published>2023-09-13T00:00:00+00:00</published>" in feed


def sitemap_locations(client) -> list[str]:
    return re.findall(r"<loc>http://testserver([^<]*)</loc>", client.get("/sitemap.xml").content.decode())


def test_sitemap_lists_published_articles_and_their_actors_and_outlets(client, archive):
    locations = sitemap_locations(client)

    assert locations == [
        archive["first"].get_absolute_url(), archive["second"].get_absolute_url(),
        "/actors/kim/", "/actors/putin/",
        "/outlets/al-ahram/", "/outlets/tass/",
    ]  # fmt: skip


def test_sitemap_grows_when_a_draft_is_published(client, archive):
    draft = archive["draft"]
    draft.status = Article.Status.PUBLISHED
    draft.save()

    locations = sitemap_locations(client)

    assert {draft.get_absolute_url(), "/actors/ghost/", "/outlets/leak/"} <= set(locations)


def test_robots_points_at_the_sitemap(client):
    response = client.get("/robots.txt")

    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response.content.decode() == (
        "User-agent: *\nDisallow: /admin/\nDisallow: /i18n/\nAllow: /\n\nSitemap: http://testserver/sitemap.xml\n"
    )
