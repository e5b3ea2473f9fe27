"""What a bare role refers back to: ``الوزير`` → the minister the article introduced,
``الوكالة`` → the agency (or the dateline's credit), ``المتحدث ذاته`` → the speaker just quoted,
``الدبلوماسية الروسية`` → the last speaker whose registry role it fits; nobody otherwise.
Read by `phrases.resolve_phrase` as one of its rules."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from articles.extraction import countries, cues, names
from articles.extraction.actors import DEMONYM, FEMININE, MASCULINE, ProposedActor
from articles.extraction.institutions import taken_up_by_country
from articles.extraction.normalize import normalize
from articles.extraction.subject import (
    CONFIDENCE_ROLE,
    Phrase,
    Subject,
    bare,
    match_kind,
    subject_from_match,
)

if TYPE_CHECKING:
    from articles.extraction.actors import ActorRecord
    from articles.extraction.document import Document


def role(phrase: Phrase) -> Subject | None:
    """A bare role refers back: ``الوزير`` → the minister the article introduced, ``الوكالة``
    → the agency, ``الشركة`` → the company; ``الدبلوماسية الروسية`` → the last feminine Russian
    speaker.  Only a short phrase: ``الوزير الروسي``, not a whole description."""
    document, head = phrase.document, phrase.head
    if (
        names.kin_noun(document, phrase.first)
        and not head.startswith("ال")
        and _description_length(document, phrase) <= 3
    ):
        return _relative_named_before(phrase)
    if not head.startswith("ال") or _description_length(document, phrase) > 3:
        return None
    taken_up = _source_taken_up(phrase) or _unnamed_taken_up(phrase)
    if taken_up is not None:
        return taken_up
    if head in _THE_LATTER and phrase.end == phrase.first + 1:
        return _the_latter(phrase)
    if head in cues.PERSON_NOUNS and _same_one(document, phrase.first + 1, phrase.end):
        return _last_speaker(phrase)
    earlier = (
        document.role(head[2:], phrase.first)
        or _dateline_agency(document, head[2:])
        or _paper_of_the_editorial(document, head[2:])
        or _paper_of_the_masthead(document, head[2:])
        or _agency_of_its_country(phrase)
    )
    if head[2:] in cues.ORGANISATION_WORDS and (earlier is None or _is_person(document, earlier)):
        spokesman = earlier or _last_spokesman(document)
        if spokesman is None:
            return None
        return _body_spoken_for(document, phrase, spokesman) or _body_of_its_spokesman(
            document, spokesman, head[2:]
        )
    if earlier is not None and _of_another_country(document, phrase, earlier):
        # ``الوكالة الرسمية اليابانية`` after SANA: another agency, the country's own if one
        return _agency_of_its_country(phrase)
    if earlier is not None:
        return Subject(earlier.key, phrase.text, phrase.gender, CONFIDENCE_ROLE, earlier.proposed)
    if head in _SPEAKING_ONE and phrase.end == phrase.first + 1:
        return _last_speaker(phrase)  # ``وتابع المتحدث:`` after an expert: the one speaking
    if head not in cues.PERSON_NOUNS:
        return None
    affiliation = _affiliation_in(document, phrase.first + 1, phrase.end)
    for subject in reversed(document.history):
        actor = document.gazetteer.actor(subject.key)
        if actor is None or actor.kind != "person" or actor.gender != phrase.gender:
            continue
        if affiliation and actor.affiliation != affiliation:
            continue
        if not _holds_role(actor.role_ar, head):
            return None  # ``وقال الخبير`` after Peskov: an expert the copy never named, not him
        return Subject(subject.key, phrase.text, phrase.gender, CONFIDENCE_ROLE)
    return None


_SOURCES = frozenset(normalize("مصدر مسؤول").split())


def _relative_named_before(phrase: Phrase) -> Subject | None:
    """A relation in construct takes up the person the article introduced under it: ``الشقيقة
    الصغرى للزعيم الكوري الشمالي، كيم يو جونغ`` … ``وأضافت شقيقة الزعيم:`` → Kim Yo Jong; with
    nobody introduced so, nobody (never the last speaker of her gender)."""
    earlier = phrase.document.role(phrase.head, phrase.first)
    if earlier is None:
        return None
    return Subject(earlier.key, phrase.text, phrase.gender, CONFIDENCE_ROLE, earlier.proposed)


def _source_taken_up(phrase: Phrase) -> Subject | None:
    """``المصدر`` (``المصدر ذاته``, ``المسؤول``) takes up the unnamed source or official the
    copy quoted last with that word, and speaks for whom it spoke: ``قال مصدر في وزارة الخارجية
    … لوكالة سانا إن "…". وأشار المصدر إلى أن "…"`` → the ministry (or the same unnamed
    source); with no such source before, nobody."""
    stem = phrase.head[2:]
    if stem not in _SOURCES:
        return None
    for subject in reversed(phrase.document.history):
        words = normalize(subject.text).split()
        if words and bare(words[0]) == stem and subject.identified:
            key, proposed, description = subject.key, subject.proposed, subject.description
            return Subject(key, phrase.text, phrase.gender, CONFIDENCE_ROLE, proposed, description)
    return None


# His host, his guest: the roles `clauses` learns from ``استقبل بوتين كيم`` (round 28).
_HOST_OR_GUEST_OF_HIS = {
    **{normalize(word): "مضيف" for word in ("مضيفه", "مضيفها")},
    **{normalize(word): "ضيف" for word in ("ضيفه", "ضيفها")},
}


def host_or_guest(phrase: Phrase) -> Subject | None:
    """``مضيفه`` alone (the antecedent of ``الذي قال``) is the host the article introduced, as
    ``المضيف`` is: ``استقبل الرئيس الروسي فلاديمير بوتين الزعيم الكوري الشمالي … صافح الزعيم
    مضيفه الذي بادره بالقول: «…»`` → Putin; with no host introduced, nobody (None: the
    other rules read the phrase)."""
    if phrase.head not in _HOST_OR_GUEST_OF_HIS or phrase.end != phrase.first + 1:
        return None
    earlier = phrase.document.role(_HOST_OR_GUEST_OF_HIS[phrase.head], phrase.first)
    if earlier is None:
        return None
    return Subject(earlier.key, phrase.text, phrase.gender, CONFIDENCE_ROLE, earlier.proposed)


def _unnamed_taken_up(phrase: Phrase) -> Subject | None:
    """A bare person noun takes up the unnamed speaker the copy last quoted under that noun,
    when no one named under it spoke since (round 28): ``وقال دبلوماسي روسي في القاهرة …:
    "…". وتابع الدبلوماسي: "…"`` → the same unnamed diplomat, not Ushakov quoted before him;
    ``وقال الوزير`` after ``وزير الخارجية الروسي سيرغي لافروف`` still finds the minister."""
    stem = phrase.head[2:]
    if phrase.end != phrase.first + 1 or phrase.head not in cues.PERSON_NOUNS:
        return None
    for subject in reversed(phrase.document.history):
        words = normalize(subject.text).split()
        if not words or bare(cues.strip_conjunction(words[0])) != stem:
            continue
        if subject.key is not None or subject.proposed is not None or not subject.description:
            return None  # a named one under that noun spoke last: the usual rules find him
        return Subject(None, phrase.text, phrase.gender, CONFIDENCE_ROLE, None, subject.description)
    return None


def _is_person(document: Document, subject: Subject) -> bool:
    actor = document.gazetteer.actor(subject.key) if subject.key else None
    return actor is not None and actor.kind == "person"


_FOR = normalize("باسم")


def _last_spokesman(document: Document) -> Subject | None:
    """The last speaker, when a registered person: ``قال الناطق باسم الخارجية الأمريكية ماثيو
    ميلر`` carries no role word of ``الوزارة``, so `Document.role` does not find him."""
    last = document.history[-1] if document.history else None
    return last if last is not None and _is_person(document, last) else None


def _body_spoken_for(document: Document, phrase: Phrase, spokesman: Subject) -> Subject | None:
    """A body's word takes up the body a spokesperson's title named, not the spokesperson:
    ``قالت المتحدثة باسم وزارة الخارجية الروسية ماريا زاخاروفا "…". وأشارت الوزارة في بيان
    إلى أن "…"`` → the Russian Foreign Ministry; ``الناطق باسم الخارجية الأمريكية … وأكدت
    الوزارة`` → the State Department.  The body must be of the word's kind (``الوزارة`` is no
    Kremlin); a person whose title names no such body leaves the quote to an editor."""
    words = spokesman.text.split()
    spoken_for = [i for i, word in enumerate(words) if normalize(word) == _FOR]
    if not spoken_for:
        return None
    after = words[spoken_for[0] + 1 :]
    for size in range(len(after), 0, -1):  # the title's body, before the name that may follow
        body = document.gazetteer.whole_match(" ".join(after[:size]))
        actor = document.gazetteer.actor(body) if body else None
        if actor is not None and actor.kind != "person":
            if bare(normalize(actor.name_ar).split()[0]) != phrase.head[2:]:
                return None
            return Subject(body, phrase.text, phrase.gender, CONFIDENCE_ROLE)
    return None


def _body_of_its_spokesman(document: Document, earlier: Subject, kind: str) -> Subject | None:
    """The registry body a spokesman's role names after ``باسم``, of the word's kind, when the copy's
    title did not name it (round 16): ``قال المتحدث باسم الخارجية الصينية وانغ وين بين … وقالت
    الوزارة`` → the Chinese Foreign Ministry."""
    actor = document.gazetteer.actor(earlier.key) if earlier.key is not None else None
    if actor is None or actor.kind != "person":
        return None
    words = actor.role_ar.split()
    spelled = [normalize(word) for word in words]
    if _FOR not in spelled:
        return None
    body = " ".join(words[spelled.index(_FOR) + 1 :])
    body_key = document.gazetteer.whole_match(body) if body else None
    body_actor = document.gazetteer.actor(body_key) if body_key else None
    if body_actor is None or body_actor.kind != "organisation" or normalize(body.split()[0]) != kind:
        return None
    return Subject(body_key, body, body_actor.gender, CONFIDENCE_ROLE)


def _holds_role(role_ar: str, head: str) -> bool:
    """Whether the registry's description of a person has the role word: ``الدبلوماسية``
    fits the spokeswoman of a foreign ministry, ``الخبير`` does not fit the Kremlin's."""
    stem = head[2:] if head.startswith("ال") else head
    words = {bare(word) for word in normalize(role_ar).split()}
    if any(word in (stem, "ال" + stem) for word in words):
        return True
    implied = _IMPLIED_BY_ROLE.get(stem.removesuffix("ه"), ())
    return any(hint in word for word in words for hint in implied)


# A role word that other words of a description imply: a diplomat works for a foreign ministry
# or an embassy (``الدبلوماسية الروسية`` → Zakharova, ``المتحدثة باسم وزارة الخارجية``).
_IMPLIED_BY_ROLE = {normalize("دبلوماسي"): tuple(normalize("خارجية سفير").split())}


def _dateline_agency(document: Document, role: str) -> Subject | None:
    """``الوكالة`` with no agency named before it in the text: the agency that the dateline
    credits, ``بيونغ يانغ 15 سبتمبر (كنا) -- … وأفادت الوكالة بأن "…"`` → KCNA; on a line of
    its own too (round 24), ``واشنطن - (أ ف ب)`` then ``وأفادت الوكالة الفرنسية`` → AFP."""
    if role != _AGENCY:
        return None
    end = max(document.dateline_end, _dateline_line_end(document))
    for match in document.matches:
        if match.first_token >= end:
            return None
        if len(match.keys) == 1 and match_kind(document, match) == "medium":
            if match.first_token >= document.dateline_end and not _is_agency(document, match.key):
                return None  # ``بغداد - السومرية``: the outlet's masthead, a channel
            return subject_from_match(document, match, FEMININE, CONFIDENCE_ROLE)
    return None


def _dateline_line_end(document: Document) -> int:
    """The end of a first line that is a dateline alone (``نيويورك - (أ ب)``): a short line
    after a dateline's dash, with no verb of saying and no quote."""
    first = document.dateline_end
    if not first:
        return 0
    for index in range(first, min(len(document.tokens), first + _CREDIT_WORDS + 1)):
        if "\n" in document.gap_before(index):
            return index
        if document.cue_forms[index] is not None or document.quote_of[index] is not None:
            return 0
    return 0


_CREDIT_WORDS = 4


def _is_agency(document: Document, key: str) -> bool:
    actor = document.gazetteer.actor(key)
    return actor is not None and actor.kind == "medium" and _agency_words(actor) is not None


def _agency_words(actor: ActorRecord) -> frozenset[str] | None:
    """The words an agency's registry description and names carry, without the article and
    the feminine ending (``وكالة أنباء كورية جنوبية`` → ``كوري``, ``جنوبي`` …); None for
    another medium."""
    words = normalize(actor.role_ar).split()
    if words[:1] != [_AGENCY]:
        return None
    words += [word for name in (actor.name_ar, *actor.aliases) for word in normalize(name).split()]
    return frozenset(_adjective_stem(word) for word in words)


def _adjective_stem(word: str) -> str:
    word = word.removeprefix("ال")
    return word.removesuffix("ه")


def _agency_of_its_country(phrase: Phrase) -> Subject | None:
    """``الوكالة`` and its country's adjective with no agency before it, named or credited: the
    one registry agency of that country (round 24), ``وأفادت الوكالة الفرنسية`` → AFP,
    ``الوكالة الكورية الجنوبية`` → Yonhap.  A country with several (``الوكالة الروسية``:
    TASS, RIA Novosti, Interfax, Sputnik) names none."""
    document = phrase.document
    if phrase.head != "ال" + _AGENCY or not taken_up_by_country(document, phrase.first, phrase.end):
        return None
    wanted = {_adjective_stem(document.norm(index)) for index in range(phrase.first + 1, phrase.end)}
    found = [
        actor
        for actor in document.gazetteer.actors.values()
        if actor.kind == "medium" and wanted <= (_agency_words(actor) or frozenset())
    ]
    if len(found) != 1:
        return None
    return Subject(found[0].key, phrase.text, FEMININE, CONFIDENCE_ROLE)


_AGENCY = normalize("وكالة")
_PAPERS = frozenset(normalize("صحيفة جريدة").split())
# A heading that says the text is a paper's own voice: ``رأي الخليج``, ``افتتاحية الوطن``.
_EDITORIAL_HEADS = frozenset(normalize("رأي افتتاحية كلمة").split())
_HEADING_WORDS = 4


def _paper_of_the_editorial(document: Document, role: str) -> Subject | None:
    """``الصحيفة`` with no paper named before it, in a text headed as a paper's editorial: the
    paper.  ``رأي الخليج`` (first line) … ``لقد كتبت الصحيفة في هذا المكان أن "…"`` → Al
    Khaleej (a registry medium), else the paper proposed under the heading's name."""
    if role not in _PAPERS or not document.sentences:
        return None
    heading = document.sentences[0]
    first = _past_masthead(document, heading.first, heading.end)
    if first > heading.first and heading.end - first == 1 and document.norm(first) in _EDITORIAL_LABELS:
        return _masthead_paper(document, heading.first, first)
    if heading.end - first > _HEADING_WORDS or heading.end - first < 2:
        return None
    if document.norm(first) not in _EDITORIAL_HEADS or "\n" not in document.gap_before(heading.end):
        return None
    if any(document.quote_of[index] is not None for index in range(first, heading.end)):
        return None
    match = document.match_at.get(first + 1)
    if match is not None:
        if match.end_token != heading.end or match_kind(document, match) != "medium":
            return None  # ``كلمة الرئيس``: a speech's heading, not a paper's
        return subject_from_match(document, match, FEMININE, CONFIDENCE_ROLE)
    if any(document.norm(index) in cues.PERSON_NOUNS for index in range(first + 1, heading.end)):
        return None  # ``كلمة الرئيس``
    start, end = document.tokens[first + 1][0], document.tokens[heading.end - 1][1]
    proposed = ProposedActor.from_text(document.text[start:end], "medium")
    return Subject(None, document.text[start:end], FEMININE, CONFIDENCE_ROLE, proposed)


# A heading that labels the text an editorial on its own, after the masthead and a bar.
_EDITORIAL_LABELS = frozenset(normalize("الافتتاحية افتتاحية").split())


def _masthead_paper(document: Document, first: int, end: int) -> Subject | None:
    """``القدس العربي | الافتتاحية``: the paper whose name stands before the bar, a registry
    medium or else proposed as written."""
    if "\n" not in document.gap_before(end + 1) or any(
        document.quote_of[index] is not None for index in range(first, end + 1)
    ):
        return None
    match = document.match_at.get(first)
    if match is not None:
        if match.end_token != end or match_kind(document, match) != "medium":
            return None
        return subject_from_match(document, match, FEMININE, CONFIDENCE_ROLE)
    start, stop = document.tokens[first][0], document.tokens[end - 1][1]
    proposed = ProposedActor.from_text(document.text[start:stop], "medium")
    return Subject(None, document.text[start:stop], FEMININE, CONFIDENCE_ROLE, proposed)


def centre_of_the_paper(phrase: Phrase) -> Subject | None:
    """A research centre's paper speaks for the centre whose masthead opens the text:
    ``مركز جسور للدراسات | تحليل | 26 أيلول 2023`` … ``ويشير التحليل إلى أن "…"`` → the centre,
    proposed under the masthead's name (``وتخلص الورقة``, ``يرى هذا التقدير``, ``تذهب هذه
    الدراسة`` alike).  Nobody when the masthead names no centre (a news site's ``الدراسة``
    is someone else's) or when the text introduced another paper before (``نشر معهد واشنطن
    دراسة …، وتقول الدراسة``)."""
    document, first = phrase.document, phrase.first
    if phrase.head in cues.DEMONSTRATIVES and phrase.end > first + 1:
        first += 1
    if phrase.end - first != 1:
        return None
    head = bare(document.norm(first))
    if not head.startswith("ال") or head[2:] not in cues.RESEARCH_PAPERS:
        return None
    name = _masthead_centre(document)
    if name is None:
        return None
    masthead_end = len(document.text.split("\n", 1)[0])
    if any(
        head[2:] in (document.norm(index), bare(document.norm(index)))
        and document.tokens[index][0] > masthead_end
        for index in range(first)
    ):
        return None  # the text's own label (``| تحليل |``) introduces no other paper
    proposed = ProposedActor.from_text(name, "organisation")
    return Subject(None, phrase.text, phrase.gender, CONFIDENCE_ROLE, proposed)


# Words that name a research body in a masthead's segment.
_CENTRE_WORDS = frozenset(normalize("مركز المركز معهد المعهد").split())
_MASTHEAD_WORDS = 30


def _masthead_centre(document: Document) -> str | None:
    """The research centre the text's first line names between its bars, dashes or commas
    (``وحدة الدراسات السياسية | المركز العربي للأبحاث ودراسة السياسات | الدوحة``): that
    segment as written; None when the first line is long or names no centre."""
    line = document.text.split("\n", 1)[0]
    if len(line.split()) > _MASTHEAD_WORDS or not any(bar in line for bar in "|—–"):
        return None
    for segment in re.split(r"\s*[|—–،]\s*", line):
        words = [bare(word) for word in normalize(segment).split()]
        if any(word in _CENTRE_WORDS for word in words):
            return segment.strip()
    return None


def _paper_of_the_masthead(document: Document, role: str) -> Subject | None:
    """``الصحيفة`` with no paper named before it, in a text whose first line opens with a
    registry paper's name and a bar: ``رودونغ سينمون | 15 سبتمبر …`` … ``وجاء في تعليق
    للصحيفة: "…"`` → Rodong Sinmun, the paper the text is from."""
    if role not in _PAPERS:
        return None
    return masthead_medium(document)


def masthead_medium(document: Document) -> Subject | None:
    """The registry medium whose name and a bar open the text (``دويتشه فيله | …``): the
    outlet the text is from, whose ``مراسلنا`` (our correspondent) speaks for it."""
    if not document.tokens:
        return None
    match = document.match_at.get(0)
    if match is None or match_kind(document, match) != "medium" or len(match.keys) != 1:
        return None
    following = match.end_token
    if following >= len(document.tokens) or "|" not in document.gap_before(following):
        return None
    return subject_from_match(document, match, FEMININE, CONFIDENCE_ROLE)


def _past_masthead(document: Document, first: int, end: int) -> int:
    """Where a heading starts past the site's masthead and a bar: ``الاتحاد | رأي الاتحاد``."""
    for index in range(first + 1, min(end, first + _HEADING_WORDS)):
        if "|" in document.gap_before(index):
            return index
    return first


def editorial_paper(document: Document) -> Subject | None:
    """The paper whose own voice the text is, when it is headed as an editorial."""
    return _paper_of_the_editorial(document, _PAPER)


_PAPER = normalize("صحيفة")


def _same_one(document: Document, first: int, end: int) -> bool:
    return any(document.norm(index) in cues.SAME_ONE for index in range(first, min(end, first + 2)))


# ``المتحدث`` alone, with no spokesman introduced before it, is the one speaking: ``أوضح أستاذ
# العلوم السياسية سمير بلقاسم أن "…". وتابع المتحدث: "…"`` → Samir Belkacem.
_SPEAKING_ONE = frozenset(normalize("المتحدث المتحدثة").split())


def _last_speaker(phrase: Phrase) -> Subject | None:
    """``وأضاف المتحدث ذاته``, ``ونوّه المصرّح ذاته إلى أن "…"``: the one just quoted, whoever the
    noun calls them (Maghrebi copy says it of every kind of speaker, named or proposed)."""
    document = phrase.document
    for subject in reversed(document.history):
        if subject.identified and subject.gender == phrase.gender:
            return Subject(subject.key, phrase.text, phrase.gender, CONFIDENCE_ROLE, subject.proposed)
    return None


def _of_another_country(document: Document, phrase: Phrase, earlier: Subject) -> bool:
    """A role word with a country's adjective does not refer back to an actor of another
    country: ``وأشارت الوكالة اليابانية`` after ``وكالة الأنباء السورية`` (whose name says
    Syrian) is a Japanese agency; ``الوزير الروسي`` after Lavrov is Lavrov.  Only when the
    earlier actor's country is known, by its registry affiliation or an adjective in its names."""
    actor = document.gazetteer.actor(earlier.key)
    if actor is None:
        return False
    own = _own_adjectives(actor)
    for index in range(phrase.first + 1, phrase.end):
        match = document.match_at.get(index)
        if match is not None and match.alias_kind == DEMONYM:
            country = document.gazetteer.actor(match.key)
            if country is None or actor.affiliation == country.affiliation:
                return False
            return actor.affiliation != "other" or bool(own)
        word = document.norm(index)
        if word in countries.ADJECTIVES:
            return bool(own) and word not in own and word + "ه" not in own
    return False


@lru_cache(maxsize=4096)
def _own_adjectives(actor: ActorRecord) -> frozenset[str]:
    """The countries' adjectives an actor's registry names carry: SANA → ``السوريه``."""
    names = (actor.name_ar, actor.role_ar, *actor.aliases)
    words = {word for name in names for word in normalize(name).split()}
    return frozenset(words & countries.ADJECTIVES)


# ``الأخير``, ``الأخيرة``: the latter, the person named last.
_THE_LATTER = {"الاخير": MASCULINE, "الاخيره": FEMININE}
_LATTER_REACH = 60


def _the_latter(phrase: Phrase) -> Subject:
    """``الأخير`` alone as a subject is the person of its gender named last before it:
    ``استقبل كيم جونغ أون وزير الخارجية سيرغي لافروف، حيث أكد الأخير أن "…"`` → Lavrov, not
    Kim; ``والتقى لافروف نظيرته تشوي سون هوي، وقالت الأخيرة إن`` → Choe.  With no registered
    person of that gender within reach, nobody (a wrong name is worse than none)."""
    document = phrase.document
    gender = _THE_LATTER[phrase.head]
    for index in range(phrase.first - 1, max(-1, phrase.first - _LATTER_REACH), -1):
        match = document.match_at.get(index)
        if match is None or match.end_token > phrase.first:
            continue
        actor = document.gazetteer.actor(match.key)
        if actor is not None and actor.kind == "person" and actor.gender == gender:
            return subject_from_match(document, match, gender, CONFIDENCE_ROLE, phrase.text)
    return Subject(None, phrase.text, gender, 0.0)


def _description_length(document: Document, phrase: Phrase) -> int:
    """Words of the head and its adjectives, up to an adverbial: ``الرئيس في سجل الزوار`` → 1."""
    for index in range(phrase.first + 1, phrase.end):
        if document.norm(index) in cues.NP_STOPWORDS or document.norm(index) in cues.ATTACHING:
            return index - phrase.first
    return phrase.end - phrase.first


def _affiliation_in(document: Document, first: int, end: int) -> str:
    for index in range(first, end):
        match = document.match_at.get(index)
        if match is not None:
            actor = document.gazetteer.actor(match.key)
            return actor.affiliation if actor else ""
    return ""
