"""The facet stamp (migration 0012): the unfiltered facet counts of /articles/ and /compare/
are kept across archive versions until a write changes one of them."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.cache import cache
from django.db import connection, transaction
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from articles import caching
from articles.audience import Audience
from articles.filters import ArticleFilterSet, facet_stamp
from articles.models import Article, Quote, StatementGroup
from articles.tests.factories import make_article, make_mention, make_outlet, make_quote, registry_actor

pytestmark = pytest.mark.django_db

FACET_QUERY = "WITH b AS MATERIALIZED"


@pytest.fixture
def archive():
    cache.clear()
    caching.forget_local()
    outlet = make_outlet(slug="sawt-al-qimma", name_ar="صوت القمة")
    putin = registry_actor(slug="vladimir-putin", name_ar="فلاديمير بوتين")
    kim = registry_actor(slug="kim-jong-un", name_ar="كيم جونغ أون")
    published = make_article(
        headline="بوتين يستقبل كيم", body="قال بوتين: «نحن سعداء برؤيتكم».", outlet=outlet
    )
    make_mention(article=published, actor=putin)
    quote = make_quote(article=published, text="نحن سعداء برؤيتكم", speaker=putin)
    draft = make_article(headline="مسودة عن كيم", outlet=outlet, status=Article.Status.DRAFT)
    make_mention(article=draft, actor=kim)
    return {
        "outlet": outlet,
        "putin": putin,
        "kim": kim,
        "published": published,
        "draft": draft,
        "quote": quote,
    }


def public_facets() -> tuple[list[tuple], list[str]]:
    """The public's unfiltered facet rows as /articles/ keeps them, and the SQL it ran."""
    request = RequestFactory().get("/articles/")
    request.user = AnonymousUser()
    filterset = ArticleFilterSet(None, queryset=Audience.of(request).articles(), request=request)
    with CaptureQueriesContext(connection) as queries:
        rows = filterset.facet_rows(keep=True)
    return sorted(rows, key=repr), [q["sql"] for q in queries.captured_queries]


def counted(rows: list[tuple], facet: str) -> dict:
    return {value: n for name, value, _label, n, _ids, _en in rows if name == facet}


def recounted(sql: list[str]) -> bool:
    return any(FACET_QUERY in s for s in sql)


def test_facet_stamp_stays_when_an_edit_changes_no_count(archive):
    before = facet_stamp()
    published = archive["published"]

    published.headline = "بوتين وكيم في فوستوشني"
    published.save()
    group = StatementGroup.objects.create(speaker=archive["putin"])
    Quote.objects.filter(pk=archive["quote"].pk).update(statement_group=group)

    assert facet_stamp() == before


@pytest.mark.parametrize(
    "edit",
    [
        "publish",
        "mention",
        "speaker",
        "outlet name",
        "new article",
        "delete quote",
    ],
)
def test_facet_stamp_moves_when_an_edit_changes_a_count(archive, edit):
    before = facet_stamp()

    if edit == "publish":
        Article.objects.filter(pk=archive["draft"].pk).update(status=Article.Status.PUBLISHED)
    elif edit == "mention":
        make_mention(article=archive["published"], actor=archive["kim"])
    elif edit == "speaker":
        Quote.objects.filter(pk=archive["quote"].pk).update(speaker=archive["kim"])
    elif edit == "outlet name":
        archive["outlet"].name_ar = "صحيفة صوت القمة"
        archive["outlet"].save()
    elif edit == "new article":
        make_article(headline="كيم يغادر", outlet=archive["outlet"])
    else:
        archive["quote"].delete()

    assert facet_stamp() > before


def test_facet_stamp_of_a_rolled_back_write_is_never_used_again(archive):
    before = facet_stamp()

    with pytest.raises(RuntimeError), transaction.atomic():
        make_mention(article=archive["published"], actor=archive["kim"])
        in_rolled_back = facet_stamp()
        raise RuntimeError("the writer gives up")
    make_article(headline="كيم يغادر", outlet=archive["outlet"])

    assert (facet_stamp() == before, in_rolled_back > before, facet_stamp() > in_rolled_back) == (
        False,
        True,
        True,
    )


def test_kept_facets_are_read_after_an_edit_that_changes_no_count(archive):
    first, first_sql = public_facets()
    archive["published"].headline = "بوتين وكيم في فوستوشني"
    archive["published"].save()  # a new archive version

    again, again_sql = public_facets()

    assert (recounted(first_sql), recounted(again_sql), again) == (True, False, first)
    assert counted(again, "actor") == {"vladimir-putin": 1}


def test_facets_are_recounted_after_publishing_a_draft(archive):
    first, _sql = public_facets()

    archive["draft"].status = Article.Status.PUBLISHED
    archive["draft"].save()
    again, sql = public_facets()

    assert recounted(sql)
    assert (counted(first, "actor"), counted(again, "actor")) == (
        {"vladimir-putin": 1},
        {"vladimir-putin": 1, "kim-jong-un": 1},
    )
    assert (counted(first, "outlet"), counted(again, "outlet")) == (
        {"sawt-al-qimma": 1},
        {"sawt-al-qimma": 2},
    )


def test_compare_shows_recounted_facets_after_a_new_mention(client, archive):
    client.get("/compare/")

    make_mention(article=archive["published"], actor=archive["kim"])
    response = client.get("/compare/")

    actors = {o.value: o.count for o in response.context["facets"]["actor"]}
    assert actors == {"vladimir-putin": 1, "kim-jong-un": 1}
