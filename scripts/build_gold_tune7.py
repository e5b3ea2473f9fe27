# ruff: noqa: E501 (annotation rows: one quote a line reads better than wrapped tuples)
"""Build corpus/gold/speakers/tune7/ (texts, gold_quotes.json, classes.json) from the annotated
paragraphs below: round 7's split, invented examples of each class that holdout6's errors
showed (a name missing a long vowel, a military rank's qualifier, an embassy's seat, a
participle after a verb not of saying, a flash label, a ticker's statement, an official of a
union, a possessed report, a name in quote marks, a transcript's turn, an editorial past a
masthead, the masthead's paper and correspondent, a source in an editorial's words, حتى before
a subject), in outlets' styles.  Unlike tune6 it was written after round 7's rules, to check
how they generalise, with traps for a wrong name beside each class; offsets are computed by
`build_gold_tune2`'s builder, except that a term is looked for inside quote marks (``‹عاجل›``
after a bare ``[عاجل]``, ``«الخليج»`` after the masthead ``الخليج``).
Run: .venv/bin/python scripts/build_gold_tune7.py"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_gold_tune2 import KEYS  # noqa: E402
from gold_builder import QUOTE_MARKS, ROOT, arabic_names, gold_quote, quote_classes, write_speakers_split  # noqa: E402

OUT = ROOT / "corpus" / "gold" / "speakers" / "tune7"
A, U = "actor", "unnamed"

# file name -> (text, [(quote words, speaker_en, speaker_ar, kind, speaker_name, description, relayed_by, classes)])
TEXTS = {
    "001_egyptian_site.txt": (
        "الوطن - كتب: أحمد سعيد | 14 سبتمبر 2023\n"
        'وقال الرئيس الأمريكي جو بيدن إن "أي صفقة سلاح مع بيونغ يانغ ستكون لها عواقب". '
        'وأكد الرئيس الروسي فلاديمير بوتن أن "التعاون مع الجيران شأن سيادي لا يخص أحدا".\n'
        'وقال الباحث الكوري لي جانغ هو إن "سيول تراقب القمة بقلق متزايد".',
        [
            (
                "أي صفقة سلاح مع بيونغ يانغ ستكون لها عواقب",
                "Joe Biden",
                "الرئيس الأمريكي جو بيدن",
                A,
                None,
                None,
                None,
                ["ordinary"],
            ),
            (
                "التعاون مع الجيران شأن سيادي لا يخص أحدا",
                "Vladimir Putin",
                "الرئيس الروسي فلاديمير بوتن",
                A,
                None,
                None,
                None,
                ["ordinary"],
            ),
            (
                "سيول تراقب القمة بقلق متزايد",
                "Lee Jang-ho",
                "الباحث الكوري لي جانغ هو",
                A,
                "لي جانغ هو",
                None,
                None,
                ["ordinary"],
            ),
        ],
    ),
    "002_egyptian_daily.txt": (
        "اليوم السابع | أخبار عربية وعالمية\n"
        'قال اللواء أركان حرب محمود الشناوي، المستشار بأكاديمية ناصر العسكرية، إن "الذخيرة الكورية رخيصة ووفيرة". '
        '"المعركة في أوكرانيا معركة مخازن"، يضيف الشناوي.\n'
        'من جانبه، قال العميد الركن المتقاعد سمير الخطيب إن "روسيا لا تملك ترف الانتظار".',
        [
            (
                "الذخيرة الكورية رخيصة ووفيرة",
                "Mahmoud El-Shenawy",
                "اللواء أركان حرب محمود الشناوي، المستشار بأكاديمية ناصر العسكرية",
                A,
                "محمود الشناوي",
                None,
                None,
                ["ordinary"],
            ),
            (
                "المعركة في أوكرانيا معركة مخازن",
                "Mahmoud El-Shenawy",
                "الشناوي",
                A,
                "محمود الشناوي",
                None,
                None,
                ["ordinary"],
            ),
            (
                "روسيا لا تملك ترف الانتظار",
                "Samir Al-Khatib",
                "العميد الركن المتقاعد سمير الخطيب",
                A,
                "سمير الخطيب",
                None,
                None,
                ["ordinary"],
            ),
        ],
    ),
    "003_syrian_site.txt": (
        "دمشق - سانا\n"
        'وقال مصدر في السفارة الكورية الشمالية إن "الزيارة تعزز جبهة الدول المستقلة". '
        'وقال متحدث باسم السفارة الصينية ببيروت إن "بكين تدعم الحوار بين جميع الأطراف".\n'
        'وقال مسؤول في السفارة السورية إن "دمشق ترحب بكل تقارب بين الأصدقاء".',
        [
            (
                "الزيارة تعزز جبهة الدول المستقلة",
                "North Korean Embassy in Damascus",
                "مصدر في السفارة الكورية الشمالية",
                A,
                "السفارة الكورية الشمالية في دمشق",
                None,
                None,
                ["official"],
            ),
            (
                "بكين تدعم الحوار بين جميع الأطراف",
                "Chinese Embassy in Beirut",
                "متحدث باسم السفارة الصينية ببيروت",
                A,
                "السفارة الصينية في بيروت",
                None,
                None,
                ["official"],
            ),
            (
                "دمشق ترحب بكل تقارب بين الأصدقاء",
                "Syrian Embassy",
                "مسؤول في السفارة السورية",
                A,
                "السفارة السورية",
                None,
                None,
                ["official"],
            ),
        ],
    ),
    "004_lebanese_oped.txt": (
        "النهار | قضايا\n"
        'حين قال لافروف إن "العلاقات مع بيونغ يانغ ستبلغ آفاقا جديدة"، كان يخاطب واشنطن قبل غيرها. '
        "وقد ابتسم لي أحد الدبلوماسيين الغربيين في بيروت قائلا: «الروس يلوّحون بالورقة الكورية فقط».\n"
        'وفي المساء، هز أحد الخبراء رأسه متسائلا: "هل يملك الكوريون ما يكفي لحرب طويلة كهذه؟"',
        [
            (
                "العلاقات مع بيونغ يانغ ستبلغ آفاقا جديدة",
                "Sergei Lavrov",
                "لافروف",
                A,
                None,
                None,
                None,
                ["ordinary"],
            ),
            (
                "الروس يلوّحون بالورقة الكورية فقط",
                None,
                "أحد الدبلوماسيين الغربيين في بيروت",
                U,
                None,
                "أحد الدبلوماسيين الغربيين في بيروت",
                None,
                ["7"],
            ),
            (
                "هل يملك الكوريون ما يكفي لحرب طويلة كهذه؟",
                None,
                "أحد الخبراء",
                U,
                None,
                "أحد الخبراء",
                None,
                ["7"],
            ),
        ],
    ),
    "005_saudi_flash.txt": (
        "عكاظ - متابعات عاجلة\n"
        '[عاجل] الكرملين: "الزعيمان بحثا التعاون في كل المجالات دون استثناء"\n'
        '‹عاجل› لافروف: "لن نسمح لأحد بأن يملي علينا مع من نتعاون"\n'
        "• حركة حماس في بيان: «القمة دليل على أفول الهيمنة الأميركية على العالم»",
        [
            (
                "الزعيمان بحثا التعاون في كل المجالات دون استثناء",
                "Kremlin",
                "الكرملين",
                A,
                None,
                None,
                None,
                ["8"],
            ),
            (
                "لن نسمح لأحد بأن يملي علينا مع من نتعاون",
                "Sergei Lavrov",
                "لافروف",
                A,
                None,
                None,
                None,
                ["ordinary"],
            ),
            (
                "القمة دليل على أفول الهيمنة الأميركية على العالم",
                "Hamas",
                "حركة حماس",
                A,
                "حركة حماس",
                None,
                None,
                ["1"],
            ),
        ],
    ),
    "006_moroccan_site.txt": (
        "الرباط - هسبريس\n"
        'وقال مسؤول في الاتحاد المغربي للشغل إن "العمال في كل مكان يدفعون ثمن سباق التسلح". '
        'وقال مصدر في الجمعية المغربية لحقوق الإنسان للصحفيين إن "الحرب لا تخدم إلا تجار السلاح".\n'
        'وقال مسؤول في الاتحاد الأوروبي إن "بروكسل ستدرس عقوبات إضافية على الطرفين".',
        [
            (
                "العمال في كل مكان يدفعون ثمن سباق التسلح",
                "Moroccan Labour Union",
                "مسؤول في الاتحاد المغربي للشغل",
                A,
                "الاتحاد المغربي للشغل",
                None,
                None,
                ["official"],
            ),
            (
                "الحرب لا تخدم إلا تجار السلاح",
                "Moroccan Association for Human Rights",
                "مصدر في الجمعية المغربية لحقوق الإنسان",
                A,
                "الجمعية المغربية لحقوق الإنسان",
                None,
                None,
                ["official"],
            ),
            (
                "بروكسل ستدرس عقوبات إضافية على الطرفين",
                "European Union",
                "مسؤول في الاتحاد الأوروبي",
                A,
                None,
                None,
                None,
                ["official"],
            ),
        ],
    ),
    "007_jordanian_agency.txt": (
        "عمان 15 أيلول (بترا) -\n"
        'ذكرت وكالة الأنباء المركزية الكورية أن الزعيم "تفقد الطائرات المقاتلة في كومسومولسك"، '
        'وختمت الوكالة تقريرها بالقول إن "الرحلة دخلت التاريخ من أوسع أبوابه". '
        'وأنهى بيسكوف حديثه بالقول: "لا شيء يدعو الغرب إلى القلق".',
        [
            (
                "تفقد الطائرات المقاتلة في كومسومولسك",
                "KCNA",
                "وكالة الأنباء المركزية الكورية",
                A,
                None,
                None,
                None,
                ["8"],
            ),
            ("الرحلة دخلت التاريخ من أوسع أبوابه", "KCNA", "الوكالة", A, None, None, None, ["8"]),
            ("لا شيء يدعو الغرب إلى القلق", "Dmitry Peskov", "بيسكوف", A, None, None, None, ["3"]),
        ],
    ),
    "008_gulf_roundup.txt": (
        "الخليج أونلاين - رصد\n"
        'وكتب المحلل العسكري الأوكراني المعروف باسم "الذئب الرمادي" على حسابه في إكس: «القذائف الكورية لن تغير موازين الجبهة». '
        'فيما تساءلت صفحة تحمل اسم "أخبار بيونغ يانغ" عن "سر غياب وزير الدفاع عن الصور الرسمية".\n'
        'وعلّق أحد المغردين ساخرا: "القمة الوحيدة التي لا يتحدث فيها أحد عن القمح".',
        [
            (
                "القذائف الكورية لن تغير موازين الجبهة",
                "Grey Wolf",
                'المحلل العسكري الأوكراني المعروف باسم "الذئب الرمادي"',
                A,
                "الذئب الرمادي",
                None,
                None,
                ["2"],
            ),
            (
                "سر غياب وزير الدفاع عن الصور الرسمية",
                "Pyongyang News (page)",
                'صفحة تحمل اسم "أخبار بيونغ يانغ"',
                A,
                "أخبار بيونغ يانغ",
                None,
                None,
                ["2"],
            ),
            (
                "القمة الوحيدة التي لا يتحدث فيها أحد عن القمح",
                None,
                "أحد المغردين",
                U,
                None,
                "أحد المغردين ساخرا",
                None,
                ["7"],
            ),
        ],
    ),
    "009_levantine_transcript.txt": (
        "نص الحلقة - قناة المشهد - برنامج «حوار الليلة»\n"
        'المذيعة لينا خوري: دكتور، الخارجية الأميركية قالت إن "الصفقة تنتهك قرارات مجلس الأمن". ما ردك؟\n'
        "الدكتور نبيل عيسى (باحث في الشؤون الروسية): هذا متوقع. "
        'حتى زاخاروفا قالت صراحة: "نحن لا نعترف بعقوبات لم يقرها مجلس الأمن". '
        'وأنا أقول لك: "الغرب خسر ورقة الضغط الأخيرة".',
        [
            (
                "الصفقة تنتهك قرارات مجلس الأمن",
                "US State Department",
                "الخارجية الأميركية",
                A,
                None,
                None,
                None,
                ["ordinary"],
            ),
            (
                "نحن لا نعترف بعقوبات لم يقرها مجلس الأمن",
                "Maria Zakharova",
                "زاخاروفا",
                A,
                None,
                None,
                None,
                ["ordinary"],
            ),
            (
                "الغرب خسر ورقة الضغط الأخيرة",
                "Nabil Issa",
                "الدكتور نبيل عيسى (باحث في الشؤون الروسية)",
                A,
                "نبيل عيسى",
                None,
                None,
                ["ordinary"],
            ),
        ],
    ),
    "010_gulf_editorial.txt": (
        "الخليج | رأي الخليج\n"
        'سبق أن حذرت «الخليج» من أن "عالما بلا قواعد مشتركة هو عالم بلا أمان"، '
        'ونقولها اليوم مرة أخرى: "الحوار هو الطريق الوحيد إلى الاستقرار".\n'
        'وكما يقال: "ما كل ما يتمنى المرء يدركه".',
        [
            ("عالما بلا قواعد مشتركة هو عالم بلا أمان", "Al Khaleej", "الخليج", A, None, None, None, ["2"]),
            ("الحوار هو الطريق الوحيد إلى الاستقرار", "Al Khaleej", "الخليج", A, None, None, None, ["2"]),
            ("ما كل ما يتمنى المرء يدركه", None, None, None, None, None, None, ["9"]),
        ],
    ),
    "011_kcna_style_paper.txt": (
        "رودونغ سينمون | 17 سبتمبر 2023\n"
        'أشار الرفيق القائد إلى أن "الصداقة مع روسيا ثروة لا تقدر بثمن". '
        'وجاء في مقال للصحيفة: "إن الشعب الكوري يقف مع الشعب الروسي في السراء والضراء".',
        [
            (
                "الصداقة مع روسيا ثروة لا تقدر بثمن",
                "Kim Jong Un",
                "الرفيق القائد",
                A,
                None,
                None,
                None,
                ["ordinary"],
            ),
            (
                "إن الشعب الكوري يقف مع الشعب الروسي في السراء والضراء",
                "Rodong Sinmun",
                "الصحيفة",
                A,
                None,
                None,
                None,
                ["1", "8"],
            ),
        ],
    ),
    "012_egyptian_live.txt": (
        "المصري اليوم | بث مباشر من فلاديفوستوك\n"
        '11:20 - مراسل المصري اليوم في فلاديفوستوك: "المدينة تحت حراسة مشددة منذ فجر اليوم"\n'
        '11:45 - زاخاروفا للصحفيين: "لن نرد على التسريبات الأميركية المعتادة"',
        [
            (
                "المدينة تحت حراسة مشددة منذ فجر اليوم",
                "Al-Masry Al-Youm",
                "مراسل المصري اليوم في فلاديفوستوك",
                A,
                "المصري اليوم",
                None,
                None,
                ["8"],
            ),
            (
                "لن نرد على التسريبات الأميركية المعتادة",
                "Maria Zakharova",
                "زاخاروفا",
                A,
                None,
                None,
                None,
                ["ordinary"],
            ),
        ],
    ),
    "013_research_brief.txt": (
        "مركز الإمارات للسياسات - تقدير موقف\n"
        'في المقابل، تبدو طوكيو أكثر حذرا، فالناطق باسم حكومتها اكتفى بالقول إن "الحكومة تتابع الوضع عن كثب"، '
        'وهي عبارة تعني أن اليابان "لا تريد رفع سقف المواجهة الآن"، بحسب تعبير افتتاحية صحيفة أساهي.',
        [
            ("الحكومة تتابع الوضع عن كثب", None, None, None, None, None, None, ["9"]),
            (
                "لا تريد رفع سقف المواجهة الآن",
                "Asahi Shimbun",
                "افتتاحية صحيفة أساهي",
                A,
                "أساهي",
                None,
                None,
                ["8"],
            ),
        ],
    ),
}
TERMS = {
    "005_saudi_flash.txt": [("عاجل", None, None, None, None, None, None)],
    "008_gulf_roundup.txt": [
        ("الذئب الرمادي", None, None, None, None, None, None),
        ("أخبار بيونغ يانغ", None, None, None, None, None, None),
    ],
    "009_levantine_transcript.txt": [("حوار الليلة", None, None, None, None, None, None)],
    "010_gulf_editorial.txt": [("الخليج", None, None, None, None, None, None)],
}


def quoted_index(text: str, words: str, cursor: int) -> int:
    """Where ``words`` stand in quote marks, from ``cursor`` on, else from the start."""
    for start in (cursor, 0):
        index = text.find(words, start)
        while index >= 0 and (index == 0 or text[index - 1] not in QUOTE_MARKS + "‹"):
            index = text.find(words, index + 1)
        if index > 0:
            return index
    raise ValueError(f"not quoted: {words}")


def build(out: Path, texts: dict, terms: dict) -> None:
    """Write the texts, gold_quotes.json and classes.json of the split."""
    arabic = arabic_names()
    out.mkdir(parents=True, exist_ok=True)
    gold, classes = {}, {}
    for name, (text, quotes) in texts.items():
        (out / name).write_text(text + "\n", encoding="utf-8")
        rows = [(quote, quoted_index(text, quote[0], 0)) for quote in quotes]
        rows += [(term + ([],), quoted_index(text, term[0], 0)) for term in terms.get(name, [])]
        rows.sort(key=lambda row: row[1])
        entries, file_classes = [], []
        for quote, start in rows:
            entry = gold_quote(name, start, quote[0], quote[1:], arabic)
            entries.append({key: entry[key] for key in KEYS})
            if entry["kind"] == "statement":
                file_classes.append(quote_classes(entry, quote[-1]))
        gold[name] = entries
        classes[name] = file_classes
    write_speakers_split(out, gold, classes)


if __name__ == "__main__":
    build(OUT, TEXTS, TERMS)
