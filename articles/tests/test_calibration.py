"""Whether confidence tells how often the rules are wrong (`evaluate.calibration`), and the
speaker an unsure rule leaves empty (`pipeline.ABSTAIN_BELOW`)."""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from io import StringIO

import pytest
from django.core.cache import cache
from django.core.management import call_command

from articles.extraction import pipeline
from articles.extraction.actors import ProposedActor
from articles.extraction.evaluate import ActorNames, calibration, calibration_lines, cue_kind
from articles.extraction.pipeline import abstain_if_unsure
from articles.extraction.speakers import Attribution
from articles.extraction_service import extract_article
from articles.models import Actor
from articles.tests.factories import make_article, make_member

NAMES = ActorNames({"vladimir-putin": "Vladimir Putin", "kim-jong-un": "Kim Jong Un"})


def _statement(start, end, **fields):
    return {"start": start, "end": end, "text": "x" * (end - start), "kind": "statement", **fields}


@pytest.mark.parametrize(
    ("cue", "kind"),
    [
        ("", "none"),
        (":", "colon"),
        ("وبحسب", "source"),
        ("قوله", "source"),
        ("بيان", "noun"),
        ("تصريحات", "noun"),
        ("وقال", "verb"),
        ("قائلاً", "verb"),
    ],
)
def test_cue_kind_names_what_the_cue_is(cue, kind):
    assert cue_kind(cue) == kind


def test_calibration_counts_right_wrong_and_abstained_by_confidence_and_cue():
    gold = {
        "a.txt": [
            _statement(0, 10, speaker="Vladimir Putin"),
            _statement(20, 30, speaker="Kim Jong Un"),
            _statement(40, 50, speaker="Kim Jong Un"),
            _statement(60, 70, speaker=None),
            _statement(80, 90, speaker="Kim Jong Un"),  # no prediction: in no bucket
        ]
    }
    predicted = {
        "a.txt": [
            _statement(0, 10, speaker="vladimir-putin", cue="وقال", confidence=0.95),
            _statement(20, 30, speaker="vladimir-putin", cue="وأضاف", confidence=0.6),
            _statement(40, 50, speaker=None, cue="", confidence=0.0),
            _statement(60, 70, speaker=None, speaker_description="مسؤول أميركي", cue="وقال", confidence=0.85),
        ]
    }

    buckets = calibration(gold, predicted, NAMES)

    assert buckets == {
        (0.95, "verb"): Counter(right=1),
        (0.85, "verb"): Counter(right=1),
        (0.6, "verb"): Counter(wrong=1),
        (0.0, "none"): Counter(abstained=1),
    }
    assert calibration_lines(buckets) == [
        "confidence cue     right wrong abstained",
        "      0.95 verb        1     0         0",
        "      0.85 verb        1     0         0",
        "      0.60 verb        0     1         0",
        "      0.00 none        0     0         1",
        "      0.95 all         1     0         0",
        "      0.85 all         1     0         0",
        "      0.60 all         0     1         0",
        "      0.00 all         0     0         1",
    ]


@pytest.mark.django_db
def test_evaluate_extraction_prints_the_calibration_table(tmp_path):
    text = (
        "وقال الرئيس الروسي فلاديمير بوتين: «سنساعد كوريا الشمالية على بناء الأقمار».\n"
        "وقال مسؤول: «لا تعليق الآن على هذا»."
    )
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")

    def statement(words, **speaker):
        start = text.index(words)
        return {"start": start, "end": start + len(words), "text": words, "kind": "statement", **speaker}

    gold = {
        "a.txt": [
            statement("سنساعد كوريا الشمالية على بناء الأقمار", speaker="Vladimir Putin"),
            statement("لا تعليق الآن على هذا", speaker="Kim Jong Un"),
        ]
    }
    (tmp_path / "gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    out = StringIO()

    gold_file = str(tmp_path / "gold.json")
    call_command("evaluate_extraction", gold_file, str(tmp_path), "--calibration", stdout=out)

    assert out.getvalue().splitlines()[:5] == [
        "confidence cue     right wrong abstained",
        "      0.95 verb        1     0         0",
        "      0.85 verb        0     0         1",
        "      0.95 all         1     0         0",
        "      0.85 all         0     0         1",
    ]


def test_an_unsure_attribution_names_nobody_and_keeps_the_rules_suggestion():
    unsure = Attribution("vladimir-putin", "فبوتين", "ria-novosti", "قائلاً", 0.5)

    assert abstain_if_unsure(unsure) == Attribution(None, "فبوتين", "ria-novosti", "قائلاً", 0.5)
    assert abstain_if_unsure(
        Attribution(
            None, "المحلل عمرو الشوبكي", None, "قال", 0.7, ProposedActor.from_text("عمرو الشوبكي", "person")
        ),
        threshold=0.75,
    ) == Attribution(None, "المحلل عمرو الشوبكي", None, "قال", 0.7)
    assert abstain_if_unsure(
        Attribution(None, "مسؤول أمريكي", None, "وقال", 0.65, description="مسؤول أمريكي"), threshold=0.7
    ) == Attribution(None, "مسؤول أمريكي", None, "وقال", 0.65)


def test_a_sure_attribution_keeps_its_speaker():
    sure = Attribution("vladimir-putin", "الرئيس الروسي فلاديمير بوتين", None, "قال", 0.95)

    assert abstain_if_unsure(sure, threshold=0.75) == sure
    assert abstain_if_unsure(Attribution(confidence=0.6), threshold=0.75) == Attribution(confidence=0.6)


ABSTAINING_BODY = (
    "قال المحلل السياسي المصري عمرو الشوبكي إن القمة «رسالة إلى الغرب قبل أي شيء آخر».\n\n"
    "وقال الرئيس الروسي فلاديمير بوتين إن «المحادثات كانت مثمرة جدا مع ضيفنا»."
)


@pytest.fixture
def abstaining(monkeypatch):
    """An article extracted with the threshold above a name the registry does not know (0.7)."""
    monkeypatch.setattr(pipeline, "ABSTAIN_BELOW", 0.75)
    cache.clear()
    article = make_article(headline="قمة فوستوتشني", body=ABSTAINING_BODY)
    extract_article(article)
    return article


@pytest.mark.django_db
def test_extraction_stores_an_abstention_without_a_speaker_or_a_proposed_actor(abstaining):
    quotes = abstaining.quotes.select_related("speaker").order_by("start")

    assert [(q.speaker.slug if q.speaker else None, q.speaker_text, q.confidence) for q in quotes] == [
        (None, "المحلل السياسي المصري عمرو الشوبكي", 0.7),
        ("vladimir-putin", "الرئيس الروسي فلاديمير بوتين", 0.95),
    ]
    assert not Actor.objects.filter(name_ar="عمرو الشوبكي").exists()


@pytest.mark.django_db
def test_an_abstention_shows_its_suggestion_in_the_review_queue_and_not_in_the_export(client, abstaining):
    exported = client.get("/quotes/", {"kind": "statement", "format": "csv"}).content.decode("utf-8")
    client.force_login(make_member(username="layla", group="Editors"))
    html = client.get("/admin/articles/quote/", {"kind__exact": "statement"}).content.decode()

    rows = list(csv.DictReader(io.StringIO(exported.lstrip("\ufeff"))))
    assert sorted((r["speaker"], r["speaker_text"]) for r in rows) == [
        ("", ""),
        ("vladimir-putin", "الرئيس الروسي فلاديمير بوتين"),
    ]
    assert re.findall(r'<td class="field-speaker_text">(.*?)</td>', html) == [
        "المحلل السياسي المصري عمرو الشوبكي",
        "الرئيس الروسي فلاديمير بوتين",
    ]
