"""What a statement says, as a bag of comparable units: the words two translations share.

Outlets translate the same English or Russian words differently (``لهذا السبب جئنا إلى هنا``,
``هذا هو سبب مجيئنا``), glue other clitics (``إن/إننا``, ``و``), inflect for number, and
spell names their own way.  :func:`statement_units` reduces a quote to units that survive
those differences:

- ``@key`` for an actor the registry knows, whatever the spelling (``بيونج يانج``,
  ``بيونغيانغ`` → ``@north-korea``); a demonym counts as its country (``الأمريكية`` →
  ``@united-states``); a title counts as its holder *and* by its own words
  (``زعيم كوريا الديمقراطية`` → ``@kim-jong-un زعيم @north-korea``), since another outlet
  may write the title out differently.  Names are never stemmed;
- ``#n`` for a number in digits or words (``75``, ``٧٥``, ``الخامسة والسبعين`` → ``#75``;
  ``ألفي`` and ``٢٠٠٠`` → ``#2000``, ``ثلاثة آلاف`` → ``#3000``);
- ``=word`` for a word of a class of translation variants (``جئنا``, ``أتينا``, ``مجيئنا``,
  ``قدومنا`` → ``=جاء``; ``نناقش``, ``نبحث``, ``نتطرق`` → ``=ناقش``), from the general lexicon below;
- otherwise the word's light stem: proclitics, pronoun suffixes, plural and feminine endings
  and a present-tense prefix are cut (``وبتقنيات`` → ``تقني``, ``نناقشها`` → ``ناقش``), and
  the ``ة`` a suffix wrote ``ت`` is read as ``ة`` (``زيارتنا``, ``زيارة`` → ``زيار``).

Function words, light verbs and intensifiers (``هناك``, ``تم``, ``جداً``, ``يولي``) say nothing
about which statement this is and are dropped.  Stems are not linguistically exact; what
matters is that two outlets' forms of one word meet.  :func:`root` (NLTK's ISRI stemmer:
``تدريب`` → ``درب``) and :func:`skeleton` (no long vowels, no derivational prefix: ``تقدير``,
``نقدر`` → ``قدر``) go one step further, for the looser matches of
:mod:`articles.extraction.statements`.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from articles.extraction.actors import TITLE, Gazetteer, spelling_variants
from articles.extraction.normalize import normalize, strip_proclitics, token_spans, tokens

ACTOR, NUMBER, VARIANT = "@", "#", "="

_STOP_TEXT = """
    في فى من الى إلى على علي عن ان إن أن انه إنه إنها انها إننا اننا لقد قد وقد هذا هذه ذلك تلك
    هؤلاء هو هي هم هن هما نحن انا أنا انت هناك هنالك ثمة توجد يوجد التي الذي الذين اللذين
    اللتين ما لا لم لن ليس ليست و ثم او أو ام كل جميع بين مع عند حين كما لكن ولكن غير اي أي
    ايضا أيضا كذلك بعد قبل حتى الان الآن حاليا منذ اجل أجل بها به لها له لهم لنا فيها فيه
    عنها عنه منها منه عليها عليه اليها اليه يكون كان كانت تكون بل اذا إذا لو كي لكي انما إنما
    لديه لديها لديهم لديكم لديك لديهما
    حيث سوف تم يتم جرى يجري سيجري سيتم يجر جدا جداً كثيرا كثيراً بشدة عاليا للغاية بالغا بالغ شديد شديدة هنا
    بالذات نفسه ذاته اياها اياه إياها إياه بالنسبة خلال عبر نحو لدى لدينا بالفعل فعلا شكل بشكل
    يولي تولي اما أما الا إلا هل عما مما لان لأن بان بأن فان فإن وان وإن مثل فقط
    قيام القيام يقوم تقوم نقوم قام قامت يمثل تمثل يشكل تشكل يشمل تشمل يتضمن تتضمن
    يعتبر تعتبر يعد تعد يملك تملك نملك أملك يلي تلي اصلا أصلا حالة احدا أحدا بشأن بشان أثناء اثناء
    أولا اولا ثانيا أخيرا اخيرا تحديدا خصوصا عموما
    يعتزم تعتزم نعتزم اعتزم ينوي تنوي ننوي يثير تثير وفق وفقا طبقا ابدا أبدا مطلقا
    تجري ستجري ستعقد سيعقد تعقد يعقد تنعقد ستنعقد يقام تقام بقدر يكفي تكفي
    أصبح أصبحت اصبح اصبحت يصبح تصبح صار صارت يصير تصير باتت
    إلقاء ألقى يلقي إطلاقا اطلاقا حوالي قرابة زهاء يسمى تسمى يوصف توصف
    لماذا ولماذا ماذا وماذا حول عدة يزال تزال زال زالت مازال مازالت لسنا لست لستم غضون بحلول
    كنت كنا كنتم أكون نكون سائر بينما سوى أحد
    بعدما عندما كلما حينما طالما ريثما مثلما فيما
"""
STOP_WORDS = frozenset(normalize(word) for word in _STOP_TEXT.split())

# Function phrases: their words together say no more than ``مع`` or ``كلاهما``, alone they
# would be content words (``حد`` "limit", ``جانب`` "side", ``=طرف``).
# ``يهدد أمن أوكرانيا وكوريا الجنوبية على حد سواء`` is ``يهدد أمن أوكرانيا وكوريا الجنوبية``;
# ``سنقف إلى جانب روسيا`` is ``سنقف مع روسيا``.
FUNCTION_PHRASES = ("على_حد_سواء", "إلى_جانب")
FUNCTION = ""  # the class of a function phrase: no unit

# Classes of words Arabic translators choose between: data, in articles/reference/: the
# variants of the first rounds, then news Arabic's synonyms (each file says how it is read).
REFERENCE = Path(__file__).resolve().parent.parent / "reference"
VARIANTS_FILES = (REFERENCE / "wording_variants.txt", REFERENCE / "wording_synonyms.txt")

_ONES = {
    "واحد": 1, "اثنان": 2, "اثنين": 2, "الثاني": 2, "ثلاث": 3, "ثلاثه": 3, "الثالث": 3, "الثالثه": 3,
    "اربع": 4, "اربعه": 4, "الرابع": 4, "الرابعه": 4, "خمس": 5, "خمسه": 5, "الخامس": 5, "الخامسه": 5,
    "ست": 6, "سته": 6, "السادس": 6, "السادسه": 6, "سبع": 7, "سبعه": 7, "السابع": 7, "السابعه": 7,
    "ثماني": 8, "ثمانيه": 8, "الثامن": 8, "الثامنه": 8, "تسع": 9, "تسعه": 9, "التاسع": 9, "التاسعه": 9,
    "عشر": 10, "عشره": 10, "العاشر": 10, "العاشره": 10,
}  # fmt: skip
_TENS = {
    "عشرين": 20, "عشرون": 20, "ثلاثين": 30, "ثلاثون": 30, "اربعين": 40, "اربعون": 40,
    "خمسين": 50, "خمسون": 50, "ستين": 60, "ستون": 60, "سبعين": 70, "سبعون": 70,
    "ثمانين": 80, "ثمانون": 80, "تسعين": 90, "تسعون": 90,
}  # fmt: skip

# Hundreds and thousands, with their duals (ألفي كيلومتر: 2000); the singulars and the
# plural multiply a number just before them (ثلاثة آلاف: 3000, 25 ألفاً: 25000).
_HUNDREDS = {
    "ميه": 100, "مايه": 100, "ميتا": 200, "ميتان": 200, "ميتي": 200, "ميتين": 200,
    "مايتا": 200, "مايتان": 200, "مايتي": 200, "مايتين": 200,
    "الف": 1000, "الفا": 1000, "الاف": 1000, "الفان": 2000, "الفي": 2000, "الفين": 2000,
}  # fmt: skip
_SCALES = frozenset({"ميه", "مايه", "الف", "الفا", "الاف"})

_PRONOUNS = ("كما", "هما", "كم", "هم", "هن", "ها", "نا", "ني", "ه", "ك", "ي")
_ENDINGS = ("ات", "ون", "ين", "ان", "يه", "يا", "ه", "ي")
_DUAL_ENDINGS = ("ين", "ان")
_PRESENT_PREFIXES = "يتنا"
CONJUNCTIONS = "وف"
_ARTICLES = ("بال", "كال", "لل", "ال")
_PREPOSITIONS = "بلك"
# After the future's س: سيكون, ستنتهك, سنبحث (سأ is rarer than سا- in names and nouns: ساخر, سامي).
_FUTURE_PERSONS = "يتن"
_ALIF_MAQSURA = "ي"  # as normalisation writes ى
_PAST_PLURAL_SECOND = ("تموها", "تموهم", "تمونا", "تموه", "تموني")
_DERIVATION_PREFIXES = ("مست", "است", "م", "ت", "ن", "ي", "ا")
_LONG_VOWELS = frozenset("اويء")
MIN_STEM = 3


@lru_cache(maxsize=65536)
def light_stem(word: str) -> str:
    """The comparable core of a normalised word (not a name).

    ``وبالتقنيات`` → ``تقني``; ``نناقشها`` → ``ناقش``; ``علاقتنا`` and ``العلاقات`` → ``علاق``;
    ``أموراً`` → ``امور``.  A stem keeps at least three letters.
    """
    if len(word) > MIN_STEM and word[0] in CONJUNCTIONS:
        word = word[1:]
    for article in _ARTICLES:
        if word.startswith(article) and len(word) - len(article) >= 2:
            word = word[len(article) :]
            break
    else:
        if len(word) > MIN_STEM and word[0] in _PREPOSITIONS:
            word = word[1:]
    if word.endswith("يي") and len(word) > MIN_STEM + 1:
        # ثنائي → ثنايي: the nisba's ي after a hamza's; one is cut, as ثنائية loses يه (→ ثناي).
        return word[:-1]
    for suffix in _PRONOUNS:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
            word = _feminine_before_suffix(word[: -len(suffix)], suffix)
            break
    else:
        if word.endswith("وا") and len(word) - 2 >= MIN_STEM:  # the past plural: توصلوا
            word = word[:-2]
        elif word.endswith("ا") and len(word) > MIN_STEM:  # the accusative alif: أموراً
            word = word[:-1]
    word = _without_ending(word)
    if len(word) > MIN_STEM + 2 and word[0] == "س" and word[1] in _PRESENT_PREFIXES:
        word = word[1:]  # سنساعد: the future's س before the present's ن
    if len(word) > MIN_STEM + 1 and word[0] in _PRESENT_PREFIXES:
        word = word[1:]
    return word


def _without_ending(word: str, dual: bool = True) -> str:
    """One plural, dual, nisba or feminine ending cut.  The ة a dual ending wrote ت is read
    as ة and its ending cut too: ``المؤسستين`` → ``موسست`` → ``موسس``, as ``مؤسسة``;
    ``العسكريتين`` → ``عسكر``, as ``العسكرية``."""
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            word = word[: -len(ending)]
            feminine = word.endswith("ت") and not word.endswith("ات") and len(word) - 1 >= MIN_STEM
            if dual and ending in _DUAL_ENDINGS and feminine:
                return _without_ending(word[:-1] + "ه", dual=False)
            return word
    return word


# A one-letter suffix after ت is as often a verb's (قلته "I said it", وقته "his time") as a
# noun's; the ت is read as ة only where a stem of three letters is left before it.
_ONE_LETTER_SUFFIXES = ("ي", "ك", "ه")


def _feminine_before_suffix(word: str, suffix: str) -> str:
    """The ة a pronoun suffix wrote ت, given back as ``ه`` for the endings to cut:
    ``زيارتنا`` → ``زيارت`` → ``زياره`` (then ``زيار``, as ``زيارة``); ``صحتكم`` → ``صحه``, as
    ``صحة``; ``سرعته`` → ``سرعه``.  ``علاقاتنا`` keeps its plural's ت."""
    if not word.endswith("ت") or word.endswith("ات"):
        return word
    if suffix in _ONE_LETTER_SUFFIXES and len(word) - 1 < MIN_STEM:
        return word
    return word[:-1] + "ه"


@lru_cache(maxsize=65536)
def skeleton(stem: str) -> str | None:
    """The consonants of a stem after a derivational prefix: ``تقدير``, ``نقدر``, ``مقدر`` →
    ``قدر``; ``اهتمام`` and ``مهتم`` → ``هتم``; ``صاروخ`` and ``صواريخ`` → ``صرخ``.  None when
    fewer than three are left (too little to match on)."""
    for prefix in _DERIVATION_PREFIXES:
        if stem.startswith(prefix) and len(stem) - len(prefix) >= MIN_STEM:
            stem = stem[len(prefix) :]
            break
    letters = [char for char in stem if char not in _LONG_VOWELS]
    consonants = "".join(char for i, char in enumerate(letters) if i == 0 or letters[i - 1] != char)
    return consonants if len(consonants) >= MIN_STEM else None


_root_lock = threading.Lock()
_isri = None


@lru_cache(maxsize=65536)
def root(stem: str) -> str | None:
    """The root NLTK's ISRI stemmer finds in a stem: ``تدريب``, ``دريب`` → ``درب``;
    ``تحديد``, ``يحدد`` → ``حدد``; ``اسلح``, ``سلاح`` → ``سلح``.  None under three letters."""
    global _isri
    with _root_lock:
        if _isri is None:
            from nltk.stem.isri import ISRIStemmer  # 0.9 s to import: only once grouping needs it

            _isri = ISRIStemmer()
        found = _isri.stem(stem)
    return found if len(found) >= MIN_STEM else None


PHRASE_JOINER = "_"


def _variant_lines() -> list[list[str]]:
    """The classes of the variants file, each a list of entries: a normalised word, or a
    phrase's words joined by ``_`` (``وجها_لوجه``)."""
    return [
        [PHRASE_JOINER.join(tokens(entry.replace(PHRASE_JOINER, " "))) for entry in line.split()]
        for path in VARIANTS_FILES
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]


def _adjective_of_masdar(entry: str, stem: str) -> bool:
    """The stem light stemming leaves of a masdar ``تفعيل`` is the adjective ``فعيل``, another
    word: ``تحديد`` → ``حديد`` "iron", ``تصريح`` → ``صريح`` "frank", ``تكريم`` → ``كريم``
    "generous", ``تعزيز`` → ``عزيز`` "dear"; so does its plural (``تصريحات``) or accusative
    (``تكريما``).  The masdar is read as listed, under its clitics."""
    return len(stem) == 4 and stem[2] == "ي" and stem[0] != "ت" and entry.startswith("ت" + stem)


def _lost_first_letter(entry: str, stem: str) -> bool:
    """Whether light stemming took a letter off the front of a listed word as if it were a
    proclitic and left three letters: the lexicon lists bare words, so that letter is the
    word's own, and so short a stem is another word (``وعيد`` "threat" → ``عيد``, which
    ``بعيدا`` "far" leaves too; ``فتحت`` "opened" → ``تحت`` "under"; ``وعود`` "promises" →
    ``عود``, as ``يعود`` "returns").  A longer stem is still the word (``برنامجيها`` leaves
    ``رنامج`` as ``برنامج`` does), and the article is a clitic the lexicon writes
    (``المنصرم`` → ``منصرم``)."""
    if len(stem) > MIN_STEM or entry.startswith(_ARTICLES):
        return False
    return entry[0] in CONJUNCTIONS or entry[0] in _PREPOSITIONS


def _build_variants() -> tuple[dict[str, str], dict[str, dict[tuple[str, ...], str]]]:
    variants: dict[str, str] = {}
    phrases: dict[str, dict[tuple[str, ...], str]] = {}
    for entry in FUNCTION_PHRASES:
        first, *rest = tokens(entry.replace(PHRASE_JOINER, " "))
        phrases.setdefault(first, {})[(first, *rest)] = FUNCTION
    for line in _variant_lines():
        name = VARIANT + line[0]
        for entry in line:
            if PHRASE_JOINER in entry:
                first, *rest = entry.split(PHRASE_JOINER)
                phrases.setdefault(first, {}).setdefault((first, *rest), name)
                continue
            for form in (entry, light_stem(entry)):
                if form != entry and (
                    form in STOP_WORDS or _adjective_of_masdar(entry, form) or _lost_first_letter(entry, form)
                ):
                    continue  # لهذا is سبب, هذا is nothing; تحديد is حدد, حديد "iron" is not
                variants.setdefault(form, name)
    return variants, phrases


VARIANTS, PHRASES = _build_variants()
LISTED = frozenset(entry for line in _variant_lines() for entry in line if PHRASE_JOINER not in entry)
LONGEST_PHRASE = max((len(words) for by_first in PHRASES.values() for words in by_first), default=0)


@lru_cache(maxsize=65536)
def may_start_phrase(word: str) -> bool:
    """Whether a phrase the lexicon lists may start at this word: most words are ruled out
    here, once each, before the words after them are read."""
    return any(first in PHRASES for first in strip_proclitics(word))


def phrase_at(words: list[str]) -> tuple[str, int] | None:
    """The class of a phrase the lexicon lists at the start of ``words`` (its first word may
    carry proclitics: ``ولن يزول``), and how many words it takes; the longest wins.  A phrase
    says what its words alone do not: ``لن يزول`` is "immortal", ``يزول`` alone "vanishes".
    A function phrase's class is `FUNCTION`, the empty string (``إلى جانب`` → ``("", 2)``): test
    the result against None, not for truth."""
    for first in strip_proclitics(words[0]) if words else ():
        by_first = PHRASES.get(first)
        if not by_first:
            continue
        for size in range(min(LONGEST_PHRASE, len(words)), 1, -1):
            name = by_first.get((first, *words[1:size]))
            if name is not None:
                return name, size
    return None


MAX_NUMBER_DIGITS = 18


@lru_cache(maxsize=131072)
def number_value(word: str) -> int | None:
    """``75``, ``الـ75``, ``والسبعين``, ``العاشر`` → their value; None for any other word, and
    for a run of digits too long to be a quantity (Python refuses to read 4,300 digits)."""
    for candidate in strip_proclitics(word):
        digits = candidate[2:] if candidate.startswith("ال") else candidate
        if digits.isdecimal():
            return int(digits) if len(digits) <= MAX_NUMBER_DIGITS else None
        if candidate in _TENS:
            return _TENS[candidate]
        if candidate in _ONES:
            return _ONES[candidate]
        if candidate in _HUNDREDS:
            return _HUNDREDS[candidate]
    return None


def is_scale(word: str) -> bool:
    """``ألف``, ``آلاف``, ``مئة`` (with proclitics): a word that multiplies the number before it."""
    return any(candidate in _SCALES for candidate in strip_proclitics(word))


def _without_pronoun(word: str) -> str:
    for suffix in _PRONOUNS:
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            return word[: -len(suffix)]
    return word


def _is_stop(word: str) -> bool:
    """``هناك``, ``وهناك``, ``بكل``, ``بعدها``, ``ستكون``: a function word, with و/ف, a
    preposition, the future's ``س`` or a pronoun glued on."""
    forms = {word}
    if len(word) > 2 and word[0] in "وف":
        forms.add(word[1:])
    # سيعد, ستعد: a three-letter function verb keeps four letters under the future's س.
    forms |= {form[1:] for form in forms if len(form) > 3 and form[0] == "س" and form[1] in _FUTURE_PERSONS}
    forms |= {form[1:] for form in forms if len(form) > 2 and form[0] in "بلك"}
    return any(form in STOP_WORDS or _without_pronoun(form) in STOP_WORDS for form in forms)


def _lexicon_forms(word: str) -> Iterator[str]:
    """The forms of a word the lexicon may list: without its proclitics, without a pronoun
    suffix (each that fits: ``امتناني`` is ``امتنان`` + ``ي``, not ``امتنا`` + ``ني``), without
    the future's ``س`` (``سنبحث`` → ``نبحث``), and with the hamza a suffix moved back on
    its own (``اصدقاونا`` → ``اصدقاو`` → ``اصدقاء``), and the ``ة`` a suffix wrote ``ت``
    (``دعوته`` → ``دعوه``)."""
    for candidate in strip_proclitics(word):
        forms = [candidate]
        forms += [
            candidate[: -len(p)] for p in _PRONOUNS if candidate.endswith(p) and len(candidate) - len(p) >= 2
        ]
        # The accusative's alif (انتهاكا, خرقا) and a dual's before a pronoun (شعبانا → شعبا) are
        # cut only to meet a word the lexicon lists as such: لدينا is not لدين, a stem of بلدين.
        forms += [form[:-1] for form in forms if len(form) >= 4 and form[-1] == "ا" and form[:-1] in LISTED]
        # A final ى is written ا before a pronoun (نراه, يراها, أعطاه): given back, likewise only
        # to meet a listed word (نرى).
        forms += [
            form[:-1] + _ALIF_MAQSURA
            for form in forms[1:]
            if form[-1:] == "ا" and form[:-1] + _ALIF_MAQSURA in LISTED
        ]
        # The past's ت (استمرت, ناقشت) likewise, only to meet a past the lexicon lists of four
        # letters or more: سلمت "handed over" is not سلم "peace".
        if len(candidate) >= 5 and candidate[-1] == "ت" and candidate[:-1] in LISTED:
            forms.append(candidate[:-1])
        for ending in _PAST_PLURAL_SECOND:
            if candidate.endswith(ending) and len(candidate) - len(ending) >= 3:
                forms.append(candidate[: -len(ending)])  # دعوتمونا → دعو, استقبلتمونا → استقبل
        for form in forms:
            yield form
            if len(form) >= 4 and form[0] == "س" and form[1] in _FUTURE_PERSONS:
                yield form[1:]
            if len(form) >= 5 and form[0] in _PRESENT_PREFIXES:
                yield form[1:]  # تتعاون → تعاون
            if len(form) >= 4 and form[-2] == "ا" and form[-1] in "وي":
                yield form[:-1] + "ء"
            if len(form) >= 4 and form[-1] == "ت" and form != candidate:
                yield form[:-1] + "ه"  # دعوته → دعوت → دعوه: the ة a suffix wrote ت
        for form in forms:
            present = form[1:] if len(form) >= 5 and form[0] == "س" and form[1] in _FUTURE_PERSONS else form
            if len(present) >= 4 and present[0] in _FUTURE_PERSONS:
                # Another person of one present verb: the lexicon lists ينتهك, the text has
                # ستنتهك.  Only towards a listed ي or ن form: one that starts with ت may be a
                # past or a masdar (تحدث "talked" is not يحدث "happens"), and a word that
                # starts with ا is more often a noun (أبدي "eternal" is not يبدي "shows").
                yield from (
                    other
                    for other in (prefix + present[1:] for prefix in "ين" if prefix != present[0])
                    if other in LISTED
                )
            yield from _reflexive_base(present)


_REFLEXIVE = "ت"
_REFLEXIVE_MIN = 5


def _reflexive_base(present: str) -> Iterator[str]:
    """A present verb of form V or VI as the form II or III the lexicon lists: ``ستتعزز``,
    ``تتوطد`` "will be strengthened" → ``عزز``, ``وطد``; ``يتبادل`` → ``بادل``.  Only after a
    present prefix: a bare ``تقدم`` or ``تحدث`` is as often a masdar or another verb."""
    if len(present) >= _REFLEXIVE_MIN and present[0] in _PRESENT_PREFIXES and present[1] == _REFLEXIVE:
        base = present[2:]
        if base in LISTED:
            yield base


@lru_cache(maxsize=131072)
def word_unit(word: str) -> str | None:
    """The unit of one normalised word that no actor name covers, or None for a function word.
    The lexicon is read first: ``بلدينا`` is ``بلد`` + ``نا``, not ``ب`` + ``لدينا``; but not
    before a function word written as the stop list has it (``بشأن`` "about" is not ``شأن``),
    nor after ``و`` or ``ف`` (``وليست`` "and is not" is not a stem of ``باليستية``)."""
    for form in (word, word[1:] if len(word) > 2 and word[0] in CONJUNCTIONS else None):
        if form in STOP_WORDS and form not in LISTED:
            return None
    for form in _lexicon_forms(word):
        if form in VARIANTS:
            return VARIANTS[form]
    if _is_stop(word):
        return None
    stem = light_stem(word)
    if stem in STOP_WORDS or len(stem) < 2:
        return None
    return VARIANTS.get(stem, stem)


_MAX_KNOWN_TEXTS = 16384
_DEMONYM_ENDINGS = ("ه", "ون", "ين", "ان", "ات")


def _without_article(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


class Wording:
    """:func:`statement_units` with a gazetteer: actor names and demonyms become ``@key``."""

    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer
        # Statements already read: a wire's words come back in every outlet that runs them.
        self._known: dict[str, tuple[str, ...]] = {}
        self._demonyms: dict[str, str] = {}
        self._demonym_words: set[str] = set()
        for actor in gazetteer.actors.values():
            for demonym in actor.demonyms:
                for variant in spelling_variants(tuple(tokens(demonym)), transliterated=False):
                    if len(variant) == 1:
                        self._demonyms.setdefault(light_stem(variant[0]), actor.key)
                        self._demonym_words.add(_without_article(variant[0]))

    def _is_demonym(self, word: str) -> bool:
        """A word that is one of the registry's demonyms under its clitics and endings
        (``والروسية``, ``الأمريكيون``), not a word that only stems like one: ``ترك`` "left" is
        not Turkish, ``إبان`` "during" not Japanese, ``الأمان`` "safety" not German."""
        for candidate in strip_proclitics(word):
            core = _without_article(candidate)
            forms = {core, *(core[: -len(e)] for e in _DEMONYM_ENDINGS if core.endswith(e))}
            if forms & self._demonym_words:
                return True
        return False

    def units(self, text: str) -> tuple[str, ...]:
        """``«لهذا السبب جئنا إلى هنا»`` → ``('=سبب', '=جاء')``: in order, a unit repeated
        only when other words stand between (لهذا السبب is one ``=سبب``)."""
        found = self._known.get(text)
        if found is None:
            units = self._units(text, token_spans(text))
            found = tuple(unit for i, unit in enumerate(units) if i == 0 or units[i - 1] != unit)
            if len(self._known) >= _MAX_KNOWN_TEXTS:
                self._known.clear()
            self._known[text] = found
        return found

    def _units(self, text: str, spans: list[tuple[int, int, str]]) -> list[str]:
        matches = {match.first_token: match for match in self.gazetteer.match_tokens(text, spans)}
        out: list[str] = []
        index = 0
        number_ends = -1  # the token after the last number read
        while index < len(spans):
            match = matches.get(index)
            if match is not None and len(match.keys) == 1:
                out.append(ACTOR + match.key)
                if match.alias_kind == TITLE and match.end_token - index > 1:
                    out.extend(unit for unit in [word_unit(spans[index][2])] if unit)
                    out.extend(self._units(text, spans[index + 1 : match.end_token]))
                index = match.end_token
                continue
            phrase = may_start_phrase(spans[index][2]) and phrase_at(
                [span[2] for span in spans[index : index + LONGEST_PHRASE]]
            )
            if phrase:
                if phrase[0] != FUNCTION:
                    out.append(phrase[0])
                index += phrase[1]
                continue
            word = spans[index][2]
            index += 1
            value = number_value(word)
            if value is not None:
                before = int(out[-1][1:]) if out and out[-1].startswith(NUMBER) else None
                if before is not None and word.startswith("و") and value % 10 == 0:
                    out[-1] = f"{NUMBER}{before + value}"  # والسبعين after الخامسة: 75
                elif before is not None and number_ends == index - 1 and before < value and is_scale(word):
                    out[-1] = f"{NUMBER}{before * value}"  # ثلاثة آلاف: 3000
                else:
                    out.append(f"{NUMBER}{value}")
                number_ends = index
                continue
            stem = light_stem(word)
            if stem in self._demonyms and not _is_stop(word) and self._is_demonym(word):
                out.append(ACTOR + self._demonyms[stem])
                continue
            unit = word_unit(word)
            if unit:
                out.append(unit)
        return out
