"""Speaker rules of round 10 (issue 11), learnt from the errors of the holdout9 split by class:
each test is an invented paragraph for one class and asserts exactly who speaks."""

from articles.tests.speaking import statement_speakers as _speakers


def test_a_papers_name_running_into_a_registered_papers_name_is_one_title_without_its_kind():
    text = 'وعلّقت صحيفة كوريا جونغ آنغ ديلي على اللقاء بأن "سيول لم تستعد جيداً لما جرى في الشرق".'

    assert _speakers(text) == [(None, "كوريا جونغ آنغ ديلي", "", None)]


def test_an_unregistered_papers_name_of_several_words_is_proposed_without_its_kind():
    text = 'وكتبت صحيفة كوريا تايمز أن "الحكومة مطالبة بمراجعة حساباتها في الملف الروسي".'

    assert _speakers(text) == [(None, "كوريا تايمز", "", None)]


def test_ali_with_the_second_half_of_a_compound_given_name_opens_a_name():
    text = (
        'وقال الباحث الأفغاني في شؤون آسيا الوسطى علي أصغر نوري لوكالة محلية: "موسكو تبحث عن حلفاء جدد". '
        'وأضاف نوري: "العقوبات لم تحقق أهدافها بعد".'
    )

    assert _speakers(text) == [(None, "علي أصغر نوري", "", None), (None, "علي أصغر نوري", "", None)]


def test_ali_before_rida_and_a_definite_word_is_the_preposition():
    text = 'وعلّق السفير علي رضا الطرفين بأن "الاتفاق يخدم الجميع على كل الصعد".'

    assert _speakers(text) == [(None, None, "", None)]


def test_a_bare_mutahaddith_after_an_expert_is_the_expert():
    text = (
        "وأوضح أستاذ العلوم السياسية بجامعة قسنطينة الدكتور سمير بلقاسم، في تصريح للشروق، أن "
        '"المنطقة تتابع بحذر ما يجري في الشرق الأقصى". وتابع المتحدث: "العالم يتغير بسرعة كبيرة".'
    )

    assert _speakers(text) == [(None, "سمير بلقاسم", "", None), (None, "سمير بلقاسم", "", None)]


def test_a_bare_bayan_speaks_for_the_subject_that_spoke_fi_bayan_before():
    text = (
        'قالت وزارة الخارجية اليابانية، في بيان لها، إنها "تتابع التطورات في الشرق الروسي باهتمام". '
        'وختم البيان بالقول: "سنتخذ كل ما يلزم لحماية مصالحنا".'
    )

    assert _speakers(text) == [
        ("japanese-foreign-ministry", None, "", None),
        ("japanese-foreign-ministry", None, "", None),
    ]


def test_an_informed_source_in_a_ministry_speaks_for_the_ministry():
    text = 'وقال مصدر مطلع في وزارة الدفاع اليابانية إن "طوكيو رصدت تحركات غير معتادة قرب الحدود".'

    assert _speakers(text) == [("japanese-defence-ministry", None, "", None)]


def test_a_source_informed_on_a_bodys_position_stays_unnamed():
    text = 'وقال مصدر مطلع على موقف الكرملين إن "الوفد الكوري سيغادر صباح السبت".'

    assert _speakers(text) == [(None, None, "مصدر مطلع", None)]


def test_the_kingdom_of_bahrain_is_a_registered_country():
    text = 'وجددت مملكة البحرين "تمسكها بالحلول الدبلوماسية لكل النزاعات في شرق آسيا".'

    assert _speakers(text) == [("bahrain", None, "", None)]
