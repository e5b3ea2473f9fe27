# ruff: noqa: E501
"""Build corpus/gold/statements/holdout4.json: synthetic renderings (invented Arabic) of statements
around the Vostochny summit, and near misses, in the format of corpus/gold/statements/holdout2.json."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gold_builder import ROOT, near_miss, rendering, statement, write_statements_split  # noqa: E402

OUT = ROOT / "corpus" / "gold" / "statements" / "holdout4.json"
R, S, M = rendering, statement, near_miss

STATEMENTS = [
    S(
        "c01",
        "Yuri Ushakov",
        "2023-09-12",
        "ru",
        "The talks will begin in a wide format with delegations and then continue one on one; a lunch in the guest's honour will follow.",
        [
            R(
                "Al-Quds Al-Arabi",
                "2023-09-12",
                "المحادثات ستبدأ بصيغة موسعة بمشاركة الوفدين، ثم يواصل الزعيمان الحديث على انفراد، وبعدها مأدبة غداء على شرف الضيف",
                "مساعد الرئيس الروسي يوري أوشاكوف",
            ),
            R(
                "Al-Ain News",
                "2023-09-12",
                "ستجري المباحثات أولاً بمشاركة الوفود ثم تتواصل في لقاء ثنائي بين الزعيمين، تليها مأدبة غداء تكريماً للزعيم الكوري",
                "أوشاكوف",
            ),
            R(
                "Al-Wafd",
                "2023-09-13",
                "المفاوضات ستبدأ بحضور الوفدين ثم تستمر وجهاً لوجه",
                "يورى أوشاكوف مساعد الرئيس الروسى",
            ),
            R("TASS", "2023-09-12", "سيقام بعد المحادثات غداء رسمي على شرف الضيف", "الكرملين"),
        ],
    ),
    S(
        "c02",
        "Vladimir Putin",
        "2023-09-13",
        "ru",
        "Answering a question about military cooperation: Russia abides by all restrictions, but there are things one can talk about.",
        [
            R(
                "Al-Bayan",
                "2023-09-13",
                "روسيا تلتزم بكل القيود، لكن هناك أشياء يمكن الحديث عنها",
                "الرئيس الروسي",
            ),
            R(
                "Al Ghad",
                "2023-09-14",
                "هناك قيود معينة، وروسيا تلتزم بها جميعاً، غير أن ثمة أموراً يمكن بحثها",
                "بوتين",
            ),
            R(
                "Al-Masry Al-Youm",
                "2023-09-13",
                "نلتزم بجميع القيود.. ولكن توجد أشياء يمكننا التحدث عنها",
                "الرئيس الروسى فلاديمير بوتين",
            ),
        ],
    ),
    S(
        "c03",
        "Kim Jong Un",
        "2023-09-13",
        "ko",
        "At the talks: Russia has risen in a sacred fight to defend its sovereignty and security, and the DPRK will always support the decisions of President Putin and the Russian leadership.",
        [
            R(
                "Al-Sharq",
                "2023-09-13",
                "روسيا نهضت في معركة مقدسة للدفاع عن سيادتها وأمنها، وسنقف دائماً إلى جانب قرارات الرئيس بوتين والقيادة الروسية",
                "الزعيم الكوري الشمالي كيم جونغ أون",
            ),
            R(
                "Syrian Al-Watan",
                "2023-09-14",
                "سندعم دائماً القرارات التي يتخذها الرئيس بوتين والقيادة الروسية",
                "الرفيق كيم جونغ أون",
            ),
            R("Elaph", "2023-09-13", "روسيا تخوض الآن معركة مقدسة دفاعاً عن سيادتها وأمنها", "كيم"),
            R(
                "Le360",
                "2023-09-14",
                "بلادي ستدعم على الدوام قرارات بوتين في حربه المقدسة من أجل السيادة والأمن",
                "كيم جونغ أون",
            ),
        ],
    ),
    S(
        "c04",
        "John Kirby",
        "2023-09-13",
        "en",
        "We will not hesitate to impose additional sanctions if arms deals move forward, as we have done before.",
        [
            R(
                "Elaph",
                "2023-09-13",
                "لن نتردد في فرض عقوبات إضافية إذا مضت صفقات الأسلحة قدماً، كما فعلنا في السابق",
                "المتحدث باسم مجلس الأمن القومي الأميركي جون كيربي",
            ),
            R(
                "Okaz",
                "2023-09-14",
                "لن نتوانى عن فرض مزيد من العقوبات إن تقدمت صفقات السلاح",
                "البيت الأبيض",
            ),
            R(
                "Al-Rai",
                "2023-09-13",
                "الولايات المتحدة لن تتردد في فرض عقوبات جديدة كما فعلت من قبل إذا تقدمت هذه الصفقات",
                "كيربي",
            ),
        ],
    ),
    S(
        "c05",
        "Maria Zakharova",
        "2023-09-14",
        "ru",
        "Washington's remarks on Kim's visit show boundless arrogance; the US has no right to tell anyone whom to cooperate with.",
        [
            R(
                "Al-Akhbar",
                "2023-09-14",
                "تصريحات واشنطن بشأن زيارة كيم تعكس غطرسة لا حدود لها، والولايات المتحدة لا تملك الحق فى أن تملى على أحد مع من يتعاون",
                "المتحدثة باسم الخارجية الروسية ماريا زاخاروفا",
            ),
            R(
                "Sputnik Arabic",
                "2023-09-14",
                "الولايات المتحدة ليس من حقها أن تقول لأحد مع من يتعاون",
                "زاخاروفا",
            ),
            R(
                "Al-Joumhouria",
                "2023-09-15",
                "التعليقات الأميركية على زيارة الزعيم الكوري غطرسة بلا حدود",
                "الخارجية الروسية",
            ),
        ],
    ),
    S(
        "c06",
        "KCNA",
        "2023-09-14",
        "ko",
        "Kim Jong Un and Putin agreed to strengthen strategic and tactical cooperation and to meet again; Kim invited Putin to Pyongyang and Putin gladly accepted.",
        [
            R(
                "Xinhua Arabic",
                "2023-09-14",
                "اتفق الزعيمان على تعزيز التعاون الاستراتيجي والتكتيكي، ودعا كيم جونغ أون الرئيس بوتين لزيارة بيونغ يانغ فقبل الدعوة بسرور",
                "وكالة الأنباء المركزية الكورية",
            ),
            R(
                "Al-Wafd",
                "2023-09-14",
                "الرئيس بوتين قبل بكل سرور دعوة الزعيم كيم جونج أون لزيارة بيونج يانج",
                "الوكالة الكورية الشمالية",
            ),
            R(
                "Al-Ain News",
                "2023-09-15",
                "توافق الجانبان على تقوية التعاون الاستراتيجي والتكتيكي بينهما",
                "وسائل إعلام رسمية في كوريا الشمالية",
            ),
        ],
    ),
    S(
        "c07",
        "Sergei Shoigu",
        "2023-09-16",
        "ru",
        "At Knevichi: we showed our Korean friends our strategic bombers and the newest hypersonic Kinzhal missiles.",
        [
            R(
                "Syrian Al-Watan",
                "2023-09-16",
                "عرضنا على أصدقائنا الكوريين قاذفاتنا الاستراتيجية وأحدث صواريخ كينجال فرط الصوتية",
                "وزير الدفاع الروسي سيرغي شويغو",
            ),
            R(
                "Al-Akhbar",
                "2023-09-17",
                "أطلعنا الضيوف الكوريين على القاذفات الاستراتيجية وصواريخ كينجال الأسرع من الصوت",
                "سيرجى شويجو",
            ),
            R("Al-Sharq", "2023-09-16", "الضيوف الكوريون شاهدوا القاذفات الاستراتيجية الروسية", "شويغو"),
        ],
    ),
    S(
        "c08",
        "Fumio Kishida",
        "2023-09-13",
        "ja",
        "Japan is watching with grave concern; any cooperation that violates Security Council resolutions is unacceptable, and Japan will coordinate closely with the US and South Korea.",
        [
            R(
                "NHK Arabic",
                "2023-09-13",
                "نتابع الوضع بقلق بالغ، وأي تعاون ينتهك قرارات مجلس الأمن غير مقبول، وسننسق عن كثب مع الولايات المتحدة وكوريا الجنوبية",
                "رئيس الوزراء الياباني فوميو كيشيدا",
            ),
            R(
                "Al-Bayan",
                "2023-09-14",
                "اليابان تراقب بقلق شديد، وستعمل بتنسيق وثيق مع واشنطن وسيول",
                "كيشيدا",
            ),
            R(
                "Al-Quds Al-Arabi",
                "2023-09-14",
                "أي تعاون يخالف قرارات مجلس الأمن الدولي مرفوض",
                "رئيس الحكومة اليابانية",
            ),
        ],
    ),
    S(
        "c09",
        "Antonio Guterres",
        "2023-09-14",
        "en",
        "All member states must fully comply with Security Council sanctions on the DPRK, including any cooperation with it.",
        [
            R(
                "Al-Ahram",
                "2023-09-14",
                "يجب على جميع الدول الأعضاء الالتزام الكامل بعقوبات مجلس الأمن المفروضة على كوريا الشمالية",
                "الأمين العام للأمم المتحدة أنطونيو جوتيريش",
            ),
            R(
                "Al-Sharq",
                "2023-09-14",
                "على كل الدول الأعضاء أن تحترم تماماً عقوبات مجلس الأمن على جمهورية كوريا الديمقراطية، بما في ذلك أي تعاون معها",
                "غوتيريش",
            ),
            R(
                "Independent Arabia",
                "2023-09-15",
                "أي تعاون مع بيونغ يانغ يجب أن يراعي عقوبات مجلس الأمن بالكامل",
                "الأمم المتحدة",
            ),
        ],
    ),
    S(
        "c10",
        "Choe Son Hui",
        "2023-09-13",
        "ko",
        "The visit opens a new chapter in the history of DPRK–Russia friendship.",
        [
            R(
                "Al-Ain News",
                "2023-09-13",
                "الزيارة تفتح صفحة جديدة في تاريخ الصداقة بين كوريا الديمقراطية وروسيا",
                "وزيرة الخارجية الكورية الشمالية تشوي سون هوي",
            ),
            R("Al-Rai", "2023-09-14", "هذه الزيارة فتحت فصلاً جديداً في تاريخ صداقتنا مع روسيا", "تشوي سون هي"),
        ],
    ),
    S(
        "c11",
        "Dmitry Peskov",
        "2023-09-14",
        "ru",
        "Kim Jong Un will stay in Russia a few more days and visit Vladivostok and Komsomolsk-on-Amur; the programme is being arranged by both sides.",
        [
            R(
                "Sputnik Arabic",
                "2023-09-14",
                "سيبقى كيم جونغ أون في روسيا بضعة أيام أخرى ويزور فلاديفوستوك وكومسومولسك على آمور، والبرنامج يجري ترتيبه من الطرفين",
                "المتحدث باسم الكرملين دميتري بيسكوف",
            ),
            R("Al-Masry Al-Youm", "2023-09-14", "الزعيم الكورى سيمكث عدة أيام إضافية فى روسيا", "بيسكوف"),
            R(
                "Al-Quds Al-Arabi",
                "2023-09-15",
                "زيارة كيم ستتواصل لأيام وتشمل كومسومولسك وفلاديفوستوك",
                "الكرملين",
            ),
            R(
                "Al Ghad",
                "2023-09-14",
                "برنامج ما تبقى من الزيارة يتم الاتفاق عليه بين الجانبين",
                "الناطق باسم الرئاسة الروسية",
            ),
        ],
    ),
]

NEAR_MISSES = [
    M(
        "cn01",
        "Yuri Ushakov",
        "2023-09-12",
        "المحادثات ستتناول التعاون في مجالات الزراعة والنقل والمساعدات الإنسانية",
        "c01",
        "Same day, same speaker, on the talks, but about the agenda, not their format.",
    ),
    M(
        "cn02",
        "Vladimir Putin",
        "2023-09-13",
        "سنفكر في كل شيء بهدوء، ولا داعي للاستعجال في اتخاذ القرارات",
        "c02",
        "Same answer on military cooperation, but about taking time to decide, not about respecting the restrictions.",
    ),
    M(
        "cn03",
        "Kim Jong Un",
        "2023-09-13",
        "علاقات كوريا الديمقراطية مع روسيا هي الأولوية الأولى لبلادنا",
        "c03",
        "Same talks, support for Russia, but about the priority of relations, not the sacred fight.",
    ),
    M(
        "cn04",
        "John Kirby",
        "2023-09-13",
        "سنراقب عن كثب ما إذا كانت هذه الصفقات ستمضي قدماً",
        "c04",
        "Same words on arms deals moving forward, but watching, not sanctions.",
    ),
    M(
        "cn05",
        "Maria Zakharova",
        "2023-09-14",
        "واشنطن لا تملك الحق في محاضرة موسكو حول العقوبات الأممية",
        "c05",
        "Washington has no right, but about lecturing on UN sanctions, not on whom to cooperate with.",
    ),
    M(
        "cn06",
        "KCNA",
        "2023-09-14",
        "اتفق الزعيمان على تبادل الزيارات بين الوزراء والوفود البرلمانية",
        "c06",
        "The leaders agreed, but on exchanges of ministers, not on strategic cooperation or Putin's visit.",
    ),
    M(
        "cn07",
        "Sergei Shoigu",
        "2023-09-16",
        "عرضنا على أصدقائنا الكوريين الفرقاطة المارشال شابوشنيكوف في ميناء فلاديفوستوك",
        "c07",
        "Same opening, but the frigate at Vladivostok, not bombers and missiles at Knevichi.",
    ),
    M(
        "cn08",
        "Antonio Guterres",
        "2023-09-14",
        "يجب على جميع الدول الأعضاء دعم الحوار من أجل نزع السلاح النووي في شبه الجزيرة الكورية",
        "c09",
        "All member states must, but support dialogue on denuclearisation, not comply with sanctions.",
    ),
    M(
        "cn09",
        "Dmitry Peskov",
        "2023-09-14",
        "كيم جونغ أون سيغادر روسيا على متن قطاره الخاص عبر خاسان",
        "c11",
        "Kim's programme in Russia, but about his departure by train, not the extra days and cities.",
    ),
]


def main():
    write_statements_split(OUT, {"statements": STATEMENTS, "near_misses": NEAR_MISSES}, indent=2)


if __name__ == "__main__":
    main()
