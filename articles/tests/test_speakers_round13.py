"""Speaker rules of round 13 (issue 11), for what tune8 left without a speaker: speakers a verb
that is not one of saying introduces, op-eds and a sentence that opens on a capital.  Each rule
has an invented paragraph where it must fire and a trap where it must not; the tests assert
exactly who speaks."""

from articles.tests.speaking import statement_speakers as _speakers


def test_the_one_glued_to_la_after_sabaqa_speaks_the_verb_after_anna():
    text = 'وقد سبق لوزير الخارجية سيرغي لافروف أن وصف العقوبات بأنها "حرب اقتصادية معلنة على شعبنا".'

    assert _speakers(text) == [("sergei-lavrov", None, "", None)]


def test_an_unregistered_name_after_sabaqa_is_proposed():
    text = 'وسبق للباحث الأردني زياد القضاة أن قال إن "موسكو تبحث عن الذخيرة قبل الحلفاء".'

    assert _speakers(text) == [(None, "زياد القضاة", "", None)]


def test_sabaqa_for_a_country_whose_measure_another_describes_is_not_the_speaker():
    text = 'وسبق لواشنطن أن فرضت قيوداً على مصارف روسية وصفتها موسكو بأنها "سرقة في وضح النهار".'

    assert _speakers(text) == [("russia", None, "", None)]


def test_a_noun_of_wording_and_its_author_before_a_colon_name_the_speaker():
    text = 'وأبلغ ما قيل في القمة عبارة الكاتب المصري سمير الجندي: "الحاجة تصنع حلفاء لا يحبون بعضهم".'

    assert _speakers(text) == [(None, "سمير الجندي", "", None)]


def test_a_noun_of_wording_with_no_author_before_the_colon_names_nobody():
    text = 'وتداول المتظاهرون عبارة أمام السفارة: "لا سلاح لمن يقصف المدن الآمنة".'

    assert _speakers(text) == [(None, None, "", None)]


def test_an_op_ed_author_under_a_byline_with_a_colon_speaks_in_the_first_person():
    text = (
        "رأي | بقلم: د. مروان الشامي\n"
        'ولمن يرى في القمة بداية عالم جديد أقول: "العالم لا يتغير في يوم واحد ولا في قطار واحد".\n'
    )

    assert _speakers(text) == [(None, "مروان الشامي", "", None)]


def test_the_first_person_in_a_report_without_a_byline_has_no_speaker():
    text = (
        "موسكو - خاص\n"
        'ولمن يرى في القمة بداية عالم جديد أقول: "العالم لا يتغير في يوم واحد ولا في قطار واحد".\n'
    )

    assert _speakers(text) == [(None, None, "", None)]


def test_the_subject_of_a_verb_not_of_saying_speaks_after_idh_and_keeps_the_turn():
    text = (
        "في المقابل، تشكك في هذه القراءة الباحثة التونسية في مركز الدراسات المتوسطية سلوى "
        'الطرابلسي، إذ تقول: "الذخيرة ليست كل القصة". وتتابع: "هناك حسابات صينية في الخلفية".\n'
        'وتعتقد الطرابلسي أن الغرب "سيكتشف متأخراً حجم ما جرى".\n'
    )

    assert _speakers(text) == [(None, "سلوى الطرابلسي", "", None)] * 3


def test_idh_with_a_verb_whose_gender_the_subject_does_not_share_names_nobody():
    text = 'يخالفه الرأي الباحث المغربي عادل بنيس، إذ تقول: "المسألة أبعد من صفقة سلاح عابرة".'

    assert _speakers(text) == [(None, None, "", None)]


def test_a_subject_before_a_verb_in_the_present_speaks_after_idh():
    text = (
        "غير أن زميله في جامعة القاهرة الدكتور شريف منصور يتحفظ على هذا الرأي، إذ يقول: "
        '"لا أحد يعرف ما وقع عليه الرجلان في الغرفة المغلقة".'
    )

    assert _speakers(text) == [(None, "شريف منصور", "", None)]


def test_a_subject_and_a_verb_of_being_with_its_predicate_speak_after_a_colon():
    text = 'وحده الخبير العسكري ماجد الزعبي بدا متشائماً: "الحرب ستطول أكثر مما يتوقع الجميع".'

    assert _speakers(text) == [(None, "ماجد الزعبي", "", None)]


def test_a_verb_of_being_before_the_subject_and_a_comparative_speaks_after_a_colon():
    text = 'وكان وزير الخارجية سيرغي لافروف أكثر وضوحاً: "لن نسمح لأحد بأن يملي علينا شركاءنا".'

    assert _speakers(text) == [("sergei-lavrov", None, "", None)]


def test_a_name_then_another_verb_and_a_colon_is_not_read_as_the_speaker():
    text = 'واستقبل الرئيس فلاديمير بوتين ضيفه في المحطة: "أهلاً بكم في أرض الشرق البعيد".'

    assert _speakers(text) == [(None, None, "", None)]


def test_a_saying_that_is_the_subject_of_a_verb_before_a_colon_is_nobody():
    text = "وتلخص حكمة قديمة في الأوساط الدبلوماسية المشهد: «من يطلب السلاح يدفع ثمنه مرتين»."

    assert _speakers(text) == [(None, None, "", None)]


def test_a_name_swallowing_a_comparative_before_a_colon_is_not_proposed():
    text = 'ويذهب السفير الأسبق لدى موسكو منير الخطيب أبعد من ذلك: "القمة غيرت خريطة المنطقة".'

    assert _speakers(text) == [(None, None, "", None)]


def test_the_subject_of_a_clause_gives_a_thing_its_name_with_bi_wasfiha():
    text = (
        "يتعامل أستاذ العلاقات الدولية في جامعة بغداد الدكتور أحمد الربيعي مع القمة بوصفها "
        '"نقطة تحول في علاقات الشرق بالغرب".'
    )

    assert _speakers(text) == [(None, "أحمد الربيعي", "", None)]


def test_a_generic_institution_in_a_sentence_opening_on_a_capital_is_that_countrys():
    text = 'لندن - وكالات\nوفي طوكيو، قال مسؤول في وزارة الدفاع إن "الرصد مستمر لأي تحرك بحري مريب".\n'

    assert _speakers(text) == [("japanese-defence-ministry", None, "", None)]


def test_a_capital_inside_the_sentence_leaves_the_institution_to_the_dateline():
    text = (
        "سيول - وكالات\n"
        'قال مسؤول في وزارة الدفاع بعد اجتماع عقد في طوكيو إن "الرصد مستمر لأي تحرك بحري مريب".\n'
    )

    assert _speakers(text) == [("south-korea-defence-ministry", None, "", None)]
