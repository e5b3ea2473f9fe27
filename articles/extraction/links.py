"""Pairs of statements weighed once per process, not once per neighbourhood.

An import groups each new article with the hundreds of stored statements around it, and the
same stored statements come back around article after article: `regroup` weighed 84,500
pairs of the corpus's import, only 52,000 of them different.  :class:`Links` is
:func:`~articles.extraction.statements.link` with a memory, for one :class:`Speakers`.

A pair is remembered by everything its two statements hold except their keys (their units
in order, speakers, days, articles, groups and whatever field a statement gains), so a
change to `link` itself can read any of them and still be right; a statement read again
with another wording or in another group is another pair.  What `link` reads besides the
statements is the speakers: a memory serves the one it was made for, and the other calls
are weighed afresh.  Bounded: it starts again empty when full.
"""

from __future__ import annotations

from dataclasses import fields
from operator import attrgetter

from articles.extraction.statements import Link, Speakers, Statement, link

MAX_PAIRS = 200_000

# Every field of a statement but its key: two quotes of one wording in one place are one pair.
_identity = attrgetter(*(f.name for f in fields(Statement) if f.name != "key"))


class Links:
    """:func:`link` remembered for one set of speakers (one registry)."""

    def __init__(self, speakers: Speakers, size: int = MAX_PAIRS):
        self.speakers = speakers
        self.size = size
        self._known: dict[tuple, Link] = {}

    def __call__(self, first: Statement, second: Statement, speakers: Speakers | None = None) -> Link:
        if speakers is not self.speakers:
            return link(first, second, speakers)
        pair = (_identity(first), _identity(second))
        found = self._known.get(pair)
        if found is None:
            if len(self._known) >= self.size:
                self._known.clear()
            found = self._known[pair] = link(first, second, speakers)
        return found

    def __len__(self) -> int:
        return len(self._known)
