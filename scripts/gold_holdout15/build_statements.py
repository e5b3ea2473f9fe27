# ruff: noqa: E501
"""Build corpus/gold/statements/holdout15.json (statements v01.., near misses vn01..), in the
format of the earlier statement files.  All renderings are invented Arabic written for this set,
the way different outlets would carry one original: most copy one agency's Arabic and change a
few words, others translate on their own; the notes are in scripts/gold_holdout15/STATEMENTS.md.
Run: python3 scripts/gold_holdout15/build_statements.py"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_builder import ROOT, near_miss, rendering, statement, write_statements_split  # noqa: E402

OUT = ROOT / "corpus" / "gold" / "statements" / "holdout15.json"
r = rendering

STATEMENTS = [
    statement(
        "v01",
        "KCNA",
        "2023-09-16",
        "ko",
        "Kim Jong Un arrived by his train at Komsomolsk-on-Amur on 15 September and was welcomed at the station by Deputy Prime Minister and Industry and Trade Minister Denis Manturov and Khabarovsk governor Mikhail Degtyarev; a guard of honour was lined up.",
        [
            r(
                "Al Mayadeen",
                "2023-09-16",
                "وصل الرفيق كيم جونغ أون بقطاره الخاص إلى مدينة كومسومولسك على نهر آمور في 15 أيلول، وكان في استقباله في المحطة نائب رئيس الوزراء الروسي وزير الصناعة والتجارة دينيس مانتوروف وحاكم إقليم خاباروفسك ميخائيل ديغتياريوف، حيث اصطف حرس الشرف",
                "وكالة الأنباء المركزية الكورية",
            ),
            r(
                "Al Alam",
                "2023-09-16",
                "وصل الزعيم كيم جونغ أون بقطاره الخاص إلى مدينة كومسومولسك على آمور في 15 أيلول، وكان في استقباله في المحطة نائب رئيس الحكومة الروسية دينيس مانتوروف وحاكم خاباروفسك ميخائيل ديغتياريف",
                "الوكالة الكورية المركزية للأنباء",
            ),
            r(
                "Al-Manar",
                "2023-09-17",
                "وصل الرفيق كيم جونغ أون بقطاره الخاص إلى كومسومولسك على نهر آمور يوم الجمعة 15 أيلول، وكان في استقباله نائب رئيس الوزراء الروسي دينيس مانتوروف وحاكم إقليم خاباروفسك",
                "الإعلام الكوري الرسمي",
            ),
            r(
                "Sky News Arabia",
                "2023-09-16",
                "استقبل نائب رئيس الوزراء الروسي دينيس مانتوروف الزعيم الكوري الشمالي لدى وصوله بالقطار إلى كومسومولسك-نا-أمور",
                "وسائل الإعلام الرسمية في كوريا الشمالية",
            ),
            r(
                "Youm7",
                "2023-09-17",
                "كيم جونج أون وصل إلى مدينة كومسومولسك الروسية يوم 15 سبتمبر واستقبله فى المحطة حاكم إقليم خاباروفسك ميخائيل ديجتياريوف",
                "وكالة الأنباء المركزية الكورية الشمالية",
            ),
        ],
    ),
    statement(
        "v02",
        "Mikhail Degtyarev",
        "2023-09-15",
        "ru",
        "On his Telegram channel after Kim's tour: the visit of the DPRK leader is a historic event for Khabarovsk Krai; our Korean guests showed great interest in the region's industry, and we are ready to develop trade and tourism with the DPRK.",
        [
            r(
                "RT Arabic",
                "2023-09-15",
                "زيارة زعيم جمهورية كوريا الديمقراطية الشعبية حدث تاريخي لإقليم خاباروفسك، وقد أبدى ضيوفنا الكوريون اهتماماً كبيراً بصناعة الإقليم، ونحن مستعدون لتطوير التجارة والسياحة مع كوريا الديمقراطية",
                "حاكم إقليم خاباروفسك ميخائيل ديغتياريوف",
            ),
            r(
                "Elnashra",
                "2023-09-16",
                "زيارة زعيم كوريا الديمقراطية حدث تاريخي لإقليم خاباروفسك، وقد أبدى ضيوفنا الكوريون اهتماماً كبيراً بصناعة الإقليم، ونحن جاهزون لتطوير التجارة والسياحة مع بيونغ يانغ",
                "ديغتياريوف",
            ),
            r(
                "Sputnik Arabic",
                "2023-09-15",
                "إنها زيارة تاريخية بالنسبة لإقليمنا، فالضيوف الكوريون أظهروا اهتماما بالغا بمصانعنا، ونحن على استعداد لتوسيع التبادل التجاري والسياحي مع كوريا الشمالية",
                "حاكم خاباروفسك",
            ),
        ],
    ),
    statement(
        "v03",
        "Hirokazu Matsuno",
        "2023-09-15",
        "ja",
        "Kim's visits to Russian military facilities such as the fighter-jet plant could lead to cooperation that strengthens North Korea's military capabilities; Japan is watching with grave concern.",
        [
            r(
                "NHK",
                "2023-09-15",
                "زيارات الزعيم الكوري الشمالي لمنشآت عسكرية روسية مثل مصنع الطائرات المقاتلة قد تقود إلى تعاون يعزز القدرات العسكرية لكوريا الشمالية، ونحن نتابع ذلك بقلق بالغ",
                "كبير أمناء مجلس الوزراء الياباني ماتسونو هيروكازو",
            ),
            r(
                "Asharq News",
                "2023-09-15",
                "طوكيو تراقب بقلق شديد جولة كيم على المنشآت العسكرية الروسية، ومنها مصنع المقاتلات، لأنها قد تفضي إلى تعاون يقوي القدرات العسكرية لبيونغ يانغ",
                "المتحدث باسم الحكومة اليابانية",
            ),
            r(
                "Asharq Al-Awsat",
                "2023-09-16",
                "طوكيو تراقب بقلق شديد جولة كيم جونغ أون على المنشآت العسكرية الروسية، ومنها مصنع للطائرات المقاتلة، لأنها قد تفضي إلى تعاون يعزز القدرات العسكرية لبيونغ يانغ",
                "هيروكازو ماتسونو",
            ),
        ],
    ),
    statement(
        "v04",
        "Dmitry Peskov",
        "2023-09-19",
        "ru",
        "Asked whether the drones and the bulletproof vest given to Kim violate sanctions: a gift is a gift, a matter of hospitality; it has nothing to do with any sanctions, and we see no violation of anything here.",
        [
            r(
                "RT Arabic",
                "2023-09-19",
                "الهدية هي هدية، وهي مسألة ضيافة، ولا علاقة لها بأي عقوبات، ولا نرى هنا أي انتهاك لأي شيء",
                "المتحدث الرسمي باسم الكرملين دميتري بيسكوف",
            ),
            r(
                "Al Mayadeen",
                "2023-09-19",
                "الهدية هي هدية، وهي مسألة ضيافة لا علاقة لها بأي عقوبات، ولا نرى في ذلك أي انتهاك",
                "الناطق باسم الكرملين",
            ),
            r(
                "Sputnik Arabic",
                "2023-09-19",
                "الهدايا جزء من حسن الضيافة ولا تمت بصلة إلى العقوبات، ولا نلمس هنا أي مخالفة",
                "بيسكوف",
            ),
            r(
                "Erem News",
                "2023-09-20",
                "الهدايا جزء من حسن الضيافة ولا تمت بصلة للعقوبات، ولا نلمس أي مخالفة في ذلك",
                "الكرملين",
            ),
            r(
                "Al Arabiya",
                "2023-09-20",
                "لا نرى أي انتهاك في الطائرات المسيرة التي أهديت للزعيم الكوري الشمالي",
                "الكرملين",
            ),
        ],
    ),
    statement(
        "v05",
        "Pat Ryder",
        "2023-09-19",
        "en",
        "We have seen the reports that Kim was given drones; any transfer of such systems to the DPRK would violate Security Council resolutions, and we are watching closely whether Russia provides it with military technology.",
        [
            r(
                "Alhurra",
                "2023-09-19",
                "اطلعنا على التقارير التي تفيد بأن كيم تلقى طائرات مسيرة، وأي نقل لمثل هذه الأنظمة إلى كوريا الشمالية سيشكل انتهاكاً لقرارات مجلس الأمن، ونحن نراقب عن كثب ما إذا كانت روسيا ستزودها بتكنولوجيا عسكرية",
                "المتحدث باسم وزارة الدفاع الأمريكية الجنرال بات رايدر",
            ),
            r(
                "Radio Sawa",
                "2023-09-19",
                "اطلعنا على التقارير التي تفيد بأن كيم تسلم مسيرات، وأي نقل لمثل هذه الأنظمة إلى كوريا الشمالية يشكل انتهاكاً لقرارات مجلس الأمن الدولي",
                "بات رايدر",
            ),
            r(
                "Al Jazeera",
                "2023-09-20",
                "أي نقل لطائرات مسيرة إلى بيونغ يانغ سيكون خرقا لقرارات مجلس الأمن، ونحن نتابع عن كثب إن كانت موسكو ستمدها بتقنيات عسكرية",
                "البنتاغون",
            ),
            r(
                "Al Quds Al Arabi",
                "2023-09-20",
                "أي نقل لطائرات بدون طيار إلى بيونغ يانغ سيعد خرقا لقرارات مجلس الأمن، ونتابع عن كثب إن كانت موسكو ستمدها بتقنيات عسكرية",
                "متحدث باسم وزارة الدفاع الأميركية",
            ),
        ],
    ),
    statement(
        "v06",
        "Fumio Kishida",
        "2023-09-19",
        "ja",
        "At the UN General Assembly: North Korea's nuclear and missile development, with ballistic missile launches at an unprecedented pace, is a threat to the peace and stability of the international community and cannot be accepted; all member states must fully implement the Security Council resolutions.",
        [
            r(
                "NHK",
                "2023-09-20",
                "تطوير كوريا الشمالية للأسلحة النووية والصواريخ، بما في ذلك إطلاقها صواريخ باليستية بوتيرة غير مسبوقة، يشكل تهديداً للسلام والاستقرار في المجتمع الدولي ولا يمكن القبول به",
                "رئيس الوزراء الياباني كيشيدا فوميو",
            ),
            r(
                "Al Bayan",
                "2023-09-20",
                "برامج بيونغ يانغ النووية والصاروخية تهديد للسلام الدولي لا يمكن قبوله، وعلى جميع الدول الأعضاء أن تطبق قرارات مجلس الأمن تطبيقاً كاملاً",
                "فوميو كيشيدا",
            ),
            r(
                "Emarat Al Youm",
                "2023-09-20",
                "برامج كوريا الشمالية النووية والصاروخية تمثل تهديداً للسلام الدولي لا يمكن قبوله، وعلى كل الدول الأعضاء تطبيق قرارات مجلس الأمن بالكامل",
                "رئيس الوزراء الياباني",
            ),
            r(
                "Al Ain News",
                "2023-09-21",
                "يجب على الدول الأعضاء كافة التنفيذ الكامل لقرارات مجلس الأمن الخاصة ببيونغيانغ",
                "كيشيدا",
            ),
        ],
    ),
    statement(
        "v07",
        "Kim Yung-ho",
        "2023-09-14",
        "ko",
        "Through its summit with Russia, North Korea has chosen to deepen its own isolation; the door to dialogue remains open, but the government will respond sternly to any provocation.",
        [
            r(
                "KBS World Radio Arabic",
                "2023-09-14",
                "لقد اختارت كوريا الشمالية من خلال قمتها مع روسيا أن تعمق عزلتها، وباب الحوار لا يزال مفتوحاً، لكن الحكومة سترد بصرامة على أي استفزاز",
                "وزير الوحدة الكوري الجنوبي كيم يونغ-هو",
            ),
            r(
                "Anadolu Agency",
                "2023-09-14",
                "بيونغ يانغ اختارت بقمتها مع موسكو تعميق عزلتها، ورغم أن باب الحوار ما زال مفتوحا، فإن سيول ستتعامل بحزم مع أي استفزاز",
                "وزير التوحيد في كوريا الجنوبية كيم يونغ هو",
            ),
            r(
                "TRT Arabi",
                "2023-09-14",
                "بيونغ يانغ اختارت بقمتها مع موسكو تعميق عزلتها، ورغم أن باب الحوار لا يزال مفتوحا، فإن سيول ستتعامل بحزم مع أي استفزازات",
                "الوزير الكوري الجنوبي",
            ),
            r(
                "Al Raya",
                "2023-09-15",
                "كوريا الشمالية اختارت بقمتها مع موسكو تعميق عزلتها",
                "وزير الوحدة الكوري الجنوبي",
            ),
        ],
    ),
    statement(
        "v08",
        "Leonid Slutsky",
        "2023-09-13",
        "ru",
        "Kim Jong Un's visit is a clear answer to those in the West who dreamt of isolating Russia: the policy of sanctions and pressure has failed, and Russia's partners are only growing in number.",
        [
            r(
                "RT Arabic",
                "2023-09-13",
                "زيارة كيم جونغ أون رد واضح على من كانوا يحلمون في الغرب بعزل روسيا، فسياسة العقوبات والضغط فشلت، وعدد شركاء روسيا يزداد فقط",
                "رئيس لجنة الشؤون الدولية في مجلس الدوما ليونيد سلوتسكي",
            ),
            r(
                "Al Mayadeen",
                "2023-09-13",
                "زيارة كيم جونغ أون رد واضح على من حلموا في الغرب بعزل روسيا، فسياسة العقوبات والضغوط فشلت، وعدد شركاء روسيا في تزايد",
                "سلوتسكي",
            ),
            r(
                "Al-Manar",
                "2023-09-14",
                "زيارة الزعيم الكوري رد واضح على من حلموا في الغرب بعزل روسيا",
                "رئيس لجنة الشئون الدولية في الدوما الروسي",
            ),
            r(
                "Sputnik Arabic",
                "2023-09-13",
                "سياسة العقوبات والضغوط قد منيت بالفشل، وشركاء روسيا يتكاثرون، وزيارة الزعيم الكوري خير جواب لمن راهن في الغرب على عزلتنا",
                "ليونيد سلوتسكي",
            ),
        ],
    ),
    statement(
        "v09",
        "James Cleverly",
        "2023-09-13",
        "en",
        "Putin's meeting with Kim shows how isolated Russia has become: it now has to turn to North Korea for weapons; any arms deal between them would breach UN sanctions, and the UK will work with its partners to hold both to account.",
        [
            r(
                "France 24 Arabic",
                "2023-09-13",
                "يكشف لقاء بوتين وكيم إلى أي حد أصبحت روسيا معزولة، فهي تلجأ الآن إلى كوريا الشمالية طلباً للسلاح، وأي صفقة أسلحة بينهما ستنتهك عقوبات الأمم المتحدة",
                "وزير الخارجية البريطاني جيمس كليفرلي",
            ),
            r(
                "Al Quds Al Arabi",
                "2023-09-14",
                "يكشف لقاء بوتين وكيم إلى أي حد باتت روسيا معزولة، فهي تلجأ الآن إلى كوريا الشمالية طلباً للسلاح",
                "كليفرلي",
            ),
            r(
                "BBC Arabic",
                "2023-09-13",
                "أي صفقة سلاح بين روسيا وكوريا الشمالية ستكون خرقاً لعقوبات الأمم المتحدة، وستعمل المملكة المتحدة مع شركائها على محاسبة الطرفين",
                "وزير الخارجية البريطاني",
            ),
        ],
    ),
    statement(
        "v10",
        "Choe Son Hui",
        "2023-10-18",
        "ko",
        "At the reception for Lavrov: the Russian foreign minister's visit, only a month after the historic summit, shows the firm will of the two countries to carry out the leaders' agreements and raise DPRK–Russia relations to a new level.",
        [
            r(
                "Al Mayadeen",
                "2023-10-19",
                "إن زيارة وزير الخارجية الروسي بعد شهر واحد فقط من القمة التاريخية تُظهر الإرادة الثابتة للبلدين في تنفيذ اتفاقات الزعيمين والارتقاء بالعلاقات الكورية-الروسية إلى مستوى جديد",
                "وزيرة خارجية جمهورية كوريا الديمقراطية الشعبية تشوي سون هوي",
            ),
            r(
                "Al Alam",
                "2023-10-19",
                "زيارة وزير الخارجية الروسي بعد شهر فقط من القمة التاريخية تظهر الإرادة الراسخة لدى البلدين لتنفيذ اتفاقات القائدين والارتقاء بالعلاقات بينهما إلى مستوى جديد",
                "تشوي سون هي",
            ),
            r(
                "RT Arabic",
                "2023-10-19",
                "زيارة لافروف بعد شهر من قمة بوتين وكيم دليل على تصميم بلدينا على تطبيق ما اتفق عليه الزعيمان",
                "وزيرة الخارجية الكورية الشمالية",
            ),
        ],
    ),
    statement(
        "v11",
        "Sergei Lavrov",
        "2023-10-19",
        "ru",
        "At his meeting with Kim Jong Un: President Putin asked me to convey his warmest greetings and best wishes to you; he recalls your talks at Vostochny with great pleasure.",
        [
            r(
                "RT Arabic",
                "2023-10-19",
                "طلب مني الرئيس فلاديمير بوتين أن أنقل إليكم أحر تحياته وأطيب تمنياته، وهو يستذكر بكل سرور محادثاتكم في فوستوتشني",
                "وزير الخارجية الروسي سيرغي لافروف",
            ),
            r(
                "Al Mayadeen",
                "2023-10-19",
                "طلب مني الرئيس بوتين أن أنقل إليكم أحر التحيات وأطيب التمنيات، وهو يتذكر بسرور بالغ محادثاتكم في فوستوشني",
                "لافروف",
            ),
            r(
                "Sputnik Arabic",
                "2023-10-19",
                "كلفني الرئيس بوتين بنقل تحياته الحارة وتمنياته الطيبة لكم، فهو يستعيد بكثير من الارتياح لقاءكما في قاعدة فوستوتشني الفضائية",
                "سيرغي لافروف",
            ),
            r(
                "Al-Araby Al-Jadeed",
                "2023-10-20",
                "الرئيس بوتين يستذكر بسرور كبير محادثاتكم في قاعدة فوستوتشني",
                "وزير الخارجية الروسي",
            ),
        ],
    ),
    statement(
        "v12",
        "Sergei Lavrov",
        "2023-10-19",
        "ru",
        "At the press conference in Pyongyang: we agreed to expand exchanges in education: more Korean students will study at Russian universities, and Russian teachers will be sent to teach Russian in the DPRK.",
        [
            r(
                "RT Arabic",
                "2023-10-19",
                "اتفقنا على توسيع التبادل في مجال التعليم، إذ سيدرس مزيد من الطلاب الكوريين في الجامعات الروسية، وسيتم إيفاد مدرسين روس لتعليم اللغة الروسية في جمهورية كوريا الديمقراطية الشعبية",
                "وزير الخارجية الروسي سيرغي لافروف",
            ),
            r(
                "Al Alam",
                "2023-10-19",
                "اتفقنا على توسيع التبادل في مجال التعليم، وسيدرس عدد أكبر من الطلاب الكوريين في الجامعات الروسية، كما سيتم إرسال مدرسين روس لتعليم اللغة الروسية في كوريا الديمقراطية",
                "لافروف",
            ),
            r(
                "Sputnik Arabic",
                "2023-10-19",
                "توصلنا إلى اتفاق على زيادة أعداد الطلبة الكوريين الذين يدرسون في جامعاتنا، وعلى إرسال معلمين للغة الروسية إلى كوريا الشمالية",
                "سيرغي لافروف",
            ),
        ],
    ),
    statement(
        "v13",
        "KCNA",
        "2023-10-20",
        "ko",
        "Russian Foreign Minister Sergei Lavrov ended his official visit and left Pyongyang by plane on 19 October; he was seen off at Pyongyang International Airport by Foreign Minister Choe Son Hui.",
        [
            r(
                "Al Mayadeen",
                "2023-10-20",
                "اختتم وزير الخارجية الروسي سيرغي لافروف زيارته الرسمية وغادر بيونغ يانغ بالطائرة في 19 تشرين الأول، وودعته في مطار بيونغ يانغ الدولي وزيرة الخارجية تشوي سون هوي",
                "وكالة الأنباء المركزية الكورية",
            ),
            r(
                "Al Alam",
                "2023-10-20",
                "اختتم وزير الخارجية الروسي سيرغي لافروف زيارته الرسمية وغادر بيونغ يانغ في 19 تشرين الأول، وودعته في المطار وزيرة الخارجية تشوي سون هي",
                "الوكالة الكورية الرسمية",
            ),
            r(
                "Shorouk News",
                "2023-10-20",
                "ودعت وزيرة الخارجية الكورية الشمالية تشوي سون هوى نظيرها الروسى سيرجى لافروف فى مطار بيونج يانج لدى مغادرته البلاد",
                "وكالة الأنباء المركزية الكورية",
            ),
            r(
                "El Watan News",
                "2023-10-21",
                "ودعت وزيرة خارجية كوريا الشمالية تشوي سون هوى نظيرها الروسى سيرجى لافروف فى مطار بيونج يانج عقب انتهاء زيارته",
                "الوكالة الكورية الشمالية",
            ),
        ],
    ),
    statement(
        "v14",
        "Dmitry Peskov",
        "2023-10-20",
        "ru",
        "Lavrov's talks in Pyongyang were very productive; Russia and the DPRK have a rich agenda, and contacts will continue at every level, including the highest.",
        [
            r(
                "Sputnik Arabic",
                "2023-10-20",
                "كانت محادثات لافروف في بيونغ يانغ مثمرة للغاية، فلدى روسيا وكوريا الديمقراطية جدول أعمال غني، وستستمر الاتصالات على جميع المستويات، بما فيها المستوى الأعلى",
                "المتحدث باسم الكرملين دميتري بيسكوف",
            ),
            r(
                "Annahar",
                "2023-10-20",
                "محادثات لافروف في بيونغ يانغ كانت مثمرة جداً، ولدى روسيا وكوريا الديمقراطية جدول أعمال غني، وستتواصل الاتصالات على كل المستويات بما فيها الأعلى",
                "بيسكوف",
            ),
            r(
                "RT Arabic",
                "2023-10-20",
                "الاتصالات مع بيونغ يانغ ستتواصل على مختلف المستويات، ومن بينها أعلى مستوى",
                "الناطق باسم الرئاسة الروسية",
            ),
            r(
                "Al Ain News",
                "2023-10-21",
                "زيارة وزير الخارجية إلى كوريا الشمالية كانت منتجة جدا",
                "الكرملين",
            ),
        ],
    ),
    statement(
        "v15",
        "Sergei Shoigu",
        "2023-09-16",
        "ru",
        "Opening his talks with Kim in Vladivostok: I am glad to welcome you on Russian soil; I still warmly remember my visit to Pyongyang in July and the parade for the 70th anniversary of the victory in the Fatherland Liberation War.",
        [
            r(
                "RT Arabic",
                "2023-09-16",
                "يسعدني أن أرحب بكم على الأرض الروسية، وما زلت أتذكر بدفء زيارتي إلى بيونغ يانغ في تموز والعرض العسكري بمناسبة الذكرى السبعين للنصر في حرب التحرير الوطنية",
                "وزير الدفاع الروسي سيرغي شويغو",
            ),
            r(
                "Al Mayadeen",
                "2023-09-16",
                "يسعدني أن أرحب بكم على الأرض الروسية، وما زلت أذكر بحرارة زيارتي لبيونغ يانغ في تموز الماضي والعرض العسكري في الذكرى الـ70 للانتصار في حرب التحرير",
                "شويغو",
            ),
            r(
                "Sputnik Arabic",
                "2023-09-16",
                "أنا سعيد باستقبالكم في روسيا، ولا أزال أحتفظ بأطيب الذكريات عن زيارتي لبيونغ يانغ في يوليو ومشاركتي في عرض الذكرى السبعين للنصر",
                "سيرغي شويغو",
            ),
        ],
    ),
]

NEAR_MISSES = [
    near_miss(
        "vn01",
        "KCNA",
        "2023-09-16",
        "تفقد الرفيق كيم جونغ أون في 15 أيلول مصنع يوري غاغارين للطائرات في كومسومولسك على نهر آمور، وكان برفقته نائب رئيس الوزراء الروسي دينيس مانتوروف",
        "v01",
        "The same KCNA report, day, city and Manturov, and Al Mayadeen's wording of the place, but Kim touring the aircraft plant, not his arrival at the station.",
    ),
    near_miss(
        "vn02",
        "Mikhail Degtyarev",
        "2023-09-15",
        "غادر ضيفنا الكوري إقليم خاباروفسك مساء اليوم متوجهاً إلى بريموريه، وقد نُفذ برنامج الزيارة بالكامل",
        "v02",
        "The governor's next post the same evening on the same visit: Kim leaving the region and the programme done, not its historic meaning and trade and tourism.",
    ),
    near_miss(
        "vn03",
        "Hirokazu Matsuno",
        "2023-09-15",
        "لن نعلق على كل تحركات الزعيم الكوري الشمالي في روسيا، لكننا سنواصل جمع المعلومات وتحليلها باهتمام بالغ",
        "v03",
        "The same press conference and subject (Kim's tour of Russia): no comment on each movement and information gathering, not the concern about military capabilities.",
    ),
    near_miss(
        "vn04",
        "Dmitry Peskov",
        "2023-09-19",
        "الهدايا التي تبادلها الرئيسان في فوستوتشني هي هدايا دولة، وستحفظ وفق القواعد المعمول بها",
        "v04",
        "The same briefing and the same word, gifts: the rifles the two leaders exchanged are state gifts kept under the rules, not the governor's drones and sanctions.",
    ),
    near_miss(
        "vn05",
        "Pat Ryder",
        "2023-09-19",
        "ليس لدينا ما يؤكد أن بيونغ يانغ بدأت بالفعل تزويد موسكو بالذخيرة، ونحن نراقب ذلك عن كثب",
        "v05",
        "The same Pentagon briefing and 'we are watching closely', but munitions going from Pyongyang to Moscow, not drones and technology going the other way.",
    ),
    near_miss(
        "vn06",
        "Fumio Kishida",
        "2023-09-19",
        "ستعمل اليابان مع المجتمع الدولي من أجل نزع السلاح النووي الكامل لكوريا الشمالية وفقاً لقرارات مجلس الأمن",
        "v06",
        "The next sentence of the same speech, with North Korea, the international community and the Security Council resolutions: Japan's aim of denuclearisation, not the threat and the duty of member states.",
    ),
    near_miss(
        "vn07",
        "Kim Yung-ho",
        "2023-09-14",
        "على كوريا الشمالية أن تختار طريق الحوار بدل العزلة، ونحن مستعدون لاستئناف المحادثات الإنسانية بين الكوريتين، ومنها ملف الأسر المفرقة، في أي وقت",
        "v07",
        "The same day and the same words dialogue, isolation and choose: a call to choose dialogue and an offer of talks on separated families, not the summit as a choice of isolation and a warning.",
    ),
    near_miss(
        "vn08",
        "Leonid Slutsky",
        "2023-09-13",
        "زيارة كيم جونغ أون فرصة لتوسيع الاتصالات بين مجلس الدوما ومجلس الشعب الأعلى، وسنرسل وفداً برلمانياً إلى بيونغ يانغ",
        "v08",
        "The same day and opening (Kim Jong Un's visit is ...), but ties between the two parliaments and a delegation, not the West's failed isolation.",
    ),
    near_miss(
        "vn09",
        "James Cleverly",
        "2023-09-13",
        "ندعو كوريا الشمالية إلى وقف مفاوضات السلاح مع روسيا والالتزام بقرارات مجلس الأمن",
        "v09",
        "The same post's other line on the same arms talks: an appeal to North Korea, not Russia's isolation or holding both to account.",
    ),
    near_miss(
        "vn10",
        "Choe Son Hui",
        "2023-10-18",
        "أنا على ثقة بأن محادثات الغد ستكون مثمرة وستفتح صفحة جديدة في التعاون بين وزارتي خارجية البلدين",
        "v10",
        "The same reception speech: her confidence in the next day's talks between the ministries, not the meaning of the visit a month after the summit.",
    ),
    near_miss(
        "vn11",
        "Sergei Lavrov",
        "2023-10-19",
        "الرئيس بوتين يتطلع إلى زيارة بيونغ يانغ في موعد مناسب للجانبين، كما اتفقتما في فوستوتشني",
        "v11",
        "The same meeting with Kim, President Putin and Vostochny again: Putin looking forward to his visit, not his greetings and memories of the talks.",
    ),
    near_miss(
        "vn12",
        "Sergei Lavrov",
        "2023-10-19",
        "ناقشنا استئناف التبادل في مجالي الثقافة والرياضة الذي توقف بسبب الجائحة، وستعود فرقنا الفنية ورياضيونا إلى بيونغ يانغ",
        "v12",
        "The same press conference and the same kind of sentence on exchanges: culture and sport after the pandemic, not students and teachers.",
    ),
    near_miss(
        "vn13",
        "KCNA",
        "2023-10-20",
        "زار وزير الخارجية الروسي سيرغي لافروف برج الصداقة في 19 تشرين الأول ووضع سلة من الزهور أمامه",
        "v13",
        "The same KCNA report, day and minister: Lavrov laying flowers at the Friendship Tower, not his departure from the airport.",
    ),
    near_miss(
        "vn14",
        "Dmitry Peskov",
        "2023-10-20",
        "قدم لافروف للرئيس بوتين تقريراً عن نتائج محادثاته في بكين وبيونغ يانغ",
        "v14",
        "The same call with reporters on the same trip: Lavrov has reported to Putin on his talks in Beijing and Pyongyang, not how productive they were and the contacts ahead.",
    ),
]


def main() -> None:
    assert all(s["id"].startswith("v") and not s["id"].startswith("vn") for s in STATEMENTS)
    assert all(n["id"].startswith("vn") for n in NEAR_MISSES)
    write_statements_split(OUT, {"statements": STATEMENTS, "near_misses": NEAR_MISSES}, in_registry=True)


if __name__ == "__main__":
    main()
