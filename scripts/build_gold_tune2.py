# ruff: noqa: E501 (annotation rows: one quote a line reads better than wrapped tuples)
"""Build corpus/gold/speakers/tune2/ (texts, gold_quotes.json, classes.json) from the annotated
paragraphs below: each quote is given by its words, and its offsets are computed here, so the
gold never drifts from the text.  Run: .venv/bin/python scripts/build_gold_tune2.py"""

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from articles import reference  # noqa: E402

OUT = ROOT / "corpus" / "gold" / "speakers" / "tune2"
ARABIC = {actor.name_en: actor.name_ar for actor in reference.actors()}

# file name -> (text, [(quote words, speaker_en, speaker_ar, kind, speaker_name, description, relayed_by, classes)])
# kind: "actor" | "unnamed" | None.  speaker_name None for an actor: the registry's Arabic name.
TEXTS = {
    "053_masrawy.txt": (
        "كتب محمود عادل\n"
        "علّق المتحدث باسم الكرملين دميتري بيسكوف على الصور المتداولة من فوستوتشني، قائلا إن الزعيمين "
        '"أمضيا وقتا أطول مما كان مقررا في جولة الموقع". وأضاف أن الرئيس الكوري الشمالي '
        '"أبدى إعجابه الشديد بمنصات الإطلاق الجديدة".\n'
        'وفي بيان صادر عن المكتب الصحفي للكرملين: "اتفق الطرفان على مواصلة الاتصالات على كل المستويات".\n'
        'وقال الدكتور عبد الله الحسيني، أستاذ العلوم السياسية بجامعة القاهرة، إن القمة "تعكس تحولا '
        'في موازين القوى داخل آسيا".',
        [
            (
                "أمضيا وقتا أطول مما كان مقررا في جولة الموقع",
                "Dmitry Peskov",
                "المتحدث باسم الكرملين دميتري بيسكوف",
                "actor",
                None,
                None,
                None,
                ["3"],
            ),
            (
                "أبدى إعجابه الشديد بمنصات الإطلاق الجديدة",
                "Dmitry Peskov",
                "المتحدث باسم الكرملين دميتري بيسكوف",
                "actor",
                None,
                None,
                None,
                ["6"],
            ),
            (
                "اتفق الطرفان على مواصلة الاتصالات على كل المستويات",
                "Kremlin",
                "المكتب الصحفي للكرملين",
                "actor",
                None,
                None,
                None,
                ["1", "official"],
            ),
            (
                "تعكس تحولا في موازين القوى داخل آسيا",
                "Abdullah El-Husseini",
                "الدكتور عبد الله الحسيني، أستاذ العلوم السياسية بجامعة القاهرة",
                "actor",
                "عبد الله الحسيني",
                None,
                None,
                ["ordinary"],
            ),
        ],
    ),
    "054_levant_site.txt": (
        'عمّان - رأى محللون أردنيون أن زيارة كيم إلى روسيا "لن تغير كثيرا في المشهد الإقليمي".\n'
        "وقالت الباحثة في مركز الدراسات الاستراتيجية بالجامعة الأردنية لينا الخطيب لـ«المملكة» إن "
        "«موسكو تبحث عن شركاء يملكون مخازن ذخيرة ممتلئة». وتابعت الخطيب: «الغرب هو من دفع "
        "بيونغ يانغ إلى هذا الخيار».\n"
        'وفي تقرير بثته قناة الجزيرة من موسكو، قال مراسلها إن "الإجراءات الأمنية حول الوفد الكوري '
        'كانت غير مسبوقة".',
        [
            (
                "لن تغير كثيرا في المشهد الإقليمي",
                None,
                "محللون أردنيون",
                "unnamed",
                None,
                "محللون أردنيون",
                None,
                ["7"],
            ),
            (
                "موسكو تبحث عن شركاء يملكون مخازن ذخيرة ممتلئة",
                "Lina Al-Khatib",
                "الباحثة في مركز الدراسات الاستراتيجية بالجامعة الأردنية لينا الخطيب",
                "actor",
                "لينا الخطيب",
                None,
                None,
                ["ordinary"],
            ),
            (
                "الغرب هو من دفع بيونغ يانغ إلى هذا الخيار",
                "Lina Al-Khatib",
                "الخطيب",
                "actor",
                "لينا الخطيب",
                None,
                None,
                ["3"],
            ),
            (
                "الإجراءات الأمنية حول الوفد الكوري كانت غير مسبوقة",
                "Al Jazeera",
                "مراسلها",
                "actor",
                None,
                None,
                None,
                ["8"],
            ),
        ],
    ),
    "055_gulf_paper.txt": (
        "الرياض - «الشرق»\n"
        'أكد وزير الخارجية الروسي سيرغي لافروف أن بلاده "لا تحتاج إذنا من أحد لتطوير علاقاتها". '
        'ورد لافروف على سؤال لأحد الصحفيين عن العقوبات قائلا: "العقوبات الغربية فقدت معناها منذ زمن طويل".\n'
        "ونشرت الناطقة باسم الخارجية الروسية ماريا زاخاروفا على تليغرام صورة لوفد بيونغ يانغ، وعلقت عليها: "
        '"ضيوفنا يشعرون أنهم في بيتهم".\n'
        'وقال دبلوماسي خليجي فضل عدم ذكر اسمه إن دول المنطقة "تراقب ولا تتدخل في هذا الملف".',
        [
            (
                "لا تحتاج إذنا من أحد لتطوير علاقاتها",
                "Sergei Lavrov",
                "وزير الخارجية الروسي سيرغي لافروف",
                "actor",
                None,
                None,
                None,
                ["ordinary"],
            ),
            (
                "العقوبات الغربية فقدت معناها منذ زمن طويل",
                "Sergei Lavrov",
                "لافروف",
                "actor",
                None,
                None,
                None,
                ["3", "4"],
            ),
            (
                "ضيوفنا يشعرون أنهم في بيتهم",
                "Maria Zakharova",
                "الناطقة باسم الخارجية الروسية ماريا زاخاروفا",
                "actor",
                None,
                None,
                None,
                ["2", "3"],
            ),
            (
                "تراقب ولا تتدخل في هذا الملف",
                None,
                "دبلوماسي خليجي فضل عدم ذكر اسمه",
                "unnamed",
                None,
                "دبلوماسي خليجي فضل عدم ذكر اسمه",
                None,
                ["7"],
            ),
        ],
    ),
    "056_maghreb_site.txt": (
        "الرباط - قال الخبير المغربي في الشؤون الاستراتيجية عبد الرحيم بن سعيد إن لقاء بوتين وكيم "
        '"يؤكد أن العزلة تصنع تحالفات غير متوقعة". وأوضح بن سعيد لـ«هسبريس» أن «الرابح الأكبر من '
        "القمة هو بيونغ يانغ وليس موسكو».\n"
        'ونقلت صحيفة "إزفستيا" الروسية عن مراسلها في فلاديفوستوك أن "السكان اصطفوا لساعات لرؤية '
        'القطار المدرع".\n'
        'ورفع بوتين كأسه خلال المأدبة مخاطبا ضيفه: "نخب تعاوننا الذي سيزداد متانة عاما بعد عام".',
        [
            (
                "يؤكد أن العزلة تصنع تحالفات غير متوقعة",
                "Abderrahim Bensaid",
                "الخبير المغربي في الشؤون الاستراتيجية عبد الرحيم بن سعيد",
                "actor",
                "عبد الرحيم بن سعيد",
                None,
                None,
                ["ordinary"],
            ),
            (
                "الرابح الأكبر من القمة هو بيونغ يانغ وليس موسكو",
                "Abderrahim Bensaid",
                "بن سعيد",
                "actor",
                "عبد الرحيم بن سعيد",
                None,
                "Hespress",
                ["3", "5"],
            ),
            (
                "السكان اصطفوا لساعات لرؤية القطار المدرع",
                "Izvestia",
                "مراسلها في فلاديفوستوك",
                "actor",
                None,
                None,
                None,
                ["8"],
            ),
            (
                "نخب تعاوننا الذي سيزداد متانة عاما بعد عام",
                "Vladimir Putin",
                "بوتين",
                "actor",
                None,
                None,
                None,
                ["4"],
            ),
        ],
    ),
    "057_sputnik_arabic.txt": (
        "أعلنت وزارة الدفاع الروسية أن الزعيم الكوري الشمالي تفقد السفن الحربية في فلاديفوستوك. وجاء في "
        "بيان نشرته الوزارة: «اطلع الضيف على قدرات الفرقاطة وأنظمتها الصاروخية».\n"
        "ونقلت «سبوتنيك» عن قائد أسطول المحيط الهادئ الأدميرال فيكتور ليينا قوله إن الضيف «طرح أسئلة "
        "دقيقة عن مدى الصواريخ».\n"
        "وقال قائد الطيران البحري المقدم رسلان تيموروف لـ«سبوتنيك»: «لم نر زائرا بهذا الفضول من قبل».",
        [
            (
                "اطلع الضيف على قدرات الفرقاطة وأنظمتها الصاروخية",
                "Russian Defence Ministry",
                "الوزارة",
                "actor",
                None,
                None,
                None,
                ["1"],
            ),
            (
                "طرح أسئلة دقيقة عن مدى الصواريخ",
                "Viktor Liina",
                "قائد أسطول المحيط الهادئ الأدميرال فيكتور ليينا",
                "actor",
                "فيكتور ليينا",
                None,
                "Sputnik",
                ["5", "6"],
            ),
            (
                "لم نر زائرا بهذا الفضول من قبل",
                "Ruslan Timurov",
                "قائد الطيران البحري المقدم رسلان تيموروف",
                "actor",
                "رسلان تيموروف",
                None,
                "Sputnik",
                ["ordinary"],
            ),
        ],
    ),
    "058_xinhua.txt": (
        "بكين 14 سبتمبر 2023 (شينخوا) قالت المتحدثة باسم وزارة الخارجية الصينية ماو نينغ اليوم "
        '(الخميس) إن "العلاقات بين روسيا وجمهورية كوريا الديمقراطية الشعبية شأن بين دولتين ذات سيادة". '
        'وأضافت ماو أن الصين "تأمل أن تعمل جميع الأطراف من أجل السلام".\n'
        'وجاء في بيان أصدرته السفارة الصينية في موسكو: "نرحب بكل ما يعزز الاستقرار في شمال شرق آسيا".\n'
        'وقال الباحث في الأكاديمية الصينية للعلوم الاجتماعية وانغ جيان إن "القمة تعكس حاجة متبادلة '
        'لا تحالفا عسكريا".',
        [
            (
                "العلاقات بين روسيا وجمهورية كوريا الديمقراطية الشعبية شأن بين دولتين ذات سيادة",
                "Mao Ning",
                "المتحدثة باسم وزارة الخارجية الصينية ماو نينغ",
                "actor",
                None,
                None,
                None,
                ["ordinary"],
            ),
            ("تأمل أن تعمل جميع الأطراف من أجل السلام", "Mao Ning", "ماو", "actor", None, None, None, ["6"]),
            (
                "نرحب بكل ما يعزز الاستقرار في شمال شرق آسيا",
                "Chinese Embassy in Moscow",
                "السفارة الصينية في موسكو",
                "actor",
                "السفارة الصينية في موسكو",
                None,
                None,
                ["1"],
            ),
            (
                "القمة تعكس حاجة متبادلة لا تحالفا عسكريا",
                "Wang Jian",
                "الباحث في الأكاديمية الصينية للعلوم الاجتماعية وانغ جيان",
                "actor",
                "وانغ جيان",
                None,
                None,
                ["ordinary"],
            ),
        ],
    ),
    "059_yonhap.txt": (
        'سيول، 14 سبتمبر (يونهاب) -- قالت وزارة الوحدة اليوم إن الحكومة "تراقب عن كثب أي نقل محتمل '
        'للتكنولوجيا العسكرية".\n'
        'وفي بيان لمكتب الرئيس صدر مساء اليوم: "سنرد بحزم على أي تعاون ينتهك قرارات مجلس الأمن".\n'
        'وقال مسؤول رفيع في وزارة الدفاع للصحفيين، شريطة عدم الكشف عن هويته، إن الجيش "رفع مستوى '
        'الجاهزية على طول الحدود".',
        [
            (
                "تراقب عن كثب أي نقل محتمل للتكنولوجيا العسكرية",
                "South Korean Ministry of Unification",
                "وزارة الوحدة",
                "actor",
                None,
                None,
                None,
                ["ordinary"],
            ),
            (
                "سنرد بحزم على أي تعاون ينتهك قرارات مجلس الأمن",
                "South Korean Presidential Office",
                "مكتب الرئيس",
                "actor",
                None,
                None,
                None,
                ["1"],
            ),
            (
                "رفع مستوى الجاهزية على طول الحدود",
                "South Korean Defence Ministry",
                "مسؤول رفيع في وزارة الدفاع",
                "actor",
                None,
                None,
                None,
                ["official"],
            ),
        ],
    ),
    "060_kcna.txt": (
        "بيونغ يانغ 15 سبتمبر (كنا) -- كتب الرفيق كيم جونغ أون في سجل الزوار بقاعدة فوستوتشني: "
        '"المجد الأبدي لرواد الفضاء الروس الذين فتحوا طريق الإنسان إلى الكون".\n'
        'وأفادت الوكالة بأن "الزعيم عاد إلى الوطن وسط استقبال حار من جماهير العاصمة".\n'
        'وقال أحد العمال في مصنع الآلات لمراسل الوكالة: "نحن فخورون بقائدنا الذي يرفع مكانة الوطن".',
        [
            (
                "المجد الأبدي لرواد الفضاء الروس الذين فتحوا طريق الإنسان إلى الكون",
                "Kim Jong Un",
                "الرفيق كيم جونغ أون",
                "actor",
                None,
                None,
                None,
                ["2"],
            ),
            (
                "الزعيم عاد إلى الوطن وسط استقبال حار من جماهير العاصمة",
                "KCNA",
                "الوكالة",
                "actor",
                None,
                None,
                None,
                ["8"],
            ),
            (
                "نحن فخورون بقائدنا الذي يرفع مكانة الوطن",
                None,
                "أحد العمال في مصنع الآلات",
                "unnamed",
                None,
                "أحد العمال في مصنع الآلات",
                "KCNA",
                ["7"],
            ),
        ],
    ),
    "061_anadolu.txt": (
        "أنقرة/الأناضول\n"
        'قال وزير الخارجية الأوكراني دميترو كوليبا إن "كل صاروخ كوري يصل إلى روسيا سيسقط على مدننا". '
        'وأضاف كوليبا، بحسب وكالة رويترز، أن بلاده "ستطلب من الحلفاء ردا واضحا".\n'
        'وذكرت صحيفة "فرانكفورتر ألغماينه" الألمانية أن "برلين تدرس عقوبات جديدة بالتنسيق مع شركائها".\n'
        '"لا شيء يحدث صدفة في الكرملين"، قال محلل تركي لمراسل الأناضول.',
        [
            (
                "كل صاروخ كوري يصل إلى روسيا سيسقط على مدننا",
                "Dmytro Kuleba",
                "وزير الخارجية الأوكراني دميترو كوليبا",
                "actor",
                None,
                None,
                None,
                ["ordinary"],
            ),
            ("ستطلب من الحلفاء ردا واضحا", "Dmytro Kuleba", "كوليبا", "actor", None, None, "Reuters", ["5"]),
            (
                "برلين تدرس عقوبات جديدة بالتنسيق مع شركائها",
                "Frankfurter Allgemeine Zeitung",
                'صحيفة "فرانكفورتر ألغماينه" الألمانية',
                "actor",
                None,
                None,
                None,
                ["8"],
            ),
            (
                "لا شيء يحدث صدفة في الكرملين",
                None,
                "محلل تركي",
                "unnamed",
                None,
                "محلل تركي",
                "Anadolu Agency",
                ["7"],
            ),
        ],
    ),
    "062_euronews.txt": (
        'بروكسل - قالت المتحدثة باسم المفوضية الأوروبية آن صوفي مولر إن الاتحاد "لن يقف متفرجا أمام '
        'هذا التعاون". وأضافت مولر: "ندرس كل الخيارات المتاحة مع شركائنا في مجموعة السبع".\n'
        'وبينما قدم الرئيس الروسي لضيفه "قفازا من بدلة رائد فضاء"، قدم الزعيم الكوري مضيفه "سيفا '
        'تقليديا مطعما بالذهب"، على ما قال بيسكوف للصحفيين.\n'
        'وقال مصدر دبلوماسي أوروبي في بروكسل إن العقوبات "قد تشمل شركات شحن في الشرق الأقصى".',
        [
            (
                "لن يقف متفرجا أمام هذا التعاون",
                "Anne-Sophie Muller",
                "المتحدثة باسم المفوضية الأوروبية آن صوفي مولر",
                "actor",
                "آن صوفي مولر",
                None,
                None,
                ["ordinary"],
            ),
            (
                "ندرس كل الخيارات المتاحة مع شركائنا في مجموعة السبع",
                "Anne-Sophie Muller",
                "مولر",
                "actor",
                "آن صوفي مولر",
                None,
                None,
                ["ordinary"],
            ),
            ("قفازا من بدلة رائد فضاء", "Dmitry Peskov", "بيسكوف", "actor", None, None, None, ["ordinary"]),
            ("سيفا تقليديا مطعما بالذهب", "Dmitry Peskov", "بيسكوف", "actor", None, None, None, ["6"]),
            (
                "قد تشمل شركات شحن في الشرق الأقصى",
                None,
                "مصدر دبلوماسي أوروبي في بروكسل",
                "unnamed",
                None,
                "مصدر دبلوماسي أوروبي في بروكسل",
                None,
                ["7"],
            ),
        ],
    ),
}
# Terms in these texts (fewer than four words), said by whoever says the sentence or nobody.
TERMS = {
    "055_gulf_paper.txt": [("الشرق", None, None, None, None, None, None)],
}


def main() -> None:
    build(OUT, TEXTS, TERMS)


def build(out: Path, texts: dict, terms: dict) -> None:
    """Write the texts, gold_quotes.json and classes.json of one split (also for tune3)."""
    out.mkdir(parents=True, exist_ok=True)
    gold, classes = {}, {}
    for name, (text, quotes) in texts.items():
        (out / name).write_text(text + "\n", encoding="utf-8")
        entries, file_classes, cursor = [], [], 0
        rows = [(q, "statement") for q in quotes] + [(q + ([],), "term") for q in terms.get(name, [])]
        rows.sort(key=lambda row: text.index(row[0][0]))
        for quote, _ in rows:
            words, speaker, speaker_ar, kind, speaker_name, description, relayed_by, labels = quote
            start = text.index(words, cursor if text.find(words, cursor) >= 0 else 0)
            end = start + len(words)
            entry = {
                "start": start,
                "end": end,
                "text": words,
                "kind": "statement" if len(words.split()) >= 4 else "term",
                "speaker": speaker,
                "speaker_ar": speaker_ar,
                "speaker_kind": kind,
                "speaker_name": (speaker_name or ARABIC.get(speaker)) if kind == "actor" else None,
                "speaker_description": description if kind == "unnamed" else None,
                "relayed_by": relayed_by,
            }
            assert entry["kind"] == "statement" or labels == [], (name, words)
            if kind == "actor" and not entry["speaker_name"]:
                raise SystemExit(f"{name}: no Arabic name for {speaker}")
            entries.append(entry)
            if entry["kind"] == "statement":
                file_classes.append({"start": start, "end": end, "classes": labels})
            cursor = end
        gold[name] = entries
        classes[name] = file_classes
    dump = {"ensure_ascii": False, "indent": 1}
    (out / "gold_quotes.json").write_text(json.dumps(gold, **dump) + "\n", encoding="utf-8")
    (out / "classes.json").write_text(json.dumps(classes, **dump) + "\n", encoding="utf-8")
    statements = sum(1 for quotes in gold.values() for q in quotes if q["kind"] == "statement")
    print(f"{len(gold)} texts, {statements} statements")


if __name__ == "__main__":
    main()
