"""Institutions and media as speakers: named, or through an unnamed official of theirs.

``وزارة الدفاع الروسية`` and ``وكالة بلومبرغ`` speak as themselves; ``مصدر في الخارجية
التركية`` speaks for the ministry and ``متحدث باسم الحكومة الألمانية`` for Germany; a ministry
without its country (``وزارة الدفاع``) is the dateline's country's; an institution or medium
the registry does not know is proposed under its name (``وزارة الدفاع اليابانية``, ``صحيفة
"كيهان"`` → ``كيهان``).  A source near an institution (``مصدر مقرب من الكرملين``) is not of it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from articles.extraction import countries, cues, names
from articles.extraction.actors import DEMONYM, ProposedActor
from articles.extraction.normalize import normalize
from articles.extraction.subject import (
    CONFIDENCE_HOME,
    CONFIDENCE_OFFICIAL,
    CONFIDENCE_PROPOSED,
    CONFIDENCE_TITLE,
    Phrase,
    Subject,
    bare,
    match_kind,
    subject_from_match,
)

if TYPE_CHECKING:
    from articles.extraction.actors import Match
    from articles.extraction.document import Document


def unknown_definite_word(document: Document, index: int) -> bool:
    """A word written with the article that no lexicon knows, so it may be a bare name
    (``الراية``, ``الميادين``): five letters or more, not a nationality, a person or place noun,
    a stop word, an organisation's or a medium's kind (``الوزارة``, ``الصحيفة``)."""
    written = document.text[document.tokens[index][0] : document.tokens[index][1]]
    token = document.norm(index)
    if not written.startswith("ال") or len(token) < 5:
        return False
    if token in names.NOT_NATIONALITY or token in cues.PERSON_NOUNS or token in cues.PLACE_NOUNS:
        return False
    stem = token[2:]
    return not (token in cues.NP_STOPWORDS or stem in cues.ORGANISATION_WORDS or stem in cues.MEDIUM_WORDS)


def official_of(phrase: Phrase) -> Subject | None:
    """An unnamed official, source or spokesperson of a named institution speaks for it:
    ``مصدر في الخارجية التركية`` → the Turkish foreign ministry, ``مصدر في الكرملين`` → the
    Kremlin, ``متحدث باسم وزارة الخارجية الكورية الجنوبية`` → that ministry.  The institution
    must hang on the head itself: ``مسؤولون غربيون، بينهم دبلوماسيون في مقر الناتو`` stays
    unnamed, and so does ``مسؤول أميركي`` (a country's adjective is no institution)."""
    document, end = phrase.document, phrase.end
    one_of = _one_of_the_officials(phrase)
    if phrase.head not in cues.OFFICIAL_HEADS and not one_of:
        return None
    index = phrase.first + 1 + one_of
    if index + 1 == end and bare(document.norm(index)) in _PRESIDENTIAL:
        return _presidency(phrase)
    while index < end:
        match = document.match_at.get(index)
        if match is not None and match.alias_kind == DEMONYM:
            index = match.end_token
        elif _informed_in(document, phrase.first, index, end):
            index += 1  # ``مصدر مطلع في وزارة الخارجية الأردنية``: of the ministry
        elif bare(document.norm(index)) in _CLOSE_TO:
            return None  # ``مصدر مقرب من الكرملين``: near the institution, not of it
        elif bare(document.norm(index)) in cues.DESCRIPTIVE_WORDS:
            index += 1
        elif index == phrase.first + 1 and bare(document.norm(index)) in _RESPONSIBLE | _DIPLOMATIC:
            # ``مصدر مسؤول في وزارة الخارجية القطرية``, ``مصدر دبلوماسي في الكرسي الرسولي``: an
            # adjective here, not the head
            index += 1
        else:
            break
    if index < end and document.norm(index) in cues.ATTACHING:
        index += 1
    if index >= end or any(char in "،," for char in document.gap_before(index)):
        return None
    if index + 1 == end and document.norm(index) in _FOR_IT:
        return _body_of_the_pronoun(phrase, index)
    match = document.match_at.get(index)
    if match is not None:
        if match.proclitic[-1:] in ("ل", "ك") or match.alias_kind == DEMONYM:
            return None
        if is_institution(document, match):
            return subject_from_match(document, match, phrase.gender, CONFIDENCE_OFFICIAL, phrase.text)
        return None
    country = _government(document, index, phrase)
    if country is not None:
        return country
    if _presidential_office(document, index, end):
        return _presidency(phrase)
    generic = generic_institution(phrase, index, CONFIDENCE_OFFICIAL)
    if generic is not None:
        return generic
    earlier = _institution_named_before(phrase, index)
    if earlier is not None:
        return earlier
    return _unknown_institution(phrase, index)


_ONE_OF = frozenset(normalize("أحد إحدى").split())
_OFFICIALS = frozenset(normalize("المسؤولين الدبلوماسيين المتحدثين الناطقين").split())


def _one_of_the_officials(phrase: Phrase) -> int:
    """1 for ``أحد المسؤولين``/``أحد الدبلوماسيين`` (one of the officials) opening the phrase,
    which then speaks for the body after it like ``مسؤول`` (round 25): ``وقال أحد الدبلوماسيين
    في الوزارة`` → the ministry named before; ``أحد أعضاء الوفد`` (a member) stays unnamed."""
    second = phrase.first + 1
    return int(phrase.head in _ONE_OF and second < phrase.end and phrase.document.norm(second) in _OFFICIALS)


_REFERRING_REACH = 60
_PRESIDENTIAL = frozenset(normalize("رئاسي").split())
_PRESIDENCY = tuple(normalize("الرئاسة").split())


def _presidency(phrase: Phrase) -> Subject | None:
    """``مسؤول رئاسي`` (a presidential official) alone speaks for the presidency of the country
    the dateline names, or else (none held for it) of the national agency relaying him:
    ``ونقلت يونهاب عن مسؤول رئاسي قوله`` → the South Korean presidential office.  None when
    neither names a country whose presidency the registry holds."""
    document = phrase.document
    presidencies = document.gazetteer.generic_institutions().get(_PRESIDENCY, {})
    key = presidencies.get(document.home) or presidencies.get(_relaying_home(phrase))
    return Subject(key, phrase.text, phrase.gender, CONFIDENCE_OFFICIAL) if key else None


# The presidency named by its office, with no country: ``المكتب الرئاسي``, ``مكتب الرئاسة``.
_PRESIDENTIAL_OFFICES = (tuple(normalize("المكتب الرئاسي").split()), tuple(normalize("مكتب الرئاسة").split()))


def _presidential_office(document: Document, index: int, end: int) -> bool:
    """``مسؤول رفيع في المكتب الرئاسي`` (round 25): the presidential office, whose country only the
    dateline or the relaying agency tells (`_presidency`); never a body of that name to propose.
    ``المكتب الرئاسي الكوري الجنوبي`` names its country and is the registry's."""
    for words in _PRESIDENTIAL_OFFICES:
        after = index + len(words)
        if after <= end and tuple(document.norm(i) for i in range(index, after)) == words:
            return after == end or not names.is_adjective(document, after)
    return False


_FROM = normalize("عن")


def _relaying_home(phrase: Phrase) -> str:
    """The country of the national medium relaying an official of a body written without its
    country: ``نقلت وكالة يونهاب عن مسؤول في وزارة الدفاع`` → South Korea's; the medium is the
    last one named in the sentence before ``عن``.  Empty when none is, or it has no country."""
    document = phrase.document
    sentence = document.sentence_at(phrase.first)
    if sentence is None or phrase.first < 1 or document.norm(phrase.first - 1) != _FROM:
        return _home_of_the_medium_told(phrase)
    for index in range(phrase.first - 2, sentence.first - 1, -1):
        match = document.match_at.get(index)
        actor = document.gazetteer.actor(match.key) if match is not None else None
        if actor is not None and actor.kind == "medium":
            return actor.affiliation if document.gazetteer.country_of(actor.affiliation) else ""
        if actor is not None and match.alias_kind == DEMONYM and _after_medium_word(document, index):
            return actor.affiliation  # ``وقالت الوكالة الكورية الجنوبية نقلًا عن`` (round 24)
    return ""


def _home_of_the_medium_told(phrase: Phrase) -> str:
    """The country of the national medium an official spoke to, right after him (round 25):
    ``وقال مسؤول في مكتب الرئاسة لوكالة يونهاب`` → South Korea's, as ``نقلت يونهاب عن``
    would say.  Empty when no medium glued to ل follows the phrase, or it has no country."""
    document, index = phrase.document, phrase.end
    match = document.match_at.get(index)
    if match is None and index < len(document.tokens) and bare(document.norm(index)) in _TO_THE_AGENCY:
        match = document.match_at.get(index + 1)  # ``لوكالة "يونهاب"``
    elif match is not None and match.proclitic[-1:] != "ل":
        return ""
    actor = document.gazetteer.actor(match.key) if match is not None else None
    if actor is None or actor.kind != "medium" or not document.gazetteer.country_of(actor.affiliation):
        return ""
    return actor.affiliation


_TO_THE_AGENCY = frozenset(normalize("لوكالة لصحيفة لإذاعة لقناة").split())


def _after_medium_word(document: Document, index: int) -> bool:
    """A medium's kind right before: ``الوكالة`` in ``الوكالة الكورية الجنوبية``."""
    return index > 0 and bare(document.norm(index - 1)).removeprefix("ال") in cues.MEDIUM_WORDS


# ``باسمه``, ``باسمها``: for him, for her; the gender the body taken up must have.
_FOR_IT = {normalize("باسمه"): "m", normalize("باسمها"): "f"}
_BODY_KINDS = frozenset(("organisation", "medium"))


def _body_of_the_pronoun(phrase: Phrase, index: int) -> Subject | None:
    """A spokesperson for a pronoun speaks for the body the paragraph last named, when the
    pronoun agrees with it: ``أعلنت وزارة الوحدة الكورية الجنوبية أنها "…"، وقال متحدث باسمها
    إن "…"`` → the ministry; after a person (``قال الوزير … وقال متحدث باسمه``), or a body of
    the other gender, nobody."""
    document = phrase.document
    gender = _FOR_IT[document.norm(index)]
    for match in reversed(document.matches):
        if match.first_token >= phrase.first or document.quote_of[match.first_token] is not None:
            continue
        if match.alias_kind == DEMONYM:
            continue
        between = document.text[match.end : document.tokens[phrase.first][0]]
        if match.first_token < phrase.first - _REFERRING_REACH or "\n" in between:
            return None
        actor = document.gazetteer.actor(match.key)
        if actor is None or len(match.keys) > 1 or actor.kind not in _BODY_KINDS or actor.gender != gender:
            return None
        return subject_from_match(document, match, phrase.gender, CONFIDENCE_OFFICIAL, phrase.text)
    return None


def _institution_named_before(phrase: Phrase, index: int) -> Subject | None:
    """``الوزارة`` alone after an official refers back to the ministry the paragraph named:
    ``حذرت الخارجية الأميركية من أن "…". وقال متحدث باسم الوزارة إن "…"`` → the State
    Department (registered as ``وزارة الخارجية الأمريكية``); with no registered body before it in
    the paragraph, the unregistered one that spoke last (`_proposed_body_before`, round 25: past
    a paragraph that ends on a place, ``… زيارة لافروف إلى بيونغ يانغ.``); else nobody."""
    document = phrase.document
    word = bare(document.norm(index))
    if index + 1 != phrase.end or not word.startswith("ال") or word[2:] not in cues.ORGANISATION_WORDS:
        return None
    for match in reversed(document.matches):
        if match.first_token >= phrase.first:
            continue
        if match.first_token < phrase.first - _REFERRING_REACH or "\n" in document.gap_before(
            match.end_token
        ):
            break  # none in the paragraph: the unregistered ministry that spoke last, if one did
        actor = document.gazetteer.actor(match.key)
        quoted = document.quote_of[match.first_token] is not None  # what was said, not who
        if quoted or actor is None or len(match.keys) > 1 or actor.kind != "organisation":
            continue
        if normalize(actor.name_ar).split()[0] == word[2:]:
            return subject_from_match(document, match, phrase.gender, CONFIDENCE_OFFICIAL, phrase.text)
        return None  # another body was named last
    return _proposed_body_before(phrase, word[2:])


def _proposed_body_before(phrase: Phrase, kind: str) -> Subject | None:
    """``الوزارة`` after a ministry the registry does not know, when that ministry spoke last:
    ``أكدت وزارة الشؤون الخارجية (الجزائرية) … وقال مصدر في الوزارة`` → the same proposal."""
    history = phrase.document.history
    proposed = history[-1].proposed if history else None
    if proposed is None or proposed.kind != "organisation" or proposed.normalized.split()[0] != kind:
        return None
    return Subject(None, phrase.text, phrase.gender, CONFIDENCE_OFFICIAL, proposed)


_RESPONSIBLE = frozenset(normalize("مسؤول مسؤولة مسؤولون مسؤولين مسؤولا").split())
_DIPLOMATIC = frozenset(normalize("دبلوماسي دبلوماسية دبلوماسيون دبلوماسيين دبلوماسيا").split())
# ``مصدر مطلع في وزارة الخارجية الأردنية``: informed, and of the ministry, so it speaks for it;
# ``مصدر مطلع على الترتيبات`` names no body and stays unnamed.
_INFORMED = frozenset(normalize("مطلع مطلعة مطلعون مطلعين").split())


def _informed_in(document: Document, first: int, index: int, end: int) -> bool:
    """``مطلع`` right after the head and before ``في``: a source informed in a body is of it
    (``مصدر مطلع في وزارة الدفاع``); informed on one (``مطلع على موقف الكرملين``) is near it."""
    return (
        index == first + 1
        and index + 1 < end
        and bare(document.norm(index)) in _INFORMED
        and document.norm(index + 1) == "في"
    )


_CLOSE_TO = frozenset(normalize("مقرب مقربة مقربون مقربين قريب قريبة مطلع مطلعة مطلعون مطلعين").split())


def generic_institution(phrase: Phrase, index: int, confidence: float) -> Subject | None:
    """``وزارة الدفاع`` with no country: the one of the dateline's country, if the registry has
    it (``وقالت وزارة الدفاع في بيان`` from Seoul → the South Korean ministry); a bare
    ``الحكومة`` there is the country."""
    document, end = phrase.document, phrase.end
    first_word = bare(document.norm(index))
    if first_word[:1] in "بل" and not first_word.startswith("ال"):
        first_word = "ال" + first_word[2:] if first_word.startswith("لل") else first_word[1:]
    words = [first_word] + [document.norm(i) for i in range(index + 1, min(end, index + 4))]
    generic = document.gazetteer.generic_institutions()
    for size in range(len(words), 0, -1):
        candidates = generic.get(tuple(words[:size]))
        if candidates is None and not (size == 1 and words[0] in _GOVERNMENTS):
            continue
        after = index + size
        if after < end and names.is_adjective(document, after):
            return None  # ``وزارة الدفاع اليابانية``: a country the registry has no ministry for
        if after < end and _joined_to_the_name(document, after):
            break  # ``وزارة الخارجية والمغتربين``: another ministry than ``وزارة الخارجية``
        home = (
            _seat_named_after(document, after, end)
            or _locative_home(document, index)
            or _home_speaking_through(phrase)
            or document.home
            or _relaying_home(phrase)
        )
        key = (candidates or {}).get(home)
        if key is None and words[0] in _GOVERNMENTS:
            key = document.gazetteer.country_of(home)
        if key is None:
            return home_ministry(phrase, index, confidence)
        return Subject(key, phrase.text, phrase.gender, confidence)
    return home_ministry(phrase, index, confidence)


def _joined_to_the_name(document: Document, index: int) -> bool:
    """A definite noun joined by و right after an institution's name goes on with it: ``وزارة
    الخارجية والمغتربين`` (Syria's, Lebanon's), ``وزارة الشؤون الخارجية والتعاون`` are not the
    plain ``وزارة الخارجية`` of the dateline's country."""
    written = document.text[document.tokens[index][0] : document.tokens[index][1]]
    return written.startswith("وال") and not document.gap_before(index).strip()


_IN_A_PLACE = frozenset(normalize("في وفي ففي من ومن").split())


def _seat_named_after(document: Document, index: int, end: int) -> str:
    """The country whose capital or name closes the phrase after ``في`` or ``من`` (`_IN_A_PLACE`,
    round 26a): ``المتحدث باسم الرئاسة في سيول`` → South Korea's presidency, whatever the
    dateline.  Empty when no country alone stands there (``في مؤتمر صحفي``)."""
    if index + 1 >= end or document.norm(index) not in _IN_A_PLACE:
        return ""
    match = document.match_at.get(index + 1)
    if match is None or match.proclitic or match.end_token != end or match.alias_kind == DEMONYM:
        return ""
    actor = document.gazetteer.actor(match.key)
    return actor.affiliation if actor is not None and actor.kind == "country" else ""


def _locative_home(document: Document, index: int) -> str:
    """The country a round-up's sentence opens in, by its name or its capital and a comma:
    ``وفي سيول، نقلت وكالة يونهاب عن مسؤول في مكتب الرئاسة قوله`` → South Korea's presidential
    office, whatever the dateline (``لندن - …``).  Only the sentence's opening words: a place
    inside it (``قال في سيول``) says where, not whose."""
    sentence = document.sentence_at(index)
    if sentence is None or sentence.first + 2 > index:
        return ""
    first = sentence.first
    match = document.match_at.get(first + 1)
    if document.norm(first) not in _IN_A_PLACE or match is None or match.proclitic:
        return ""
    if "،" not in document.gap_before(match.end_token) and "," not in document.gap_before(match.end_token):
        return ""
    actor = document.gazetteer.actor(match.key)
    if actor is None or actor.kind != "country" or match.alias_kind == DEMONYM:
        return ""
    return actor.affiliation


_THROUGH = normalize("عبر")
_OPENING_WORDS = 3


def _home_speaking_through(phrase: Phrase) -> str:
    """The country a sentence opens with, speaking through the official: ``واشنطن علّقت عبر
    متحدث باسم الخارجية قال إن …`` → the United States' State Department, whatever the
    dateline; ``وردّت سيول عبر مسؤول في الخارجية`` → South Korea's.  The country (its name or
    its capital) is among the sentence's first words, the official right after ``عبر``."""
    document = phrase.document
    sentence = document.sentence_at(phrase.first)
    if sentence is None or phrase.first < 1 or document.norm(phrase.first - 1) != _THROUGH:
        return ""
    for index in range(sentence.first, min(phrase.first - 1, sentence.first + _OPENING_WORDS)):
        match = document.match_at.get(index)
        if match is None or match.proclitic not in ("", "و", "ف") or match.alias_kind == DEMONYM:
            continue
        actor = document.gazetteer.actor(match.key)
        if actor is not None and actor.kind == "country":
            return actor.affiliation
    return ""


def home_ministry(phrase: Phrase, index: int, confidence: float) -> Subject | None:
    """A ministry without its country, in a dispatch from a country the registry has no such
    ministry for, is that country's, proposed under the name the copy would write in full:
    ``الجزائر - …`` then ``بيان لوزارة الشؤون الخارجية`` → ``وزارة الشؤون الخارجية
    الجزائرية``; ``دمشق - …`` then ``مصدر في الخارجية`` → ``وزارة الخارجية السورية``.  The
    dateline must name a place of `countries`; ``الوزارة`` alone refers back, and a ministry
    with its own adjective (``وزارة الدفاع اليابانية``) is read as written."""
    document = phrase.document
    word = bare(document.norm(index))
    if word[:1] in "بل" and word[1:] in _MINISTRIES:
        word = word[1:]
    if word not in _MINISTRIES and word != "الخارجيه":
        return None
    last = index + 1
    while last < phrase.end and modifies(document, last) and not names.is_adjective(document, last):
        last += 1
    if (last < phrase.end and names.is_adjective(document, last)) or (
        word != "الخارجيه" and last == index + 1
    ):
        return None
    name = institution_name(document, index, last)
    if name.startswith("ب"):
        name = name[1:]  # ``مسؤول بوزارة الخارجية``
    adjective = (
        _locative_adjective(document, index)
        or _mouth_adjective(document, phrase.first)
        or _dateline_adjective(document)
    )
    if adjective is None:
        # From abroad, the credited agency's country, for a ministry the registry holds only.
        credited = _credited_adjective(document)
        registered = document.gazetteer.whole_match(f"{name} {credited}") if credited else None
        return Subject(registered, phrase.text, phrase.gender, confidence) if registered else None
    registered = document.gazetteer.whole_match(f"{name} {adjective}")
    if registered is not None:
        return Subject(registered, phrase.text, phrase.gender, confidence)
    proposed = ProposedActor.from_text(f"{name} {adjective}", "organisation")
    return Subject(None, phrase.text, phrase.gender, confidence, proposed)


_MINISTRIES = frozenset(normalize("وزارة").split())


def _locative_adjective(document: Document, index: int) -> str | None:
    """The adjective of the place a round-up's sentence opens in, before a comma: ``وفي دمشق،
    قال مصدر في وزارة الخارجية والمغتربين`` → ``وزارة الخارجية السورية``, whatever the
    dateline; a place inside the sentence (``قال في دمشق``) says where, not whose."""
    sentence = document.sentence_at(index)
    if sentence is None or document.norm(sentence.first) not in _IN_A_PLACE:
        return None
    first = sentence.first + 1
    words = [document.norm(i) for i in range(first, min(index, first + countries.LONGEST_PLACE))]
    size = countries.place_size(words)
    if not size or not any(char in "،," for char in document.gap_before(first + size)):
        return None
    return countries.adjective_at(words)


_MOUTH = (normalize("على"), normalize("لسان"))


def _mouth_adjective(document: Document, first: int) -> str | None:
    """The adjective of the country a sentence says speaks through the official right after
    ``على لسان``, the country written just before it: ``دعت تونس، على لسان مصدر بوزارة الشؤون
    الخارجية، إلى "…"`` → ``وزارة الشؤون الخارجية التونسية``, whatever the dateline."""
    if first < 3 or (document.norm(first - 2), document.norm(first - 1)) != _MOUTH:
        return None
    sentence = document.sentence_at(first)
    if sentence is None:
        return None
    mouth = first - 2
    for start in range(mouth - 1, max(sentence.first, mouth - countries.LONGEST_PLACE) - 1, -1):
        words = [document.norm(i) for i in range(start, mouth)]
        if countries.place_size(words) == len(words):
            return countries.adjective_at(words)
    return None


def _dateline_adjective(document: Document) -> str | None:
    """The adjective of the country whose place the dateline names (`countries`)."""
    place = dateline_place(document)
    if place is None:
        return None
    return countries.adjective_at([document.norm(index) for index in range(*place)])


def _credited_adjective(document: Document) -> str | None:
    """The adjective of the country of the agency a dispatch from abroad is credited to, when
    the agency's registry name or role carries it: ``موسكو-سانا`` then ``أكدت وزارة الخارجية
    والمغتربين`` → ``وزارة الخارجية السورية`` (SANA is ``وكالة الأنباء السورية``), the ministry
    of the agency's own country, since the place (Moscow) has none of that name.  Only a medium
    on the text's short first line, and (`home_ministry`) only for a ministry so registered: a
    bare ``وزارة الطوارئ`` in ``موسكو - كونا`` is more likely Moscow's, so nobody's."""
    for match in document.matches:
        if match.first_token > _CREDIT_WORDS or "\n" in document.text[: match.start]:
            break
        actor = document.gazetteer.actor(match.key)
        if actor is None or actor.kind != "medium":
            continue
        for name in (actor.name_ar, actor.role_ar):
            for word in normalize(name).split():
                if word in countries.WRITTEN_ADJECTIVES:
                    return countries.WRITTEN_ADJECTIVES[word]
    return None


_CREDIT_WORDS = 6


def dateline_place(document: Document) -> tuple[int, int] | None:
    """The tokens of the place of `countries` the dateline names: its first words (``الجزائر -
    …``), or the words between a masthead's dash and a bar (``البلاد - الجزائر | الأربعاء``)."""
    if document.dateline_end == 0:
        return None
    size = countries.place_size([document.norm(index) for index in range(document.dateline_end)])
    if size:
        return 0, size
    first = document.dateline_end
    words = [
        document.norm(index)
        for index in range(first, min(len(document.tokens), first + countries.LONGEST_PLACE))
    ]
    size = countries.place_size(words)
    if size and first + size < len(document.tokens) and "|" in document.gap_before(first + size):
        return first, first + size
    return None


_GOVERNMENTS = frozenset(normalize("الحكومة حكومة").split())


def _unknown_institution(phrase: Phrase, index: int) -> Subject | None:
    """An institution the registry does not know, after an official: ``مسؤول في وزارة الدفاع
    اليابانية`` → ``وزارة الدفاع اليابانية``, proposed."""
    document = phrase.document
    word = _past_glued_in(bare(document.norm(index)))
    stem = word[2:] if word.startswith("ال") else word
    if (
        stem not in cues.ORGANISATION_WORDS
        and stem not in _MEMBERS_BODIES
        and word not in ("الخارجيه", "الرياسه")
        and word not in _GOVERNMENTS
    ):
        return None
    last = index + 1
    if word in _GOVERNMENTS:
        last = _region_end(document, last, phrase.end)
    while last < phrase.end and modifies(document, last):
        last += 1
        if _ends_with_country(document, last, phrase.end):
            break  # ``لخّص مصدر بوزارة الخارجية الجزائرية الموقف``: the country ends the name
    of_country = _country_of_body(document, stem, last, phrase.end)
    if of_country > last:  # ``متحدث باسم سفارة روسيا في القاهرة``
        last = seat_end(document, stem, of_country, phrase.end)
        proposed = ProposedActor.from_text(institution_name(document, index, last), "organisation")
        return Subject(None, phrase.text, phrase.gender, CONFIDENCE_OFFICIAL, proposed)
    if not _has_proper_part(document, index + 1, last):
        return None
    field_end = _field_end(document, last, phrase.end)
    if field_end is None:
        return None
    name = institution_name(document, index, field_end)
    last = field_end
    seat = seat_end(document, stem, last, phrase.end)
    if seat > last:  # ``مصدر في السفارة الفلسطينية في موسكو`` → the embassy in Moscow
        name = institution_name(document, index, seat)
    elif stem in _SEATED:
        name += seat_of_embassy(document, last, phrase.end)
    proposed = ProposedActor.from_text(name, "organisation")
    return Subject(None, phrase.text, phrase.gender, CONFIDENCE_OFFICIAL, proposed)


def _ends_with_country(document: Document, last: int, end: int) -> bool:
    """The country's adjective before ``last`` ends a body's name, unless another adjective of
    it follows: ``السفارة الكورية الشمالية`` goes on, ``الخارجية الجزائرية الموقف`` stops."""
    match = document.match_at.get(last - 1)
    if match is not None and match.end_token > last:
        return False
    return names.is_adjective(document, last - 1) and not _country_adjective(document, last, end)


def _past_glued_in(word: str) -> str:
    """A body glued to ب after an official reads as after في (round 28): ``مصدر بوزارة
    الخارجية التونسية`` → ``وزارة الخارجية التونسية``; ``بعثة`` is a body itself."""
    if word[:1] != "ب" or word.startswith("ال") or _body_word(word):
        return word
    return word[1:] if _body_word(word[1:]) else word


def _body_word(word: str) -> bool:
    stem = word[2:] if word.startswith("ال") else word
    return stem in cues.ORGANISATION_WORDS or word in ("الخارجيه", "الرياسه")


def _field_end(document: Document, last: int, end: int) -> int | None:
    """A body's name ends with its field glued to ل and the field's definite words, when they
    end the phrase: ``مسؤول في الاتحاد العام التونسي للشغل`` → ``الاتحاد العام التونسي
    للشغل``, ``الجمعية المغربية لحقوق الإنسان``; not whom it spoke to (``للصحفيين``) nor a
    medium (``لوكالة …``, ``لرويترز``), nor an outlet the registry does not know: a field
    is definite (``للشغل``) or goes on with a definite word (``لحقوق الإنسان``), a bare
    indefinite word is a name (``لعمون``، ``لكوردستان 24``).  None when a field runs on past what can be
    told: no name cut short."""
    if last >= end or document.gap_before(last).strip() or document.match_at.get(last) is not None:
        return last
    written = document.text[document.tokens[last][0] : document.tokens[last][1]]
    field = document.norm(last)[1:]
    stem = field[2:] if field.startswith("ال") else field
    if not written.startswith("ل") or len(stem) < 3:
        return last
    if field in cues.PERSON_NOUNS or ("ال" + field) in cues.PERSON_NOUNS or stem in cues.PERSON_NOUNS:
        return last
    if stem in cues.MEDIUM_WORDS or stem in cues.ORGANISATION_WORDS:
        return last
    field_end = last + 1
    while field_end < min(end, last + _FIELD_WORDS) and modifies(document, field_end):
        field_end += 1
    if field_end == last + 1 and not document.norm(last).startswith("لل"):
        return last  # ``مصدر في وزارة الخارجية العراقية لكوردستان 24``: whom it spoke to
    return end if field_end == end else None


def seat_of_embassy(document: Document, last: int, end: int) -> str:
    """Where an embassy named by its country's adjective sits, as its name goes on (``في
    الجزائر``): the place glued to ب after it (``مصدر في السفارة الروسية بالجزائر``), else,
    with nothing after it, the place the dateline names (``الرباط - …`` then ``مصدر في
    السفارة الصينية`` → ``السفارة الصينية في الرباط``); an embassy of the dateline's own
    country, or one followed by other words, keeps the name as written."""
    if last < end:
        token = document.norm(last)
        if token[:1] != "ب" or document.gap_before(last).strip():
            return ""
        words = [token[1:]] + [document.norm(index) for index in range(last + 1, end)]
        size = countries.place_size(words)
        if size == 0 or last + size != end:
            return ""
        start = document.tokens[last][0] + 1  # past the ب
        return " في " + document.text[start : document.tokens[end - 1][1]]
    place = dateline_place(document)
    if place is None:
        return ""
    adjective = countries.adjective_at([document.norm(index) for index in range(*place)])
    if adjective is not None and normalize(adjective) == document.norm(last - 1):
        return ""  # ``السفارة الجزائرية`` in an Algiers dispatch: another country's seat
    return " في " + document.text[document.tokens[place[0]][0] : document.tokens[place[1] - 1][1]]


# Bodies of members an official speaks for, though copy names papers after some of them
# (``الاتحاد``): read as bodies only after an official's head (``مسؤول في الاتحاد العام
# التونسي للشغل``), never as a bare name.
_MEMBERS_BODIES = frozenset(normalize("اتحاد نقابة جمعية رابطة").split())


def _region_end(document: Document, first: int, end: int) -> int:
    """The region a government rules, in construct: ``مسؤول في حكومة إقليم كردستان`` →
    ``حكومة إقليم كردستان``, proposed (a country's government is its country, read before)."""
    place = cues.strip_conjunction(document.norm(first)) if first < end else ""
    if place not in cues.PLACE_NOUNS or first + 1 >= end or not names.is_name_word(document, first + 1):
        return first
    return first + 2


def _has_proper_part(document: Document, first: int, end: int) -> bool:
    """Whether an institution's words name one institution: a country's adjective or a proper
    name (``وزارة الدفاع اليابانية``), not only common words (``وزارة الدفاع``, ``الحكومة``)."""
    return any(
        names.is_adjective(document, index)
        or names.is_name_word(document, index)
        or document.norm(index) in _DIVINE_NAMES
        for index in range(first, end)
    )


# ``حزب الله``, ``جند الإسلام``: the word a body's proper name ends with, though written with
# the article.
_DIVINE_NAMES = frozenset(normalize("الله الإسلام").split())


def institution_name(document: Document, first: int, end: int) -> str:
    """An unknown institution's name as the registry would hold it: without the ل of ``بيان
    لوزارة الخارجية``, and with the ministry that ``الخارجية التركية`` leaves out."""
    start = document.tokens[first][0]
    token = document.norm(first)
    if _past_glued_in(bare(token)) != bare(token):
        start += 1  # ``مصدر بوزارة الخارجية التونسية``: without the ب
        token = token[1:]
    if token[:1] == "ل" and not token.startswith("ال"):
        start += 1
        if token.startswith("لل") and bare(token)[1:] not in cues.ORGANISATION_WORDS:
            return "ال" + document.text[start + 1 : document.tokens[end - 1][1]]
    name = document.text[start : document.tokens[end - 1][1]]
    if bare(token) in ("الخارجيه", "لخارجيه"):
        name = "وزارة " + name
    return name


def institution(phrase: Phrase) -> Subject | None:
    """An institution, medium or country as the subject: ``وزارة الدفاع الروسية``,
    ``البيت الأبيض``, ``سيول``, ``الحكومة البريطانية`` (a government stands for its country),
    or one named without its country (``وزارة الخارجية`` in a Pyongyang dispatch).  A press
    office (``المكتب الإعلامي للرئاسة``) is read by `phrases`, which knows whose office it is."""
    document, first = phrase.document, phrase.first
    match = document.match_at.get(first)
    if (
        match is not None
        and match.alias_kind != DEMONYM
        and (phrase.as_source or match.proclitic[-1:] != "ل")
    ):
        return subject_from_match(document, match, phrase.gender, CONFIDENCE_TITLE, phrase.text)
    stem = phrase.head[2:] if phrase.head.startswith("ال") else phrase.head
    typed = stem in cues.MEDIUM_WORDS or stem in cues.ORGANISATION_WORDS
    after = _past_descriptors(document, first + 1, phrase.end) if typed else first + 1
    named = document.match_at.get(after) if after < phrase.end else None
    if typed and named is not None and named.alias_kind != DEMONYM and is_institution(document, named):
        # ``وكالة بلومبرغ``, ``شركة "السكك الحديدية الروسية"``
        return subject_from_match(document, named, phrase.gender, CONFIDENCE_TITLE, phrase.text)
    country = _government(document, first, phrase)
    if country is not None:
        return country
    return generic_institution(phrase, first, CONFIDENCE_HOME)


def official_agency(phrase: Phrase) -> Subject | None:
    """A country's official agency, described rather than named, in any order: ``أفادت الوكالة
    الرسمية في كوريا الشمالية بأن`` → KCNA, as ``الوكالة الرسمية الكورية الشمالية`` and
    ``وكالة الأنباء الرسمية لكوريا الشمالية``; ``وكالة الأنباء الرسمية في سوريا`` → SANA.  The
    phrase must say official (``الرسمية``/``الحكومية``) and name one country, by its adjective
    or after ``في``/``ل``; the agency is the one the registry's names and roles call the
    official agency of that country (`Gazetteer.official_agencies`), else none."""
    document = phrase.document
    if bare(phrase.head) not in _AGENCY_HEADS or document.match_at.get(phrase.first) is not None:
        return None
    official, adjective = False, None
    index = phrase.first + 1
    while index < phrase.end and adjective is None:
        token = document.norm(index)
        if token in _OFFICIAL_WORDS or token in _MEDIUM_DESCRIPTORS:
            official = official or token in _OFFICIAL_WORDS
            index += 1
            continue
        if token == "في" and index + 1 < phrase.end:
            index += 1
            continue
        adjective, index = _country_words(document, index, phrase.end)
        if adjective is None:
            return None
    while index < phrase.end and document.norm(index) in _OFFICIAL_WORDS:
        official, index = True, index + 1
    if not official or adjective is None or index != phrase.end:
        return None
    key = document.gazetteer.official_agencies().get(adjective)
    return Subject(key, phrase.text, phrase.gender, CONFIDENCE_TITLE) if key is not None else None


def _country_words(document: Document, index: int, end: int) -> tuple[tuple[str, ...] | None, int]:
    """The adjective of the country named at ``index`` (its adjective, its name, or its name
    glued to ل) and the token after it: ``كوريا الشمالية`` → (``الكوريه``, ``الشماليه``)."""
    match = document.match_at.get(index)
    if match is not None and match.proclitic in ("", "ل") and match.end_token <= end:
        adjective = document.gazetteer.country_adjective(match.key)
        return (adjective, match.end_token) if adjective is not None else (None, index)
    words = [document.norm(i) for i in range(index, min(end, index + countries.LONGEST_PLACE))]
    if words and words[0][:1] == "ل" and not words[0].startswith("ال"):
        words[0] = words[0][1:]
    size = countries.place_size(words)
    if size:
        return tuple(normalize(countries.adjective_at(words)).split()), index + size
    if names.is_adjective(document, index):
        return (document.norm(index),), index + 1
    return None, index


_AGENCY_HEADS = frozenset(normalize("وكالة الوكالة").split())
_OFFICIAL_WORDS = frozenset(normalize("الرسمية الحكومية").split())


# What stands between a medium's kind and its name: ``وكالة الأنباء اليابانية كيودو``.
_MEDIUM_DESCRIPTORS = frozenset(normalize("الأنباء للأنباء الرسمية الحكومية الإخبارية الخاصة").split())


def _past_descriptors(document: Document, index: int, end: int) -> int:
    """The word after the descriptors and countries' adjectives that may follow a body's kind
    before its name: ``وكالة الأنباء اليابانية كيودو`` → ``كيودو`` (Kyodo), ``الوكالة
    الرسمية الكورية`` stays as it is (nothing named after it)."""
    start = index
    while index < end and index - start < 3 and not document.gap_before(index).strip():
        if document.norm(index) in _MEDIUM_DESCRIPTORS or names.is_adjective(document, index):
            match = document.match_at.get(index)
            index = match.end_token if match is not None else index + 1
            continue
        break
    return index


def _government(document: Document, index: int, phrase: Phrase) -> Subject | None:
    """``الحكومة البريطانية``, ``السلطات الروسية``: the country of the adjective."""
    if bare(document.norm(index)) not in cues.GOVERNMENT_HEADS or index + 1 >= phrase.end:
        return None
    adjective = document.match_at.get(index + 1)
    if adjective is None or adjective.alias_kind != DEMONYM:
        return None
    return subject_from_match(document, adjective, phrase.gender, CONFIDENCE_TITLE, phrase.text)


def is_institution(document: Document, match: Match) -> bool:
    return match_kind(document, match) in ("medium", "organisation")


def unknown_medium(phrase: Phrase) -> Subject | None:
    """A medium or organisation the registry does not know, proposed under its name:
    ``صحيفة "كيهان"`` → ``كيهان``; ``وكالة تسنيم للأنباء`` → ``وكالة تسنيم``."""
    document, first = phrase.document, phrase.first
    stem = phrase.head[2:] if phrase.head.startswith("ال") else phrase.head
    if stem not in cues.MEDIUM_WORDS and stem not in cues.ORGANISATION_WORDS and stem != "خارجيه":
        return None
    kind = "medium" if stem in cues.MEDIUM_WORDS else "organisation"
    if taken_up_by_country(document, first, phrase.end):
        return None
    if anonymous(document, first + 1, phrase.end):
        return Subject(None, phrase.text, phrase.gender, 0.0)
    quote = document.quote_of[first + 1] if first + 1 < phrase.end else None
    if quote is not None and document.quotes[quote].kind == "term":
        name = document.quotes[quote].text
    elif (title := _newspaper_title(phrase, stem) or _numbered_station(phrase, stem)) is not None:
        name = title
    else:
        last = first + 1
        while last < phrase.end and (
            names.is_name_word(document, last) or (kind == "organisation" and modifies(document, last))
        ):
            last += 1
            if (
                kind == "organisation"
                and names.is_adjective(document, last - 1)
                and not _country_adjective(document, last, phrase.end)
            ):
                break  # ``ووصفت وزارة الخارجية السورية القمة``: the country ends the name
        if kind == "medium" and last > first + 1:
            last = _sister_title_end(document, last, phrase.end)
            last = _number_of_the_name(document, last, phrase.end)
        if kind == "organisation" and _coordinated_after(document, last):
            return None  # ``لجنة الشؤون العربية والخارجية``: a name cut short is no name
        last = _research_body_end(document, stem, first, last, phrase.end)
        of_country = _country_of_body(document, stem, last, phrase.end)
        bare_words = last == first + 1 or not _has_proper_part(document, first + 1, last)
        if of_country == last and bare_words and not _place_and_field(document, stem, first, last):
            return None  # ``معهد واشنطن`` alone: the place, or a body cut short
        last = of_country
        last = seat_end(document, stem, last, phrase.end)
        name = institution_name(document, first, last)
        if stem in _PERIODICALS and last > first + 1:
            name = _periodical_name(document, first, last)
    return Subject(None, phrase.text, phrase.gender, CONFIDENCE_PROPOSED, ProposedActor.from_text(name, kind))


def _periodical_name(document: Document, first: int, last: int) -> str:
    """A periodical is named without its kind, as ``صحيفة الراية`` is ``الراية``: ``كتبت صحيفة كوريا
    تايمز أن`` → ``كوريا تايمز``."""
    return document.text[document.tokens[first + 1][0] : document.tokens[last - 1][1]]


# Broadcasters only, not all of ``cues.MEDIUM_WORDS``: a station's frequency or channel number
# is part of its name, cited with its kind (``إذاعة البلد 92``), while a periodical is named bare
# by `_newspaper_title` (``صحيفة الراية`` → ``الراية``), and a number after an agency's or a
# site's one definite word has not been seen to be its name.
_STATIONS = frozenset(normalize("إذاعة راديو قناة").split())


def _numbered_station(phrase: Phrase, stem: str) -> str | None:
    """A station named by one definite word and its number, kind and all (round 24): ``وقالت
    إذاعة البلد 92 في نشرتها`` → ``إذاعة البلد 92``; the number says it is a name."""
    document, first = phrase.document, phrase.first
    name, number = first + 1, first + 2
    if stem not in _STATIONS or phrase.head.startswith("ال") or number >= phrase.end:
        return None
    if document.match_at.get(name) is not None or not unknown_definite_word(document, name):
        return None
    if _number_of_the_name(document, number, phrase.end) == number:
        return None
    return document.text[document.tokens[first][0] : document.tokens[number][1]]


def _number_of_the_name(document: Document, last: int, end: int) -> int:
    """A number right after a medium's name is the name's (round 24), as in ``فرانس 24``:
    ``وقالت إذاعة بيت لحم 2000 في نشرتها`` → ``إذاعة بيت لحم 2000``, ``إذاعة البلد 92``."""
    if last < end and document.norm(last).isdigit() and not document.gap_before(last).strip():
        return last + 1
    return last


def _sister_title_end(document: Document, last: int, end: int) -> int:
    """A medium's name that runs on into a registered medium's name is one title, a sister
    edition: ``صحيفة كوريا جونغ آنغ ديلي`` goes on past ``جونغ آنغ`` (JoongAng Ilbo) to
    ``ديلي`` (another paper, not JoongAng Ilbo).  Only a medium's name glued to nothing, and
    only when a word of the name stands before it."""
    match = document.match_at.get(last)
    if match is None or match.proclitic or match_kind(document, match) != "medium" or match.end_token > end:
        return last
    if document.gap_before(last).strip():
        return last
    last = match.end_token
    while last < end and names.is_name_word(document, last):
        last += 1
    return last


# Kinds of body whose own name always says more than its country: a ministry its field
# (``وزارة الخارجية``), an agency its name (``وكالة الأنباء الفرنسية``, ``وكالة يونهاب``).
_NAMED_BEYOND_THEIR_COUNTRY = frozenset(normalize("الوزارة الوكالة").split())


def taken_up_by_country(document: Document, first: int, end: int) -> bool:
    """A ministry's or an agency's kind word with the article and nothing after it but its
    country's adjective is no body's name but a body the copy takes up (round 24;
    `references.role` reads it): ``قالت وزارة الخارجية اليابانية … وأضافت الوزارة اليابانية``
    → the Japanese Foreign Ministry, ``وأفادت الوكالة الفرنسية`` → AFP, never a body proposed
    as ``الوزارة اليابانية``."""
    if bare(document.norm(first)) not in _NAMED_BEYOND_THEIR_COUNTRY:
        return False
    return country_adjectives_end(document, first + 1, end) == end > first + 1


def country_adjectives_end(document: Document, index: int, end: int) -> int:
    """The first token past the country adjectives at ``index``: ``الكورية الجنوبية`` (one
    registry demonym) or ``الجزائرية`` (a country of `countries`)."""
    while index < end and _country_adjective(document, index, end):
        match = document.match_at.get(index)
        index = match.end_token if match is not None and match.alias_kind == DEMONYM else index + 1
    return index


def _country_adjective(document: Document, index: int, end: int) -> bool:
    """A registry country's adjective after another one: ``الحزب الشيوعي المصري`` goes on
    past ``الشيوعي`` to the country."""
    if index >= end:
        return False
    match = document.match_at.get(index)
    return (match is not None and match.alias_kind == DEMONYM) or document.norm(index) in countries.ADJECTIVES


def _coordinated_after(document: Document, index: int) -> bool:
    """A definite word joined by و right after the name, with nothing between: the name goes
    on in a way the phrase did not read (``لجنة الشؤون العربية والخارجية بمجلس النواب``)."""
    if index >= len(document.tokens) or document.gap_before(index).strip():
        return False
    return document.norm(index).startswith("وال")


# Research bodies whose name is a place or a person and then their field: ``مركز كارنيغي
# للشرق الأوسط``, ``معهد واشنطن لسياسة الشرق الأدنى``.
_RESEARCH_BODIES = frozenset(normalize("مركز معهد").split())
_FIELD_WORDS = 3


def _research_body_end(document: Document, stem: str, first: int, last: int, end: int) -> int:
    """A research body's name runs on through its field, glued to ل, and the field's definite
    words: ``مركز كارنيغي للشرق الأوسط`` (not ``مركز كارنيغي``); ``معهد واشنطن لسياسة الشرق
    الأدنى``, where the place the registry knows is the name."""
    if stem not in _RESEARCH_BODIES:
        return last
    if last == first + 1 and _named_after_a_place(document, stem, first, last + 1):
        last = document.match_at[first + 1].end_token
    if last == first + 1 or last >= end or document.gap_before(last).strip():
        return last
    written = document.text[document.tokens[last][0] : document.tokens[last][1]]
    field = document.norm(last)[1:]
    if not written.startswith("ل") or field in cues.PERSON_NOUNS or ("ال" + field) in cues.PERSON_NOUNS:
        return last  # ``قال مركز كارنيغي للصحفيين``: to whom, not the field
    field_end = last + 1
    while field_end < min(end, last + _FIELD_WORDS) and modifies(document, field_end):
        field_end += 1
    return field_end


def _place_and_field(document: Document, stem: str, first: int, last: int) -> bool:
    """``معهد واشنطن لسياسة الشرق الأدنى``: named by a place, then its field."""
    return (
        _named_after_a_place(document, stem, first, first + 2)
        and last > document.match_at[first + 1].end_token
    )


def _named_after_a_place(document: Document, stem: str, first: int, last: int) -> bool:
    """``معهد واشنطن``: a research body named by a place the registry knows."""
    place = document.match_at.get(first + 1)
    return (
        stem in _RESEARCH_BODIES
        and place is not None
        and not place.proclitic
        and match_kind(document, place) == "country"
        and place.end_token >= last
    )


def anonymous(document: Document, first: int, end: int) -> bool:
    """``أما قناة مجهولة المصدر فكتبت``, ``حساب غير معروف``: a body the copy says it cannot
    name has no name to propose; the quote waits for an editor."""
    for index in range(first, min(end, first + 2)):
        word = document.norm(index)
        if word in _NAMELESS or (
            word == "غير" and index + 1 < end and document.norm(index + 1) in _NAMELESS_AFTER_NOT
        ):
            return True
    return False


_NAMELESS = frozenset(normalize("مجهول مجهولة مجهوله المجهول المجهولة المجهوله").split())
_NAMELESS_AFTER_NOT = frozenset(normalize("معروف معروفة معروفه المعروف المعروفة").split())


# Kinds of periodical whose name copy gives bare: ``صحيفة الراية`` is ``الراية``.
_PERIODICALS = frozenset(normalize("صحيفة جريدة مجلة يومية").split())


def _newspaper_title(phrase: Phrase, stem: str) -> str | None:
    """A newspaper named by one definite word after its kind, unquoted: ``كتبت صحيفة الراية
    أن`` → ``الراية``; ``وذكرت صحيفة المجاهد الحكومية في افتتاحيتها`` → ``المجاهد`` (the
    adjective after it describes the paper).  The kind must be indefinite (``الصحيفة الرسمية``
    names no paper), and the word no description (``صحيفة الحكومة``)."""
    document, first = phrase.document, phrase.first
    name = first + 1
    if stem not in _PERIODICALS or phrase.head.startswith("ال") or name >= phrase.end:
        return None
    if document.match_at.get(name) is not None or not unknown_definite_word(document, name):
        return None
    following = name + 1
    if following < phrase.end and not document.gap_before(following).strip():
        after = document.norm(following)
        if not (
            names.is_adjective(document, following)
            or after in names.NOT_NATIONALITY
            or after in cues.NP_STOPWORDS
        ):
            return None  # ``صحيفة الشرق الأوسط``: a name of more words than one
    return document.text[document.tokens[name][0] : document.tokens[name][1]]


# Bodies a country keeps abroad, named by their seat: ``السفارة الصينية في بيونغ يانغ``.
_SEATED = frozenset(normalize("سفارة قنصلية بعثة").split())


def _country_of_body(document: Document, stem: str, last: int, end: int) -> int:
    """``سفارة روسيا`` (the country in construct, not as adjective): the embassy's name goes
    on through the country the registry knows."""
    if stem not in _SEATED or last >= end:
        return last
    country = document.match_at.get(last)
    if country is None or match_kind(document, country) != "country" or country.proclitic:
        return last
    return country.end_token


def seat_end(document: Document, stem: str, last: int, end: int) -> int:
    """An embassy's name runs on through its seat, a place the registry knows: ``السفارة
    الصينية في بيونغ يانغ`` is one embassy among China's, so it is proposed whole."""
    if stem not in _SEATED or last + 1 >= end or document.norm(last) != "في":
        return last
    place = document.match_at.get(last + 1)
    if place is None:
        # ``سفارة روسيا في نواكشوط``: a capital the registry does not list, ending the phrase;
        # ``في القاهرة``: one of `countries`, written with the article
        size = countries.place_size([document.norm(index) for index in range(last + 1, end)])
        if size and (last + 1 + size == end or _where_it_spoke(document, last + 1 + size, end)):
            return last + 1 + size
        named = names.is_name_word(document, last + 1)
        return last + 2 if named and (last + 2 == end or _where_it_spoke(document, last + 2, end)) else last
    if match_kind(document, place) != "country" or place.end_token > end:
        return last
    return place.end_token


def _where_it_spoke(document: Document, index: int, end: int) -> bool:
    """What follows an embassy's seat and ends the phrase is where it spoke, not more of its
    name (round 28): ``قالت السفارة الأمريكية في بغداد في تغريدة`` → the embassy in
    Baghdad; ``في بيان``, ``عبر منصة``, ``على حسابها``.  A seat that runs into other words
    (``في بغداد الجديدة``) is not told.  A colon or comma after the seat ends the name too:
    ``بيان للسفارة الروسية في بيروت: "…"``."""
    if index < end and any(char in ":،," for char in document.gap_before(index)):
        return True
    if index < end and document.norm(index) in cues.STATEMENT_NOUNS:
        return True  # ``أصدرت السفارة الصينية في بيروت بياناً``: what it issued
    if index >= end or index + 1 >= len(document.tokens) or document.norm(index) not in _ASIDE_OPENERS:
        return False
    word = document.norm(index + 1)
    return word in cues.STATEMENT_NOUNS or word in _PLATFORMS


_ASIDE_OPENERS = frozenset(normalize("في عبر على").split())
_PLATFORMS = frozenset(normalize("منصة حسابها صفحتها موقعها منصتها").split())


def modifies(document: Document, index: int) -> bool:
    """``الخارجية التركية`` after وزارة: a definite word continuing an institution's name."""
    token = document.norm(index)
    return token.startswith("ال") and token not in cues.NP_STOPWORDS
