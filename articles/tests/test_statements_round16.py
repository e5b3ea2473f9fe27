"""Statement grouping, round 16 (issue 16): function phrases and function verbs under the
future's س read as nothing, and the news-Arabic families holdout22 and holdout23 lacked.
No database."""

from __future__ import annotations

import pytest

from articles.extraction.evaluate_statements import evaluate, load_gold
from articles.extraction.statements import link
from articles.tests.test_statements import GAZETTEER, GOLD, SPEAKERS, WORDING, statement


def test_units_drop_function_phrases():
    # على حد سواء "alike" and إلى جانب "with" were حد "limit", سواء and جانب "side" (=طرف).
    assert WORDING.units("يهدد اليابان والصين على حد سواء") == ("=تهديد", "@japan", "@china")
    assert WORDING.units("سنقف إلى جانب روسيا") == WORDING.units("سنقف مع روسيا") == ("سنقف", "@russia")
    # The words alone keep their meaning: جانب is still a side.
    assert WORDING.units("الجانب الروسي") == ("=طرف", "@russia")


def test_units_drop_a_three_letter_function_verb_after_the_futures_sin():
    # سيعد "will be deemed" kept four letters and was not read as يعد; سنكون is نكون.
    assert WORDING.units("سيعد ذلك استفزازا") == WORDING.units("يعد ذلك استفزازا") == ("=استفزاز",)
    assert WORDING.units("سنكون معا دائما") == ("=معا", "=دايما")
    # A name of four letters after س stays: سيول is Seoul.
    assert WORDING.units("سيول") == ("@south-korea",)


def test_units_read_talking_as_discussing_not_kilometres():
    # سنتكلم lost نت as a reflexive prefix and left كلم, the kilometre's abbreviation.
    assert WORDING.units("سنتكلم عن التعاون") == WORDING.units("سنتحدث عن التعاون") == ("=ناقش", "=تعاون")


@pytest.mark.parametrize(
    ("first", "second", "units"),
    [
        ("لملاقاة الزعيم", "للقاء الزعيم", ("=لقاء", "=زعيم")),  # meeting
        ("منتهكة القرارات", "في انتهاك للقرارات", ("=انتهك", "=قرار")),  # violating
        ("رفعت العلاقات", "ارتقت العلاقات", ("=ارتقي", "=علاقه")),  # raising
        ("في معركتها ضد الهيمنة", "في نضالها ضد الهيمنة", ("=نضال", "=مواجهه", "=هيمنه")),
        ("الجبهة المناهضة للغرب", "الجبهة المعادية للغرب", ("جبه", "=عدايي", "غرب")),
        ("القوى المهيمنة", "قوى الهيمنة", ("=قوي", "=هيمنه")),
        ("ينتظر من الطرفين", "يتوقع من الطرفين", ("=توقع", "=طرف")),  # expecting
        ("يصعب علي", "من الصعب", ("=صعب",)),
        ("الرحيل عن موسكو", "مغادرة موسكو", ("=غادر", "@russia")),  # leaving
        ("سعيد برؤيتك", "سعيد أن أراك", ("=سعيد", "=نري")),  # seeing
        ("مثل سائر الدول", "مثل كل الدول", ("=بلد",)),
    ],
)
def test_units_of_two_translations_meet_through_round_16s_synonyms(first, second, units):
    assert WORDING.units(first) == WORDING.units(second) == units


def test_link_makes_a_sentence_with_alike_a_part_of_the_whole():
    kishida = "fumio-kishida"
    whole = statement(
        "whole", "نقل تقنيات الصواريخ إلى بيونغ يانغ يهدد أمن اليابان وكوريا الجنوبية", speaker=kishida
    )
    part = statement("part", "سيعد ذلك تهديدا لأمن اليابان وكوريا الجنوبية على حد سواء", speaker=kishida)

    assert part.units == ("=تهديد", "=امن", "@japan", "@south-korea")
    assert link(part, whole, SPEAKERS).part() == 0


@pytest.mark.parametrize(
    ("name", "found", "grouped", "pairs", "apart", "near_misses"),
    [
        # Written before the rules: P0.875 R0.778 (21/27), in01 (missiles over Japan) joined
        # i01 through على حد سواء; i03, i05 and i08 split.
        ("tune16.json", 27, 27, 27, 9, 9),
        # Round 15: 57/75 (57 grouped); 73/75 before a group held one named institution (z08:
        # Kirby's, the White House's and the NSC's).
        ("holdout22.json", 73, 73, 75, 14, 14),  # z08: the NSC sits in the White House
        ("holdout23.json", 83, 86, 86, 14, 15),  # round 15: 69/86 (72), an13 joins a13
        ("holdout21.json", 64, 67, 73, 14, 15),  # unchanged
    ],
)
def test_evaluate_round_16s_files(name, found, grouped, pairs, apart, near_misses):
    renderings, close_to = load_gold(GOLD / name, GAZETTEER)

    scores = evaluate(renderings, close_to, GAZETTEER)

    assert (scores.found, scores.grouped, scores.pairs) == (found, grouped, pairs)
    assert (scores.near_misses_apart, scores.near_misses) == (apart, near_misses)
