"""Speaker rules of round 16 (issue 11), for the classes behind holdout14's errors and tune11's:
a region after ``في شؤون``, a toast raised in an occasion the sentence opened, footage of someone
``وهو يقول``, a relative clause's verb of saying, a report's second clause (``، وأن X قال``), a
body's word after its spokesman and ``ونقلت عنه قوله``.  Each rule has invented paragraphs where
it must fire and a trap where it must not; the tests assert exactly who speaks."""

from articles.tests.speaking import statement_speakers as _speakers


def test_a_region_after_shuun_closes_the_field_and_the_name_opens_after_it():
    text = 'وقال الباحث المصري في شؤون جنوب شرق آسيا حسام ناجي إن "المحور الجديد يتشكل ببطء شديد".'

    assert _speakers(text) == [(None, "حسام ناجي", "", None)]


def test_a_region_after_bishuun_with_an_adjective_still_lets_the_name_open():
    text = 'وقال المحلل المتخصص بشؤون أوروبا كريم سالم إن القمة "رسالة موجهة إلى بروكسل قبل واشنطن".'

    assert _speakers(text) == [(None, "كريم سالم", "", None)]


def test_a_region_after_shuun_with_no_name_after_it_names_nobody():
    text = 'وقال الخبير في شؤون شمال أفريقيا إن "القمة رسالة موجهة إلى بروكسل قبل واشنطن".'

    assert _speakers(text) == [(None, None, "", None)]


def test_a_toast_raised_at_the_end_of_an_occasion_is_its_hosts():
    text = (
        "وأولم الزعيم الكوري الشمالي لضيفه الروسي في بيونغ يانغ عشاء فاخراً، رفع في ختامه نخب "
        '"الصداقة الأبدية بين شعبينا العظيمين".'
    )

    assert _speakers(text) == [("kim-jong-un", None, "", None)]


def test_a_toast_raised_during_an_occasion_a_woman_hosted_is_hers():
    text = (
        "واستضافت وزيرة الخارجية الكورية الشمالية تشوي سون هوي نظيرها الروسي إلى مأدبة، "
        'ورفعت خلالها نخب "انتصار القضية العادلة للشعبين".'
    )

    assert _speakers(text) == [("choe-son-hui", None, "", None)]


def test_a_toast_whose_raisers_are_named_after_the_adverb_is_not_the_hosts():
    text = 'وشهدت القاعة حفلاً موسيقياً، رفع خلاله الحاضرون نخب "الصداقة الأبدية بين شعبينا العظيمين".'

    assert _speakers(text) == [(None, None, "", None)]


def test_a_toast_whose_verb_disagrees_with_the_host_is_nobodys():
    text = 'أقام الرئيس الروسي مأدبة على شرف ضيفه، رفعت خلالها نخب "الصداقة الأبدية بين شعبينا العظيمين".'

    assert _speakers(text) == [(None, None, "", None)]


def test_the_one_footage_shows_saying_speaks_not_the_medium():
    text = (
        "وأظهر تسجيل مصور نشره الكرملين الرئيس فلاديمير بوتين وهو يقول لضيفه: "
        '"هذه أحدث منصات الإطلاق لدينا في الشرق".'
    )

    assert _speakers(text) == [("vladimir-putin", None, "", None)]


def test_the_woman_a_video_shows_saying_speaks_and_the_agency_is_no_speaker():
    text = (
        "ونشرت وكالة تاس فيديو لوزيرة الخارجية الكورية الشمالية تشوي سون هوي وهي تقول للصحفيين: "
        '"نحن راضون تماماً عن نتائج الزيارة".'
    )

    assert _speakers(text) == [("choe-son-hui", None, "", None)]


def test_footage_of_a_thing_wahiya_does_not_name_who_speaks_after():
    text = 'وعرض التلفزيون الروسي لقطات للقاعة وهي تضج بالتصفيق، وقال المذيع: "هذه لحظة تاريخية لا تتكرر".'

    assert _speakers(text) == [(None, None, "", None)]


def test_an_agency_a_relative_clause_follows_speaks_its_verb():
    text = (
        "وأوردت وكالة الأنباء الكورية المركزية الخبر صباح اليوم، وهي التي قالت إن الزيارة "
        '"ستعزز الروابط الاستراتيجية بين البلدين".'
    )

    assert _speakers(text) == [("kcna", None, "", None)]


def test_a_minister_a_relative_clause_follows_speaks_not_the_opening_subject():
    text = (
        "واستقبل الرئيس الروسي ضيفه في المطار، ثم التقى وزير الدفاع سيرغي شويغو، الذي قال "
        'للصحفيين إن "الجيشين سيجريان مناورات مشتركة قريباً".'
    )

    assert _speakers(text) == [("sergei-shoigu", None, "", None)]


def test_a_relative_clause_whose_verb_has_its_own_subject_is_that_subjects():
    text = 'وتحدث الكرملين عن الزيارة التي قال بيسكوف إنها "ستكون حافلة بالمفاجآت والنتائج".'

    assert _speakers(text) == [("dmitry-peskov", None, "", None)]


def test_an_unnamed_official_in_a_reports_second_clause_speaks_and_the_agency_relays():
    text = (
        "وأفادت وكالة يونهاب بأن الوفد وصل إلى المدينة، وبأن مسؤولاً محلياً قال للصحفيين إن "
        '"الاستعدادات اكتملت منذ أيام طويلة".'
    )

    assert _speakers(text) == [(None, None, "مسؤولاً محلياً", "yonhap")]


def test_a_head_the_rules_cannot_tell_in_a_reports_second_clause_is_not_the_agency():
    text = (
        "ذكرت وكالة تاس أن شويغو رافق الضيف، وأن قائد القوات الجوية قال للضيف: "
        '"هذه الطائرة قادرة على التحليق دون توقف".'
    )

    assert _speakers(text) == [(None, None, "", "tass")]


def test_a_named_speaker_in_a_reports_second_clause_speaks_through_the_agency():
    text = 'ذكرت وكالة تاس أن الزعيم الكوري وصل، وأن بيسكوف قال للصحفيين: "المحادثات ستبدأ بعد ساعة من الآن".'

    assert _speakers(text) == [("dmitry-peskov", None, "", "tass")]


def test_a_reports_second_clause_without_a_verb_of_saying_stays_the_agencys():
    text = (
        'ذكرت وكالة تاس أن الوفد وصل إلى المدينة، وأن المحادثات "ستبدأ صباح الغد في القاعة الكبرى للجامعة".'
    )

    assert _speakers(text) == [("tass", None, "", None)]


def test_the_ministry_after_its_spokesman_is_the_ministry_his_role_names():
    text = (
        'قال المتحدث باسم الخارجية الأمريكية ماثيو ميلر إن "واشنطن تتابع الزيارة عن كثب شديد".\n'
        'وأكدت الوزارة في بيان لاحق أن "العقوبات ستطال كل من يشارك في الصفقات".\n'
    )

    assert _speakers(text) == [("matthew-miller", None, "", None), ("us-state-department", None, "", None)]


def test_the_ministry_after_its_spokeswoman_in_the_same_paragraph_is_the_ministry():
    text = (
        'وقالت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا إن "موسكو لن تقبل الإملاءات الغربية". '
        'وذكرت الوزارة على موقعها أن "التعاون مع بيونغ يانغ مشروع تماماً".\n'
    )

    assert _speakers(text) == [
        ("maria-zakharova", None, "", None),
        ("russian-foreign-ministry", None, "", None),
    ]


def test_the_ministry_after_an_expert_is_no_ministry_he_speaks_for():
    text = (
        'وقال الخبير الروسي أرتيوم لوكين إن "موسكو لن تقبل الإملاءات الغربية".\n'
        'وذكرت الوزارة على موقعها أن "التعاون مع بيونغ يانغ مشروع تماماً".\n'
    )

    assert _speakers(text) == [("artyom-lukin", None, "", None), (None, None, "", None)]


def test_his_words_relayed_from_him_are_the_one_the_sentence_opened_with():
    text = 'تفقد الزعيم كيم مصنعاً للطائرات، ونقلت عنه الوكالة قوله إن "الصناعة الروسية تستحق الإعجاب".'

    assert _speakers(text) == [("kim-jong-un", None, "", None)]


def test_her_words_relayed_from_her_by_an_agency_are_hers_through_it():
    text = (
        "وزارت وزيرة الخارجية الكورية الشمالية تشوي سون هوي المعرض، ونقلت عنها وكالة تاس "
        'قولها: "المعرض يعكس قوة الصناعة الروسية".'
    )

    assert _speakers(text) == [("choe-son-hui", None, "", "tass")]


def test_his_words_relayed_after_the_pictures_of_him_are_the_one_shown():
    text = (
        "وبثت قناة روسيا 24 صوراً للرئيس فلاديمير بوتين وهو يتجول في الميناء، ونقلت عنه قوله "
        'إن "الشرق الأقصى بوابة روسيا إلى آسيا".'
    )

    assert _speakers(text) == [("vladimir-putin", None, "", None)]


def test_words_relayed_from_him_with_no_person_before_are_nobodys():
    text = 'وتجولت القناة في المصنع، ونقلت عنه قوله إن "الصناعة الروسية تستحق الإعجاب".'

    assert _speakers(text) == [(None, None, "", None)]
