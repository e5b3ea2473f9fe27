"""Lexicons of Arabic reporting language, in normalised form (see :mod:`normalize`).

Every entry is written without the conjunctions و / ف, which the lookup strips:
``وأضافت`` → ``اضافت``.
"""

from __future__ import annotations

from articles.extraction.normalize import normalize

_PAST_STEMS = (
    "قال اضاف اكد اوضح اعلن اشار صرح حذر وصف اعتبر تابع ذكر كشف ندد افاد اعرب تعهد شدد لفت "
    "اورد كتب غرد اتهم طالب ابلغ علق اردف استطرد اختتم ختم وعد اقر زعم اشاد نبه توقع رحب "
    "انتقد نوه اعترف لاحظ جدد اكد استبعد رفض نفى"
)
# Verbs whose feminine past is not simply stem + ت.
_IRREGULAR_MASCULINE = {"راي": "رات", "دعا": "دعت", "نفي": "نفت", "ابدي": "ابدت", "مضي": "مضت"}

_PRESENT_STEMS = "قول ضيف وكد ري عتبر شير وضح حذر عتقد وصف علن تابع"
_PARTICIPLES = (
    "قايل مضيف مشير موكد موضح معتبر واصف محذر لافت منوه مشدد متابع واعد معرب متهم مطالب داعي "
    "مشيد مستطرد معلن مبدي"
)


def _build_verbs() -> tuple[frozenset[str], frozenset[str]]:
    masculine: set[str] = set()
    feminine: set[str] = set()
    for stem in normalize(_PAST_STEMS).split():
        masculine.add(stem)
        feminine.add(stem + "ت")
    for male, female in _IRREGULAR_MASCULINE.items():
        masculine.add(male)
        feminine.add(female)
    for stem in _PRESENT_STEMS.split():
        masculine.add("ي" + stem)
        feminine.add("ت" + stem)
    for stem in _PARTICIPLES.split():
        masculine.add(stem + "ا")
        feminine.add(stem + "ه")
    feminine.add("تري")
    return frozenset(masculine), frozenset(feminine)


MASCULINE_CUES, FEMININE_CUES = _build_verbs()
ALL_CUES = MASCULINE_CUES | FEMININE_CUES
# Participles carry the subject of the clause they hang on: ``..., قائلًا: "…"``.
PARTICIPLE_CUES = frozenset(
    form for form in MASCULINE_CUES | FEMININE_CUES if form[:1] in "مو" and form[-1] in "اه"
) | {"قايلا", "قايله"}
PARTICIPLE_CUES -= {"وعد", "وصف"}

# نقلت وكالة تاس عن بوتين قوله → speaker Putin, relayed by TASS.
RELAY_VERBS = frozenset({"نقل", "نقلت", "ينقل", "تنقل"})
RELAY_OBJECTS = frozenset({"عنه", "عنها", "عنهم", "عنهما"})
RELAYED_IN = frozenset({"نقلتها", "نقلها", "اوردتها", "اوردها", "بثتها", "بثها", "نشرتها", "نشرها"})
# بحسب X، وفقًا لـX، وفق ما ذكرت X: X is the source.
SOURCE_CUES = frozenset({"بحسب", "حسب", "وفق", "وفقا", "طبقا", "نقلا"})
# على حد قوله / تعبيره: the speaker already named.
AS_HE_PUT_IT = frozenset({"قوله", "قولها", "تعبيره", "تعبيرها", "وصفه", "وصفها"})

# Words that end the subject after a cue verb: the reported clause or an adverbial begins.
NP_STOPWORDS = frozenset(
    normalize(
        "إن أن ان إنه أنه انه إنها أنها انها إنهم أنهم إنهما أنهما إننا أننا إنني أنني بأن بأنه بأنها "
        "لأن في فى خلال على عن أمام عبر بعد قبل اليوم أمس يوم مساء صباح الاثنين الثلاثاء الثلثاء "
        "الأربعاء الخميس الجمعة السبت الأحد وهو وهي حيث عندما أثناء ردا من إلى مع حول بشأن إزاء "
        "هذا هذه الذي التي الذين قد لقد ما أيضا كذلك مجددا سابقا لاحقا اليوم الليلة الماضي "
        "يرفع وهم وهما عبر بينما كما إذ إذا"
    ).split()
)
# Heads of a noun phrase that names an unnamed member of the organisation that follows:
# ``مسؤول في وزارة الوحدة الكورية الجنوبية`` → the ministry.
OFFICIAL_HEADS = frozenset(
    normalize(
        "مسؤول مسؤولة مسؤولون مسؤولين مصدر مصادر دبلوماسي دبلوماسيون دبلوماسيين متحدث متحدثة "
        "ناطق ناطقة مسؤولو بيان وزارة الحكومة حكومة"
    ).split()
)
# Heads of a described person that may run on through a prepositional phrase before the
# name: ``المحلل في معهد كارنيغي، أندريه لانكوف``.
EXPERT_HEADS = frozenset(
    normalize(
        "محلل محللة خبير خبيرة باحث باحثة أستاذ أستاذة مدير مديرة الباحث الباحثة المحلل المحللة "
        "الخبير الخبيرة الأستاذ الأستاذة المدير المديرة"
    ).split()
)
# A phrase like الوزير or الوكالة refers back to the actor last introduced with that word.
ROLE_WORDS = frozenset(
    normalize(
        "وزير وزيرة وكالة شبكة صحيفة قناة إذاعة راديو وزارة متحدث متحدثة ناطق ناطقة زعيم رئيس "
        "رئيسة سفير سفيرة مسؤول مسؤولة محلل محللة خبير خبيرة باحث باحثة مبعوث جنرال أدميرال "
        "أمين مندوب مندوبة مستشار مستشارة مجلة موقع صحفي معهد مركز"
    ).split()
)
# Words that name kinds of media: ``شبكة "سي. إن. إن"``, ``صحيفة “الغارديان”``.
MEDIUM_WORDS = frozenset(normalize("وكالة شبكة صحيفة قناة إذاعة راديو مجلة موقع تلفزيون").split())
ORGANISATION_WORDS = frozenset(
    normalize("وزارة مجلس هيئة معهد مركز حزب منظمة لجنة جامعة حلف بعثة سفارة رئاسة مكتب").split()
)
# Subjects that are nobody in particular: no actor to propose.
GENERIC_SUBJECTS = frozenset(
    normalize(
        "محللون محللين مراقبون مراقبين خبراء خبراء تقارير مصادر مصدر مسؤولون مسؤولين بعض البعض "
        "آخرون الخبراء المحللون المراقبون التقارير وسائل إعلام الإعلام"
    ).split()
)
COPULAS = frozenset({"كان", "كانت"})
COMPLEMENTIZERS = frozenset(normalize("إن أن ان إنه أنه بأن لأن").split())
# Verbs whose noun after them is often the object when the subject is already known:
# ``ودعا النظام الشيوعي إلى "وضع حد"`` (Kirby called on the regime).
TRANSITIVE_CUES = frozenset(
    normalize("دعا دعت حذر حذرت اتهم اتهمت طالب طالبت أبلغ أبلغت انتقد انتقدت ندد نددت").split()
)
ALREADY = "قد"


def strip_conjunction(token: str) -> str:
    """``وأضاف`` → ``اضاف`` (normalised), for cue lookup; ``واصفا`` stays whole when it is a cue."""
    if token in MASCULINE_CUES or token in FEMININE_CUES:
        return token
    if len(token) > 3 and token[0] in "وف":
        return token[1:]
    return token
