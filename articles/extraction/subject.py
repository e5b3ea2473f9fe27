"""The speaker a phrase designates, as attribution passes it around (`Subject`), the phrase
being read (`Phrase`), and how sure each way of designating is.

A `Subject` is one of the kinds of speaker: a registry actor (``key``: a person, or an
institution, country or medium that speaks as one), a named actor the registry does not know
(``proposed``), an unnamed speaker (``description``, as written: ``مسؤول أميركي``), or nobody
the rules can tell (none of them: attribution abstains).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from articles.extraction import cues
from articles.extraction.actors import ProposedActor

if TYPE_CHECKING:
    from articles.extraction.actors import Match
    from articles.extraction.document import Document

# How sure each way of designating is; the review queue shows the least sure first, after the
# quotes with no speaker at all (confidence 0).
CONFIDENCE_NAMED = 0.95  # a name the registry knows
CONFIDENCE_TITLE = 0.9  # a title one actor holds, an institution by name
CONFIDENCE_SURNAME = 0.85  # a surname of someone the article named in full
CONFIDENCE_UNNAMED = 0.85  # an unnamed speaker: sure it is nobody by name
# A name the registry does not know, at its first mention.  On copy the rules had never read
# (holdout24–26 on the rules of a3c13f9) it was wrong 10 times in 84, where a registry name in
# the same sentence (0.8) or a bare role (0.75) was never wrong: below them, with the officials.
CONFIDENCE_PROPOSED = 0.7
CONFIDENCE_ROLE = 0.75  # a bare role referring back: الوزير
CONFIDENCE_OFFICIAL = 0.7  # an unnamed official for the institution
CONFIDENCE_HOME = 0.7  # a ministry without its country, in the dateline's country
# The gender of a plural verb or speaker: ``وأضافوا``, ``خبراء``.
PLURAL = "p"


@dataclass(slots=True)
class Subject:
    """Who a phrase designates, and the gender the verb gave it.

    ``key`` is a registry actor; ``proposed`` a named actor the registry does not know;
    ``description`` an unnamed speaker as written.  With none of them the phrase designates
    nobody the rules can tell, and attribution abstains.
    """

    key: str | None
    text: str
    gender: str
    confidence: float
    proposed: ProposedActor | None = None
    description: str = ""

    @property
    def identified(self) -> bool:
        return self.key is not None or self.proposed is not None or bool(self.description)

    @property
    def named(self) -> bool:
        return self.key is not None or self.proposed is not None


def bare(token: str) -> str:
    return cues.head_word(token)


def has_article(word: str) -> bool:
    return word.startswith(("ال", "وال", "فال", "بال", "لل"))


@dataclass(frozen=True, slots=True)
class Phrase:
    """A subject phrase being read: tokens ``[first, end)``, the verb's gender, its head word."""

    document: Document
    first: int
    end: int
    gender: str
    head: str
    text: str
    as_source: bool
    before_verb: bool


def kind_of(document: Document, key: str | None) -> str:
    """The registry kind of an actor's key (``person``, ``organisation``, ``country``,
    ``medium``), "" for no key or one the registry does not hold."""
    actor = document.gazetteer.actor(key)
    return actor.kind if actor else ""


def match_kind(document: Document, match: Match) -> str:
    return kind_of(document, match.key)


def subject_from_match(
    document: Document, match: Match, gender: str, confidence: float, text: str | None = None
) -> Subject:
    key = match.key
    if len(match.keys) > 1:  # an ambiguous alias: the candidate whose gender fits
        fitting = [k for k in match.keys if document.gazetteer.actor(k).gender == gender]
        key = fitting[0] if fitting else key
    written = text if text is not None else document.text[match.start : match.end]
    return Subject(key, written, gender, confidence)
