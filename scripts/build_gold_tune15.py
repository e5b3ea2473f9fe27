# ruff: noqa: E501 (annotation rows: one quote a line reads better than wrapped calls)
"""Build corpus/gold/speakers/tune15/ (texts, gold_quotes.json, classes.json) from the annotated
paragraphs below, with the builder of the blind splits (scripts/gold_blind_speakers.py).

Round 21's tuning split (branch r21a), written and scored before any rule of its own: 8 invented
ordinary news reports of 4–20 September 2023 by sites holdout20 does not use (a Bahraini paper, a
Jordanian paper, a Moroccan site, an Algerian paper, a London pan-Arab site, a Sudanese paper, a
wire service's Arabic desk, a Libyan site), built around the constructions holdout20 got wrong
or left: a medium's report it credits after the quote to unnamed or named sources (``…"،
نقلاً عن مسؤولين``), an indefinite spokesman or official with a verb of saying right after him
(``عبر متحدث باسم الخارجية قال إن``), the visitor of ``زار`` taken up as ``الضيف`` inside a
medium's reported clause, Vietnamese names opening with ``فام``, ``ونقلت عنه قوله`` after a
medium's report on a person, a source right after ``وقال له`` (``وقال له بحسب الخارجية``), and
Reuters' Arabic name of RIA Novosti; each with traps where the naive rule names the wrong one.
Run: .venv/bin/python scripts/build_gold_tune15.py"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_blind_speakers import ROOT, anon, say, write_split  # noqa: E402

PUTIN, KIM, PESKOV, LAVROV = "Vladimir Putin", "Kim Jong Un", "Dmitry Peskov", "Sergei Lavrov"
SHOIGU, MILLER, KIM_YO_JONG = "Sergei Shoigu", "Matthew Miller", "Kim Yo Jong"
WSJ, WAPO, TASS, YONHAP, KCNA, RIA = (
    "Wall Street Journal",
    "Washington Post",
    "TASS",
    "Yonhap",
    "KCNA",
    "RIA Novosti",
)
UNIFICATION = "South Korean Ministry of Unification"

TEXTS = {
    "001_alayam_bh.txt": (
        [
            "المنامة - وكالات",
            'وكانت صحيفة وول ستريت جورنال قد ذكرت أن "بيونغ يانغ شحنت إلى موسكو مئات الآلاف من قذائف المدفعية"، نقلاً عن مسؤولين غربيين مطلعين.',
            'وأفادت وكالة يونهاب بأن "القطار المدرع عبر الحدود الروسية فجر الثلاثاء"، نقلاً عن مصادر مطلعة.',
            'وذكرت وكالة تاس أن "المحادثات على انفراد استمرت أكثر من ساعة"، نقلاً عن المتحدث باسم الكرملين دميتري بيسكوف.',
            'أما صحيفة واشنطن بوست فكتبت أن "الصفقة قد تشمل صواريخ مضادة للدبابات"، مشيرة إلى أن مسؤولين أمريكيين "يتابعون الأمر عن كثب".',
        ],
        [
            anon(
                "بيونغ يانغ شحنت إلى موسكو مئات الآلاف من قذائف المدفعية",
                "مسؤولين غربيين مطلعين",
                ["medium_citing"],
                relay=WSJ,
            ),
            anon(
                "القطار المدرع عبر الحدود الروسية فجر الثلاثاء",
                "مصادر مطلعة",
                ["medium_citing"],
                relay=YONHAP,
            ),
            say(
                "المحادثات على انفراد استمرت أكثر من ساعة",
                PESKOV,
                "المتحدث باسم الكرملين دميتري بيسكوف",
                ["medium_citing"],
                relay=TASS,
            ),
            say("الصفقة قد تشمل صواريخ مضادة للدبابات", WAPO, "صحيفة واشنطن بوست", ["trap"]),
            say("يتابعون الأمر عن كثب", WAPO, "صحيفة واشنطن بوست", ["trap"]),
        ],
    ),
    "002_alrai_jo.txt": (
        [
            "عمّان - الرأي",
            'وردّت سيول عبر مسؤول في وزارة التوحيد قال للصحفيين إن "أي تعاون عسكري مع بيونغ يانغ ينتهك قرارات مجلس الأمن".',
            'وتحدثت الرأي إلى دبلوماسي عربي في موسكو قال إن "العزلة الغربية تدفع البلدين إلى التقارب".',
            'وكان المتحدث باسم الخارجية الأمريكية ماثيو ميلر قال إن "واشنطن ستراقب عن كثب أي صفقة سلاح".',
            'والتقى لافروف مسؤولاً كورياً شمالياً رفيعاً، ثم قال للصحفيين إن "المحادثات كانت بناءة للغاية".',
        ],
        [
            say(
                "أي تعاون عسكري مع بيونغ يانغ ينتهك قرارات مجلس الأمن",
                UNIFICATION,
                "مسؤول في وزارة التوحيد",
                ["indefinite_relative"],
            ),
            anon(
                "العزلة الغربية تدفع البلدين إلى التقارب",
                "دبلوماسي عربي في موسكو",
                ["indefinite_relative"],
            ),
            say(
                "واشنطن ستراقب عن كثب أي صفقة سلاح",
                MILLER,
                "المتحدث باسم الخارجية الأمريكية ماثيو ميلر",
                ["trap"],
            ),
            say("المحادثات كانت بناءة للغاية", LAVROV, "لافروف", ["trap"]),
        ],
    ),
    "003_hespress_ma.txt": (
        [
            "الرباط - هسبريس",
            "زار الزعيم الكوري الشمالي كيم جونغ أون، السبت، مطار أرتيوم العسكري برفقة وزير الدفاع الروسي سيرغي شويغو.",
            'وقال شويغو للصحفيين إن "الجانبين ناقشا التعاون في مجال الطيران الاستراتيجي".',
            'وأوضحت وكالة تاس أن الضيف "اطلع على صواريخ كينجال الفرط صوتية"، ودوّن في سجل الزوار: "شكراً لرفاق السلاح الروس على هذا الاستقبال".',
        ],
        [
            say(
                "الجانبين ناقشا التعاون في مجال الطيران الاستراتيجي",
                SHOIGU,
                "شويغو",
                ["ordinary"],
            ),
            say("اطلع على صواريخ كينجال الفرط صوتية", TASS, "وكالة تاس", ["medium"]),
            say("شكراً لرفاق السلاح الروس على هذا الاستقبال", KIM, "الضيف", ["guest_in_clause"]),
        ],
    ),
    "004_echorouk_dz.txt": (
        [
            "الجزائر - الشروق",
            'قالت المتحدثة باسم وزارة الخارجية الفيتنامية فام ثو هانغ، في مؤتمر صحفي، إن بلادها "تتابع عن كثب التطورات في شمال شرق آسيا".',
            'وقال نائب وزير الخارجية الفيتنامي فام كوانغ هيو إن "هانوي تؤيد حلاً سلمياً للقضية الكورية".',
            'وقال بوتين إنه إذا طلبت بيونغ يانغ المساعدة فان "روسيا لن تتردد في تقديمها".',
        ],
        [
            say(
                "تتابع عن كثب التطورات في شمال شرق آسيا",
                "Pham Thu Hang",
                "المتحدثة باسم وزارة الخارجية الفيتنامية فام ثو هانغ",
                ["vietnamese_name"],
                name="فام ثو هانغ",
            ),
            say(
                "هانوي تؤيد حلاً سلمياً للقضية الكورية",
                "Pham Quang Hieu",
                "نائب وزير الخارجية الفيتنامي فام كوانغ هيو",
                ["vietnamese_name"],
                name="فام كوانغ هيو",
            ),
            say("روسيا لن تتردد في تقديمها", PUTIN, "بوتين", ["trap"]),
        ],
    ),
    "005_alaraby.txt": (
        [
            "لندن - العربي الجديد",
            'وذكرت وكالة الأنباء المركزية الكورية أن الزعيم كيم جونغ أون "تفقد مصنع الطائرات في كومسومولسك"، ونقلت عنه قوله: "إنه إنجاز يستحق الإعجاب".',
            'وأفادت وكالة تاس بأن وزير الدفاع سيرغي شويغو اصطحب ضيفه إلى المطار، ونقلت عنه قوله إن "المقاتلات الروسية هي الأفضل في العالم".',
            'وأشارت وكالة يونهاب إلى أن كيم يو جونغ رافقت شقيقها في الجولة، ونقلت عنها قولها: "الرحلة كانت مفيدة للغاية".',
        ],
        [
            say("تفقد مصنع الطائرات في كومسومولسك", KCNA, "وكالة الأنباء المركزية الكورية", ["medium"]),
            say(
                "إنه إنجاز يستحق الإعجاب",
                KIM,
                "الزعيم كيم جونغ أون",
                ["from_him_after_medium"],
                relay=KCNA,
            ),
            say(
                "المقاتلات الروسية هي الأفضل في العالم",
                SHOIGU,
                "وزير الدفاع سيرغي شويغو",
                ["from_him_after_medium"],
                relay=TASS,
            ),
            say(
                "الرحلة كانت مفيدة للغاية",
                KIM_YO_JONG,
                "كيم يو جونغ",
                ["from_him_after_medium"],
                relay=YONHAP,
            ),
        ],
    ),
    "006_alsudani.txt": (
        [
            "الخرطوم - السوداني",
            'واستقبل كيم جونغ أون وزير الدفاع الروسي في بيونغ يانغ، وقال له وفق ما أوردت وكالة الأنباء المركزية الكورية: "جيشنا مستعد للتعاون مع الجيش الروسي".',
            'وصافح بوتين ضيفه طويلاً، ثم قال له بحسب لقطات بثها التلفزيون الروسي: "سعداء برؤيتك في روسيا".',
            'وقال له الرئيس الروسي بحسب الكرملين: "علينا أن نبني الثقة خطوة خطوة".',
        ],
        [
            say(
                "جيشنا مستعد للتعاون مع الجيش الروسي",
                KIM,
                "كيم جونغ أون",
                ["source_after_addressee"],
                relay=KCNA,
            ),
            say("سعداء برؤيتك في روسيا", PUTIN, "بوتين", ["source_after_addressee"]),
            say("علينا أن نبني الثقة خطوة خطوة", PUTIN, "الرئيس الروسي", ["trap"]),
        ],
    ),
    "007_reuters_ar.txt": (
        [
            "موسكو (رويترز)",
            'نقلت وكالة الإعلام الروسية عن وزير الخارجية سيرغي لافروف قوله إن "روسيا ستطور علاقاتها مع كوريا الشمالية في كل المجالات".',
            'وذكرت وكالة الإعلام الروسية أن "موكب الزعيم الكوري وصل إلى محطة خاسان الحدودية".',
        ],
        [
            say(
                "روسيا ستطور علاقاتها مع كوريا الشمالية في كل المجالات",
                LAVROV,
                "وزير الخارجية سيرغي لافروف",
                ["ria_reuters"],
                relay=RIA,
            ),
            say(
                "موكب الزعيم الكوري وصل إلى محطة خاسان الحدودية",
                RIA,
                "وكالة الإعلام الروسية",
                ["ria_reuters"],
            ),
        ],
    ),
    "008_libyaobserver.txt": (
        [
            "طرابلس - ليبيا أوبزرفر",
            'وكانت صحيفة نيويورك تايمز قد كشفت أن "كيم سيسافر بقطاره المصفح"، نقلاً عن مسؤولين أمريكيين وحلفاء.',
            'وكتبت وكالة كيودو اليابانية أن "طوكيو قلقة من نقل تكنولوجيا الصواريخ"، نقلاً عن مصدر حكومي.',
            'وتحدثت واشنطن عبر متحدث باسم مجلس الأمن القومي قال إن "الأسلحة الكورية ستقتل المدنيين الأوكرانيين".',
        ],
        [
            anon(
                "كيم سيسافر بقطاره المصفح",
                "مسؤولين أمريكيين وحلفاء",
                ["medium_citing"],
                relay="New York Times",
            ),
            anon(
                "طوكيو قلقة من نقل تكنولوجيا الصواريخ",
                "مصدر حكومي",
                ["medium_citing"],
                relay="Kyodo",
            ),
            say(
                "الأسلحة الكورية ستقتل المدنيين الأوكرانيين",
                "National Security Council",
                "متحدث باسم مجلس الأمن القومي",
                ["indefinite_relative"],
            ),
        ],
    ),
}

if __name__ == "__main__":
    write_split(ROOT / "corpus" / "gold" / "speakers" / "tune15", TEXTS)
