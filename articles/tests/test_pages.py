"""The archive's pages: what the public sees, what editors see, and what no query string breaks."""

import re
from datetime import date
from urllib.parse import unquote

import pytest
from django.urls import reverse
from django.utils import translation

from articles.tests.factories import make_actor, make_article

pytestmark = pytest.mark.django_db

# Django's own 404 page: the archive has no 404.html of its own.
NOT_FOUND = "<h1>الصفحة غير موجودة</h1>"


def text_of(response) -> str:
    """The page's visible text, tags dropped and whitespace collapsed."""
    html = response.content.decode()
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).strip()


def links_in(response, prefix: str) -> list[str]:
    return re.findall(rf'href="({re.escape(prefix)}[^"?#]*)"', response.content.decode())


def card_titles(response) -> list[str]:
    return [
        re.sub(r"<[^>]+>", "", m).strip()
        for m in re.findall(r"<h3><a [^>]*>(.*?)</a></h3>", response.content.decode(), flags=re.S)
    ]


# --- Home --------------------------------------------------------------------------------------


def test_home_counts_only_published_articles(client, archive):
    response = client.get("/")

    totals = response.context["totals"]
    assert totals == {"articles": 5, "outlets": 4, "quotes": 3, "actors": 4}
    assert "مسودة لا تنشر" not in response.content.decode()


def test_home_counts_drafts_for_an_editor(client, archive, editor):
    client.force_login(editor)

    response = client.get("/")

    assert response.context["totals"] == {"articles": 6, "outlets": 5, "quotes": 4, "actors": 5}


def test_home_charts_coverage_per_day_with_a_table(client, archive):
    response = client.get("/")

    days = [(d["published_on"], d["n"], d["percent"]) for d in response.context["per_day"]]
    assert days == [
        (date(2023, 9, 5), 1, 50),
        (date(2023, 9, 12), 1, 50),
        (date(2023, 9, 13), 2, 100),
        (date(2023, 9, 14), 1, 50),
    ]
    html = response.content.decode()
    assert '<table class="chart">' in html
    assert '<rect x="0" y="1" width="100" height="8">' in html


def test_home_lists_most_quoted_actors(client, archive):
    response = client.get("/")

    # Equal counts fall back to the Arabic name: فلاديمير before كيم.
    assert [(a["slug"], a["n"]) for a in response.context["quoted"]] == [
        ("vladimir-putin", 1),
        ("kim-jong-un", 1),
    ]


def test_home_sets_arabic_direction(client, archive):
    response = client.get("/")

    assert '<html lang="ar" dir="rtl">' in response.content.decode()


def test_home_in_english_is_left_to_right(client, archive):
    response = client.get("/en/")

    html = response.content.decode()
    assert '<html lang="en" dir="ltr">' in html
    assert ">Articles<" in html


# --- Article list ------------------------------------------------------------------------------


def test_article_list_hides_drafts_from_the_public(client, archive):
    response = client.get("/articles/")

    assert response.context["paginator"].count == 5
    assert "مسودة لا تنشر" not in card_titles(response)
    assert "draft-only-outlet" not in response.content.decode()


def test_article_list_shows_drafts_to_an_editor(client, archive, editor):
    client.force_login(editor)

    response = client.get("/articles/")

    assert response.context["paginator"].count == 6
    assert card_titles(response)[0] == "مسودة لا تنشر"


def test_article_list_orders_newest_first_by_default(client, archive):
    response = client.get("/articles/")

    dates = [a.published_on for a in response.context["articles"]]
    assert dates == sorted(dates, reverse=True)


def test_article_list_orders_oldest_first_on_request(client, archive):
    response = client.get("/articles/", {"ordering": "date"})

    assert [a.published_on for a in response.context["articles"]][0] == date(2023, 9, 5)


def test_article_list_outlet_filter_includes_wire_copy(client, archive):
    response = client.get("/articles/", {"outlet": ["reuters", "alqahera-news"]})

    assert {a.pk for a in response.context["articles"]} == {archive["reuters"].pk, archive["qahera"].pk}


def test_article_list_actor_filter_uses_mentions(client, archive):
    response = client.get("/articles/", {"actor": "sergei-shoigu"})

    assert [a.pk for a in response.context["articles"]] == [archive["reuters"].pk]


def test_article_list_speaker_filter_uses_quotes(client, archive):
    response = client.get("/articles/", {"speaker": "vladimir-putin"})

    assert [a.pk for a in response.context["articles"]] == [archive["reuters"].pk]


def test_article_list_speaker_filter_ignores_a_drafts_quotes(client, archive):
    response = client.get("/articles/", {"speaker": "matthew-miller"})

    assert response.context["paginator"].count == 0


def test_article_list_filters_combine(client, archive):
    response = client.get(
        "/articles/",
        {
            "actor": "vladimir-putin",
            "date_after": "2023-09-13",
            "date_before": "2023-09-13",
            "has_quotes": "no",
        },
    )

    assert [a.pk for a in response.context["articles"]] == [archive["ap"].pk]


def test_article_list_facets_count_under_the_other_filters(client, archive):
    response = client.get("/articles/", {"actor": "vladimir-putin"})

    facets = response.context["facets"]
    assert [(o.value, o.count) for o in facets["outlet"]] == [
        ("associated-press", 1),
        ("alqahera-news", 1),
        ("reuters", 1),
    ]
    actors = {o.value: (o.count, o.selected) for o in facets["actor"]}
    assert actors["vladimir-putin"] == (3, True)
    assert actors["kim-jong-un"] == (5, False)
    assert "matthew-miller" not in actors
    assert [(o.value, o.count) for o in facets["has_quotes"]] == [("yes", 1), ("no", 2)]


def test_article_list_facets_never_count_drafts(client, archive):
    response = client.get("/articles/")

    facets = response.context["facets"]
    assert "draft-only-outlet" not in [o.value for o in facets["outlet"]]
    assert {o.value: o.count for o in facets["actor"]}["vladimir-putin"] == 3
    assert "matthew-miller" not in [o.value for o in facets["speaker"]]


def test_article_list_pagination_keeps_the_filters(client, outlets):
    for day in range(1, 26):
        make_article(
            headline="",
            body=f"خبر رقم {day} عن القمة في فوستوشني",
            outlet=outlets["qahera"],
            published_on=date(2023, 9, day),
        )

    response = client.get("/articles/", {"outlet": "alqahera-news", "q": "القمة", "page": "2"})

    assert response.context["page_obj"].number == 2
    assert len(response.context["articles"]) == 5
    html = response.content.decode()
    assert 'href="?outlet=alqahera-news&amp;q=%D8%A7%D9%84%D9%82%D9%85%D8%A9&amp;page=1"' in html


@pytest.mark.parametrize(
    ("query", "count"),
    [
        ({"page": "999999"}, 5),
        ({"page": "-3"}, 5),
        ({"page": "abc"}, 5),
        ({"date_after": "2023-02-31"}, 5),  # an invalid value is left out
        ({"date_before": "not a date"}, 5),
        ({"outlet": "no-such-outlet"}, 0),
        ({"actor": "../../etc/passwd"}, 5),  # not a slug: left out
        ({"speaker": "x" * 300}, 0),
        ({"has_quotes": "maybe"}, 5),
        ({"ordering": "drop table"}, 5),
        ({"q": "'; DROP TABLE articles_article; --"}, 0),
        ({"q": "!!! & | <-> :* ()"}, 5),  # no words: no search
    ],
)
def test_article_list_survives_any_query_string(client, archive, query, count):
    response = client.get("/articles/", query)

    assert response.status_code == 200
    assert re.findall(r"عدد المقالات: (\d+)", text_of(response)) == [str(count)]


def test_article_list_survives_a_huge_query(client, archive):
    response = client.get("/articles/", {"q": "بوتين " * 1000})

    assert response.status_code == 200
    assert len(re.findall(r"عدد المقالات: (\d+)", text_of(response))) == 1


def test_article_list_huge_query_finds_what_its_words_find(client, archive):
    response = client.get("/articles/", {"q": "بوتين " * 1000})

    assert re.findall(r"عدد المقالات: (\d+)", text_of(response)) == ["5"]  # as بوتين alone


def test_article_list_page_beyond_the_end_shows_the_last_page(client, archive):
    response = client.get("/articles/", {"page": "999999"})

    assert response.context["page_obj"].number == 1
    assert len(response.context["articles"]) == 5


def test_article_list_unknown_outlet_gives_no_articles(client, archive):
    response = client.get("/articles/", {"outlet": "no-such-outlet"})

    assert response.context["paginator"].count == 0
    assert "لا مقالات تطابق هذه الفلاتر." in text_of(response)


def test_article_list_invalid_date_is_ignored_and_explained(client, archive):
    response = client.get("/articles/", {"date_after": "2023-02-31"})

    assert response.context["paginator"].count == 5
    assert response.context["filterset"].errors["date_after"]


def test_article_list_shows_html_in_the_query_escaped(client, archive):
    response = client.get("/articles/", {"q": '<script>alert("x")</script> بوتين'})

    html = response.content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; بوتين" in html


# --- Article page ------------------------------------------------------------------------------


def test_article_page_shows_metadata(client, archive):
    article = archive["reuters"]

    response = client.get(article.get_absolute_url())

    text = text_of(response)
    assert "وكالة الأنباء المصدر رويترز Reuters" in text
    assert "الأربعاء 13 سبتمبر 2023 (مصدر التاريخ: مذكور في النص)" in text
    assert "مكان الخبر موسكو" in text
    assert 'href="https://example.com/reuters-summit"' in response.content.decode()
    assert response.context["article"].pk == article.pk


def test_article_page_marks_statements_and_terms(client, archive, actors):
    article = archive["reuters"]
    putin_quote = article.quotes.get(speaker=actors["putin"], kind="statement")

    response = client.get(article.get_absolute_url())

    html = response.content.decode()
    assert (
        f'<q class="statement" id="quote-{putin_quote.pk}">لهذا السبب جئنا إلى هنا</q>'
        '<a class="speaker-tag" href="/actors/vladimir-putin/">'
        '<span class="visually-hidden">قائل التصريح:</span>فلاديمير بوتين</a>'
    ) in html
    assert '<mark class="term">روسيا العظمى</mark>' in html
    assert html.count("<p>") - html.count('<p class="') >= len(article.paragraphs)


def test_article_page_lists_mentioned_actors(client, archive):
    response = client.get(archive["reuters"].get_absolute_url())

    assert [m.actor.slug for m in response.context["mentions"]] == [
        "kremlin",
        "sergei-shoigu",
        "vladimir-putin",
        "kim-jong-un",
    ]


def test_article_page_redirects_a_wrong_slug(client, archive):
    article = archive["reuters"]

    response = client.get(reverse("articles:article-detail", args=[article.pk, "wrong-slug"]))

    assert response.status_code == 301
    assert response["Location"] == article.get_absolute_url()


@pytest.mark.parametrize(("language", "prefix"), [("ar", ""), ("en", "/en")])
def test_article_short_link_redirects_permanently_to_the_article(client, archive, language, prefix):
    article = archive["reuters"]
    with translation.override(language):
        canonical = article.get_absolute_url()

    response = client.get(f"{prefix}/articles/{article.pk}/")

    assert response.status_code == 301
    assert response["Location"] == canonical
    assert unquote(response["Location"]) == f"{prefix}/articles/{article.pk}/{article.slug}/"


@pytest.mark.parametrize("prefix", ["", "/en"])
def test_article_short_link_of_a_draft_is_404_for_the_public(client, archive, prefix):
    response = client.get(f"{prefix}/articles/{archive['draft'].pk}/")

    assert response.status_code == 404
    assert "مسودةسرية" not in response.content.decode()


def test_article_short_link_of_a_draft_redirects_for_the_newsroom(client, archive, editor):
    draft = archive["draft"]
    client.force_login(editor)

    response = client.get(f"/articles/{draft.pk}/")

    assert response.status_code == 301
    assert unquote(response["Location"]) == f"/articles/{draft.pk}/{draft.slug}/"


def test_article_short_link_to_no_article_is_404(client, archive):
    response = client.get("/articles/999999/")

    assert response.status_code == 404


def test_article_page_missing_article_is_404(client, archive):
    response = client.get("/articles/999999/whatever/")

    assert response.status_code == 404
    assert NOT_FOUND in response.content.decode()


def test_article_page_draft_is_404_for_the_public(client, archive):
    response = client.get(archive["draft"].get_absolute_url())

    assert response.status_code == 404
    assert NOT_FOUND in response.content.decode()
    assert "مسودةسرية" not in response.content.decode()


def test_article_page_draft_is_shown_to_an_editor(client, archive, editor):
    client.force_login(editor)

    response = client.get(archive["draft"].get_absolute_url())

    assert response.status_code == 200
    assert "مسودة: لا يراها الجمهور" in text_of(response)


def test_article_page_fills_the_head_meta_block(client, archive):
    response = client.get(archive["reuters"].get_absolute_url())

    assert "includes/article_meta.html" in [t.name for t in response.templates]


# --- Actors ------------------------------------------------------------------------------------


def test_actor_list_counts_statements_and_mentions_of_published_articles(client, archive):
    response = client.get("/actors/")

    rows = [(a.slug, a.n_statements, a.n_mentions) for a in response.context["actors"]]
    assert rows == [
        ("kim-jong-un", 1, 5),
        ("vladimir-putin", 1, 3),
        ("kremlin", 0, 1),
        ("sergei-shoigu", 0, 1),
    ]


def test_actor_list_counts_a_draft_once_it_is_published(client, archive):
    client.get("/actors/")  # the counts of this version are kept
    archive["draft"].status = "published"
    archive["draft"].save()  # a new version

    response = client.get("/actors/")

    rows = [(a.slug, a.n_statements, a.n_mentions) for a in response.context["actors"]]
    assert rows == [
        ("kim-jong-un", 1, 5),
        ("vladimir-putin", 1, 4),
        ("matthew-miller", 1, 1),
        ("kremlin", 0, 1),
        ("sergei-shoigu", 0, 1),
    ]


def test_actor_list_counts_kept_for_an_editor_never_reach_the_public(client, archive, editor):
    client.force_login(editor)
    client.get("/actors/")  # the newsroom's counts, drafts included, kept for this version
    client.logout()

    response = client.get("/actors/")

    assert "matthew-miller" not in [a.slug for a in response.context["actors"]]
    assert [a.n_mentions for a in response.context["actors"] if a.slug == "vladimir-putin"] == [3]
    assert "ماثيو ميلر" not in response.content.decode()


def test_actor_page_groups_statements_by_outlet(client, archive, actors):
    response = client.get("/actors/vladimir-putin/")

    statements = [(q.group_name, q.text) for q in response.context["statements"]]
    assert statements == [("رويترز", "لهذا السبب جئنا إلى هنا")]
    text = text_of(response)
    assert f"الصفة {actors['putin'].role}" in text
    assert "الانتماء روسيا" in text
    assert response.context["page_obj"].paginator.count == 3


def test_actor_page_of_an_actor_only_in_drafts_is_404(client, archive):
    response = client.get("/actors/matthew-miller/")

    assert response.status_code == 404
    assert NOT_FOUND in response.content.decode()
    assert "ماثيو ميلر" not in response.content.decode()
    assert "مسودةسرية" not in response.content.decode()


def test_actor_page_of_an_actor_only_in_drafts_is_shown_to_an_editor(client, archive, editor):
    client.force_login(editor)

    response = client.get("/actors/matthew-miller/")

    assert [q.text for q in response.context["statements"]] == ["مسودةسرية لا تنشر بعد"]
    assert response.context["page_obj"].paginator.count == 1


def test_actor_page_of_an_actor_only_in_the_registry_is_404(client, archive):
    make_actor(slug="registry-only", name_ar="فاعل بلا تغطية", name_en="Nobody Covered")

    response = client.get("/actors/registry-only/")

    assert response.status_code == 404
    assert NOT_FOUND in response.content.decode()
    assert "فاعل بلا تغطية" not in response.content.decode()


def test_actor_page_unknown_slug_is_404(client, archive):
    response = client.get("/actors/nobody-at-all/")

    assert response.status_code == 404
    assert NOT_FOUND in response.content.decode()


# --- Outlets -----------------------------------------------------------------------------------


def test_outlet_list_counts_own_and_wire_articles(client, archive):
    response = client.get("/outlets/")

    rows = [(o.slug, o.n_own, o.n_wire) for o in response.context["outlets"]]
    assert rows == [
        ("associated-press", 0, 1),
        ("alqahera-news", 1, 0),
        ("reuters", 0, 1),
        ("afp", 0, 1),
    ]


def test_outlet_list_counts_kept_for_an_editor_never_reach_the_public(client, archive, editor):
    client.force_login(editor)
    client.get("/outlets/")  # the newsroom's counts, drafts included, kept for this version
    client.logout()

    response = client.get("/outlets/")

    assert "draft-only-outlet" not in [o.slug for o in response.context["outlets"]]
    assert "صحيفة المسودات" not in response.content.decode()


def test_outlet_page_counts_an_article_stored_after_its_figures(client, archive):
    client.get("/outlets/alqahera-news/")  # the total and voices of this version are kept
    outlet = archive["qahera"].outlet
    make_article(
        headline="مقال ثان",
        body="قال بوتين إن «الزيارة ناجحة».",
        outlet=outlet,
        published_on=date(2023, 9, 15),
    )

    response = client.get("/outlets/alqahera-news/")

    assert response.context["page_obj"].paginator.count == 2
    assert [a.headline for a in response.context["page_obj"].object_list] == [
        "مقال ثان",
        archive["qahera"].headline,
    ]


def test_outlet_page_labels_wire_copy(client, archive):
    response = client.get("/outlets/reuters/")

    assert [a.pk for a in response.context["page_obj"].object_list] == [archive["reuters"].pk]
    assert "نص وكالة، الناشر غير معروف" in text_of(response)
    assert [(a.slug, a.n) for a in response.context["voices"]] == [("vladimir-putin", 1), ("kim-jong-un", 1)]


def test_outlet_page_of_a_drafts_outlet_is_404(client, archive):
    response = client.get("/outlets/draft-only-outlet/")

    assert response.status_code == 404
    assert NOT_FOUND in response.content.decode()
    assert "صحيفة المسودات" not in response.content.decode()


def test_outlet_page_of_a_drafts_outlet_is_shown_to_an_editor(client, archive, editor):
    client.force_login(editor)

    response = client.get("/outlets/draft-only-outlet/")

    assert [a.pk for a in response.context["page_obj"].object_list] == [archive["draft"].pk]
    assert [(a.slug, a.n) for a in response.context["voices"]] == [("matthew-miller", 1)]


# --- Quotes ------------------------------------------------------------------------------------


def test_quote_list_hides_quotes_of_drafts(client, archive):
    response = client.get("/quotes/")

    assert sorted(q.text[:10] for q in response.context["quotes"]) == sorted(
        ["لهذا السبب", "من المؤكد ", "روسيا العظ"]
    )
    assert "مسودةسرية" not in response.content.decode()


def test_quote_list_filters_by_speaker_kind_outlet_and_text(client, archive):
    response = client.get(
        "/quotes/", {"speaker": "kim-jong-un", "kind": "statement", "outlet": "reuters", "q": "النضال المقدس"}
    )

    assert [q.speaker.slug for q in response.context["quotes"]] == ["kim-jong-un"]
    assert response.context["paginator"].count == 1


def test_quote_list_text_search_ignores_diacritics(client, archive):
    response = client.get("/quotes/", {"q": "جِئنا"})

    assert [q.text for q in response.context["quotes"]] == ["لهذا السبب جئنا إلى هنا"]


@pytest.mark.parametrize(
    ("query", "count"),
    [({"speaker": "nobody"}, 0), ({"kind": "x"}, 3), ({"page": "999999"}, 3), ({"q": "%_" * 3000}, 3)],
)
def test_quote_list_survives_any_query_string(client, archive, query, count):
    response = client.get("/quotes/", query)

    assert response.status_code == 200
    assert re.findall(r"عدد الاقتباسات: (\d+)", text_of(response)) == [str(count)]


# --- Navigation --------------------------------------------------------------------------------


def test_header_has_language_switch_and_sign_in(client, archive):
    response = client.get("/articles/")

    html = response.content.decode()
    assert '<a href="/en/articles/" hreflang="en" lang="en">English</a>' in html
    assert '<span lang="ar" aria-current="true">العربيّة</span>' in html
    assert "csrfmiddlewaretoken" not in html  # no form for the public: the page can be cached
    assert 'href="/admin/login/?next=/articles/"' in html


def test_header_offers_sign_out_to_a_signed_in_user(client, archive, editor):
    client.force_login(editor)

    response = client.get("/")

    assert '<form action="/admin/logout/" method="post">' in response.content.decode()


def test_every_page_has_one_h1_and_landmarks(client, archive):
    urls = ["/", "/articles/", archive["reuters"].get_absolute_url(), "/actors/", "/actors/kim-jong-un/"]
    urls += ["/outlets/", "/outlets/reuters/", "/quotes/"]

    for url in urls:
        html = client.get(url).content.decode()

        assert html.count("<h1") == 1, url
        for landmark in ("<header", "<nav", '<main id="main"', "<footer"):
            assert landmark in html, (url, landmark)
        assert "style=" not in html, url
        assert re.findall(r"<script(?! type=\"application/ld\+json\")", html) == [], url


def test_quote_marks_follow_the_language(client, archive):
    arabic = client.get("/quotes/", {"speaker": "vladimir-putin"}).content.decode()
    english = client.get("/en/quotes/", {"speaker": "vladimir-putin"}).content.decode()

    assert "<p>«لهذا السبب جئنا إلى هنا»</p>" in arabic
    assert "<p>“لهذا السبب جئنا إلى هنا”</p>" in english
    assert '<html lang="en" dir="ltr">' in english
