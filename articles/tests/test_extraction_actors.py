from pathlib import Path

import pytest

from articles import reference
from articles.extraction.actors import NAME, Gazetteer

GAZETTEER = Gazetteer(reference.actors())
SEEDS = Path(__file__).resolve().parents[2] / "corpus" / "seeds"

# Every seed actor under every spelling the seeds use, plus the variants other outlets write.
SPELLINGS = [
    ("vladimir-putin", ["فلاديمير بوتين", "بوتين", "لبوتين", "وبوتين", "فبوتين", "الرئيس الروسي"]),
    (
        "kim-jong-un",
        [
            "كيم جونغ أون",
            "كيم جونج أون",
            "كيم جونغ-أون",
            "كيم جونغ اون",
            "كيم يونغ أون",
            "جيم جونج أون",
            "كيم",
            "وكيم",
            "بكيم",
            "لكيم",
            "الزعيم الكوري الشمالي",
        ],
    ),
    (
        "dmitry-peskov",
        ["دميتري بيسكوف", "ديمتري بيسكوف", "بيسكوف", "المتحدث باسم الكرملين", "الناطق باسم الرئاسة الروسية"],
    ),
    ("sergei-shoigu", ["سيرغي شويغو", "سيرجي شويجو", "شويغو", "شويجو", "لشويغو", "وزير الدفاع الروسي"]),
    ("sergei-lavrov", ["سيرغي لافروف", "سيرجي لافروف", "لافروف", "وزير الخارجية الروسي"]),
    (
        "antonio-guterres",
        ["أنطونيو غوتيريش", "أنطونيو جوتيريش", "غوتيريش", "جوتيريش", "غوتيريس", "الأمين العام للأمم المتحدة"],
    ),
    (
        "matthew-miller",
        [
            "ماثيو ميلر",
            "ماثيو ميللر",
            "ميلر",
            "ميللر",
            "المتحدث باسم وزارة الخارجية الأمريكية",
            "المتحدث باسم الخارجية الأميركية",
        ],
    ),
    ("john-kirby", ["جون كيربي", "كيربي", "المتحدث باسم مجلس الأمن القومي الأمريكي"]),
    ("adrienne-watson", ["أدريان واتسون", "واتسون", "الناطقة باسم مجلس الأمن القومي"]),
    (
        "linda-thomas-greenfield",
        [
            "ليندا توماس-غرينفيلد",
            "ليندا توماس غرينفيلد",
            "ليندا توماس-جرينفيلد",
            "السفيرة الأميركية لدى الأمم المتحدة",
        ],
    ),
    ("michael-madden", ["مايكل مادن", "مادن"]),
    ("moon-seong-mook", ["مون سيونج موك", "مون سيونغ موك", "مون"]),
    ("cho-han-bum", ["تشو هان-بوم", "تشو هان بوم"]),
    ("hirokazu-matsuno", ["هيروكازو ماتسونو", "ماتسونو", "كبير أمناء مجلس الوزراء الياباني"]),
    ("choe-son-hui", ["تشوي سون هوي"]),
    ("jo-chun-ryong", ["جو تشون ريونغ", "جو تشون ريونج"]),
    ("pak-thae-song", ["باك ثاي سونغ"]),
    ("kim-myong-sik", ["كيم ميونغ سيك", "كيم ميونج سيك"]),
    ("donald-trump", ["دونالد ترامب", "ترامب"]),
    ("mahmoud-ghorab", ["محمود غراب"]),
    ("kremlin", ["الكرملين", "للكرملين", "والكرملين"]),
    ("white-house", ["البيت الأبيض", "والبيت الأبيض"]),
    ("us-state-department", ["وزارة الخارجية الأمريكية", "الخارجية الأميركية"]),
    ("us-national-security-council", ["مجلس الأمن القومي الأمريكي", "مجلس الأمن القومي"]),
    ("un-security-council", ["مجلس الأمن الدولي", "مجلس الأمن التابع للأمم المتحدة", "مجلس الامن"]),
    ("united-nations", ["الأمم المتحدة", "للأمم المتحدة"]),
    (
        "south-korea-ministry-of-unification",
        ["وزارة الوحدة الكورية الجنوبية", "وزارة التوحيد في كوريا الجنوبية"],
    ),
    ("south-korea-joint-chiefs-of-staff", ["هيئة الأركان المشتركة في كوريا الجنوبية"]),
    ("stimson-center", ["مركز ستيمسون", "بمركز ستيمسون"]),
    ("korea-institute-for-national-unification", ["المعهد الكوري للتوحيد الوطني"]),
    ("korea-institute-for-defense-analyses", ["معهد الأبحاث الكوري لشؤون الدفاع"]),
    ("wagner-group", ["مجموعة فاغنر", "لمجموعة فاغنر", "فاجنر"]),
    ("us-treasury", ["وزارة الخزانة الأميركية", "وزارة الخزانة"]),
    ("nato", ["حلف شمال الأطلسي", "الناتو"]),
    ("russia", ["روسيا", "لروسيا", "موسكو", "وموسكو"]),
    (
        "north-korea",
        [
            "كوريا الشمالية",
            "بيونغ يانغ",
            "بيونج يانج",
            "لبيونج يانج",
            "لبيونغ يانغ",
            "جمهورية كوريا الشعبية الديمقراطية",
            "جمهورية كوريا الديموقراطية الشعبية",
        ],
    ),
    ("united-states", ["الولايات المتحدة", "واشنطن"]),
    ("south-korea", ["كوريا الجنوبية", "سيول"]),
    ("japan", ["اليابان"]),
    ("china", ["الصين", "للصين"]),
    ("ukraine", ["أوكرانيا", "بأوكرانيا"]),
    ("united-kingdom", ["بريطانيا", "وبريطانيا"]),
    ("kcna", ["وكالة الأنباء الكورية الشمالية الرسمية", "وكالة الأنباء المركزية الكورية"]),
    ("tass", ["وكالة تاس", "تاس"]),
    ("ria-novosti", ["ريا نوفوستي", "وكالة ريا نوفوستي"]),
    ("russian-state-media", ["وسائل الإعلام الرسمية الروسية"]),
    ("cnn", ["سي. إن. إن", "سي إن إن", "CNN"]),
    ("the-guardian", ["الغارديان", "الجارديان"]),
    ("new-york-times", ["نيويورك تايمس", "نيويورك تايمز"]),
    ("financial-times", ["فاينانشال تايمز"]),
    ("monte-carlo-doualiya", ["مونت كارلو"]),
    ("afp", ["فرانس برس", "لوكالة فرانس برس"]),
    ("reuters", ["رويترز"]),
    ("associated-press", ["أسوشيتد برس"]),
    ("alqahera-news", ["القاهرة الإخبارية"]),
    ("national-aerospace-technology-administration", ["لجنة علوم وتكنولوجيا الفضاء"]),
    ("japanese-cabinet", ["مجلس الوزراء الياباني"]),
    ("singapore", ["سنغافورة", "سنجافورة"]),
    ("vietnam", ["فيتنام"]),
]


@pytest.mark.parametrize(("key", "spelling"), [(key, s) for key, spellings in SPELLINGS for s in spellings])
def test_mentions_find_every_seed_actor_under_every_spelling(key, spelling):
    text = f"وتحدث التقرير عن {spelling} أمس."

    result = [(mention.key, mention.count) for mention in GAZETTEER.mentions(text)]

    assert result == [(key, 1)]


def test_spelling_table_covers_every_actor_the_seed_articles_name():
    named = {
        match.key
        for path in SEEDS.glob("0*.txt")
        for match in GAZETTEER.match(path.read_text(encoding="utf-8"))
        if match.alias_kind == NAME and len(match.keys) == 1
    }

    assert named - {key for key, _ in SPELLINGS} == set()


def test_spelling_table_names_only_actors_of_the_registry():
    assert {key for key, _ in SPELLINGS} - set(GAZETTEER.actors) == set()


def test_mentions_prefer_the_longer_name_over_the_bare_surname():
    text = "رافق كيم ميونغ سيك الزعيم كيم في الجولة"

    result = [(mention.key, mention.count) for mention in GAZETTEER.mentions(text)]

    assert result == [("kim-myong-sik", 1), ("kim-jong-un", 1)]


def test_mentions_count_a_title_followed_by_the_name_once():
    text = "قال الرئيس الروسي فلاديمير بوتين إن بوتين سعيد"

    result = GAZETTEER.mentions(text)

    assert [(m.key, m.count, m.spans) for m in result] == [("vladimir-putin", 2, ((4, 32), (36, 41)))]


def test_mentions_ignore_demonyms_and_common_words():
    text = "وقال مسؤولون أميركيون إن الطقس معتدل في شبه الجزيرة الكورية"

    result = GAZETTEER.mentions(text)

    assert result == []


def test_match_does_not_join_words_across_a_sentence_break():
    text = "وصل كيم.\nجونغ أون"

    result = [match.key for match in GAZETTEER.match(text)]

    assert result == ["kim-jong-un"]


def test_gazetteer_accepts_plain_dict_records_and_reports_ambiguity():
    records = [
        {"key": "a", "name_ar": "أحمد سالم", "name_en": "A", "kind": "person", "aliases": ["سالم"]},
        {"key": "b", "name_ar": "خالد سالم", "name_en": "B", "kind": "person", "aliases": ["سالم"]},
    ]

    result = Gazetteer(records).match("قال سالم")

    assert [(m.keys, m.alias_kind) for m in result] == [(("a", "b"), "name")]


def test_gazetteer_spellings_are_the_names_and_their_generated_variants():
    records = [
        {
            "key": "shoigu",
            "name_ar": "سيرغي شويغو",
            "name_en": "Sergei Shoigu",
            "kind": "person",
            "aliases": ["شويغو"],
            "titles": ["وزير الدفاع"],
        }
    ]

    result = Gazetteer(records).spellings("shoigu")

    assert result == {
        *((first, last) for first in ("سيرغي", "سيرجي", "سيرقي") for last in ("شويغو", "شويجو", "شويقو")),
        ("شويغو",),
        ("شويجو",),
        ("شويقو",),
    }


def test_gazetteer_named_by_answers_names_only_and_every_actor_sharing_one():
    records = [
        {"key": "a", "name_ar": "أحمد سالم", "name_en": "A", "kind": "person", "aliases": ["سالم"]},
        {"key": "b", "name_ar": "خالد سالم", "name_en": "B", "kind": "person", "aliases": ["سالم"]},
        {"key": "c", "name_ar": "كريم", "name_en": "C", "kind": "person", "titles": ["الوزير"]},
    ]
    gazetteer = Gazetteer(records)

    assert gazetteer.named_by(("سالم",)) == ("a", "b")
    assert gazetteer.named_by(("احمد", "سالم")) == ("a",)
    assert gazetteer.named_by(("الوزير",)) == ()
    assert gazetteer.named_by(("احمد",)) == ()
    assert gazetteer.longest_name == 2
