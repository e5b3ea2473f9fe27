# ruff: noqa: E501 (annotation rows: one quote a line reads better than wrapped calls)
"""Build corpus/gold/speakers/tune17/ (texts, gold_quotes.json, classes.json) from the annotated
paragraphs below, with the builder of the blind splits (scripts/gold_blind_speakers.py).

Round 22's tuning split, written and scored before any rule of its own: invented ordinary news
reports of September 2023 in outlets holdout22 does not use (a Moroccan site, an Algerian paper,
a Tunisian paper, an Algerian daily and a Kuwaiti paper from New York), each with a variant of
one class of holdout22's errors and a trap beside it where a naive rule would name the wrong speaker:

- ``وزاد فلان: "…"`` (he added) as a verb of saying, with ``زادت الأسعار`` as the trap;
- a relay verb with a short aside between commas before عن (``نقلت، مطلع سبتمبر، عن مسؤولين``):
  the unnamed sources speak, not the paper;
- an interview whose introduction names the interviewee before ``في هذا الحوار`` and whose
  answers open their own lines after the question's line;
- a country speaking ``على لسان`` an official of a ministry written without its country, in a
  dispatch from abroad: that country's ministry, with an expert's words on the country as the trap;
- ``مسؤول رئاسي`` relayed by a national agency from abroad: that agency's country's presidency,
  with the same official relayed by Reuters (no country) as the trap.
Run: .venv/bin/python scripts/build_gold_tune17.py"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_blind_speakers import ROOT, anon, say, write_split  # noqa: E402

PESKOV = "Dmitry Peskov"

TEXTS = {
    "001_le360_ar.txt": (
        [
            "الرباط - لو360",
            'وقال الخبير في الشؤون الآسيوية محمد بنحمو إن "القمة رسالة موجهة إلى واشنطن قبل غيرها".',
            'وزاد بنحمو: "موسكو تبحث عن الذخيرة، وبيونغ يانغ عن التكنولوجيا".',
            'وقد زادت أسعار الحبوب بعد القمة، وقال المتحدث باسم الكرملين ديمتري بيسكوف إن "روسيا لا تخرق أي عقوبات".',
        ],
        [
            say(
                "القمة رسالة موجهة إلى واشنطن قبل غيرها",
                "Mohamed Benhammou",
                "الخبير في الشؤون الآسيوية محمد بنحمو",
                ["ordinary"],
                name="محمد بنحمو",
            ),
            say(
                "موسكو تبحث عن الذخيرة، وبيونغ يانغ عن التكنولوجيا",
                "Mohamed Benhammou",
                "بنحمو",
                ["1"],
                name="محمد بنحمو",
            ),
            say("روسيا لا تخرق أي عقوبات", PESKOV, "المتحدث باسم الكرملين ديمتري بيسكوف", ["ordinary"]),
        ],
    ),
    "002_elkhabar.txt": (
        [
            "الجزائر - الخبر",
            'وكانت وكالة رويترز قد نقلت، الأسبوع الماضي، عن مصادر دبلوماسية قولها إن "الزيارة ستشمل منشآت عسكرية".',
            'ونقلت صحيفة واشنطن بوست، في عددها الصادر أمس، عن مسؤول أمريكي أن "التعاون العسكري يقلق الحلفاء".',
        ],
        [
            anon("الزيارة ستشمل منشآت عسكرية", "مصادر دبلوماسية", ["2"], relay="Reuters"),
            anon("التعاون العسكري يقلق الحلفاء", "مسؤول أمريكي", ["2"], relay="Washington Post"),
        ],
    ),
    "003_essahafa.txt": (
        [
            "تونس - الصحافة: يعتبر السفير التونسي السابق أحمد ونيس، في هذا الحوار، أن القمة تعيد رسم التحالفات.",
            "س: كيف تقرأون القمة؟",
            'ج: "هي قمة الضرورة بالنسبة إلى الطرفين، ولا أكثر".',
            "س: وما موقع تونس؟",
            'ج: "تونس تلتزم الحياد الإيجابي كما عهدها الجميع".',
        ],
        [
            say(
                "هي قمة الضرورة بالنسبة إلى الطرفين، ولا أكثر",
                "Ahmed Ounaies",
                "السفير التونسي السابق أحمد ونيس",
                ["3"],
                name="أحمد ونيس",
            ),
            say(
                "تونس تلتزم الحياد الإيجابي كما عهدها الجميع",
                "Ahmed Ounaies",
                "السفير التونسي السابق أحمد ونيس",
                ["3"],
                name="أحمد ونيس",
            ),
        ],
    ),
    "004_echorouk.txt": (
        [
            "نيويورك - الشروق",
            'دعت الجزائر، على لسان مصدر بوزارة الشؤون الخارجية، إلى "احترام الشرعية الدولية وتغليب لغة الحوار بين الجميع".',
            'وقال الخبير الأمني أحمد ميزاب إن الجزائر "تتابع القمة بهدوء ولا تنخرط في المحاور".',
        ],
        [
            say(
                "احترام الشرعية الدولية وتغليب لغة الحوار بين الجميع",
                "Algerian Foreign Ministry",
                "مصدر بوزارة الشؤون الخارجية",
                ["4"],
                name="وزارة الشؤون الخارجية الجزائرية",
            ),
            say(
                "تتابع القمة بهدوء ولا تنخرط في المحاور",
                "Ahmed Mizab",
                "الخبير الأمني أحمد ميزاب",
                ["ordinary"],
                name="أحمد ميزاب",
            ),
        ],
    ),
    "005_alanba_kw.txt": (
        [
            "نيويورك - الأنباء",
            'ونقلت وكالة يونهاب عن مسؤول رئاسي قوله إن "سيول ستطرح الملف على مجلس الأمن قريباً".',
            'ونقلت وكالة رويترز عن مسؤول رئاسي قوله إن "القرار لم يتخذ بعد في هذا الشأن".',
        ],
        [
            say(
                "سيول ستطرح الملف على مجلس الأمن قريباً",
                "South Korean Presidential Office",
                "مسؤول رئاسي",
                ["5"],
                relay="Yonhap",
            ),
            anon("القرار لم يتخذ بعد في هذا الشأن", "مسؤول رئاسي", ["5"], relay="Reuters"),
        ],
    ),
}

if __name__ == "__main__":
    write_split(ROOT / "corpus" / "gold" / "speakers" / "tune17", TEXTS)
