"""Speaker rules of round 24c (issue 11), learnt from the errors of the holdout25 split by
class (longer analyses, op-eds, live blogs, research centres' papers): each test is an invented
paragraph, in several outlets' wording of one construction, and asserts exactly who speaks; a
trap beside it where the rule must not fire."""

from articles.tests.speaking import statement_speakers as _speakers


def test_a_body_glued_to_la_is_never_part_of_a_name():
    text = (
        'وقال الخبير الماليزي عزمان حسن لصوت ماليزيا: "الاستقرار في شبه الجزيرة مصلحة لكل آسيا".\n'
        "وقال المندوب الدائم لدولة الكويت لدى الأمم المتحدة طارق البناي إن "
        '"الكويت تدعو جميع الأطراف إلى ضبط النفس".\n'
        'وقالت الباحثة العمانية لطيفة البلوشي إن "السلطنة تتابع التطورات بهدوء".'
    )

    assert _speakers(text) == [
        (None, "عزمان حسن", "", None),
        (None, "طارق البناي", "", None),
        (None, "لطيفة البلوشي", "", None),
    ]


def test_a_long_name_does_not_end_on_abu():
    text = (
        'وقال الكاتب الفلسطيني سامي عبد الكريم أبو حسنة إن "العالم يتغير أسرع مما نتوقع".\n'
        'وقال الخبير الاقتصادي محمد أبو زيد إن "الأسواق لم تتأثر كثيراً بالقمة".'
    )

    assert _speakers(text) == [
        (None, "سامي عبد الكريم أبو حسنة", "", None),
        (None, "محمد أبو زيد", "", None),
    ]


def test_a_medium_relaying_from_him_after_its_name_or_before_it():
    text = (
        "واستقبل وزير الخارجية الروسي سيرغي لافروف نظيرته في موسكو، فيما نقلت وكالة تاس عنه "
        'قوله في المؤتمر: "لن نسمح بعزل أصدقائنا".\n'
        "وزارت وزيرة الخارجية الكورية الشمالية تشوي سون هي جامعة موسكو، ونقلت عنها وكالة "
        'سبوتنيك قولها إن زيارتها "تفتح صفحة جديدة في العلاقات".\n'
        'فيما نقلت وكالة تاس عن مصدر دبلوماسي قوله إن "زيارة أخرى قيد التحضير".'
    )

    assert _speakers(text) == [
        ("sergei-lavrov", None, "", "tass"),
        ("choe-son-hui", None, "", "sputnik"),
        (None, None, "مصدر دبلوماسي", "tass"),
    ]


def test_a_live_blog_entry_after_an_ellipsis_names_its_own_speaker():
    text = '14:05 — لافروف للصحفيين: "المحادثات كانت بناءة ومفيدة"… وزاخاروفا تضيف: "لا مكان للضغوط الغربية".'

    assert _speakers(text) == [("sergei-lavrov", None, "", None), ("maria-zakharova", None, "", None)]


def test_a_deputy_after_fa_inna_is_not_the_minister():
    text = (
        "وبحسب المصادر ذاتها، فإن نائب وزير الخارجية الروسي أندريه رودينكو قال لضيوفه إن "
        '"موسكو تريد علاقات متوازنة".\n'
        'ووفقاً لمصادر دبلوماسية، فإن مساعد وزير الخارجية الصيني تشانغ وي قال إن "بكين تتابع عن كثب".\n'
        'وبحسب المصادر نفسها، فإن وزير الخارجية الروسي سيرغي لافروف قال إن "العراق شريك مهم لروسيا".'
    )

    assert _speakers(text) == [
        ("andrei-rudenko", None, "", None),
        (None, "تشانغ وي", "", None),
        ("sergei-lavrov", None, "", None),
    ]


def test_a_body_speaking_in_its_named_spokesmans_briefing():
    text = (
        "وكانت الخارجية الأمريكية قد حذّرت، في إيجاز صحفي للمتحدث باسمها ماثيو ميلر، من أن "
        '"أي صفقة سلاح ستقابل بعقوبات".\n'
        "وكانت وزارة الخارجية الروسية قد أكدت، في تصريح للناطق الرسمي باسمها، أن موسكو "
        '"لا تخفي شيئاً عن شركائها".'
    )

    assert _speakers(text) == [
        ("matthew-miller", None, "", None),
        ("russian-foreign-ministry", None, "", None),
    ]


def test_a_participle_after_a_greeting_verb_goes_with_its_subject():
    text = (
        'وصل الزعيم الكوري الشمالي إلى القاعدة، وصافحه بوتين قائلاً: "سعيد جداً برؤيتك في روسيا".\n'
        "ووصل لافروف إلى المطار، فعانقته وزيرة الخارجية الكورية الشمالية تشوي سون هي قائلة: "
        '"مرحباً بك مرة أخرى".\n'
        'وصل كيم إلى المصنع، واستقبله مدير المصنع قائلاً: "نحن فخورون بزيارتكم التاريخية".'
    )

    speakers = _speakers(text)
    assert speakers[:2] == [("vladimir-putin", None, "", None), ("choe-son-hui", None, "", None)]
    assert speakers[2][:2] == (None, None)


def test_a_verb_of_saying_with_the_la_of_purpose_takes_its_clauses_subject():
    text = (
        'كتب كيم في سجل الزوار: "مجد روسيا سيبقى خالداً"، وبعد أسابيع جاء وزير الخارجية الروسي '
        'سيرغي لافروف إلى بيونغ يانغ ليقول إن موسكو "لن تتخلى عن أصدقائها".\n'
        'وقال بوتين إن التعاون "سيشمل مجالات كثيرة ومتنوعة"، ثم عاد إلى موسكو ليقول إن روسيا '
        '"لن تخضع لأي ضغوط".'
    )

    assert _speakers(text) == [
        ("kim-jong-un", None, "", None),
        ("sergei-lavrov", None, "", None),
        ("vladimir-putin", None, "", None),
        ("vladimir-putin", None, "", None),
    ]


def test_the_counterpart_of_the_last_speaker_is_not_that_speaker():
    text = (
        'قال بوتين للصحفيين إن "التعاون العسكري ممكن في إطار القانون". أما ضيفه فذهب أبعد، إذ '
        'خاطب مضيفه قائلاً إن بلاده "ستقف دائماً إلى جانب روسيا".\n'
        'وقال لافروف إن "الزيارة ناجحة بكل المقاييس". أما نظيرته الكورية فقالت إن '
        '"الصداقة بين البلدين أبدية".'
    )

    speakers = _speakers(text)
    assert speakers[0] == ("vladimir-putin", None, "", None)
    assert speakers[1][:2] == (None, None)
    assert speakers[2] == ("sergei-lavrov", None, "", None)
    assert speakers[3][:2] == (None, None)


def test_a_research_centres_paper_speaks_for_the_centre_of_its_masthead():
    text = (
        "مركز جسور للدراسات | تحليل | 26 أيلول 2023\n"
        'ويشير التحليل إلى أن "التقارب الروسي الكوري الشمالي ينعكس على الساحة السورية".\n'
        'يرى هذا التحليل أن "دول المنطقة مطالبة بتنويع شراكاتها الدفاعية".\n'
        'ونشر معهد واشنطن دراسة عن القمة، وتقول الدراسة إن "واشنطن فقدت أدوات الضغط".'
    )

    speakers = _speakers(text)
    assert speakers[:2] == [(None, "مركز جسور للدراسات", "", None), (None, "مركز جسور للدراسات", "", None)]
    assert speakers[2][1] != "مركز جسور للدراسات"


def test_kcna_and_south_koreas_intelligence_by_other_names():
    text = (
        'وقالت الوكالة المركزية للأنباء الكورية إن الزعيم "عاد إلى بيونغ يانغ بعد زيارة ناجحة".\n'
        'ونقلت وكالة رويترز عن مسؤول في الاستخبارات الكورية الجنوبية قوله إن "شحنات الذخيرة بدأت بالفعل".'
    )

    assert _speakers(text) == [
        ("kcna", None, "", None),
        ("south-korea-national-intelligence-service", None, "", "reuters"),
    ]


def test_an_unnamed_anchor_speaks_for_the_medium_a_named_one_for_himself():
    text = (
        'وقالت مذيعة قناة روسيا اليوم إن "اللقاء سيغيّر وجه آسيا بالكامل".\n'
        'وقال مذيع قناة روسيا اليوم أندريه بيتروف إن "الغرب لن يفهم هذه الصداقة أبداً".'
    )

    assert _speakers(text) == [("rt", None, "", None), (None, "أندريه بيتروف", "", None)]


def test_dhahaba_before_ila_anna_holds_a_view_but_a_journey_does_not():
    text = (
        "ويذهب الباحث المصري أحمد فؤاد، في حديث مع الصحيفة، إلى أن موسكو "
        '"تبحث عن ذخيرة أكثر مما تبحث عن حلفاء".\n'
        'وذهبت الكاتبة الروسية إيلينا سوروكينا إلى أن "الغرب هو من دفع البلدين إلى التقارب".\n'
        "وذهب وزير الخارجية الروسي سيرغي لافروف إلى أنقرة، وقال المتحدث باسم الكرملين دميتري "
        'بيسكوف إن "الزيارة كانت مقررة منذ أشهر".'
    )

    assert _speakers(text) == [
        (None, "أحمد فؤاد", "", None),
        (None, "إيلينا سوروكينا", "", None),
        ("dmitry-peskov", None, "", None),
    ]
