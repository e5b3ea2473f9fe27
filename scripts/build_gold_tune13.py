# ruff: noqa: E501 (annotation rows: one quote a line reads better than wrapped calls)
"""Build corpus/gold/speakers/tune13/ (texts, gold_quotes.json, classes.json) from the annotated
paragraphs below, with the builder of the blind splits (scripts/gold_blind_speakers.py).

Round 20a's tuning split, written and scored before any rule of its own: 10 invented news reports
of September–October 2023 in the wording of sites the other tuning splits do not use (Bahraini,
Qatari, Mauritanian, Iraqi, Lebanese, Saudi, Kuwaiti and Jordanian papers, sites and channels),
for the classes holdout18's errors showed: a relay aside glued into one word or opened by ``كما``
(``حسبما نقلت وكالة إنترفاكس``, ``حسبما أوردت``, ``كما نقلت عنه``), with a trap where ``كما``
means "also" and the name after the verb speaks; a topic after ``أما`` set off by a relative
clause between commas, its verb after ``فقد`` and the verb's object before ``بأنه`` (``أما
شويغو، الذي زار بيونغ يانغ، فقد وصف الجيش الكوري بأنه``), with a trap where the topic is a
place and the speaker follows the verb; ``الأخير``/``الأخيرة`` for the person named last
(``استقبل كيم لافروف، حيث أكد الأخير أن``), with a trap where ``الأخيرة`` qualifies a noun;
an unknown person after a body whose name ends with an English word for its kind (``في كينغز
كوليدج جيمس هاريسون``, ``في معهد تشاتام هاوس جون نيلسون رايت``), the name once taken to begin
with that word (3 of 6 wrong names, 3 none).
Run: .venv/bin/python scripts/build_gold_tune13.py"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_blind_speakers import ROOT, nobody, say, write_split  # noqa: E402

PUTIN, KIM, PESKOV, LAVROV = "Vladimir Putin", "Kim Jong Un", "Dmitry Peskov", "Sergei Lavrov"
SHOIGU, CHOE, USHAKOV, ZAKHAROVA = "Sergei Shoigu", "Choe Son Hui", "Yuri Ushakov", "Maria Zakharova"
INTERFAX, TASS, RIA, REUTERS, YONHAP = "Interfax", "TASS", "RIA Novosti", "Reuters", "Yonhap"

TEXTS = {
    "001_alayam_bh.txt": (
        [
            "المنامة - وكالات",
            'وقال وزير الخارجية الروسي سيرغي لافروف في ختام محادثاته في بيونغ يانغ إن "العلاقات بين البلدين تتطور بثقة".',
            'وأضاف لافروف، حسبما نقلت وكالة "تاس"، أن "موسكو لن تقبل أي إملاءات في علاقاتها مع جيرانها".',
        ],
        [
            say("العلاقات بين البلدين تتطور بثقة", LAVROV, "وزير الخارجية الروسي سيرغي لافروف", ["ordinary"]),
            nobody("تاس", []),
            say(
                "موسكو لن تقبل أي إملاءات في علاقاتها مع جيرانها",
                LAVROV,
                "لافروف",
                ["relay_aside"],
                relay=TASS,
            ),
        ],
    ),
    "002_alarab_qa.txt": (
        [
            "الدوحة - العرب",
            'أكد المتحدث باسم الكرملين دميتري بيسكوف، حسبما أوردت وكالة "ريا نوفوستي"، أن "الرئيس بوتين سيلبي دعوة الزيارة في الوقت المناسب".',
            'وتابع بيسكوف، كما نقلت عنه وكالة "إنترفاكس"، قائلاً إن "جدول الزيارة لم يحدد بعد".',
        ],
        [
            nobody("ريا نوفوستي", []),
            say(
                "الرئيس بوتين سيلبي دعوة الزيارة في الوقت المناسب",
                PESKOV,
                "المتحدث باسم الكرملين دميتري بيسكوف",
                ["relay_aside"],
                relay=RIA,
            ),
            nobody("إنترفاكس", []),
            say("جدول الزيارة لم يحدد بعد", PESKOV, "بيسكوف", ["relay_aside"], relay=INTERFAX),
        ],
    ),
    "003_alakhbar_mr.txt": (
        [
            "نواكشوط - الأخبار",
            'وقالت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا، وفقما نقلت وكالة "رويترز"، إن "واشنطن تدفع المنطقة نحو المواجهة".',
            'كما أكد مساعد الرئيس الروسي يوري أوشاكوف أن الطرفين "لم يوقعا أي اتفاق عسكري خلال القمة".',
        ],
        [
            nobody("رويترز", []),
            say(
                "واشنطن تدفع المنطقة نحو المواجهة",
                ZAKHAROVA,
                "المتحدثة باسم الخارجية الروسية ماريا زاخاروفا",
                ["relay_aside"],
                relay=REUTERS,
            ),
            say(
                "لم يوقعا أي اتفاق عسكري خلال القمة",
                USHAKOV,
                "مساعد الرئيس الروسي يوري أوشاكوف",
                ["trap_kama"],
            ),
        ],
    ),
    "004_alsumaria_iq.txt": (
        [
            "بغداد - السومرية نيوز",
            'أما وزير الدفاع الروسي سيرغي شويغو، الذي رافق الزعيم الكوري في جولته، فقد وصف منظومات الصواريخ التي عرضت بأنها "الأحدث في ترسانة الجيش الروسي".',
            'وأما الزعيم كيم جونغ أون، الذي زار مصنع الطائرات في كومسومولسك، فقد اعتبر الزيارة "درساً مهماً لصناعتنا العسكرية في السنوات المقبلة".',
        ],
        [
            say("الأحدث في ترسانة الجيش الروسي", SHOIGU, "وزير الدفاع الروسي سيرغي شويغو", ["amma_relative"]),
            say(
                "درساً مهماً لصناعتنا العسكرية في السنوات المقبلة",
                KIM,
                "الزعيم كيم جونغ أون",
                ["amma_relative"],
            ),
        ],
    ),
    "005_annahar_lb.txt": (
        [
            "بيروت - النهار",
            'أما الرئيس فلاديمير بوتين فقد وصف المحادثات بأنها "مفيدة وصريحة جداً وتفتح آفاقاً جديدة للتعاون".',
            'أما في موسكو، فقد وصف المتحدث باسم الكرملين دميتري بيسكوف القمة بأنها "حدث مهم للبلدين وللمنطقة كلها".',
        ],
        [
            say(
                "مفيدة وصريحة جداً وتفتح آفاقاً جديدة للتعاون", PUTIN, "الرئيس فلاديمير بوتين", ["amma_object"]
            ),
            say(
                "حدث مهم للبلدين وللمنطقة كلها",
                PESKOV,
                "المتحدث باسم الكرملين دميتري بيسكوف",
                ["trap_amma_place"],
            ),
        ],
    ),
    "006_okaz_sa.txt": (
        [
            "الرياض - عكاظ",
            'استقبل الزعيم الكوري الشمالي كيم جونغ أون وزير الخارجية الروسي سيرغي لافروف في قصر كومسوسان، حيث أكد الأخير أن بلاده "ممتنة للدعم الثابت من بيونغ يانغ".',
            'والتقى لافروف نظيرته تشوي سون هوي، وقالت الأخيرة إن "الشعب الكوري يقف مع روسيا".',
        ],
        [
            say("ممتنة للدعم الثابت من بيونغ يانغ", LAVROV, "الأخير", ["the_latter"]),
            say("الشعب الكوري يقف مع روسيا", CHOE, "الأخيرة", ["the_latter"]),
        ],
    ),
    "007_alqabas_kw.txt": (
        [
            "الكويت - القبس",
            'وأجرى الرئيس بوتين محادثات مع الزعيم كيم جونغ أون، وصرح الأخير بأن "روسيا تخوض معركة عادلة".',
            'وقالت وزيرة الخارجية الكورية الشمالية تشوي سون هوي في الجولة الأخيرة من المحادثات إن "التعاون سيتوسع في كل المجالات دون استثناء".',
        ],
        [
            say("روسيا تخوض معركة عادلة", KIM, "الأخير", ["the_latter"]),
            say(
                "التعاون سيتوسع في كل المجالات دون استثناء",
                CHOE,
                "وزيرة الخارجية الكورية الشمالية تشوي سون هوي",
                ["trap_latter"],
            ),
        ],
    ),
    "008_ammonnews_jo.txt": (
        [
            "عمان - عمون",
            'وقال الرئيس الروسي فلاديمير بوتين، حسبما أفادت وكالة "يونهاب" نقلاً عن مصادر كورية، إن "روسيا ستساعد في بناء الأقمار الصناعية".',
        ],
        [
            nobody("يونهاب", []),
            say(
                "روسيا ستساعد في بناء الأقمار الصناعية",
                PUTIN,
                "الرئيس الروسي فلاديمير بوتين",
                ["relay_aside"],
                relay=YONHAP,
            ),
        ],
    ),
    "009_alwasat_bh.txt": (
        [
            "المنامة - الوسط",
            'ورأى الباحث البريطاني في الشؤون الكورية في كينغز كوليدج جيمس هاريسون أن "بيونغ يانغ تبيع مخزونها القديم بثمن سياسي".',
            'وقال الباحث في معهد تشاتام هاوس جون نيلسون رايت إن "موسكو تحتاج إلى الذخيرة أكثر من أي شيء آخر".',
            'وقالت المحللة في مجموعة يوراسيا غروب آنا ماريا ليبيز إن "العقوبات لم تعد تخيف أحداً في المنطقة".',
        ],
        [
            say(
                "بيونغ يانغ تبيع مخزونها القديم بثمن سياسي",
                "James Harrison",
                "الباحث البريطاني في الشؤون الكورية في كينغز كوليدج جيمس هاريسون",
                ["body_named_first"],
                name="جيمس هاريسون",
            ),
            say(
                "موسكو تحتاج إلى الذخيرة أكثر من أي شيء آخر",
                "John Nilsson-Wright",
                "الباحث في معهد تشاتام هاوس جون نيلسون رايت",
                ["body_named_first"],
                name="جون نيلسون رايت",
            ),
            say(
                "العقوبات لم تعد تخيف أحداً في المنطقة",
                "Ana Maria Lopez",
                "المحللة في مجموعة يوراسيا غروب آنا ماريا ليبيز",
                ["body_named_first"],
                name="آنا ماريا ليبيز",
            ),
        ],
    ),
    "010_alrai_jo.txt": (
        [
            "عمان - الرأي",
            'وأوضح الباحث في مركز ستيمسون سنتر راشيل مينيونغ لي أن "الصور تظهر نشاطاً غير عادي في المحطة".',
            'وقال الخبير في بروكينغز إنستيتيوشن أندرو يو إن "الصين لن تقبل أن تخسر نفوذها في بيونغ يانغ".',
            'وقال الباحث في جامعة كينغز كوليدج في لندن رامون باتشيكو باردو إن "القمة رسالة إلى واشنطن قبل سيول".',
        ],
        [
            say(
                "الصور تظهر نشاطاً غير عادي في المحطة",
                "Rachel Minyoung Lee",
                "الباحث في مركز ستيمسون سنتر راشيل مينيونغ لي",
                ["body_named_first"],
                name="راشيل مينيونغ لي",
            ),
            say(
                "الصين لن تقبل أن تخسر نفوذها في بيونغ يانغ",
                "Andrew Yeo",
                "الخبير في بروكينغز إنستيتيوشن أندرو يو",
                ["body_named_first"],
                name="أندرو يو",
            ),
            say(
                "القمة رسالة إلى واشنطن قبل سيول",
                "Ramon Pacheco Pardo",
                "الباحث في جامعة كينغز كوليدج في لندن رامون باتشيكو باردو",
                ["body_named_first"],
                name="رامون باتشيكو باردو",
            ),
        ],
    ),
}

if __name__ == "__main__":
    write_split(ROOT / "corpus" / "gold" / "speakers" / "tune13", TEXTS)
