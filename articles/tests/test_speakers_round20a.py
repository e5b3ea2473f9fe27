"""Speaker rules of round 20a (issue 11), learnt from the errors of the holdout18 split by
class: each test is an invented paragraph, in several outlets' wording of one construction,
and asserts exactly who speaks; a trap beside it where the rule must not fire."""

from articles.tests.speaking import statement_speakers as _speakers


def test_a_relay_aside_written_as_one_word_leaves_the_speaker_before_it():
    text = (
        'وأضاف لافروف، حسبما نقلت وكالة "إنترفاكس"، أن "العلاقات بين البلدين بلغت مستوى جديداً". '
        'وأكد بيسكوف، وفقما أوردت وكالة "ريا نوفوستي"، أن "الرئيس سيلبي الدعوة في الوقت المناسب". '
        'وتابع بيسكوف، كما نقلت وكالة تاس، قائلاً إن "جدول الزيارة لم يحدد بعد".'
    )

    assert _speakers(text) == [
        ("sergei-lavrov", None, "", "interfax"),
        ("dmitry-peskov", None, "", "ria-novosti"),
        ("dmitry-peskov", None, "", "tass"),
    ]


def test_a_glued_source_naming_a_person_or_kama_meaning_also_names_the_speaker():
    text = (
        'وحسبما صرح وزير الدفاع الروسي سيرغي شويغو، فإن "الطائرات الروسية قادرة على كل المهام". '
        'كما أكد مساعد الرئيس الروسي يوري أوشاكوف أن الطرفين "لم يوقعا أي اتفاق عسكري خلال القمة".'
    )

    assert _speakers(text) == [("sergei-shoigu", None, "", None), ("yuri-ushakov", None, "", None)]


def test_a_topic_after_amma_set_off_by_a_relative_clause_speaks_after_faqad():
    text = (
        "أما وزير الدفاع الروسي سيرغي شويغو، الذي زار بيونغ يانغ في تموز الماضي، فقد وصف "
        'الجيش الكوري الشمالي بأنه "واحد من أقوى جيوش العالم". '
        "وأما الزعيم كيم جونغ أون، الذي زار مصنع الطائرات، فقد اعتبر الزيارة "
        '"درساً مهماً لصناعتنا العسكرية في السنوات المقبلة".'
    )

    assert _speakers(text) == [("sergei-shoigu", None, "", None), ("kim-jong-un", None, "", None)]


def test_the_noun_after_a_describing_verb_is_described_unless_it_names_the_speaker():
    text = (
        'أما الرئيس فلاديمير بوتين فقد وصف المحادثات بأنها "مفيدة وصريحة وتفتح آفاقاً جديدة". '
        "أما في موسكو، فقد وصف المتحدث باسم الكرملين دميتري بيسكوف القمة بأنها "
        '"حدث مهم للبلدين وللمنطقة كلها".'
    )

    assert _speakers(text) == [("vladimir-putin", None, "", None), ("dmitry-peskov", None, "", None)]


def test_the_latter_is_the_person_of_its_gender_named_last():
    text = (
        "استقبل الزعيم الكوري الشمالي كيم جونغ أون وزير الخارجية الروسي سيرغي لافروف، حيث أكد "
        'الأخير أن بلاده "ممتنة للدعم الثابت من بيونغ يانغ". '
        'والتقى لافروف نظيرته تشوي سون هوي، وقالت الأخيرة إن "الشعب الكوري يقف مع روسيا". '
        "وقالت تشوي سون هوي في الجولة الأخيرة من المحادثات إن "
        '"التعاون سيتوسع في كل المجالات دون استثناء".'
    )

    assert _speakers(text) == [
        ("sergei-lavrov", None, "", None),
        ("choe-son-hui", None, "", None),
        ("choe-son-hui", None, "", None),
    ]


def test_the_latter_with_no_registered_person_of_its_gender_gets_nobody():
    text = (
        "والتقى الرئيس بوتين الباحثة سلمى حداد في فلاديفوستوك، وقالت الأخيرة إن "
        '"القمة فتحت صفحة جديدة في العلاقات".'
    )

    assert _speakers(text) == [(None, None, "", None)]


def test_a_name_opens_after_a_body_named_first_then_its_kind_in_english():
    text = (
        "ورأى الباحث البريطاني في الشؤون الكورية في كينغز كوليدج جيمس هاريسون أن "
        '"بيونغ يانغ تبيع مخزونها القديم بثمن سياسي". '
        'وقال هاريسون للمجلة: "السؤال الحقيقي هو ما الذي ستقدمه موسكو في المقابل". '
        'وقال الباحث في معهد تشاتام هاوس جون نيلسون رايت إن "موسكو تحتاج إلى الذخيرة قبل كل شيء". '
        'وقالت المحللة في مجموعة يوراسيا غروب آنا ماريا ليبيز إن "العقوبات لم تعد تخيف أحداً".'
    )

    assert _speakers(text) == [
        (None, "جيمس هاريسون", "", None),
        (None, "جيمس هاريسون", "", None),
        (None, "جون نيلسون رايت", "", None),
        (None, "آنا ماريا ليبيز", "", None),
    ]


def test_a_describing_verb_with_only_its_object_is_said_by_the_subject_before_it():
    text = (
        "قالت وسائل الإعلام الرسمية في كوريا الشمالية إن الزعيم عاد إلى بلاده، ووصفت الزيارة بأنها "
        '"صفحة جديدة في تاريخ الصداقة بين البلدين". '
        'وقال الكرملين إن المحادثات انتهت، ووصف نتائجها بأنها "أكبر مما توقعه الجميع في الغرب". '
        'وقالت زاخاروفا إن الزيارة ناجحة، ووصف الرئيس بوتين المحادثات بأنها "صريحة ومفيدة في كل المجالات".'
    )

    assert _speakers(text) == [
        ("north-korean-state-media", None, "", None),
        ("kremlin", None, "", None),
        ("vladimir-putin", None, "", None),
    ]


def test_a_describing_verb_whose_gender_fits_nobody_in_its_sentence_names_nobody():
    text = (
        'وقالت زاخاروفا إن "الزيارة ناجحة بكل المقاييس". '
        'وقال بيسكوف إن الرئيس سيزور بيونغ يانغ. ووصفت الزيارة بأنها "خطوة تاريخية في العلاقات".'
    )

    assert _speakers(text) == [("maria-zakharova", None, "", None), (None, None, "", None)]


def test_a_name_after_a_title_the_registry_gives_another_speaks_after_a_plain_verb():
    text = (
        "وقال كبير أمناء مجلس الوزراء الياباني يوشيماسا هاياشي للصحفيين إن بلاده "
        '"تتابع بقلق بالغ تعمق التعاون العسكري". '
        'ووصف الرئيس الروسي كيم جونغ أون بأنه "زعيم قوي يعرف ما يريده شعبه".'
    )

    assert _speakers(text) == [("yoshimasa-hayashi", None, "", None), ("vladimir-putin", None, "", None)]


def test_a_medium_after_the_quote_that_relays_from_someone_names_that_one():
    text = (
        'وتحدث الوزير عن القمة. "لا صفقات سلاح على جدول أعمال القمة الحالية"، حسبما نقلت وكالة تاس '
        "عن مساعد الرئيس الروسي يوري أوشاكوف. "
        '"الزيارة ستكون طويلة وغنية بالمحطات"، بحسب ما نقلت وكالة إنترفاكس عن بيسكوف. '
        '"الصور لا تكذب أبداً في مثل هذه الحالات"، نقلت وكالة يونهاب.'
    )

    assert _speakers(text) == [
        ("yuri-ushakov", None, "", "tass"),
        ("dmitry-peskov", None, "", "interfax"),
        ("yonhap", None, "", None),
    ]
