"""Speaker rules of round 26a (issue 11), learnt from the errors of the holdout28 split by class
and first written into tune23 in other outlets' wording: each test is an invented paragraph and
asserts exactly who speaks; a trap beside it where the rule must not fire."""

from articles.tests.speaking import statement_speakers as _speakers


def test_a_piece_speaks_through_its_author_named_after_la():
    text = (
        'ونشرت صحيفة لوموند مقالاً للمؤرخ الفرنسي ميشال لوران، يرى فيه أن العقوبات "لم تعد تخيف أحداً"، '
        'مضيفاً أن أوروبا "تدفع الثمن وحدها هذه المرة".\n'
        'ويتابع الكاتب: "السياسة الأوروبية تحتاج إلى خيال جديد".'
    )

    assert _speakers(text) == [
        (None, "ميشال لوران", "", None),
        (None, "ميشال لوران", "", None),
        (None, "ميشال لوران", "", None),  # ``الكاتب``: the author of the piece
    ]


def test_a_piece_by_an_unnamed_correspondent_speaks_for_the_paper_and_a_named_one_for_himself():
    text = (
        'ونشرت صحيفة كوميرسانت تقريراً لمراسلها في بكين جاء فيه أن الصين "تراقب ما يجري بحذر".\n'
        "ونشرت صحيفة إزفستيا تقريراً لمراسلها أندريه بافلوف من سيول وصف فيه الأجواء بأنها "
        '"متوترة أكثر من المعتاد".'
    )

    assert _speakers(text) == [
        ("kommersant", None, "", None),
        (None, "أندريه بافلوف", "", None),
    ]


def test_a_piece_with_no_author_speaks_for_whoever_published_it():
    text = (
        'نشرت صحيفة إزفستيا افتتاحية رأت فيها أن الزيارة "فتحت صفحة جديدة في الشرق الأقصى".\n'
        'وفي مقال نشرته الصحيفة نفسها، قال وزير الخارجية الروسي سيرغي لافروف إن بلاده "لا تخرق أي قرار".\n'
        'وكتب الباحث سامي الخطيب مقالاً بعنوان "ما بعد القطار".'
    )

    assert _speakers(text) == [
        ("izvestia", None, "", None),
        ("sergei-lavrov", None, "", None),  # trap: a minister speaks in the piece, not its paper
    ]


def test_what_strikes_the_eye_is_no_verb_of_saying():
    text = (
        'ونشرت مجلة الإيكونوميست تحليلاً رأت فيه أن البلدين "يتقاربان بدافع الحاجة لا الثقة".\n'
        'ولعل ما يلفت في التحليل عبارة دبلوماسي آسيوي سابق: "الصديق وقت الحرب شريك لا أكثر".\n'
        'ولفت وزير الخارجية الروسي سيرغي لافروف إلى أن "التعاون لا يستهدف أحداً".'
    )

    assert _speakers(text) == [
        (None, "الإيكونوميست", "", None),
        (None, None, "", None),  # not the magazine the sentence before spoke for
        ("sergei-lavrov", None, "", None),
    ]


def test_a_registry_name_glued_by_a_hyphen_to_a_syllable_is_another_man():
    text = (
        'قال الأستاذ في جامعة كوريا كيم سونغ-هو إن "سيول لا تملك أوراقاً كثيرة".\n'
        'وقال مندوب كوريا الشمالية لدى الأمم المتحدة كيم سونغ إن "التعاون مع روسيا شأن سيادي".'
    )

    assert _speakers(text) == [
        (None, "كيم سونغ-هو", "", None),
        ("kim-song", None, "", None),
    ]


def test_a_registry_family_name_opening_a_longer_name_is_another_person():
    text = (
        'وقال المحلل الفرنسي جان بيير دوران إن "باريس تراقب الملف عن كثب".\n'
        'وقالت المتحدثة باسم البيت الأبيض كارين جان بيير إن "واشنطن تتابع التقارير باهتمام".'
    )

    assert _speakers(text) == [
        (None, "جان بيير دوران", "", None),
        ("karine-jean-pierre", None, "", None),
    ]


def test_a_number_of_sources_is_no_name():
    text = 'ونقلت وكالة رويترز عن ثلاثة دبلوماسيين غربيين أن الملف "سيطرح في مجلس الأمن قريباً".'

    assert _speakers(text) == [(None, None, "", "reuters")]  # no name, the agency relays


def test_the_host_who_asks_him_speaks_then_the_guest_answers():
    text = (
        'وعلّق المذيع سامح عبد الله في برنامجه قائلاً: "القمة دي فيها رسائل كتير".\n'
        'وسأله عبد الله: "طب إحنا مالنا ومال الموضوع ده؟"، '
        'فرد الضيف خالد منصور: "إحنا في قلب العالم يا أستاذ".'
    )

    assert _speakers(text) == [
        (None, "سامح عبد الله", "", None),
        (None, "سامح عبد الله", "", None),
        (None, "خالد منصور", "", None),
    ]


def test_a_describing_verb_takes_its_object_with_adjectives_after_the_name():
    text = (
        'ووصف الوزير الأسبق في الخرطوم حامد النور الزيارة الروسية الكورية بأنها "منعطف في آسيا كلها".\n'
        'وأضاف النور: "السودان يعرف ثمن العقوبات جيداً".'
    )

    assert _speakers(text) == [(None, "حامد النور", "", None), (None, "حامد النور", "", None)]


def test_a_man_described_then_named_after_yudaa_is_that_name():
    text = (
        'قال سائق أجرة ستيني يدعى لي سانغ-وو: "الشمال أقرب إلينا من أي وقت مضى".\n'
        'وقالت بائعة تدعى مين: "لا أحد هنا يتابع السياسة كثيراً".'
    )

    assert _speakers(text) == [
        (None, "لي سانغ-وو", "", None),
        (None, None, "بائعة تدعى مين", None),  # one word: no name to propose, the description stays
    ]


def test_a_presidency_followed_by_its_capital_is_that_countrys():
    text = 'وقال المتحدث باسم الرئاسة في سيول إن الرئيس "يتابع التطورات مع فريقه الأمني".'

    assert _speakers(text) == [("south-korea-presidential-office", None, "", None)]


def test_summed_up_names_the_speaker_after_the_words_only():
    text = (
        '"المحادثات كانت صريحة ومفيدة جداً"، بهذه العبارة لخص وزير الخارجية الروسي سيرغي لافروف اللقاء.\n'
        'ولعل ما قاله خبير آسيوي مخضرم يلخص الصورة: "كل طرف أخذ ما جاء من أجله".'
    )

    assert _speakers(text) == [
        ("sergei-lavrov", None, "", None),
        (None, None, "خبير آسيوي مخضرم يلخص الصورة", None),  # what he said, not a cue of its own
    ]


def test_words_cited_by_the_writer_are_the_cited_ones():
    text = (
        'ويرى الباحث سمير حداد أن "القمة لم تغير شيئاً في الجوهر"، مستشهداً بقول دبلوماسي روسي سابق له: '
        '"موسكو لا تنسى من وقف معها".'
    )

    assert _speakers(text) == [
        (None, "سمير حداد", "", None),
        (None, None, "دبلوماسي روسي سابق له", None),  # the diplomat, unnamed: never the researcher
    ]


def test_the_piece_named_later_is_its_author():
    text = (
        'ونشرت مجلة فورين أفيرز تحليلاً للباحث دانيال كوبر، قال فيه إن موسكو "تراهن على الوقت قبل كل شيء".\n'
        'ويخلص التحليل إلى أن "الغرب لا يملك خطة بديلة حتى الآن".'
    )

    assert _speakers(text) == [(None, "دانيال كوبر", "", None), (None, "دانيال كوبر", "", None)]


def test_a_verb_after_when_is_the_named_ones_before_it():
    text = (
        'وهذا ما أكده وزير الخارجية الروسي سيرغي لافروف حين قال، في مؤتمر صحفي، إن "موسكو باقية في آسيا".\n'
        'واشتعل النقاش في طوكيو حين قال مسؤول في الحكومة إن "الرد سيكون دبلوماسياً أولاً".\n'
        'وانتقد الرئيس الأمريكي جو بايدن بوتين حين قال إن "العالم لن يقبل بهذه الصفقات".'
    )

    assert _speakers(text) == [
        ("sergei-lavrov", None, "", None),
        (None, None, "مسؤول في الحكومة", None),  # a subject of its own after the verb
        ("joe-biden", None, "", None),  # another man's name before حين: the sentence's subject, as before
    ]


def test_a_verb_after_any_conjunction_of_time_is_the_named_ones_before_it():
    # the one list of conjunctions of time (``clauses.WHEN``), ``حينما`` included (mends)
    text = (
        "وذكّرت وكالة تاس بما ذهبت إليه المتحدثة باسم الخارجية الروسية ماريا زاخاروفا حينما قالت، في إحاطتها، "
        'إن "موسكو لن تقبل بأي ضغوط على شركائها في آسيا".'
    )

    assert _speakers(text) == [("maria-zakharova", None, "", None)]


def test_a_participle_after_a_topic_whose_name_opens_with_fa_goes_with_the_topic():
    text = (
        'أما صحيفة فايننشال تايمز، فكتبت أن الغرب "يدفع ثمن غيابه عن آسيا"، '
        'مضيفة أن القمة "بداية مرحلة لا نهايتها".'
    )

    assert _speakers(text) == [("financial-times", None, "", None), ("financial-times", None, "", None)]


def test_the_relayer_named_in_full_teaches_his_surname():
    text = (
        'ونقل كاتب التقرير، الباحث الروسي أوليغ سميرنوف، عن دبلوماسي سابق أن "الاتفاق شفهي حتى الآن".\n'
        'وقال سميرنوف: "لا أحد سيرى ورقة موقعة قريباً".'
    )

    assert _speakers(text) == [(None, None, "دبلوماسي سابق", None), (None, "أوليغ سميرنوف", "", None)]


def test_a_short_registry_surname_after_another_given_name_and_a_comma_is_another_man():
    text = (
        'وقال الصحفي أنطون ميلر، مراسل الصحيفة في موسكو، إن "الكرملين راض عن النتائج".\n'
        "وقال المتحدث باسم الخارجية الأمريكية ماثيو ميلر، في إفادته اليومية، "
        'إن "واشنطن تراقب الشحنات عن كثب".'
    )

    assert _speakers(text) == [(None, "أنطون ميلر", "", None), ("matthew-miller", None, "", None)]


def test_a_headline_in_the_present_introduces_the_interviewee():
    text = (
        "الصباح تحاور الخبير في الشؤون الروسية الدكتور منير الزاوي\n"
        "س: ماذا بعد القمة؟\n"
        'ج: "مرحلة جديدة من التعاون العسكري بين البلدين".'
    )

    assert _speakers(text) == [(None, "منير الزاوي", "", None)]


def test_her_words_after_the_relayed_name_make_her_a_woman_whom_a_feminine_verb_continues():
    text = (
        'وتنقل الصحيفة عن الباحثة في جامعة سيول جي-يون هان قولها: "الشمال يربح الوقت والمال". '
        'وتستطرد هان: "والجنوب يدفع ثمن التردد".'
    )

    assert _speakers(text) == [(None, "جي-يون هان", "", None), (None, "جي-يون هان", "", None)]


def test_a_given_name_alone_then_what_the_person_is_is_proposed():
    text = (
        '"لا أحد هنا يتحدث عن القمة كثيراً"، يقول أندريه، وهو سائق سيارة أجرة في الخمسين.\n'
        '"الأسعار هي ما يشغل الناس أكثر من أي شيء"، تقول ناتاشا وهي تبتسم.'
    )

    assert _speakers(text) == [
        (None, "أندريه", "", None),
        (None, None, "", None),  # no comma and no description: one word is no name to propose
    ]


def test_a_town_ends_a_bodys_name_and_a_woman_writer_is_taken_up_as_the_writer():
    text = (
        "ونشرت مجلة فورين بوليسي مقالاً للباحثة في جامعة جورج تاون إيميلي ستون، تعتبر فيه أن القمة "
        '"تحالف الضرورة لا القناعة".\n'
        'وتتابع الكاتبة: "الصين لا تريد أن تدفع ثمن هذا التقارب".'
    )

    assert _speakers(text) == [(None, "إيميلي ستون", "", None), (None, "إيميلي ستون", "", None)]
