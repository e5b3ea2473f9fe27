"""An article read for attribution: its tokens, the actors they name, its sentences.

`read()` builds one `Document` per article; attribution (`speakers.py`) and the actor
mentions share it, so the text is tokenised and matched against the gazetteer once.  A
sentence never crosses a paragraph, and a full stop inside a quote does not end one.

What attribution learns while reading is kept here too, in reading order: who each role word
last introduced (``الوزير`` → Shoigu), the surnames of the people named in full
(``هاني الرشيدي`` → ``الرشيدي``, ``ماو نينغ`` → ``ماو``), the speakers so far, and the country
of the dateline (``سيول، 20 سبتمبر (يونهاب) --`` → South Korea), which says whose ministry a bare
``وزارة الدفاع`` is.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from articles.extraction import cues, names
from articles.extraction.actors import DEMONYM, Gazetteer, Match, candidates
from articles.extraction.normalize import normalize, words_and_gaps
from articles.extraction.quotes import QuoteSpan
from articles.extraction.subject import Subject

# An ellipsis ends a sentence too: a live blog joins two entries with it (``بوتين للصحفيين:
# "لا توجد أسرار"… وبيسكوف يضيف: "…"``), so the second verb is not read inside the first.
_SENTENCE_END = ".!?؟;؛…"
# A dateline ends within its first words at a dash, a colon or a closing credit:
# ``بكين 13 سبتمبر 2023 (شينخوا) قالت``, ``واشنطن - قال``, ``أبوظبي: «الوطن»``.
_DATELINE_WORDS = 9
_PLACE_BEFORE_DASH = 3  # ``سيول -``, ``بيونغ يانغ -``, ``فلاديفوستوك (روسيا) -``
# After these a cue's letters spell a verbal noun: ``عدم ذكر اسمه``, ``دون ذكر``.
_NOT_A_VERB_AFTER = frozenset({"عدم", "دون", "بدون"})
_DATELINE_DASHES = "-–—:/"
_MASTHEAD_WORDS = 4


@dataclass(slots=True)
class Sentence:
    first: int  # token indexes, end exclusive
    end: int
    subject: Subject | None = None
    cue_subjects: list[tuple[int, Subject]] = field(default_factory=list)
    subject_of_cue: dict[int, Subject] = field(default_factory=dict)
    opening: list[Subject | None] | None = None  # worked out when first needed (clauses.py)


class Document:
    """Tokens, actor matches and sentences of one article, shared by all its quotes."""

    def __init__(self, text: str, quotes: list[QuoteSpan], gazetteer: Gazetteer):
        self.text = text
        self.gazetteer = gazetteer
        # What stands between each word and the one before: punctuation, quote marks, spaces.
        self.tokens, self.gaps = words_and_gaps(text)
        self.token_starts = [start for start, _end, _norm in self.tokens]
        self.quote_of = self._quote_membership(quotes)
        self.quotes = quotes
        self.cue_indexes: list[int] = []  # the words that are cues, in order
        self.cue_forms = self._cue_forms()
        self.matches = gazetteer.match_tokens(text, self.tokens)
        self.match_at: dict[int, Match] = {match.first_token: match for match in self.matches}
        self.match_starts = [match.first_token for match in self.matches]
        self.match_ending: dict[int, Match] = {match.end_token: match for match in self.matches}
        self.sentences = self._sentences()
        self.sentence_starts = [sentence.first for sentence in self.sentences]
        self.dateline_end = self._dateline_end()
        self.home = self._home_affiliation()
        # Filled while reading (clauses.py): role word → where and whom a designation last
        # introduced with it (registry matches are read when asked, `role`); surname → who was
        # last named in full with it; the speakers so far, latest last.
        self.roles: dict[str, tuple[int, Subject]] = {}
        self.surnames: dict[str, Subject] = {}
        self.history: list[Subject] = []
        self._role_index: dict[str, list[int]] | None = None

    def _quote_membership(self, quotes: list[QuoteSpan]) -> list[int | None]:
        """For each token, the index of the outermost quote containing it, or None."""
        membership: list[int | None] = [None] * len(self.tokens)
        starts = self.token_starts
        token = 0
        # Each outer quote in turn takes the words that start inside it, found by bisection
        # rather than by walking every word of the text.
        for quote_index, quote in enumerate(quotes):
            if quote.nested:
                continue
            end = bisect.bisect_left(starts, quote.end, token)
            first = bisect.bisect_left(starts, quote.start, token, end)
            membership[first:end] = [quote_index] * (end - first)
            token = end
        return membership

    def _sentences(self) -> list[Sentence]:
        """Split at newlines and, outside quotes, at ``. ! ? ؟ ; ؛ …``."""
        sentences: list[Sentence] = []
        first = 0
        # What each distinct gap holds (a line break, a full stop): most gaps are one space.
        marks = {
            gap: ("\n" in gap or "\r" in gap, any(char in _SENTENCE_END for char in gap))
            for gap in set(self.gaps)
        }
        # Where a live blog's time may open an entry inside a line: a word before a bare colon.
        stamps = {index - 1 for index, gap in enumerate(self.gaps) if gap == ":"} if ":" in marks else ()
        # Only a word after a break or a stop, or before a colon, may open a sentence: the
        # others (most words, after one space) are passed over in one sweep.
        telling = {gap for gap, (breaks, stops) in marks.items() if breaks or stops}
        openers = [index for index, gap in enumerate(self.gaps) if gap in telling]
        if stamps:
            openers = sorted({*openers, *stamps})
        for index in openers:
            if not 0 < index < len(self.tokens):
                continue
            breaks, stops = marks[self.gaps[index]]
            if not breaks and stops:
                inside = self.quote_of[index] is not None and self.quote_of[index] == self.quote_of[index - 1]
                if not inside:
                    breaks = len(self.tokens[index - 1][2]) > 1  # ``أ. ف. ب`` is not three sentences
            if stamps and not breaks and index in stamps and self._time_stamp(index):
                breaks = self.quote_of[index] is None
            if breaks:
                sentences.append(Sentence(first, index))
                first = index
        if self.tokens:
            sentences.append(Sentence(first, len(self.tokens)))
        return sentences

    def _time_stamp(self, index: int) -> bool:
        """A live blog's entry opens with its time, also inside a line: ``… 15:40 زاخاروفا
        تعلّق: "…"`` is a new entry (a new sentence), whose speaker is its own."""
        following = index + 1
        return (
            following < len(self.tokens)
            and self.tokens[index][2].isdigit()
            and self.gaps[following] == ":"
            and self.tokens[following][2].isdigit()
            and len(self.tokens[following][2]) == 2
        )

    def _dateline_end(self) -> int:
        """The first token after the dateline, or 0 when the text opens without one: after the
        last spaced dash, colon or slash of the first words, else after their last closing
        parenthesis (``فوستوتشني (روسيا) (رويترز) - استقبل`` → استقبل)."""
        dash = parenthesis = 0
        for index in range(1, min(len(self.tokens), _DATELINE_WORDS)):
            gap = self.gap_before(index)
            if "\n" in gap or self.cue_forms[index - 1] is not None:
                break  # ``وشكر بوتين ضيفه قائلا:`` opens a story, not a dateline
            colon_too_late = ":" in gap and index > 3
            if (
                any(char in _DATELINE_DASHES for char in gap)
                and (" " in gap or "--" in gap)
                and not colon_too_late
            ):
                dash = index
            elif ")" in gap:
                parenthesis = index
        return dash or parenthesis

    @cached_property
    def masthead_names(self) -> frozenset[str]:
        """The normalised words of a short first line that is the masthead or the dateline on
        its own (``بغداد/ المدى``, ``نواكشوط – الأخبار``), the registry's places left out: the
        outlet the text is from, which its sources speak to (``قال مصدر … للمدى``)."""
        words = set()
        for index in range(min(len(self.tokens), _MASTHEAD_WORDS + 1)):
            if index and "\n" in self.gap_before(index):
                break
            if index == _MASTHEAD_WORDS:
                return frozenset()  # a first line of prose, not a masthead
            match = self.match_at.get(index)
            if match is None and len(self.norm(index)) > 2:
                words.add(self.norm(index))
        return frozenset(words)

    def _home_affiliation(self) -> str:
        """The affiliation of the country the dateline names: ``سيول`` → ``south-korea``; also a
        dateline opening the line under a headline (round 28): ``سيول تحذر …`` then ``سيول -
        يونهاب: قال مسؤول رفيع في الرئاسة`` → South Korea's presidency."""
        first, end = 0, self.dateline_end
        if end == 0:
            first, end = self._second_line_dateline()
        for match in self.matches:
            if match.first_token >= end:
                break
            actor = self.gazetteer.actor(match.key) if match.first_token >= first else None
            if actor is not None and actor.kind == "country" and match.alias_kind != DEMONYM:
                return actor.affiliation
        return ""

    def _second_line_dateline(self) -> tuple[int, int]:
        """The tokens of the place before a spaced dash that opens the text's second line, when
        the first is a headline: ``سيول - يونهاب:`` → (its first token, the dash's); (0, 0) when
        none (a dash later in the line, or none, is no dateline)."""
        line = next((index for index in range(1, len(self.tokens)) if "\n" in self.gap_before(index)), None)
        if line is None:
            return 0, 0
        for index in range(line + 1, min(len(self.tokens), line + _PLACE_BEFORE_DASH + 1)):
            gap = self.gap_before(index)
            if "\n" in gap:
                break
            if any(char in "-–—/" for char in gap) and " " in gap:
                return line, index
        return 0, 0

    def role(self, word: str, before: int) -> Subject | None:
        """Whom a role word last introduced before the token ``before``: ``الوزير`` → the
        minister of ``وزير الدفاع الروسي سيرغي شويغو``, ``الصحيفة`` → the paper of ``صحيفة
        “الغارديان”``; or whom a designation introduced with it (``السفير … ماتسيغورا``)."""
        introduced = self.roles.get(word)
        # The latest registry match before ``before`` that carries the word, unless a
        # designation introduced the word after it.  Looked up, not walked back to: a role word
        # no match carries would read every match of a long text, once a quote.
        positions = self._matches_by_role().get(word, ())
        latest = bisect.bisect_left(positions, bisect.bisect_left(self.match_starts, before)) - 1
        if latest >= 0:
            match = self.matches[positions[latest]]
            if introduced is None or match.first_token >= introduced[0]:
                actor = self.gazetteer.actor(match.key)
                return Subject(match.key, self.text[match.start : match.end], actor.gender, 0.95)
        return introduced[1] if introduced is not None else None

    def _matches_by_role(self) -> dict[str, list[int]]:
        """Role word → the positions in ``matches``, in order, of the one-actor, non-demonym
        matches that carry it (``role_words``), built at the first ``role`` question."""
        if self._role_index is None:
            self._role_index = {}
            for position, match in enumerate(self.matches):
                if len(match.keys) == 1 and match.alias_kind != DEMONYM:
                    for word in dict.fromkeys(self.role_words(match)):
                        self._role_index.setdefault(word, []).append(position)
        return self._role_index

    def role_words(self, match: Match) -> tuple[str, ...]:
        """Role words inside a match or glued right before it: ``وزير الدفاع الروسي`` →
        ``('وزير',)``, ``لصحيفة “الغارديان”`` → ``('صحيفه',)``."""
        first = match.first_token
        # a relation before it is someone else's: ``عقيلة الرئيس الكوري الجنوبي`` is no ``عقيلة``
        if first > 0 and not self.gap_before(first).strip(' "“”«»') and not names.kin_noun(self, first - 1):
            first -= 1
        return _roles_of(tuple([norm for _start, _end, norm in self.tokens[first : match.end_token]]))

    def sentence_at(self, index: int) -> Sentence | None:
        """The sentence holding the token ``index``, in logarithmic time."""
        position = bisect.bisect_right(self.sentence_starts, index) - 1
        if position < 0 or index >= self.sentences[position].end:
            return None
        return self.sentences[position]

    def norm(self, index: int) -> str:
        return self.tokens[index][2]

    def gap_before(self, index: int) -> str:
        return self.gaps[index]

    def is_statement_token(self, index: int) -> bool:
        quote = self.quote_of[index]
        return quote is not None and self.quotes[quote].kind == "statement"

    def cue_form(self, index: int) -> str | None:
        return self.cue_forms[index]

    def _opens_a_clause(self, verb: int) -> bool:
        """An active verb opening its clause: ``ونشرت``, or ``نشر`` after a stop or a comma;
        not ``بيان … نُشر على موقعها`` (a passive in a relative clause)."""
        start, end, norm = self.tokens[verb]
        if "ُ" in self.text[start:end]:
            return False
        return norm[:1] in "وف" or verb == 0 or bool(self.gaps[verb].strip(" "))

    def _on_a_platform(self, verb: int) -> bool:
        """``ونشرت زاخاروفا على تلغرام: "…"``, ``نشر السفير على حسابه في إكس``: a verb of
        publishing whose subject posts on a platform or an account of theirs, a verb of
        writing then (``كتب``); not ``نشرت الوكالة صورا`` with no platform."""
        for index in range(verb + 1, min(len(self.tokens), verb + _PLATFORM_REACH)):
            if self.tokens[index][2] == "علي" and index + 1 < len(self.tokens):
                return cues.strip_conjunction(self.tokens[index + 1][2]) in _PLATFORMS
            if self.gaps[index].strip(" "):
                return False
        return False

    def _holds_that(self, index: int) -> bool:
        """``ذهب``/``يذهب`` is a verb of holding when ``إلى أن`` follows its subject (and an aside)
        on the same line: ``ويذهب الأكاديمي الروسي إيغور سافتشينكو، في حديث مع معدّ هذه
        الورقة، إلى أن موسكو "…"``; ``ذهب الوزير إلى أنقرة`` is a journey."""
        for following in range(index + 1, min(len(self.tokens) - 1, index + _HOLDING_REACH)):
            if "\n" in self.gaps[following] or self.quote_of[following] is not None:
                return False
            if self.tokens[following][2] in _TO and self.tokens[following + 1][2] in _THAT:
                return "\n" not in self.gaps[following + 1]
        return False

    def _cue_forms(self) -> list[str | None]:
        """The cue each word is, in its context: ``وردّ كيم`` is one, ``ورد في البيان`` is not,
        nor ``ذكر`` in ``طالبا عدم ذكر اسمه`` (a verbal noun)."""
        known = _CUE_FORMS
        forms = [known[norm] if norm in known else cue_form(norm) for _start, _end, norm in self.tokens]
        for index, (start, end, norm) in enumerate(self.tokens):
            if norm in _WITH_SHADDA and "ّ" in self.text[start:end]:
                forms[index] = _WITH_SHADDA[norm]
            elif norm in _PUBLISHED and self._opens_a_clause(index) and self._on_a_platform(index):
                forms[index] = _PUBLISHED[norm]
            elif norm in _HOLDING and self._holds_that(index):
                forms[index] = _HOLDING[norm]
        for index, form in enumerate(forms):
            if form is None:
                continue
            self.cue_indexes.append(index)
            following = index + 1
            came_in = form in ("رد", "ردت") and following < len(forms) and self.tokens[following][2] == "في"
            if came_in or (index > 0 and self.tokens[index - 1][2] in _NOT_A_VERB_AFTER):
                forms[index] = None
                self.cue_indexes.pop()
        return forms


# Verbs of saying spelt like other words unless the shadda is written: ``وبيّن الجبوري أن`` (and
# he made clear) is ``وبين`` (and between) without it; read as the cue they mean.
_WITH_SHADDA = {
    **dict.fromkeys(("بين", "وبين", "فبين"), "اوضح"),
    **dict.fromkeys(("بينت", "وبينت", "فبينت"), "اوضحت"),
}
# Verbs of publishing, read as ``كتب`` when a platform follows (`Document._on_a_platform`).
_PUBLISHED = {
    **{form: "كتب" for form in normalize("نشر ونشر فنشر").split()},
    **{form: "كتبت" for form in normalize("نشرت ونشرت فنشرت").split()},
}
# Verbs of holding, read as ``اعتبر`` when ``إلى أن`` follows (`Document._holds_that`).
_HOLDING = {
    **{form: "اعتبر" for form in normalize("ذهب وذهب فذهب").split()},
    **{form: "اعتبرت" for form in normalize("ذهبت وذهبت فذهبت").split()},
    **{form: "يعتبر" for form in normalize("يذهب ويذهب فيذهب").split()},
    **{form: "تعتبر" for form in normalize("تذهب وتذهب فتذهب").split()},
}
_TO = frozenset(normalize("إلى الى").split())
_THAT = frozenset(normalize("أن ان").split())
_HOLDING_REACH = 16
_PLATFORMS = frozenset(
    normalize(
        "تلغرام تليغرام تلجرام إكس اكس تويتر فيسبوك فيسبوك انستغرام إنستغرام يوتيوب منصة منصته منصتها "
        "حسابه حسابها صفحته صفحتها قناته قناتها موقعه موقعها"
    ).split()
)
_PLATFORM_REACH = 8
# cue_form's answers, read directly: a dict lookup per word is what a long article can afford.
_CUE_FORMS: dict[str, str | None] = {}


def cue_form(token: str) -> str | None:
    """``وأضافت`` → ``اضافت``; None for a word that reports nothing."""
    form = cues.strip_conjunction(token)
    if form[:2] in ("لي", "لت") and form[1:] in cues.ALL_CUES and form not in cues.ALL_CUES:
        form = form[1:]  # ``…، ليردّ عليه كيم: "…"``: the narrative ل before a present verb
    if not (form in cues.ALL_CUES or form in cues.RELAY_VERBS or form in cues.SOURCE_CUES):
        form = None
    if len(_CUE_FORMS) < 65536:
        _CUE_FORMS[token] = form
    return form


@lru_cache(maxsize=16384)
def _roles_of(words: tuple[str, ...]) -> tuple[str, ...]:
    found = []
    for word in words:
        role = next((candidate for candidate in candidates(word) if candidate in cues.ROLE_WORDS), None)
        if role is not None:
            found.append(role)
    return tuple(found)


def read(text: str, quotes: list[QuoteSpan], gazetteer: Gazetteer) -> Document:
    """Tokens and actor matches of an article, to share between attribution and mentions."""
    return Document(text, quotes, gazetteer)
