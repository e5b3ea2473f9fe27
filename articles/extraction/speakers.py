"""Attributing quotes to speakers with the conventions of Arabic news copy.

The article is first read (`document.py`); the subject of each verb of saying is
`clauses.py`; who a phrase designates is `phrases.py` (with `institutions.py`, and `names.py`
for names the registry does not know); which medium carried the words is `relays.py`; speakers
whom no verb of saying of their own introduces (``سبق لـX أن``, ``إذ تقول``, ``بدا متفائلاً:``)
are `introductions.py`.

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
from dataclasses import dataclass, replace

from articles.extraction import (
    countries,
    cues,
    interviews,
    introductions,
    names,
    references,
    relays,
    subjectless,
)
from articles.extraction.actors import DEMONYM, FEMININE, MASCULINE, ProposedActor
from articles.extraction.clauses import (
    WHEN,
    cue_gender,
    gender_of,
    has_conjunction,
    opening_subject,
    read_sentence,
    spokesman_named_after,
    subject_after_object_verb,
    through_the_mouth_of,
    to_its_spokesman,
)
from articles.extraction.document import Document, Sentence
from articles.extraction.normalize import normalize
from articles.extraction.phrases import (
    Subject,
    bare,
    describes,
    is_complementizer,
    noun_phrase,
    noun_phrase_allowing_addressee,
    resolve_phrase,
)
from articles.extraction.quotes import QuoteSpan
from articles.extraction.subject import kind_of, match_kind, subject_from_match

_HEADLINE_WORDS = 6
_RIGHT_WINDOW = 5
# How far a quote looks back for its cue and forward for a source, in words: bounds the work on
# a pathological megabyte paragraph without a full stop; real cues sit well within it.
_CUE_REACH = 80
_HISTORY = 50

CONFIDENCE_SOURCE_AFTER = 0.85
CONFIDENCE_SAME_SENTENCE = 0.8
CONFIDENCE_INHERITED = 0.65

# What a quote's cue is: a verb of saying, a source (بحسب), a noun that carries words (بيان),
# or words written on a thing (شعار كتب عليه), said by nobody.
VERB, SOURCE, NOUN, NOBODY = "verb", "source", "noun", "nobody"
# A verb that is no verb of saying, continued by بالقول: ``شكر كيم مضيفه بالقول``.
BY_SAYING = "by saying"
# A medium carrying the words of whom the sentence is about: ``والوكالة تنقل عنه: "…"``.
FROM_HIM = "from him"


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
    """Every quote's attribution, in the order of ``document.quotes``: the sentences are read in
    order, so what one teaches (roles, surnames, speakers) serves the next."""
    quotes = document.quotes
    attributions: dict[int, Attribution] = {}
    first_tokens = _first_token_of_quotes(document)
    by_token = sorted((token, quote_index) for quote_index, token in first_tokens.items())
    position = 0
    history = document.history
    for sentence in document.sentences:
        read_sentence(document, sentence)
        while position < len(by_token) and by_token[position][0] < sentence.end:
            token, quote_index = by_token[position]
            attribution = _attribute_quote(document, sentence, quote_index, token)
            if not (attribution.speaker or attribution.proposed or attribution.description):
                attribution = _continued_from_unclosed(document, quote_index, attributions) or attribution
            attributions[quote_index] = attribution
            position += 1
        history.extend(subject for _, subject in sentence.cue_subjects if subject.identified)
        if sentence.subject is not None and not sentence.cue_subjects:
            history.append(sentence.subject)
        del history[:-_HISTORY]
    return [attributions.get(index, Attribution()) for index in range(len(quotes))]


def _continued_from_unclosed(
    document: Document, quote_index: int, attributions: dict[int, Attribution]
) -> Attribution | None:
    """A quote that opens its paragraph right after a paragraph whose quote was left open goes
    on with the same words, as copy carries a long quote over paragraphs: ``وأضاف: "سنعيد
    تشغيل خط الشحن … في أقرب وقت.`` then, on the next line, ``"كما ندرس …".`` → the same
    speaker, at the confidence of an inherited one."""
    if quote_index == 0:
        return None
    quote, previous = document.quotes[quote_index], document.quotes[quote_index - 1]
    if previous.closed or document.text[previous.end : quote.start - 1].strip():
        return None  # the open quote must run to the line right before this one's mark
    if quote.start < 2 or document.text[quote.start - 2] != "\n":
        return None
    earlier = attributions.get(quote_index - 1)
    if earlier is None or not (earlier.speaker or earlier.proposed):
        return None
    return replace(earlier, confidence=min(earlier.confidence, CONFIDENCE_INHERITED))


def _first_token_of_quotes(document: Document) -> dict[int, int]:
    """The first token inside each quote (quotes without a word have none)."""
    starts = document.token_starts
    first: dict[int, int] = {}
    for quote_index, quote in enumerate(document.quotes):
        index = bisect.bisect_left(starts, quote.start)
        if index < len(starts) and starts[index] < quote.end:
            first[quote_index] = index
    return first


def _attribute_quote(
    document: Document, sentence: Sentence, quote_index: int, first_token: int
) -> Attribution:
    """One quote's speaker (`_speaker_of_quote`); a quote that is only the speaker's proposed
    name (``المعروف باسم "ريبار"``) is a label, said by nobody."""
    attribution = _speaker_of_quote(document, sentence, quote_index, first_token)
    proposed = attribution.proposed
    if proposed is not None and proposed.normalized == normalize(document.quotes[quote_index].text):
        return Attribution()
    return attribution


def _speaker_of_quote(
    document: Document, sentence: Sentence, quote_index: int, first_token: int
) -> Attribution:
    """One quote's speaker: its cue's subject (a verb's, a statement's issuer, a source's), else
    a cue after it, else a headline's name and colon or the cue that announced it on the line
    before; with none, no speaker.  ``«…»، بحسب ما قال لافروف`` → Lavrov; ``شعار كتب عليه
    "…"`` → nobody."""
    quote = document.quotes[quote_index]
    if _is_actor_name(document, quote) or _is_title_of_a_work(document, first_token):
        return Attribution()
    own_voice = _first_person_speaker(document, sentence, first_token)
    if own_voice is not None:
        return _attribution(own_voice[0], None, _written(document, own_voice[1]))
    worded = introductions.wording_of(document, sentence, first_token)
    if worded is not None:
        return _attribution(worded, None, ":")
    piece = introductions.author_of_the_piece(document, sentence, first_token)
    if piece is not None:
        return _attribution(piece[0], None, _written(document, piece[1]))
    cue, kind = _nearest_cue(document, sentence, first_token)
    relayed_by = relays.relay_between(
        document, sentence, cue if cue is not None else sentence.first, first_token
    )
    if relayed_by is None and cue is not None and cue not in sentence.subject_of_cue:
        relayed_by = _relay_aside_before(document, sentence, cue)
    if kind == NOBODY:
        return Attribution(relayed_by=relayed_by)
    if cue is None:
        guest = interviews.guest_by_label(document, sentence, first_token)
        if guest is not None:
            return _attribution(guest, relayed_by, ":")
        headline = (
            _colon_attribution(document, sentence, first_token)
            or _headline_topic(document, sentence, first_token)
            or _speaker_to_addressee(document, sentence, first_token)
        )
        if headline is not None:
            return _attribution(headline, relayed_by, ":")
        introduced = introductions.introduced_before_colon(
            document, sentence, first_token
        ) or introductions.introduced_as_describing(document, sentence, first_token)
        if introduced is not None:
            return _attribution(introduced, relayed_by, ":")
        announced = _announced_before(document, sentence, first_token)
        if announced is not None:
            return announced
        author = _author_of_what_follows(document, sentence, first_token)
        if author is not None:
            return _attribution(author[0], relayed_by, _written(document, author[1]))
        interviewee = interviews.interviewee_answering(document, sentence, first_token)
        if interviewee is not None:
            return _attribution(interviewee, relayed_by, _written(document, first_token - 1))
    source, source_cue, is_source, crossed, source_relay = _source_after(document, sentence, quote)
    subject = None
    cue_text = ""
    if kind == NOUN:
        subject, cue_text = _issuer(document, sentence, cue), _written(document, cue)
        if subject is None:  # ``حزب الله في بيان: "…"``: the line's name, then its statement
            headline = _colon_attribution(document, sentence, first_token)
            if headline is not None:
                return _attribution(headline, relayed_by, ":")
    elif kind == FROM_HIM:
        subject, cue_text = _whom_it_relays(document, sentence, cue), _written(document, cue)
        relayed_by = (
            relayed_by
            or _medium_before(document, sentence, cue)
            or _reporting_medium_of(document, sentence, cue, subject)
        )
    elif kind == BY_SAYING:
        subject, cue_text = _subject_saying_by(document, sentence, cue), _written(document, cue)
    elif cue is not None:
        subject, cue_text = _subject_for_cue(document, sentence, cue)
        relayed_by = relayed_by or _reporting_medium(document, sentence, cue)
    if kind in (VERB, BY_SAYING) and subject is not None and kind_of(document, subject.key) in _BODIES:
        subject = _through_the_mouth_between(document, sentence, cue, first_token) or subject
    if kind in (VERB, NOUN, SOURCE) and subject is not None and kind_of(document, subject.key) == "medium":
        cited = _cited_by_the_medium(document, sentence, quote)
        if cited is not None:
            return _attribution(cited, subject.key, cue_text)
    if subject is not None and subject.named:
        if source is not None and is_source and _speaks_for(document, source, subject):
            return _attribution(source, relayed_by, cue_text)
        carried_by = relayed_by
        if (
            carried_by is None
            and source is not None
            and is_source
            and kind_of(document, source.key) == "medium"
        ):
            carried_by = source.key
        return _attribution(subject, carried_by, cue_text)
    if subject is not None and (subject.identified or source is None):
        return _attribution(subject, relayed_by, cue_text)
    if source is not None and not (crossed and cue is not None):
        # A source past another statement names a quote with a verb of its own only through
        # that verb's subject: ``اكتفى المتحدث … بالقول إن "…"، وهي صيغة تعني أن "…"، بحسب
        # افتتاحية الصحيفة`` leaves the spokesman's words to him, not to the paper.
        return _attribution(source, source_relay, source_cue)
    return Attribution(relayed_by=relayed_by)


_BODIES = frozenset({"country", "organisation"})
_QUOTING = normalize("نقلا")
_FROM = normalize("عن")


def _cited_by_the_medium(document: Document, sentence: Sentence, quote: QuoteSpan) -> Subject | None:
    """A medium's report that it credits, after the quote, to whom it quotes is theirs, carried
    by the medium: ``وكانت صحيفة نيويورك تايمز قد ذكرت أن "…"، نقلًا عن مسؤولين أمريكيين`` →
    the unnamed officials (a description, no actor), relayed by the paper; ``وذكرت وكالة تاس
    أن "…"، نقلاً عن المتحدث باسم الكرملين دميتري بيسكوف`` → Peskov, relayed by TASS; the
    same after a medium's report (``وجاء في تقرير للصحيفة``) or a source (``وبحسب الصحيفة``).  Only
    ``نقلا عن`` before any other cue or statement; one the rules cannot tell leaves the words
    with nobody named, never with the medium."""
    first_after = bisect.bisect_left(document.token_starts, quote.end, sentence.first, sentence.end)
    for index in range(first_after, min(sentence.end, first_after + _RIGHT_WINDOW)):
        if document.quote_of[index] is not None and document.is_statement_token(index):
            return None
        if document.norm(index) != _QUOTING:
            if document.cue_form(index) is not None:
                return None
            continue
        if index + 1 >= sentence.end or document.norm(index + 1) != _FROM:
            return None
        first, end = noun_phrase_allowing_addressee(document, sentence, index + 2)
        cited = resolve_phrase(document, first, end, MASCULINE, as_source=True)
        if cited is None or not cited.identified:
            return Subject(None, "", MASCULINE, 0.0)
        cited.confidence = min(cited.confidence, CONFIDENCE_SOURCE_AFTER)
        return cited
    return None


def _through_the_mouth_between(
    document: Document, sentence: Sentence, cue: int, quote_token: int
) -> Subject | None:
    """A country or body that speaks ``على لسان`` a named person anywhere between its verb and
    the quote speaks through that person: ``أما طوكيو فاكتفت بالقول، على لسان المتحدث باسم
    حكومتها هيروكازو ماتسونو، إن "…"`` → Matsuno (`clauses.through_the_mouth_of`)."""
    for index in range(cue + 1, quote_token - 1):
        if document.quote_of[index] is not None:
            return None
        if document.norm(index) == "علي" and document.norm(index + 1) == "لسان":
            return through_the_mouth_of(document, sentence, index)
        if to_its_spokesman(document, index):
            return spokesman_named_after(document, sentence, index + 1)
    return None


def _first_person_speaker(
    document: Document, sentence: Sentence, quote_token: int
) -> tuple[Subject, int] | None:
    """Words a text says in its own first person, right before the quote: a transcript's
    ``وأنا أقول لك: "…"`` is whoever's turn it is (``الدكتور سامر حداد (محلل سياسي): …``
    opening the paragraph); an editorial's ``ونقولها اليوم بوضوح: "…"`` is the paper whose
    editorial it is (``رأي الوطن``).  No turn, no editorial, no author: the writer, unknown
    (``أقول لمن يستغرب: "…"``), unless a verb of saying earlier in the sentence names who says
    it (``وقال لافروف للصحفيين: أؤكد لكم أن "…"``), left to the rules.  Returns the speaker and
    the verb's token."""
    for index in range(quote_token - 1, max(sentence.first, quote_token - _OWN_VOICE_REACH) - 1, -1):
        if document.quote_of[index] is not None:
            return None
        word = document.norm(index)
        if word in _I_SAY or (word[:1] == "ا" and _after_i(document, sentence, index)):
            speaker = (
                _turn_speaker(document, sentence)
                or interviews.interviewee_of_line(document, index)
                or introductions.op_ed_author(document)
            )
        elif word in _WE_SAY:
            speaker = references.editorial_paper(document)
            if speaker is None or not speaker.named:
                return None
            return speaker, index
        else:
            continue
        if speaker is None or not speaker.named:
            if any(document.cue_form(before) is not None for before in range(sentence.first, index)):
                # ``وقال لافروف للصحفيين: أؤكد لكم أن "…"``: the sentence's verb of saying speaks
                return None
            # ``أقول لمن يستغرب: "…"`` with no byline the rules read: the writer, unknown; never
            # a name read after the verb (round 26b: it proposed «أقول لمن يستغرب»)
            return Subject(None, "", MASCULINE, 0.0), index
        return speaker, index
    return None


# ``لقد قلنا في هذا المكان قبل أشهر إن "…"``: the verb, where and when, the complementizer.
_OWN_VOICE_REACH = 8
# With their conjunctions written in: a set lookup a token, no stripping (every quote asks).
_I_SAY = frozenset(
    prefix + word for word in normalize("أقول أقولها أؤكد أكرر اقول").split() for prefix in ("", "و", "ف")
)
# The paper's own voice, now or before, and its view: ``ونقولها اليوم``, ``لقد كتبنا``, ``وفي رأينا``.
_WE_SAY = frozenset(
    prefix + word
    for word in normalize("نقول نقولها نؤكد نكرر نكررها قلنا كتبنا أكدنا حذرنا نبهنا نرى رأينا").split()
    for prefix in ("", "و", "ف")
)
_TURN_WORDS = 16
_I = frozenset(normalize("أنا وأنا فأنا").split())


def _after_i(document: Document, sentence: Sentence, index: int) -> bool:
    """A first-person verb right after ``أنا``: ``وأنا أسمّي ما جرى "…"``, ``أنا أصف الأمر
    بأنه "…"``, ``وأنا أرى أن``: the speaker's own words, whichever verb he chooses."""
    return index > sentence.first and document.norm(index - 1) in _I and document.quote_of[index - 1] is None


def _turn_speaker(document: Document, sentence: Sentence) -> Subject | None:
    """The speaker whose turn a transcript's paragraph is: its opening name, an optional
    description in brackets, and a colon (``الدكتور سامر حداد (محلل سياسي):``)."""
    first = sentence.first
    for _ in range(_PARAGRAPH_REACH):
        if first == 0 or "\n" in document.gap_before(first):
            break
        first -= 1
    else:
        return None
    name_end = None
    for index in range(first + 1, min(len(document.tokens), first + _TURN_WORDS)):
        gap = document.gap_before(index)
        if name_end is None and "(" in gap:
            name_end = index
        if ":" in gap:
            name_end = name_end or index
            break
        if document.quote_of[index] is not None or "\n" in gap:
            return None
        # ``د. بارك:``: the full stop after a title cut to its letter ends no sentence
        if name_end is None and "." in gap and not names.abbreviated_title(document, index - 1):
            return None
    else:
        return None
    if any(document.norm(index) in _I_SAY or document.cue_form(index) for index in range(first, name_end)):
        return None  # ``أقول لمن يستغرب: "…"``: a writer saying, no one's turn (round 26b)
    if names.abbreviated_title(document, first) and first + 1 < name_end:
        first += 1  # ``د. بارك:`` → the name, as remembered from ``الدكتور بارك مين هو``
    subject = resolve_phrase(document, first, name_end, MASCULINE)
    return subject if subject is not None and subject.named else None


_PARAGRAPH_REACH = 400


def _announced_before(document: Document, sentence: Sentence, quote_token: int) -> Attribution | None:
    """A quote that opens its paragraph after one ending in a cue and a colon: ``وقال بوتين في
    ختام المحادثات:`` then, on the next line, ``"نحن راضون …"``."""
    if quote_token != sentence.first:
        return None
    previous = next((s for s in document.sentences if s.end == sentence.first), None)
    if previous is None:
        return None
    if ":" not in document.gap_before(quote_token) and not _live_entry_heading(document, previous):
        return None
    position = bisect.bisect_left(document.cue_indexes, previous.end) - 1
    if position < 0 or document.cue_indexes[position] < previous.first:
        return None
    cue = document.cue_indexes[position]
    if document.cue_form(cue) in cues.SOURCE_CUES:
        return None
    subject, cue_text = _subject_for_cue(document, previous, cue)
    if subject is None or not subject.identified:
        return None
    return _attribution(subject, relays.relay_between(document, previous, cue, previous.end), cue_text)


_RELATIVES = frozenset(normalize("الذي التي").split())
_AUTHOR_REACH = 10


def _author_of_what_follows(
    document: Document, sentence: Sentence, quote_token: int
) -> tuple[Subject, int] | None:
    """Words a relative clause names the author of, then a colon and the quote: ``ويبقى
    السؤال الذي طرحه لافروف بنفسه خلال العشاء: "…"`` → Lavrov, the subject after the verb with
    its object glued (``طرحه``, ``ردّدها``).  Only a named author; returns him and the verb."""
    if ":" not in document.gap_before(quote_token):
        return None
    for index in range(quote_token - 2, max(sentence.first, quote_token - _AUTHOR_REACH) - 1, -1):
        if document.quote_of[index] is not None:
            return None
        if document.norm(index) not in _RELATIVES:
            continue
        verb = index + 1
        written = document.text[document.tokens[verb][0] : document.tokens[verb][1]]
        if not written.endswith(("ه", "ها")) or len(written) < 4 or document.match_at.get(verb) is not None:
            return None
        first, end = noun_phrase(document, sentence, verb + 1)
        subject = resolve_phrase(document, first, end, MASCULINE) if end > first else None
        if subject is None or not subject.named or first != verb + 1:
            return None
        return subject, verb
    return None


def _live_entry_heading(document: Document, sentence: Sentence) -> bool:
    """A live blog's entry heading on its own line, its time first and no quote in it: ``15:30
    بيسكوف يعلق على القمة`` announces the quote on the next line as a colon would."""
    first = sentence.first
    return (
        first + 2 < sentence.end
        and document.norm(first).isdigit()
        and document.gap_before(first + 1) == ":"
        and document.norm(first + 1).isdigit()
        and "\n" in document.gap_before(sentence.end)
        and all(document.quote_of[index] is None for index in range(first, sentence.end))
    )


def _relay_aside_before(document: Document, sentence: Sentence, cue: int) -> str | None:
    """A participle with no subject of its own takes the relay of the aside before it: ``وردّ
    كيم، بحسب ما نقلت وكالة تاس، قائلاً إن "…"`` → Kim, relayed by TASS."""
    if document.cue_form(cue) not in cues.PARTICIPLE_CUES:
        return None
    for index in range(cue - 1, max(sentence.first, cue - _CUE_REACH) - 1, -1):
        form = document.cue_form(index)
        if form is None or document.quote_of[index] is not None:
            continue
        if not relays.is_relay_aside(document, index, form):
            return None
        return relays.relay_between(document, sentence, index - 2, cue)
    return None


def _colon_attribution(document: Document, sentence: Sentence, quote_token: int) -> Subject | None:
    """A name and a colon before the quote, with no verb: the headline's ``بوتين لكيم: "…"``,
    ``زاخاروفا: «…»``.  Only a short phrase that names an actor, from the sentence start."""
    first = _after_label(document, sentence, quote_token)
    if quote_token - first > _HEADLINE_WORDS + _PLACE_WORDS or ":" not in document.gap_before(quote_token):
        return None
    end = quote_token
    match = document.match_ending.get(end)
    if match is not None and match.proclitic[-1:] == "ل":
        end = match.first_token  # ``بوتين لكيم:``: to Kim
    end = next((index for index in range(first + 1, end) if _aside_of_a_headline(document, index)), end)
    if end - first > _label_words(document, first, end) or _acts_before_the_colon(document, first, end):
        return None
    subject = resolve_phrase(document, first, end, MASCULINE)
    if subject is None or not subject.named:
        return None
    if subject.key is not None:
        subject.gender = gender_of(document, subject.key)
    return subject


def _speaker_to_addressee(document: Document, sentence: Sentence, quote_token: int) -> Subject | None:
    """A live line that opens with a person, the one he speaks to glued to ل, and the moment
    before the colon (round 28): ``10:42 — بوتين لكيم لدى استقباله عند مدخل المركز: "…"`` →
    Putin; ``كيم لبوتين وهو يصافحه: "…"`` → Kim.  Only registry people, a few words of
    circumstance with no other quote or name in them; ``هدية بوتين لكيم …: "…"`` opens with
    no speaker."""
    if ":" not in document.gap_before(quote_token):
        return None
    speaker = document.match_at.get(_past_local_time(document, _after_label(document, sentence, quote_token)))
    if speaker is None or speaker.proclitic or match_kind(document, speaker) != "person":
        return None
    addressee = document.match_at.get(speaker.end_token)
    if addressee is None or addressee.proclitic[-1:] != "ل" or match_kind(document, addressee) != "person":
        return None
    moment = range(addressee.end_token, quote_token)
    if len(moment) > _MOMENT_WORDS or any(
        document.quote_of[index] is not None or document.match_at.get(index) is not None for index in moment
    ):
        return None
    return subject_from_match(document, speaker, gender_of(document, speaker.key), CONFIDENCE_SAME_SENTENCE)


_MOMENT_WORDS = 8  # ``لدى استقباله عند مدخل المركز الفضائي``


def _past_local_time(document: Document, index: int) -> int:
    """Past the zone of a live line's time: ``10:42 بتوقيت القاهرة — بوتين …``."""
    if index + 1 >= len(document.tokens) or document.norm(index) != normalize("بتوقيت"):
        return index
    words = [document.norm(position) for position in range(index + 1, index + 1 + countries.LONGEST_PLACE)]
    return index + 1 + (countries.place_size(words) or 1)


def _label_words(document: Document, first: int, end: int) -> int:
    """How long a line's name before its colon may be: a headline's few words, or a person's
    description with its place and a full name (round 28): ``مراسلتنا في سيول نور الهدى بن
    سالم: "…"``, a correspondent's line in a bulletin; not a paper's (``صحيفة تشوسون إلبو
    عنونت صفحتها الأولى:`` is a headline it ran), nor one with a colon of its own
    (``المراسلة: صحيفة …:``, the correspondent's tag before what she reports)."""
    person = bare(document.norm(first)) in cues.PERSON_NOUNS and not any(
        ":" in document.gap_before(index) for index in range(first + 1, end)
    )
    return _HEADLINE_WORDS + _PLACE_WORDS if person else _HEADLINE_WORDS


def _headline_topic(document: Document, sentence: Sentence, quote_token: int) -> Subject | None:
    """A headline line whose name and colon come before a few words on what the quote is about
    (round 26b): ``كوريا الجنوبية: زيارة لافروف لبيونغ يانغ "تهديد خطير لأمن المنطقة"`` → South
    Korea.  Only a line of its own that ends with the quote, with no verb of saying or other
    colon between; the name is read as `_colon_attribution` reads it (``بالصور: القطار "…"``
    names nobody, ``كيم يعود إلى بيونغ يانغ: …`` acts)."""
    if not _line_ends_with_the_quote(document, quote_token):
        return None
    for colon in range(quote_token - 1, max(sentence.first, quote_token - _TOPIC_WORDS) - 1, -1):
        if document.quote_of[colon] is not None or document.cue_form(colon) is not None:
            return None
        if ":" in document.gap_before(colon):
            return _colon_attribution(document, sentence, colon) if colon < quote_token - 1 else None
    return None


_TOPIC_WORDS = 8


def _line_ends_with_the_quote(document: Document, quote_token: int) -> bool:
    quote = document.quotes[document.quote_of[quote_token]]
    line_start = document.text.rfind("\n", 0, quote.start) + 1
    rest = document.text[quote.end :].split("\n", 1)[0]
    return not rest.strip(" \"”»'") and "." not in document.text[line_start : quote.start]


def _acts_before_the_colon(document: Document, first: int, end: int) -> bool:
    """A headline whose registry name does something other than speak before the colon: ``كيم
    يعود إلى بيونغ يانغ: "…"``, ``بوتين يودّع ضيفه: "…"`` — the quote sums up the story, nobody
    is said to utter it.  A verb in the present (``ي``/``ت`` and three letters or more, no verb
    of saying) right after the name; ``يون سوك يول من نيويورك:`` still speaks."""
    for verb in range(first + 1, end):
        if verb not in document.match_ending or verb in document.match_at:
            continue
        word = document.norm(verb)
        if (
            word[:1] in ("ي", "ت")
            and len(word) >= 4
            and not word.endswith(("ا", "ه", "ة"))
            and document.cue_form(verb) is None
            and not document.gap_before(verb).strip()
        ):
            return True
    return False


def _after_label(document: Document, sentence: Sentence, quote_token: int) -> int:
    """Where a headline's name starts, past a live blog's time and dash (``13:20 — بوتين:``) or
    a flash's label, with a colon or a bar after it or in quote marks (``عاجل: الكرملين:``,
    ``[عاجل] بوتين:``, ``‹عاجل› بوتين:``)."""
    first = sentence.first
    while first < quote_token - 1 and document.norm(first).isdigit():
        first += 1
    if (
        first < quote_token - 1
        and document.norm(first) in _LABELS
        and (
            any(char in ":|]" for char in document.gap_before(first + 1))
            or document.quote_of[first] is not None
        )
    ):
        first += 1  # ``عاجل: الكرملين:``, ``15:45 عاجل | الكرملين:``, ``‹عاجل› بوتين:``
    return first


def _aside_of_a_headline(document: Document, index: int) -> bool:
    """``بيسكوف للصحفيين:``, ``كيم جونغ أون عبر المترجم:``: to whom, or through whom, after the
    name; ``يون سوك يول من نيويورك:``: where from, right after a registry name; ``حزب الله في
    بيان:``: the statement it speaks in."""
    word = document.norm(index)
    if word in ("عبر", "بلسان"):
        return True
    if (
        word in _FROM_WHERE
        and index + 2 < len(document.tokens)
        and _statement_noun(document.norm(index + 1))
        and ":" in document.gap_before(index + 2)
    ):
        return True  # ``حزب الله في بيان:``: the statement it speaks in
    if word in _FROM_WHERE and index in document.match_ending:
        return index + _PLACE_WORDS >= len(document.tokens) or any(
            ":" in document.gap_before(later) for later in range(index + 1, index + _PLACE_WORDS + 1)
        )
    return word.startswith("لل") and document.match_at.get(index) is None


_FROM_WHERE = frozenset(normalize("من في").split())
_PLACE_WORDS = 3  # ``من نيويورك``, ``في مدينة فلاديفوستوك``


# What a line may open with before its speaker: ``عاجل: الكرملين: "…"``.
_LABELS = frozenset(normalize("عاجل عاجلة خاص تحديث").split())


def _written(document: Document, index: int) -> str:
    return document.text[document.tokens[index][0] : document.tokens[index][1]]


def _as_said_by(document: Document, index: int) -> bool:
    """``على حد قول``, ``على حد تعبير``, ``بتعبير``: the words of whoever follows."""
    token = document.norm(index)
    if token == "بتعبير":
        return True
    return token in ("قول", "تعبير", "وصف") and index > 0 and document.norm(index - 1) == "حد"


def _as_aside(document: Document, cue: int) -> bool:
    """``على ما قال بيسكوف``, ``كما قال``: a verb of saying in an aside names the source of every
    quote before it in the sentence, like بحسب: ``قدم الرئيس لضيفه "…"، قدم الزعيم مضيفه "…"،
    على ما قال بيسكوف`` → both are Peskov's."""
    if cue < 1 or document.norm(cue - 1) not in ("ما", "كما"):
        return False
    return document.norm(cue - 1) == "كما" or (cue >= 2 and document.norm(cue - 2) == "علي")


def _speaks_for(document: Document, source: Subject, subject: Subject) -> bool:
    """A person named as the source speaks for the country or body the verb named:
    ``واعتبرت الصين أن … "…"، وفق ما قالت المتحدثة … ماو نينغ`` → Mao Ning said it."""
    return kind_of(document, source.key) == "person" and kind_of(document, subject.key) in (
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


_TITLE_WORDS = frozenset(normalize("عنوان بعنوان وبعنوان عنوانه عنوانها بعنوانه وعنوانه").split())


def _is_title_of_a_work(document: Document, first_token: int) -> bool:
    """A quote right after ``عنوان`` is the title an article, a book or a page was given, a
    name said by nobody, though the paper that ran it is named next: ``تحت عنوان "صفقة الذخيرة
    مقابل الصواريخ"، كتبت صحيفة نيويورك تايمز أن`` → no speaker for the title; the paper
    speaks its own reported clause."""
    before = first_token - 1
    return before >= 0 and document.quote_of[before] is None and document.norm(before) in _TITLE_WORDS


_IN = frozenset(normalize("في").split())
# ``لخص`` (summed up) names the speaker right after the words (round 26a): ``"…"، بهذه الكلمات
# لخص الرئيس الروسي محادثاته``; before them it is no cue, what sums up being often what another
# said (``ولعل ما قاله دبلوماسي مخضرم يلخص المشهد: "…"``).
_SUMMING_UP = {
    normalize(word): normalize(form)
    for word, form in (("لخص", "قال"), ("يلخص", "قال"), ("لخصت", "قالت"), ("تلخص", "قالت"))
}
# What points back to the words just quoted (round 28): ``"…"، بهذه الكلمات اختصر …``, ``هكذا``.
_HEADLINED = tuple(normalize("عنون عنونت تعنون يعنون").split())
_THESE_WORDS = frozenset(normalize("الكلمات العبارة العبارات الجملة الكلمة الكلام").split())


def _pointed_back_to(document: Document, first_after: int, verb: int) -> str | None:
    """The verb after words pointing back to the quote is its cue, whatever the verb (round
    28): ``"نحن جيران"، بهذه الكلمات اختصر الرئيس الروسي فلاديمير بوتين حديثه`` → Putin;
    ``"…"، هكذا أوجزت الوزيرة موقفها`` → the minister.  Only right after the quote, and only a
    verb: ``هكذا بدت الرسالة`` names a thing, which no rule resolves to a speaker; a headline
    (``هكذا عنونت صحيفة كوميرسانت تغطيتها``) is a title, said by nobody."""
    before = verb - first_after
    pointing = (before == 1 and document.norm(first_after) == "هكذا") or (
        before == 2
        and cues.strip_conjunction(document.norm(first_after)) in ("بهذه", "بهذا")
        and document.norm(first_after + 1) in _THESE_WORDS
    )
    if not pointing or document.quote_of[verb] is not None or document.norm(verb).startswith(_HEADLINED):
        return None
    return normalize("قالت") if document.norm(verb).endswith("ت") else normalize("قال")


# Words another said, cited by the writer (round 26a): ``مستشهداً بقول دبلوماسي صيني سابق له ذات
# مرة: "…"`` → the diplomat, never the writer whose verb stands before.
_CITING = frozenset(normalize("بقول بمقولة بعبارة").split())


def _nearest_cue(document: Document, sentence: Sentence, quote_token: int) -> tuple[int | None, str]:
    """The reporting cue the quote depends on, and its kind.

    The nearest verb of saying before it, unless that one sits inside the clause of an earlier
    cue (``أوضح مادن أن حضور جو تشون ريونغ يشير إلى أن “…”`` → أوضح), or is a relay (``على ما
    نقلت عنه وكالة تاس``); a noun that carries words (``وجاء في بيان لـ…``) when no verb of
    saying governs it; words written on something (``شعار كتب عليه``), nobody's.
    """
    reach = max(sentence.first, quote_token - _CUE_REACH) - 1
    coordinated = False
    for index in range(quote_token - 1, reach, -1):
        if document.quote_of[index] is not None:
            continue
        word = document.tokens[index][2]
        if word in _COORDINATED_CLAUSES:
            coordinated = True
        if word in cues.PASSIVE_SAYING:
            return index, NOBODY  # ``فيما قيل للصحافيين إن "…"``: said, by nobody named
        if word in _CITING and index + 1 < quote_token:
            return index, NOUN  # ``مستشهداً بقول دبلوماسي صيني سابق: "…"``: the one cited
        if _referred_statement(document, sentence, index, quote_token):
            return index, NOUN
        if _is_statement_noun(document, sentence, index):
            verb = _verb_governing(document, sentence, index)
            return (verb, VERB) if verb is not None else (index, NOUN)
        if _words_of_the_subject(document, sentence, index):
            on_a_thing = any(
                bare(document.norm(earlier)) in cues.INSCRIPTIONS for earlier in range(sentence.first, index)
            )
            return index, NOBODY if on_a_thing else NOUN
        if document.norm(index) == "بالقول" or _toast_to(document, index, quote_token):
            verb = _verb_saying_by(document, sentence, index)
            if verb is not None:
                return verb, BY_SAYING
        form = document.cue_form(index)
        if form is not None and index > sentence.first and document.norm(index - 1) in _IN:
            continue  # ``قالت الوزارة في رد مكتوب``: after a preposition, a noun, not ``ردّ``
        if form is not None and _feeling_for_the_quote(document, index, quote_token):
            continue  # ``أن كيم أبدى إعجابه بـ"…"``: what he admired, in the reporter's words
        if form is not None and _banner_not_participle(document, sentence, index):
            if index == _first_word(document, sentence):
                return index, NOBODY
            continue  # ``وقال الوزير في خطوة لافتة: "…"``: a remarkable step, the verb before
        if form in cues.RELAY_VERBS and _relays_from_him(document, index, quote_token):
            return index, FROM_HIM
        if form in cues.RELAY_VERBS and _conveyed_to(document, sentence, index):
            continue
        if (
            form is not None
            and form not in cues.SOURCE_CUES
            and not relays.is_relay_aside(document, index, form)
        ):
            if _is_inscription(document, sentence, index):
                return index, NOBODY
            if _is_host_not_participle(document, sentence, index, form):
                continue
            if _striking_not_saying(document, sentence, index, form):
                continue
            if coordinated and (governing := _enclosing_cue(document, sentence, index)) is not None:
                return governing, VERB
            return _outer_cue(document, sentence, index), VERB
    for index in range(quote_token - 1, reach, -1):
        if document.quote_of[index] is None and document.cue_form(index) in cues.SOURCE_CUES:
            return index, SOURCE
        if document.quote_of[index] is None and _as_said_by(document, index):
            return index, SOURCE  # ``وعلى حد قول الوزير …، فإن "…"`` (round 26b)
    return None, ""


# ``أبدى إعجابه بـ"…"``: a verb of showing a feeling, the feeling with its pronoun, then بـ.
_SHOWED = frozenset(normalize("أبدى أبدت وأبدى وأبدت أعرب أعربت وأعرب وأعربت").split())
_FEELINGS = frozenset(normalize("إعجاب اهتمام انبهار ترحيب سعادة").split())
_FOR_IT = frozenset(normalize("ب بـ").split())


def _feeling_for_the_quote(document: Document, verb: int, quote_token: int) -> bool:
    """A feeling shown for the quoted thing, not words said: ``وذكرت وكالة الأنباء المركزية
    الكورية أن كيم أبدى إعجابه بـ"المستوى الرفيع لصناعة الطيران الروسية"`` → the agency's
    words (what he admired, as it puts it), not Kim's; also ``أعرب عن إعجابه بـ"…"``.
    ``أبدى استعداده لـ"…"`` (readiness to do what the quote says) is left to the verb."""
    if document.norm(verb) not in _SHOWED:
        return False
    index = verb + 1
    if index < quote_token and document.norm(index) == _ABOUT:
        index += 1
    if index >= quote_token or not _feeling_with_pronoun(document.norm(index)):
        return False
    index += 1
    if index < quote_token and document.norm(index) in _FOR_IT:
        index += 1
    else:  # no gap holds a letter: ``بـ`` before the quote mark is a word of its own
        return False
    return index == quote_token


_ABOUT = normalize("عن")
_TA_MARBUTA = normalize("ة")


def _feeling_with_pronoun(token: str) -> bool:
    for pronoun in ("ه", "ها"):
        stem = token.removesuffix(pronoun)
        if stem != token and (stem in _FEELINGS or stem.removesuffix("ت") + _TA_MARBUTA in _FEELINGS):
            return True
    return False


def _conveyed_to(document: Document, sentence: Sentence, verb: int) -> bool:
    """``نقل`` with ``إلى`` after it carries something to someone (``وقالت الوزارة إن لافروف
    نقل إلى الزعيم الكوري "تحيات حارة من الرئيس"``): no verb of saying, so the words are the
    reporter's before it, the ministry's, not the bearer's; with no cue before, nobody's."""
    following = verb + 1
    return following < sentence.end and document.norm(following) in _TO_WHOM


# What a feminine ``لافتة`` points to when it is the participle: ``لافتةً إلى أن``, ``لافتة النظر``.
_POINTING_TO = frozenset(normalize("إلى الى النظر الانتباه").split())


def _banner_not_participle(document: Document, sentence: Sentence, index: int) -> bool:
    """``لافتة`` is the participle of ``لفت`` (pointing out) only before what it points to:
    ``وقالت الوزيرة …، لافتةً إلى أن "…"``.  Anywhere else it is the noun, a banner: ``لافتة في
    ساحة المحطة: «نرحب بعودة الزعيم»``, ``وحمل المستقبلون لافتة: "…"``: words on a banner,
    said by nobody, never by the speaker before; ``في خطوة لافتة`` (remarkable), no cue."""
    token = document.norm(index)
    if bare(token) not in cues.INSCRIPTIONS:
        return False
    following = index + 1
    return following >= sentence.end or document.norm(following) not in _POINTING_TO


def _first_word(document: Document, sentence: Sentence) -> int:
    return max(sentence.first, document.dateline_end if sentence.first == 0 else 0)


# A quote in a reported clause joined by ``وأنّ`` to an earlier one belongs to the verb that
# reports both, not to a verb inside the first: ``أعلنت كوريا الشمالية أن زعيمها دعا الرئيس
# الروسي إلى زيارتها، وأن بوتين "قبل الدعوة"`` → North Korea (دعا is Kim's, inside the first).
_COORDINATED_CLAUSES = frozenset(normalize("وأن وبأن وإن").split())


def _relays_from_him(document: Document, verb: int, quote_token: int) -> bool:
    """``كيم يتفقد الفرقاطة، والوكالة الكورية تنقل عنه: "…"``: the relay verb, its pronoun and
    the quote right after them."""
    pronoun = _relay_pronoun(document, verb)
    if pronoun is None:
        return False
    return pronoun + 1 == quote_token or _his_words_then_quote(document, pronoun + 1, quote_token)


def _relay_pronoun(document: Document, verb: int) -> int | None:
    """The ``عنه``/``عنها`` of a relay verb: right after it (``ونقلت عنها وكالة يونهاب``), or
    after the medium that is its subject (``فيما نقلت وكالة ريا نوفوستي عنه قوله``, ``ونقلت
    الوكالة عنها قولها``), either past an adverb of the occasion (round 25: ``نقلت خلالها عنه
    قوله``, ``نقلت في ختامها عنها قولها``); else None."""
    index = _past_occasion(document, verb + 1)
    match = document.match_at.get(index)
    actor = document.gazetteer.actor(match.key) if match is not None else None
    if actor is not None and actor.kind == "medium":
        index = _past_occasion(document, match.end_token)
    elif index < len(document.tokens) and bare(document.norm(index)) in cues.MEDIUM_WORDS:
        index = _past_occasion(document, index + 1)
    if index < len(document.tokens) and document.norm(index) in ("عنه", "عنها"):
        return index
    return None


# An adverb of the occasion the words were said or relayed on, pointing back to it with its
# pronoun: ``خلالها`` (during it), ``في ختامها`` (at its end).  One list for the relay verb
# (``_past_occasion``) and the toast (``_past_adverb_of_the_occasion``): round 25 wrote its list
# above the toast's under the same name, and the toast's, further down, replaced it for both.
_OCCASION_ADVERBS = frozenset(
    normalize(
        "خلالها خلاله خلالهما عقبها عقبه إثرها إثره بعدها بعده أثناءها أثناءه فيها فيه عندها حينها"
    ).split()
)
_OCCASION_ENDS = frozenset(normalize("ختامها ختامه نهايتها نهايته").split())


def _past_occasion(document: Document, index: int) -> int:
    """The token after an adverb of the occasion at ``index`` (``خلالها``, ``في ختامها``), else
    ``index``: ``نقلت خلالها عنه قوله`` reads as ``نقلت عنه قوله``."""
    if index >= len(document.tokens) or document.gap_before(index).strip():
        return index
    if document.norm(index) in _OCCASION_ADVERBS:
        return index + 1
    following = index + 1
    if (
        document.norm(index) == "في"
        and following < len(document.tokens)
        and document.norm(following) in _OCCASION_ENDS
    ):
        return following + 1
    return index


_HIS_WORDS = frozenset(normalize("قوله قولها").split())
_HIS_WORDS_REACH = 5


def _his_words_then_quote(document: Document, first: int, quote_token: int) -> bool:
    """``ونقلت عنه الوكالة قوله إن "…"``: after ``عنه``, at most a few words (the medium) and
    ``قوله``, then the quote: right after it, after ``إن``/``أن`` and at most a few words of the
    reported clause (``قولها إن زيارة لافروف "…"``), or after a short circumstance and a colon
    (``قوله في المأدبة: "…"``)."""
    for index in range(first, min(quote_token, first + _HIS_WORDS_REACH)):
        if document.quote_of[index] is not None or document.cue_form(index) is not None:
            return False
        if document.norm(index) in _HIS_WORDS:
            rest = quote_token - index - 1
            if rest == 0:
                return True
            between = range(index + 1, quote_token)
            if rest > _HIS_WORDS_REACH or any(
                document.quote_of[token] is not None or document.cue_form(token) is not None
                for token in between
            ):
                return False
            return document.norm(index + 1) in cues.COMPLEMENTIZERS or (
                rest <= _CIRCUMSTANCE_WORDS and ":" in document.gap_before(quote_token)
            )
    return False


_CIRCUMSTANCE_WORDS = 3


def _whom_it_relays(document: Document, sentence: Sentence, verb: int) -> Subject | None:
    """The one ``عنه``/``عنها`` refers to: the sentence's opening subject, when its gender agrees
    and it is a person (``كيم يتفقد الفرقاطة``); else nobody."""
    pronoun = _relay_pronoun(document, verb)
    gender = FEMININE if pronoun is not None and document.norm(pronoun) == "عنها" else MASCULINE
    shown = next(
        (
            _shown_saying(document, sentence, index + 1, gender)
            for index in range(verb - 1, sentence.first, -1)
            if _WHILE_HE.get(document.norm(index)) == gender
        ),
        None,
    )
    if shown is not None:  # ``صوراً للزعيم كيم وهو يتفقد مصنعاً، ونقلت عنه قوله``
        return shown
    reported = _report_on_person(document, sentence, verb, gender)
    if reported is not None:
        return reported[0]
    opening = opening_subject(document, sentence)
    if opening is None or not opening.identified or opening.gender != gender:
        return None
    if opening.key is not None and kind_of(document, opening.key) != "person":
        return None
    return _inherited(opening, CONFIDENCE_SAME_SENTENCE)


def _report_on_person(
    document: Document, sentence: Sentence, verb: int, gender: str
) -> tuple[Subject, str] | None:
    """After a medium's report on a person, ``عنه``/``عنها`` is that person: ``وذكرت وكالة
    شينخوا أن الزعيم كيم جونغ أون "…"، ونقلت عنه قوله: "…"`` → Kim, relayed by Xinhua.  The
    person is a registry one named right after the report's first ``أن``/``بأن``/``إلى أن``
    (up to the clause's verb or quoted words), of the pronoun's gender, and the verb before
    that complementizer has a medium for its subject; else None.  Returns the person and the
    medium's key."""
    for index in range(sentence.first, verb):
        if document.quote_of[index] is None and document.norm(index) in cues.COMPLEMENTIZERS:
            break
    else:
        return None
    reporter = next(
        (
            sentence.subject_of_cue[cue]
            for cue in range(index - 1, sentence.first - 1, -1)
            if cue in sentence.subject_of_cue
        ),
        None,
    )
    if reporter is None or reporter.key is None or kind_of(document, reporter.key) != "medium":
        return None
    first, end = noun_phrase(document, sentence, index + 1)
    end = next((token for token in range(first, end) if document.quote_of[token] is not None), end)
    end = _through_the_first_person(document, first, min(end, verb)) or end
    if first != index + 1 or first >= end or end >= verb:
        return None
    subject = resolve_phrase(document, first, end, gender, before_verb=True)
    if subject is None or subject.key is None or kind_of(document, subject.key) != "person":
        return None
    if not _agrees(subject, gender):
        return None
    return _inherited(subject, CONFIDENCE_SAME_SENTENCE), reporter.key


def _through_the_first_person(document: Document, first: int, end: int) -> int:
    """The token after the first registry person named in ``[first, end)`` (his title and his
    name read as one), 0 when none: the report's subject ends with his name even when no
    preposition stops the phrase after its verb (round 25): ``بأن وزير الخارجية سيرغي لافروف
    أجرى محادثات، ونقلت عنه قوله`` → the phrase ends after ``لافروف``, not at ``ونقلت``; a second
    person after the verb (``التقى بوتين``) is its object, not the subject."""
    person, last, index = None, 0, first
    while index < end:
        match = document.match_at.get(index)
        if match is None or match.alias_kind == DEMONYM or match_kind(document, match) != "person":
            if person is not None:
                break
            index += 1
            continue
        if person is not None and match.key != person:
            break
        person, last, index = match.key, match.end_token, match.end_token
    return last if last <= end else 0


def _reporting_medium_of(
    document: Document, sentence: Sentence, verb: int, subject: Subject | None
) -> str | None:
    """The medium whose report on the person the sentence opens with: ``وذكرت وكالة شينخوا
    أن الزعيم كيم جونغ أون "…"، ونقلت عنه`` → Xinhua carried Kim's words."""
    if subject is None or subject.key is None:
        return None
    reported = _report_on_person(document, sentence, verb, subject.gender)
    return reported[1] if reported is not None and reported[0].key == subject.key else None


def _medium_before(document: Document, sentence: Sentence, verb: int) -> str | None:
    """The medium named right before the relay verb: ``والوكالة الكورية تنقل عنه``."""
    for index in range(verb - 1, max(sentence.first, verb - 4) - 1, -1):
        match = document.match_ending.get(index + 1)
        actor = document.gazetteer.actor(match.key) if match is not None else None
        if actor is not None and actor.kind == "medium":
            return actor.key
    return None


_TOASTS = frozenset(normalize("نخب بنخب").split())


def _toast_to(document: Document, index: int, quote_token: int) -> bool:
    """A toast's words right after ``نخب`` are whoever raises it: ``ورفع بوتين كأسه نخب "…"``
    → Putin, read like ``بالقول`` (the verb that opens the clause, then its subject)."""
    return index == quote_token - 1 and document.norm(index) in _TOASTS


def _verb_saying_by(document: Document, sentence: Sentence, saying: int) -> int | None:
    """The verb ``بالقول`` continues, when it opens the clause: ``فيما شكر كيم مضيفه بالقول``
    → شكر.  A verb of saying there is read as a cue already (``اكتفى المتحدث بالقول``), also
    after its subject: ``بكين صامتة، والمتحدثة باسم خارجيتها ماو نينغ اكتفت بالقول إن`` → اكتفت,
    whose subject stands before it (not the clause's first word)."""
    verb = saying - 1
    form = document.cue_form(verb) if verb > sentence.first and document.quote_of[verb] is None else None
    if form is not None and form not in cues.PARTICIPLE_CUES:
        return verb  # not ``شكر كيم مضيفه بالقول``: his host, no participle
    aside = _aside_before(document, sentence, saying)
    for index in range(saying - 1, max(sentence.first, saying - _BY_SAYING_REACH) - 1, -1):
        if document.quote_of[index] is not None:
            return None
        if index >= aside:
            continue
        if document.norm(index) in _CLAUSE_OPENERS:
            return index + 1 if index + 1 < aside - 1 else None
        if subjectless.relative_gender(document.norm(index)) is not None:
            return index + 1 if index + 1 < aside else None  # ``مضيفه الذي بادره بالقول``
        if index == sentence.first or any(char in "،,:" for char in document.gap_before(index)):
            return index if index < aside - 1 else None
    return None


# The prepositions an aside of the occasion opens with: ``، في تصريح لإذاعة قفصة،``.
_ASIDE_OPENERS = frozenset(normalize("في خلال أثناء عقب لدى").split())


def _aside_before(document: Document, sentence: Sentence, saying: int) -> int:
    """The first token of an aside of the occasion set off by commas right before ``بالقول``
    (``وعلق الباحث الهادي بن رمضان، في تصريح لإذاعة قفصة، بالقول إن`` → في), or ``saying``
    when none stands there: the verb ``بالقول`` continues is sought before it."""
    if not any(char in "،," for char in document.gap_before(saying)):
        return saying
    for index in range(saying - 1, max(sentence.first, saying - _ASIDE_WORDS) - 1, -1):
        if document.quote_of[index] is not None:
            return saying
        if any(char in "،," for char in document.gap_before(index)):
            return index if document.norm(index) in _ASIDE_OPENERS else saying
    return saying


_ASIDE_WORDS = 6


def _subject_saying_by(document: Document, sentence: Sentence, verb: int) -> Subject | None:
    """The named subject right after the verb ``بالقول`` continues: ``فيما شكر كيم مضيفه
    بالقول: "…"`` → Kim (his host is the object); none named, no speaker.  A verb after a
    relative pronoun is its antecedent's: ``صافح كيم مضيفه الذي بادره بالقول`` → the host."""
    if document.cue_form(verb) is not None:
        return _subject_for_cue(document, sentence, verb)[0]
    gender = subjectless.relative_gender(document.norm(verb - 1)) if verb > sentence.first else None
    if gender is not None:  # ``صافح كيم مضيفه الذي بادره بالقول``: the host, not Kim (round 28)
        return subjectless.antecedent_of_relative(document, sentence, verb, gender)
    after = _past_adverb_of_the_occasion(document, sentence, verb + 1)
    if after > verb + 1 and document.norm(after) in _TOASTS:
        return _subject_of_the_occasion(document, sentence, verb)
    first, end = noun_phrase(document, sentence, after)
    subject = resolve_phrase(document, first, end, MASCULINE) if end > first else None
    return subject if subject is not None and subject.named else None


# ``خلالها``, ``في نهايتها``: when, in the occasion the sentence opened with, a toast was raised
# (the adverbs are ``_OCCASION_ADVERBS`` above).
_OCCASION_PARTS = frozenset(normalize("في عند مع").split())


def _past_adverb_of_the_occasion(document: Document, sentence: Sentence, index: int) -> int:
    """The token after an adverb that points back to the occasion (``خلالها``, ``في نهايتها``,
    ``في ختامه``), or ``index`` when none stands there."""
    if index >= sentence.end:
        return index
    if document.norm(index) in _OCCASION_ADVERBS:
        return index + 1
    if (
        index + 1 < sentence.end
        and document.norm(index) in _OCCASION_PARTS
        and document.norm(index + 1).endswith(("ها", "ه"))
        and document.match_at.get(index + 1) is None
    ):
        return index + 2
    return index


def _subject_of_the_occasion(document: Document, sentence: Sentence, verb: int) -> Subject | None:
    """A toast raised with no subject of its own, in the occasion an earlier clause opened: ``أقام
    الرئيس الروسي مأدبة على شرف ضيفه، رفع خلالها نخب "…"`` → Putin, the host of the banquet
    (the sentence's opening subject, a registry person whose gender the verb agrees with)."""
    if verb == sentence.first:
        return None
    opening = opening_subject(document, sentence)
    if opening is None or opening.key is None or kind_of(document, opening.key) != "person":
        return None  # an unknown name there may be the banquet's (``الرئيس مأدبة غداء``)
    gender = FEMININE if document.norm(verb).endswith("ت") else MASCULINE
    return _inherited(opening, CONFIDENCE_SAME_SENTENCE) if _agrees(opening, gender) else None


_BY_SAYING_REACH = 14
_CLAUSE_OPENERS = frozenset(normalize("فيما بينما ثم حين عندما وفيما وبينما").split())


_WHAT = frozenset(normalize("ما وما فما").split())
_STRIKING = frozenset(normalize("لفت يلفت").split())


def _striking_not_saying(document: Document, sentence: Sentence, cue: int, form: str) -> bool:
    """``ما يلفت``/``ما لفت`` is what strikes the eye, not someone pointing out: ``ولعل ما
    يلفت في المقال اقتباسه من مذكرات دبلوماسي سوفياتي سابق عبارة "…"`` → the words are the
    diplomat's, never the last speaker's; ``ولفت الوزير إلى أن "…"`` stays the minister's."""
    return form in _STRIKING and cue > sentence.first and document.norm(cue - 1) in _WHAT


def _is_host_not_participle(document: Document, sentence: Sentence, cue: int, form: str) -> bool:
    """A feminine participle with no feminine speaker before it in its sentence is a noun and
    its pronoun: ``بينما أهدى الزعيم الكوري مضيفه "بندقية"`` (his host), not ``مضيفةً`` (adding);
    the quote then belongs to the cue before it (``وأضاف أن …``)."""
    if form not in cues.PARTICIPLE_CUES or form not in cues.FEMININE_CUES or form in cues.MASCULINE_CUES:
        return False
    if cue == sentence.first or any(char in "،," for char in document.gap_before(cue)):
        return False  # ``…، مشيرةً إلى أن``: a participle after a comma
    if any(index < cue and subject.gender == FEMININE for index, subject in sentence.cue_subjects):
        return False
    named = document.match_ending.get(cue)  # ``فعانقته الوزيرة تشوي سون هي قائلةً``: her participle
    if named is not None and gender_of(document, named.key) == FEMININE:
        return False
    opening = opening_subject(document, sentence)
    return opening is None or opening.gender != FEMININE


def _statement_noun(token: str) -> bool:
    return token in cues.STATEMENT_NOUNS or (token[:1] in "بلو" and token[1:] in cues.STATEMENT_NOUNS)


def _is_statement_noun(document: Document, sentence: Sentence, index: int) -> bool:
    """``وجاء في بيان``, ``وفي بيان لوزارة الخارجية``, ``بتعليق جاء فيه``, ``مقالا جاء فيه``,
    ``وجاء في العبارة التي خطّها الزعيم``; not ``دوّت في القاعة عبارة "…"``."""
    token = document.norm(index)
    following = _past_topic(document, sentence, index + 1)
    authored = following < sentence.end and document.norm(following) in ("الذي", "التي")
    if not (_statement_noun(token) or (authored and bare(token) in cues.INSCRIPTIONS)):
        return False
    if following + 1 < sentence.end and document.norm(following) in cues.IMPERSONAL_VERBS:
        return document.norm(following + 1) in cues.IMPERSONAL_OBJECTS
    if index - 1 < sentence.first:
        return False
    previous = document.norm(index - 1)
    return previous in ("في", "وفي") or (token[:1] == "ب" and bare(previous) in cues.IMPERSONAL_VERBS)


_TOPICS = frozenset(normalize("حول بشأن حيال عن").split())
_TOPIC_REACH = 8


def _past_topic(document: Document, sentence: Sentence, first: int) -> int:
    """Past what a statement is about, to the ``جاء فيه`` after it: ``أصدرت الوزارة بياناً حول
    القمة الروسية الكورية جاء فيه أن`` → جاء, also ``شريطاً عن الزيارة جاء فيه``; ``first``
    itself when no topic, or no ``جاء فيه`` closes it within a few words with no comma between."""
    if first >= sentence.end or document.norm(first) not in _TOPICS:
        return first
    for index in range(first + 1, min(sentence.end - 1, first + _TOPIC_REACH)):
        if any(char in "،,:" for char in document.gap_before(index)) or document.quote_of[index] is not None:
            return first
        if (
            document.norm(index) in cues.IMPERSONAL_VERBS
            and document.norm(index + 1) in cues.IMPERSONAL_OBJECTS
        ):
            return index
    return first


def _referred_statement(document: Document, sentence: Sentence, noun: int, quote_token: int) -> bool:
    """A statement the subject refers to, with its issuer and its words: ``ويلفت الموسوي إلى
    تصريح وزارة الخارجية الأمريكية بأن "…"`` → the State Department's words, not the
    analyst's (he only points to them)."""
    token = document.norm(noun)
    if quote_token - noun < 3 or not (token in _REFERRED_STATEMENTS or token[1:] in _REFERRED_STATEMENTS):
        return False
    if noun > sentence.first and document.norm(noun - 1) in ("الي", "علي"):
        return document.norm(quote_token - 1) in ("بان", "ان") and all(
            document.quote_of[index] is None for index in range(noun, quote_token - 1)
        )
    return _fronted_statement(document, sentence, noun, quote_token)


def _fronted_statement(document: Document, sentence: Sentence, noun: int, quote_token: int) -> bool:
    """A statement that opens the sentence as its topic, its issuer right after it and its words
    in a reported clause: ``أما تحذير البيت الأبيض من أن موسكو "ستدفع ثمن …" فلا يعدو …`` → the
    White House's words, though no verb of saying governs them."""
    opening = noun == sentence.first or (
        noun == sentence.first + 1 and document.norm(sentence.first) in _AS_FOR
    )
    issuer = document.match_at.get(noun + 1)
    if not opening or issuer is None or issuer.alias_kind == DEMONYM:
        return False
    clause = next(
        (index for index in range(issuer.end_token, quote_token) if is_complementizer(document, index)),
        None,
    )
    return (
        clause is not None
        and quote_token - clause <= _CLAUSE_TO_QUOTE
        and all(document.quote_of[index] is None for index in range(noun, quote_token))
    )


_AS_FOR = frozenset(normalize("أما وأما").split())
_CLAUSE_TO_QUOTE = 3


_REFERRED_STATEMENTS = frozenset(normalize("تصريح تصريحات بيان إعلان تحذير تأكيد").split())


def _words_of_the_subject(document: Document, sentence: Sentence, index: int) -> bool:
    """``خلّد الزعيم زيارته بكلمات دوّنها في سجل الزوار، جاء فيها: "…"``: ``جاء فيها`` after a
    comma, the words the sentence's subject wrote (on a banner, ``لافتة …، جاء فيها``, nobody's)."""
    if bare(document.norm(index)) not in cues.IMPERSONAL_VERBS or index + 1 >= sentence.end:
        return False
    if document.norm(index + 1) not in cues.IMPERSONAL_OBJECTS:
        return False
    return any(char in "،," for char in document.gap_before(index))


# Far enough for a name with its apposition between the verb and the noun: ``وقالت الرفيقة كيم يو
# جونغ، نائبة مدير دائرة في اللجنة المركزية للحزب، في بيان صحفي إن "…"`` (16 words).
_GOVERNING_REACH = 18


def _verb_governing(document: Document, sentence: Sentence, noun: int) -> int | None:
    """The verb of saying whose adverbial the noun is: ``وقالت وزارة الدفاع في بيان منفصل``,
    also past a quoted name: ``وكتبت صحيفة "رودونغ سينمون" في مقالها الافتتاحي``."""
    for index in range(noun - 1, max(sentence.first, noun - _GOVERNING_REACH) - 1, -1):
        if document.quote_of[index] is not None and document.is_statement_token(index):
            return None
        if is_complementizer(document, index):
            return None
        form = document.cue_form(index)
        if form is not None and _striking_not_saying(document, sentence, index, form):
            return None  # ``ما يلفت في المقال اقتباسه … عبارة "…"``: no verb of saying governs it
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
    if bare(document.norm(noun)) in cues.IMPERSONAL_VERBS:
        return opening_subject(document, sentence)  # ``بكلمات دوّنها في سجل الزوار، جاء فيها``
    first = noun + 1
    if (
        first + 1 < sentence.end
        and document.norm(first) in ("صادر", "الصادر", "صدر")
        and document.norm(first + 1) == "عن"
    ):
        first += 2
    elif first + 2 < sentence.end and document.norm(first) in ("الذي", "التي"):
        first = _past_sent_it(document, sentence, first + 1)  # العبارة التي خطّها الزعيم
    elif first + 1 < sentence.end and document.norm(first) in _PUBLISHED_IT:
        first = _past_sent_it(document, sentence, first)  # ``وجاء في بيان نشره الكرملين``
    elif first + 1 < sentence.end and document.norm(first) in _RECEIVED_IT:
        return _sender(document, sentence, first + 1)
    else:
        first = _past_topic(document, sentence, first)  # ``بياناً حول القمة جاء فيه``
    if first < sentence.end and document.norm(first) in _TO_WHOM:
        return None  # ``وفي رسالة إلى الرئيس بوتين: "…"``: written to him, not by him
    issuer = None
    impersonal = first < sentence.end and document.norm(first) in cues.IMPERSONAL_VERBS
    if first < sentence.end and document.quote_of[first] is None and not impersonal:
        phrase = noun_phrase_allowing_addressee(document, sentence, first)
        issuer = resolve_phrase(document, *phrase, MASCULINE, as_source=True)
    if (issuer is None or not issuer.identified) and impersonal:
        issuer = _writer_in_reported_clause(document, sentence, noun)
    if (issuer is None or not issuer.identified) and (impersonal or _possessed(document.norm(noun))):
        issuer = opening_subject(document, sentence)  # ``وأرفقته بتعليق جاء فيه``, ``في افتتاحيتها``
    if issuer is None and document.norm(noun).startswith("ال"):
        issuer = document.role("بيان", noun)  # ``وجاء في البيان``: the statement named before
    if issuer is None and document.norm(noun).startswith("ال"):
        issuer = _sender_of_earlier(document, sentence, noun)
    if issuer is not None and issuer.named:
        document.roles["بيان"] = (noun, issuer)
    return issuer


_TO_WHOM = frozenset(normalize("إلى الى").split())


def _writer_in_reported_clause(document: Document, sentence: Sentence, noun: int) -> Subject | None:
    """Words written in a reported clause are its subject's, not the reporter's (round 26b):
    ``أفاد مراسل "سبوتنيك" بأن الزعيم كيم جونغ أون ترك في سجل الزوار كلمة جاء فيها: "…"`` →
    Kim.  Only a named subject right after the complementizer, with its own verb before the
    noun, and no quote or verb of saying between (``بأن أحد الزوار ترك …``: none)."""
    for index in range(noun - 1, sentence.first - 1, -1):
        if document.quote_of[index] is not None or document.cue_form(index) is not None:
            return None
        if document.norm(index) in cues.COMPLEMENTIZERS:
            break
    else:
        return None
    first, end = noun_phrase(document, sentence, index + 1)
    if first != index + 1 or end >= noun - 1:
        return None
    subject = resolve_phrase(document, first, end, MASCULINE, before_verb=True)
    return subject if subject is not None and subject.named else None


def _sender_of_earlier(document: Document, sentence: Sentence, noun: int) -> Subject | None:
    """``بعث الزعيم كيم جونغ أون برقية شكر إلى بوتين …`` then ``وجاء في البرقية أيضا أن "…"``:
    the definite noun is the one sent before, and its sender is the subject of the sentence
    that sent it (the sentence's opening verb, not a verb of saying)."""
    word = bare(document.norm(noun))[2:]
    for index in range(noun - 1, max(-1, noun - _EARLIER_REACH), -1):
        if bare(document.norm(index)) not in (word, "ب" + word):
            continue
        earlier = document.sentence_at(index)
        if earlier is None or earlier is sentence:
            return None
        subject = opening_subject(document, earlier)
        return subject if subject is not None and subject.named else None
    return None


_EARLIER_REACH = 120
# ``بيان نشره الكرملين``, ``بيان أصدرته الوزارة``: a verb of publishing with the statement as
# object; and of sending, writing or delivering it: ``برقية بعثها``, ``رسالة أرسلها``, ``كلمة
# ألقاها``, also ``بعث بها`` with its preposition apart.
_PUBLISHED_IT = frozenset(
    normalize(
        "نشره نشرته أصدره أصدرته وزعه وزعته أذاعه أذاعته بثه بثته "
        "نشرها نشرتها أصدرها أصدرتها بثها بثتها بعث بعثت بعثه بعثها بعثته بعثتها أرسله أرسلها "
        "أرسل أرسلت أرسلته أرسلتها وجهه وجهها وجهته وجهتها ألقاه ألقاها ألقته ألقتها كتبه كتبها كتبته كتبتها "
        "خطه خطها خطته خطتها دونه دونها دونته دونتها"
    ).split()
)
# ``برقية تلقاها كيم من بوتين``: the one who received it is not who wrote it.
_RECEIVED_IT = frozenset(normalize("تلقاه تلقاها تلقته تلقتها تسلمه تسلمها تسلمته تسلمتها").split())
# What stands between the verb of sending and its subject: ``بعث بها``, ``بعثها إليه``.
_SENT_TO = frozenset(normalize("به بها إليه إليها اليه اليها له لها").split())


def _past_sent_it(document: Document, sentence: Sentence, verb: int) -> int:
    """Where the subject of a verb of sending, writing or publishing begins after the verb with
    the statement as its object: ``برقية بعث بها كيم إلى بوتين`` → ``كيم``; ``برقية بعثها إليه
    الرئيس بوتين`` → ``الرئيس``, past the addressee's pronoun."""
    first = verb + 1
    while first < sentence.end and document.norm(first) in _SENT_TO:
        first += 1
    return first


def _sender(document: Document, sentence: Sentence, first: int) -> Subject | None:
    """Who sent a message someone received: ``وجاء في برقية تلقاها كيم من بوتين: "…"`` → Putin,
    the name after ``من``; with none, nobody (the one who received it did not write it)."""
    end = noun_phrase(document, sentence, first)[1]
    if end < sentence.end and document.norm(end) == "من":
        sender = resolve_phrase(document, *noun_phrase(document, sentence, end + 1), MASCULINE)
        if sender is not None and sender.identified:
            return sender
    return Subject(None, "", MASCULINE, 0.0)


def _possessed(token: str) -> bool:
    """``افتتاحيتها``, ``بيانه``: a statement of the sentence's own subject."""
    return token.endswith(("ها", "ه", "هم")) and not token.endswith(("يه", "اه"))


def _outer_cue(document: Document, sentence: Sentence, cue: int) -> int:
    """The cue whose clause holds this one, when this one has no subject of its own:
    ``أوضح مادن أن حضور جو تشون ريونغ يشير إلى أن "…"`` → أوضح."""
    form = document.cue_form(cue)
    if has_conjunction(document, cue) or form in cues.PARTICIPLE_CUES:
        return cue
    own = sentence.subject_of_cue.get(cue)
    briefed = _briefing_told_by_a_listener(document, sentence, cue)
    if briefed is not None:
        return briefed  # ``قال النائب يو … إن جهاز الاستخبارات أبلغ النواب بأن "…"``: the lawmaker
    if own is not None and own.identified:
        return cue  # ``بعد أن قال المتحدث … ماثيو ميلر … إن`` has a subject of its own
    if _subject_of_that_he(document, sentence, cue, cue_gender(form)) is not None:
        return cue  # ``ذكرت الوكالة أن كيم …، وأنه وصف ما شاهده بأنه "…"``: his words
    if own is not None and own.text and describes(normalize(own.text.split()[0])):
        return cue  # ``وأشارت الوكالة إلى أن الوزير قال``: a minister nobody named, not the agency
    if _subject_inside_another_report(document, sentence, cue, cue_gender(form)) is not None:
        return cue  # ``ذكرت الوكالة أن …، وأن رئيس الجامعة قال له``: his words, not the agency's
    earlier = _enclosing_cue(document, sentence, cue)
    if earlier is not None and own is not None and own.text and _statement_between(document, earlier, cue):
        return cue  # ``أن يقول بوتين: "…"، ولا أن يردّ الضيف: "…"``: the earlier cue had its own quote
    if earlier is not None and _speaker_between(document, sentence, earlier, cue):
        return cue  # ``مؤكداً أن "…"، فيما ردّ كيم بكلمة قال فيها: "…"``: Kim's clause, not مؤكداً's
    return earlier if earlier is not None else cue


def _speaker_between(document: Document, sentence: Sentence, earlier: int, cue: int) -> bool:
    """A verb of saying with a named subject of its own between the enclosing cue's quote and
    this cue opens a clause of its own (round 27): ``صافح بوتين ضيفه، مؤكداً أن "…"، فيما ردّ
    الزعيم الكوري كيم جونغ أون بكلمة قال فيها: "…"`` → قال goes with ردّ (Kim)."""
    return _statement_between(document, earlier, cue) and any(
        earlier < index < cue and subject.identified for index, subject in sentence.subject_of_cue.items()
    )


# ``أبلغ النواب``, ``أطلعت أعضاء اللجنة``: a briefing given to those who then report it.
_BRIEFED = frozenset(normalize("أبلغ أبلغت أطلع أطلعت").split())
_BRIEFED_THEM = frozenset(normalize("أبلغهم أبلغتهم أطلعهم أطلعتهم").split())
_LISTENERS = frozenset(normalize("النواب المشرعين البرلمانيين أعضاء الأعضاء").split())


def _briefing_told_by_a_listener(document: Document, sentence: Sentence, cue: int) -> int | None:
    """A briefing behind closed doors, reported by one who heard it (round 27): ``قال النائب
    الكوري الجنوبي يو سانغ بوم إن جهاز الاستخبارات الوطني أبلغ النواب بأن بيونغ يانغ "…"`` →
    the lawmaker's words (he tells what the service told the lawmakers), not the service's; the
    enclosing cue, when its subject is a registry person.  ``وأشارت الوكالة إلى أن الوزير أبلغ
    نظيره بأن "…"`` (an agency, another addressee) keeps the minister."""
    verb = cues.strip_conjunction(document.norm(cue))
    following = cue + 1
    to_listeners = following < sentence.end and document.norm(following) in _LISTENERS
    if verb not in _BRIEFED_THEM and not (verb in _BRIEFED and to_listeners):
        return None
    earlier = _enclosing_cue(document, sentence, cue)
    teller = sentence.subject_of_cue.get(earlier) if earlier is not None else None
    if teller is None or not teller.identified or kind_of(document, teller.key) != "person":
        return None
    return earlier


def _statement_between(document: Document, first: int, end: int) -> bool:
    return any(
        document.quote_of[index] is not None and document.is_statement_token(index)
        for index in range(first, end)
    )


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
    إلى أن حاكم الإقليم قال للصحفيين "…"`` → the governor speaks, TASS relays; also a verb
    joined to that clause (`_subject_of_reported_clause`)."""
    if has_conjunction(document, cue) and not _continues_reported_clause(document, sentence, cue):
        return None
    outer = _enclosing_cue(document, sentence, cue)
    subject = sentence.subject_of_cue.get(outer) if outer is not None else None
    if subject is None or subject.key is None or kind_of(document, subject.key) != "medium":
        return None
    return subject.key


def _subject_of_reported_clause(
    document: Document, sentence: Sentence, cue: int, gender: str
) -> Subject | None:
    """A verb of saying with no subject, joined by و to a reported clause whose reporter does
    not agree with it, goes on with that clause's subject: ``ذكرت وكالة ريا نوفوستي أن وزير
    الدفاع الروسي سيرغي شويغو عرض على ضيفه الصواريخ، وقال له: "…"`` → Shoigu (the agency is
    feminine, وقال masculine), relayed by the agency.  Only a named subject right after the
    complementizer, with a verb of its own after it, or with the clause's quoted words right
    after it: ``وأشارت الوكالة إلى أن الضيف "تعرّف على خط التجميع"، وكتب في سجل الزوار: "…"``
    → the guest."""
    if not has_conjunction(document, cue):
        return None
    predicate = None  # the first token of the quote the clause's subject is said to have done
    for index in range(cue - 1, max(sentence.first, cue - _CUE_REACH) - 1, -1):
        if document.quote_of[index] is not None:
            if predicate is not None and document.quote_of[index] != document.quote_of[predicate]:
                return None  # two quotes stand between: not this clause's
            predicate = index
            continue
        if document.cue_form(index) is not None:
            return None  # another verb of saying stands between: not this clause's
        if document.norm(index) in cues.COMPLEMENTIZERS:
            break
    else:
        return None
    if _enclosing_cue(document, sentence, index + 1) is None:
        return None
    first, end = noun_phrase(document, sentence, index + 1)
    if first != index + 1 or end >= cue - 1 or (predicate is not None and end != predicate):
        return None
    subject = resolve_phrase(document, first, end, gender, before_verb=True)
    if subject is None or not subject.named or not _agrees(subject, gender):
        return None
    return subject


def _continues_reported_clause(document: Document, sentence: Sentence, cue: int) -> bool:
    clause = _subject_of_reported_clause(document, sentence, cue, cue_gender(document.cue_form(cue) or ""))
    return clause is not None and sentence.subject_of_cue.get(cue) == clause


def _subject_for_cue(document: Document, sentence: Sentence, cue: int) -> tuple[Subject | None, str]:
    """The subject of the cue at ``cue``: explicit, else inherited."""
    form = document.cue_form(index=cue)
    cue_text = _written(document, cue)
    if form in cues.SOURCE_CUES or (form is None and _as_said_by(document, cue)):
        return _source_subject(document, sentence, cue + 1), cue_text
    gender = cue_gender(form)
    shown = _shown_saying(document, sentence, cue, gender)
    if shown is not None:
        return shown, cue_text
    greeting = subject_after_object_verb(document, sentence, cue) if form in cues.PARTICIPLE_CUES else None
    if greeting is not None:  # ``، وصافحه بوتين قائلاً``
        return (greeting if greeting.identified else None), cue_text
    that_he = _subject_of_that_he(document, sentence, cue, gender)
    if that_he is not None:
        return that_he, cue_text
    reported = _subject_inside_another_report(document, sentence, cue, gender)
    if reported is not None:  # one the rules cannot tell (``رئيس الجامعة``): no speaker
        return (reported if reported.identified else None), cue_text
    own = introductions.had_already_said(document, sentence, cue) or sentence.subject_of_cue.get(cue)
    if own is not None:
        return own, cue_text
    when = _named_right_before_when(document, sentence, cue, gender)
    if when is not None:
        return when, cue_text
    quoted = _quoted_subject(document, sentence, cue, gender)
    if quoted is not None:
        return quoted, cue_text
    introduced = introductions.introduced_while_saying(document, sentence, cue, gender)
    if introduced is not None:  # the next ``وتتابع`` goes on with her
        sentence.cue_subjects.append((cue, introduced))
        sentence.subject_of_cue[cue] = introduced
        return introduced, cue_text
    # The nearest verb before, by position: an opening subject inherited by an earlier quote is
    # added after the verbs read with the sentence (``رفع بوتين كأسه، متمنياً "…"، فيما ردّ كيم
    # بنخب قال فيه: "…"`` → Kim, of ردّ, not Putin, inherited by متمنياً).
    for index, subject in sorted(sentence.cue_subjects[-_HISTORY:], key=_position, reverse=True):
        if index < cue and subject.identified and _agrees(subject, gender):
            return _inherited(subject, CONFIDENCE_SAME_SENTENCE), cue_text
    if form in cues.PARTICIPLE_CUES and _untold_opening_speaker(sentence, cue, gender):
        return None, cue_text
    opening = opening_subject(document, sentence)
    if form in cues.PARTICIPLE_CUES and (opening is None or not _agrees(opening, gender)):
        unnamed = _unnamed_subject_of_opening_verb(document, sentence, cue)
        if unnamed is not None:
            return unnamed, cue_text
    if opening is not None and _agrees(opening, gender):
        if cue not in sentence.subject_of_cue:  # the next ``وأضاف`` continues with this speaker
            sentence.cue_subjects.append((cue, opening))
            sentence.subject_of_cue[cue] = opening
        return _inherited(opening, CONFIDENCE_SAME_SENTENCE), cue_text
    clause = _subject_of_reported_clause(document, sentence, cue, gender)
    if clause is not None:
        sentence.cue_subjects.append((cue, clause))
        sentence.subject_of_cue[cue] = clause
        return _inherited(clause, CONFIDENCE_SAME_SENTENCE), cue_text
    for subject in reversed(document.history):
        if subject.identified and _agrees(subject, gender):
            return _inherited(subject, CONFIDENCE_INHERITED), cue_text
    return None, cue_text


def _named_right_before_when(document: Document, sentence: Sentence, cue: int, gender: str) -> Subject | None:
    """A verb of saying after ``حين``/``عندما`` (any of `WHEN`) with no subject of its own is the
    one's named right before (round 26a): ``ما ذهبت إليه المتحدثة باسم الخارجية الروسية ماريا
    زاخاروفا حين قالت، في إحاطتها، إن "…"`` → Zakharova.  Only a registry person under a
    description or a title, whose gender the verb agrees with; after another person's name
    (``وانتقد بايدن بوتين حين قال``, who said it is unclear) nobody."""
    when = cue - 1
    if when - 1 <= sentence.first or document.norm(when) not in WHEN:
        return None
    subject = _registry_person_ending_at(document, when, gender)
    match = document.match_ending.get(when)
    if subject is None or match.proclitic or match.first_token < 1:
        return None
    before = match.first_token - 1
    earlier = document.match_ending.get(match.first_token)
    if earlier is not None and match_kind(document, earlier) == "person":
        described = earlier.key == match.key  # her title, then her name
    else:
        described = describes(document.norm(before)) or (
            earlier is not None and match_kind(document, earlier) in ("organisation", "country")
        )
    return subject if described else None


_QUOTED_SUBJECT_REACH = 8


def _position(cue_subject: tuple[int, Subject]) -> int:
    return cue_subject[0]


_WHILE_HE = {normalize("وهو"): MASCULINE, normalize("وهي"): FEMININE}


def _untold_opening_speaker(sentence: Sentence, cue: int, gender: str) -> bool:
    """A participle after a verb of saying whose written subject the rules cannot tell goes with
    that subject, never with an earlier sentence's speaker: ``وعلّق السفير البريطاني السابق في
    سيول، في حديث لإيلاف، قائلاً إن "…"`` after Putin → nobody named, not Putin."""
    if not sentence.cue_subjects:
        return False
    index, subject = sentence.cue_subjects[0]
    return index < cue - 1 and bool(subject.text) and not subject.identified and _agrees(subject, gender)


def _shown_saying(document: Document, sentence: Sentence, cue: int, gender: str) -> Subject | None:
    """Footage or pictures of someone ``وهو يقول``: the one shown speaks, not the medium that
    showed him: ``وبثت وسائل الإعلام الرسمية لقطات لبوتين وهو يقول لضيفه: "…"`` → Putin.  The
    person is the registry actor right before ``وهو``/``وهي`` (glued to ل or not), of its gender."""
    if cue < 2 or _WHILE_HE.get(document.norm(cue - 1)) != gender:
        return None
    return _registry_person_ending_at(document, cue - 1, gender)


_AND_THAT = frozenset(normalize("وأن وبأن").split())


def _subject_inside_another_report(
    document: Document, sentence: Sentence, cue: int, gender: str
) -> Subject | None:
    """A report's second clause whose own subject stands before its verb of saying: ``ذكرت
    وكالة ريا نوفوستي أن كيم زار الجامعة، وأن رئيس الجامعة قال له: "…"`` → the university's
    head, unnamed (the agency only reports it, and the opening subject is the agency's).  The
    words between ``وأن`` and the verb are one noun phrase, named, described or neither (then
    nobody: better than the agency); the agency relays (``_reporting_medium``)."""
    comp = cue - 1
    while comp > sentence.first and cue - comp <= MAX_SUBJECT_WORDS and document.norm(comp) not in _AND_THAT:
        comp -= 1
    if document.norm(comp) not in _AND_THAT or comp + 1 >= cue:
        return None
    first, end = noun_phrase(document, sentence, comp + 1)
    if first != comp + 1 or end != cue:
        return None
    subject = resolve_phrase(document, first, end, gender)
    if subject is None or not subject.text:
        return None
    return _inherited(subject, CONFIDENCE_SAME_SENTENCE) if subject.identified else subject


MAX_SUBJECT_WORDS = 6
# ``وأنه``/``وأنها`` right before the verb: a report's next clause, its subject a pronoun.
_AND_THAT_HE = {normalize(word): MASCULINE for word in ("وأنه", "وبأنه")} | {
    normalize(word): FEMININE for word in ("وأنها", "وبأنها")
}
_THAT = frozenset(normalize("أن بأن").split())


def _subject_of_that_he(document: Document, sentence: Sentence, cue: int, gender: str) -> Subject | None:
    """A report's second clause whose subject is a pronoun (``وأنه``) goes on with the named
    subject of its first clause: ``وذكرت وكالة الأنباء المركزية الكورية أن كيم أبدى إعجابه
    بـ"…"، وأنه وصف ما شاهده بأنه "…"`` → Kim, relayed by the agency (not the agency's own
    words); ``وأفادت وكالة تاس بأن كيم تفقد المركز، وأنه كتب في سجل الزوار: «…»`` → Kim.
    Only a registry actor of the pronoun's gender right after the first ``أن``/``بأن``, that
    clause reported by a verb of saying."""
    that_he = cue - 1
    if that_he <= sentence.first or _AND_THAT_HE.get(document.norm(that_he)) != gender:
        return None
    if document.gap_before(cue).strip():
        return None
    for index in range(max(sentence.first, that_he - _CUE_REACH), that_he):
        # the first ``أن`` a verb of saying reports: ``ذكرت الوكالة أن كيم أكد أن بوتين سيزور
        # …، وأنه قال`` goes on with Kim, not with Putin of the clause inside his
        if document.quote_of[index] is not None or document.norm(index) not in _THAT:
            continue
        if _enclosing_cue(document, sentence, index + 1) is None:
            continue
        match = document.match_at.get(index + 1)
        if match is None or match.alias_kind == DEMONYM or match.proclitic:
            return None
        subject = subject_from_match(
            document, match, gender_of(document, match.key), CONFIDENCE_SAME_SENTENCE
        )
        return subject if subject.identified and _agrees(subject, gender) else None
    return None


def _registry_person_ending_at(document: Document, end: int, gender: str) -> Subject | None:
    match = document.match_ending.get(end)
    if match is None or match.alias_kind == DEMONYM:
        return None
    actor = document.gazetteer.actor(match.key)
    if actor is None or actor.kind != "person":
        return None
    text = document.text[document.tokens[match.first_token][0] : document.tokens[end - 1][1]]
    subject = Subject(match.key, text, gender_of(document, match.key), CONFIDENCE_SAME_SENTENCE)
    return subject if _agrees(subject, gender) else None


def _quoted_subject(document: Document, sentence: Sentence, cue: int, gender: str) -> Subject | None:
    """A name in quote marks right after the verb is its subject, not a quote to inherit past:
    in an editorial headed ``رأي الوطن``, ``وقد نبهت «الوطن» مراراً إلى أن "…"`` → the paper;
    a name the rules cannot tell (no registry medium, not the paper) gives nobody.  A subject
    only when a reported clause (``أن``) follows it before any other quote."""
    first = cue + 1
    quote = document.quote_of[first] if first < sentence.end else None
    if quote is None or document.quotes[quote].kind != "term" or document.quote_of[cue] == quote:
        return None
    after = first
    while after < sentence.end and document.quote_of[after] == quote:
        after += 1
    clause = next(
        (
            index
            for index in range(after, min(sentence.end, after + _QUOTED_SUBJECT_REACH))
            if document.quote_of[index] is not None or is_complementizer(document, index)
        ),
        None,
    )
    if clause is None or document.quote_of[clause] is not None:
        return None  # ``وأضاف “لا تعليق”``: the quoted words are what was said, not who said it
    text = document.quotes[quote].text
    paper = references.editorial_paper(document)
    if paper is not None and (
        (paper.proposed is not None and paper.proposed.normalized == normalize(text))
        or (paper.key is not None and document.gazetteer.whole_match(text) == paper.key)
    ):
        return _inherited(paper, CONFIDENCE_SAME_SENTENCE)
    return Subject(None, text, gender, 0.0)


def _unnamed_subject_of_opening_verb(document: Document, sentence: Sentence, cue: int) -> Subject | None:
    """A participle of saying after a verb that is not one of saying takes that verb's subject,
    also an unnamed one, never an earlier speaker: ``وقد لخّص لي أحد المسؤولين الأتراك
    الموقف قائلاً: "…"`` → the unnamed official (not the president quoted before)."""
    verb = max(sentence.first, document.dateline_end if sentence.first == 0 else 0)
    verb = next(
        (
            index
            for index in range(verb + 1, min(cue, verb + _FRONTED_WORDS + 1))
            if any(char in "،," for char in document.gap_before(index))
        ),
        verb,
    )  # ``وفي المساء، هزّ أحد الخبراء رأسه متسائلاً``: past a fronted adverbial
    while verb < cue and document.norm(verb) in _BEFORE_A_VERB:
        verb += 1
    if verb >= cue - 1 or document.quote_of[verb] is not None or not names.is_name_word(document, verb):
        return None
    first = verb + 1
    if document.norm(first) in _TO_ME:
        first += 1  # ``لخّص لي``: to the writer
    if first >= cue:
        return None
    phrase = noun_phrase(document, sentence, first)
    if phrase[0] != first or phrase[1] > cue:
        return None
    subject = resolve_phrase(document, *phrase, cue_gender(document.cue_form(cue) or ""))
    if subject is None or subject.named or not subject.description:
        return None
    return _inherited(subject, CONFIDENCE_SAME_SENTENCE)


_BEFORE_A_VERB = frozenset(normalize("قد وقد فقد لقد ثم").split())
_FRONTED_WORDS = 4
_TO_ME = frozenset(normalize("لي لنا").split())


def _source_subject(document: Document, sentence: Sentence, first: int) -> Subject | None:
    """Who ``بحسب``/``وفقًا لـ`` names: ``وفق ما ذكرت X`` → X; ``وفقا لما نقلته وكالة رويترز عن
    مسؤول أمريكي`` → the official (the agency only carried the words)."""
    if first + 1 < sentence.end and document.norm(first) in _IN_THE_WORDS_OF:
        first += 1  # ``بحسب قول المتحدث …``: in the words of (round 26b)
    if first < sentence.end and document.norm(first) in ("ما", "لما"):
        first += 1
        verb = first
        says = verb < sentence.end and (document.cue_form(verb) is not None or _said_it(document.norm(verb)))
        if says or (verb < sentence.end and document.norm(verb) in cues.RELAYED_IN):
            first += 1
            if first < sentence.end and document.norm(first) in _OF_IT:
                first += 1  # ``بحسب ما أفاد به المتحدث``
            relayed = cues.strip_conjunction(document.norm(verb))
            if relayed in cues.RELAY_VERBS or relayed in cues.RELAYED_IN:
                for index in range(first, min(sentence.end, first + 6)):
                    if document.norm(index) == "عن":
                        phrase = noun_phrase(document, sentence, index + 1)
                        return resolve_phrase(document, *phrase, MASCULINE)
    phrase = noun_phrase_allowing_addressee(document, sentence, first)
    return resolve_phrase(document, *phrase, MASCULINE, as_source=True)


_OF_IT = frozenset(normalize("به بها").split())


def _said_it(token: str) -> bool:
    """A verb of saying with its object glued: ``وفق ما ذكره مصدر دبلوماسي`` → ذكر."""
    return any(
        token.endswith(suffix) and len(token) - len(suffix) >= 3 and token[: -len(suffix)] in cues.ALL_CUES
        for suffix in ("ه", "ها", "ته", "تها")
    )


_IN_THE_WORDS_OF = frozenset(normalize("تعبير وصف قول").split())


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


_WHAT_IT_REFERS_TO = frozenset(normalize("به بها").split())


def _source_after(
    document: Document, sentence: Sentence, quote: QuoteSpan
) -> tuple[Subject | None, str, bool, bool, str | None]:
    """A cue after the quote: ``"…"، قال بيسكوف`` right after it, or a source anywhere later in
    the sentence: ``«…»، بحسب ما قال لافروف``, ``… "قوى الشر"، …، وفق ما ذكرت شبكة "سي. إن. إن"``.

    Returns the subject, the cue as written, whether the cue names a source (بحسب، وفق)
    rather than a speaker, whether another statement stands between, and the medium that
    carried the words (``حسبما نقلت وكالة تاس عن أوشاكوف``); a ``، وقال`` with its
    conjunction starts a new clause, not an aside.
    """
    first_after = bisect.bisect_left(document.token_starts, quote.end, sentence.first, sentence.end)
    after = range(first_after, min(sentence.end, first_after + _CUE_REACH))
    crossed = False  # past another statement, only a source names the speaker of both
    for position, index in enumerate(after):
        if document.quote_of[index] is not None and document.is_statement_token(index):
            crossed = True
            continue
        form = document.cue_form(index)
        if form is None and _as_said_by(document, index):
            form = "حسب"  # ``على حد قول المحلل …``: a source, like بحسب
        if form is None and position < _RIGHT_WINDOW:
            form = _SUMMING_UP.get(cues.strip_conjunction(document.norm(index)))
            if form is None and position in (1, 2):  # ``هكذا`` or ``بهذه الكلمات`` before the verb
                form = _pointed_back_to(document, first_after, index)
        if form is None:
            continue
        is_source = form in cues.SOURCE_CUES or _as_aside(document, index)
        if crossed and not is_source:
            break
        if not is_source and (
            position >= _RIGHT_WINDOW
            or has_conjunction(document, index)
            or (index > first_after and document.norm(index - 1) in _CLAUSE_OPENERS)
        ):
            continue  # ``"…"، فيما قال كيم لمضيفه: "…"``: a clause of its own, with its own words
        first = index + 1
        if is_source:
            if first + 1 < sentence.end and document.norm(first) in _IN_THE_WORDS_OF:
                first += 1  # ``بحسب تعبير افتتاحية غلوبال تايمز``: in the words of its editorial
            if first < sentence.end and document.norm(first) == "ما":
                first += 1
                if first < sentence.end and document.cue_form(first) is not None:
                    first += 1
                    if first < sentence.end and document.norm(first) in _WHAT_IT_REFERS_TO:
                        first += 1  # ``وفق ما صرحت به المتحدثة … ماو نينغ``: what she stated
            phrase = noun_phrase_allowing_addressee(document, sentence, first)
        else:
            phrase = noun_phrase(document, sentence, first)
        subject = resolve_phrase(document, *phrase, cue_gender(form), as_source=is_source)
        relayed = _relayed_from(document, sentence, first - 1, phrase[1], subject)
        if relayed is not None:
            subject, medium = relayed
            return subject, _written(document, index), is_source, crossed, medium
        if subject is not None and (subject.named or subject.identified and not is_source):
            subject.confidence = min(subject.confidence, CONFIDENCE_SOURCE_AFTER)
            return subject, _written(document, index), is_source, crossed, None
    return None, "", False, False, None


def _relayed_from(
    document: Document, sentence: Sentence, verb: int, end: int, medium: Subject | None
) -> tuple[Subject, str] | None:
    """A medium after the quote that relays ``عن`` someone: ``"…"، حسبما نقلت وكالة تاس عن
    أوشاكوف`` → Ushakov, relayed by TASS, as ``نقلت وكالة تاس عن أوشاكوف قوله`` before the
    quote; an unnamed source after ``عن`` keeps his description, and one the rules cannot tell
    leaves the words to nobody (never to the medium); None when no relay verb, no medium or no
    ``عن``."""
    if verb < sentence.first or cues.strip_conjunction(document.norm(verb)) not in cues.RELAY_VERBS:
        return None
    if medium is None or medium.key is None or kind_of(document, medium.key) != "medium":
        return None
    if end >= sentence.end or document.norm(end) != "عن":
        return None
    speaker = resolve_phrase(document, *noun_phrase(document, sentence, end + 1), MASCULINE)
    if speaker is None or not speaker.identified:
        # ``"…"، هكذا نقلت صحيفة كوميرسانت عن مصدر لم تسمه``: someone's words the paper carried,
        # never the paper's own (round 25); an unnamed source keeps his description
        return Subject(None, "", MASCULINE, 0.0), medium.key
    speaker.confidence = min(speaker.confidence, CONFIDENCE_SOURCE_AFTER)
    return speaker, medium.key
