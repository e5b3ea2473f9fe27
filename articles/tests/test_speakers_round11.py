"""Speaker rules of round 11 (issue 11), learnt from the wrong names of the holdout10 split by
class: each test is an invented paragraph for one class and asserts exactly who speaks."""

from articles.tests.speaking import statement_speakers as _speakers


def test_a_subject_with_the_conjunction_after_a_comma_opens_its_own_clause_before_the_verb():
    text = (
        'وقال الرئيس بوتين عن الغرب: "لن نقبل بالإملاءات من أحد بعد اليوم"، والزعيم كيم ردّ بأن '
        'بيونغ يانغ "ستقف مع موسكو في كل خطوة".'
    )

    assert _speakers(text) == [("vladimir-putin", None, "", None), ("kim-jong-un", None, "", None)]


def test_a_registered_name_with_the_conjunction_after_a_comma_is_the_subject_of_the_verb_after_it():
    text = (
        'وقال وزير الخارجية الروسي إن "الشراكة مع بيونغ يانغ تتعمق عاماً بعد عام"، '
        'وكيم ردّ بأن بلاده "لن تنسى وقفة موسكو في الأيام الصعبة".'
    )

    assert _speakers(text) == [("sergei-lavrov", None, "", None), ("kim-jong-un", None, "", None)]


def test_a_person_speaking_through_his_named_spokesman_says_the_words_himself():
    text = (
        "وقال الرئيس الروسي فلاديمير بوتين، على لسان المتحدث باسمه دميتري بيسكوف، إن "
        '"موسكو منفتحة على الحوار مع كل من يحترم مصالحها".'
    )

    assert _speakers(text) == [("vladimir-putin", None, "", None)]


def test_a_body_speaking_through_its_named_spokesman_is_still_the_spokesman():
    text = (
        "وقال الكرملين، على لسان المتحدث باسمه دميتري بيسكوف، إن "
        '"الزيارة لم تكن موجهة ضد أي طرف ثالث في المنطقة".'
    )

    assert _speakers(text) == [("dmitry-peskov", None, "", None)]


def test_a_plain_given_name_and_a_definite_one_before_ould_are_one_given_name():
    text = 'وقال الكاتب الموريتاني محمد الأمين ولد سيدي لموقع محلي إن "المنطقة تعيش على إيقاع تحولات كبرى".'

    assert _speakers(text) == [(None, "محمد الأمين ولد سيدي", "", None)]


def test_a_title_and_its_adjective_before_ould_stay_out_of_the_name():
    text = 'وقال الوزير الأول ولد بلال إن "الحكومة ماضية في تنفيذ برنامجها الإصلاحي".'

    assert _speakers(text) == [(None, "ولد بلال", "", None)]


def test_a_drawn_out_la_glued_to_an_outlet_ends_an_unregistered_name():
    text = 'وقال الدكتور سامر الخطيب لـعمون إن "الأردن يتابع التطورات في الشرق الأقصى بهدوء".'

    assert _speakers(text) == [(None, "سامر الخطيب", "", None)]


def test_a_drawn_out_la_before_a_description_word_stays_in_the_description():
    text = 'وقال المستشار الإعلامي لـرئيس الحكومة سامر الخطيب إن "الأردن يتابع التطورات بهدوء".'

    assert _speakers(text) == [(None, "سامر الخطيب", "", None)]
