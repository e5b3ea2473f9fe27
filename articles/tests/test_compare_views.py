"""`/compare/`: the page, its evidence links, who sees what, and a fixed number of queries."""

from __future__ import annotations

import re

import pytest
from django.core.cache import cache
from django.urls import reverse

from articles import caching, compare_views
from articles.compare_views import Urls, _marked_group, bar_steps, mark_terms
from articles.models import Article
from articles.tests.factories import import_seed_corpus, make_user

URL = "/compare/"


@pytest.fixture
def seeds(db):
    cache.clear()
    return import_seed_corpus()


def test_compare_url_is_named():
    assert reverse("articles:compare") == URL


def test_compare_page_shows_every_section_for_the_seeds(client, seeds):
    response = client.get(URL)

    html = response.content.decode()
    assert response.status_code == 200
    for anchor in ("frames", "voices", "sources", "words", "headlines", "statements", "timeline"):
        assert f'id="{anchor}"' in html
    assert "القاهرة الإخبارية" in html and "رويترز" in html
    assert "لهذا السبب جئنا إلى هنا" in html
    assert "<script" not in html and "style=" not in html


def test_compare_every_frame_cell_links_to_sentences_with_a_lexicon_word(client, seeds):
    html = client.get(URL).content.decode()
    links = sorted(set(re.findall(r'href="\?(by=outlet&amp;frame=[^"]+)"', html)))

    assert len(links) > 20
    for link in links:
        evidence = client.get(URL + "?" + link.replace("&amp;", "&")).content.decode()
        assert evidence.count("<mark>") >= 1
        items = evidence.split('<ol class="evidence">')[1].split("</ol>")[0].split("<li>")[1:]
        assert items and all("<mark>" in item for item in items)


def test_compare_frame_cell_count_matches_its_evidence(client, seeds):
    html = client.get(URL).content.decode()
    cell = re.search(r'frame=space-satellites&amp;group=reuters">.*?\(<bdi>(\d+)</bdi>\)', html)

    evidence = client.get(URL, {"frame": "space-satellites", "group": "reuters"}).content.decode()

    assert evidence.split('<ol class="evidence">')[1].count("<li>") == int(cell.group(1))


def test_compare_filters_like_the_article_list(client, seeds):
    html = client.get(URL, {"outlet": ["reuters", "alqahera-news"]}).content.decode()

    headers = re.findall(r'<th scope="col"><bdi>([^<]+)</bdi> <span class="column-kind">', html)
    assert sorted(headers) == ["القاهرة الإخبارية", "رويترز"]


def test_compare_by_article_labels_columns_by_headline(client, seeds):
    html = client.get(URL, {"by": "article"}).content.decode()

    assert "تقارب يزعج الغرب" in html
    assert "وصل الزعيم الكوري الشمالي" in html


def test_compare_public_never_sees_drafts(client, db):
    cache.clear()
    import_seed_corpus(status=Article.Status.DRAFT)

    html = client.get(URL).content.decode()
    exported = client.get(URL, {"format": "json"}).content.decode()

    assert "لهذا السبب جئنا إلى هنا" not in html and "القاهرة الإخبارية" not in html
    assert '"columns": []' in exported


def test_compare_staff_see_drafts_and_the_cache_keeps_them_apart(client, db):
    cache.clear()
    import_seed_corpus(status=Article.Status.DRAFT)
    staff = make_user(username="editor", is_staff=True)

    client.force_login(staff)
    staff_html = client.get(URL).content.decode()
    client.logout()
    public_html = client.get(URL).content.decode()

    assert "لهذا السبب جئنا إلى هنا" in staff_html
    assert "لهذا السبب جئنا إلى هنا" not in public_html


def test_compare_cache_is_forgotten_when_a_quote_changes(client, seeds):
    client.get(URL)
    quote = seeds["000"].quotes.get(text="لهذا السبب جئنا إلى هنا")

    quote.delete()

    html = client.get(URL).content.decode()
    assert '<h3><a href="/actors/vladimir-putin/">' not in html


# Computing: the cache lookups (the public page cache and the comparison's data), the frame
# lexicon, the selection into a temporary table and its statistics, eight section queries
# inside a savepoint (two queries), storing the result and the four filter facets.  Again
# for an anonymous visitor: the public page cache answers with two lookups.
# One column per seed article's outlet, wire or (unknown to both) the article itself, newest first.
SEED_COLUMNS = [
    "القاهرة الإخبارية",
    "أسوشيتد برس",
    "رويترز",
    "وصل الزعيم الكوري الشمالي، كيم جونغ أون، إلى روسيا، الثلاثاء، لحضور قمة…",
    "وكالة فرانس برس",
]
# The page cache reads the version and the page in one query; one sets work_mem; the
# distinctive words read their sample, look their kept result up, count and keep it (6
# queries with the database cache); the unfiltered facets read the facet stamp and find
# the counts kept under it (by the request before, `by=article`).
QUERIES_COMPUTED = 39
QUERIES_CACHED = 1  # the archive version and the page, in one query


def _fresh_cache(client):
    """Empty caches, with the version keys set again (by a page outside the measure)."""
    cache.clear()
    caching.forget_local()  # and the pages this process kept
    client.get(URL, {"by": "article"})


def column_headers(response) -> list[str]:
    return re.findall(
        r'<th scope="col"><bdi>([^<]+)</bdi> <span class="column-kind">', response.content.decode()
    )


def test_compare_query_count_is_the_same_for_one_and_several_articles(
    client, seeds, django_assert_num_queries
):
    Article.objects.exclude(pk=seeds["001"].pk).update(status=Article.Status.DRAFT)
    _fresh_cache(client)
    with django_assert_num_queries(QUERIES_COMPUTED):
        one = client.get(URL)
    assert (one.status_code, column_headers(one)) == (200, ["القاهرة الإخبارية"])

    Article.objects.update(status=Article.Status.PUBLISHED)
    _fresh_cache(client)
    with django_assert_num_queries(QUERIES_COMPUTED):
        response = client.get(URL)
    assert len(response.context["columns"]) == 5
    assert column_headers(response) == SEED_COLUMNS

    with django_assert_num_queries(QUERIES_CACHED):
        cached = client.get(URL)
    assert (cached.status_code, cached.content) == (200, response.content)


def test_mark_terms_highlights_original_spelling():
    marked = mark_terms("فرضت واشنطن العقوباتِ على بيونغ يانغ", ["عقوبات"])

    assert marked == "فرضت واشنطن <mark>العقوباتِ</mark> على بيونغ يانغ"


def test_statement_group_marks_only_the_words_that_differ_from_the_first_wording():
    group = {
        "speaker": "antonio-guterres",
        "quotes": [
            {
                "key": "reuters",
                "text": "أي شكل من أشكال التعاون من أي دولة",
                "article_id": 1,
                "slug": "a",
                "first": True,
            },
            {
                "key": "alqahera-news",
                "text": "أيُّ شكل من أشكال التعاون من قبل أي دولة",
                "article_id": 2,
                "slug": "b",
                "first": False,
            },
        ],
    }

    marked = _marked_group(group, [], Urls())

    assert [q["marked"] for q in marked["quotes"]] == [
        "أي شكل من أشكال التعاون من أي دولة",
        "أيُّ شكل من أشكال التعاون من <ins>قبل</ins> أي دولة",
    ]


def test_compare_default_view_shows_the_first_statements_with_a_link_to_all(client, seeds, monkeypatch):
    monkeypatch.setattr(compare_views, "STATEMENT_GROUPS_SHOWN", 1)
    monkeypatch.setattr(compare_views, "LEADS_SHOWN", 1)

    short = client.get(URL).content.decode()
    every_statement = client.get(URL, {"full": "statements"}).content.decode()
    every_lead = client.get(URL, {"full": "headlines"}).content.decode()

    def groups(html):
        return len(re.findall(r'<article class="statement-group"', html))

    def leads(html):
        section = html.split('id="headlines"')[1].split("</section>")[0]
        return len(re.findall(r"<li>", section))

    # The seeds make two statement groups, and columns of one article each.
    assert (groups(short), groups(every_statement)) == (1, 2)
    assert 'href="?full=statements#statements">وتصريح آخر</a>' in short
    assert 'full=statements#statements">' not in every_statement
    assert (leads(short), leads(every_lead)) == (5, 5)
    assert "full=headlines" not in short


def test_compare_default_view_shows_the_first_voices_words_and_wordings_with_links_to_all(
    client, seeds, monkeypatch
):
    for limit in ("SPEAKERS_SHOWN", "TERMS_SHOWN", "WORDINGS_SHOWN"):
        monkeypatch.setattr(compare_views, limit, 1)

    def counts(full=""):
        html = client.get(URL, {"full": full} if full else {}).content.decode()

        def section(name):
            return html.split(f'id="{name}"')[1].split("</section>")[0]

        words = section("words")
        return {
            "speakers": section("voices").split("<h3>")[1].count("<li>"),
            "terms": words.count("<li><q>"),
            "words": words.count("<li>") - words.count("<li><q>"),
            "wordings": section("statements").count('<figure class="quote-card">'),
            "bars": section("timeline").count("<rect"),
            "links": re.findall(r'href="\?(full=[^"]+)"', html),
        }

    short = counts()
    exported = client.get(URL, {"format": "json"}).json()

    # One row of each per column (five columns); each section links to its whole table.
    assert short == {
        "speakers": 5,
        "terms": 5,
        "words": 3,
        "wordings": 2,
        "bars": 0,
        "links": [
            "full=voices#voices",
            "full=words#words",
            *(f"full=statements#statement-{group['group']}" for group in exported["statements"]),
            "full=timeline#timeline",
        ],
    }
    assert counts("voices")["speakers"] == 21
    assert (counts("words")["terms"], counts("words")["words"]) == (24, 5)
    assert counts("statements")["wordings"] == 4
    assert counts("timeline")["bars"] == 5
    # The exports stay whole whatever the page shows.
    assert sum(len(rows) for rows in exported["voices"]["speakers"].values()) == 21
    assert sum(len(rows) for rows in exported["terms"].values()) == 24
    assert sum(len(group["quotes"]) for group in exported["statements"]) == 4


def test_compare_article_links_are_iris_that_reach_the_article(client, seeds):
    article = seeds["000"]
    url = Urls().article(article.pk, article.slug)

    response = client.get(url)

    assert url == f"/articles/{article.pk}/{article.slug}/"
    assert (response.status_code, response.context["article"].pk) == (200, article.pk)


def test_a_voice_bar_shows_any_voice_carried_at_all_and_rounds_the_rest_to_tenths():
    assert [bar_steps(share) for share in (0, 0.01, 0.049, 0.05, 0.26, 0.5, 0.96, 1)] == [
        0,
        1,
        1,
        1,
        3,
        5,
        10,
        10,
    ]
