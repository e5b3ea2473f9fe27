# ruff: noqa: E501
"""Build corpus/gold/statements/holdout24.json (statements j01.., near misses jn01..), in the
format of the earlier statement files.  All renderings are invented Arabic written for this set,
the way Arabic outlets carry one translated original: a Russian, Chinese, Korean or Japanese
agency's Arabic service and the papers that take it over with a few words changed, pan-Arab
channels, Egyptian papers with their own spelling, Gulf, Levantine and Maghreb papers, and the
foreign broadcasters' Arabic sites.  Notes in scripts/gold_statements24/STATEMENTS.md.
Run: python3 scripts/gold_statements24/build_statements.py"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_builder import ROOT, near_miss, rendering, statement, write_statements_split  # noqa: E402

OUT = ROOT / "corpus" / "gold" / "statements" / "holdout24.json"
r = rendering

STATEMENTS = [
    statement(
        "j01",
        "Kim Jong Un",
        "2023-09-13",
        "ko",
        "Kim's entry in the visitors' book at Vostochny: the glory of Russia, which gave birth to the first conqueror of space, will be immortal.",
        [
            r(
                "Al Jazeera",
                "2023-09-13",
                "مجد روسيا التي أنجبت أول غازٍ للفضاء سيبقى خالداً",
                "كيم جونغ أون في سجل الزوار بقاعدة فوستوتشني",
            ),
            r(
                "Youm7",
                "2023-09-13",
                "ستظل أمجاد روسيا التى أنجبت أول من غزا الفضاء خالدة",
                "الزعيم الكورى الشمالى كيم جونج أون",
            ),
            r(
                "Sputnik Arabic",
                "2023-09-13",
                "إن مجد روسيا، التي كانت أول من أرسل إنساناً إلى الفضاء، سيكون خالداً",
                "كيم جونغ أون، في كلمة دوّنها في دفتر الزوار",
            ),
            r(
                "CGTN Arabic",
                "2023-09-14",
                "ستبقى عظمة روسيا، مهد أول رائد فضاء في التاريخ، حية على مر الأجيال",
                "زعيم جمهورية كوريا الديمقراطية الشعبية",
            ),
            r(
                "Asharq Al-Awsat",
                "2023-09-14",
                "مجد روسيا، أول من غزا الفضاء، لن يزول",
                "كيم، بحسب ما نقله رئيس وكالة روسكوسموس يوري بوريسوف",
            ),
        ],
    ),
    statement(
        "j02",
        "Vladimir Putin",
        "2023-09-13",
        "ru",
        "Asked about military-technical cooperation: there are certain restrictions and Russia observes all of them, but there are things we can of course talk about; we are discussing and thinking about them; there are prospects.",
        [
            r(
                "RT Arabic",
                "2023-09-13",
                "هناك قيود معينة، وروسيا تلتزم بكل هذه القيود، لكن هناك أموراً يمكننا بالطبع أن نتحدث عنها، ونحن نناقشها ونفكر فيها. هناك آفاق",
                "الرئيس الروسي فلاديمير بوتين، رداً على سؤال حول التعاون العسكري التقني",
            ),
            r(
                "Al Arabiya",
                "2023-09-13",
                "توجد قيود محددة وروسيا تحترمها جميعاً، ولكن ثمة أشياء نستطيع الحديث عنها، نبحثها ونفكر فيها، وهناك احتمالات",
                "بوتين",
            ),
            r(
                "Sky News Arabia",
                "2023-09-13",
                "هناك قيوداً معينة تلتزم بها موسكو جميعها، غير أن هناك مسائل يمكن التحدث فيها",
                "الرئيس الروسي",
            ),
            r(
                "Anadolu Agency",
                "2023-09-13",
                "ثمة قيود بعينها، وروسيا تتقيد بها كلها، ولكن هناك أمور يمكننا التحدث بشأنها",
                "الرئيس الروسي فلاديمير بوتين",
            ),
            r("Al-Ahram", "2023-09-14", "نحن نفكر ونتناقش، وهناك آفاق", "الرئيس فلاديمير بوتين"),
        ],
    ),
    statement(
        "j03",
        "Dmitry Peskov",
        "2023-09-14",
        "ru",
        "No agreements on military-technical cooperation were signed during the visit, and none were planned to be signed.",
        [
            r(
                "TASS",
                "2023-09-14",
                "لم يتم توقيع أي اتفاقيات في مجال التعاون العسكري التقني، ولم يكن من المخطط توقيعها",
                "المتحدث باسم الكرملين دميتري بيسكوف",
            ),
            r(
                "Al Quds Al Arabi",
                "2023-09-14",
                "لم توقَّع أي اتفاقات في المجال العسكري التقني، ولم يكن هناك تخطيط لذلك",
                "بيسكوف",
            ),
            r(
                "Independent Arabia",
                "2023-09-14",
                "لا اتفاقيات عسكرية وُقعت خلال زيارة كيم، ولم يكن التوقيع مدرجاً على جدول الأعمال أصلاً",
                "الكرملين",
            ),
            r(
                "El Watan News",
                "2023-09-15",
                "لم يتم التوقيع على أى اتفاقيات بشأن التعاون العسكرى التقنى، ولم يكن ذلك مخططا له",
                "ديمترى بيسكوف المتحدث باسم الكرملين",
            ),
        ],
    ),
    statement(
        "j04",
        "Sergei Shoigu",
        "2023-09-16",
        "ru",
        "At Knevichi airfield, to Kim: we are showing our friends our newest aircraft and weapons, which have proved themselves in the special military operation.",
        [
            r(
                "Sputnik Arabic",
                "2023-09-16",
                "نعرض على أصدقائنا أحدث الطائرات والأسلحة التي أثبتت فعاليتها خلال العملية العسكرية الخاصة",
                "وزير الدفاع الروسي سيرغي شويغو",
            ),
            r(
                "Al Mayadeen",
                "2023-09-16",
                "نعرض على أصدقائنا أحدث الطائرات والأسلحة التي أثبتت كفاءتها في العملية العسكرية الخاصة",
                "وزير الدفاع الروسي سيرغي شويغو",
            ),
            r(
                "Erem News",
                "2023-09-17",
                "إن موسكو تُطلع حلفاءها على أحدث طائراتها وأسلحتها التي جُرّبت في الحرب على أوكرانيا",
                "شويغو",
            ),
            r(
                "Sada El Balad",
                "2023-09-17",
                "نقدم لأصدقائنا أحدث ما لدينا من طائرات وأسلحة أثبتت جدارتها فى العملية العسكرية الخاصة",
                "سيرجى شويجو وزير الدفاع الروسى",
            ),
        ],
    ),
    statement(
        "j05",
        "KCNA",
        "2023-09-18",
        "ko",
        "Report on Kim's return: the visit to Russia was a historic occasion that raised the friendship between the DPRK and Russia to a new, higher stage.",
        [
            r(
                "Yonhap",
                "2023-09-18",
                "الزيارة كانت فرصة تاريخية رفعت علاقات الصداقة بين كوريا الشمالية وروسيا إلى مستوى جديد أرفع",
                "وكالة الأنباء المركزية الكورية الشمالية، بحسب ما نقلت يونهاب",
            ),
            r(
                "Al-Araby Al-Jadeed",
                "2023-09-18",
                "إن الزيارة شكلت محطة تاريخية في الارتقاء بالصداقة بين بيونغ يانغ وموسكو إلى مرحلة جديدة",
                "وسائل الإعلام الرسمية في كوريا الشمالية",
            ),
            r(
                "People's Daily Arabic",
                "2023-09-19",
                "الزيارة التاريخية دفعت الصداقة التقليدية بين جمهورية كوريا الديمقراطية الشعبية وروسيا نحو مرحلة أعلى",
                "وكالة الأنباء المركزية الكورية",
            ),
            r(
                "Al Bayan",
                "2023-09-19",
                "زيارة كيم إلى روسيا فتحت صفحة جديدة وأعلى في صداقة البلدين",
                "الوكالة الرسمية الكورية الشمالية",
            ),
        ],
    ),
    statement(
        "j06",
        "Vladimir Putin",
        "2023-09-13",
        "ru",
        "At the lunch for Kim: our friendship goes back to 1945, when Soviet soldiers fought side by side with Korean patriots to free Korea from the Japanese militarists.",
        [
            r(
                "RT Arabic",
                "2023-09-13",
                "تعود جذور صداقتنا إلى عام 1945، عندما قاتل الجنود السوفييت جنباً إلى جنب مع الوطنيين الكوريين من أجل تحرير كوريا من العسكريين اليابانيين",
                "بوتين خلال مأدبة الغداء",
            ),
            r(
                "Al Arabiya",
                "2023-09-13",
                "إن الصداقة بين بلدينا بدأت في عام 1945، حين حارب الجنود السوفيت كتفاً إلى كتف مع المناضلين الكوريين لتحرير كوريا من النزعة العسكرية اليابانية",
                "بوتين",
            ),
            r(
                "Al Mayadeen",
                "2023-09-13",
                "إن صداقتنا تمتد إلى العام ١٩٤٥، حين قاتل الجنود السوفييت مع الوطنيين الكوريين لتحرير كوريا من الاحتلال الياباني",
                "الرئيس الروسي",
            ),
            r(
                "KBS World Radio Arabic",
                "2023-09-14",
                "الجيش السوفيتي حرر كوريا عام 1945 مع المقاتلين الكوريين من الحكم العسكري الياباني",
                "الرئيس الروسي فلاديمير بوتين",
            ),
        ],
    ),
    statement(
        "j07",
        "Maria Zakharova",
        "2023-09-14",
        "ru",
        "US threats to punish Russia with sanctions over the summit are laughable; Washington long ago lost any right to lecture others on how to build their relations.",
        [
            r(
                "RIA Novosti",
                "2023-09-14",
                "تهديدات واشنطن بمعاقبة روسيا بسبب القمة مثيرة للسخرية، فالولايات المتحدة فقدت منذ زمن بعيد أي حق في أن تعلّم الآخرين كيف يبنون علاقاتهم",
                "المتحدثة باسم الخارجية الروسية ماريا زاخاروفا",
            ),
            r(
                "Al Ain News",
                "2023-09-14",
                "التهديد الأمريكي بفرض عقوبات على موسكو بسبب القمة أمر مضحك، وواشنطن خسرت منذ وقت طويل حق إلقاء الدروس على غيرها",
                "زاخاروفا",
            ),
            r(
                "Alakhbar",
                "2023-09-15",
                "أميركا لم يعد لها أي حق في أن تملي على أحد كيف يقيم علاقاته",
                "الناطقة باسم الدبلوماسية الروسية",
            ),
            r(
                "Shorouk News",
                "2023-09-15",
                "إن تهديدات الولايات المتحدة بالعقوبات على خلفية القمة الروسية الكورية تثير الضحك",
                "ماريا زاخاروفا المتحدثة باسم وزارة الخارجية الروسية",
            ),
        ],
    ),
    statement(
        "j08",
        "Choe Son Hui",
        "2023-10-19",
        "ko",
        "Opening the talks with Lavrov: Kim's visit to Russia opened a new chapter in relations, and Lavrov's visit continues the implementation of the agreements reached at the summit.",
        [
            r(
                "RT Arabic",
                "2023-10-19",
                "إن زيارة الرفيق كيم جونغ أون إلى روسيا فتحت صفحة جديدة في علاقاتنا، وزيارتكم استمرار لتنفيذ الاتفاقات التي تم التوصل إليها في القمة",
                "وزيرة خارجية كوريا الشمالية تشوي سون هوي",
            ),
            r(
                "Al Alam",
                "2023-10-19",
                "زيارة الزعيم كيم إلى روسيا دشنت فصلاً جديداً، وزيارة لافروف تأتي في إطار تطبيق تفاهمات القمة",
                "تشوي سون هي",
            ),
            r(
                "Asharq News",
                "2023-10-20",
                "إن زيارة لافروف تندرج في سياق تنفيذ ما اتفق عليه الزعيمان في قمتهما",
                "وزيرة الخارجية الكورية الشمالية",
            ),
            r(
                "SANA",
                "2023-10-20",
                "زيارة الرئيس كيم جونغ أون لروسيا أطلقت مرحلة جديدة من العلاقات، وزيارة الوزير لافروف تشكل متابعة لتنفيذ الاتفاقات التي توصل إليها الجانبان خلال القمة",
                "وزيرة خارجية جمهورية كوريا الديمقراطية الشعبية تشوي سون هوي",
            ),
        ],
    ),
    statement(
        "j09",
        "Yoon Suk Yeol",
        "2023-09-12",
        "ko",
        "At the cabinet meeting: North Korea's military cooperation with Russia, while its own people go hungry, will only deepen its isolation.",
        [
            r(
                "Yonhap",
                "2023-09-12",
                "إن التعاون العسكري بين كوريا الشمالية وروسيا، في وقت يعاني فيه الشعب الكوري الشمالي من الجوع، لن يؤدي إلا إلى تعميق عزلة الشمال",
                "الرئيس الكوري الجنوبي يون سوك يول",
            ),
            r(
                "KBS World Radio Arabic",
                "2023-09-12",
                "سعي الشمال إلى التعاون العسكري مع روسيا بينما يتضور شعبه جوعاً سيزيد عزلته عمقاً",
                "الرئيس يون سوك-يول",
            ),
            r(
                "Asharq Al-Awsat",
                "2023-09-13",
                "التعاون العسكري مع موسكو لن يجلب لبيونغ يانغ سوى مزيد من العزلة",
                "يون",
            ),
            r(
                "France 24 Arabic",
                "2023-09-12",
                "كوريا الشمالية تترك شعبها جائعاً وتسعى لتعاون عسكري مع روسيا، وهذا سيعمق عزلتها فقط",
                "رئيس كوريا الجنوبية",
            ),
        ],
    ),
    statement(
        "j10",
        "John Kirby",
        "2023-09-13",
        "en",
        "We will be watching very closely what comes out of this meeting, and we will not hesitate to impose additional sanctions if warranted.",
        [
            r(
                "Alhurra",
                "2023-09-13",
                "سنراقب عن كثب ما سيتمخض عنه هذا الاجتماع، ولن نتردد في فرض عقوبات إضافية إذا اقتضى الأمر",
                "منسق الاتصالات الاستراتيجية في مجلس الأمن القومي جون كيربي",
            ),
            r(
                "Radio Sawa",
                "2023-09-13",
                "سنراقب عن كثب ما سينتج عن هذا الاجتماع، ولن نتردد في فرض عقوبات إضافية إذا لزم الأمر",
                "جون كيربي",
            ),
            r(
                "CNN Arabic",
                "2023-09-14",
                "إن الولايات المتحدة تتابع بدقة نتائج اللقاء، ولن تتوانى عن فرض مزيد من العقوبات عند الضرورة",
                "المتحدث باسم مجلس الأمن القومي في البيت الأبيض",
            ),
            r(
                "Veto",
                "2023-09-14",
                "واشنطن مستعدة لفرض عقوبات جديدة إن استدعت نتائج القمة ذلك",
                "البيت الأبيض",
            ),
        ],
    ),
    statement(
        "j11",
        "Antony Blinken",
        "2023-09-13",
        "en",
        "Russia going to North Korea and Iran for weapons shows how isolated it has become: two isolated countries trying to help each other.",
        [
            r(
                "BBC Arabic",
                "2023-09-13",
                "ما نراه هو أن روسيا تذهب إلى كوريا الشمالية وإيران طلباً للسلاح، وهذا يدل على مدى العزلة التي وصلت إليها",
                "وزير الخارجية الأمريكي أنتوني بلينكن",
            ),
            r(
                "DW Arabic",
                "2023-09-13",
                "لجوء روسيا إلى كوريا الشمالية وإيران للحصول على الأسلحة يكشف حجم عزلتها",
                "بلينكن",
            ),
            r(
                "Al Sharq",
                "2023-09-14",
                "روسيا باتت معزولة لدرجة أنها تطرق أبواب بيونغ يانغ وطهران بحثاً عن السلاح",
                "الوزير الأميركي",
            ),
            r(
                "Elnashra",
                "2023-09-14",
                "دولتان معزولتان تحاولان مساعدة إحداهما الأخرى، فموسكو تتجه إلى كوريا الشمالية وإيران من أجل الأسلحة",
                "بلينكن",
            ),
        ],
    ),
    statement(
        "j12",
        "Mao Ning",
        "2023-09-13",
        "zh",
        "China hopes the parties concerned will play a constructive role in maintaining peace and stability on the Korean peninsula.",
        [
            r(
                "China Radio International Arabic",
                "2023-09-13",
                "تأمل الصين أن تلعب الأطراف المعنية دوراً بنّاءً في الحفاظ على السلام والاستقرار في شبه الجزيرة الكورية",
                "المتحدثة باسم وزارة الخارجية الصينية ماو نينغ",
            ),
            r(
                "Xinhua",
                "2023-09-13",
                "نأمل أن تضطلع الأطراف المعنية بدور بناء في صون السلام والاستقرار في شبه الجزيرة",
                "ماو نينغ",
            ),
            r(
                "Hespress",
                "2023-09-14",
                "بكين تريد من كل الأطراف أن تسهم بشكل بناء في استقرار شبه الجزيرة الكورية",
                "ماو نينغ",
            ),
        ],
    ),
    statement(
        "j13",
        "Stephane Dujarric",
        "2023-10-13",
        "en",
        "Asked about the reported container shipments: we are not in a position to verify the reports; the Secretary-General urges all member states to fully implement the Security Council's resolutions.",
        [
            r(
                "Roya News",
                "2023-10-14",
                "لسنا في موقع يسمح لنا بالتحقق من هذه التقارير، والأمين العام يحث جميع الدول الأعضاء على التنفيذ الكامل لقرارات مجلس الأمن",
                "المتحدث باسم الأمين العام للأمم المتحدة ستيفان دوجاريك",
            ),
            r(
                "Petra",
                "2023-10-14",
                "لسنا في وضع يسمح لنا بالتحقق من تلك التقارير، ويحث الأمين العام كل الدول الأعضاء على التطبيق الكامل لقرارات مجلس الأمن الدولي",
                "ستيفان دوجاريك",
            ),
            r("Arab48", "2023-10-14", "إن الأمم المتحدة لا تستطيع التأكد من صحة التقارير", "الأمم المتحدة"),
            r(
                "Al Dostor",
                "2023-10-15",
                "أن الأمين العام يدعو كافة الدول الأعضاء إلى الالتزام الكامل بقرارات مجلس الأمن",
                "ستيفان دوجاريك المتحدث باسم الأمين العام",
            ),
        ],
    ),
    statement(
        "j14",
        "Dmytro Kuleba",
        "2023-10-19",
        "uk",
        "On Lavrov in Pyongyang: Russia's foreign minister has gone to beg for shells from a regime under UN sanctions; that is what the so-called great power has come to.",
        [
            r(
                "Al Jazeera",
                "2023-10-19",
                "وزير خارجية روسيا ذهب يتوسل القذائف من نظام يخضع لعقوبات الأمم المتحدة، هذا ما آلت إليه القوة العظمى المزعومة",
                "وزير الخارجية الأوكراني دميترو كوليبا",
            ),
            r(
                "Arabi21",
                "2023-10-20",
                "لافروف سافر إلى بيونغ يانغ ليستجدي الذخائر من نظام معاقب أممياً، وهذا هو حال الدولة العظمى التي تدعيها موسكو",
                "كوليبا",
            ),
            r(
                "TRT Arabi",
                "2023-10-20",
                "إن رئيس الدبلوماسية الروسية يتسول القذائف من نظام مفروضة عليه عقوبات أممية",
                "دميترو كوليبا",
            ),
            r(
                "Al Quds Al Arabi",
                "2023-10-20",
                "هذا ما انتهت إليه القوة العظمى المزعومة",
                "وزير الخارجية الأوكراني",
            ),
        ],
    ),
    statement(
        "j15",
        "Yoko Kamikawa",
        "2023-09-14",
        "ja",
        "First press conference: Japan is watching the moves between Russia and North Korea, including possible military cooperation, with serious concern and will work closely with the United States and South Korea.",
        [
            r(
                "NHK",
                "2023-09-14",
                "نتابع بقلق بالغ التحركات بين روسيا وكوريا الشمالية، بما في ذلك احتمال التعاون العسكري، وسنعمل بشكل وثيق مع الولايات المتحدة وكوريا الجنوبية",
                "وزيرة الخارجية اليابانية الجديدة يوكو كاميكاوا",
            ),
            r(
                "Kyodo News",
                "2023-09-14",
                "اليابان تراقب بقلق شديد تحركات موسكو وبيونغ يانغ، ومنها إمكانية تعاونهما العسكري، وستنسق عن قرب مع واشنطن وسول",
                "كاميكاوا",
            ),
            r(
                "Okaz",
                "2023-09-15",
                "طوكيو تتابع بقلق جدي ما يجري بين روسيا وكوريا الشمالية، وخاصة احتمال التعاون العسكري",
                "وزيرة الخارجية اليابانية",
            ),
            r(
                "Emarat Al Youm",
                "2023-09-15",
                "سنتعاون بشكل وثيق مع الولايات المتحدة وكوريا الجنوبية في مواجهة التقارب العسكري بين روسيا وكوريا الشمالية",
                "يوكو كاميكاوا",
            ),
        ],
    ),
]

NEAR_MISSES = [
    near_miss(
        "jn01",
        "Kim Jong Un",
        "2023-09-13",
        "إن نجاحات العلماء الروس في غزو الفضاء ستكون مصدر إلهام لعلماء بلادنا",
        "j01",
        "The same tour of Vostochny, also Russia's conquest of space, but the Russian scientists' successes as an inspiration for North Korea's own: not the visitors' book line on Russia's immortal glory.",
    ),
    near_miss(
        "jn02",
        "Vladimir Putin",
        "2023-09-13",
        "لا توجد أي قيود على تعاوننا في مجال الفضاء، ونحن نتحدث عن آفاق إعداد رائد فضاء كوري",
        "j02",
        "The same answers to journalists, the same frame (restrictions, talking, prospects), but space cooperation without restrictions, not the military cooperation held by restrictions.",
    ),
    near_miss(
        "jn03",
        "Dmitry Peskov",
        "2023-09-14",
        "روسيا ستواصل تطوير علاقاتها مع جارتها كوريا الشمالية في كل المجالات، بما فيها المجالات الحساسة التي لا تخضع للنشر",
        "j03",
        "The same briefing and subject (military ties): cooperation will go on in sensitive areas kept from the public, not the denial that agreements were signed.",
    ),
    near_miss(
        "jn04",
        "Sergei Shoigu",
        "2023-09-16",
        "ناقشنا مع أصدقائنا الكوريين إمكانية إجراء مناورات مشتركة بين جيشي البلدين",
        "j04",
        "The same visit to Knevichi and the same 'our friends', but joint exercises discussed, not the weapons shown.",
    ),
    near_miss(
        "jn05",
        "KCNA",
        "2023-09-18",
        "أعرب الزعيم كيم جونغ أون عن امتنانه للحكومة والشعب الروسيين على الاستقبال الحار وكرم الضيافة خلال الزيارة",
        "j05",
        "The same report's next item: Kim's thanks for the welcome during the visit, not the visit raising the friendship to a higher stage.",
    ),
    near_miss(
        "jn06",
        "Vladimir Putin",
        "2023-09-13",
        "في تموز الماضي شارك وفدنا في الاحتفالات بالذكرى السبعين لانتصار الشعب الكوري في حرب التحرير الوطنية، ونحن نتذكر بطولات الجنود الكوريين",
        "j06",
        "The same lunch speech on the shared history, a few sentences on: the 70th anniversary of the Korean war celebrated in July, not the 1945 liberation.",
    ),
    near_miss(
        "jn07",
        "Maria Zakharova",
        "2023-09-14",
        "واشنطن نفسها تنتهك التزاماتها حين تضخ الأسلحة في أوكرانيا، وليس من حقها الحديث عن القرارات الدولية",
        "j07",
        "The same briefing's next point against Washington (its own arms to Ukraine, no right to invoke resolutions), not the laughable sanction threats.",
    ),
    near_miss(
        "jn08",
        "Choe Son Hui",
        "2023-10-19",
        "نأمل أن يزور الرئيس بوتين بيونغ يانغ في أقرب وقت، كما تم الاتفاق عليه خلال القمة",
        "j08",
        "The same opening of the talks and the same summit-agreements frame, but the hope for Putin's visit to Pyongyang.",
    ),
    near_miss(
        "jn09",
        "Yoon Suk Yeol",
        "2023-09-12",
        "كوريا الشمالية تنفق على الصواريخ ما يكفي لإطعام شعبها عاماً كاملاً",
        "j09",
        "The same cabinet meeting and the same hungry-people frame, but missile spending, with no Russia and no isolation.",
    ),
    near_miss(
        "jn10",
        "John Kirby",
        "2023-09-13",
        "لا نتوقع أن يُعلن عن أي صفقة أسلحة بعد هذا الاجتماع، لكنهما قد يتوصلان إلى اتفاقات خلف الأبواب المغلقة",
        "j10",
        "The same briefing and the same 'this meeting': whether a deal will be announced, not watching it and sanctions.",
    ),
    near_miss(
        "jn11",
        "Antony Blinken",
        "2023-09-13",
        "أي نقل للأسلحة من كوريا الشمالية إلى روسيا سيشكل انتهاكاً لعدة قرارات صادرة عن مجلس الأمن",
        "j11",
        "The same day and the same weapons between Russia and North Korea, but their transfer breaking Security Council resolutions, not Russia's isolation.",
    ),
    near_miss(
        "jn12",
        "Mao Ning",
        "2023-09-13",
        "موقف الصين من قضية شبه الجزيرة ثابت، ونحن ندعو إلى معالجة المخاوف المشروعة لجميع الأطراف عبر الحوار والتشاور",
        "j12",
        "The same answer's next sentence: China's consistent position and dialogue on all parties' concerns, not the hope for a constructive role.",
    ),
    near_miss(
        "jn13",
        "Stephane Dujarric",
        "2023-10-13",
        "فريق الخبراء التابع للجنة العقوبات ١٧١٨ هو الجهة المخولة بالنظر في مثل هذه التقارير",
        "j13",
        "The same answer on the same reports: who should look into them (the 1718 committee's panel), not that the UN cannot verify them or the call to implement resolutions.",
    ),
    near_miss(
        "jn14",
        "Dmytro Kuleba",
        "2023-10-19",
        "روسيا وكوريا الشمالية وجهان لعملة واحدة، فكلاهما يهدد جيرانه بالسلاح النووي وكلاهما يخضع لعقوبات دولية",
        "j14",
        "The same reaction to Lavrov's trip, the same sanctioned regime, but equating the two states, not Lavrov begging for shells.",
    ),
    near_miss(
        "jn15",
        "Yoko Kamikawa",
        "2023-09-14",
        "ستعمل اليابان بشكل وثيق مع المجتمع الدولي من أجل النزع الكامل لأسلحة كوريا الشمالية النووية وفقاً لقرارات مجلس الأمن",
        "j15",
        "The same first press conference and the same 'work closely with', but North Korea's denuclearisation with the international community, not the concern about Russia.",
    ),
]


def main() -> None:
    assert all(s["id"].startswith("j") and not s["id"].startswith("jn") for s in STATEMENTS)
    assert all(n["id"].startswith("jn") for n in NEAR_MISSES)
    write_statements_split(OUT, {"statements": STATEMENTS, "near_misses": NEAR_MISSES}, in_registry=True)


if __name__ == "__main__":
    main()
