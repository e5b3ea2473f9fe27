"""Speaker rules of round 17 (issue 11), learnt from the errors of the holdout15 split by
class: each test is an invented paragraph, in several outlets' wording of one construction,
and asserts exactly who speaks; a trap beside it where the rule must not fire."""

from articles.tests.speaking import statement_speakers as _speakers


def test_a_verb_after_a_relative_pronoun_then_la_with_the_article_is_said_by_the_antecedent():
    text = (
        "ورافقه في الجولة نائب رئيس الوزراء الروسي وزير الصناعة دينيس مانتوروف، الذي صرح "
        'للصحافيين بأن "التعاون في صناعة الطائرات ليس مستبعداً". '
        "واستقبل الرئيس الوزيرة الكورية تشوي سون هوي، التي قالت للصحفيين إن "
        '"الزيارة تاريخية بكل المقاييس".'
    )

    assert _speakers(text) == [("denis-manturov", None, "", None), ("choe-son-hui", None, "", None)]


def test_a_relative_pronoun_for_a_thing_before_the_addressee_gives_nobody_not_the_speaker_before():
    text = (
        'وقال الوزير سيرغي لافروف إن "المحادثات كانت بناءة في كل الملفات". '
        'ثم تحدث عن الاتفاق الجديد الذي قال للصحفيين إنه "سيفتح صفحة جديدة بين البلدين".'
    )

    assert _speakers(text) == [("sergei-lavrov", None, "", None), (None, None, "", None)]


def test_a_fronted_adverbial_with_its_own_relative_clause_leaves_the_verb_after_it_its_subject():
    text = (
        "وفي المأدبة التي أقامها بوتين على شرف ضيفه، رفع الزعيم الكوري كأسه قائلاً: "
        '"نخب الصداقة التي لا تهزها الرياح". '
        "وبعد اللقاء الذي جمعه بلافروف، خرج الوزير الصيني وانغ يي إلى الصحفيين قائلا: "
        '"المحادثات كانت مثمرة جدا".'
    )

    assert _speakers(text) == [("kim-jong-un", None, "", None), ("wang-yi", None, "", None)]


def test_a_verb_of_saying_after_the_fronted_adverbial_names_its_own_subject():
    text = (
        "وفي المأدبة التي أقامها بوتين على شرف ضيفه، رفع الحضور كؤوسهم فيما قال الرئيس الروسي: "
        '"نخب الصداقة بين شعبينا العظيمين".'
    )

    assert _speakers(text) == [("vladimir-putin", None, "", None)]


def test_words_on_a_banner_are_said_by_nobody_not_by_the_speaker_before():
    text = (
        'وقالت المتحدثة ماريا زاخاروفا: "نحن راضون تماما عن نتائج الزيارة الأخيرة".\n'
        "لافتة على واجهة المحطة: «أهلا بالضيف العزيز في أرض الشرق»\n"
        'وقال الرئيس بوتين: "الزيارة فتحت صفحة جديدة بين البلدين". '
        'وحمل المستقبلون لافتة ضخمة: "المجد للصداقة الخالدة بين الشعبين".'
    )

    assert _speakers(text) == [
        ("maria-zakharova", None, "", None),
        (None, None, "", None),
        ("vladimir-putin", None, "", None),
        (None, None, "", None),
    ]


def test_the_participle_lafita_before_what_it_points_to_is_still_a_cue():
    text = (
        'وقالت المتحدثة ماريا زاخاروفا إن الزيارة ناجحة، لافتة إلى أن "التعاون سيتوسع في كل المجالات". '
        'وقال الوزير سيرغي لافروف في خطوة لافتة: "سنفتح قنصلية جديدة في المدينة قريبا".'
    )

    assert _speakers(text) == [("maria-zakharova", None, "", None), ("sergei-lavrov", None, "", None)]


def test_a_word_ending_like_an_adjective_before_a_registered_full_name_is_a_place():
    text = (
        "وقال حاكم بريموري أوليغ كوجيمياكو الذي ودع الضيف في المحطة: «تمنيت له رحلة موفقة إلى بلاده». "
        'وصرح حاكم خاباروفسكي ميخائيل ديغتياريوف بأن "الضيف أبدى اهتماما كبيرا بالمصنع".'
    )

    assert _speakers(text) == [("oleg-kozhemyako", None, "", None), ("mikhail-degtyarev", None, "", None)]


def test_an_adjective_of_origin_before_a_verb_and_a_name_stays_an_unnamed_description():
    text = 'وقال مسؤول أميركي رافق أنتوني بلينكن إن "واشنطن لن تقف مكتوفة الأيدي أمام ذلك".'

    assert _speakers(text) == [(None, None, "مسؤول أميركي رافق أنتوني بلينكن", None)]


def test_a_family_name_made_of_a_compound_given_name_with_the_article_is_one_name():
    text = (
        'ويقول الباحث في الشؤون الروسية، محمد العبد الله، لـ"الموقع" إن "دمشق جربت هذه المقايضات قبل غيرها". '
        'ويضيف العبد الله: "الفارق أن بيونغ يانغ تملك ما تحتاجه موسكو فعلا". '
        'وترى الأكاديمية رنا العبد الله أن "موسكو تبحث عن الذخيرة قبل أي شيء آخر". '
        'وتتابع العبد الله: "لا أحد يستطيع تجاهل ذلك بعد اليوم".'
    )

    assert _speakers(text) == [
        (None, "محمد العبد الله", "", None),
        (None, "محمد العبد الله", "", None),
        (None, "رنا العبد الله", "", None),
        (None, "رنا العبد الله", "", None),
    ]


def test_a_compound_family_name_nobody_was_given_in_full_is_nobody_not_the_speaker_before():
    text = (
        'وقال الوزير سيرغي لافروف إن "المحادثات كانت بناءة في كل الملفات". '
        'ويضيف العبد الله: "الفارق أن بيونغ يانغ تملك ما تحتاجه روسيا".'
    )

    assert _speakers(text) == [("sergei-lavrov", None, "", None), (None, None, "", None)]


def test_a_topic_set_off_by_a_comma_teaches_the_surname_of_its_full_name():
    text = (
        'أما الباحث التركي أوغوز يلماز، فيقول للموقع إن "أنقرة تتابع التطورات بحذر شديد". '
        'ويختم يلماز بالقول: "القمة زواج مصلحة لا أكثر ولا أقل". '
        'أما الخبير العسكري ناصر القحطاني، فقد قال لقناتنا إن "الصواريخ ستغير الموازين كلها". '
        'وتابع القحطاني: "لا أحد يستطيع تجاهل ذلك الآن".'
    )

    assert _speakers(text) == [
        (None, "أوغوز يلماز", "", None),
        (None, "أوغوز يلماز", "", None),
        (None, "ناصر القحطاني", "", None),
        (None, "ناصر القحطاني", "", None),
    ]


def test_a_surname_two_people_share_goes_to_the_one_named_last_not_the_first():
    text = (
        'وقال الباحث عمر حداد إن "الحوار هو الطريق الوحيد للحل". '
        'أما الكاتب سامي حداد، فيقول إن "موسكو تبحث عن الذخيرة أولا". '
        'ويضيف حداد: "العقوبات لم تعد تخيف أحدا".'
    )

    assert _speakers(text) == [
        (None, "عمر حداد", "", None),
        (None, "سامي حداد", "", None),
        (None, "سامي حداد", "", None),
    ]


def test_the_syrian_ministry_by_its_own_name_with_its_adjective_and_a_source_in_it():
    text = (
        'أكدت وزارة الخارجية والمغتربين السورية أن القمة "خطوة مهمة نحو عالم متعدد الأقطاب". '
        'وقال مصدر في الوزارة لوكالة سانا إن "دمشق تقف مع أصدقائها في كل الظروف". '
        'ورأت الخارجية السورية في بيان لاحق أن "العقوبات الأحادية لن تغير شيئا".'
    )

    assert _speakers(text) == [
        ("syrian-foreign-ministry", None, "", None),
        ("syrian-foreign-ministry", None, "", "sana"),
        ("syrian-foreign-ministry", None, "", None),
    ]


def test_the_ministry_of_foreign_affairs_and_emigrants_alone_is_not_told_as_syrias():
    text = 'وقالت وزارة الخارجية والمغتربين في بيان إن "لبنان يتابع التطورات بقلق بالغ هذه الأيام".'

    assert _speakers(text) == [(None, None, "", None)]


def test_a_verb_joined_to_a_mediums_reported_clause_goes_on_with_the_clauses_subject():
    text = (
        "ذكرت وكالة ريا نوفوستي أن وزير الدفاع سيرغي شويغو أطلع ضيفه على الصواريخ في المطار، "
        'وقال له: "هذا السلاح لا مثيل له في العالم". '
        "أفادت وكالة تاس بأن الوزير سيرغي لافروف استقبل نظيره في موسكو، "
        'وقال له: "أنتم دائما موضع ترحيب في بلادنا".'
    )

    assert _speakers(text) == [
        ("sergei-shoigu", None, "", "ria-novosti"),
        ("sergei-lavrov", None, "", "tass"),
    ]


def test_a_verb_that_agrees_with_the_reporter_stays_the_reporters():
    text = (
        "أفادت وكالة تاس بأن الوزير سيرغي لافروف استقبل نظيره في موسكو، "
        'وأضافت: "المحادثات استمرت ثلاث ساعات كاملة". '
        "قال المتحدث باسم الكرملين دميتري بيسكوف إن الوزير سيرغي لافروف سيزور بيونغ يانغ قريبا، "
        'وقال: "هذه الزيارة مهمة جدا للطرفين".'
    )

    assert _speakers(text) == [("tass", None, "", None), ("dmitry-peskov", None, "", None)]
