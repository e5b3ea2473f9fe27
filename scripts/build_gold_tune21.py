# ruff: noqa: E501 (annotation rows: one quote a line reads better than wrapped calls)
"""Build corpus/gold/speakers/tune21/ (texts, gold_quotes.json, classes.json) from the annotated
paragraphs below, with the builder of the blind splits (scripts/gold_blind_speakers.py).

Round 24c's tuning split, written and scored before any rule of its own: invented reports and
live-blog entries of September–October 2023 in outlets holdout25 does not use (an Omani, a
Kuwaiti, a Palestinian, a Lebanese and an Iraqi paper, a Saudi news site's live blog, a Jordanian
agency), each with a variant of one class of holdout25's errors and a trap beside it:

- a name followed by the medium it spoke to glued to ل with no article (``لصوت ماليزيا``), and a
  title whose country is glued to ل (``المندوب الدائم لجمهورية كوريا``, ``لدولة الكويت``,
  ``لمملكة البحرين``) before the name; trap: a name that opens with ل (``لطيفة``);
- a name of four words or more whose family name opens with ``أبو`` (``سامي عبد الكريم أبو
  حسنة``), continued by the family name; trap: a short name with ``أبو``;
- ``نقلت وكالة … عنه قوله`` and ``نقلت عنها وكالة … قولها``: the pronoun is the person the
  sentence opened with, relayed by the agency; trap: the agency relaying an unnamed source;
- a live blog's ``وX يضيف:``/``X يقول:`` (a name, then the present tense of a verb of saying
  and a colon); trap: a present tense that is no saying (``وكيم يتفقد``);
- ``وبحسب المصادر نفسها، فإن نائب وزير … NAME قال`` (a deputy's title, with his name, after a
  source preamble); trap: the minister himself in the same construction;
- KCNA as ``الوكالة المركزية للأنباء الكورية`` and South Korea's intelligence service as
  ``الاستخبارات الكورية الجنوبية``; trap: another country's intelligence, unnamed.
Run: .venv/bin/python scripts/build_gold_tune21.py"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_blind_speakers import ROOT, anon, say, write_split  # noqa: E402

TEXTS = {
    "001_alwatan_om.txt": (
        [
            "مسقط - الوطن",
            'وقال الخبير الماليزي في الشؤون الآسيوية عزمان حسن لصوت ماليزيا: "الاستقرار في شبه الجزيرة مصلحة لكل آسيا".',
            'وقال المندوب الدائم لجمهورية كوريا لدى الأمم المتحدة هوانغ جون-كوك أمام مجلس الأمن إن "أي تعاون عسكري مع بيونغ يانغ ينتهك القرارات الدولية".',
            'وقالت الباحثة العمانية لطيفة البلوشي لصحيفة الوطن إن "السلطنة تتابع التطورات بهدوء ومن دون انفعال".',
        ],
        [
            say("الاستقرار في شبه الجزيرة مصلحة لكل آسيا", "Azman Hassan", "الخبير الماليزي في الشؤون الآسيوية عزمان حسن", ["3"], name="عزمان حسن"),
            say("أي تعاون عسكري مع بيونغ يانغ ينتهك القرارات الدولية", "Hwang Joon-kook", "المندوب الدائم لجمهورية كوريا لدى الأمم المتحدة هوانغ جون-كوك", ["ordinary"], name="هوانغ جون-كوك"),
            say("السلطنة تتابع التطورات بهدوء ومن دون انفعال", "Latifa Al-Balushi", "الباحثة العمانية لطيفة البلوشي", ["trap"], name="لطيفة البلوشي", relay="Al-Watan"),
        ],
    ),
    "002_alrai_kw.txt": (
        [
            "الكويت - الراي",
            'وقال المندوب الدائم لدولة الكويت لدى الأمم المتحدة طارق البناي إن "الكويت تدعو جميع الأطراف إلى ضبط النفس".',
            'من جهته، قال القنصل العام لمملكة البحرين في موسكو أحمد الساعاتي لإذاعة صوت روسيا إن "العلاقات مع روسيا تتطور باستمرار".',
        ],
        [
            say("الكويت تدعو جميع الأطراف إلى ضبط النفس", "Tareq Al-Banai", "المندوب الدائم لدولة الكويت لدى الأمم المتحدة طارق البناي", ["ordinary"], name="طارق البناي"),
            say("العلاقات مع روسيا تتطور باستمرار", "Ahmed Al-Saati", "القنصل العام لمملكة البحرين في موسكو أحمد الساعاتي", ["ordinary"], name="أحمد الساعاتي"),
        ],
    ),
    "003_alayyam_ps.txt": (
        [
            "رام الله - الأيام",
            'وقال الكاتب الفلسطيني سامي عبد الكريم أبو حسنة لصحيفة الأيام إن "العالم يتغير أسرع مما نتوقع".',
            'وأضاف أبو حسنة: "على الفلسطينيين أن يقرأوا هذه التحولات جيداً".',
            'أما المحلل أحمد محمد سعيد أبو غوش فقال إن "موسكو تبحث عن شركاء في كل مكان".',
            'وقال الخبير الاقتصادي محمد أبو زيد إن "الأسواق لم تتأثر كثيراً بالقمة".',
        ],
        [
            say("العالم يتغير أسرع مما نتوقع", "Sami Abdul-Karim Abu Hasna", "الكاتب الفلسطيني سامي عبد الكريم أبو حسنة", ["ordinary"], name="سامي عبد الكريم أبو حسنة", relay="Al-Ayyam"),
            say("على الفلسطينيين أن يقرأوا هذه التحولات جيداً", "Sami Abdul-Karim Abu Hasna", "أبو حسنة", ["ordinary"], name="سامي عبد الكريم أبو حسنة"),
            say("موسكو تبحث عن شركاء في كل مكان", "Ahmed Mohammed Saeed Abu Ghosh", "المحلل أحمد محمد سعيد أبو غوش", ["ordinary"], name="أحمد محمد سعيد أبو غوش"),
            say("الأسواق لم تتأثر كثيراً بالقمة", "Mohammed Abu Zaid", "الخبير الاقتصادي محمد أبو زيد", ["trap"], name="محمد أبو زيد"),
        ],
    ),
    "004_aliwaa_lb.txt": (
        [
            "بيروت - اللواء",
            'واستقبل وزير الخارجية الروسي سيرغي لافروف نظيرته الكورية الشمالية في موسكو، فيما نقلت وكالة تاس عنه قوله: "لن نسمح بعزل أصدقائنا".',
            'وتفقدت وزيرة الخارجية الكورية الشمالية تشوي سون هي معرضاً في موسكو، ونقلت وكالة سبوتنيك عنها قولها إن "الصداقة بين البلدين لا تتزعزع".',
            'وزارت وزيرة الخارجية الكورية الشمالية تشوي سون هي جامعة موسكو، ونقلت عنها وكالة نوفوستي قولها إن "الطلاب الكوريين مرحب بهم".',
            'فيما نقلت وكالة تاس عن مصدر دبلوماسي قوله إن "زيارة أخرى قيد التحضير".',
        ],
        [
            say("لن نسمح بعزل أصدقائنا", "Sergei Lavrov", "عنه", ["5"], relay="TASS"),
            say("الصداقة بين البلدين لا تتزعزع", "Choe Son Hui", "عنها", ["5"], relay="Sputnik"),
            say("الطلاب الكوريين مرحب بهم", "Choe Son Hui", "عنها", ["5"], relay="RIA Novosti"),
            anon("زيارة أخرى قيد التحضير", "مصدر دبلوماسي", ["trap"], relay="TASS"),
        ],
    ),
    "005_sabq_live.txt": (
        [
            "سبق | تغطية مباشرة | زيارة تشوي سون هي إلى موسكو",
            '14:05 — لافروف للصحفيين: "المحادثات كانت بناءة ومفيدة"… وزاخاروفا تضيف: "لا مكان للضغوط الغربية".',
            '14:40 — بيسكوف يقول: "الزيارة ستستمر عدة أيام وسيكون فيها لقاء مع الرئيس".',
            '15:00 — وكيم يتفقد المصنع في بيونغ يانغ، فيما قال بوتين للصحفيين: "ننتظر الزعيم الكوري مرة أخرى".',
        ],
        [
            say("المحادثات كانت بناءة ومفيدة", "Sergei Lavrov", "لافروف", ["ordinary"]),
            say("لا مكان للضغوط الغربية", "Maria Zakharova", "زاخاروفا", ["3"]),
            say("الزيارة ستستمر عدة أيام وسيكون فيها لقاء مع الرئيس", "Dmitry Peskov", "بيسكوف", ["3"]),
            say("ننتظر الزعيم الكوري مرة أخرى", "Vladimir Putin", "بوتين", ["trap"]),
        ],
    ),
    "006_alsabah_iq.txt": (
        [
            "بغداد - الصباح",
            'وبحسب المصادر ذاتها، فإن نائب وزير الخارجية الروسي أندريه رودينكو قال لضيوفه إن "موسكو تريد علاقات متوازنة مع الجميع".',
            'ووفقاً لمصادر دبلوماسية، فإن مساعد وزير الخارجية الصيني تشانغ وي قال إن "بكين تتابع الزيارة عن كثب".',
            'وبحسب المصادر نفسها، فإن وزير الخارجية الروسي سيرغي لافروف قال إن "العراق شريك مهم لروسيا".',
        ],
        [
            say("موسكو تريد علاقات متوازنة مع الجميع", "Andrei Rudenko", "نائب وزير الخارجية الروسي أندريه رودينكو", ["6"]),
            say("بكين تتابع الزيارة عن كثب", "Zhang Wei", "مساعد وزير الخارجية الصيني تشانغ وي", ["6"], name="تشانغ وي"),
            say("العراق شريك مهم لروسيا", "Sergei Lavrov", "وزير الخارجية الروسي سيرغي لافروف", ["trap"]),
        ],
    ),
    "007_petra_jo.txt": (
        [
            "عمّان (بترا)",
            'وقالت الوكالة المركزية للأنباء الكورية إن الزعيم كيم جونغ أون "عاد إلى بيونغ يانغ بعد زيارة ناجحة".',
            'ونقلت وكالة رويترز عن مسؤول في الاستخبارات الكورية الجنوبية قوله إن "شحنات الذخيرة بدأت بالفعل".',
            'وقال مسؤول في الاستخبارات العراقية إن "لا علاقة للعراق بهذه الشحنات".',
        ],
        [
            say("عاد إلى بيونغ يانغ بعد زيارة ناجحة", "KCNA", "الوكالة المركزية للأنباء الكورية", ["8"]),
            say("شحنات الذخيرة بدأت بالفعل", "National Intelligence Service (South Korea)", "مسؤول في الاستخبارات الكورية الجنوبية", ["official"], relay="Reuters"),
            anon("لا علاقة للعراق بهذه الشحنات", "مسؤول في الاستخبارات العراقية", ["trap"]),
        ],
    ),
}

if __name__ == "__main__":
    write_split(ROOT / "corpus" / "gold" / "speakers" / "tune21", TEXTS)
