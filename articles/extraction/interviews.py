"""Question-and-answer interviews: an answer in quote marks right after its marker (``ج:``,
``جواب:``) is the words of the one interviewed, whom the introduction names once
(``التقت الصحيفة السفير الروسي السابق غليب إيفاشينتسوف، وسألته …``) and the answers never
name again.  Whoever the question mentions (``س: وهل تتوقع زيارة بوتين؟``) is not the speaker."""

from __future__ import annotations

from articles.extraction.actors import MASCULINE
from articles.extraction.document import Document, Sentence
from articles.extraction.normalize import normalize
from articles.extraction.phrases import Subject, describes, noun_phrase, resolve_phrase

_ANSWER_MARKERS = frozenset(normalize("ج جواب الجواب").split())
_QUESTION_MARKERS = frozenset(normalize("س سؤال السؤال").split())
# What an introduction says of the talk: ``حوار``, ``أجرت … مقابلة مع``, ``التقت``, ``حاورت``.
_INTERVIEW_WORDS = frozenset(normalize("حوار مقابلة لقاء التقت التقى حاورت حاور أجرت أجرى حديث").split())
_INTRODUCTION_WORDS = 60  # an introduction is short: the interviewee is named near its start


def interviewee_answering(document: Document, sentence: Sentence, quote_token: int) -> Subject | None:
    """The interviewee, for a quote right after an answer's marker and its colon: ``س: كلمة
    أخيرة؟ ج: "على الغرب أن يفهم أن العزلة تصنع الحلفاء".`` → the ambassador the introduction
    named.  None when the quote follows no marker, no question came before it in its line, or
    the introduction names no one person after a word of interviewing."""
    marker = quote_token - 1
    if marker < sentence.first or ":" not in document.gap_before(quote_token):
        return None
    if document.norm(marker) not in _ANSWER_MARKERS or not _asked_before(document, marker):
        return None
    return _interviewee(document)


def interviewee_of_line(document: Document, index: int) -> Subject | None:
    """The interviewee, for words on an answer's line that he says in his own first person:
    ``ج: هذه لغة دبلوماسية معروفة … وأنا أسمّي ما جرى "…"`` → the one the introduction named,
    not a name the answer mentions before.  None unless the line opens with an answer's marker
    and its colon, and no question's marker comes between it and ``index``."""
    line_start = document.text.rfind("\n", 0, document.tokens[index][0]) + 1
    for earlier in range(index - 1, -1, -1):
        if document.tokens[earlier][0] < line_start:
            return None
        token = document.norm(earlier)
        if token in _QUESTION_MARKERS and ":" in document.gap_before(earlier + 1):
            return None
        if token in _ANSWER_MARKERS and ":" in document.gap_before(earlier + 1):
            return (
                _interviewee(document)
                if _asked_before(document, earlier) or _opens_line(document, earlier)
                else None
            )
    return None


def _opens_line(document: Document, index: int) -> bool:
    line_start = document.text.rfind("\n", 0, document.tokens[index][0]) + 1
    return not document.text[line_start : document.tokens[index][0]].strip(" -–")


def _asked_before(document: Document, marker: int) -> bool:
    """A question's marker opens the line the answer is on."""
    line_start = document.text.rfind("\n", 0, document.tokens[marker][0]) + 1
    for index in range(marker - 1, -1, -1):
        if document.tokens[index][0] < line_start:
            return False
        if document.norm(index) in _QUESTION_MARKERS and ":" in document.gap_before(index + 1):
            return (
                document.tokens[index][0] == line_start
                or not document.text[line_start : document.tokens[index][0]].strip()
            )
    return False


def _interviewee(document: Document) -> Subject | None:
    """The first person named after a word of interviewing in the introduction, before the
    first question; the description that opens his phrase (``السفير``, ``الخبير``) leads to him."""
    interviewing = None
    for index in range(min(len(document.tokens), _INTRODUCTION_WORDS)):
        token = document.norm(index)
        if token in _QUESTION_MARKERS and ":" in document.gap_before(index + 1):
            return None
        if interviewing is None:
            if token in _INTERVIEW_WORDS:
                interviewing = index
            continue
        if not describes(token):
            continue
        sentence = document.sentence_at(index)
        if sentence is None:
            return None
        first, end = noun_phrase(document, sentence, index)
        # ``السفير … غليب إيفاشينتسوف، وسألته``: the phrase the introduction names him by ends at a comma
        end = next((i for i in range(first + 1, end) if any(c in "،," for c in document.gap_before(i))), end)
        subject = resolve_phrase(document, first, end, MASCULINE) if end > first else None
        if subject is not None and subject.named and _is_person(document, subject):
            return subject
    return None


def _is_person(document: Document, subject: Subject) -> bool:
    if subject.key is not None:
        actor = document.gazetteer.actor(subject.key)
        return actor is not None and actor.kind == "person"
    return subject.proposed is not None and subject.proposed.kind == "person"
