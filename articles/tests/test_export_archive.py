"""`export_archive`: every article, its metadata, quotes and mentions, one JSON line each."""

from __future__ import annotations

import json
from datetime import date

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from articles.models import Article
from articles.tests.factories import (
    import_paths,
    make_actor,
    make_article,
    make_mention,
    make_outlet,
    make_quote,
)

pytestmark = pytest.mark.django_db

HEADLINE = "بوتين يستقبل كيم في فوستوتشني"
BODY = "قال بوتين إن «المحادثات كانت مثمرة» بحسب تاس."


@pytest.fixture
def archive():
    ahram = make_outlet(
        slug="al-ahram", name_ar="الأهرام", name_en="Al Ahram", domain="al-ahram.example", kind="newspaper",
        country="مصر",
    )  # fmt: skip
    tass = make_outlet(
        slug="tass", name_ar="تاس", name_en="Tass", kind="agency", country="روسيا", domain="tass.ru"
    )
    putin = make_actor(slug="putin", name_ar="فلاديمير بوتين", name_en="Putin", affiliation="russia")
    medium = make_actor(
        slug="tass-agency", name_ar="وكالة تاس", name_en="Tass-Agency", kind="medium", affiliation="russia"
    )
    article = make_article(
        headline=HEADLINE, body=BODY, outlet=ahram, wire=tass, url="https://al-ahram.example/summit",
        byline="سامي", dateline="موسكو", published_on=date(2023, 9, 13), date_source="text",
        source_name="seeds/ahram.txt",
    )  # fmt: skip
    make_quote(article=article, text="المحادثات كانت مثمرة", speaker=putin, speaker_text="بوتين", cue="قال",
               confidence=0.92, verified=True, relayed_by=None, cited_medium=medium)  # fmt: skip
    make_mention(article=article, actor=putin, count=2)
    make_article(headline="مسودة", body="نص المسودة.", status=Article.Status.DRAFT, published_on=None,
                 date_source=Article.DateSource.UNKNOWN)  # fmt: skip
    return article


def export(tmp_path, name="archive.jsonl") -> list[dict]:
    path = tmp_path / name
    call_command("export_archive", str(path), stdout=open(tmp_path / "out.txt", "w"))  # noqa: SIM115
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_export_archive_writes_every_article_with_quotes_and_mentions(tmp_path, archive):
    lines = export(tmp_path)

    assert [line["headline"] for line in lines] == [HEADLINE, "مسودة"]
    assert lines[0] == {
        "url": "https://al-ahram.example/summit",
        "headline": HEADLINE,
        "byline": "سامي",
        "dateline": "موسكو",
        "published_on": "2023-09-13",
        "date_source": "text",
        "status": "published",
        "source_name": "seeds/ahram.txt",
        "outlet": {"slug": "al-ahram", "ar": "الأهرام", "en": "Al Ahram", "domain": "al-ahram.example",
                   "kind": "newspaper", "country": "مصر"},
        "wire": {"slug": "tass", "ar": "تاس", "en": "Tass", "domain": "tass.ru", "kind": "agency",
                 "country": "روسيا"},
        "body": BODY,
        "quotes": [{
            "start": 14, "end": 34, "text": "المحادثات كانت مثمرة", "kind": "statement",
            "speaker": {"slug": "putin", "name_ar": "فلاديمير بوتين", "name_en": "Putin", "kind": "person",
                        "affiliation": "russia", "approved": True},
            "speaker_text": "بوتين", "speaker_description": "", "relayed_by": None,
            "cited_medium": {"slug": "tass-agency", "name_ar": "وكالة تاس", "name_en": "Tass-Agency",
                             "kind": "medium", "affiliation": "russia", "approved": True},
            "cue": "قال", "confidence": 0.92, "verified": True,
        }],
        "mentions": [{"actor": {"slug": "putin", "name_ar": "فلاديمير بوتين", "name_en": "Putin",
                                "kind": "person", "affiliation": "russia", "approved": True}, "count": 2}],
    }  # fmt: skip
    assert (lines[1]["status"], lines[1]["published_on"], lines[1]["quotes"]) == ("draft", None, [])


def test_export_archive_is_stable(tmp_path, archive):
    export(tmp_path, "first.jsonl")
    export(tmp_path, "second.jsonl")

    assert (tmp_path / "first.jsonl").read_bytes() == (tmp_path / "second.jsonl").read_bytes()


@pytest.mark.parametrize(
    ("extra", "written"),
    [(0, [(HEADLINE, 1, 1), ("مسودة", 0, 0)]),
     (3, [(HEADLINE, 1, 1), ("خبر 0", 1, 0), ("خبر 1", 1, 0), ("خبر 2", 1, 0), ("مسودة", 0, 0)])],
    ids=["one-row", "several-rows"],
)  # fmt: skip
def test_export_archive_runs_a_fixed_number_of_queries(
    tmp_path, archive, django_assert_num_queries, extra, written
):
    for n in range(extra):
        article = make_article(
            headline=f"خبر {n}", body=f"{BODY} {n}", outlet=archive.outlet, published_on=date(2023, 9, 14 + n)
        )
        make_quote(article=article, text="المحادثات كانت مثمرة", speaker=archive.quotes.get().speaker)

    with django_assert_num_queries(3):
        call_command("export_archive", str(tmp_path / "a.jsonl"), stdout=open(tmp_path / "o", "w"))  # noqa: SIM115

    lines = [json.loads(line) for line in (tmp_path / "a.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(line["headline"], len(line["quotes"]), len(line["mentions"])) for line in lines] == written


def test_export_archive_round_trips_through_the_importer(tmp_path, archive):
    before = export(tmp_path, "before.jsonl")

    with connection.cursor() as cursor:  # TRUNCATE inside the test's transaction
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    call_command("flush", interactive=False, verbosity=0)
    assert Article.objects.count() == 0
    outcomes = import_paths(tmp_path / "before.jsonl")
    after = export(tmp_path, "after.jsonl")

    # The export carries no ids or timestamps: equal lines mean nothing was lost.
    assert after == before
    assert [o.status for o in outcomes] == ["created"] * len(before)


def test_import_articles_refuses_an_archive_line_whose_quote_span_is_wrong(tmp_path, capsys):
    line = {"headline": "خبر", "body": "قال بوتين إن المحادثات كانت مثمرة.", "status": "published",
            "quotes": [{"start": 0, "end": 5, "text": "المحادثات"}], "mentions": []}  # fmt: skip
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")

    with pytest.raises(CommandError):
        call_command("import_articles", str(path), stdout=open(tmp_path / "o", "w"))  # noqa: SIM115

    assert (
        capsys.readouterr().err.strip() == f"error: {path}:1: quote 1: the body does not hold its text at 0:5"
    )
    assert Article.objects.count() == 0
