"""Statement grouping: a quote joins a group through the quotes around it, not through the
words of the whole group, which grow with every quote it takes (the bench corpus's import
chained 1,830 quotes of Putin into one group that way).  Invented quotes; no database."""

from __future__ import annotations

import itertools
from dataclasses import replace

import pytest

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
    # Whichever comes first: the unattributed quote goes by the wordings, not by the order.
    assert regroup([miller, nobody, putin], SPEAKERS) == [Placement(None, ("nobody", "putin"))]


def test_regroup_does_not_join_two_people_through_their_institution():
    # The Kremlin's quote rewords Peskov's and Ushakov's, which are never compared (two
    # people): the Kremlin goes with one of them, and Ushakov's two quotes stay a group.
    peskov = quote("peskov", (0, 1, 2, 3, 4), speaker="dmitry-peskov")
    kremlin = quote("kremlin", (0, 1, 2, 5, 6), speaker="kremlin")
    ushakov = quote("ushakov", (0, 1, 2, 5, 7), speaker="yuri-ushakov")
    again = quote("ushakov-again", (0, 1, 2, 5, 7), speaker="yuri-ushakov")
    assert (link(peskov, kremlin, SPEAKERS).reworded, link(kremlin, ushakov, SPEAKERS).reworded) == (
        True,
        True,
    )
    assert [
        SPEAKERS.compatible(*pair) for pair in [("dmitry-peskov", "kremlin"), ("kremlin", "yuri-ushakov")]
    ] == [
        True,
        True,
    ]
    assert SPEAKERS.compatible("dmitry-peskov", "yuri-ushakov") is False

    assert regroup([peskov, kremlin, ushakov, again], SPEAKERS) == [
        Placement(None, ("peskov", "kremlin")),
        Placement(None, ("ushakov", "ushakov-again")),
    ]


def test_regroup_does_not_join_two_people_of_one_side_through_an_unattributed_quote():
    putin = quote("putin", (0, 1, 2, 3, 4))
    nobody = quote("nobody", (0, 1, 2, 5, 6), speaker=None)
    lavrov = quote("lavrov", (0, 1, 2, 5, 7), speaker="sergei-lavrov")
    assert (link(putin, nobody, SPEAKERS).reworded, link(nobody, lavrov, SPEAKERS).reworded) == (True, True)

    assert regroup([putin, nobody, lavrov], SPEAKERS) == [Placement(None, ("putin", "nobody"))]
    assert regroup([lavrov, nobody, putin], SPEAKERS) == [Placement(None, ("nobody", "putin"))]


def test_regroup_counts_a_proposed_speaker_as_a_person():
    # Two analysts the registry does not know yet (an import proposes them): two people of
    # no side, not two unattributed quotes.
    first = quote("first", (0, 1, 2, 3, 4), speaker="سالم-الكتبي")
    nobody = quote("nobody", (0, 1, 2, 5, 6), speaker=None)
    second = quote("second", (0, 1, 2, 5, 7), speaker="حاتم-الشربيني")
    assert SPEAKERS.compatible("سالم-الكتبي", None) is True
    assert SPEAKERS.compatible("سالم-الكتبي", "حاتم-الشربيني") is False

    assert regroup([first, nobody, second], SPEAKERS) == [Placement(None, ("first", "nobody"))]


def test_regroup_keeps_a_country_with_an_institution_and_one_of_its_people():
    moscow = quote("moscow", (0, 1, 2, 3, 4), speaker="russia")
    kremlin = quote("kremlin", (0, 1, 2, 5, 6), speaker="kremlin")
    peskov = quote("peskov", (0, 1, 2, 5, 7), speaker="dmitry-peskov")

    assert regroup([moscow, kremlin, peskov], SPEAKERS) == [Placement(None, ("moscow", "kremlin", "peskov"))]


def test_an_editors_group_of_two_people_still_takes_a_quote_of_one_of_them():
    # An editor merged Putin's words with an outlet's rendering that gave them to Miller; a
    # new rewording by Putin joins the editors' group (before, two sides in the group refused
    # every join), and one by Lavrov, who may be neither, does not.
    putin = replace(quote("putin", (0, 1, 2, 3, 4)), group=7, decided=True)
    miller = replace(quote("miller", (0, 1, 2, 3, 5), speaker="matthew-miller"), group=7, decided=True)
    again = quote("again", (0, 1, 2, 3, 6))
    lavrov = quote("lavrov", (0, 1, 2, 3, 7), speaker="sergei-lavrov")
    assert regroup([putin, miller, again], SPEAKERS) == [Placement(7, ("putin", "miller", "again"))]
    assert regroup([putin, miller, lavrov], SPEAKERS) == [Placement(7, ("putin", "miller"))]


# An unattributed quote that rewords Putin's words and Lavrov's, which are never one group.
AMBIGUOUS = {"putin": ((0, 1, 2, 3, 4), "vladimir-putin"), "nobody": ((0, 1, 2, 5, 6), None)}
AMBIGUOUS["lavrov"] = ((0, 1, 2, 5, 7), "sergei-lavrov")


@pytest.mark.parametrize("order", list(itertools.permutations(AMBIGUOUS)), ids="-".join)
def test_memory_groups_place_an_ambiguous_quote_the_same_in_any_order(order):
    # The archive reads a new article's neighbours newest first, the evaluation oldest first:
    # both now read them by their wordings, so the order of the articles does not matter.
    groups = MemoryGroups(SPEAKERS)
    for key in order:
        words, speaker = AMBIGUOUS[key]
        groups.add([quote(key, words, speaker)])

    placed = groups.groups()
    assert placed["nobody"] == placed["putin"] is not None
    assert placed["lavrov"] is None


def test_regroup_tries_the_next_group_when_the_best_one_refuses():
    # The Kremlin's quote is a part of two groups: Lavrov's and the foreign ministry's
    # (three quotes containing it) and Peskov's (two).  Lavrov's group takes no second
    # institution, so the quote goes to Peskov's rather than stay alone.
    lavrov = [quote(f"lavrov{n}", (0, 1, 2, 3, 4, 5, 6, 7), "sergei-lavrov") for n in (1, 2)]
    ministry = quote("ministry", (0, 1, 2, 3, 4, 5, 6, 7), "russian-foreign-ministry")
    peskov = [quote(f"peskov{n}", (0, 1, 2, 3, 8, 9, 10, 11), "dmitry-peskov") for n in (1, 2)]
    kremlin = quote("kremlin", (0, 1, 2, 3), "kremlin")
    assert SPEAKERS.compatible("kremlin", "russian-foreign-ministry") is False
    assert (link(kremlin, ministry, SPEAKERS).part(), link(kremlin, peskov[0], SPEAKERS).part()) == (0, 0)

    assert regroup([*lavrov, ministry, *peskov, kremlin], SPEAKERS) == [
        Placement(None, ("lavrov1", "lavrov2", "ministry")),
        Placement(None, ("peskov1", "peskov2", "kremlin")),
    ]
