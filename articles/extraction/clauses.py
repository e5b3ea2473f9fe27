"""The subject of each verb of saying in a sentence, and what reading it teaches.

A verb names its subject after it (``وقال الناطق باسم الرئاسة الروسية دميتري بيسكوف``), before
it (``وكان البيت الأبيض قد حذر``, ``إلى أن حاكم إقليم خاباروفسك ميخائيل ديغتياريوف قال``), or
not at all (``وأضاف``, ``قائلًا``), when `speakers.py` looks for it in the sentence and the
speakers before.  Reading the sentences in order also teaches who later short forms are: the
surnames of people named in full (``ماو نينغ`` → ``ماو``), the role words of a designation
(``السفير … ماتسيغورا`` → ``السفير``) and the host and guest of ``استقبل``.
"""

from __future__ import annotations

import bisect

from articles.extraction import cues, institutions, names, relays
from articles.extraction.actors import DEMONYM, FEMININE, MASCULINE, NAME, TITLE, Match
from articles.extraction.document import Document, Sentence
from articles.extraction.normalize import normalize, tokens
from articles.extraction.phrases import (
    CONFIDENCE_NAMED,
    CONFIDENCE_OFFICIAL,
    PLURAL,
    SAYING,
    Subject,
    bare,
    body_of_unnamed_spokesman,
    describes,
    is_complementizer,
    match_kind,
    noun_phrase,
    resolve_phrase,
    subject_from_match,
)
from articles.extraction.subjectless import (
    BY_SAYING,
    antecedent_of_relative,
    host_of_the_meeting,
    indefinite_antecedent,
    occasion_aside_after,
    preposition_of_the_clause,
    relay_aside_after,
    to_someone,
)

# How many first words of a sentence may hold its subject: ``من جانبها، نشرت وزارة الدفاع``.
_SUBJECT_WINDOW = 6
# How far back from a verb its subject may start: ``أن حاكم إقليم خاباروفسك ميخائيل
# ديغتياريوف قال``.
_SUBJECT_BEFORE_REACH = 12
# Words after which a new clause, and so a subject before its verb, begins.
# ``حتى بيسكوف قال بالحرف: "…"``: even he said it, the name before the verb its subject.
_OPENERS = frozenset({"فيما", "بينما", "حين", "عندما", "لكن", "ولكن", "كما", "اذ", "حتي"})
CONFIDENCE_SENTENCE_SUBJECT = 0.6


def read_sentence(document: Document, sentence: Sentence) -> None:
    """Record the roles and surnames introduced, the sentence subject and the subject of every cue."""
    for match in matches_in(document, sentence):
        multiword = match.end_token - match.first_token > 1
        if (
            multiword
            and match.alias_kind == NAME
            and len(match.keys) == 1
            and match_kind(document, match) == "person"
        ):
            subject = subject_from_match(document, match, gender_of(document, match.key), CONFIDENCE_NAMED)
            last = match.end_token - 1
            _remember_surnames(document, (document.norm(match.first_token), document.norm(last)), subject)
    sentence.subject = _sentence_subject(document, sentence)
    _remember_host_and_guest(document, sentence)
    _remember_the_one_asked(document, sentence)
    _remember_byline(document, sentence)
    first = bisect.bisect_left(document.cue_indexes, sentence.first)
    end = bisect.bisect_left(document.cue_indexes, sentence.end)
    for index in document.cue_indexes[first:end]:
        form = document.cue_form(index)
        if document.quote_of[index] is not None or form in cues.SOURCE_CUES:
            continue
        if relays.is_relay_aside(document, index, form):
            continue  # ``وردّ كيم، بحسب ما نقلت وكالة تاس، قائلاً``: the agency carried, Kim said
        subject = _explicit_subject(document, sentence, index, form)
        if subject is not None:
            sentence.cue_subjects.append((index, subject))
            sentence.subject_of_cue[index] = subject
            _remember_speakers_surnames(document, subject)


# The relayed speaker's gender, told by ``قوله``/``قولها`` after the name (round 26a): ``وتنقل
# الصحيفة عن الباحثة سو-مي لي قولها`` → a woman, whom a later ``وتستطرد لي`` continues.
_HER_WORDS = {normalize("قوله"): MASCULINE, normalize("قولها"): FEMININE}


def _remember_relayer(document: Document, sentence: Sentence, first: int, end: int) -> None:
    """The one who relays, named in full, teaches his surname for his own words later (round
    26a): ``ونقل كاتب المقال، المحلل العسكري فلاديسلاف كوزمين، عن مصدر … أن "…". وقال كوزمين:
    "…"`` → Kuzmin.  Only a name the registry does not know (a proposed actor, of any kind);
    the relayed words stay the source's."""
    commas = [
        index for index in range(first + 1, end) if any(char in "،," for char in document.gap_before(index))
    ]
    first = commas[-1] if commas else first  # ``كاتب المقال، المحلل العسكري فلان``: the apposition
    relayer = resolve_phrase(document, first, end, MASCULINE) if end > first else None
    if relayer is not None and relayer.proposed is not None:
        remember(document, sentence, first, relayer)


def _remember_speakers_surnames(document: Document, subject: Subject) -> None:
    """The subject a sentence opens with, proposed by a full name, teaches the surname as a
    verb's subject does (`remember`), also when it is a topic set off by a comma (``أما
    الباحث التركي أوغوز يلماز، فيقول …``): ``ويختم يلماز بالقول`` later is the same man, not
    the one of that surname named before.  So does a cue's explicit subject, a topic after
    ``أما`` included (``أما المحلل هاني المصري فقال لشبكة PNN: "…". وأردف المصري: "…"``)."""
    if subject.proposed is not None and subject.proposed.kind == "person":
        _remember_family_names(document, subject)


def matches_in(document: Document, sentence: Sentence) -> list[Match]:
    first = bisect.bisect_left(document.match_starts, sentence.first)
    end = bisect.bisect_left(document.match_starts, sentence.end)
    return document.matches[first:end]


def gender_of(document: Document, key: str) -> str:
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
    if first >= sentence.end:
        return
    _remember_guest_of_his_host(document, sentence)
    if cues.strip_conjunction(document.norm(first)) in _VISITS:
        _remember_visitor(document, sentence, first)
        return
    if cues.strip_conjunction(document.norm(first)) not in _RECEIVES:
        _remember_host_before_the_verb(document, sentence)
        return
    people = [
        match
        for match in matches_in(document, sentence)
        if match.first_token > first and _person_named(document, match)
    ]
    distinct = [m for i, m in enumerate(people) if m.key not in {p.key for p in people[:i]}]
    if len(distinct) >= 2:
        _remember_roles(document, (("مضيف", distinct[0]), ("ضيف", distinct[1])))


_RECEIVES = frozenset({"استقبل", "يستقبل", "استقبلت", "تستقبل"})


def _remember_host_before_the_verb(document: Document, sentence: Sentence) -> None:
    """A host named right before ``استقبل`` and his guest right after it, inside a reported
    clause: ``وذكرت الوكالة أن الزعيم كيم استقبل لافروف، فقال الضيف: "…"`` → the guest is
    Lavrov, the host Kim."""
    start, end = document.tokens[sentence.first][0], document.tokens[sentence.end - 1][1]
    if "ستقبل" not in document.text[start:end]:
        return  # no verb of receiving: a search of the text, not a look at every word
    for verb in range(sentence.first + 1, sentence.end - 1):
        if document.norm(verb) in _RECEIVES_HIM:
            _remember_host_receiving_him(document, sentence, verb)
            return
        if document.norm(verb) not in _RECEIVES:
            continue
        host, guest = document.match_ending.get(verb), document.match_at.get(verb + 1)
        if host is None or guest is None or host.key == guest.key:
            return
        if not all(_person_named(document, match) for match in (host, guest)):
            return
        _remember_roles(document, (("مضيف", host), ("ضيف", guest)))
        return


_RECEIVES_HIM = frozenset(normalize("استقبله استقبلها يستقبله يستقبلها").split())


def _remember_host_receiving_him(document: Document, sentence: Sentence, verb: int) -> None:
    """``ونزل كيم جونغ أون إلى سيارته، ثم استقبله فلاديمير بوتين عند مدخل المركز`` (round 28):
    the host right after the verb, the guest its pronoun takes up, the last person named
    before it in the sentence; later ``مضيفه``/``المضيف`` is Putin and ``الضيف`` Kim."""
    host = document.match_at.get(verb + 1)
    guests = [
        match
        for match in matches_in(document, sentence)
        if match.end_token <= verb and _person_named(document, match)
    ]
    if host is None or not guests or not _person_named(document, host) or host.key == guests[-1].key:
        return
    _remember_roles(document, (("مضيف", host), ("ضيف", guests[-1])))


_HIS_HOST = frozenset(normalize("مضيفه مضيفها لمضيفه لمضيفها").split())


def _remember_guest_of_his_host(document: Document, sentence: Sentence) -> None:
    """The one whose host the sentence mentions is the guest (round 28): ``نزل كيم جونغ أون
    ببطء، وصافح مضيفه`` → later ``ردّ الضيف`` is Kim, the last person named before ``مضيفه``
    in the sentence.  Only when no guest is known yet: a sentence of receiving says more."""
    if "ضيف" in document.roles:
        return
    start, end = document.tokens[sentence.first][0], document.tokens[sentence.end - 1][1]
    if "ضيف" not in document.text[start:end]:
        return  # no host mentioned: a search of the text, not a look at every word
    host = next(
        (index for index in range(sentence.first + 1, sentence.end) if document.norm(index) in _HIS_HOST),
        None,
    )
    if host is None:
        return
    guests = [
        match
        for match in matches_in(document, sentence)
        if match.end_token <= host and _person_named(document, match)
    ]
    if guests:
        _remember_roles(document, (("ضيف", guests[-1]),))


def _remember_roles(document: Document, roles: tuple[tuple[str, Match], ...]) -> None:
    """``مضيف``/``ضيف`` → the registry person each stands for, for a later ``الضيف``."""
    for role, match in roles:
        subject = subject_from_match(document, match, gender_of(document, match.key), CONFIDENCE_NAMED)
        document.roles[role] = (match.first_token, subject)


def _person_named(document: Document, match: Match) -> bool:
    return (
        len(match.keys) == 1
        and match.alias_kind != DEMONYM
        and match.proclitic[-1:] not in ("ب", "ل", "ك")
        and match_kind(document, match) == "person"
    )


_VISITS = frozenset(normalize("زار يزور زارت تزور").split())


def _remember_visitor(document: Document, sentence: Sentence, verb: int) -> None:
    """``زار الزعيم الكوري الشمالي كيم جونغ أون، الجمعة، مصنع الطائرات … برفقة نائب رئيس
    الوزراء الروسي دينيس مانتوروف`` → later ``الضيف`` is Kim: the registry person right after
    the sentence's opening ``زار`` (titles between), not whoever went with him."""
    for match in matches_in(document, sentence):
        if match.first_token <= verb:
            continue
        if len(match.keys) != 1 or match.alias_kind == DEMONYM or match_kind(document, match) != "person":
            return
        if match.proclitic[-1:] in ("ب", "ل", "ك") or _quoted_between(document, verb, match.first_token):
            return
        subject = subject_from_match(document, match, gender_of(document, match.key), CONFIDENCE_NAMED)
        document.roles["ضيف"] = (match.first_token, subject)
        return


def _quoted_between(document: Document, first: int, end: int) -> bool:
    return any(document.quote_of[index] is not None for index in range(first, end))


def _remember_the_one_asked(document: Document, sentence: Sentence) -> None:
    """``وسأل مراسل فرانس 24 متحدثاً باسم الحكومة الألمانية عن موقف بلاده، فقال المتحدث: "…"``:
    the one asked, an indefinite noun in the accusative after the asker, is whom the answer's
    bare role (``المتحدث``) refers to; never the asker."""
    for index in range(sentence.first, min(sentence.end, sentence.first + _SUBJECT_WINDOW)):
        if cues.strip_conjunction(document.norm(index)) in _ASKS:
            break
    else:
        return
    for asked in range(index + 2, min(sentence.end, index + 10)):
        if any(char in "،,:" for char in document.gap_before(asked)) or document.norm(asked) == "عن":
            return
        written = document.text[document.tokens[asked][0] : document.tokens[asked][1]]
        noun = document.norm(asked)[:-1]
        if not written.endswith(("اً", "ًا")) or noun not in cues.PERSON_NOUNS or noun not in cues.ROLE_WORDS:
            continue
        first, end = noun_phrase(document, sentence, asked)
        subject = resolve_phrase(document, first, end, MASCULINE)
        if subject is not None and subject.named:
            document.roles[noun] = (asked, subject)
        return


_ASKS = frozenset(normalize("سأل سألت").split())


def _remember_byline(document: Document, sentence: Sentence) -> None:
    """``تعليق | بقلم د. عمر الهاملي، زميل …`` → later ``يرى الكاتب`` and ``الهاملي`` are the
    named author; a byline naming nobody teaches nothing."""
    for index in range(sentence.first, min(sentence.end - 1, sentence.first + 3)):
        if document.norm(index) == "بقلم":
            break
    else:
        _remember_signed_opinion(document, sentence)
        return
    first, end = noun_phrase(document, sentence, index + 1)
    if (
        end == first
        and ":" in document.gap_before(first)
        and sentence.end - first <= _BYLINE_WORDS
        and all(document.quote_of[word] is None for word in range(first, sentence.end))
    ):
        end = sentence.end  # ``رأي | بقلم: د. خالد المصري``: a byline's colon, no quote after it
    subject = resolve_phrase(document, first, end, MASCULINE) if end > first else None
    if subject is None or not subject.named:
        return
    remember(document, sentence, first, subject)
    document.roles["كاتب"] = (first, subject)


# The section an op-ed's masthead names before the bar and its author: ``رأي | سمير الحسن``.
_OPINION_SECTIONS = frozenset(normalize("رأي مقال مقالات آراء كتاب").split())
_AUTHOR_WORDS = 4


def _remember_signed_opinion(document: Document, sentence: Sentence) -> None:
    """The text's first line ``رأي | سمير الحسن`` (round 26b): the op-ed's author, a person's
    name alone after the section and the bar, who speaks later as ``أقول``; a section with
    anything else after the bar (``الرأي | افتتاحية``, a paper's name) names no author."""
    first = sentence.first + 1
    if sentence.first != 0 or document.norm(0) not in _OPINION_SECTIONS or first >= sentence.end:
        return
    if "|" not in document.gap_before(first):
        return
    line_end = next(
        (i for i in range(first + 1, sentence.end) if "\n" in document.gap_before(i)), sentence.end
    )
    if line_end - first > _AUTHOR_WORDS:
        return
    subject = resolve_phrase(document, first, line_end, MASCULINE)
    if subject is None or subject.proposed is None or subject.proposed.kind != "person":
        return
    remember(document, sentence, first, subject)
    document.roles["كاتب"] = (first, subject)


def _remember_family_names(document: Document, subject: Subject) -> None:
    """The surnames a proposed person's full name teaches: its first and last words, a family
    name opened by a particle (``بسام أبو عبد الله`` → later ``وأضاف أبو عبد الله``) and a
    compound family name (``شريف عبد المقصود`` → ``عبد المقصود``)."""
    words = tokens(subject.proposed.name_ar)
    if len(words) > 1:
        _remember_surnames(document, (words[0], words[-1]), subject)
    particle = next((i for i, word in enumerate(words) if i and word in names.FAMILY_PARTICLES), None)
    if particle is not None and particle < len(words) - 1:
        # ``عبد الرحيم بن سعيد`` → later ``بن سعيد``; ``الشيخ ولد محمد الأمين`` → ``ولد محمد الأمين``
        document.surnames[" ".join(words[particle:])] = subject
    elif len(words) > 2 and (
        (names.opens_compound(words[-2]) and words[-1].startswith("ال"))
        or names.compound_family_name(words[-2], words[-1])
    ):
        # ``شريف عبد المقصود`` → later ``وتابع عبد المقصود``: a compound family name; also
        # ``محمد العبد الله`` → ``ويضيف العبد الله``, ``نبيل عوض الله`` → ``وأضاف عوض الله``
        document.surnames[" ".join(words[-2:])] = subject


_BYLINE_WORDS = 5


def remember(document: Document, sentence: Sentence, first: int, subject: Subject) -> None:
    """What a designation teaches about later ones: the proposed name's surnames, and the
    role its head names (``السفير … ألكسندر ماتسيغورا`` → later ``السفير``)."""
    if subject.proposed is not None and subject.proposed.kind == "person":
        _remember_family_names(document, subject)
    if not subject.named:
        return
    head = bare(document.norm(first))
    role = head[2:] if head.startswith("ال") else head
    if role in cues.ROLE_WORDS:
        document.roles[role] = (first, subject)


def _remember_apposition(document: Document, first: int, end: int, subject: Subject) -> None:
    """A description after the name and a comma teaches its role too: ``الدكتور حاتم
    الشربيني، خبير الشؤون الآسيوية`` → later ``وتساءل الخبير``; ``عبد الحق بنسليمان، الباحث
    في العلاقات الدولية`` → later ``وأوضح الباحث``."""
    if not subject.named:
        return
    for index in range(first + 1, end):
        if not any(char in "،," for char in document.gap_before(index)):
            continue
        head = bare(document.norm(index))
        role = head[2:] if head.startswith("ال") else head
        if role in cues.ROLE_WORDS:
            document.roles[role] = (index, subject)
        return


def _sentence_subject(document: Document, sentence: Sentence) -> Subject | None:
    """The first actor among the first words, outside quotes, the dateline and an opening
    adverbial: ``ورفع كيم نخبه`` → Kim; ``من جانبها، نشرت وزارة الدفاع الروسية`` → the ministry."""
    first = _past_place_label(
        document, sentence, max(sentence.first, document.dateline_end if sentence.first == 0 else 0)
    )
    asking = False  # ``وردّت على سؤال لمراسل وكالة رويترز``: who asked is not the subject
    # ``وأضافت، في تصريح نشرته الوكالة المركزية الكورية، أن``: the aside's agency only carried it
    aside_end = occasion_aside_after(document, sentence, first) if document.cue_forms[first] else None
    for index in range(first, min(sentence.end, first + _SUBJECT_WINDOW)):
        if aside_end is not None and index < aside_end:
            continue
        if is_complementizer(document, index):
            return None  # ``وأضاف أن الرئيس بوتين "…"``: the reported clause's subject is not the sentence's
        if document.norm(index) in cues.QUESTION_WORDS or document.cue_forms[index] in cues.SOURCE_CUES:
            asking = True  # also ``وأضافت، وفق ما نقلت وكالة رويترز، أن``: the medium only carried it
        elif asking and any(char in "،,:" for char in document.gap_before(index)):
            asking = False
        if asking:
            continue
        match = document.match_at.get(index)
        if document.quote_of[index] is not None or match is None:
            continue
        if match.alias_kind == DEMONYM or match.proclitic[-1:] in ("ب", "ل", "ك"):
            continue
        if index > first and (
            document.norm(index - 1) in cues.NP_STOPWORDS or document.norm(index - 1) in cues.ATTACHING
        ):
            continue
        actor = document.gazetteer.actor(match.key)
        return Subject(
            match.key, document.text[match.start : match.end], actor.gender, CONFIDENCE_SENTENCE_SUBJECT
        )
    return None


_LABEL_WORDS = 2


def _past_place_label(document: Document, sentence: Sentence, first: int) -> int:
    """A round-up's line opens with the place its news comes from and a colon: ``- بكين:
    أحجمت الخارجية الصينية …`` → the sentence starts at ``أحجمت`` (China is no subject).  A
    name before a quote (``زاخاروفا: «…»``) is a speaker's label, read elsewhere."""
    first = _past_slashed_dateline(document, sentence, first)
    for index in range(first + 1, min(sentence.end, first + _LABEL_WORDS + 1)):
        if ":" not in document.gap_before(index):
            continue
        match = document.match_at.get(first)
        place = match is not None and match.end_token == index and match_kind(document, match) == "country"
        return index if place and document.quote_of[index] is None else first
    return first


_SLASHED_DATELINE_WORDS = 6


def _past_slashed_dateline(document: Document, sentence: Sentence, first: int) -> int:
    """A paragraph under the headline that opens with a place, a slash and the outlet, closed
    by a dash or a colon: ``بغداد/شبكة أخبار العراق- رفع الرئيس الروسي …، متمنياً "…"`` → the
    sentence starts at ``رفع`` (the place is no verb, the outlet no subject).  A verb is never
    followed by a slash, so a sentence opening otherwise keeps its first word."""
    if first + 1 >= sentence.end or "/" not in document.gap_before(first + 1):
        return first
    if first and "\n" not in document.gap_before(first):
        return first
    for index in range(first + 2, min(sentence.end, first + _SLASHED_DATELINE_WORDS + 1)):
        gap = document.gap_before(index)
        if document.quote_of[index] is not None or any(char in '،,"«“' for char in gap):
            return first
        if any(char in "-–—:" for char in gap):
            return index
    return first


def opening_subject(document: Document, sentence: Sentence) -> Subject | None:
    """The subject a verb without one inherits from its sentence: the subject of the verb the
    sentence opens with (``وقاد نائب رئيس الوزراء الروسي دينيس مانتوروف الضيف …، وقال
    للصحفيين`` → Manturov), else its first actor.  Worked out once, when first needed."""
    if sentence.opening is None:
        first = max(sentence.first, document.dateline_end if sentence.first == 0 else 0)
        first = _past_place_label(document, sentence, first)
        if first + 1 < sentence.end and document.norm(first) in WHEN:
            first += 1  # ``وحين سُئل الوزير فلان عن …، قال:``: the verb after ``حين``
        opening = _subject_of_opening_verb(document, sentence, first)
        if opening is None:
            verb = _past_fronted_adverbial(document, sentence, first)
            opening = _subject_of_opening_verb(document, sentence, verb) if verb is not None else None
        sentence.opening = [opening or sentence.subject]
        if sentence.opening[0] is not None:
            _remember_speakers_surnames(document, sentence.opening[0])
    return sentence.opening[0]


# Prepositions of an adverbial right after a verb, before its clause, where no subject stands:
# ``أما وزير خارجية روسيا فقال في مؤتمر صحفي إن``, ``فقال خلال لقائه``.
_WHERE_OR_WHEN = frozenset(normalize("في خلال أثناء عقب بعد أمام لدى").split())
# Conjunctions of time a sentence may open with before its verb: ``وعندما سُئلت زاخاروفا``.
WHEN = frozenset(normalize("حين وحين عندما وعندما حينما وحينما لما ولما").split())
# Prepositions a fronted adverbial of time or place opens with: ``وفي المأدبة``, ``وخلال اللقاء``.
_FRONTED_PREPOSITIONS = frozenset(
    normalize("في وفي خلال وخلال أثناء وأثناء بعد وبعد عقب وعقب لدى ولدى على وعلى قبيل وقبيل").split()
)
_FRONTED_REACH = 12


def _past_fronted_adverbial(document: Document, sentence: Sentence, first: int) -> int | None:
    """The verb after a fronted adverbial set off by a comma, whose own relative clause names
    someone else: ``وفي المأدبة التي أقامها بوتين على شرف ضيفه، رفع الزعيم الكوري كأسه
    قائلاً: "…"`` → the sentence's verb is ``رفع`` and its subject, the Korean leader, speaks;
    Putin only hosted the banquet.  A medium's name in quote marks may stand in the adverbial
    (``وفي حوار مع "تقريب"، سُئل الخبير رضا صادقي …، فأجاب`` → the verb is ``سُئل``).  None
    when the sentence opens otherwise, quotes a statement first, or no comma comes within a few
    words."""
    if document.norm(first) not in _FRONTED_PREPOSITIONS:
        return None
    for index in range(first + 2, min(sentence.end - 1, first + _FRONTED_REACH + 1)):
        quote = document.quote_of[index]
        if quote is not None and document.quotes[quote].kind != "term":
            return None
        if any(mark in document.gap_before(index) for mark in "،,"):
            return index
    return None


def _subject_of_opening_verb(document: Document, sentence: Sentence, first: int) -> Subject | None:
    """A sentence that opens with a verb names its subject next: ``وقاد نائب رئيس الوزراء
    الروسي دينيس مانتوروف الضيف …`` → Manturov."""
    if first + 1 >= sentence.end or document.match_at.get(first) is not None:
        return None
    if document.quote_of[first] is not None or not names.is_name_word(document, first):
        return None
    if _answers_a_question(document, sentence, first):
        return None
    phrase = noun_phrase(document, sentence, first + 1)
    subject = resolve_phrase(document, *phrase, _verb_gender(document.norm(first)))
    if subject is None or not subject.named or phrase[0] != first + 1:
        return None
    gender = gender_of(document, subject.key) if subject.key else subject.gender
    return Subject(subject.key, subject.text, gender, CONFIDENCE_SENTENCE_SUBJECT, subject.proposed)


def _answers_a_question(document: Document, sentence: Sentence, verb: int) -> bool:
    """``وردّت على سؤال لمراسل وكالة رويترز بالقول: "…"``: the verb is followed by the question
    and who asked it, never by its subject; the one who replies is the last speaker (the
    spokeswoman), not Reuters."""
    question = verb + 2
    return (
        question < sentence.end
        and document.norm(verb + 1) in ("علي", "عن")
        and document.norm(question) in cues.QUESTION_WORDS
    )


def _verb_gender(token: str) -> str:
    """The gender a past verb gives its subject, by its ending: ``ونشرت زاخاروفا`` feminine, so
    ``زاخاروفا`` is the spokeswoman, not the start of a man's longer name."""
    verb = cues.strip_conjunction(token)
    return FEMININE if verb.endswith("ت") and len(verb) > 3 else MASCULINE


def cue_gender(form: str) -> str:
    """The gender a cue gives its subject: ``قالت`` feminine, ``قالوا`` plural, ``قال`` masculine."""
    if form in cues.PLURAL_CUES:
        return PLURAL
    return FEMININE if form in cues.FEMININE_CUES and form not in cues.MASCULINE_CUES else MASCULINE


# ``ما وصفته بـ"…"``: what (the subject) called it; the pronoun is the thing called.
_WHAT = frozenset(normalize("ما بما مما لما").split())
_CALLED_IT = frozenset(normalize("وصفه وصفته يصفه تصفه وصفوه").split())


def _calls_what(document: Document, sentence: Sentence, cue: int, form: str) -> bool:
    """``ما وصفه بـ"…"``, with nothing between the verb and ``ب``: a relative clause whose
    subject is the sentence's, not the word after the verb (round 26b)."""
    following = cue + 1
    return (
        form in _CALLED_IT
        and cue > sentence.first
        and document.norm(cue - 1) in _WHAT
        and following < sentence.end
        and document.norm(following).startswith("ب")
        and document.match_at.get(following) is None
    )


def _subject_before_what(document: Document, sentence: Sentence, what: int, gender: str) -> Subject | None:
    """Who called it what the quote says, in ``ما وصفه بـ"…"``: the actor right before ``ما``
    when it agrees with the verb (the subject of the verb whose object ``ما`` is): ``في حين رفضت
    واشنطن ما وصفته بـ"…"`` → the United States; else None, and the cue takes the sentence's
    speaker: ``قالت الوزيرة … إن بلادها "…" لمواجهة ما وصفته بـ"…"`` → the minister.  With a
    subject written after the verb (``ما وصفه البيت الأبيض بـ``) this rule does not apply."""
    match = document.match_ending.get(what)
    if match is None or match.first_token < sentence.first or match.alias_kind == DEMONYM:
        return None
    if match.proclitic[-1:] in ("ب", "ل", "ك") or len(match.keys) != 1:
        return None
    subject = subject_from_match(document, match, gender_of(document, match.key), CONFIDENCE_NAMED)
    return subject if subject.gender == gender else None


def _explicit_subject(document: Document, sentence: Sentence, cue: int, form: str) -> Subject | None:
    """The subject a cue verb names, before or after it; None when it names none.

    Words written on something (``كتب عليه``, ``جاء فيه``) name no subject after the verb:
    an empty subject, so that nothing is inherited either.
    """
    gender = cue_gender(form)
    relayed_from = _relayed_from(document, sentence, cue) if form in cues.RELAY_VERBS else None
    if relayed_from is not None:
        # ``لكن وكالة يونهاب نقلت عن مصدر حكومي قوله``: the agency before the verb relays,
        # the speaker follows عن.
        first, end = noun_phrase(document, sentence, relayed_from)
        return resolve_phrase(document, first, end, MASCULINE)
    if _calls_what(document, sentence, cue, form):
        return _subject_before_what(document, sentence, cue - 1, gender)
    antecedent = antecedent_of_relative(document, sentence, cue, gender) or indefinite_antecedent(
        document, sentence, cue, gender
    )
    if antecedent is not None:
        return antecedent
    host = host_of_the_meeting(document, sentence, cue, gender, _subject_before)
    if host is not None:
        return host
    purpose = _subject_of_purpose(document, sentence, cue, form, gender)
    if purpose is not None:
        return purpose
    before = _subject_before(document, sentence, cue, gender)
    if before is not None:
        return before
    topic = _topic(document, sentence, cue, gender)
    if topic is not None:
        return topic
    if form in cues.PARTICIPLE_CUES or _kana_subject_past_an_aside(document, sentence, cue):
        return None
    following = document.norm(cue + 1) if cue + 1 < sentence.end else ""
    if following in cues.IMPERSONAL_OBJECTS:
        if form in cues.COMMENTING_ON:
            # ``وعلّقت عليها: "…"``: whoever posted it comments, as the sentence said; but
            # ``ليردّ عليه كيم جونغ أون: "…"`` names who replies, after the pronoun.
            return _named_after(document, sentence, cue + 2)
        if form in cues.SAID_IN and following in ("فيه", "فيها"):
            return None  # ``بعث كيم برقية … قال فيها: "…"``: the sentence's subject said it
        return Subject(None, "", gender, 0.0)
    if _answers_a_question(document, sentence, cue):
        return None
    if relay_aside_after(document, sentence, cue):
        return None
    skip = 1
    aside_end = occasion_aside_after(document, sentence, cue)
    if aside_end is not None:
        if is_complementizer(document, aside_end) or document.quote_of[aside_end] is not None:
            return None  # ``وأضافت، في تصريح نشرته الوكالة، أن``: the subject is inherited
        skip = aside_end - cue  # ``وقال، في تصريح للصحفيين، وزير الخارجية إن``
    if following in cues.OBJECT_PRONOUNS and form not in cues.RELAY_VERBS:
        skip = 2  # ``وقال له أمام الكاميرات``: no subject written; ``قال عنها مساعد الرئيس``: one
    first, end = noun_phrase(document, sentence, cue + skip)
    if form in cues.RELAY_VERBS:
        # نقلت صحيفة "رودونغ سينمون" الرسمية عن كيم: an adjective or two may stand before عن;
        # ``نقلت وسائل إعلام روسية على لسان بيسكوف``: through the mouth of, the same.
        for skip in range(3):
            speaker_first = after_aside(document, sentence, end + skip, "عن")
            if speaker_first is None and after_word(document, end + skip, sentence, "علي") is not None:
                speaker_first = after_word(document, end + skip + 1, sentence, "لسان")
            if speaker_first is None and skip == 0:
                speaker_first = after_word(document, end, sentence, SAYING)  # ``نقلت تاس قول بوتين``
            if speaker_first is not None:
                _remember_relayer(document, sentence, first, end)
                first, end = noun_phrase(document, sentence, speaker_first)
                gender = _HER_WORDS.get(document.norm(end), gender) if end < sentence.end else gender
                break
    if (
        form in cues.TRANSITIVE_CUES
        and has_conjunction(document, cue)
        and (sentence.cue_subjects or sentence.subject)
        and not _opens_sentence(document, sentence, cue)
    ):
        return None  # ``…، ودعا النظام الشيوعي إلى "وضع حد"``: the noun is the object
    mouth = through_the_mouth_of(document, sentence, end)
    if mouth is not None and not _person_speaking_through(document, first, end, gender):
        return mouth
    quoting = after_word(document, end, sentence, "نقلا")
    if quoting is not None and after_word(document, quoting, sentence, "عن") is not None:
        # ``وقالت صحيفة "إزفستيا" نقلا عن مصدر في وزارة الخارجية``: the source speaks.
        first, end = noun_phrase(document, sentence, quoting + 1)
    subject = resolve_phrase(document, first, end, gender)
    if _only_the_thing_described(document, sentence, cue, end, subject):
        return None
    if subject is not None:
        remember(document, sentence, first, subject)
        _remember_apposition(document, first, end, subject)
        _remember_statement(document, sentence, first, end, subject)
    return subject


def _only_the_thing_described(
    document: Document, sentence: Sentence, cue: int, end: int, subject: Subject | None
) -> bool:
    """``ووصفت الزيارة بأنها "…"``: after ``وصف``/``اعتبر`` a noun that names nobody, then
    ``بأن`` or the quote, is what is described; no subject is written, so the one before
    speaks: ``قالت وسائل الإعلام الرسمية … إن الزعيم عاد إلى بلاده، ووصفت الزيارة بأنها "…"``
    → the state media.  Only after a subject of the verb's gender earlier in the sentence:
    ``وقال بيسكوف إن الرئيس سيزور بيونغ يانغ. ووصفت الزيارة بأنها`` names nobody, and
    ``ووصف بوتين الزيارة بأنها`` names its subject.  A registered country or body the verb's
    gender does not fit is what is described too: ``كيم قال إن زيارته "…"، ووصف روسيا بأنها
    "…"`` → Kim (a feminine روسيا after a masculine ``وصف`` is its object)."""
    if subject is not None and subject.identified and not _body_of_the_other_gender(document, cue, subject):
        return False
    if cues.strip_conjunction(document.norm(cue)) not in _DESCRIBING or end <= cue + 1 or end >= sentence.end:
        return False
    if not (document.quote_of[end] is not None or document.norm(end) in _AS_BEING):
        return False
    gender = cue_gender(document.cue_form(cue) or "")
    return any(index < cue and earlier.gender == gender for index, earlier in sentence.cue_subjects)


_AS_BEING = frozenset(normalize("بأنه بأنها بأن بأنهم بأنهما").split())


def _body_of_the_other_gender(document: Document, cue: int, subject: Subject) -> bool:
    """A registered actor that is not a person, whose gender is not the verb's."""
    actor = document.gazetteer.actor(subject.key) if subject.key else None
    gender = cue_gender(document.cue_form(cue) or "")
    return (
        actor is not None
        and actor.kind != "person"
        and actor.gender in (MASCULINE, FEMININE)
        and actor.gender != gender
    )


def _person_speaking_through(document: Document, first: int, end: int, gender: str) -> bool:
    """A registered person who speaks ``على لسان`` his spokesman says the words himself: ``قال
    الرئيس الروسي، على لسان المتحدث باسمه دميتري بيسكوف، إن "…"`` → Putin, not the spokesman
    who read them out (a body speaks through the person: `through_the_mouth_of`)."""
    if end <= first:
        return False
    subject = resolve_phrase(document, first, end, gender)
    if subject is None or subject.key is None:
        return False
    actor = document.gazetteer.actor(subject.key)
    return actor is not None and actor.kind == "person"


# ``في بيان``, ``في بيان لها``: the words were a statement the subject issued; so were they
# after ``ببيان`` (``ردّت الخارجية الروسية ببيان جاء فيه``).
_STATEMENT = frozenset(normalize("بيان بيانها بيانه").split())
_BY_STATEMENT = frozenset("ب" + word for word in _STATEMENT)


def _remember_statement(
    document: Document, sentence: Sentence, first: int, end: int, subject: Subject
) -> None:
    """A subject that speaks ``في بيان`` issued a statement, so a later bare ``البيان``
    speaks for it: ``قالت وزارة الخارجية اليابانية في بيان إنها "…". وختم البيان بالقول: "…"``
    → the ministry, as ``وجاء في بيان للوزارة`` teaches already; so does ``ببيان`` (round 24):
    ``ردّت الخارجية الروسية ببيان جاء فيه: "…". وتابع البيان: "…"`` → the ministry."""
    if not subject.named:
        return
    for index in range(first + 1, min(end + 1, sentence.end - 1)):
        if document.norm(index) == "في" and document.norm(index + 1) in _STATEMENT:
            document.roles["بيان"] = (index + 1, subject)
            return
        if document.norm(index) in _BY_STATEMENT:
            document.roles["بيان"] = (index, subject)
            return


def _opens_sentence(document: Document, sentence: Sentence, cue: int) -> bool:
    """A verb the sentence opens with names its subject next, whatever actor the sentence names
    later: ``وأبلغ مسؤول أمريكي شبكة "إيه بي سي" أن "…"`` → the official, not the network (its
    object), nor a speaker before."""
    return cue == max(sentence.first, document.dateline_end if sentence.first == 0 else 0)


_KANA = frozenset(normalize("كان وكان كانت وكانت").split())


def _kana_subject_past_an_aside(document: Document, sentence: Sentence, cue: int) -> bool:
    """``وكان النائب فلان، عضو لجنة الشؤون الخارجية، قد طالب الحكومة بـ"…"``: after كان, its
    subject and an aside between commas, ``قد`` and the verb; the subject is كان's (the opening
    one), and the noun after the verb its object, not its subject."""
    before = cue - 1
    if before <= sentence.first or document.norm(before) != cues.ALREADY:
        return False
    if not any(char in "،," for char in document.gap_before(before)):
        return False
    return document.norm(max(sentence.first, document.dateline_end if sentence.first == 0 else 0)) in _KANA


def _subject_before(document: Document, sentence: Sentence, cue: int, gender: str) -> Subject | None:
    """The subject written before the verb, after ``كان``, ``إن``/``أن``, a clause opener or at
    the sentence start: ``وكان البيت الأبيض قد حذر كوريا الشمالية`` → the White House, not
    North Korea; ``إلى أن حاكم إقليم خاباروفسك ميخائيل ديغتياريوف قال`` → the governor.
    ``… في أقصى شرق روسيا، أعرب كيم`` has none: a comma separates روسيا from the verb, and a
    verb with its conjunction (``وقال``) opens a clause of its own."""
    if has_conjunction(document, cue):
        return None
    index = cue - 1
    if index >= sentence.first and document.norm(index) == cues.ALREADY:
        index -= 1
        if index > sentence.first and document.norm(index) in cues.COPULAS:
            index -= 1  # ``لكن السفير … ماتسيغورا كان قد قال``: the subject before كان قد
    if index < sentence.first or document.quote_of[index] is not None:
        return None
    if document.gap_before(index + 1).strip():
        return None
    match = document.match_ending.get(index + 1)
    if match is not None and match.first_token >= sentence.first:
        subject = _match_before(document, sentence, match, gender)
        if subject is not None:
            return subject
    if document.cue_form(index=cue) in cues.PARTICIPLE_CUES:
        # ``وكان الرئيس الروسي قد أجاب عن سؤال عما إذا كانت موسكو ستساعد … قائلا``: a participle
        # goes with its main verb's subject; the words before it are the object's clause.
        return None
    opener = _clause_opener(document, sentence, index)
    if opener is None or opener + 1 > index:
        return None
    subject = resolve_phrase(document, opener + 1, index + 1, gender, before_verb=True)
    if subject is not None and not subject.identified and not _described(document, opener + 1):
        return None  # not a subject at all: the verb's subject is elsewhere
    return subject  # identified, or a described subject nobody can tell (no inheriting past it)


def _described(document: Document, first: int) -> bool:
    """A phrase that describes a speaker: a person, a body, a medium, or media in the plural
    (``غير أن وسائل إعلام يابانية ذكرت أن``: unnamed, not the speaker of the quote before)."""
    if describes(document.norm(first)):
        return True
    following = first + 1
    return (
        document.norm(first) in _MEDIA_PLURALS
        and following < len(document.tokens)
        and bare(document.norm(following)) in _MEDIA
    )


_MEDIA_PLURALS = frozenset(normalize("وسائل").split())
_MEDIA = frozenset(normalize("إعلام الإعلام").split())


def _match_before(document: Document, sentence: Sentence, match: Match, gender: str) -> Subject | None:
    """A registry actor right before the verb, after an opener: ``… مجلس الأمن القومي جون
    كيربي أعرب`` (a title then the name: the person).  A spokesman's title whose holder the
    article never names speaks for the body, as after the verb (round 28): ``وكان المتحدث باسم
    الكرملين قد قال إن بلاده "…"`` → the Kremlin."""
    if match.proclitic[-1:] in ("ب", "ل", "ك") or match.alias_kind == DEMONYM:
        return None
    subject_match = match
    while (previous := document.match_ending.get(subject_match.first_token)) is not None and not (
        document.gap_before(subject_match.first_token).strip(" ،,")
    ):
        subject_match = previous
    before = subject_match.first_token - 1
    while before > sentence.first and _deputy_of_title(document, before, subject_match):
        before -= 1  # ``فإن نائب وزير الخارجية الروسي أندريه رودينكو قال``: the deputy, by name
    if before >= sentence.first and not _opens_clause(document, before):
        return None
    if before + 1 < subject_match.first_token and match.alias_kind == TITLE:
        return None  # ``فإن نائب وزير الخارجية الروسي قال``: the deputy, not the minister
    best = match if match_kind(document, match) == "person" else subject_match
    body = body_of_unnamed_spokesman(document, best) if best.alias_kind == TITLE else None
    if body is not None:  # ``وكان المتحدث باسم الكرملين قد قال``, Peskov never named: the Kremlin
        return subject_from_match(document, body, gender, CONFIDENCE_OFFICIAL)
    return subject_from_match(document, best, gender, CONFIDENCE_NAMED)


def _deputy_of_title(document: Document, index: int, title: Match) -> bool:
    """A deputy's word glued before a registry title: ``نائب وزير الخارجية``, ``مساعد وزير``."""
    return (
        title.alias_kind == TITLE
        and not document.gap_before(index + 1).strip()
        and bare(cues.strip_conjunction(document.norm(index))) in cues.DEPUTY_WORDS
    )


def _opens_clause(document: Document, index: int) -> bool:
    """A word after which a subject may stand before its verb: ``كان``, ``أن``, ``فيما``, ``لكن``."""
    token = document.norm(index)
    return (
        cues.strip_conjunction(token) in cues.COPULAS
        or is_complementizer(document, index)
        or token in _OPENERS
        or cues.strip_conjunction(token) in _OPENERS
        or _fa_inna(document, index)
    )


def _fa_inna(document: Document, index: int) -> bool:
    """``فإنّ`` after a source preamble opens the clause whose subject then speaks: ``وبحسب
    المصادر نفسها، فإن نائب وزير الخارجية الروسي ميخائيل بوغدانوف قال لزواره إن "…"``; written
    with its hamza, so never the name ``فان`` (Van)."""
    written = document.text[document.tokens[index][0] : document.tokens[index][1]]
    return written.startswith("فإن")


def _clause_opener(document: Document, sentence: Sentence, last: int) -> int | None:
    """The word before the subject of the verb after ``last``: a copula, a complementizer or a
    clause opener; ``sentence.first - 1`` at the sentence start; None when a cue, a quote or a
    punctuation mark comes first, unless the subject after a comma carries the conjunction
    (`_joined_after_comma`)."""
    for index in range(last, max(sentence.first - 1, last - _SUBJECT_BEFORE_REACH), -1):
        if document.quote_of[index] is not None or document.cue_form(index) is not None:
            return None
        if _opens_clause(document, index):
            return index
        if index > sentence.first and document.gap_before(index).strip():
            return index - 1 if _joined_after_comma(document, index) else None
    return sentence.first - 1 if last - sentence.first < _SUBJECT_BEFORE_REACH else None


def _joined_after_comma(document: Document, index: int) -> bool:
    """A clause after a comma whose subject comes first, the conjunction glued to its title or
    name: ``قال بوتين: "…"، والزعيم كيم ردّ بأن بلاده "…"`` → Kim replied, a clause of its own."""
    if "،" not in document.gap_before(index) and "," not in document.gap_before(index):
        return False
    if not has_conjunction(document, index):
        return False
    match = document.match_at.get(index)
    return describes(cues.strip_conjunction(document.norm(index))) or (
        match is not None and match.proclitic[-1:] in ("و", "ف")
    )


def through_the_mouth_of(document: Document, sentence: Sentence, end: int) -> Subject | None:
    """``أعلنت وزارة الخارجية الصينية على لسان المتحدثة ماو نينغ أن "…"``: the body speaks
    through a named person, who said the words.  Only a named one: ``على لسان متحدث باسمها``
    leaves the body as the speaker."""
    first = after_word(document, end, sentence, "علي")
    first = after_word(document, first, sentence, "لسان") if first is not None else None
    if first is None:
        return None
    start, stop = noun_phrase(document, sentence, first)
    subject = resolve_phrase(document, start, stop, MASCULINE) if stop > start else None
    if subject is None or not subject.named:
        return None
    actor = document.gazetteer.actor(subject.key) if subject.key else None
    if actor is not None and actor.kind != "person":
        return None
    if subject.key is not None:
        subject.gender = gender_of(document, subject.key)
    return subject


# A spokesman glued to ل after the occasion's noun: ``في إيجاز صحفي للمتحدث باسمها``.
_TO_SPOKESMEN = frozenset(normalize("للمتحدث للمتحدثة للناطق للناطقة لمتحدثها لمتحدثتها").split())
_SPOKESMAN_NAME_REACH = 3


def to_its_spokesman(document: Document, index: int) -> bool:
    """``في إيجاز صحفي للمتحدث باسمها``, ``في مؤتمر صحفي للناطقة باسمها``: the occasion of a
    body's words is its spokesman's briefing."""
    return document.norm(index) in _TO_SPOKESMEN and any(
        document.norm(earlier) == "في" for earlier in range(max(0, index - 3), index)
    )


def spokesman_named_after(document: Document, sentence: Sentence, first: int) -> Subject | None:
    """A body that speaks in its named spokesman's briefing speaks through him, as with ``على
    لسان``: ``وكانت الخارجية الأمريكية قد حذّرت، في إيجاز صحفي للمتحدث باسمها ماثيو ميلر، من
    أن "…"`` → Miller.  Only a registry person within a few words: an unnamed spokesman
    (``في تصريح للناطق الرسمي باسمها``) leaves the body as the speaker."""
    for index in range(first, min(sentence.end, first + _SPOKESMAN_NAME_REACH)):
        if document.quote_of[index] is not None or any(mark in document.gap_before(index) for mark in "،,"):
            return None
        match = document.match_at.get(index)
        if match is not None and match_kind(document, match) == "person":
            return subject_from_match(document, match, gender_of(document, match.key), CONFIDENCE_NAMED)
    return None


# Object pronouns a verb of greeting carries before its subject: ``وصافحه بوتين``, ``فعانقته``.
_OBJECT_SUFFIXES = ("ه", "ها", "هم", "ته", "تها")


def subject_after_object_verb(document: Document, sentence: Sentence, participle: int) -> Subject | None:
    """A participle whose clause opens, after a comma, with a verb carrying its object
    (``وصافحه``, ``فعانقته``, ``واستقبله``) goes with that verb's subject, written between them:
    ``وصل الزعيم الكوري الشمالي إلى قاعدة فوستوتشني، وصافحه بوتين قائلاً: "…"`` → Putin, not
    the sentence's first subject (the one greeted).  A subject the rules cannot tell (``وصافحه
    نائب رئيس الوزراء قائلاً``) names nobody; None when the clause opens otherwise, or when a
    comma sets the participle off (``وجّه كيم دعوة لمضيفه …، قائلاً``: read as usual)."""
    if any(mark in document.gap_before(participle) for mark in "،,"):
        return None
    for verb in range(participle - 1, max(sentence.first, participle - _GREETING_REACH) - 1, -1):
        if document.quote_of[verb] is not None or document.cue_form(verb) is not None:
            return None
        gap = document.gap_before(verb)
        if verb > sentence.first and not any(mark in gap for mark in "،,"):
            if gap.strip():
                return None
            continue
        written = document.text[document.tokens[verb][0] : document.tokens[verb][1]]
        if (
            verb + 1 == participle
            or written[:1] not in "وف"
            or not written.endswith(_OBJECT_SUFFIXES)
            or len(cues.strip_conjunction(document.norm(verb))) < _VERB_WITH_OBJECT_LETTERS
            or document.match_at.get(verb) is not None
            or written[1:3] == "ال"
        ):
            return None
        subject = resolve_phrase(document, verb + 1, participle, cue_gender(document.cue_form(participle)))
        return subject if subject is not None and subject.identified else Subject(None, "", MASCULINE, 0.0)
    return None


_GREETING_REACH = 9
_VERB_WITH_OBJECT_LETTERS = 4  # ``صافحه``, ``عانقته``; not ``وجّه`` (its root ends with ه)


# Prepositions whose object is never the subject of the clause: ``جاء لافروف إلى بيونغ يانغ``.
_OBJECT_PREPOSITIONS = frozenset(normalize("إلى الى من مع عن في على لدى عند نحو").split())


def _subject_of_purpose(
    document: Document, sentence: Sentence, cue: int, form: str, gender: str
) -> Subject | None:
    """A verb of saying glued to the ل of purpose (``ليقول``, ``لتؤكد``) says what the subject of
    its clause came to say: ``وبعد شهر جاء وزير الخارجية الروسي سيرغي لافروف إلى بيونغ يانغ
    ليقول إن بلاده "…"`` → Lavrov, not whoever spoke before the comma.  The subject is the first
    registry person or body of the clause (after its comma or the sentence start) that no
    preposition governs; None when there is none or its gender disagrees."""
    if document.norm(cue) != "ل" + form:
        return None
    first = cue
    while first > sentence.first and not any(mark in document.gap_before(first) for mark in "،,"):
        first -= 1
    for index in range(first, cue):
        match = document.match_at.get(index)
        if match is None or document.quote_of[index] is not None:
            continue
        if match.proclitic[-1:] in ("ب", "ل", "ك") or match.alias_kind == DEMONYM:
            continue
        if index > first and document.norm(index - 1) in _OBJECT_PREPOSITIONS:
            continue
        if match_kind(document, match) == "medium":
            return None
        chained = document.match_at.get(match.end_token)
        if chained is not None and not document.gap_before(match.end_token).strip():
            match = chained if match_kind(document, chained) == "person" else match
        subject = subject_from_match(document, match, gender_of(document, match.key), CONFIDENCE_NAMED)
        return subject if subject.gender == gender or gender == PLURAL else None
    return None


_ASIDE_WORDS = 6  # a time or place set off between commas is short: ``، مطلع سبتمبر،``


def _relayed_from(document: Document, sentence: Sentence, cue: int) -> int | None:
    """The first word of whom a relay verb right before عن relays, past a short aside between
    commas: ``وكانت صحيفة نيويورك تايمز قد نقلت، مطلع سبتمبر، عن مسؤولين أمريكيين قولهم``
    → the officials (the paper only relays).  None when عن does not follow the verb or its aside."""
    return after_aside(document, sentence, cue + 1, "عن")


def after_aside(document: Document, sentence: Sentence, index: int, word: str) -> int | None:
    """The word after ``word`` at ``index``, or after it past a short aside set off between
    commas there: ``نقلت صحيفة واشنطن بوست، في عددها الصادر أمس، عن مسؤول`` → مسؤول.
    None when ``word`` is at neither place."""
    if index >= sentence.end:
        return None
    direct = after_word(document, index, sentence, word)
    if direct is not None or not any(mark in document.gap_before(index) for mark in "،,"):
        return direct
    for later in range(index + 1, min(index + 1 + _ASIDE_WORDS, sentence.end)):
        if document.quote_of[later] is not None:
            return None
        if any(mark in document.gap_before(later) for mark in "،,"):
            return after_word(document, later, sentence, word)
    return None


def after_word(document: Document, index: int, sentence: Sentence, word: str) -> int | None:
    if index < sentence.end and document.norm(index) == word:
        return index + 1
    return None


def _named_after(document: Document, sentence: Sentence, first: int) -> Subject | None:
    """A named subject right after the verb's pronoun object, or None (the subject is inherited)."""
    if first >= sentence.end or document.gap_before(first).strip():
        return None
    start, end = noun_phrase(document, sentence, first)
    subject = resolve_phrase(document, start, end, MASCULINE) if end > start else None
    return subject if subject is not None and subject.named else None


_AS_FOR = frozenset(normalize("أما وأما").split())


def _topic(document: Document, sentence: Sentence, cue: int, gender: str) -> Subject | None:
    """``أما X فقال``: the topic before the verb with ف is its subject, whatever follows the
    verb: ``أما الأمين العام للأمم المتحدة فقال، بحسب المتحدث باسمه ستيفان دوجاريك، إن`` →
    Guterres (his spokesman only relays).  The ف may sit on ``قد`` (``فقد وصف``), and a
    relative clause or an apposition between commas may follow the topic: ``أما وزير الدفاع
    سيرغي شويغو، الذي زار بيونغ يانغ، فقد وصف الجيش الكوري بأنه "…"`` → Shoigu."""
    verb_start = _fa_word(document, sentence, cue)
    if verb_start is None and _is_participle(document, cue):
        verb_start = _fa_verb_before(document, sentence, cue)
    if verb_start is None:
        return None
    before = range(verb_start - 1, sentence.first - 1, -1)
    opener = next((i for i in before if document.norm(i) in _AS_FOR), None)
    if opener is None or verb_start - opener < 2 or cue - opener > _TOPIC_REACH:
        return None
    if document.norm(opener + 1) in cues.NP_STOPWORDS:
        return None  # ``أما في سيول، فقال المتحدث``: a place, and the subject after the verb
    topic_end = _topic_end(document, opener, verb_start)
    if topic_end is None:
        return None
    subject = resolve_phrase(document, opener + 1, topic_end, gender)
    described = _object_described(document, sentence, cue, subject)
    if _subject_after_verb(document, sentence, cue) and not described:
        return None  # ``أما هناك فقال المتحدث …``: a subject after the verb
    unknown = subject is not None and not subject.identified
    if unknown and (
        _described_topic(document, opener + 1, topic_end) or _designates_someone(document, opener + 1)
    ):
        # ``أما قناة مجهولة المصدر فكتبت``, ``أما نائب وزير الخارجية الروسي فقال``, ``أما وزير
        # خارجية بوركينا فاسو فقال``: the topic is the subject, one the rules cannot name; nobody
        # else may stand in for it (not the minister whose title the description holds, nor the
        # speaker before).
        return Subject(None, subject.text, gender, 0.0)
    return subject if subject is not None and subject.identified else None


_TOPIC_REACH = 24
_FA_PARTICLES = frozenset(normalize("فقد فلقد").split())


def _is_participle(document: Document, cue: int) -> bool:
    return document.cue_form(cue) in cues.PARTICIPLE_CUES


def _fa_verb_before(document: Document, sentence: Sentence, cue: int) -> int | None:
    """A participle after ``أما X فذهب أبعد، إذ خاطب مضيفه قائلاً`` goes with the topic, whose
    verb (``فذهب``, no verb of saying) carries the ف: that word, when the sentence opens with
    ``أما``; else None."""
    if cues.strip_conjunction(document.norm(sentence.first)) not in _AS_FOR:
        return None
    named = {i for m in matches_in(document, sentence) for i in range(m.first_token, m.end_token)}
    for index in range(sentence.first + 2, cue):
        if document.quote_of[index] is not None:
            return None
        if index in named:
            continue  # ``أما صحيفة فايننشال تايمز، فقالت``: a name's ف is no verb's (round 26a)
        written = document.text[document.tokens[index][0] : document.tokens[index][1]]
        if written.startswith("ف") and cues.strip_conjunction(document.norm(index)) != document.norm(index):
            return index
    return None


def _fa_word(document: Document, sentence: Sentence, cue: int) -> int | None:
    """The word that carries the ف of ``أما … ف``: the verb (``فقال``) or ``قد`` before it
    (``فقد وصف``); None when neither does."""
    written = document.text[document.tokens[cue][0] : document.tokens[cue][1]]
    if written.startswith("ف") and cues.strip_conjunction(document.norm(cue)) != document.norm(cue):
        return cue
    if cue - 1 > sentence.first and document.norm(cue - 1) in _FA_PARTICLES:
        return cue - 1
    return None


def _topic_end(document: Document, opener: int, verb_start: int) -> int | None:
    """Where the topic after ``أما`` ends: at the ف-word, or at the first comma when the
    commas set off a clause that runs to the ف-word (``أما شويغو، الذي زار بيونغ يانغ،
    فقد``); None when a comma stops short of it (``أما بعد القمة، وفي العاصمة فقال``)."""
    commas = [i for i in range(opener + 2, verb_start + 1) if any(c in "،," for c in document.gap_before(i))]
    if not commas:
        return verb_start if verb_start - opener <= _TOPIC_WORDS else None
    if commas[-1] != verb_start or commas[0] - opener > _TOPIC_WORDS:
        return None
    if len(commas) == 2 and _name_set_off(document, opener, commas[0], verb_start):
        return verb_start
    return commas[0] if len(commas) > 1 or document.norm(commas[0]) in _SETTING_OFF else None


def _name_set_off(document: Document, opener: int, comma: int, verb_start: int) -> bool:
    """A description with no name, then its name between commas (round 26b): ``أما أستاذ
    العلاقات الدولية في جامعة الملك سعود، الدكتور فهد المطيري، فيرى`` → the topic runs to the
    ف-word, so the speaker is the man named; not a name then its description (``أما شويغو،
    وزير الدفاع، فقال``) nor a relative clause (``، الذي زار``)."""
    run = names.name_run(document, opener + 1, verb_start, MASCULINE)
    if run is None or run[0] < comma:
        return False
    return all(document.match_at.get(index) is None for index in range(opener + 1, comma))


_TOPIC_WORDS = 12
# What a comma after the topic may open: a relative clause about it (``، الذي زار``).
_SETTING_OFF = frozenset(normalize("الذي التي الذين").split())


def _subject_after_verb(document: Document, sentence: Sentence, cue: int) -> bool:
    """A noun right after the verb, not its clause, an addressee or an owned object."""
    following = cue + 1
    return (
        following < sentence.end
        and not document.gap_before(following).strip(" ")
        and document.quote_of[following] is None
        and not is_complementizer(document, following)
        and not _possessed_object(document, following)
        and not to_someone(document, following)
        and not preposition_of_the_clause(document, sentence, following)
        and document.norm(following) != BY_SAYING  # ``أما الوزير فاكتفى بالقول``
        and document.norm(following) not in _WHERE_OR_WHEN  # ``فقال في مؤتمر صحفي إن``
    )


# Verbs whose object comes before what it is called: ``وصف الجيش بأنه "…"``, ``اعتبر الزيارة "…"``.
_DESCRIBING = frozenset(normalize("وصف وصفت اعتبر اعتبرت عد عدت").split())


def _object_described(document: Document, sentence: Sentence, cue: int, topic: Subject | None) -> bool:
    """After a topic that names someone, the noun after ``وصف``/``اعتبر`` is what is described,
    not who speaks: ``أما بوتين فقد وصف المحادثات بأنها "…"`` → Putin.  A registered person
    after the verb still speaks, and so does anyone named after a topic that is a body
    (``أما روسيا فقد وصف الخبير لي وي القمة بأنها``)."""
    if topic is None or not topic.identified or cues.strip_conjunction(document.norm(cue)) not in _DESCRIBING:
        return False
    first, end = noun_phrase(document, sentence, cue + 1)
    after = resolve_phrase(document, first, end, MASCULINE) if end > first else None
    if after is None or not after.named or _is_body(document, after):
        return True
    return after.key is None and topic.key is not None and not _is_body(document, topic)


def _is_body(document: Document, subject: Subject) -> bool:
    """A registered actor that is not a person (an army, a ministry, a medium)."""
    actor = document.gazetteer.actor(subject.key) if subject.key else None
    return actor is not None and actor.kind != "person"


def _described_topic(document: Document, first: int, end: int) -> bool:
    """A topic that describes someone the rules cannot name: an anonymous one, or one whose
    head modifies a title after it (``نائب``, ``مساعد``, ``مستشار`` + a registered title)."""
    head = cues.strip_conjunction(document.norm(first))
    return institutions.anonymous(document, first + 1, end) or (
        head in cues.DEPUTY_WORDS and document.match_at.get(first + 1) is not None
    )


def _designates_someone(document: Document, index: int) -> bool:
    """A topic headed by a person's or a body's noun (``أما وزير خارجية روسيا``, ``أما
    الوزارة``) designates a speaker of its own, even when the rules cannot tell whom: the
    verb after it is not the previous speaker's, as after a pronoun (``أما هو فقال``)."""
    head = bare(document.norm(index))
    stem = head[2:] if head.startswith("ال") else head
    if head in cues.PERSON_NOUNS or stem in cues.PERSON_NOUNS or head in _COUNTERPARTS:
        return True
    return stem in cues.ORGANISATION_WORDS or stem in cues.MEDIUM_WORDS


# Someone named by his tie to another: ``أما ضيفه فذهب أبعد``, ``أما نظيرته فقالت`` is never
# the one the pronoun points to, the speaker just quoted.
_COUNTERPARTS = frozenset(
    normalize("ضيفه ضيفها مضيفه مضيفها نظيره نظيرها نظيرته نظيرتها محاوره محاورها").split()
)


def _possessed_object(document: Document, index: int) -> bool:
    """A noun with a pronoun glued to it, as written (``كلمته``, ``كأسه``): the verb's object,
    whose owner is the topic (``أما كيم فاختتم كلمته …`` → Kim), never a subject."""
    written = document.text[document.tokens[index][0] : document.tokens[index][1]]
    return (
        len(written) > 3
        and written.endswith(("ه", "ها"))
        and not written.startswith("ال")
        and document.match_at.get(index) is None
    )


def has_conjunction(document: Document, index: int) -> bool:
    return cues.strip_conjunction(document.norm(index)) != document.norm(index)
