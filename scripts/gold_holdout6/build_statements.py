# ruff: noqa: E501
"""Build corpus/gold/statements/holdout6.json (statements e01.., near misses en01..), in the
format of corpus/gold/statements/holdout5.json.  All renderings are invented Arabic written for
this set, in the way different outlets would translate one original; the notes are in
scripts/gold_holdout6/STATEMENTS.md.
Run: python3 scripts/gold_holdout6/build_statements.py"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_builder import ROOT, rendering, write_statements_split  # noqa: E402

OUT = ROOT / "corpus" / "gold" / "statements" / "holdout6.json"
r = rendering

STATEMENTS = [
    {
        "id": "e01",
        "speaker": "Vladimir Putin",
        "said_on": "2023-09-13",
        "source_language": "ru",
        "gist": "A toast to further strengthening cooperation and friendship between our countries, to Comrade Kim Jong Un's health, to the well-being of the Korean people and the success of all we plan together in the years ahead.",
        "renderings": [
            r(
                "RT Arabic",
                "2023-09-13",
                "أقترح أن نرفع هذا النخب من أجل مواصلة تعزيز التعاون والصداقة بين بلدينا، ومن أجل صحة الرفيق كيم جونغ أون، ومن أجل رفاهية الشعب الكوري ونجاح كل ما نخطط له معاً في السنوات المقبلة",
                "الرئيس الروسي فلاديمير بوتين",
            ),
            r("Al Hadath", "2023-09-13", "أشرب نخب توطيد الصداقة والتعاون بين البلدين", "بوتين"),
            r("Al Mayadeen", "2023-09-14", "نَخْبُ صحة الرفيق كيم جونغ أون ورخاء الشعب الكوري", "الرئيس بوتين"),
            r(
                "Sada El Balad",
                "2023-09-14",
                "فلنشرب نخب تعزيز الصداقة والتعاون بين بلدينا، وصحة الرفيق كيم جونج أون، وازدهار الشعب الكورى",
                "سيد الكرملين",
            ),
            r(
                "Al Ain News",
                "2023-09-13",
                "أرفع كأسي نخب صحتكم أيها الرفيق كيم جونغ أون، ونخب صداقة بلدينا",
                "فلاديمير بوتين",
            ),
        ],
    },
    {
        "id": "e02",
        "speaker": "Kim Jong Un",
        "said_on": "2023-09-13",
        "source_language": "ko",
        "gist": "Relations with Russia are the first priority of our country's foreign policy, and I am sure this meeting will raise them to a new level.",
        "renderings": [
            r(
                "Al Jazeera",
                "2023-09-13",
                "العلاقات مع روسيا تمثل الأولوية الأولى في السياسة الخارجية لبلادنا، وأنا على ثقة بأن هذا اللقاء سيرتقي بها إلى مستوى جديد",
                "الزعيم الكوري الشمالي كيم جونغ أون",
            ),
            r("Al Quds Al Arabi", "2023-09-13", "أولويتنا القصوى هي العلاقات مع روسيا", "الزعيم الكوري"),
            r("Erem News", "2023-09-14", "أنا واثق أن هذه القمة سترفع العلاقات الثنائية لمستوى جديد", "كيم"),
            r(
                "Akhbar El Yom",
                "2023-09-14",
                "إن العلاقات مع موسكو تتصدر أولويات السياسة الخارجية لكوريا الشمالية، وإن هذه القمة ستنقلها الى مرحلة جديدة",
                "كيم جونج أون",
            ),
        ],
    },
    {
        "id": "e03",
        "speaker": "Dmitry Peskov",
        "said_on": "2023-09-12",
        "source_language": "ru",
        "gist": "What matters to us is the interests of our two countries, not Washington's warnings.",
        "renderings": [
            r(
                "Sputnik Arabic",
                "2023-09-12",
                "بالنسبة لنا، المهم هو مصالح بلدينا وليس تحذيرات واشنطن",
                "المتحدث باسم الكرملين دميتري بيسكوف",
            ),
            r(
                "Independent Arabia",
                "2023-09-13",
                "لا نكترث بتحذيرات الولايات المتحدة، فمصالح البلدين هي الأهم",
                "الكرملين",
            ),
            r(
                "Shorouk News",
                "2023-09-13",
                "إن ما يعنينا هو مراعاة مصالح البلدين، وليس ما تحذر منه واشنطن",
                "ديمترى بيسكوف",
            ),
        ],
    },
    {
        "id": "e04",
        "speaker": "Sergei Lavrov",
        "said_on": "2023-10-19",
        "source_language": "ru",
        "gist": "We strongly oppose the militarisation of the region, the build-up of the US military presence and the joint US-Japan-South Korea exercises, which only inflame the situation.",
        "renderings": [
            r(
                "RT Arabic",
                "2023-10-19",
                "نعارض بشدة عسكرة المنطقة وتعزيز الوجود العسكري الأمريكي والمناورات المشتركة بين الولايات المتحدة واليابان وكوريا الجنوبية، التي لا تؤدي إلا إلى تأجيج الوضع",
                "وزير الخارجية الروسي سيرغي لافروف",
            ),
            r(
                "Al-Araby Al-Jadeed",
                "2023-10-19",
                "موسكو ترفض عسكرة شبه الجزيرة الكورية وتكثيف الحضور العسكري الأميركي فيها",
                "وزير الخارجية الروسي",
            ),
            r(
                "Masrawy",
                "2023-10-20",
                "التدريبات المشتركة بين واشنطن وطوكيو وسيول تؤدى إلى إشعال الموقف",
                "لافروف",
            ),
            r(
                "Euronews Arabic",
                "2023-10-20",
                "إننا نقف بحزم ضد تعزيز الوجود العسكري الاميركي في المنطقة",
                "سيرجي لافروف",
            ),
        ],
    },
    {
        "id": "e05",
        "speaker": "Sergei Shoigu",
        "said_on": "2023-09-16",
        "source_language": "ru",
        "gist": "Showing Kim the Kinzhal: this missile flies at ten times the speed of sound and hits targets 2,000 kilometres away.",
        "renderings": [
            r(
                "Sky News Arabia",
                "2023-09-16",
                "هذا الصاروخ قادر على الطيران بسرعة تفوق سرعة الصوت بعشر مرات، وإصابة أهداف على بعد 2000 كيلومتر",
                "وزير الدفاع الروسي سيرغي شويغو",
            ),
            r(
                "Al Bayan",
                "2023-09-17",
                "الصاروخ يطير بسرعة تعادل ١٠ أضعاف سرعة الصوت ويصيب أهدافه على مسافة ٢٠٠٠ كم",
                "شويغو",
            ),
            r("Al Ittihad", "2023-09-17", "مدى هذا الصاروخ يصل إلى ألفي كيلومتر", "وزير الدفاع الروسي"),
            r("Al Ghad", "2023-09-18", "تبلغ سرعته عشرة أضعاف سرعة الصوت", "شويجو"),
        ],
    },
    {
        "id": "e06",
        "speaker": "KCNA",
        "said_on": "2023-09-14",
        "source_language": "ko",
        "gist": "The talks were held in a comradely and friendly atmosphere; the two leaders exchanged views on the international situation and reached a satisfactory consensus.",
        "renderings": [
            r(
                "Al Mayadeen",
                "2023-09-14",
                "جرت المحادثات في أجواء رفاقية وودية، وتبادل الزعيمان وجهات النظر حول الوضع الدولي وتوصلا إلى توافق مُرضٍ",
                "وكالة الأنباء المركزية الكورية",
            ),
            r(
                "Al Alam",
                "2023-09-14",
                "المباحثات جرت في جو من الرفقة والصداقة، وتوصل الجانبان إلى إجماع مرض",
                "الوكالة الكورية الشمالية الرسمية",
            ),
            r(
                "Annahar",
                "2023-09-15",
                "تبادل القادة الآراء بشأن الأوضاع الدولية وتوصّلوا إلى اتفاق في الرأي",
                "وسائل الإعلام الرسمية في بيونغ يانغ",
            ),
            r(
                "Yonhap",
                "2023-09-14",
                "أجرى الزعيمان محادثات في جو رفاقي وودي",
                "وكالة الأنباء الكورية الشمالية",
            ),
        ],
    },
    {
        "id": "e07",
        "speaker": "Matthew Miller",
        "said_on": "2023-09-13",
        "source_language": "en",
        "gist": "We will not hesitate to take action against any entity that facilitates arms deals between North Korea and Russia.",
        "renderings": [
            r(
                "Alhurra",
                "2023-09-13",
                "لن نتردد في اتخاذ إجراءات ضد أي كيانات تسهل صفقات الأسلحة بين كوريا الشمالية وروسيا",
                "المتحدث باسم وزارة الخارجية الأمريكية ماثيو ميلر",
            ),
            r(
                "Radio Sawa",
                "2023-09-13",
                "الولايات المتحدة لن تتوانى عن التحرك ضد الجهات التي تيسّر صفقات السلاح بين بيونغ يانغ وموسكو",
                "ميلر",
            ),
            r("CNN Arabic", "2023-09-14", "سوف نتحرك ضد أي جهة تسهّل مثل هذه الصفقات", "مسؤول أمريكي"),
            r(
                "Al Quds Al Arabi",
                "2023-09-14",
                "لن نتردد في معاقبة كل من يسهل تجارة الاسلحة بين البلدين",
                "الخارجية الأميركية",
            ),
        ],
    },
    {
        "id": "e08",
        "speaker": "John Kirby",
        "said_on": "2023-09-12",
        "source_language": "en",
        "gist": "We urge the DPRK to abide by its public commitments not to provide or sell arms to Russia.",
        "renderings": [
            r(
                "Al Arabiya",
                "2023-09-12",
                "نحث كوريا الشمالية على الالتزام بتعهداتها العلنية بعدم تزويد روسيا بالأسلحة أو بيعها لها",
                "المتحدث باسم مجلس الأمن القومي الأمريكي جون كيربي",
            ),
            r(
                "DW Arabic",
                "2023-09-13",
                "على كوريا الشمالية أن تفي بوعدها بألا تبيع أسلحة لروسيا",
                "البيت الأبيض",
            ),
            r("Okaz", "2023-09-14", "نطالب بيونج يانج بالوفاء بتعهداتها العلنية", "جون كيربى"),
        ],
    },
    {
        "id": "e09",
        "speaker": "Stephane Dujarric",
        "said_on": "2023-09-13",
        "source_language": "en",
        "gist": "Any relationship any country has with the DPRK must fully respect the sanctions regime imposed by the Security Council.",
        "renderings": [
            r(
                "Al Jazeera",
                "2023-09-13",
                "أي علاقة تقيمها أي دولة مع جمهورية كوريا الديمقراطية الشعبية يجب أن تحترم بالكامل نظام العقوبات الذي فرضه مجلس الأمن",
                "المتحدث باسم الأمين العام للأمم المتحدة ستيفان دوجاريك",
            ),
            r(
                "Anadolu Agency",
                "2023-09-14",
                "على جميع الدول أن تحترم احتراماً تاماً العقوبات التي فرضها مجلس الأمن على كوريا الشمالية في علاقاتها معها",
                "دوجاريك",
            ),
            r(
                "France 24 Arabic",
                "2023-09-14",
                "علاقات الدول مع بيونغ يانغ ينبغي أن تلتزم بالعقوبات الأممية",
                "الأمم المتحدة",
            ),
        ],
    },
    {
        "id": "e10",
        "speaker": "Hirokazu Matsuno",
        "said_on": "2023-09-13",
        "source_language": "ja",
        "gist": "Any transfer of arms from North Korea to Russia would violate the relevant Security Council resolutions; we are gathering and analysing information with great interest and will keep coordinating closely with the United States and South Korea.",
        "renderings": [
            r(
                "NHK",
                "2023-09-13",
                "أي نقل للأسلحة من كوريا الشمالية إلى روسيا سيشكل انتهاكاً لقرارات مجلس الأمن الدولي ذات الصلة، ونحن نجمع المعلومات ونحللها باهتمام بالغ، وسنواصل التنسيق الوثيق مع الولايات المتحدة وكوريا الجنوبية في هذا الشأن",
                "كبير أمناء مجلس الوزراء الياباني هيروكازو ماتسونو",
            ),
            r(
                "Al Sharq",
                "2023-09-14",
                "إذا نقلت بيونغ يانغ أسلحة إلى موسكو فإن ذلك يعد خرقاً لقرارات مجلس الأمن الدولي",
                "ماتسونو",
            ),
            r(
                "Elaph",
                "2023-09-14",
                "طوكيو تجمع وتحلل المعلومات بقدر كبير من الاهتمام",
                "المتحدث باسم الحكومة اليابانية",
            ),
            r("Kyodo News", "2023-09-15", "سنواصل العمل عن كثب مع واشنطن وسيول", "الحكومة اليابانية"),
        ],
    },
    {
        "id": "e11",
        "speaker": "South Korean Foreign Ministry",
        "said_on": "2023-10-19",
        "source_language": "ko",
        "gist": "Russia, as a permanent member of the Security Council, must not take any action that undermines peace and stability on the Korean Peninsula, and must act responsibly.",
        "renderings": [
            r(
                "Yonhap",
                "2023-10-19",
                "يجب على روسيا، بصفتها عضواً دائماً في مجلس الأمن، ألا تقوم بأي عمل يقوض السلام والاستقرار في شبه الجزيرة الكورية، وأن تتصرف بمسؤولية",
                "وزارة الخارجية الكورية الجنوبية",
            ),
            r(
                "KBS World Radio Arabic",
                "2023-10-19",
                "على موسكو أن تتصرف بمسؤولية بوصفها عضواً دائماً في مجلس الأمن الدولي",
                "الخارجية الكورية الجنوبية",
            ),
            r(
                "Al Ittihad",
                "2023-10-20",
                "سيئول تطالب روسيا بالامتناع عن أي خطوة تهدد السلم والاستقرار في شبه الجزيرة الكورية",
                "سيئول",
            ),
            r(
                "Al-Ahram",
                "2023-10-20",
                "ينبغى لروسيا ألا تُقدم على ما يضر بالسلام فى شبه الجزيرة",
                "متحدث باسم الخارجية الكورية الجنوبية",
            ),
        ],
    },
    {
        "id": "e12",
        "speaker": "Wang Wenbin",
        "said_on": "2023-10-19",
        "source_language": "zh",
        "gist": "We hope all parties will play a constructive role in promoting peace and stability on the Korean Peninsula.",
        "renderings": [
            r(
                "CGTN Arabic",
                "2023-10-19",
                "نأمل أن تلعب جميع الأطراف دوراً بناءً في تعزيز السلام والاستقرار في شبه الجزيرة الكورية",
                "المتحدث باسم وزارة الخارجية الصينية وانغ ون بين",
            ),
            r(
                "China Radio International Arabic",
                "2023-10-19",
                "نَتَمَنّى أن تُؤدّي كلُّ الأطراف دوراً إيجابياً وبنّاءً من أجل السلام والاستقرار في شبه الجزيرة",
                "وانغ ون بين",
            ),
            r(
                "Al Khaleej",
                "2023-10-20",
                "الصين تأمل أن تسهم الأطراف المعنية بصورة بناءة في استقرار شبه الجزيرة الكورية",
                "بكين",
            ),
        ],
    },
]

NEAR_MISSES = [
    {
        "id": "en01",
        "speaker": "Vladimir Putin",
        "date": "2023-09-13",
        "text": "نحن مستعدون لتعزيز التعاون بين بلدينا في مجالي الزراعة والنقل، بما يخدم رفاهية الشعب الكوري",
        "close_to": "e01",
        "why": "Same words (strengthening cooperation between our countries, the well-being of the Korean people), but an offer of farming and transport cooperation at the talks, not the toast.",
    },
    {
        "id": "en02",
        "speaker": "Kim Jong Un",
        "date": "2023-09-13",
        "text": "أنا على ثقة بأن الجيش والشعب الروسيين سيحققان نصراً كبيراً في معركتهما العادلة",
        "close_to": "e02",
        "why": "Same 'I am sure that ... will', but about a Russian victory, not relations reaching a new level.",
    },
    {
        "id": "en03",
        "speaker": "Dmitry Peskov",
        "date": "2023-09-12",
        "text": "لن نعلق على تحذيرات واشنطن بشأن صفقات الأسلحة، فنحن لا نعرف ما المعلومات التي تستند إليها",
        "close_to": "e03",
        "why": "Same subject (Washington's warnings), but a refusal to comment because the Kremlin does not know their basis, not 'our interests matter more'.",
    },
    {
        "id": "en04",
        "speaker": "Sergei Lavrov",
        "date": "2023-10-19",
        "text": "نعارض بشدة أي محاولات لفرض عقوبات أحادية جديدة على بيونغ يانغ، فهي لا تؤدي إلا إلى تأجيج الوضع",
        "close_to": "e04",
        "why": "Same frame (we strongly oppose ..., which only inflames the situation), but against new unilateral sanctions, not the militarisation and the joint exercises.",
    },
    {
        "id": "en05",
        "speaker": "Sergei Shoigu",
        "date": "2023-09-16",
        "text": "هذه الطائرة قادرة على حمل صاروخ كينجال والطيران لمسافة 3000 كيلومتر دون التزود بالوقود",
        "close_to": "e05",
        "why": "Same tour and frame (this ... is capable of, a distance in kilometres), but about the carrier aircraft's range, not the missile's speed and range.",
    },
    {
        "id": "en06",
        "speaker": "KCNA",
        "date": "2023-09-14",
        "text": "أقيمت مأدبة فاخرة على شرف الرفيق كيم جونغ أون في أجواء رفاقية وودية",
        "close_to": "e06",
        "why": "Same report and words (a comradely and friendly atmosphere), but about the banquet, not the talks and their consensus.",
    },
    {
        "id": "en07",
        "speaker": "Matthew Miller",
        "date": "2023-09-13",
        "text": "لن نتردد في التذكير بأن أي صفقة أسلحة بين كوريا الشمالية وروسيا تنتهك قرارات مجلس الأمن",
        "close_to": "e07",
        "why": "Same 'we will not hesitate' and the arms deal between the two, but a reminder that it breaks UN resolutions, not a threat of action against facilitators.",
    },
    {
        "id": "en08",
        "speaker": "John Kirby",
        "date": "2023-09-12",
        "text": "نحث روسيا على عدم تزويد كوريا الشمالية بتكنولوجيا عسكرية حساسة",
        "close_to": "e08",
        "why": "Same 'we urge ... not to provide', with the two countries swapped: a call on Russia about technology, not on North Korea about arms.",
    },
    {
        "id": "en09",
        "speaker": "Stephane Dujarric",
        "date": "2023-09-13",
        "text": "أي إطلاق لقمر صناعي باستخدام تكنولوجيا الصواريخ الباليستية من جانب جمهورية كوريا الديمقراطية الشعبية يتعارض مع قرارات مجلس الأمن",
        "close_to": "e09",
        "why": "Same shape (any ... by the DPRK, the Security Council), but about satellite launches with ballistic technology, not other countries' relations and the sanctions.",
    },
    {
        "id": "en10",
        "speaker": "Hirokazu Matsuno",
        "date": "2023-09-13",
        "text": "أي تعاون مع كوريا الشمالية في مجال تكنولوجيا الصواريخ الباليستية سيشكل انتهاكاً لقرارات مجلس الأمن",
        "close_to": "e10",
        "why": "Same frame (any ... with North Korea would violate Security Council resolutions), but about ballistic missile technology going to the North, not arms going to Russia.",
    },
]


def main() -> None:
    assert all(s["id"].startswith("e") and not s["id"].startswith("en") for s in STATEMENTS)
    assert all(n["id"].startswith("en") for n in NEAR_MISSES)
    write_statements_split(OUT, {"statements": STATEMENTS, "near_misses": NEAR_MISSES}, in_registry=True)


if __name__ == "__main__":
    main()
