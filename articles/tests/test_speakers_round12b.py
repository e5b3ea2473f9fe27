"""Speaker rules of round 12b (issue 11), learnt from the errors of the holdout12 split by
class: each test is an invented paragraph for one class and asserts exactly who speaks, and a
trap beside it where the rule must not fire."""

from articles.tests.speaking import statement_speakers as _speakers


def test_the_outlets_own_medium_glued_to_la_after_a_name_is_whom_he_spoke_to():
    text = (
        'قال المحلل الاقتصادي نادر حداد لوكالتنا إن "الأسواق ستتأثر بأي صفقة سلاح جديدة". '
        'ويضيف حداد: "الأسعار ترتفع قبل أن تتضح الصورة".'
    )

    assert _speakers(text) == [(None, "نادر حداد", "", None), (None, "نادر حداد", "", None)]


def test_a_given_name_opening_with_la_and_ending_in_na_is_still_a_name():
    text = 'وقالت الباحثة في معهد الدراسات لينا خوري إن "المنطقة تدفع ثمن التنافس بين الكبار".'

    assert _speakers(text) == [(None, "لينا خوري", "", None)]


def test_a_toast_raised_by_a_speaker_with_a_long_title_is_his():
    text = (
        "وخلال العشاء، رفع رئيس لجنة الشؤون الخارجية في مجلس الدوما الروسي ليونيد سلوتسكي نخب "
        '"الصداقة بين الشعبين وازدهار البلدين الجارين".'
    )

    assert _speakers(text) == [("leonid-slutsky", None, "", None)]


def test_a_toast_raised_by_nobody_named_has_no_speaker():
    text = (
        "وفي ختام السهرة التي امتدت حتى ساعة متأخرة من الليل في القاعة الكبرى، رُفعت الكؤوس نخب "
        '"الصداقة بين الشعبين وازدهار البلدين الجارين".'
    )

    assert _speakers(text) == [(None, None, "", None)]


def test_ali_closing_a_name_before_a_verb_of_saying_or_a_comma_is_the_name():
    text = (
        'أما عضو مجلس الشيوخ سالم عمر علي فقال: "البلاد لا تحتمل أن تدخل في محاور جديدة". '
        'ثم استدرك: "غير أن لكل دولة أن تبني علاقاتها كما تشاء".'
    )

    assert _speakers(text) == [(None, "سالم عمر علي", "", None), (None, "سالم عمر علي", "", None)]


def test_ali_as_the_preposition_before_an_clause_is_not_part_of_the_name():
    text = 'وشدد الوزير حسن داود علي أن "الحكومة لن تقبل بأي تدخل في شؤونها الداخلية".'

    assert _speakers(text) == [(None, "حسن داود", "", None)]


def test_an_embassy_named_by_its_countrys_adjective_goes_on_through_its_seat():
    text = (
        'وقال مصدر في السفارة الأردنية في موسكو لـ"الحدث" إن '
        '"الجانب الروسي أبلغنا أن القمة لن تمس التزاماته في المنطقة".'
    )

    assert _speakers(text) == [(None, "السفارة الأردنية في موسكو", "", None)]


def test_a_ministry_is_not_seated_and_the_place_after_it_stays_out_of_its_name():
    text = (
        "وقال مصدر في وزارة الخارجية الأردنية في موسكو إن "
        '"الجانب الروسي أبلغنا أن القمة لن تمس التزاماته في المنطقة".'
    )

    assert _speakers(text) == [(None, "وزارة الخارجية الأردنية", "", None)]


def test_a_statement_with_its_topic_before_ja_fihi_is_its_issuers_resolved_by_the_dateline():
    text = (
        "بورتسودان 2-10-2023 (وكالات)- أصدرت وزارة الخارجية بياناً بشأن زيارة الوفد الروسي جاء "
        'فيه أن "الحكومة ترحب بكل شراكة تحترم سيادة البلاد". '
        'وأضاف البيان أن "الخرطوم ستبقى منفتحة على الشرق والغرب".'
    )

    assert _speakers(text) == [
        (None, "وزارة الخارجية السودانية", "", None),
        (None, "وزارة الخارجية السودانية", "", None),
    ]


def test_a_ministry_with_no_country_and_no_dateline_is_no_guess():
    text = (
        "أصدرت وزارة الخارجية بياناً بشأن زيارة الوفد الروسي جاء فيه أن "
        '"الحكومة ترحب بكل شراكة تحترم سيادة البلاد".'
    )

    assert _speakers(text) == [(None, None, "", None)]
