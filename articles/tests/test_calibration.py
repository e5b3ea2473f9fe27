"""Whether confidence tells how often the rules are wrong (`evaluate.calibration`), and the
speaker an unsure rule leaves empty (`pipeline.ABSTAIN_BELOW`)."""

from __future__ import annotations

import json
from collections import Counter
from io import StringIO

import pytest
from django.core.management import call_command

from articles.extraction.evaluate import ActorNames, calibration, calibration_lines, cue_kind

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
