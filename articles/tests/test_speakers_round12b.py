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
