# ruff: noqa: E501
"""Build corpus/gold/statements/holdout20.json (statements w01.., near misses wn01..), in the
format of corpus/gold/statements/holdout14.json.  All renderings are invented Arabic written for
this set, in the styles of holdout20's outlets: the first rendering of each statement is the
quote as one of holdout20's speaker texts prints it, the others are the same words as other
outlets of the split would carry them; the notes are in scripts/gold_holdout20/STATEMENTS.md.
Run: python3 scripts/gold_holdout20/build_statements.py"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_builder import ROOT, near_miss, registry, rendering, statement, write_statements_split  # noqa: E402

OUT = ROOT / "corpus" / "gold" / "statements" / "holdout20.json"
r = rendering

STATEMENTS = [
    statement(
        "w01",
        "Vladimir Putin",
        "2023-09-13",
        "ru",
        "At Vostochny, asked whether Russia will help the DPRK build satellites: yes, that is why we came here.",
        [
            r(
                "DMC News",
                "2023-09-13",
                "ستساعد كوريا الشمالية في بناء أقمار صناعية",
                "الرئيس الروسي فلاديمير بوتين",
            ),
            r("AJ+ Arabi", "2023-09-13", "لهذا أتينا إلى هنا، سنساعدهم في صناعة الأقمار الصناعية", "بوتين"),
            r(
                "Arab News Arabic",
                "2023-09-14",
                "سنساعد بيونغ يانغ على بناء أقمارها الصناعية، ولهذا جئنا إلى هذا المكان تحديدًا",
                "الرئيس الروسي",
            ),
            r(
                "Zawya Arabic",
                "2023-09-14",
                "روسيا ستدعم كوريا الشمالية في تصنيع أقمار صناعية",
                "سيد الكرملين",
            ),
        ],
    ),
    statement(
        "w02",
        "Kim Jong Un",
        "2023-09-13",
        "ko",
        "Banquet toast at Vostochny: to the health of President Putin and to the great victory of Russia.",
        [
            r(
                "Jazan News",
                "2023-09-14",
                "أشرب نخب صحة الرئيس بوتين، ونخب الانتصار العظيم لروسيا",
                "الزعيم الكوري الشمالي كيم جونغ أون",
            ),
            r("CBC Egypt", "2023-09-13", "أرفع كأسي لصحة الرئيس بوتين وللنصر العظيم لروسيا", "كيم جونج أون"),
            r("Al-Fajr", "2023-09-14", "نخب صحة بوتين ونخب انتصار روسيا العظيم", "كيم"),
            r(
                "Radio Oman",
                "2023-09-13",
                "أشرب نخب صحة الرئيس فلاديمير بوتين والنصر الكبير لروسيا الاتحادية",
                "الزعيم الكوري",
            ),
        ],
    ),
    statement(
        "w03",
        "Kremlin",
        "2023-09-11",
        "ru",
        "Announcement: at President Putin's invitation, Kim Jong Un will pay an official visit to Russia in the coming days.",
        [
            r("Ten TV", "2023-09-11", "سيقوم بزيارة رسمية إلى روسيا في الأيام المقبلة", "الكرملين"),
            r(
                "Akhbar Al-Kuwait",
                "2023-09-11",
                "الزعيم الكوري الشمالي سيزور روسيا رسميًا خلال الأيام القادمة",
                "الرئاسة الروسية",
            ),
            r(
                "Bahrain TV",
                "2023-09-12",
                "بدعوة من الرئيس فلاديمير بوتين، سيقوم كيم جونغ أون بزيارة رسمية لروسيا في الأيام المقبلة",
                "الكرملين في بيان",
            ),
            r(
                "Qatar Radio",
                "2023-09-11",
                "زيارة رسمية إلى الاتحاد الروسي في غضون الأيام القليلة القادمة",
                "موسكو",
            ),
        ],
    ),
    statement(
        "w04",
        "Dmitry Peskov",
        "2023-09-11",
        "ru",
        "There will be no press conferences at the end of Kim's visit.",
        [
            r(
                "Ten TV",
                "2023-09-11",
                "لن تكون هناك مؤتمرات صحفية في ختام الزيارة",
                "المتحدث باسم الكرملين دميتري بيسكوف",
            ),
            r("Zawya Arabic", "2023-09-12", "لن يعقد أي مؤتمر صحفي في نهاية الزيارة", "بيسكوف"),
            r(
                "DMC News",
                "2023-09-12",
                "لا نخطط لعقد مؤتمرات صحفية عند انتهاء الزيارة",
                "الناطق باسم الكرملين",
            ),
        ],
    ),
    statement(
        "w05",
        "Yuri Ushakov",
        "2023-09-12",
        "ru",
        "No agreements are planned to be signed during Kim Jong Un's visit.",
        [
            r(
                "Zawya Arabic",
                "2023-09-13",
                "لا توجد خطط لتوقيع أي اتفاقات",
                "يوري أوشاكوف، مساعد الرئيس الروسي للشؤون الخارجية",
            ),
            r("Arab News Arabic", "2023-09-12", "ليس من المقرر توقيع اتفاقيات خلال الزيارة", "أوشاكوف"),
            r("Al-Sabah", "2023-09-14", "لا نية لتوقيع أي وثائق", "مستشار الكرملين"),
            r(
                "Kuwait TV",
                "2023-09-12",
                "لم يتم التخطيط لتوقيع اتفاقيات بين الجانبين أثناء زيارة الزعيم الكوري",
                "مساعد بوتين",
            ),
        ],
    ),
    statement(
        "w06",
        "Hirokazu Matsuno",
        "2023-09-13",
        "ja",
        "Japan is watching closely whether the summit leads to a transfer of military technology.",
        [
            r(
                "Al-Fajr",
                "2023-09-13",
                "نراقب عن كثب ما إذا كانت ستؤدي إلى نقل تكنولوجيا عسكرية",
                "كبير أمناء مجلس الوزراء الياباني هيروكازو ماتسونو",
            ),
            r(
                "Forbes Middle East Arabic",
                "2023-09-14",
                "طوكيو تتابع بدقة احتمال أن تفضي القمة إلى نقل تقنيات عسكرية",
                "الحكومة اليابانية",
            ),
            r(
                "Lualua TV",
                "2023-09-13",
                "نتابع بانتباه شديد إن كانت المحادثات ستقود إلى نقل تكنولوجيا حربية",
                "كبير أمناء الحكومة اليابانية",
            ),
        ],
    ),
    statement(
        "w07",
        "Mao Ning",
        "2023-09-13",
        "zh",
        "The visit is a matter between Russia and the DPRK; China is not aware of the details.",
        [
            r(
                "Radio Oman",
                "2023-09-14",
                "شأن بين روسيا وكوريا الديمقراطية",
                "المتحدثة باسم وزارة الخارجية الصينية ماو نينغ",
            ),
            r(
                "Voice of Vietnam Arabic",
                "2023-09-13",
                "الزيارة شأن يخص البلدين، ولسنا على اطلاع على التفاصيل",
                "الخارجية الصينية",
            ),
            r(
                "Kazinform Arabic",
                "2023-09-14",
                "هذه زيارة بين روسيا وجمهورية كوريا الديمقراطية الشعبية، وهي شأن ثنائي بينهما",
                "ماو نينغ",
            ),
        ],
    ),
    statement(
        "w08",
        "John Kirby",
        "2023-09-13",
        "en",
        "The United States will not hesitate to impose additional sanctions on anyone who facilitates arms deals between Russia and North Korea.",
        [
            r(
                "Forbes Middle East Arabic",
                "2023-09-13",
                "لن تتردد في فرض عقوبات إضافية",
                "المتحدث باسم مجلس الأمن القومي الأمريكي جون كيربي",
            ),
            r(
                "Arabian Business",
                "2023-09-14",
                "لن نتردد في فرض مزيد من العقوبات على كل من يسهّل صفقات السلاح بين موسكو وبيونغ يانغ",
                "كيربي",
            ),
            r("Midan", "2023-09-15", "واشنطن لن تتوانى عن فرض عقوبات جديدة", "البيت الأبيض"),
            r(
                "Bahrain TV",
                "2023-09-14",
                "الولايات المتحدة لن تتردد في فرض عقوبات إضافية على أي جهة تسهل صفقات الأسلحة",
                "المتحدث باسم مجلس الأمن القومي الأمريكي",
            ),
        ],
    ),
    statement(
        "w09",
        "Sergei Shoigu",
        "2023-09-16",
        "ru",
        "At Knevichi, to Kim: these aircraft can carry cruise missiles over very long distances.",
        [
            r("Al-Sabah", "2023-09-17", "هذه الطائرات قادرة على حمل صواريخ مجنحة لمسافات بعيدة جدًا", "شويجو"),
            r(
                "Kazinform Arabic",
                "2023-09-16",
                "هذه القاذفات تستطيع حمل صواريخ كروز إلى مسافات بعيدة",
                "وزير الدفاع الروسي سيرغي شويغو",
            ),
            r("Hala FM", "2023-09-16", "بإمكان هذه الطائرات أن تحمل صواريخ مجنحة بعيدة المدى", "شويغو"),
        ],
    ),
    statement(
        "w10",
        "KCNA",
        "2023-09-14",
        "ko",
        "Kim Jong Un invited Putin to visit Pyongyang at a convenient time, and Putin accepted the invitation with pleasure.",
        [
            r(
                "Akhbar Al-Kuwait",
                "2023-09-14",
                "دعا الرئيس الروسي فلاديمير بوتين لزيارة بيونغ يانغ في وقت مناسب",
                "وسائل الإعلام الرسمية في كوريا الشمالية",
            ),
            r(
                "DMC News",
                "2023-09-14",
                "وجّه الزعيم كيم جونغ أون دعوة إلى بوتين لزيارة كوريا الديمقراطية في موعد مناسب، وقد قبلها بوتين بسرور",
                "الوكالة المركزية الكورية",
            ),
            r(
                "Sharjah TV",
                "2023-09-15",
                "بوتين قبل بكل سرور دعوة كيم لزيارة بيونغ يانغ",
                "وكالة الأنباء الكورية الشمالية",
            ),
            r(
                "Al-Yamamah",
                "2023-09-16",
                "الرئيس الروسي تلقى دعوة لزيارة بيونغ يانغ في الوقت الملائم وقبلها بسرور",
                "وسائل إعلام كورية شمالية",
            ),
        ],
    ),
    statement(
        "w11",
        "Sergei Lavrov",
        "2023-10-19",
        "ru",
        "In Pyongyang: Moscow and Pyongyang will work to carry out everything the two leaders agreed at the September summit.",
        [
            r(
                "ON",
                "2023-10-19",
                "ستعملان على تنفيذ كل ما اتفق عليه الزعيمان في قمة سبتمبر",
                "وزير الخارجية الروسي سيرجي لافروف",
            ),
            r(
                "Bahrain TV",
                "2023-10-19",
                "سنعمل على تطبيق جميع الاتفاقات التي توصل إليها الزعيمان في فوستوشني",
                "لافروف",
            ),
            r(
                "Kan Arabic",
                "2023-10-20",
                "موسكو وبيونغ يانغ ماضيتان في تنفيذ تفاهمات قمة أيلول",
                "وزير الخارجية الروسي",
            ),
            r(
                "Sharjah TV",
                "2023-10-20",
                "نعمل على تنفيذ ما اتفق عليه الرئيس بوتين والزعيم كيم جونغ أون الشهر الماضي",
                "رئيس الدبلوماسية الروسية",
            ),
        ],
    ),
    statement(
        "w12",
        "Maria Zakharova",
        "2023-09-14",
        "ru",
        "Japanese officials' remarks on the summit are blatant interference in the affairs of two sovereign states.",
        [
            r(
                "UzA Arabic",
                "2023-09-15",
                "تدخل سافر في شؤون دولتين ذواتي سيادة",
                "المتحدثة الرسمية باسم الخارجية الروسية ماريا زاخاروفا",
            ),
            r(
                "Lualua TV",
                "2023-09-14",
                "تصريحات طوكيو تدخل فج في الشؤون الداخلية لدولتين مستقلتين",
                "الخارجية الروسية",
            ),
            r(
                "Radio Sweden Arabic",
                "2023-09-15",
                "ما يقوله المسؤولون اليابانيون تدخل صارخ في شؤون دولتين تتمتعان بالسيادة",
                "زاخاروفا",
            ),
        ],
    ),
    statement(
        "w13",
        "Jens Stoltenberg",
        "2023-09-14",
        "en",
        "Cooperation between Moscow and Pyongyang threatens global security.",
        [
            r(
                "Qatar Radio",
                "2023-09-14",
                "التعاون بين موسكو وبيونغ يانغ يهدد الأمن العالمي",
                "الأمين العام لحلف شمال الأطلسي ينس ستولتنبرغ",
            ),
            r(
                "Radio Romania International Arabic",
                "2023-09-15",
                "تعاون روسيا وكوريا الشمالية خطر على أمن العالم بأسره",
                "الأمين العام للناتو",
            ),
            r(
                "Radio Sweden Arabic",
                "2023-09-14",
                "التقارب الروسي الكوري الشمالي تهديد للأمن الدولي",
                "ستولتنبرغ",
            ),
        ],
    ),
    statement(
        "w14",
        "Oleg Kozhemyako",
        "2023-09-12",
        "ru",
        "At the Eastern Economic Forum: Primorye intends to double its trade with North Korea within the next two years.",
        [
            r(
                "Arabian Business",
                "2023-09-13",
                "يعتزم مضاعفة حجم التبادل التجاري مع كوريا الشمالية خلال العامين المقبلين",
                "حاكم إقليم بريموري أوليغ كوجيمياكو",
            ),
            r(
                "Zawya Arabic",
                "2023-09-12",
                "نخطط لزيادة التجارة مع كوريا الديمقراطية إلى الضعف في غضون عامين",
                "كوجيمياكو",
            ),
            r(
                "Forbes Middle East Arabic",
                "2023-09-14",
                "الإقليم يسعى لمضاعفة تبادله التجاري مع بيونغ يانغ بحلول 2025",
                "حاكم بريموري",
            ),
        ],
    ),
    statement(
        "w15",
        "Nasser Kanaani",
        "2023-09-13",
        "fa",
        "Independent states have the right to build their relations free of Washington's dictates.",
        [
            r(
                "Lualua TV",
                "2023-09-13",
                "من حق الدول المستقلة أن تبني علاقاتها بعيدًا عن إملاءات واشنطن",
                "المتحدث باسم الخارجية الإيرانية ناصر كنعاني",
            ),
            r(
                "Al-Talia",
                "2023-09-15",
                "للدول ذات السيادة الحق في إقامة علاقاتها دون إملاءات أمريكية",
                "الخارجية الإيرانية",
            ),
            r(
                "Midan",
                "2023-09-14",
                "الدول المستقلة حرة في نسج علاقاتها بمعزل عن ضغوط الولايات المتحدة",
                "كنعاني",
            ),
        ],
    ),
]

NEAR_MISSES = [
    near_miss(
        "wn01",
        "Vladimir Putin",
        "2023-09-13",
        "الزعيم الكوري يبدي اهتمامًا كبيرًا بتكنولوجيا الصواريخ ويحاول تطوير قطاع الفضاء أيضًا",
        "w01",
        "The next sentence of the same answer: Kim's interest in rocket technology, not Russia's help with satellites.",
    ),
    near_miss(
        "wn02",
        "Kim Jong Un",
        "2023-09-13",
        "أشرب نخب الصداقة التي لا تتزعزع بين شعبينا ونخب جيشينا الباسلين",
        "w02",
        "A second toast at the same banquet, to the two peoples' friendship and armies, not to Putin's health and Russia's victory.",
    ),
    near_miss(
        "wn03",
        "Kremlin",
        "2023-09-11",
        "ستتضمن الزيارة محادثات رسمية في الأيام المقبلة ومأدبة غداء على شرف الضيف",
        "w03",
        "The same announcement day and 'in the coming days', but the programme of the visit, not the visit itself.",
    ),
    near_miss(
        "wn04",
        "Dmitry Peskov",
        "2023-09-11",
        "لن يتم توقيع أي وثائق في ختام الزيارة على الأرجح",
        "w04",
        "Same briefing and 'at the end of the visit', but no documents signed, not no press conferences.",
    ),
    near_miss(
        "wn05",
        "Yuri Ushakov",
        "2023-09-12",
        "سيتناول الزعيمان التعاون في مجالات عديدة، بما فيها المجالات الحساسة",
        "w05",
        "The same briefing: the subjects of the talks, not the absence of agreements.",
    ),
    near_miss(
        "wn06",
        "Hirokazu Matsuno",
        "2023-09-13",
        "نراقب عن كثب التحركات العسكرية لكوريا الشمالية بعد إطلاق الصاروخين الباليستيين صباح اليوم",
        "w06",
        "Same press conference and 'we are watching closely', but the two ballistic missiles fired that morning, not a transfer of technology.",
    ),
    near_miss(
        "wn07",
        "Mao Ning",
        "2023-09-13",
        "ليست لدي معلومات عن تفاصيل زيارة الرئيس بوتين المحتملة إلى الصين في تشرين الأول",
        "w07",
        "Same briefing and 'no details', but Putin's October visit to China, not Kim's visit to Russia.",
    ),
    near_miss(
        "wn08",
        "John Kirby",
        "2023-09-13",
        "لن نتردد في الرد على أي استفزاز كوري شمالي بالتنسيق مع حلفائنا في المنطقة",
        "w08",
        "Same briefing and 'we will not hesitate', but answering provocations with allies, not sanctions.",
    ),
    near_miss(
        "wn09",
        "Sergei Shoigu",
        "2023-09-16",
        "هذه الطائرات قادرة على التزود بالوقود في الجو والبقاء في الأجواء لساعات طويلة",
        "w09",
        "The same tour of the same bombers, but refuelling in the air, not carrying cruise missiles.",
    ),
    near_miss(
        "wn10",
        "KCNA",
        "2023-09-14",
        "الزعيمان اتفقا على تعزيز التعاون الاستراتيجي والتكتيكي في كل المجالات",
        "w10",
        "The next item of the same KCNA report: strategic and tactical cooperation, not the invitation.",
    ),
    near_miss(
        "wn11",
        "Sergei Lavrov",
        "2023-10-19",
        "سنعمل على تنفيذ ما اتفقنا عليه اليوم مع الوزيرة تشوي لتوسيع التبادل الثقافي والسياحي",
        "w11",
        "Same press conference and 'we will work to carry out what was agreed', but the ministers' agreement of that day on culture and tourism, not the summit's.",
    ),
    near_miss(
        "wn12",
        "Maria Zakharova",
        "2023-09-14",
        "على طوكيو أن تهتم بمشكلاتها مع مياه فوكوشيما بدلًا من إلقاء المحاضرات",
        "w12",
        "The next sentence of the same briefing: Fukushima's water, not interference.",
    ),
    near_miss(
        "wn13",
        "Jens Stoltenberg",
        "2023-09-14",
        "التعاون بين موسكو وطهران في مجال الطائرات المسيرة يهدد أمن أوروبا",
        "w13",
        "The same frame about another pair of countries (Russia and Iran, drones) and Europe's security.",
    ),
    near_miss(
        "wn14",
        "Oleg Kozhemyako",
        "2023-09-12",
        "الرحلات الجوية بين فلاديفوستوك وبيونغ يانغ ستزداد إلى رحلتين أسبوعيًا",
        "w14",
        "The same forum session: flights, not trade.",
    ),
    near_miss(
        "wn15",
        "Nasser Kanaani",
        "2023-09-13",
        "من حق إيران أن تطور قدراتها الدفاعية بعيدًا عن إملاءات واشنطن",
        "w15",
        "Same briefing and 'away from Washington's dictates', but Iran's defence, not other states' relations.",
    ),
]


def main() -> None:
    assert all(s["id"].startswith("w") and not s["id"].startswith("wn") for s in STATEMENTS)
    assert all(n["id"].startswith("wn") for n in NEAR_MISSES)
    actors, _ = registry()
    speakers = {actor["name_en"] for actor in actors} | {"KCNA"}
    assert all(s["speaker"] in speakers for s in STATEMENTS)
    # the outlets are holdout20's, which the registry does not know, so only speakers are checked
    write_statements_split(OUT, {"statements": STATEMENTS, "near_misses": NEAR_MISSES})


if __name__ == "__main__":
    main()
