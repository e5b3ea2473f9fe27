# ruff: noqa: E501
"""Build corpus/gold/statements/holdout11.json (statements q01.., near misses qn01..), in the
format of corpus/gold/statements/holdout10.json.  All renderings are invented Arabic written for
this set, the way different outlets would carry one original: some copy one agency wire and
change a few words, others translate on their own; the notes are in
scripts/gold_holdout11/STATEMENTS.md.
Run: python3 scripts/gold_holdout11/build_statements.py"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_builder import ROOT, near_miss, rendering, statement, write_statements_split  # noqa: E402

OUT = ROOT / "corpus" / "gold" / "statements" / "holdout11.json"
r = rendering

STATEMENTS = [
    statement(
        "q01",
        "Vladimir Putin",
        "2023-09-13",
        "ru",
        "After the talks: we talked about cooperation in agriculture, and Russia is ready to help with humanitarian matters, including grain supplies.",
        [
            r(
                "RT Arabic",
                "2023-09-13",
                "تحدثنا عن التعاون في مجال الزراعة، وروسيا مستعدة لتقديم المساعدة في القضايا الإنسانية، بما في ذلك إمدادات الحبوب",
                "الرئيس الروسي فلاديمير بوتين",
            ),
            r(
                "Al Mayadeen",
                "2023-09-13",
                "تحدثنا عن التعاون في المجال الزراعي، وروسيا مستعدة لتقديم المساعدة في المسائل الإنسانية بما فيها إمدادات الحبوب",
                "بوتين",
            ),
            r(
                "Al Arabiya",
                "2023-09-14",
                "بحثنا التعاون الزراعي، ويمكننا أن نساعد أصدقاءنا الكوريين على الصعيد الإنساني، ومن ذلك توريد القمح",
                "بوتين",
            ),
            r(
                "Asharq Al-Awsat",
                "2023-09-14",
                "موسكو مستعدة لمساعدة بيونغ يانغ في الملف الإنساني",
                "الرئيس الروسي",
            ),
        ],
    ),
    statement(
        "q02",
        "Vladimir Putin",
        "2023-09-13",
        "ru",
        "Greeting Kim at Vostochny: you have made a long journey by train across the whole of our Far East; I hope it was not too tiring.",
        [
            r(
                "Sputnik Arabic",
                "2023-09-13",
                "لقد قطعتم رحلة طويلة بالقطار عبر الشرق الأقصى الروسي كله، وآمل ألا تكون قد أرهقتكم",
                "الرئيس الروسي فلاديمير بوتين مخاطباً ضيفه",
            ),
            r(
                "Al-Manar",
                "2023-09-13",
                "قطعتم رحلة طويلة بالقطار عبر الشرق الأقصى الروسي بأكمله، وآمل ألا تكون متعبة",
                "بوتين",
            ),
            r(
                "Sky News Arabia",
                "2023-09-13",
                "أتمنى ألّا يكون السفر الطويل بالقطار قد أتعبك",
                "بوتين لكيم",
            ),
            r(
                "Al Quds Al Arabi",
                "2023-09-14",
                "آمل أن الرحلة لم تكن شاقة عليكم",
                "سيد الكرملين",
            ),
        ],
    ),
    statement(
        "q03",
        "Vladimir Putin",
        "2023-09-13",
        "ru",
        "Opening the talks: in the 1950s Soviet pilots fought side by side with Korean soldiers; we remember the fallen and are grateful to our Korean friends for looking after their graves.",
        [
            r(
                "RT Arabic",
                "2023-09-13",
                "في خمسينيات القرن الماضي قاتل الطيارون السوفييت جنباً إلى جنب مع الجنود الكوريين، ونحن نتذكر من سقطوا، وممتنون لأصدقائنا الكوريين لعنايتهم بقبورهم",
                "بوتين",
            ),
            r(
                "Al Alam",
                "2023-09-13",
                "في الخمسينيات قاتل الطيارون السوفيت جنبا إلى جنب مع الجنود الكوريين، ونحن نتذكر الذين سقطوا، ونشكر الأصدقاء الكوريين على عنايتهم بقبورهم",
                "الرئيس الروسي",
            ),
            r(
                "Al Jazeera",
                "2023-09-13",
                "الطيارون السوفيات حاربوا كتفاً بكتف مع المقاتلين الكوريين",
                "بوتين",
            ),
            r(
                "Independent Arabia",
                "2023-09-14",
                "نشعر بالامتنان لأن الأصدقاء في كوريا يحافظون على أضرحة الطيارين الذين قضوا هناك",
                "سيد الكرملين",
            ),
        ],
    ),
    statement(
        "q04",
        "Vladimir Putin",
        "2023-09-12",
        "ru",
        "At the Eastern Economic Forum, asked about Kim Jong Un: yes, the leader of the DPRK is coming to us, and we will meet at the Vostochny cosmodrome.",
        [
            r(
                "TASS",
                "2023-09-12",
                "نعم، رئيس جمهورية كوريا الديمقراطية الشعبية قادم إلينا، وسنلتقي في قاعدة فوستوتشني الفضائية",
                "الرئيس الروسي فلاديمير بوتين",
            ),
            r(
                "Elnashra",
                "2023-09-12",
                "نعم، رئيس كوريا الديمقراطية قادم إلينا، وسنلتقي في قاعدة فوستوتشني الفضائية",
                "بوتين",
            ),
            r(
                "Al-Araby Al-Jadeed",
                "2023-09-13",
                "اللقاء مع الزعيم الكوري الشمالي سيُعقد في كوزمودروم فوستوشني",
                "الرئيس الروسي",
            ),
        ],
    ),
    statement(
        "q05",
        "Vladimir Putin",
        "2023-09-13",
        "ru",
        "After the talks: our foreign ministers will work out the details of everything we agreed, and Sergei Lavrov will go to Pyongyang for that.",
        [
            r(
                "RT Arabic",
                "2023-09-13",
                "سيعمل وزيرا خارجيتنا على تفاصيل كل ما اتفقنا عليه، ولهذا الغرض سيتوجه سيرغي لافروف إلى بيونغ يانغ",
                "الرئيس الروسي فلاديمير بوتين",
            ),
            r(
                "Alakhbar",
                "2023-09-14",
                "سيعمل وزيرا الخارجية على تفاصيل كل ما اتفقنا عليه، ولهذا سيتوجه سيرغي لافروف إلى بيونغيانغ",
                "بوتين",
            ),
            r(
                "Asharq Al-Awsat",
                "2023-09-14",
                "لافروف سيزور بيونغ يانغ لمتابعة تنفيذ التفاهمات",
                "بوتين",
            ),
            r(
                "BBC Arabic",
                "2023-09-14",
                "وزيرا خارجية البلدين سيتوليان وضع التفاصيل لكل الاتفاقات التي توصلنا إليها",
                "الرئيس الروسي",
            ),
        ],
    ),
    statement(
        "q06",
        "Kim Jong Un",
        "2023-09-12",
        "ko",
        "On arrival at Khasan, to Russian television: his first trip abroad in a long time is to Russia, which shows the strategic importance the DPRK gives to relations with Russia.",
        [
            r(
                "RT Arabic",
                "2023-09-12",
                "أول زيارة خارجية لي منذ فترة طويلة هي إلى روسيا، وهذا يدل على الأهمية الاستراتيجية التي نوليها للعلاقات معها",
                "الزعيم الكوري الشمالي كيم جونغ أون",
            ),
            r(
                "Al Mayadeen",
                "2023-09-12",
                "أول زيارة خارجية لي منذ مدة طويلة هي إلى روسيا، وهذا دليل على الأهمية الاستراتيجية التي نوليها للعلاقات مع روسيا",
                "كيم جونغ أون",
            ),
            r(
                "Sputnik Arabic",
                "2023-09-12",
                "جئت إلى روسيا في أول زيارة لي إلى الخارج بعد انقطاع طويل، وهذا يعكس الأهمية الاستراتيجية للعلاقات بين بلدينا",
                "كيم",
            ),
            r(
                "Al Khaleej",
                "2023-09-13",
                "اختيار روسيا وجهةً لأول رحلة خارجية يعكس الأولوية الاستراتيجية للعلاقات معها",
                "كيم جونج أون",
            ),
        ],
    ),
    statement(
        "q07",
        "Kim Jong Un",
        "2023-09-13",
        "ko",
        "In the rocket assembly hall at Vostochny: Russia's space technology is at the world's highest level, and he is glad to see it with his own eyes.",
        [
            r(
                "TASS",
                "2023-09-13",
                "التكنولوجيا الفضائية الروسية في مستوى عالمي رفيع، ويسعدني أن أراها بعيني",
                "كيم جونغ أون",
            ),
            r(
                "Erem News",
                "2023-09-13",
                "أنا سعيد لأنني شاهدت بنفسي تقنيات الفضاء الروسية التي تتصدر العالم",
                "الزعيم الكوري الشمالي",
            ),
            r(
                "Al Bayan",
                "2023-09-14",
                "تكنولوجيا الفضاء في روسيا من الأفضل في العالم",
                "كيم",
            ),
        ],
    ),
    statement(
        "q08",
        "Kim Jong Un",
        "2023-09-13",
        "ko",
        "At the talks: we will never forget the Soviet Army soldiers who shed their blood for the liberation of Korea in 1945.",
        [
            r(
                "Korean Central News Agency",
                "2023-09-14",
                "لن ننسى أبداً جنود الجيش السوفيتي الذين سفكوا دماءهم من أجل تحرير كوريا في عام 1945",
                "الرفيق كيم جونغ أون",
            ),
            r(
                "Al Mayadeen",
                "2023-09-14",
                "لن ننسى أبداً جنود الجيش السوفياتي الذين بذلوا دماءهم في سبيل تحرير كوريا عام ١٩٤٥",
                "كيم جونغ أون",
            ),
            r(
                "Al Jazeera",
                "2023-09-14",
                "الشعب الكوري يحفظ ذكرى الجنود السوفيات الذين ضحوا بحياتهم لتحرير بلاده من الاستعمار الياباني",
                "كيم",
            ),
        ],
    ),
    statement(
        "q09",
        "KCNA",
        "2023-09-14",
        "ko",
        "Accompanied by Putin, Kim Jong Un toured the assembly and test building of the Angara and Soyuz-2 rockets and the launch complex at Vostochny, and learned about the development of Russia's space industry.",
        [
            r(
                "Korean Central News Agency",
                "2023-09-14",
                "تفقد الرفيق كيم جونغ أون، برفقة الرئيس بوتين، مبنى تجميع واختبار صواريخ أنغارا وسويوز-2 ومجمع الإطلاق في قاعدة فوستوتشني الفضائية، واطلع على تطور صناعة الفضاء الروسية",
                "وكالة الأنباء المركزية الكورية",
            ),
            r(
                "Al Alam",
                "2023-09-14",
                "تفقد كيم جونغ أون برفقة الرئيس بوتين مبنى تجميع واختبار صاروخي أنغارا وسويوز-2 ومجمع الإطلاق في قاعدة فوستوشني الفضائية، واطلع على تطور الصناعة الفضائية الروسية",
                "الوكالة الكورية الرسمية",
            ),
            r(
                "Al-Ahram",
                "2023-09-15",
                "جال الزعيم الكورى الشمالى فى منشآت تجميع الصواريخ بمرافقة بوتين",
                "وكالة الأنباء الكورية الشمالية",
            ),
            r(
                "Al Arabiya",
                "2023-09-14",
                "شملت جولة كيم منصة الإطلاق، حيث استمع إلى شرح عن تطور قطاع الفضاء في روسيا",
                "وسائل الإعلام الرسمية في كوريا الشمالية",
            ),
        ],
    ),
    statement(
        "q10",
        "Mykhailo Podolyak",
        "2023-09-13",
        "en",
        "North Korean shells are of poor quality and come from old stocks; they will not change the situation on the battlefield.",
        [
            r(
                "Anadolu Agency",
                "2023-09-13",
                "القذائف الكورية الشمالية رديئة النوعية ومن مخزونات قديمة، ولن تغير الوضع في ساحة المعركة",
                "مستشار الرئاسة الأوكرانية ميخايلو بودولياك",
            ),
            r(
                "TRT Arabi",
                "2023-09-13",
                "القذائف الكورية الشمالية رديئة الجودة ومن مخزونات قديمة، ولن تغيّر الوضع في ميدان المعركة",
                "بودولياك",
            ),
            r(
                "Al-Araby Al-Jadeed",
                "2023-09-14",
                "ذخائر بيونغ يانغ العتيقة لن تقلب موازين الحرب",
                "مستشار زيلينسكي",
            ),
        ],
    ),
    statement(
        "q11",
        "Karine Jean-Pierre",
        "2023-09-13",
        "en",
        "The President has been very clear: no country should help Putin in his brutal war against Ukraine.",
        [
            r(
                "Alhurra",
                "2023-09-13",
                "كان الرئيس واضحاً جداً: لا ينبغي لأي دولة أن تساعد بوتين في حربه الوحشية على أوكرانيا",
                "المتحدثة باسم البيت الأبيض كارين جان بيير",
            ),
            r(
                "Radio Sawa",
                "2023-09-13",
                "الرئيس كان واضحاً جداً، لا يجب على أي دولة أن تساعد بوتين في حربه الوحشية ضد أوكرانيا",
                "جان بيير",
            ),
            r(
                "CNN Arabic",
                "2023-09-14",
                "بايدن أوضح أنه لا يحق لأي بلد دعم الحرب الروسية الوحشية في أوكرانيا",
                "البيت الأبيض",
            ),
        ],
    ),
    statement(
        "q12",
        "Yasukazu Hamada",
        "2023-09-13",
        "ja",
        "Launching missiles while its leader is in Russia cannot be tolerated; Japan lodged a strong protest with North Korea through its embassy channel in Beijing.",
        [
            r(
                "Kyodo News",
                "2023-09-13",
                "لا يمكن التسامح مع إطلاق كوريا الشمالية للصواريخ بينما زعيمها في روسيا، وقد قدمنا احتجاجاً شديداً عبر السفارة في بكين",
                "وزير الدفاع الياباني ياسوكازو هامادا",
            ),
            r(
                "Euronews Arabic",
                "2023-09-13",
                "عمليات الإطلاق هذه غير مقبولة، وطوكيو أبلغت بيونغ يانغ احتجاجها الشديد من خلال سفارتها في الصين",
                "وزير الدفاع الياباني",
            ),
            r(
                "Al Quds Al Arabi",
                "2023-09-14",
                "احتججنا بشدة عبر القنوات الدبلوماسية في بكين",
                "هامادا",
            ),
        ],
    ),
    statement(
        "q13",
        "South Korean Presidential Office",
        "2023-09-13",
        "ko",
        "We are sharing information in real time with the United States and Japan and closely watching the outcome of the Russia–North Korea summit.",
        [
            r(
                "Yonhap",
                "2023-09-13",
                "نتبادل المعلومات بشكل فوري مع الولايات المتحدة واليابان، ونراقب عن كثب نتائج القمة بين روسيا وكوريا الشمالية",
                "مكتب الرئاسة الكورية الجنوبية",
            ),
            r(
                "KBS World Radio Arabic",
                "2023-09-13",
                "تتقاسم سيول المعلومات آنياً مع واشنطن وطوكيو، وتتابع بدقة مخرجات القمة الروسية الكورية الشمالية",
                "الرئاسة الكورية الجنوبية",
            ),
            r(
                "Al Ittihad",
                "2023-09-14",
                "نتابع عن كثب ما ستسفر عنه قمة موسكو وبيونغ يانغ",
                "مسؤول في الرئاسة الكورية الجنوبية",
            ),
        ],
    ),
    statement(
        "q14",
        "Vyacheslav Volodin",
        "2023-09-13",
        "ru",
        "The West's hysteria over Kim's visit shows its fear: the world is no longer unipolar, and Russia is not isolated.",
        [
            r(
                "RT Arabic",
                "2023-09-13",
                "هستيريا الغرب بشأن الزيارة تكشف خوفه، فالعالم لم يعد أحادي القطب وروسيا ليست معزولة",
                "رئيس مجلس الدوما فياتشيسلاف فولودين",
            ),
            r(
                "Sputnik Arabic",
                "2023-09-13",
                "الهيستيريا الغربية حول زيارة كيم تدل على أن الغرب خائف: لم يعد العالم أحادي القطبية، وليست روسيا في عزلة",
                "فولودين",
            ),
            r(
                "Arabi21",
                "2023-09-14",
                "روسيا ليست معزولة كما يزعم الغربيون",
                "رئيس البرلمان الروسي",
            ),
        ],
    ),
    statement(
        "q15",
        "KCNA",
        "2023-09-14",
        "ko",
        "On 13 September President Putin warmly welcomed Kim Jong Un at the entrance of the Vostochny cosmodrome, and the two leaders shook hands firmly.",
        [
            r(
                "Korean Central News Agency",
                "2023-09-14",
                "استقبل الرئيس فلاديمير بوتين بحرارة الرفيق كيم جونغ أون عند مدخل قاعدة فوستوتشني الفضائية في 13 أيلول، وتصافح الزعيمان بقوة",
                "وكالة الأنباء المركزية الكورية",
            ),
            r(
                "Al-Manar",
                "2023-09-14",
                "استقبل الرئيس فلاديمير بوتين بحرارة الزعيم كيم جونغ أون لدى وصوله إلى قاعدة فوستوتشني الفضائية في 13 أيلول، وتصافح الزعيمان بقوة",
                "الوكالة المركزية الكورية",
            ),
            r(
                "Youm7",
                "2023-09-15",
                "بوتين كان فى استقبال كيم عند بوابة المحطة الفضائية وصافحه بحرارة",
                "وكالة الأنباء المركزية الكورية",
            ),
        ],
    ),
]

NEAR_MISSES = [
    near_miss(
        "qn01",
        "Vladimir Putin",
        "2023-09-13",
        "تحدثنا عن التعاون في مجال صيد الأسماك، وروسيا مستعدة لزيادة الحصص المخصصة للسفن الكورية",
        "q01",
        "Same interview and the same 'we talked about cooperation in ..., and Russia is ready to', but fisheries and fishing quotas, not agriculture and humanitarian grain.",
    ),
    near_miss(
        "qn02",
        "Vladimir Putin",
        "2023-09-13",
        "ستواصلون رحلتكم بالقطار إلى كومسومولسك على آمور، وآمل أن تجدوا هناك ما يهمكم",
        "q02",
        "Same day, the same guest addressed in the plural, the same train and 'I hope', but the journey still ahead to Komsomolsk, not the one he has made.",
    ),
    near_miss(
        "qn03",
        "Vladimir Putin",
        "2023-09-13",
        "بعد الحرب ساعد الخبراء السوفييت أصدقاءنا الكوريين في إعادة بناء بيونغ يانغ، ونحن نتذكر ذلك",
        "q03",
        "Same talks, the same Soviet past and 'we remember', but Soviet engineers rebuilding Pyongyang after the war, not pilots who fought and fell.",
    ),
    near_miss(
        "qn04",
        "Vladimir Putin",
        "2023-09-12",
        "نعم، قاعدة فوستوتشني الفضائية ستصبح قريباً منصة الإطلاق الرئيسية لبرنامجنا المأهول",
        "q04",
        "Same forum, the same 'yes' and the same cosmodrome, but its future as the base of the manned programme, not the meeting with Kim there.",
    ),
    near_miss(
        "qn05",
        "Kim Jong Un",
        "2023-09-12",
        "جئت إلى روسيا بالقطار كما جاء والدي من قبل، وهذا تقليد نعتز به",
        "q06",
        "Same arrival and the same 'I came to Russia ... this is', but travelling by train as his father did, not the strategic weight of his first trip abroad.",
    ),
    near_miss(
        "qn06",
        "Kim Jong Un",
        "2023-09-13",
        "يسعدني أن أرى بعيني كيف يعيش العلماء والمهندسون في مدينة تسيولكوفسكي الجديدة",
        "q07",
        "Same tour and the same 'I am glad to see with my own eyes', but the new town where the cosmodrome staff live, not Russia's space technology.",
    ),
    near_miss(
        "qn07",
        "KCNA",
        "2023-09-14",
        "أقام الرئيس فلاديمير بوتين بعد المحادثات مأدبة غداء على شرف الرفيق كيم جونغ أون في قاعدة فوستوتشني الفضائية",
        "q15",
        "The same KCNA report, day, place and two leaders, but the lunch Putin gave after the talks, not his welcome at the entrance.",
    ),
    near_miss(
        "qn08",
        "Mykhailo Podolyak",
        "2023-09-13",
        "القذائف الكورية الشمالية ستطيل أمد الحرب وستقتل مزيداً من المدنيين الأوكرانيين",
        "q10",
        "Same day and the same 'North Korean shells will', but prolonging the war and killing civilians, not their poor quality and no effect on the front.",
    ),
    near_miss(
        "qn09",
        "Karine Jean-Pierre",
        "2023-09-13",
        "كان الرئيس واضحاً جداً: سنواصل دعم أوكرانيا طالما تطلب الأمر ذلك",
        "q11",
        "Same briefing, the same 'the President has been very clear' and Ukraine, but continuing US support as long as it takes, not warning others off helping Putin.",
    ),
    near_miss(
        "qn10",
        "Yasukazu Hamada",
        "2023-09-13",
        "لا يمكن التسامح مع تطوير كوريا الشمالية لقدراتها الصاروخية، وسنعزز دفاعاتنا بالتنسيق مع الولايات المتحدة",
        "q12",
        "Same press conference and the same 'cannot be tolerated ... North Korea's missiles', but strengthening defences with the US, not the protest through Beijing.",
    ),
    near_miss(
        "qn11",
        "South Korean Presidential Office",
        "2023-09-13",
        "نتبادل المعلومات بشكل فوري مع الولايات المتحدة واليابان بشأن الصاروخين اللذين أطلقتهما كوريا الشمالية صباح اليوم",
        "q13",
        "Same office and day, the same opening as Yonhap word for word, but information on the two missiles fired that morning, not watching the summit.",
    ),
    near_miss(
        "qn12",
        "Vyacheslav Volodin",
        "2023-09-13",
        "هستيريا الغرب لن توقف تعاوننا مع جيراننا، ومجلس الدوما مستعد للمصادقة على أي اتفاقات مع بيونغ يانغ",
        "q14",
        "Same day and the same 'the West's hysteria', but the Duma ready to ratify agreements, not a unipolar world and Russia's isolation.",
    ),
]


def main() -> None:
    assert all(s["id"].startswith("q") and not s["id"].startswith("qn") for s in STATEMENTS)
    assert all(n["id"].startswith("qn") for n in NEAR_MISSES)
    write_statements_split(OUT, {"statements": STATEMENTS, "near_misses": NEAR_MISSES}, in_registry=True)


if __name__ == "__main__":
    main()
