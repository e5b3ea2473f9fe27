# ruff: noqa: E501
"""Build corpus/gold/statements/holdout5.json (statements d01.., near misses dn01..), in the
format of corpus/gold/statements/holdout2.json.  All renderings are invented Arabic written for
this set, in the way different outlets would translate one original.
Run: python3 scripts/gold_holdout5/build_statements.py"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gold_builder import ROOT, rendering, write_statements_split  # noqa: E402

OUT = ROOT / "corpus" / "gold" / "statements" / "holdout5.json"
r = rendering

STATEMENTS = [
    {
        "id": "d01",
        "speaker": "Vladimir Putin",
        "said_on": "2023-09-13",
        "source_language": "ru",
        "gist": "Asked whether Russia will help North Korea build satellites: that is why we came here.",
        "renderings": [
            r(
                "Sky News Arabia",
                "2023-09-13",
                "سنساعد كوريا الشمالية في بناء الأقمار الصناعية، ولهذا أتينا إلى هنا",
                "الرئيس الروسي فلاديمير بوتين",
            ),
            r(
                "Youm7",
                "2023-09-13",
                "سنساعد كوريا الشمالية فى بناء أقمار صناعية ولهذا جئنا إلى هنا",
                "بوتين",
            ),
            r(
                "Al Arabiya",
                "2023-09-13",
                "لهذا جئنا إلى هنا، سنساعدهم في صنع الأقمار الاصطناعية",
                "فلاديمير بوتين",
            ),
            r("Hespress", "2023-09-14", "روسيا ستساعد بيونغ يانغ على بناء أقمار اصطناعية", "الرئيس بوتين"),
        ],
    },
    {
        "id": "d02",
        "speaker": "Kim Jong Un",
        "said_on": "2023-09-13",
        "source_language": "ko",
        "gist": "Russia is now waging a sacred fight to defend its sovereignty and security against hegemonic forces.",
        "renderings": [
            r(
                "Al Mayadeen",
                "2023-09-13",
                "روسيا تخوض حاليا معركة مقدسة للدفاع عن سيادتها وأمنها في مواجهة قوى الهيمنة",
                "الزعيم الكوري الشمالي كيم جونغ أون",
            ),
            r(
                "Asharq News",
                "2023-09-13",
                "تخوض روسيا اليوم نضالاً مقدساً دفاعاً عن سيادتها وأمنها ضد القوى المهيمنة",
                "كيم جونغ أون",
            ),
            r("Al Wasat", "2023-09-14", "روسيا تخوض معركة مقدسة ضد قوى الهيمنة", "كيم جونغ اون"),
            r("Raseef22", "2023-09-15", "إن روسيا منخرطة في كفاح مقدس لحماية سيادتها وأمنها", "كيم"),
        ],
    },
    {
        "id": "d03",
        "speaker": "Kim Jong Un",
        "said_on": "2023-09-13",
        "source_language": "ko",
        "gist": "We will always support all decisions of President Putin and the Russian leadership and stand together on the anti-imperialist front.",
        "renderings": [
            r(
                "Al Arabiya",
                "2023-09-13",
                "سندعم دائما كل قرارات الرئيس بوتين والقيادة الروسية، وسنقف معها في جبهة مناهضة الإمبريالية",
                "زعيم كوريا الشمالية",
            ),
            r("RT Arabic", "2023-09-13", "نؤيد دائما جميع قرارات الرئيس بوتين والحكومة الروسية", "كيم"),
            r(
                "Youm7",
                "2023-09-13",
                "كوريا الشمالية ستدعم دائما جميع قرارات الرئيس بوتين والحكومة الروسية",
                "الزعيم الكورى الشمالى",
            ),
            r("Ennahar Online", "2023-09-14", "سنقف مع روسيا في الجبهة المناهضة للإمبريالية", "كيم جونغ أون"),
        ],
    },
    {
        "id": "d04",
        "speaker": "Dmitry Peskov",
        "said_on": "2023-09-13",
        "source_language": "ru",
        "gist": "No agreements are planned to be signed during the visit.",
        "renderings": [
            r(
                "Sputnik Arabic",
                "2023-09-13",
                "لا يجري التخطيط لتوقيع أي اتفاقيات خلال الزيارة",
                "المتحدث باسم الكرملين دميتري بيسكوف",
            ),
            r("Al Khaleej", "2023-09-14", "لم يكن من المقرر توقيع أي اتفاقات", "بيسكوف"),
            r(
                "Sky News Arabia",
                "2023-09-13",
                "ليس من المخطط التوقيع على أي وثائق خلال هذه الزيارة",
                "ديمتري بيسكوف",
            ),
        ],
    },
    {
        "id": "d05",
        "speaker": "Antony Blinken",
        "said_on": "2023-09-13",
        "source_language": "en",
        "gist": "Russia turning to North Korea for help is a sign of its desperation.",
        "renderings": [
            r(
                "Alhurra",
                "2023-09-13",
                "لجوء روسيا إلى كوريا الشمالية طلباً للمساعدة دليل على يأسها",
                "وزير الخارجية الأمريكي أنتوني بلينكن",
            ),
            r(
                "Asharq Al-Awsat",
                "2023-09-14",
                "إن توجه موسكو إلى بيونغ يانغ للحصول على المساعدة يعكس حالة اليأس التي تعيشها",
                "بلينكن",
            ),
            r("Al Wasat", "2023-09-14", "روسيا يائسة لدرجة أنها تطلب المساعدة من كوريا الشمالية", "بلنكن"),
        ],
    },
    {
        "id": "d06",
        "speaker": "Maria Zakharova",
        "said_on": "2023-09-14",
        "source_language": "ru",
        "gist": "Washington has no right to lecture anyone about whom they may cooperate with.",
        "renderings": [
            r(
                "RT Arabic",
                "2023-09-14",
                "ليس من حق واشنطن أن تلقن أحداً دروساً بشأن من يتعاون معه",
                "المتحدثة باسم الخارجية الروسية ماريا زاخاروفا",
            ),
            r(
                "Sputnik Arabic",
                "2023-09-14",
                "لا يحق للولايات المتحدة أن تعلّم الآخرين مع من يتعاونون",
                "زاخاروفا",
            ),
            r(
                "Al Mayadeen",
                "2023-09-15",
                "واشنطن لا تملك الحق في أن تملي على الدول شركاءها في التعاون",
                "ماريا زاخاروفا",
            ),
        ],
    },
    {
        "id": "d07",
        "speaker": "Yoon Suk Yeol",
        "said_on": "2023-09-20",
        "source_language": "ko",
        "gist": "If North Korea gets the information and technology to boost its WMD capabilities in exchange for supporting Russia, that deal will be a direct provocation threatening the security of Ukraine and of South Korea.",
        "renderings": [
            r(
                "Yonhap",
                "2023-09-20",
                "إذا حصلت كوريا الشمالية على المعلومات والتكنولوجيا اللازمة لتعزيز قدراتها في مجال أسلحة الدمار الشامل مقابل دعمها لروسيا، فإن هذه الصفقة ستكون استفزازاً مباشراً يهدد أمن وسلام ليس أوكرانيا فحسب بل جمهورية كوريا أيضاً",
                "الرئيس يون سوك يول",
            ),
            r(
                "Al Arabiya",
                "2023-09-21",
                "أي صفقة تحصل بموجبها بيونغ يانغ على تكنولوجيا أسلحة الدمار الشامل مقابل مساعدة موسكو ستمثل استفزازاً مباشراً يهدد أمن أوكرانيا وكوريا الجنوبية",
                "يون سوك-يول",
            ),
            r(
                "Asharq Al-Awsat",
                "2023-09-21",
                "الصفقة ستكون استفزازاً مباشراً يهدد أمن وسلام أوكرانيا وجمهورية كوريا",
                "الرئيس الكوري الجنوبي",
            ),
            r(
                "KBS World Radio Arabic",
                "2023-09-20",
                "حصول الشمال على تقنيات لتعزيز أسلحته للدمار الشامل مقابل دعمه روسيا يُعدّ استفزازاً مباشراً",
                "يون",
            ),
        ],
    },
    {
        "id": "d08",
        "speaker": "Sergei Lavrov",
        "said_on": "2023-10-19",
        "source_language": "ru",
        "gist": "We came to carry out the agreements the two leaders reached at Vostochny.",
        "renderings": [
            r(
                "RT Arabic",
                "2023-10-19",
                "جئنا لتنفيذ الاتفاقات التي توصل إليها الزعيمان خلال قمة فوستوتشني",
                "وزير الخارجية الروسي سيرغي لافروف",
            ),
            r(
                "Al Jazeera",
                "2023-10-19",
                "زيارتي تهدف إلى تنفيذ ما اتفق عليه الرئيسان في قاعدة فوستوشني الفضائية",
                "لافروف",
            ),
            r(
                "Asharq News",
                "2023-10-20",
                "هدفنا تطبيق التفاهمات التي تم التوصل إليها في فوستوتشني",
                "سيرغي لافروف",
            ),
        ],
    },
    {
        "id": "d09",
        "speaker": "Hirokazu Matsuno",
        "said_on": "2023-09-13",
        "source_language": "ja",
        "gist": "Japan is watching Russia-North Korea relations with concern, including their effect on the implementation of Security Council resolutions.",
        "renderings": [
            r(
                "NHK",
                "2023-09-13",
                "نتابع بقلق العلاقات بين روسيا وكوريا الشمالية، بما في ذلك تأثيرها على تنفيذ قرارات مجلس الأمن",
                "كبير أمناء مجلس الوزراء الياباني هيروكازو ماتسونو",
            ),
            r(
                "Sky News Arabia",
                "2023-09-13",
                "طوكيو تراقب بقلق تطور العلاقات الروسية الكورية الشمالية وتأثيرها على تطبيق قرارات مجلس الأمن الدولي",
                "ماتسونو",
            ),
            r(
                "Al Khaleej",
                "2023-09-14",
                "اليابان قلقة من انعكاس التقارب بين موسكو وبيونغيانغ على تنفيذ قرارات مجلس الأمن",
                "الحكومة اليابانية",
            ),
        ],
    },
    {
        "id": "d10",
        "speaker": "Mao Ning",
        "said_on": "2023-09-12",
        "source_language": "zh",
        "gist": "Kim's visit is a matter between the DPRK and Russia; I have no information to offer.",
        "renderings": [
            r(
                "Xinhua",
                "2023-09-12",
                "هذه مسألة تخص جمهورية كوريا الديمقراطية الشعبية وروسيا، وليست لدي معلومات لتقديمها",
                "المتحدثة باسم وزارة الخارجية الصينية ماو نينغ",
            ),
            r("Al Khaleej", "2023-09-13", "زيارة كيم شأن بين بيونغ يانغ وموسكو", "ماو نينغ"),
            r(
                "Al-Sabah",
                "2023-09-13",
                "الأمر يخص كوريا الشمالية وروسيا ولا علم لنا بالتفاصيل",
                "المتحدثة الصينية",
            ),
        ],
    },
]

NEAR_MISSES = [
    {
        "id": "dn01",
        "speaker": "Dmitry Peskov",
        "date": "2023-09-13",
        "text": "لا يجري التخطيط لعقد مؤتمر صحفي مشترك في ختام المحادثات",
        "close_to": "d04",
        "why": "Same opening (nothing is planned), but about a joint press conference, not signing agreements.",
    },
    {
        "id": "dn02",
        "speaker": "Antony Blinken",
        "date": "2023-09-13",
        "text": "كوريا الشمالية ستدفع ثمن أي مساعدة تقدمها لروسيا في حربها",
        "close_to": "d05",
        "why": "Same actors and the word help, but a warning to North Korea, not a comment on Russia's desperation.",
    },
    {
        "id": "dn03",
        "speaker": "Maria Zakharova",
        "date": "2023-09-14",
        "text": "ليس من حق واشنطن أن تتحدث عن القانون الدولي بعد ما فعلته في العراق",
        "close_to": "d06",
        "why": "Same opening (Washington has no right), but about international law and Iraq, not choosing partners.",
    },
    {
        "id": "dn04",
        "speaker": "Yoon Suk Yeol",
        "date": "2023-09-20",
        "text": "سيول ستعزز التعاون الأمني مع واشنطن وطوكيو لمواجهة تهديدات الشمال وأسلحته للدمار الشامل",
        "close_to": "d07",
        "why": "Same speech and words (security, weapons of mass destruction, the North), but about trilateral cooperation, not the deal with Russia.",
    },
    {
        "id": "dn05",
        "speaker": "Sergei Lavrov",
        "date": "2023-10-19",
        "text": "جئنا لنقل دعوة من الرئيس بوتين إلى الزعيم كيم لزيارة موسكو",
        "close_to": "d08",
        "why": "Same 'we came to', but to pass on an invitation, not to carry out the Vostochny agreements.",
    },
    {
        "id": "dn06",
        "speaker": "Hirokazu Matsuno",
        "date": "2023-09-13",
        "text": "نتابع بقلق إطلاق كوريا الشمالية صاروخين باليستيين صباح اليوم",
        "close_to": "d09",
        "why": "Same 'we watch with concern' and North Korea, but about the morning's missile launch.",
    },
    {
        "id": "dn07",
        "speaker": "Mao Ning",
        "date": "2023-09-12",
        "text": "هذه مسألة تخص الشعب الصيني ولا تقبل أي تدخل خارجي",
        "close_to": "d10",
        "why": "Same 'this is a matter for', but about a Chinese internal question, not the Russia-DPRK visit.",
    },
    {
        "id": "dn08",
        "speaker": "Vladimir Putin",
        "date": "2023-09-13",
        "text": "سنناقش مع الضيف كل المسائل، ولهذا جاء إلى هنا، ولدينا وقت كاف",
        "close_to": "d01",
        "why": "Same 'that is why he came here', but about discussing all questions, not satellites.",
    },
]


def main() -> None:
    assert all(s["id"].startswith("d") and not s["id"].startswith("dn") for s in STATEMENTS)
    assert all(n["id"].startswith("dn") for n in NEAR_MISSES)
    write_statements_split(OUT, {"statements": STATEMENTS, "near_misses": NEAR_MISSES})


if __name__ == "__main__":
    main()
