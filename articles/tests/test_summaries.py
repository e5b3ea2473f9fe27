"""The per-article summary rows behind `/compare/` (`articles.summaries`): the comparison
they give equals the one counted over quotes, sentences and frame matches, and they follow
every change to an article (an edit, a re-extraction, unpublishing, deleting)."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection

from articles.compare import Selection, compare
from articles.extraction_service import extract_article
from articles.models import Actor, Article, Outlet, Quote
from articles.summaries import SUMMARY_MODELS, refresh_all
from articles.tests.compare_from_scratch import compare_from_scratch
from articles.tests.factories import import_seed_corpus, make_article, make_outlet, make_quote

# A second outlet's own article: a statement with no known speaker, a term quote, a quote
# relayed by a medium; and a draft that would change every column it joined.
EXTRA_BODY = (
    "قال مسؤول روسي إن «المحادثات كانت بناءة ومفيدة للطرفين».\n\n"
    "ووصفت الصحيفة اللقاء بأنه «تحالف المنبوذين» في مقال افتتاحي.\n\n"
    "وأضاف المسؤول، وفق ما ذكرت وكالة رويترز: «سنواصل التعاون العسكري»."
)


@pytest.fixture
def archive(db):
    seeds = import_seed_corpus()
    outlet = make_outlet(name_ar="صحيفة الشرق", name_en="Al Sharq Daily", slug="al-sharq-daily")
    extra = make_article(outlet=outlet, body=EXTRA_BODY, headline="تحالف المنبوذين في فوستوشني")
    extract_article(extra)
    draft = make_article(outlet=outlet, body=seeds["001"].body, headline="مسودة", status=Article.Status.DRAFT)
    extract_article(draft)
    return {**seeds, "extra": extra, "draft": draft}


def _stored() -> dict[str, list[tuple]]:
    """Every summary row, without its id and stamp (which every rebuild moves)."""
    out = {}
    with connection.cursor() as cursor:
        for model in SUMMARY_MODELS:
            columns = [f.column for f in model._meta.concrete_fields if f.column not in ("id", "stamp")]
            cursor.execute(
                f"SELECT {', '.join(columns)} FROM {model._meta.db_table} ORDER BY {', '.join(columns)}"
            )
            out[model.__name__] = cursor.fetchall()
    return out


def _rebuilt() -> dict[str, list[tuple]]:
    refresh_all()
    return _stored()


def _both(articles, by: str = "outlet") -> tuple[dict, dict]:
    return compare(Selection(articles, by=by)), compare_from_scratch(Selection(articles, by=by))


def _column(data: dict, key: str) -> dict | None:
    return next((c for c in data["columns"] if c["key"] == key), None)


@pytest.mark.parametrize("by", ["outlet", "article"])
@pytest.mark.parametrize(
    "selection",
    [
        lambda: Article.objects.published(),
        lambda: Article.objects.all(),  # the newsroom's
        lambda: Article.objects.published().filter(outlet__isnull=True),
        lambda: Article.objects.published().filter(published_on__gte="2023-09-13"),
    ],
    ids=["public", "newsroom", "wire-only", "from-13-september"],
)
def test_summed_rows_equal_the_comparison_counted_over_the_archive(archive, selection, by):
    summed, counted = _both(selection(), by)

    assert summed == counted
    assert summed["columns"] and summed["frames"]


def test_summed_rows_sections_are_not_empty_on_the_varied_archive(archive):
    summed, counted = _both(Article.objects.all())

    assert summed == counted
    assert _column(summed, "al-sharq-daily")["articles"] == 2
    assert summed["statements"] and summed["sources"] and summed["terms"]
    assert {s["side"] for s in summed["voices"]["sides"]["al-sharq-daily"]} >= {"unknown"}


def test_summary_rows_equal_rows_rebuilt_from_scratch_after_the_import(archive):
    stored = _stored()

    assert stored == _rebuilt()
    assert len(stored["ArticleSummary"]) == Article.objects.count() == 7


def test_an_edited_quote_moves_its_statement_to_the_new_speaker(archive):
    article = archive["extra"]
    quote = article.quotes.get(kind=Quote.Kind.STATEMENT, text__startswith="المحادثات")
    lavrov = Actor.objects.get(slug="sergei-lavrov")
    before = _stored()["ArticleVoice"]

    quote.speaker = lavrov
    quote.save()

    voices = {
        (a, s): (n, first, last) for a, s, n, first, last in _stored()["ArticleVoice"] if a == article.pk
    }
    assert voices == {(article.pk, lavrov.pk): (1, 1, 1)}  # its only statement, first and last
    assert _stored()["ArticleVoice"] != before
    assert _stored() == _rebuilt()
    summed, counted = _both(Article.objects.published())
    assert summed == counted


def test_a_new_quote_added_in_the_admin_counts_at_once(archive):
    article = archive["extra"]
    text = "سنواصل التعاون العسكري"
    putin = Actor.objects.get(slug="vladimir-putin")

    make_quote(article=article, text=text, speaker=putin, start=article.body.index(text))

    voices = {s: (n, first, last) for a, s, n, first, last in _stored()["ArticleVoice"] if a == article.pk}
    assert voices == {None: (1, 1, 0), putin.pk: (1, 0, 1)}  # Putin now has the last word
    assert _stored() == _rebuilt()
    summed, counted = _both(Article.objects.published())
    assert summed == counted


def test_reextraction_rebuilds_the_rows_of_the_new_body(archive):
    article = archive["extra"]
    article.body = "وقال الرئيس الروسي فلاديمير بوتين: «لهذا السبب جئنا إلى هنا»."
    article.save()

    extract_article(article)

    rows = _stored()
    assert rows == _rebuilt()
    assert [r for r in rows["ArticleTerm"] if r[0] == article.pk] == []
    # one sentence, which evokes no frame
    assert [r[1:] for r in rows["ArticleSummary"] if r[0] == article.pk] == [(1, [])]
    summed, counted = _both(Article.objects.published())
    assert summed == counted


def test_unpublishing_takes_the_articles_contribution_out_of_the_public_comparison(archive):
    before = compare(Selection(Article.objects.published()))
    assert _column(before, "al-sharq-daily")["articles"] == 1

    Article.objects.filter(pk=archive["extra"].pk).update(status=Article.Status.DRAFT)

    summed, counted = _both(Article.objects.published())
    assert summed == counted
    assert _column(summed, "al-sharq-daily") is None
    assert "al-sharq-daily" not in summed["voices"]["sides"] and "al-sharq-daily" not in summed["terms"]
    assert _column(compare(Selection(Article.objects.all())), "al-sharq-daily")["articles"] == 2


def test_publishing_a_draft_adds_its_rows_to_the_public_comparison(archive):
    draft = archive["draft"]
    draft.status = Article.Status.PUBLISHED
    draft.save()

    summed, counted = _both(Article.objects.published())

    assert summed == counted
    assert _column(summed, "al-sharq-daily")["articles"] == 2


def test_deleting_an_article_deletes_its_rows(archive):
    article_id = archive["extra"].pk

    archive["extra"].delete()

    rows = _stored()
    assert all(row[0] != article_id for table in rows.values() for row in table)
    assert rows == _rebuilt()
    summed, counted = _both(Article.objects.published())
    assert summed == counted


def test_moving_an_article_to_another_outlet_moves_its_contribution(archive):
    article = archive["extra"]
    article.outlet = Outlet.objects.get(slug="alqahera-news")
    article.save()

    summed, counted = _both(Article.objects.published())

    assert summed == counted
    assert _column(summed, "al-sharq-daily") is None
    assert _column(summed, "alqahera-news")["articles"] == 2


def test_refresh_summaries_rebuilds_rows_written_without_the_triggers(archive, capsys):
    expected = _stored()
    with connection.cursor() as cursor:
        cursor.execute("TRUNCATE articles_articlevoice, articles_articleframe")

    call_command("refresh_summaries")

    assert _stored() == expected
    assert capsys.readouterr().out.startswith("summaries of 7 articles in ")


def test_distinctive_words_are_kept_until_a_sampled_article_is_rebuilt(archive):
    article = archive["extra"]
    before = compare(Selection(Article.objects.published()))["words"]
    assert "التحالف" not in [w["word"] for w in before.get("al-sharq-daily", [])]

    article.body = "وقال الرئيس الروسي إن التحالف قائم، وإن التحالف باق، وإن التحالف سيقوى."
    article.save()
    extract_article(article)

    after = compare(Selection(Article.objects.published()))["words"]
    cache.clear()
    assert after == compare(Selection(Article.objects.published()))["words"]
    assert ("التحالف", 3) in [(w["word"], w["count"]) for w in after["al-sharq-daily"]]


def test_summary_frames_array_holds_each_frame_rows_count_at_its_id(archive):
    rows = _stored()
    by_article: dict[int, dict[int, int]] = {}
    for article_id, frame_id, n in rows["ArticleFrame"]:
        by_article.setdefault(article_id, {})[frame_id] = n
    frame_ids = sorted({frame_id for _a, frame_id, _n in rows["ArticleFrame"]})

    arrays = {article_id: frames for article_id, _sentences, frames in rows["ArticleSummary"]}

    assert len(frame_ids) > 1
    for article_id, frames in arrays.items():
        counts = by_article.get(article_id, {})
        expected = [counts.get(i, 0) for i in range(1, max(counts, default=0) + 1)]
        assert frames == expected
