# ruff: noqa: E501
"""Write corpus/gold/statements/holdout3.json (statement groups for issue 16) and check it:
2-5 renderings a statement from different outlets, dates 0-2 days after said_on, speakers and
outlets spelled as in the registries, near misses pointing at a statement of the same speaker.
Every text is invented for this set; none is copied from an outlet.
Run: python3 scripts/gold_holdout3/build_statements.py"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gold_builder import ROOT, near_miss, rendering, statement, write_statements_split  # noqa: E402


def S(id_, speaker, said_on, language, gist, *renderings):
    return statement(id_, speaker, said_on, language, gist, [rendering(*r) for r in renderings])


M = near_miss

STATEMENTS = [
    S(
        "b01",
        "Vladimir Putin",
        "2023-09-13",
        "ru",
        "At the banquet: I raise this glass to the health of Comrade Kim Jong Un, to the further strengthening of friendship and cooperation between our peoples, and to the prosperity of the DPRK.",
        (
            "RT Arabic",
            "2023-09-13",
            "أرفع هذا الكأس نخب صحة الرفيق كيم جونغ أون، ونخب مواصلة تعزيز الصداقة والتعاون بين شعبينا، ونخب ازدهار كوريا الديمقراطية",
            "الرئيس الروسي فلاديمير بوتين",
        ),
        (
            "Al Jazeera",
            "2023-09-13",
            "أقترح أن نشرب نخب صحة الرفيق كيم جونغ أون ونخب تعزيز التعاون والصداقة بين بلدينا",
            "بوتين",
        ),
        (
            "Youm7",
            "2023-09-14",
            "أرفع كأسى تحية لصحة الرفيق كيم جونج أون ولازدهار كوريا الديمقراطية",
            "الرئيس الروسى",
        ),
        ("Al Mayadeen", "2023-09-14", "نخب الصداقة والتعاون بين الشعبين الروسي والكوري", "سيد الكرملين"),
    ),
    S(
        "b02",
        "Kim Jong Un",
        "2023-09-17",
        "ko",
        "Leaving Russia: I will never forget the warm hospitality of the Russian people; this visit opened a new chapter in the history of friendship between our two countries.",
        (
            "Sputnik Arabic",
            "2023-09-17",
            "لن أنسى أبدا حسن الضيافة الذي أحاطنا به الشعب الروسي، وقد فتحت هذه الزيارة صفحة جديدة في تاريخ الصداقة بين بلدينا",
            "الزعيم الكوري الشمالي كيم جونغ أون",
        ),
        (
            "Al Khaleej",
            "2023-09-18",
            "هذه الزيارة فتحت فصلا جديدا في تاريخ العلاقات الودية بين البلدين",
            "كيم",
        ),
        ("Asharq Al-Awsat", "2023-09-18", "لن ننسى الضيافة الحارة للشعب الروسي", "الزعيم الكوري"),
        (
            "CGTN Arabic",
            "2023-09-19",
            "لن أنسى مطلقا كرم الضيافة الروسية، فقد دشنت الزيارة مرحلة جديدة في تاريخ صداقتنا",
            "كيم جونغ أون",
        ),
    ),
    S(
        "b03",
        "Dmitry Peskov",
        "2023-09-14",
        "ru",
        "These are sensitive areas; we are not going to disclose details, and what matters to us are our own interests, not Washington's warnings.",
        (
            "RT Arabic",
            "2023-09-14",
            "هذه مجالات حساسة، ولن نكشف عن تفاصيلها، والمهم بالنسبة لنا هو مصالحنا وليس تحذيرات واشنطن",
            "المتحدث باسم الكرملين دميتري بيسكوف",
        ),
        ("Anadolu Agency", "2023-09-14", "لا نعتزم الكشف عن تفاصيل هذه المجالات الحساسة", "بيسكوف"),
        ("Al Arabiya", "2023-09-15", "ما يهمنا هو مصالح بلدنا، لا التحذيرات الأمريكية", "الكرملين"),
        (
            "Sky News Arabia",
            "2023-09-15",
            "إنها ملفات حساسة لن نفصح عن تفاصيلها، فمصالحنا هي ما يعنينا وليس تحذيرات الولايات المتحدة",
            "ديمتري بيسكوف",
        ),
    ),
    S(
        "b04",
        "Yury Borisov",
        "2023-09-13",
        "ru",
        "We showed our guests the Angara assembly hall; cooperation with the DPRK in space will be built strictly within international law.",
        (
            "Sputnik Arabic",
            "2023-09-13",
            "أطلعنا ضيوفنا على قاعة تجميع صواريخ أنغارا، وسيبنى التعاون مع كوريا الديمقراطية في مجال الفضاء في إطار القانون الدولي حصرا",
            "رئيس وكالة الفضاء الروسية روسكوسموس يوري بوريسوف",
        ),
        ("Al Ain News", "2023-09-14", "عرضنا على الضيوف قاعة تجميع صاروخ أنجارا", "يوري بوريسوف"),
        (
            "Al-Ahram",
            "2023-09-14",
            "التعاون الفضائى مع بيونج يانج سيكون فى إطار القانون الدولى فقط",
            "رئيس روسكوسموس",
        ),
    ),
    S(
        "b05",
        "Antony Blinken",
        "2023-09-13",
        "en",
        "It is a two-way street: North Korea could get technology in return that destabilises the region, and that deeply concerns us.",
        (
            "Alhurra",
            "2023-09-13",
            "إنه طريق ذو اتجاهين، فقد تحصل كوريا الشمالية في المقابل على تكنولوجيا تزعزع استقرار المنطقة، وهذا يقلقنا بشدة",
            "وزير الخارجية الأميركي أنتوني بلينكن",
        ),
        (
            "Asharq News",
            "2023-09-14",
            "الأمر يسير في الاتجاهين، وبيونغ يانغ قد تنال تقنيات من شأنها زعزعة الاستقرار الإقليمي",
            "بلينكن",
        ),
        (
            "France 24 Arabic",
            "2023-09-14",
            "ما يثير قلقنا البالغ أن كوريا الشمالية قد تحصل على تكنولوجيا مزعزعة للاستقرار",
            "رئيس الدبلوماسية الأمريكية",
        ),
    ),
    S(
        "b06",
        "Park Jin",
        "2023-09-14",
        "ko",
        "Russia, as a permanent member of the Security Council, must not violate the resolutions it voted for itself.",
        (
            "Yonhap",
            "2023-09-14",
            "يجب على روسيا، بصفتها عضوا دائما في مجلس الأمن، ألا تنتهك القرارات التي صوتت عليها بنفسها",
            "وزير الخارجية الكوري الجنوبي بارك جين",
        ),
        (
            "KBS World Radio Arabic",
            "2023-09-15",
            "لا ينبغي لروسيا وهي عضو دائم في مجلس الأمن الدولي أن تخرق قرارات صوتت لصالحها",
            "الوزير بارك",
        ),
        ("Al Arabiya", "2023-09-15", "على موسكو ألا تنتهك قرارات أيدتها بنفسها", "سيول"),
    ),
    S(
        "b07",
        "Wang Wenbin",
        "2023-09-12",
        "zh",
        "China's position on the Korean Peninsula issue is consistent; we hope the parties concerned will address their concerns through dialogue.",
        (
            "CGTN Arabic",
            "2023-09-12",
            "إن موقف الصين من قضية شبه الجزيرة الكورية ثابت، ونأمل أن تعالج الأطراف المعنية مخاوفها عبر الحوار",
            "المتحدث باسم وزارة الخارجية الصينية وانغ ون بين",
        ),
        (
            "China Radio International Arabic",
            "2023-09-12",
            "موقف الصين من مسألة شبه الجزيرة الكورية متسق، ونأمل في أن تحل الأطراف المعنية هواجسها بالحوار",
            "وانغ ون بين",
        ),
        (
            "Al-Araby Al-Jadeed",
            "2023-09-13",
            "نأمل أن تسوي الأطراف خلافاتها من خلال الحوار",
            "الخارجية الصينية",
        ),
    ),
    S(
        "b08",
        "Choe Son Hui",
        "2023-10-19",
        "ko",
        "With Lavrov in Pyongyang: the DPRK fully supports every measure Russia takes to defend its sovereignty and territorial integrity, and under the two leaders' guidance our relations have risen to a new, higher level.",
        (
            "RT Arabic",
            "2023-10-19",
            "تدعم كوريا الديمقراطية بالكامل جميع الإجراءات التي تتخذها روسيا للدفاع عن سيادتها ووحدة أراضيها، وقد ارتقت علاقاتنا إلى مستوى جديد بفضل توجيهات الزعيمين",
            "وزيرة خارجية كوريا الشمالية تشوي سون هي",
        ),
        (
            "Al Mayadeen",
            "2023-10-19",
            "بيونغ يانغ تؤيد تماما كل خطوات موسكو لحماية سيادتها وسلامة أراضيها",
            "تشوي سون هوي",
        ),
        (
            "Al Khaleej",
            "2023-10-20",
            "علاقاتنا مع روسيا بلغت مستوى جديدا أعلى بإرشاد الزعيمين",
            "الوزيرة الكورية الشمالية",
        ),
        (
            "Anadolu Agency",
            "2023-10-21",
            "ندعم كل ما تقوم به روسيا من إجراءات لحماية سيادتها",
            "وزيرة الخارجية الكورية الشمالية",
        ),
    ),
    S(
        "b09",
        "Jens Stoltenberg",
        "2023-09-14",
        "en",
        "Putin going to North Korea for weapons shows that his war is not going as planned, and how authoritarian regimes support one another.",
        (
            "DW Arabic",
            "2023-09-14",
            "ذهاب بوتين إلى كوريا الشمالية بحثا عن الأسلحة يظهر أن حربه لا تسير كما خطط لها، ويكشف كيف تساند الأنظمة الاستبدادية بعضها بعضا",
            "الأمين العام لحلف شمال الأطلسي ينس ستولتنبرغ",
        ),
        ("Euronews Arabic", "2023-09-14", "الأنظمة الاستبدادية تدعم بعضها بعضا", "ستولتنبرغ"),
        (
            "Al Arabiya",
            "2023-09-15",
            "سعي بوتين للحصول على أسلحة من بيونغ يانغ دليل على أن الحرب لا تسير وفق خططه",
            "الناتو",
        ),
    ),
    S(
        "b10",
        "KCNA",
        "2023-09-18",
        "ko",
        "Kim Jong Un returned to Pyongyang on 17 September after his visit to Russia and was greeted at the station by senior party and state officials.",
        (
            "Sputnik Arabic",
            "2023-09-18",
            "عاد الزعيم كيم جونغ أون إلى بيونغ يانغ في 17 سبتمبر بعد زيارته إلى روسيا، وكان في استقباله في المحطة كبار مسؤولي الحزب والدولة",
            "وكالة الأنباء المركزية الكورية",
        ),
        (
            "Al Bayan",
            "2023-09-18",
            "وصل كيم جونج أون إلى العاصمة بيونج يانج يوم ١٧ سبتمبر عائدا من روسيا",
            "الوكالة الرسمية الكورية الشمالية",
        ),
        (
            "Euronews Arabic",
            "2023-09-19",
            "استقبل كبار المسؤولين في الحزب والدولة الزعيم لدى عودته إلى محطة بيونغ يانغ",
            "وسائل الإعلام الرسمية في كوريا الشمالية",
        ),
    ),
    S(
        "b11",
        "Maria Zakharova",
        "2023-09-15",
        "ru",
        "Russia has always fulfilled its international obligations, including UN Security Council resolutions, and will continue to do so.",
        (
            "RT Arabic",
            "2023-09-15",
            "لقد التزمت روسيا دائما بتعهداتها الدولية، بما في ذلك قرارات مجلس الأمن الدولي، وستواصل الالتزام بها",
            "المتحدثة الرسمية باسم الخارجية الروسية ماريا زاخاروفا",
        ),
        (
            "Sputnik Arabic",
            "2023-09-15",
            "روسيا كانت وستبقى ملتزمة بتعهداتها الدولية بما فيها قرارات مجلس الأمن",
            "زاخاروفا",
        ),
        ("Al-Masry Al-Youm", "2023-09-16", "موسكو ستواصل الوفاء بالتزاماتها الدولية", "الخارجية الروسية"),
    ),
    S(
        "b12",
        "Yoko Kamikawa",
        "2023-09-14",
        "ja",
        "Japan will respond firmly in close cooperation with the United States and South Korea, while watching whether arms transfers take place.",
        (
            "Asharq News",
            "2023-09-14",
            "سنرد بحزم وبتعاون وثيق مع الولايات المتحدة وكوريا الجنوبية، مع مراقبة ما إذا كانت ستجري عمليات نقل أسلحة",
            "وزيرة الخارجية اليابانية يوكو كاميكاوا",
        ),
        (
            "Sky News Arabia",
            "2023-09-15",
            "طوكيو ستتعامل بحزم مع الأمر بالتنسيق الوثيق مع واشنطن وسيول",
            "كاميكاوا",
        ),
    ),
]

NEAR_MISSES = [
    M(
        "bn01",
        "Vladimir Putin",
        "2023-09-13",
        "سنبحث تعزيز التعاون الاقتصادي بين بلدينا والمسائل الإنسانية والوضع في المنطقة",
        "b01",
        "Same 'strengthening cooperation between our countries', but the agenda announced at the opening of the talks, not the banquet toast.",
    ),
    M(
        "bn02",
        "Kim Jong Un",
        "2023-09-17",
        "سنعمل على توسيع التبادل بين طلاب بلدينا وجامعاتهما، ونفتح صفحة جديدة في التعاون التعليمي",
        "b02",
        "Same 'a new page' between the two countries on the same day, but about student and university exchanges, not thanks for the hospitality.",
    ),
    M(
        "bn03",
        "Dmitry Peskov",
        "2023-09-14",
        "سنعلن تفاصيل زيارة الرئيس إلى كوريا الديمقراطية في الوقت المناسب، ولا نريد الكشف عنها الآن",
        "b03",
        "Same 'not disclosing details', but about the date of Putin's future trip, not the sensitive areas of cooperation.",
    ),
    M(
        "bn04",
        "Yury Borisov",
        "2023-09-13",
        "أول إطلاق لصاروخ أنغارا من فوستوشني سيجري العام المقبل وفق الجدول المقرر",
        "b04",
        "Same rocket and cosmodrome, but the date of the first Angara launch, not what was shown to the guests or the legal frame.",
    ),
    M(
        "bn05",
        "Antony Blinken",
        "2023-09-13",
        "ما يقلقنا بشدة هو أن روسيا تستخدم بالفعل طائرات مسيرة إيرانية ضد المدن الأوكرانية",
        "b05",
        "Same 'deeply concerns us', but about Iranian drones used in Ukraine, not technology going to North Korea.",
    ),
    M(
        "bn06",
        "Park Jin",
        "2023-09-14",
        "على روسيا بصفتها عضوا دائما في مجلس الأمن أن تقنع كوريا الشمالية بالعودة إلى طاولة الحوار",
        "b06",
        "Same opening (Russia as a permanent member of the Security Council), but a call to bring Pyongyang back to dialogue, not a warning against breaking resolutions.",
    ),
    M(
        "bn07",
        "Wang Wenbin",
        "2023-09-12",
        "موقف الصين من الأزمة الأوكرانية ثابت وواضح، ونأمل أن تستأنف الأطراف المعنية المفاوضات",
        "b07",
        "Same 'China's position is consistent; we hope the parties concerned...', but about Ukraine, not the Korean Peninsula.",
    ),
    M(
        "bn08",
        "Choe Son Hui",
        "2023-10-19",
        "التبادل التجاري مع روسيا سيبلغ مستوى جديدا أعلى خلال العام المقبل",
        "b08",
        "Same 'a new, higher level', but a forecast about trade next year, not support for Russia or the state of relations.",
    ),
    M(
        "bn09",
        "Jens Stoltenberg",
        "2023-09-14",
        "الأنظمة الاستبدادية تراقب ما يجري في أوكرانيا، ولهذا يجب أن نواصل دعم كييف",
        "b09",
        "Same 'authoritarian regimes', but an argument for continued support to Kyiv, not about Putin seeking weapons in North Korea.",
    ),
    M(
        "bn10",
        "KCNA",
        "2023-09-18",
        "غادر الزعيم كيم جونغ أون محطة أرتيوم في 17 سبتمبر، وكان في وداعه حاكم إقليم بريمورييه أوليغ كوجيمياكو",
        "b10",
        "The same day's report and a station scene on 17 September, but the departure from Artyom in Russia, not the arrival in Pyongyang.",
    ),
]


def main() -> None:
    data = {"statements": STATEMENTS, "near_misses": NEAR_MISSES}
    out = ROOT / "corpus" / "gold" / "statements" / "holdout3.json"
    write_statements_split(out, data, in_registry=True, final_newline=False)


if __name__ == "__main__":
    main()
