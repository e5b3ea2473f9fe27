"""Speaker rules written against copy the first rules never saw (issue 11, round 2): each test
is an invented paragraph for one rule, and asserts exactly who speaks."""

import pytest

from articles.extraction.pipeline import extract
from articles.tests.speakers import GAZETTEER
from articles.tests.speakers import statement_speakers_and_relays as _speakers


def test_attribution_keeps_the_previous_speaker_when_the_reported_clause_names_another():
    text = (
        'وقال وزير الخارجية الروسي سيرغي لافروف للصحفيين: "المحادثات كانت مفيدة وصريحة للغاية". '
        'وأضاف أن الرئيس بوتين "سيزور بيونغ يانغ في الوقت المناسب للطرفين".'
    )

    assert _speakers(text) == [("sergei-lavrov", None, "", None), ("sergei-lavrov", None, "", None)]


def test_attribution_reads_a_feminine_participle_without_a_feminine_speaker_as_a_noun():
    text = (
        'وقال بيسكوف إن بوتين قدم لضيفه "سيارة روسية فاخرة من طراز أوروس"، بينما قدم الزعيم الكوري '
        'مضيفه "لوحة فنية رسمها فنانون كوريون".'
    )

    assert _speakers(text) == [("dmitry-peskov", None, "", None), ("dmitry-peskov", None, "", None)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "وقال الباحث في معهد الدراسات الأوروبية ماركوس فيبر لـDW عربية: "
            '"موسكو تبحث عن ذخيرة بأي ثمن كان".',
            "ماركوس فيبر",
        ),
        (
            'وقال أستاذ العلوم السياسية عبد الرحمن بن سالم إن "القمة رسالة واضحة إلى العواصم الغربية".',
            "عبد الرحمن بن سالم",
        ),
        (
            'وقالت المتحدثة باسم الخارجية الفرنسية آن ماري دوبوا إن باريس "تتابع الزيارة بقلق بالغ وحذر".',
            "آن ماري دوبوا",
        ),
        (
            'ويقول مراسلنا في موسكو أندريه بيلوف إن "الكرملين لم يكشف كل تفاصيل البرنامج".',
            "أندريه بيلوف",
        ),
        (
            'وقال مدير مهرجان "الشرق السينمائي" ميخائيل سوروكين إن الوفد الكوري '
            '"سيشارك في دورة العام المقبل".',
            "ميخائيل سوروكين",
        ),
    ],
)
def test_attribution_proposes_the_whole_unknown_name(text, name):
    # the relay of ``لـDW عربية`` is asserted in test_speakers_round3
    assert [found[:3] for found in _speakers(text)] == [(None, name, "")]


def test_attribution_takes_the_name_after_a_rank_not_the_words_before_it():
    text = (
        "ونقلت وكالة ريا نوفوستي عن قائد وحدة الصواريخ متوسطة المدى العميد فيكتور ليبيديف قوله إن "
        'الضيف "اهتم بكل التفاصيل التقنية للمنظومة".'
    )

    assert _speakers(text) == [(None, "فيكتور ليبيديف", "", "ria-novosti")]


def test_attribution_reads_a_surname_before_la_and_a_quoted_medium():
    text = (
        'وقال مدير مهرجان "الشرق السينمائي" ميخائيل سوروكين إن الوفد "سيشارك في دورة العام المقبل". '
        "وأوضح سوروكين لـ«سبوتنيك» أن «التحضيرات بدأت منذ شهرين كاملين»."
    )

    assert _speakers(text) == [(None, "ميخائيل سوروكين", "", None)] * 2


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'وجاء في بيان صادر عن المكتب الإعلامي للكرملين: "الزعيمان بحثا قضايا التعاون الإقليمي بالتفصيل".',
            "kremlin",
        ),
        (
            'وجاء في بيان أصدرته وزارة الخارجية الصينية مساء الأربعاء: "ندعو جميع الأطراف إلى ضبط النفس".',
            "chinese-foreign-ministry",
        ),
        (
            "سيول، 5 أكتوبر (يونهاب) -- وفي بيان لمكتب الرئيس: "
            '"نراقب عن كثب زيارة الوزير الروسي إلى بيونغ يانغ".',
            "south-korea-presidential-office",
        ),
        (
            'وكتبت صحيفة "فرانكفورتر ألغماينه" أن "أوروبا تقف أمام تحالف جديد في الشرق".',
            "frankfurter-allgemeine-zeitung",
        ),
    ],
)
def test_attribution_gives_a_statement_to_the_institution_that_issued_it(text, speaker):
    assert _speakers(text) == [(speaker, None, "", None)]


def test_attribution_proposes_an_embassy_with_its_seat():
    text = 'وجاء في بيان للسفارة الهندية في بيونغ يانغ: "نتابع التطورات في شبه الجزيرة باهتمام كبير".'

    assert _speakers(text) == [(None, "السفارة الهندية في بيونغ يانغ", "", None)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'وفي تقرير نشرته وكالة تاس، قال مراسلها في فلاديفوستوك إن "الحراسة حول المحطة شددت منذ الفجر".',
            "tass",
        ),
        ('ونقلت صحيفة "إزفستيا" عن مراسلها أن "الوفد الكوري وصل قبل موعده بساعتين".', "izvestia"),
    ],
)
def test_attribution_gives_a_mediums_own_correspondent_to_the_medium(text, speaker):
    assert _speakers(text) == [(speaker, None, "", None)]


def test_attribution_abstains_for_a_correspondent_whose_medium_is_not_named():
    assert _speakers('وقال مراسلها إن "الحراسة حول المحطة شددت منذ الفجر".') == [(None, None, "", None)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('ورفع بوتين كأسه مخاطبا ضيوفه: "نخب الصداقة بين شعبينا العظيمين".', "vladimir-putin"),
        (
            'ونشرت زاخاروفا صورة من المطار على تليغرام، وعلقت عليها: "هكذا يستقبل الأصدقاء في موسكو".',
            "maria-zakharova",
        ),
    ],
)
def test_attribution_gives_the_words_to_who_addresses_or_comments(text, speaker):
    assert _speakers(text) == [(speaker, None, "", None)]


def test_attribution_still_gives_words_written_on_a_thing_to_nobody():
    text = 'ورفعت في الساحة لافتة كتب عليها "أهلا بالرفيق القائد في أرض الشرق".'

    assert _speakers(text) == [(None, None, "", None)]


def test_attribution_reads_a_family_name_of_two_words_after_the_full_name():
    text = (
        'وقال الخبير المغربي عبد الرحيم بن سعيد إن القمة "رسالة موجهة إلى العواصم الغربية كلها". '
        "وأوضح بن سعيد لـ«هسبريس» أن «الرابح الأكبر من القمة هو بيونغ يانغ»."
    )

    assert _speakers(text) == [(None, "عبد الرحيم بن سعيد", "", None)] * 2


def test_attribution_ends_a_name_before_la_and_the_quoted_medium():
    text = (
        "وقالت الباحثة في مركز الدراسات الاستراتيجية لينا الخطيب لـ«المملكة» إن «موسكو تبحث عن شركاء "
        "يملكون مخازن ذخيرة»."
    )

    assert _speakers(text) == [(None, "لينا الخطيب", "", None)]


def test_attribution_gives_every_quote_before_an_aside_to_its_source():
    text = (
        'وبينما قدم الرئيس الروسي لضيفه "قفازا من بدلة رائد فضاء"، قدم الزعيم الكوري مضيفه "سيفا تقليديا '
        'مطعما بالذهب"، على ما قال بيسكوف للصحفيين.'
    )

    assert _speakers(text) == [("dmitry-peskov", None, "", None)] * 2


def test_attribution_does_not_reach_past_another_statement_for_a_plain_verb():
    text = 'وكان الجو "باردا جدا وممطرا طوال اليوم"، و"الناس ينتظرون في الشوارع منذ الصباح" قال بوتين.'

    assert _speakers(text)[0] == (None, None, "", None)


def test_attribution_abstains_for_our_own_unnamed_correspondent_rather_than_a_cited_medium():
    text = 'وذكرت وكالة تاس أن القطار وصل. وقال مراسلنا إن "الحراسة حول المحطة شددت منذ الفجر".'

    assert _speakers(text) == [(None, None, "", None)]


@pytest.mark.parametrize(
    "text",
    [
        'وقال سادوفنيكوف للصحفيين إن "التعاون العسكري قائم منذ زمن بعيد جدا".',
    ],
)
def test_attribution_proposes_no_person_from_one_unknown_word(text):
    extraction = extract(text, GAZETTEER)

    assert _speakers(text) == [(None, None, "", None)]
    assert extraction.proposed_actors == ()


def test_attribution_proposes_a_capital_as_its_country_not_as_a_person():
    # round 25: a capital speaks for its country, which the registry may lack
    text = 'وقالت أبوظبي إن الإمارات "تتابع التطورات في شبه الجزيرة الكورية باهتمام".'
    extraction = extract(text, GAZETTEER)

    assert _speakers(text) == [(None, "الإمارات", "", None)]
    assert [(actor.name_ar, actor.kind) for actor in extraction.proposed_actors] == [("الإمارات", "country")]
