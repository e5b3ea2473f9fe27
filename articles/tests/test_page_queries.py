"""Every archive page runs the same fixed number of queries with one row and with several, and
shows those rows: a page that rendered nothing cannot pass for a fast one."""

import re
from datetime import date

import pytest
from django.core.cache import cache

from articles import caching
from articles.extraction_service import gazetteer
from articles.models import Article
from articles.tests.factories import make_article, make_mention, make_quote

pytestmark = pytest.mark.django_db


def title(i: int) -> str:
    """The title of the i-th article `make_rows` makes: its whole body, as it has no headline."""
    return f"قال بوتين إن «التعاون {i} مهم» وأكد كيم ذلك في فوستوشني."


def make_rows(outlets, actors, n: int) -> None:
    """n articles, one a day from 10 September; the odd ones published by القاهرة الإخبارية,
    all of them Reuters copy, each with Putin's statement «التعاون i مهم» and the term فوستوشني."""
    putin = actors["putin"]
    for i in range(n):
        article = make_article(
            headline="",
            body=title(i),
            outlet=outlets["qahera"] if i % 2 else None,
            wire=outlets["reuters"],
            published_on=date(2023, 9, 10 + i),
        )
        make_quote(article=article, text=f"التعاون {i} مهم", speaker=putin, speaker_text=putin.name_ar)
        make_quote(article=article, text="فوستوشني", kind="term")
        make_mention(article=article, actor=putin)
        make_mention(article=article, actor=actors["kim"])


def strip_tags(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", html)).strip()


NUMBER_CELL = re.compile(r'<td class="num"[^>]*>(.*?)</td>', flags=re.S)


def listed(response) -> dict[str, list]:
    """What the page lists: article card titles, its tables' rows (the name, then the numbers)
    and its quote cards' texts; kinds the page does not show are left out."""
    html = response.content.decode()
    tables = re.findall(r'<table class="tables[^"]*">.*?<tbody>(.*?)</tbody>', html, flags=re.S)
    found = {
        "cards": re.findall(r"<h3><a [^>]*>([^<]*)</a></h3>", html),
        "rows": [
            (re.search(r"<a [^>]*>([^<]*)</a>", row).group(1), *map(strip_tags, re.findall(NUMBER_CELL, row)))
            for body in tables
            for row in re.findall(r"<tr>(.*?)</tr>", body, flags=re.S)
        ],
        "quotes": re.findall(r"<blockquote [^>]*><p>«([^<]*)»</p></blockquote>", html),
    }
    return {kind: items for kind, items in found.items() if items}


def cards(*numbers: int) -> list[str]:
    return [title(i) for i in numbers]


def statements(*numbers: int) -> list[str]:
    return [f"التعاون {i} مهم" for i in numbers]


@pytest.fixture
def no_page_cache(settings):
    """Count the view's own queries: the cache lives in memory, not in the database, and the
    page is not in it yet (each test changes the archive, so the version is new)."""
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "query-counts"}
    }
    cache.clear()


def prime_last_modified():
    """The middleware stamps Last-Modified with one query per archive version, not per page."""
    caching.last_modified()


# url, queries, what it lists with one article (1), with six (6)
PAGE_QUERIES = [
    ("/", 6, {
        1: {"cards": cards(0), "rows": [("فلاديمير بوتين", "1")]},
        6: {"cards": cards(5, 4, 3, 2, 1, 0), "rows": [("فلاديمير بوتين", "6")]},
    }),
    ("/articles/", 3, {  # the facet stamp, facets with the total, the page
        1: {"cards": cards(0)},
        6: {"cards": cards(5, 4, 3, 2, 1, 0)},
    }),
    # The search is a condition of the facets' and the list's queries (no id list of its
    # own); ranked by relevance, + the typed forms each article of the window holds.
    # outlet=reuters: Reuters copy whose publisher is unknown (the even articles), as on its page
    ("/articles/?q=بوتين&outlet=reuters&actor=kim-jong-un", 3, {
        1: {"cards": cards(0)},
        6: {"cards": cards(4, 2, 0)},
    }),
    ("/articles/?q=بوتين&ordering=date&has_quotes=yes&speaker=vladimir-putin", 2, {
        1: {"cards": cards(0)},
        6: {"cards": cards(0, 1, 2, 3, 4, 5)},
    }),
    ("/actors/", 3, {
        1: {"rows": [("فلاديمير بوتين", "1", "1"), ("كيم جونغ أون", "0", "1")]},
        6: {"rows": [("فلاديمير بوتين", "6", "6"), ("كيم جونغ أون", "0", "6")]},
    }),
    # the actor's figures (statements per outlet, articles naming the actor, the statements
    # shown: each outlet's latest among the newest) are three queries kept per archive
    # version; the mentioned articles' total comes with them
    ("/actors/vladimir-putin/", 7, {
        1: {"cards": cards(0), "quotes": statements(0)},
        6: {"cards": cards(5, 4, 3, 2, 1, 0), "quotes": statements(5, 3, 1, 4, 2, 0)},
    }),
    ("/outlets/", 2, {  # the counts, kept per archive version; the outlets
        1: {"rows": [("رويترز", "0", "1")]},
        6: {"rows": [("القاهرة الإخبارية", "3", "0"), ("رويترز", "0", "3")]},
    }),
    ("/outlets/reuters/", 4, {  # the total and the voices are kept per archive version
        1: {"cards": cards(0), "rows": [("فلاديمير بوتين", "1")]},
        6: {"cards": cards(4, 2, 0), "rows": [("فلاديمير بوتين", "3")]},
    }),
    ("/quotes/", 4, {
        1: {"quotes": ["التعاون 0 مهم", "فوستوشني"]},
        6: {"quotes": [text for i in (5, 4, 3, 2, 1, 0) for text in (f"التعاون {i} مهم", "فوستوشني")]},
    }),
    # + the speakers' ids, looked up first so the planner knows how many quotes they have
    ("/quotes/?speaker=vladimir-putin&q=التعاون", 5, {
        1: {"quotes": statements(0)},
        6: {"quotes": statements(5, 4, 3, 2, 1, 0)},
    }),
]  # fmt: skip


@pytest.mark.parametrize("n", [1, 6], ids=["one-row", "several-rows"])
@pytest.mark.parametrize(("url", "queries", "expected"), PAGE_QUERIES)
def test_list_pages_run_a_fixed_number_of_queries(
    client, outlets, actors, no_page_cache, django_assert_num_queries, n, url, queries, expected
):
    make_rows(outlets, actors, n)
    prime_last_modified()
    gazetteer()  # built once per process from the registry, not per request

    with django_assert_num_queries(queries):
        response = client.get(url)

    assert response.status_code == 200
    assert listed(response) == expected[n]


# The pages whose figures count over the whole archive, when they are kept for this version:
# url, queries; each lists what PAGE_QUERIES says for six articles
KEPT_FIGURES = [
    ("/actors/", 1),  # the actors
    ("/actors/vladimir-putin/", 4),  # the actor, the aliases, the statements, the articles
    ("/outlets/", 1),  # the outlets
    ("/outlets/reuters/", 2),  # the outlet, its page of articles
]
LISTED_WITH_SIX = {url: expected[6] for url, _queries, expected in PAGE_QUERIES}


@pytest.mark.parametrize(("url", "queries"), KEPT_FIGURES)
def test_archive_wide_figures_are_counted_once_per_version(
    client, outlets, actors, no_page_cache, settings, django_assert_num_queries, url, queries
):
    settings.PUBLIC_CACHE_SECONDS = 0  # the page is built again; what the view keeps is read
    make_rows(outlets, actors, 6)
    prime_last_modified()
    gazetteer()
    client.get(url)  # counts the figures of this version

    with django_assert_num_queries(queries):
        response = client.get(url)

    assert response.status_code == 200
    assert listed(response) == LISTED_WITH_SIX[url]


@pytest.mark.parametrize(("n", "shown"), [(1, 0), (6, 5)], ids=["one-row", "several-rows"])
def test_article_page_runs_a_fixed_number_of_queries(
    client, outlets, actors, no_page_cache, django_assert_num_queries, n, shown
):
    make_rows(outlets, actors, n)
    article = Article.objects.latest("pk")
    prime_last_modified()

    with django_assert_num_queries(3):
        response = client.get(article.get_absolute_url())

    html = response.content.decode()
    body = html.split('<div class="article-body">')[1].split("</div>")[0]
    assert response.status_code == 200
    assert re.findall(r"<h1>([^<]*)</h1>", html) == [title(shown)]
    assert re.findall(r'<q class="statement" id="quote-\d+">([^<]*)</q>', body) == [f"التعاون {shown} مهم"]
    assert re.findall(r'<mark class="term">([^<]*)</mark>', body) == ["فوستوشني"]
    assert re.findall(r'<li><a href="/actors/([^/]+)/">', html) == ["vladimir-putin", "kim-jong-un"]
