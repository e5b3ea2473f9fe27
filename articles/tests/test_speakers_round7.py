"""Speaker rules of round 7 (issue 11), learnt from the errors of the holdout6 split by class:
each test is an invented paragraph for one class and asserts exactly who speaks."""

from articles.tests.speaking import statement_speakers as _speakers


def test_a_four_letter_surname_missing_a_long_vowel_is_the_registry_person_not_a_korean_syllable():
    text = (
        'وأكد الرئيس الروسي فلاديمير بوتن أن موسكو "لن تقبل الإملاءات من أي طرف كان". '
        'وقال الباحث الكوري كيم جانغ أون إن "القمة رسالة واضحة إلى سيول".'
    )

    assert _speakers(text) == [("vladimir-putin", None, "", None), (None, "كيم جانغ أون", "", None)]


def test_a_qualifier_after_a_military_rank_is_not_part_of_the_name():
    text = (
        'وقال اللواء أركان حرب سامح الدميري إن "الذخائر الكورية قديمة لكنها كثيرة". '
        '"لن نرى صفقة معلنة"، يضيف الدميري. '
        'وقال العميد الركن نزار الحلبي إن "المدفعية هي سيدة هذه الحرب".'
    )

    assert _speakers(text) == [
        (None, "سامح الدميري", "", None),
        (None, "سامح الدميري", "", None),
        (None, "نزار الحلبي", "", None),
    ]


def test_a_participle_after_a_verb_not_of_saying_takes_its_unnamed_subject():
    text = (
        'وقال الرئيس الروسي فلاديمير بوتين إن "التعاون سيتطور في كل المجالات". '
        'وقد ابتسم لي أحد المسؤولين الأتراك قائلاً: "موسكو تعرف ما تريد من هذه الزيارة".'
    )

    assert _speakers(text) == [
        ("vladimir-putin", None, "", None),
        (None, None, "أحد المسؤولين الأتراك", None),
    ]


def test_an_embassy_takes_its_seat_glued_to_ba_or_from_the_dateline():
    text = (
        "الرباط - (أ ف ب) -\n"
        'وقال مصدر في السفارة الصينية إن "بكين تدعم كل حوار بين الأطراف المعنية". '
        'وقال متحدث باسم السفارة الروسية بتونس إن "العلاقات مع بيونغ يانغ شأن سيادي". '
        'وقال مسؤول في السفارة المغربية إن "الرباط تتابع الوضع بانتباه شديد".'
    )

    assert _speakers(text) == [
        (None, "السفارة الصينية في الرباط", "", None),
        (None, "السفارة الروسية في تونس", "", None),
        (None, "السفارة المغربية", "", None),
    ]


def test_single_angle_marks_quote_and_a_flash_label_in_marks_or_brackets_opens_the_line():
    text = (
        '‹عاجل› لافروف لنظيرته: "زيارتكم تفتح صفحة جديدة بين بلدينا"\n'
        '[عاجل] بيسكوف: "لا نعلق على تفاصيل المحادثات الجارية الآن"\n'
        "وكتب الرفيق القائد في سجل الزوار: ‹إن الصداقة بين شعبينا لا تعرف الحدود›"
    )

    assert _speakers(text) == [
        ("sergei-lavrov", None, "", None),
        ("dmitry-peskov", None, "", None),
        ("kim-jong-un", None, "", None),
    ]


def test_a_ticker_line_names_its_speaker_then_the_statement_it_speaks_in():
    text = (
        '• الكرملين في بيان: "المحادثات جرت في أجواء بناءة وصريحة"\n'
        "• حزب الله في بيان: «القمة ضربة جديدة لسياسة العقوبات الأميركية»"
    )

    assert _speakers(text) == [("kremlin", None, "", None), (None, "حزب الله", "", None)]


def test_an_official_of_an_unregistered_union_speaks_for_it_with_its_field():
    text = (
        'وقال مسؤول في الاتحاد العام المغربي للشغل إن "العمال يدفعون ثمن كل سباق تسلح". '
        'وقال مصدر في جمعية الصداقة المصرية الروسية للصحفيين إن "التغطية كانت محدودة جدا هذه المرة".'
    )

    assert _speakers(text) == [
        (None, "الاتحاد العام المغربي للشغل", "", None),
        (None, "جمعية الصداقة المصرية الروسية", "", None),
    ]


def test_a_possessed_statement_after_the_subject_is_its_object():
    text = (
        'وذكرت وكالة الأنباء المركزية الكورية أن الزعيم "تفقد المنشآت الفضائية بنفسه"، '
        'واختتمت الوكالة الكورية تقريرها بالقول إن "الزيارة فتحت صفحة جديدة في تاريخ البلدين".'
    )

    assert _speakers(text) == [("kcna", None, "", None), ("kcna", None, "", None)]


def test_a_speaker_known_by_a_quoted_name_is_proposed_under_it():
    text = (
        'وكتب المدون الروسي المعروف باسم "الجندي الصامت" على قناته في تلغرام: '
        "«القمة وحدها كافية لإرباك خصومنا في الغرب». "
        'وتساءل حساب يحمل اسم "عين على آسيا" عن "ثمن هذه الصداقة ومن سيدفعه في النهاية".'
    )

    assert _speakers(text) == [(None, "الجندي الصامت", "", None), (None, "عين على آسيا", "", None)]


def test_a_transcript_turn_speaks_in_the_first_person_and_even_names_its_subject():
    text = (
        "نص المقابلة - برنامج «المشهد»\n"
        'المذيع كريم نصار: كيف تقرأون التوقيت؟ وزير الخارجية الأميركي قال أمس إن "الصفقة خطيرة على الجميع".\n'
        "الدكتور سامر حداد (أستاذ العلاقات الدولية): التوقيت مدروس. "
        'حتى بيسكوف قال بالحرف: "لن نعلن كل ما اتفقنا عليه". '
        'وأنا أقول لك: "لا أحد يملك دليلا على أي صفقة حتى الآن".'
    )

    assert _speakers(text) == [
        ("antony-blinken", None, "", None),
        ("dmitry-peskov", None, "", None),
        (None, "سامر حداد", "", None),
    ]


def test_an_editorial_speaks_as_its_paper_named_in_quotes_or_in_the_first_person_plural():
    text = (
        "الوطن | رأي الوطن\n"
        'لقد نبهت «الوطن» مراراً إلى أن "سياسة المحاور لا تصنع سلاما دائما"، '
        'ونقولها اليوم بوضوح: "الحوار وحده يحمي المنطقة من الانزلاق".'
    )

    assert _speakers(text) == [(None, "الوطن", "", None), (None, "الوطن", "", None)]


def test_a_quoted_name_after_the_verb_that_the_rules_cannot_tell_gives_nobody():
    text = (
        'وذكرت "رويترز" أن "الشحنات عبرت الحدود قبل أسابيع". '
        'وقد نبهت «الوطن» مراراً إلى أن "العالم أقل أمانا للجميع اليوم".'
    )

    assert _speakers(text) == [("reuters", None, "", None), (None, None, "", None)]


def test_the_paper_and_the_correspondent_of_the_masthead_are_the_outlet_itself():
    paper = (
        'رودونغ سينمون | 16 سبتمبر 2023\nوجاء في تعليق للصحيفة: "إن الصداقة مع روسيا خيار ثابت لا رجعة فيه".'
    )
    live = (
        "الدستور اليوم | تغطية مباشرة للقمة\n"
        '14:10 - مراسل الدستور اليوم في موسكو: "الطرق المؤدية إلى القاعدة أغلقت منذ الصباح"'
    )

    assert _speakers(paper) == [("rodong-sinmun", None, "", None)]
    assert _speakers(live) == [(None, "الدستور اليوم", "", None)]


def test_a_source_in_the_words_of_an_editorial_names_only_the_quote_without_its_own_verb():
    text = (
        "في المقابل، تبدو طوكيو أكثر حذرا، "
        'فالناطق باسم حكومتها اكتفى بالقول إن "الوضع يخضع للمتابعة الدقيقة"، '
        'وهي صيغة تعني أن اليابان "لا تريد التصعيد في هذه المرحلة"، بحسب تعبير افتتاحية غلوبال تايمز.'
    )

    assert _speakers(text) == [(None, None, "", None), ("global-times", None, "", None)]


def test_a_ministry_without_its_country_takes_the_place_between_a_masthead_and_a_bar():
    text = (
        "الشروق - الجزائر | الخميس 14 سبتمبر 2023\n"
        'ودعت وزارة الشؤون الخارجية "جميع الأطراف إلى ضبط النفس واحترام القانون الدولي".'
    )

    assert _speakers(text) == [(None, "وزارة الشؤون الخارجية الجزائرية", "", None)]


def test_a_participle_past_a_fronted_adverbial_takes_the_verbs_unnamed_subject():
    text = (
        'وقال وزير الخارجية الروسي سيرغي لافروف إن "التعاون سيبلغ آفاقا جديدة". '
        'وفي المساء، هز أحد الخبراء الغربيين رأسه متسائلا: "هل يملك الكوريون ما يكفي لحرب طويلة؟"'
    )

    assert _speakers(text) == [
        ("sergei-lavrov", None, "", None),
        (None, None, "أحد الخبراء الغربيين رأسه", None),
    ]


def test_a_body_with_a_field_of_several_words_is_proposed_whole_or_not_at_all():
    text = (
        'وقال مصدر في الجمعية التونسية لحقوق الإنسان للصحفيين إن "الحرب لا تخدم إلا تجار السلاح". '
        'وقال مسؤول في الرابطة المصرية لشؤون المغتربين في الخارج إن "الجالية تتابع القمة بقلق".'
    )

    assert _speakers(text) == [
        (None, "الجمعية التونسية لحقوق الإنسان", "", None),
        (None, None, "مسؤول في الرابطة المصرية لشؤون المغتربين في الخارج", None),
    ]


def test_a_committee_opening_with_la_is_no_addressee_and_a_name_cut_short_is_none():
    text = (
        'وقالت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا إن "الغرب يكيل بمكيالين كعادته". '
        'وأعلنت لجنة الشؤون الخارجية في البرلمان الأوروبي أن "العقوبات يجب أن تشمل الطرفين معا".\n'
        'وفي بيان للجنة الشؤون العربية والإفريقية بمجلس الشيوخ، جاء أن "المنطقة ترفض سياسة المحاور".'
    )

    assert _speakers(text) == [
        ("maria-zakharova", None, "", None),
        (None, None, "", None),
        (None, None, "", None),
    ]


def test_a_party_named_with_an_adjective_runs_on_to_its_country():
    text = 'وقال الحزب الاشتراكي التونسي إن "التعددية القطبية مصلحة لشعوب الجنوب كلها".'

    assert _speakers(text) == [(None, "الحزب الاشتراكي التونسي", "", None)]


def test_publishing_on_a_platform_is_writing_and_an_embassy_takes_a_seat_with_the_article():
    text = (
        'ونشرت زاخاروفا على قناتها في تلغرام: "واشنطن آخر من يحق له الحديث عن القانون". '
        'وقال متحدث باسم سفارة روسيا في القاهرة إن "العلاقات مع بيونغ يانغ لا تستهدف أحدا".\n'
        'وفي بيان لوزارة الخارجية الصينية نُشر على موقعها: "الحوار هو السبيل الوحيد إلى الحل".'
    )

    assert _speakers(text) == [
        ("maria-zakharova", None, "", None),
        (None, "سفارة روسيا في القاهرة", "", None),
        ("chinese-foreign-ministry", None, "", None),
    ]


def test_a_bare_name_glued_to_la_is_whom_the_source_spoke_to_not_the_bodys_field():
    text = (
        'وقال مصدر في وزارة الخارجية الليبية لبوابة218 إن "طرابلس تتابع التقارب بين البلدين". '
        'وقال مسؤول في وزارة الخارجية الأردنية لعمون إن "المملكة ملتزمة بقرارات الأمم المتحدة". '
        'وقال مسؤول في وزارة الخارجية العراقية لشفق 24 إن "بغداد لا تتدخل في علاقات الدول الأخرى". '
        'وقال مسؤول في الاتحاد العام التونسي للشغل إن "الشعوب تدفع ثمن سباق التسلح دائما".'
    )

    assert _speakers(text) == [
        (None, "وزارة الخارجية الليبية", "", None),
        (None, "وزارة الخارجية الأردنية", "", None),
        (None, "وزارة الخارجية العراقية", "", None),
        (None, "الاتحاد العام التونسي للشغل", "", None),
    ]


def test_the_masthead_outlet_glued_to_la_is_whom_the_source_spoke_to():
    text = (
        "طرابلس/ الوسط\n"
        'وقال مصدر في وزارة الخارجية الليبية للوسط إن "طرابلس تتابع التقارب بين البلدين".\n'
        'وقال المحلل السياسي الليبي عادل الفيتوري للوسط إن "موسكو تبحث عن حلفاء بأي ثمن".'
    )

    assert _speakers(text) == [
        (None, "وزارة الخارجية الليبية", "", None),
        (None, "عادل الفيتوري", "", None),
    ]
