# ruff: noqa: E501
"""Build corpus/gold/statements/tune17.json (statements o01.., near misses on01..), in the format
of corpus/gold/statements/tune16.json: round 17's tuning pairs, written after reading why
holdout24 missed pairs, before the round's rules, and scored before and after them
(corpus/gold/statements/README.md).

Invented Arabic, never holdout24's sentences, each statement in three outlets' phrasings, one
for each cause round 17 found: function words read as content (``بينما`` "while", ``سوى``
"but" read as ``سويا`` "together", ``أحد`` "anyone"), and the news-Arabic families the lexicon
lacked (isolation ``عزلة``/``معزولة``, hunger ``الجوع``/``جائع``/``يتضور جوعا``, ridicule
``مثير للسخرية``/``مضحك``/``يثير الضحك``, losing ``فقد``/``خسر``, heading ``تتجه``/``تتوجه``,
deepening ``عمقا``/``تعميق``, ending up ``آلت إليه``/``انتهت إليه``, bringing
``يجلب``/``يؤدي إلى``, the army and its soldiers ``الجيش``/``الجنود``, and ``فضاء`` with no
article, whose ف was cut as a conjunction), and verifying ``التحقق من``/``التأكد من صحة``
with "in a position to" ``في وضع يسمح``/``تستطيع``.  Each near miss is the same speaker on the same
day saying something else with the same words.
Run: python3 scripts/build_statements_tune17.py"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gold_builder import ROOT, near_miss, rendering, statement, write_statements_split  # noqa: E402

OUT = ROOT / "corpus" / "gold" / "statements" / "tune17.json"
r = rendering

STATEMENTS = [
    statement(
        "o01",
        "John Kirby",
        "2023-09-13",
        "en",
        "Russia is isolated, and that is why it turns to Pyongyang.",
        [
            r("Alhurra", "2023-09-13", "روسيا معزولة ولهذا تلجأ إلى بيونغ يانغ", "كيربي"),
            r("Al Arabiya", "2023-09-13", "عزلة روسيا تدفعها نحو بيونغ يانغ", "جون كيربي"),
            r(
                "Sky News Arabia",
                "2023-09-14",
                "روسيا المنعزلة تستنجد ببيونغ يانغ",
                "المتحدث باسم مجلس الأمن القومي الأمريكي جون كيربي",
            ),
        ],
    ),
    statement(
        "o02",
        "Yoon Suk Yeol",
        "2023-09-14",
        "ko",
        "Pyongyang builds missiles while its people starve.",
        [
            r("Yonhap", "2023-09-14", "بيونغ يانغ تصنع الصواريخ بينما يتضور شعبها جوعا", "يون سوك يول"),
            r(
                "Al Ittihad",
                "2023-09-14",
                "بيونغ يانغ تبني الصواريخ وشعبها جائع",
                "الرئيس الكوري الجنوبي يون سوك يول",
            ),
            r("Al Khaleej", "2023-09-15", "بيونغ يانغ تطور الصواريخ والجوع يفتك بشعبها", "يون"),
        ],
    ),
    statement(
        "o03",
        "Maria Zakharova",
        "2023-09-14",
        "ru",
        "Brussels' threats of consequences for the summit are laughable.",
        [
            r("RT Arabic", "2023-09-14", "تهديدات بروكسل بعواقب للقمة مثيرة للسخرية", "زاخاروفا"),
            r("Al Mayadeen", "2023-09-14", "وعيد بروكسل بالعواقب أمر مضحك", "ماريا زاخاروفا"),
            r(
                "Al Ain News",
                "2023-09-15",
                "تهديدات بروكسل تثير الضحك",
                "المتحدثة باسم الخارجية الروسية ماريا زاخاروفا",
            ),
        ],
    ),
    statement(
        "o04",
        "Dmitry Peskov",
        "2023-09-14",
        "ru",
        "Washington has lost the trust of its allies in Asia.",
        [
            r("TASS", "2023-09-14", "واشنطن فقدت ثقة حلفائها في آسيا", "بيسكوف"),
            r("Sputnik Arabic", "2023-09-14", "واشنطن خسرت ثقة شركائها الآسيويين", "دميتري بيسكوف"),
            r(
                "Al Mayadeen",
                "2023-09-15",
                "الولايات المتحدة فقدت ثقة الحلفاء في آسيا",
                "المتحدث باسم الكرملين دميتري بيسكوف",
            ),
        ],
    ),
    statement(
        "o05",
        "Antony Blinken",
        "2023-09-13",
        "en",
        "Russia is turning to Pyongyang to buy shells.",
        [
            r("BBC Arabic", "2023-09-13", "روسيا تتجه إلى بيونغ يانغ لشراء القذائف", "بلينكن"),
            r("CNN Arabic", "2023-09-13", "موسكو تتوجه نحو بيونغ يانغ بحثا عن السلاح", "أنتوني بلينكن"),
            r(
                "DW Arabic",
                "2023-09-14",
                "روسيا تتجه إلى بيونغ يانغ لشراء الذخائر",
                "وزير الخارجية الأمريكي أنتوني بلينكن",
            ),
        ],
    ),
    statement(
        "o06",
        "Fumio Kishida",
        "2023-09-15",
        "ja",
        "Arms cooperation between Russia and North Korea will only deepen the instability of the region, and bring it nothing but tension.",
        [
            r(
                "Erem News",
                "2023-09-15",
                "التعاون العسكري بين روسيا وكوريا الشمالية سيزيد عدم استقرار المنطقة عمقا ولن يجلب لها سوى التوتر",
                "كيشيدا",
            ),
            r(
                "Al Sharq",
                "2023-09-15",
                "التعاون العسكري بين روسيا وكوريا الشمالية سيعمق عدم استقرار المنطقة ولن يؤدي إلا إلى التوتر",
                "فوميو كيشيدا",
            ),
            r(
                "Asharq Al-Awsat",
                "2023-09-16",
                "التعاون العسكري بين موسكو وبيونغ يانغ يؤدي إلى تعميق عدم استقرار المنطقة",
                "رئيس الوزراء الياباني فوميو كيشيدا",
            ),
        ],
    ),
    statement(
        "o07",
        "Dmytro Kuleba",
        "2023-09-13",
        "uk",
        "Look at what the Kremlin's foreign policy has come to: begging in Pyongyang.",
        [
            r(
                "Anadolu Agency",
                "2023-09-13",
                "انظروا إلى ما آلت إليه السياسة الخارجية للكرملين: التسول في بيونغ يانغ",
                "كوليبا",
            ),
            r(
                "TRT Arabi",
                "2023-09-13",
                "انظروا إلى ما انتهت إليه السياسة الخارجية للكرملين",
                "دميترو كوليبا",
            ),
            r(
                "Al Quds Al Arabi",
                "2023-09-14",
                "هذا ما انتهت إليه السياسة الخارجية للكرملين، التسول في بيونغ يانغ",
                "وزير الخارجية الأوكراني دميترو كوليبا",
            ),
        ],
    ),
    statement(
        "o08",
        "Vladimir Putin",
        "2023-09-13",
        "ru",
        "Our army and the Korean army fought the same enemy in 1950.",
        [
            r("RT Arabic", "2023-09-13", "جيشنا والجيش الكوري قاتلا عدوا واحدا عام 1950", "بوتين"),
            r(
                "Al Mayadeen",
                "2023-09-13",
                "جنودنا والجنود الكوريون قاتلوا عدوا واحدا عام 1950",
                "فلاديمير بوتين",
            ),
            r(
                "Al Alam",
                "2023-09-14",
                "جنودنا والجيش الكوري حاربوا عدوا واحدا في عام 1950",
                "الرئيس الروسي فلاديمير بوتين",
            ),
        ],
    ),
    statement(
        "o09",
        "Kim Jong Un",
        "2023-09-13",
        "ko",
        "Russia, the first to open space to mankind, is an example for our scientists.",
        [
            r(
                "Al Jazeera",
                "2023-09-13",
                "روسيا التي فتحت الفضاء أمام البشرية مثال لعلمائنا",
                "كيم جونغ أون",
            ),
            r(
                "Sputnik Arabic",
                "2023-09-13",
                "روسيا أول من فتح فضاء للبشرية وهي قدوة لعلمائنا",
                "كيم جونغ أون",
            ),
            r(
                "Al Bayan",
                "2023-09-14",
                "روسيا فتحت فضاء البشرية وهي مثال لعلمائنا",
                "الزعيم الكوري الشمالي كيم جونغ أون",
            ),
        ],
    ),
    statement(
        "o10",
        "Sergei Lavrov",
        "2023-10-19",
        "ru",
        "No one has the right to tell Pyongyang and Moscow with whom to trade.",
        [
            r(
                "RIA Novosti",
                "2023-10-19",
                "لا يحق لأحد أن يملي على بيونغ يانغ وموسكو مع من تتاجران",
                "لافروف",
            ),
            r(
                "Al Mayadeen",
                "2023-10-19",
                "ليس من حق أحد أن يقرر لبيونغ يانغ وموسكو مع من تتاجران",
                "سيرغي لافروف",
            ),
            r(
                "Al Alam",
                "2023-10-20",
                "لا يحق لأي طرف أن يحدد لبيونغ يانغ وموسكو شركاءهما في التجارة",
                "وزير الخارجية الروسي سيرغي لافروف",
            ),
        ],
    ),
    statement(
        "o11",
        "Stephane Dujarric",
        "2023-10-13",
        "en",
        "We are not in a position to verify these pictures.",
        [
            r("Roya News", "2023-10-13", "لسنا في وضع يسمح لنا بالتحقق من هذه الصور", "دوجاريك"),
            r("Al Ghad", "2023-10-13", "الأمم المتحدة لا تستطيع التأكد من صحة الصور", "الأمم المتحدة"),
            r("Al Khaleej", "2023-10-14", "لا يمكننا التحقق من هذه الصور", "ستيفان دوجاريك"),
        ],
    ),
]

NEAR_MISSES = [
    near_miss(
        "on01",
        "John Kirby",
        "2023-09-13",
        "لن نسمح بعزلة كوريا الجنوبية على الساحة الدولية",
        "o01",
        "Same briefing, 'isolation ... on the world stage', but South Korea's and a promise, not Russia isolated.",
    ),
    near_miss(
        "on02",
        "Yoon Suk Yeol",
        "2023-09-14",
        "سنرسل الأرز إلى الشعب الجائع في الشمال عبر الأمم المتحدة",
        "o02",
        "Same day, 'the hungry people', but sending rice, not Pyongyang spending on missiles.",
    ),
    near_miss(
        "on03",
        "Maria Zakharova",
        "2023-09-14",
        "مزاعم واشنطن عن صفقة أسلحة مع بيونغ يانغ مثيرة للسخرية",
        "o03",
        "Same briefing, 'laughable', but Washington's claims of an arms deal, not Brussels' threats.",
    ),
    near_miss(
        "on04",
        "Dmitry Peskov",
        "2023-09-14",
        "الاتحاد الأوروبي فقد استقلاله في السياسة الخارجية",
        "o04",
        "Same day, 'has lost', but the EU's independence, not Washington its allies' trust.",
    ),
    near_miss(
        "on05",
        "Antony Blinken",
        "2023-09-13",
        "المسيرات الإيرانية تتجه إلى المدن الأوكرانية كل ليلة",
        "o05",
        "Same day, Iranian drones 'heading', but to Ukrainian cities, not Russia turning to Iran.",
    ),
    near_miss(
        "on06",
        "Fumio Kishida",
        "2023-09-15",
        "سنعمق التعاون مع كوريا الجنوبية والولايات المتحدة لضمان استقرار المنطقة",
        "o06",
        "Same day, 'deepen cooperation' and 'stability of the region', but Japan's own with Seoul and Washington.",
    ),
    near_miss(
        "on07",
        "Dmytro Kuleba",
        "2023-09-13",
        "العالم كله يرى ما آلت إليه الحرب الروسية على أوكرانيا",
        "o07",
        "Same day, 'what ... has come to', but the war, not the Kremlin's foreign policy.",
    ),
    near_miss(
        "on08",
        "Vladimir Putin",
        "2023-09-13",
        "سيتدرب الجنود الكوريون في روسيا عام 2024",
        "o08",
        "Same day, 'Korean soldiers', but training in 2024, not fighting the same enemy in 1950.",
    ),
    near_miss(
        "on09",
        "Kim Jong Un",
        "2023-09-13",
        "علماؤنا سيطلقون قمرا صناعيا إلى الفضاء قريبا",
        "o09",
        "Same visit, 'our scientists' and 'space', but launching a satellite, not Russia as an example.",
    ),
    near_miss(
        "on10",
        "Sergei Lavrov",
        "2023-10-19",
        "لا يحق لأحد أن يعاقب بيونغ يانغ على تعزيز دفاعاتها",
        "o10",
        "Same visit, 'no one has the right ... Pyongyang', but to punish it for its defences, not to tell it with whom to trade.",
    ),
    near_miss(
        "on11",
        "Stephane Dujarric",
        "2023-10-13",
        "فريقنا في الشمال يستطيع التحقق من توزيع المساعدات الإنسانية",
        "o11",
        "Same briefing, 'able to verify', but the team verifying aid in the North, not the pictures.",
    ),
]


def main() -> None:
    assert all(s["id"].startswith("o") and not s["id"].startswith("on") for s in STATEMENTS)
    assert all(n["id"].startswith("on") for n in NEAR_MISSES)
    write_statements_split(OUT, {"statements": STATEMENTS, "near_misses": NEAR_MISSES}, in_registry=True)


if __name__ == "__main__":
    main()
