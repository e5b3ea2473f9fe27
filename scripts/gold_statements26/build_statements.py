# ruff: noqa: E501
"""Build corpus/gold/statements/holdout26.json (statements aa01.., near misses aan01..), in the
format of the earlier statement files.  All renderings are invented Arabic written for this set,
the way Arabic outlets carry one translated original: a wire copied by a second outlet with a
few words changed, another translation of the same words, a paper keeping half the statement
or adding the next sentence in reported speech, Egyptian spelling (`ى`, `ج`), a quote relayed
by a third party and vague attributions.  Written blind (no grouping code, tests or other gold
renderings read).  Notes in scripts/gold_statements26/STATEMENTS.md.
Run: python3 scripts/gold_statements26/build_statements.py"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_builder import ROOT, near_miss, rendering, statement, write_statements_split  # noqa: E402

OUT = ROOT / "corpus" / "gold" / "statements" / "holdout26.json"
r = rendering

STATEMENTS = [
    statement(
        "aa01",
        "Sergei Ryabkov",
        "2023-09-12",
        "ru",
        "To reporters in Moscow as Kim's train crossed into Russia: we will not report to anyone on our contacts with Pyongyang; our cooperation with the DPRK develops within international law and threatens no one.",
        [
            r(
                "RT Arabic",
                "2023-09-12",
                "لن نقدم تقارير لأحد بشأن اتصالاتنا مع بيونغ يانغ، فتعاوننا مع كوريا الديمقراطية يتطور في إطار القانون الدولي ولا يهدد أحدا",
                "نائب وزير الخارجية الروسي سيرغي ريابكوف",
            ),
            r(
                "Sputnik Arabic",
                "2023-09-12",
                "لن نرفع تقارير لأي أحد حول اتصالاتنا مع بيونغ يانغ، وتعاوننا مع جمهورية كوريا الديمقراطية الشعبية يتطور في إطار القانون الدولي ولا يشكل تهديدا لأحد",
                "ريابكوف",
            ),
            r(
                "Al-Masry Al-Youm",
                "2023-09-13",
                "إن موسكو غير ملزمة بإطلاع أى طرف على اتصالاتها مع بيونج يانج",
                "سيرجى ريابكوف نائب وزير الخارجية الروسى",
            ),
            r(
                "Al Jazeera",
                "2023-09-12",
                "تعاوننا مع كوريا الشمالية يجري وفق القانون الدولي، وهو ليس موجها ضد أي دولة",
                "ريابكوف",
            ),
        ],
    ),
    statement(
        "aa02",
        "Wang Yi",
        "2023-09-18",
        "zh",
        "Meeting Lavrov in Moscow: China and Russia should strengthen strategic coordination in international forums and jointly oppose unilateral sanctions and hegemonism.",
        [
            r(
                "Xinhua",
                "2023-09-18",
                "ينبغي للصين وروسيا تعزيز التنسيق الاستراتيجي في المحافل الدولية، والعمل معا على معارضة العقوبات الأحادية والهيمنة",
                "عضو المكتب السياسي للجنة المركزية للحزب الشيوعي الصيني وزير الخارجية وانغ يي",
            ),
            r(
                "CGTN Arabic",
                "2023-09-18",
                "على الصين وروسيا أن تعززا تنسيقهما الاستراتيجي في الساحات الدولية، وأن تعارضا سويا العقوبات الأحادية الجانب وممارسات الهيمنة",
                "وانغ يي",
            ),
            r(
                "Al Mayadeen",
                "2023-09-19",
                "إن بكين وموسكو مدعوتان إلى تعزيز تنسيقهما الاستراتيجي على الساحة الدولية ورفض العقوبات الأحادية",
                "وزير الخارجية الصيني وانغ يي خلال لقائه نظيره الروسي سيرغي لافروف",
            ),
            r(
                "Asharq Al-Awsat",
                "2023-09-19",
                "الوقوف معا في وجه الهيمنة والعقوبات التي تفرض من جانب واحد",
                "وانغ",
            ),
        ],
    ),
    statement(
        "aa03",
        "Shin Won-sik",
        "2023-09-27",
        "ko",
        "At his confirmation hearing as defence minister: if Russia transfers technology for reconnaissance satellites and nuclear submarines to the North, it will be a serious threat to our security, and we must be prepared.",
        [
            r(
                "Yonhap",
                "2023-09-27",
                "إذا نقلت روسيا إلى كوريا الشمالية تقنيات أقمار الاستطلاع والغواصات النووية فسيشكل ذلك تهديدا خطيرا لأمننا، وعلينا أن نكون مستعدين",
                "المرشح لمنصب وزير الدفاع الكوري الجنوبي شين وون سيك",
            ),
            r(
                "KBS World Radio Arabic",
                "2023-09-27",
                "في حال نقلت روسيا تكنولوجيا الأقمار الصناعية للاستطلاع والغواصات العاملة بالطاقة النووية إلى الشمال، فإن ذلك سيمثل تهديدا جديا لأمننا ويجب أن نستعد له",
                "شين وون-سيك",
            ),
            r(
                "Al Arabiya",
                "2023-09-28",
                "إن نقل موسكو تقنيات عسكرية حساسة إلى بيونغ يانغ سيكون تهديدا خطيرا لأمن كوريا الجنوبية",
                "وزير الدفاع الكوري الجنوبي المرتقب",
            ),
        ],
    ),
    statement(
        "aa04",
        "Park Jin",
        "2023-09-14",
        "ko",
        "Any military cooperation between Russia and North Korea that violates Security Council resolutions will be met with a firm response, in coordination with the international community.",
        [
            r(
                "Yonhap",
                "2023-09-14",
                "أي تعاون عسكري بين روسيا وكوريا الشمالية ينتهك قرارات مجلس الأمن الدولي سيقابل برد حازم بالتعاون مع المجتمع الدولي",
                "وزير الخارجية الكوري الجنوبي بارك جين",
            ),
            r(
                "Anadolu Agency",
                "2023-09-14",
                "سنرد بحزم مع المجتمع الدولي على أي تعاون عسكري بين موسكو وبيونغ يانغ يخرق قرارات مجلس الأمن",
                "بارك جين",
            ),
            r(
                "Youm7",
                "2023-09-15",
                "إن سيول ستتعامل بحزم مع أى تعاون عسكرى بين روسيا وكوريا الشمالية يخالف قرارات مجلس الأمن، وذلك بالتنسيق مع المجتمع الدولى",
                "وزير الخارجية الكورى الجنوبى بارك جين",
            ),
            r(
                "Shorouk News",
                "2023-09-15",
                "إن سيول ستتعامل بحزم مع أى تعاون عسكرى بين موسكو وبيونج يانج يخالف قرارات مجلس الأمن الدولى، بالتنسيق مع المجتمع الدولى",
                "بارك جين",
            ),
        ],
    ),
    statement(
        "aa05",
        "Josep Borrell",
        "2023-09-14",
        "en",
        "Russia seeking weapons from North Korea shows how isolated and desperate the Kremlin has become; the world sees who its friends are.",
        [
            r(
                "Euronews Arabic",
                "2023-09-14",
                "سعي روسيا للحصول على أسلحة من كوريا الشمالية يظهر مدى العزلة واليأس اللذين وصل إليهما الكرملين، والعالم يرى من هم أصدقاؤه",
                "مسؤول السياسة الخارجية في الاتحاد الأوروبي جوزيب بوريل",
            ),
            r(
                "DW Arabic",
                "2023-09-14",
                "بحث روسيا عن السلاح لدى كوريا الشمالية يكشف إلى أي حد أصبح الكرملين معزولا ويائسا، والعالم يرى من هم أصدقاؤه",
                "جوزيب بوريل",
            ),
            r(
                "Al Quds Al Arabi",
                "2023-09-15",
                "لجوء موسكو إلى بيونغ يانغ طلبا للسلاح دليل على يأسها وعزلتها",
                "بوريل",
            ),
            r(
                "France 24 Arabic",
                "2023-09-14",
                "العالم يرى جيدا من هم أصدقاء الكرملين اليوم",
                "المسؤول الأوروبي",
            ),
        ],
    ),
    statement(
        "aa06",
        "Dmitry Medvedev",
        "2023-09-13",
        "ru",
        "On Telegram: the West's hysteria about our contacts with Pyongyang is pure hypocrisy; they pump weapons into Kyiv and then forbid others to choose their friends.",
        [
            r(
                "RT Arabic",
                "2023-09-13",
                "هستيريا الغرب بشأن اتصالاتنا مع بيونغ يانغ نفاق محض، فهم يضخون الأسلحة في كييف ثم يمنعون الآخرين من اختيار أصدقائهم",
                "نائب رئيس مجلس الأمن الروسي دميتري ميدفيديف",
            ),
            r(
                "Al Mayadeen",
                "2023-09-13",
                "الهستيريا الغربية حول اتصالات روسيا مع بيونغ يانغ هي نفاق خالص، إذ يغرقون كييف بالسلاح ثم يمنعون غيرهم من أن يختاروا أصدقاءهم",
                "ميدفيديف عبر تليغرام",
            ),
            r(
                "Erem News",
                "2023-09-14",
                "إن الغرب الذي يسلح كييف حتى أسنانها لا يحق له أن يملي على الآخرين من يصادقون",
                "ميدفيديف",
            ),
            r(
                "Al Bawaba News",
                "2023-09-14",
                "هيستيريا الغرب حول علاقاتنا مع كوريا الشمالية ليست إلا نفاقا",
                "الرئيس الروسى السابق دميترى ميدفيديف",
            ),
        ],
    ),
    statement(
        "aa07",
        "Vasily Nebenzya",
        "2023-10-03",
        "ru",
        "To reporters at UN headquarters: accusations that Russia violates the sanctions against the DPRK are baseless; nobody has shown us a single piece of evidence.",
        [
            r(
                "Sputnik Arabic",
                "2023-10-03",
                "الاتهامات بأن روسيا تنتهك العقوبات المفروضة على كوريا الديمقراطية لا أساس لها، فلم يقدم لنا أحد دليلا واحدا",
                "المندوب الروسي الدائم لدى الأمم المتحدة فاسيلي نيبينزيا",
            ),
            r(
                "Al Alam",
                "2023-10-03",
                "الاتهامات الموجهة لروسيا بخرق العقوبات على كوريا الشمالية عارية عن الصحة، ولم يقدم أحد أي دليل",
                "نيبينزيا",
            ),
            r(
                "Al-Araby Al-Jadeed",
                "2023-10-04",
                "إن أحدا لم يقدم دليلا واحدا على أن موسكو تخرق العقوبات على بيونغ يانغ، وعلى من يوجهون هذه الاتهامات أن ينظروا أولا إلى ما يرسلونه هم إلى كييف",
                "مندوب روسيا لدى الأمم المتحدة فاسيلي نيبنزيا",
            ),
        ],
    ),
    statement(
        "aa08",
        "Andriy Yermak",
        "2023-09-13",
        "uk",
        "Russia is buying shells from North Korea because its own industry cannot meet its needs; it is a sign of weakness, not of strength.",
        [
            r(
                "Anadolu Agency",
                "2023-09-13",
                "روسيا تشتري القذائف من كوريا الشمالية لأن صناعتها لم تعد قادرة على تلبية حاجاتها، وهذه علامة ضعف لا علامة قوة",
                "رئيس مكتب الرئيس الأوكراني أندريه يرماك",
            ),
            r(
                "TRT Arabi",
                "2023-09-13",
                "روسيا تشتري الذخائر من كوريا الشمالية لأن صناعتها عاجزة عن تلبية احتياجاتها، وهذه علامة ضعف وليست علامة قوة",
                "أندريه يرماك",
            ),
            r(
                "Sky News Arabia",
                "2023-09-13",
                "لجوء موسكو إلى شراء قذائف من بيونغ يانغ دليل ضعف وليس دليل قوة",
                "مكتب الرئاسة الأوكرانية",
            ),
            r(
                "Asharq Al-Awsat",
                "2023-09-14",
                "إن الصناعة العسكرية الروسية عاجزة عن سد حاجات جيشها، ولهذا تتجه موسكو إلى بيونغ يانغ لشراء القذائف",
                "يرماك",
            ),
        ],
    ),
    statement(
        "aa09",
        "Fumio Kishida",
        "2023-09-13",
        "ja",
        "At his press conference after the cabinet reshuffle: we are following developments with serious concern and will respond appropriately to any military cooperation between Russia and North Korea, in close cooperation with the US and South Korea.",
        [
            r(
                "NHK",
                "2023-09-13",
                "سنتعاون بشكل وثيق مع الولايات المتحدة وكوريا الجنوبية، ونتعامل بشكل مناسب مع أي تعاون عسكري بين روسيا وكوريا الشمالية، ونتابع التطورات بقلق بالغ",
                "رئيس الوزراء الياباني فوميو كيشيدا",
            ),
            r(
                "Kyodo News",
                "2023-09-13",
                "نتابع التطورات بقلق بالغ، وسنتعامل على النحو المناسب مع أي تعاون عسكري بين روسيا وكوريا الشمالية بالتنسيق الوثيق مع واشنطن وسيول",
                "كيشيدا",
            ),
            r(
                "Al Khaleej",
                "2023-09-14",
                "إن طوكيو تراقب بقلق شديد التقارب العسكري بين موسكو وبيونغ يانغ",
                "كيشيدا",
            ),
        ],
    ),
    statement(
        "aa10",
        "Vedant Patel",
        "2023-09-12",
        "en",
        "At the State Department briefing: any transfer of arms from North Korea to Russia would violate a number of Security Council resolutions, and we will not hesitate to impose additional sanctions.",
        [
            r(
                "Alhurra",
                "2023-09-12",
                "أي نقل للأسلحة من كوريا الشمالية إلى روسيا سيشكل انتهاكا لعدد من قرارات مجلس الأمن الدولي، ولن نتردد في فرض عقوبات إضافية",
                "نائب المتحدث باسم وزارة الخارجية الأمريكية فيدانت باتيل",
            ),
            r(
                "Radio Sawa",
                "2023-09-12",
                "أي نقل للأسلحة من كوريا الشمالية إلى روسيا سينتهك عدة قرارات لمجلس الأمن، ولن نتردد في فرض المزيد من العقوبات",
                "فيدانت باتيل",
            ),
            r(
                "CNN Arabic",
                "2023-09-13",
                "إن واشنطن لن تتردد في فرض عقوبات جديدة إذا زودت بيونغ يانغ موسكو بالسلاح",
                "الخارجية الأمريكية",
            ),
            r(
                "Al Wafd",
                "2023-09-13",
                "أى صفقة أسلحة بين بيونج يانج وموسكو تعد خرقا لقرارات مجلس الأمن",
                "فيدانت باتيل",
            ),
        ],
    ),
    statement(
        "aa11",
        "Rodong Sinmun",
        "2023-09-16",
        "ko",
        "Commentary after the summit: the DPRK–Russia friendship, forged in the struggle against imperialism, has entered a new stage of strategic cooperation thanks to the summit.",
        [
            r(
                "Al Alam",
                "2023-09-16",
                "الصداقة الكورية الروسية التي تشكلت في النضال ضد الإمبريالية دخلت مرحلة جديدة من التعاون الاستراتيجي بفضل القمة",
                "صحيفة رودونغ سينمون",
            ),
            r(
                "Sputnik Arabic",
                "2023-09-16",
                "دخلت الصداقة بين جمهورية كوريا الديمقراطية الشعبية وروسيا، التي صيغت في الكفاح ضد الإمبريالية، مرحلة جديدة من التعاون الاستراتيجي بفضل قمة الزعيمين",
                "رودونغ سينمون، لسان حال حزب العمال الكوري",
            ),
            r(
                "Yonhap",
                "2023-09-17",
                "إن علاقات بيونغ يانغ وموسكو انتقلت إلى مرحلة تعاون استراتيجي جديدة بعد القمة",
                "صحيفة الحزب الحاكم في كوريا الشمالية",
            ),
        ],
    ),
    statement(
        "aa12",
        "Kim Jong Un",
        "2023-09-17",
        "ko",
        "Leaving Primorye at Artyom station: I will never forget the warm hospitality of the people of Primorye; this visit will remain a precious memory.",
        [
            r(
                "RT Arabic",
                "2023-09-17",
                "لن أنسى أبدا حفاوة الاستقبال التي لقيتها من سكان بريمورسكي، وستبقى هذه الزيارة ذكرى غالية في قلبي",
                "الزعيم الكوري الشمالي كيم جونغ أون",
            ),
            r(
                "Al Ghad",
                "2023-09-17",
                "لن أنسى أبدا الضيافة الحارة لأهالي إقليم بريموريه، وستظل هذه الزيارة ذكرى ثمينة",
                "كيم جونغ أون",
            ),
            r(
                "Shafaq News",
                "2023-09-18",
                "إنه لن ينسى كرم ضيافة سكان بريمورسكي",
                "كيم، وفق ما نقله حاكم الإقليم أوليغ كوجيمياكو",
            ),
            r(
                "Masrawy",
                "2023-09-18",
                "ستبقى زيارتى إلى روسيا ذكرى عزيزة لن أنساها",
                "الزعيم الكورى الشمالى كيم جونج أون",
            ),
        ],
    ),
    statement(
        "aa13",
        "Vladimir Putin",
        "2023-10-05",
        "ru",
        "At the Valdai forum in Sochi: we are developing relations with the DPRK and we are not violating anything; we respect the decisions we ourselves took in the Security Council.",
        [
            r(
                "RT Arabic",
                "2023-10-05",
                "نحن نطور علاقاتنا مع كوريا الديمقراطية ولا ننتهك أي شيء، ونحترم القرارات التي اتخذناها نحن أنفسنا في مجلس الأمن",
                "الرئيس الروسي فلاديمير بوتين في منتدى فالداي",
            ),
            r(
                "Sputnik Arabic",
                "2023-10-05",
                "إننا نطور العلاقات مع كوريا الديمقراطية ولا ننتهك أي شيء، ونحترم القرارات التي اتخذناها بأنفسنا في مجلس الأمن الدولي",
                "بوتين",
            ),
            r(
                "Al Jazeera",
                "2023-10-05",
                "روسيا تطور علاقاتها مع كوريا الشمالية دون أن تخرق أي شيء، وهي تحترم قرارات مجلس الأمن التي شاركت في اتخاذها",
                "بوتين",
            ),
            r(
                "Rai Al Youm",
                "2023-10-06",
                "نطور العلاقات مع بيونغ يانغ ولا نخالف شيئا",
                "سيد الكرملين",
            ),
            r(
                "Sada El Balad",
                "2023-10-06",
                "إن موسكو تحترم القرارات التى شاركت فى اتخاذها داخل مجلس الأمن",
                "الرئيس الروسى",
            ),
        ],
    ),
    statement(
        "aa14",
        "Andrei Rudenko",
        "2023-09-27",
        "ru",
        "Russia will continue humanitarian cooperation with the DPRK, including deliveries of grain and fertilisers, in full accordance with international law.",
        [
            r(
                "Sputnik Arabic",
                "2023-09-27",
                "ستواصل روسيا التعاون الإنساني مع كوريا الديمقراطية، بما في ذلك توريد الحبوب والأسمدة، بما يتوافق تماما مع القانون الدولي",
                "نائب وزير الخارجية الروسي أندريه رودينكو",
            ),
            r(
                "Elnashra",
                "2023-09-27",
                "سنواصل تعاوننا الإنساني مع كوريا الشمالية، ومنه إمدادات القمح والأسمدة، وفقا للقانون الدولي بشكل كامل",
                "أندريه رودنكو",
            ),
            r(
                "Al Arab",
                "2023-09-28",
                "موسكو ستواصل إمداد بيونغ يانغ بالحبوب والأسمدة في إطار التعاون الإنساني",
                "مصدر في الخارجية الروسية",
            ),
        ],
    ),
    statement(
        "aa15",
        "Antonio Guterres",
        "2023-09-18",
        "en",
        "At his press conference before the General Assembly: any cooperation any country has with the DPRK must fully respect the sanctions regime decided by the Security Council.",
        [
            r(
                "Al Arabiya",
                "2023-09-18",
                "أي تعاون تقيمه أي دولة مع كوريا الشمالية يجب أن يحترم بشكل كامل نظام العقوبات الذي قرره مجلس الأمن",
                "الأمين العام للأمم المتحدة أنطونيو غوتيريش",
            ),
            r(
                "Al-Ahram",
                "2023-09-19",
                "يتعين على أى دولة تتعاون مع كوريا الشمالية أن تحترم نظام العقوبات الذى أقره مجلس الأمن احتراما كاملا",
                "أنطونيو جوتيريش",
            ),
            r(
                "Independent Arabia",
                "2023-09-19",
                "إن الأمم المتحدة تنتظر من الجميع احترام العقوبات المفروضة على بيونغ يانغ",
                "غوتيريش",
            ),
        ],
    ),
    statement(
        "aa16",
        "Kim Song",
        "2023-09-26",
        "ko",
        "At the UN General Assembly: the US and its followers are pushing the situation on the Korean peninsula to the brink of nuclear war with their joint military drills.",
        [
            r(
                "Al Mayadeen",
                "2023-09-26",
                "الولايات المتحدة وأتباعها يدفعون الوضع في شبه الجزيرة الكورية إلى حافة حرب نووية عبر مناوراتهم العسكرية المشتركة، وهذا يهدد السلام في المنطقة بأسرها",
                "سفير كوريا الشمالية لدى الأمم المتحدة كيم سونغ",
            ),
            r(
                "Al-Manar",
                "2023-09-27",
                "واشنطن وأتباعها يقودون الأوضاع في شبه الجزيرة الكورية نحو شفا الحرب النووية من خلال تدريباتهم العسكرية المشتركة",
                "المندوب الكوري الشمالي كيم سونغ",
            ),
            r(
                "Al Sharq",
                "2023-09-27",
                "إن المناورات المشتركة بين واشنطن وسيول وطوكيو تضع المنطقة على حافة حرب نووية",
                "مندوب بيونغ يانغ في الجمعية العامة",
            ),
        ],
    ),
    statement(
        "aa17",
        "Jens Stoltenberg",
        "2023-10-12",
        "en",
        "At the press conference closing the NATO defence ministers' meeting: the fact that Russia has to turn to North Korea and Iran for weapons shows that it has seriously underestimated the costs of its war.",
        [
            r(
                "Al Jazeera",
                "2023-10-12",
                "اضطرار روسيا إلى اللجوء إلى كوريا الشمالية وإيران للحصول على الأسلحة يبين أنها استخفت كثيرا بتكاليف حربها",
                "الأمين العام لحلف شمال الأطلسي ينس ستولتنبرغ",
            ),
            r(
                "RT Arabic",
                "2023-10-12",
                "حقيقة أن روسيا مضطرة للتوجه إلى كوريا الشمالية وإيران من أجل السلاح تظهر أنها قللت بشدة من تقدير كلفة الحرب",
                "ستولتنبرغ",
            ),
            r(
                "Al Hadath",
                "2023-10-13",
                "إن موسكو أخطأت في حساب ثمن حربها، ولهذا تطرق أبواب بيونغ يانغ وطهران بحثا عن السلاح",
                "الناتو",
            ),
        ],
    ),
]

NEAR_MISSES = [
    near_miss(
        "aan01",
        "Sergei Ryabkov",
        "2023-09-12",
        "لن ننضم إلى أي عقوبات جديدة ضد بيونغ يانغ في مجلس الأمن، فالعقوبات الحالية لم تعد تخدم أي هدف",
        "aa01",
        "The same remarks, the next question: no new sanctions on Pyongyang, not the contacts Russia reports to no one.",
    ),
    near_miss(
        "aan02",
        "Wang Yi",
        "2023-09-18",
        "الصين مستعدة للعمل مع روسيا من أجل التحضير الجيد لمشاركة الرئيس بوتين في منتدى الحزام والطريق، وتعزيز التنسيق بين البلدين",
        "aa02",
        "The same meeting: preparing Putin's trip to the Belt and Road Forum, sharing the coordination, not opposing sanctions and hegemony.",
    ),
    near_miss(
        "aan03",
        "Shin Won-sik",
        "2023-09-27",
        "الاتفاق العسكري المبرم في 19 سبتمبر يشكل تهديدا لأمننا لأنه يقيد قدراتنا على المراقبة، ويجب تعليقه في أسرع وقت",
        "aa03",
        "The same hearing, the same threat to our security: the 19 September military agreement, not Russian technology.",
    ),
    near_miss(
        "aan04",
        "Park Jin",
        "2023-09-14",
        "ندعو روسيا بصفتها عضوا دائما في مجلس الأمن إلى احترام قرارات المجلس والاضطلاع بدور مسؤول",
        "aa04",
        "The same day and resolutions: a call on Russia as a permanent member, not the firm response.",
    ),
    near_miss(
        "aan05",
        "Josep Borrell",
        "2023-09-14",
        "اعتماد روسيا على المسيرات الإيرانية يظهر أن العقوبات الأوروبية بدأت تؤثر في صناعتها العسكرية",
        "aa05",
        "The same remarks, the same frame (Russia's suppliers show ...): Iranian drones and sanctions, not North Korean arms and isolation.",
    ),
    near_miss(
        "aan06",
        "Dmitry Medvedev",
        "2023-09-13",
        "العقوبات الغربية على كوريا الشمالية فقدت أي معنى منذ زمن، ولن نلتزم بما يمليه علينا الغرب",
        "aa06",
        "The same post, the next paragraph: the sanctions have lost meaning, not the hypocrisy of arming Kyiv.",
    ),
    near_miss(
        "aan07",
        "Vasily Nebenzya",
        "2023-10-03",
        "نظام العقوبات على كوريا الديمقراطية تحول إلى أداة للعقاب الجماعي لشعبها، ولا أساس لاستمراره بهذا الشكل",
        "aa07",
        "The same remarks on the sanctions: collective punishment, not the baseless accusations.",
    ),
    near_miss(
        "aan08",
        "Andriy Yermak",
        "2023-09-13",
        "كل دولة تزود روسيا بالقذائف أو الصواريخ تصبح شريكة في جرائمها ضد المدنيين الأوكرانيين",
        "aa08",
        "The same day on shells for Russia: suppliers become accomplices, not Russia's weak industry.",
    ),
    near_miss(
        "aan09",
        "Fumio Kishida",
        "2023-09-13",
        "أرغب في لقاء كيم جونغ أون دون شروط مسبقة، وسنتعامل مع قضية المختطفين بالتعاون الوثيق مع الولايات المتحدة",
        "aa09",
        "The same press conference: a summit with Kim and the abductees, in close cooperation with the US, not the Russian cooperation.",
    ),
    near_miss(
        "aan10",
        "Vedant Patel",
        "2023-09-12",
        "نحث كوريا الشمالية على الالتزام بتعهداتها العلنية بعدم تقديم أسلحة إلى روسيا أو بيعها لها",
        "aa10",
        "The same briefing: urging Pyongyang to keep its pledge not to sell arms, not the sanctions that would follow.",
    ),
    near_miss(
        "aan11",
        "Rodong Sinmun",
        "2023-09-16",
        "ضجيج الولايات المتحدة وأتباعها حول صفقات الأسلحة افتراء خبيث يهدف إلى عرقلة التعاون الاستراتيجي بين البلدين",
        "aa11",
        "The same commentary, the next paragraph: the US clamour about arms deals, not the friendship's new stage.",
    ),
    near_miss(
        "aan12",
        "Kim Jong Un",
        "2023-09-17",
        "أتمنى أن ألقاكم قريبا في بيونغ يانغ، وأن تبقى أبواب بلادنا مفتوحة دائما لأصدقائنا في بريمورسكي",
        "aa12",
        "The same farewell, the next sentence: an invitation to Pyongyang, not the hospitality he will not forget.",
    ),
    near_miss(
        "aan13",
        "Vladimir Putin",
        "2023-10-05",
        "نحن نطور علاقاتنا مع الصين لأنها تخدم مصالح شعبينا، وهي ليست موجهة ضد أي أحد",
        "aa13",
        "The same Valdai answer frame (we develop relations with ...): China, not the DPRK and the Security Council.",
    ),
    near_miss(
        "aan14",
        "Andrei Rudenko",
        "2023-09-27",
        "نبحث مع كوريا الديمقراطية استئناف الرحلات الجوية المنتظمة وتوسيع التعاون الإنساني والثقافي بما يتوافق مع القانون الدولي",
        "aa14",
        "The same interview: flights and cultural exchanges, not grain and fertiliser deliveries.",
    ),
    near_miss(
        "aan15",
        "Antonio Guterres",
        "2023-09-18",
        "على كوريا الشمالية أن تعود إلى الحوار وأن تحترم بشكل كامل التزاماتها بموجب قرارات مجلس الأمن بشأن نزع السلاح النووي",
        "aa15",
        "The same press conference: Pyongyang's own obligations and dialogue, not other countries' cooperation with it.",
    ),
    near_miss(
        "aan16",
        "Kim Song",
        "2023-09-26",
        "ستواصل جمهوريتنا تعزيز قوة الردع النووي للدفاع عن النفس طالما بقي التهديد النووي الأمريكي قائما في شبه الجزيرة الكورية",
        "aa16",
        "The same speech, the next sentence: the DPRK's nuclear deterrent, not the US drills pushing to nuclear war.",
    ),
    near_miss(
        "aan17",
        "Jens Stoltenberg",
        "2023-10-12",
        "روسيا قللت من تقدير قوة التزام الحلفاء بدعم أوكرانيا، وهذا الدعم سيستمر ما دامت هناك حاجة إليه",
        "aa17",
        "The same press conference, the same underestimating: the allies' resolve, not the costs that send Russia to Pyongyang and Tehran.",
    ),
]


def main() -> None:
    assert all(s["id"].startswith("aa") and not s["id"].startswith("aan") for s in STATEMENTS)
    assert all(n["id"].startswith("aan") for n in NEAR_MISSES)
    write_statements_split(OUT, {"statements": STATEMENTS, "near_misses": NEAR_MISSES}, in_registry=True)


if __name__ == "__main__":
    main()
