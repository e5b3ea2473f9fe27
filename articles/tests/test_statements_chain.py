"""Statement grouping: a quote joins a group through the quotes around it, not through the
words of the whole group, which grow with every quote it takes (the bench corpus's import
chained 1,830 quotes of Putin into one group that way).  Invented quotes; no database."""

from __future__ import annotations

from articles.extraction.statements import COVERED, MemoryGroups, Placement, covered, link, regroup
from articles.tests.test_statements import SPEAKERS, statement

# Twelve words, one unit each and no two of one root (الزراعة → زراع, الموانئ → =ميناء).
WORDS = ("الزراعة", "القمح", "الموانئ", "الكهرباء", "السكك", "النفط")
WORDS += ("الطلاب", "الجامعات", "السياحة", "الأسمدة", "المصانع", "الجسور")
# Four quotes, each rewording the one before (three of five words in common), and a fifth
# near the first (two words) that the fourth one's words complete.
CHAIN = {
    "first": (0, 1, 2, 3, 4),
    "second": (0, 1, 2, 5, 6),
    "third": (0, 5, 6, 7, 8),
    "fourth": (6, 7, 8, 9, 10),
    "late": (3, 4, 9, 11),
}


def quote(key: str, words: tuple[int, ...], speaker: str | None = "vladimir-putin"):
    return statement(key, " و".join(WORDS[n] for n in words), speaker=speaker, article=key)


def chain() -> list:
    return [quote(key, words) for key, words in CHAIN.items()]


def test_the_chain_is_near_one_quote_and_covered_only_by_the_whole_group():
    first, second, third, fourth, late = chain()
    assert [
        link(a, b, SPEAKERS).reworded for a, b in [(first, second), (second, third), (third, fourth)]
    ] == [
        True,
        True,
        True,
    ]
    assert (link(late, first, SPEAKERS).near, link(late, fourth, SPEAKERS).near) == (True, False)
    whole = first.distinct | second.distinct | third.distinct | fourth.distinct
    assert covered(late, whole, SPEAKERS) == COVERED
    assert covered(late, first.distinct | second.distinct, SPEAKERS) == 0.5


def test_regroup_does_not_cover_a_quote_with_the_words_of_the_whole_group():
    assert regroup(chain(), SPEAKERS) == [Placement(None, ("first", "second", "third", "fourth"))]


def test_quotes_arriving_one_article_at_a_time_leave_the_chained_quote_apart():
    groups = MemoryGroups(SPEAKERS)
    for quote in chain():
        groups.add([quote])

    assert groups.groups() == {"first": "g1", "second": "g1", "third": "g1", "fourth": "g1", "late": None}


def test_regroup_still_covers_a_third_rendering_with_the_two_it_is_near():
    # The third rendering shares two words with each of the others, and the two together
    # cover three of its four.
    first, second = quote("first", CHAIN["first"]), quote("second", CHAIN["second"])
    third = quote("third", (3, 5, 0, 11))
    assert (link(third, first, SPEAKERS).reworded, link(third, second, SPEAKERS).reworded) == (False, False)

    assert regroup([first, second, third], SPEAKERS) == [Placement(None, ("first", "second", "third"))]


def test_regroup_does_not_join_two_sides_through_an_unattributed_quote():
    # The unattributed quote rewords Putin's and Miller's; Putin's and Miller's are never
    # compared, and one group holds no two sides.
    putin = quote("putin", (0, 1, 2, 3, 4))
    nobody = quote("nobody", (0, 1, 2, 5, 6), speaker=None)
    miller = quote("miller", (0, 1, 2, 5, 7), speaker="matthew-miller")
    assert (link(putin, nobody, SPEAKERS).reworded, link(nobody, miller, SPEAKERS).reworded) == (True, True)
    assert SPEAKERS.compatible("vladimir-putin", "matthew-miller") is False

    assert regroup([putin, nobody, miller], SPEAKERS) == [Placement(None, ("putin", "nobody"))]
    assert regroup([miller, nobody, putin], SPEAKERS) == [Placement(None, ("miller", "nobody"))]
