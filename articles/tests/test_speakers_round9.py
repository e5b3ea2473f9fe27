"""Speaker rules of round 9 (issue 11), learnt from the errors of the holdout8 split by class:
each test is an invented paragraph for one class and asserts exactly who speaks."""

from articles.tests.speaking import statement_speakers as _speakers


def test_a_registry_persons_short_family_name_opening_a_longer_name_after_a_place_is_another_person():
    text = (
        "صرّح سفير جمهورية كوريا الديمقراطية الشعبية في القاهرة تشوي ميونغ سو بأن "
        '"العلاقات مع موسكو تدخل مرحلة غير مسبوقة".'
    )

    assert _speakers(text) == [(None, "تشوي ميونغ سو", "", None)]


def test_a_compound_family_name_given_in_full_is_the_same_person_later():
    text = (
        'وقال الدكتور منير عبد الرزاق، أستاذ العلاقات الدولية، إن "القمة رسالة إلى واشنطن أولاً". '
        'وتابع عبد الرزاق: "الموقف العربي سيبقى حذراً في المرحلة المقبلة".'
    )

    assert _speakers(text) == [(None, "منير عبد الرزاق", "", None), (None, "منير عبد الرزاق", "", None)]


def test_media_in_the_plural_before_their_verb_are_unnamed_not_the_speaker_before():
    text = (
        'وقالت وكالة الأنباء المركزية الكورية إن الزعيم "أنهى جولة ناجحة في الشرق الروسي". '
        'غير أن وسائل إعلام يابانية ذكرت أن "الموكب غيّر مساره مرتين لأسباب أمنية".'
    )

    assert _speakers(text) == [("kcna", None, "", None), (None, None, "", None)]


def test_a_body_glued_to_la_after_a_definite_title_is_whose_title_it_is_not_an_addressee():
    text = (
        "وقال الممثل الأعلى للاتحاد الأوروبي للشؤون الخارجية جوزيب بوريل إن "
        '"الاتحاد سيدرس حزمة عقوبات جديدة خلال أيام".'
    )

    assert _speakers(text) == [("josep-borrell", None, "", None)]


def test_a_name_after_a_known_place_following_fi_opens_there():
    text = (
        "ونقلت صحيفة محلية عن السفير الروسي في الأردن غليب ديسياتنيكوف قوله إن "
        '"موسكو لا تخفي شيئاً عن شركائها في المنطقة".'
    )

    assert _speakers(text) == [(None, "غليب ديسياتنيكوف", "", None)]


def test_a_preposition_with_its_pronoun_closes_the_complement_before_a_name():
    text = 'وأصدر الحزب الديمقراطي بياناً مقتضباً. وقال العضو فيه سالم المطري إن "الشعوب الحرة تقف صفاً واحداً".'

    assert _speakers(text) == [(None, "سالم المطري", "", None)]


def test_a_noun_in_construct_inside_a_title_is_no_name_and_the_name_after_it_speaks():
    text = (
        "وقال المتحدث باسم مفوضية الأمم المتحدة لشؤون اللاجئين ماتيو سالدانيا إن "
        '"المفوضية تتابع أوضاع العمال الكوريين في الخارج".'
    )

    assert _speakers(text) == [(None, "ماتيو سالدانيا", "", None)]


def test_a_cue_word_after_fi_is_a_noun_and_the_verb_before_it_speaks():
    text = (
        "من جهتها، قالت وزارة الخارجية النمساوية في رد مكتوب على أسئلة الصحيفة: "
        '"نطالب جميع الأطراف بالالتزام الكامل بالعقوبات الدولية".'
    )

    assert _speakers(text) == [(None, "وزارة الخارجية النمساوية", "", None)]


def test_a_responsible_source_in_an_unregistered_ministry_speaks_for_the_ministry():
    text = 'وصرح مصدر مسؤول في وزارة الخارجية القطرية بأن "الدوحة تدعم كل جهد يخفف التوتر في آسيا".'

    assert _speakers(text) == [(None, "وزارة الخارجية القطرية", "", None)]


def test_a_foreign_name_opening_with_la_before_an_apposition_is_a_name_not_an_addressee():
    text = (
        'ويرى لورنس فيليبس، الباحث في معهد الدراسات الاستراتيجية في لندن، أن "العقوبات فقدت '
        'الكثير من أثرها"، مضيفاً: "الحل لن يأتي من مجلس الأمن".'
    )

    assert _speakers(text) == [(None, "لورنس فيليبس", "", None), (None, "لورنس فيليبس", "", None)]


def test_united_nations_agencies_are_registered_by_their_arabic_names():
    text = (
        'وقال برنامج الأغذية العالمي إن "ملايين السكان يحتاجون إلى مساعدات عاجلة قبل الشتاء". '
        'وأكدت اليونيسف أن "الأطفال هم أول من يدفع ثمن العزلة الطويلة".'
    )

    assert _speakers(text) == [("world-food-programme", None, "", None), ("unicef", None, "", None)]


def test_a_definite_object_before_bi_annaha_ends_the_name_before_it():
    text = 'ووصف النائب في البرلمان سمير الخطيب الاتفاق بأنه "خطوة أولى نحو عالم متعدد الأقطاب".'

    assert _speakers(text) == [(None, "سمير الخطيب", "", None)]


def test_a_bare_jihaz_refers_back_to_the_agency_named_before():
    text = (
        'وقال جهاز الاستخبارات الوطني الكوري الجنوبي إن "الشحنات تواصلت طوال الشهر الماضي". '
        'ونقل نائب في البرلمان عن الجهاز قوله إن "عدد الحاويات تجاوز ستة آلاف حاوية".'
    )

    assert _speakers(text) == [
        ("south-korea-national-intelligence-service", None, "", None),
        ("south-korea-national-intelligence-service", None, "", None),
    ]
