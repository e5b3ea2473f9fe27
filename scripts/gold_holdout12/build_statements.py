# ruff: noqa: E501
"""Build corpus/gold/statements/holdout12.json (statements r01.., near misses rn01..), in the
format of corpus/gold/statements/holdout10.json.  All renderings are invented Arabic written for
this set, the way different outlets would carry one original: some copy one agency wire and
change a few words, others translate on their own; the notes are in
scripts/gold_holdout12/STATEMENTS.md.
Run: python3 scripts/gold_holdout12/build_statements.py"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_builder import ROOT, near_miss, rendering, statement, write_statements_split  # noqa: E402

OUT = ROOT / "corpus" / "gold" / "statements" / "holdout12.json"
r = rendering

STATEMENTS = [
    statement(
        "r01",
        "Dmitry Peskov",
        "2023-09-15",
        "ru",
        "Threats of new US sanctions over cooperation with the DPRK change nothing: Russia is already under so many sanctions that one more makes no difference.",
        [
            r(
                "RT Arabic",
                "2023-09-15",
                "روسيا تخضع أصلاً لكم هائل من العقوبات، ولن تغير أي عقوبات أمريكية جديدة بسبب تعاوننا مع كوريا الشمالية شيئاً",
                "المتحدث باسم الكرملين دميتري بيسكوف",
            ),
            r(
                "Al Mayadeen",
                "2023-09-15",
                "روسيا تخضع أصلاً لكم هائل من العقوبات، ولن تغير أية عقوبات أميركية جديدة بسبب تعاوننا مع كوريا الديمقراطية شيئاً",
                "بيسكوف",
            ),
            r(
                "Elnashra",
                "2023-09-15",
                "روسيا تخضع لكم هائل من العقوبات، ولن تغير أي عقوبات أمريكية جديدة بسبب التعاون مع كوريا الشمالية شيئا",
                "الكرملين",
            ),
            r(
                "Al Arabiya",
                "2023-09-16",
                "التهديد بعقوبات جديدة لن يغير شيئاً، فهناك الكثير من العقوبات المفروضة علينا بحيث لم يعد لعقوبة إضافية أي معنى",
                "ديمتري بيسكوف",
            ),
            r("Asharq Al-Awsat", "2023-09-16", "عقوبة إضافية واحدة لن تحدث أي فرق", "المتحدث باسم الكرملين"),
        ],
    ),
    statement(
        "r02",
        "Dmitry Peskov",
        "2023-10-19",
        "ru",
        "Lavrov's visit to Pyongyang continues the contacts agreed at the Vostochny summit; on his return Lavrov will report to Putin on its results.",
        [
            r(
                "RT Arabic",
                "2023-10-19",
                "زيارة لافروف إلى بيونغ يانغ استمرار للاتصالات التي اتُّفق عليها خلال قمة فوستوشني، وبعد عودته سيطلع الرئيس بوتين على نتائجها",
                "بيسكوف",
            ),
            r(
                "Sputnik Arabic",
                "2023-10-19",
                "زيارة وزير الخارجية إلى كوريا الشمالية تأتي في إطار مواصلة الاتصالات المتفق عليها في قمة فوستوتشني، وسيقدم لافروف تقريراً للرئيس عن نتائج الزيارة فور عودته",
                "المتحدث الرسمي باسم الكرملين ديمتري بيسكوف",
            ),
            r(
                "Al Ain News",
                "2023-10-20",
                "سيرفع لافروف تقريرا إلى بوتين حول نتائج محادثاته في بيونغيانغ",
                "الكرملين",
            ),
        ],
    ),
    statement(
        "r03",
        "Sergei Lavrov",
        "2023-10-19",
        "ru",
        "At the press conference in Pyongyang: Washington and its allies accuse us of arms deliveries without presenting a single piece of evidence; they are used to accusing without proof.",
        [
            r(
                "RT Arabic",
                "2023-10-19",
                "واشنطن وحلفاؤها يتهموننا بتوريد الأسلحة دون أن يقدموا دليلاً واحداً، لقد اعتادوا توجيه الاتهامات من غير إثباتات",
                "لافروف",
            ),
            r(
                "Al Mayadeen",
                "2023-10-19",
                "واشنطن وحلفاؤها يتهموننا بتوريد أسلحة من دون أن يقدموا دليلاً واحداً، فقد اعتادوا توجيه الاتهامات من غير إثباتات",
                "وزير الخارجية الروسي سيرغي لافروف",
            ),
            r(
                "Asharq Al-Awsat",
                "2023-10-20",
                "الأمريكيون وشركاؤهم لم يقدموا أي دليل على اتهاماتهم بشأن شحنات السلاح، وهذه عادتهم: الاتهام بلا برهان",
                "لافروف",
            ),
            r(
                "Al Quds Al Arabi",
                "2023-10-20",
                "الغرب اعتاد إطلاق الاتهامات دون أدلة",
                "وزير الخارجية الروسي",
            ),
        ],
    ),
    statement(
        "r04",
        "Sergei Lavrov",
        "2023-10-19",
        "ru",
        "We discussed resuming passenger rail traffic and regular flights between our countries, which were interrupted by the pandemic.",
        [
            r(
                "Sputnik Arabic",
                "2023-10-19",
                "ناقشنا استئناف حركة القطارات للركاب والرحلات الجوية المنتظمة بين بلدينا، والتي توقفت بسبب الجائحة",
                "لافروف",
            ),
            r(
                "Al Khaleej",
                "2023-10-20",
                "بحثنا إعادة تسيير قطارات الركاب وانتظام الرحلات الجوية بين روسيا وكوريا الشمالية بعد انقطاعها خلال جائحة كورونا",
                "سيرغي لافروف",
            ),
            r(
                "Al-Araby Al-Jadeed",
                "2023-10-20",
                "تم بحث استئناف الرحلات الجوية المنتظمة بين البلدين",
                "وزير الخارجية الروسي",
            ),
        ],
    ),
    statement(
        "r05",
        "Maria Zakharova",
        "2023-09-20",
        "ru",
        "The talk of North Korean arms supplies to Russia is a disinformation campaign that Western intelligence services feed to their media.",
        [
            r(
                "RT Arabic",
                "2023-09-20",
                "الحديث عن إمدادات أسلحة كورية شمالية لروسيا حملة تضليل تغذي بها أجهزة الاستخبارات الغربية وسائل إعلامها",
                "المتحدثة باسم الخارجية الروسية ماريا زاخاروفا",
            ),
            r(
                "Al Alam",
                "2023-09-20",
                "الحديث عن إمدادات أسلحة كورية شمالية لروسيا ما هو إلا حملة تضليل تغذي بها أجهزة المخابرات الغربية وسائل إعلامها",
                "زاخاروفا",
            ),
            r(
                "Al Mayadeen",
                "2023-09-21",
                "ما يُروَّج عن تزويد بيونغ يانغ موسكو بالسلاح حملة تضليلية تقف وراءها أجهزة الاستخبارات الغربية وتنشرها وسائل الإعلام التابعة لها",
                "ماريا زاخاروفا",
            ),
            r(
                "Independent Arabia",
                "2023-09-21",
                "المخابرات الغربية هي التي تغذي الإعلام بهذه الأكاذيب",
                "الخارجية الروسية",
            ),
        ],
    ),
    statement(
        "r06",
        "KCNA",
        "2023-09-18",
        "ko",
        "A farewell ceremony for Kim Jong Un was held at Artyom station on 17 September; Natural Resources Minister Alexander Kozlov and Primorye governor Oleg Kozhemyako saw him off.",
        [
            r(
                "Korean Central News Agency",
                "2023-09-18",
                "أقيمت مراسم توديع للرفيق كيم جونغ أون في محطة أرتيوم يوم 17 سبتمبر، حيث ودّعه وزير الموارد الطبيعية الروسي ألكسندر كوزلوف وحاكم إقليم بريمورسكي أوليغ كوجيمياكو",
                "وكالة الأنباء المركزية الكورية",
            ),
            r(
                "Al Mayadeen",
                "2023-09-18",
                "أقيمت مراسم توديع للرفيق كيم جونغ أون في محطة أرتيوم في 17 أيلول، وودّعه وزير الموارد الطبيعية الروسي ألكسندر كوزلوف وحاكم مقاطعة بريمورسكي أوليغ كوجيمياكو",
                "الوكالة الكورية المركزية",
            ),
            r(
                "Youm7",
                "2023-09-18",
                "جرت مراسم وداع الزعيم الكورى الشمالى فى محطة أرتيوم أمس الأحد بحضور وزير الموارد الطبيعية ألكسندر كوزلوف وحاكم بريموري أوليج كوجيمياكو",
                "وكالة الأنباء الكورية الشمالية",
            ),
            r(
                "Al Jazeera",
                "2023-09-19",
                "كوزلوف وكوجيمياكو كانا في وداع كيم بمحطة أرتيوم",
                "وسائل الإعلام الرسمية في كوريا الشمالية",
            ),
        ],
    ),
    statement(
        "r07",
        "KCNA",
        "2023-10-20",
        "ko",
        "Foreign Minister Choe Son Hui and Russian Foreign Minister Sergei Lavrov signed a plan of exchanges between the two foreign ministries for 2024-2025.",
        [
            r(
                "Korean Central News Agency",
                "2023-10-20",
                "وقعت وزيرة الخارجية تشوي سون هوي ووزير الخارجية الروسي سيرغي لافروف على خطة التبادل بين وزارتي خارجية البلدين للفترة 2024-2025",
                "وكالة الأنباء المركزية الكورية",
            ),
            r(
                "Al Alam",
                "2023-10-20",
                "وقّعت وزيرة الخارجية الكورية الديمقراطية تشوي سون هوي ونظيرها الروسي سيرغي لافروف خطة التبادل بين وزارتي خارجية البلدين للفترة 2024-2025",
                "وكالة الأنباء المركزية الكورية",
            ),
            r(
                "Al Arabiya",
                "2023-10-20",
                "وقع لافروف وتشوي سون هي خطة للتبادلات بين الوزارتين لعامي ٢٠٢٤ و٢٠٢٥",
                "وسائل الإعلام الرسمية الكورية الشمالية",
            ),
            r(
                "Al Ittihad",
                "2023-10-21",
                "وزيرا خارجية البلدين وقعا على برنامج للتبادل بين الوزارتين يغطي العامين المقبلين",
                "وكالة الأنباء الكورية الشمالية الرسمية",
            ),
        ],
    ),
    statement(
        "r08",
        "John Kirby",
        "2023-09-15",
        "en",
        "Kim's visit to a plant that builds Russian fighter jets tells you a lot about where this relationship is going: it is increasingly a military one.",
        [
            r(
                "Alhurra",
                "2023-09-15",
                "زيارة كيم لمصنع ينتج الطائرات المقاتلة الروسية تخبرك الكثير عن الاتجاه الذي تسير فيه هذه العلاقة، فهي تتحول أكثر فأكثر إلى علاقة عسكرية",
                "المتحدث باسم مجلس الأمن القومي الأمريكي جون كيربي",
            ),
            r(
                "Radio Sawa",
                "2023-09-15",
                "زيارة كيم لمصنع ينتج المقاتلات الروسية تخبرنا الكثير عن الاتجاه الذي تسير فيه هذه العلاقة، فهي تتحول أكثر فأكثر إلى علاقة عسكرية",
                "جون كيربي",
            ),
            r(
                "Al Jazeera",
                "2023-09-16",
                "توجه الزعيم الكوري الشمالي إلى مصنع للطائرات الحربية دليل واضح على وجهة العلاقات بين موسكو وبيونغ يانغ، التي يغلب عليها الطابع العسكري بشكل متزايد",
                "البيت الأبيض",
            ),
            r("CNN Arabic", "2023-09-16", "العلاقة أصبحت عسكرية بشكل متزايد", "كيربي"),
        ],
    ),
    statement(
        "r09",
        "Antony Blinken",
        "2023-09-20",
        "en",
        "At the Security Council: a permanent member of this Council is seeking weapons from North Korea, which it itself voted to put under sanctions, to wage its war of aggression.",
        [
            r(
                "Alhurra",
                "2023-09-20",
                "عضو دائم في هذا المجلس يسعى للحصول على أسلحة من كوريا الشمالية، التي صوّت هو نفسه لفرض عقوبات عليها، من أجل شن حربه العدوانية",
                "وزير الخارجية الأمريكي أنتوني بلينكن",
            ),
            r(
                "Al Arabiya",
                "2023-09-21",
                "دولة دائمة العضوية في مجلس الأمن تطلب السلاح من بيونغ يانغ لحربها العدوانية، رغم أنها صوتت بنفسها على معاقبتها",
                "بلينكن",
            ),
            r(
                "Euronews Arabic",
                "2023-09-21",
                "روسيا صوتت على العقوبات ضد كوريا الشمالية ثم ذهبت تطلب منها الأسلحة",
                "وزير الخارجية الأميركي",
            ),
        ],
    ),
    statement(
        "r10",
        "Matthew Miller",
        "2023-10-19",
        "en",
        "Lavrov's trip comes days after we revealed that North Korea has delivered more than 1,000 containers of military equipment and munitions to Russia.",
        [
            r(
                "Alhurra",
                "2023-10-19",
                "تأتي زيارة لافروف بعد أيام من كشفنا أن كوريا الشمالية سلمت روسيا أكثر من ألف حاوية من المعدات العسكرية والذخائر",
                "المتحدث باسم وزارة الخارجية الأمريكية ماثيو ميلر",
            ),
            r(
                "Radio Sawa",
                "2023-10-19",
                "تأتي زيارة لافروف بعد أيام من كشفنا أن كوريا الشمالية سلّمت روسيا ما يزيد عن ألف حاوية من المعدات العسكرية والذخيرة",
                "ماثيو ميلر",
            ),
            r(
                "Al Hadath",
                "2023-10-20",
                "رحلة لافروف جاءت بعد أيام فقط من إعلاننا أن بيونغ يانغ أرسلت إلى موسكو ما يزيد على 1000 حاوية من العتاد العسكري والذخيرة",
                "الخارجية الأمريكية",
            ),
            r(
                "Asharq News",
                "2023-10-20",
                "كوريا الشمالية زودت روسيا بأكثر من ١٠٠٠ حاوية من المعدات العسكرية والذخائر",
                "ميلر",
            ),
        ],
    ),
    statement(
        "r11",
        "Wang Wenbin",
        "2023-09-18",
        "zh",
        "Asked whether Kim Jong Un will visit China: China and the DPRK have a fine tradition of high-level exchanges; I have no information to release at the moment.",
        [
            r(
                "CGTN Arabic",
                "2023-09-18",
                "تتمتع الصين وجمهورية كوريا الديمقراطية الشعبية بتقليد جيد في التبادلات رفيعة المستوى، وليس لدي أي معلومات أقدمها في الوقت الحالي",
                "المتحدث باسم وزارة الخارجية الصينية وانغ وين بين",
            ),
            r(
                "China Radio International Arabic",
                "2023-09-18",
                "تتمتع الصين وكوريا الديمقراطية بتقليد طيب من التبادلات رفيعة المستوى، وليست لدي معلومات أقدمها حالياً",
                "وانغ ون بين",
            ),
            r(
                "Al Jazeera",
                "2023-09-19",
                "ليس لدي ما أعلنه بشأن زيارة محتملة، لكن بكين وبيونغ يانغ اعتادتا تبادل الزيارات على أعلى مستوى",
                "الخارجية الصينية",
            ),
        ],
    ),
    statement(
        "r12",
        "Yoon Suk Yeol",
        "2023-09-19",
        "ko",
        "Military cooperation between Russia and North Korea will only strengthen the trilateral cooperation of South Korea, the United States and Japan.",
        [
            r(
                "Yonhap",
                "2023-09-19",
                "التعاون العسكري بين روسيا وكوريا الشمالية لن يؤدي إلا إلى تعزيز التعاون الثلاثي بين كوريا الجنوبية والولايات المتحدة واليابان",
                "الرئيس الكوري الجنوبي يون سوك يول",
            ),
            r(
                "KBS World Radio Arabic",
                "2023-09-19",
                "التعاون العسكري بين روسيا وكوريا الشمالية لن يؤدي إلا إلى تعزيز التعاون الثلاثي بين سيول وواشنطن وطوكيو",
                "الرئيس يون سوك-يول",
            ),
            r(
                "Al Ain News",
                "2023-09-20",
                "كلما تعمّق التعاون العسكري بين بيونغيانغ وموسكو، توطدت الشراكة الثلاثية بين سيئول وواشنطن وطوكيو",
                "يون سوك يول",
            ),
            r(
                "Asharq Al-Awsat",
                "2023-09-20",
                "التقارب العسكري الروسي الكوري الشمالي سيقوي التعاون بين الدول الثلاث",
                "الرئيس الكوري الجنوبي",
            ),
        ],
    ),
    statement(
        "r13",
        "Koo Byoung-sam",
        "2023-09-18",
        "ko",
        "The drones and the bulletproof vest given to Kim as gifts could violate Security Council sanctions that ban transfers of military items to the North.",
        [
            r(
                "Yonhap",
                "2023-09-18",
                "الطائرات المسيرة والسترة الواقية من الرصاص التي أهديت لكيم قد تنتهك عقوبات مجلس الأمن التي تحظر نقل المواد العسكرية إلى الشمال",
                "المتحدث باسم وزارة الوحدة الكورية الجنوبية كو بيونغ سام",
            ),
            r(
                "KBS World Radio Arabic",
                "2023-09-18",
                "إهداء كيم مسيّرات وسترة مضادة للرصاص قد يشكل خرقاً لقرارات مجلس الأمن الدولي التي تمنع تزويد كوريا الشمالية بأي معدات عسكرية",
                "وزارة الوحدة",
            ),
            r("Sky News Arabia", "2023-09-19", "الهدايا الروسية لكيم قد تنتهك العقوبات الأممية", "سيول"),
        ],
    ),
    statement(
        "r14",
        "Maria Zakharova",
        "2023-10-18",
        "ru",
        "Lavrov is paying an official visit to the DPRK on 18-19 October; the talks will cover bilateral cooperation and the situation on the Korean peninsula and in Northeast Asia.",
        [
            r(
                "Sputnik Arabic",
                "2023-10-18",
                "يقوم وزير الخارجية سيرغي لافروف بزيارة رسمية إلى جمهورية كوريا الديمقراطية الشعبية يومي 18 و19 أكتوبر، وستتناول المحادثات التعاون الثنائي والوضع في شبه الجزيرة الكورية وشمال شرق آسيا",
                "المتحدثة باسم الخارجية الروسية ماريا زاخاروفا",
            ),
            r(
                "RT Arabic",
                "2023-10-18",
                "يقوم وزير الخارجية سيرغي لافروف بزيارة رسمية إلى كوريا الديمقراطية يومي 18 و19 أكتوبر، وستتناول المباحثات التعاون الثنائي والوضع في شبه الجزيرة الكورية ومنطقة شمال شرق آسيا",
                "زاخاروفا",
            ),
            r(
                "Al Mayadeen",
                "2023-10-18",
                "المحادثات في بيونغ يانغ ستبحث العلاقات الثنائية والأوضاع في شبه الجزيرة الكورية",
                "الخارجية الروسية",
            ),
            r(
                "Al-Ahram",
                "2023-10-18",
                "لافروف يزور كوريا الشمالية اليوم وغدا فى زيارة رسمية",
                "ماريا زاخاروفا",
            ),
        ],
    ),
]

NEAR_MISSES = [
    near_miss(
        "rn01",
        "Dmitry Peskov",
        "2023-09-15",
        "روسيا تخضع لكم هائل من العقوبات، لكن اقتصادنا تكيف معها ويواصل النمو",
        "r01",
        "Same briefing and the same 'Russia is under a huge amount of sanctions', but the economy has adapted and keeps growing, not new US sanctions over the DPRK changing nothing.",
    ),
    near_miss(
        "rn02",
        "Dmitry Peskov",
        "2023-10-19",
        "زيارة لافروف إلى بيونغ يانغ لا علاقة لها بزيارة الرئيس بوتين إلى الصين، فهما حدثان منفصلان",
        "r02",
        "Same day and the same 'Lavrov's visit to Pyongyang' and 'President Putin', but no link with Putin's trip to China, not the summit's contacts and Lavrov's report.",
    ),
    near_miss(
        "rn03",
        "Sergei Lavrov",
        "2023-10-19",
        "واشنطن وحلفاؤها يتهمون بيونغ يانغ بزعزعة الاستقرار، في حين أنهم هم من يجرون المناورات قرب حدودها",
        "r03",
        "Same press conference and the same 'Washington and its allies accuse', but of destabilising the region while they hold the exercises, not arms deliveries without evidence.",
    ),
    near_miss(
        "rn04",
        "Sergei Lavrov",
        "2023-10-19",
        "ناقشنا استئناف التبادل الطلابي بين جامعات بلدينا، وزيادة عدد الطلاب الكوريين في الجامعات الروسية",
        "r04",
        "Same talks and the same 'we discussed resuming ... between our countries', but student exchanges, not trains and flights.",
    ),
    near_miss(
        "rn05",
        "Maria Zakharova",
        "2023-09-20",
        "الحديث عن تهديد روسي لدول البلطيق حملة تضليل أخرى تغذيها العواصم الغربية لتبرير زيادة إنفاقها العسكري",
        "r05",
        "Same briefing and the same 'the talk of ... is a disinformation campaign fed by the West', but a Russian threat to the Baltic states, not North Korean arms.",
    ),
    near_miss(
        "rn06",
        "KCNA",
        "2023-09-18",
        "اصطف سكان محطة أرتيوم يوم 17 سبتمبر على جانبي الرصيف ملوّحين بالأعلام لتحية الرفيق كيم جونغ أون",
        "r06",
        "The same KCNA report, station and day, but residents waving flags along the platform, not the two officials seeing Kim off.",
    ),
    near_miss(
        "rn07",
        "KCNA",
        "2023-10-20",
        "أقامت وزيرة الخارجية تشوي سون هوي مأدبة على شرف وزير الخارجية الروسي سيرغي لافروف والوفد المرافق له",
        "r07",
        "The same KCNA report and the same two ministers named alike, but Choe's banquet for Lavrov, not the signing of the exchange plan.",
    ),
    near_miss(
        "rn08",
        "John Kirby",
        "2023-09-15",
        "زيارة كيم لمصنع الطائرات لا تعني بالضرورة أن صفقة قد أبرمت، فنحن لم نر حتى الآن أي دليل على ذلك",
        "r08",
        "Same briefing and the same visit to the aircraft plant, but no evidence yet of a concluded deal, not the relationship turning military.",
    ),
    near_miss(
        "rn09",
        "Antony Blinken",
        "2023-09-20",
        "عضو دائم في هذا المجلس يقصف موانئ الحبوب الأوكرانية ويعرّض الأمن الغذائي العالمي للخطر",
        "r09",
        "Same Council session and the same 'a permanent member of this Council', but bombing Ukraine's grain ports, not seeking North Korean weapons.",
    ),
    near_miss(
        "rn10",
        "Matthew Miller",
        "2023-10-19",
        "في المقابل تسعى كوريا الشمالية للحصول من روسيا على طائرات مقاتلة وصواريخ أرض-جو ومعدات عسكرية أخرى",
        "r10",
        "Same briefing and the same 'military equipment' between the two countries, but what Pyongyang seeks in return, not the containers it delivered.",
    ),
    near_miss(
        "rn11",
        "Wang Wenbin",
        "2023-09-18",
        "تتمتع الصين وروسيا بتقليد جيد في التبادلات رفيعة المستوى، وسنصدر المعلومات بشأن زيارة وانغ يي إلى روسيا في الوقت المناسب",
        "r11",
        "Same briefing and the same 'a fine tradition of high-level exchanges', but China and Russia and Wang Yi's trip to Moscow, not a Kim visit to China.",
    ),
    near_miss(
        "rn12",
        "Yoon Suk Yeol",
        "2023-09-19",
        "التعاون الثلاثي بين كوريا الجنوبية والولايات المتحدة واليابان سيمتد إلى سلاسل الإمداد والتكنولوجيا المتقدمة",
        "r12",
        "Same day and the same 'trilateral cooperation of South Korea, the United States and Japan', but extending it to supply chains and technology, not Russia-North Korea ties strengthening it.",
    ),
    near_miss(
        "rn13",
        "Maria Zakharova",
        "2023-10-18",
        "يقوم نائب وزير الخارجية أندريه رودينكو بزيارة إلى بكين، وستتناول المشاورات الوضع في شبه الجزيرة الكورية",
        "r14",
        "Same briefing and the same 'is paying a visit ... the talks will cover the situation on the Korean peninsula', but Rudenko's consultations in Beijing, not Lavrov's visit to the DPRK.",
    ),
]


def main() -> None:
    assert all(s["id"].startswith("r") and not s["id"].startswith("rn") for s in STATEMENTS)
    assert all(n["id"].startswith("rn") for n in NEAR_MISSES)
    write_statements_split(OUT, {"statements": STATEMENTS, "near_misses": NEAR_MISSES}, in_registry=True)


if __name__ == "__main__":
    main()
