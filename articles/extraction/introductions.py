"""Speakers a text introduces without a verb of saying of their own, as reaction pieces and
op-eds do (round 13):

- someone who had said it before, glued to ل after ``سبق``: ``وقد سبق لوزير الخارجية
  الأمريكي أنتوني بلينكن أن وصف التقارب بأنه "…"`` → Blinken;
- someone a verb that is not one of saying introduces, whose words follow after ``إذ تقول`` or
  a colon: ``تخالفه الرأي الباحثة … ريم الحسيني، إذ تقول: "…"`` → the researcher (`clause_opener`);
- a name, then a verb that is not one of saying and what it says of him, then a colon: ``وحده
  المحلل الاقتصادي جاسم الكعبي بدا متفائلاً: "…"`` → the analyst;
- words a noun of wording attributes: ``عبارة المحلل الروسي فيودور لوكيانوف: "…"``;
- an op-ed's own first person: ``وأقول للذين يراهنون …: "…"`` under ``بقلم: د. خالد المصري``.

Each gives a named speaker only, and only where the words say whose the clause is: otherwise
the quote stays without one.
"""

from __future__ import annotations

from articles.extraction import names
from articles.extraction.actors import FEMININE, MASCULINE
from articles.extraction.clauses import cue_gender, remember
from articles.extraction.document import Document, Sentence
from articles.extraction.normalize import normalize, tokens
from articles.extraction.phrases import PLURAL, Subject, describes, noun_phrase, resolve_phrase

_HAD_ALREADY = frozenset(normalize("سبق وسبق فسبق يسبق ويسبق").split())
_THAT = frozenset(normalize("أن ان").split())
_NAME_WORDS = 12  # ``لوزير الخارجية الأمريكي أنتوني بلينكن``, ``للباحث في مركز … سامي عودة``


def had_already_said(document: Document, sentence: Sentence, cue: int) -> Subject | None:
    """The one glued to ل after ``سبق`` whose ``أن`` clause the verb of saying opens: ``وقد سبق
    لوزير الخارجية الأمريكي أنتوني بلينكن أن وصف التقارب بأنه "…"`` → Blinken (had described it),
    not ``التقارب``, the thing described.  Only a named speaker."""
    that = cue - 1
    if that - 2 < sentence.first or document.norm(that) not in _THAT:
        return None
    for verb in range(that - 2, max(sentence.first, that - _NAME_WORDS) - 1, -1):
        if document.quote_of[verb] is not None:
            return None
        if document.norm(verb) not in _HAD_ALREADY:
            continue
        first = verb + 1
        if document.norm(first)[:1] != "ل":
            return None
        for as_source in (False, True):  # ``لوزير … سيرغي لافروف``, ``للباحث … سامي عودة``
            subject = resolve_phrase(document, first, that, MASCULINE, as_source=as_source)
            if subject is not None and subject.named:
                return subject
        return None
    return None


_WORDING = frozenset(normalize("عبارة عبارات مقولة كلمات").split())


def wording_of(document: Document, sentence: Sentence, quote_token: int) -> Subject | None:
    """A noun of wording, its author and a colon before the quote: ``ولعل أصدق ما قيل في هذا
    الشأن عبارة المحلل الروسي فيودور لوكيانوف: "…"`` → Lukyanov.  The author must fill the
    words from the noun to the colon (``عبارة أمام الحضور:`` names nobody)."""
    if ":" not in document.gap_before(quote_token):
        return None
    for index in range(quote_token - 2, max(sentence.first, quote_token - _NAME_WORDS - 2), -1):
        if document.quote_of[index] is not None or document.cue_form(index) is not None:
            return None
        if document.norm(index) not in _WORDING:
            continue
        if noun_phrase(document, sentence, index + 1) != (index + 1, quote_token):
            return None
        subject = resolve_phrase(document, index + 1, quote_token, MASCULINE)
        return subject if subject is not None and subject.named else None
    return None


def op_ed_author(document: Document) -> Subject | None:
    """The signed author of an op-ed (``رأي | بقلم: د. خالد المصري``), who speaks in the first
    person: ``وأقول للذين يراهنون على عزلة روسيا: "…"`` → the author."""
    author = document.roles.get("كاتب")
    return author[1] if author is not None and author[1].named else None


_WHILE = frozenset(normalize("إذ اذ حيث").split())
_BUT_WORDS = frozenset(normalize("غير إلا الا بيد").split())
_ALONE = frozenset(normalize("وحده وحدها").split())
_BEFORE_A_VERB = frozenset(normalize("قد وقد فقد لقد ثم").split())
_FRONTED_WORDS = 4
_PREDICATE_WORDS = 3  # ``بدا متفائلاً``, ``كان أكثر تشاؤماً``


def introduced_while_saying(document: Document, sentence: Sentence, cue: int, gender: str) -> Subject | None:
    """A verb of saying after ``إذ``/``حيث`` with no subject of its own: the subject of the
    clause before it, whose verb is not one of saying: ``في المقابل، تخالفه الرأي الباحثة
    اللبنانية في مركز كارنيغي ريم الحسيني، إذ تقول: "…"`` → the researcher; ``غير أن زميله
    … كريم نصار يختلف معه في القراءة، إذ يقول: "…"`` → Nassar."""
    if cue - 1 <= sentence.first or document.norm(cue - 1) not in _WHILE:
        return None
    return _subject_of_clause(document, sentence, cue - 1, gender, any_verb=True)


def introduced_as_describing(document: Document, sentence: Sentence, quote_token: int) -> Subject | None:
    """Words a clause's subject gives a thing ``بوصفها``/``باعتبارها`` (as being): ``ينظر أستاذ
    العلاقات الدولية … وليد الحاج إلى القمة بوصفها "…"`` → the professor."""
    describing = quote_token - 1
    if describing <= sentence.first or document.norm(describing) not in _AS_BEING:
        return None
    return _subject_of_clause(document, sentence, describing, "", any_verb=True)


_AS_BEING = frozenset(normalize("بوصفها بوصفه باعتبارها باعتباره").split())


def introduced_before_colon(document: Document, sentence: Sentence, quote_token: int) -> Subject | None:
    """A clause whose verb is not one of saying, then a colon and the quote: its named subject,
    after the verb (``تخالفه الرأي الباحثة ريم الحسيني: "…"``) or before a verb of being and
    its predicate (``وحده المحلل الاقتصادي جاسم الكعبي بدا متفائلاً: "…"``) → the analyst.
    Any other verb after the name (``بوتين استقبل ضيفه:``) is not read: whose words follow is
    then a guess."""
    if ":" not in document.gap_before(quote_token):
        return None
    return _subject_of_clause(document, sentence, quote_token, "", any_verb=False)


def _subject_of_clause(
    document: Document, sentence: Sentence, end: int, gender: str, *, any_verb: bool
) -> Subject | None:
    """The named subject of the clause that opens the sentence and runs to ``end``: around a
    verb of being (`_subject_of_copula`); after another verb (`_subject_after_verb`); with
    ``any_verb``, before a verb in the present whose prefix agrees with it (``كريم نصار
    يختلف معه``).  Its gender must agree with a gendered cue."""
    first = _clause_start(document, sentence, end)
    if first is None:
        return None
    subject, start = _subject_of_copula(document, sentence, first, end)
    if subject is None:
        subject, start = _subject_after_verb(document, sentence, first, end, gender)
    if subject is None and any_verb:
        subject, start = _subject_before_present_verb(document, first, end, gender)
    if subject is None or not subject.named or (gender and subject.gender != gender):
        return None
    proposed = subject.proposed
    if proposed is not None and (proposed.kind != "person" or not describes(document.norm(start))):
        return None  # an unregistered name only under its description: not ``وتختصر مقولة متداولة``
    remember(document, sentence, start, subject)  # later ``وتعتقد الحسيني``
    return subject


_PREPOSITIONS = frozenset(normalize("إلى الى على علي في مع من عن").split())
_AFTER_SUBJECT_WORDS = 4  # ``إلى القمة``, ``في القراءة``: the verb's complement, then ``end``


def _subject_after_verb(
    document: Document, sentence: Sentence, first: int, end: int, gender: str
) -> tuple[Subject | None, int]:
    """The subject right after the clause's verb, or past a definite word after a verb with its
    object glued (``تخالفه الرأي``), or past the verb's preposition and its noun (``تشكك في هذه
    القراءة الباحثة …``), whose name ends at ``end`` or at a preposition a few words before it
    (``وليد الحاج إلى القمة``).  The verb's gender must be the cue's."""
    if not names.is_name_word(document, first):
        return None, first
    verb_gender = _verb_gender(document, first)
    if gender and verb_gender != gender:
        return None, first
    for start in _subject_starts(document, first, end):
        reach = noun_phrase(document, sentence, start)[1]
        for stop in (end, *_prepositions_before(document, start, end)):
            if reach < stop:
                continue
            subject = resolve_phrase(document, start, stop, verb_gender)
            if subject is not None and subject.named and _name_ends_at(document, subject, stop):
                return subject, start
    return None, first


_OBJECT_PRONOUNS = ("ه", "ها", "هم")
_COMPLEMENT_WORDS = 4  # ``في هذه القراءة``


def _subject_starts(document: Document, verb: int, end: int) -> list[int]:
    """Where the subject of the verb may start: right after it; past ``الرأي`` after a verb with
    its object glued; past a preposition's phrase, at the description that follows it."""
    starts = [verb + 1]
    written = document.text[document.tokens[verb][0] : document.tokens[verb][1]]
    if written.endswith(_OBJECT_PRONOUNS) and document.norm(verb + 1).startswith("ال"):
        starts.append(verb + 2)
    if document.norm(verb + 1) in _PREPOSITIONS:
        starts.extend(
            index
            for index in range(verb + 3, min(end, verb + 2 + _COMPLEMENT_WORDS))
            if describes(document.norm(index))
        )
    return starts


def _verb_gender(document: Document, verb: int) -> str:
    """``تخالفه``, ``تشكك``, ``خالفته`` feminine; ``يخالفه``, ``ينظر`` masculine."""
    word = document.norm(verb)
    if word[:1] in "وف" and len(word) > 4:
        word = word[1:]
    if word[:1] in "يت":
        return FEMININE if word[0] == "ت" else MASCULINE
    for pronoun in _OBJECT_PRONOUNS:
        if word.endswith(pronoun) and len(word) - len(pronoun) >= 3:
            word = word[: -len(pronoun)]
            break
    return FEMININE if word.endswith("ت") else MASCULINE


def _prepositions_before(document: Document, start: int, end: int) -> list[int]:
    """Where the verb's complement may start; ``أبعد من ذلك`` is a comparative's, not one."""
    return [
        index
        for index in range(end - 1, max(start + 1, end - _AFTER_SUBJECT_WORDS) - 1, -1)
        if document.norm(index) in _PREPOSITIONS and document.norm(index + 1) not in _THAT_ONE
    ]


_THAT_ONE = frozenset(normalize("ذلك هذا هذه تلك").split())


def _subject_before_present_verb(
    document: Document, first: int, end: int, gender: str
) -> tuple[Subject | None, int]:
    """A named subject opening the clause, then a verb in the present (``يختلف``, ``تتفق``)
    whose prefix gives its gender, a few words of complement and ``end``."""
    for verb in range(first + 2, end):
        written = document.text[document.tokens[verb][0] : document.tokens[verb][1]]
        if written[:1] not in "يت" or len(written) < 4 or not names.is_name_word(document, verb):
            continue
        if end - verb > _AFTER_SUBJECT_WORDS + 1:
            continue
        verb_gender = FEMININE if written[:1] == "ت" else MASCULINE
        if gender and verb_gender != gender:
            return None, first
        # ``زميله في الجامعة الأمريكية في بيروت الدكتور كريم نصار``: past a possessed head,
        # from the title that opens the name's own description
        titles = (index for index in range(first + 1, verb - 1) if describes(document.norm(index)))
        for start in (first, *titles):
            subject = resolve_phrase(document, start, verb, verb_gender)
            if subject is None or not subject.named or not _name_ends_at(document, subject, verb):
                continue
            if subject.proposed is None or subject.proposed.kind == "person":  # not ``جامعة القاهرة …``
                return subject, start
        return None, first
    return None, first


def _name_ends_at(document: Document, subject: Subject, end: int) -> bool:
    """Whether the name the subject was read from is the last word before ``end``, so that no
    other word of the clause was taken into it (``حسام الدين شاكر أبعد``)."""
    if subject.proposed is not None:
        return tokens(subject.proposed.name_ar)[-1] == document.norm(end - 1)
    return document.match_ending.get(end) is not None


_COPULAS = frozenset(
    prefix + word
    for word in normalize("بدا بدت كان كانت ظل ظلت بقي بقيت بات باتت يبدو تبدو").split()
    for prefix in ("", "و", "ف")
)


def _subject_of_copula(
    document: Document, sentence: Sentence, first: int, end: int
) -> tuple[Subject | None, int]:
    """A name and a verb of being with up to three words of predicate, or the verb, the name and
    the predicate: ``وحده المحلل الاقتصادي جاسم الكعبي بدا متفائلاً:`` → the analyst; ``بدت
    الباحثة هدى الزين أقل تفاؤلاً:`` → the researcher.  The verb's gender must be the name's."""
    for verb in range(max(first + 1, end - _PREDICATE_WORDS), end):
        if document.norm(verb) in _COPULAS:
            subject = resolve_phrase(document, first, verb, _copula_gender(document, verb))
            return subject, first
    if document.norm(first) in _COPULAS:
        gender = _copula_gender(document, first)
        stop = next((index for index in range(first + 2, end) if _opens_predicate(document, index)), end)
        if 0 < end - stop <= _PREDICATE_WORDS:
            return resolve_phrase(document, first + 1, stop, gender), first + 1
        # ``بدت الأستاذة الجامعية سناء الإدريسي واثقة من قراءتها:``: no case ending to go by;
        # the name read from the whole clause must end before a short predicate
        subject = resolve_phrase(document, first + 1, end, gender)
        stops = range(end - _PREDICATE_WORDS, end)
        if subject is not None and subject.named and any(_name_ends_at(document, subject, s) for s in stops):
            return subject, first + 1
    return None, first


_MORE_OR_LESS = frozenset(normalize("أكثر أقل").split())


def _opens_predicate(document: Document, index: int) -> bool:
    """An adjective in the accusative (``متفائلاً``) or a comparative (``أقل تفاؤلاً``)."""
    written = document.text[document.tokens[index][0] : document.tokens[index][1]]
    return written.endswith(("ً", "اً", "ًا")) or document.norm(index) in _MORE_OR_LESS


def _copula_gender(document: Document, verb: int) -> str:
    word = document.norm(verb)
    return FEMININE if word.endswith("ت") or word.startswith("ت") else MASCULINE


def _clause_start(document: Document, sentence: Sentence, end: int) -> int | None:
    """Where the sentence's own clause starts: past the dateline, a fronted adverbial and its
    comma (``في المقابل،``), ``قد`` and ``وحده``; None when a quote or a verb of saying comes
    before ``end``."""
    first = max(sentence.first, document.dateline_end if sentence.first == 0 else 0)
    first = next(
        (
            index
            for index in range(first + 1, min(end, first + _FRONTED_WORDS + 1))
            if any(char in "،," for char in document.gap_before(index))
        ),
        first,
    )
    if document.norm(first) in _BUT_WORDS and document.norm(first + 1) in _THAT:
        first += 2  # ``غير أن زميله …``
    while first < end and (document.norm(first) in _BEFORE_A_VERB or document.norm(first) in _ALONE):
        first += 1
    if first >= end - 1:
        return None
    if any(document.quote_of[index] is not None or document.cue_form(index) for index in range(first, end)):
        return None
    return first


# A piece of writing a press review names, then the verb of what it says with ``فيه``/``فيها``
# pointing back to it: ``نشرت مجلة فورين بوليسي تحليلاً للباحث … فيكتور ليندكويست، قال فيه إن``.
_PIECES = frozenset(
    normalize(
        "مقال مقالا مقالاً ومقال ومقالا مقالة ومقالة تحليل تحليلا تحليلاً وتحليل تقرير تقريرا "
        "تقريراً وتقرير افتتاحية افتتاحيتها افتتاحيته عمود عمودا عموداً دراسة ودراسة"
    ).split()
)
# The piece's noun as a later subject refers back to its author: ``تحليلاً`` → ``التحليل``.
_PIECE_STEMS = {
    normalize(form): normalize(stem)
    for stem in ("مقال", "تحليل", "تقرير", "مقالة", "دراسة")
    for form in (stem, stem + "ا", "و" + stem, "و" + stem + "ا")
}
_IN_IT = frozenset(normalize("فيه فيها").split())
_IN_IT_REACH = 6  # ``وصف فيه الأجواء بأنها "…"``, ``قال فيه إن قمة فوستوتشني "…"``
_PIECE_REACH = 16  # from the verb back to the piece: its author, a title, a comma
_TITLED = frozenset(normalize("بعنوان عنوان وبعنوان").split())
_PUBLISHED = frozenset(normalize("نشر نشرت ونشر ونشرت فنشرت فنشر كتب كتبت وكتب وكتبت").split())
_CARRIED_WORDS = frozenset(normalize("جاء ورد").split())


def author_of_the_piece(
    document: Document, sentence: Sentence, quote_token: int
) -> tuple[Subject, int] | None:
    """The author of a piece that says the quote ``فيه``: the one the piece is ``لـ`` (``تحليلاً
    للباحث … فيكتور ليندكويست، قال فيه إن "…"`` → Lindqvist; ``تحليلاً لمراسلها في سيول رأى فيه
    أن "…"`` → the paper, its correspondent unnamed), else the subject who published or wrote it
    (``نشرت مجلة الإيكونوميست مقالاً رأت فيه أن "…"`` → the Economist; ``كتب الباحث ألكسندر دوبوا
    مقالاً يرى فيه`` → Dubois).  Only a named author; returns him and the verb before ``فيه``."""
    in_it = _in_it_before(document, sentence, quote_token)
    if in_it is None:
        return None
    verb = in_it - 1
    piece = _piece_before(document, sentence, verb)
    if piece is None:
        return None
    form = document.cue_form(verb)
    gender = cue_gender(form) if form is not None and cue_gender(form) != PLURAL else MASCULINE
    author = _author_after_piece(document, sentence, piece, verb, gender)
    if author is None:
        author = _publisher_of_piece(document, sentence, piece, gender)
    if author is None or not author.named:
        return None
    sentence.cue_subjects.append((verb, author))  # the next ``مضيفاً`` goes on with him
    sentence.subject_of_cue[verb] = author
    writer = normalize("كاتبة") if gender == FEMININE else "كاتب"
    if author.proposed is not None or document.roles.get(writer) is None:
        document.roles[writer] = (verb, author)  # later ``ويضيف الكاتب``, ``وتتابع الكاتبة``
    stem = _PIECE_STEMS.get(document.norm(piece))
    if stem is not None:
        document.roles[stem] = (verb, author)  # later ``ويخلص التحليل إلى أن``
    return author, verb


def _in_it_before(document: Document, sentence: Sentence, quote_token: int) -> int | None:
    for index in range(quote_token - 1, max(sentence.first + 1, quote_token - _IN_IT_REACH) - 1, -1):
        if document.quote_of[index] is not None:
            return None
        if document.norm(index) not in _IN_IT:
            continue
        verb = index - 1
        if document.cue_form(verb) is None and document.norm(verb) not in _CARRIED_WORDS:
            return None
        return index
    return None


def _piece_before(document: Document, sentence: Sentence, verb: int) -> int | None:
    """The piece noun a few words before the verb; a title in quotes after ``بعنوان`` is
    crossed, no other quote nor verb of saying."""
    index = verb - 1
    while index >= max(sentence.first, verb - _PIECE_REACH):
        quote = document.quote_of[index]
        if quote is not None:
            while index > sentence.first and document.quote_of[index - 1] == quote:
                index -= 1
            if index <= sentence.first or not _crossable(document, index, quote):
                return None
            index -= 1
            continue
        if document.norm(index) in _PIECES:
            return index
        if document.cue_form(index) is not None:
            return None
        index -= 1
    return None


_TERM_WORDS = 3


def _crossable(document: Document, first: int, quote: int) -> bool:
    """A title after ``بعنوان``, or a medium's name in quotes (``ترجمته "عربي21"``)."""
    if document.norm(first - 1) in _TITLED:
        return True
    words = sum(1 for index in range(first, first + _TERM_WORDS + 1) if document.quote_of[index] == quote)
    return words <= _TERM_WORDS


def _author_after_piece(
    document: Document, sentence: Sentence, piece: int, verb: int, gender: str
) -> Subject | None:
    first = piece + 1
    if first >= verb or document.norm(first)[:1] != "ل":
        return None
    end = next(
        (index for index in range(first + 1, verb) if _stops_the_author(document, index)),
        verb,
    )
    found = None
    spans = [(start, stop) for start in (first, first + 1) for stop in range(end, start, -1)]
    for start, stop in spans:
        subject = resolve_phrase(document, start, stop, gender, as_source=start == first)
        if subject is None or not subject.named:
            continue
        if _is_person(document, subject):  # ``لمراسلها ميخائيل سوروكين``: the man, not his paper
            found = subject
            break
        found = found if found is not None or start > first else subject
    if found is not None:
        remember(document, sentence, first, found)
    return found


def _is_person(document: Document, subject: Subject) -> bool:
    if subject.proposed is not None:
        return subject.proposed.kind == "person"
    actor = document.gazetteer.actor(subject.key)
    return actor is not None and actor.kind == "person"


def _stops_the_author(document: Document, index: int) -> bool:
    """A comma, a quote or ``بعنوان`` ends the author's phrase after the piece."""
    gap = document.gap_before(index)
    return (
        any(char in "،," for char in gap)
        or document.quote_of[index] is not None
        or (document.norm(index) in _TITLED)
    )


def _publisher_of_piece(document: Document, sentence: Sentence, piece: int, gender: str) -> Subject | None:
    for index in range(piece - 1, max(sentence.first, piece - _NAME_WORDS) - 1, -1):
        if document.quote_of[index] is not None:
            return None
        if document.norm(index) not in _PUBLISHED:
            continue
        if index + 1 >= piece:
            return None
        subject = resolve_phrase(document, index + 1, piece, gender)
        if subject is not None and subject.named:
            remember(document, sentence, index + 1, subject)
            return subject
        return None
    return None
