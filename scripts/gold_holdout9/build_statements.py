# ruff: noqa: E501
"""Build corpus/gold/statements/holdout9.json (statements k01.., near misses kn01..), in the
format of corpus/gold/statements/holdout8.json.  All renderings are invented Arabic written for
this set, the way different outlets would carry one original: some copy one agency wire and
change a few words, others translate on their own; the notes are in
scripts/gold_holdout9/STATEMENTS.md.
Run: python3 scripts/gold_holdout9/build_statements.py"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_builder import ROOT, near_miss, rendering, statement, write_statements_split  # noqa: E402

OUT = ROOT / "corpus" / "gold" / "statements" / "holdout9.json"
r = rendering

STATEMENTS = [
    statement(
        "k01",
        "Vladimir Putin",
        "2023-09-13",
        "ru",
        "Opening the talks at Vostochny: the Soviet Union was the first country to recognise the DPRK, and our countries have always had friendly relations.",
        [
            r(
                "RT Arabic",
                "2023-09-13",
                "الاتحاد السوفيتي كان أول دولة تعترف بجمهورية كوريا الديمقراطية الشعبية، وقد ربطتنا دائماً علاقات صداقة",
                "الرئيس الروسي فلاديمير بوتين",
            ),
            r(
                "Al Mayadeen",
                "2023-09-13",
                "الاتحاد السوفياتي كان أول دولة تعترف بكوريا الديمقراطية، وقد ربطتنا دائماً علاقات صداقة",
                "الرئيس الروسي",
            ),
            r(
                "Sputnik Arabic",
                "2023-09-13",
                "كان الاتحاد السوفييتي أول من اعترف بجمهورية كوريا الديمقراطية الشعبية، وكانت العلاقات بين بلدينا ودية على الدوام",
                "بوتين",
            ),
            r("Al-Ahram", "2023-09-14", "الاتحاد السوفيتى كان أول من اعترف بكوريا الشمالية", "بوتين"),
        ],
    ),
    statement(
        "k02",
        "Kim Jong Un",
        "2023-09-17",
        "ko",
        "At the Far Eastern Federal University in Vladivostok: he was impressed by the university's marine research and hopes scientists and students of the two countries will widen their exchanges.",
        [
            r(
                "Al Jazeera",
                "2023-09-17",
                "أنا معجب بالأبحاث البحرية التي تجريها الجامعة، وآمل أن يوسع العلماء والطلاب في بلدينا تبادلاتهم",
                "الزعيم الكوري الشمالي كيم جونغ أون",
            ),
            r("Sky News Arabia", "2023-09-17", "آمل في توسيع التبادل بين علماء وطلاب البلدين", "كيم"),
            r(
                "Al Ain News",
                "2023-09-18",
                "نأمل في توسيع التبادلات بين علماء البلدين وطلابهما",
                "كيم جونغ أون",
            ),
            r(
                "Masrawy",
                "2023-09-18",
                "لقد أعجبتنى كثيراً البحوث التى تجريها الجامعة فى علوم البحار",
                "زعيم كوريا الشمالية",
            ),
        ],
    ),
    statement(
        "k03",
        "Dmitry Peskov",
        "2023-09-13",
        "ru",
        "The two leaders exchanged rifles as gifts; Putin also gave Kim a glove from a spacesuit that had been to space several times.",
        [
            r(
                "RT Arabic",
                "2023-09-13",
                "تبادل الزعيمان البنادق هدايا، كما أهدى الرئيس بوتين ضيفه قفازاً من بدلة فضائية طار إلى الفضاء عدة مرات",
                "المتحدث باسم الكرملين دميتري بيسكوف",
            ),
            r("Al Arabiya", "2023-09-13", "بوتين وكيم تبادلا بندقيتين كهدية", "الكرملين"),
            r(
                "Asharq Al-Awsat",
                "2023-09-14",
                "قدّم بوتين لكيم قفاز بدلة فضاء سبق أن حلّق في الفضاء مرات عدة، وتبادل الرئيسان بنادق",
                "بيسكوف",
            ),
            r(
                "Erem News",
                "2023-09-14",
                "أهدى الرئيس الروسي نظيره الكوري الشمالي قفازاً من بذلة رائد فضاء صعد إلى الفضاء أكثر من مرة",
                "ديمتري بيسكوف",
            ),
        ],
    ),
    statement(
        "k04",
        "Sergei Lavrov",
        "2023-10-19",
        "ru",
        "In Pyongyang: trying to solve the problems of the Korean peninsula through sanctions and pressure has no prospects; the policy of sanctions against Pyongyang has exhausted itself.",
        [
            r(
                "RT Arabic",
                "2023-10-19",
                "محاولات حل مشكلات شبه الجزيرة الكورية عبر العقوبات والضغط لا أفق لها، وسياسة العقوبات ضد بيونغ يانغ استنفدت نفسها",
                "وزير الخارجية الروسي سيرغي لافروف",
            ),
            r(
                "Sputnik Arabic",
                "2023-10-19",
                "محاولات حل مشاكل شبه الجزيرة الكورية بالعقوبات والضغوط لا أفق لها، وسياسة العقوبات ضد بيونغ يانغ استنفدت نفسها",
                "لافروف",
            ),
            r(
                "Al Quds Al Arabi",
                "2023-10-20",
                "لقد استنفدت سياسة العقوبات على كوريا الشمالية نفسها",
                "لافروف",
            ),
            r(
                "Hespress",
                "2023-10-20",
                "الضغط والعقوبات لن يحلا مشاكل شبه الجزيرة الكورية",
                "رئيس الدبلوماسية الروسية",
            ),
            r(
                "Independent Arabia",
                "2023-10-21",
                "لا مستقبل للمقاربة القائمة على العقوبات والضغوط في التعامل مع قضايا شبه الجزيرة الكورية",
                "وزير الخارجية الروسي",
            ),
        ],
    ),
    statement(
        "k05",
        "Sergei Shoigu",
        "2023-09-16",
        "ru",
        "Asked whether Russia could hold joint exercises with North Korea: why not, they are our neighbours; an old Russian saying goes that you do not choose your neighbours, and it is better to live with them in peace and harmony.",
        [
            r(
                "RT Arabic",
                "2023-09-16",
                "لمَ لا؟ إنهم جيراننا. هناك مثل روسي قديم يقول إن الجيران لا يُختارون، ومن الأفضل العيش معهم في سلام ووئام",
                "وزير الدفاع الروسي سيرغي شويغو",
            ),
            r("Al Jazeera", "2023-09-16", "ولم لا، فهؤلاء جيراننا", "شويغو ردا على سؤال بشأن مناورات مشتركة"),
            r(
                "Al Arabiya",
                "2023-09-17",
                "الجيران لا يختارون، والأفضل أن نعيش معهم بسلام وانسجام",
                "شويغو",
            ),
            r(
                "Youm7",
                "2023-09-17",
                "لماذا لا؟ إنهم جيراننا، والجيران لا يتم اختيارهم",
                "وزير الدفاع الروسى سيرجى شويجو",
            ),
            r(
                "Emarat Al Youm",
                "2023-09-18",
                "لم لا؟ هؤلاء جيراننا، وهناك مثل روسي قديم يقول إنك لا تختار جيرانك",
                "شويغو",
            ),
        ],
    ),
    statement(
        "k06",
        "Maria Zakharova",
        "2023-09-14",
        "ru",
        "On Seoul's statements about the summit: another attempt to please Washington; such statements do nothing for peace on the Korean peninsula.",
        [
            r(
                "Sputnik Arabic",
                "2023-09-14",
                "تصريحات سيول بشأن القمة محاولة أخرى لإرضاء واشنطن، ومثل هذه التصريحات لا تخدم السلام في شبه الجزيرة الكورية",
                "المتحدثة باسم الخارجية الروسية ماريا زاخاروفا",
            ),
            r(
                "RT Arabic",
                "2023-09-14",
                "ما يصدر عن سيئول من تصريحات حول زيارة كيم محاولة جديدة لاسترضاء واشنطن",
                "زاخاروفا",
            ),
            r(
                "Al Mayadeen",
                "2023-09-15",
                "تصريحات المسؤولين الكوريين الجنوبيين لا تسهم في إحلال السلام في شبه الجزيرة الكورية، بل هي محاولة أخرى لنيل رضا الأمريكيين",
                "الخارجية الروسية",
            ),
            r(
                "Al Wafd",
                "2023-09-16",
                "مثل هذه التصريحات لا تخدم السلام فى شبه الجزيرة الكورية",
                "الدبلوماسية الروسية",
            ),
        ],
    ),
    statement(
        "k07",
        "KCNA",
        "2023-09-13",
        "ko",
        "Kim Jong Un arrived at Russia's Khasan station on the morning of 12 September and was greeted by Natural Resources Minister Alexander Kozlov and Primorye governor Oleg Kozhemyako.",
        [
            r(
                "Al Mayadeen",
                "2023-09-13",
                "وصل الرفيق كيم جونغ أون صباح 12 أيلول إلى محطة خاسان الروسية، حيث كان في استقباله وزير الموارد الطبيعية الروسي ألكسندر كوزلوف وحاكم إقليم بريمورسكي أوليغ كوجيمياكو",
                "وكالة الأنباء المركزية الكورية",
            ),
            r(
                "Al Jazeera",
                "2023-09-13",
                "وصل كيم إلى محطة خاسان الحدودية صباح الثلاثاء، واستقبله وزير الموارد الطبيعية الروسي وحاكم إقليم بريمورييه",
                "الوكالة الرسمية الكورية الشمالية",
            ),
            r(
                "Shorouk News",
                "2023-09-13",
                "استقبل وزير الموارد الطبيعية الروسى ألكسندر كوزلوف الزعيم كيم جونج أون لدى وصوله إلى محطة خاسان",
                "وكالة الأنباء الكورية الشمالية",
            ),
            r(
                "El Watan News",
                "2023-09-13",
                "استقبل وزير الموارد الطبيعية الروسى ألكسندر كوزلوف زعيم كوريا الشمالية كيم جونج أون لدى وصوله محطة خاسان",
                "وكالة الأنباء المركزية الكورية",
            ),
            r(
                "Annahar",
                "2023-09-14",
                "وصل كيم جونغ أون صباح الثاني عشر من أيلول إلى محطة خاسان الروسية",
                "وسائل إعلام رسمية في بيونغ يانغ",
            ),
        ],
    ),
    statement(
        "k08",
        "Sabrina Singh",
        "2023-09-14",
        "en",
        "The fact that Russia is reaching out to countries like North Korea and Iran shows that our sanctions and export controls are working.",
        [
            r(
                "Alhurra",
                "2023-09-14",
                "حقيقة أن روسيا تلجأ إلى دول مثل كوريا الشمالية وإيران تظهر أن عقوباتنا وضوابط التصدير التي فرضناها تؤتي ثمارها",
                "نائبة المتحدث باسم البنتاغون سابرينا سينغ",
            ),
            r(
                "Radio Sawa",
                "2023-09-14",
                "حقيقة أن روسيا تلجأ إلى دول مثل كوريا الشمالية وإيران تظهر أن العقوبات وضوابط التصدير التي فرضناها تؤتي ثمارها",
                "سابرينا سينغ",
            ),
            r(
                "Al Hadath",
                "2023-09-14",
                "لجوء روسيا إلى كوريا الشمالية وإيران دليل على أن العقوبات وقيود التصدير ناجحة",
                "البنتاغون",
            ),
            r(
                "Asharq News",
                "2023-09-15",
                "العقوبات وضوابط التصدير تعمل",
                "متحدثة باسم وزارة الدفاع الأميركية",
            ),
        ],
    ),
    statement(
        "k09",
        "Stephane Dujarric",
        "2023-09-12",
        "en",
        "The Secretary-General continues to call for the resumption of dialogue towards the complete and verifiable denuclearisation of the Korean peninsula.",
        [
            r(
                "France 24 Arabic",
                "2023-09-12",
                "لا يزال الأمين العام يدعو إلى استئناف الحوار من أجل نزع السلاح النووي من شبه الجزيرة الكورية بشكل كامل ويمكن التحقق منه",
                "المتحدث باسم الأمم المتحدة ستيفان دوجاريك",
            ),
            r(
                "Al Ittihad",
                "2023-09-13",
                "الأمين العام للأمم المتحدة يواصل الدعوة إلى استئناف الحوار بهدف إخلاء شبه الجزيرة الكورية من الأسلحة النووية بصورة كاملة وقابلة للتحقق",
                "ستيفان دوجاريك",
            ),
            r(
                "Akhbar Al Khaleej",
                "2023-09-13",
                "الأمين العام يواصل الدعوة إلى استئناف الحوار بهدف إخلاء شبه الجزيرة الكورية من الأسلحة النووية بصورة كاملة وقابلة للتحقق",
                "المتحدث باسم الأمين العام",
            ),
            r(
                "Al Anba",
                "2023-09-14",
                "يدعو غوتيريش إلى العودة للحوار من أجل شبه جزيرة كورية خالية من السلاح النووي",
                "الأمم المتحدة",
            ),
        ],
    ),
    statement(
        "k10",
        "Mao Ning",
        "2023-10-18",
        "zh",
        "Asked about Lavrov's visit to Pyongyang: China is glad to see the DPRK and Russia develop their relations and, as a neighbour of both, hopes these exchanges serve peace and stability in the region.",
        [
            r(
                "CGTN Arabic",
                "2023-10-18",
                "يسر الصين أن ترى جمهورية كوريا الديمقراطية الشعبية وروسيا تطوران علاقاتهما، وبصفتها جارة لهما تأمل أن تخدم هذه التبادلات السلام والاستقرار في المنطقة",
                "المتحدثة باسم وزارة الخارجية الصينية ماو نينغ",
            ),
            r(
                "China Radio International Arabic",
                "2023-10-18",
                "يسر الصين أن ترى جمهورية كوريا الديمقراطية الشعبية وروسيا تطوران علاقاتهما، وتأمل بصفتها جارة للبلدين أن تسهم هذه التبادلات في السلام والاستقرار الإقليميين",
                "ماو نينغ",
            ),
            r(
                "Al Sharq",
                "2023-10-19",
                "نرحب بتطوير كوريا الشمالية وروسيا لعلاقاتهما",
                "الخارجية الصينية",
            ),
        ],
    ),
    statement(
        "k11",
        "Fumio Kishida",
        "2023-09-19",
        "ja",
        "At the UN General Assembly: he is determined to meet Kim Jong Un face to face, without preconditions, to resolve the abduction issue.",
        [
            r(
                "Asharq Al-Awsat",
                "2023-09-20",
                "أنا عازم على لقاء كيم جونغ أون وجهاً لوجه دون أي شروط مسبقة لحل قضية المختطفين",
                "رئيس الوزراء الياباني فوميو كيشيدا",
            ),
            r(
                "NHK",
                "2023-09-20",
                "أنا عازم على عقد لقاء قمة مع الرئيس كيم جونغ أون دون شروط مسبقة، من أجل حل مسألة المخطوفين",
                "رئيس الوزراء كيشيدا فوميو",
            ),
            r("Al Arabiya", "2023-09-20", "مستعد للقاء الزعيم الكوري الشمالي دون شروط مسبقة", "كيشيدا"),
            r(
                "Al Ghad",
                "2023-09-21",
                "لحل قضية المختطفين اليابانيين، أنا مستعد لمقابلة كيم وجها لوجه",
                "رئيس الحكومة اليابانية",
            ),
        ],
    ),
    statement(
        "k12",
        "Jeon Ha-gyu",
        "2023-09-14",
        "ko",
        "South Korea's defence ministry is closely watching the possibility that North Korea receives technology for reconnaissance satellites and nuclear-powered submarines from Russia.",
        [
            r(
                "Yonhap",
                "2023-09-14",
                "نراقب عن كثب احتمال حصول كوريا الشمالية من روسيا على تكنولوجيا أقمار الاستطلاع الصناعية والغواصات العاملة بالطاقة النووية",
                "المتحدث باسم وزارة الدفاع الوطني جون ها-غيو",
            ),
            r(
                "Al Khaleej",
                "2023-09-15",
                "نراقب عن كثب احتمال حصول كوريا الشمالية على تكنولوجيا أقمار الاستطلاع الصناعية والغواصات العاملة بالطاقة النووية من روسيا",
                "وزارة الدفاع الكورية الجنوبية",
            ),
            r(
                "KBS World Radio Arabic",
                "2023-09-14",
                "نتابع عن كثب إمكانية نقل روسيا تقنيات أقمار التجسس والغواصات النووية إلى كوريا الشمالية",
                "وزارة الدفاع",
            ),
            r(
                "Al Ain News",
                "2023-09-15",
                "نراقب من كثب احتمال تلقي بيونغ يانغ تكنولوجيا الغواصات النووية من موسكو",
                "متحدث عسكري كوري جنوبي",
            ),
        ],
    ),
    statement(
        "k13",
        "Alexander Kozlov",
        "2023-09-13",
        "ru",
        "The next meeting of the Russian–North Korean intergovernmental commission will be held in Pyongyang in November, where agriculture, fisheries and medicine will be discussed.",
        [
            r(
                "RT Arabic",
                "2023-09-13",
                "الاجتماع المقبل للجنة الحكومية المشتركة سيعقد في بيونغ يانغ في نوفمبر، وسنناقش فيه الزراعة وصيد الأسماك والطب",
                "وزير الموارد الطبيعية الروسي ألكسندر كوزلوف",
            ),
            r(
                "Elnashra",
                "2023-09-14",
                "الاجتماع المقبل للجنة الحكومية المشتركة الروسية الكورية الشمالية سيعقد في بيونغ يانغ في تشرين الثاني، وسنناقش خلاله الزراعة وصيد الأسماك والطب",
                "وزير الموارد الطبيعية الروسي",
            ),
            r(
                "Sputnik Arabic",
                "2023-09-13",
                "ستعقد اللجنة الحكومية المشتركة اجتماعها القادم في بيونغ يانغ في تشرين الثاني/نوفمبر",
                "كوزلوف",
            ),
            r(
                "Al Bayan",
                "2023-09-14",
                "سنبحث في بيونغيانغ في نوفمبر المقبل التعاون في الزراعة والثروة السمكية والطب",
                "رئيس الجانب الروسي في اللجنة الحكومية المشتركة",
            ),
        ],
    ),
    statement(
        "k14",
        "Kim Jong Un",
        "2023-09-13",
        "ko",
        "His toast at the Vostochny banquet: to the health of President Putin, to the prosperity of Russia, and to the friendship and unity of the peoples of the DPRK and Russia, forged in the common struggle against imperialism and for international justice.",
        [
            r(
                "Al Alam",
                "2023-09-14",
                "أقترح أن نرفع الأنخاب في صحة الرئيس فلاديمير بوتين، ومن أجل ازدهار روسيا العظيمة وشعبها، ومن أجل الصداقة والوحدة بين شعبي كوريا الديمقراطية وروسيا، اللذين توطدت أواصرهما في النضال المشترك ضد الإمبريالية وفي سبيل العدالة الدولية",
                "الزعيم الكوري الشمالي كيم جونغ أون",
            ),
            r(
                "RT Arabic",
                "2023-09-13",
                "أرفع هذه الكأس نخب صحة الرئيس بوتين، ونخب ازدهار روسيا، ونخب الصداقة بين شعبينا",
                "كيم جونغ أون",
            ),
            r("Al-Araby Al-Jadeed", "2023-09-14", "نخب صحة بوتين وازدهار روسيا", "كيم خلال مأدبة العشاء"),
            r(
                "Sada El Balad",
                "2023-09-15",
                "أشرب نخب الصداقة والوحدة بين الشعبين الكورى والروسى",
                "زعيم كوريا الشمالية",
            ),
        ],
    ),
]

NEAR_MISSES = [
    near_miss(
        "kn01",
        "Vladimir Putin",
        "2023-09-13",
        "الاتحاد السوفيتي كان أول دولة تطلق قمراً صناعياً إلى الفضاء، ونحن نحافظ على هذه الريادة",
        "k01",
        "Same day and the same 'the Soviet Union was the first country to ...' as RT Arabic, but about the first satellite and Russia's lead in space, not the recognition of the DPRK.",
    ),
    near_miss(
        "kn02",
        "Kim Jong Un",
        "2023-09-17",
        "آمل في توسيع الرحلات السياحية بين فلاديفوستوك وبيونغ يانغ",
        "k02",
        "Same day and the same 'I hope ... widen' as Sky News Arabia, but tourist trips between the two cities, not exchanges of scientists and students.",
    ),
    near_miss(
        "kn03",
        "Dmitry Peskov",
        "2023-09-13",
        "تبادل الوفدان الكلمات الودية، لكن لم يجر تبادل أي وثائق أو اتفاقات",
        "k03",
        "Same briefing and the same verb (exchanged), but the delegations and the absence of signed documents, not the leaders' gifts.",
    ),
    near_miss(
        "kn04",
        "Sergei Lavrov",
        "2023-10-19",
        "سياسة العقوبات الغربية ضد روسيا استنفدت نفسها، واقتصادنا تكيف معها",
        "k04",
        "Same press conference and the same 'the policy of sanctions has exhausted itself', but Western sanctions on Russia and its economy, not the sanctions on Pyongyang.",
    ),
    near_miss(
        "kn05",
        "Sergei Shoigu",
        "2023-09-16",
        "إنهم جيراننا، ونحن مستعدون لتبادل الخبرات معهم في تدريب الضباط",
        "k05",
        "Same day and the same 'they are our neighbours', but an offer to share officer training, not joint exercises and the proverb.",
    ),
    near_miss(
        "kn06",
        "Maria Zakharova",
        "2023-09-14",
        "تصريحات كييف بشأن زيارة كيم محاولة أخرى لاستجداء السلاح من الغرب",
        "k06",
        "Same briefing and the same frame as Sputnik Arabic (statements about Kim's visit, another attempt to ...), but Kyiv begging the West for weapons, not Seoul pleasing Washington.",
    ),
    near_miss(
        "kn07",
        "KCNA",
        "2023-09-13",
        "غادر الرفيق كيم جونغ أون مساء 12 أيلول محطة خاسان الروسية متوجهاً بقطاره إلى قاعدة فوستوتشني الفضائية",
        "k07",
        "The same KCNA report and station and date, but Kim leaving Khasan for Vostochny in the evening, not his arrival and the officials who greeted him.",
    ),
    near_miss(
        "kn08",
        "Sabrina Singh",
        "2023-09-14",
        "حقيقة أن روسيا تلجأ إلى إيران للحصول على المسيرات تظهر أن مخزونها العسكري يتناقص",
        "k08",
        "Same briefing and the same opening as Alhurra, but Iranian drones and Russia's dwindling stocks, not sanctions and export controls working.",
    ),
    near_miss(
        "kn09",
        "Stephane Dujarric",
        "2023-09-12",
        "لا يزال الأمين العام يدعو إلى سلام عادل في أوكرانيا وفقاً لميثاق الأمم المتحدة",
        "k09",
        "Same noon briefing and the same 'the Secretary-General continues to call for', but a just peace in Ukraine, not dialogue on denuclearising the peninsula.",
    ),
    near_miss(
        "kn10",
        "Mao Ning",
        "2023-10-18",
        "يسر الصين أن ترى التعاون مع روسيا في إطار مبادرة الحزام والطريق يتطور باستمرار",
        "k10",
        "Same briefing (Putin was at the Belt and Road Forum in Beijing) and the same 'China is glad to see ... develop', but China–Russia cooperation, not DPRK–Russia relations.",
    ),
    near_miss(
        "kn11",
        "Fumio Kishida",
        "2023-09-19",
        "نطالب كوريا الشمالية بإعادة جميع المختطفين فوراً ودون أي شروط",
        "k11",
        "Same speech and the same words (abductees, without conditions), but a demand that the DPRK return them all, not his readiness to meet Kim.",
    ),
    near_miss(
        "kn12",
        "Jeon Ha-gyu",
        "2023-09-14",
        "نراقب عن كثب احتمال أن تجري كوريا الشمالية تجربة نووية سابعة في موقع بونغي ري",
        "k12",
        "Same briefing and the same 'we are closely watching the possibility that North Korea ...', but a seventh nuclear test at Punggye-ri, not Russian technology.",
    ),
    near_miss(
        "kn13",
        "Alexander Kozlov",
        "2023-09-13",
        "ناقشنا مع الجانب الكوري في فوستوتشني الزراعة وصيد الأسماك، ولا سيما حصص الصيد في المياه الروسية",
        "k13",
        "Same day and the same topics (agriculture, fishing), but what was discussed at Vostochny and the fishing quotas, not the commission's next meeting in Pyongyang.",
    ),
    near_miss(
        "kn14",
        "Kim Jong Un",
        "2023-09-13",
        "أتمنى أن تتوطد الصداقة بين شعبينا في مجالات الاقتصاد والعلم والثقافة",
        "k14",
        "Same day and the same words (the friendship between our peoples, to be strengthened), but a wish for economic, scientific and cultural ties at the talks, not the banquet toast.",
    ),
]


def main() -> None:
    assert all(s["id"].startswith("k") and not s["id"].startswith("kn") for s in STATEMENTS)
    assert all(n["id"].startswith("kn") for n in NEAR_MISSES)
    write_statements_split(OUT, {"statements": STATEMENTS, "near_misses": NEAR_MISSES}, in_registry=True)


if __name__ == "__main__":
    main()
