"""The Atom feed, the sitemap and robots.txt: published articles only."""

from __future__ import annotations

import re

import pytest

from articles.models import Article
from articles.tests import curation_data as make

pytestmark = pytest.mark.django_db


@pytest.fixture
def archive():
    ahram = make.outlet()
    tass = make.outlet("tass", "تاس", kind="agency")
    make.outlet("silent", "وسيلة بلا تغطية منشورة")
    putin = make.actor()
    kim = make.actor("kim", "كيم جونغ أون", affiliation="north-korea")
    first = make.article(outlet=ahram, byline="سامي الكاتب")
    make.quote(first, "المحادثات كانت مثمرة", putin)
    second = make.article("كيم يصل بالقطار", "وصل كيم بالقطار المصفح.", wire=tass, published_on=None)
    make.mention(second, kim)
    draft = make.article(
        "مسودة سرية", "نص سري.", outlet=make.outlet("leak", "تسريب"), status=Article.Status.DRAFT
    )
    make.mention(draft, make.actor("ghost", "شبح المسودة"))
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
