"""Attributing quotes to speakers with the conventions of Arabic news copy.

The article is first read (`document.py`); who a phrase designates is `phrases.py`.

The article is read sentence by sentence (a sentence never crosses a paragraph).  For each
quote the nearest reporting cue before it in its sentence decides the speaker:

- the subject after the verb: ``وقال الناطق باسم الرئاسة الروسية دميتري بيسكوف "…"``;
- the subject before it: ``وكان البيت الأبيض قد حذر … من أنها “ستدفع الثمن”``;
- a relay: ``نقلت وسائل الإعلام الرسمية الروسية عن بوتين قوله: “…”`` → Putin, relayed by the media;
- no subject (``وأضاف "…"``, ``قائلًا: "…"``): the subject of the sentence, else the last speaker
  whose gender agrees with the verb (``وأضافت`` needs a feminine one);
- a bare role (``وقال الوزير``) → the actor last introduced with that word (``وزير الدفاع … شويغو``).

Without a cue before it, a cue after the quote is tried (``«…»، بحسب ما قال لافروف``), then the
subject of the sentence, with low confidence.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from articles.extraction import cues
from articles.extraction.actors import (
    DEMONYM,
    FEMININE,
    MASCULINE,
    Match,
    ProposedActor,
    candidates,
)
from articles.extraction.document import Document, Sentence
from articles.extraction.phrases import (
    CONFIDENCE_NAMED,
    Subject,
    match_kind,
    noun_phrase,
    noun_phrase_allowing_addressee,
    resolve_phrase,
    subject_from_match,
)
from articles.extraction.quotes import QuoteSpan

_SUBJECT_WINDOW = 4
_RIGHT_WINDOW = 5
# How far a quote looks back for its cue and forward for a source, in words: bounds the work on
# a pathological megabyte paragraph without a full stop; real cues sit well within it.
_CUE_REACH = 80
_HISTORY = 50

CONFIDENCE_SOURCE_AFTER = 0.85
CONFIDENCE_SAME_SENTENCE = 0.8
CONFIDENCE_INHERITED = 0.65
CONFIDENCE_SENTENCE_SUBJECT = 0.4


@dataclass(frozen=True, slots=True)
class Attribution:
    speaker: str | None = None
    speaker_text: str = ""
    relayed_by: str | None = None
    cue: str = ""
    confidence: float = 0.0
    proposed: ProposedActor | None = None


def attribute_document(document: Document) -> list[Attribution]:
    quotes = document.quotes
    attributions: dict[int, Attribution] = {}
    history: list[Subject] = []
    first_tokens = _first_token_of_quotes(document)
    by_token = sorted((token, quote_index) for quote_index, token in first_tokens.items())
    position = 0
    for sentence in document.sentences:
        _read_sentence(document, sentence, history)
        while position < len(by_token) and by_token[position][0] < sentence.end:
            token, quote_index = by_token[position]
            attributions[quote_index] = _attribute_quote(document, sentence, quote_index, token, history)
            position += 1
        history.extend(subject for _, subject in sentence.cue_subjects)
        if sentence.subject is not None and not sentence.cue_subjects:
            history.append(sentence.subject)
        del history[:-_HISTORY]
    return [attributions.get(index, Attribution()) for index in range(len(quotes))]


def _first_token_of_quotes(document: Document) -> dict[int, int]:
    """The first token inside each quote (quotes without a word have none)."""
    starts = document.token_starts
    first: dict[int, int] = {}
    for quote_index, quote in enumerate(document.quotes):
        index = bisect.bisect_left(starts, quote.start)
        if index < len(starts) and starts[index] < quote.end:
            first[quote_index] = index
    return first


def _read_sentence(document: Document, sentence: Sentence, history: list[Subject]) -> None:
    """Record the roles introduced, the sentence subject and the subject of every cue."""
    for index in range(sentence.first, sentence.end):
        match = document.match_at.get(index)
        if match is not None and len(match.keys) == 1 and match.alias_kind != DEMONYM:
            for role in _role_words(document, sentence, match):
                document.roles[role] = match.key
    sentence.subject = _sentence_subject(document, sentence)
    for index in range(sentence.first, sentence.end):
        if document.quote_of[index] is not None:
            continue
        form = document.cue_form(index)
        if form is None or form in cues.SOURCE_CUES:
            continue
        subject = _explicit_subject(document, sentence, index, form)
        if subject is not None:
            sentence.cue_subjects.append((index, subject))
            sentence.subject_of_cue[index] = subject


def _role_words(document: Document, sentence: Sentence, match: Match) -> list[str]:
    """Role words inside a match or glued right before it: ``وزير الدفاع الروسي`` → ``['وزير']``,
    ``لصحيفة “الغارديان”`` → ``['صحيفه']``, so that later ``الوزير`` / ``الصحيفة`` refer back."""
    first = match.first_token
    if first - 1 >= sentence.first and not document.gap_before(first).strip(' "“”«»'):
        first -= 1
    found = []
    for index in range(first, match.end_token):
        for candidate in candidates(document.norm(index)):
            if candidate in cues.ROLE_WORDS:
                found.append(candidate)
                break
    return found


def _sentence_subject(document: Document, sentence: Sentence) -> Subject | None:
    """The first actor among the first words, outside quotes: ``ورفع كيم نخبه`` → Kim."""
    for index in range(sentence.first, min(sentence.end, sentence.first + _SUBJECT_WINDOW)):
        match = document.match_at.get(index)
        if document.quote_of[index] is not None or match is None:
            continue
        if match.alias_kind == DEMONYM or match.proclitic[-1:] in ("ب", "ل", "ك"):
            continue
        actor = document.gazetteer.actor(match.key)
        return Subject(
            match.key, document.text[match.start : match.end], actor.gender, CONFIDENCE_SENTENCE_SUBJECT
        )
    return None


def _cue_gender(form: str) -> str:
    return FEMININE if form in cues.FEMININE_CUES and form not in cues.MASCULINE_CUES else MASCULINE


def _explicit_subject(document: Document, sentence: Sentence, cue: int, form: str) -> Subject | None:
    """The subject a cue verb names, before or after it; None when it names none."""
    gender = _cue_gender(form)
    before = _subject_before(document, sentence, cue, gender)
    if before is not None:
        return before
    if form in cues.PARTICIPLE_CUES:
        return None
    first, end = noun_phrase(document, sentence, cue + 1)
    if form in cues.RELAY_VERBS:
        # نقلت صحيفة "رودونغ سينمون" الرسمية عن كيم: an adjective or two may stand before عن.
        for skip in range(3):
            speaker_first = _after_word(document, end + skip, sentence, "عن")
            if speaker_first is not None:
                first, end = noun_phrase(document, sentence, speaker_first)
                break
    if (
        form in cues.TRANSITIVE_CUES
        and _has_conjunction(document, cue)
        and (sentence.cue_subjects or sentence.subject)
    ):
        return None  # ``…، ودعا النظام الشيوعي إلى "وضع حد"``: the noun is the object
    return resolve_phrase(document, first, end, gender)


def _subject_before(document: Document, sentence: Sentence, cue: int, gender: str) -> Subject | None:
    """An actor right before the verb, after ``كان``, ``إن``/``أن`` or at the sentence start:
    ``وكان البيت الأبيض قد حذر كوريا الشمالية`` → the White House, not North Korea.
    ``… في أقصى شرق روسيا، أعرب كيم`` is not one: a comma separates روسيا from the verb."""
    index = cue - 1
    if index >= sentence.first and document.norm(index) == cues.ALREADY:
        index -= 1
    if index < sentence.first or document.quote_of[index] is not None:
        return None
    if document.gap_before(index + 1).strip():
        return None
    match = document.match_ending.get(index + 1)
    if match is None or match.first_token < sentence.first:
        return None
    if match.proclitic[-1:] in ("ب", "ل", "ك") or match.alias_kind == DEMONYM:
        return None
    subject_match = match
    while (previous := document.match_ending.get(subject_match.first_token)) is not None and not (
        document.gap_before(subject_match.first_token).strip(" ،,")
    ):
        subject_match = previous  # ``… مجلس الأمن القومي جون كيربي أعرب``: title then name
    before = subject_match.first_token - 1
    opener = before < sentence.first or cues.strip_conjunction(document.norm(before)) in cues.COPULAS
    if not opener and document.norm(before) not in cues.COMPLEMENTIZERS:
        return None
    return subject_from_match(document, _best_of(document, subject_match, match), gender, CONFIDENCE_NAMED)


def _best_of(document: Document, first: Match, last: Match) -> Match:
    """Of a title followed by a name, the person."""
    return last if match_kind(document, last) == "person" else first


def _after_word(document: Document, index: int, sentence: Sentence, word: str) -> int | None:
    if index < sentence.end and document.norm(index) == word:
        return index + 1
    return None


def _attribute_quote(
    document: Document, sentence: Sentence, quote_index: int, first_token: int, history: list[Subject]
) -> Attribution:
    quote = document.quotes[quote_index]
    if _is_actor_name(document, quote):
        return Attribution()
    cue = _nearest_cue(document, sentence, first_token)
    relayed_by = _relay_between(document, sentence, cue if cue is not None else sentence.first, first_token)
    source, source_cue, is_source = _source_after(document, sentence, quote)
    if cue is not None:
        subject, cue_text = _subject_for_cue(document, sentence, cue, history)
        if subject is not None and subject.key is not None:
            if source is not None and is_source and _speaks_for(document, source, subject):
                return _attribution(source, relayed_by, cue_text)
            carried_by = relayed_by
            if (
                carried_by is None
                and source is not None
                and is_source
                and _kind_of(document, source) == "medium"
            ):
                carried_by = source.key
            return _attribution(subject, carried_by, cue_text)
        if subject is not None and source is None:
            return _attribution(subject, relayed_by, cue_text)
    if source is not None:
        return _attribution(source, None, source_cue)
    if sentence.subject is not None:
        return _attribution(sentence.subject, relayed_by, "")
    return Attribution(relayed_by=relayed_by)


def _kind_of(document: Document, subject: Subject) -> str:
    actor = document.gazetteer.actor(subject.key)
    return actor.kind if actor else ""


def _speaks_for(document: Document, source: Subject, subject: Subject) -> bool:
    """A person named as the source speaks for the country or body the verb named:
    ``واعتبرت الصين أن … "…"، وفق ما قالت المتحدثة … ماو نينغ`` → Mao Ning said it."""
    return _kind_of(document, source) == "person" and _kind_of(document, subject) in (
        "country",
        "organisation",
    )


def _attribution(subject: Subject, relayed_by: str | None, cue: str) -> Attribution:
    if relayed_by == subject.key:
        relayed_by = None
    return Attribution(subject.key, subject.text, relayed_by, cue, subject.confidence, subject.proposed)


def _is_actor_name(document: Document, quote: QuoteSpan) -> bool:
    """A quoted name (``"بوتين" يقبل دعوة "كيم"``) is a label, said by nobody."""
    return document.gazetteer.whole_match(quote.text) is not None


def _nearest_cue(document: Document, sentence: Sentence, quote_token: int) -> int | None:
    """The reporting cue the quote depends on: the nearest one before it, unless that one sits
    inside the clause of an earlier cue (``أوضح مادن أن حضور جو تشون ريونغ يشير إلى أن “…”`` →
    أوضح), or is a relay (``على ما نقلت عنه وكالة تاس``)."""
    nearest = None
    for index in range(quote_token - 1, max(sentence.first, quote_token - _CUE_REACH) - 1, -1):
        if document.quote_of[index] is not None:
            continue
        form = document.cue_form(index)
        if form is not None and form not in cues.SOURCE_CUES and not _is_relay_aside(document, index, form):
            nearest = index
            break
    if nearest is not None:
        return _outer_cue(document, sentence, nearest)
    for index in range(quote_token - 1, max(sentence.first, quote_token - _CUE_REACH) - 1, -1):
        if document.quote_of[index] is None and document.cue_form(index) in cues.SOURCE_CUES:
            return index
    return None


def _is_relay_aside(document: Document, index: int, form: str) -> bool:
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
    return False


def _has_conjunction(document: Document, index: int) -> bool:
    return cues.strip_conjunction(document.norm(index)) != document.norm(index)


def _outer_cue(document: Document, sentence: Sentence, cue: int) -> int:
    form = document.cue_form(cue)
    if _has_conjunction(document, cue) or form in cues.PARTICIPLE_CUES:
        return cue
    named = resolve_phrase(document, *noun_phrase(document, sentence, cue + 1), _cue_gender(form))
    if named is not None and named.key is not None:
        return cue  # ``بعد أن قال المتحدث … ماثيو ميلر … إن`` has a subject of its own
    seen_complementizer = False
    for index in range(cue - 1, max(sentence.first, cue - _CUE_REACH) - 1, -1):
        if document.quote_of[index] is not None:
            continue
        if document.norm(index) in cues.COMPLEMENTIZERS:
            seen_complementizer = True
            continue
        earlier = document.cue_form(index)
        if seen_complementizer and earlier is not None and earlier not in cues.SOURCE_CUES:
            return index
    return cue


def _subject_for_cue(document: Document, sentence: Sentence, cue: int, history: list[Subject]):
    """The subject of the cue at ``cue``: explicit, else inherited."""
    form = document.cue_form(index=cue)
    cue_text = document.text[document.tokens[cue][0] : document.tokens[cue][1]]
    if form in cues.SOURCE_CUES:
        first = cue + 1
        if first < sentence.end and document.norm(first) == "ما":
            first += 2  # وفق ما ذكرت X
        phrase = noun_phrase_allowing_addressee(document, sentence, first)
        return resolve_phrase(document, *phrase, MASCULINE), cue_text
    own = sentence.subject_of_cue.get(cue)
    if own is not None:
        return own, cue_text
    gender = _cue_gender(form)
    for index, subject in reversed(sentence.cue_subjects[-_HISTORY:]):
        if index < cue and subject.key is not None and _agrees(document, subject, gender):
            return _inherited(subject, CONFIDENCE_SAME_SENTENCE), cue_text
    if sentence.subject is not None and _agrees(document, sentence.subject, gender):
        return _inherited(sentence.subject, CONFIDENCE_SAME_SENTENCE), cue_text
    for subject in reversed(history):
        if subject.key is not None and _agrees(document, subject, gender):
            return _inherited(subject, CONFIDENCE_INHERITED), cue_text
    return None, cue_text


def _inherited(subject: Subject, confidence: float) -> Subject:
    return Subject(
        subject.key, subject.text, subject.gender, min(confidence, subject.confidence or confidence)
    )


def _agrees(document: Document, subject: Subject, gender: str) -> bool:
    return subject.gender == gender


def _relay_between(document: Document, sentence: Sentence, first: int, end: int) -> str | None:
    """A medium that carried the words: ``على ما نقلت عنه وكالة تاس``, ``نقلتها وكالة تاس``,
    ``نقلت وكالة ريا نوفوستي عن بوتين``, ``لوكالة فرانس برس``."""
    for index in range(first, end):
        form = cues.strip_conjunction(document.norm(index))
        aside = form in cues.SOURCE_CUES and _kind_at(document, index + 1, end) == "medium"
        if form in cues.RELAY_VERBS or form in cues.RELAYED_IN or aside:
            following = index + 1
            if following < end and document.norm(following) in cues.RELAY_OBJECTS:
                following += 1
            match = _match_in(document, following, end)
            if match is not None:
                return match.key
        match = document.match_at.get(index)
        if match is not None and match.proclitic[-1:] == "ل" and match_kind(document, match) == "medium":
            return match.key
    return None


def _kind_at(document: Document, first: int, end: int) -> str:
    """The kind of the actor named after ``بحسب``/``وفق`` (``بحسب ما نقلت وكالة …``)."""
    match = _match_in(document, first, end)
    return match_kind(document, match) if match is not None else ""


def _match_in(document: Document, first: int, end: int) -> Match | None:
    for index in range(first, min(end, first + 3)):
        match = document.match_at.get(index)
        if match is not None:
            return match
    return None


def _source_after(
    document: Document, sentence: Sentence, quote: QuoteSpan
) -> tuple[Subject | None, str, bool]:
    """A cue after the quote: ``"…"، قال بيسكوف`` right after it, or a source anywhere later in
    the sentence: ``«…»، بحسب ما قال لافروف``, ``… "قوى الشر"، …، وفق ما ذكرت شبكة "سي. إن. إن"``.

    Returns the subject, the cue as written and whether the cue names a source (بحسب، وفق)
    rather than a speaker; a ``، وقال`` with its conjunction starts a new clause, not an aside.
    """
    first_after = bisect.bisect_left(document.token_starts, quote.end, sentence.first, sentence.end)
    after = range(first_after, min(sentence.end, first_after + _CUE_REACH))
    for position, index in enumerate(after):
        if document.quote_of[index] is not None and document.is_statement_token(index):
            break
        form = document.cue_form(index)
        if form is None:
            continue
        is_source = form in cues.SOURCE_CUES
        if not is_source and (position >= _RIGHT_WINDOW or _has_conjunction(document, index)):
            continue
        first = index + 1
        if is_source:
            if first < sentence.end and document.norm(first) == "ما":
                first += 1
                if first < sentence.end and document.cue_form(first) is not None:
                    first += 1
            phrase = noun_phrase_allowing_addressee(document, sentence, first)
        else:
            phrase = noun_phrase(document, sentence, first)
        subject = resolve_phrase(document, *phrase, _cue_gender(form))
        if subject is not None and subject.key is not None:
            cue_text = document.text[document.tokens[index][0] : document.tokens[index][1]]
            subject.confidence = min(subject.confidence, CONFIDENCE_SOURCE_AFTER)
            return subject, cue_text, is_source
    return None, "", False
