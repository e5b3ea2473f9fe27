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
- ``#n`` for a number in digits or words (``75``, ``٧٥``, ``الخامسة والسبعين`` → ``#75``);
- ``=word`` for a word of a class of translation variants (``جئنا``, ``أتينا``, ``مجيئنا``,
  ``قدومنا`` → ``=جاء``), from the small lexicon below;
- otherwise the word's light stem: proclitics, pronoun suffixes, plural and feminine endings
  and a present-tense prefix are cut (``وبتقنيات`` → ``تقني``, ``نناقشها`` → ``ناقش``).

Function words, light verbs and intensifiers (``هناك``, ``تم``, ``جداً``, ``يولي``) say nothing
about which statement this is and are dropped.  Stems are not linguistically exact; what
matters is that two outlets' forms of one word meet.  :func:`skeleton` goes one step
further (no long vowels, no derivational prefix: ``تقدير``, ``نقدر`` → ``قدر``) for the looser
matches of :mod:`articles.extraction.statements`.
"""

from __future__ import annotations

from functools import lru_cache

from articles.extraction.actors import TITLE, Gazetteer, spelling_variants
from articles.extraction.normalize import normalize, strip_proclitics, token_spans, tokens

ACTOR, NUMBER, VARIANT = "@", "#", "="

_STOP_TEXT = """
    في فى من الى إلى على علي عن ان إن أن انه إنه إنها انها إننا اننا لقد قد وقد هذا هذه ذلك تلك
    هؤلاء هو هي هم هن هما نحن انا أنا انت هناك هنالك ثمة توجد يوجد التي الذي الذين اللذين
    اللتين ما لا لم لن ليس ليست و ثم او أو ام كل جميع بين مع عند حين كما لكن ولكن غير اي أي
    ايضا أيضا كذلك بعد قبل حتى الان الآن حاليا منذ اجل أجل بها به لها له لهم لنا فيها فيه
    عنها عنه منها منه عليها عليه اليها اليه يكون كان كانت تكون بل اذا إذا لو كي لكي انما إنما
    حيث سوف تم يتم جرى يجري سيجري سيتم يجر جدا جداً كثيرا كثيراً بشدة عاليا للغاية بالغا بالغ هنا
    بالذات نفسه ذاته اياها اياه إياها إياه بالنسبة خلال عبر نحو لدى لدينا بالفعل فعلا شكل بشكل
    يولي تولي اما أما الا إلا هل عما مما لان لأن بان بأن فان فإن وان وإن مثل فقط
"""
STOP_WORDS = frozenset(normalize(word) for word in _STOP_TEXT.split())

# Classes of words outlets use for the same source word; the first names the class (a line
# that starts with a class's name adds to it).  Forms
# are listed as printed (any proclitic and pronoun suffix is cut before the lookup).  Only
# general vocabulary of translated political statements: a class must not join words that
# would tell two different statements apart.
_VARIANTS_TEXT = """
    جاء جئنا جئت اتى أتى أتينا أتيت ياتي يأتي تأتي مجيء مجيئنا قدوم قدومنا حضر حضرنا
    جاء زيارة زيارتنا زار زرنا يزور نزور
    سبب لهذا لذلك لذا
    تقنية تقنيات تكنولوجيا تكنولوجية تقني تقنيه
    قيد قيود
    معين معينة محدد محددة
    أمر أمور شيء أشياء مسألة مسائل قضية قضايا شأن
    حديث تحدث نتحدث يتحدث الحديث ناقش نناقش يناقش مناقشة بحث نبحث يبحث
    طبع بالطبع طبعا طبيعة
    نهض نهضت هب هبت انتفض
    نضال كفاح معركة جبهة
    دفاع دافع حماية حمى صون
    أيد نؤيد يؤيد تأييد دعم ندعم يدعم ساند نساند مساندة داعم داعمة
    دائما الدوام دوما طالما لطالما
    بقي نبقى سنبقى ظل نظل سنظل وقف نقف سنقف
    معا سويا
    ضد معادية معادي مناهض مناهضة مواجهة
    أولوية أولويات القصوى
    بلد بلاد دولة دول بلدين بلدان دولتين بلدي بلدينا دولتي دولتينا
    مصلحة مصالح
    تحذير تحذيرات
    جار جيران
    موعد مواعيد توقيت
    حدد تحديد يحدد تحدد
    اتفاق اتفق الاتفاق تنسيق
    احتفل احتفلنا احتفال
    قدر نقدر تقدير ثمن نثمن يقدر
    ثابت حازم راسخ
    سافر يسافر جاب يجوب تنقل يتنقل سفر
    توسل يتوسل استجدى يستجدي متسول متسولا تسول مستجديا يتسول
    مساعدة مساعدات عون
    حث نحث دعا ندعو حض نحض ناشد نناشد
    تعهد تعهدات التزامات وعود
    علني علنية معلنة المعلنة علنا
    زود تزويد تزود يزود إمداد
    باع بيع يبيع
    سلاح أسلحة
    ذخيرة ذخائر
    محادثات مفاوضات مباحثات
    وفد وفود الوفود وفدين
    انفراد ثنائي ثنائية
    زعيم زعيمين قائد
    مأدبة غداء عشاء وليمة
    شرف تكريم تكريما
    مفارقة متناقض تناقض
    حارس مؤتمن حامي
    شن يشن
    غزو اجتياح
    تلقى يتلقى حصل الحصول استلم يحصل
    انتهك ينتهك خرق يخرق
    صارخ فاضح
    رافق يرافق يرافقه مرافق
    عزز تعزيز يعزز وطد توطيد تقوية
    أراد يريد نريد رغب يرغب نرغب
    مستعد مستعدون جاهز جاهزون
    مهم هام
    منطقة إقليم
    سبتمبر أيلول
"""

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

_PRONOUNS = ("كما", "هما", "كم", "هم", "هن", "ها", "نا", "ني", "ه", "ك", "ي")
_ENDINGS = ("ات", "ون", "ين", "ان", "يه", "يا", "ه", "ي")
_PRESENT_PREFIXES = "يتنا"
_DERIVATION_PREFIXES = ("مست", "است", "م", "ت", "ن", "ي", "ا")
_LONG_VOWELS = frozenset("اويء")
MIN_STEM = 3


@lru_cache(maxsize=65536)
def light_stem(word: str) -> str:
    """The comparable core of a normalised word (not a name).

    ``وبالتقنيات`` → ``تقني``; ``نناقشها`` → ``ناقش``; ``علاقتنا`` and ``العلاقات`` → ``علاق``;
    ``أموراً`` → ``امور``.  A stem keeps at least three letters.
    """
    if len(word) > MIN_STEM and word[0] in "وف":
        word = word[1:]
    for article in ("بال", "كال", "لل", "ال"):
        if word.startswith(article) and len(word) - len(article) >= 2:
            word = word[len(article) :]
            break
    else:
        if len(word) > MIN_STEM and word[0] in "بلك":
            word = word[1:]
    for suffix in _PRONOUNS:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
            word = word[: -len(suffix)]
            # علاقتنا → علاقت → علاق: the ة before a pronoun is written ت (علاقاتنا keeps it).
            if suffix not in ("ي", "ك", "ه") and word.endswith("ت") and not word.endswith("ات"):
                word = word[:-1]
            break
    else:
        if word.endswith("ا") and len(word) > MIN_STEM:  # the accusative alif: أموراً
            word = word[:-1]
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            word = word[: -len(ending)]
            break
    if len(word) > MIN_STEM + 1 and word[0] in _PRESENT_PREFIXES:
        word = word[1:]
    return word


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


def _build_variants() -> dict[str, str]:
    variants: dict[str, str] = {}
    for line in _VARIANTS_TEXT.strip().splitlines():
        words = [normalize(word) for word in line.split()]
        name = VARIANT + words[0]
        for word in words:
            for form in (word, light_stem(word)):
                if form == word or form not in STOP_WORDS:  # لهذا is سبب, هذا is nothing
                    variants.setdefault(form, name)
    return variants


VARIANTS = _build_variants()


def number_value(word: str) -> int | None:
    """``75``, ``الـ75``, ``والسبعين``, ``العاشر`` → their value; None for any other word."""
    for candidate in strip_proclitics(word):
        if candidate.isdigit():
            return int(candidate)
        if candidate.startswith("ال") and candidate[2:].isdigit():
            return int(candidate[2:])
        if candidate in _TENS:
            return _TENS[candidate]
        if candidate in _ONES:
            return _ONES[candidate]
    return None


def _without_pronoun(word: str) -> str:
    for suffix in _PRONOUNS:
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            return word[: -len(suffix)]
    return word


def _is_stop(word: str) -> bool:
    """``هناك``, ``وهناك``, ``بكل``, ``بعدها``: a function word, with و/ف, a preposition or a
    pronoun glued on."""
    forms = {word}
    if len(word) > 2 and word[0] in "وف":
        forms.add(word[1:])
    forms |= {form[1:] for form in forms if len(form) > 2 and form[0] in "بلك"}
    return any(form in STOP_WORDS or _without_pronoun(form) in STOP_WORDS for form in forms)


@lru_cache(maxsize=131072)
def word_unit(word: str) -> str | None:
    """The unit of one normalised word that no actor name covers, or None for a function word.
    The lexicon is read first: ``بلدينا`` is ``بلد`` + ``نا``, not ``ب`` + ``لدينا``."""
    for candidate in strip_proclitics(word):
        for form in (candidate, _without_pronoun(candidate)):
            if form in VARIANTS:
                return VARIANTS[form]
    if _is_stop(word):
        return None
    stem = light_stem(word)
    if stem in STOP_WORDS or len(stem) < 2:
        return None
    return VARIANTS.get(stem, stem)


class Wording:
    """:func:`statement_units` with a gazetteer: actor names and demonyms become ``@key``."""

    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer
        self._demonyms: dict[str, str] = {}
        for actor in gazetteer.actors.values():
            for demonym in actor.demonyms:
                for variant in spelling_variants(tuple(tokens(demonym)), transliterated=False):
                    if len(variant) == 1:
                        self._demonyms.setdefault(light_stem(variant[0]), actor.key)

    def units(self, text: str) -> tuple[str, ...]:
        """``«لهذا السبب جئنا إلى هنا»`` → ``('=سبب', '=جاء')``: in order, a unit repeated
        only when other words stand between (لهذا السبب is one ``=سبب``)."""
        units = self._units(text, token_spans(text))
        return tuple(unit for i, unit in enumerate(units) if i == 0 or units[i - 1] != unit)

    def _units(self, text: str, spans: list[tuple[int, int, str]]) -> list[str]:
        matches = {match.first_token: match for match in self.gazetteer.match_tokens(text, spans)}
        out: list[str] = []
        index = 0
        while index < len(spans):
            match = matches.get(index)
            if match is not None and len(match.keys) == 1:
                out.append(ACTOR + match.key)
                if match.alias_kind == TITLE and match.end_token - index > 1:
                    out.extend(unit for unit in [word_unit(spans[index][2])] if unit)
                    out.extend(self._units(text, spans[index + 1 : match.end_token]))
                index = match.end_token
                continue
            word = spans[index][2]
            index += 1
            value = number_value(word)
            if value is not None:
                # والسبعين after الخامسة: one number, 75.
                if out and out[-1].startswith(NUMBER) and word.startswith("و") and value % 10 == 0:
                    out[-1] = f"{NUMBER}{int(out[-1][1:]) + value}"
                else:
                    out.append(f"{NUMBER}{value}")
                continue
            stem = light_stem(word)
            if stem in self._demonyms and not _is_stop(word):
                out.append(ACTOR + self._demonyms[stem])
                continue
            unit = word_unit(word)
            if unit:
                out.append(unit)
        return out
