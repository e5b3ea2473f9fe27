"""Names the registry does not know: where a person's name stands in a phrase.

Arabic copy introduces a person with a description then the name: ``الباحث في معهد سيجونغ
الكوري هان سيونغ-وو``, ``أستاذ العلوم السياسية بجامعة محمد الخامس يوسف الإدريسي``,
``الدكتورة منى النجار، الباحثة بمركز الأهرام``.  No capital letters mark the name, so it is
found by elimination: a run of words that are not description (person nouns, titles,
institutions, adjectives, prepositions, verbs of saying), where a name can stand — at the start
of the phrase, after a definite description, or after a comma — and not as the proper name a
place or institution takes (``إقليم خاباروفسك``, ``جامعة محمد الخامس``).

An indefinite description has no name after it: ``مسؤول أميركي طلب عدم نشر اسمه`` is an
unnamed official, whatever the words after him look like.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from articles.extraction import countries, cues
from articles.extraction.actors import DEMONYM, FEMININE, NAME
from articles.extraction.normalize import normalize

if TYPE_CHECKING:
    from articles.extraction.actors import Match
    from articles.extraction.document import Document

MAX_NAME_WORDS = 4
# The family names many people share (``كيم``, ``بارك``, ``تشو``, ``لي``, ``وانغ``) are short;
# a registry alias longer than this (``بوتين``, ``شويغو``) does not open another person's name.
_SHARED_SURNAME_LETTERS = 4
# Words that are never names although nothing else in the lexicons lists them.
FUNCTION_WORDS = frozenset(
    normalize(
        "بينهم بينها منهم منها فيهم عليهم لهم له لها لنا عنه عنها منه فيه فيها عليه عليها إلى حتى ثم "
        "أو أم لكن غير سوى كل جميع بعض ذلك تلك هؤلاء هناك هنا ليس لم لن لا ما عدم نحو بين وسط "
        "بحسب حسب وفق وفقا طبقا نقلا يوم شهر عام مساء صباح ظهر ليلة الذي التي الذين أيضا فقط "
        "خلال عقب إثر منذ جدا ضمن إطار اسمه اسمها هويته هويتها حديثه حديثها كلمته كلمتها "
        "كلامه كلامها تصريحه تصريحها رده ردها "
        # in someone's company (round 24): ``تفقّد الطائرات برفقة شويغو، الذي قال`` → Shoigu
        "برفقة بصحبة رفقة صحبة بمعية "
        # how many speak (round 26a): ``عن ثلاثة متعاملين في سنغافورة`` is unnamed, not a name
        "اثنان اثنين ثلاثة ثلاث أربعة أربع خمسة خمس ستة سبعة ثمانية تسعة عشرة عدة"
    ).split()
)
# ``شؤون``/``قضايا`` (affairs, issues) takes a region as its complement: the world's parts with
# their compass words (``شرق آسيا``, ``جنوب شرق آسيا``, ``أوروبا``), which no lexicon lists.
_AFFAIRS = frozenset(normalize("شؤون بشؤون لشؤون قضايا بقضايا لقضايا ملف بملف").split())
_COMPASS = frozenset(normalize("شرق غرب شمال جنوب وسط شرقي غربي شمالي جنوبي").split())
_WORLD_PARTS = frozenset(normalize("آسيا أوروبا أفريقيا إفريقيا أوراسيا أمريكا أميركا أوقيانوسيا").split())
_REGION_WORDS = 4
# The English word for a kind of body, written after the body's own name as in English:
# ``كينغز كوليدج``, ``تشاتام هاوس``, ``يوراسيا غروب``, ``ستيمسون سنتر``.  It ends the body's name,
# never begins or continues a person's, and a name may open after it.
BODIES_NAMED_FIRST = frozenset(
    normalize(
        "كوليدج كولدج كولج إنستيتيوت انستيتيوت إنستيتيوشن انستيتيوشن سنتر سنتير هاوس فاونديشن "
        "فونديشن غروب جروب سكول يونيفرسيتي كاونسل إنترناشونال انترناشونال "
        # round 26a: a town in a body's name, ``جامعة جورج تاون ليندا هارت`` → ``ليندا هارت``
        "تاون"
    ).split()
)
_NOT_NAMES = frozenset().union(
    BODIES_NAMED_FIRST,
    cues.PERSON_NOUNS,
    cues.DESCRIPTIVE_WORDS,
    cues.PLACE_NOUNS,
    cues.NP_STOPWORDS,
    cues.ATTACHING,
    cues.COMPLEMENTIZERS,
    cues.ADDRESSEES,
    cues.AS_HE_PUT_IT,
    cues.STATEMENT_NOUNS,
    cues.INSCRIPTIONS,
    FUNCTION_WORDS,
    _AFFAIRS,
    _COMPASS,
    _WORLD_PARTS,
)
_KINDS_OF_BODY = cues.MEDIUM_WORDS | cues.ORGANISATION_WORDS | cues.PLACE_NOUNS
# What a speaker says things in, glued to ب or ل after the speaker: ``ببيان``, ``بتصريح``.
_UTTERANCES = cues.STATEMENT_NOUNS | frozenset(normalize("تصريح تصريحات").split())
# Openers of a description that never precedes a name: ``أحد الصحفيين``, ``بعض المحللين``.
_NO_NAME_HEADS = frozenset(normalize("أحد إحدى بعض عدد").split())


def is_name_word(document: Document, index: int) -> bool:
    """Whether the word could belong to a name: not a description word, not a function word,
    not glued to a preposition or the article (``للأبحاث``, ``بجامعة``), not Latin, no digit."""
    token = document.norm(index)
    written = document.text[document.tokens[index][0] : document.tokens[index][1]]
    if len(token) < 2 or _latin_or_digit(token):
        return False  # Latin letters, also glued: ``كلاوس ريختر لـDW`` ends before ``لـDW``
    if written.endswith(("ً", "اً", "ًا")):
        return False  # a circumstantial accusative: ``وأضاف سيميونوف ضاحكاً``; names take no tanween
    if written.startswith("آ") and len(token) > 1:
        return plain_word(token) or token in cues.COMPLEMENTIZERS  # ``آن كلير``: not ``أن``
    if written.startswith(("ال", "لل")) or token.startswith(("بال", "وال", "فال", "كال")):
        return False
    if document.match_at.get(index) is not None or document.cue_form(index) is not None:
        return False
    if token[:1] in "لب" and token[1:] in _GLUED_BODY_WORDS:
        return False  # ``المندوب الدائم لدولة الكويت``, ``لصوت ماليزيا``: a body, not a name
    if written in _ALI:
        return _ali_is_a_name(document, index)
    if token == _BASIM:
        return _basim_is_a_name(document, index)
    if token in _FAMILY_NAMES_LIKE_CONJUNCTIONS:
        return _opens_a_name(document, index)
    if token in _KIN_AS_GIVEN_NAMES:
        return kin_as_given_name(document, index)
    return plain_word(token)


# A body or medium noun glued to ل or ب never belongs to a name: a title's country (``المندوبة
# الدائمة لدولة الإمارات لانا نسيبة``, ``القنصل العام لمملكة البحرين``) or the medium the words
# were said to (``أندي ويجايا لصوت إندونيسيا``); a name opening with ل (``لطيفة``, ``لانا``)
# has no such rest.
_GLUED_BODY_WORDS = (
    cues.PLACE_NOUNS | cues.MEDIUM_WORDS | cues.ORGANISATION_WORDS | frozenset(normalize("دولة صوت").split())
)
# Family names that read as a conjunction glued to a function word: ``فام`` (Pham, ف + أم).
_FAMILY_NAMES_LIKE_CONJUNCTIONS = frozenset(normalize("فام").split())


def _opens_a_name(document: Document, index: int) -> bool:
    """``فام`` is the Vietnamese family name when a name word follows it: ``المتحدثة باسم
    وزارة الخارجية الفيتنامية فام ثو هانغ`` → ``فام ثو هانغ``; never ``ف`` + ``أم``."""
    following = index + 1
    return (
        following < len(document.tokens)
        and not document.gap_before(following).strip(" ")
        and plain_word(document.norm(following))
    )


@lru_cache(maxsize=65536)  # the same words are asked about in every sentence
def _latin_or_digit(token: str) -> bool:
    """A Latin letter or a digit anywhere in the word: ``لdw``, ``2023``, ``ب5``."""
    return any(char.isdigit() or (char.isascii() and char.isalpha()) for char in token)


# ``باسم`` (Basim) is spelt like ``باسم`` (in the name of).
_BASIM = normalize("باسم")


def _basim_is_a_name(document: Document, index: int) -> bool:
    """``الناطق باسم الحكومة العراقية باسم العوادي`` → the second ``باسم`` opens the name: not
    right after a speaking noun (``الناطق باسم``), after the body it speaks for, and before a
    family name (a word no lexicon knows, or one with the article at the phrase's end)."""
    following = index + 1
    if index == 0 or following >= len(document.tokens) or document.gap_before(index).strip():
        return False
    head = cues.head_word(cues.strip_conjunction(document.norm(index - 1)))
    if head in cues.OFFICIAL_HEADS or head in cues.PERSON_NOUNS:
        return False
    if not _has_article(document, index - 1) and document.match_ending.get(index) is None:
        return False
    if document.gap_before(following).strip() or document.match_at.get(following) is not None:
        return False
    written = document.text[document.tokens[following][0] : document.tokens[following][1]]
    return (
        plain_word(document.norm(following))
        and not written.startswith("ال")
        or (written.startswith("ال") and document.norm(following).endswith("ي"))
    )


# ``علي`` (Ali) is spelt like ``على`` (on) once normalised, and Egyptian copy writes ``على`` so.
_ALI = frozenset(("علي", "وعلي"))


def _ali_is_a_name(document: Document, index: int) -> bool:
    """``كتب المحلل السياسي علي الساعدي`` → a name: written with ي, after a definite
    description (or a given name after one: ``محمد علي الحوثي``), and before a family name
    (a nisba) with nothing between; ``وأكد المتحدث علي أن`` and ``علي الساحة`` are the
    preposition."""
    following = index + 1
    if index == 0 or document.gap_before(index).strip():
        return False
    if _ali_ends_name(document, index):
        return True
    if following >= len(document.tokens) or document.gap_before(following).strip():
        return False
    if not _has_article(document, index - 1) and not _after_given_name(document, index - 1):
        return False
    written = document.text[document.tokens[following][0] : document.tokens[following][1]]
    token = document.norm(following)
    nisba = written.startswith("ال") and token.endswith("ي") and token not in NOT_NATIONALITY
    if token in _ALI_COMPOUNDS:
        return _compound_with_ali(document, following)
    if nisba:
        return document.match_at.get(following) is None and plain_word(token)
    return _ali_before_reported_clause(document, index)


_REPORTING = frozenset(normalize("إن أن بأن").split())
# Verbs whose object follows ``على``: ``شدد الوزير علي ضرورة أن`` is the preposition.
_ON_VERBS = frozenset(
    stem + ending
    for stem in normalize("شدد أكد ركز حرص أصر حث علق رد اعترض وافق اتفق أثنى").split()
    for ending in ("", "ت")
)
_ON_VERB_REACH = 6


def _ali_before_reported_clause(document: Document, index: int) -> bool:
    """``رأى الباحث في الشؤون الدولية علي مطر أن "…"`` → Ali Matar: written with ي where the
    copy writes its final ى (``على``, ``إلى``, ``لدى``), then one family name no lexicon knows
    or a compound one (``علي فضل الله``, ``علي نور الدين``), then the reported clause, perhaps
    after the outlet or the people the words were said to (``وقال المحلل علي فضل الله لآفاق
    إن``); ``وشدد الوزير على ضرورة أن`` (Egyptian spelling, or ``على`` written alike
    throughout) stays the preposition."""
    family = index + 1
    written = document.text[document.tokens[index][0] : document.tokens[index][1]]
    if not written.endswith("علي") or _writes_final_ya_for_alif_maqsura(document.text):
        return False
    if family >= len(document.tokens) or document.match_at.get(family) is not None:
        return False
    if document.text[document.tokens[family][0] : document.tokens[family][1]].startswith("ال"):
        return False
    if not plain_word(document.norm(family)):
        return False
    after = family + 1
    if after < len(document.tokens) and compound_family_name(document.norm(family), document.norm(after)):
        after += 1  # ``فضل الله``
    if after < len(document.tokens) and not document.gap_before(after).strip() and _said_to(document, after):
        after += 1  # ``لآفاق``, ``للصحفيين``
    return (
        after < len(document.tokens)
        and all(not document.gap_before(i).strip() for i in range(family, after + 1))
        and document.norm(after) in _REPORTING
        and not any(
            cues.strip_conjunction(document.norm(verb)) in _ON_VERBS
            for verb in range(max(0, index - _ON_VERB_REACH), index)
        )
    )


def _writes_final_ya_for_alif_maqsura(text: str) -> bool:
    """Whether the copy spells a final ى the Egyptian way, as ي (``إلي``, ``لدي``, ``حتي``)
    and never as such (``على``, ``إلى``), so that a ``علي`` in it may be the preposition.  A
    short text with neither (round 24: ``رأى النائب السابق الدكتور علي خريس أن``) writes the
    name."""
    if any(word in text for word in _WITH_ALIF_MAQSURA):
        return False
    return any(word in text for word in _WITH_FINAL_YA)


_WITH_ALIF_MAQSURA = ("على ", "إلى ", "الى ", "لدى ", "حتى ")
_WITH_FINAL_YA = (" إلي ", " الي ", " لدي ", " حتي ", " علي أن")


def _said_to(document: Document, index: int) -> bool:
    """Whom the words were said to, glued to ل: the masthead's outlet (``لآفاق``), a registry
    medium (``لوكالة تاس``), or the press (``للصحفيين``)."""
    token = document.norm(index)
    if token[:1] != "ل" or len(token) < 3:
        return False
    match = document.match_at.get(index)
    if match is not None:
        return match.proclitic[-1:] == "ل"
    rest = "ال" + token[2:] if token.startswith("لل") else token[1:]
    return rest in cues.ADDRESSEES or rest in document.masthead_names


def _ali_ends_name(document: Document, index: int) -> bool:
    """``أما النائب أحمد حاج علي فقال``, ``وقال أحمد حاج علي، عضو اللجنة،`` → Ahmed Haji Ali: after
    a name word with no article, and before a comma, a colon or a verb of saying, where the
    preposition ``على`` could not stand (it needs its object: ``وشدد حسن داود علي أن``)."""
    following = index + 1
    if not plain_word(document.norm(index - 1)) or _has_article(document, index - 1):
        return False
    if following >= len(document.tokens):
        return False
    return any(char in "،,:" for char in document.gap_before(following)) or (
        document.cue_form(following) is not None and not document.gap_before(following).strip()
    )


# Second halves of given names compounded with Ali (Persian, Afghan, Pakistani copy): ``علي رضا``,
# ``علي أصغر``; neither reads after the preposition ``على`` before a bare family name.
_ALI_COMPOUNDS = frozenset(normalize("رضا أصغر").split())


def _compound_with_ali(document: Document, index: int) -> bool:
    """``الخبير في الشؤون الآسيوية علي رضا كريمي`` → Ali Reza Karimi: a compound given name,
    then a family name with no article and nothing between (``علي رضا الطرفين`` is no name)."""
    family = index + 1
    if family >= len(document.tokens) or document.gap_before(family).strip():
        return False
    written = document.text[document.tokens[family][0] : document.tokens[family][1]]
    token = document.norm(family)
    return not written.startswith("ال") and document.match_at.get(family) is None and plain_word(token)


def _after_given_name(document: Document, index: int) -> bool:
    """``عضو المجلس السياسي الأعلى محمد علي الحوثي``: a given name right after a definite
    description, so ``علي`` after it is the second given name (Mohammed Ali), not ``على``."""
    before = index - 1
    return (
        before >= 0
        and _has_article(document, before)
        and not document.gap_before(index).strip()
        and document.match_at.get(index) is None
        and plain_word(document.norm(index))
    )


@lru_cache(maxsize=65536)
def plain_word(token: str) -> bool:
    """A word no lexicon knows, with or without its conjunction (``وفي``, ``ومن``) or a glued
    preposition (``بجامعة``)."""
    word = token[1:] if token[:1] in "وف" and len(token) > 2 else token
    if word in _NOT_NAMES or token in _NOT_NAMES:
        return False
    for form in {token, word}:
        stem = form[1:] if form[:1] in "بل" else form
        if stem in _KINDS_OF_BODY or (stem != form and stem in cues.PERSON_NOUNS):
            return False  # ``لمراسلة الميادين``: a reporter glued to ل, no name
        if stem != form and stem in _UTTERANCES:
            return False  # ``ردّت الخارجية الروسية ببيان جاء فيه``: how it spoke, no name (round 24)
        if _own_medium(stem):
            return False
    return True


def _own_medium(stem: str) -> bool:
    """The outlet's own medium, with ``نا`` (our): ``قال الخبير سامي حداد لموقعنا إن`` → the
    name ends before ``لموقعنا`` (whom he spoke to); likewise ``لوكالتنا``, ``لصحيفتنا``."""
    if not stem.endswith("نا") or len(stem) < 5:
        return False
    base = stem[:-2]
    return base in cues.MEDIUM_WORDS or (base.endswith("ت") and base[:-1] + "ه" in cues.MEDIUM_WORDS)


def hyphenated(document: Document, index: int) -> bool:
    """Joined to a neighbour by a hyphen: ``إن`` in ``كيم إن-إي`` is no complementizer."""
    following = index + 1
    return document.gap_before(index) == "-" or (
        following < len(document.tokens) and document.gap_before(following) == "-"
    )


def continues_name(document: Document, index: int) -> bool:
    """Whether the word may carry on the name before it: ``إن`` in ``كيم إن-إي`` (joined by a
    hyphen), or an unknown word (``لي`` in ``تشو لي هوا``)."""
    return hyphenated(document, index) or is_name_word(document, index)


def is_adjective(document: Document, index: int) -> bool:
    """A country's adjective after an institution: ``اليابانية`` in ``وزارة الدفاع اليابانية``."""
    match = document.match_at.get(index)
    if match is not None:
        return match.alias_kind == DEMONYM
    token = document.norm(index)
    if token in NOT_NATIONALITY:
        return False
    return token.startswith("ال") and token.endswith(("يه", "ي")) and len(token) > 5


# Adjectives that end like a nationality's but name no country: ``الخارجية``, ``المركزية``.
NOT_NATIONALITY = frozenset(
    normalize(
        "الخارجية الداخلية المالية الرسمية الرسمي المركزية المركزي الوطنية الوطني المشتركة الدولية "
        "الدولي الحكومية الحكومي العسكرية العسكري السياسية السياسي الأمنية الأمني الإعلامية الرئاسية "
        "الإقليمية الإقليمي الشعبية الشعبي الاتحادية الفيدرالية الصناعية الفضائية الاستخباراتية "
        "النووية الاقتصادية التجارية الدبلوماسية الصحية الاستراتيجية"
    ).split()
)


def name_run(document: Document, first: int, end: int, gender: str) -> tuple[int, int] | None:
    """Token range of the unknown name in the phrase ``[first, end)``, or None.

    ``نائب رئيس الوزراء الروسي ألكسندر نوفاك`` → ``ألكسندر نوفاك``; a one-word alias of a
    registry person that opens a longer name is part of it: ``نائبة المتحدث باسم الوزارة كيم
    إن-إي`` → ``كيم إن-إي`` (another person than Kim Jong Un).
    """
    head = cues.strip_conjunction(document.norm(first))
    if head in _NO_NAME_HEADS or (
        head in cues.PERSON_NOUNS and not definite_description(document, first, end)
    ):
        return None
    can_open, after_place = True, False
    index = first
    while index < end:
        if index > first and any(char in "،," for char in document.gap_before(index)):
            can_open, after_place = True, False  # an apposition: ``…، أندريه لانكوف``
        if document.quote_of[index] is not None:  # a quoted name: ``صحيفة "دي فيلت"``
            can_open, after_place = True, False
            index += 1
            continue
        closed = _past_parenthesis(document, index, end)
        if closed:
            can_open, after_place = True, False
            index = closed
            continue
        qualifier = _rank_qualifier(document, index, end)
        if qualifier:
            can_open, after_place = True, False
            index += qualifier
            continue
        match = document.match_at.get(index)
        if match is not None:
            if can_open and not after_place and opens_longer_name(document, match, end, gender):
                return _extend(document, index, match.end_token, end)
            can_open = match.alias_kind != DEMONYM or _has_article(document, index)
            after_place = False
            index = match.end_token
            if (
                index < end
                and not document.gap_before(index).strip()
                and _glued_to_la(document, index)
                and not (match.alias_kind == DEMONYM and _name_opening_with_la(document, index, end))
            ):
                # ``مراسلة بي بي سي لشؤون كوريا``: what the body covers, not a name; but
                # ``السيناتور الأمريكي ليندسي غراهام``: a name that opens with ل
                can_open = False
                index += 1
            continue
        region = _region_of_affairs(document, index, end)
        if region:
            can_open, after_place = True, False  # ``الخبير في شؤون شرق آسيا مهدي رضائي``
            index += region
            continue
        place = _known_place_after_in(document, index, end)
        if place:
            can_open, after_place = True, False  # ``السفير الروسي في لبنان ألكسندر روداكوف``
            index += place
            continue
        if is_name_word(document, index):
            if after_place:  # the place's own name: ``إقليم خاباروفسك``, ``جامعة محمد الخامس``
                can_open, after_place = True, False
                index = _body_named_after_a_person(document, index, end)
            elif (
                can_open
                and index > first
                and cues.strip_conjunction(document.norm(index)) in FAMILY_PARTICLES
            ):
                return _around_particle(document, first, index, end)
            elif can_open:
                run = _extend(document, index, index + 1, end)
                if _noun_in_construct(document, run, end):
                    index = run[1]  # ``مفوضية الأمم المتحدة السامية لحقوق الإنسان رافينا …``
                    continue
                if not _title_follows(document, run[1], end):
                    return _name_in_apposition(document, first, run, end, gender) or run
                index = run[1]  # ``قائد الطيران بعيد المدى الفريق سيرغي كوبيلاش``: the rank comes
                continue  # right before the name, so what stood before it was description
            index += 1
            continue
        if abbreviated_title(document, index):
            can_open, after_place = True, False
            index += 1
            continue
        token = cues.strip_conjunction(document.norm(index))
        if can_open and opens_with_definite_given_name(document, index, end):
            return _extend(document, index, index + 1, end)
        # ``الشركة`` takes no name after it
        after_place = _names_a_body(document, index) and not _has_article(document, index)
        # ``القيادي فيها محمد البخيتي``: a preposition with its pronoun closes the complement
        can_open = (
            _has_article(document, index)
            or document.norm(index) in _PREPOSITIONS_WITH_PRONOUN
            or token in BODIES_NAMED_FIRST  # ``في معهد تشاتام هاوس جون نيلسون رايت``
        ) and not after_place
        index += 1
    return None


def _name_in_apposition(
    document: Document, first: int, run: tuple[int, int], end: int, gender: str
) -> tuple[int, int] | None:
    """The name after a comma, when the words before the comma ended in the proper name of the
    body the description names (round 25): ``أستاذ العلوم السياسية بجامعة القاضي عياض بمراكش،
    عبد الرحيم المنار`` → ``عبد الرحيم المنار``, not the university's ``عياض بمراكش``;
    ``بجامعة ابن زهر، الحسين أيت بلعيد``.  None when the run opens the phrase (``ميخائيل أورلوف،
    الباحث …``), when no body's noun stands right before the run (``المحلل عبد القادر ولد الحاج
    مختار، ضيف نشرة الظهيرة``: the name, then what he is), or no name opens after the comma."""
    following = run[1]
    comma = following < end and any(char in "،," for char in document.gap_before(following))
    if run[0] == first or not comma:
        return None
    if not any(_names_a_body(document, index) for index in range(max(first, run[0] - _BODY_REACH), run[0])):
        return None
    apposition = name_run(document, following, end, gender)
    if apposition is None:
        return None
    titles = _honorifics(document, following, apposition[0])
    return apposition if apposition[0] == following + titles else None


# At most ``الأستاذ الدكتور`` between the comma and the name.
_HONORIFIC_WORDS = 2


def _honorifics(document: Document, first: int, end: int) -> int:
    """How many words at ``first`` are honorifics before the name at ``end`` (0 when the words
    before it are anything else), round 26b: ``بجامعة الملك عبد العزيز، الدكتور سعد الحربي`` →
    1, so the name after the title is the speaker's, not the university's ``عبد العزيز``; ``د.``
    too.  Only a definite person noun (``الدكتور``, ``الأستاذ``) or a title cut to its letter."""
    count = end - first
    if count > _HONORIFIC_WORDS:
        return 0
    for index in range(first, end):
        head = cues.head_word(document.norm(index))
        titled = _has_article(document, index) and head in cues.PERSON_NOUNS
        if not (titled or abbreviated_title(document, index)) or document.gap_before(index + 1).strip(" ."):
            return 0
    return count


# How far before a name run the body it may belong to is looked for: ``بجامعة محمد الأول بوجدة``.
_BODY_REACH = 3


def _names_a_body(document: Document, index: int) -> bool:
    """A body's noun, bare or glued to a preposition: ``بجامعة``, ``معهد``, ``لمركز``."""
    token = cues.strip_conjunction(document.norm(index))
    return token in cues.PLACE_NOUNS or (token[:1] in "بل" and token[1:] in cues.PLACE_NOUNS)


_PARENTHESIS_WORDS = 6


def _past_parenthesis(document: Document, index: int, end: int) -> int:
    """The token after a parenthesis that opens at ``index`` (0 when none): an acronym or a
    gloss of the body before it, never part of the name after it: ``الباحث في المعهد الملكي
    للخدمات المتحدة (روسي) نايجل بارتون`` → ``نايجل بارتون``."""
    if "(" not in document.gap_before(index):
        return 0
    for after in range(index + 1, min(end, index + _PARENTHESIS_WORDS + 1)):
        if ")" in document.gap_before(after):
            return after
    return 0


def _body_named_after_a_person(document: Document, index: int, end: int) -> int:
    """Where the name of a body named after a person ends, when its field follows glued to ل:
    ``الباحث في معهد عصام فارس للسياسات العامة الدكتور فادي أبو ملهم`` → ``عصام فارس`` is the
    institute's, so the speaker's name opens after the field; with no field (``مركز كارنيغي
    مهند الحاج``) the body keeps one word and the name may follow it."""
    run_end = _extend(document, index, index + 1, end)[1]
    for following in range(index + 2, min(run_end + 1, end)):
        if document.gap_before(following).strip():
            break
        if _is_field(document, following):
            return following - 1  # the loop steps over the last word of the body's name
    return index


def _is_field(document: Document, index: int) -> bool:
    written = normalize(document.text[document.tokens[index][0] : document.tokens[index][1]])
    return written.startswith("ل") and (written[2:] in _FIELDS or written[1:] in _FIELDS)


# What research bodies study, glued to ل after their name (never an addressee, ``للصحفيين``,
# ``لموقع``): ``للدراسات``, ``للسياسات العامة``, ``لشؤون الشرق الأوسط``.
_FIELDS = frozenset(
    normalize("دراسات سياسات سياسة أبحاث بحوث شؤون تنمية علوم فكر ثقافة استشارات حوار سلام").split()
)


# A preposition carrying its pronoun, a whole complement: ``القيادي فيها``, ``عضو فيه``.
_PREPOSITIONS_WITH_PRONOUN = frozenset(normalize("فيها فيه فيهم منها منه منهم").split())
_IN = frozenset(normalize("في").split())


def _known_place_after_in(document: Document, index: int, end: int) -> int:
    """How many words a known place after ``في`` takes (0: none): ``السفير الروسي في لبنان``,
    ``سفير كوريا في دمشق``; a name after the place opens there (`countries` lists the places)."""
    if index == 0 or document.norm(index - 1) not in _IN or document.match_at.get(index) is not None:
        return 0
    words = [document.norm(position) for position in range(index, min(end, index + countries.LONGEST_PLACE))]
    size = countries.place_size(words)
    if size and index + size < end and not document.gap_before(index + size).strip():
        return size
    return 0


def _region_of_affairs(document: Document, index: int, end: int) -> int:
    """How many words a region after ``في شؤون`` takes (0: none): ``الخبير الإيراني في شؤون شرق
    آسيا مهدي رضائي`` → ``شرق آسيا``, then the name opens; the compass words and the world's parts
    are no names, and a name may follow the region as it follows a country (``في شؤون كوريا``)."""
    if index == 0 or document.norm(index - 1) not in _AFFAIRS:
        return 0
    position = index
    while position < end and position - index < _REGION_WORDS - 1 and document.norm(position) in _COMPASS:
        position += 1
    if position >= end or document.norm(position) not in _WORLD_PARTS:
        return 0
    position += 1
    if position >= end or document.gap_before(position).strip():
        return 0
    return position - index


def _noun_in_construct(document: Document, run: tuple[int, int], end: int) -> bool:
    """One unknown word before a definite word that is no family name is a noun in construct,
    not a name: ``لحقوق الإنسان``, ``لشؤون اللاجئين`` (`_extend` takes a definite family name)."""
    first, following = run
    if following - first != 1 or following >= end or document.gap_before(following).strip():
        return False
    written = document.text[document.tokens[following][0] : document.tokens[following][1]]
    return written.startswith("ال") and document.match_at.get(following) is None


def opens_with_definite_given_name(document: Document, index: int, end: int) -> bool:
    """``الدبلوماسي التونسي السابق الهادي بن رمضان`` → ``الهادي بن رمضان``, not ``بن رمضان``:
    a given name with the article, followed (no comma between) by a name word or, at the
    phrase's end, a family name with the article (``الباحث الطيب الصادق``)."""
    following = index + 1
    if following >= end:
        return False
    if cues.strip_conjunction(document.norm(index)) not in DEFINITE_GIVEN_NAMES:
        return _unlisted_definite_given_name(document, index, end)
    if document.gap_before(following).strip():
        return False
    written = document.text[document.tokens[following][0] : document.tokens[following][1]]
    if written.startswith("ال"):
        return _family_name(document, following, end)
    return is_name_word(document, following)


def _unlisted_definite_given_name(document: Document, index: int, end: int) -> bool:
    """A definite word no lexicon knows, neither a country's adjective nor a field's, after a
    definite title and right before one family name that ends the phrase is a given name too
    (round 24; Sudanese and Gulf copy): ``قال السفير السابق الطريفي كرمنو إن`` → ``الطريفي
    كرمنو``, ``أوضح السفير الأسبق العبيد مروح أن`` → ``العبيد مروح``; ``قال الخبير الاقتصادي
    حمدان إن`` stays a field and one word (no name to propose)."""
    if not _unlisted_definite_word(document, index):
        return False
    family = index + 1
    written = document.text[document.tokens[family][0] : document.tokens[family][1]]
    if written.startswith("ال") or not is_name_word(document, family):
        return False
    return _extend(document, family, family + 1, end)[1] == family + 1


def _unlisted_definite_word(document: Document, index: int) -> bool:
    """A word with the article that no lexicon knows (no title, country's adjective, field or
    registered alias), right after a definite title or adjective, no comma between: where a given
    name may stand (``السفير السابق الطريفي``, ``العلاقات الدولية الأسعد``)."""
    token = cues.strip_conjunction(document.norm(index))
    if index == 0 or not _has_article(document, index - 1) or document.gap_before(index).strip():
        return False  # a title or its adjective before it: ``السفير السابق``, not ``رُفعت الكؤوس نخب``
    return not (
        not token.startswith("ال")
        or not plain_word(token)
        or document.match_at.get(index) is not None
        or token in countries.ADJECTIVES
        or token in NOT_NATIONALITY
        or token + "ه" in NOT_NATIONALITY
        or token in _FIELD_ADJECTIVES
    )


# Adjectives of a field or a rank that copy puts between a title and a name, and that the
# lexicons of `NOT_NATIONALITY` do not hold in their masculine form.
_FIELD_ADJECTIVES = frozenset(
    normalize("الأممي الأسبق القانوني الحقوقي الدستوري التاريخي الجيوسياسي الاستراتيجي الميداني").split()
)


# Titles abbreviated with a full stop: ``د.`` (doctor), ``أ.`` (professor), ``م.`` (engineer).
_ABBREVIATED_TITLES = frozenset(normalize("د أ م").split())


def abbreviated_title(document: Document, index: int) -> bool:
    """``د.`` before a name opens it like a definite title: ``أستاذ العلوم السياسية في جامعة
    الكويت د. فهد المطيري`` → ``فهد المطيري``."""
    following = index + 1
    return (
        document.norm(index) in _ABBREVIATED_TITLES
        and following < len(document.tokens)
        and document.gap_before(following).strip() == "."
    )


# Military ranks, and the qualifiers that may follow one before the name: ``اللواء أركان حرب``
# (of the general staff, Egyptian), ``العميد الركن`` / ``العميد ركن`` (Levantine, Iraqi),
# ``اللواء بحري``, ``العقيد طيار``.
_MILITARY_RANKS = frozenset(
    normalize("اللواء العميد العقيد الفريق المقدم الرائد النقيب المشير لواء عميد عقيد فريق مقدم").split()
)
_RANK_QUALIFIERS = (
    tuple(normalize("أركان حرب").split()),
    tuple(normalize("ركن").split()),
    tuple(normalize("الركن").split()),
    tuple(normalize("بحري").split()),
    tuple(normalize("طيار").split()),
    tuple(normalize("مهندس").split()),
)


def _rank_qualifier(document: Document, index: int, end: int) -> int:
    """How many words after a military rank qualify it, never a name: ``قال اللواء أركان حرب
    سامح الدميري`` → ``سامح الدميري``; ``العميد الركن نزار الحلبي`` → ``نزار الحلبي``."""
    if index == 0 or cues.strip_conjunction(document.norm(index - 1)) not in _MILITARY_RANKS:
        return 0
    for words in _RANK_QUALIFIERS:
        last = index + len(words)
        if last < end and tuple(document.norm(i) for i in range(index, last)) == words:
            return len(words)
    return 0


# Titles that are given names before ``ولد``/``بن`` in Mauritanian and Maghrebi names.
TITLES_AS_GIVEN_NAMES = frozenset(normalize("الشيخ الشيخة").split())
# Given names written with the article, common in Maghrebi and Gulf copy (``الهادي بن رمضان``,
# ``الحبيب الصيد``, ``الطيب الزين``): none is a title, a nationality or a common noun of a
# description, so each opens a name when a name or a family name follows it.
DEFINITE_GIVEN_NAMES = frozenset(
    normalize(
        "الهادي الحبيب الطيب الصادق المنصف الناصر المختار الطاهر المهدي البشير الأزهر المكي "
        "الباجي العياشي الشاذلي المولدي الحبيبة الحسين "
        # round 28, Tunisian copy: ``أستاذ القانون الدولي بالجامعة التونسية المنجي الزواري``
        "المنجي المنذر الأسعد الجيلاني المعز"
    ).split()
)


def _around_particle(document: Document, first: int, particle: int, end: int) -> tuple[int, int]:
    """A name read from ``ولد``/``بن`` ends with its definite family name (``الأمين`` is no
    title here), and takes the given name before it that looks like a title: ``المدون
    الموريتاني الشيخ ولد محمد الأمين`` → ``الشيخ ولد محمد الأمين``; or a definite word no lexicon
    knows after the description (round 25, Maghrebi copy): ``الخبير في العلاقات الدولية الأسعد بن
    عمارة الجلاصي`` → ``الأسعد بن عمارة الجلاصي``, not ``بن عمارة الجلاصي``."""
    previous = particle - 1
    given = (
        previous >= first
        and not document.gap_before(particle).strip()
        and (
            cues.strip_conjunction(document.norm(previous)) in TITLES_AS_GIVEN_NAMES
            or cues.strip_conjunction(document.norm(previous)) in DEFINITE_GIVEN_NAMES
            or (previous > first and _unlisted_definite_word(document, previous))
        )
    )
    start = previous if given else particle  # but ``الوزير ولد مرزوك``: the minister, by his family name
    if not given and _compound_given_name(document, first, previous):
        start = previous - 1
    index = _extend(document, particle, particle + 1, end)[1]
    family = (
        index < end
        and not document.gap_before(index).strip()
        and _has_article(document, index)
        and document.match_at.get(index) is None
        and document.norm(index) not in NOT_NATIONALITY
    )
    return start, index + family


def _compound_given_name(document: Document, first: int, second: int) -> bool:
    """A given name of two words, the second with the article, before ``ولد``/``بن``:
    ``الكاتب محمد الأمين ولد سيدي`` → ``محمد الأمين ولد سيدي`` (``الأمين`` is no title
    after a plain name); ``الوزير الأول ولد بلال`` is a title, a description word before it."""
    given = second - 1
    if given < first or document.gap_before(second).strip() or document.gap_before(second + 1).strip():
        return False
    written = document.text[document.tokens[second][0] : document.tokens[second][1]]
    return (
        written.startswith("ال")
        and document.match_at.get(second) is None
        and document.norm(second) not in cues.DESCRIPTIVE_WORDS
        and is_name_word(document, given)
    )


def _name_opening_with_la(document: Document, index: int, end: int) -> bool:
    """``السيناتور الأمريكي ليندسي غراهام``: after a nationality, a word with ل and one more name
    word that ends the phrase is a name (``مراسلة بي بي سي لشؤون كوريا لورا بيرنت`` is read
    only after a nationality, and has another name after it)."""
    following = index + 1
    if following >= end or not is_name_word(document, following):
        return False
    return following + 1 >= end or not continues_name(document, following + 1)


def _glued_to_la(document: Document, index: int) -> bool:
    """A word glued to the preposition ل: ``لشؤون``, ``لفرانس``."""
    written = document.text[document.tokens[index][0] : document.tokens[index][1]]
    return written.startswith("ل") and not written.startswith("لل") and len(document.norm(index)) > 4


def _names_a_medium(document: Document, index: int) -> bool:
    """A word glued to ل whose rest is a medium: a registry medium (``لسبوتنيك``) or a word the
    text writes alone elsewhere, as in its dateline (``هسبريس - وكالات`` … ``لهسبريس``); a name
    that opens with ل (``لطفي``) has no such rest."""
    written = document.text[document.tokens[index][0] : document.tokens[index][1]]
    rest = written[1:].lstrip("ـ")
    key = document.gazetteer.whole_match(rest)
    if key is not None:
        actor = document.gazetteer.actor(key)
        return actor is not None and actor.kind == "medium"
    rest = normalize(rest)
    return any(norm == rest for _start, _end, norm in document.tokens)


def _numbered(document: Document, index: int) -> bool:
    """A number or Latin word: a medium's name goes on (``فرانس 24``); a person's does not."""
    if index >= len(document.tokens):
        return False
    return any(char.isdigit() or (char.isascii() and char.isalpha()) for char in document.norm(index))


def _has_article(document: Document, index: int) -> bool:
    written = document.text[document.tokens[index][0] : document.tokens[index][1]]
    token = document.norm(index)
    return written.startswith(("ال", "لل", "وال", "بال")) or token.startswith("لل")


def definite_description(document: Document, first: int, end: int) -> bool:
    """Whether a description headed by a person noun is definite, and so may precede a name:
    ``النائب``, ``نائب رئيس الوزراء``, ``عضو لجنة الأمن``, ``حاكم إقليم خاباروفسك`` (a construct
    ending in a definite or proper noun; ``وزير خارجية روسيا الاتحادية سيرغي لافروف``, whose
    portfolio ends like an adjective) but not ``مسؤول أميركي`` or ``ضابط سابق في``."""
    for index in range(first, end):
        if _has_article(document, index) or cues.head_word(document.norm(index)) in cues.OWN_REPORTERS:
            return True  # ``مراسلنا في سيول جوناثان هيل``: a possessed noun is definite
        match = document.match_at.get(index)
        if match is not None:
            return match.alias_kind != DEMONYM
        token = cues.head_word(document.norm(index))
        if token in cues.DESCRIPTIVE_WORDS or token in cues.NP_STOPWORDS or token in cues.ATTACHING:
            return False
        if token in cues.PERSON_NOUNS or token in cues.PLACE_NOUNS or token in cues.PORTFOLIOS:
            continue  # ``وزير خارجية روسيا``: the portfolio, then its country's proper name
        stem = token[2:] if token.startswith("ال") else token
        if stem in cues.ORGANISATION_WORDS or stem in cues.MEDIUM_WORDS:
            continue
        if index > first and token.endswith(_NISBA_ENDINGS):
            # ``مسؤولا أميركيا``: an adjective the registry does not list; but a word right
            # before a registry person's full name is a place (``حاكم بريموري أوليغ …``).
            return _place_before_full_name(document, index, end)
        return is_name_word(document, index)
    return False


def _place_before_full_name(document: Document, index: int, end: int) -> bool:
    """A word that ends like an adjective of origin but stands right before the full name of a
    person the registry knows, which ends the description, is the place of a construct: ``وقال
    حاكم بريموري أوليغ كوجيمياكو`` (the governor of Primorye), ``محافظ زابوريجي يفغيني
    باليتسكي``.  An adjective does not stand between a description and a name in copy
    (``مسؤول أميركي رافق بلينكن`` has a verb between)."""
    match = document.match_at.get(index + 1)
    if match is None or match.alias_kind != NAME or match.end_token != end:
        return False
    actor = document.gazetteer.actor(match.key)
    return actor is not None and actor.kind == "person" and match.end_token - match.first_token > 1


# How an adjective of origin ends, in any case: ``أميركي``, ``أميركيا``, ``غربيون``, ``أوروبية``.
_NISBA_ENDINGS = ("ي", "يا", "يه", "يون", "يين")


def opens_longer_name(document: Document, match: Match, end: int, gender: str) -> bool:
    """A registry person's one-word alias followed by more of a name: ``كيم إن-إي`` (a hyphen),
    ``تشو لي هوا`` (two more words), ``وقالت … كيم سون`` (a feminine verb for a man's alias)."""
    actor = document.gazetteer.actor(match.key)
    if actor is None or actor.kind != "person" or match.alias_kind != NAME:
        return False
    if match.end_token - match.first_token != 1 or match.end_token >= end:
        return False
    if len(document.norm(match.first_token)) - len(match.proclitic) > _SHARED_SURNAME_LETTERS:
        return False  # ``وردّ بوتين بنخب مماثل``: a long surname is one person's, not a family's
    following = match.end_token
    if document.gap_before(following) == "-" or (
        following + 1 < end and document.gap_before(following + 1) == "-"
    ):
        return True
    words = 0
    while following + words < end and words < 2 and _given_syllable(document, following + words):
        if any(char in "،," for char in document.gap_before(following + words)):
            break
        words += 1
    return words >= 2 or (words == 1 and (gender == FEMININE) != (actor.gender == FEMININE))


def _given_syllable(document: Document, index: int) -> bool:
    """A name word that can follow a shared family name in its given name (round 28): ``سون``,
    ``يو``, ``جونغ``; a word with an Arabic feminine or plural ending is a noun of the sentence,
    the family name being the registry person's: ``وكتب كيم كلمات قليلة في الدفتر`` → Kim."""
    written = document.text[document.tokens[index][0] : document.tokens[index][1]]
    return is_name_word(document, index) and not written.endswith(("ة", "ات"))


def _title_follows(document: Document, index: int, end: int) -> bool:
    """A definite title or rank right after a run of words (``بعيد المدى الفريق``): a name
    follows its title, so the run before the title was not the name."""
    if index >= end or any(char in "،,:" for char in document.gap_before(index)):
        return False
    if document.match_at.get(index) is not None:
        return False
    token = cues.strip_conjunction(document.norm(index))
    return token.startswith("ال") and token in cues.PERSON_NOUNS


# Words that open a family name of two: ``بن سعيد``, ``ولد الشيخ``, ``أبو زيد``.
# ``أيت``/``آيت`` (Amazigh, "sons of"): ``الحسين أيت بلعيد``.
FAMILY_PARTICLES = frozenset(normalize("بن ابن أبو ابو ولد أيت آيت").split())
# The first half of a compound given name: ``عبد القادر``, ``أبو بكر``.
COMPOUND_FIRST = frozenset(normalize("عبد أبو ابو").split())
# The second half of a compound given name, whatever the first: ``نور الدين``, ``سيف الإسلام``.
_COMPOUND_SECOND = frozenset(normalize("الدين الله الإسلام").split())
# ``نور الهدى بن سالم``, ``زين العابدين``: second halves that are never a family name (round 28)
_GIVEN_SECOND_ONLY = frozenset(normalize("الهدى العابدين").split())
# More second halves of a given name, from God's names and the Prophet's titles, which never
# stand alone after a name word as a family name would: ``عوض الكريم``, ``فضل المولى``,
# ``حسب الرسول``, ``عبد الرحيم``, ``نور الهدى``; read as part of the given name (`_extend`) only.
_GIVEN_NAME_SECOND = (
    _COMPOUND_SECOND
    | _GIVEN_SECOND_ONLY
    | frozenset(
        normalize("الكريم الرحمن الرحيم المولى الرسول النبي الجليل الباري القادر الحميد المجيد").split()
    )
)


def compound_family_name(first: str, second: str) -> bool:
    """Two last words of a longer name that make one family name: ``عبد`` or ``أبو`` and a
    defined word (``شريف عبد المقصود``), or any word and ``الله``/``الدين`` (``نبيل عوض الله``,
    ``سامر نور الدين``), so that a later ``وأضاف عوض الله`` is the same man, not a new one."""
    return (first in COMPOUND_FIRST and second.startswith("ال")) or second in _COMPOUND_SECOND


def _extend(document: Document, first: int, index: int, end: int) -> tuple[int, int]:
    """The name from ``first``: more name words, a word joined by a hyphen (``سيونغ-وو``) and
    one family name with the article at its end (``هاني الرشيدي``, ``منى النجار``)."""
    while index < end and index - first < MAX_NAME_WORDS:
        gap = document.gap_before(index)
        if any(char in "،,:" for char in gap):
            break
        if index - first >= 2 and _glued_to_la(document, index) and _numbered(document, index + 1):
            break  # ``كينتا موريموتو لفرانس 24``: the medium the words were said to
        if index - first >= 2 and _glued_to_la(document, index) and _names_a_medium(document, index):
            break  # ``محمد بنحمو لهسبريس``: the outlet the words were said to
        if continues_name(document, index) or _noun_as_given_name(document, index, end):
            index += 1
            continue
        written = document.text[document.tokens[index][0] : document.tokens[index][1]]
        if written.startswith("ال") and document.norm(index - 1) in COMPOUND_FIRST:
            index += 1  # ``عبد القادر بن عمر``: the article belongs inside the given name
            continue
        if written.startswith("ال") and _after_particle(document, first, index):
            index += 1  # ``ولد الحاج``, ``بن الشيخ``: after its particle a title-like word is a name
            continue
        if document.norm(index) in _GIVEN_NAME_SECOND:
            index += 1  # ``نور الدين حمادي``, ``فتح الله``: the second half of a given name
            continue
        if _compound_family_name(document, index, end):
            index += 2  # ``محمد العبد الله``: a family name of two words ends the name
            break
        if _sheikh_family_name(document, index, end):
            index += 2  # ``عمر الشيخ إبراهيم``: الشيخ and a given name, one family name
            break
        if written.startswith("ال") and _family_name(document, index, end):
            index += 1 + _second_family_name(document, index + 1, end)
        break
    if index - first == MAX_NAME_WORDS and index < end and not document.gap_before(index).strip():
        written = document.text[document.tokens[index][0] : document.tokens[index][1]]
        if written.startswith("ال") and _family_name(document, index, end):
            index += 1  # ``خالد بن عبد الله الدخيل``: a long name still ends with its family name
        elif (
            _particle_ends(document, first, index) or _after_particle(document, first, index - 1)
        ) and is_name_word(document, index):
            index += 1  # ``هاني عبد الرحيم أبو شنب``: a name never ends on its particle
    return first, index


_SHEIKH = normalize("الشيخ")


def _sheikh_family_name(document: Document, index: int, end: int) -> bool:
    """``الشيخ`` inside a name before a given name makes a Levantine family name of two words
    (round 27): ``الباحث السوري عمر الشيخ إبراهيم`` → the three words, not ``عمر`` cut before a
    title.  Not after a comma, nor before a word of the sentence
    (``وقال محمد الشيخ إن``: the name ends at الشيخ, as before)."""
    following = index + 1
    return (
        document.norm(index) == _SHEIKH
        and following < end
        and not document.gap_before(following).strip()
        and document.norm(following) not in cues.COMPLEMENTIZERS
        and is_name_word(document, following)
    )


def _second_family_name(document: Document, index: int, end: int) -> int:
    """1 when a second nisba with the article ends the phrase after a family name (round 25,
    Tunisian and Gulf copy): ``الخبير الاقتصادي معز الحناشي السويسي،`` → the three words;
    0 for a country's adjective (``محمد الحناشي التونسي``) or anything the phrase goes on after."""
    following = index + 1
    if index >= end or document.gap_before(index).strip() or document.match_at.get(index) is not None:
        return 0
    token = document.norm(index)
    ends = following >= end or any(char in "،," for char in document.gap_before(following))
    plain_nisba = (
        token.startswith("ال")
        and token.endswith("ي")
        and token not in countries.ADJECTIVES
        and token not in NOT_NATIONALITY
        and token not in cues.DESCRIPTIVE_WORDS
        and token not in cues.PERSON_NOUNS
    )
    return int(ends and plain_nisba)


def _particle_ends(document: Document, first: int, index: int) -> bool:
    """Whether the name read so far ends on ``أبو``/``بن``/``ولد``/``عبد``, which always open the
    word after them: ``سامي عبد الكريم أبو حسنة`` reaches the word limit at ``أبو``."""
    last = document.norm(index - 1)
    return index - 1 > first and (last in FAMILY_PARTICLES or last in COMPOUND_FIRST)


def _after_particle(document: Document, first: int, index: int) -> bool:
    """A word with the article right after ``ولد``/``بن``/``أيت`` inside a name, which opens the
    family name whatever it means elsewhere (round 25): ``عبد القادر ولد الحاج مختار`` → the
    whole name, not ``عبد القادر ولد``; ``محمد ولد الشيخ أحمد``."""
    particle = index - 1
    return (
        particle > first
        and document.norm(particle) in FAMILY_PARTICLES
        and not document.gap_before(index).strip()
        and document.match_at.get(index) is None
        and document.norm(index) not in NOT_NATIONALITY
    )


def opens_compound(word: str) -> bool:
    """The first half of a compound name, bare or with the article: ``عبد``, ``العبد``."""
    return word in COMPOUND_FIRST or (word[:2] == "ال" and word[2:] in COMPOUND_FIRST)


def _compound_family_name(document: Document, index: int, end: int) -> bool:
    """A family name made of a compound given name with the article, as Levantine families
    carry it: ``الباحث محمد العبد الله``, ``سامر العبد الرحمن``; ``العبد`` and its second half
    are one name, so ``ويضيف العبد الله`` later finds him by it."""
    token = document.norm(index)
    following = index + 1
    return (
        following < end
        and token[:2] == "ال"
        and opens_compound(token)
        and document.norm(following) in _COMPOUND_SECOND
        and not document.gap_before(following).strip()
    )


# Nouns that are given names too: ``أحمد سيد أحمد``, ``محمد أمين الحسيني``.
_NOUNS_AS_GIVEN_NAMES = frozenset(normalize("سيد أمين").split())


def _noun_as_given_name(document: Document, index: int, end: int) -> bool:
    """``سيد`` between two words of a name is a given name (Sayed), not "mister": ``الباحث
    أحمد سيد أحمد``; ``أمين عام`` (secretary general) is not, since ``عام`` is no name."""
    following = index + 1
    if document.norm(index) not in _NOUNS_AS_GIVEN_NAMES or following >= end:
        return False
    if document.gap_before(following).strip():
        return False
    written = document.text[document.tokens[following][0] : document.tokens[following][1]]
    if written.startswith("ال"):
        return _family_name(document, following, end)  # ``محمد أمين الحسيني``
    return is_name_word(document, following)


# Nouns of kinship that are given names too: ``عقيلة`` (wife of; Aguila, as in Aguila Saleh).
_KIN_AS_GIVEN_NAMES = frozenset(normalize("عقيلة").split())


def kin_noun(document: Document, index: int) -> bool:
    """Whether the word names a relation (``cues.KIN_NOUNS``), whose relative the words after
    it give: ``عقيلة الرئيس`` (the president's wife), ``وقالت شقيقة الزعيم``, ``الأخت النافذة
    للزعيم``; but ``عقيلة صالح``, before a name word, is a given name (Aguila Saleh)."""
    word = cues.head_word(cues.strip_conjunction(document.norm(index)))
    return word in cues.KIN_NOUNS and not kin_as_given_name(document, index)


def kin_as_given_name(document: Document, index: int) -> bool:
    """``عقيلة`` right before a name word opens a name: ``قال عقيلة صالح، رئيس مجلس النواب
    الليبي`` → ``عقيلة صالح``; before a definite word or a registry match (``عقيلة الرئيس``,
    ``عقيلة بوتين``) it is the relation."""
    following = index + 1
    if cues.strip_conjunction(document.norm(index)) not in _KIN_AS_GIVEN_NAMES:
        return False
    if following >= len(document.tokens) or document.gap_before(following).strip():
        return False
    return is_name_word(document, following)


# What the copy describes, praises or welcomes, often right after the name of whoever does it:
# ``وصف المحلل بارك وون غون القمة``: the object, never a family name.
_COVERAGE_NOUNS = frozenset(
    normalize(
        "القمة الزيارة اللقاء المحادثات الاجتماع الخطوة الاتفاق الاتفاقية الموقف الوضع التقارب "
        "العلاقات الحدث الصفقة التعاون الخطاب الرحلة المأدبة الاستقبال القرار الرسالة التصريحات"
    ).split()
)


def _family_name(document: Document, index: int, end: int) -> bool:
    """``الرشيدي``, ``العنزي``: a nisba; ``النجار``: a word ending the phrase."""
    token = document.norm(index)
    following = index + 1
    ends = following >= end or any(char in "،,:" for char in document.gap_before(following))
    if token in cues.PERSON_NOUNS and ends and token not in cues.DEPUTY_WORDS:
        return True  # ``عثمان الأمين`` at the phrase's end: a family name, no title follows a name
    if (
        token in cues.DESCRIPTIVE_WORDS
        and token.endswith("ي")
        and (ends or _circumstance_follows(document, following, end))
    ):
        return True  # ``مراد الخليجي``, ``يونس العربي`` at the phrase's end: a nisba family name
    if token in cues.PERSON_NOUNS or token in cues.DESCRIPTIVE_WORDS or token in cues.PLACE_NOUNS:
        return False
    if document.match_at.get(index) is not None or token in _COVERAGE_NOUNS:
        return False
    if token.endswith("ي"):
        return True
    if token.endswith("يه") and token not in NOT_NATIONALITY:
        return True  # a woman's nisba: ``الكاتبة العمانية زوينة الكلبانية في عمودها``
    return (
        ends
        or _circumstance_follows(document, following, end)
        or _object_described_follows(document, following, end)
    )


def _object_described_follows(document: Document, index: int, end: int) -> bool:
    """A definite word and up to two definite adjectives, then ``بأنها``/``بأنه`` past the phrase:
    the object a verb of describing takes after its subject (``وصف النائب سمير الخطيب الاتفاق
    بأنه "…"``; round 26a: ``وصف السفير … عثمان الطيب القمة الروسية الكورية بأنها "…"``), so the
    definite word before it ended the name."""
    return (
        0 < end - index <= _OBJECT_WORDS
        and end < len(document.tokens)
        and document.norm(end) in _AS_BEING
        and all(
            document.text[document.tokens[word][0] : document.tokens[word][1]].startswith("ال")
            and not document.gap_before(word).strip()
            for word in range(index, end)
        )
    )


_OBJECT_WORDS = 3


_AS_BEING = frozenset(normalize("بأنها بأنه بأن بأنهم").split())


# What may follow a whole name in the subject: ``عامر السبايلة في حديث لـ"الغد"``, ``… لصحيفة``.
_AFTER_NAME = frozenset(normalize("في خلال عبر لدى").split())


def _circumstance_follows(document: Document, index: int, end: int) -> bool:
    """Where the words were said or to whom follows the name, so the definite word before was
    its family name: ``المحلل عامر السبايلة في حديث`` → ``عامر السبايلة``."""
    if index >= end:
        return False
    written = document.text[document.tokens[index][0] : document.tokens[index][1]]
    return document.norm(index) in _AFTER_NAME or (
        written.startswith("ل") and cues.strip_conjunction(document.norm(index))[1:] in cues.MEDIUM_WORDS
    )
