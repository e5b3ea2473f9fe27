"""Speaker rules of round 24 (issue 11), learnt from the errors of the holdout24 split by
class: each test is an invented paragraph, in several outlets' wording of one construction,
and asserts exactly who speaks; a trap beside it where the rule must not fire."""

from articles.tests.speaking import statement_speakers as _speakers


def test_a_dateline_on_its_own_line_credits_its_agency_by_initials():
    text = (
        "نيويورك - (أ ب)\n"
        'وأفادت الوكالة بأن "مسؤولين في الأمم المتحدة يتابعون الزيارة عن كثب".\n'
        'وذكرت الوكالة الأمريكية أن "الوفد غادر المدينة مساء الأربعاء".'
    )

    assert _speakers(text) == [
        ("associated-press", None, "", None),
        ("associated-press", None, "", None),
    ]


def test_a_masthead_channel_on_the_first_line_is_no_agency():
    text = 'بغداد - السومرية\nوأفادت الوكالة بأن "الوفد غادر المدينة مساء الأربعاء".'

    assert _speakers(text)[0][:2] == (None, None)


def test_an_agency_by_its_country_alone_is_the_one_registered_agency_of_that_country():
    text = (
        'وذكرت الوكالة الفرنسية أن "الوفد الكوري الشمالي غادر محطة فوستوتشني مساء الأربعاء".\n'
        'وأشارت الوكالة الكورية الجنوبية إلى أن "سيول تدرس الرد بالتنسيق مع حلفائها".\n'
        'وأضافت الوكالة الروسية أن "القطار المصفح سيتوقف في خاباروفسك قبل عودته".'
    )

    speakers = _speakers(text)
    assert speakers[:2] == [("afp", None, "", None), ("yonhap", None, "", None)]
    assert speakers[2][:2] == (None, None)  # TASS, RIA Novosti, Interfax, Sputnik: no one agency


def test_a_ministry_by_its_kind_and_country_takes_up_the_ministry_named_before():
    text = (
        'أعلنت وزارة الخارجية اليابانية أن "طوكيو تتابع عن كثب تحركات القطار المصفح".\n'
        'وأضافت الوزارة اليابانية: "أي نقل للأسلحة سيقابل برد منسق مع الحلفاء".\n'
        'من جهتها، قالت الوزارة الصينية إن "بكين لا علم لها بتفاصيل المحادثات".'
    )

    speakers = _speakers(text)
    assert speakers[:2] == [("japanese-foreign-ministry", None, "", None)] * 2
    assert speakers[2][:2] == (None, None)


def test_ali_is_a_name_in_copy_that_shows_no_egyptian_spelling():
    text = (
        'رأى الوزير السابق الدكتور علي حمية أن "القمة تعيد رسم التوازنات في آسيا".\n'
        'وأضاف حمية: "لبنان معني بما يجري ولو من بعيد".\n'
        'وقال النائب علي هامش جلسة اللجنة إن "الحكومة لم تناقش الملف بعد".'
    )

    speakers = _speakers(text)
    assert speakers[:2] == [(None, "علي حمية", "", None)] * 2
    assert speakers[2][:2] == (None, None)


def test_ali_stays_the_preposition_where_the_copy_spells_final_alif_maqsura_as_ya():
    text = 'وأشار الوزير إلي الملف، وقال الخبير علي حمية أن "القمة تعيد رسم التوازنات".'

    assert _speakers(text)[0][:2] == (None, None)


def test_a_definite_given_name_no_list_holds_opens_a_name_before_one_family_name():
    text = (
        'قال السفير السابق الطريفي كرمنو إن "روسيا تحاول بناء شبكة تحالفات جديدة".\n'
        'وأوضح كرمنو في إفادته: "الحرب جعلتنا ننظر إلى الخارج بعين المصلحة".\n'
        'أوضح السفير الأسبق العبيد مروح أن "موسكو تبحث عن موطئ قدم في كل مكان".\n'
        'وقال الخبير الاقتصادي حمدان إن "الأسواق لم تتأثر بالزيارة حتى الآن".'
    )

    speakers = _speakers(text)
    assert speakers[:3] == [
        (None, "الطريفي كرمنو", "", None),
        (None, "الطريفي كرمنو", "", None),
        (None, "العبيد مروح", "", None),
    ]
    assert speakers[3][:2] == (None, None)


def test_a_statement_the_subject_answers_with_is_its_own_and_the_later_statement_too():
    text = (
        'وردّت الخارجية الصينية ببيان جاء فيه: "بكين تدعو إلى الحوار والتهدئة".\n'
        'وتابع البيان: "نرفض منطق العقوبات الأحادية".\n'
        'وردّ البيت الأبيض على بيان للكرملين جاء فيه أن "واشنطن تختلق الذرائع للتصعيد".'
    )

    assert _speakers(text) == [
        ("chinese-foreign-ministry", None, "", None),
        ("chinese-foreign-ministry", None, "", None),
        ("kremlin", None, "", None),
    ]


def test_a_relative_or_aide_of_a_registered_title_is_the_name_after_it():
    text = (
        "وقالت الأخت النافذة للزعيم الكوري الشمالي كيم يو جونغ، في بيان نشرته الوكالة المركزية، "
        'إن "واشنطن تعيش أوهام القوة".\n'
        'وقال المستشار الخاص للرئيس الروسي يوري أوشاكوف إن "الاتفاقات ستنفذ في موعدها".\n'
        'وقال الوزير للرئيس الروسي إن "الاتفاقات ستنفذ في موعدها المحدد".'
    )

    speakers = _speakers(text)
    assert speakers[0][:2] == ("kim-yo-jong", None)
    assert speakers[1] == ("yuri-ushakov", None, "", None)
    assert speakers[2][:2] == (None, None)


def test_a_counterpart_named_after_his_title_speaks_but_not_the_one_met():
    text = (
        'وقال لافروف إن "موسكو وبكين تنسقان مواقفهما"، فيما قال نظيره الصيني وانغ يي إن '
        '"العلاقات في أفضل حالاتها".\n'
        'والتقى لافروف نظيرته الكورية تشوي سون هوي، وقال إن "المحادثات كانت بناءة وصريحة".\n'
        'وقالت نظيرته الكورية الشمالية تشوي سون هوي إن "بيونغ يانغ تقف مع موسكو".'
    )

    assert [speaker[0] for speaker in _speakers(text)] == [
        "sergei-lavrov",
        "wang-yi",
        "sergei-lavrov",
        "choe-son-hui",
    ]


def test_a_station_keeps_its_number_in_its_name():
    text = (
        'وقالت إذاعة بيت لحم 2000 في نشرتها: "العالم يراقب القطار المصفح وننتظر".\n'
        'وقالت إذاعة البلد 92 في نشرتها المسائية: "الشارع الأردني منقسم حول جدوى القمة".'
    )

    assert [speaker[1] for speaker in _speakers(text)] == ["إذاعة بيت لحم 2000", "إذاعة البلد 92"]


def test_an_official_relayed_by_an_agency_described_by_its_country_speaks_for_its_presidency():
    text = (
        'وذكرت وكالة يونهاب أن "سيول تدرس الرد بالتنسيق مع حلفائها".\n'
        'وقالت الوكالة الكورية الجنوبية نقلاً عن مسؤول في الرئاسة إن "الأمن القومي على رأس الأولويات".'
    )

    assert [speaker[0] for speaker in _speakers(text)] == ["yonhap", "south-korea-presidential-office"]


def test_the_one_in_whose_company_a_visit_was_made_speaks_after_a_relative_pronoun():
    text = (
        'وكان كيم قد تفقّد الطائرات برفقة شويغو، الذي قال لضيفه: "هذه الصواريخ لا مثيل لها في العالم".\n'
        "وتجول الزعيم في المعرض بصحبة وزير الدفاع الروسي سيرغي شويغو، الذي قال للصحفيين: "
        '"هذه الطائرات لا مثيل لها في العالم".\n'
        'وتجول بوتين في المعرض برفقة مساعده، الذي قال: "الزيارة ستستمر حتى المساء".'
    )

    speakers = _speakers(text)
    assert speakers[:2] == [("sergei-shoigu", None, "", None)] * 2
    assert speakers[2][:2] == (None, None)


def test_a_message_someone_sent_carries_his_words_but_not_the_addressee():
    text = (
        "وجاء في برقية بعث بها كيم إلى بوتين لدى مغادرته الأراضي الروسية: "
        "«أشكركم على حفاوة الاستقبال التي لن ينساها شعبنا».\n"
        'وجاء في رسالة أرسلها الرئيس الروسي إلى نظيره الصيني: "نقدر دعمكم الثابت في كل المحافل".\n'
        'وجاء في برقية بعث بها إلى الرئيس بوتين: "شعبنا لن ينسى حفاوة الاستقبال أبدا".'
    )

    speakers = _speakers(text)
    assert speakers[:2] == [("kim-jong-un", None, "", None), ("vladimir-putin", None, "", None)]
    assert speakers[2][:2] == (None, None)
