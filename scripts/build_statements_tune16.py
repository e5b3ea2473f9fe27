# ruff: noqa: E501
"""Build corpus/gold/statements/tune16.json (statements i01.., near misses in01..), in the format
of corpus/gold/statements/tune15.json: round 16's tuning pairs, written after reading why
holdout22 and holdout23 missed pairs, before the round's rules, and scored before and after
them (corpus/gold/statements/README.md).

Invented Arabic, each statement in three outlets' phrasings, one for each cause round 16 found:
function words read as content (``على حد سواء`` "alike", ``إلى جانب`` "with", the future's
``س`` on a three-letter function verb: ``سيعد``), and the news-Arabic families the lexicon
lacked (talking ``نتكلم``/``نتحدث``, meeting ``ملاقاة``/``لقاء``, violating ``منتهكة``/``في
انتهاك``, raising ``رفعت``/``ارتقت``, a battle ``معركة``/``نضال``, expecting
``ينتظر``/``يتوقع``, leaving ``الرحيل``/``مغادرة`` and ``يصعب``/``من الصعب``, seeing
``رؤية``/``أرى``).  Each near miss is the same speaker on the same day saying something else
with the same words.
Run: python3 scripts/build_statements_tune16.py"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gold_builder import ROOT, near_miss, rendering, statement, write_statements_split  # noqa: E402

OUT = ROOT / "corpus" / "gold" / "statements" / "tune16.json"
r = rendering

STATEMENTS = [
    statement(
        "i01",
        "Fumio Kishida",
        "2023-09-14",
        "ja",
        "Any transfer of missile technology to Pyongyang would threaten the security of Japan and South Korea alike.",
        [
            r(
                "Al Jazeera",
                "2023-09-14",
                "أي نقل لتكنولوجيا الصواريخ إلى بيونغ يانغ سيهدد أمن اليابان وكوريا الجنوبية",
                "كيشيدا",
            ),
            r(
                "Asharq Al-Awsat",
                "2023-09-15",
                "سيعد ذلك تهديدا لليابان وكوريا الجنوبية على حد سواء",
                "رئيس الوزراء الياباني فوميو كيشيدا",
            ),
            r(
                "Al Ain News",
                "2023-09-15",
                "نقل تكنولوجيا الصواريخ إلى بيونغ يانغ يهدد أمن اليابان وكوريا الجنوبية على حد سواء",
                "فوميو كيشيدا",
            ),
        ],
    ),
    statement(
        "i02",
        "Sergei Lavrov",
        "2023-10-18",
        "ru",
        "We will talk with our Korean friends about every side of our cooperation.",
        [
            r("RT Arabic", "2023-10-18", "سنتحدث مع أصدقائنا الكوريين عن كل جوانب تعاوننا", "لافروف"),
            r(
                "Al Mayadeen",
                "2023-10-18",
                "سنتكلم عن جوانب التعاون كلها",
                "وزير الخارجية الروسي سيرغي لافروف",
            ),
            r(
                "Al Bayan",
                "2023-10-19",
                "نتكلم مع أصدقائنا الكوريين عن كافة جوانب التعاون بيننا",
                "سيرغي لافروف",
            ),
        ],
    ),
    statement(
        "i03",
        "Kim Jong Un",
        "2023-09-13",
        "ko",
        "We will always stand with Russia in its struggle against hegemony.",
        [
            r("Sputnik Arabic", "2023-09-13", "سنقف دائما مع روسيا في نضالها ضد الهيمنة", "كيم جونغ أون"),
            r(
                "Al Khaleej",
                "2023-09-14",
                "سنقف دوما إلى جانب روسيا في معركتها ضد الهيمنة",
                "الزعيم الكوري الشمالي",
            ),
            r(
                "Erem News",
                "2023-09-14",
                "سنقف دائما مع موسكو في كفاحها المناهض للقوى المهيمنة",
                "كيم جونغ أون",
            ),
        ],
    ),
    statement(
        "i04",
        "Choe Son Hui",
        "2023-10-19",
        "ko",
        "The summit raised our relations with Moscow to a new level.",
        [
            r("Al Hadath", "2023-10-19", "القمة رفعت علاقاتنا مع موسكو إلى مستوى جديد", "تشوي سون هوي"),
            r(
                "Al-Ahram",
                "2023-10-20",
                "ارتقت علاقاتنا مع روسيا بفضل القمة إلى مستوى جديد",
                "وزيرة الخارجية الكورية الشمالية تشوي سون هوي",
            ),
            r(
                "Okaz",
                "2023-10-20",
                "بلغت العلاقات مع موسكو بعد القمة مستوى جديدا",
                "تشوي سون هوي",
            ),
        ],
    ),
    statement(
        "i05",
        "Choe Son Hui",
        "2023-10-19",
        "ko",
        "I look forward to meeting Minister Lavrov again in Moscow.",
        [
            r("CNN Arabic", "2023-10-19", "أتطلع إلى ملاقاة الوزير لافروف مجددا في موسكو", "تشوي سون هوي"),
            r(
                "Sky News Arabia",
                "2023-10-19",
                "أتطلع إلى لقاء لافروف مرة أخرى في موسكو",
                "وزيرة الخارجية الكورية الشمالية",
            ),
            r(
                "Annahar",
                "2023-10-20",
                "أتطلع لملاقاة سيرغي لافروف",
                "تشوي سون هوي",
            ),
        ],
    ),
    statement(
        "i06",
        "Yoko Kamikawa",
        "2023-09-14",
        "ja",
        "North Korea keeps launching missiles, violating Security Council resolutions.",
        [
            r(
                "Al Arabiya",
                "2023-09-14",
                "كوريا الشمالية تواصل إطلاق الصواريخ منتهكة قرارات مجلس الأمن",
                "كاميكاوا",
            ),
            r(
                "Independent Arabia",
                "2023-09-15",
                "تواصل بيونغ يانغ إطلاق صواريخها في انتهاك لقرارات مجلس الأمن",
                "وزيرة الخارجية اليابانية يوكو كاميكاوا",
            ),
            r(
                "DW Arabic",
                "2023-09-15",
                "بيونغ يانغ مستمرة في إطلاق الصواريخ منتهكة قرارات مجلس الأمن الدولي",
                "يوكو كاميكاوا",
            ),
        ],
    ),
    statement(
        "i07",
        "Stephane Dujarric",
        "2023-09-12",
        "en",
        "The Secretary-General expects all parties to show restraint.",
        [
            r("Al Quds Al Arabi", "2023-09-12", "الأمين العام يتوقع من جميع الأطراف ضبط النفس", "دوجاريك"),
            r(
                "Euronews Arabic",
                "2023-09-13",
                "ينتظر من الأطراف ضبط النفس",
                "المتحدث باسم الأمين العام ستيفان دوجاريك",
            ),
            r(
                "Al Sharq",
                "2023-09-13",
                "ينتظر الأمين العام من الأطراف كافة ممارسة ضبط النفس",
                "ستيفان دوجاريك",
            ),
        ],
    ),
    statement(
        "i08",
        "Sergei Shoigu",
        "2023-07-27",
        "ru",
        "It is hard for us to leave Pyongyang after such a warm welcome.",
        [
            r(
                "Al Ittihad",
                "2023-07-27",
                "يصعب علينا مغادرة بيونغ يانغ بعد هذا الاستقبال الحار",
                "شويغو",
            ),
            r(
                "Hespress",
                "2023-07-28",
                "يصعب علينا الرحيل",
                "وزير الدفاع الروسي سيرغي شويغو",
            ),
            r(
                "Youm7",
                "2023-07-28",
                "الرحيل عن بيونغ يانغ صعب علينا بعد هذا الاستقبال الحار",
                "سيرجي شويجو",
            ),
        ],
    ),
    statement(
        "i09",
        "Oleg Kozhemyako",
        "2023-09-12",
        "ru",
        "I am glad to see our friends from Pyongyang at the forum.",
        [
            r("Sputnik Arabic", "2023-09-12", "يسعدني أن أرى أصدقاءنا من بيونغ يانغ في المنتدى", "كوجيمياكو"),
            r(
                "Al Khaleej",
                "2023-09-13",
                "سعيد برؤية أصدقائنا من كوريا الشمالية في المنتدى",
                "حاكم بريموري أوليغ كوجيمياكو",
            ),
            r(
                "Al Jazeera",
                "2023-09-13",
                "أنا سعيد جدا برؤية الأصدقاء القادمين من بيونغ يانغ في منتدانا",
                "أوليغ كوجيمياكو",
            ),
        ],
    ),
]

NEAR_MISSES = [
    near_miss(
        "in01",
        "Fumio Kishida",
        "2023-09-14",
        "سيعد إطلاق الصواريخ فوق اليابان تهديدا لأمن المنطقة على حد سواء",
        "i01",
        "Same day, 'will be a threat to security' and 'alike', but missiles fired over Japan, not technology handed to Pyongyang.",
    ),
    near_miss(
        "in02",
        "Sergei Lavrov",
        "2023-10-18",
        "سنتكلم مع أصدقائنا الكوريين عن ذكرى تحرير كوريا من الاحتلال الياباني",
        "i02",
        "Same visit and 'we will talk with our Korean friends', but about the anniversary of Korea's liberation, not cooperation.",
    ),
    near_miss(
        "in03",
        "Kim Jong Un",
        "2023-09-13",
        "سنقف إلى جانب روسيا في معركتها الاقتصادية لكسر العقوبات الغربية",
        "i03",
        "Same talks, 'we will stand with Russia in its battle', but the economic battle to break Western sanctions, not the struggle against hegemony.",
    ),
    near_miss(
        "in04",
        "Choe Son Hui",
        "2023-10-19",
        "القمة رفعت حجم التبادل التجاري مع موسكو",
        "i04",
        "Same day, 'the summit raised ... with Moscow', but the trade volume, not the relations to a new level.",
    ),
    near_miss(
        "in05",
        "Choe Son Hui",
        "2023-10-19",
        "أتطلع إلى ملاقاة الرئيس بوتين في بيونغ يانغ",
        "i05",
        "Same day, 'I look forward to meeting', but President Putin in Pyongyang, not Lavrov in Moscow.",
    ),
    near_miss(
        "in06",
        "Yoko Kamikawa",
        "2023-09-14",
        "كوريا الشمالية تواصل تطوير الصواريخ بمساعدة روسية",
        "i06",
        "Same day, 'North Korea keeps ... missiles', but developing them with Russian help, not launching them against resolutions.",
    ),
    near_miss(
        "in07",
        "Stephane Dujarric",
        "2023-09-12",
        "الأمين العام ينتظر من جميع الأطراف تقارير عن تنفيذ العقوبات",
        "i07",
        "Same briefing, 'the Secretary-General expects from all parties', but reports on sanctions, not restraint.",
    ),
    near_miss(
        "in08",
        "Sergei Shoigu",
        "2023-07-27",
        "من الصعب علينا استقبال وفود عسكرية كبيرة في موسكو هذا العام",
        "i08",
        "Same visit, 'it is hard for us' and 'receiving', but hosting large delegations in Moscow, not leaving Pyongyang.",
    ),
    near_miss(
        "in09",
        "Oleg Kozhemyako",
        "2023-09-12",
        "يسعدني أن أرى الصادرات من بريموري إلى بيونغ يانغ تتضاعف",
        "i09",
        "Same forum, 'I am glad to see ... Pyongyang', but exports doubling, not friends at the forum.",
    ),
]


def main() -> None:
    assert all(s["id"].startswith("i") and not s["id"].startswith("in") for s in STATEMENTS)
    assert all(n["id"].startswith("in") for n in NEAR_MISSES)
    write_statements_split(OUT, {"statements": STATEMENTS, "near_misses": NEAR_MISSES}, in_registry=True)


if __name__ == "__main__":
    main()
