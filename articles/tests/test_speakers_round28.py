"""Round 28's speaker rules (issue 11), from holdout30's misses and wrong names, with invented
paragraphs (tune26's wording, not the holdout's), the exact speakers, and a trap beside each."""

from articles.tests.speaking import statement_speakers as _speakers


def test_a_turn_s_label_is_the_surname_of_the_guest_named_before():
    text = (
        "لقاء خاص مع المؤرخ البلجيكي في شؤون الشرق الأقصى جوليان ديبوا\n"
        'المحاور: هل كانت القمة مفاجئة؟ ديبوا: "لا، فالتقارب بدأ قبل الحرب بسنوات طويلة".\n'
        'المحاور: وزير الخارجية الروسي سيرغي لافروف قال إن التعاون "لا يستهدف أي طرف ثالث"، أليس كذلك؟\n'
        'ديبوا: "هذا ما يقال دائماً في البيانات الرسمية".'
    )

    assert _speakers(text) == [
        (None, "جوليان ديبوا", "", None),
        ("sergei-lavrov", None, "", None),  # the quote inside the host's question
        (None, "جوليان ديبوا", "", None),
    ]


def test_a_label_names_the_nearest_described_person_of_a_panel():
    text = (
        "ندوة: ماذا بعد القمة؟ يشارك فيها الباحث الروسي إيغور سميرنوف والمحللة التركية أيلين دمير\n"
        'السؤال الأول: ما الرسالة؟ دمير: "موسكو تقول إنها ليست وحدها في هذه الحرب".\n'
        'سميرنوف: "الرسالة أبسط من ذلك بكثير، إنها تجارة".'
    )

    assert _speakers(text) == [
        (None, "أيلين دمير", "", None),
        (None, "إيغور سميرنوف", "", None),
    ]


def test_an_embassy_s_name_runs_through_its_seat_before_where_it_spoke():
    text = (
        "عمّان - الرأي\n"
        'وقالت السفارة الكندية في دمشق في منشور: "ندين كل خرق لقرارات مجلس الأمن بشأن بيونغ يانغ".\n'
        'وجاء في بيان للسفارة الإيطالية في القاهرة: "روما تتابع باهتمام نتائج هذه القمة".\n'
        'ونشرت السفارة الإسبانية في تونس بياناً جاء فيه: "مدريد تدعم كل حل دبلوماسي".\n'
        'وقالت السفارة الهولندية في بيان إن "أمستردام تنسق مع شركائها الأوروبيين".'
    )

    assert _speakers(text) == [
        (None, "السفارة الكندية في دمشق", "", None),
        (None, "السفارة الإيطالية في القاهرة", "", None),
        (None, "السفارة الإسبانية في تونس", "", None),
        (None, "السفارة الهولندية", "", None),  # في بيان: where it spoke, no seat
    ]


def test_a_source_glued_to_a_ministry_by_ba_speaks_for_it():
    text = (
        "نواكشوط - الأخبار\n"
        'وقال مصدر بوزارة الخارجية الموريتانية إن "نواكشوط تدعو إلى احترام قرارات مجلس الأمن".\n'
        '"لا نرى أنفسنا طرفاً في هذا الاستقطاب"، هكذا لخّص مصدر بوزارة الخارجية الليبية الموقف.\n'
        'وقال مصدر في السفارة الكورية الشمالية إن "الزيارة تفتح صفحة جديدة في علاقات البلدين".\n'
        'وقال مصدر دبلوماسي غربي إن "العواصم الأوروبية تنتظر موقفاً أوضح".'
    )

    assert _speakers(text) == [
        (None, "وزارة الخارجية الموريتانية", "", None),
        (None, "وزارة الخارجية الليبية", "", None),  # not «… الليبية الموقف»
        (None, "السفارة الكورية الشمالية في نواكشوط", "", None),  # both adjectives; the dateline's seat
        (None, None, "مصدر دبلوماسي غربي", None),
    ]


def test_a_verb_after_words_pointing_back_to_the_quote_is_its_cue():
    text = (
        "الدوحة - الوطن\n"
        '"نحن جاران قبل أي شيء آخر"، بهذه الكلمات اختصر الرئيس الروسي فلاديمير بوتين لقاءه.\n'
        '"لن نسمح لأحد بعزل جارتنا الكورية"، هكذا أوجزت المتحدثة باسم الخارجية الروسية '
        "ماريا زاخاروفا الموقف.\n"
        '"الصواريخ تفتح الأبواب المغلقة في الشرق"، هكذا بدت الرسالة التي أرادت موسكو إيصالها.\n'
        '"قمة المعزولين في أقصى الشرق"، هكذا عنونت صحيفة كوميرسانت تغطيتها.'
    )

    assert _speakers(text) == [
        ("vladimir-putin", None, "", None),
        ("maria-zakharova", None, "", None),
        (None, None, "", None),  # بدت: a thing, nobody
        (None, None, "", None),  # a headline: a title, said by nobody
    ]


def test_a_live_line_names_the_speaker_before_the_one_he_speaks_to():
    text = (
        "متابعة لحظة بلحظة\n"
        '08:15 بتوقيت موسكو — كيم لبوتين لحظة نزوله من السيارة: "سعيد بلقائكم مرة أخرى يا صديقي".\n'
        '08:20 — لافروف لشويغو وهما يدخلان القاعة: "اليوم يوم طويل جداً على الجميع".\n'
        '08:30 — هدية بوتين لكيم قفاز رائد فضاء: "هذا القفاز زار الفضاء مرتين".'
    )

    assert _speakers(text) == [
        ("kim-jong-un", None, "", None),
        ("sergei-lavrov", None, "", None),
        (None, None, "", None),  # هدية: the line opens with a thing, not a speaker
    ]


def test_an_unnamed_spokesman_before_kana_qad_speaks_for_the_body():
    unnamed = 'عمّان - الدستور\nوكان المتحدث باسم الكرملين قد قال إن موسكو "لن تلتفت إلى أي تحذيرات غربية".'
    named = (
        "عمّان - الدستور\n"
        'وقال دميتري بيسكوف إن الزيارة "ستستمر أياماً عدة في الشرق الأقصى".\n'
        'وكان المتحدث باسم الكرملين قد قال إن موسكو "لن تلتفت إلى أي تحذيرات غربية".'
    )

    assert _speakers(unnamed) == [("kremlin", None, "", None)]
    assert _speakers(named) == [
        ("dmitry-peskov", None, "", None),
        ("dmitry-peskov", None, "", None),  # the article named him: the title is his
    ]


def test_a_bare_person_noun_takes_up_the_unnamed_speaker_last_quoted_under_it():
    text = (
        "القاهرة - الشروق\n"
        'وقال وزير الخارجية الروسي سيرغي لافروف إن التعاون "لا يستهدف أي طرف ثالث في المنطقة".\n'
        'وقال دبلوماسي أوروبي في القاهرة: "موسكو تبحث عن ذخائر قبل الشتاء". '
        'وتابع الدبلوماسي: "لا أحد هنا يصدق أن الأمر يتعلق بالفضاء".\n'
        'وقال الوزير الروسي في المؤتمر نفسه: "سنواصل الحوار مع أصدقائنا على كل المستويات".'
    )

    assert _speakers(text) == [
        ("sergei-lavrov", None, "", None),
        (None, None, "دبلوماسي أوروبي في القاهرة", None),
        (None, None, "دبلوماسي أوروبي في القاهرة", None),  # the diplomat, not Lavrov
        ("sergei-lavrov", None, "", None),  # الوزير: the minister named before
    ]


def test_a_correspondent_s_line_names_her_with_her_place_and_full_name():
    text = (
        "إذاعة الشرق - نشرة الظهيرة\n"
        'مراسلتنا في طوكيو نور الهدى بن عمر: "الحكومة اليابانية تتابع القمة بقلق شديد منذ أيام".\n'
        "المذيع: وماذا تقول الصحف؟ المراسلة: صحيفة أساهي الواسعة الانتشار عنونت صفحتها الأولى: "
        '"جيران خطرون على حدود آسيا".'
    )

    assert _speakers(text) == [
        (None, "نور الهدى بن عمر", "", None),  # نور الهدى: one given name
        (None, None, "", None),  # the tag, then a headline the paper ran: no name cut from it
    ]


def test_a_maghrebi_given_name_with_the_article_opens_the_name():
    text = (
        "تونس - الشروق\n"
        'وقال الباحث في العلاقات الدولية المنذر الورتاني إن "القمة تؤكد عودة منطق المحاور".\n'
        'وقال الخبير الاقتصادي الدولي إن "العقوبات لم تعد تخيف أحداً في موسكو".'
    )

    assert _speakers(text) == [
        (None, "المنذر الورتاني", "", None),
        (None, None, "", None),  # adjectives of a field, no name to propose
    ]


def test_the_host_s_relative_clause_and_the_guest_s_reply_in_a_colour_feature():
    text = (
        "يوم في فوستوتشني\n"
        "توقف الموكب أمام البوابة، وترجّل كيم جونغ أون، ثم استقبله فلاديمير بوتين عند المدخل. "
        "صافح الزعيم الكوري الشمالي مضيفه الذي بادره بالقول: «أهلاً بك بين صواريخنا وعلمائنا».\n"
        'ردّ الضيف، بحسب مترجم الكرملين: "سعيد بأن أرى هذا المكان بعيني أخيراً".'
    )
    guest_only = (
        "يوم في فوستوتشني\n"
        "ترجّل كيم جونغ أون ببطء، وصافح مضيفه الذي قال له مبتسماً: «أهلاً بك بين صواريخنا وعلمائنا».\n"
        'ردّ الضيف، بحسب مترجم الكرملين: "سعيد بأن أرى هذا المكان بعيني أخيراً".'
    )

    assert _speakers(text) == [
        ("vladimir-putin", None, "", None),  # مضيفه الذي: the host, not Kim who shook his hand
        ("kim-jong-un", None, "", None),
    ]
    assert _speakers(guest_only) == [
        (None, None, "", None),  # a host the article never named: nobody
        ("kim-jong-un", None, "", None),  # the one whose host it was
    ]


def test_a_dateline_opening_the_line_under_the_headline_tells_the_home_country():
    text = (
        "سيول تتوعد بالرد\n"
        'سيول - وكالة يونهاب: قال مسؤول كبير في الرئاسة إن "الحكومة سترد بحزم على أي صفقة سلاح".\n'
        'وفي موسكو، قال مصدر في الرئاسة الروسية إن "الزيارة لم تتضمن أي اتفاق عسكري".'
    )
    no_dateline = 'سيول تتوعد بالرد\nقال مسؤول كبير في الرئاسة إن "الحكومة سترد بحزم على أي صفقة سلاح".'

    assert _speakers(text) == [
        ("south-korea-presidential-office", None, "", None),
        ("kremlin", None, "", None),  # the presidency its country names
    ]
    assert _speakers(no_dateline) == [(None, None, "مسؤول كبير في الرئاسة", None)]  # no home told
