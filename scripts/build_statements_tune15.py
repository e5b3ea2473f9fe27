# ruff: noqa: E501
"""Build corpus/gold/statements/tune15.json (statements f01.., near misses fn01..), in the format
of corpus/gold/statements/holdout21.json: round 15's tuning pairs, written after reading why
holdout20 and holdout21 missed pairs and joined near misses, before the round's rules, and
scored before and after them (corpus/gold/statements/README.md).

Invented Arabic, each statement in three outlets' phrasings, one for each cause round 15 found:
a light stem of a listed word read as another word (``بعيدة`` "far" as the threat class of
``وعيد``, ``دعا`` "invited" as propaganda, ``دعاية``), a quote that is a part of two statements
pulling its group into the second, a final ``ى`` written ``ا`` before a pronoun (``نراه``),
and the news-Arabic families the lexicon lacked (leading to, closely, military, making,
doubling, blatant interference, sovereign, in due time, in the coming days, working on,
a third party).  Each near miss is the same speaker on the same day in the same frame saying
something else.
Run: python3 scripts/build_statements_tune15.py"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gold_builder import ROOT, near_miss, rendering, statement, write_statements_split  # noqa: E402

OUT = ROOT / "corpus" / "gold" / "statements" / "tune15.json"
r = rendering

STATEMENTS = [
    statement(
        "f01",
        "Sergei Shoigu",
        "2023-09-16",
        "ru",
        "Our hypersonic missiles hit distant targets with great precision.",
        [
            r("RT Arabic", "2023-09-16", "صواريخنا فرط الصوتية تصيب أهدافا بعيدة بدقة عالية", "شويغو"),
            r(
                "Al Khaleej",
                "2023-09-17",
                "الصواريخ الروسية فرط الصوتية قادرة على إصابة أهداف بعيدة بدقة كبيرة",
                "وزير الدفاع الروسي",
            ),
            r("Youm7", "2023-09-17", "صواريخنا الفرط صوتية تصيب الأهداف البعيدة بدقة فائقة", "سيرجي شويجو"),
        ],
    ),
    statement(
        "f02",
        "Yuri Ushakov",
        "2023-09-13",
        "ru",
        "President Putin invited Kim Jong Un to visit Moscow at a convenient time.",
        [
            r(
                "Al Jazeera",
                "2023-09-13",
                "الرئيس بوتين دعا الزعيم كيم إلى زيارة موسكو في الوقت المناسب",
                "أوشاكوف",
            ),
            r(
                "Sky News Arabia",
                "2023-09-13",
                "بوتين دعا كيم جونغ أون لزيارة موسكو في موعد ملائم",
                "يوري أوشاكوف",
            ),
            r(
                "Al Ain News",
                "2023-09-14",
                "دعا بوتين الزعيم الكوري الشمالي لزيارة موسكو في وقت مناسب",
                "مساعد الرئيس الروسي يوري أوشاكوف",
            ),
        ],
    ),
    statement(
        "f03",
        "Maria Zakharova",
        "2023-09-14",
        "ru",
        "Developing cooperation between two states is their sovereign right, and the West has no right to lecture them about it.",
        [
            r(
                "Asharq Al-Awsat",
                "2023-09-14",
                "تطوير التعاون بين الدول المستقلة حق سيادي لها، والغرب الذي يسلح كييف لا يحق له أن يلقي المواعظ",
                "زاخاروفا",
            ),
            r(
                "Al Arabiya",
                "2023-09-15",
                "تطوير التعاون بين الدول المستقلة حق سيادي لها",
                "المتحدثة باسم الخارجية الروسية ماريا زاخاروفا",
            ),
            r(
                "Independent Arabia",
                "2023-09-15",
                "تنمية التعاون بين الدول ذات السيادة حق لها، ولا يحق للغرب الذي يسلح كييف أن يعطي الدروس",
                "ماريا زاخاروفا",
            ),
        ],
    ),
    statement(
        "f04",
        "Antony Blinken",
        "2023-09-13",
        "en",
        "We are watching closely whether the visit leads to new arms shipments.",
        [
            r(
                "Al Hadath",
                "2023-09-13",
                "نتابع عن كثب ما إذا كانت الزيارة ستؤدي إلى شحنات أسلحة جديدة",
                "بلينكن",
            ),
            r(
                "Alhurra",
                "2023-09-13",
                "واشنطن تراقب بدقة احتمال أن تفضي القمة إلى شحنات حربية",
                "وزير الخارجية الأمريكي أنتوني بلينكن",
            ),
            r(
                "Al-Ahram",
                "2023-09-14",
                "نتابع بانتباه إن كانت المحادثات ستؤدي إلى شحنات عسكرية إضافية",
                "أنتوني بلينكن",
            ),
        ],
    ),
    statement(
        "f05",
        "John Kirby",
        "2023-09-13",
        "en",
        "What we see is Russia turning to Pyongyang out of need.",
        [
            r("CNN Arabic", "2023-09-13", "ما نراه هو أن روسيا تلجأ إلى بيونغ يانغ بدافع الحاجة", "كيربي"),
            r(
                "Al Quds Al Arabi",
                "2023-09-14",
                "ما نراه هو لجوء موسكو إلى كوريا الشمالية لأنها بحاجة",
                "جون كيربي",
            ),
            r(
                "Annahar",
                "2023-09-14",
                "ما نراه أن موسكو تلجأ إلى بيونغ يانغ لحاجتها",
                "المتحدث باسم مجلس الأمن القومي الأمريكي جون كيربي",
            ),
        ],
    ),
    statement(
        "f06",
        "Oleg Kozhemyako",
        "2023-09-12",
        "ru",
        "Primorye's factories will make buses for North Korea and double the deliveries next year.",
        [
            r(
                "Sputnik Arabic",
                "2023-09-12",
                "مصانع بريموري ستصنع حافلات لكوريا الشمالية وستضاعف الشحنات في العام المقبل",
                "كوجيمياكو",
            ),
            r(
                "Al Bayan",
                "2023-09-13",
                "سننتج حافلات لبيونغ يانغ، وسنزيد الشحنات إلى الضعف العام المقبل",
                "حاكم بريموري أوليغ كوجيمياكو",
            ),
            r(
                "Erem News",
                "2023-09-13",
                "مصانع بريموري صنعت حافلات لكوريا الشمالية وستضاعف شحناتها في العام القادم",
                "أوليغ كوجيمياكو",
            ),
        ],
    ),
    statement(
        "f07",
        "Mao Ning",
        "2023-09-14",
        "zh",
        "Unilateral sanctions are blatant interference in the affairs of sovereign states.",
        [
            r(
                "Al Mayadeen",
                "2023-09-14",
                "العقوبات الأحادية تدخل سافر في شؤون الدول ذات السيادة",
                "ماو نينغ",
            ),
            r(
                "CNN Arabic",
                "2023-09-15",
                "العقوبات الأحادية تدخل صارخ في الشؤون الداخلية للدول المستقلة",
                "المتحدثة باسم الخارجية الصينية ماو نينغ",
            ),
            r(
                "Al Sharq",
                "2023-09-15",
                "الإجراءات الانفرادية تدخل فج في شؤون دول تتمتع بالسيادة",
                "ماو نينغ",
            ),
        ],
    ),
    statement(
        "f08",
        "Sergei Lavrov",
        "2023-10-19",
        "ru",
        "We will work on carrying out the summit's agreements in the coming days.",
        [
            r("RT Arabic", "2023-10-19", "سنعمل على تنفيذ اتفاقات القمة في الأيام القادمة", "لافروف"),
            r(
                "Al Ittihad",
                "2023-10-20",
                "سنشرع في تطبيق الاتفاقيات التي توصل إليها الزعيمان خلال الأيام القليلة المقبلة",
                "وزير الخارجية الروسي",
            ),
            r(
                "Hespress",
                "2023-10-20",
                "نعمل على تنفيذ ما اتفق عليه الزعيمان في القمة في غضون الأيام القليلة القادمة",
                "سيرغي لافروف",
            ),
        ],
    ),
    statement(
        "f09",
        "Maria Zakharova",
        "2023-09-13",
        "ru",
        "Our military cooperation with Pyongyang is aimed at no third country.",
        [
            r("Okaz", "2023-09-13", "تعاوننا العسكري مع بيونغ يانغ لا يستهدف أي طرف ثالث", "زاخاروفا"),
            r(
                "Euronews Arabic",
                "2023-09-14",
                "التعاون العسكري بين روسيا وكوريا الديمقراطية ليس موجها ضد أي دولة ثالثة",
                "الخارجية الروسية",
            ),
            r(
                "DW Arabic",
                "2023-09-14",
                "تعاوننا الحربي مع كوريا الشمالية لا يستهدف دولا ثالثة",
                "ماريا زاخاروفا",
            ),
        ],
    ),
]

NEAR_MISSES = [
    near_miss(
        "fn01",
        "Sergei Shoigu",
        "2023-09-16",
        "صواريخنا فرط الصوتية تهدد أي عدو يقترب من حدودنا",
        "f01",
        "Same tour and 'our hypersonic missiles', but a threat to any enemy near the borders, not distant targets hit precisely.",
    ),
    near_miss(
        "fn02",
        "Yuri Ushakov",
        "2023-09-13",
        "الرئيس بوتين انتقد الدعاية الغربية التي رافقت الزيارة إلى روسيا",
        "f02",
        "Same briefing, Putin and the visit, but the Western propaganda around it, not an invitation.",
    ),
    near_miss(
        "fn03",
        "Maria Zakharova",
        "2023-09-14",
        "تطوير التعاون بين الدول المستقلة حق سيادي لها، وعلى واشنطن ألا تتدخل في علاقات موسكو وبكين العسكرية والاقتصادية والثقافية",
        "f03",
        "Same briefing and the same opening sentence, but Washington told to keep out of Moscow's ties with Beijing, not the West's lectures.",
    ),
    near_miss(
        "fn04",
        "Antony Blinken",
        "2023-09-13",
        "نتابع عن كثب التدريبات العسكرية الكورية الشمالية قرب الحدود",
        "f04",
        "Same day and 'we are watching closely', but North Korea's drills near the border, not arms shipments after the visit.",
    ),
    near_miss(
        "fn05",
        "John Kirby",
        "2023-09-13",
        "نرى أن بيونغ يانغ تحتاج إلى الغذاء والوقود من روسيا",
        "f05",
        "Same briefing and 'we see', but Pyongyang's need of food and fuel, not Russia turning to it.",
    ),
    near_miss(
        "fn06",
        "Oleg Kozhemyako",
        "2023-09-12",
        "مصانع بريموري ستصنع قطع غيار للسفن الكورية الشمالية",
        "f06",
        "Same forum and 'Primorye's factories will make', but ship parts, not buses and doubled deliveries.",
    ),
    near_miss(
        "fn07",
        "Mao Ning",
        "2023-09-14",
        "العقوبات الأحادية لن تحل قضية شبه الجزيرة الكورية",
        "f07",
        "Same briefing and 'unilateral sanctions', but they will not solve the peninsula's issue, not interference.",
    ),
    near_miss(
        "fn08",
        "Sergei Lavrov",
        "2023-10-19",
        "سنعمل على تنفيذ اتفاقات السياحة مع بيونغ يانغ في العام المقبل",
        "f08",
        "Same press conference and 'we will work on carrying out the agreements', but tourism next year, not the summit's in the coming days.",
    ),
    near_miss(
        "fn09",
        "Maria Zakharova",
        "2023-09-13",
        "تعاوننا العسكري مع بيونغ يانغ يلتزم بالقانون الدولي",
        "f09",
        "Same briefing and 'our military cooperation with Pyongyang', but it keeps to international law, not aimed at no third country.",
    ),
]


def main() -> None:
    assert all(s["id"].startswith("f") and not s["id"].startswith("fn") for s in STATEMENTS)
    assert all(n["id"].startswith("fn") for n in NEAR_MISSES)
    write_statements_split(OUT, {"statements": STATEMENTS, "near_misses": NEAR_MISSES}, in_registry=True)


if __name__ == "__main__":
    main()
