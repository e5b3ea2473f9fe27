"""Speaker rules of round 22 (issue 11), learnt from the errors of the holdout22 split by
class: each test is an invented paragraph, in several outlets' wording of one construction,
and asserts exactly who speaks; a trap beside it where the rule must not fire."""

from articles.tests.speaking import statement_speakers as _speakers


def test_zada_he_added_is_a_verb_of_saying_but_prices_rising_is_not():
    text = (
        'وقال الخبير في الشؤون الآسيوية محمد بنحمو إن "القمة رسالة موجهة إلى واشنطن قبل غيرها".\n'
        'وزاد بنحمو: "موسكو تبحث عن الذخيرة، وبيونغ يانغ عن التكنولوجيا".\n'
        "وقد زادت أسعار الحبوب بعد القمة، "
        'وقال المتحدث باسم الكرملين ديمتري بيسكوف إن "روسيا لا تخرق أي عقوبات".'
    )

    assert _speakers(text) == [
        (None, "محمد بنحمو", "", None),
        (None, "محمد بنحمو", "", None),
        ("dmitry-peskov", None, "", None),
    ]


def test_a_relay_verb_with_a_short_aside_before_an_relays_the_unnamed_sources_not_the_paper():
    text = (
        "وكانت صحيفة نيويورك تايمز قد نقلت، مطلع سبتمبر، عن مسؤولين أمريكيين قولهم إن كيم "
        '"سيطلب تكنولوجيا متقدمة للأقمار الصناعية والغواصات النووية".\n'
        'ونقلت وكالة رويترز، الأسبوع الماضي، عن مصادر دبلوماسية قولها إن "الزيارة ستشمل منشآت عسكرية".'
    )

    assert [speaker[:3] for speaker in _speakers(text)] == [
        (None, None, "مسؤولين أمريكيين قولهم"),
        (None, None, "مصادر دبلوماسية"),
    ]


def test_an_interviewee_named_before_in_this_interview_answers_on_the_line_after_the_question():
    text = (
        "تونس - الصحافة: يعتبر السفير التونسي السابق أحمد ونيس، في هذا الحوار، أن القمة تعيد رسم التحالفات.\n"
        "س: كيف تقرأون القمة؟\n"
        'ج: "هي قمة الضرورة بالنسبة إلى الطرفين، ولا أكثر".\n'
        "س: وما موقع تونس؟\n"
        'ج: "تونس تلتزم الحياد الإيجابي كما عهدها الجميع".'
    )

    assert _speakers(text) == [(None, "أحمد ونيس", "", None), (None, "أحمد ونيس", "", None)]


def test_a_country_speaking_through_an_official_of_a_bare_ministry_is_that_countrys_ministry():
    text = (
        "نيويورك - الشروق\n"
        "دعت الجزائر، على لسان مصدر بوزارة الشؤون الخارجية، إلى "
        '"احترام الشرعية الدولية وتغليب لغة الحوار بين الجميع".\n'
        'وقال الخبير الأمني أحمد ميزاب إن الجزائر "تتابع القمة بهدوء ولا تنخرط في المحاور".'
    )

    assert _speakers(text) == [
        (None, "وزارة الشؤون الخارجية الجزائرية", "", None),
        (None, "أحمد ميزاب", "", None),
    ]


def test_a_presidential_official_relayed_by_a_national_agency_is_its_countrys_presidency():
    text = (
        "نيويورك - الأنباء\n"
        'ونقلت وكالة يونهاب عن مسؤول رئاسي قوله إن "سيول ستطرح الملف على مجلس الأمن قريباً".\n'
        'ونقلت وكالة رويترز عن مسؤول رئاسي قوله إن "القرار لم يتخذ بعد في هذا الشأن".'
    )

    assert _speakers(text) == [
        ("south-korea-presidential-office", None, "", "yonhap"),
        (None, None, "مسؤول رئاسي", "reuters"),
    ]
