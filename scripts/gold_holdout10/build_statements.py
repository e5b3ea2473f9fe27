# ruff: noqa: E501
"""Build corpus/gold/statements/holdout10.json (statements p01.., near misses pn01..), in the
format of corpus/gold/statements/holdout9.json.  All renderings are invented Arabic written for
this set, the way different outlets would carry one original: some copy one agency wire and
change a few words, others translate on their own; the notes are in
scripts/gold_holdout10/STATEMENTS.md.
Run: python3 scripts/gold_holdout10/build_statements.py"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_builder import ROOT, near_miss, rendering, statement, write_statements_split  # noqa: E402

OUT = ROOT / "corpus" / "gold" / "statements" / "holdout10.json"
r = rendering

STATEMENTS = [
    statement(
        "p01",
        "Vladimir Putin",
        "2023-09-13",
        "ru",
        "After the talks: the road bridge over the Tumen river will be finished by the end of next year, and it will open new opportunities for trade between the two countries.",
        [
            r(
                "RT Arabic",
                "2023-09-13",
                "سيتم الانتهاء من بناء الجسر البري فوق نهر تومين بحلول نهاية العام المقبل، وسيفتح فرصاً جديدة للتجارة بين بلدينا",
                "الرئيس الروسي فلاديمير بوتين",
            ),
            r(
                "Elnashra",
                "2023-09-13",
                "سيتم الانتهاء من بناء جسر السيارات فوق نهر تومين بحلول نهاية العام المقبل، وسيفتح آفاقاً جديدة للتجارة بين بلدينا",
                "بوتين",
            ),
            r(
                "Al Bayan",
                "2023-09-14",
                "الجسر فوق نهر تومانايا سيكتمل نهاية العام القادم",
                "الرئيس الروسي",
            ),
            r(
                "Al-Masry Al-Youm",
                "2023-09-14",
                "الجسر الجديد سيفتح أمام البلدين فرصا جديدة فى مجال التبادل التجارى",
                "بوتين",
            ),
        ],
    ),
    statement(
        "p02",
        "Kim Jong Un",
        "2023-09-16",
        "ko",
        "At Knevichi airfield, to Shoigu: he is sure that the friendship between the armies of the two countries will grow ever stronger.",
        [
            r(
                "Al Mayadeen",
                "2023-09-16",
                "أنا على ثقة بأن الصداقة بين جيشي بلدينا ستزداد متانة يوماً بعد يوم",
                "الزعيم الكوري الشمالي كيم جونغ أون",
            ),
            r(
                "Al Alam",
                "2023-09-17",
                "واثق من أن صداقة جيشينا ستتوطد أكثر فأكثر",
                "كيم جونغ أون",
            ),
            r(
                "Sky News Arabia",
                "2023-09-17",
                "أنا متأكد أن علاقات الصداقة بين الجيشين الكوري الشمالي والروسي ستتعزز باستمرار",
                "كيم",
            ),
        ],
    ),
    statement(
        "p03",
        "Dmitry Peskov",
        "2023-09-18",
        "ru",
        "Putin has been informed in detail of the results of Kim Jong Un's trips to Komsomolsk-on-Amur and Vladivostok, and he is satisfied with how the visit went.",
        [
            r(
                "Sputnik Arabic",
                "2023-09-18",
                "أُبلغ الرئيس بوتين بالتفصيل بنتائج جولات كيم جونغ أون في كومسومولسك على آمور وفلاديفوستوك، وهو راضٍ عن سير الزيارة",
                "المتحدث الرسمي باسم الكرملين دميتري بيسكوف",
            ),
            r(
                "RT Arabic",
                "2023-09-18",
                "بوتين اطلع بشكل مفصل على نتائج جولات الزعيم الكوري في كومسومولسك أون أمور وفلاديفوستوك",
                "بيسكوف",
            ),
            r(
                "Al Arabiya",
                "2023-09-18",
                "بوتين راض عن الطريقة التي جرت بها زيارة كيم",
                "الكرملين",
            ),
            r(
                "Al-Araby Al-Jadeed",
                "2023-09-19",
                "الرئيس الروسي تلقى تقارير مفصلة عن محطتي كيم في كومسومولسك وفلاديفوستوك، ويعرب عن ارتياحه لنتائج الزيارة",
                "المتحدث باسم الكرملين",
            ),
        ],
    ),
    statement(
        "p04",
        "Sergei Lavrov",
        "2023-10-19",
        "ru",
        "At the talks with Choe Son Hui: we are grateful to our Korean friends for their firm and principled support for the special military operation.",
        [
            r(
                "RT Arabic",
                "2023-10-19",
                "نحن ممتنون لأصدقائنا الكوريين على دعمهم الثابت والمبدئي للعملية العسكرية الخاصة",
                "وزير الخارجية الروسي سيرغي لافروف",
            ),
            r(
                "Al Mayadeen",
                "2023-10-19",
                "إننا ممتنون لأصدقائنا الكوريين لدعمهم الثابت والمبدئي للعملية العسكرية الخاصة",
                "لافروف",
            ),
            r(
                "Asharq Al-Awsat",
                "2023-10-20",
                "نشكر الأصدقاء الكوريين على موقفهم الحازم في دعم العملية العسكرية الروسية في أوكرانيا",
                "لافروف",
            ),
            r(
                "Al Ain News",
                "2023-10-20",
                "شكر بيونغيانغ على تأييدها المبدئي للحرب في أوكرانيا",
                "وزير الخارجية الروسي",
            ),
        ],
    ),
    statement(
        "p05",
        "Maria Zakharova",
        "2023-09-15",
        "ru",
        "The EU's threats of new sanctions over Kim Jong Un's visit are nothing but an expression of its impotence; Brussels has long lost any independent foreign policy.",
        [
            r(
                "Sputnik Arabic",
                "2023-09-15",
                "تهديدات الاتحاد الأوروبي بفرض عقوبات جديدة بسبب زيارة كيم جونغ أون ليست سوى تعبير عن عجزه، فقد فقدت بروكسل منذ زمن بعيد أي سياسة خارجية مستقلة",
                "المتحدثة الرسمية باسم وزارة الخارجية الروسية ماريا زاخاروفا",
            ),
            r(
                "Al Alam",
                "2023-09-15",
                "تهديدات الاتحاد الأوروبي بفرض عقوبات جديدة على خلفية زيارة كيم جونغ أون ليست إلا تعبيراً عن العجز",
                "زاخاروفا",
            ),
            r(
                "Independent Arabia",
                "2023-09-16",
                "بروكسل فقدت منذ وقت طويل استقلالية قرارها في السياسة الخارجية",
                "الخارجية الروسية",
            ),
            r(
                "Youm7",
                "2023-09-16",
                "تلويح الأوروبيين بعقوبات إضافية بسبب زيارة الزعيم الكورى الشمالى دليل على عجزهم",
                "ماريا زاخاروفا",
            ),
        ],
    ),
    statement(
        "p06",
        "KCNA",
        "2023-09-18",
        "ko",
        "On 17 September Kim Jong Un visited the Primorsky Oceanarium on Russky Island, toured its exhibition halls and watched a show by marine animals.",
        [
            r(
                "Al Mayadeen",
                "2023-09-18",
                "زار الرفيق كيم جونغ أون في 17 أيلول حوض الأحياء البحرية في جزيرة روسكي وتجول في قاعات العرض وشاهد عرضاً للحيوانات البحرية",
                "وكالة الأنباء المركزية الكورية",
            ),
            r(
                "Al Jazeera",
                "2023-09-18",
                "زار الزعيم الكوري الشمالي أمس الأحد حوض الأسماك في جزيرة روسكي بفلاديفوستوك، وشاهد عرضا للدلافين والفقمات",
                "وسائل الإعلام الرسمية في كوريا الشمالية",
            ),
            r(
                "Shorouk News",
                "2023-09-18",
                "تفقد كيم جونج أون أكواريوم بريمورسكى فى جزيرة روسكى يوم 17 سبتمبر وتابع عروض الكائنات البحرية",
                "الوكالة المركزية الكورية للأنباء",
            ),
            r(
                "El Watan News",
                "2023-09-19",
                "تفقد كيم جونج أون أكواريوم بريمورسكى فى جزيرة روسكى يوم الأحد وتابع عرضا للكائنات البحرية",
                "وكالة الأنباء الكورية الشمالية",
            ),
        ],
    ),
    statement(
        "p07",
        "John Kirby",
        "2023-09-13",
        "en",
        "We do not believe the arms negotiations between Russia and North Korea have been concluded, but they are actively advancing.",
        [
            r(
                "Alhurra",
                "2023-09-13",
                "لا نعتقد أن مفاوضات الأسلحة بين روسيا وكوريا الشمالية قد اكتملت، لكنها تتقدم بنشاط",
                "منسق الاتصالات الاستراتيجية في مجلس الأمن القومي جون كيربي",
            ),
            r(
                "Radio Sawa",
                "2023-09-13",
                "لا نعتقد أن مفاوضات الأسلحة بين موسكو وبيونغ يانغ قد اكتملت، لكنها تمضي قدماً بنشاط",
                "كيربي",
            ),
            r(
                "Al Quds Al Arabi",
                "2023-09-14",
                "المحادثات حول صفقات السلاح بين البلدين تحرز تقدماً نشطاً",
                "البيت الأبيض",
            ),
            r(
                "CNN Arabic",
                "2023-09-14",
                "لا نظن أن المفاوضات بشأن الأسلحة بين الروس والكوريين الشماليين انتهت",
                "جون كيربي",
            ),
        ],
    ),
    statement(
        "p08",
        "Farhan Haq",
        "2023-09-13",
        "en",
        "The Secretary-General condemns the DPRK's launch of two ballistic missiles and again urges it to comply fully with its international obligations under Security Council resolutions.",
        [
            r(
                "France 24 Arabic",
                "2023-09-13",
                "يدين الأمين العام إطلاق جمهورية كوريا الديمقراطية الشعبية صاروخين باليستيين، ويحثها مجدداً على الامتثال الكامل لالتزاماتها الدولية بموجب قرارات مجلس الأمن",
                "نائب المتحدث باسم الأمين العام للأمم المتحدة فرحان حق",
            ),
            r(
                "Al Ghad",
                "2023-09-14",
                "غوتيريش يدين إطلاق كوريا الشمالية صاروخين بالستيين",
                "الأمم المتحدة",
            ),
            r(
                "Al Anba",
                "2023-09-14",
                "الأمين العام يحث بيونغ يانغ مرة أخرى على الوفاء التام بالتزاماتها الدولية وفق قرارات مجلس الأمن",
                "فرحان حق",
            ),
        ],
    ),
    statement(
        "p09",
        "Mao Ning",
        "2023-09-15",
        "zh",
        "China opposes unilateral sanctions that have no basis in international law, and the countries concerned should stop using the peninsula issue as a pretext to pressure others.",
        [
            r(
                "CGTN Arabic",
                "2023-09-15",
                "تعارض الصين العقوبات الأحادية الجانب التي لا أساس لها في القانون الدولي، وعلى الدول المعنية أن تكف عن اتخاذ قضية شبه الجزيرة ذريعة لممارسة الضغط على الآخرين",
                "المتحدثة باسم وزارة الخارجية الصينية ماو نينغ",
            ),
            r(
                "China Radio International Arabic",
                "2023-09-15",
                "تعارض الصين العقوبات الأحادية التي لا أساس لها في القانون الدولي، ويتعين على الدول المعنية التوقف عن استغلال قضية شبه الجزيرة ذريعة للضغط على الآخرين",
                "ماو نينغ",
            ),
            r(
                "Al Jazeera",
                "2023-09-16",
                "بكين ترفض العقوبات الأحادية التي لا تستند إلى القانون الدولي",
                "الخارجية الصينية",
            ),
            r(
                "Al Sharq",
                "2023-09-16",
                "نرفض العقوبات الانفرادية غير المستندة إلى أي أساس قانوني دولي",
                "متحدثة صينية",
            ),
        ],
    ),
    statement(
        "p10",
        "Minoru Kihara",
        "2023-09-19",
        "ja",
        "In view of North Korea's deepening military ties with Russia, Japan will speed up the strengthening of its missile defences, including counterstrike capabilities.",
        [
            r(
                "NHK",
                "2023-09-19",
                "في ضوء تعمق العلاقات العسكرية بين كوريا الشمالية وروسيا، سنسرع تعزيز دفاعاتنا الصاروخية بما في ذلك قدرات الهجوم المضاد",
                "وزير الدفاع الياباني كيهارا مينورو",
            ),
            r(
                "Asharq News",
                "2023-09-20",
                "اليابان ستسرّع تعزيز الدفاع الصاروخي، بما فيه القدرة على توجيه ضربات مضادة",
                "وزير الدفاع الياباني",
            ),
            r(
                "Al Khaleej",
                "2023-09-20",
                "سنعمل على تسريع تقوية منظومات الدفاع الصاروخي لدينا، ومنها قدرات الرد المضاد، نظراً لتعاظم التعاون العسكري بين بيونغ يانغ وموسكو",
                "مينورو كيهارا",
            ),
        ],
    ),
    statement(
        "p11",
        "Kim Tae-hyo",
        "2023-09-13",
        "ko",
        "The government will work closely with the international community so that North Korea and Russia pay a price for violating Security Council resolutions.",
        [
            r(
                "KBS World Radio Arabic",
                "2023-09-13",
                "ستعمل الحكومة بشكل وثيق مع المجتمع الدولي لكي تدفع كوريا الشمالية وروسيا ثمن انتهاك قرارات مجلس الأمن الدولي",
                "النائب الأول لمستشار الأمن القومي الكوري الجنوبي كيم تيه-هيو",
            ),
            r(
                "Al Arabiya",
                "2023-09-13",
                "سيول ستتعاون مع المجتمع الدولي حتى تدفع بيونغ يانغ وموسكو ثمن خرقهما قرارات مجلس الأمن",
                "الرئاسة الكورية الجنوبية",
            ),
            r(
                "Al Ittihad",
                "2023-09-14",
                "على روسيا وكوريا الشمالية أن تدفعا ثمن انتهاكاتهما لقرارات مجلس الأمن",
                "مسؤول كوري جنوبي",
            ),
            r(
                "Akhbar Al Khaleej",
                "2023-09-14",
                "على روسيا وكوريا الشمالية أن تدفعا ثمن انتهاكهما لقرارات مجلس الأمن الدولي",
                "مسؤول رفيع في كوريا الجنوبية",
            ),
        ],
    ),
    statement(
        "p12",
        "Oleg Nikolenko",
        "2023-09-13",
        "en",
        "The meeting of two pariah regimes shows the whole world how isolated Moscow has become; Russia now has to seek help from the most closed country on the planet.",
        [
            r(
                "Euronews Arabic",
                "2023-09-13",
                "لقاء نظامين منبوذين يُظهر للعالم كله مدى العزلة التي باتت فيها موسكو، فروسيا مضطرة الآن لطلب المساعدة من أكثر دول العالم انغلاقاً",
                "المتحدث باسم وزارة الخارجية الأوكرانية أوليغ نيكولينكو",
            ),
            r(
                "Anadolu Agency",
                "2023-09-13",
                "اجتماع نظامين منبوذين يكشف للعالم بأسره حجم عزلة موسكو",
                "الخارجية الأوكرانية",
            ),
            r(
                "Syria TV",
                "2023-09-14",
                "روسيا باتت تستجدي العون من أشد بلدان الكوكب انغلاقا",
                "نيكولينكو",
            ),
            r(
                "Al Arab",
                "2023-09-14",
                "قمة النظامين المنبوذين تبين للعالم أجمع كم أصبحت موسكو معزولة",
                "متحدث أوكراني",
            ),
        ],
    ),
    statement(
        "p13",
        "Vladimir Putin",
        "2023-09-12",
        "ru",
        "At the Eastern Economic Forum, asked about Kim Jong Un's arrival: I will tell you everything tomorrow after the talks; let us not get ahead of ourselves.",
        [
            r(
                "RT Arabic",
                "2023-09-12",
                "سأقول لكم كل شيء غداً بعد المحادثات، دعونا لا نستبق الأحداث",
                "الرئيس الروسي فلاديمير بوتين",
            ),
            r(
                "Sputnik Arabic",
                "2023-09-12",
                "سأخبركم بكل شيء غدا بعد المفاوضات، لا داعي للاستعجال",
                "بوتين",
            ),
            r(
                "Al-Ahram",
                "2023-09-13",
                "لا داعى لاستباق الأحداث",
                "الرئيس الروسى",
            ),
            r(
                "Rai Al Youm",
                "2023-09-13",
                "سأطلعكم على كل التفاصيل غداً عقب المباحثات",
                "سيد الكرملين",
            ),
        ],
    ),
    statement(
        "p14",
        "KCNA",
        "2023-10-19",
        "ko",
        "Russian Foreign Minister Sergei Lavrov arrived in Pyongyang by plane on 18 October for an official visit and was welcomed at Pyongyang International Airport by Foreign Minister Choe Son Hui.",
        [
            r(
                "Al Mayadeen",
                "2023-10-19",
                "وصل وزير الخارجية الروسي سيرغي لافروف إلى بيونغ يانغ جواً في 18 تشرين الأول في زيارة رسمية، وكانت في استقباله في مطار بيونغ يانغ الدولي وزيرة الخارجية تشوي سون هوي",
                "وكالة الأنباء المركزية الكورية",
            ),
            r(
                "Al Alam",
                "2023-10-19",
                "وصل وزير الخارجية الروسي سيرغي لافروف إلى بيونغ يانغ في 18 تشرين الأول في زيارة رسمية، واستقبلته في المطار وزيرة الخارجية تشوي سون هي",
                "الوكالة الكورية الرسمية",
            ),
            r(
                "Masrawy",
                "2023-10-19",
                "استقبلت وزيرة خارجية كوريا الشمالية تشوي سون هوى نظيرها الروسى لافروف لدى وصوله إلى مطار بيونج يانج",
                "وكالة الأنباء المركزية الكورية الشمالية",
            ),
        ],
    ),
]

NEAR_MISSES = [
    near_miss(
        "pn01",
        "Vladimir Putin",
        "2023-09-13",
        "سيتم الانتهاء من تحديث خط السكك الحديدية خاسان-راجين قريباً، وسيفتح فرصاً جديدة لنقل البضائع",
        "p01",
        "Same interview and the same frame as RT Arabic (will be finished ..., will open new opportunities), but the Khasan–Rajin railway and freight, not the Tumen road bridge and trade.",
    ),
    near_miss(
        "pn02",
        "Dmitry Peskov",
        "2023-09-18",
        "أُبلغ الرئيس بوتين بنتائج اتصالات وزير الدفاع شويغو مع الضيوف الكوريين، ولا نعتزم الكشف عن تفاصيلها",
        "p03",
        "Same briefing and the same 'Putin was informed of the results', but Shoigu's contacts and a refusal to give details, not Kim's trips and Putin's satisfaction.",
    ),
    near_miss(
        "pn03",
        "Sergei Lavrov",
        "2023-10-19",
        "نحن ممتنون لأصدقائنا الكوريين على حفاوة الاستقبال التي لقيها وفدنا في بيونغ يانغ",
        "p04",
        "Same talks and the same 'we are grateful to our Korean friends', but for the hospitality shown to the delegation, not for support of the military operation.",
    ),
    near_miss(
        "pn04",
        "Maria Zakharova",
        "2023-09-15",
        "تهديدات واشنطن بفرض عقوبات جديدة على كوريا الشمالية ليست سوى محاولة لتبرير حشدها العسكري في المنطقة",
        "p05",
        "Same briefing and the same 'threats of new sanctions are nothing but', but Washington and its military build-up, not the EU's impotence.",
    ),
    near_miss(
        "pn05",
        "John Kirby",
        "2023-09-13",
        "لا نعتقد أن كيم جونغ أون سيزور منشآت عسكرية أخرى في روسيا، لكننا سنتابع تحركاته بنشاط",
        "p07",
        "Same briefing and the same 'we do not believe ... but actively', but Kim visiting more military sites, not the state of the arms negotiations.",
    ),
    near_miss(
        "pn06",
        "Farhan Haq",
        "2023-09-13",
        "يحث الأمين العام جميع الأطراف على الامتثال الكامل لالتزاماتها بموجب القانون الإنساني الدولي في السودان",
        "p08",
        "Same noon briefing and the same 'urges ... to comply fully with their obligations', but all parties in Sudan, not the DPRK after its launch.",
    ),
    near_miss(
        "pn07",
        "Mao Ning",
        "2023-09-15",
        "تعارض الصين إدراج شركات صينية في قوائم العقوبات الأحادية الأمريكية، وستتخذ الإجراءات اللازمة لحماية حقوقها",
        "p09",
        "Same briefing and the same 'China opposes unilateral sanctions', but US listings of Chinese companies and measures to protect them, not the peninsula as a pretext.",
    ),
    near_miss(
        "pn08",
        "Oleg Nikolenko",
        "2023-09-13",
        "أي ذخائر ترسلها كوريا الشمالية إلى روسيا ستستخدم لقتل المدنيين الأوكرانيين، وعلى العالم كله أن يدرك ذلك",
        "p12",
        "Same day and the same 'the whole world', but North Korean shells killing Ukrainian civilians, not Moscow's isolation.",
    ),
    near_miss(
        "pn09",
        "Vladimir Putin",
        "2023-09-12",
        "سأقول لكم كل شيء عن خطط الاستثمار في الشرق الأقصى، فالأرقام مشجعة جداً",
        "p13",
        "Same forum and the same 'I will tell you everything', but investment in the Far East, not the talks with Kim tomorrow.",
    ),
    near_miss(
        "pn10",
        "KCNA",
        "2023-10-19",
        "وضع وزير الخارجية الروسي سيرغي لافروف في 18 تشرين الأول إكليلاً من الزهور عند برج التحرير في بيونغ يانغ",
        "p14",
        "The same KCNA report and day, minister and city, but Lavrov laying a wreath at the Liberation Tower, not his arrival at the airport.",
    ),
    near_miss(
        "pn11",
        "KCNA",
        "2023-09-18",
        "زار الرفيق كيم جونغ أون في 17 أيلول جامعة الشرق الأقصى الفيدرالية في جزيرة روسكي وتجول في مختبراتها",
        "p06",
        "The same KCNA report, day and island, and the same 'visited ... toured', but the Far Eastern Federal University, not the oceanarium.",
    ),
    near_miss(
        "pn12",
        "Minoru Kihara",
        "2023-09-19",
        "في ضوء تعمق العلاقات العسكرية بين كوريا الشمالية وروسيا، سنعزز تبادل المعلومات مع الولايات المتحدة وكوريا الجنوبية",
        "p10",
        "Same press conference and the same opening as NHK, but sharing information with the US and South Korea, not missile defence and counterstrike.",
    ),
]


def main() -> None:
    assert all(s["id"].startswith("p") and not s["id"].startswith("pn") for s in STATEMENTS)
    assert all(n["id"].startswith("pn") for n in NEAR_MISSES)
    write_statements_split(OUT, {"statements": STATEMENTS, "near_misses": NEAR_MISSES}, in_registry=True)


if __name__ == "__main__":
    main()
