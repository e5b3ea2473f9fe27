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
# What an introduction says of the talk: ``حوار``, ``أجرت … مقابلة مع``, ``التقت``, ``حاورت``, the
# present of a headline (round 26a: ``الشروق تحاور الخبير …``).
# ``في هذا الحوار``: the talk named with its article.
_INTERVIEW_WORDS = frozenset(
    normalize("حوار مقابلة لقاء التقت التقى حاورت حاور تحاور يحاور أجرت أجرى حديث الحوار المقابلة").split()
)
_INTRODUCTION_WORDS = 60  # an introduction is short: the interviewee is named near its start


def interviewee_answering(document: Document, sentence: Sentence, quote_token: int) -> Subject | None:
    """The interviewee, for a quote right after an answer's marker and its colon: ``س: كلمة
    أخيرة؟ ج: "على الغرب أن يفهم أن العزلة تصنع الحلفاء".`` → the ambassador the introduction
    named.  None when the quote follows no marker, no question came before it in its line, or
    the introduction names no one person after a word of interviewing."""
    marker = quote_token - 1
    if marker < sentence.first or ":" not in document.gap_before(quote_token):
        return None
    if document.norm(marker) not in _ANSWER_MARKERS:
        return None
    if not (
        _asked_before(document, marker)
        or _opens_line(document, marker)
        and _asked_on_line_before(document, marker)
    ):
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


def guest_by_label(document: Document, sentence: Sentence, quote_token: int) -> Subject | None:
    """The guest a turn's label names by his surname, for a quote right after the label and
    its colon (round 28): ``حوار مع الخبير الألماني في الشؤون الكورية راينر دورمان`` in the
    headline, then ``دورمان: "…"`` → Dormann; ``نرحب بضيفنا … الباحث ميخائيل سولوفيوف`` in
    the host's line, then ``سولوفيوف: "…"``.  The label is one word that opens the turn (its
    line, or the sentence after the host's question) and is the last word of a described
    person the registry does not know, named before; that person wins over a registry actor
    of the same surname (``ميلر:`` after ``الخبيرة الأمريكية سارة ميلر`` is not Matthew
    Miller).  None for any other quote, or when no earlier person ends with the label."""
    label = quote_token - 1
    if (
        label != sentence.first
        or document.quote_of[label] is not None
        or ":" not in document.gap_before(quote_token)
        or not _opens_turn(document, label)
    ):
        return None
    word = document.norm(label)
    for earlier in range(label - 1, 0, -1):
        if document.norm(earlier) != word:
            continue
        subject = _described_ending_at(document, earlier)
        if subject is not None and subject.proposed is not None and _ends_with(subject, word):
            return Subject(None, document.norm(label), subject.gender, subject.confidence, subject.proposed)
    return None


def _described_ending_at(document: Document, last: int) -> Subject | None:
    """The person the nearest description before ``last`` names, his name ending at ``last``:
    ``الباحث الروسي أندريه كوزنيتسوف والخبيرة الأمريكية سارة ميلر`` → at ``ميلر``, the
    expert; at ``كوزنيتسوف``, the researcher."""
    for opening in range(last - 1, max(-1, last - _DESCRIBED_NAME_WORDS), -1):
        if describes(document.norm(opening)):
            subject = resolve_phrase(document, opening, last + 1, MASCULINE)
            return (
                subject if subject is not None and subject.named and _is_person(document, subject) else None
            )
    return None


_DESCRIBED_NAME_WORDS = 8  # ``الخبير الألماني في الشؤون الكورية راينر دورمان``


def _opens_turn(document: Document, index: int) -> bool:
    """The word opens its line, or follows the host's question mark on it."""
    return _opens_line(document, index) or "؟" in document.gap_before(index)


def _ends_with(subject: Subject, word: str) -> bool:
    words = normalize(subject.proposed.name_ar).split()
    return len(words) > 1 and words[-1] == word


def _opens_line(document: Document, index: int) -> bool:
    line_start = document.text.rfind("\n", 0, document.tokens[index][0]) + 1
    return not document.text[line_start : document.tokens[index][0]].strip(" -–")


def _asked_on_line_before(document: Document, marker: int) -> bool:
    """The line before the answer's own opens with a question's marker: ``س: كيف تقرأون
    القمة؟`` on one line, ``ج: "…"`` opening the next."""
    line_start = document.text.rfind("\n", 0, document.tokens[marker][0]) + 1
    if line_start == 0:
        return False
    previous_start = document.text.rfind("\n", 0, line_start - 1) + 1
    opening = document.text[previous_start : line_start - 1].lstrip(" -–")
    return any(
        opening.startswith(word + ":") or opening.startswith(word + " :") for word in ("س", "سؤال", "السؤال")
    )


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
            break
        if interviewing is None:
            if token in _INTERVIEW_WORDS:
                interviewing = index
            continue
        subject = _person_described_at(document, index)
        if subject is not None:
            return subject
    return _named_before_interviewing(document, interviewing) if interviewing is not None else None


def _person_described_at(document: Document, index: int) -> Subject | None:
    """The one person a description at ``index`` opens the phrase of, or None."""
    if not describes(document.norm(index)):
        return None
    sentence = document.sentence_at(index)
    if sentence is None:
        return None
    first, end = noun_phrase(document, sentence, index)
    # ``السفير … غليب إيفاشينتسوف، وسألته``: the phrase the introduction names him by ends at a comma
    end = next((i for i in range(first + 1, end) if any(c in "،," for c in document.gap_before(i))), end)
    subject = resolve_phrase(document, first, end, MASCULINE) if end > first else None
    return subject if subject is not None and subject.named and _is_person(document, subject) else None


def _named_before_interviewing(document: Document, interviewing: int) -> Subject | None:
    """The one person the introduction's sentence names before its word of interviewing, when
    none is named after it: ``يرى الدبلوماسي الموريتاني السابق سيدي محمد ولد بابه، في هذا
    الحوار، أن …`` → the diplomat.  None when that sentence names no person, or two."""
    sentence = document.sentence_at(interviewing)
    if sentence is None:
        return None
    found = [
        subject
        for index in range(sentence.first, interviewing)
        if (subject := _person_described_at(document, index)) is not None
    ]
    keys = {(subject.key, subject.proposed.name_ar if subject.proposed else None) for subject in found}
    return found[0] if len(keys) == 1 else None


def _is_person(document: Document, subject: Subject) -> bool:
    if subject.key is not None:
        actor = document.gazetteer.actor(subject.key)
        return actor is not None and actor.kind == "person"
    return subject.proposed is not None and subject.proposed.kind == "person"
