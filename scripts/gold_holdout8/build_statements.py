# ruff: noqa: E501
"""Build corpus/gold/statements/holdout8.json (statements h01.., near misses hn01..), in the
format of corpus/gold/statements/holdout7.json.  All renderings are invented Arabic written for
this set, in the way different outlets would translate one original; the notes are in
scripts/gold_holdout8/STATEMENTS.md.
Run: python3 scripts/gold_holdout8/build_statements.py"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_builder import ROOT, near_miss, rendering, statement, write_statements_split  # noqa: E402

OUT = ROOT / "corpus" / "gold" / "statements" / "holdout8.json"
r = rendering

STATEMENTS = [
    statement(
        "h01",
        "Vladimir Putin",
        "2023-09-13",
        "ru",
        "In a television interview after the talks: Kim Jong Un is a strong leader who makes his own decisions and is sincerely interested in the development of his country.",
        [
            r(
                "RT Arabic",
                "2023-09-13",
                "كيم جونغ أون زعيم قوي يتخذ قراراته بنفسه، وهو مهتم بصدق بتطوير بلاده",
                "الرئيس الروسي فلاديمير بوتين",
            ),
            r("Sky News Arabia", "2023-09-13", "إنه قائد قوي ومستقل في قراراته", "بوتين"),
            r(
                "Al-Masry Al-Youm",
                "2023-09-14",
                "الزعيم الكورى الشمالى رجل قوى، يتخذ القرارات بنفسه ويهتم اهتماماً صادقاً بتنمية بلده",
                "الرئيس الروسى",
            ),
            r("Hespress", "2023-09-15", "الرجل حريص فعلاً على أن تتطور بلاده", "سيد الكرملين"),
        ],
    ),
    statement(
        "h02",
        "Kim Jong Un",
        "2023-09-16",
        "ko",
        "Aboard the frigate Marshal Shaposhnikov in Vladivostok: I wish the officers and sailors of the Pacific Fleet new successes in defending the security of Russia's eastern borders.",
        [
            r(
                "Al Mayadeen",
                "2023-09-16",
                "أتمنى لضباط وبحارة أسطول المحيط الهادئ نجاحات جديدة في الدفاع عن أمن الحدود الشرقية لروسيا",
                "الزعيم الكوري الشمالي كيم جونغ أون",
            ),
            r(
                "Al Jazeera",
                "2023-09-17",
                "أتمنى للضباط والبحارة في أسطول المحيط الهادي مزيداً من النجاح في حماية حدود روسيا الشرقية",
                "كيم",
            ),
            r(
                "Al Bayan",
                "2023-09-17",
                "أتمنى لكم نجاحات جديدة في الذود عن أمن حدود روسيا الشرقية",
                "كيم جونج أون مخاطباً البحارة الروس",
            ),
            r(
                "Youm7",
                "2023-09-18",
                "نجاحات جديدة فى الدفاع عن الحدود الشرقية لروسيا",
                "زعيم كوريا الشمالية",
            ),
        ],
    ),
    statement(
        "h03",
        "Dmitry Peskov",
        "2023-09-13",
        "ru",
        "The leaders' one-on-one conversation lasted longer than planned, about an hour; it was substantive and frank.",
        [
            r(
                "Sputnik Arabic",
                "2023-09-13",
                "استمرت المحادثة الثنائية بين الزعيمين فترة أطول مما كان مخططاً لها، نحو ساعة، وكانت محادثة جوهرية وصريحة",
                "المتحدث الرسمي باسم الكرملين دميتري بيسكوف",
            ),
            r(
                "Al Arabiya",
                "2023-09-13",
                "المحادثات على انفراد بين بوتين وكيم استغرقت قرابة ساعة، أي أكثر من المقرر",
                "الكرملين",
            ),
            r(
                "Al Quds Al Arabi",
                "2023-09-14",
                "كان حديث الزعيمين على انفراد غنياً بالمضمون وصريحاً",
                "بيسكوف",
            ),
            r(
                "Al Khaleej",
                "2023-09-15",
                "لقد تجاوز اللقاء المغلق بين الرئيسين الوقت المحدد له، واستمر ساعة تقريباً",
                "الناطق باسم الرئاسة الروسية",
            ),
        ],
    ),
    statement(
        "h04",
        "Sergei Lavrov",
        "2023-10-19",
        "ru",
        "In Pyongyang: our cooperation with the DPRK is not directed against anyone; it is not a military alliance and poses no threat to third countries.",
        [
            r(
                "RT Arabic",
                "2023-10-19",
                "تعاوننا مع جمهورية كوريا الديمقراطية الشعبية ليس موجهاً ضد أحد، فهو ليس تحالفاً عسكرياً ولا يشكل تهديداً لدول ثالثة",
                "وزير الخارجية الروسي سيرغي لافروف",
            ),
            r(
                "Al Jazeera",
                "2023-10-19",
                "إن التعاون بين روسيا وكوريا الشمالية لا يستهدف أي طرف، ولا يمثل خطراً على بلدان أخرى",
                "لافروف",
            ),
            r(
                "Ennahar Online",
                "2023-10-20",
                "ليس حلفاً عسكرياً ولا يهدد أي دولة ثالثة",
                "عميد الدبلوماسية الروسية",
            ),
            r(
                "Asharq Al-Awsat",
                "2023-10-21",
                "لسنا بصدد إقامة تحالف عسكري مع بيونغ يانغ، وتعاوننا لا يُوجَّه ضد أي بلد",
                "سيرغي لافروف",
            ),
        ],
    ),
    statement(
        "h05",
        "Sergei Shoigu",
        "2023-09-16",
        "ru",
        "Since my visit to Pyongyang in July, contacts between our two defence ministries have become regular, and we intend to develop them further.",
        [
            r(
                "RT Arabic",
                "2023-09-16",
                "منذ زيارتي إلى بيونغ يانغ في يوليو، أصبحت الاتصالات بين وزارتي الدفاع في بلدينا منتظمة، ونعتزم تطويرها أكثر",
                "وزير الدفاع الروسي سيرغي شويغو",
            ),
            r(
                "Al Mayadeen",
                "2023-09-16",
                "باتت الاتصالات بين وزارتَي الدفاع الروسية والكورية الشمالية دورية منذ زيارتي لبيونغ يانغ في تموز الماضي",
                "شويغو",
            ),
            r(
                "Al-Ahram",
                "2023-09-17",
                "سنواصل تطوير الاتصالات بين وزارتى الدفاع",
                "وزير الدفاع الروسى",
            ),
            r(
                "Independent Arabia",
                "2023-09-18",
                "منذ أن زرت بيونغيانغ في يوليو (تموز)، صارت الاتصالات بين المؤسستين العسكريتين في البلدين منتظمة، وننوي توسيعها",
                "سيرغي شويجو",
            ),
        ],
    ),
    statement(
        "h06",
        "Maria Zakharova",
        "2023-09-14",
        "ru",
        "Western media have spread so many fakes about Kim Jong Un's visit that one could write a whole novel out of them.",
        [
            r(
                "Sputnik Arabic",
                "2023-09-14",
                "نشرت وسائل الإعلام الغربية كماً من الأخبار الكاذبة عن زيارة كيم جونغ أون يكفي لكتابة رواية كاملة",
                "المتحدثة الرسمية باسم الخارجية الروسية ماريا زاخاروفا",
            ),
            r(
                "Al Alam",
                "2023-09-15",
                "الإعلام الغربي بثّ من الأكاذيب حول زيارة الزعيم الكوري ما يصلح لتأليف رواية",
                "زاخاروفا",
            ),
            r(
                "Masrawy",
                "2023-09-15",
                "يمكن كتابة رواية كاملة من الأخبار المزيفة التى نشرها الإعلام الغربى عن الزيارة",
                "الخارجية الروسية",
            ),
            r(
                "Arab48",
                "2023-09-15",
                "الغرب ألّف عن زيارة الزعيم الكوري رواية كاملة من الفبركات",
                "الدبلوماسية الروسية",
            ),
            r(
                "Rai Al Youm",
                "2023-09-16",
                "ما نشرته وسائل إعلام غربية من أخبار مفبركة عن الزيارة يكفي لرواية بأكملها",
                "ماريا زخاروفا",
            ),
        ],
    ),
    statement(
        "h07",
        "KCNA",
        "2023-09-17",
        "ko",
        "On 16 September Kim Jong Un, accompanied by Russian Defence Minister Shoigu, boarded the Pacific Fleet frigate Marshal Shaposhnikov, moored in Vladivostok, and was briefed in detail on its weapon systems and combat capabilities.",
        [
            r(
                "Al Alam",
                "2023-09-17",
                "صعد الرفيق كيم جونغ أون، يرافقه وزير الدفاع الروسي سيرغي شويغو، يوم 16 أيلول على متن الفرقاطة مارشال شابوشنيكوف التابعة لأسطول المحيط الهادئ والراسية في ميناء فلاديفوستوك، واطلع بالتفصيل على منظومات تسليحها وقدراتها القتالية",
                "وكالة الأنباء المركزية الكورية",
            ),
            r(
                "Al Arabiya",
                "2023-09-17",
                "تفقد كيم الفرقاطة الروسية المارشال شابوشنيكوف برفقة شويغو، واستمع إلى شرح عن أسلحتها",
                "وسائل الإعلام الرسمية في كوريا الشمالية",
            ),
            r(
                "CGTN Arabic",
                "2023-09-17",
                "زار كيم جونغ أون في 16 سبتمبر الفرقاطة مارشال شابوشنيكوف التابعة لأسطول المحيط الهادئ الروسي",
                "وكالة الأنباء المركزية الكورية (كاسنا)",
            ),
            r(
                "Al Gomhuria",
                "2023-09-18",
                "اطلع الزعيم كيم جونج أون على منظومات الأسلحة والقدرات القتالية للفرقاطة مارشال شابوشنيكوف فى السادس عشر من سبتمبر",
                "الوكالة الكورية الشمالية",
            ),
        ],
    ),
    statement(
        "h08",
        "Pat Ryder",
        "2023-09-14",
        "en",
        "So far we have seen no indication that North Korea has delivered munitions to Russia, but we will continue to monitor closely.",
        [
            r(
                "Alhurra",
                "2023-09-14",
                "لم نرَ حتى الآن ما يشير إلى أن كوريا الشمالية سلّمت ذخائر إلى روسيا، لكننا سنواصل المراقبة عن كثب",
                "المتحدث باسم وزارة الدفاع الأميركية الجنرال باتريك رايدر",
            ),
            r(
                "Radio Sawa",
                "2023-09-15",
                "ليس لدينا حتى هذه اللحظة أي مؤشر على تسليم بيونغ يانغ ذخيرة لموسكو",
                "البنتاغون",
            ),
            r("Al Ittihad", "2023-09-15", "سنستمر في متابعة الأمر عن كثب", "رايدر"),
            r(
                "Al Anba",
                "2023-09-16",
                "لا دلائل حتى الآن على نقل ذخائر كورية شمالية إلى روسيا، ونحن نراقب الوضع بدقة",
                "متحدث عسكري أمريكي",
            ),
        ],
    ),
    statement(
        "h09",
        "Rafael Grossi",
        "2023-09-11",
        "en",
        "To the IAEA Board: the continued development of the DPRK's nuclear programme, including the apparent operation of the light water reactor at Yongbyon, is deeply regrettable and a clear violation of Security Council resolutions; I call on the DPRK to comply fully with its obligations.",
        [
            r(
                "Al Jazeera",
                "2023-09-11",
                "إن استمرار تطوير البرنامج النووي لكوريا الشمالية، بما في ذلك التشغيل الظاهر لمفاعل الماء الخفيف في يونغبيون، أمر يدعو إلى الأسف الشديد ويمثل انتهاكاً واضحاً لقرارات مجلس الأمن، وأدعو بيونغ يانغ إلى الامتثال الكامل لالتزاماتها",
                "المدير العام للوكالة الدولية للطاقة الذرية رافائيل غروسي",
            ),
            r(
                "France 24 Arabic",
                "2023-09-11",
                "المضي في تطوير البرنامج النووي الكوري الشمالي مؤسف للغاية ويشكل خرقاً صريحاً لقرارات مجلس الأمن الدولي",
                "غروسي",
            ),
            r(
                "Anadolu Agency",
                "2023-09-12",
                "يبدو أن مفاعل الماء الخفيف في يونغبيون يعمل",
                "رافائيل جروسي",
            ),
            r(
                "Al Quds Al Arabi",
                "2023-09-13",
                "تشغيل مفاعل يونغبيون على ما يبدو انتهاك واضح لقرارات مجلس الأمن",
                "الوكالة الدولية للطاقة الذرية",
            ),
        ],
    ),
    statement(
        "h10",
        "Wang Wenbin",
        "2023-09-14",
        "zh",
        "The US should reflect on its own responsibility instead of shifting the blame onto others: it is the US that keeps raising military pressure on the peninsula.",
        [
            r(
                "CGTN Arabic",
                "2023-09-14",
                "على الولايات المتحدة أن تراجع مسؤوليتها بدلاً من إلقاء اللوم على الآخرين، فهي التي تواصل تصعيد الضغط العسكري في شبه الجزيرة",
                "المتحدث باسم وزارة الخارجية الصينية وانغ ون بين",
            ),
            r(
                "China Radio International Arabic",
                "2023-09-14",
                "يتعين على الجانب الأمريكي التأمل في مسؤوليته بدلاً من تحميل غيره المسؤولية",
                "وانغ ون بين",
            ),
            r(
                "Al Mayadeen",
                "2023-09-15",
                "واشنطن هي من يزيد الضغوط العسكرية على شبه الجزيرة الكورية باستمرار، وعليها أن تنظر في مسؤوليتها هي",
                "الخارجية الصينية",
            ),
        ],
    ),
    statement(
        "h11",
        "Yasukazu Hamada",
        "2023-09-12",
        "ja",
        "If North Korea supplies ammunition to Russia, it would prolong Russia's aggression against Ukraine; Japan cannot overlook that.",
        [
            r(
                "NHK",
                "2023-09-12",
                "إذا زودت كوريا الشمالية روسيا بالذخيرة، فإن ذلك سيطيل أمد العدوان الروسي على أوكرانيا، وهو أمر لا يمكن لليابان أن تتجاهله",
                "وزير الدفاع الياباني ياسوكازو هامادا",
            ),
            r(
                "Kyodo News",
                "2023-09-12",
                "توريد الذخائر الكورية الشمالية إلى روسيا من شأنه إطالة الغزو الروسي لأوكرانيا",
                "هامادا",
            ),
            r("Asharq News", "2023-09-13", "لا يمكننا غض الطرف عن ذلك", "وزير الدفاع الياباني"),
            r(
                "Al Eqtisadiah",
                "2023-09-14",
                "تزويد بيونغ يانغ لموسكو بالذخيرة سيمدد الحرب في أوكرانيا، ولن تتجاهل طوكيو ذلك",
                "مسؤول ياباني",
            ),
        ],
    ),
    statement(
        "h12",
        "Lim Soo-suk",
        "2023-09-14",
        "ko",
        "We have conveyed to Russia, through diplomatic channels, our serious concern about its military cooperation with North Korea.",
        [
            r(
                "Yonhap",
                "2023-09-14",
                "أبلغنا الجانب الروسي عبر القنوات الدبلوماسية بقلقنا البالغ إزاء التعاون العسكري مع كوريا الشمالية",
                "المتحدث باسم وزارة الخارجية الكورية الجنوبية ليم سو سوك",
            ),
            r(
                "KBS World Radio Arabic",
                "2023-09-14",
                "نقلت الحكومة إلى موسكو عبر القنوات الدبلوماسية قلقها الشديد من التعاون العسكري بين روسيا وكوريا الشمالية",
                "وزارة الخارجية",
            ),
            r("Al Ain News", "2023-09-15", "عبّرنا لروسيا عن قلقنا الجدي بالطرق الدبلوماسية", "سيول"),
            r(
                "Veto",
                "2023-09-16",
                "أعربت سيئول لموسكو عن بالغ قلقها من التعاون العسكرى مع بيونج يانج",
                "الخارجية الكورية الجنوبية",
            ),
        ],
    ),
    statement(
        "h13",
        "Alexander Matsegora",
        "2023-09-18",
        "ru",
        "We expect the number of flights between Vladivostok and Pyongyang to grow and Russian tourist groups to return to the DPRK soon.",
        [
            r(
                "Sputnik Arabic",
                "2023-09-18",
                "نتوقع أن يزداد عدد الرحلات الجوية بين فلاديفوستوك وبيونغ يانغ، وأن تعود المجموعات السياحية الروسية إلى كوريا الديمقراطية قريباً",
                "السفير الروسي لدى بيونغ يانغ ألكسندر ماتسيغورا",
            ),
            r(
                "RT Arabic",
                "2023-09-19",
                "ستعود أفواج السياح الروس إلى كوريا الشمالية في القريب العاجل",
                "ماتسيغورا",
            ),
            r(
                "Al Bayan",
                "2023-09-19",
                "نتوقع زيادة الرحلات بين فلاديفوستوك وبيونغيانغ وعودة السياح الروس قريباً",
                "السفير الروسي",
            ),
            r(
                "Al Rai",
                "2023-09-20",
                "سوف تتزايد الرحلات الجوية بين بيونغ يانغ وفلاديفستوك",
                "ألكسندر ماتسيجورا",
            ),
        ],
    ),
    statement(
        "h14",
        "Peter Stano",
        "2023-09-13",
        "en",
        "The EU stands ready to impose restrictive measures on any North Korean or Russian entity involved in transferring arms.",
        [
            r(
                "Euronews Arabic",
                "2023-09-13",
                "الاتحاد الأوروبي مستعد لفرض إجراءات تقييدية على أي كيان كوري شمالي أو روسي يتورط في نقل الأسلحة",
                "المتحدث باسم الاتحاد الأوروبي بيتر ستانو",
            ),
            r(
                "DW Arabic",
                "2023-09-13",
                "نحن على استعداد لفرض عقوبات على الكيانات الكورية الشمالية والروسية الضالعة في صفقات السلاح",
                "ستانو",
            ),
            r(
                "Al Arab",
                "2023-09-14",
                "أي جهة روسية أو كورية شمالية تشارك في تسليم السلاح ستواجه تدابير تقييدية أوروبية",
                "بروكسل",
            ),
            r(
                "SWI swissinfo.ch Arabic",
                "2023-09-14",
                "الاتحاد الأوروبي مستعد لفرض تدابير تقييدية",
                "الاتحاد الأوروبي",
            ),
        ],
    ),
]

NEAR_MISSES = [
    near_miss(
        "hn01",
        "Vladimir Putin",
        "2023-09-13",
        "الشعب الكوري شعب قوي، وهو مهتم بصدق بتطوير علاقاته مع روسيا",
        "h01",
        "Same interview and the same words (strong, sincerely interested in developing), but about the Korean people and its ties with Russia, not Kim's character and his own country.",
    ),
    near_miss(
        "hn02",
        "Kim Jong Un",
        "2023-09-16",
        "أتمنى لطياري الطيران الاستراتيجي الروسي نجاحات جديدة في أداء مهامهم القتالية",
        "h02",
        "Same day and the same wish (new successes), at Knevichi airfield for the long-range pilots, not aboard the frigate for the Pacific Fleet's sailors.",
    ),
    near_miss(
        "hn03",
        "Dmitry Peskov",
        "2023-09-13",
        "استمرت المحادثات الموسعة بين الوفدين نحو ساعة ونصف، وتركزت على التعاون الاقتصادي",
        "h03",
        "Same briefing and frame (the talks lasted about ...), but the delegations' talks and their economic agenda, not the leaders' one-on-one.",
    ),
    near_miss(
        "hn04",
        "Sergei Lavrov",
        "2023-10-19",
        "المناورات الأمريكية مع اليابان وكوريا الجنوبية موجهة ضد جمهورية كوريا الديمقراطية الشعبية، وتشكل تهديداً لأمن المنطقة كلها",
        "h04",
        "Same press conference and the same words (directed against, the DPRK's full name, a threat), but the reverse claim about the US drills with Japan and South Korea, not the nature of Russia–DPRK cooperation.",
    ),
    near_miss(
        "hn05",
        "Sergei Shoigu",
        "2023-09-16",
        "منذ زيارتي إلى بيونغ يانغ في يوليو، أعرف جيداً قدرات الجيش الشعبي الكوري ومستوى تدريبه",
        "h05",
        "Same opening as RT Arabic word for word (since my visit to Pyongyang in July), but his view of the Korean army, not the contacts between the ministries.",
    ),
    near_miss(
        "hn06",
        "Maria Zakharova",
        "2023-09-14",
        "نشرت وسائل الإعلام الغربية كماً من الأكاذيب عن الاقتصاد الروسي يكفي لملء مكتبة كاملة",
        "h06",
        "Same sarcasm and the same frame as Sputnik Arabic, but lies about the Russian economy filling a library, not fakes about Kim's visit.",
    ),
    near_miss(
        "hn07",
        "KCNA",
        "2023-09-17",
        "زار الرفيق كيم جونغ أون، يرافقه وزير الدفاع الروسي سيرغي شويغو، يوم 16 أيلول مطار كنيفيتشي العسكري، واطلع على القاذفات الاستراتيجية",
        "h07",
        "The same KCNA opening (Kim with Shoigu on 16 September), but the Knevichi airfield and its bombers, not the frigate.",
    ),
    near_miss(
        "hn08",
        "Pat Ryder",
        "2023-09-14",
        "لم نرَ حتى الآن ما يشير إلى أن روسيا نقلت تكنولوجيا عسكرية إلى كوريا الشمالية، لكن هذا الاحتمال يقلقنا",
        "h08",
        "Same 'we have seen no indication so far ..., but', in the other direction (Russian technology to North Korea, not munitions to Russia) and worry, not monitoring.",
    ),
    near_miss(
        "hn09",
        "Rafael Grossi",
        "2023-09-11",
        "إن استمرار الأنشطة في موقع بونغي ري للتجارب النووية يدعو إلى القلق، إذ يبقى الموقع جاهزاً لإجراء تجربة نووية",
        "h09",
        "Same report to the Board and the same 'the continued ... is worrying', but the Punggye-ri test site, not Yongbyon's reactor and the resolutions.",
    ),
    near_miss(
        "hn10",
        "Wang Wenbin",
        "2023-09-14",
        "على الولايات المتحدة أن تكف عن تصعيد التوتر في مضيق تايوان بدلاً من إلقاء اللوم على الصين",
        "h10",
        "Same 'the US should ... instead of blaming', but the Taiwan Strait, not its responsibility on the Korean peninsula.",
    ),
    near_miss(
        "hn11",
        "Yasukazu Hamada",
        "2023-09-12",
        "إذا أطلقت كوريا الشمالية قمراً صناعياً عسكرياً يحلق فوق اليابان، فهذا أمر لا يمكن التغاضي عنه",
        "h11",
        "Same conditional and the same 'cannot be overlooked', but a satellite launch over Japan, not ammunition for Russia.",
    ),
    near_miss(
        "hn12",
        "Lim Soo-suk",
        "2023-09-14",
        "أبلغنا الجانب الروسي عبر القنوات الدبلوماسية بأن سيول حريصة على الحفاظ على علاقات مستقرة مع موسكو",
        "h12",
        "Same opening as Yonhap word for word (we told the Russian side through diplomatic channels), but Seoul's wish for stable ties, not its concern.",
    ),
    near_miss(
        "hn13",
        "Alexander Matsegora",
        "2023-09-18",
        "نتوقع أن يزداد عدد الطلاب الكوريين الذين يدرسون في الجامعات الروسية",
        "h13",
        "Same 'we expect the number of ... to grow', but Korean students in Russian universities, not flights and tourists.",
    ),
    near_miss(
        "hn14",
        "Peter Stano",
        "2023-09-13",
        "الاتحاد الأوروبي مستعد لفرض إجراءات تقييدية جديدة على روسيا إذا واصلت قصف الموانئ الأوكرانية على نهر الدانوب",
        "h14",
        "Same 'the EU stands ready to impose restrictive measures' as Euronews Arabic, but new measures on Russia over its strikes on Ukraine's Danube ports, not on entities trading arms.",
    ),
]


def main() -> None:
    assert all(s["id"].startswith("h") and not s["id"].startswith("hn") for s in STATEMENTS)
    assert all(n["id"].startswith("hn") for n in NEAR_MISSES)
    write_statements_split(OUT, {"statements": STATEMENTS, "near_misses": NEAR_MISSES}, in_registry=True)


if __name__ == "__main__":
    main()
