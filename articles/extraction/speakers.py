"""Attributing quotes to speakers with the conventions of Arabic news copy.

The article is first read (`document.py`); who a phrase designates is `phrases.py` (and
`names.py` for names the registry does not know); which medium carried the words is
`relays.py`.

The article is read sentence by sentence (a sentence never crosses a paragraph).  For each
quote the nearest reporting cue before it in its sentence decides the speaker:

- the subject after the verb: ``وقال الناطق باسم الرئاسة الروسية دميتري بيسكوف "…"``, also
  after the less common verbs (``تساءل``, ``ألمح``, ``نوّه``, ``استطرد``, ``ردّ``, ``استهلّ``,
  ``مضى قائلاً``); an addressee after the verb is not the subject (``وقال الضيف لمضيفه``);
- the subject before it: ``وكان البيت الأبيض قد حذر … من أنها “ستدفع الثمن”``, also inside a
  reported clause (``وأشارت الوكالة إلى أن الوزير قال للصحفيين "…"`` → the minister);
- a relay: ``نقلت وسائل الإعلام الرسمية الروسية عن بوتين قوله: “…”`` → Putin, relayed by the media;
- a noun that carries an institution's words: ``وجاء في بيان لوزارة الخارجية الصينية: "…"``
  → the ministry; ``وأرفقته بتعليق جاء فيه: "…"`` → whoever attached it;
- no subject (``وأضاف "…"``, ``قائلًا: "…"``): the subject of the sentence, else the last speaker
  whose gender agrees with the verb (``وأضافت`` needs a feminine one).  A reported clause
  with its own subject does not change that: ``وأضاف أن الرئيس أهدى ضيفه "…"`` is still the
  previous speaker's;
- a bare role (``وقال الوزير``) → the actor last introduced with that word (``وزير الدفاع … شويغو``).

Without a cue before it, a cue after the quote is tried (``«…»، بحسب ما قال لافروف``).  With
no cue at all, or a cue whose subject designates nobody the rules can tell, the quote gets no
speaker: an empty speaker goes to the review queue, a wrong one misleads.  Words written on
a thing (``شعار كتب عليه``) have no speaker either.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from articles.extraction import cues, names, relays
from articles.extraction.actors import DEMONYM, FEMININE, MASCULINE, NAME, Match, ProposedActor
from articles.extraction.document import Document, Sentence
from articles.extraction.normalize import tokens
from articles.extraction.phrases import (
    CONFIDENCE_NAMED,
    PLURAL,
    Subject,
    bare,
    describes,
    is_complementizer,
    match_kind,
    noun_phrase,
    noun_phrase_allowing_addressee,
    resolve_phrase,
    subject_from_match,
)
from articles.extraction.quotes import QuoteSpan

_SUBJECT_WINDOW = 6
_HEADLINE_WORDS = 6
_RIGHT_WINDOW = 5
# How far a quote looks back for its cue and forward for a source, in words: bounds the work on
# a pathological megabyte paragraph without a full stop; real cues sit well within it.
_CUE_REACH = 80
_HISTORY = 50
# How far back from a verb its subject may start: ``أن حاكم إقليم خاباروفسك ميخائيل
# ديغتياريوف قال``.
_SUBJECT_BEFORE_REACH = 12
# Words after which a new clause, and so a subject before its verb, begins.
_OPENERS = frozenset({"فيما", "بينما", "حين", "عندما", "لكن", "ولكن", "كما", "اذ"})

CONFIDENCE_SOURCE_AFTER = 0.85
CONFIDENCE_SAME_SENTENCE = 0.8
CONFIDENCE_INHERITED = 0.65
CONFIDENCE_SENTENCE_SUBJECT = 0.6

VERB, SOURCE, NOUN, NOBODY = "verb", "source", "noun", "nobody"


@dataclass(frozen=True, slots=True)
class Attribution:
    speaker: str | None = None
    speaker_text: str = ""
    relayed_by: str | None = None
    cue: str = ""
    confidence: float = 0.0
    proposed: ProposedActor | None = None
    description: str = ""  # an unnamed speaker, as written: ``مسؤول أميركي``


def attribute_document(document: Document) -> list[Attribution]:
    quotes = document.quotes
    attributions: dict[int, Attribution] = {}
    first_tokens = _first_token_of_quotes(document)
    by_token = sorted((token, quote_index) for quote_index, token in first_tokens.items())
    position = 0
    history = document.history
    for sentence in document.sentences:
        _read_sentence(document, sentence)
        while position < len(by_token) and by_token[position][0] < sentence.end:
            token, quote_index = by_token[position]
            attributions[quote_index] = _attribute_quote(document, sentence, quote_index, token)
            position += 1
        history.extend(subject for _, subject in sentence.cue_subjects if subject.identified)
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


def _read_sentence(document: Document, sentence: Sentence) -> None:
    """Record the roles and surnames introduced, the sentence subject and the subject of every cue."""
    for match in _matches_in(document, sentence):
        multiword = match.end_token - match.first_token > 1
        if (
            multiword
            and match.alias_kind == NAME
            and len(match.keys) == 1
            and match_kind(document, match) == "person"
        ):
            subject = subject_from_match(document, match, _gender_of(document, match.key), CONFIDENCE_NAMED)
            last = match.end_token - 1
            _remember_surnames(document, (document.norm(match.first_token), document.norm(last)), subject)
    sentence.subject = _sentence_subject(document, sentence)
    _remember_host_and_guest(document, sentence)
    first = bisect.bisect_left(document.cue_indexes, sentence.first)
    end = bisect.bisect_left(document.cue_indexes, sentence.end)
    for index in document.cue_indexes[first:end]:
        form = document.cue_form(index)
        if document.quote_of[index] is not None or form in cues.SOURCE_CUES:
            continue
        subject = _explicit_subject(document, sentence, index, form)
        if subject is not None:
            sentence.cue_subjects.append((index, subject))
            sentence.subject_of_cue[index] = subject


def _matches_in(document: Document, sentence: Sentence) -> list[Match]:
    first = bisect.bisect_left(document.match_starts, sentence.first)
    end = bisect.bisect_left(document.match_starts, sentence.end)
    return document.matches[first:end]


def _gender_of(document: Document, key: str) -> str:
    actor = document.gazetteer.actor(key)
    return actor.gender if actor else MASCULINE


def _remember_surnames(document: Document, words: tuple[str, str], subject: Subject) -> None:
    """``هاني الرشيدي`` → later ``الرشيدي`` and ``هاني``; ``ماو نينغ`` → ``ماو`` (the first and
    last of a name's normalised words)."""
    for word in words:
        document.surnames[word] = subject


def _remember_host_and_guest(document: Document, sentence: Sentence) -> None:
    """``استقبل الرئيس الروسي فلاديمير بوتين الزعيم الكوري الشمالي كيم جونغ أون`` → later
    ``الضيف`` is Kim and ``المضيف`` Putin (``وقال الضيف لمضيفه: "…"``)."""
    first = max(sentence.first, document.dateline_end if sentence.first == 0 else 0)
    if first >= sentence.end or cues.strip_conjunction(document.norm(first)) not in _RECEIVES:
        return
    people = [
        match
        for match in _matches_in(document, sentence)
        if match.first_token > first
        and len(match.keys) == 1
        and match.alias_kind != DEMONYM
        and match.proclitic[-1:] not in ("ب", "ل", "ك")
        and match_kind(document, match) == "person"
    ]
    distinct = [m for i, m in enumerate(people) if m.key not in {p.key for p in people[:i]}]
    if len(distinct) >= 2:
        for role, match in (("مضيف", distinct[0]), ("ضيف", distinct[1])):
            subject = subject_from_match(document, match, _gender_of(document, match.key), CONFIDENCE_NAMED)
            document.roles[role] = (match.first_token, subject)


_RECEIVES = frozenset({"استقبل", "يستقبل", "استقبلت", "تستقبل"})


def _remember(document: Document, sentence: Sentence, first: int, subject: Subject) -> None:
    """What a designation teaches about later ones: the proposed name's surnames, and the
    role its head names (``السفير … ألكسندر ماتسيغورا`` → later ``السفير``)."""
    if subject.proposed is not None and subject.proposed.kind == "person":
        words = tokens(subject.proposed.name_ar)
        if len(words) > 1:
            _remember_surnames(document, (words[0], words[-1]), subject)
    if not subject.named:
        return
    head = bare(document.norm(first))
    role = head[2:] if head.startswith("ال") else head
    if role in cues.ROLE_WORDS:
        document.roles[role] = (first, subject)


def _sentence_subject(document: Document, sentence: Sentence) -> Subject | None:
    """The first actor among the first words, outside quotes, the dateline and an opening
    adverbial: ``ورفع كيم نخبه`` → Kim; ``من جانبها، نشرت وزارة الدفاع الروسية`` → the ministry."""
    first = max(sentence.first, document.dateline_end if sentence.first == 0 else 0)
    for index in range(first, min(sentence.end, first + _SUBJECT_WINDOW)):
        match = document.match_at.get(index)
        if document.quote_of[index] is not None or match is None:
            continue
        if match.alias_kind == DEMONYM or match.proclitic[-1:] in ("ب", "ل", "ك"):
            continue
        if index > first and document.norm(index - 1) in cues.NP_STOPWORDS | cues.ATTACHING:
            continue
        actor = document.gazetteer.actor(match.key)
        return Subject(
            match.key, document.text[match.start : match.end], actor.gender, CONFIDENCE_SENTENCE_SUBJECT
        )
    return None


def _opening_subject(document: Document, sentence: Sentence) -> Subject | None:
    """The subject a verb without one inherits from its sentence: the subject of the verb the
    sentence opens with (``وقاد نائب رئيس الوزراء الروسي دينيس مانتوروف الضيف …، وقال
    للصحفيين`` → Manturov), else its first actor.  Worked out once, when first needed."""
    if sentence.opening is None:
        first = max(sentence.first, document.dateline_end if sentence.first == 0 else 0)
        sentence.opening = [_subject_of_opening_verb(document, sentence, first) or sentence.subject]
    return sentence.opening[0]


def _subject_of_opening_verb(document: Document, sentence: Sentence, first: int) -> Subject | None:
    """A sentence that opens with a verb names its subject next: ``وقاد نائب رئيس الوزراء
    الروسي دينيس مانتوروف الضيف …`` → Manturov."""
    if first + 1 >= sentence.end or document.match_at.get(first) is not None:
        return None
    if document.quote_of[first] is not None or not names.is_name_word(document, first):
        return None
    phrase = noun_phrase(document, sentence, first + 1)
    subject = resolve_phrase(document, *phrase, MASCULINE)
    if subject is None or not subject.named or phrase[0] != first + 1:
        return None
    gender = _gender_of(document, subject.key) if subject.key else subject.gender
    return Subject(subject.key, subject.text, gender, CONFIDENCE_SENTENCE_SUBJECT, subject.proposed)


def _cue_gender(form: str) -> str:
    if form in cues.PLURAL_CUES:
        return PLURAL
    return FEMININE if form in cues.FEMININE_CUES and form not in cues.MASCULINE_CUES else MASCULINE


def _explicit_subject(document: Document, sentence: Sentence, cue: int, form: str) -> Subject | None:
    """The subject a cue verb names, before or after it; None when it names none.

    Words written on something (``كتب عليه``, ``جاء فيه``) name no subject after the verb:
    an empty subject, so that nothing is inherited either.
    """
    gender = _cue_gender(form)
    if form in cues.RELAY_VERBS and _after_word(document, cue + 1, sentence, "عن") is not None:
        # ``لكن وكالة يونهاب نقلت عن مصدر حكومي قوله``: the agency before the verb relays,
        # the speaker follows عن.
        first, end = noun_phrase(document, sentence, cue + 2)
        return resolve_phrase(document, first, end, MASCULINE)
    before = _subject_before(document, sentence, cue, gender)
    if before is not None:
        return before
    if form in cues.PARTICIPLE_CUES:
        return None
    if cue + 1 < sentence.end and document.norm(cue + 1) in cues.IMPERSONAL_OBJECTS:
        return Subject(None, "", gender, 0.0)
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
    quoting = _after_word(document, end, sentence, "نقلا")
    if quoting is not None and _after_word(document, quoting, sentence, "عن") is not None:
        # ``وقالت صحيفة "إزفستيا" نقلا عن مصدر في وزارة الخارجية``: the source speaks.
        first, end = noun_phrase(document, sentence, quoting + 1)
    subject = resolve_phrase(document, first, end, gender)
    if subject is not None:
        _remember(document, sentence, first, subject)
    return subject


def _subject_before(document: Document, sentence: Sentence, cue: int, gender: str) -> Subject | None:
    """The subject written before the verb, after ``كان``, ``إن``/``أن``, a clause opener or at
    the sentence start: ``وكان البيت الأبيض قد حذر كوريا الشمالية`` → the White House, not
    North Korea; ``إلى أن حاكم إقليم خاباروفسك ميخائيل ديغتياريوف قال`` → the governor.
    ``… في أقصى شرق روسيا، أعرب كيم`` has none: a comma separates روسيا from the verb, and a
    verb with its conjunction (``وقال``) opens a clause of its own."""
    if _has_conjunction(document, cue):
        return None
    index = cue - 1
    if index >= sentence.first and document.norm(index) == cues.ALREADY:
        index -= 1
    if index < sentence.first or document.quote_of[index] is not None:
        return None
    if document.gap_before(index + 1).strip():
        return None
    match = document.match_ending.get(index + 1)
    if match is not None and match.first_token >= sentence.first:
        subject = _match_before(document, sentence, match, gender)
        if subject is not None:
            return subject
    opener = _clause_opener(document, sentence, index)
    if opener is None or opener + 1 > index:
        return None
    subject = resolve_phrase(document, opener + 1, index + 1, gender, before_verb=True)
    if subject is not None and not subject.identified and not describes(document.norm(opener + 1)):
        return None  # not a subject at all: the verb's subject is elsewhere
    return subject  # identified, or a described subject nobody can tell (no inheriting past it)


def _match_before(document: Document, sentence: Sentence, match: Match, gender: str) -> Subject | None:
    """A registry actor right before the verb, after an opener: ``… مجلس الأمن القومي جون
    كيربي أعرب`` (a title then the name: the person)."""
    if match.proclitic[-1:] in ("ب", "ل", "ك") or match.alias_kind == DEMONYM:
        return None
    subject_match = match
    while (previous := document.match_ending.get(subject_match.first_token)) is not None and not (
        document.gap_before(subject_match.first_token).strip(" ،,")
    ):
        subject_match = previous
    before = subject_match.first_token - 1
    if before >= sentence.first and not _opens_clause(document, before):
        return None
    best = match if match_kind(document, match) == "person" else subject_match
    return subject_from_match(document, best, gender, CONFIDENCE_NAMED)


def _opens_clause(document: Document, index: int) -> bool:
    token = document.norm(index)
    return (
        cues.strip_conjunction(token) in cues.COPULAS
        or is_complementizer(document, index)
        or token in _OPENERS
        or cues.strip_conjunction(token) in _OPENERS
    )


def _clause_opener(document: Document, sentence: Sentence, last: int) -> int | None:
    """The word before the subject of the verb after ``last``: a copula, a complementizer or a
    clause opener; ``sentence.first - 1`` at the sentence start; None when a cue, a quote or a
    punctuation mark comes first."""
    for index in range(last, max(sentence.first - 1, last - _SUBJECT_BEFORE_REACH), -1):
        if document.quote_of[index] is not None or document.cue_form(index) is not None:
            return None
        if _opens_clause(document, index):
            return index
        if index > sentence.first and document.gap_before(index).strip():
            return None
    return sentence.first - 1 if last - sentence.first < _SUBJECT_BEFORE_REACH else None


def _after_word(document: Document, index: int, sentence: Sentence, word: str) -> int | None:
    if index < sentence.end and document.norm(index) == word:
        return index + 1
    return None


def _attribute_quote(
    document: Document, sentence: Sentence, quote_index: int, first_token: int
) -> Attribution:
    quote = document.quotes[quote_index]
    if _is_actor_name(document, quote):
        return Attribution()
    cue, kind = _nearest_cue(document, sentence, first_token)
    relayed_by = relays.relay_between(
        document, sentence, cue if cue is not None else sentence.first, first_token
    )
    if kind == NOBODY:
        return Attribution(relayed_by=relayed_by)
    if cue is None:
        headline = _colon_attribution(document, sentence, first_token)
        if headline is not None:
            return _attribution(headline, relayed_by, ":")
    source, source_cue, is_source = _source_after(document, sentence, quote)
    subject = None
    cue_text = ""
    if kind == NOUN:
        subject, cue_text = _issuer(document, sentence, cue), _written(document, cue)
    elif cue is not None:
        subject, cue_text = _subject_for_cue(document, sentence, cue)
        relayed_by = relayed_by or _reporting_medium(document, sentence, cue)
    if subject is not None and subject.named:
        if source is not None and is_source and _speaks_for(document, source, subject):
            return _attribution(source, relayed_by, cue_text)
        carried_by = relayed_by
        if carried_by is None and source is not None and is_source and _kind_of(document, source) == "medium":
            carried_by = source.key
        return _attribution(subject, carried_by, cue_text)
    if subject is not None and (subject.identified or source is None):
        return _attribution(subject, relayed_by, cue_text)
    if source is not None:
        return _attribution(source, None, source_cue)
    return Attribution(relayed_by=relayed_by)


def _colon_attribution(document: Document, sentence: Sentence, quote_token: int) -> Subject | None:
    """A name and a colon before the quote, with no verb: the headline's ``بوتين لكيم: "…"``,
    ``زاخاروفا: «…»``.  Only a short phrase that names an actor, from the sentence start."""
    if quote_token - sentence.first > _HEADLINE_WORDS or ":" not in document.gap_before(quote_token):
        return None
    end = quote_token
    match = document.match_ending.get(end)
    if match is not None and match.proclitic[-1:] == "ل":
        end = match.first_token  # ``بوتين لكيم:``: to Kim
    subject = resolve_phrase(document, sentence.first, end, MASCULINE)
    if subject is None or not subject.named:
        return None
    if subject.key is not None:
        subject.gender = _gender_of(document, subject.key)
    return subject


def _written(document: Document, index: int) -> str:
    return document.text[document.tokens[index][0] : document.tokens[index][1]]


def _as_said_by(document: Document, index: int) -> bool:
    """``على حد قول``, ``على حد تعبير``, ``بتعبير``: the words of whoever follows."""
    token = document.norm(index)
    if token == "بتعبير":
        return True
    return token in ("قول", "تعبير", "وصف") and index > 0 and document.norm(index - 1) == "حد"


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
    return Attribution(
        subject.key,
        subject.text,
        relayed_by,
        cue,
        subject.confidence if subject.identified else 0.0,
        subject.proposed,
        subject.description,
    )


def _is_actor_name(document: Document, quote: QuoteSpan) -> bool:
    """A quoted name (``"بوتين" يقبل دعوة "كيم"``) is a label, said by nobody."""
    return document.gazetteer.whole_match(quote.text) is not None


def _nearest_cue(document: Document, sentence: Sentence, quote_token: int) -> tuple[int | None, str]:
    """The reporting cue the quote depends on, and its kind.

    The nearest verb of saying before it, unless that one sits inside the clause of an earlier
    cue (``أوضح مادن أن حضور جو تشون ريونغ يشير إلى أن “…”`` → أوضح), or is a relay (``على ما
    نقلت عنه وكالة تاس``); a noun that carries words (``وجاء في بيان لـ…``) when no verb of
    saying governs it; words written on something (``شعار كتب عليه``), nobody's.
    """
    reach = max(sentence.first, quote_token - _CUE_REACH) - 1
    for index in range(quote_token - 1, reach, -1):
        if document.quote_of[index] is not None:
            continue
        if _is_statement_noun(document, sentence, index):
            verb = _verb_governing(document, sentence, index)
            return (verb, VERB) if verb is not None else (index, NOUN)
        form = document.cue_form(index)
        if (
            form is not None
            and form not in cues.SOURCE_CUES
            and not relays.is_relay_aside(document, index, form)
        ):
            if _is_inscription(document, sentence, index):
                return index, NOBODY
            return _outer_cue(document, sentence, index), VERB
    for index in range(quote_token - 1, reach, -1):
        if document.quote_of[index] is None and document.cue_form(index) in cues.SOURCE_CUES:
            return index, SOURCE
    return None, ""


def _statement_noun(token: str) -> bool:
    return token in cues.STATEMENT_NOUNS or (token[:1] in "بلو" and token[1:] in cues.STATEMENT_NOUNS)


def _is_statement_noun(document: Document, sentence: Sentence, index: int) -> bool:
    """``وجاء في بيان``, ``وفي بيان لوزارة الخارجية``, ``بتعليق جاء فيه``, ``مقالا جاء فيه``,
    ``وجاء في العبارة التي خطّها الزعيم``; not ``دوّت في القاعة عبارة "…"``."""
    token = document.norm(index)
    following = index + 1
    authored = following < sentence.end and document.norm(following) in ("الذي", "التي")
    if not (_statement_noun(token) or (authored and bare(token) in cues.INSCRIPTIONS)):
        return False
    if following + 1 < sentence.end and document.norm(following) in cues.IMPERSONAL_VERBS:
        return document.norm(following + 1) in cues.IMPERSONAL_OBJECTS
    if index - 1 < sentence.first:
        return False
    previous = document.norm(index - 1)
    return previous in ("في", "وفي") or (token[:1] == "ب" and bare(previous) in cues.IMPERSONAL_VERBS)


def _verb_governing(document: Document, sentence: Sentence, noun: int) -> int | None:
    """The verb of saying whose adverbial the noun is: ``وقالت وزارة الدفاع في بيان منفصل``."""
    for index in range(noun - 1, max(sentence.first, noun - 12) - 1, -1):
        if document.quote_of[index] is not None or is_complementizer(document, index):
            return None
        form = document.cue_form(index)
        if form is not None and form not in cues.SOURCE_CUES:
            return index
    return None


def _is_inscription(document: Document, sentence: Sentence, cue: int) -> bool:
    """``شعار كتب عليه بالروسية والكورية "…"``: words on a banner, said by nobody."""
    if cue + 1 >= sentence.end or document.norm(cue + 1) not in cues.IMPERSONAL_OBJECTS:
        return False
    return cue - 1 >= sentence.first and bare(document.norm(cue - 1)) in cues.INSCRIPTIONS


def _issuer(document: Document, sentence: Sentence, noun: int) -> Subject | None:
    """Who issued the statement a noun names: ``بيان لوزارة الخارجية الصينية``, ``بيان
    الكرملين``, ``بيان صادر عن الرئاسة``, ``العبارة التي خطّها الزعيم``; with nothing after the
    noun (``وأرفقته بتعليق جاء فيه``), the subject of the sentence."""
    first = noun + 1
    if (
        first + 1 < sentence.end
        and document.norm(first) in ("صادر", "الصادر", "صدر")
        and document.norm(first + 1) == "عن"
    ):
        first += 2
    elif first + 2 < sentence.end and document.norm(first) in ("الذي", "التي"):
        first += 2  # العبارة التي خطّها الزعيم
    issuer = None
    impersonal = first < sentence.end and document.norm(first) in cues.IMPERSONAL_VERBS
    if first < sentence.end and document.quote_of[first] is None and not impersonal:
        phrase = noun_phrase_allowing_addressee(document, sentence, first)
        issuer = resolve_phrase(document, *phrase, MASCULINE, as_source=True)
    if (issuer is None or not issuer.identified) and (impersonal or _possessed(document.norm(noun))):
        issuer = _opening_subject(document, sentence)  # ``وأرفقته بتعليق جاء فيه``, ``في افتتاحيتها``
    if issuer is None and document.norm(noun).startswith("ال"):
        issuer = document.role("بيان", noun)  # ``وجاء في البيان``: the statement named before
    if issuer is not None and issuer.named:
        document.roles["بيان"] = (noun, issuer)
    return issuer


def _possessed(token: str) -> bool:
    """``افتتاحيتها``, ``بيانه``: a statement of the sentence's own subject."""
    return token.endswith(("ها", "ه", "هم")) and not token.endswith(("يه", "اه"))


def _has_conjunction(document: Document, index: int) -> bool:
    return cues.strip_conjunction(document.norm(index)) != document.norm(index)


def _outer_cue(document: Document, sentence: Sentence, cue: int) -> int:
    """The cue whose clause holds this one, when this one has no subject of its own:
    ``أوضح مادن أن حضور جو تشون ريونغ يشير إلى أن "…"`` → أوضح."""
    form = document.cue_form(cue)
    if _has_conjunction(document, cue) or form in cues.PARTICIPLE_CUES:
        return cue
    own = sentence.subject_of_cue.get(cue)
    if own is not None and own.identified:
        return cue  # ``بعد أن قال المتحدث … ماثيو ميلر … إن`` has a subject of its own
    earlier = _enclosing_cue(document, sentence, cue)
    return earlier if earlier is not None else cue


def _enclosing_cue(document: Document, sentence: Sentence, cue: int) -> int | None:
    """The cue before a complementizer before ``cue``: ``وأشارت الوكالة إلى أن الوزير قال``."""
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
    return None


def _reporting_medium(document: Document, sentence: Sentence, cue: int) -> str | None:
    """A medium that reports someone's words in its own clause relays them: ``وأشارت وكالة تاس
    إلى أن حاكم الإقليم قال للصحفيين "…"`` → the governor speaks, TASS relays."""
    if _has_conjunction(document, cue):
        return None
    outer = _enclosing_cue(document, sentence, cue)
    subject = sentence.subject_of_cue.get(outer) if outer is not None else None
    if subject is None or subject.key is None or _kind_of(document, subject) != "medium":
        return None
    return subject.key


def _subject_for_cue(document: Document, sentence: Sentence, cue: int) -> tuple[Subject | None, str]:
    """The subject of the cue at ``cue``: explicit, else inherited."""
    form = document.cue_form(index=cue)
    cue_text = _written(document, cue)
    if form in cues.SOURCE_CUES:
        return _source_subject(document, sentence, cue + 1), cue_text
    own = sentence.subject_of_cue.get(cue)
    if own is not None:
        return own, cue_text
    gender = _cue_gender(form)
    for index, subject in reversed(sentence.cue_subjects[-_HISTORY:]):
        if index < cue and subject.identified and _agrees(subject, gender):
            return _inherited(subject, CONFIDENCE_SAME_SENTENCE), cue_text
    opening = _opening_subject(document, sentence)
    if opening is not None and _agrees(opening, gender):
        if cue not in sentence.subject_of_cue:  # the next ``وأضاف`` continues with this speaker
            sentence.cue_subjects.append((cue, opening))
            sentence.subject_of_cue[cue] = opening
        return _inherited(opening, CONFIDENCE_SAME_SENTENCE), cue_text
    for subject in reversed(document.history):
        if subject.identified and _agrees(subject, gender):
            return _inherited(subject, CONFIDENCE_INHERITED), cue_text
    return None, cue_text


def _source_subject(document: Document, sentence: Sentence, first: int) -> Subject | None:
    """Who ``بحسب``/``وفقًا لـ`` names: ``وفق ما ذكرت X`` → X; ``وفقا لما نقلته وكالة رويترز عن
    مسؤول أمريكي`` → the official (the agency only carried the words)."""
    if first < sentence.end and document.norm(first) in ("ما", "لما"):
        first += 1
        verb = first
        says = verb < sentence.end and document.cue_form(verb) is not None
        if says or (verb < sentence.end and document.norm(verb) in cues.RELAYED_IN):
            first += 1
            relayed = cues.strip_conjunction(document.norm(verb))
            if relayed in cues.RELAY_VERBS or relayed in cues.RELAYED_IN:
                for index in range(first, min(sentence.end, first + 6)):
                    if document.norm(index) == "عن":
                        phrase = noun_phrase(document, sentence, index + 1)
                        return resolve_phrase(document, *phrase, MASCULINE)
    phrase = noun_phrase_allowing_addressee(document, sentence, first)
    return resolve_phrase(document, *phrase, MASCULINE, as_source=True)


def _inherited(subject: Subject, confidence: float) -> Subject:
    return Subject(
        subject.key,
        subject.text,
        subject.gender,
        min(confidence, subject.confidence or confidence),
        subject.proposed,
        subject.description,
    )


def _agrees(subject: Subject, gender: str) -> bool:
    return subject.gender == gender


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
        if form is None and _as_said_by(document, index):
            form = "حسب"  # ``على حد قول المحلل …``: a source, like بحسب
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
        subject = resolve_phrase(document, *phrase, _cue_gender(form), as_source=is_source)
        if subject is not None and (subject.named or subject.identified and not is_source):
            subject.confidence = min(subject.confidence, CONFIDENCE_SOURCE_AFTER)
            return subject, _written(document, index), is_source
    return None, "", False
