"""Round 26b's speaker rules (issue 11), from holdout27's misses, written first into tune24:
invented paragraphs, the exact speakers, and a trap beside each case where no rule may fire."""

from articles.tests.speaking import statement_speakers as _speakers


def test_an_honorific_may_stand_between_the_comma_and_the_name():
    text = (
        'قال أستاذ العلوم السياسية في جامعة الملك عبد العزيز، الدكتور سعد الحربي، إن "موسكو تبحث عن ذخائر".\n'
        'وكتب المحلل المتخصص في الشؤون الآسيوية، د. سالم الكعبي، على منصة إكس أن "القمة رسالة إلى واشنطن".\n'
        'وقال أستاذ الإعلام في جامعة الملك سعود إن "التغطية الغربية للقمة كانت انتقائية".\n'
        'وقال الباحث في الشؤون الروسية، المقيم في موسكو منذ عقدين، إن "الكرملين يريد ذخائر سريعة".'
    )

    assert _speakers(text) == [
        (None, "سعد الحربي", "", None),  # not the university's عبد العزيز
        (None, "سالم الكعبي", "", None),
        (None, None, "", None),  # the body's name, no speaker's name
        (None, None, "", None),  # an aside, no name
    ]


def test_a_topic_named_between_commas_runs_to_its_verb():
    text = (
        "أما أستاذ الدراسات الاستراتيجية في الجامعة الأردنية، الدكتور عامر السبايلة، "
        'فيقول إن "الغرب دفع البلدين إلى التقارب".\n'
        'أما وزير الدفاع الروسي سيرغي شويغو، الذي زار بيونغ يانغ، فقد قال إن "الجيش الكوري قوي ومنضبط جداً".'
    )

    assert _speakers(text) == [
        (None, "عامر السبايلة", "", None),
        ("sergei-shoigu", None, "", None),  # a relative clause between the commas
    ]


def test_a_correspondent_of_a_medium_written_without_its_kind_speaks_for_it():
    text = (
        'وأفاد مراسل الجزيرة في موسكو بأن المحادثات "تجاوزت الوقت المحدد لها بساعتين".\n'
        'وقالت مراسلة الجزيرة إن الشارع الكوري الجنوبي "يتابع أخبار القمة بقلق واضح".\n'
        'وقال مراسل الشؤون الدبلوماسية إن "الكرملين لم يصدر بياناً ختامياً".'
    )

    assert _speakers(text) == [
        ("al-jazeera", None, "", None),
        ("al-jazeera", None, "", None),
        (None, None, "", None),  # a beat, no medium
    ]


def test_what_the_subject_called_it_is_the_subject_s_words():
    text = (
        'ورفضت الخارجية الصينية ما وصفته بـ"التدخل السافر في شؤون المنطقة".\n'
        'وقال الرئيس الروسي فلاديمير بوتين إن روسيا ترفض ما وصفه بـ"الهيمنة الغربية على القرار الدولي".\n'
        'وقالت وزيرة الخارجية اليابانية يوكو كاميكاوا إن بلادها "ستنسق مع الحلفاء في الأيام المقبلة" '
        'لمواجهة ما وصفته بـ"محور يهدد النظام الدولي".\n'
        'وانتقدت موسكو ما وصفه البيت الأبيض بـ"صفقة أسلحة خطيرة للغاية".'
    )

    assert _speakers(text) == [
        ("chinese-foreign-ministry", None, "", None),
        ("vladimir-putin", None, "", None),  # وصفه: he, not روسيا
        ("yoko-kamikawa", None, "", None),
        ("yoko-kamikawa", None, "", None),  # no subject before ما: the sentence's speaker
        ("white-house", None, "", None),  # named after the verb: not this rule
    ]


def test_a_headline_name_and_colon_before_the_topic_of_the_quote():
    text = (
        'اليابان: صفقة الأسلحة بين موسكو وبيونغ يانغ "انتهاك صارخ للقرارات الدولية"\n'
        'قالت وزيرة الخارجية اليابانية يوكو كاميكاوا إن بلادها "ستنسق مع الحلفاء في الأيام المقبلة".'
    )
    label = 'بالصور: القطار المصفح "يعبر الحدود الروسية فجر اليوم"\nوصل القطار إلى المحطة.'
    acting = 'كيم يعود إلى بيونغ يانغ: القطار المصفح "يعبر الحدود الروسية فجر اليوم"'

    assert _speakers(text) == [("japan", None, "", None), ("yoko-kamikawa", None, "", None)]
    assert _speakers(label) == [(None, None, "", None)]  # a label, no name
    assert _speakers(acting) == [(None, None, "", None)]  # the name acts before the colon


def test_words_written_in_a_reported_clause_are_its_subject_s():
    text = (
        'أفاد مراسل "سبوتنيك" بأن الزعيم كيم جونغ أون ترك في سجل الزوار كلمة جاء فيها: '
        '"المجد لروسيا وشعبها العظيم".\n'
        'وأضاف أن أحد الزوار ترك في السجل نفسه كلمة جاء فيها: "لم أر مثل هذا المكان من قبل".'
    )

    assert _speakers(text) == [
        ("kim-jong-un", None, "", None),
        (None, None, "", None),  # an unnamed writer: no name, never the reporter
    ]


def test_an_envoy_of_a_paper_is_its_correspondent_not_a_name():
    text = 'وقال موفد الأهرام إن "الزيارة حققت أهدافها بالكامل".'

    assert _speakers(text) == [(None, "الأهرام", "", None)]  # the paper proposed, not «موفد الأهرام»


def test_a_noun_of_saying_before_the_speaker():
    text = (
        'وبحسب قول المتحدث باسم الكرملين دميتري بيسكوف، فإن المحادثات "كانت بناءة ومفيدة للطرفين".\n'
        'وعلى حد قول وزير الخارجية الروسي سيرغي لافروف، فإن موسكو "لن تقبل بأي إملاءات خارجية".\n'
        'ونقلت وكالة تاس قول الرئيس فلاديمير بوتين إن بلاده "ستساعد كوريا الشمالية في بناء الأقمار".\n'
        'ووفق قول مسؤول أمريكي، فإن الصفقة "تشمل ملايين القذائف المدفعية".'
    )

    assert _speakers(text) == [
        ("dmitry-peskov", None, "", None),
        ("sergei-lavrov", None, "", None),
        ("vladimir-putin", None, "", "tass"),  # not the agency, nor a man named «وكالة تاس قول»
        (None, None, "مسؤول أمريكي", None),
    ]


def test_the_author_a_signed_opinion_names_speaks_in_the_first_person():
    signed = (
        "رأي | سمير الحسن\n"
        "لم تكن قمة فوستوتشني مفاجئة لمن يتابع الملف.\n"
        'وأقول لمن يستغرب هذا التقارب: "التاريخ يعيد نفسه بأشكال مختلفة".'
    )
    unsigned = 'الرأي | افتتاحية\nأقول لمن يراهن على عزلة روسيا: "الجغرافيا لا تعترف بالعقوبات".'

    assert _speakers(signed) == [(None, "سمير الحسن", "", None)]
    assert _speakers(unsigned) == [(None, None, "", None)]  # not «أقول لمن يراهن …» as a turn's name
