"""Who a phrase designates: the noun phrase after a verb of saying, the actor it names, and the
name to propose when the registry knows nobody by it.

``وقال الناطق باسم الرئاسة الروسية دميتري بيسكوف إن …`` → the phrase ``الناطق باسم الرئاسة
الروسية دميتري بيسكوف`` (`noun_phrase`) → Peskov (`resolve_phrase`);
``المحلل في معهد كارنيغي، أندريه لانكوف`` → an unknown speaker, proposed as ``أندريه لانكوف``
(`proposed_name`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from articles.extraction import cues
from articles.extraction.actors import DEMONYM, Match, ProposedActor
from articles.extraction.normalize import normalize

if TYPE_CHECKING:
    from articles.extraction.document import Document, Sentence

_MAX_SUBJECT_TOKENS = 14

CONFIDENCE_NAMED = 0.95
CONFIDENCE_TITLE = 0.9
CONFIDENCE_ROLE = 0.75
CONFIDENCE_OFFICIAL = 0.7


@dataclass(slots=True)
class Subject:
    """Who a phrase designates, and the gender the verb gave it."""

    key: str | None
    text: str
    gender: str
    confidence: float
    proposed: ProposedActor | None = None


def noun_phrase(document: Document, sentence: Sentence, first: int) -> tuple[int, int]:
    """Token range of the subject starting at ``first``.

    It ends at the reported clause (``إن``, ``أن``, a colon, the quote), at an adverbial
    (``في مؤتمر صحفي``, ``الاثنين``) or at an addressee (``للصحفيين``, ``لبوتين``); a known actor
    name or title is taken whole even when it contains such words (``السفيرة … لدى الأمم المتحدة``).
    """
    index = first
    has_match = has_name = False
    official = False
    while index < sentence.end and index - first < _MAX_SUBJECT_TOKENS:
        if (
            index > first
            and any(char in ':"“”«»' for char in document.gap_before(index))
            and (document.quote_of[index] is None or document.is_statement_token(index))
        ):
            break
        if document.is_statement_token(index):
            break
        match = document.match_at.get(index)
        if has_name and match is None and not any(char in "،," for char in document.gap_before(index)):
            break  # ``أعلن بوتين استعداد موسكو``: the subject ends with the name
        if match is not None and not (has_match and match.proclitic[-1:] in ("ب", "ل", "ك")):
            if match.proclitic[-1:] == "ل" and index == first:
                break  # وقال للصحفيين / لوكالة فرانس برس: an addressee, no subject
            has_match = True
            has_name = has_name or match.alias_kind != DEMONYM  # ``المحلل الروسي ألكسندر …``
            index = match.end_token
            continue
        token = document.norm(index)
        if index == first:
            head = cues.strip_conjunction(token)
            official = head in cues.OFFICIAL_HEADS or (
                head in cues.EXPERT_HEADS and apposition_ahead(document, sentence, first)
            )
        if (token in cues.NP_STOPWORDS or token in cues.AS_HE_PUT_IT) and not (
            official and not has_match and token in ("في", "من")
        ):
            break
        if cues.strip_conjunction(token) in cues.ALL_CUES and index > first:
            break
        # بالكرملين، للصحفيين، لشبكة: a preposition; بوبوف after المحلل الروسي: a name's first letter.
        glued = token[1:].startswith("ال") or token[1:] in cues.ROLE_WORDS or has_name or index == first
        if token[:1] in "بلك" and glued and token not in cues.ROLE_WORDS and not (official and not has_match):
            break
        index += 1
    return first, index


def has_article(word: str) -> bool:
    return word.startswith(("ال", "وال", "فال", "بال", "لل"))


def apposition_ahead(document: Document, sentence: Sentence, first: int) -> bool:
    """Whether a comma-bracketed name follows a described head before the reported clause:
    ``المحلل في معهد كارنيغي، أندريه لانكوف، أن`` (yes), ``الباحث جان دوبوا في حديث`` (no)."""
    for index in range(first + 1, min(sentence.end, first + _MAX_SUBJECT_TOKENS)):
        if "،" in document.gap_before(index) or "," in document.gap_before(index):
            return True
        if document.norm(index) in ("ان", "بان") or ":" in document.gap_before(index):
            return False
    return False


def resolve_phrase(document: Document, first: int, end: int, gender: str) -> Subject | None:
    """The actor a subject phrase designates: a person named in it, else the organisation or
    country it names, else the actor last introduced with its role word (``الوزير``)."""
    if first >= end:
        return None
    text = document.text[document.tokens[first][0] : phrase_end(document, end - 1)]
    matches = [document.match_at[i] for i in range(first, end) if i in document.match_at]
    persons = [m for m in matches if match_kind(document, m) == "person" and m.alias_kind != DEMONYM]
    named = [m for m in matches if m.alias_kind != DEMONYM]
    head = cues.strip_conjunction(document.norm(first))
    if persons:
        return subject_from_match(document, persons[0], gender, CONFIDENCE_NAMED, text)
    if named:
        confidence = CONFIDENCE_OFFICIAL if head in cues.OFFICIAL_HEADS else CONFIDENCE_TITLE
        return subject_from_match(document, named[0], gender, confidence, text)
    if matches and head in cues.OFFICIAL_HEADS:
        return subject_from_match(document, matches[0], gender, CONFIDENCE_OFFICIAL, text)
    if head.startswith("ال") and end - first <= 3:
        role = head[2:]
        if role in cues.ROLE_WORDS and role in document.roles:
            return Subject(document.roles[role], text, gender, CONFIDENCE_ROLE)
    name = None if head in cues.GENERIC_SUBJECTS or head in cues.NP_STOPWORDS else proposed_name(text)
    if name is None:
        return Subject(None, text, gender, 0.0)
    return Subject(None, text, gender, 0.0, ProposedActor.from_text(name, guess_kind(head)))


def proposed_name(phrase: str) -> str | None:
    """The name to propose for an unknown speaker, without the role that describes them.

    ``المحلل في معهد كارنيغي، أندريه لانكوف`` → ``أندريه لانكوف`` (the apposition after the
    comma); ``الباحث الفرنسي جان دوبوا`` → ``جان دوبوا`` (the words after the role and its
    adjectives); ``صحيفة رودونغ سينمون`` stays whole. A bare role (``المحلل``) names nobody.
    """
    segments = [segment.strip() for segment in phrase.replace(",", "،").split("،") if segment.strip()]
    for segment in reversed(segments):
        words = segment.split()
        first = cues.strip_conjunction(normalize(words[0]))
        # The article is written with a bare alef; a name like ألكسندر only looks like one
        # once normalised, so the test reads the word as written.
        if not has_article(words[0]) and first not in cues.NP_STOPWORDS and first not in cues.EXPERT_HEADS:
            return segment
        trailing: list[str] = []
        for word in reversed(words):
            form = normalize(word)
            if has_article(word) or form in cues.NP_STOPWORDS or form in cues.EXPERT_HEADS:
                break
            trailing.insert(0, word)
        if 1 <= len(trailing) <= 4:
            return " ".join(trailing)
    return None


def phrase_end(document: Document, last: int) -> int:
    """End offset of a phrase, with the closing mark of a quoted name: ``صحيفة "رودونغ سينمون"``."""
    quote = document.quote_of[last]
    if quote is None:
        return document.tokens[last][1]
    end = document.quotes[quote].end
    return end + 1 if end < len(document.text) and document.text[end] in '"”“»‟″' else end


def guess_kind(head: str) -> str:
    stem = head[2:] if head.startswith("ال") else head
    if stem in cues.MEDIUM_WORDS:
        return "medium"
    if stem in cues.ORGANISATION_WORDS:
        return "organisation"
    return "person"


def match_kind(document: Document, match: Match) -> str:
    actor = document.gazetteer.actor(match.key)
    return actor.kind if actor else ""


def subject_from_match(
    document: Document, match: Match, gender: str, confidence: float, text: str | None = None
) -> Subject:
    key = match.key
    if len(match.keys) > 1:  # an ambiguous alias: the candidate whose gender fits
        fitting = [k for k in match.keys if document.gazetteer.actor(k).gender == gender]
        key = fitting[0] if fitting else key
    written = text if text is not None else document.text[match.start : match.end]
    return Subject(key, written, gender, confidence)


def noun_phrase_allowing_addressee(document: Document, sentence: Sentence, first: int) -> tuple[int, int]:
    """After ``وفقًا لـ`` the source carries the ل: ``وفقًا لوزارة التوحيد``."""
    match = document.match_at.get(first)
    if match is not None:
        return first, match.end_token
    return noun_phrase(document, sentence, first)
