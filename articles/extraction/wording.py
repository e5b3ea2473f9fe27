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
  ``قدومنا`` → ``=جاء``; ``نناقش``, ``نبحث``, ``نتطرق`` → ``=ناقش``), from the general lexicon below;
- otherwise the word's light stem: proclitics, pronoun suffixes, plural and feminine endings
  and a present-tense prefix are cut (``وبتقنيات`` → ``تقني``, ``نناقشها`` → ``ناقش``).

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

# Classes of words Arabic translators choose between for one English or Russian word (to
# come, to discuss, to support, to urge; talks; matter; ready), broken plurals and their
# singular (قيود → قيد, أسلحة → سلاح), and the two calendars' month names.  The first word
# names the class; a line that starts with a class's name adds to it.  General vocabulary
# of translated political news, written from the language and not from the gold set: a
# class must never join words that would tell two statements apart (قدّم "offered" is not
# قدم "came"; دعوة "invitation" is not ندعو "we urge").  Forms are listed as printed; any
# proclitic and pronoun suffix is cut before the lookup.
_VARIANTS_TEXT = """
    جاء جئنا جئت أتى أتينا أتيت يأتي نأتي تأتي مجيء قدوم حضر حضرنا حضور وصل وصلنا وصول
    جاء زيارة زيارتنا زار زرنا يزور نزور
    سبب لهذا لذلك لذا
    ذهب يذهب توجه يتوجه سافر يسافر سفر انتقل ينتقل رحلة
    لقاء التقى يلتقي نلتقي التقينا اجتماع اجتمع يجتمع اجتمعنا
    محادثات مباحثات مفاوضات مشاورات
    ناقش يناقش نناقش مناقشة بحث يبحث نبحث تباحث يتباحث نتباحث تناول يتناول نتناول
    ناقش تطرق يتطرق نتطرق تحدث يتحدث نتحدث سنتحدث حديث تداول نتداول
    تعاون يتعاون نتعاون شراكة
    دعم يدعم ندعم داعم داعمة أيد يؤيد نؤيد أيدنا تأييد مؤيد ساند يساند نساند مساندة مساند
    رفض يرفض نرفض رافض عارض يعارض نعارض معارضة معارض
    حذر يحذر نحذر تحذير تحذيرات نبه ينبه ننبه أنذر إنذار
    حث يحث نحث حض يحض نحض ناشد يناشد نناشد مناشدة ندعو يدعو تدعو
    قلق نشعر قلقون مخاوف مخاوفنا انزعاج
    راقب يراقب نراقب مراقبة تابع يتابع نتابع متابعة رصد يرصد نرصد
    مستعد مستعدون مستعدة استعداد استعدادات جاهز جاهزون جاهزية تحضير تحضيرات
    أراد يريد نريد تريد رغب يرغب نرغب رغبة ود يود نود
    ساعد يساعد نساعد مساعدة مساعدات عون معونة أعان
    قدر يقدر نقدر تقدير ثمن يثمن نثمن تثمين
    شكر أشكر نشكر شكرا امتنان ممتن ممتنون شاكر شاكرا
    سعيد سعداء يسعدني يسعدنا سعادة مسرور سرور يسرني يسرنا
    مهم هام أهمية
    أمر أمور شيء أشياء مسألة مسائل قضية قضايا شأن شؤون ملف ملفات موضوع مواضيع
    أولوية أولويات
    بلد بلاد بلدان بلدين بلدينا دولة دول دولتين دولتينا
    سلاح أسلحة تسليح
    ذخيرة ذخائر
    قيد قيود
    وفد وفود
    موعد مواعيد توقيت
    صاروخ صواريخ صاروخي صاروخية
    صديق أصدقاء صداقة
    جار جيران مجاور مجاورة
    مصلحة مصالح
    عضو أعضاء عضوية
    حليف حلفاء
    شريك شركاء
    زعيم زعماء قائد قادة زعيمين قائدين رئيسين
    رئيس رؤساء
    وزير وزراء
    قرار قرارات
    حدود حدودية
    سبب أسباب
    وضع أوضاع
    منطقة مناطق إقليم
    موقف مواقف
    مبدأ مبادئ مبدئي
    نظام أنظمة
    جيش جيوش
    عقوبة عقوبات
    مجال مجالات ميدان
    اتفاق اتفاقات اتفاقية اتفاقيات
    تعهد تعهدات التزام التزامات
    وعد وعود
    تقنية تقنيات تكنولوجيا تكنولوجية تقني
    حماية حمى يحمي نحمي صون يصون دفاع الدفاع
    عزز يعزز نعزز تعزيز وطد يوطد توطيد يقوي تقوية
    طور يطور نطور تطوير تنمية
    وسع يوسع نوسع توسيع
    زاد يزيد زيادة
    توقيع يوقع نوقع
    نفذ ينفذ تنفيذ طبق يطبق تطبيق
    انتهك ينتهك انتهاك خرق يخرق خرقا
    تلقى يتلقى حصل يحصل الحصول استلم يستلم تحصل نحصل
    زود يزود تزويد إمداد أمد
    باع يبيع بيع
    رسمي رسمية
    علني علنية علنا معلن معلنة
    ثابت ثابتة راسخ راسخة
    حازم حازمة صارم صارمة
    خطير خطيرة جسيم
    دائما دوما الدوام
    معا سويا
    الآن
    سريعا بسرعة
    كبير كبيرة ضخم ضخمة
    جديد جديدة
    عاصمة عواصم
    أمريكي أميركي أمريكية أميركية
    حرب حروب
    شعب شعوب
    مواطن مواطنون مواطنين
    قاعدة قواعد
    طائرة طائرات
    سفينة سفن
    مدينة مدن
    تجربة تجارب
    خبير خبراء
    عام أعوام سنة سنوات
    يوم أيام
    قيمة قيم
    حق حقوق يحق
    واصل يواصل نواصل مواصلة استمر يستمر نستمر تستمر استمرار مضى يمضي نمضي
    عازم عازمون عازمة عزم مصمم مصممون مصممة تصميم
    اتفاق اتفق اتفقا اتفقنا يتفق نتفق توافق توافقنا
    توسل يتوسل متوسل تسول يتسول متسول استجدى يستجدي تستجدي مستجد مستجديا استجداء
    ذهب جاب يجوب تجول يتجول
    دليل دلائل برهان يدل تدل دلالة يثبت يبرهن يظهر أظهر يبين
    دليل كشف يكشف نكشف الكشف أعلن يعلن نعلن أفصح يفصح نفصح
    يأس يائس يائسة يائسون
    فشل يفشل فشلت أخفق إخفاق تعثر يتعثر
    خطط يخطط نخطط خطة مخطط مقرر مقررا مدرج مدرجا مبرمج
    حدد يحدد تحدد نحدد تحديد قرر يقرر تقرر يقرروا أملى يملي تملي
    محاسبة يحاسب نحاسب مساءلة يسائل نسائل
    شارك يشارك تشارك مشاركة مشارك تورط يتورط متورط ضالع
    جديد إضافي إضافية إضافيا مزيد أخرى
    حار حارة حرارة حفاوة دافئ دافئة دفء
    ودي ودية وديا
    انشغال منشغل مشغول مزدحم ازدحام
    أعرب يعرب معربا يبدي يبدون
    ارتياح رضا ارتياحه رضاه
    عجلة استعجال تسرع تعجل
    لجأ يلجأ تلجأ نلجأ لجوء
    استقبال استقبل يستقبل ترحيب رحب يرحب
    دعوة
    احتمال إمكانية
    تدريب يدرب ندرب تأهيل يؤهل نؤهل
    بنى يبني نبني تبني بناء
    ختام اختتام نهاية انتهاء
    التزم يلتزم تلتزم نلتزم ملتزم ملتزمة تقيد يتقيد تتقيد نتقيد
    خالد خلود
    فبراير شباط
    مارس آذار
    أبريل نيسان
    مايو أيار
    يونيو حزيران
    يوليو تموز
    أغسطس آب
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
    if len(word) > MIN_STEM + 2 and word[0] == "س" and word[1] in _PRESENT_PREFIXES:
        word = word[1:]  # سنساعد: the future's س before the present's ن
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
        for form in forms:
            yield form
            if len(form) >= 4 and form[0] == "س" and form[1] in _PRESENT_PREFIXES:
                yield form[1:]
            if len(form) >= 5 and form[0] in _PRESENT_PREFIXES:
                yield form[1:]  # تتعاون → تعاون
            if len(form) >= 4 and form[-2] == "ا" and form[-1] in "وي":
                yield form[:-1] + "ء"
            if len(form) >= 4 and form[-1] == "ت" and form != candidate:
                yield form[:-1] + "ه"  # دعوته → دعوت → دعوه: the ة a suffix wrote ت


@lru_cache(maxsize=131072)
def word_unit(word: str) -> str | None:
    """The unit of one normalised word that no actor name covers, or None for a function word.
    The lexicon is read first: ``بلدينا`` is ``بلد`` + ``نا``, not ``ب`` + ``لدينا``."""
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


class Wording:
    """:func:`statement_units` with a gazetteer: actor names and demonyms become ``@key``."""

    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer
        # Statements already read: a wire's words come back in every outlet that runs them.
        self._known: dict[str, tuple[str, ...]] = {}
        self._demonyms: dict[str, str] = {}
        for actor in gazetteer.actors.values():
            for demonym in actor.demonyms:
                for variant in spelling_variants(tuple(tokens(demonym)), transliterated=False):
                    if len(variant) == 1:
                        self._demonyms.setdefault(light_stem(variant[0]), actor.key)

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
