"""Round 27's speaker rules (issue 11), from holdout29's wrong names and misses, with invented
paragraphs (tune25's wording, not the holdout's), the exact speakers, and a trap beside each."""

from articles.tests.speaking import statement_speakers as _speakers


def test_a_paragraph_dateline_with_a_slash_is_no_verb_and_no_subject():
    text = (
        "لافروف: لا اعتذار\n"
        "أربيل/شبكة أخبار كردستان- استقبل وزير الخارجية الروسي سيرغي لافروف وفداً كورياً في موسكو، "
        'مؤكداً أن "موسكو لا تنوي الاعتذار عن علاقاتها مع أحد".\n'
        'بغداد - الصباح: قالت الباحثة العراقية نادية الجبوري إن "القمة تعيد رسم التوازنات في آسيا".'
    )

    assert _speakers(text) == [
        ("sergei-lavrov", None, "", None),  # not «شبكة أخبار كردستان- استقبل»
        (None, "نادية الجبوري", "", None),
    ]


def test_a_verb_without_subject_goes_with_the_nearest_speaker_before_it():
    text = (
        "مأدبة\n"
        "صافح الرئيس الروسي فلاديمير بوتين ضيفه طويلاً في قاعة المأدبة، مؤكداً أن "
        '"روسيا لن تنسى أصدقاءها في الأوقات الصعبة"، فيما ردّ الزعيم الكوري الشمالي كيم جونغ أون '
        'بكلمة قصيرة قال فيها: "روسيا تخوض معركة عادلة ونحن معها".\n'
        'ورفع وزير الدفاع الروسي سيرغي شويغو كأسه قائلاً: "نخب الصداقة بين جيشينا"، '
        'ثم أضاف: "سنلتقي قريباً في بيونغ يانغ".'
    )

    assert _speakers(text) == [
        ("vladimir-putin", None, "", None),
        ("kim-jong-un", None, "", None),  # ردّ's subject, not مؤكداً's
        ("sergei-shoigu", None, "", None),
        ("sergei-shoigu", None, "", None),  # no new subject: still Shoigu
    ]


def test_a_feeling_for_the_quoted_thing_is_the_reporter_s_words():
    text = (
        "الجزائر - الخبر: ذكرت وكالة ريا نوفوستي أن الزعيم الكوري الشمالي كيم جونغ أون أعرب عن "
        'إعجابه بـ"الدقة العالية لخطوط التجميع الروسية"، وأنه قال لمرافقيه: "هذا ما نحتاج إليه في بلادنا".\n'
        'وأعرب وزير الخارجية الروسي سيرغي لافروف عن إعجابه بالعرض، وقال: "هذه صفحة جديدة في علاقات البلدين".'
    )

    assert _speakers(text) == [
        ("ria-novosti", None, "", None),  # what he admired, in the agency's words
        ("kim-jong-un", None, "", "ria-novosti"),  # وأنه: the first clause's Kim
        ("sergei-lavrov", None, "", None),  # the feeling has no quote: the verb after speaks
    ]


def test_a_report_s_clause_with_a_pronoun_goes_on_with_the_named_subject():
    text = (
        "دبي - البيان: أفادت وكالة تاس بأن وزير الدفاع الروسي سيرغي شويغو رافق ضيفه في جولة بالميناء، "
        'وأنه أكد للصحفيين أن "الأسطول الروسي في المحيط الهادئ جاهز لأي مهمة".\n'
        'وأفادت وكالة إنترفاكس بأن الجولة استغرقت ثلاث ساعات، وأنها شملت "أحدث السفن الحربية في الأسطول".'
    )

    assert _speakers(text) == [
        ("sergei-shoigu", None, "", "tass"),
        ("interfax", None, "", None),  # وأنها of a thing, no verb of saying: the agency's words
    ]


def test_the_subject_before_kana_qad_speaks():
    text = (
        "المنامة - الوسط: نفى المتحدث باسم الكرملين دميتري بيسكوف وجود أي صفقة، لكن السفير الروسي في "
        "بيونغ يانغ ألكسندر ماتسيغورا كان قد صرّح لوكالة تاس بأن "
        '"التعاون العسكري بين البلدين يتقدم بثبات".\n'
        'وأضاف بيسكوف أن موسكو "لا تنتهك أي قرار دولي"، لكنه كان قد قال في وقت سابق إن '
        '"الكرملين لا يعلق على التسريبات الغربية".'
    )

    assert _speakers(text) == [
        ("alexander-matsegora", None, "", "tass"),  # not Peskov, the sentence's first speaker
        ("dmitry-peskov", None, "", None),
        ("dmitry-peskov", None, "", None),  # لكنه: the pronoun, the same speaker
    ]


def test_sheikh_and_a_given_name_end_a_family_name():
    text = (
        'وقال المحلل الأردني في الشؤون الدولية خالد الشيخ حسن إن "الطرفين يتبادلان ما ينقص كل منهما".\n'
        'وقال الباحث الكويتي أحمد الشيخ إن "الزيارة تكمل ما بدأ في فوستوتشني".'
    )

    assert _speakers(text) == [
        (None, "خالد الشيخ حسن", "", None),
        (None, "أحمد الشيخ", "", None),  # الشيخ ends the name before إن
    ]


def test_a_person_named_after_tudaa_is_proposed_by_that_name():
    text = (
        "الرباط/الصباح- قالت طالبة جامعية تدعى يانا كوزلوفا، كانت تقف قرب الجسر، لوكالة فرانس برس: "
        '"المدينة كلها مغلقة منذ الصباح".\n'
        'وقال رجل يدعى إيغور، يعمل سائق أجرة، إن "الطرق أغلقت ساعات طويلة بسبب الموكب".\n'
        'وقال موظف يدعى بارك مين-جون إن "الجميع هنا يتابع أخبار القطار".'
    )

    assert _speakers(text) == [
        (None, "يانا كوزلوفا", "", "afp"),
        (None, None, "رجل يدعى إيغور", None),  # a given name alone: unnamed
        (None, "بارك مين-جون", "", None),  # a hyphen inside the name
    ]


def test_a_briefing_reported_by_one_who_heard_it_is_his():
    text = (
        "قال عضو لجنة الاستخبارات البرلمانية في كوريا الجنوبية يو سانغ بوم للصحفيين إن جهاز الاستخبارات "
        'الوطني أبلغ أعضاء اللجنة بأن بيونغ يانغ "أرسلت ذخائر مدفعية عبر ميناء راجين".\n'
        "وذكرت وكالة يونهاب أن جهاز الاستخبارات الوطني أبلغ النواب بأن كيم "
        '"قد يزور موسكو مرة أخرى قبل نهاية العام".\n'
        "وقال المتحدث باسم الكرملين دميتري بيسكوف إن بوتين أبلغ ضيفه بأن روسيا "
        '"ستدرس كل طلبات التعاون بعناية".'
    )

    assert _speakers(text) == [
        ("yoo-sang-bum", None, "", None),  # the lawmaker tells what the service told them
        ("south-korea-national-intelligence-service", None, "", "yonhap"),  # an agency reports it
        ("vladimir-putin", None, "", None),  # another addressee: Putin's words
    ]
