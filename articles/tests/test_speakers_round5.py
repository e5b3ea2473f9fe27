"""Speaker rules of round 5 (issue 11), learnt from the errors of the blind holdout4 split: each
test is an invented paragraph for one class of error and asserts exactly who speaks."""

from articles.tests.speakers import statement_speakers_and_relays as _speakers


def test_a_source_in_a_government_speaks_for_its_country_not_its_cabinet():
    text = 'وقال مصدر في الحكومة اليابانية لوكالة كيودو إن "طوكيو لن تتحرك قبل مشاورات مع الحلفاء".'

    assert _speakers(text) == [("japan", None, "", "kyodo")]


def test_a_medium_in_a_relay_aside_does_not_become_the_speaker_of_the_participle_after_it():
    text = (
        "ورد الزعيم كيم جونغ أون، بحسب ما نقلت وكالة «تاس»، قائلاً إن «بلادنا تقف مع موسكو في كل الظروف». "
        "وأضاف: «الصداقة بين شعبينا لا تهزها العواصف»."
    )

    assert _speakers(text) == [("kim-jong-un", None, "", "tass"), ("kim-jong-un", None, "", None)]


def test_the_medium_whose_reporter_asked_is_not_the_one_who_replies():
    text = (
        'وقالت المتحدثة باسم وزارة الخارجية الصينية ماو نينغ إن "بكين تتابع الزيارة عن كثب". '
        'وردت على سؤال لمراسل وكالة رويترز بالقول: "لا أملك تفاصيل عن جدول الأعمال".'
    )

    assert _speakers(text) == [("mao-ning", None, "", None), ("mao-ning", None, "", None)]


def test_a_body_speaking_through_the_mouth_of_its_named_spokeswoman_gives_her_the_words():
    text = (
        'وأكدت وزارة الخارجية الصينية على لسان المتحدثة ماو نينغ أن "العلاقات بين موسكو وبيونغ يانغ '
        'شأن يخص البلدين". كما أعلنت الوزارة على لسان متحدث باسمها أن "بكين لا تعلق على التفاصيل".'
    )

    assert _speakers(text) == [("mao-ning", None, "", None), ("chinese-foreign-ministry", None, "", None)]


def test_a_title_right_before_another_persons_name_is_the_subject_and_the_name_the_object():
    text = (
        'ووصف الرئيس الروسي كيم جونغ أون بأنه "شريك يمكن الوثوق به"، '
        'وقال للصحفيين إن "المحادثات كانت صريحة ومفيدة".'
    )

    assert _speakers(text) == [("vladimir-putin", None, "", None), ("vladimir-putin", None, "", None)]


def test_a_title_before_its_own_holders_name_still_names_him():
    text = 'وقال الرئيس الروسي فلاديمير بوتين إن "الزيارة ستفتح صفحة جديدة".'

    assert _speakers(text) == [("vladimir-putin", None, "", None)]


def test_a_reply_after_a_quoted_line_is_not_read_as_part_of_the_first_speakers_clause():
    text = (
        'لم يكن عابراً أن يقول بوتين لكيم في القاعدة: "هنا تبدأ رحلتنا إلى النجوم"، '
        'ولا أن يرد الزائر: "نحن أيضاً نريد الوصول إليها".'
    )

    assert _speakers(text) == [("vladimir-putin", None, "", None), (None, None, "", None)]


def test_by_saying_continues_the_verb_of_its_clause_and_its_subject_not_the_last_speaker():
    text = (
        'ورفع الرئيس فلاديمير بوتين كأسه قائلاً: "نخب الصداقة بين بلدينا"، '
        'فيما شكر الزعيم كيم جونغ أون مضيفه بالقول: "لن أنسى هذه الضيافة ما حييت". '
        'واكتفى المتحدث باسم الكرملين ديمتري بيسكوف بالقول: "الأجواء كانت ودية للغاية".'
    )

    assert _speakers(text) == [
        ("vladimir-putin", None, "", None),
        ("kim-jong-un", None, "", None),
        ("dmitry-peskov", None, "", None),
    ]


def test_a_channel_the_copy_calls_anonymous_gets_no_name_and_inherits_none():
    text = (
        'وكتبت قناة «رسائل من الجبهة» على تلغرام: "القطارات لا تتوقف هذه الأيام". '
        'أما قناة مجهولة المصدر فكتبت: "الحليف الجديد أوفى من القدامى".'
    )

    assert _speakers(text) == [(None, "رسائل من الجبهة", "", None), (None, None, "", None)]


def test_a_statement_the_analyst_points_to_belongs_to_its_issuer():
    text = (
        'ويقول الباحث المصري في الشؤون الآسيوية حسام الدين فهمي إن "القمة كانت استعراضاً للقوة". '
        'ويشير فهمي إلى تصريح وزارة الخارجية الأمريكية بأن "موسكو تبحث عن الذخيرة في كل مكان"، '
        'ويختم: "المنطقة العربية ستدفع جزءاً من الثمن".'
    )

    assert _speakers(text) == [
        (None, "حسام الدين فهمي", "", None),
        ("us-state-department", None, "", None),
        (None, "حسام الدين فهمي", "", None),
    ]


def test_a_live_blogs_time_and_a_flashs_label_do_not_hide_the_name_before_the_colon():
    text = (
        '10:15 — لافروف للصحفيين: "المحادثات تسير وفق الجدول المقرر".\n'
        '10:40 — كيم جونغ أون عبر المترجم: "نحن ممتنون لهذا الاستقبال الحار".\n'
        'عاجل: الكرملين: "لا خطط لتوقيع اتفاقيات خلال الزيارة".'
    )

    assert _speakers(text) == [
        ("sergei-lavrov", None, "", None),
        ("kim-jong-un", None, "", None),
        ("kremlin", None, "", None),
    ]


def test_a_statement_in_a_named_paper_belongs_to_the_paper_after_its_kind_and_its_la():
    text = (
        "بيونغ يانغ (وكالة الأنباء المركزية الكورية) - جاء في مقال لصحيفة رودونغ سينمون: "
        '"الرحلة إلى الشرق رسخت صداقة لا تنفصم".'
    )

    assert _speakers(text) == [("rodong-sinmun", None, "", None)]


def test_what_someone_said_cited_by_an_analyst_is_the_sayers():
    text = (
        "ويستشهد الباحث بما قاله الأمين العام للأمم المتحدة أنطونيو غوتيريش من أن "
        '"أي صفقة سلاح مع بيونغ يانغ تخرق قرارات مجلس الأمن".'
    )

    assert _speakers(text) == [("antonio-guterres", None, "", None)]


def test_yakhlus_concludes_like_its_past_tense():
    text = (
        'وقال المحلل الأردني سامر الخطيب إن "القمة رسالة إلى واشنطن". '
        'ويخلص الخطيب إلى أن "المنطقة ستشعر بارتداداتها قريباً".'
    )

    assert _speakers(text) == [(None, "سامر الخطيب", "", None), (None, "سامر الخطيب", "", None)]


def test_a_medium_carrying_the_words_of_whom_the_line_is_about_gives_them_to_him():
    text = (
        "• الزعيم كيم جونغ أون يزور مصنع الطائرات، ووكالة يونهاب تنقل عنه: "
        '"الصناعة الروسية مدرسة نتعلم منها".\n'
        '• وزارة الدفاع الروسية تنشر الصور، والوكالة تنقل عنه: "الزيارة ناجحة بكل المقاييس الممكنة".'
    )

    assert _speakers(text) == [("kim-jong-un", None, "", "yonhap"), (None, None, "", None)]


def test_north_koreas_official_agency_under_a_maghrebi_sites_wording_is_kcna():
    text = 'أفادت وكالة الأنباء الرسمية لكوريا الشمالية بأن الزعيم "تفقد منشآت صناعية في أقصى الشرق الروسي".'

    assert _speakers(text) == [("kcna", None, "", None)]


def test_a_bylines_author_is_the_writer_and_his_surname_later():
    text = (
        "رأي | بقلم د. منصور الخزرجي، باحث في مركز الدراسات الاستراتيجية\n"
        'يرى الكاتب أن القمة "ليست أكثر من تبادل مصالح عابر".\n'
        'ويخلص الخزرجي إلى أن "العالم العربي يراقب دون أن يتدخل".'
    )

    assert _speakers(text) == [(None, "منصور الخزرجي", "", None), (None, "منصور الخزرجي", "", None)]


def test_a_writer_with_no_byline_stays_unknown():
    text = 'يرى الكاتب أن القمة "ليست أكثر من تبادل مصالح عابر".'

    assert _speakers(text) == [(None, None, "", None)]
