"""Speaker rules of round 25 (issue 11), learnt from the errors of the holdout26 split by class
and first written into tune22 in other outlets' wording: each test is an invented paragraph and
asserts exactly who speaks; a trap beside it where the rule must not fire."""

from articles.tests.speaking import statement_speakers as _speakers


def test_a_title_like_word_after_a_particle_belongs_to_the_name():
    text = (
        'وأوضح الإعلامي عبد الرحمن ولد الحاج سالم أن "موسكو تبحث عن حلفاء خارج المنظومة الغربية".\n'
        'وتابع ولد الحاج سالم: "بيونغ يانغ وجدت في روسيا متنفساً من الحصار".\n'
        'وقال المحلل محمد ولد الشيخ أحمد إن "الحياد هو الخيار الأسلم لدول الساحل".\n'
        'وقال الأستاذ الجامعي رضا بن الشيخ إن "الجزائر تتابع الملف بحكم علاقاتها التاريخية".'
    )

    assert _speakers(text) == [
        (None, "عبد الرحمن ولد الحاج سالم", "", None),
        (None, "عبد الرحمن ولد الحاج سالم", "", None),
        (None, "محمد ولد الشيخ أحمد", "", None),
        (None, "رضا بن الشيخ", "", None),
    ]


def test_a_definite_word_no_lexicon_knows_before_a_particle_is_the_given_name():
    text = (
        'قال الخبير في العلاقات الدولية الأسعد بن عمارة الجلاصي إن "تونس معنية بأسعار القمح".\n'
        'وقال الخبير في الشؤون الأمنية الحسين أيت أحماد إن "التقارب يقلق العواصم الغربية".\n'
        'وقال الوزير السابق ولد مرزوك إن "المنطقة تدفع ثمن صراعات الكبار".\n'
        'ورأى الدبلوماسي التونسي السابق بن سالم أن "الزيارة لن تغير موازين القوى".'
    )

    assert _speakers(text) == [
        (None, "الأسعد بن عمارة الجلاصي", "", None),
        (None, "الحسين أيت أحماد", "", None),
        (None, "ولد مرزوك", "", None),  # a title before the particle: the man by his family name
        (None, "بن سالم", "", None),  # a nationality and a rank before it
    ]


def test_the_name_after_a_comma_follows_the_name_of_the_body_the_description_names():
    text = (
        'وقال أستاذ العلوم السياسية بجامعة القاضي عياض بمراكش، عبد الرحيم المنار، إن "القمة تؤشر على عالم".\n'
        'وقال أستاذ العلاقات الدولية بجامعة ابن زهر، الحسين أيت بلعيد، إن "الكرة الآن في ملعب واشنطن".\n'
        'واعتبر الباحث بجامعة محمد الأول بوجدة، يحيى بنعلي الزناتي، أن المغرب "غير معني بالأمر مباشرة".\n'
        'وقال أستاذ الاقتصاد بجامعة محمد الخامس إن "أسعار الطاقة ستتأثر بأي تصعيد".'
    )

    speakers = _speakers(text)
    assert speakers[:3] == [
        (None, "عبد الرحيم المنار", "", None),
        (None, "الحسين أيت بلعيد", "", None),
        (None, "يحيى بنعلي الزناتي", "", None),
    ]
    assert speakers[3][:2] == (None, None)  # the university's name is no speaker's


def test_a_name_then_a_comma_and_what_the_man_is_keeps_the_name():
    text = (
        'وعلق المحلل عبد القادر ولد الحاج مختار، ضيف نشرة الظهيرة، بأن "الزيارة رسمت خريطة التحالفات".\n'
        'ورأى د. عمر الهاملي، زميل غير مقيم في مركز الخليج، أن "القمة تعكس حاجة متبادلة".'
    )

    assert _speakers(text) == [
        (None, "عبد القادر ولد الحاج مختار", "", None),
        (None, "عمر الهاملي", "", None),
    ]


def test_a_medium_after_the_quote_relaying_from_an_unnamed_source_leaves_him_the_words():
    text = (
        '"الزيارة ستتم قبل نهاية العام"، هكذا نقلت صحيفة كوميرسانت عن مصدر دبلوماسي روسي.\n'
        '"التعاون العسكري سيبقى بعيداً عن الأضواء"، كما نقلت وكالة رويترز عن مسؤول أمريكي.\n'
        '"المحادثات تناولت التعاون الفضائي بالتفصيل"، نقلت وكالة ريا نوفوستي عن يوري أوشاكوف.\n'
        '"الكرملين يرحب بالضيف الكوري بحفاوة بالغة"، كتبت صحيفة إزفستيا.'
    )

    assert _speakers(text) == [
        (None, None, "مصدر دبلوماسي روسي", "kommersant"),
        (None, None, "مسؤول أمريكي", "reuters"),
        ("yuri-ushakov", None, "", "ria-novosti"),
        ("izvestia", None, "", None),  # the paper's own words: it speaks
    ]


def test_a_relay_verb_past_an_adverb_of_the_occasion_relays_whom_the_report_named():
    text = (
        "أفادت وكالة تاس بأن وزير الخارجية سيرغي لافروف أجرى محادثات مطولة، نقلت خلالها عنه قوله إن "
        'بلاده "ستواصل تطوير التعاون رغم الضغوط".\n'
        "وأفادت الوكالة المركزية الكورية بأن وزيرة الخارجية تشوي سون هوي أجرت محادثات، نقلت "
        'في ختامها عنها قولها إن "الصداقة بين البلدين لا تتزعزع".\n'
        "وأفادت وكالة يونهاب بأن الاستخبارات عقدت جلسة، نقلت خلالها عن مصدر برلماني قوله إن "
        '"الشحنات بدأت بالفعل قبل القمة".'
    )

    speakers = _speakers(text)
    assert speakers[:2] == [("sergei-lavrov", None, "", "tass"), ("choe-son-hui", None, "", "kcna")]
    assert speakers[2][:3] == (None, None, "مصدر برلماني")


def test_an_official_of_the_presidential_office_speaks_for_that_of_the_agency_relaying_him():
    text = (
        'ونقلت وكالة يونهاب عن مسؤول كبير في المكتب الرئاسي قوله إن "سيول تنسق مع واشنطن للرد".\n'
        'وقال مسؤول في مكتب الرئاسة لوكالة يونهاب إن "الحكومة تدرس عقوبات أحادية جديدة".\n'
        'وقال مسؤول في المكتب الرئاسي الكوري الجنوبي للصحفيين إن "أي نقل للتكنولوجيا سيواجه برد حازم".\n'
        'وقال مسؤول في المكتب الرئاسي للصحفيين إن "الحكومة تدرس عقوبات جديدة".\n'
        'وقال مسؤول في المكتب الرئاسي لصحيفة الغارديان إن "الحكومة تدرس عقوبات أخرى".'
    )

    assert [speaker[:2] for speaker in _speakers(text)] == [
        ("south-korea-presidential-office", None),
        ("south-korea-presidential-office", None),  # the agency he spoke to
        ("south-korea-presidential-office", None),
        (None, None),  # no dateline, no agency: whose office is not said
        (None, None),  # Britain's presidency: none
    ]


def test_the_present_of_expecting_introduces_words_and_a_second_nisba_ends_the_name():
    text = (
        'ويتوقع الخبير الاقتصادي معز الحناشي السويسي، في تصريح للموقع، أن يبقى التبادل "محدوداً بسبب '
        'العقوبات الدولية المفروضة".\n'
        '"موسكو لا تبحث عن سوق بل عن حليف"، يضيف السويسي.\n'
        'وقال الخبير محمد الحناشي التونسي إن "الأسواق لم تتأثر بالزيارة بعد".'
    )

    assert _speakers(text) == [
        (None, "معز الحناشي السويسي", "", None),
        (None, "معز الحناشي السويسي", "", None),
        (None, "محمد الحناشي", "", None),  # a country's adjective after the name is no family name
    ]


def test_one_of_the_officials_speaks_for_the_body_like_an_official():
    text = (
        'أكدت وزارة الخارجية اليابانية في بيان أن طوكيو "تتابع بقلق بالغ التعاون العسكري".\n'
        'وقال أحد الدبلوماسيين في الوزارة إن "اليابان ستنسق مع حلفائها في مجلس الأمن".\n'
        'وقال أحد أعضاء الوفد الكوري إن "الزيارة كانت ناجحة بكل المقاييس".'
    )

    speakers = _speakers(text)
    assert [speaker[0] for speaker in speakers[:2]] == ["japanese-foreign-ministry"] * 2
    assert speakers[2][:3] == (None, None, "أحد أعضاء الوفد الكوري")  # a member, not an official


def test_the_ministry_an_official_is_in_is_the_unregistered_one_that_spoke_last():
    text = (
        'أكدت وزارة الخارجية المنغولية أنها "تؤيد نزع السلاح النووي"، بعد زيارة لافروف إلى بيونغ يانغ.\n'
        'وقال أحد الدبلوماسيين في الوزارة إن "الحوار يبقى قناة مفتوحة للأطراف".'
    )

    assert _speakers(text)[1][:2] == (None, "وزارة الخارجية المنغولية")


def test_a_country_the_registry_lacks_speaks_as_itself_and_a_capital_for_it():
    text = (
        'دعت ماليزيا، الخميس، الأطراف المعنية إلى "احترام قرارات مجلس الأمن ذات الصلة".\n'
        'وأعربت الهند عن أملها في أن "تسود لغة الحوار في شبه الجزيرة".\n'
        'وقالت جاكرتا إن "الحوار هو السبيل الوحيد للحل".\n'
        'وقال مسؤول في جاكرتا إن "إندونيسيا تتابع التطورات باهتمام".'
    )

    speakers = _speakers(text)
    assert [speaker[1] for speaker in speakers[:3]] == ["ماليزيا", "الهند", "إندونيسيا"]
    assert speakers[3][:2] == (None, None)  # an official in a capital: unnamed
