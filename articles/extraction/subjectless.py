"""Verbs of saying with no subject written right after them, and whom they belong to.

After the verb may stand its addressee (``فقال للصحفيين``), the preposition of its clause
(``فتلفت إلى أن``), ``بالقول`` or a source set off by commas (``ثم قال، بحسب وكالة تاس،``):
none of them is its subject, which `clauses.py` then looks for before the verb, in a topic
after ``أما``, or among the speakers before.  A verb right after a relative pronoun has its
subject in the pronoun's antecedent (``نظيرته تشوي سون هوي، التي قالت``, ``برفقة شويغو، الذي
قال``: the one relative-clause rule); a verb joined to a verb of receiving or meeting, in that
verb's subject (``أن الزعيم كيم استقبل لافروف وقال له`` → Kim).
"""

from __future__ import annotations

from collections.abc import Callable

from articles.extraction import cues, names
from articles.extraction.actors import DEMONYM, FEMININE, MASCULINE
from articles.extraction.document import Document, Sentence
from articles.extraction.normalize import normalize
from articles.extraction.phrases import (
    CONFIDENCE_NAMED,
    Subject,
    is_complementizer,
    noun_phrase,
    resolve_phrase,
)

BY_SAYING = normalize("بالقول")
_CLAUSE_PREPOSITIONS = frozenset(normalize("إلى الى على من").split())


def to_someone(document: Document, index: int) -> bool:
    """Whom the words were said to, right after the verb: ``أما الدكتورة مريم الظاهري فقالت
    لـ"الخليج": "…"`` (``لـ`` drawn out before a quoted paper), ``فقال للصحفيين``; the topic
    stays the subject.  ل before the article drops its alif: ``الذي قال للصحفيين`` is
    ``ل`` + ``الصحفيين``."""
    token = document.norm(index)
    if token[:2] == "لل" and "ال" + token[2:] in cues.ADDRESSEES:
        return True
    return token == "ل" or (token[:1] == "ل" and token[1:] in cues.ADDRESSEES)


def preposition_of_the_clause(document: Document, sentence: Sentence, index: int) -> bool:
    """The preposition a verb governs its reported clause with, right after the verb: ``أما
    الباحثة سلمى حداد فتلفت إلى أن الخطاب "…"``, ``فيشدد على أن``, ``فتحذر من أن``; no
    subject stands between the verb and its clause, so the topic stays the subject."""
    following = index + 1
    return (
        document.norm(index) in _CLAUSE_PREPOSITIONS
        and following < sentence.end
        and is_complementizer(document, following)
    )


_TO_HIM = frozenset(normalize("له لها لهم لهما").split())


def relay_aside_after(document: Document, sentence: Sentence, cue: int) -> bool:
    """A source set off by commas right after a verb with no subject: ``ثم قال، بحسب وكالة
    تاس، إن بلاده "…"``, ``وأضاف، وفق ما نقلت الوكالة، أن``.  The aside names the medium
    that carried the words, not who said them: the subject is inherited as for ``وأضاف``.
    After the addressee's pronoun no comma is needed, a subject never opens with ``بحسب``:
    ``وقال له بحسب الخارجية الروسية: "…"`` is still whoever the sentence is about."""
    following = cue + 1
    if following < sentence.end and document.norm(following) in _TO_HIM:
        following += 1
        return following < sentence.end and document.cue_forms[following] in cues.SOURCE_CUES
    return (
        following < sentence.end
        and document.cue_forms[following] in cues.SOURCE_CUES
        and any(mark in document.gaps[following] for mark in "،,")
    )


# What opens an aside on the occasion or the medium of the words: ``في تصريح``, ``خلال لقائه``.
_OCCASION_OPENERS = frozenset(normalize("في خلال أثناء عبر ضمن").split())
_ASIDE_WORDS = 10


def occasion_aside_after(document: Document, sentence: Sentence, cue: int) -> int | None:
    """An aside right after a verb with no subject, on where or through what the words were
    said: set off by commas (``وأضافت، في تصريح نشرته الوكالة المركزية الكورية، أن "…"``,
    ``وتابع، خلال مؤتمر صحفي في موسكو، أن``), or a statement a medium carried, up to the
    reported clause (``وأضاف في مقابلة بثتها قناة روسيا اليوم أن``).  A verb never stands
    apart from its subject by a comma, and the medium that carried the words did not say
    them: the index right after the aside, where a subject written after it would begin
    (``وقال، في تصريح للصحفيين، وزير الخارجية الصيني إن``), or None."""
    following = cue + 1
    if following >= sentence.end or document.norm(following) not in _OCCASION_OPENERS:
        return None
    set_off = any(mark in document.gaps[following] for mark in "،,")
    carried = False
    for index in range(following + 1, min(sentence.end, following + _ASIDE_WORDS)):
        if document.quote_of[index] is not None:
            return None
        if set_off and any(mark in document.gaps[index] for mark in "،,"):
            return index
        carried = carried or document.norm(index) in cues.RELAYED_IN
        if not set_off and carried and is_complementizer(document, index):
            return index
    return None


_RELATIVES = {normalize("الذي"): MASCULINE, normalize("التي"): FEMININE}


def relative_gender(word: str) -> str | None:
    """The gender of a relative pronoun (``الذي``, ``التي``), None for any other word."""
    return _RELATIVES.get(word)


_ANTECEDENT_WORDS = 7
_ANTECEDENT_ADJECTIVES = 2
_PRONOUNS = frozenset(normalize("هو هي وهو وهي فهو فهي").split())
# Who accompanies someone: the antecedent after them is the companion, not the phrase's head.
_COMPANIONS = frozenset(normalize("برفقة رفقة بصحبة صحبة بمعية معية جانب مع ومعه ومعها").split())


def antecedent_of_relative(document: Document, sentence: Sentence, cue: int, gender: str) -> Subject | None:
    """A verb of saying right after ``الذي``/``التي`` with nobody named after it: the person
    or body the relative pronoun takes up speaks: ``أجرى الوزير مباحثات مع نظيرته الكورية
    تشوي سون هوي، التي قالت إن "…"`` → Choe, not the minister; ``واتصل بالمحلل سمير خليل
    الذي أكد أن`` → Khalil; ``بحسب ما أعلنت وكالة الأنباء المركزية الكورية الرسمية، التي قالت``
    → KCNA (a registry actor right before the pronoun, past one or two adjectives, is taken
    first); a companion after ``برفقة``/``بصحبة``/``إلى جانب``/``مع`` is the antecedent, never
    the word of company (``تفقد كيم الطائرات برفقة شويغو، الذي قال لضيفه`` → Shoigu).  Not
    ``الاتفاق الذي قال الرئيس إنه`` nor ``شويغو، الذي قال عنه بوتين إنه``: the subject after the
    verb is named.  An antecedent the rules cannot tell (a thing, an unknown body) leaves the
    verb with nobody, never an earlier speaker."""
    relative = cue - 1
    if relative <= sentence.first or _RELATIVES.get(document.norm(relative)) != gender:
        return None
    if not _named_after(document, sentence, cue):
        registered = _registered_antecedent(document, sentence, relative, gender)
        if registered is not None:
            return registered
    if document.norm(relative - 1) in _PRONOUNS:
        return None  # ``وأوردت الوكالة الخبر، وهي التي قالت``: the pronoun's referent, found elsewhere
    if _subject_after(document, sentence, cue):
        return None  # ``الذي قال الرئيس إنه``: the subject follows the verb
    start = max(sentence.first, relative - _ANTECEDENT_WORDS)
    for index in range(start, relative):
        if cues.strip_conjunction(document.norm(index)) in _COMPANIONS:
            start = index + 1  # ``برفقة الخبير العسكري هشام جابر، الذي قال``: the companion
    for first in range(start, relative):
        if document.quote_of[first] is not None or noun_phrase(document, sentence, first) != (
            first,
            relative,
        ):
            continue
        subject = resolve_phrase(document, first, relative, gender)
        if subject is not None and subject.gender in (gender, "") and _registered_or_person(subject):
            return subject
    # ``السفارة الروسية في بيروت، التي اكتفت بالقول``: a body the registry does not know (its
    # name as the copy words it may not be the one it goes by), and no earlier speaker of the
    # same gender may stand in for it.
    return Subject(None, "", gender, 0.0)


def _registered_antecedent(
    document: Document, sentence: Sentence, relative: int, gender: str
) -> Subject | None:
    """A registry actor right before the relative pronoun, past one or two adjectives with the
    article (``وكالة الأنباء المركزية الكورية الرسمية، التي``): a person of the pronoun's
    gender, or a body after ``التي``."""
    end = relative
    for _ in range(_ANTECEDENT_ADJECTIVES + 1):
        match = document.match_ending.get(end)
        if match is not None and match.alias_kind != DEMONYM and match.first_token >= sentence.first:
            actor = document.gazetteer.actor(match.key)
            if actor is None or (actor.kind != "person" and gender != FEMININE):
                return None
            if actor.kind == "person" and actor.gender != gender:
                return None
            text = document.text[document.tokens[match.first_token][0] : document.tokens[end - 1][1]]
            return Subject(
                match.key, text, actor.gender if actor.kind == "person" else gender, CONFIDENCE_NAMED
            )
        if end - 1 <= sentence.first or not _has_article_only(document, end - 1):
            return None
        end -= 1
    return None


def _named_after(document: Document, sentence: Sentence, cue: int) -> bool:
    """A registry actor or a name right after the verb (past a pronoun, not past a colon) is
    its subject: ``كيم، الذي وصفه بوتين بأنه``; ``التي وصفت الجولة بأنها`` names none."""
    following = cue + 1
    if following < sentence.end and document.norm(following) in cues.OBJECT_PRONOUNS:
        following += 1
    if following >= sentence.end or ":" in document.gap_before(following):
        return False
    return document.match_at.get(following) is not None or names.is_name_word(document, following)


def _has_article_only(document: Document, index: int) -> bool:
    written = document.text[document.tokens[index][0] : document.tokens[index][1]]
    return written.startswith("ال") and document.match_at.get(index) is None


def _subject_after(document: Document, sentence: Sentence, cue: int) -> bool:
    """Whether a subject may follow the verb, past a pronoun (``قال عنه بوتين``): not its quote,
    clause, addressee or a mark."""
    following = cue + 1
    if following < sentence.end and document.norm(following) in cues.OBJECT_PRONOUNS:
        following += 1
    return following < sentence.end and not (
        document.quote_of[following] is not None
        or is_complementizer(document, following)
        or to_someone(document, following)
        or preposition_of_the_clause(document, sentence, following)
        or document.norm(following) == BY_SAYING
        or document.gap_before(following).strip(" ")
    )


# Verbs of receiving or meeting someone: ``استقبل``, ``التقى``, ``صافح``, ``ودّع``, ``زار``.
_MEETS = frozenset(
    normalize(
        "استقبل استقبلت يستقبل تستقبل التقى التقت يلتقي تلتقي صافح صافحت ودع ودعت استضاف استضافت زار زارت"
    ).split()
)
_MEETING_REACH = 10


def _meeting_gender(verb: str) -> str:
    """``استقبلت``, ``التقت``, ``تستقبل``: a woman receives; ``استقبل``, ``يلتقي``: a man."""
    return FEMININE if verb.endswith("ت") or verb.startswith("ت") else MASCULINE


def host_of_the_meeting(
    document: Document,
    sentence: Sentence,
    cue: int,
    gender: str,
    subject_before: Callable[[Document, Sentence, int, str], Subject | None],
) -> Subject | None:
    """A verb of saying joined by و to a verb of receiving or meeting, with no subject of its
    own, is the meeting verb's subject's, never its guest's: ``وذكرت الوكالة أن الزعيم كيم
    استقبل لافروف وقال له: "…"`` → Kim (not Lavrov, nor the agency); ``أن وزيرة الخارجية تشوي
    سون هوي التقت لافروف في المطار وقالت له`` → Choe.  Only a subject written before the
    meeting verb, inside the sentence's reported clause (``subject_before``, the rule of
    `clauses.py`); after the verb (``واستقبل بوتين ضيفه وقال له``) it is the sentence's own."""
    if cues.strip_conjunction(document.norm(cue)) == document.norm(cue) or _subject_after(
        document, sentence, cue
    ):
        return None
    for index in range(cue - 1, max(sentence.first, cue - _MEETING_REACH) - 1, -1):
        if document.quote_of[index] is not None or document.cue_form(index) is not None:
            return None
        if is_complementizer(document, index) or document.norm(index) in _RELATIVES:
            return None  # ``شويغو، الذي رافقه …، وقال له``: the relative clause's, not the host's
        if document.norm(index) in _MEETS:
            if _meeting_gender(document.norm(index)) != gender:
                return None  # ``أفادت وكالة تاس بأن لافروف استقبل نظيره، وأضافت``: the agency's
            subject = subject_before(document, sentence, index, gender)
            actor = document.gazetteer.actor(subject.key) if subject is not None and subject.key else None
            if subject is None or not subject.identified or (actor is not None and actor.gender != gender):
                return None
            return subject
    return None


_GLUED_PREPOSITIONS = ("ب", "ل")


def indefinite_antecedent(document: Document, sentence: Sentence, cue: int, gender: str) -> Subject | None:
    """An indefinite official, spokesman or source with a verb of saying right after him, with
    no conjunction and no subject of its own, is the verb's subject (an Arabic relative clause
    without ``الذي``): ``واشنطن علّقت عبر متحدث باسم الخارجية قال إن "…"`` → the unnamed
    spokesman, not an earlier speaker; ``وردّت سيول عبر مسؤول في وزارة التوحيد قال للصحفيين``
    → the ministry.  The phrase must run from the head noun (``متحدث``, ``مسؤولاً``,
    ``دبلوماسي``; glued to ب or ل or not) right up to the verb; one the rules cannot tell leaves
    the verb with nobody, never an earlier speaker."""
    if cue <= sentence.first or cues.strip_conjunction(document.norm(cue)) != document.norm(cue):
        return None
    if _subject_after(document, sentence, cue):
        return None
    for first in range(max(sentence.first, cue - _ANTECEDENT_WORDS), cue):
        head = document.norm(first)
        if head[:1] in _GLUED_PREPOSITIONS and head[1:] in _INDEFINITE_HEADS:
            head = head[1:]
        if head not in _INDEFINITE_HEADS or document.quote_of[first] is not None:
            continue
        if noun_phrase(document, sentence, first) != (first, cue):
            continue
        if any(
            cues.strip_conjunction(document.norm(index)) in _OCCASIONS
            for index in range(max(sentence.first, first - 3), first)
        ):
            return None  # ``خلال لقائه بمسؤول صيني قال إن``: he, at the meeting, may be the one who said it
        subject = resolve_phrase(document, first, cue, gender, as_source=head != document.norm(first))
        if subject is not None and subject.identified and subject.gender in (gender, ""):
            return subject
        return Subject(None, "", gender, 0.0)
    return None


# Words that open an occasion whose verbal noun carries the main subject (``لدى استقباله``).
_OCCASIONS = frozenset(normalize("خلال لدى أثناء عند عقب إثر بعد قبل").split())
# The indefinite heads of an unnamed speaker a relative verb may follow (no article).
_INDEFINITE_HEADS = frozenset(
    word
    for word in cues.OFFICIAL_HEADS | cues.PERSON_NOUNS
    if not word.startswith("ال")
    and any(word.startswith(head) for head in normalize("مسؤول مصدر متحدث ناطق دبلوماسي").split())
)


def _registered_or_person(subject: Subject) -> bool:
    return subject.key is not None or (subject.proposed is not None and subject.proposed.kind == "person")
