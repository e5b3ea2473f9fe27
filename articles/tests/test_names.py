"""Names in the page's language: English pages show the registry's English names of actors,
outlets and frames (the Arabic in a `title` or as a second name); Arabic pages the Arabic."""

import pytest
from django.core.cache import cache

from articles.models import Frame
from articles.tests.factories import import_seed_corpus, make_actor, make_mention

pytestmark = pytest.mark.django_db

PUTIN_EN = '<span title="فلاديمير بوتين">Vladimir Putin</span>'
PUTIN_EN_FIRST = 'Vladimir Putin</a> <bdi lang="ar" class="count">فلاديمير بوتين</bdi>'
PUTIN_AR_FIRST = 'فلاديمير بوتين</a> <bdi lang="en" class="count">Vladimir Putin</bdi>'
REUTERS_EN = '<span title="رويترز">Reuters</span>'


def html_of(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("/en/", f'<a href="/en/actors/vladimir-putin/">{PUTIN_EN}</a>'),
        ("/en/", f"<span>{REUTERS_EN} <span class"),  # an article card
        (
            "/en/actors/",
            f'<a href="/en/actors/vladimir-putin/">{PUTIN_EN_FIRST}',
        ),
        (
            "/en/outlets/",
            '<a href="/en/outlets/reuters/">Reuters</a> <bdi lang="ar" class="count">رويترز</bdi>',
        ),
        ("/en/outlets/reuters/", '<h1>Reuters <bdi lang="ar" class="count">رويترز</bdi></h1>'),
        ("/en/outlets/reuters/", f'<a href="/en/actors/vladimir-putin/">{PUTIN_EN}</a>'),
        ("/en/actors/vladimir-putin/", "<title>Vladimir Putin — "),
        (
            "/en/actors/vladimir-putin/",
            '<h1>Vladimir Putin <bdi lang="ar" class="count">فلاديمير بوتين</bdi></h1>',
        ),
        ("/en/actors/vladimir-putin/", f'<a href="/en/outlets/reuters/">{REUTERS_EN}</a>'),
        ("/en/articles/?q=بوتين", f'value="vladimir-putin"> {PUTIN_EN} <span class="count">'),  # a facet
        ("/en/quotes/", '<option value="vladimir-putin">Vladimir Putin</option>'),
        ("/en/quotes/", f'<a href="/en/actors/vladimir-putin/">{PUTIN_EN}</a> —'),
        ("/en/quotes/", f"({REUTERS_EN}،"),
    ],
)
def test_english_pages_show_english_names_with_the_arabic_at_hand(client, archive, url, shown):
    assert shown in html_of(client, url)


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("/", '<a href="/actors/vladimir-putin/">فلاديمير بوتين</a>'),
        (
            "/actors/",
            f'<a href="/actors/vladimir-putin/">{PUTIN_AR_FIRST}',
        ),
        ("/outlets/reuters/", '<h1>رويترز <bdi lang="en" class="count">Reuters</bdi></h1>'),
        ("/articles/?q=بوتين", 'value="vladimir-putin"> فلاديمير بوتين <span class="count">'),
        ("/quotes/", '<option value="vladimir-putin">فلاديمير بوتين</option>'),
    ],
)
def test_arabic_pages_keep_arabic_names(client, archive, url, shown):
    html = html_of(client, url)

    assert shown in html
    assert "Vladimir Putin</a>" not in html


def test_english_article_page_names_outlet_mentions_and_speakers_in_english(client, archive):
    url = "/en" + archive["reuters"].get_absolute_url()

    html = html_of(client, url)

    assert (
        '<dd><a href="/en/outlets/reuters/">Reuters</a> <bdi lang="ar" class="count">رويترز</bdi></dd>'
        in html
    )
    assert f'<a href="/en/actors/vladimir-putin/">{PUTIN_EN}</a> <span class="count">' in html
    assert '<span class="visually-hidden">Said by:</span>Vladimir Putin</a>' in html


def test_english_pages_show_the_arabic_name_where_there_is_no_english_one(client, archive):
    unnamed = make_actor(slug="abu-salem", name_ar="أبو سالم", name_en="")
    make_mention(article=archive["reuters"], actor=unnamed)

    actors = html_of(client, "/en/actors/")
    detail = html_of(client, "/en/actors/abu-salem/")

    assert '<a href="/en/actors/abu-salem/">أبو سالم</a></td>' in actors
    assert "<h1>أبو سالم</h1>" in detail
    assert 'value="abu-salem"> <bdi lang="ar">أبو سالم</bdi> <span' in html_of(client, "/en/articles/")


@pytest.fixture
def seeds(db):
    cache.clear()
    return import_seed_corpus()


def test_english_comparison_names_columns_frames_voices_and_sources_in_english(client, seeds):
    html = html_of(client, "/en/compare/")

    assert f'<th scope="col"><bdi>{REUTERS_EN}</bdi> <span class="column-kind">' in html
    military = '<span title="التعاون العسكري وصفقة الأسلحة">Military cooperation and the arms deal</span>'
    assert f'<th scope="row">{military}</th>' in html
    assert (
        f'<li><a href="/en/actors/vladimir-putin/">{PUTIN_EN}</a> <span class="muted">(Russia)</span>' in html
    )
    assert (
        '<a href="/en/actors/cnn/">CNN</a> <bdi lang="ar" class="count">سي إن إن</bdi>: <bdi>3</bdi> times'
        in html
    )
    chart = html_of(client, "/en/compare/?full=timeline")  # the default view shows the table only
    assert '<text x="140" y="13" text-anchor="end">Alqahera News</text>' in chart


def test_arabic_comparison_keeps_arabic_names(client, seeds):
    html = html_of(client, "/compare/")

    assert '<th scope="col"><bdi>رويترز</bdi> <span class="column-kind">' in html
    assert '<th scope="row">التعاون العسكري وصفقة الأسلحة</th>' in html
    assert '<a href="/actors/cnn/">سي إن إن</a> <bdi lang="en" class="count">CNN</bdi>' in html


def test_english_frame_evidence_names_the_frame_in_english(client, seeds):
    frame = Frame.objects.get(name_en="Military cooperation and the arms deal")

    html = html_of(client, f"/en/compare/?by=outlet&frame={frame.slug}&group=reuters")

    assert "<h1>Sentences evoking the “Military cooperation and the arms deal” frame</h1>" in html


def test_english_statement_groups_name_the_speaker_in_english(client, seeds):
    html = html_of(client, "/en/compare/")

    assert f'-speaker"><a href="/en/actors/vladimir-putin/">{PUTIN_EN}</a></h3>' in html
