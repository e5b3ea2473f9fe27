# ruff: noqa: E501
"""Build corpus/gold/statements/holdout13.json (statements t01.., near misses tn01..), in the
format of corpus/gold/statements/holdout10.json.  All renderings are invented Arabic written for
this set, the way different outlets would carry one original on 12-15 September 2023: most copy
one agency's Arabic wire (RT Arabic, Sputnik Arabic, AFP, Reuters, Anadolu, MENA, Yonhap, KCNA)
and change a few words, others translate on their own; the notes are in
scripts/gold_holdout13/STATEMENTS.md.
Run: python3 scripts/gold_holdout13/build_statements.py"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_builder import ROOT, near_miss, rendering, statement, write_statements_split  # noqa: E402

OUT = ROOT / "corpus" / "gold" / "statements" / "holdout13.json"
r = rendering

STATEMENTS = [
    statement(
        "t01",
        "Vladimir Putin",
        "2023-09-13",
        "ru",
        "Opening the talks: let me congratulate you on the 75th anniversary of the founding of the DPRK, marked a few days ago; I wish the Korean people success and prosperity.",
        [
            r(
                "RT Arabic",
                "2023-09-13",
                "اسمحوا لي أن أهنئكم بالذكرى الـ75 لتأسيس جمهورية كوريا الديمقراطية الشعبية التي احتفلتم بها قبل أيام، وأتمنى للشعب الكوري النجاح والازدهار",
                "الرئيس الروسي فلاديمير بوتين",
            ),
            r(
                "Al Mayadeen",
                "2023-09-13",
                "اسمحوا لي أن أهنئكم بالذكرى الخامسة والسبعين لتأسيس جمهورية كوريا الديمقراطية الشعبية التي احتفلتم بها منذ أيام، وأتمنى للشعب الكوري التقدم والازدهار",
                "بوتين",
            ),
            r(
                "Sputnik Arabic",
                "2023-09-13",
                "أود أن أهنئكم بمرور ٧٥ عاماً على قيام كوريا الشمالية، وهي المناسبة التي جرى الاحتفال بها مؤخراً، وأتمنى للشعب الكوري الصديق كل النجاح والرخاء",
                "بوتين مخاطباً ضيفه",
            ),
            r(
                "Al Arabiya",
                "2023-09-14",
                "أهنئكم بالذكرى 75 لتأسيس بلدكم",
                "بوتين",
            ),
        ],
    ),
    statement(
        "t02",
        "Vladimir Putin",
        "2023-09-13",
        "ru",
        "At the official lunch: we held substantive talks today and frankly exchanged views on bilateral relations and the situation in the region; I am sure this meeting will give a good impulse to our cooperation.",
        [
            r(
                "Sputnik Arabic",
                "2023-09-13",
                "أجرينا اليوم محادثات موضوعية وتبادلنا الآراء بصراحة حول العلاقات الثنائية والوضع في المنطقة، وأنا على يقين بأن هذا اللقاء سيعطي دفعة جيدة لتعاوننا",
                "الرئيس الروسي فلاديمير بوتين",
            ),
            r(
                "Al Alam",
                "2023-09-13",
                "أجرينا اليوم محادثات مثمرة وتبادلنا الآراء بصراحة حول العلاقات الثنائية والأوضاع في المنطقة، وأنا على يقين بأن هذا اللقاء سيعطي دفعة قوية لتعاوننا",
                "بوتين",
            ),
            r(
                "Asharq News",
                "2023-09-14",
                "واثق من أن هذه القمة ستمنح التعاون بين البلدين زخماً جديداً",
                "سيد الكرملين",
            ),
        ],
    ),
    statement(
        "t03",
        "Kim Jong Un",
        "2023-09-13",
        "ko",
        "At the official lunch: I am convinced that the Russian army and people will certainly win a great victory in the sacred struggle to punish the evil forces that pursue hegemony and expansion.",
        [
            r(
                "RT Arabic",
                "2023-09-13",
                "أنا على قناعة بأن الجيش الروسي والشعب الروسي سيحققان بالتأكيد نصراً عظيماً في النضال المقدس لمعاقبة قوى الشر الساعية إلى الهيمنة والتوسع",
                "الزعيم الكوري الشمالي كيم جونغ أون",
            ),
            r(
                "Al Mayadeen",
                "2023-09-13",
                "أنا على قناعة بأن الجيش والشعب الروسيين سيحققان حتماً نصراً عظيماً في النضال المقدس لمعاقبة قوى الشر الساعية للهيمنة والتوسع",
                "كيم جونغ أون",
            ),
            r(
                "France 24 Arabic",
                "2023-09-14",
                "واثق من أن الجيش والشعب الروسي سينتصران انتصاراً كبيراً في المعركة المقدسة لمعاقبة مجموعة الشر التي تسعى إلى الهيمنة والتوسع",
                "كيم",
            ),
            r(
                "Al Quds Al Arabi",
                "2023-09-14",
                "واثق من أن الجيش والشعب الروسيين سينتصران انتصارا كبيرا في المعركة المقدسة لمعاقبة مجموعة الشر الساعية إلى الهيمنة والتوسع",
                "الزعيم الكوري الشمالي",
            ),
            r(
                "Al Jazeera",
                "2023-09-14",
                "الجيش الروسي سينتصر حتما على قوى الشر",
                "كيم جونغ أون",
            ),
        ],
    ),
    statement(
        "t04",
        "KCNA",
        "2023-09-14",
        "ko",
        "On 13 September President Putin gave a reception in honour of Kim Jong Un at the Vostochny cosmodrome; the two leaders made speeches, and the reception passed in a warm atmosphere full of friendship.",
        [
            r(
                "Al Mayadeen",
                "2023-09-14",
                "أقام الرئيس فلاديمير بوتين في 13 أيلول مأدبة تكريماً للرفيق كيم جونغ أون في قاعدة فوستوتشني الفضائية، وألقى الزعيمان كلمتين، وسادت المأدبة أجواء دافئة مفعمة بالصداقة",
                "وكالة الأنباء المركزية الكورية",
            ),
            r(
                "Al Alam",
                "2023-09-14",
                "أقام الرئيس فلاديمير بوتين في 13 أيلول مأدبة على شرف الرفيق كيم جونغ أون في قاعدة فوستوتشني الفضائية، وألقى الزعيمان كلمتين، وجرت المأدبة في أجواء دافئة مفعمة بالصداقة",
                "الوكالة الكورية المركزية",
            ),
            r(
                "Youm7",
                "2023-09-15",
                "بوتين أقام حفل استقبال على شرف كيم جونج أون فى قاعدة فوستوشنى الفضائية، تبادل خلاله الزعيمان الكلمات فى جو ودى",
                "وكالة الأنباء المركزية الكورية الشمالية",
            ),
            r(
                "Al Jazeera",
                "2023-09-14",
                "جرت المأدبة في أجواء حميمية وودية",
                "وسائل الإعلام الرسمية في كوريا الشمالية",
            ),
        ],
    ),
    statement(
        "t05",
        "KCNA",
        "2023-09-14",
        "ko",
        "Kim Jong Un was accompanied on the visit by Choe Son Hui, Pak Jong Chon, Ri Pyong Chol, Jo Chun Ryong and Kang Sun Nam.",
        [
            r(
                "Al Mayadeen",
                "2023-09-14",
                "رافق الرفيق كيم جونغ أون في زيارته كل من تشوي سون هوي وباك جونغ تشون وري بيونغ تشول وجو تشون ريونغ وكانغ سون نام",
                "وكالة الأنباء المركزية الكورية",
            ),
            r(
                "Al Alam",
                "2023-09-14",
                "رافق الرفيق كيم جونغ أون في زيارته كل من وزيرة الخارجية تشوي سون هوي وباك جونغ تشون وري بيونغ تشول وجو تشون ريونغ ووزير الدفاع كانغ سون نام",
                "وكالة الأنباء الكورية الرسمية",
            ),
            r(
                "Youm7",
                "2023-09-15",
                "يرافق كيم جونج أون فى الزيارة وزير الدفاع كانج سون نام ووزيرة الخارجية تشوى سون هى، إلى جانب باك جونج تشون وري بيونج تشول وجو تشون ريونج",
                "وكالة الأنباء الكورية الشمالية",
            ),
        ],
    ),
    statement(
        "t06",
        "Dmitry Peskov",
        "2023-09-13",
        "ru",
        "Asked about North Korea's missile launch that morning: we have no comment on the launch; it does not affect the programme of the visit in any way.",
        [
            r(
                "RT Arabic",
                "2023-09-13",
                "لا تعليق لدينا على عملية الإطلاق، وهي لا تؤثر بأي شكل على برنامج الزيارة",
                "المتحدث باسم الكرملين دميتري بيسكوف",
            ),
            r(
                "Elnashra",
                "2023-09-13",
                "لا تعليق لدينا على عملية الإطلاق، وهي لا تؤثر بأي حال من الأحوال على برنامج الزيارة",
                "بيسكوف",
            ),
            r(
                "Annahar",
                "2023-09-13",
                "ليس لدينا أي تعليق على إطلاق الصاروخين، ولا علاقة لذلك ببرنامج الزيارة",
                "الكرملين",
            ),
            r(
                "Al Quds Al Arabi",
                "2023-09-14",
                "ليس لدينا تعليق على إطلاق الصاروخين، ولا علاقة لذلك ببرنامج زيارة الزعيم الكوري",
                "الناطق باسم الكرملين",
            ),
        ],
    ),
    statement(
        "t07",
        "Dmitry Peskov",
        "2023-09-12",
        "ru",
        "No joint press conference or statements to the press are planned after the talks between Putin and Kim Jong Un.",
        [
            r(
                "Sputnik Arabic",
                "2023-09-12",
                "لا يُخطط لعقد مؤتمر صحفي مشترك أو الإدلاء ببيانات صحفية في أعقاب المحادثات بين بوتين وكيم جونغ أون",
                "المتحدث الرسمي باسم الكرملين دميتري بيسكوف",
            ),
            r(
                "Al Alam",
                "2023-09-12",
                "لا يخطط لعقد مؤتمر صحفي مشترك أو الإدلاء بتصريحات صحفية عقب المحادثات بين بوتين وكيم جونغ أون",
                "بيسكوف",
            ),
            r(
                "Al-Ahram",
                "2023-09-13",
                "ليس من المقرر أن يعقد الزعيمان مؤتمرا صحفيا أو يدليا بتصريحات للصحفيين بعد انتهاء محادثاتهما",
                "ديمترى بيسكوف المتحدث باسم الكرملين",
            ),
            r(
                "Masrawy",
                "2023-09-13",
                "ليس من المقرر أن يعقد الزعيمان مؤتمرا صحفيا أو يدليا بتصريحات للصحفيين بعد انتهاء المحادثات",
                "المتحدث باسم الكرملين",
            ),
        ],
    ),
    statement(
        "t08",
        "Sergei Lavrov",
        "2023-09-13",
        "ru",
        "At Vostochny: the Security Council sanctions on the DPRK were imposed in a completely different situation, and since then the West has blocked every Russian and Chinese proposal to ease them on humanitarian grounds.",
        [
            r(
                "RT Arabic",
                "2023-09-13",
                "عقوبات مجلس الأمن ضد كوريا الشمالية فُرضت في ظروف مختلفة تماماً، ومنذ ذلك الحين عرقل الغرب كل المقترحات الروسية والصينية لتخفيفها لأسباب إنسانية",
                "وزير الخارجية الروسي سيرغي لافروف",
            ),
            r(
                "Al Mayadeen",
                "2023-09-13",
                "عقوبات مجلس الأمن على كوريا الديمقراطية فرضت في ظروف مختلفة كلياً، ومنذ ذلك الحين عرقل الغرب كل المقترحات الروسية والصينية لتخفيفها لاعتبارات إنسانية",
                "لافروف",
            ),
            r(
                "Anadolu Agency",
                "2023-09-14",
                "العقوبات الأممية المفروضة على بيونغ يانغ اعتُمدت في وضع جيوسياسي مغاير، والدول الغربية تعطل أي مبادرة لتخفيفها",
                "لافروف",
            ),
            r(
                "Al-Araby Al-Jadeed",
                "2023-09-14",
                "الغربيون أفشلوا جميع مساعي موسكو وبكين لرفع جزء من القيود عن الشعب الكوري",
                "وزير الخارجية الروسي",
            ),
        ],
    ),
    statement(
        "t09",
        "Adrienne Watson",
        "2023-09-13",
        "en",
        "The United States condemns the DPRK's ballistic missile launch, which violates multiple Security Council resolutions and poses a threat to its neighbours.",
        [
            r(
                "Alhurra",
                "2023-09-13",
                "تدين الولايات المتحدة إطلاق جمهورية كوريا الديمقراطية الشعبية صواريخ باليستية، وهو ما ينتهك قرارات عدة لمجلس الأمن الدولي ويشكل تهديداً لجيرانها",
                "المتحدثة باسم مجلس الأمن القومي الأمريكي أدريان واتسون",
            ),
            r(
                "Radio Sawa",
                "2023-09-13",
                "تدين الولايات المتحدة إطلاق كوريا الشمالية صواريخ باليستية، وهو ما ينتهك قرارات عديدة لمجلس الأمن الدولي ويشكل تهديدا لجيرانها",
                "واتسون",
            ),
            r(
                "Al Khaleej",
                "2023-09-14",
                "واشنطن تدين عملية الإطلاق التي تمثل انتهاكاً لعدد من قرارات مجلس الأمن وتهدد دول الجوار",
                "البيت الأبيض",
            ),
            r(
                "Akhbar Al Khaleej",
                "2023-09-14",
                "واشنطن تدين عملية الإطلاق التي تمثل انتهاكا لعدد من قرارات مجلس الأمن وتهدد الدول المجاورة",
                "متحدثة باسم البيت الأبيض",
            ),
        ],
    ),
    statement(
        "t10",
        "John Kirby",
        "2023-09-13",
        "en",
        "We don't expect any arms deal between Russia and North Korea to be announced publicly; these things are usually done quietly.",
        [
            r(
                "Al Arabiya",
                "2023-09-13",
                "لا نتوقع أن يُعلَن علناً عن أي صفقة أسلحة بين روسيا وكوريا الشمالية، فمثل هذه الأمور تتم عادة بعيداً عن الأضواء",
                "جون كيربي",
            ),
            r(
                "France 24 Arabic",
                "2023-09-13",
                "لا نتوقع أن يتم الإعلان عن أي صفقة أسلحة بين البلدين بشكل علني، فهذه الصفقات تجري عادة بصمت",
                "منسق الاتصالات الاستراتيجية في مجلس الأمن القومي جون كيربي",
            ),
            r(
                "Al Ittihad",
                "2023-09-14",
                "لا نتوقع أن يتم الإعلان بشكل علني عن أي صفقة أسلحة بين البلدين، إذ تجري هذه الصفقات عادة بصمت",
                "كيربي",
            ),
            r(
                "Asharq Al-Awsat",
                "2023-09-14",
                "هذه الأمور تجري في العادة بهدوء",
                "مسؤول في البيت الأبيض",
            ),
        ],
    ),
    statement(
        "t11",
        "Hirokazu Matsuno",
        "2023-09-14",
        "ja",
        "We are watching with concern President Putin's remarks hinting at cooperation on satellites; any cooperation that uses ballistic missile technology would violate Security Council resolutions.",
        [
            r(
                "NHK",
                "2023-09-14",
                "نتابع بقلق تصريحات الرئيس بوتين التي تلمّح إلى التعاون في مجال الأقمار الصناعية، وأي تعاون يستخدم تكنولوجيا الصواريخ الباليستية سيكون انتهاكاً لقرارات مجلس الأمن",
                "كبير أمناء مجلس الوزراء الياباني ماتسونو هيروكازو",
            ),
            r(
                "Asharq News",
                "2023-09-14",
                "طوكيو تراقب بقلق حديث بوتين عن مساعدة بيونغ يانغ في صنع الأقمار الاصطناعية",
                "الحكومة اليابانية",
            ),
            r(
                "SWI swissinfo.ch Arabic",
                "2023-09-14",
                "أي تعاون ينطوي على استخدام تقنيات الصواريخ البالستية يشكل خرقا لقرارات مجلس الأمن الدولي",
                "المتحدث باسم الحكومة اليابانية هيروكازو ماتسونو",
            ),
            r(
                "Al Qabas",
                "2023-09-15",
                "أي تعاون ينطوي على استخدام تكنولوجيا الصواريخ البالستية يشكل خرقاً لقرارات مجلس الأمن",
                "ماتسونو",
            ),
        ],
    ),
    statement(
        "t12",
        "South Korean Foreign Ministry",
        "2023-09-13",
        "ko",
        "Any military cooperation between Russia and North Korea that violates Security Council resolutions will inevitably affect relations between South Korea and Russia.",
        [
            r(
                "Yonhap",
                "2023-09-13",
                "أي تعاون عسكري بين روسيا وكوريا الشمالية ينتهك قرارات مجلس الأمن الدولي سيؤثر حتماً على العلاقات بين كوريا الجنوبية وروسيا",
                "وزارة الخارجية الكورية الجنوبية",
            ),
            r(
                "Emarat Al Youm",
                "2023-09-14",
                "أي تعاون عسكري بين روسيا وكوريا الشمالية ينتهك قرارات مجلس الأمن سيؤثر حتماً في العلاقات الكورية الجنوبية الروسية",
                "الخارجية الكورية الجنوبية",
            ),
            r(
                "Al Bayan",
                "2023-09-14",
                "أي تعاون عسكري بين روسيا وكوريا الشمالية ينتهك قرارات مجلس الأمن الدولي سيؤثر حتما على علاقات سيول وموسكو",
                "سيول",
            ),
            r(
                "KBS World Radio Arabic",
                "2023-09-13",
                "لا بد أن ينعكس التعاون العسكري بين موسكو وبيونغ يانغ، الذي يخالف قرارات مجلس الأمن، على علاقات كوريا مع روسيا",
                "المتحدث باسم وزارة الخارجية",
            ),
        ],
    ),
    statement(
        "t13",
        "Andriy Yusov",
        "2023-09-13",
        "en",
        "North Korean shells have been reaching Russia for some time already; the summit only legitimises what was going on in secret.",
        [
            r(
                "Anadolu Agency",
                "2023-09-13",
                "القذائف الكورية الشمالية تصل إلى روسيا منذ فترة، والقمة لم تفعل سوى إضفاء الشرعية على ما كان يجري سراً",
                "المتحدث باسم الاستخبارات العسكرية الأوكرانية أندريه يوسوف",
            ),
            r(
                "TRT Arabi",
                "2023-09-13",
                "القذائف الكورية الشمالية تصل إلى روسيا منذ مدة، والقمة لم تفعل سوى إضفاء الشرعية على ما كان يجري في الخفاء",
                "يوسوف",
            ),
            r(
                "Arab48",
                "2023-09-14",
                "القذائف الكورية الشمالية تصل روسيا منذ فترة، والقمة لم تفعل سوى إضفاء الشرعية على ما كان يجري سرا",
                "الاستخبارات العسكرية الأوكرانية",
            ),
            r(
                "Al-Araby Al-Jadeed",
                "2023-09-14",
                "لقاء بوتين وكيم يشرعن صفقات ذخيرة كانت تُعقد في السر",
                "مسؤول في الاستخبارات الأوكرانية",
            ),
        ],
    ),
    statement(
        "t14",
        "Yuri Ushakov",
        "2023-09-13",
        "ru",
        "The talks lasted about five hours in all: first with the two delegations, then one on one, and they went on over lunch.",
        [
            r(
                "RT Arabic",
                "2023-09-13",
                "استمرت المحادثات نحو خمس ساعات إجمالاً، بدأت بصيغة موسعة بمشاركة الوفدين ثم على انفراد، وتواصلت خلال مأدبة الغداء",
                "مساعد الرئيس الروسي للشؤون الخارجية يوري أوشاكوف",
            ),
            r(
                "Sputnik Arabic",
                "2023-09-13",
                "المباحثات دامت قرابة 5 ساعات: في البداية بحضور الوفدين، ثم بين الزعيمين وجهاً لوجه، واستُكملت على الغداء",
                "أوشاكوف",
            ),
            r(
                "Al Bayan",
                "2023-09-14",
                "المحادثات استغرقت قرابة خمس ساعات",
                "الكرملين",
            ),
        ],
    ),
    statement(
        "t15",
        "Vladimir Putin",
        "2023-09-13",
        "ru",
        "In a television interview after the talks: the Korean leader asked a great many questions about rocket engines; he clearly knows the subject thoroughly.",
        [
            r(
                "RT Arabic",
                "2023-09-13",
                "طرح الزعيم الكوري الكثير من الأسئلة حول محركات الصواريخ، ومن الواضح أنه ملمّ بالموضوع تماماً",
                "الرئيس الروسي فلاديمير بوتين",
            ),
            r(
                "Al-Manar",
                "2023-09-14",
                "طرح الزعيم الكوري الكثير من الأسئلة عن محركات الصواريخ، ومن الواضح أنه ملم بالموضوع تماما",
                "الرئيس بوتين",
            ),
            r(
                "Al-Masry Al-Youm",
                "2023-09-14",
                "كيم سأل كثيرا عن محركات الصواريخ، ويبدو أنه يفهم جيدا فى هذا المجال",
                "بوتين",
            ),
        ],
    ),
]

NEAR_MISSES = [
    near_miss(
        "tn01",
        "Vladimir Putin",
        "2023-09-13",
        "في الشهر المقبل سنحتفل بالذكرى الخامسة والسبعين لإقامة العلاقات الدبلوماسية بين بلدينا، وهي مناسبة جيدة لتقييم ما أنجزناه معاً",
        "t01",
        "Same talks and the same 'the 75th anniversary', but of diplomatic relations next month, not the DPRK's founding a few days earlier; no congratulation.",
    ),
    near_miss(
        "tn02",
        "Vladimir Putin",
        "2023-09-13",
        "أطلعت اليوم أصدقاءنا الكوريين بصراحة على الوضع في منطقة العملية العسكرية الخاصة، وتبادلنا الآراء حول ذلك",
        "t02",
        "Same day, same 'today', 'frankly', 'exchanged views', 'the situation in', but Putin briefing his guests on the war, not the talks' subjects and the impulse to cooperation.",
    ),
    near_miss(
        "tn03",
        "Kim Jong Un",
        "2023-09-13",
        "أنا على قناعة بأن الشعب الروسي سيحقق نجاحات عظيمة في بناء دولة قوية ومزدهرة تحت قيادة الرئيس بوتين",
        "t03",
        "The same lunch speech and the same 'I am convinced that the Russian people will achieve great ...', but successes in building a strong state, not victory over the evil forces.",
    ),
    near_miss(
        "tn04",
        "KCNA",
        "2023-09-14",
        "ودّع الرئيس فلاديمير بوتين في 13 أيلول الرفيق كيم جونغ أون بحرارة لدى مغادرته قاعدة فوستوتشني الفضائية",
        "t04",
        "The same KCNA report, day, leaders and cosmodrome, but Putin seeing Kim off, not the reception.",
    ),
    near_miss(
        "tn05",
        "KCNA",
        "2023-09-14",
        "شارك في المحادثات من الجانب الروسي كل من سيرغي لافروف وسيرغي شويغو وألكسندر كوزلوف ويوري أوشاكوف",
        "t05",
        "The same KCNA report and the same list frame ('كل من' and names), but the Russian officials at the talks, not the North Koreans accompanying Kim.",
    ),
    near_miss(
        "tn06",
        "Dmitry Peskov",
        "2023-09-13",
        "لا تعليق لدينا على تهديدات واشنطن بفرض عقوبات جديدة، وهي لا تؤثر بأي شكل على خططنا",
        "t06",
        "The same briefing and RT Arabic's very words 'we have no comment on ... it does not affect in any way', but Washington's sanction threats and Russia's plans, not the missile launch and the visit.",
    ),
    near_miss(
        "tn07",
        "Dmitry Peskov",
        "2023-09-12",
        "لا يُخطط لتوقيع أي اتفاقيات في أعقاب المحادثات بين بوتين وكيم جونغ أون",
        "t07",
        "The same call and Sputnik Arabic's frame 'nothing is planned after the talks between Putin and Kim Jong Un', but no agreements to sign, not no press conference.",
    ),
    near_miss(
        "tn08",
        "Sergei Lavrov",
        "2023-09-13",
        "العقوبات الغربية ضد روسيا فُرضت في انتهاك صارخ للقانون الدولي، ولذلك لا نعترف بها",
        "t08",
        "Same day and the same 'sanctions against ... were imposed in', but the West's sanctions on Russia, not the Security Council's on the DPRK.",
    ),
    near_miss(
        "tn09",
        "Adrienne Watson",
        "2023-09-13",
        "الولايات المتحدة على تواصل وثيق مع حليفتيها اليابان وكوريا الجنوبية بعد عملية الإطلاق، والتزامنا بالدفاع عنهما ثابت لا يتزعزع",
        "t09",
        "The same statement on the same launch, but consultations with the allies and the commitment to defend them, not the condemnation.",
    ),
    near_miss(
        "tn10",
        "John Kirby",
        "2023-09-13",
        "لا نتوقع أن تتوقف كوريا الشمالية عن إطلاق الصواريخ، فقد أجرت عدداً قياسياً من التجارب هذا العام",
        "t10",
        "Same briefing and the same 'we don't expect', but North Korea's missile tests, not how an arms deal would be made.",
    ),
    near_miss(
        "tn11",
        "Hirokazu Matsuno",
        "2023-09-14",
        "نتابع بقلق احتمال أن تزود كوريا الشمالية روسيا بالذخائر، وهو ما سيطيل أمد العدوان على أوكرانيا",
        "t11",
        "The same press conference and NHK's opening 'we are watching with concern', but North Korean ammunition for Russia, not Russian help with satellites.",
    ),
    near_miss(
        "tn12",
        "South Korean Foreign Ministry",
        "2023-09-13",
        "أي تعاون عسكري بين روسيا وكوريا الشمالية سيؤدي حتماً إلى تعزيز التعاون الأمني بين سيول وواشنطن وطوكيو",
        "t12",
        "The same ministry, day and opening 'any military cooperation between Russia and North Korea will inevitably', but it strengthens Seoul–Washington–Tokyo cooperation, not hurts Seoul–Moscow relations.",
    ),
    near_miss(
        "tn13",
        "Vladimir Putin",
        "2023-09-13",
        "طرح الزعيم الكوري الكثير من الأسئلة حول الطائرات، وسيرى بنفسه مصنع الطائرات في كومسومولسك على آمور",
        "t15",
        "The same interview and RT Arabic's opening 'the Korean leader asked a great many questions about', but aircraft and his coming visit to Komsomolsk, not rocket engines and his expertise.",
    ),
]


def main() -> None:
    assert all(s["id"].startswith("t") and not s["id"].startswith("tn") for s in STATEMENTS)
    assert all(n["id"].startswith("tn") for n in NEAR_MISSES)
    write_statements_split(OUT, {"statements": STATEMENTS, "near_misses": NEAR_MISSES}, in_registry=True)


if __name__ == "__main__":
    main()
