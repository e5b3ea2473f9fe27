# ruff: noqa: E501 (annotation rows: one quote a line reads better than wrapped calls)
"""Build corpus/gold/speakers/tune18/ (texts, gold_quotes.json, classes.json) from the annotated
paragraphs below, with the builder of the blind splits (scripts/gold_blind_speakers.py).

Round 23's tuning split, written and scored before any rule of its own: invented ordinary news
reports of September 2023 in outlets holdout23 does not use (a Jordanian paper, a Yemeni site, a
Syrian agency and an Iraqi channel), each with a variant of one class of holdout23's errors and
a trap beside it where a naive rule would name the wrong speaker:

- a speaker introduced as the topic of ``أما``, speaking with ``فقال`` (after an addressee or a
  complement), then continued by his family name alone (``وأردف المصري``), with another man of
  the same family name named in full afterwards as the trap;
- the Pope, by name and then as ``البابا`` alone, with the Vatican only mentioned as the trap;
- ``وعلق فلان، في تصريح لـ…، بالقول إن`` (an aside of the occasion between the speaker and
  ``بالقول``), with a named ambassador inside such an aside as the trap.
Run: .venv/bin/python scripts/build_gold_tune18.py"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_blind_speakers import ROOT, anon, nobody, say, write_split  # noqa: E402

TEXTS = {
    "001_alghad_jo.txt": (
        [
            "عمّان - الغد",
            'أما المحلل السياسي الأردني عامر السبايلة فقال لصحيفة الغد إن "القمة تحمل رسائل للغرب قبل أي طرف آخر".',
            'وأردف السبايلة: "عمّان تراقب بحذر ولا تملك ترف الانحياز".',
        ],
        [
            say(
                "القمة تحمل رسائل للغرب قبل أي طرف آخر",
                "Amer Al-Sabaileh",
                "المحلل السياسي الأردني عامر السبايلة",
                ["1"],
                name="عامر السبايلة",
            ),
            say(
                "عمّان تراقب بحذر ولا تملك ترف الانحياز",
                "Amer Al-Sabaileh",
                "السبايلة",
                ["1"],
                name="عامر السبايلة",
            ),
        ],
    ),
    "002_almashhad_ye.txt": (
        [
            "صنعاء - المشهد اليمني",
            'أما الباحث في الشؤون الدولية عادل الشرجبي فقال في تصريح خاص: "موسكو تبحث عن حلفاء بأي ثمن".',
            'وتابع الشرجبي: "اليمن بعيد جغرافيًا لكنه ليس بمنأى عن التداعيات".',
            'وقال الوزير اليمني السابق محمد الشرجبي إن "الحكومة لم تصدر أي موقف رسمي حتى الآن".',
        ],
        [
            say(
                "موسكو تبحث عن حلفاء بأي ثمن",
                "Adel Al-Sharjabi",
                "الباحث في الشؤون الدولية عادل الشرجبي",
                ["1"],
                name="عادل الشرجبي",
            ),
            say(
                "اليمن بعيد جغرافيًا لكنه ليس بمنأى عن التداعيات",
                "Adel Al-Sharjabi",
                "الشرجبي",
                ["1"],
                name="عادل الشرجبي",
            ),
            say(
                "الحكومة لم تصدر أي موقف رسمي حتى الآن",
                "Mohammed Al-Sharjabi",
                "الوزير اليمني السابق محمد الشرجبي",
                ["1", "trap"],
                name="محمد الشرجبي",
            ),
        ],
    ),
    "003_sana_sy.txt": (
        [
            "دمشق - سانا",
            'أما أستاذ العلاقات الدولية بجامعة دمشق بسام أبو عبد الله فقال للوكالة: "التعددية القطبية باتت أمرًا واقعًا".',
            'وأضاف أبو عبد الله: "العقوبات لم تعد تخيف أحدًا في هذا العالم".',
        ],
        [
            say(
                "التعددية القطبية باتت أمرًا واقعًا",
                "Bassam Abu Abdullah",
                "أستاذ العلاقات الدولية بجامعة دمشق بسام أبو عبد الله",
                ["1"],
                name="بسام أبو عبد الله",
            ),
            say(
                "العقوبات لم تعد تخيف أحدًا في هذا العالم",
                "Bassam Abu Abdullah",
                "أبو عبد الله",
                ["1"],
                name="بسام أبو عبد الله",
            ),
        ],
    ),
    "004_alsumaria_iq.txt": (
        [
            "بغداد - السومرية",
            'وقال بابا الفاتيكان فرنسيس في عظة الأحد إن "السلام لا يُبنى بالسلاح بل بالحوار".',
            'وأضاف البابا: "لا تنسوا الشعوب التي تعاني من الحروب المنسية".',
            'وكان السفير العراقي لدى الفاتيكان قد زار روما الأسبوع الماضي، وقال محلل عراقي إن "الزيارة كانت بروتوكولية بحتة".',
        ],
        [
            say("السلام لا يُبنى بالسلاح بل بالحوار", "Pope Francis", "بابا الفاتيكان فرنسيس", ["2"]),
            say("لا تنسوا الشعوب التي تعاني من الحروب المنسية", "Pope Francis", "البابا", ["2"]),
            nobody("الزيارة كانت بروتوكولية بحتة", ["2", "trap"]),
        ],
    ),
    "005_alquds_alarabi.txt": (
        [
            "لندن - القدس العربي",
            'وعلق الخبير المغربي في الشؤون الآسيوية محمد بنحمو، في تصريح للصحيفة، بالقول إن "القمة تؤسس لمحور جديد".',
            'واكتفى مصدر في الخارجية الروسية، خلال اتصال مع السفير الصيني تشانغ هانهوي، بالقول إن "موسكو لا تخفي شيئًا عن شركائها".',
        ],
        [
            say(
                "القمة تؤسس لمحور جديد",
                "Mohamed Benhammou",
                "الخبير المغربي في الشؤون الآسيوية محمد بنحمو",
                ["3"],
                name="محمد بنحمو",
            ),
            anon("موسكو لا تخفي شيئًا عن شركائها", "مصدر في الخارجية الروسية", ["3", "trap"]),
        ],
    ),
}

if __name__ == "__main__":
    write_split(ROOT / "corpus" / "gold" / "speakers" / "tune18", TEXTS)
