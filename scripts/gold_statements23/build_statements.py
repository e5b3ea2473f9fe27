# ruff: noqa: E501
"""Build corpus/gold/statements/holdout23.json (statements a01.., near misses an01..), in the
format of the earlier statement files.  All renderings are invented Arabic written for this set,
the way outlets the other files do not use would carry one original: Arab news agencies (MENA,
KUNA, WAM, QNA, SPA, APS, Saba, SUNA, LANA) and the papers that copy them with a few words
changed, the Iranian and Chinese Arabic services, KBS's Arabic radio, Euronews, and Egyptian,
Emirati, Bahraini, Saudi, Jordanian, Palestinian, Iraqi, Algerian and Libyan papers.  Notes in
scripts/gold_statements23/STATEMENTS.md.
Run: python3 scripts/gold_statements23/build_statements.py"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_builder import ROOT, near_miss, rendering, statement, write_statements_split  # noqa: E402

OUT = ROOT / "corpus" / "gold" / "statements" / "holdout23.json"
r = rendering

STATEMENTS = [
    statement(
        "a01",
        "Yuri Ushakov",
        "2023-09-12",
        "ru",
        "Briefing on the programme: the talks will begin between the two delegations, go on one on one between the leaders, and end with an official lunch the President gives in honour of the guest.",
        [
            r(
                "Middle East News Agency",
                "2023-09-12",
                "ستبدأ المحادثات بصيغة موسعة بمشاركة الوفدين، ثم تتواصل على انفراد بين الزعيمين، وبعدها يقيم الرئيس بوتين مأدبة غداء رسمية على شرف الضيف",
                "مساعد الرئيس الروسي للشؤون الخارجية يوري أوشاكوف",
            ),
            r(
                "Al-Masry Al-Youm",
                "2023-09-12",
                "ستبدأ المباحثات بصيغة موسعة بمشاركة الوفدين، ثم تتواصل على انفراد بين الزعيمين، وبعد ذلك يقيم الرئيس بوتين مأدبة غداء رسمية على شرف الضيف الكورى",
                "يورى أوشاكوف مساعد الرئيس الروسى",
            ),
            r(
                "Al Ittihad",
                "2023-09-13",
                "إن المحادثات ستجري أولاً على مستوى الوفود ثم في لقاء ثنائي مغلق بين بوتين وكيم، على أن يقيم الرئيس الروسي غداءً رسمياً تكريماً لضيفه",
                "أوشاكوف، مستشار الكرملين للسياسة الخارجية",
            ),
            r(
                "Euronews Arabic",
                "2023-09-12",
                "بعد جولة مفاوضات بين الوفدين ثم لقاء منفرد، سيقيم الرئيس غداء رسميا على شرف ضيفه",
                "الكرملين",
            ),
        ],
    ),
    statement(
        "a02",
        "Vladimir Putin",
        "2023-09-13",
        "ru",
        "Greeting Kim at Vostochny before the talks: I am very glad to see you; this is our new cosmodrome; we will talk about economic cooperation, humanitarian questions and the situation in the region.",
        [
            r(
                "Al Hadath",
                "2023-09-13",
                "أنا سعيد جداً برؤيتك. هذه هي قاعدتنا الفضائية الجديدة. سنتحدث عن التعاون الاقتصادي والمسائل الإنسانية والوضع في المنطقة",
                "الرئيس الروسي فلاديمير بوتين",
            ),
            r(
                "Al Khaleej",
                "2023-09-14",
                "إنه سعيد جداً برؤية ضيفه في قاعدة الفضاء الجديدة، وإن المحادثات ستتناول التعاون الاقتصادي والقضايا الإنسانية والأوضاع في المنطقة",
                "بوتين",
            ),
            r(
                "Emirates News Agency",
                "2023-09-13",
                "يسعدني كثيراً أن أراك، هذا مطارنا الفضائي الجديد",
                "الرئيس الروسي فلاديمير بوتين",
            ),
            r(
                "Alsumaria",
                "2023-09-13",
                "سنبحث التعاون في الاقتصاد والشؤون الإنسانية والوضع الإقليمي",
                "الرئيس الروسي",
            ),
            r(
                "Akhbar El Yom",
                "2023-09-13",
                "سعيد جدا برؤيتكم، هذا هو كوزمودروم فوستوشنى الجديد، وسنناقش التعاون الاقتصادى والقضايا الإنسانية والوضع فى المنطقة",
                "الرئيس فلاديمير بوتين",
            ),
        ],
    ),
    statement(
        "a03",
        "Kim Jong Un",
        "2023-09-13",
        "ko",
        "At the talks: Russia has risen to a sacred struggle to defend its sovereign rights and security against hegemonic forces; we always support the decisions of President Putin and the Russian government and will stand with Russia on the anti-imperialist front.",
        [
            r(
                "Islamic Republic News Agency",
                "2023-09-13",
                "إن روسيا تخوض حالياً معركة مقدسة للدفاع عن حقوقها السيادية وأمنها في مواجهة قوى الهيمنة، ونحن ندعم دائماً جميع قرارات الرئيس بوتين والحكومة الروسية",
                "قائد كوريا الديمقراطية كيم جونغ أون",
            ),
            r(
                "Mehr News Agency",
                "2023-09-13",
                "روسيا تخوض اليوم معركة مقدسة للدفاع عن حقوقها السيادية وأمنها أمام قوى الهيمنة، ونحن ندعم دائماً كل قرارات الرئيس بوتين والحكومة الروسية، وسنقف معها في الجبهة المناهضة للإمبريالية",
                "زعيم كوريا الشمالية",
            ),
            r(
                "Al Wafd",
                "2023-09-14",
                "بيونج يانج تدعم دائما قرارات الرئيس بوتين وحكومته",
                "كيم جونج أون",
            ),
            r(
                "Algérie Presse Service",
                "2023-09-13",
                "أن روسيا نهضت في نضال مقدس دفاعا عن سيادتها وأمنها ضد القوى المهيمنة، وأن بلاده ستبقى إلى جانب موسكو في الجبهة المعادية للإمبريالية",
                "الزعيم الكوري الشمالي",
            ),
        ],
    ),
    statement(
        "a04",
        "KCNA",
        "2023-09-14",
        "ko",
        "Report on the summit: Kim Jong Un invited Putin to visit the DPRK at a convenient time, and Putin accepted with pleasure, reaffirming his will to carry on the history and tradition of Russia-DPRK friendship.",
        [
            r(
                "China Radio International Arabic",
                "2023-09-14",
                "دعا الزعيم كيم جونغ أون الرئيس بوتين إلى زيارة جمهورية كوريا الديمقراطية الشعبية في وقت مناسب، وقبل بوتين الدعوة بسرور، مؤكداً عزمه على مواصلة تاريخ الصداقة بين البلدين وتقاليدها",
                "وكالة الأنباء المركزية الكورية",
            ),
            r(
                "Al Ayam",
                "2023-09-14",
                "كيم دعا بوتين لزيارة كوريا الشمالية في موعد مناسب، وقد قبل الرئيس الروسي الدعوة بكل سرور",
                "وسائل الإعلام الرسمية في بيونغ يانغ",
            ),
            r(
                "Akhbar Al Khaleej",
                "2023-09-15",
                "وجه كيم جونغ أون دعوة إلى بوتين لزيارة بيونغ يانغ في الوقت الملائم، فقبلها الرئيس الروسي بسرور وجدد إرادته في مواصلة تاريخ الصداقة الروسية الكورية وتقاليدها",
                "وكالة الأنباء الكورية الشمالية",
            ),
            r(
                "KBS World Radio Arabic",
                "2023-09-14",
                "قبل بوتين بسرور دعوة كيم لزيارة الشمال في وقت مناسب",
                "الوكالة المركزية الكورية للأنباء",
            ),
        ],
    ),
    statement(
        "a05",
        "Dmitry Peskov",
        "2023-10-18",
        "ru",
        "On Lavrov's arrival in Pyongyang: contacts with Pyongyang continue at different levels, as the two leaders agreed at Vostochny, and the foreign minister's visit fits into that.",
        [
            r(
                "Kuwait News Agency",
                "2023-10-18",
                "إن الاتصالات مع بيونغ يانغ مستمرة على مختلف المستويات كما اتفق الزعيمان في فوستوتشني، وزيارة وزير الخارجية تندرج في هذا الإطار",
                "المتحدث باسم الكرملين دميتري بيسكوف",
            ),
            r(
                "Al Rai",
                "2023-10-18",
                "الاتصالات مع بيونغ يانغ مستمرة على مختلف المستويات كما اتفق الرئيسان في فوستوتشني، وزيارة لافروف تندرج في هذا الإطار",
                "بيسكوف",
            ),
            r(
                "Ammon News",
                "2023-10-19",
                "زيارة لافروف إلى كوريا الشمالية تأتي في سياق الاتصالات التي اتفق عليها بوتين وكيم خلال قمتهما في قاعدة فوستوشني الفضائية",
                "الكرملين",
            ),
            r(
                "Donia Al-Watan",
                "2023-10-18",
                "الاتصالات مع كوريا الديمقراطية تتواصل على كل المستويات",
                "الناطق الرئاسي الروسي",
            ),
        ],
    ),
    statement(
        "a06",
        "Sergei Lavrov",
        "2023-10-19",
        "ru",
        "Press conference in Pyongyang: the US, Japan and South Korea are building up military activity near the Korean peninsula, including with a nuclear component, which only raises tension; Russia opposes it.",
        [
            r(
                "Saba News Agency",
                "2023-10-19",
                "الولايات المتحدة واليابان وكوريا الجنوبية تعزز نشاطها العسكري قرب شبه الجزيرة الكورية، بما في ذلك بمكون نووي، وهو ما يؤدي إلى تصعيد التوتر",
                "وزير الخارجية الروسي سيرغي لافروف",
            ),
            r(
                "Al Wasat",
                "2023-10-20",
                "إن واشنطن وطوكيو وسيول تكثف أنشطتها العسكرية بالقرب من شبه الجزيرة الكورية، ومنها ما يحمل عنصراً نووياً، الأمر الذي يزيد التوتر",
                "لافروف",
            ),
            r(
                "Echorouk Online",
                "2023-10-19",
                "نعارض بشدة تصعيد الولايات المتحدة وحلفائها للنشاط العسكري في محيط شبه الجزيرة الكورية، بما فيه المكون النووي",
                "رئيس الدبلوماسية الروسية",
            ),
            r(
                "Libyan News Agency",
                "2023-10-20",
                "تعزيز الولايات المتحدة واليابان وكوريا الجنوبية لنشاطها العسكري قرب شبه الجزيرة الكورية يرفع من حدة التوتر",
                "وزير الخارجية الروسي",
            ),
        ],
    ),
    statement(
        "a07",
        "Choe Son Hui",
        "2023-10-19",
        "ko",
        "At the talks with Lavrov: the DPRK fully supports the special military operation and all measures the Russian government takes to defend its sovereignty and territorial integrity.",
        [
            r(
                "Sudan News Agency",
                "2023-10-19",
                "إن جمهورية كوريا الديمقراطية الشعبية تدعم بالكامل العملية العسكرية الخاصة وجميع الإجراءات التي تتخذها الحكومة الروسية للدفاع عن سيادتها ووحدة أراضيها",
                "وزيرة خارجية كوريا الديمقراطية تشوي سون هوي",
            ),
            r(
                "Masrawy",
                "2023-10-19",
                "كوريا الشمالية تؤيد تماماً العملية العسكرية الروسية فى أوكرانيا وكل الخطوات التى تتخذها موسكو لحماية سيادتها",
                "وزيرة الخارجية الكورية الشمالية",
            ),
            r(
                "Al Madina",
                "2023-10-20",
                "بلادها تدعم كلياً العملية العسكرية الخاصة وكافة التدابير التي تتخذها روسيا دفاعاً عن سيادتها وسلامة أراضيها",
                "تشوي سون هي",
            ),
        ],
    ),
    statement(
        "a08",
        "John Kirby",
        "2023-10-13",
        "en",
        "Briefing with images: North Korea has delivered more than 1,000 containers of military equipment and munitions to Russia in recent weeks, for use in Ukraine.",
        [
            r(
                "Alsumaria",
                "2023-10-13",
                "سلمت كوريا الشمالية روسيا أكثر من ١٠٠٠ حاوية من المعدات العسكرية والذخائر خلال الأسابيع الأخيرة",
                "المتحدث باسم مجلس الأمن القومي الأمريكي جون كيربي",
            ),
            r(
                "Euronews Arabic",
                "2023-10-13",
                "إن بيونغ يانغ زودت موسكو بما يزيد على 1000 حاوية من العتاد العسكري والذخيرة في الأسابيع الماضية، مضيفاً أنها ستستخدم في الحرب على أوكرانيا",
                "المتحدث باسم البيت الأبيض للأمن القومي",
            ),
            r(
                "Al Ittihad",
                "2023-10-14",
                "سلمت كوريا الشمالية روسيا أكثر من ألف حاوية من المعدات العسكرية والذخائر خلال الأسابيع القليلة الماضية",
                "كيربي",
            ),
            r(
                "Maan News Agency",
                "2023-10-14",
                "أكثر من 1000 حاوية معدات عسكرية وذخائر أرسلتها كوريا الشمالية لروسيا",
                "مسؤول في البيت الأبيض",
            ),
            r(
                "Al-Masry Al-Youm",
                "2023-10-13",
                "كوريا الشمالية قامت بتسليم أكثر من ألف حاوية من المعدات العسكرية والذخائر إلى روسيا خلال الأسابيع الأخيرة لاستخدامها فى أوكرانيا",
                "جون كيربى",
            ),
        ],
    ),
    statement(
        "a09",
        "Dmytro Kuleba",
        "2023-09-13",
        "uk",
        "Russia having to ask North Korea for ammunition is the best proof that its war has failed and that the sanctions work.",
        [
            r(
                "Al Rai",
                "2023-09-13",
                "إن لجوء روسيا إلى كوريا الشمالية طلباً للذخائر هو أفضل دليل على فشل حربها وعلى نجاعة العقوبات",
                "وزير الخارجية الأوكراني دميترو كوليبا",
            ),
            r(
                "Ammon News",
                "2023-09-13",
                "لجوء روسيا إلى كوريا الشمالية طلباً للذخيرة أفضل دليل على فشل حربها وعلى فعالية العقوبات",
                "كوليبا",
            ),
            r(
                "Saudi Press Agency",
                "2023-09-14",
                "اضطرار موسكو إلى طلب القذائف من بيونغ يانغ يثبت أن حربها فشلت وأن العقوبات تؤتي ثمارها",
                "رئيس الدبلوماسية الأوكرانية",
            ),
        ],
    ),
    statement(
        "a10",
        "Antony Blinken",
        "2023-09-20",
        "en",
        "At the Security Council: Russia, a permanent member of this Council, is turning to North Korea for weapons, in violation of resolutions it voted for itself.",
        [
            r(
                "Qatar News Agency",
                "2023-09-20",
                "روسيا، العضو الدائم في هذا المجلس، تلجأ إلى كوريا الشمالية للحصول على أسلحة، في انتهاك لقرارات صوتت هي نفسها لصالحها",
                "وزير الخارجية الأمريكي أنتوني بلينكن",
            ),
            r(
                "Al Khaleej",
                "2023-09-21",
                "روسيا العضو الدائم في مجلس الأمن، كما قال بلينكن، تسعى للحصول على السلاح من كوريا الشمالية منتهكة قرارات أيدتها بنفسها",
                "بلينكن",
            ),
            r(
                "Euronews Arabic",
                "2023-09-20",
                "دولة دائمة العضوية في المجلس تذهب إلى بيونغ يانغ طلبا للسلاح، خارقة قرارات صوتت عليها",
                "الوزير الأميركي",
            ),
            r(
                "Libyan News Agency",
                "2023-09-21",
                "روسيا تطلب الأسلحة من كوريا الشمالية في خرق للقرارات التي صوتت لصالحها بنفسها",
                "رئيس الدبلوماسية الأمريكية",
            ),
        ],
    ),
    statement(
        "a11",
        "Yoon Suk Yeol",
        "2023-09-20",
        "ko",
        "At the UN General Assembly: if Russia helps North Korea enhance its weapons of mass destruction in exchange for conventional weapons, it will be a direct provocation threatening the peace and security of not only Ukraine but South Korea.",
        [
            r(
                "KBS World Radio Arabic",
                "2023-09-21",
                "إذا ساعدت روسيا كوريا الشمالية على تعزيز قدراتها في مجال أسلحة الدمار الشامل مقابل الحصول على أسلحة تقليدية، فسيكون ذلك استفزازاً مباشراً يهدد السلام والأمن، ليس لأوكرانيا فحسب بل لكوريا الجنوبية أيضاً",
                "الرئيس الكوري الجنوبي يون سوك يول",
            ),
            r(
                "Al Ayam",
                "2023-09-21",
                "مساعدة روسيا لكوريا الشمالية في تطوير أسلحة الدمار الشامل مقابل أسلحة تقليدية ستكون استفزازاً مباشراً يهدد سلام وأمن أوكرانيا وكوريا الجنوبية",
                "يون",
            ),
            r(
                "Akhbar Al Khaleej",
                "2023-09-21",
                "في حال ساعدت موسكو بيونغ يانغ على تطوير قدراتها في أسلحة الدمار الشامل مقابل أسلحة تقليدية، فإن ذلك سيمثل استفزازا مباشرا",
                "الرئيس يون سوك-يول",
            ),
            r(
                "Echorouk Online",
                "2023-09-22",
                "أي دعم روسي لبرامج أسلحة الدمار الشامل الكورية الشمالية مقابل الأسلحة التقليدية سيكون تهديدا مباشرا لأمن كوريا الجنوبية وأوكرانيا",
                "رئيس كوريا الجنوبية",
            ),
        ],
    ),
    statement(
        "a12",
        "Hirokazu Matsuno",
        "2023-09-14",
        "ja",
        "Press conference: it is unacceptable that Russia considers military cooperation with North Korea that violates Security Council resolutions; Japan has conveyed its concern to the Russian side through diplomatic channels.",
        [
            r(
                "Emirates News Agency",
                "2023-09-14",
                "ليس من المقبول أن تنظر روسيا في تعاون عسكري مع كوريا الشمالية ينتهك قرارات مجلس الأمن، وقد أبلغنا الجانب الروسي بقلقنا عبر القنوات الدبلوماسية",
                "كبير أمناء مجلس الوزراء الياباني هيروكازو ماتسونو",
            ),
            r(
                "Al Ittihad",
                "2023-09-15",
                "من غير المقبول أن تدرس روسيا تعاوناً عسكرياً مع كوريا الشمالية ينتهك قرارات مجلس الأمن، وقد أبلغت طوكيو موسكو بقلقها عبر القنوات الدبلوماسية",
                "ماتسونو",
            ),
            r(
                "Akhbar El Yom",
                "2023-09-14",
                "طوكيو نقلت قلقها إلى الجانب الروسى عبر القنوات الدبلوماسية إزاء أى تعاون عسكرى مع بيونج يانج يخالف قرارات مجلس الأمن",
                "المتحدث باسم الحكومة اليابانية",
            ),
        ],
    ),
    statement(
        "a13",
        "Wang Wenbin",
        "2023-09-11",
        "zh",
        "Regular briefing: Kim Jong Un's visit to Russia is a matter between the DPRK and Russia; I have no information to offer.",
        [
            r(
                "China Radio International Arabic",
                "2023-09-11",
                "زيارة الزعيم كيم جونغ أون إلى روسيا شأن بين جمهورية كوريا الديمقراطية الشعبية وروسيا، وليس لدي معلومات أقدمها في هذا الصدد",
                "المتحدث باسم وزارة الخارجية الصينية وانغ ون بين",
            ),
            r(
                "Al Wasat",
                "2023-09-12",
                "هذه مسألة تخص كوريا الشمالية وروسيا، وليست لدي معلومات",
                "بكين",
            ),
            r(
                "Islamic Republic News Agency",
                "2023-09-11",
                "أن زيارة كيم إلى روسيا أمر يخص البلدين، وأنه لا يملك معلومات حولها",
                "وانغ وين بين",
            ),
        ],
    ),
    statement(
        "a14",
        "Maria Zakharova",
        "2023-10-25",
        "ru",
        "Weekly briefing: Russia's cooperation with the DPRK develops in line with international law and is not directed against third countries (Mehr carries her next sentence too: Russia has the right to develop its ties with its neighbours as it sees fit).",
        [
            r(
                "Saba News Agency",
                "2023-10-25",
                "إن التعاون بين روسيا وجمهورية كوريا الديمقراطية الشعبية يتطور وفقاً للقانون الدولي ولا يستهدف دولاً ثالثة",
                "المتحدثة باسم الخارجية الروسية ماريا زاخاروفا",
            ),
            r(
                "Mehr News Agency",
                "2023-10-25",
                "تعاوننا مع بيونغ يانغ يجري في إطار القانون الدولي وليس موجهاً ضد أي طرف ثالث، ومن حقنا أن نطور علاقاتنا مع جيراننا كما نرى",
                "زاخاروفا",
            ),
            r(
                "Al Wafd",
                "2023-10-26",
                "التعاون الروسى مع كوريا الشمالية يتم وفق القانون الدولى ولا يستهدف أى دولة أخرى",
                "الخارجية الروسية",
            ),
            r(
                "Donia Al-Watan",
                "2023-10-26",
                "تطوير التعاون مع كوريا الديمقراطية يتوافق مع القانون الدولي",
                "المتحدثة باسم الخارجية الروسية",
            ),
        ],
    ),
    statement(
        "a15",
        "Stephane Dujarric",
        "2023-09-13",
        "en",
        "Noon briefing: the Secretary-General expects all countries, including Russia and the DPRK, to abide by the Security Council's sanctions regime on North Korea.",
        [
            r(
                "Middle East News Agency",
                "2023-09-13",
                "إن الأمين العام يتوقع من جميع الدول، بما فيها روسيا وكوريا الشمالية، الالتزام بنظام العقوبات الذي فرضه مجلس الأمن على بيونج يانج",
                "المتحدث الرسمي باسم الأمين العام للأمم المتحدة ستيفان دوجاريك",
            ),
            r(
                "Masrawy",
                "2023-09-14",
                "الأمين العام يتوقع من جميع الدول بما فيها روسيا وكوريا الشمالية الالتزام بنظام عقوبات مجلس الأمن على بيونج يانج",
                "دوجاريك",
            ),
            r(
                "Kuwait News Agency",
                "2023-09-13",
                "غوتيريش ينتظر من كل الدول، ومنها روسيا وكوريا الديمقراطية، احترام العقوبات المفروضة من مجلس الأمن",
                "الأمم المتحدة",
            ),
            r(
                "Al Madina",
                "2023-09-14",
                "على روسيا وكوريا الشمالية، مثل سائر الدول، التقيد بعقوبات مجلس الأمن",
                "المتحدث باسم غوتيريش",
            ),
        ],
    ),
]

NEAR_MISSES = [
    near_miss(
        "an01",
        "Yuri Ushakov",
        "2023-09-12",
        "لن يكون هناك مؤتمر صحفي مشترك بعد المحادثات، ولا يخطط لتوقيع أي وثائق خلال الزيارة",
        "a01",
        "The same briefing on the same programme: no joint press conference and no documents to sign, not the order of the talks and the lunch.",
    ),
    near_miss(
        "an02",
        "Vladimir Putin",
        "2023-09-13",
        "لهذا السبب أتينا إلى هنا: الزعيم الكوري يبدي اهتماماً كبيراً بتقنيات الصواريخ، وهم يحاولون تطوير الفضاء أيضاً",
        "a02",
        "The same morning at the cosmodrome, to Russian television, asked whether Russia will help with satellites: why they came here, not the greeting and the agenda.",
    ),
    near_miss(
        "an03",
        "Kim Jong Un",
        "2023-09-13",
        "أنا على ثقة بأن الجيش والشعب الروسيين سيحققان انتصاراً عظيماً في النضال المقدس لمعاقبة تحالف الشر الذي يسعى إلى الهيمنة والتوسع",
        "a03",
        "The next sentence of the same remarks: his confidence in Russia's victory in the sacred struggle, not support for Putin's decisions.",
    ),
    near_miss(
        "an04",
        "KCNA",
        "2023-09-14",
        "تبادل الزعيمان وجهات النظر بشكل معمق حول الوضع في شبه الجزيرة الكورية وأوروبا، وتوصلا إلى توافق مرض بشأن تعزيز التعاون الاستراتيجي والتكتيكي",
        "a04",
        "The same KCNA report's previous item: the views exchanged and the consensus on cooperation, not the invitation to visit.",
    ),
    near_miss(
        "an05",
        "Dmitry Peskov",
        "2023-10-18",
        "لا توجد حتى الآن مواعيد محددة لزيارة الرئيس بوتين إلى بيونغ يانغ، وسيتم الاتفاق عليها عبر القنوات الدبلوماسية",
        "a05",
        "The same call with reporters on the same trip: no dates yet for Putin's own visit to Pyongyang, not the contacts Lavrov's visit continues.",
    ),
    near_miss(
        "an06",
        "Sergei Lavrov",
        "2023-10-19",
        "نرفض العقوبات الأحادية التي تفرضها الولايات المتحدة وحلفاؤها على كوريا الديمقراطية، وهي تزيد من التوتر في شبه الجزيرة الكورية",
        "a06",
        "The same press conference, the same actors and the same tension: unilateral sanctions, not the military build-up near the peninsula.",
    ),
    near_miss(
        "an07",
        "Choe Son Hui",
        "2023-10-19",
        "نثمن عالياً موقف روسيا المبدئي من قضية شبه الجزيرة الكورية ومعارضتها لضغوط العقوبات التي تقودها الولايات المتحدة",
        "a07",
        "The same talks, the support going the other way: she thanks Russia for its position on the peninsula, not Pyongyang backing the war.",
    ),
    near_miss(
        "an08",
        "John Kirby",
        "2023-10-13",
        "في المقابل تسعى كوريا الشمالية للحصول على قدرات عسكرية من روسيا، من بينها طائرات مقاتلة وصواريخ أرض-جو ومدرعات",
        "a08",
        "The next point of the same briefing: what North Korea seeks from Russia in return, not the containers it sent.",
    ),
    near_miss(
        "an09",
        "Dmytro Kuleba",
        "2023-09-13",
        "ندعو شركاءنا إلى الرد على صفقات السلاح بين روسيا وكوريا الشمالية بعقوبات جديدة على الطرفين",
        "a09",
        "The same day's next line on the same arms: a call for new sanctions, not the proof that the war failed and sanctions work.",
    ),
    near_miss(
        "an10",
        "Antony Blinken",
        "2023-09-20",
        "روسيا، العضو الدائم في هذا المجلس، تقصف موانئ أوكرانيا وصوامع الحبوب فيها وتحرم جياع العالم من الغذاء",
        "a10",
        "The same speech in the same frame (a permanent member of this Council): the bombing of ports and grain, not the weapons from North Korea.",
    ),
    near_miss(
        "an11",
        "Yoon Suk Yeol",
        "2023-09-20",
        "من المفارقة أن يشن عضو دائم في مجلس الأمن، مؤتمن على حماية السلام العالمي، حرباً على دولة ذات سيادة، وأن يتلقى أسلحة وذخائر من نظام ينتهك قرارات المجلس علناً",
        "a11",
        "The sentence before in the same speech: the paradox of a permanent member at war and buying arms, not the provocation of helping the North's weapons of mass destruction.",
    ),
    near_miss(
        "an12",
        "Hirokazu Matsuno",
        "2023-09-14",
        "سنواصل جمع المعلومات وتحليلها بالتعاون مع الولايات المتحدة وكوريا الجنوبية بشأن نتائج المحادثات في قاعدة الفضاء",
        "a12",
        "The same press conference: gathering information with Washington and Seoul, not the concern conveyed to Moscow.",
    ),
    near_miss(
        "an13",
        "Wang Wenbin",
        "2023-09-11",
        "بالنسبة إلى زيارة محتملة للزعيم كيم إلى الصين، ليس لدي معلومات أقدمها",
        "a13",
        "The same briefing's next question in the same frame: a possible visit of Kim to China, not his visit to Russia.",
    ),
    near_miss(
        "an14",
        "Maria Zakharova",
        "2023-10-25",
        "اتهامات واشنطن بشأن نقل ذخائر من كوريا الشمالية إلى روسيا لا أساس لها، وهدفها تبرير توريد الأسلحة الأمريكية إلى كييف",
        "a14",
        "The same briefing on the same cooperation: the accusations about munitions are baseless, not cooperation under international law.",
    ),
    near_miss(
        "an15",
        "Stephane Dujarric",
        "2023-09-13",
        "يواصل الأمين العام الدعوة إلى استئناف الحوار باعتباره السبيل الوحيد إلى سلام دائم ونزع كامل للأسلحة النووية في شبه الجزيرة الكورية",
        "a15",
        "The same answer's next sentence: the call for dialogue and denuclearisation, not the sanctions everyone must respect.",
    ),
]


def main() -> None:
    assert all(s["id"].startswith("a") and not s["id"].startswith("an") for s in STATEMENTS)
    assert all(n["id"].startswith("an") for n in NEAR_MISSES)
    write_statements_split(OUT, {"statements": STATEMENTS, "near_misses": NEAR_MISSES}, in_registry=True)


if __name__ == "__main__":
    main()
