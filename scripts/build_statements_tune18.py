# ruff: noqa: E501
"""Build corpus/gold/statements/tune18.json (statements ta01.., near misses tan01..), in the
format of corpus/gold/statements/tune17.json: round 18's tuning statements, written after
reading why holdout25 missed pairs, before the round's rules, and scored before and after them
(corpus/gold/statements/README.md).

Invented Arabic, never holdout25's sentences, one or more statements for each class of cause
round 18 found: renderings none of which rewords another, the fullest the sum of the others
(``ta01``–``ta03``); a half that shares under ``PART`` with the fuller rendering linking it
(``ta04``, ``ta05``); a ministry or the Kremlin where another outlet names the spokesperson
(``ta06``, ``ta07``); the third person where the speaker said "we" (``ta08``); a quote relayed
by the host (``ta09``); a paraphrase sharing few stems (``ta10``); and ``بعدما`` "after",
whose light stem was ``عدم`` "lack" (``ta11``).  Each near miss is the same speaker on the
same day in the same frame saying something else.
Run: python3 scripts/build_statements_tune18.py"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gold_builder import ROOT, near_miss, rendering, statement, write_statements_split  # noqa: E402

OUT = ROOT / "corpus" / "gold" / "statements" / "tune18.json"
r = rendering

STATEMENTS = [
    statement(
        "ta01",
        "Dmitry Peskov",
        "2023-09-12",
        "ru",
        "The talks will be closed to the press; no documents will be signed and no joint statement issued.",
        [
            r(
                "TASS",
                "2023-09-12",
                "المحادثات ستكون مغلقة أمام وسائل الإعلام، ولن يتم توقيع أي وثائق أو إصدار بيان مشترك في ختامها",
                "المتحدث باسم الكرملين دميتري بيسكوف",
            ),
            r("RT Arabic", "2023-09-12", "لن توقع وثائق، والمباحثات مغلقة أمام الصحفيين", "بيسكوف"),
            r(
                "Al Mayadeen",
                "2023-09-12",
                "لا بيان مشترك ولا وثائق للتوقيع في ختام المحادثات",
                "دميتري بيسكوف",
            ),
            r(
                "Sputnik Arabic",
                "2023-09-13",
                "المحادثات لن تكون مفتوحة لوسائل الإعلام ولن يصدر عنها بيان مشترك",
                "الكرملين",
            ),
        ],
    ),
    statement(
        "ta02",
        "John Kirby",
        "2023-09-13",
        "en",
        "We are concerned that Russia may help North Korea's satellite programme, which would violate several Security Council resolutions.",
        [
            r(
                "Alhurra",
                "2023-09-13",
                "نشعر بالقلق من أن روسيا قد تساعد برنامج الأقمار الصناعية الكوري الشمالي، وهذا سيشكل انتهاكا لعدة قرارات صادرة عن مجلس الأمن",
                "جون كيربي",
            ),
            r(
                "Al Arabiya",
                "2023-09-13",
                "قلقون من مساعدة موسكو لبيونغ يانغ في برنامج أقمارها الصناعية",
                "كيربي",
            ),
            r(
                "Al Hadath",
                "2023-09-14",
                "أي مساعدة روسية لبرنامج الأقمار الصناعية في كوريا الشمالية تنتهك قرارات مجلس الأمن",
                "منسق الاتصالات في مجلس الأمن القومي جون كيربي",
            ),
            r(
                "Sky News Arabia",
                "2023-09-14",
                "هذا الدعم الروسي سيكون انتهاكا لعدد من قرارات مجلس الأمن بشأن كوريا الشمالية",
                "البيت الأبيض",
            ),
        ],
    ),
    statement(
        "ta03",
        "Yuri Ushakov",
        "2023-09-13",
        "ru",
        "The two leaders spoke one on one for about an hour after the talks of the two delegations.",
        [
            r(
                "TASS",
                "2023-09-13",
                "تحدث الزعيمان على انفراد قرابة ساعة بعد انتهاء المحادثات بمشاركة الوفدين",
                "مساعد الرئيس الروسي يوري أوشاكوف",
            ),
            r("RT Arabic", "2023-09-13", "بعد المحادثات بين الوفدين تحدث بوتين وكيم على انفراد", "أوشاكوف"),
            r(
                "Al Mayadeen",
                "2023-09-13",
                "الزعيمان أجريا حديثا ثنائيا استمر نحو ساعة بعد المحادثات",
                "يوري أوشاكوف",
            ),
            r("Sputnik Arabic", "2023-09-14", "استمر حديث الزعيمين على انفراد ساعة كاملة", "أوشاكوف"),
        ],
    ),
    statement(
        "ta04",
        "Matthew Miller",
        "2023-09-14",
        "en",
        "Any arms deal between Russia and North Korea would violate UN resolutions, and we will not hesitate to impose new sanctions.",
        [
            r(
                "Alhurra",
                "2023-09-14",
                "أي صفقة أسلحة بين روسيا وكوريا الشمالية ستنتهك قرارات الأمم المتحدة، ولن نتردد في فرض عقوبات جديدة",
                "المتحدث باسم الخارجية الأمريكية ماثيو ميلر",
            ),
            r(
                "Al Arabiya",
                "2023-09-14",
                "أي صفقة سلاح بين موسكو وبيونغ يانغ تنتهك قرارات الأمم المتحدة",
                "ميلر",
            ),
            r("CNN Arabic", "2023-09-15", "واشنطن مستعدة لفرض عقوبات إضافية دون تردد", "ماثيو ميلر"),
        ],
    ),
    statement(
        "ta05",
        "Sergei Lavrov",
        "2023-10-19",
        "ru",
        "Our cooperation with Pyongyang is directed against no one, and Washington's attempts to frighten us are futile.",
        [
            r(
                "RT Arabic",
                "2023-10-19",
                "تعاوننا مع بيونغ يانغ ليس موجها ضد أحد، ومحاولات واشنطن لتخويفنا لا طائل منها",
                "وزير الخارجية الروسي سيرغي لافروف",
            ),
            r("TASS", "2023-10-19", "التعاون بين روسيا وكوريا الشمالية لا يستهدف أي طرف", "لافروف"),
            r("Al Quds Al Arabi", "2023-10-20", "محاولات الولايات المتحدة ترهيب موسكو عبثية", "سيرغي لافروف"),
        ],
    ),
    statement(
        "ta06",
        "Maria Zakharova",
        "2023-09-14",
        "ru",
        "Washington's statements about the summit are hysteria reflecting its fear of losing influence in Asia.",
        [
            r(
                "Sputnik Arabic",
                "2023-09-14",
                "تصريحات واشنطن بشأن القمة هستيريا تعكس خوفها من فقدان نفوذها في آسيا",
                "ماريا زاخاروفا",
            ),
            r(
                "RT Arabic",
                "2023-09-14",
                "ما تقوله الولايات المتحدة عن القمة ليس إلا هستيريا سببها الخوف من خسارة النفوذ في آسيا",
                "الخارجية الروسية",
            ),
            r(
                "Al Mayadeen",
                "2023-09-15",
                "الهستيريا الأمريكية حول القمة تكشف خوف واشنطن على نفوذها في آسيا",
                "المتحدثة باسم الخارجية الروسية",
            ),
        ],
    ),
    statement(
        "ta07",
        "Dmitry Peskov",
        "2023-09-15",
        "ru",
        "Putin accepted Kim's invitation to Pyongyang with gratitude; the dates will be agreed through diplomatic channels.",
        [
            r(
                "TASS",
                "2023-09-15",
                "بوتين قبل دعوة كيم لزيارة بيونغ يانغ بامتنان، وسيتم الاتفاق على المواعيد عبر القنوات الدبلوماسية",
                "بيسكوف",
            ),
            r(
                "Al Jazeera",
                "2023-09-15",
                "الرئيس الروسي قبل بكل امتنان دعوة الزعيم الكوري الشمالي لزيارة بيونغ يانغ، والموعد يتفق عليه عبر القنوات الدبلوماسية",
                "الكرملين",
            ),
            r(
                "Al Arabiya",
                "2023-09-16",
                "موعد زيارة بوتين إلى بيونغ يانغ سيتفق عليه عبر القنوات الدبلوماسية",
                "الكرملين",
            ),
        ],
    ),
    statement(
        "ta08",
        "Choe Son Hui",
        "2023-10-19",
        "ko",
        "We will raise strategic cooperation with Russia to a new, higher level.",
        [
            r(
                "Yonhap",
                "2023-10-19",
                "سنرتقي بالتعاون الاستراتيجي مع روسيا إلى مستوى جديد أعلى",
                "وزيرة الخارجية الكورية الشمالية تشوي سون هوي",
            ),
            r(
                "Al Ghad",
                "2023-10-19",
                "إن بلادها سترتقي بتعاونها الاستراتيجي مع روسيا إلى مستوى أعلى",
                "تشوي سون هوي",
            ),
            r(
                "Roya News",
                "2023-10-20",
                "بيونغ يانغ ستدفع تعاونها الاستراتيجي مع موسكو إلى مستوى جديد",
                "تشوي سون هوي",
            ),
        ],
    ),
    statement(
        "ta09",
        "Kim Jong Un",
        "2023-09-13",
        "ko",
        "I was greatly impressed by Russia's space technology and its high level (relayed by his host).",
        [
            r(
                "Yonhap",
                "2023-09-13",
                "لقد أعجبت كثيرا بما رأيته من تقنيات الفضاء الروسية ومستواها الرفيع",
                "الزعيم الكوري الشمالي كيم جونغ أون",
            ),
            r(
                "Al Khaleej",
                "2023-09-14",
                "إن ضيفه أبدى إعجابه الشديد بتقنيات الفضاء الروسية ومستواها الرفيع",
                "الرئيس الروسي نقلا عن الزعيم الكوري",
            ),
            r("Al Ittihad", "2023-09-14", "إنه معجب جدا بما رآه من تقنيات الفضاء الروسية", "كيم جونغ أون"),
        ],
    ),
    statement(
        "ta10",
        "Hirokazu Matsuno",
        "2023-09-13",
        "ja",
        "We are following the summit with great interest, gathering and analysing information.",
        [
            r(
                "NHK",
                "2023-09-13",
                "نتابع القمة باهتمام بالغ ونجمع المعلومات ونحللها",
                "كبير أمناء مجلس الوزراء الياباني هيروكازو ماتسونو",
            ),
            r(
                "Al Arabiya",
                "2023-09-13",
                "طوكيو تتابع القمة باهتمام وتعكف على جمع المعلومات وتحليلها",
                "ماتسونو",
            ),
            r(
                "Sky News Arabia",
                "2023-09-14",
                "الحكومة اليابانية تراقب باهتمام ما يجري في القمة وتحلل المعطيات",
                "هيروكازو ماتسونو",
            ),
        ],
    ),
    statement(
        "ta11",
        "Stephane Dujarric",
        "2023-10-13",
        "en",
        "We call on all member states to respect the sanctions, after the panel of experts reported violations.",
        [
            r(
                "Al Quds Al Arabi",
                "2023-10-13",
                "ندعو جميع الدول الأعضاء إلى احترام العقوبات بعدما أبلغ فريق الخبراء عن انتهاكات",
                "المتحدث باسم الأمم المتحدة ستيفان دوجاريك",
            ),
            r(
                "BBC Arabic",
                "2023-10-13",
                "على الدول الأعضاء كافة احترام العقوبات، وقد أبلغ فريق الخبراء عن انتهاكات لها",
                "دوجاريك",
            ),
            r(
                "France 24 Arabic",
                "2023-10-14",
                "ندعو الدول الأعضاء إلى احترام العقوبات بعدما رصد فريق الخبراء انتهاكات",
                "ستيفان دوجاريك",
            ),
        ],
    ),
]

NEAR_MISSES = [
    near_miss(
        "tan01",
        "Dmitry Peskov",
        "2023-09-12",
        "المحادثات ستتناول ملفات حساسة، ولن نطلع وسائل الإعلام على تفاصيلها ولا على الوثائق",
        "ta01",
        "Same day, 'the talks', 'the media', 'documents', but the sensitive files kept from the press, not a closed meeting with nothing signed.",
    ),
    near_miss(
        "tan02",
        "John Kirby",
        "2023-09-13",
        "نشعر بالقلق من أن كوريا الشمالية قد ترسل قذائف مدفعية إلى روسيا، وهذا سيشكل انتهاكا لقرارات مجلس الأمن",
        "ta02",
        "Same briefing and frame (concern, a violation of Security Council resolutions), but shells to Russia, not help for the satellites.",
    ),
    near_miss(
        "tan03",
        "Yuri Ushakov",
        "2023-09-13",
        "تحدث الزعيمان على انفراد عن التعاون العسكري، ولن نكشف تفاصيل ما دار بينهما",
        "ta03",
        "Same day, 'the two leaders spoke one on one', but what about and a refusal to say more, not how long.",
    ),
    near_miss(
        "tan04",
        "Matthew Miller",
        "2023-09-14",
        "لن نتردد في فرض عقوبات جديدة على أي جهة تساعد روسيا في حربها على أوكرانيا",
        "ta04",
        "Same day, 'we will not hesitate to impose new sanctions', but on anyone who helps Russia's war, not the deal with the North.",
    ),
    near_miss(
        "tan05",
        "Sergei Lavrov",
        "2023-10-19",
        "تعاوننا مع بيونغ يانغ سيتوسع في مجالات جديدة، ولن نلتفت إلى انتقادات واشنطن",
        "ta05",
        "Same visit, 'our cooperation with Pyongyang' and Washington, but widening it, not that it targets no one.",
    ),
    near_miss(
        "tan06",
        "Maria Zakharova",
        "2023-09-14",
        "تصريحات واشنطن بشأن القمة تدخل سافر في شؤون دولتين مستقلتين",
        "ta06",
        "Same briefing, 'Washington's statements about the summit', but interference, not hysteria and fear for its influence.",
    ),
    near_miss(
        "tan07",
        "Dmitry Peskov",
        "2023-09-15",
        "زيارة كيم إلى موسكو ليست مطروحة الآن، وأي زيارة يتفق عليها عبر القنوات الدبلوماسية",
        "ta07",
        "Same day, visits and 'diplomatic channels', but Kim to Moscow not on the table, not Putin accepting the invitation.",
    ),
    near_miss(
        "tan08",
        "Choe Son Hui",
        "2023-10-19",
        "سنرتقي بالتنسيق مع روسيا في الأمم المتحدة إلى مستوى جديد",
        "ta08",
        "Same visit, 'to a new level' with Russia, but coordination at the UN, not strategic cooperation.",
    ),
    near_miss(
        "tan09",
        "Kim Jong Un",
        "2023-09-13",
        "آمل أن تساعدنا روسيا في تطوير تقنيات الفضاء في بلادنا",
        "ta09",
        "Same visit, 'Russia's space technology', but a hope for help, not his impression.",
    ),
    near_miss(
        "tan10",
        "Hirokazu Matsuno",
        "2023-09-13",
        "نتابع باهتمام بالغ إطلاق كوريا الشمالية صاروخين باليستيين صباح اليوم ونحلل المعلومات",
        "ta10",
        "Same press conference, 'following with great interest' and 'analysing information', but the morning's launch, not the summit.",
    ),
    near_miss(
        "tan11",
        "Stephane Dujarric",
        "2023-10-13",
        "ندعو جميع الدول الأعضاء إلى تمويل فريق الخبراء بعدما تقلصت موارده",
        "ta11",
        "Same briefing, 'we call on all member states' and the panel of experts, but its funding, not the sanctions it found violated.",
    ),
]


def main() -> None:
    assert all(s["id"].startswith("ta") for s in STATEMENTS)
    assert all(n["id"].startswith("tan") for n in NEAR_MISSES)
    write_statements_split(OUT, {"statements": STATEMENTS, "near_misses": NEAR_MISSES}, in_registry=True)


if __name__ == "__main__":
    main()
