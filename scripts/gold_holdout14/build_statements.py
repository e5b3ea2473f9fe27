# ruff: noqa: E501
"""Build corpus/gold/statements/holdout14.json (statements u01.., near misses un01..), in the
format of corpus/gold/statements/holdout10.json.  All renderings are invented Arabic written for
this set, the way different outlets would carry one original: most copy one agency wire and
change a few words, drop a clause or add one; others translate on their own; the notes are in
scripts/gold_holdout14/STATEMENTS.md.
Run: python3 scripts/gold_holdout14/build_statements.py"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_builder import ROOT, near_miss, rendering, statement, write_statements_split  # noqa: E402

OUT = ROOT / "corpus" / "gold" / "statements" / "holdout14.json"
r = rendering

STATEMENTS = [
    statement(
        "u01",
        "Kim Jong Un",
        "2023-09-15",
        "ko",
        "In the visitors' book of the Yuri Gagarin aircraft plant in Komsomolsk-on-Amur: he wishes the plant's workers and engineers great success in building aircraft that will strengthen the air power of the Russian army.",
        [
            r(
                "RT Arabic",
                "2023-09-15",
                "أتمنى لعمال ومهندسي المصنع نجاحات كبيرة في صناعة الطائرات التي ستعزز القوة الجوية للجيش الروسي",
                "كيم جونغ أون في سجل الزوار",
            ),
            r(
                "Al Mayadeen",
                "2023-09-15",
                "أتمنى لعمّال ومهندسي المصنع نجاحات عظيمة في صناعة الطائرات التي ستعزز القوة الجوية للجيش الروسي الباسل",
                "الزعيم الكوري الشمالي",
            ),
            r(
                "Al Khaleej",
                "2023-09-16",
                "أتمنى للعاملين والمهندسين في هذا المصنع كل التوفيق في إنتاج طائرات تزيد من قدرات سلاح الجو الروسي",
                "كيم",
            ),
            r(
                "Youm7",
                "2023-09-16",
                "نجاحات كبرى فى بناء الطائرات التى ستقوى القوات الجوية للجيش الروسى",
                "زعيم كوريا الشمالية",
            ),
        ],
    ),
    statement(
        "u02",
        "Denis Manturov",
        "2023-09-15",
        "ru",
        "After showing Kim the Komsomolsk plants: the Korean side showed interest in cooperation in aircraft building and in other industries, and we see prospects for such cooperation.",
        [
            r(
                "Sputnik Arabic",
                "2023-09-15",
                "لقد أبدى الجانب الكوري اهتماماً بالتعاون في مجال صناعة الطائرات وفي قطاعات صناعية أخرى، ونحن نرى آفاقاً لهذا التعاون",
                "نائب رئيس الوزراء الروسي، وزير الصناعة والتجارة دينيس مانتوروف",
            ),
            r(
                "Al Alam",
                "2023-09-15",
                "أبدى الجانب الكوري اهتماما بالتعاون في مجال صناعة الطائرات وقطاعات صناعية أخرى، ونرى آفاقا لهذا التعاون",
                "مانتوروف",
            ),
            r(
                "Elnashra",
                "2023-09-15",
                "أبدى الجانب الكوري اهتماماً بالتعاون في صناعة الطائرات وفي قطاعات صناعية أخرى، ونحن نرى آفاقاً لهذا التعاون",
                "وزير الصناعة والتجارة الروسي",
            ),
            r(
                "Asharq Al-Awsat",
                "2023-09-16",
                "الكوريون مهتمون بالتعاون معنا في بناء الطائرات وفي صناعات أخرى، ونعتقد أن لهذا التعاون مستقبلاً",
                "وزير الصناعة الروسي دينيس مانتوروف",
            ),
        ],
    ),
    statement(
        "u03",
        "KCNA",
        "2023-09-17",
        "ko",
        "On 16 September Kim Jong Un, accompanied by Shoigu, visited Knevichi airfield, where he saw the MiG-31 carrying the hypersonic Kinzhal missile and the Tu-160, Tu-95MS and Tu-22M3 strategic bombers, and was briefed by Shoigu on their combat performance.",
        [
            r(
                "Al Mayadeen",
                "2023-09-17",
                "تفقد الرفيق كيم جونغ أون، برفقة وزير الدفاع الروسي سيرغي شويغو، مطار كنيفيتشي العسكري في 16 أيلول، حيث اطلع على المقاتلة ميغ-31 الحاملة لصاروخ كينجال الفرط صوتي، وعلى القاذفات الاستراتيجية تو-160 وتو-95 إم إس وتو-22 إم 3",
                "وكالة الأنباء المركزية الكورية",
            ),
            r(
                "Al Alam",
                "2023-09-17",
                "تفقد الزعيم كيم جونغ أون برفقة وزير الدفاع الروسي سيرغي شويغو مطار كنيفيتشي العسكري يوم 16 أيلول، واطلع على المقاتلة ميغ-31 الحاملة لصاروخ كينجال الفرط صوتي والقاذفات الاستراتيجية تو-160 وتو-95 إم إس وتو-22 إم 3",
                "الوكالة الرسمية الكورية الشمالية",
            ),
            r(
                "Al Jazeera",
                "2023-09-17",
                "زار كيم قاعدة كنيفيتشي الجوية قرب فلاديفوستوك، وعاين قاذفات استراتيجية ومقاتلة من طراز ميغ 31 تحمل صواريخ كينجال الأسرع من الصوت، واستمع إلى شرح عن أدائها",
                "وسائل الإعلام الرسمية في كوريا الشمالية",
            ),
            r(
                "Asharq Al-Awsat",
                "2023-09-18",
                "استمع إلى شرح من وزير الدفاع الروسي شويجو عن المواصفات القتالية للقاذفات تو-160 وتو-95 وتو-22",
                "وكالة الأنباء الكورية الشمالية",
            ),
        ],
    ),
    statement(
        "u04",
        "Russian Defence Ministry",
        "2023-09-16",
        "ru",
        "Shoigu and Kim Jong Un held talks in Vladivostok; they discussed the military-political situation in the region and the prospects for cooperation between the defence ministries of the two countries.",
        [
            r(
                "RT Arabic",
                "2023-09-16",
                "ناقش الجانبان خلال المحادثات الوضع العسكري والسياسي في المنطقة، وآفاق التعاون بين وزارتي الدفاع في البلدين",
                "وزارة الدفاع الروسية",
            ),
            r(
                "Elnashra",
                "2023-09-16",
                "بحث الجانبان خلال المحادثات الوضع العسكري السياسي في المنطقة وآفاق التعاون بين وزارتي دفاع البلدين",
                "وزارة الدفاع الروسية في بيان",
            ),
            r(
                "Sky News Arabia",
                "2023-09-17",
                "تناول لقاء شويغو وكيم في فلاديفوستوك الأوضاع العسكرية والسياسية في المنطقة، وفرص تطوير التعاون الدفاعي بين روسيا وكوريا الشمالية",
                "بيان للدفاع الروسية",
            ),
            r(
                "Erem News",
                "2023-09-17",
                "آفاق التعاون بين وزارتي الدفاع في موسكو وبيونغيانغ",
                "وزارة الدفاع الروسية",
            ),
        ],
    ),
    statement(
        "u05",
        "Dmitry Peskov",
        "2023-10-18",
        "ru",
        "Asked about Lavrov's visit to Pyongyang: Russia intends to develop relations with its neighbour the DPRK in all areas; it is our sovereign right, and no one can deprive us of it.",
        [
            r(
                "RT Arabic",
                "2023-10-18",
                "روسيا تعتزم تطوير علاقاتها مع جارتها كوريا الشمالية في جميع المجالات، وهذا حقنا السيادي الذي لا يمكن لأحد أن يحرمنا منه",
                "المتحدث الرسمي باسم الكرملين دميتري بيسكوف",
            ),
            r(
                "Al Mayadeen",
                "2023-10-18",
                "روسيا تعتزم تطوير علاقاتها مع جارتها كوريا الديمقراطية في كل المجالات، وهذا حقنا السيادي الذي لا يستطيع أحد أن يحرمنا منه",
                "بيسكوف",
            ),
            r(
                "Anadolu Agency",
                "2023-10-19",
                "موسكو تنوي تنمية العلاقات مع بيونغ يانغ في كافة المجالات",
                "الكرملين",
            ),
            r(
                "Independent Arabia",
                "2023-10-19",
                "إنه حق سيادي لنا، ولا أحد يملك أن ينتزعه منا",
                "بيسكوف",
            ),
        ],
    ),
    statement(
        "u06",
        "Maria Zakharova",
        "2023-09-20",
        "ru",
        "Seoul's accusations about Russia's cooperation with the DPRK rest on nothing but speculation in the American press; we advise our South Korean colleagues to check the facts instead of repeating Washington's stories.",
        [
            r(
                "Sputnik Arabic",
                "2023-09-20",
                "الاتهامات الصادرة عن سيول لا تستند إلا إلى تكهنات الصحافة الأمريكية، وننصح زملاءنا الكوريين الجنوبيين بالتحقق من الوقائع بدلاً من ترديد روايات واشنطن",
                "المتحدثة الرسمية باسم وزارة الخارجية الروسية ماريا زاخاروفا",
            ),
            r(
                "Al Alam",
                "2023-09-20",
                "الاتهامات الصادرة من سيول لا تستند سوى إلى تكهنات الصحافة الامريكية",
                "زاخاروفا",
            ),
            r(
                "Al Quds Al Arabi",
                "2023-09-21",
                "ننصح الزملاء في كوريا الجنوبية بأن يتحققوا من الحقائق، لا أن يكرروا ما تقوله واشنطن",
                "المتحدثة باسم الدبلوماسية الروسية",
            ),
            r(
                "France 24 Arabic",
                "2023-09-21",
                "ننصح زملاءنا في كوريا الجنوبية بأن يتحققوا من الحقائق، لا أن يرددوا ما تقوله واشنطن",
                "زاخاروفا",
            ),
        ],
    ),
    statement(
        "u07",
        "Sergei Lavrov",
        "2023-10-19",
        "ru",
        "At the press conference in Pyongyang: we discussed the situation in the Middle East with our Korean friends and agree that its root cause is the failure to carry out the UN resolutions on creating a Palestinian state; the violence must stop at once.",
        [
            r(
                "RT Arabic",
                "2023-10-19",
                "ناقشنا مع أصدقائنا الكوريين الوضع في الشرق الأوسط، ونتفق على أن السبب الجذري لما يحدث هو عدم تنفيذ قرارات الأمم المتحدة بشأن إقامة دولة فلسطينية",
                "وزير الخارجية الروسي سيرغي لافروف",
            ),
            r(
                "Al Mayadeen",
                "2023-10-19",
                "بحثنا مع أصدقائنا الكوريين الوضع في الشرق الأوسط، ونتفق على أن السبب الجذري لما يجري هو عدم تنفيذ قرارات الأمم المتحدة بشأن إقامة الدولة الفلسطينية. يجب وقف العنف فوراً",
                "لافروف من بيونغ يانغ",
            ),
            r(
                "Al Jazeera",
                "2023-10-19",
                "نتفق مع كوريا الشمالية على أن جذور الأزمة تكمن في عدم تطبيق قرارات الأمم المتحدة الخاصة بإنشاء دولة للفلسطينيين",
                "لافروف",
            ),
            r(
                "Anadolu Agency",
                "2023-10-20",
                "الجانبان متفقان على أن السبب الرئيسي للتصعيد هو تجاهل القرارات الأممية المتعلقة بقيام دولة فلسطين، ولا بد من وقف العنف على الفور",
                "وزير الخارجية الروسي",
            ),
        ],
    ),
    statement(
        "u08",
        "Choe Son Hui",
        "2023-10-19",
        "ko",
        "Opening the talks with Lavrov: the DPRK highly values Russia's principled stand in opposing, in the UN Security Council, the hostile policy and the sanctions of the United States and its followers against the DPRK.",
        [
            r(
                "Al Mayadeen",
                "2023-10-19",
                "نقدّر عالياً الموقف المبدئي لروسيا في التصدي، داخل مجلس الأمن الدولي، للسياسة العدائية والعقوبات التي تفرضها الولايات المتحدة وأتباعها على جمهوريتنا",
                "وزيرة الخارجية الكورية الشمالية تشوي سون هوي",
            ),
            r(
                "Al Alam",
                "2023-10-19",
                "نقدر عاليا الموقف المبدئي لروسيا في التصدي داخل مجلس الأمن للسياسة العدائية والعقوبات التي تفرضها الولايات المتحدة وأتباعها على بلادنا",
                "تشوي سون هوي",
            ),
            r(
                "Sputnik Arabic",
                "2023-10-19",
                "بيونغ يانغ تثمن موقف موسكو المبدئي في مجلس الأمن، الرافض لسياسة واشنطن العدائية ولعقوباتها على كوريا الديمقراطية",
                "وزيرة الخارجية تشوي سون هي",
            ),
            r(
                "Al-Araby Al-Jadeed",
                "2023-10-20",
                "نثمّن معارضة الروس للعقوبات الأميركية في مجلس الأمن",
                "تشوي",
            ),
        ],
    ),
    statement(
        "u09",
        "KCNA",
        "2023-10-20",
        "ko",
        "Talks between Foreign Minister Choe Son Hui and Russian Foreign Minister Sergei Lavrov were held at the Mansudae Assembly Hall on 19 October; the two sides discussed carrying out the agreements reached at the September summit and exchanged views on regional and international issues of common concern.",
        [
            r(
                "Al Mayadeen",
                "2023-10-20",
                "أجريت في قاعة مانسوداي للمؤتمرات يوم 19 تشرين الأول محادثات بين وزيرة الخارجية تشوي سون هوي ووزير الخارجية الروسي سيرغي لافروف، ناقش خلالها الجانبان تنفيذ الاتفاقات التي تم التوصل إليها في قمة أيلول، وتبادلا وجهات النظر حول القضايا الإقليمية والدولية ذات الاهتمام المشترك",
                "وكالة الأنباء المركزية الكورية",
            ),
            r(
                "Al Alam",
                "2023-10-20",
                "ناقش الجانبان تنفيذ الاتفاقات التي جرى التوصل إليها في قمة أيلول، وتبادلا وجهات النظر حول القضايا الإقليمية والدولية ذات الاهتمام المشترك",
                "الوكالة المركزية الكورية",
            ),
            r(
                "Xinhua",
                "2023-10-20",
                "عقدت وزيرة خارجية جمهورية كوريا الديمقراطية الشعبية تشوي سون هي محادثات مع وزير الخارجية الروسي سيرجي لافروف في قاعة مانسوداي للاجتماعات يوم الخميس",
                "وكالة الأنباء المركزية الكورية",
            ),
            r(
                "Yonhap",
                "2023-10-21",
                "بحث الوزيران سبل تطبيق ما اتفق عليه الزعيمان في قمتهما الشهر الماضي، وتبادلا الآراء بشأن قضايا إقليمية ودولية",
                "وسائل الإعلام الرسمية في كوريا الشمالية",
            ),
        ],
    ),
    statement(
        "u10",
        "Matthew Miller",
        "2023-10-18",
        "en",
        "On Lavrov's trip to Pyongyang: it is the latest sign that Russia, having failed on the battlefield, increasingly depends on countries like the DPRK; we will keep exposing every arms transfer.",
        [
            r(
                "Alhurra",
                "2023-10-19",
                "إنها أحدث علامة على أن روسيا، بعد فشلها في ساحة المعركة، باتت تعتمد بشكل متزايد على دول مثل كوريا الشمالية، وسنواصل كشف أي عملية نقل للأسلحة",
                "المتحدث باسم وزارة الخارجية الأمريكية ماثيو ميلر",
            ),
            r(
                "Radio Sawa",
                "2023-10-19",
                "إنها أحدث علامة على أن روسيا، بعد إخفاقها في ساحة المعركة، أصبحت تعتمد بشكل متزايد على دول مثل كوريا الشمالية، وسنواصل فضح أي عملية نقل للأسلحة",
                "ميلر",
            ),
            r(
                "Al Arabiya",
                "2023-10-19",
                "روسيا تعتمد أكثر فأكثر على بلدان مثل كوريا الشمالية بعد فشلها العسكري",
                "الخارجية الأميركية",
            ),
            r(
                "CNN Arabic",
                "2023-10-19",
                "سنستمر في الكشف عن كل عمليات نقل الأسلحة",
                "ميلر",
            ),
        ],
    ),
    statement(
        "u11",
        "Yoon Suk Yeol",
        "2023-09-20",
        "ko",
        "At the UN General Assembly, right after warning that a Russia–DPRK deal on weapons technology would be a direct provocation: the Republic of Korea, together with its allies and partners, will not stand idly by.",
        [
            r(
                "Yonhap",
                "2023-09-21",
                "إن جمهورية كوريا لن تقف مكتوفة الأيدي، بالتعاون مع حلفائها وشركائها",
                "الرئيس يون سوك يول",
            ),
            r(
                "Al Arabiya",
                "2023-09-21",
                "ستكون استفزازاً مباشراً يهدد سلام وأمن ليس أوكرانيا فحسب بل كوريا الجنوبية أيضاً، ولن تقف كوريا الجنوبية مع حلفائها وشركائها مكتوفة الأيدي",
                "الرئيس الكوري الجنوبي يون سوك يول",
            ),
            r(
                "Asharq Al-Awsat",
                "2023-09-21",
                "كوريا الجنوبية لن تقف متفرجة، مع حلفائها وشركائها",
                "يون",
            ),
            r(
                "Al Sharq",
                "2023-09-21",
                "إن كوريا الجنوبية لن تقف متفرجة مع حلفائها وشركائها",
                "الرئيس الكوري الجنوبي",
            ),
        ],
    ),
    statement(
        "u12",
        "Hirokazu Matsuno",
        "2023-10-19",
        "ja",
        "Japan is watching Lavrov's visit to Pyongyang with strong interest, including whether it leads to military cooperation that violates Security Council resolutions.",
        [
            r(
                "NHK",
                "2023-10-19",
                "نتابع باهتمام بالغ زيارة وزير الخارجية الروسي لافروف إلى كوريا الشمالية، بما في ذلك احتمال أن تؤدي إلى تعاون عسكري ينتهك قرارات مجلس الأمن",
                "كبير أمناء مجلس الوزراء الياباني ماتسونو هيروكازو",
            ),
            r(
                "Al Ittihad",
                "2023-10-19",
                "طوكيو تراقب عن كثب زيارة لافروف لبيونغ يانغ، خصوصاً إذا أفضت إلى تعاون عسكري يخالف قرارات مجلس الأمن الدولي",
                "المتحدث باسم الحكومة اليابانية هيروكازو ماتسونو",
            ),
            r(
                "Akhbar Al Khaleej",
                "2023-10-20",
                "طوكيو تراقب عن كثب زيارة لافروف إلى بيونغ يانغ، خاصة إذا أفضت إلى تعاون عسكري يخالف قرارات مجلس الأمن",
                "ماتسونو",
            ),
        ],
    ),
    statement(
        "u13",
        "Oleg Nikolenko",
        "2023-10-19",
        "en",
        "Lavrov went to Pyongyang to thank the regime for the shells Russia fires at Ukrainian cities; Russian diplomacy has become a servant of arms deals.",
        [
            r(
                "Anadolu Agency",
                "2023-10-19",
                "لافروف ذهب إلى بيونغ يانغ ليشكر النظام على القذائف التي تطلقها روسيا على المدن الأوكرانية",
                "المتحدث باسم الخارجية الأوكرانية أوليغ نيكولينكو",
            ),
            r(
                "TRT Arabi",
                "2023-10-19",
                "لافروف توجه إلى بيونغ يانغ ليشكر النظام هناك على القذائف التي تطلقها روسيا على المدن الأوكرانية",
                "نيكولينكو",
            ),
            r(
                "Arab48",
                "2023-10-19",
                "لافروف ذهب إلى بيونغ يانغ ليشكر النظام على القذائف التي تطلقها روسيا على مدن أوكرانيا",
                "الناطق باسم وزارة الخارجية الأوكرانية",
            ),
            r(
                "Syria TV",
                "2023-10-20",
                "زيارة لافروف إلى بيونغيانغ هدفها شكر النظام على الذخائر التي يقصف بها الروس مدن أوكرانيا، لقد تحولت الدبلوماسية الروسية إلى خادم لصفقات السلاح",
                "الخارجية الأوكرانية",
            ),
        ],
    ),
    statement(
        "u14",
        "Stephane Dujarric",
        "2023-10-18",
        "en",
        "Asked about Lavrov's visit: we encourage any diplomatic engagement that helps lower tensions on the Korean peninsula, but all Member States must respect the sanctions the Security Council has imposed.",
        [
            r(
                "SWI swissinfo.ch Arabic",
                "2023-10-19",
                "نشجع أي تواصل دبلوماسي يسهم في خفض التوتر في شبه الجزيرة الكورية، لكن على جميع الدول الأعضاء احترام العقوبات التي فرضها مجلس الأمن",
                "ستيفان دوجاريك المتحدث باسم الأمين العام للأمم المتحدة",
            ),
            r(
                "Asharq Al-Awsat",
                "2023-10-19",
                "نشجع أي تواصل دبلوماسي يسهم في خفض التوترات في شبه الجزيرة الكورية، لكن يتعين على جميع الدول الأعضاء احترام العقوبات التي فرضها مجلس الأمن",
                "دوجاريك",
            ),
            r(
                "Al Quds Al Arabi",
                "2023-10-19",
                "الأمم المتحدة ترحب بكل انخراط دبلوماسي من شأنه تخفيف حدة الاحتقان في شبه الجزيرة الكورية",
                "المتحدث الأممي",
            ),
        ],
    ),
    statement(
        "u15",
        "Oleg Kozhemyako",
        "2023-09-17",
        "ru",
        "After seeing Kim off: we agreed with our Korean friends to increase flights between Vladivostok and Pyongyang and to develop tourism, so that people of Primorye can visit the DPRK.",
        [
            r(
                "RT Arabic",
                "2023-09-17",
                "اتفقنا مع أصدقائنا الكوريين على زيادة عدد الرحلات الجوية بين فلاديفوستوك وبيونغ يانغ وتطوير السياحة، حتى يتمكن سكان بريموريه من زيارة كوريا الشمالية",
                "حاكم إقليم بريموري أوليغ كوجيمياكو",
            ),
            r(
                "Al Mayadeen",
                "2023-09-17",
                "اتفقنا مع الأصدقاء الكوريين على زيادة عدد الرحلات الجوية بين فلاديفوستوك وبيونغ يانغ وعلى تطوير السياحة، كي يتمكن سكان بريمورسكي من زيارة كوريا الديمقراطية",
                "كوجيمياكو",
            ),
            r(
                "Sputnik Arabic",
                "2023-09-17",
                "توصلنا إلى اتفاق مع الشركاء الكوريين بشأن تكثيف الرحلات الجوية بين فلاديفوستوك وبيونغ يانغ",
                "حاكم بريموريه أوليغ كوجيمياكو",
            ),
            r(
                "Al Bayan",
                "2023-09-18",
                "سكان الإقليم سيتمكنون من السفر إلى كوريا الشمالية في رحلات سياحية",
                "حاكم الإقليم الروسي",
            ),
        ],
    ),
]

NEAR_MISSES = [
    near_miss(
        "un01",
        "Kim Jong Un",
        "2023-09-15",
        "أتمنى لعمال المصنع نجاحات كبيرة في صناعة طائرات الركاب المدنية التي ستربط مدن روسيا الشاسعة",
        "u01",
        "Same day and city and the same visitors'-book wish to the plant's workers, but at the civil aircraft shop, for passenger planes linking Russia's cities, not for the air power of the army.",
    ),
    near_miss(
        "un02",
        "Denis Manturov",
        "2023-09-15",
        "أبدى الجانب الكوري اهتماماً كبيراً بخط إنتاج مقاتلات سو-35 وسو-57 الذي عرضناه عليه",
        "u02",
        "Same day and the same 'the Korean side showed interest', but in the Su-35 and Su-57 line he was shown, not in cooperation and its prospects.",
    ),
    near_miss(
        "un03",
        "KCNA",
        "2023-09-17",
        "أجرى الرفيق كيم جونغ أون في 16 أيلول محادثات مع وزير الدفاع الروسي سيرغي شويغو في فلاديفوستوك تناولت تعزيز التعاون بين جيشي البلدين",
        "u03",
        "The same KCNA report, day and companion (Shoigu), but Kim's talks with him in Vladivostok, not the airfield and its aircraft.",
    ),
    near_miss(
        "un04",
        "Russian Defence Ministry",
        "2023-09-16",
        "أطلع شويغو الضيف الكوري خلال المحادثات على سير العملية العسكرية الخاصة",
        "u04",
        "The same talks and 'during the talks', but Shoigu briefing Kim on the war in Ukraine, not a discussion of the region and of cooperation between the ministries.",
    ),
    near_miss(
        "un05",
        "Dmitry Peskov",
        "2023-10-18",
        "روسيا تعتزم تطوير علاقاتها مع الصين في جميع المجالات، والمحادثات في بكين أكدت ذلك",
        "u05",
        "Same briefing (Putin was in Beijing that day) and the same 'Russia intends to develop its relations with ... in all areas', but with China, not the DPRK.",
    ),
    near_miss(
        "un06",
        "Maria Zakharova",
        "2023-09-20",
        "الاتهامات الصادرة عن طوكيو بشأن تعاوننا مع بيونغ يانغ ليست إلا ذريعة لتبرير زيادة ميزانيتها العسكرية",
        "u06",
        "Same briefing and the same 'the accusations coming from ... are nothing but', but Tokyo's, as a pretext for its military budget, not Seoul's repeating the American press.",
    ),
    near_miss(
        "un07",
        "Sergei Lavrov",
        "2023-10-19",
        "ناقشنا مع أصدقائنا الكوريين الوضع في شبه الجزيرة الكورية، ونتفق على أن السبب الجذري للتوتر هو النشاط العسكري الأمريكي قرب حدود كوريا الديمقراطية",
        "u07",
        "Same press conference and the same 'we discussed with our Korean friends ... agree that the root cause', but the Korean peninsula and US military activity, not the Middle East and a Palestinian state.",
    ),
    near_miss(
        "un08",
        "Choe Son Hui",
        "2023-10-19",
        "نقدّر عالياً جهود الجانب الروسي في تنفيذ اتفاقات القمة في مجالي الاقتصاد والتجارة",
        "u08",
        "Same talks and the same 'we highly value', but Russia's work on the summit's economic agreements, not its stand against sanctions in the Security Council.",
    ),
    near_miss(
        "un09",
        "KCNA",
        "2023-10-20",
        "أقامت وزيرة الخارجية تشوي سون هوي في قاعة مانسوداي للمؤتمرات يوم 19 تشرين الأول مأدبة على شرف وزير الخارجية الروسي سيرغي لافروف والوفد المرافق له",
        "u09",
        "The same KCNA report, day, hall and two ministers, but the banquet Choe gave for Lavrov, not their talks.",
    ),
    near_miss(
        "un10",
        "Matthew Miller",
        "2023-10-18",
        "إنها أحدث علامة على أن إيران تواصل تزويد روسيا بالطائرات المسيرة التي تضرب البنية التحتية الأوكرانية",
        "u10",
        "Same briefing and the same 'it is the latest sign that', but Iran's drones for Russia, not Russia's dependence on the DPRK.",
    ),
    near_miss(
        "un11",
        "Yoon Suk Yeol",
        "2023-09-20",
        "ستزيد جمهورية كوريا، مع حلفائها وشركائها، مساهمتها في مواجهة تغير المناخ وسد الفجوة الرقمية",
        "u11",
        "The same General Assembly speech and the same 'the Republic of Korea, together with its allies and partners', but more help on climate and the digital divide, not refusing to stand by.",
    ),
    near_miss(
        "un12",
        "Oleg Nikolenko",
        "2023-10-19",
        "الصواريخ التي تطلقها روسيا على موانئ أوديسا تستهدف الأمن الغذائي للعالم كله",
        "u13",
        "Same day and the same 'that Russia fires at', but missiles on the Odesa ports and world food security, not Lavrov thanking Pyongyang for shells.",
    ),
    near_miss(
        "un13",
        "Oleg Kozhemyako",
        "2023-09-17",
        "اتفقنا مع أصدقائنا الكوريين على توسيع التبادل بين بريموريه وكوريا الشمالية في مجالي التعليم والرياضة",
        "u15",
        "Same day and the same 'we agreed with our Korean friends' about Primorye and the DPRK, but school and sports exchanges, not flights and tourism.",
    ),
    near_miss(
        "un14",
        "Stephane Dujarric",
        "2023-10-18",
        "نشجع أي تواصل دبلوماسي يسهم في خفض التوتر في الشرق الأوسط ووقف استهداف المدنيين في غزة",
        "u14",
        "Same noon briefing and the same 'we encourage any diplomatic engagement that helps lower tensions', but in the Middle East and Gaza, not on the Korean peninsula.",
    ),
]


def main() -> None:
    assert all(s["id"].startswith("u") and not s["id"].startswith("un") for s in STATEMENTS)
    assert all(n["id"].startswith("un") for n in NEAR_MISSES)
    write_statements_split(OUT, {"statements": STATEMENTS, "near_misses": NEAR_MISSES}, in_registry=True)


if __name__ == "__main__":
    main()
