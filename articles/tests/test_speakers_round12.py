"""Speaker rules of round 12 (issue 11), learnt from the tune8 split of hard reaction pieces
(roundups, analyses, interviews): each test is an invented paragraph for one rule and asserts
exactly who speaks."""

from articles.tests.speaking import statement_speakers as _speakers


def test_the_present_tense_of_describe_with_its_object_glued_is_a_cue_whose_subject_follows():
    text = (
        'ويرى الدبلوماسي السابق فهد المري أن الزيارة "مناورة محسوبة لكسب الوقت"، بينما يصفها '
        'المحلل العسكري ناصر البلوشي بأنها "رسالة ردع موجهة إلى سيول وطوكيو".'
    )

    assert _speakers(text) == [(None, "فهد المري", "", None), (None, "ناصر البلوشي", "", None)]


def test_an_adverb_of_manner_after_the_verb_is_not_its_subject():
    text = 'جواب: وزير الدفاع شين وون سيك قال بصراحة إن "الجيش مستعد لكل الاحتمالات على الحدود".'

    assert _speakers(text) == [("shin-won-sik", None, "", None)]


def test_a_verb_of_saying_governs_a_statement_noun_past_a_long_apposition():
    text = (
        "وقالت الرفيقة كيم يو جونغ، نائبة مدير دائرة في اللجنة المركزية للحزب، في بيان صحفي "
        'إن "استعراضات القوة لن تخيف شعبنا مهما تكررت".'
    )

    assert _speakers(text) == [("kim-yo-jong", None, "", None)]


def test_a_source_after_the_quote_with_what_she_stated_names_the_person_over_her_country():
    text = (
        'أما بكين فاكتفت بالقول إن "الحوار هو الطريق الوحيد لحل الخلافات"، وفق ما صرحت به '
        "المتحدثة باسم الخارجية الصينية ماو نينغ."
    )

    assert _speakers(text) == [("mao-ning", None, "", None)]


def test_a_quote_opening_the_paragraph_after_an_open_quote_goes_on_with_its_speaker():
    text = (
        'وقال وزير الخارجية الروسي سيرغي لافروف: "سنوسع التعاون في مجالات الطاقة والنقل والصحة.\n'
        '"ونأمل أن تتحول هذه الخطط إلى مشاريع ملموسة قريبا".\n'
    )

    assert _speakers(text) == [("sergei-lavrov", None, "", None), ("sergei-lavrov", None, "", None)]


def test_a_quote_opening_the_paragraph_after_a_closed_quote_inherits_nothing():
    text = (
        'وقال وزير الخارجية الروسي سيرغي لافروف: "سنوسع التعاون في مجالات الطاقة والنقل والصحة".\n'
        '"ونأمل أن تتحول هذه الخطط إلى مشاريع ملموسة قريبا".\n'
    )

    assert _speakers(text) == [("sergei-lavrov", None, "", None), (None, None, "", None)]


def test_the_topic_before_a_verb_with_fa_speaks_past_the_paper_it_spoke_to():
    text = 'أما الباحثة سلمى العنزي فقالت لـ"القبس": "الكويت تتابع بحذر ما يجري في أقصى الشرق".'

    # the paper in quote marks after a drawn-out لـ is not read as a relay yet (nor after وقالت)
    assert _speakers(text) == [(None, "سلمى العنزي", "", None)]


def test_an_answer_in_quote_marks_after_its_marker_is_the_interviewee_the_introduction_named():
    text = (
        "حوار خاص: التقت الصحيفة الخبيرة في الشؤون الآسيوية هالة الزين، وسألتها عن القمة.\n"
        'س: هل يزور بوتين بيونغ يانغ قريبا؟ ج: "الزيارة مرجحة قبل نهاية العام المقبل".\n'
        'سؤال: وما موقف الصين؟ جواب: "بكين حذرة لكنها لن تعترض علنا على التقارب".\n'
    )

    assert _speakers(text) == [(None, "هالة الزين", "", None), (None, "هالة الزين", "", None)]


def test_an_answer_marker_with_no_question_before_it_names_nobody():
    text = (
        "حوار خاص: التقت الصحيفة الخبيرة في الشؤون الآسيوية هالة الزين، وسألتها عن القمة.\n"
        'ج: "الزيارة مرجحة قبل نهاية العام المقبل".\n'
    )

    assert _speakers(text) == [(None, None, "", None)]


def test_an_answer_naming_another_speaker_gives_the_words_to_that_speaker():
    text = (
        "حوار خاص: التقت الصحيفة الخبيرة في الشؤون الآسيوية هالة الزين، وسألتها عن القمة.\n"
        'س: وما موقف الصين؟ ج: المتحدثة ماو نينغ قالت إن "الحوار هو الطريق الوحيد لحل الخلافات".\n'
    )

    assert _speakers(text) == [("mao-ning", None, "", None)]
