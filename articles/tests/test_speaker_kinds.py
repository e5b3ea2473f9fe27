"""Kinds of speaker through Django: a named actor, an institution or medium, an unnamed speaker
kept as a description (never an actor), and no speaker at all — stored, shown on the pages,
exported and queued for review as what they are."""

from __future__ import annotations

import csv
import io
import json
import re
from io import StringIO

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import IntegrityError, connection

from articles.compare import Selection, compare
from articles.extraction_service import extract_article
from articles.models import Actor, Article, Quote
from articles.tests.factories import import_paths, make_actor, make_article, make_member

pytestmark = pytest.mark.django_db

BODY = (
    "موسكو - قال الرئيس الروسي فلاديمير بوتين إن «المحادثات كانت مثمرة جدا مع ضيفنا».\n\n"
    "وقال مسؤول أمريكي إن واشنطن «تتابع كل عربة في ذلك القطار منذ عبوره الحدود».\n\n"
    "وجاء في بيان صادر عن الكرملين: «الزيارة فتحت صفحة جديدة في العلاقات».\n\n"
    "«هذه صداقة لا تنكسر أبدا بين الشعبين» كانت العبارة الأكثر تداولا في الشارع."
)


@pytest.fixture
def story():
    cache.clear()
    article = make_article(headline="قمة فوستوتشني", body=BODY)
    extract_article(article)
    return article


def _statements(article: Article) -> list[tuple]:
    quotes = article.quotes.statements().select_related("speaker").order_by("start")
    return [(q.speaker.slug if q.speaker else None, q.speaker_description, q.speaker_kind) for q in quotes]


def test_extraction_stores_each_kind_of_speaker(story):
    actors_before = Actor.objects.count()

    extract_article(story)

    assert _statements(story) == [
        ("vladimir-putin", "", "person"),
        (None, "مسؤول أمريكي", "unnamed"),
        ("kremlin", "", "institution"),
        (None, "", "none"),
    ]
    assert Actor.objects.count() == actors_before
    assert not Actor.objects.filter(name_ar__contains="مسؤول").exists()


def test_extraction_links_every_quote_of_a_proposed_speaker_to_one_unapproved_actor():
    article = make_article(
        body=(
            "قال المحلل السياسي المصري عمرو الشوبكي إن القمة «رسالة إلى الغرب قبل أي شيء آخر».\n\n"
            "وأوضح الشوبكي أن «روسيا تبحث عن حلفاء جدد في آسيا»."
        )
    )

    extract_article(article)

    speakers = [q.speaker for q in article.quotes.select_related("speaker").order_by("start")]
    assert [(s.name_ar, s.kind, s.approved) for s in speakers] == [("عمرو الشوبكي", "person", False)] * 2
    assert speakers[0] == speakers[1]


def test_naming_an_unnamed_speaker_clears_its_description(story):
    quote = story.quotes.get(speaker_description="مسؤول أمريكي")
    quote.speaker = make_actor(slug="us-official", name_ar="جون دو")

    quote.save(update_fields=["speaker"])

    quote.refresh_from_db()
    assert (quote.speaker.slug, quote.speaker_description, quote.speaker_kind) == (
        "us-official",
        "",
        "person",
    )


def test_database_refuses_an_actor_with_an_unnamed_description(story):
    quote = story.quotes.get(speaker_description="مسؤول أمريكي")

    with pytest.raises(IntegrityError, match="quote_unnamed_speaker_is_no_actor"):
        Quote.objects.filter(pk=quote.pk).update(speaker=Actor.objects.get(slug="united-states"))


def test_reextraction_keeps_a_verified_unnamed_speaker(story):
    quote = story.quotes.get(speaker_description="مسؤول أمريكي")
    Quote.objects.filter(pk=quote.pk).update(speaker_description="مسؤول في البيت الأبيض", verified=True)

    extract_article(story)

    assert _statements(story)[1] == (None, "مسؤول في البيت الأبيض", "unnamed")


def test_article_page_shows_each_kind_of_speaker_as_what_it_is(client, story):
    html = client.get(story.get_absolute_url()).content.decode()

    tags = re.findall(r'</q>(<(?:a|span) class="speaker-tag.*?</(?:a|span)>)(?=[^<]*</p>|\s|«|$)', html)
    assert tags == [
        '<a class="speaker-tag" href="/actors/vladimir-putin/"><span class="visually-hidden">قائل التصريح:'
        "</span>فلاديمير بوتين</a>",
        '<span class="speaker-tag speaker-tag--unnamed"><span class="visually-hidden">قائل التصريح:</span>'
        'مسؤول أمريكي <span class="speaker-kind">(متحدث غير مسمّى)</span></span>',
        '<a class="speaker-tag" href="/actors/kremlin/"><span class="visually-hidden">قائل التصريح:</span>'
        'الكرملين <span class="speaker-kind">(منظمة)</span></a>',
    ]
    assert html.count('class="speaker-tag') == 3


def test_quote_list_shows_an_unnamed_speaker_as_a_description_not_an_actor(client, story):
    html = client.get("/quotes/", {"kind": "statement"}).content.decode()

    captions = [
        re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", caption.split("—")[0])).strip()
        for caption in re.findall(r"<figcaption>(.*?)</figcaption>", html, flags=re.S)
    ]
    assert sorted(captions) == sorted(
        ["فلاديمير بوتين", "مسؤول أمريكي (متحدث غير مسمّى)", "الكرملين (منظمة)", "قائل غير محدد"]
    )


def test_actor_list_never_lists_an_unnamed_speaker(client, story):
    html = client.get("/actors/").content.decode()

    assert "مسؤول أمريكي" not in html
    assert 'href="/actors/vladimir-putin/"' in html


def test_quote_export_says_the_kind_of_speaker_and_keeps_the_description_apart(client, story):
    response = client.get("/quotes/", {"kind": "statement", "format": "csv"})

    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8").lstrip("\ufeff"))))
    assert sorted(
        (r["speaker_kind"], r["speaker"], r["speaker_name"], r["speaker_description"]) for r in rows
    ) == [
        ("institution", "kremlin", "الكرملين", ""),
        ("none", "", "", ""),
        ("person", "vladimir-putin", "فلاديمير بوتين", ""),
        ("unnamed", "", "", "مسؤول أمريكي"),
    ]


def test_comparison_voices_never_count_an_unnamed_speaker_as_a_person(story):
    voices = compare(Selection(Article.objects.published().filter(pk=story.pk)))["voices"]

    names = [speaker["name_ar"] for speakers in voices["speakers"].values() for speaker in speakers]
    assert sorted(names) == ["", "الكرملين", "فلاديمير بوتين"]


def test_review_queue_puts_an_abstention_first_and_says_it_has_no_speaker(client, story):
    client.force_login(make_member(username="layla", group="Editors"))

    html = client.get("/admin/articles/quote/", {"kind__exact": "statement"}).content.decode()

    who = [re.sub(r"<[^>]+>", "", cell) for cell in re.findall(r'<td class="field-who">(.*?)</td>', html)]
    assert who == ["بلا متحدث", "متحدث غير مسمّى: مسؤول أمريكي", "مؤسسة أو دولة", "شخص"]
    assert '<td class="field-who"><strong>بلا متحدث</strong></td>' in html


@pytest.mark.parametrize(
    ("kind", "texts"),
    [
        ("unnamed", ["تتابع كل عربة في ذلك القطار منذ عبوره الحدود"]),
        ("none", ["هذه صداقة لا تنكسر أبدا بين الشعبين"]),
        ("institution", ["الزيارة فتحت صفحة جديدة في العلاقات"]),
        ("person", ["المحادثات كانت مثمرة جدا مع ضيفنا"]),
    ],
)
def test_review_queue_filters_by_kind_of_speaker(client, story, kind, texts):
    client.force_login(make_member(username="layla", group="Editors"))

    response = client.get("/admin/articles/quote/", {"speaker_kind": kind, "kind__exact": "statement"})

    assert [q.text for q in response.context["cl"].result_list] == texts


def test_evaluate_extraction_reports_unnamed_and_proposed_speakers(tmp_path):
    (tmp_path / "a.txt").write_text(
        "وقال مسؤول أمريكي إن واشنطن «تتابع كل عربة في ذلك القطار».\n"
        "وقال المحلل المصري عمرو الشوبكي إن القمة «رسالة إلى الغرب قبل أي شيء آخر».\n"
        "وقال الضيف لمضيفه: «هذه زيارة لن أنساها ما حييت أبدا».",
        encoding="utf-8",
    )
    text = (tmp_path / "a.txt").read_text(encoding="utf-8")

    def statement(words, **speaker):
        start = text.index(words)
        return {"start": start, "end": start + len(words), "text": words, "kind": "statement", **speaker}

    gold = {
        "a.txt": [
            statement("تتابع كل عربة في ذلك القطار", speaker=None, speaker_kind="unnamed"),
            statement(
                "رسالة إلى الغرب قبل أي شيء آخر",
                speaker="Amr El-Shobaki",
                speaker_kind="actor",
                speaker_name="عمرو الشوبكي",
            ),
            statement("هذه زيارة لن أنساها ما حييت أبدا", speaker="Kim Jong Un", speaker_kind="actor"),
        ]
    }
    (tmp_path / "gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    out = StringIO()

    call_command("evaluate_extraction", str(tmp_path / "gold.json"), str(tmp_path), stdout=out)

    assert out.getvalue().splitlines() == [
        "errors: 1",
        "  a.txt: no speaker: None for 'Kim Jong Un': هذه زيارة لن أنساها ما حييت أبدا",
        "statement precision 1.000",
        "statement recall    1.000",
        "statement F1        1.000",
        "term recall         1.000",
        "speaker accuracy    0.667",
        "wrong speakers      0.000",
        "speaker coverage    0.667",
    ]


def test_archive_export_and_import_keep_an_unnamed_speaker(tmp_path, story):
    call_command("export_archive", str(tmp_path / "archive.jsonl"), stdout=StringIO())
    with connection.cursor() as cursor:  # TRUNCATE inside the test's transaction
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    call_command("flush", interactive=False, verbosity=0)

    import_paths(tmp_path / "archive.jsonl")

    article = Article.objects.get(headline="قمة فوستوتشني")
    assert _statements(article) == [
        ("vladimir-putin", "", "person"),
        (None, "مسؤول أمريكي", "unnamed"),
        ("kremlin", "", "institution"),
        (None, "", "none"),
    ]
