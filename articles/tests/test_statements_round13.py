"""Statement grouping, round 13 (issue 16): the next item of one report.  A quote that is
mostly its frame (names, numbers, dates, its people's titles) joins another only when its
own words are covered too.  No database."""

from __future__ import annotations

from articles.extraction.evaluate_statements import evaluate, load_gold
from articles.extraction.statements import Placement, covered, link, regroup
from articles.tests.test_statements import GAZETTEER, GOLD, SPEAKERS, WORDING, statement

# Invented items of one agency report: a banquet at the cosmodrome, then the farewell.
BANQUET = (
    "أقام الرئيس فلاديمير بوتين في 12 أيلول مأدبة غداء على شرف الرفيق كيم جونغ أون في قاعدة "
    "فوستوتشني الفضائية، وتبادل الزعيمان الأنخاب وسادت المأدبة أجواء ودية"
)
BANQUET_AGAIN = (
    "بوتين يقيم في 12 سبتمبر مأدبة غداء تكريما للزعيم كيم جونغ أون في فوستوتشني ويتبادلان الأنخاب في جو ودي"
)
BANQUET_SHORT = "أقام بوتين في 12 أيلول مأدبة للرفيق كيم"
FAREWELL = "ودع الرئيس فلاديمير بوتين في 12 أيلول الرفيق كيم جونغ أون عند مغادرته قاعدة فوستوتشني الفضائية"


def agency(key, text):
    return statement(key, text, speaker="kcna")


def test_link_keeps_the_next_item_of_a_report_from_being_a_part():
    found = link(agency("banquet", BANQUET), agency("farewell", FAREWELL), SPEAKERS)

    # 82% of the farewell is inside the banquet, all but two units of it the frame; of its
    # own five words (the farewell, the departure, the cosmodrome's three) three are.
    assert [round(share, 2) for share in found.shares] == [0.5, 0.82]
    assert found.content == (None, 0.6)
    assert (found.near, found.part()) == (True, None)


def test_link_still_finds_a_short_part_that_is_mostly_its_frame():
    # The trap: the banquet in five words, two of them its own, both in the long report.
    found = link(agency("banquet", BANQUET), agency("short", BANQUET_SHORT), SPEAKERS)

    assert (found.content, found.part()) == ((None, 1.0), 1)


def test_covered_weighs_a_framed_quote_by_its_own_words():
    wordings = agency("banquet", BANQUET).distinct | agency("again", BANQUET_AGAIN).distinct

    # Nine of its eleven units are in the group's wordings, three of its own five.
    assert round(covered(agency("farewell", FAREWELL), wordings, SPEAKERS), 2) == 0.6
    assert covered(agency("short", BANQUET_SHORT), wordings, SPEAKERS) == 1.0


def test_regroup_keeps_the_farewell_apart_from_the_banquet():
    statements = [
        agency("banquet", BANQUET),
        agency("again", BANQUET_AGAIN),
        agency("farewell", FAREWELL),
        agency("short", BANQUET_SHORT),
    ]

    assert regroup(statements, SPEAKERS) == [Placement(None, ("banquet", "again", "short"))]


def test_evaluate_holdout13_set_after_round_13():
    # Blind on round 12's rules: P0.941 R0.585, tn04 (the farewell after the banquet) joined;
    # round 13's synonyms join two more of t08's pairs (مختلف/مغاير, مقترح/مبادرة), round 14's
    # nine more (t07's أدلى and عقب, t04's reception, t10's secrecy).
    renderings, close_to = load_gold(GOLD / "holdout13.json", GAZETTEER)

    scores = evaluate(renderings, close_to, GAZETTEER)

    assert (scores.found, scores.grouped, scores.pairs) == (59, 59, 82)
    assert (scores.near_misses_apart, scores.near_misses) == (13, 13)


def test_evaluate_holdout15_set_after_round_13():
    # Blind on round 12's rules: P0.855 R0.662, vn01 (Kim's factory visit after his arrival)
    # joined v01, and v14.3 (a productive visit) Lavrov's departure.  Round 14 reads نلمس as
    # نرى and صلة as علاقة: v04's two wires join, 4 more pairs.
    renderings, close_to = load_gold(GOLD / "holdout15.json", GAZETTEER)

    scores = evaluate(renderings, close_to, GAZETTEER)

    assert (scores.found, scores.grouped, scores.pairs) == (57, 57, 80)
    assert (scores.near_misses_apart, scores.near_misses) == (14, 14)


def test_units_of_two_translations_meet_through_round_13s_synonyms():
    # Invented: the West blocks every proposal made in other circumstances.
    first = WORDING.units("الغرب يعرقل كل المقترحات في ظروف مختلفة")
    second = WORDING.units("الغرب يعطل أي مبادرة في وضع مغاير")

    assert first == second == ("غرب", "=عرقل", "=مقترح", "=وضع", "=مختلف")


def test_units_read_as_soon_as_possible_as_one_thing_said():
    # Invented: three words of one idiom would weigh three times the hope they qualify.
    assert WORDING.units("نأمل أن تعود البعثة في أقرب وقت ممكن") == ("=امل", "=عاد", "بعث", "=اقرب_وقت_ممكن")
