"""Attributing quotes to speakers with the conventions of Arabic news copy.

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
from dataclasses import dataclass, field
from functools import lru_cache

from articles.extraction import cues
from articles.extraction.actors import (
    DEMONYM,
    FEMININE,
    MASCULINE,
    Gazetteer,
    Match,
    ProposedActor,
    candidates,
)
from articles.extraction.normalize import normalize, token_spans
from articles.extraction.quotes import QuoteSpan

_SENTENCE_END = ".!?؟;؛"
_MAX_SUBJECT_TOKENS = 14
_SUBJECT_WINDOW = 4
_RIGHT_WINDOW = 5
# How far a quote looks back for its cue and forward for a source, in words: bounds the work on
# a pathological megabyte paragraph without a full stop; real cues sit well within it.
_CUE_REACH = 80
_HISTORY = 50

CONFIDENCE_NAMED = 0.95
CONFIDENCE_TITLE = 0.9
CONFIDENCE_SOURCE_AFTER = 0.85
CONFIDENCE_SAME_SENTENCE = 0.8
CONFIDENCE_ROLE = 0.75
CONFIDENCE_OFFICIAL = 0.7
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


@dataclass(slots=True)
class _Subject:
    """Who a phrase designates, and the gender the verb gave it."""

    key: str | None
    text: str
    gender: str
    confidence: float
    proposed: ProposedActor | None = None


@dataclass(slots=True)
class _Sentence:
    first: int  # token indexes, end exclusive
    end: int
    subject: _Subject | None = None
    cue_subjects: list[tuple[int, _Subject]] = field(default_factory=list)
    subject_of_cue: dict[int, _Subject] = field(default_factory=dict)


class _Document:
    """Tokens, actor matches and sentences of one article, shared by all its quotes."""

    def __init__(self, text: str, quotes: list[QuoteSpan], gazetteer: Gazetteer):
        self.text = text
        self.gazetteer = gazetteer
        self.tokens = token_spans(text)
        self.token_starts = [start for start, _end, _norm in self.tokens]
        self.quote_of = self._quote_membership(quotes)
        self.quotes = quotes
        self.matches = gazetteer.match_tokens(text, self.tokens)
        self.match_at: dict[int, Match] = {match.first_token: match for match in self.matches}
        self.match_ending: dict[int, Match] = {match.end_token: match for match in self.matches}
        self.sentences = self._sentences()
        self.roles: dict[str, str] = {}

    def _quote_membership(self, quotes: list[QuoteSpan]) -> list[int | None]:
        """For each token, the index of the outermost quote containing it, or None."""
        membership: list[int | None] = [None] * len(self.tokens)
        outer = [(i, q) for i, q in enumerate(quotes) if not q.nested]
        position = 0
        for token_index, (start, _end, _norm) in enumerate(self.tokens):
            while position < len(outer) and outer[position][1].end <= start:
                position += 1
            if position < len(outer) and outer[position][1].start <= start:
                membership[token_index] = outer[position][0]
        return membership

    def _sentences(self) -> list[_Sentence]:
        """Split at newlines and, outside quotes, at ``. ! ? ؟ ; ؛``."""
        sentences: list[_Sentence] = []
        first = 0
        for index in range(1, len(self.tokens)):
            gap = self.text[self.tokens[index - 1][1] : self.tokens[index][0]]
            inside = self.quote_of[index] is not None and self.quote_of[index] == self.quote_of[index - 1]
            breaks = "\n" in gap or "\r" in gap
            if not breaks and not inside and any(char in _SENTENCE_END for char in gap):
                breaks = len(self.tokens[index - 1][2]) > 1  # ``أ. ف. ب`` is not three sentences
            if breaks:
                sentences.append(_Sentence(first, index))
                first = index
        if self.tokens:
            sentences.append(_Sentence(first, len(self.tokens)))
        return sentences

    def norm(self, index: int) -> str:
        return self.tokens[index][2]

    def gap_before(self, index: int) -> str:
        return self.text[self.tokens[index - 1][1] : self.tokens[index][0]] if index > 0 else ""

    def is_statement_token(self, index: int) -> bool:
        quote = self.quote_of[index]
        return quote is not None and self.quotes[quote].kind == "statement"

    def cue_form(self, index: int) -> str | None:
        return _cue_form(self.tokens[index][2])


@lru_cache(maxsize=65536)
def _cue_form(token: str) -> str | None:
    """``وأضافت`` → ``اضافت``; None for a word that reports nothing."""
    form = cues.strip_conjunction(token)
    if form in cues.ALL_CUES or form in cues.RELAY_VERBS or form in cues.SOURCE_CUES:
        return form
    return None


def attribute(text: str, quotes: list[QuoteSpan], gazetteer: Gazetteer) -> list[Attribution]:
    """One :class:`Attribution` per quote, in the order given."""
    return attribute_document(_Document(text, quotes, gazetteer))


def read(text: str, quotes: list[QuoteSpan], gazetteer: Gazetteer) -> _Document:
    """Tokens and actor matches of an article, to share between attribution and mentions."""
    return _Document(text, quotes, gazetteer)


def attribute_document(document: _Document) -> list[Attribution]:
    quotes = document.quotes
    attributions: dict[int, Attribution] = {}
    history: list[_Subject] = []
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


def _first_token_of_quotes(document: _Document) -> dict[int, int]:
    """The first token inside each quote (quotes without a word have none)."""
    starts = document.token_starts
    first: dict[int, int] = {}
    for quote_index, quote in enumerate(document.quotes):
        index = bisect.bisect_left(starts, quote.start)
        if index < len(starts) and starts[index] < quote.end:
            first[quote_index] = index
    return first


def _read_sentence(document: _Document, sentence: _Sentence, history: list[_Subject]) -> None:
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


def _role_words(document: _Document, sentence: _Sentence, match: Match) -> list[str]:
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


def _sentence_subject(document: _Document, sentence: _Sentence) -> _Subject | None:
    """The first actor among the first words, outside quotes: ``ورفع كيم نخبه`` → Kim."""
    for index in range(sentence.first, min(sentence.end, sentence.first + _SUBJECT_WINDOW)):
        match = document.match_at.get(index)
        if document.quote_of[index] is not None or match is None:
            continue
        if match.alias_kind == DEMONYM or match.proclitic[-1:] in ("ب", "ل", "ك"):
            continue
        actor = document.gazetteer.actor(match.key)
        return _Subject(
            match.key, document.text[match.start : match.end], actor.gender, CONFIDENCE_SENTENCE_SUBJECT
        )
    return None


def _cue_gender(form: str) -> str:
    return FEMININE if form in cues.FEMININE_CUES and form not in cues.MASCULINE_CUES else MASCULINE


def _explicit_subject(document: _Document, sentence: _Sentence, cue: int, form: str) -> _Subject | None:
    """The subject a cue verb names, before or after it; None when it names none."""
    gender = _cue_gender(form)
    before = _subject_before(document, sentence, cue, gender)
    if before is not None:
        return before
    if form in cues.PARTICIPLE_CUES:
        return None
    first, end = _noun_phrase(document, sentence, cue + 1)
    if form in cues.RELAY_VERBS:
        # نقلت صحيفة "رودونغ سينمون" الرسمية عن كيم: an adjective or two may stand before عن.
        for skip in range(3):
            speaker_first = _after_word(document, end + skip, sentence, "عن")
            if speaker_first is not None:
                first, end = _noun_phrase(document, sentence, speaker_first)
                break
    if (
        form in cues.TRANSITIVE_CUES
        and _has_conjunction(document, cue)
        and (sentence.cue_subjects or sentence.subject)
    ):
        return None  # ``…، ودعا النظام الشيوعي إلى "وضع حد"``: the noun is the object
    return _resolve_phrase(document, first, end, gender)


def _subject_before(document: _Document, sentence: _Sentence, cue: int, gender: str) -> _Subject | None:
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
    return _subject_from_match(document, _best_of(document, subject_match, match), gender, CONFIDENCE_NAMED)


def _best_of(document: _Document, first: Match, last: Match) -> Match:
    """Of a title followed by a name, the person."""
    return last if _kind(document, last) == "person" else first


def _after_word(document: _Document, index: int, sentence: _Sentence, word: str) -> int | None:
    if index < sentence.end and document.norm(index) == word:
        return index + 1
    return None


def _noun_phrase(document: _Document, sentence: _Sentence, first: int) -> tuple[int, int]:
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
                head in cues.EXPERT_HEADS and _apposition_ahead(document, sentence, first)
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


def _has_article(word: str) -> bool:
    return word.startswith(("ال", "وال", "فال", "بال", "لل"))


def _apposition_ahead(document: _Document, sentence: _Sentence, first: int) -> bool:
    """Whether a comma-bracketed name follows a described head before the reported clause:
    ``المحلل في معهد كارنيغي، أندريه لانكوف، أن`` (yes), ``الباحث جان دوبوا في حديث`` (no)."""
    for index in range(first + 1, min(sentence.end, first + _MAX_SUBJECT_TOKENS)):
        if "،" in document.gap_before(index) or "," in document.gap_before(index):
            return True
        if document.norm(index) in ("ان", "بان") or ":" in document.gap_before(index):
            return False
    return False


def _resolve_phrase(document: _Document, first: int, end: int, gender: str) -> _Subject | None:
    """The actor a subject phrase designates: a person named in it, else the organisation or
    country it names, else the actor last introduced with its role word (``الوزير``)."""
    if first >= end:
        return None
    text = document.text[document.tokens[first][0] : _phrase_end(document, end - 1)]
    matches = [document.match_at[i] for i in range(first, end) if i in document.match_at]
    persons = [m for m in matches if _kind(document, m) == "person" and m.alias_kind != DEMONYM]
    named = [m for m in matches if m.alias_kind != DEMONYM]
    head = cues.strip_conjunction(document.norm(first))
    if persons:
        return _subject_from_match(document, persons[0], gender, CONFIDENCE_NAMED, text)
    if named:
        confidence = CONFIDENCE_OFFICIAL if head in cues.OFFICIAL_HEADS else CONFIDENCE_TITLE
        return _subject_from_match(document, named[0], gender, confidence, text)
    if matches and head in cues.OFFICIAL_HEADS:
        return _subject_from_match(document, matches[0], gender, CONFIDENCE_OFFICIAL, text)
    if head.startswith("ال") and end - first <= 3:
        role = head[2:]
        if role in cues.ROLE_WORDS and role in document.roles:
            return _Subject(document.roles[role], text, gender, CONFIDENCE_ROLE)
    name = None if head in cues.GENERIC_SUBJECTS or head in cues.NP_STOPWORDS else _proposed_name(text)
    if name is None:
        return _Subject(None, text, gender, 0.0)
    return _Subject(None, text, gender, 0.0, ProposedActor.from_text(name, _guess_kind(head)))


def _proposed_name(phrase: str) -> str | None:
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
        if not _has_article(words[0]) and first not in cues.NP_STOPWORDS and first not in cues.EXPERT_HEADS:
            return segment
        trailing: list[str] = []
        for word in reversed(words):
            form = normalize(word)
            if _has_article(word) or form in cues.NP_STOPWORDS or form in cues.EXPERT_HEADS:
                break
            trailing.insert(0, word)
        if 1 <= len(trailing) <= 4:
            return " ".join(trailing)
    return None


def _phrase_end(document: _Document, last: int) -> int:
    """End offset of a phrase, with the closing mark of a quoted name: ``صحيفة "رودونغ سينمون"``."""
    quote = document.quote_of[last]
    if quote is None:
        return document.tokens[last][1]
    end = document.quotes[quote].end
    return end + 1 if end < len(document.text) and document.text[end] in '"”“»‟″' else end


def _guess_kind(head: str) -> str:
    stem = head[2:] if head.startswith("ال") else head
    if stem in cues.MEDIUM_WORDS:
        return "medium"
    if stem in cues.ORGANISATION_WORDS:
        return "organisation"
    return "person"


def _kind(document: _Document, match: Match) -> str:
    actor = document.gazetteer.actor(match.key)
    return actor.kind if actor else ""


def _subject_from_match(
    document: _Document, match: Match, gender: str, confidence: float, text: str | None = None
) -> _Subject:
    key = match.key
    if len(match.keys) > 1:  # an ambiguous alias: the candidate whose gender fits
        fitting = [k for k in match.keys if document.gazetteer.actor(k).gender == gender]
        key = fitting[0] if fitting else key
    written = text if text is not None else document.text[match.start : match.end]
    return _Subject(key, written, gender, confidence)


def _attribute_quote(
    document: _Document, sentence: _Sentence, quote_index: int, first_token: int, history: list[_Subject]
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


def _kind_of(document: _Document, subject: _Subject) -> str:
    actor = document.gazetteer.actor(subject.key)
    return actor.kind if actor else ""


def _speaks_for(document: _Document, source: _Subject, subject: _Subject) -> bool:
    """A person named as the source speaks for the country or body the verb named:
    ``واعتبرت الصين أن … "…"، وفق ما قالت المتحدثة … ماو نينغ`` → Mao Ning said it."""
    return _kind_of(document, source) == "person" and _kind_of(document, subject) in (
        "country",
        "organisation",
    )


def _attribution(subject: _Subject, relayed_by: str | None, cue: str) -> Attribution:
    if relayed_by == subject.key:
        relayed_by = None
    return Attribution(subject.key, subject.text, relayed_by, cue, subject.confidence, subject.proposed)


def _is_actor_name(document: _Document, quote: QuoteSpan) -> bool:
    """A quoted name (``"بوتين" يقبل دعوة "كيم"``) is a label, said by nobody."""
    return document.gazetteer.whole_match(quote.text) is not None


def _nearest_cue(document: _Document, sentence: _Sentence, quote_token: int) -> int | None:
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


def _is_relay_aside(document: _Document, index: int, form: str) -> bool:
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


def _has_conjunction(document: _Document, index: int) -> bool:
    return cues.strip_conjunction(document.norm(index)) != document.norm(index)


def _outer_cue(document: _Document, sentence: _Sentence, cue: int) -> int:
    form = document.cue_form(cue)
    if _has_conjunction(document, cue) or form in cues.PARTICIPLE_CUES:
        return cue
    named = _resolve_phrase(document, *_noun_phrase(document, sentence, cue + 1), _cue_gender(form))
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


def _subject_for_cue(document: _Document, sentence: _Sentence, cue: int, history: list[_Subject]):
    """The subject of the cue at ``cue``: explicit, else inherited."""
    form = document.cue_form(index=cue)
    cue_text = document.text[document.tokens[cue][0] : document.tokens[cue][1]]
    if form in cues.SOURCE_CUES:
        first = cue + 1
        if first < sentence.end and document.norm(first) == "ما":
            first += 2  # وفق ما ذكرت X
        phrase = _noun_phrase_allowing_addressee(document, sentence, first)
        return _resolve_phrase(document, *phrase, MASCULINE), cue_text
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


def _inherited(subject: _Subject, confidence: float) -> _Subject:
    return _Subject(
        subject.key, subject.text, subject.gender, min(confidence, subject.confidence or confidence)
    )


def _agrees(document: _Document, subject: _Subject, gender: str) -> bool:
    return subject.gender == gender


def _noun_phrase_allowing_addressee(document: _Document, sentence: _Sentence, first: int) -> tuple[int, int]:
    """After ``وفقًا لـ`` the source carries the ل: ``وفقًا لوزارة التوحيد``."""
    match = document.match_at.get(first)
    if match is not None:
        return first, match.end_token
    return _noun_phrase(document, sentence, first)


def _relay_between(document: _Document, sentence: _Sentence, first: int, end: int) -> str | None:
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
        if match is not None and match.proclitic[-1:] == "ل" and _kind(document, match) == "medium":
            return match.key
    return None


def _kind_at(document: _Document, first: int, end: int) -> str:
    """The kind of the actor named after ``بحسب``/``وفق`` (``بحسب ما نقلت وكالة …``)."""
    match = _match_in(document, first, end)
    return _kind(document, match) if match is not None else ""


def _match_in(document: _Document, first: int, end: int) -> Match | None:
    for index in range(first, min(end, first + 3)):
        match = document.match_at.get(index)
        if match is not None:
            return match
    return None


def _source_after(
    document: _Document, sentence: _Sentence, quote: QuoteSpan
) -> tuple[_Subject | None, str, bool]:
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
            phrase = _noun_phrase_allowing_addressee(document, sentence, first)
        else:
            phrase = _noun_phrase(document, sentence, first)
        subject = _resolve_phrase(document, *phrase, _cue_gender(form))
        if subject is not None and subject.key is not None:
            cue_text = document.text[document.tokens[index][0] : document.tokens[index][1]]
            subject.confidence = min(subject.confidence, CONFIDENCE_SOURCE_AFTER)
            return subject, cue_text, is_source
    return None, "", False
