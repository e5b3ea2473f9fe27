"""Speaker rules of round 19 (issue 11), learnt from the errors of the holdout17 split by
class: each test is an invented paragraph, in several outlets' wording of one construction,
and asserts exactly who speaks; a trap beside it where the rule must not fire."""

from articles.tests.speaking import statement_speakers as _speakers


def test_the_name_after_the_participle_da_iyan_is_whom_the_speaker_calls_on():
    text = (
        'وقال الوزير سيرغي لافروف إن بلاده "لا تخرق أي قرار صادر عن مجلس الأمن الدولي"، '
        'داعياً بيونغ يانغ إلى "الكف عن التهديد والعودة إلى طاولة الحوار الجاد".\n'
        'وقال المتحدث ديمتري بيسكوف للصحفيين إن "المحادثات كانت بناءة"، داعيا اليابان الى '
        '"عدم التدخل في شؤون المنطقة والكف عن التصعيد العسكري".\n'
        'وقالت المتحدثة ماريا زاخاروفا إن "موسكو لن تقبل الإملاءات من أي طرف كان"، داعيةً '
        'الاتحاد الأوروبي إلى "مراجعة سياسة العقوبات التي أضرت باقتصاده قبل غيره".'
    )

    assert _speakers(text) == [
        ("sergei-lavrov", None, "", None),
        ("sergei-lavrov", None, "", None),
        ("dmitry-peskov", None, "", None),
        ("maria-zakharova", None, "", None),
        ("maria-zakharova", None, "", None),
    ]


def test_the_past_verb_da_a_still_names_its_subject_before_whom_it_calls_on():
    text = (
        'ودعا وزير الخارجية الصيني وانغ يي واشنطن إلى "الكف عن التهديد والعودة إلى طاولة '
        'الحوار الجاد بلا شروط".'
    )

    assert _speakers(text) == [("wang-yi", None, "", None)]


def test_what_someone_conveyed_to_another_in_a_reported_clause_is_said_by_the_reporter():
    text = (
        "وقالت وزارة الخارجية الروسية في بيان إن لافروف نقل إلى الزعيم الكوري "
        '"تحيات حارة من الرئيس بوتين وتمنياته بالنجاح".\n'
        'وذكر الكرملين في بيان أن المبعوث الروسي نقل الى الرئيس الصيني "رسالة شفهية تتضمن '
        'دعوة لزيارة موسكو قريبا".'
    )

    assert _speakers(text) == [("russian-foreign-ministry", None, "", None), ("kremlin", None, "", None)]


def test_naql_an_still_relays_the_words_of_whom_it_names():
    text = 'ونقل لافروف عن بوتين قوله إن "الشراكة مع بيونغ يانغ لا تستهدف أي طرف ثالث في المنطقة".'

    assert _speakers(text) == [("vladimir-putin", None, "", None)]


def test_a_press_office_without_its_owner_is_the_one_named_with_its_owner_before():
    text = (
        "أجرى بوتين محادثات مع كيم جونغ أون في قاعدة فوستوشني، حسبما أفاد المكتب الصحفي للكرملين. "
        'وأفاد المكتب الصحفي بأن المحادثات "تناولت التعاون في المجالات التجارية والاقتصادية والإنسانية".\n'
        "وذكر المكتب الصحفي لوزارة الخارجية الروسية أن لافروف سيزور بيونغ يانغ. وأضاف المكتب "
        'الصحفي في بيان أن الزيارة "ستتناول التحضير لزيارة الرئيس الروسي المقبلة".'
    )

    assert _speakers(text) == [("kremlin", None, "", None), ("russian-foreign-ministry", None, "", None)]


def test_a_press_office_named_with_no_owner_anywhere_stays_as_written():
    text = 'وقال المكتب الصحفي في بيان إن الزيارة "ستتناول التحضير لزيارة الرئيس الروسي المقبلة إلى المنطقة".'

    assert _speakers(text) == [(None, "المكتب الصحفي", "", None)]


def test_the_subject_of_kana_past_an_aside_between_commas_says_what_follows_qad():
    text = (
        "وكان النائب سمير عبد الصبور، عضو لجنة العلاقات الخارجية بمجلس النواب، قد طالب الحكومة "
        'المصرية بـ"قراءة هادئة للمتغيرات في آسيا بعيداً عن الاستقطاب الدولي".\n'
        "وكان وزير الخارجية الروسي سيرغي لافروف، في ختام زيارته، قد دعا واشنطن إلى "
        '"قراءة هادئة للمتغيرات في آسيا بعيداً عن الاستقطاب الدولي".\n'
        "وكانت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا، في إحاطتها الأسبوعية، قد حذرت "
        'طوكيو من "مغبة الانجرار وراء السياسة الأمريكية في المنطقة".\n'
        "وكان الرئيس الأمريكي، بحسب مسؤولين، قد أبلغ المستشار الألماني أن "
        '"العقوبات ستشمل كل من يشتري الذخيرة الكورية".'
    )

    assert _speakers(text) == [
        (None, "سمير عبد الصبور", "", None),
        ("sergei-lavrov", None, "", None),
        ("maria-zakharova", None, "", None),
        ("joe-biden", None, "", None),
    ]


def test_qad_after_a_comma_with_no_kana_leaves_the_verb_its_subject_after_it():
    text = (
        'وفي مؤتمر صحفي مشترك، قد أكد الوزير سيرغي لافروف أن "الشراكة مع بيونغ يانغ لا تستهدف أي طرف ثالث".'
    )

    assert _speakers(text) == [("sergei-lavrov", None, "", None)]


def test_a_parenthesis_in_the_description_is_not_the_start_of_the_name_after_it():
    text = (
        "ورأى الباحث في المعهد الملكي للخدمات المتحدة (روسي) نايجل بارتون أن "
        "«بوتين يشتري الوقت بقذائف قديمة والثمن تدفعه أوروبا».\n"
        "وقال الخبير في مركز الدراسات الاستراتيجية والدولية (سيسيس) مارك كانسيان إن "
        "«الذخائر الكورية رديئة لكنها كثيرة جدا وتكفي لأشهر».\n"
        "وقال الخبير في مركز الدراسات الاستراتيجية (CSIS) مارك كانسيان إن "
        "«الذخائر الكورية رديئة لكنها كثيرة جدا وتكفي لأشهر»."
    )

    assert _speakers(text) == [
        (None, "نايجل بارتون", "", None),
        (None, "مارك كانسيان", "", None),
        (None, "مارك كانسيان", "", None),
    ]


def test_a_parenthesis_with_no_name_after_it_gives_no_name():
    text = (
        "وقال باحث في المعهد الملكي للخدمات المتحدة (روسي) إن "
        "«بوتين يشتري الوقت بقذائف قديمة والثمن تدفعه أوروبا»."
    )

    assert _speakers(text) == [(None, None, "باحث", None)]
