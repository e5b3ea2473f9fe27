# ruff: noqa: E501 (annotation rows: one quote a line reads better than wrapped calls)
"""Build corpus/gold/speakers/tune19/ (texts, gold_quotes.json, classes.json) from the annotated
paragraphs below, with the builder of the blind splits (scripts/gold_blind_speakers.py).

Round 24's tuning split, written and scored before any rule of its own: invented ordinary news
reports of September–October 2023 in outlets holdout24 does not use (an Emirati paper, a Kuwaiti
paper, Hespress, Annahar, a Sudanese site, a Qatari paper, Shafaq News, Al-Masry Al-Youm and a
Jordanian radio), each with a variant of one class of holdout24's errors and a trap beside it
where a naive rule would name the wrong speaker:

- an agency named by its nationality (``الوكالة الفرنسية``) or by the dateline's credit in
  initials on a line of its own (``دبي - (أ ف ب)``), with an agency of a country several
  registered agencies share (``الوكالة الروسية``) as the trap;
- a body taken up by its kind and country (``الوزارة اليابانية``), with another country's
  ministry nobody named as the trap;
- an unregistered person whose given name is ``علي`` or carries the article (``العبيد مروح``)
  after a title with ``السابق`` or ``الدكتور``, with the preposition ``علي هامش`` (spelt with
  ي) and a nationality before a name as the traps;
- ``ردّت X ببيان جاء فيه`` and ``بتصريح قالت فيه`` (the statement's issuer), with a statement of
  another body the subject answers as the trap;
- a person described by their tie to a registered title (``الأخت النافذة للزعيم الكوري الشمالي كيم
  يو جونغ``, ``مستشار الرئيس الروسي يوري أوشاكوف``), with an unnamed adviser as the trap;
- a counterpart named after ``نظيره``/``نظيرته`` and its adjectives, with the subject of
  ``التقى`` speaking after a comma as the trap;
- a radio whose name ends with a number (``إذاعة بيت لحم 2000``).
Run: .venv/bin/python scripts/build_gold_tune19.py"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_blind_speakers import ROOT, anon, nobody, say, write_split  # noqa: E402

TEXTS = {
    "001_albayan_ae.txt": (
        [
            "دبي - (أ ف ب)",
            'وذكرت الوكالة الفرنسية أن "الوفد الكوري الشمالي غادر محطة فوستوتشني مساء الأربعاء".',
            'وأضافت الوكالة الروسية أن "القطار المصفح سيتوقف في خاباروفسك قبل عودته".',
        ],
        [
            say(
                "الوفد الكوري الشمالي غادر محطة فوستوتشني مساء الأربعاء",
                "Agence France-Presse",
                "الوكالة الفرنسية",
                ["8"],
            ),
            nobody("القطار المصفح سيتوقف في خاباروفسك قبل عودته", ["8", "trap"]),
        ],
    ),
    "002_alrai_kw.txt": (
        [
            "نيويورك - (أ ب)",
            'وأفادت الوكالة بأن "مسؤولين في الأمم المتحدة يتابعون الزيارة عن كثب".',
            'وفي برلين، قالت وكالة الأنباء الألمانية إن "الحكومة الألمانية تدرس فرض قيود جديدة"، وأشارت الوكالة الألمانية إلى أن "القرار لن يتأخر كثيرًا".',
        ],
        [
            say("مسؤولين في الأمم المتحدة يتابعون الزيارة عن كثب", "Associated Press", "الوكالة", ["8"]),
            say(
                "الحكومة الألمانية تدرس فرض قيود جديدة",
                "Deutsche Presse-Agentur",
                "وكالة الأنباء الألمانية",
                ["8"],
            ),
            say("القرار لن يتأخر كثيرًا", "Deutsche Presse-Agentur", "الوكالة الألمانية", ["8"]),
        ],
    ),
    "003_hespress.txt": (
        [
            'أعلنت وزارة الخارجية اليابانية أن "طوكيو تتابع عن كثب تحركات القطار المصفح".',
            'وأضافت الوزارة اليابانية: "أي نقل للأسلحة سيقابل برد منسق مع الحلفاء".',
            'من جهتها، قالت الوزارة الصينية إن "بكين لا علم لها بتفاصيل المحادثات".',
        ],
        [
            say(
                "طوكيو تتابع عن كثب تحركات القطار المصفح",
                "Japanese Foreign Ministry",
                "وزارة الخارجية اليابانية",
                ["ordinary"],
            ),
            say(
                "أي نقل للأسلحة سيقابل برد منسق مع الحلفاء",
                "Japanese Foreign Ministry",
                "الوزارة اليابانية",
                ["ordinary"],
            ),
            nobody("بكين لا علم لها بتفاصيل المحادثات", ["trap"]),
        ],
    ),
    "004_annahar.txt": (
        [
            "بيروت - النهار",
            'رأى الوزير السابق الدكتور علي حمية أن "القمة تعيد رسم التوازنات في آسيا".',
            'وأضاف حمية: "لبنان معني بما يجري ولو من بعيد".',
            'وقال النائب علي هامش جلسة اللجنة إن "الحكومة لم تناقش الملف بعد".',
        ],
        [
            say(
                "القمة تعيد رسم التوازنات في آسيا",
                "Ali Hamieh",
                "الوزير السابق الدكتور علي حمية",
                ["ordinary"],
                name="علي حمية",
            ),
            say("لبنان معني بما يجري ولو من بعيد", "Ali Hamieh", "حمية", ["ordinary"], name="علي حمية"),
            nobody("الحكومة لم تناقش الملف بعد", ["trap"]),
        ],
    ),
    "005_sudanile.txt": (
        [
            "الخرطوم - سودانايل",
            'أوضح السفير الأسبق العبيد مروح أن "موسكو تبحث عن موطئ قدم في كل مكان".',
            'وتابع مروح: "على الخرطوم أن تحسب خطواتها بدقة".',
            'وقال الدبلوماسي السوداني محمد عثمان إن "الحياد هو الخيار الأسلم".',
        ],
        [
            say(
                "موسكو تبحث عن موطئ قدم في كل مكان",
                "Al-Obeid Marouh",
                "السفير الأسبق العبيد مروح",
                ["ordinary"],
                name="العبيد مروح",
            ),
            say(
                "على الخرطوم أن تحسب خطواتها بدقة",
                "Al-Obeid Marouh",
                "مروح",
                ["ordinary"],
                name="العبيد مروح",
            ),
            say(
                "الحياد هو الخيار الأسلم",
                "Mohamed Osman",
                "الدبلوماسي السوداني محمد عثمان",
                ["ordinary", "trap"],
                name="محمد عثمان",
            ),
        ],
    ),
    "006_alsharq_qa.txt": (
        [
            'وردّت وزارة الدفاع الروسية ببيان جاء فيه: "التدريبات المشتركة لا تستهدف أي دولة".',
            'وتابع البيان: "روسيا ستواصل التعاون مع جميع شركائها".',
            'وعلّقت الخارجية الصينية بتصريح قالت فيه إن "الصين تحترم سيادة البلدين".',
            'وردّ البيت الأبيض على بيان للكرملين جاء فيه أن "واشنطن تختلق الذرائع للتصعيد".',
        ],
        [
            say(
                "التدريبات المشتركة لا تستهدف أي دولة",
                "Russian Defence Ministry",
                "وزارة الدفاع الروسية",
                ["1"],
            ),
            say("روسيا ستواصل التعاون مع جميع شركائها", "Russian Defence Ministry", "البيان", ["1"]),
            say("الصين تحترم سيادة البلدين", "Chinese Foreign Ministry", "الخارجية الصينية", ["1"]),
            say("واشنطن تختلق الذرائع للتصعيد", "Kremlin", "الكرملين", ["1", "trap"]),
        ],
    ),
    "007_shafaq.txt": (
        [
            'وقالت شقيقة الزعيم الكوري الشمالي كيم يو جونغ في بيان إن "التهديدات الأمريكية لن تخيف أحدًا".',
            'وأكد مستشار الرئيس الروسي يوري أوشاكوف أن "الاتفاقات ستُنفذ في موعدها".',
            'وقال مستشار للرئيس الروسي إن "الكرملين لا يعلق على التسريبات".',
        ],
        [
            say(
                "التهديدات الأمريكية لن تخيف أحدًا",
                "Kim Yo Jong",
                "شقيقة الزعيم الكوري الشمالي كيم يو جونغ",
                ["ordinary"],
            ),
            say(
                "الاتفاقات ستُنفذ في موعدها", "Yuri Ushakov", "مستشار الرئيس الروسي يوري أوشاكوف", ["ordinary"]
            ),
            anon("الكرملين لا يعلق على التسريبات", "مستشار للرئيس الروسي", ["7", "trap"]),
        ],
    ),
    "008_almasryalyoum.txt": (
        [
            'وقال لافروف إن "موسكو وبكين تنسقان مواقفهما"، فيما قال نظيره الصيني وانغ يي إن "العلاقات في أفضل حالاتها".',
            'والتقى لافروف نظيرته الكورية تشوي سون هوي، وقال إن "المحادثات كانت بناءة وصريحة".',
            'وقالت نظيرته الكورية الشمالية تشوي سون هوي إن "بيونغ يانغ تقف مع موسكو".',
        ],
        [
            say("موسكو وبكين تنسقان مواقفهما", "Sergei Lavrov", "لافروف", ["ordinary"]),
            say("العلاقات في أفضل حالاتها", "Wang Yi", "نظيره الصيني وانغ يي", ["ordinary"]),
            say("المحادثات كانت بناءة وصريحة", "Sergei Lavrov", "لافروف", ["4", "trap"]),
            say(
                "بيونغ يانغ تقف مع موسكو",
                "Choe Son Hui",
                "نظيرته الكورية الشمالية تشوي سون هوي",
                ["ordinary"],
            ),
        ],
    ),
    "009_amman_fm.txt": (
        [
            'وقالت إذاعة البلد 92 في نشرتها المسائية: "الشارع الأردني منقسم حول جدوى القمة".',
            'وأضافت الإذاعة: "الخبراء يتوقعون تداعيات اقتصادية محدودة".',
        ],
        [
            say(
                "الشارع الأردني منقسم حول جدوى القمة",
                "Radio Al-Balad 92",
                "إذاعة البلد 92",
                ["8"],
                name="إذاعة البلد 92",
            ),
            say(
                "الخبراء يتوقعون تداعيات اقتصادية محدودة",
                "Radio Al-Balad 92",
                "الإذاعة",
                ["8"],
                name="إذاعة البلد 92",
            ),
        ],
    ),
    "010_alwatan_sy.txt": (
        [
            "دمشق - الوطن",
            'وقالت الأخت النافذة للزعيم الكوري الشمالي كيم يو جونغ، في بيان نشرته الوكالة المركزية، إن "واشنطن تعيش أوهام القوة".',
            'وأضافت: "بلادنا لن تتراجع أمام الضغوط مهما اشتدت".',
            'وردّت الخارجية الصينية ببيان جاء فيه: "بكين تدعو إلى الحوار والتهدئة".',
            'وتابع البيان: "نرفض منطق العقوبات الأحادية".',
        ],
        [
            say(
                "واشنطن تعيش أوهام القوة",
                "Kim Yo Jong",
                "الأخت النافذة للزعيم الكوري الشمالي كيم يو جونغ",
                ["2"],
                relay="KCNA",
            ),
            say(
                "بلادنا لن تتراجع أمام الضغوط مهما اشتدت",
                "Kim Yo Jong",
                "الأخت النافذة للزعيم الكوري الشمالي كيم يو جونغ",
                ["2"],
            ),
            say("بكين تدعو إلى الحوار والتهدئة", "Chinese Foreign Ministry", "الخارجية الصينية", ["1"]),
            say("نرفض منطق العقوبات الأحادية", "Chinese Foreign Ministry", "البيان", ["1"]),
        ],
    ),
}

if __name__ == "__main__":
    write_split(ROOT / "corpus" / "gold" / "speakers" / "tune19", TEXTS)
