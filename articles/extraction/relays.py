"""Which medium carried a speaker's words: ``relayed_by``.

Only a medium relays.  It carried the words when the sentence says so — ``نقلت وكالة تاس عن
…``, ``على ما نقلت عنه وكالة تاس``, ``نقلتها وكالة تاس``, ``، بحسب وكالة إنترفاكس``, ``قال
لوكالة كيودو``, ``لمراسل الأناضول``, ``في مقابلة مع صحيفة "إزفستيا"``, ``في حديث لـDW عربية``
— but not when its reporter only asked the question (``ردّ على سؤال لمراسل /تاس/``).  A
person who passes on someone else's words (``نقل لافروف عن بوتين``) is no relay: the quoted
person speaks and nothing carried the words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from articles.extraction import cues
from articles.extraction.actors import Match
from articles.extraction.normalize import normalize
from articles.extraction.subject import kind_of

if TYPE_CHECKING:
    from articles.extraction.document import Document, Sentence

_MEDIUM_NEAR = 3
RELAY_WINDOW = 60
# ``لمراسل الأناضول``, ``لمراسلة تاس``: the medium whose reporter heard the words.
_REPORTER = frozenset({"لمراسل", "لمراسله", "لمراسلي", "مراسل", "مراسله"})


def relay_between(document: Document, sentence: Sentence, first: int, end: int) -> str | None:
    """The medium that carried the words, named between ``first`` and ``end`` (the cue and the
    quote): ``على ما نقلت عنه وكالة تاس``, ``نقلت وكالة ريا نوفوستي عن بوتين``, ``لوكالة فرانس برس``.

    Only the first ``RELAY_WINDOW`` words after the cue are read: a relay stands next to the
    cue, and a cue (or a sentence's start) far from its quote in a line without full stops
    would otherwise be read again for every quote, at a cost that grows with the square of
    the line's length."""
    end = min(end, first + RELAY_WINDOW)
    if first < end and cues.strip_conjunction(document.norm(first)) in cues.RELAY_VERBS:
        before = document.match_ending.get(first)
        if before is not None and kind_of(document, before.key) == "medium":
            return before.key  # ``لكن وكالة يونهاب نقلت عن مصدر حكومي``
    for index in range(first, end):
        form = cues.strip_conjunction(document.norm(index))
        source = form in cues.SOURCE_CUES or form in _GLUED_SOURCES or document.norm(index) in _GLUED_SOURCES
        aside = source and kind_at(document, index + 1, end) == "medium"
        reporter = (form in _REPORTER or _to_medium(form)) and not _asked(document, index)
        carried = form in cues.RELAYED_IN or reporter or _bare(form) in cues.INTERVIEW_WORDS
        if form in cues.RELAY_VERBS or carried or aside:
            following = index + 1
            if following < end and document.norm(following) in cues.RELAY_OBJECTS:
                following += 1
            medium = _medium_in(document, following, end)
            if medium is not None:
                return medium
        match = document.match_at.get(index)
        if match is not None and _quoting(document, match, end) and kind_of(document, match.key) == "medium":
            return match.key  # ``قالت صحيفة "إزفستيا" نقلا عن مصدر``
        if (
            match is not None
            and match.proclitic[-1:] == "ل"
            and kind_of(document, match.key) == "medium"
            and not _asked(document, index)
        ):
            return match.key
    return None


def _quoting(document: Document, match: Match, end: int) -> bool:
    """A medium followed by ``نقلا عن``: it passes on someone else's words."""
    for index in range(match.end_token, min(end, match.end_token + _MEDIUM_NEAR)):
        if document.norm(index) == "نقلا":
            return True
    return False


def _to_medium(form: str) -> bool:
    """``لوكالة "إنترفاكس"``, ``لصحيفة``: to a medium named next."""
    return form[:1] == "ل" and form[1:] in cues.MEDIUM_WORDS


def _bare(form: str) -> str:
    """``بحديث``, ``لمقابلة`` → the noun."""
    return form[1:] if form[:1] in "بل" and len(form) > 3 else form


def _asked(document: Document, index: int) -> bool:
    """``سؤال لوكالة "سبوتنيك"``, ``سؤال لمراسل قناة "روسيا 1"``: who asked, not who carried."""
    return any(document.norm(previous) in cues.QUESTION_WORDS for previous in range(max(0, index - 2), index))


def _medium_in(document: Document, first: int, end: int) -> str | None:
    """The medium among the next words, or the one a role word refers to (``الصحيفة``)."""
    for index in range(first, min(end, first + _MEDIUM_NEAR)):
        match = document.match_at.get(index)
        if match is not None:
            return match.key if kind_of(document, match.key) == "medium" else None
        token = document.norm(index)
        role = token[2:] if token.startswith("ال") else ""
        earlier = document.role(role, index) if role else None
        if earlier is not None and kind_of(document, earlier.key) == "medium":
            return earlier.key
    return None


def is_relay_aside(document: Document, index: int, form: str) -> bool:
    """``على ما نقلت عنه وكالة تاس`` / ``بحسب ما نقلت الوكالة``: who carried the words, not who said them."""
    following = index + 1
    if (
        form in cues.RELAY_VERBS
        and following < len(document.tokens)
        and (document.norm(following) in cues.RELAY_OBJECTS)
    ):
        return True
    if index >= 2 and document.norm(index - 1) == "ما":
        before = cues.strip_conjunction(document.norm(index - 2))
        return before in cues.SOURCE_CUES or before in ("علي", "حسب")
    return index >= 1 and _glued_source(document, index - 1, form)


# ``حسبما``, ``بحسبما``, ``وفقما``: بحسب ما written as one word.
_GLUED_SOURCES = frozenset(normalize("حسبما بحسبما وفقما طبقما").split())
# ``كما``, ``مثلما``: "as" the medium said, but also "also" before a verb (``كما أكد لافروف``).
_AS = frozenset(normalize("كما مثلما").split())


def _glued_source(document: Document, index: int, form: str) -> bool:
    """A source aside whose ``ما`` is glued or whose ``ما`` means "as": ``وأضاف لافروف، حسبما
    نقلت وكالة "إنترفاكس"، أن "…"`` → Lavrov, relayed by Interfax; ``، كما نقلت وكالة تاس،``.
    Only a medium after the verb makes it an aside: ``وحسبما صرح وزير الدفاع، فإن "…"`` names
    its speaker.  ``كما`` only when a comma sets it off and the verb relays: ``كما أكد أوشاكوف
    أن`` is "Ushakov also stressed", and ``كما نقلت الوكالة عن بوتين`` names its speaker after عن."""
    opener = cues.strip_conjunction(document.norm(index))
    glued = document.norm(index) in _GLUED_SOURCES or opener in _GLUED_SOURCES  # ``وفقما``, ``وحسبما``
    set_off = any(char in "،," for char in document.gap_before(index))
    as_relayed = opener in _AS and form in cues.RELAY_VERBS and set_off
    return (glued or as_relayed) and _medium_in(document, index + 2, index + 2 + _MEDIUM_NEAR) is not None


def kind_at(document: Document, first: int, end: int) -> str:
    """The kind of the actor named after ``بحسب``/``وفق`` (``بحسب ما نقلت وكالة …``)."""
    match = match_in(document, first, end)
    if match is not None:
        return kind_of(document, match.key)
    medium = _medium_in(document, first, end)
    return "medium" if medium is not None else ""


def match_in(document: Document, first: int, end: int) -> Match | None:
    for index in range(first, min(end, first + _MEDIUM_NEAR)):
        match = document.match_at.get(index)
        if match is not None:
            return match
    return None
