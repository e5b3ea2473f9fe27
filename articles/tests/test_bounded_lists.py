"""Lists whose cost follows the page, not the archive: `/quotes/` counts up to a limit, and a
filtered `/articles/` counts its facets over the newest articles its search and dates give."""

import re
from datetime import date

import pytest

from articles import filters, views
from articles.tests.factories import make_article, make_outlet, make_quote

pytestmark = pytest.mark.django_db


def text_of(response) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode())).strip()


def dated_articles(n: int, **fields):
    return [make_article(published_on=date(2023, 9, day), **fields) for day in range(1, n + 1)]


def test_quote_list_says_more_than_the_limit_when_it_stops_counting(client, monkeypatch):
    monkeypatch.setattr(views, "QUOTES_COUNTED", 2)
    for article in dated_articles(3):
        make_quote(article=article)

    response = client.get("/quotes/")

    assert re.findall(r"عدد الاقتباسات: (أكثر من )?(\d+)", text_of(response)) == [("أكثر من ", "2")]
    assert response.context["paginator"].count == 2
    assert [q.article.published_on.day for q in response.context["quotes"]] == [3, 2]


def test_quote_list_counts_exactly_up_to_the_limit(client, monkeypatch):
    monkeypatch.setattr(views, "QUOTES_COUNTED", 3)
    for article in dated_articles(3):
        make_quote(article=article)

    response = client.get("/quotes/")

    assert re.findall(r"عدد الاقتباسات: (أكثر من )?(\d+)", text_of(response)) == [("", "3")]
    assert [q.article.published_on.day for q in response.context["quotes"]] == [3, 2, 1]


def test_filtered_article_list_counts_the_newest_window(client, monkeypatch):
    monkeypatch.setattr(filters, "FACET_WINDOW", 2)
    monkeypatch.setattr(views, "FACET_WINDOW", 2)
    outlet = make_outlet(slug="window-outlet", name_ar="وسيلة النافذة")
    dated_articles(3, outlet=outlet)

    response = client.get("/articles/", {"outlet": "window-outlet"})

    assert response.context["paginator"].count == 2
    assert [(o.value, o.count) for o in response.context["facets"]["outlet"]] == [("window-outlet", 2)]
    assert [a.published_on.day for a in response.context["articles"]] == [3, 2]
    assert "محسوبة على أحدث 2 مقال" in text_of(response)


def test_filtered_article_list_within_the_window_counts_exactly(client, monkeypatch):
    monkeypatch.setattr(filters, "FACET_WINDOW", 4)
    outlet = make_outlet(slug="window-outlet", name_ar="وسيلة النافذة")
    dated_articles(3, outlet=outlet)

    response = client.get("/articles/", {"outlet": "window-outlet"})

    assert response.context["paginator"].count == 3
    assert [(o.value, o.count) for o in response.context["facets"]["outlet"]] == [("window-outlet", 3)]
    assert "محسوبة على أحدث" not in text_of(response)


def test_unfiltered_article_list_counts_the_whole_archive(client, monkeypatch):
    monkeypatch.setattr(filters, "FACET_WINDOW", 2)
    outlet = make_outlet(slug="window-outlet", name_ar="وسيلة النافذة")
    dated_articles(3, outlet=outlet)

    response = client.get("/articles/")

    assert response.context["paginator"].count == 3
    assert [(o.value, o.count) for o in response.context["facets"]["outlet"]] == [("window-outlet", 3)]
    assert "محسوبة على أحدث" not in text_of(response)
