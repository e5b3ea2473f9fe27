"""Extraction through Django: stored quotes and mentions, re-extraction, the commands."""

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from articles.extraction_service import extract_article
from articles.models import Actor, Alias, Article, Mention, Quote
from articles.tests.factories import import_seed_corpus, make_article

SEEDS = Path(__file__).resolve().parents[2] / "corpus" / "seeds"
pytestmark = pytest.mark.django_db


@pytest.fixture
def seeds():
    return import_seed_corpus()


def test_registry_seeded_with_every_spelling():
    kim = Actor.objects.get(slug="kim-jong-un")

    aliases = set(kim.aliases.values_list("name", flat=True))

    assert (kim.name_en, kim.kind, kim.affiliation, kim.approved) == (
        "Kim Jong Un",
        "person",
        "north-korea",
        True,
    )
    assert {"كيم جونغ أون", "كيم يونغ أون", "جيم جونج أون"} <= aliases
    assert Alias.objects.filter(actor__slug="sergei-shoigu", name="سيرغي شويجو").exists()


def test_import_stores_quotes_with_speakers(seeds):
    statements = Quote.objects.statements().filter(article=seeds["004"]).order_by("start")

    rows = [(q.speaker.slug if q.speaker else None, q.text) for q in statements]

    assert rows[:3] == [
        ("dmitry-peskov", "كلا، لا يمكننا تأكيد ذلك"),
        ("dmitry-peskov", "ليس لدينا ما نقوله حول هذه المسألة"),
        ("sergei-shoigu", "نبحث ذلك مع الجميع بما يشمل كوريا الشمالية. لما لا؟ انهم جيراننا"),
    ]
    assert (
        Quote.objects.filter(article=seeds["004"], speaker__slug="sergei-shoigu").get().relayed_by.slug
        == "tass"
    )


def test_import_offsets_index_the_stored_body(seeds):
    quotes = Quote.objects.select_related("article")

    mismatched = [q.pk for q in quotes if q.article.body[q.start : q.end] != q.text]

    assert quotes.count() == 59
    assert mismatched == []


def test_import_records_mentions(seeds):
    kim = Mention.objects.get(article=seeds["001"], actor__slug="kim-jong-un")

    assert kim.count >= 10
    assert Mention.objects.filter(article=seeds["003"], actor__slug="kim-myong-sik").exists()


def test_reextract_keeps_verified_quotes(seeds):
    article = seeds["000"]
    quote = article.quotes.get(text="لهذا السبب جئنا إلى هنا")
    miller = Actor.objects.get(slug="matthew-miller")
    quote.speaker, quote.verified = miller, True
    quote.save()

    out = StringIO()
    call_command("reextract", str(article.pk), stdout=out)

    quote.refresh_from_db()
    assert (quote.speaker, quote.verified) == (miller, True)
    assert article.quotes.filter(text="لهذا السبب جئنا إلى هنا").count() == 1
    assert out.getvalue().strip() == "re-extracted 1 articles: 9 quotes written, 1 verified quotes kept"


def test_reextract_refuses_unknown_ids():
    with pytest.raises(CommandError, match="no article with id 999999"):
        call_command("reextract", "999999")


def test_extraction_proposes_unknown_speakers():
    article = make_article(
        headline="",
        body="وقال الباحث الفرنسي جان دوبوا في حديث للصحفيين: «هذه القمة تغير موازين القوى في آسيا».",
    )

    extract_article(article)

    quote = article.quotes.get()
    assert quote.speaker_text.endswith("جان دوبوا")
    assert quote.speaker is not None and quote.speaker.approved is False


def test_extract_quotes_json_shape():
    out = StringIO()

    call_command("extract_quotes", str(SEEDS / "004_a284983e4bd276d4.txt"), json=True, stdout=out)

    data = json.loads(out.getvalue())
    first = data["quotes"][0]
    assert first == {
        "text": "كلا، لا يمكننا تأكيد ذلك",
        "kind": "statement",
        "start": 300,
        "end": 324,
        "speaker": "دميتري بيسكوف",
        "speaker_en": "Dmitry Peskov",
        "speaker_text": first["speaker_text"],
        "proposed_speaker": None,
        "speaker_description": None,
        "relayed_by": None,
        "cue": first["cue"],
    }
    assert "بيسكوف" in first["speaker_text"]
    assert {"actor": "كيم جونغ أون", "actor_en": "Kim Jong Un", "count": 10} in data["mentions"]


def test_extract_quotes_stores_nothing():
    call_command("extract_quotes", str(SEEDS / "000_84058521eb59a668.txt"), stdout=StringIO())

    assert (Article.objects.count(), Quote.objects.count()) == (0, 0)


def test_evaluate_extraction_meets_targets_on_seeds():
    out = StringIO()

    call_command("evaluate_extraction", str(SEEDS / "gold_quotes.json"), str(SEEDS), stdout=out)

    lines = out.getvalue().splitlines()
    figures = {name.strip(): value for name, value in (line.rsplit(maxsplit=1) for line in lines)}
    assert figures == {
        "errors:": "0",
        "statement precision": "1.000",
        "statement recall": "1.000",
        "statement F1": "1.000",
        "term recall": "1.000",
        "speaker accuracy": "1.000",
        "wrong speakers": "0.000",
        "speaker coverage": "1.000",
    }


def test_evaluate_extraction_names_a_missing_text(tmp_path):
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"missing.txt": []}), encoding="utf-8")

    with pytest.raises(CommandError, match="annotates missing.txt, which cannot be read"):
        call_command("evaluate_extraction", str(gold), str(tmp_path))


def test_evaluate_extraction_names_a_quote_without_its_fields(tmp_path):
    (tmp_path / "a.txt").write_text("وقال بوتين «كلام».", encoding="utf-8")
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"a.txt": [{"start": 0, "end": 4}]}), encoding="utf-8")

    with pytest.raises(CommandError, match=r"gold.json: a.txt: quote #1 needs start, end, text and kind"):
        call_command("evaluate_extraction", str(gold), str(tmp_path))


def test_gazetteer_kept_while_articles_are_stored_rebuilt_after_registry_change(
    monkeypatch, django_capture_on_commit_callbacks
):
    from articles import caching, extraction_service

    monkeypatch.setattr(extraction_service, "RECHECK_SECONDS", -1)  # check the versions every call
    built = extraction_service.gazetteer()

    make_article(body="قال بوتين: «نحن مستعدون للتعاون».")
    caching.bump()
    kept = extraction_service.gazetteer()
    with django_capture_on_commit_callbacks(execute=True):
        Alias.objects.create(actor=Actor.objects.get(slug="kim-jong-un"), name="كيم جونغ اون الثالث")
    extraction_service._gazetteer = built  # as another process would still hold it
    rebuilt = extraction_service.gazetteer()

    assert kept is built
    assert rebuilt is not built
    assert rebuilt.named_by(("كيم", "جونغ", "اون", "الثالث")) == ("kim-jong-un",)
