# ruff: noqa: E501 (invented paragraphs read better on one line)
"""Speaker rules of round 15 (issue 11), for the classes holdout13 and tune10 showed: a body
named after a person before its field, a body's word taking up the body in a spokesperson's
title, ``وكالة أنباء X`` for a registered agency, a spokesperson for a pronoun, ``المصدر``
taking up the source quoted before, and central banks in the registry.  Each rule has invented
sentences in several outlets' wording where it must fire and a trap where it must not; the tests
assert exactly who speaks."""

import pytest

from articles.tests.speaking import statement_speakers as _speakers

# A body named after a person, then its field glued to ل: the speaker's name comes after it.


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            'ورأى الباحث في معهد عصام فارس للسياسات العامة الدكتور فادي أبو ملهم أن اللقاء "رسالة إلى الغرب قبل أن يكون صفقة".',
            "فادي أبو ملهم",
        ),
        (
            'وقال أستاذ الاقتصاد في مؤسسة ياسر عرفات للدراسات سامي العطاري إن القمة "تفتح سوقاً جديدة للسلاح الروسي".',
            "سامي العطاري",
        ),
        (
            'وقال الخبير في مركز عصام فارس لشؤون الشرق د. نبيل خوري إن "بيونغ يانغ تبيع ما تملك لمن يدفع".',
            "نبيل خوري",
        ),
    ],
)
def test_a_body_named_after_a_person_ends_at_its_field(text, name):
    assert _speakers(text) == [(None, name, "", None)]


def test_a_body_with_one_word_before_the_speaker_keeps_the_name_and_the_relay():
    text = 'قال الباحث في مركز كارنيغي مهند الحاج للجزيرة نت إن "الرسالة موجهة إلى الغرب أكثر منها صفقة".'

    assert _speakers(text) == [(None, "مهند الحاج", "", "al-jazeera")]


# A body's word after a spokesperson: the body the title named, not the spokesperson.


def test_the_ministry_after_its_spokeswoman_is_the_ministry():
    text = (
        'وعلقت المتحدثة باسم وزارة الخارجية الروسية ماريا زاخاروفا قائلة: "على واشنطن أن تهتم بشؤونها الداخلية". '
        'وأشارت الوزارة في بيان لاحق إلى أن "العلاقات مع بيونغ يانغ تتطور وفق القانون الدولي".'
    )

    assert _speakers(text) == [
        ("maria-zakharova", None, "", None),
        ("russian-foreign-ministry", None, "", None),
    ]


def test_the_ministry_that_had_said_earlier_is_the_ministry_not_its_spokesman():
    text = (
        'قال المتحدث باسم وزارة الخارجية الصينية وانغ ون بين إن الزيارة "شأن بين موسكو وبيونغ يانغ وحدهما".\n'
        'وكانت الوزارة قد ذكرت في وقت سابق أن بكين "ليست لديها معلومات مسبقة بشأن الزيارة".\n'
    )

    assert _speakers(text) == [("wang-wenbin", None, "", None), ("chinese-foreign-ministry", None, "", None)]


def test_the_ministry_after_a_spokesman_whose_title_has_no_word_for_it_is_his_ministry():
    text = (
        'وقال الناطق باسم الخارجية الأمريكية ماثيو ميلر إن واشنطن "لن تسمح بتمرير هذه الصفقة دون عقاب".\n'
        'وأكدت الوزارة في بيان أن "العقوبات الجديدة ستطال كل من يشارك في نقل السلاح".\n'
    )

    assert _speakers(text) == [("matthew-miller", None, "", None), ("us-state-department", None, "", None)]


def test_the_ministry_after_the_kremlins_spokesman_is_no_ministry_of_his():
    text = (
        'قال المتحدث باسم الكرملين دميتري بيسكوف إن الزيارة "شأن بين موسكو وبيونغ يانغ وحدهما". '
        'وقالت الوزارة في بيان إن "المحادثات كانت مثمرة وبناءة للغاية".'
    )

    assert _speakers(text) == [("dmitry-peskov", None, "", None), (None, None, "", None)]


def test_a_role_word_of_the_spokeswoman_herself_still_takes_her_up():
    text = (
        'قالت المتحدثة باسم وزارة الخارجية الروسية ماريا زاخاروفا إن "العقوبات لم تعد تخيف أحداً في موسكو". '
        'وأضافت الدبلوماسية الروسية أن "واشنطن لا تملك حق الوصاية على أحد".'
    )

    assert _speakers(text) == [("maria-zakharova", None, "", None), ("maria-zakharova", None, "", None)]


# ``وكالة أنباء X``: a registered agency written with أنباء.


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ('وكانت وكالة أنباء شينخوا قد ذكرت أن الرئيس "أقام مأدبة عشاء على شرف ضيفه في القاعدة".', "xinhua"),
        ('وذكرت وكالة أنباء يونهاب أن الجيش "يرصد تحركات غير اعتيادية قرب موقع الإطلاق".', "yonhap"),
        ('ونقلت وكالة أنباء تاس الروسية أن الزعيم الكوري "سيزور مصنع الطائرات في الأيام المقبلة".', "tass"),
    ],
)
def test_an_agency_written_with_anbaa_is_the_registered_agency(text, key):
    assert _speakers(text) == [(key, None, "", None)]


def test_an_agency_the_registry_does_not_know_is_proposed_under_its_own_name():
    text = 'وقالت وكالة أنباء موريتانيا إن الحكومة "تتابع القمة باهتمام وترحب بنتائجها".'

    assert _speakers(text) == [(None, "وكالة أنباء موريتانيا", "", None)]


# A spokesperson for a pronoun speaks for the body the paragraph last named.


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            'أعلنت وزارة الوحدة الكورية الجنوبية أنها "تتابع عن كثب تحركات الوفد"، وقال متحدث باسمها إن "سيول لن تقبل أي تهديد لأمنها".',
            "south-korea-ministry-of-unification",
        ),
        (
            'وأكد الكرملين أن الرئيسين "بحثا كل الملفات دون استثناء"، فيما قال متحدث باسمه للصحفيين إن "موعد الزيارة المقبلة لم يحدد بعد".',
            "kremlin",
        ),
        (
            'وقالت وزارة الدفاع اليابانية في بيان إن "الوضع يستدعي أعلى درجات اليقظة". وأوضحت متحدثة باسمها أن "الطائرات رصدت تحركات في بحر اليابان".',
            "japanese-defence-ministry",
        ),
    ],
)
def test_a_spokesperson_for_a_pronoun_speaks_for_the_body_named_before(text, key):
    assert _speakers(text) == [(key, None, "", None), (key, None, "", None)]


def test_a_spokesperson_for_a_pronoun_of_the_other_gender_names_nobody():
    text = (
        'وقالت وزارة الدفاع اليابانية في بيان إن "الوضع يستدعي أعلى درجات اليقظة". '
        'وقال متحدث باسمه إن "الطائرات رصدت تحركات في بحر اليابان".'
    )

    assert _speakers(text) == [("japanese-defence-ministry", None, "", None), (None, None, "", None)]


# ``المصدر``, ``المسؤول``: the source or official quoted before with that word.


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            'وقال مصدر في الكرملين إن "المحادثات ستستمر حتى ساعة متأخرة". وأضاف المصدر أن "الجانبين اتفقا على عدة نقاط".',
            ("kremlin", None, "", None),
            ("kremlin", None, "", None),
        ),
        (
            'وقال مسؤول في وزارة الدفاع اليابانية إن "الطائرات رصدت تحركات في بحر اليابان".\nوأوضح المسؤول أن "الرصد مستمر على مدار الساعة".\n',
            ("japanese-defence-ministry", None, "", None),
            ("japanese-defence-ministry", None, "", None),
        ),
        (
            'قال مصدر دبلوماسي إن "الجولة ستشمل مواقع عسكرية وصناعية". وأضاف المصدر ذاته أن "الوفد سيعود إلى بلاده بالقطار".',
            (None, None, "مصدر دبلوماسي", None),
            (None, None, "مصدر دبلوماسي", None),
        ),
    ],
)
def test_the_source_takes_up_the_source_quoted_before(text, first, second):
    assert _speakers(text) == [first, second]


def test_the_source_with_no_source_before_names_nobody():
    text = (
        'وقال المتحدث باسم الكرملين دميتري بيسكوف إن "الزيارة ناجحة بكل المقاييس". '
        'وأضاف المصدر أن "الوفد سيعود إلى بلاده بالقطار".'
    )

    assert _speakers(text) == [("dmitry-peskov", None, "", None), (None, None, "", None)]


# Central banks in the registry.


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ('وقال بنك كوريا المركزي في بيان إن "السلطات مستعدة للتدخل لتهدئة تقلبات السوق".', "bank-of-korea"),
        ('وقال المصرف المركزي الروسي إن "الروبل سيستقر مع ارتفاع عائدات التصدير".', "bank-of-russia"),
    ],
)
def test_a_central_bank_is_a_registered_speaker(text, key):
    assert _speakers(text) == [(key, None, "", None)]


def test_another_countrys_central_bank_is_not_a_registered_one():
    text = 'وقال محافظ البنك المركزي المصري إن "الجنيه لن يتأثر بالتوترات في شرق آسيا".'

    assert _speakers(text) == [(None, None, "", None)]
