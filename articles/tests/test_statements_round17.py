"""Statement grouping, round 17 (issue 16): the news-Arabic families holdout24 lacked, a bare
فضاء kept whole, and بينما, سوى and أحد read as function words.  No database."""

from __future__ import annotations

import pytest

from articles.extraction.evaluate_statements import evaluate, load_gold
from articles.extraction.statements import link
from articles.tests.test_statements import GAZETTEER, GOLD, SPEAKERS, WORDING, statement


@pytest.mark.parametrize(
    ("first", "second", "units"),
    [
        ("روسيا في عزلة", "روسيا معزولة", ("@russia", "=عزله")),  # isolation
        ("الشعب جائع", "الشعب يتضور جوعا", ("=شعب", "=جوع")),  # hunger
        ("تهديد مثير للسخرية", "تهديد يثير الضحك", ("=تهديد", "=سخريه")),  # ridicule
        ("فقدت الثقة", "خسرت الثقة", ("=خسر", "=واثق")),  # losing
        ("تتجه إلى إيران", "تتوجه إلى إيران", ("=جاء", "@iran")),  # heading
        ("يزيد العزلة عمقا", "يزيد العزلة تعميقا", ("=زاد", "=عزله", "=تعميق")),
        ("ما آلت إليه الأمور", "ما انتهت إليه الأمور", ("=اكتمل", "=امر")),  # ending up
        ("لن يجلب سوى التوتر", "لن يؤدي إلا إلى التوتر", ("=ادي", "=توتر")),  # bringing
        ("الجيش السوفيتي", "الجنود السوفييت", ("=جندي", "=سوفيتي")),
        # verifying, and "in a position to" as able to: the verb alone (تحقق "was achieved") stays
        (
            "لسنا في وضع يسمح لنا بالتحقق من الصور",
            "لا نستطيع التأكد من صحة الصور",
            ("=يمكن", "=التحقق_من", "صور"),
        ),
        ("وصلت إلى موسكو", "وصل إلى موسكو", ("=جاء", "@russia")),  # the feminine past of a listed verb
    ],
)
def test_units_of_two_translations_meet_through_round_17s_synonyms(first, second, units):
    assert WORDING.units(first) == WORDING.units(second) == units


def test_units_keep_the_fa_of_a_bare_space():
    # Light stemming cut the ف of فضاء as a conjunction and left ضاء.
    assert WORDING.units("رائد فضاء") == WORDING.units("رائد الفضاء") == ("=رايد", "=فضاء")


def test_units_read_while_but_and_anyone_as_function_words():
    # بينما left ينم; سوى was سويا "together"; أحد "anyone" was a content word.
    assert WORDING.units("يعمل بينما ينام") == ("يعمل", "ينام")
    assert WORDING.units("لن يجلب سوى التوتر") == ("=ادي", "=توتر")
    assert WORDING.units("لا يحق لأحد") == ("=حق",)
    # سويا is still "together", and فقد after و/ف is the particle: nothing is lost.
    assert WORDING.units("يعملون سويا") == ("يعمل", "=معا")
    assert WORDING.units("فقد قال") == ("=قال",)
    assert WORDING.units("تحقق الهدف") == ("تحقق", "=هدف")


def test_link_rewords_zakharovas_laughable_threats_through_ridicule_and_losing():
    zakharova = "maria-zakharova"
    first = statement(
        "first", "تهديدات بروكسل بالعقوبات مثيرة للسخرية، وهي فقدت حق تعليم الآخرين", speaker=zakharova
    )
    second = statement("second", "وعيد بروكسل بالعقوبات أمر مضحك، فقد خسرت حق الوعظ", speaker=zakharova)

    found = link(first, second, SPEAKERS)

    assert found.reworded


@pytest.mark.parametrize(
    ("name", "found", "grouped", "pairs", "apart", "near_misses"),
    [
        # Written before the rules: P1.000 R0.485 (16/33), near misses 11/11.
        ("tune17.json", 33, 33, 33, 11, 11),
        # Blind on round 16's rules: 59/95 (59 grouped), 15/15.
        # 83/95 before a group held one named institution (j10: Kirby, the White House, the NSC).
        ("holdout24.json", 83, 83, 95, 15, 15),  # j10: the NSC sits in the White House
        ("holdout11.json", 39, 39, 63, 12, 12),  # round 16: 37/63
    ],
)
def test_evaluate_round_17s_files(name, found, grouped, pairs, apart, near_misses):
    scores = evaluate(*load_gold(GOLD / name, GAZETTEER), GAZETTEER)

    counted = (scores.found, scores.grouped, scores.pairs, scores.near_misses_apart, scores.near_misses)
    assert counted == (found, grouped, pairs, apart, near_misses)
