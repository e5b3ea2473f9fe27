"""Speaker rules of round 14 (issue 11), learnt from the errors of the holdout11 split by
class: each test is an invented paragraph, in several outlets' wording of one construction,
and asserts exactly who speaks; a trap beside it where the rule must not fire."""

from articles.tests.speaking import statement_speakers as _speakers


def test_a_topic_after_amma_keeps_its_verb_through_the_preposition_of_the_clause():
    text = (
        'أما الباحثة سلمى حداد فتلفت إلى أن الخطاب الرسمي "تغير كثيراً خلال الأشهر الماضية". '
        'أما المحلل عمر الخطيب فيحذر من أن "العقوبات فقدت أثرها منذ زمن بعيد".'
    )

    assert _speakers(text) == [(None, "سلمى حداد", "", None), (None, "عمر الخطيب", "", None)]


def test_a_subject_after_the_verb_of_an_amma_sentence_is_still_the_subject():
    text = 'أما في العاصمة فيشير الوزير سمير حداد إلى أن "الحكومة لن تغير موقفها من القمة".'

    assert _speakers(text) == [(None, "سمير حداد", "", None)]


def test_a_verb_right_after_a_relative_pronoun_is_said_by_whom_the_pronoun_takes_up():
    text = (
        "أجرى الوزير مباحثات مع نظيرته الكورية الشمالية تشوي سون هوي، التي قالت إن "
        '"زيارة الزعيم إلى روسيا فتحت صفحة جديدة". '
        'واتصلت الصحيفة بالمحلل السياسي سمير خليل، الذي أكد أن "العقوبات لم تعد تخيف أحداً في هذه المرحلة".'
    )

    assert _speakers(text) == [("choe-son-hui", None, "", None), (None, "سمير خليل", "", None)]


def test_a_relative_clause_whose_verb_names_its_subject_is_not_the_antecedents():
    text = 'وأشار الوزير إلى الاتفاق الذي قال الرئيس بوتين إنه "سيفتح صفحة جديدة في العلاقات بين البلدين".'

    assert _speakers(text) == [("vladimir-putin", None, "", None)]


def test_a_relative_pronoun_for_an_unregistered_body_gets_nobody_not_an_earlier_speaker():
    text = (
        'وقالت الوزيرة سلمى حداد إن "الحوار هو الطريق الوحيد". '
        "وحاولت الصحيفة التواصل مع السفارة الروسية في عمّان، التي اكتفت بالقول إن "
        '"العلاقات بين البلدين لا تستهدف أحداً".'
    )

    assert _speakers(text) == [(None, "سلمى حداد", "", None), (None, None, "", None)]


def test_a_source_aside_right_after_a_verb_with_no_subject_leaves_the_speaker_inherited():
    text = (
        'وكان الرئيس الروسي قد صرح للصحفيين بأن "كل شيء ممكن في إطار القانون الدولي". '
        'ثم قال، بحسب وكالة تاس، إن بلاده "لا تنتهك أي التزام دولي". '
        'وقالت الوزيرة سلمى حداد إن "الحوار هو الحل الوحيد للأزمة". '
        'وأضافت، وفق ما نقلت وكالة رويترز، أن "الوقت ينفد أمام الجميع".'
    )

    assert _speakers(text) == [
        ("vladimir-putin", None, "", None),
        ("vladimir-putin", None, "", "tass"),
        (None, "سلمى حداد", "", None),
        (None, "سلمى حداد", "", "reuters"),
    ]


def test_a_source_aside_after_a_named_subject_does_not_bring_back_the_earlier_speaker():
    text = (
        'وقال الرئيس الروسي إن "كل شيء ممكن في إطار القانون الدولي". '
        'وقال الوزير سمير حداد، بحسب وكالة رويترز، إن "بلاده لن تنضم إلى أي محور".'
    )

    assert _speakers(text) == [("vladimir-putin", None, "", None), (None, "سمير حداد", "", "reuters")]


def test_a_broadcasters_film_carries_its_words_through_jaa_fihi():
    text = (
        "وعرض التلفزيون المركزي الكوري، مساء الجمعة، شريطاً عن الزيارة جاء فيه أن "
        '"الزعيم المحترم فتح طريقاً جديداً للعلاقات بين البلدين". '
        "وبثت قناة روسيا اليوم فيلماً وثائقياً عن القطار جاء فيه أن "
        '"الرحلة استغرقت أكثر من عشرين ساعة عبر الحدود".'
    )

    assert _speakers(text) == [("korean-central-television", None, "", None), ("rt", None, "", None)]


def test_words_on_a_banner_seen_in_a_film_have_no_speaker():
    text = 'وظهر في الشريط طلاب يرفعون لافتة كتب عليها "الصداقة بين الشعبين خالدة إلى الأبد في كل العصور".'

    assert _speakers(text) == [(None, None, "", None)]


def test_a_verb_of_saying_right_before_bil_qawl_is_the_cue_after_its_subject_or_topic():
    text = (
        "بكين صامتة، والمتحدثة باسم خارجيتها ماو نينغ اكتفت بالقول إن "
        '"هذا شأن يخص البلدين الجارين وحدهما". '
        'أما الوزير سمير حداد فاكتفى بالقول: "سنعلن موقفنا في الوقت المناسب بعد التشاور".'
    )

    assert _speakers(text) == [("mao-ning", None, "", None), (None, "سمير حداد", "", None)]


def test_a_host_before_bil_qawl_is_the_object_not_a_verb_of_saying():
    text = 'وفي ختام العشاء، شكر كيم مضيفه بالقول: "لن ننسى هذا الاستقبال الحار أبداً ما حيينا".'

    assert _speakers(text) == [("kim-jong-un", None, "", None)]


def test_the_head_of_a_countrys_diplomacy_is_its_foreign_minister():
    text = (
        'وأوضح رئيس الدبلوماسية الروسية أن المحادثات "تناولت كل الملفات المطروحة بين البلدين". '
        'من جهته، قال رئيس الدبلوماسية الأميركية إن واشنطن "تراقب عن كثب كل ما يجري بين العاصمتين". '
        'وقالت رئيسة الدبلوماسية الألمانية إن "برلين تتابع التطورات بقلق بالغ".'
    )

    assert _speakers(text) == [
        ("sergei-lavrov", None, "", None),
        ("antony-blinken", None, "", None),
        ("annalena-baerbock", None, "", None),
    ]


def test_the_head_of_a_partys_diplomacy_is_nobody_the_registry_knows():
    text = 'وقال رئيس الدبلوماسية السابق في الحزب إن "الأوضاع تتغير بسرعة في المنطقة كلها".'

    assert _speakers(text) == [(None, None, "", None)]


def test_agencies_by_the_names_maghrebi_and_gulf_copy_give_them():
    text = (
        'وقالت الوكالة الكورية المركزية إن الزعيم "عبّر عن رضاه الكامل عن نتائج الزيارة". '
        'وأفادت وكالة الأنباء الفرنسية بأن الصور أظهرت "حركة غير معتادة لقطارات الشحن على الحدود".'
    )

    assert _speakers(text) == [("kcna", None, "", None), ("afp", None, "", None)]


def test_the_agency_alone_still_refers_back_to_the_agency_named_before():
    text = (
        'ونقلت وكالة ريا نوفوستي عن مصدر أن الزيارة "ستستغرق ثلاثة أيام كاملة". '
        'وقالت الوكالة إن الوفد "يضم وزيري الدفاع والخارجية".'
    )

    assert _speakers(text) == [(None, None, "مصدر", "ria-novosti"), ("ria-novosti", None, "", None)]


def test_a_quote_in_a_clause_joined_by_wa_anna_belongs_to_the_verb_reporting_both():
    text = (
        "أعلنت كوريا الشمالية، الخميس، أن زعيمها كيم جونغ أون دعا الرئيس الروسي إلى زيارة بيونغ يانغ، "
        'وأن بوتين "قبل الدعوة بكل سرور". '
        "وذكرت وكالة يونهاب أن الوزير سمير حداد طالب الحكومة بالتحرك، "
        'وأن رئيس الوزراء "وعد بدراسة الطلب في أقرب وقت ممكن".'
    )

    assert _speakers(text) == [("north-korea", None, "", None), ("yonhap", None, "", None)]


def test_a_second_clause_with_a_verb_of_saying_of_its_own_is_that_verbs():
    text = (
        "وذكرت وكالة يونهاب أن الزعيم دعا الرئيس الروسي إلى الزيارة، "
        'وقال بوتين إن "الدعوة مقبولة وسيتم تحديد موعدها لاحقاً".'
    )

    assert _speakers(text) == [("vladimir-putin", None, "", None)]


def test_what_a_body_denied_or_confirmed_is_its_own_words_after_the_participle():
    text = (
        "ونقلت الصحيفة عن مسؤولين أمريكيين أن موسكو "
        '"قد تقدم تكنولوجيا الغواصات مقابل القذائف"، وهو ما نفاه الكرملين، '
        'معتبراً أن هذه التقارير "لا أساس لها من الصحة". '
        "وأشارت مصادر إلى أن الزيارة ستتم قريباً، وهو ما أكده الكرملين، "
        'موضحاً أن الموعد "سيحدد عبر القنوات الدبلوماسية المعتادة".'
    )

    assert _speakers(text) == [
        (None, None, "مسؤولين أمريكيين", None),
        ("kremlin", None, "", None),
        ("kremlin", None, "", None),
    ]


def test_a_denial_inside_the_speakers_own_clause_does_not_change_the_speaker():
    text = (
        'وقال الخبير سمير حداد إن "الصفقة تمت فعلاً"، '
        'مضيفاً أن الطرفين نفياها لاحقاً ولكن "الأدلة كثيرة على الأرض".'
    )

    assert _speakers(text) == [(None, "سمير حداد", "", None)]


def test_first_person_words_on_an_answers_line_are_the_interviewees():
    text = (
        "حوار - سامر يوسف\n"
        "التقت الصحيفة السفير السابق عادل منصور، وسألته عن القمة.\n"
        "س: هل تتوقع صفقة سلاح؟\n"
        'ج: هذا وارد. الرئيس بوتين قال إن هناك "إمكانيات كبيرة"، '
        'وأنا أسمي ما جرى "تحالف الضرورة بين دولتين معزولتين".'
    )

    assert _speakers(text) == [(None, "عادل منصور", "", None)]


def test_first_person_words_in_a_question_are_not_the_interviewees():
    text = (
        "حوار - سامر يوسف\n"
        "التقت الصحيفة السفير السابق عادل منصور، وسألته عن القمة.\n"
        'س: أنا أسمي ما جرى "تحالف الضرورة بين دولتين معزولتين"، فهل توافق على هذا الوصف؟\n'
        "ج: نعم إلى حد ما."
    )

    assert _speakers(text) == [(None, None, "", None)]


def test_a_turn_opened_by_an_abbreviated_title_is_the_named_guests():
    text = (
        "الدوحة - قناة الريان\n"
        'قال الباحث الدكتور جونغ سو هيون للقناة إن "القمة غيرت الكثير من المعادلات في المنطقة".\n'
        "- القناة: هل تملك سيول أدوات للرد؟\n"
        '- د. جونغ: الأدوات محدودة. أنا أقول دائماً لطلابي: "انظروا إلى القطارات لا إلى التصريحات الرسمية".'
    )

    assert _speakers(text) == [(None, "جونغ سو هيون", "", None), (None, "جونغ سو هيون", "", None)]


def test_an_unnamed_spokesman_on_its_behalf_speaks_for_the_body_named_before():
    text = (
        "ولم يؤكد الكرملين على الفور موعد الزيارة، لكن المتحدث باسمه قال إن "
        '"الزيارة ستتم في موعد يتفق عليه عبر القنوات الدبلوماسية". '
        "ورفضت وزارة الخارجية الصينية التعليق على التقارير، واكتفت المتحدثة باسمها بالقول إن "
        '"بكين تدعو جميع الأطراف إلى ضبط النفس".'
    )

    assert _speakers(text) == [("kremlin", None, "", None), ("chinese-foreign-ministry", None, "", None)]


def test_an_unnamed_spokesman_of_a_person_stays_without_a_speaker():
    text = (
        'واستقبل الرئيس الروسي ضيفه في المطار، وقال المتحدث باسمه إن "اللقاء سيستمر ساعات طويلة بين الوفدين".'
    )

    assert _speakers(text) == [(None, None, "", None)]
