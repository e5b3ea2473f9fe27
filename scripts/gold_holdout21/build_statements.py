# ruff: noqa: E501
"""Build corpus/gold/statements/holdout21.json (statements x01.., near misses xn01..), in the
format of corpus/gold/statements/holdout14.json.  Every rendering is a quote of one of the 30
texts of corpus/gold/speakers/holdout21/, imported from speakers_data.py so the two stay the same
words; the notes are in scripts/gold_holdout21/STATEMENTS.md.
Run: python3 scripts/gold_holdout21/build_statements.py"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
import speakers_data as q  # noqa: E402
from gold_builder import ROOT, near_miss, registry, rendering, statement, write_statements_split  # noqa: E402

OUT = ROOT / "corpus" / "gold" / "statements" / "holdout21.json"
r = rendering

STATEMENTS = [
    statement(
        "x01",
        "Dmitry Peskov",
        "2023-09-12",
        "ru",
        "The talks will be held first with the delegations, then one on one; no press conference is planned after them.",
        [
            r("Jordan TV", "2023-09-12", q.X01_JORDAN_TV, "المتحدث باسم الكرملين ديمتري بيسكوف"),
            r("Sama TV", "2023-09-12", q.X01_SAMA, "المتحدث الرسمي باسم الرئاسة الروسية دميتري بيسكوف"),
            r("Voice of Lebanon", "2023-09-13", q.X01_VOL, "المتحدث باسم الكرملين ديمتري بيسكوف"),
            r("Bokra", "2023-09-13", q.X01_BOKRA, "الكرملين"),
        ],
    ),
    statement(
        "x02",
        "Vladimir Putin",
        "2023-09-13",
        "ru",
        "Asked about military help: there are certain restrictions and Russia keeps to all of them, but there are things we can of course talk about and think about.",
        [
            r("Voice of Lebanon", "2023-09-13", q.X02_VOL, "الرئيس الروسي فلاديمير بوتين"),
            r("Al-Oruba (Homs)", "2023-09-14", q.X02_ORUBA, "الرئيس الروسي فلاديمير بوتين"),
            r("Al-Ayyam (Aden)", "2023-09-14", q.X02_AYAM, "الرئيس الروسي فلاديمير بوتين"),
            r("Akhbar Al-Balad", "2023-09-14", q.X02_AB, "الرئيس بوتين"),
        ],
    ),
    statement(
        "x03",
        "Kim Jong Un",
        "2023-09-13",
        "ko",
        "His banquet toast at Vostochny: to President Putin's health, the prosperity of great Russia and the invincible Korean-Russian friendship.",
        [
            r("180Post", "2023-09-14", q.X03_180, "كيم جونغ أون"),
            r("Step News Agency", "2023-09-14", q.X03_STEP, "كيم"),
            r("Baghdad Post", "2023-09-14", q.X03_BP, "كيم"),
            r("Radio Ashams", "2023-09-14", q.X03_ASH, "الزعيم الكوري الشمالي كيم جونغ أون"),
        ],
    ),
    statement(
        "x04",
        "John Kirby",
        "2023-09-13",
        "en",
        "We keep urging North Korea to abide by its public commitments not to provide or sell arms to Russia.",
        [
            r("Makan", "2023-09-13", q.X04_MAKAN, "المتحدث باسم مجلس الأمن القومي الأمريكي جون كيربي"),
            r(
                "Al-Bayyna Al-Jadeeda",
                "2023-09-14",
                q.X04_BAY,
                "المتحدث باسم مجلس الأمن القومي الأمريكي جون كيربي",
            ),
            r(
                "Radio Ashams",
                "2023-09-14",
                q.X04_ASH,
                "جون كيربي، منسق الاتصالات الاستراتيجية في مجلس الأمن القومي",
            ),
            r("Turkey Now", "2023-09-14", q.X04_TN, "المتحدث باسم مجلس الأمن القومي الأمريكي جون كيربي"),
        ],
    ),
    statement(
        "x05",
        "Nasser Kanaani",
        "2023-09-18",
        "fa",
        "Weekly briefing: developing relations between independent states is their own affair; the West that floods Ukraine with weapons has no right to lecture others.",
        [
            r("Taghrib News", "2023-09-18", q.X05_TAGH, "المتحدث باسم الخارجية الإيرانية ناصر كنعاني"),
            r("Afaq TV", "2023-09-18", q.X05_AFAQ, "المتحدث باسم وزارة الخارجية الإيرانية ناصر كنعاني"),
            r("ABNA", "2023-09-19", q.X05_ABNA, "المتحدث باسم وزارة الخارجية الإيرانية ناصر كنعاني"),
            r("Al-Nour Radio", "2023-09-20", q.X05_NOUR, "المتحدث باسم وزارة الخارجية الإيرانية ناصر كنعاني"),
        ],
    ),
    statement(
        "x06",
        "KCNA",
        "2023-09-14",
        "ko",
        "Kim Jong Un invited Putin to visit the DPRK at a convenient time; Putin accepted with pleasure and reaffirmed his will to carry on the tradition of friendship.",
        [
            r("Al-Oruba (Homs)", "2023-09-14", q.X06_ORUBA, "الوكالة المركزية الكورية للأنباء"),
            r("Al-Bayyna Al-Jadeeda", "2023-09-14", q.X06_BAY, "الوكالة الرسمية في كوريا الشمالية"),
            r("Al-Ayyam (Aden)", "2023-09-14", q.X06_AYAM, "وكالة الأنباء المركزية الكورية"),
        ],
    ),
    statement(
        "x07",
        "Yoon Suk Yeol",
        "2023-09-20",
        "ko",
        "UN General Assembly: it is paradoxical that a permanent member of the Security Council wages war on a sovereign country and receives arms from a regime that flagrantly violates the Council's resolutions.",
        [
            r("Al-Nour Radio", "2023-09-20", q.X07_NOUR, "الرئيس الكوري الجنوبي يون سوك يول"),
            r("Al-Mutamar", "2023-09-21", q.X07_MUT, "الرئيس الكوري الجنوبي يون سوك يول"),
            r("South24", "2023-09-21", q.X07_S24, "الرئيس الكوري الجنوبي يون سوك يول"),
        ],
    ),
    statement(
        "x08",
        "Sergei Lavrov",
        "2023-10-19",
        "ru",
        "In Pyongyang, on Gaza: we condemn terrorism in all its forms, but answering it with the collective punishment of millions of Palestinians is unacceptable.",
        [
            r("Shasha News", "2023-10-19", q.X08_SHASHA, "وزير الخارجية الروسي سيرغي لافروف"),
            r("Palestine TV", "2023-10-19", q.X08_PTV, "وزير خارجية روسيا الاتحادية سيرغي لافروف"),
            r("Qudsn", "2023-10-19", q.X08_QUDSN, "لافروف"),
            r("Al-Istiqlal", "2023-10-20", q.X08_ISTQ, "وزير الخارجية الروسي سيرجي لافروف"),
            r("Al-Sinnara", "2023-10-20", q.X08_SIN, "وزير الخارجية الروسي، سيرغي لافروف"),
        ],
    ),
    statement(
        "x09",
        "Oleg Kozhemyako",
        "2023-09-16",
        "ru",
        "On Telegram: we gave Comrade Kim five attack drones and a reconnaissance drone made in Primorye, and a bulletproof vest.",
        [
            r("Hawa Amman", "2023-09-17", q.X09_HAWA, "حاكم بريموري أوليغ كوجيمياكو"),
            r("PUKmedia", "2023-09-17", q.X09_PUK, "حاكم إقليم بريموري أوليغ كوجيمياكو"),
            r("Crater Sky", "2023-09-17", q.X09_CRATER, "حاكم إقليم بريموري الروسي أوليغ كوجيمياكو"),
            r("Afaq TV", "2023-09-18", q.X09_AFAQ, "حاكم إقليم بريموري الروسي أوليغ كوجيمياكو"),
        ],
    ),
    statement(
        "x10",
        "Antony Blinken",
        "2023-09-13",
        "en",
        "We see President Putin travelling across his own country, hat in hand, to beg Kim Jong Un for military assistance.",
        [
            r("Makan", "2023-09-13", q.X10_MAKAN, "وزير الخارجية الأمريكي أنتوني بلينكن"),
            r("Akhbar Al-Balad", "2023-09-14", q.X10_AB, "وزير الخارجية الأمريكي أنتوني بلينكن"),
            r("Baghdad Post", "2023-09-14", q.X10_BP, "وزير الخارجية الأمريكي أنتوني بلينكن"),
            r("Al-Kofiya", "2023-09-14", q.X10_KOF, "وزير الخارجية الأمريكي أنتوني بلينكن"),
        ],
    ),
    statement(
        "x11",
        "Dmitry Peskov",
        "2023-10-18",
        "ru",
        "The date of Putin's visit to the DPRK has not been set yet; we will announce it in due time.",
        [
            r("Tele Liban", "2023-10-18", q.X11_TL, "الناطق باسم الكرملين دميتري بيسكوف"),
            r("Palestine TV", "2023-10-19", q.X11_PTV, "المتحدث باسم الكرملين دميتري بيسكوف"),
            r("Al-Istiqlal", "2023-10-20", q.X11_ISTQ, "الكرملين على لسان المتحدث باسمه دميتري بيسكوف"),
        ],
    ),
    statement(
        "x12",
        "Stephane Dujarric",
        "2023-09-13",
        "en",
        "We hope any relationship any country has with the DPRK respects the sanctions the Security Council imposed.",
        [
            r("Bokra", "2023-09-13", q.X12_BOKRA, "المتحدث باسم الأمين العام للأمم المتحدة ستيفان دوجاريك"),
            r(
                "Step News Agency",
                "2023-09-14",
                q.X12_STEP,
                "ستيفان دوجاريك المتحدث باسم الأمين العام للأمم المتحدة",
            ),
            r("Turkey Now", "2023-09-14", q.X12_TN, "المتحدث باسم الأمم المتحدة ستيفان دوجاريك"),
        ],
    ),
    statement(
        "x13",
        "Maria Zakharova",
        "2023-09-13",
        "ru",
        "Weekly briefing: Russia's cooperation with the DPRK is aimed at no third country, and the West should not meddle in others' affairs.",
        [
            r("180Post", "2023-09-14", q.X13_180, "الناطقة باسم الخارجية الروسية ماريا زاخاروفا"),
            r(
                "Al-Bayyna Al-Jadeeda",
                "2023-09-14",
                q.X13_BAY,
                "المتحدثة باسم الخارجية الروسية ماريا زاخاروفا",
            ),
            r(
                "Al-Kofiya",
                "2023-09-14",
                q.X13_KOF,
                "الخارجية الروسية على لسان المتحدثة باسمها ماريا زاخاروفا",
            ),
        ],
    ),
    statement(
        "x14",
        "Mykhailo Podolyak",
        "2023-09-13",
        "uk",
        "Russia has come to depend on the most isolated regime in the world, which proves its failure.",
        [
            r(
                "Step News Agency",
                "2023-09-14",
                q.X14_STEP,
                "ميخايلو بودولياك، مستشار مكتب الرئاسة الأوكرانية",
            ),
            r("Al-Kofiya", "2023-09-14", q.X14_KOF, "ميخايلو بودولياك مستشار الرئيس الأوكراني"),
            r("Turkey Now", "2023-09-14", q.X14_TN, "مستشار الرئاسة الأوكرانية ميخائيلو بودولياك"),
        ],
    ),
    statement(
        "x15",
        "Dmitry Peskov",
        "2023-09-13",
        "ru",
        "There are sensitive areas of cooperation that will not be made public, which is normal between neighbours.",
        [
            r("Voice of Lebanon", "2023-09-13", q.X15_VOL, "المتحدث باسم الكرملين ديمتري بيسكوف"),
            r("180Post", "2023-09-14", q.X15_180, "المتحدث باسمه دميتري بيسكوف"),
            r("Akhbar Al-Balad", "2023-09-14", q.X15_AB, "المتحدث باسم الكرملين دميتري بيسكوف"),
        ],
    ),
]

NEAR_MISSES = [
    near_miss(
        "xn01",
        "Dmitry Peskov",
        "2023-09-12",
        "لا يُخطط لتوقيع أي اتفاقيات في ختام المحادثات بين الزعيمين",
        "x01",
        "Same briefing and the same 'nothing is planned at the end of the talks', but no agreements to sign, not the format and the press conference.",
    ),
    near_miss(
        "xn02",
        "Vladimir Putin",
        "2023-09-13",
        "هناك آفاق معينة للتعاون في مجال الزراعة، ويمكننا أن نتحدث عنها",
        "x02",
        "Same remarks and the same 'there are ... we can talk about', but prospects in agriculture, not the restrictions Russia keeps to.",
    ),
    near_miss(
        "xn03",
        "Kim Jong Un",
        "2023-09-13",
        "أرفع كأسي لانتصار الجيش والشعب الروسي في كفاحهما العادل",
        "x03",
        "The same banquet and 'I raise my glass', but to the victory of the Russian army and people, not to Putin's health and the friendship.",
    ),
    near_miss(
        "xn04",
        "John Kirby",
        "2023-09-13",
        q.XN04,
        "x04",
        "The next sentence of the same interview (Makan carries both): 'we keep urging North Korea' to stop its missile tests, not to keep its commitment on arms for Russia.",
    ),
    near_miss(
        "xn05",
        "Nasser Kanaani",
        "2023-09-18",
        "تطوير العلاقات بين إيران ودول الجوار شأن يخص شعوب المنطقة وحدها، ولا يحق للقوى الأجنبية التدخل فيه",
        "x05",
        "Same briefing and the same 'developing relations ... is their own affair', but Iran and its neighbours against foreign powers, not independent states against the West's lectures.",
    ),
    near_miss(
        "xn06",
        "KCNA",
        "2023-09-14",
        "أقام الرئيس بوتين مأدبة رسمية على شرف الرفيق كيم جونغ أون، وتبادل الزعيمان الأنخاب بكل سرور وأكدا عزمهما على مواصلة تقاليد الصداقة",
        "x06",
        "The same KCNA report with 'with pleasure' and 'carry on the tradition of friendship', but the banquet and the toasts, not the invitation.",
    ),
    near_miss(
        "xn07",
        "Yoon Suk Yeol",
        "2023-09-20",
        "من المفارقة أن كوريا الشمالية تنفق مواردها الشحيحة على الصواريخ بينما يعاني شعبها من الجوع",
        "x07",
        "The same speech and 'it is paradoxical that', but the North spending on missiles while its people starve, not a permanent member taking arms from it.",
    ),
    near_miss(
        "xn08",
        "Sergei Lavrov",
        "2023-10-19",
        "ندين الإرهاب بكل أشكاله، وندعو إلى الإفراج عن جميع الرهائن المحتجزين في غزة",
        "x08",
        "The same press conference and the same opening 'we condemn terrorism in all its forms', but a call to free the hostages, not collective punishment.",
    ),
    near_miss(
        "xn09",
        "Oleg Kozhemyako",
        "2023-09-16",
        "أهدينا الضيف كذلك قبعة من الفرو وملابس تقليدية صنعها حرفيو بريموري",
        "x09",
        "The same Telegram post and 'we gave the guest ... made in Primorye', but a fur hat and clothes, not the drones and the vest.",
    ),
    near_miss(
        "xn10",
        "Antony Blinken",
        "2023-09-13",
        "نرى الرئيس بوتين يعزل بلاده أكثر فأكثر عن العالم بسبب حربه على أوكرانيا",
        "x10",
        "Same day and the same 'we see President Putin ... his country', but isolating Russia by his war, not begging Kim for help.",
    ),
    near_miss(
        "xn11",
        "Dmitry Peskov",
        "2023-10-18",
        "لا خطط حالياً لزيارة بوتين إلى الشرق الأوسط، وسنعلن عن أي زيارة في الوقت المناسب",
        "x11",
        "Same briefing and the same 'Putin's visit ... we will announce it in due time', but the Middle East, not the DPRK.",
    ),
    near_miss(
        "xn12",
        "Stephane Dujarric",
        "2023-09-13",
        "نأمل أن تحترم جميع الأطراف في أوكرانيا القانون الدولي الإنساني",
        "x12",
        "Same noon briefing and the same 'we hope ... respect', but international humanitarian law in Ukraine, not the DPRK sanctions.",
    ),
    near_miss(
        "xn13",
        "Maria Zakharova",
        "2023-09-13",
        "تعاوننا مع بكين لا يستهدف أي دولة ثالثة، ولا نقبل محاضرات واشنطن في هذا الشأن",
        "x13",
        "Same briefing and the same 'our cooperation ... targets no third country', but with Beijing, not Pyongyang.",
    ),
    near_miss(
        "xn14",
        "Mykhailo Podolyak",
        "2023-09-13",
        "روسيا باتت تعتمد على إيران في الطائرات المسيرة بعد فشل صناعتها العسكرية",
        "x14",
        "Same day and the same 'Russia now depends on', but on Iran's drones, not on the most isolated regime.",
    ),
    near_miss(
        "xn15",
        "Dmitry Peskov",
        "2023-09-13",
        "هناك مجالات للتعاون في الطاقة والنقل سيعلن عنها لاحقاً",
        "x15",
        "Same day and the same 'there are areas of cooperation ... announced', but energy and transport to be announced later, not sensitive areas kept quiet.",
    ),
]


def main() -> None:
    assert all(s["id"].startswith("x") and not s["id"].startswith("xn") for s in STATEMENTS)
    assert all(n["id"].startswith("xn") for n in NEAR_MISSES)
    # speakers are the registry's; most outlets are not in it (Arab sites it does not list)
    actors = {actor["name_en"] for actor in registry()[0]} | {"KCNA"}
    assert all(s["speaker"] in actors for s in STATEMENTS + NEAR_MISSES)
    write_statements_split(OUT, {"statements": STATEMENTS, "near_misses": NEAR_MISSES})


if __name__ == "__main__":
    main()
