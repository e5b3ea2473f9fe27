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
from articles.extraction.clauses import remember
from articles.extraction.document import Document, Sentence
from articles.extraction.normalize import normalize
from articles.extraction.phrases import Subject, noun_phrase, resolve_phrase

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
        subject = resolve_phrase(document, first, that, MASCULINE, as_source=True)
        return subject if subject is not None and subject.named else None
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
_ALONE = frozenset(normalize("وحده وحدها").split())
_BEFORE_A_VERB = frozenset(normalize("قد وقد فقد لقد ثم").split())
_FRONTED_WORDS = 4
_PREDICATE_WORDS = 3  # ``بدا متفائلاً``, ``كان أكثر تشاؤماً``


def introduced_while_saying(document: Document, sentence: Sentence, cue: int, gender: str) -> Subject | None:
    """A verb of saying after ``إذ`` with no subject of its own: the subject of the clause
    before it, which a verb that is not one of saying introduced: ``في المقابل، تخالفه الرأي
    الباحثة اللبنانية في مركز كارنيغي ريم الحسيني، إذ تقول: "…"`` → the researcher."""
    if cue - 1 <= sentence.first or document.norm(cue - 1) not in _WHILE:
        return None
    return _subject_of_clause(document, sentence, cue - 1, gender)


def introduced_before_colon(document: Document, sentence: Sentence, quote_token: int) -> Subject | None:
    """A clause whose verb is not one of saying, then a colon and the quote: its named subject,
    after the verb (``تخالفه الرأي الباحثة ريم الحسيني: "…"``) or before it with what the verb
    says of him (``وحده المحلل الاقتصادي جاسم الكعبي بدا متفائلاً: "…"``) → the analyst."""
    if ":" not in document.gap_before(quote_token):
        return None
    return _subject_of_clause(document, sentence, quote_token, "")


def _subject_of_clause(document: Document, sentence: Sentence, end: int, gender: str) -> Subject | None:
    """The named subject of the clause that opens the sentence and runs to ``end``: after its
    verb, past one definite object (``تخالفه الرأي``), and reaching ``end``; or around a verb of
    being and its predicate (`_subject_of_copula`).  Its gender must agree with a gendered cue."""
    first = _clause_start(document, sentence, end)
    if first is None:
        return None
    subject, start = _subject_of_copula(document, sentence, first, end)
    if subject is None and names.is_name_word(document, first):
        for start in (first + 1, first + 2):
            if start == first + 2 and not document.norm(first + 1).startswith("ال"):
                break
            if noun_phrase(document, sentence, start)[1] == end:
                subject = resolve_phrase(document, start, end, gender or MASCULINE)
                break
    if subject is None or not subject.named or (gender and subject.gender != gender):
        return None
    remember(document, sentence, start, subject)  # later ``وتعتقد الحسيني``
    return subject


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
        stop = next((index for index in range(first + 2, end) if _opens_predicate(document, index)), end)
        if 0 < end - stop <= _PREDICATE_WORDS:
            subject = resolve_phrase(document, first + 1, stop, _copula_gender(document, first))
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
    while first < end and (document.norm(first) in _BEFORE_A_VERB or document.norm(first) in _ALONE):
        first += 1
    if first >= end - 1:
        return None
    if any(document.quote_of[index] is not None or document.cue_form(index) for index in range(first, end)):
        return None
    return first
