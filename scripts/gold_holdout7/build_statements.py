# ruff: noqa: E501
"""Build corpus/gold/statements/holdout7.json (statements g01.., near misses gn01..), in the
format of corpus/gold/statements/holdout6.json.  All renderings are invented Arabic written for
this set, in the way different outlets would translate one original; the notes are in
scripts/gold_holdout7/STATEMENTS.md.
Run: python3 scripts/gold_holdout7/build_statements.py"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_builder import ROOT, near_miss, rendering, statement, write_statements_split  # noqa: E402

OUT = ROOT / "corpus" / "gold" / "statements" / "holdout7.json"
r = rendering

STATEMENTS = [
    statement(
        "g01",
        "Vladimir Putin",
        "2023-09-13",
        "ru",
        "We discussed the Khasan–Rajin project: the railway and the port of Rajin have spare capacity, and we are interested in increasing the freight that passes through them.",
        [
            r(
                "RT Arabic",
                "2023-09-13",
                "بحثنا مشروع خاسان - راجين، فخط السكك الحديدية والميناء في راجين لديهما طاقة استيعابية غير مستغلة، ونحن مهتمون بزيادة حجم البضائع التي تمر عبرهما",
                "الرئيس الروسي فلاديمير بوتين",
            ),
            r(
                "Sputnik Arabic",
                "2023-09-13",
                "تطرقنا إلى مشروع خسان-راجين للسكك الحديدية، ولدينا اهتمام بزيادة الشحنات عبر هذا الخط وعبر ميناء راجين",
                "بوتين",
            ),
            r(
                "Al-Ahram",
                "2023-09-14",
                "إن روسيا مهتمة بزيادة نقل البضائع عبر السكة الحديد وميناء راجين",
                "الرئيس الروسى",
            ),
            r(
                "Al Khaleej",
                "2023-09-15",
                "الطاقة الاستيعابية لخط خاسان-راجين ولميناء راجين لم تُستغل بالكامل بعد",
                "سيد الكرملين",
            ),
        ],
    ),
    statement(
        "g02",
        "Kim Jong Un",
        "2023-09-15",
        "ko",
        "At the Komsomolsk-on-Amur aircraft plant: I was deeply impressed by the high level of Russia's aviation technology; this plant is a symbol of the might of Russian industry.",
        [
            r(
                "Al Mayadeen",
                "2023-09-16",
                "لقد تأثرت بعمق بالمستوى الرفيع لتكنولوجيا الطيران الروسية، وهذا المصنع رمز لقوة الصناعة الروسية",
                "الزعيم الكوري الشمالي كيم جونغ أون",
            ),
            r(
                "Al Ain News",
                "2023-09-15",
                "أعجبت كثيراً بالمستوى العالي الذي بلغته تقنيات الطيران في روسيا",
                "كيم",
            ),
            r("Youm7", "2023-09-16", "هذا المصنع يجسد قوة الصناعة الروسية", "زعيم كوريا الشمالية"),
            r(
                "Al Wasat",
                "2023-09-17",
                "إن مستوى تكنولوجيا الطيران الروسية ترك لدي انطباعاً عميقاً، والمصنع رمز لجبروت الصناعة في روسيا",
                "كيم جونغ اون",
            ),
        ],
    ),
    statement(
        "g03",
        "Dmitry Peskov",
        "2023-09-14",
        "ru",
        "For security reasons we will not announce the Korean leader's movements in advance; you will learn of them after the fact.",
        [
            r(
                "Sputnik Arabic",
                "2023-09-14",
                "لأسباب أمنية، لن نعلن مسبقاً عن تنقلات الزعيم الكوري، وستعلمون بها بعد حدوثها",
                "المتحدث الرسمي باسم الكرملين دميتري بيسكوف",
            ),
            r(
                "Asharq Al-Awsat",
                "2023-09-15",
                "لن يُعلن مسبقا عن تحركات كيم لدواع أمنية",
                "الكرملين",
            ),
            r(
                "Masrawy",
                "2023-09-15",
                "سوف تعرفون بتحركات الزعيم الكورى الشمالى بعد وقوعها",
                "بيسكوف",
            ),
            r(
                "Al Qabas",
                "2023-09-16",
                "إننا لا نكشف عن خط سير الضيف الكوري سلفاً، وذلك لاعتبارات تتعلق بالأمن",
                "ديمتري بيسكوف",
            ),
        ],
    ),
    statement(
        "g04",
        "Sergei Lavrov",
        "2023-10-19",
        "ru",
        "We propose starting a regular dialogue on security in Northeast Asia, without military blocs and without pressure, on the basis of respect for each other's interests.",
        [
            r(
                "RT Arabic",
                "2023-10-19",
                "نقترح إطلاق حوار منتظم حول الأمن في شمال شرق آسيا، من دون تكتلات عسكرية ومن دون ضغوط، على أساس احترام مصالح بعضنا البعض",
                "وزير الخارجية الروسي سيرغي لافروف",
            ),
            r(
                "Al Jazeera",
                "2023-10-19",
                "ندعو إلى حوار دوري بشأن أمن منطقة شمال شرقي آسيا بعيداً عن منطق الأحلاف العسكرية والضغط",
                "لافروف",
            ),
            r(
                "Echorouk Online",
                "2023-10-20",
                "يجب أن يقوم الأمن في شمال شرق آسيا على احترام المصالح المتبادلة",
                "رئيس الدبلوماسية الروسية",
            ),
            r(
                "Al Rai",
                "2023-10-21",
                "موسكو تقترح بدء حوار منتظم حول الأمن الإقليمي دون أحلاف",
                "سيرجي لافروف",
            ),
        ],
    ),
    statement(
        "g05",
        "Sergei Shoigu",
        "2023-09-16",
        "ru",
        "Our peoples fought side by side against Japanese militarism in 1945, and we preserve the memory of this brotherhood in arms.",
        [
            r(
                "RT Arabic",
                "2023-09-16",
                "شعبانا قاتلا معاً ضد النزعة العسكرية اليابانية عام 1945، ونحن نحافظ على ذكرى هذه الأخوّة في السلاح",
                "وزير الدفاع الروسي سيرغي شويغو",
            ),
            r(
                "Al Arabiya",
                "2023-09-17",
                "نحن نصون ذكرى الأخوة في السلاح بين شعبينا",
                "شويغو",
            ),
            r(
                "Al Bawaba News",
                "2023-09-17",
                "إن الشعبين الروسي والكوري حاربوا جنباً إلى جنب ضد العسكرتارية اليابانية في ١٩٤٥",
                "شويجو",
            ),
            r(
                "Al Ayam",
                "2023-09-18",
                "شعوبنا قاتلت سوياً ضد اليابان العسكرية، ولن ننسى أخوة السلاح هذه",
                "وزير الدفاع الروسي",
            ),
        ],
    ),
    statement(
        "g06",
        "Maria Zakharova",
        "2023-09-15",
        "ru",
        "Tokyo, which keeps increasing its military budget and is being drawn into US-led blocs, is the last one entitled to lecture others on regional stability.",
        [
            r(
                "Sputnik Arabic",
                "2023-09-15",
                "طوكيو التي تزيد ميزانيتها العسكرية وتنجر إلى التكتلات التي تقودها الولايات المتحدة هي آخر من يحق له إلقاء الدروس على الآخرين بشأن الاستقرار الإقليمي",
                "المتحدثة الرسمية باسم الخارجية الروسية ماريا زاخاروفا",
            ),
            r(
                "Al Mayadeen",
                "2023-09-15",
                "ليس لليابان التي تضخم إنفاقها العسكري أن تعطي الآخرين دروساً في استقرار المنطقة",
                "زاخاروفا",
            ),
            r(
                "Arab48",
                "2023-09-16",
                "اليابان تنزلق نحو الأحلاف التي تقودها واشنطن",
                "الخارجية الروسية",
            ),
            r(
                "Alakhbar",
                "2023-09-17",
                "آخر من يحق له أن يعظ الآخرين حول الاستقرار الإقليمي هو طوكيو",
                "ماريا زخاروفا",
            ),
        ],
    ),
    statement(
        "g07",
        "KCNA",
        "2023-09-17",
        "ko",
        "On the evening of 16 September Kim Jong Un, accompanied by Primorye governor Oleg Kozhemyako, watched the ballet Sleeping Beauty at the Primorsky Stage of the Mariinsky Theatre and congratulated the performers on their success.",
        [
            r(
                "Al Alam",
                "2023-09-17",
                "شاهد الرفيق كيم جونغ أون، يرافقه حاكم إقليم بريمورسكي أوليغ كوجيمياكو، عرض باليه الجميلة النائمة على مسرح بريمورسكي التابع لمسرح مارينسكي مساء 16 أيلول/سبتمبر، وهنأ الفنانين على نجاح أدائهم",
                "وكالة الأنباء المركزية الكورية",
            ),
            r(
                "Yonhap",
                "2023-09-17",
                "حضر كيم باليه الجميلة النائمة في فلاديفوستوك برفقة حاكم الإقليم",
                "وسائل الإعلام الرسمية الكورية الشمالية",
            ),
            r(
                "Al-Masry Al-Youm",
                "2023-09-18",
                "هنأ الزعيم الكورى الشمالى الراقصين بنجاح عرضهم",
                "الوكالة الرسمية في بيونج يانج",
            ),
            r(
                "Elnashra",
                "2023-09-18",
                "شاهد كيم جونغ اون مساء السادس عشر من ايلول عرض الباليه الجميلة النائمة على خشبة مسرح ماريينسكي في بريموريه",
                "الإعلام الرسمي الكوري الشمالي",
            ),
        ],
    ),
    statement(
        "g08",
        "Linda Thomas-Greenfield",
        "2023-09-14",
        "en",
        "We call on the panel of experts of the 1718 Committee to monitor closely and report any arms transfers between the DPRK and Russia, and we will share with the Security Council all the information we have.",
        [
            r(
                "Alhurra",
                "2023-09-14",
                "ندعو فريق خبراء لجنة العقوبات 1718 إلى مراقبة أي عمليات نقل أسلحة بين كوريا الشمالية وروسيا عن كثب وإبلاغ المجلس بها، وسنتقاسم مع مجلس الأمن كل ما لدينا من معلومات",
                "المندوبة الأمريكية لدى الأمم المتحدة ليندا توماس-غرينفيلد",
            ),
            r(
                "Asharq News",
                "2023-09-14",
                "سنطلع مجلس الأمن على أي معلومات بحوزتنا",
                "السفيرة الأميركية لدى الأمم المتحدة",
            ),
            r(
                "Anadolu Agency",
                "2023-09-15",
                "على فريق خبراء لجنة ١٧١٨ أن يراقب عن كثب أي نقل للأسلحة بين بيونغ يانغ وموسكو وأن يرفع تقارير عنه",
                "توماس غرينفيلد",
            ),
            r(
                "Al-Araby Al-Jadeed",
                "2023-09-16",
                "نطالب لجنة الخبراء الأممية برصد صفقات السلاح بين كوريا الشمالية وروسيا والإبلاغ عنها",
                "واشنطن",
            ),
        ],
    ),
    statement(
        "g09",
        "Farhan Haq",
        "2023-09-14",
        "en",
        "We hope our international staff can return to the DPRK as soon as possible; the humanitarian situation there remains of concern, particularly food security.",
        [
            r(
                "SWI swissinfo.ch Arabic",
                "2023-09-14",
                "نأمل أن يتمكن موظفونا الدوليون من العودة إلى جمهورية كوريا الديمقراطية الشعبية في أقرب وقت ممكن، فالوضع الإنساني هناك لا يزال يبعث على القلق، ولا سيما الأمن الغذائي",
                "نائب المتحدث باسم الأمين العام للأمم المتحدة فرحان حق",
            ),
            r(
                "Al Sharq",
                "2023-09-15",
                "الأوضاع الإنسانية في كوريا الشمالية ما تزال مقلقة خاصة على صعيد الأمن الغذائي",
                "الأمم المتحدة",
            ),
            r(
                "Roya News",
                "2023-09-15",
                "نتطلع إلى عودة موظفينا الدوليين إلى كوريا الشمالية بأسرع ما يمكن",
                "فرحان الحق",
            ),
        ],
    ),
    statement(
        "g10",
        "Liu Pengyu",
        "2023-09-13",
        "zh",
        "Talk of a so-called China–Russia–North Korea axis reflects a Cold War mentality; China does not engage in bloc confrontation.",
        [
            r(
                "CGTN Arabic",
                "2023-09-13",
                "إن الحديث عن ما يسمى محور الصين وروسيا وكوريا الشمالية يعكس عقلية الحرب الباردة، والصين لا تنخرط في المواجهة بين التكتلات",
                "المتحدث باسم السفارة الصينية في واشنطن ليو بنغ يو",
            ),
            r("People's Daily Arabic", "2023-09-14", "الصين لا تشارك في مواجهة الكتل", "ليو بنغيو"),
            r(
                "Independent Arabia",
                "2023-09-14",
                "ما يوصف بمحور بكين - موسكو - بيونغ يانغ ليس سوى تعبير عن ذهنية الحرب الباردة",
                "السفارة الصينية في واشنطن",
            ),
        ],
    ),
    statement(
        "g11",
        "Minoru Kihara",
        "2023-09-14",
        "ja",
        "North Korea's nuclear and missile development is a graver and more imminent threat to Japan's security than ever, and we are closely watching Russia–North Korea military cooperation, which could make it worse.",
        [
            r(
                "NHK",
                "2023-09-14",
                "إن تطوير كوريا الشمالية لأسلحتها النووية وصواريخها يشكل تهديداً أخطر وأكثر إلحاحاً من أي وقت مضى لأمن اليابان، ونحن نراقب عن كثب التعاون العسكري بين روسيا وكوريا الشمالية الذي قد يزيد الوضع سوءاً",
                "وزير الدفاع الياباني الجديد مينورو كيهارا",
            ),
            r(
                "Kyodo News",
                "2023-09-14",
                "البرنامجان النووي والصاروخي لبيونغ يانغ يمثلان تهديداً غير مسبوق في خطورته وإلحاحه على أمن البلاد",
                "كيهارا",
            ),
            r(
                "Al Eqtisadiah",
                "2023-09-15",
                "طوكيو تتابع بدقة التعاون العسكري الروسي الكوري الشمالي الذي قد يفاقم الوضع",
                "وزير الدفاع الياباني",
            ),
            r(
                "El Watan News",
                "2023-09-16",
                "التهديد النووى والصاروخى لكوريا الشمالية أصبح أخطر وأقرب من أى وقت مضى",
                "مينورو كيهارا",
            ),
        ],
    ),
    statement(
        "g12",
        "Joint Chiefs of Staff (South Korea)",
        "2023-09-13",
        "ko",
        "North Korea fired two short-range ballistic missiles from the Sunan area of Pyongyang toward the East Sea between 11:43 and 11:53 a.m.; they flew about 650 km.",
        [
            r(
                "Yonhap",
                "2023-09-13",
                "أطلقت كوريا الشمالية صاروخين باليستيين قصيري المدى من منطقة سونان في بيونغ يانغ باتجاه البحر الشرقي بين الساعة 11:43 والساعة 11:53 صباحاً، وقطع الصاروخان مسافة نحو 650 كيلومتراً",
                "هيئة الأركان المشتركة في كوريا الجنوبية",
            ),
            r(
                "Al Arabiya",
                "2023-09-13",
                "رصدنا إطلاق صاروخين بالستيين قصيرَي المدى من سونان باتجاه البحر الشرقي (بحر اليابان)",
                "الجيش الكوري الجنوبي",
            ),
            r(
                "KBS World Radio Arabic",
                "2023-09-13",
                "حلّق الصاروخان لمسافة تقارب ٦٥٠ كم",
                "هيئة الأركان المشتركة",
            ),
            r(
                "Sky News Arabia",
                "2023-09-14",
                "بيونغيانغ أطلقت صاروخين بالستيين قصيري المدى نحو بحر اليابان من منطقة سونان قرب العاصمة",
                "هيئة الأركان الكورية الجنوبية",
            ),
        ],
    ),
    statement(
        "g13",
        "Koo Byoung-sam",
        "2023-09-13",
        "ko",
        "Instead of spending its scarce resources on weapons, North Korea should look after the livelihood of its people, which remains difficult.",
        [
            r(
                "Yonhap",
                "2023-09-13",
                "بدلاً من إنفاق مواردها الشحيحة على الأسلحة، على كوريا الشمالية أن تهتم بمعيشة شعبها التي لا تزال صعبة",
                "المتحدث باسم وزارة الوحدة الكورية الجنوبية كو بيونغ سام",
            ),
            r(
                "Al Quds Al Arabi",
                "2023-09-14",
                "ينبغي أن تولي بيونغ يانغ اهتمامها لحياة سكانها بدل صرف مواردها على التسلح",
                "سيول",
            ),
            r(
                "Hespress",
                "2023-09-15",
                "الأجدر بكوريا الشمالية أن تعتني بمعيشة مواطنيها الصعبة عوض تبذير مواردها المحدودة على السلاح",
                "وزارة التوحيد الكورية الجنوبية",
            ),
        ],
    ),
    statement(
        "g14",
        "Oleg Kozhemyako",
        "2023-09-17",
        "ru",
        "We presented our guest with five kamikaze drones, a reconnaissance drone and a bulletproof vest.",
        [
            r(
                "RT Arabic",
                "2023-09-17",
                "قدمنا لضيفنا خمس طائرات مسيّرة انتحارية وطائرة مسيّرة للاستطلاع وسترة واقية من الرصاص",
                "حاكم إقليم بريمورسكي أوليغ كوجيمياكو",
            ),
            r(
                "Al Hadath",
                "2023-09-17",
                "أهدينا الزعيم الكوري 5 مسيرات كاميكازي ومسيرة استطلاع",
                "حاكم بريموري",
            ),
            r(
                "Al Ghad",
                "2023-09-18",
                "شملت هديتنا سترة واقية من الرصاص وست طائرات بدون طيار، خمس منها انتحارية",
                "كوجيمياكو",
            ),
            r(
                "Enab Baladi",
                "2023-09-19",
                "أهدينا كيم خمس درونات انتحارية وطائرة استطلاع وسترة مضادة للرصاص",
                "المسؤول الروسي",
            ),
        ],
    ),
    statement(
        "g15",
        "Choe Son Hui",
        "2023-10-19",
        "ko",
        "With Lavrov in Pyongyang: the DPRK and Russia will jointly counter the attempts of the United States and its allies to build an Asian version of NATO in the region.",
        [
            r(
                "Al Mayadeen",
                "2023-10-19",
                "ستتصدى جمهورية كوريا الديمقراطية الشعبية وروسيا معاً لمحاولات الولايات المتحدة وحلفائها إنشاء نسخة آسيوية من حلف الناتو في المنطقة",
                "وزيرة خارجية كوريا الشمالية تشوي سون هوي",
            ),
            r(
                "Sputnik Arabic",
                "2023-10-19",
                "سنواجه مع روسيا بشكل مشترك مساعي واشنطن وأتباعها لإقامة ناتو آسيوي",
                "تشوي سون هي",
            ),
            r(
                "Al Bayan",
                "2023-10-20",
                "بيونغ يانغ وموسكو سترُدّان سوياً على محاولات تشكيل حلف أطلسي في آسيا",
                "وزيرة الخارجية الكورية الشمالية",
            ),
        ],
    ),
]

NEAR_MISSES = [
    near_miss(
        "gn01",
        "Vladimir Putin",
        "2023-09-13",
        "بحثنا أيضاً زيادة عدد الرحلات الجوية المباشرة بين موسكو وبيونغ يانغ، ونحن مهتمون بتطوير السياحة بين البلدين",
        "g01",
        "Same frame (we discussed ..., we are interested in increasing ...), but direct flights and tourism, not the Khasan–Rajin railway and port.",
    ),
    near_miss(
        "gn02",
        "Kim Jong Un",
        "2023-09-15",
        "لقد تأثرت بعمق بحفاوة العمال الروس في هذا المصنع وبحسن استقبالهم لنا",
        "g02",
        "Same visit and the same 'I was deeply impressed ... this plant', but by the workers' welcome, not by the level of the aviation technology.",
    ),
    near_miss(
        "gn03",
        "Dmitry Peskov",
        "2023-09-14",
        "لأسباب أمنية، لن نعلن عن عدد أفراد الوفد الكوري المرافق ولا عن أماكن إقامتهم",
        "g03",
        "Same 'for security reasons we will not announce', but the size and lodging of the delegation, not the leader's movements.",
    ),
    near_miss(
        "gn04",
        "Sergei Lavrov",
        "2023-10-19",
        "نقترح إطلاق مشاورات منتظمة بين وزارتي خارجية البلدين حول القضايا الدولية، على أساس احترام مصالح كل طرف",
        "g04",
        "Same 'we propose starting regular ... on the basis of respect for interests', but bilateral consultations of the two ministries, not a regional security dialogue without blocs.",
    ),
    near_miss(
        "gn05",
        "Sergei Shoigu",
        "2023-09-16",
        "شعبانا يقفان اليوم معاً في مواجهة العدو نفسه، وهو الغرب الجماعي",
        "g05",
        "Same 'our two peoples ... together', but standing today against the collective West, not the memory of fighting Japan in 1945.",
    ),
    near_miss(
        "gn06",
        "Maria Zakharova",
        "2023-09-15",
        "طوكيو التي لم تعتذر حتى الآن عن جرائمها في شبه الجزيرة الكورية هي آخر من يحق له الحديث عن حقوق الإنسان هناك",
        "g06",
        "Same frame (Tokyo, which ..., is the last one entitled to ...), but Japan's unapologised past and human rights, not its military budget and regional stability.",
    ),
    near_miss(
        "gn07",
        "KCNA",
        "2023-09-17",
        "زار الرفيق كيم جونغ أون، يرافقه حاكم إقليم بريمورسكي أوليغ كوجيمياكو، الحوض البحري في جزيرة روسكي وأبدى إعجابه بتنوع الكائنات البحرية",
        "g07",
        "Same report, the same companion and the same opening, but the aquarium on Russky Island, not the ballet.",
    ),
    near_miss(
        "gn08",
        "Linda Thomas-Greenfield",
        "2023-09-14",
        "ندعو روسيا إلى التعاون مع فريق خبراء لجنة العقوبات 1718 بدلاً من عرقلة عمله",
        "g08",
        "Same 'we call on' and the 1718 panel of experts, but a call on Russia to stop obstructing it, not on the panel to watch arms transfers.",
    ),
    near_miss(
        "gn09",
        "Farhan Haq",
        "2023-09-14",
        "نأمل أن تعود جمهورية كوريا الديمقراطية الشعبية إلى طاولة الحوار في أقرب وقت ممكن",
        "g09",
        "Same 'we hope ... as soon as possible' and the DPRK's full name, but a return to dialogue, not the return of UN staff.",
    ),
    near_miss(
        "gn10",
        "Liu Pengyu",
        "2023-09-13",
        "الحديث عن تزويد الصين روسيا بالأسلحة لا أساس له، والصين لا تقدم أسلحة فتاكة لأي طرف في النزاع",
        "g10",
        "Same 'talk of ... ; China does not ...', but a denial of arms supplies to Russia, not the so-called axis.",
    ),
    near_miss(
        "gn11",
        "Minoru Kihara",
        "2023-09-14",
        "إن الأنشطة العسكرية الصينية تمثل أكبر تحدٍّ استراتيجي غير مسبوق لضمان السلام والاستقرار في اليابان",
        "g11",
        "Same press conference and the same graded words (unprecedented, the greatest), but China's military activity, not North Korea's weapons.",
    ),
    near_miss(
        "gn12",
        "Joint Chiefs of Staff (South Korea)",
        "2023-09-13",
        "أُطلق الصاروخان الباليستيان قصيرا المدى من منصة إطلاق متحركة، ونحلل حالياً مواصفاتهما بالتعاون مع الاستخبارات الأمريكية",
        "g12",
        "The same two missiles, but the launcher and the joint analysis, not where, when and how far they flew.",
    ),
    near_miss(
        "gn13",
        "Koo Byoung-sam",
        "2023-09-13",
        "بدلاً من الاعتماد على روسيا، على كوريا الشمالية أن تعود إلى الحوار مع الجنوب",
        "g13",
        "Same 'instead of ..., North Korea should', but dialogue with the South, not its people's livelihood.",
    ),
    near_miss(
        "gn14",
        "Oleg Kozhemyako",
        "2023-09-17",
        "قدمنا لضيفنا أيضاً ملابس تقليدية وهدايا تذكارية من صنع حرفيي بريموري",
        "g14",
        "Same 'we presented our guest with', but clothes and souvenirs, not the drones and the vest.",
    ),
    near_miss(
        "gn15",
        "Choe Son Hui",
        "2023-10-19",
        "ستعمل جمهورية كوريا الديمقراطية الشعبية وروسيا معاً على توسيع التبادل في مجالات الثقافة والتعليم والرياضة",
        "g15",
        "Same 'the DPRK and Russia will ... together', but widening cultural, educational and sports exchanges, not countering an Asian NATO.",
    ),
]


def main() -> None:
    assert all(s["id"].startswith("g") and not s["id"].startswith("gn") for s in STATEMENTS)
    assert all(n["id"].startswith("gn") for n in NEAR_MISSES)
    write_statements_split(OUT, {"statements": STATEMENTS, "near_misses": NEAR_MISSES}, in_registry=True)


if __name__ == "__main__":
    main()
