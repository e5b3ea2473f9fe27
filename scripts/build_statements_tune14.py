# ruff: noqa: E501
"""Build corpus/gold/statements/tune14.json (statements y01.., near misses yn01..), in the format
of corpus/gold/statements/holdout14.json: round 14's tuning pairs, written before each of its
mechanisms and scored before and after them (corpus/gold/statements/README.md).

Invented Arabic, each statement in three outlets' phrasings, one for each way round 14's rules
read a translation: a form V present for the form II other outlets use (``ستتعزز`` /
``ستتوطد`` / ``تعزيز``), an unattributed rendering that names the speaker's own country where
the others say "we", and the news-Arabic families of ``wording_synonyms.txt`` (being informed,
satisfaction, unilateral, speeding up, counter-strikes, sacrifice, tension, tiring).  Each near
miss is the same speaker on the same day in the same frame saying something else.
Run: python3 scripts/build_statements_tune14.py"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gold_builder import ROOT, near_miss, rendering, statement, write_statements_split  # noqa: E402

OUT = ROOT / "corpus" / "gold" / "statements" / "tune14.json"
r = rendering

STATEMENTS = [
    statement(
        "y01",
        "Vladimir Putin",
        "2023-09-13",
        "ru",
        "The ties between our two countries will grow stronger day by day.",
        [
            r("RT Arabic", "2023-09-13", "العلاقات بين بلدينا ستتعزز يوما بعد يوم", "بوتين"),
            r("Al Khaleej", "2023-09-13", "علاقات بلدينا ستتوطد أكثر فأكثر", "الرئيس الروسي"),
            r("Youm7", "2023-09-14", "إن العلاقات بين البلدين سوف تزداد متانة باستمرار", "الرئيس بوتين"),
        ],
    ),
    statement(
        "y02",
        "Hirokazu Matsuno",
        "2023-09-14",
        "ja",
        "We will strengthen coordination with the United States and South Korea to face the threat.",
        [
            r(
                "Al Jazeera",
                "2023-09-14",
                "سنعزز التنسيق مع الولايات المتحدة وكوريا الجنوبية لمواجهة التهديد",
                "ماتسونو",
            ),
            r(
                "Sky News Arabia",
                "2023-09-14",
                "اليابان ستعزز التنسيق مع الولايات المتحدة وكوريا الجنوبية في مواجهة التهديدات",
                "مسؤول ياباني",
            ),
            r(
                "Al Ain News",
                "2023-09-15",
                "نعمل على تقوية التنسيق مع أمريكا وكوريا الجنوبية للتصدي لهذا التهديد",
                "كبير أمناء مجلس الوزراء الياباني",
            ),
        ],
    ),
    statement(
        "y03",
        "Minoru Kihara",
        "2023-09-19",
        "ja",
        "We will speed up building our counter-strike capabilities.",
        [
            r("Asharq Al-Awsat", "2023-09-19", "سنسرع بناء قدراتنا على الهجوم المضاد", "كيهارا"),
            r(
                "Al Arabiya",
                "2023-09-20",
                "سنعمل على تسريع بناء قدرات الضربات المضادة",
                "وزير الدفاع الياباني",
            ),
            r("Independent Arabia", "2023-09-20", "اليابان ستعجل ببناء قدرات الرد المضاد", "مصدر حكومي"),
        ],
    ),
    statement(
        "y04",
        "Dmitry Peskov",
        "2023-09-18",
        "ru",
        "The president was informed of the results of the talks and is satisfied with them.",
        [
            r("Sputnik Arabic", "2023-09-18", "أبلغ الرئيس بنتائج المحادثات وهو راض عنها", "بيسكوف"),
            r(
                "RT Arabic",
                "2023-09-18",
                "الرئيس اطلع على نتائج المحادثات ويشعر بالارتياح لها",
                "المتحدث باسم الكرملين",
            ),
            r("Al Mayadeen", "2023-09-19", "أخبر الرئيس بنتائج المباحثات وأعرب عن رضاه", "الكرملين"),
        ],
    ),
    statement(
        "y05",
        "Mao Ning",
        "2023-09-15",
        "zh",
        "We oppose unilateral sanctions that have no basis in international law.",
        [
            r(
                "Al Jazeera",
                "2023-09-15",
                "نعارض العقوبات الأحادية التي لا أساس لها في القانون الدولي",
                "ماو نينغ",
            ),
            r(
                "Annahar",
                "2023-09-15",
                "نرفض العقوبات الانفرادية التي لا تستند إلى أساس قانوني دولي",
                "الخارجية الصينية",
            ),
            r(
                "Al Bayan",
                "2023-09-16",
                "الصين تعارض العقوبات أحادية الجانب التي تفتقر إلى أساس في القانون الدولي",
                "المتحدثة باسم الخارجية الصينية",
            ),
        ],
    ),
    statement(
        "y06",
        "Kim Jong Un",
        "2023-09-14",
        "ko",
        "We will never forget the Soviet soldiers who shed their blood to liberate Korea.",
        [
            r(
                "Al Mayadeen",
                "2023-09-14",
                "لن ننسى أبدا الجنود السوفييت الذين سفكوا دماءهم لتحرير كوريا",
                "كيم جونغ أون",
            ),
            r(
                "Al Quds Al Arabi",
                "2023-09-14",
                "لن ننسى الجنود السوفيات الذين ضحوا بحياتهم من أجل تحرير كوريا",
                "الزعيم الكوري الشمالي",
            ),
            r("Al-Ahram", "2023-09-15", "لن ننسى أبدا تضحيات الجنود السوفييت في سبيل تحرير كوريا", "كيم"),
        ],
    ),
    statement(
        "y07",
        "Stephane Dujarric",
        "2023-10-19",
        "en",
        "We welcome any effort that helps reduce tension on the Korean peninsula.",
        [
            r(
                "Al Jazeera",
                "2023-10-19",
                "نرحب بأي جهد يسهم في خفض التوتر في شبه الجزيرة الكورية",
                "دوجاريك",
            ),
            r(
                "France 24 Arabic",
                "2023-10-19",
                "نرحب بكل جهد من شأنه تخفيف الاحتقان في شبه الجزيرة الكورية",
                "المتحدث باسم الأمين العام",
            ),
            r(
                "Al-Araby Al-Jadeed",
                "2023-10-20",
                "نرحب بأي مسعى يساعد على تخفيض التوترات في شبه الجزيرة الكورية",
                "ستيفان دوجاريك",
            ),
        ],
    ),
    statement(
        "y08",
        "Vladimir Putin",
        "2023-09-13",
        "ru",
        "I hope the long journey has not tired you.",
        [
            r("RT Arabic", "2023-09-13", "آمل ألا تكون الرحلة الطويلة قد أتعبتكم", "بوتين"),
            r("Sky News Arabia", "2023-09-13", "أتمنى ألا تكون الرحلة الطويلة شاقة عليكم", "الرئيس الروسي"),
            r("Masrawy", "2023-09-14", "آمل ألا يكون السفر الطويل قد أرهقكم", "بوتين"),
        ],
    ),
]

NEAR_MISSES = [
    near_miss(
        "yn01",
        "Vladimir Putin",
        "2023-09-13",
        "التبادل التجاري بين بلدينا تراجع في العام الماضي",
        "y01",
        "Same talks and 'between our two countries', but trade that fell last year, not ties growing stronger.",
    ),
    near_miss(
        "yn02",
        "Hirokazu Matsuno",
        "2023-09-14",
        "سنطلب من الصين وروسيا احترام قرارات مجلس الأمن",
        "y02",
        "Same briefing, but asking China and Russia to respect the Security Council, not coordination with Washington and Seoul.",
    ),
    near_miss(
        "yn03",
        "Minoru Kihara",
        "2023-09-19",
        "سنسرع نشر منظومات الدفاع الجوي في جزر الجنوب",
        "y03",
        "Same 'we will speed up', but air defence in the southern islands, not counter-strike capabilities.",
    ),
    near_miss(
        "yn04",
        "Dmitry Peskov",
        "2023-09-18",
        "أبلغ الرئيس بنتائج اجتماع الحكومة حول الميزانية",
        "y04",
        "Same 'the president was informed of the results', but of a cabinet meeting on the budget.",
    ),
    near_miss(
        "yn05",
        "Mao Ning",
        "2023-09-15",
        "نعارض نشر الأسلحة النووية الاستراتيجية في شبه الجزيرة الكورية",
        "y05",
        "Same 'we oppose', but strategic nuclear weapons on the peninsula, not unilateral sanctions.",
    ),
    near_miss(
        "yn06",
        "Kim Jong Un",
        "2023-09-14",
        "سنواصل العناية بقبور الطيارين السوفييت في بلادنا",
        "y06",
        "Same Soviet dead, but tending their graves, not never forgetting their sacrifice.",
    ),
    near_miss(
        "yn07",
        "Stephane Dujarric",
        "2023-10-19",
        "نطالب بوقف فوري لإطلاق النار في غزة لأسباب إنسانية",
        "y07",
        "Same noon briefing, but a ceasefire in Gaza, not tension on the Korean peninsula.",
    ),
    near_miss(
        "yn08",
        "Vladimir Putin",
        "2023-09-13",
        "آمل أن تكون زيارتكم المقبلة إلى موسكو طويلة",
        "y08",
        "Same host's courtesy, but hoping the next visit to Moscow is long, not that the journey did not tire him.",
    ),
]


def main() -> None:
    assert all(s["id"].startswith("y") and not s["id"].startswith("yn") for s in STATEMENTS)
    assert all(n["id"].startswith("yn") for n in NEAR_MISSES)
    write_statements_split(OUT, {"statements": STATEMENTS, "near_misses": NEAR_MISSES}, in_registry=True)


if __name__ == "__main__":
    main()
