"""Statement grouping, round 10 (issue 16): general stemming gaps and function words rather
than vocabulary, and holdout9 as they leave it.  No database."""

from __future__ import annotations

from articles.extraction.evaluate_statements import evaluate, load_gold
from articles.extraction.statements import SOFT, shared
from articles.tests.test_statements import GAZETTEER, GOLD, WORDING


def test_shared_meets_a_short_present_verb_and_its_bare_masdar_softly():
    # أن نعيش بسلام / العيش في سلام: light stemming keeps the ن of so short a verb.
    assert shared(frozenset({"=سلام", "نعيش"}), frozenset({"=سلام", "عيش"})) == 1 + SOFT
    # A longer word keeps its first letter: نظام "system" is not ظام.
    assert shared(frozenset({"=سلام", "نظامي"}), frozenset({"=سلام", "ظامي"})) == 1


def test_shared_meets_a_short_feminine_plural_and_its_singular_softly():
    # حلق مرات عدة / حلق أكثر من مرة: مرات is too short to lose its ات.
    assert shared(frozenset({"حلق", "مرات"}), frozenset({"حلق", "مره"})) == 1 + SOFT
    # Only the ending ات: بنان "fingertips" is no plural of بنه.
    assert shared(frozenset({"حلق", "بنان"}), frozenset({"حلق", "بنه"})) == 1


def test_units_count_question_words_and_about_for_nothing():
    assert WORDING.units("لماذا لا نتعاون معهم") == WORDING.units("ولم لا نتعاون معهم") == ("=تعاون",)
    assert WORDING.units("تصريحات حول القمة") == WORDING.units("تصريحات بشأن القمة") == ("=تصريح", "=لقاء")
    assert WORDING.units("لا يزال يدعو إلى الحوار") == ("=حث", "=محادثات")


def test_units_read_a_levantine_month_of_two_words_as_its_latin_name():
    # تشرين الثاني is November, not a number two.
    assert (
        WORDING.units("الاجتماع في تشرين الثاني")
        == WORDING.units("الاجتماع في نوفمبر")
        == ("=لقاء", "=نوفمبر")
    )
    assert WORDING.units("في كانون الأول المقبل") == WORDING.units("في ديسمبر المقبل") == ("=ديسمبر", "=مقبل")


def test_evaluate_holdout9_set_pairs_and_near_misses():
    # Blind in round 9 (R0.613), then tuned on in round 10 (59 pairs; round 11's test has
    # the figures now, 64 pairs, and round 12's synonyms 77).
    renderings, close_to = load_gold(GOLD / "holdout9.json", GAZETTEER)

    scores = evaluate(renderings, close_to, GAZETTEER)

    assert (len(renderings), len(close_to)) == (72, 14)
    assert (scores.found, scores.grouped, scores.pairs) == (77, 77, 93)
    assert (scores.near_misses_apart, scores.near_misses) == (14, 14)
