"""Pairs weighed once per process (`articles.extraction.links`): the same groups as weighing
every pair again, and a memory that serves only the speakers it was made for.  No database."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from articles import reference
from articles.extraction.actors import Gazetteer
from articles.extraction.links import Links
from articles.extraction.statements import Speakers, Statement, link, regroup, related
from articles.extraction.wording import Wording

GAZETTEER = Gazetteer(reference.actors())
WORDING = Wording(GAZETTEER)
SPEAKERS = Speakers.from_records(GAZETTEER.actors.values())

# Invented: Putin on a space launch in three renderings, a near miss on farming, Peskov on a
# visit's dates in two, and Lavrov on the same dates.
TEXTS = [
    ("vladimir-putin", 13, "سنساعد أصدقاءنا الكوريين في إطلاق قمر صناعي جديد إلى الفضاء"),
    ("vladimir-putin", 13, "نحن مستعدون لمساعدة الأصدقاء الكوريين على إطلاق قمر صناعي إلى الفضاء"),
    ("vladimir-putin", 14, "روسيا ستساعد كوريا في إطلاق قمر صناعي"),
    ("vladimir-putin", 13, "سنساعد أصدقاءنا الكوريين في زراعة القمح وتربية المواشي"),
    ("dmitry-peskov", 13, "لم يحدد موعد الزيارة المقبلة بعد وسيتفق عليه عبر القنوات الدبلوماسية"),
    ("dmitry-peskov", 14, "موعد الزيارة لم يحدد حتى الآن وسيتم الاتفاق عليه عبر القنوات الدبلوماسية"),
    ("sergey-lavrov", 14, "لم يحدد موعد الزيارة بعد"),
]


def statements() -> list[Statement]:
    return [
        Statement(n, WORDING.units(text), speaker, date(2023, 9, day), n)
        for n, (speaker, day, text) in enumerate(TEXTS)
    ]


def placed(placements) -> list[tuple]:
    return [(p.group, p.keys) for p in placements]


def test_links_give_the_groups_and_neighbours_of_weighing_every_pair_again():
    corpus, links = statements(), Links(SPEAKERS)
    # Article after article, the way an import meets the same stored statements again.
    for size in range(2, len(corpus) + 1):
        new, stored = corpus[size - 1 : size], corpus[: size - 1]
        assert related(new, stored, SPEAKERS, links) == related(new, stored, SPEAKERS)
        assert placed(regroup(corpus[:size], SPEAKERS, links)) == placed(regroup(corpus[:size], SPEAKERS))

    assert placed(regroup(corpus, SPEAKERS)) == [(None, (0, 1, 2)), (None, (4, 5))]
    remembered = len(links)
    assert remembered > 0
    # The same pairs again, one of them in a group now: only that statement's pairs are new.
    grouped = [replace(s, group="g1") if s.key == 4 else s for s in corpus]
    assert placed(regroup(grouped, SPEAKERS, links)) == [(None, (0, 1, 2)), ("g1", (4, 5))]
    assert len(links) > remembered


def test_links_weigh_afresh_for_other_speakers():
    corpus = statements()
    links = Links(SPEAKERS)
    regroup(corpus, SPEAKERS, links)
    # A registry that knows no one's side: Putin's روسيا is no longer his own country.
    other = Speakers.from_records(replace(r, affiliation="other") for r in GAZETTEER.actors.values())
    first, second = corpus[2], corpus[0]

    assert links(first, second, other) == link(first, second, other) != link(first, second, SPEAKERS)
    assert links(first, second, SPEAKERS) == link(first, second, SPEAKERS)


def test_links_start_again_when_full():
    corpus = statements()
    links = Links(SPEAKERS, size=2)
    for first, second in zip(corpus, corpus[1:]):
        assert links(first, second, SPEAKERS) == link(first, second, SPEAKERS)

    assert len(links) <= 2


def test_links_tell_statements_by_everything_but_their_key():
    first, second = statements()[:2]
    links = Links(SPEAKERS)
    links(first, second, SPEAKERS)
    links(replace(first, key=99), second, SPEAKERS)
    assert len(links) == 1

    links(replace(first, speaker="dmitry-peskov"), second, SPEAKERS)
    links(replace(first, day=date(2023, 9, 20)), second, SPEAKERS)
    assert len(links) == 3
