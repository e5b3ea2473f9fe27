"""Speaker rules of round 21 (issue 11, branch r21a), for the classes behind holdout20's errors
and tune15's: a medium's report it credits after the quote (``…"، نقلاً عن مسؤولين``), an
indefinite spokesman or official with a verb of saying right after him, ``ونقلت عنه قوله`` after
a medium's report on a person, a source right after ``وقال له``, the visitor of ``زار`` taken up
as ``الضيف`` inside a reported clause, ``فام`` opening a Vietnamese name and Reuters' Arabic name
of RIA Novosti.  Each rule has invented paragraphs where it must fire and a trap where it must
not; the tests assert exactly who speaks."""

from articles.tests.speaking import statement_speakers as _speakers


def test_a_papers_report_credited_after_the_quote_to_unnamed_officials_is_theirs():
    text = (
        'وكانت صحيفة فايننشال تايمز قد أوردت أن "الصفقة تشمل قذائف مدفعية وصواريخ قصيرة المدى"، '
        "نقلاً عن مسؤولين أوروبيين."
    )

    assert _speakers(text) == [(None, None, "مسؤولين أوروبيين", "financial-times")]


def test_an_agencys_report_credited_after_the_quote_to_a_named_spokesman_is_his():
    text = (
        'وأفادت وكالة تاس بأن "الزعيمين سيتبادلان الهدايا في ختام المحادثات"، '
        "نقلاً عن المتحدث باسم الكرملين دميتري بيسكوف."
    )

    assert _speakers(text) == [("dmitry-peskov", None, "", "tass")]


def test_a_papers_report_with_its_own_participle_after_the_quote_stays_the_papers():
    text = (
        'وكتبت صحيفة واشنطن بوست أن "الصفقة قد تشمل صواريخ مضادة للدروع"، مضيفة أن مسؤولين '
        'أمريكيين "يراقبون الوضع في المنطقة بقلق".'
    )

    assert _speakers(text) == [("washington-post", None, "", None), ("washington-post", None, "", None)]


def test_an_indefinite_spokesman_with_a_verb_of_saying_right_after_him_speaks_for_the_country():
    text = (
        "كيم قال إن زيارته تأتي في وقت مهم، ووصف روسيا بأنها أولوية لبلاده.\n"
        'وعلّقت لندن عبر متحدث باسم الحكومة قال إن "أي صفقة سلاح ستقابل بعقوبات جديدة".'
    )

    assert _speakers(text) == [("united-kingdom", None, "", None)]


def test_an_indefinite_official_of_a_bare_ministry_speaks_for_the_country_speaking_through_him():
    text = 'واشنطن ردّت عبر مسؤول في الخارجية قال إن "العقوبات ستطال كل من يشارك في الصفقة".'

    assert _speakers(text) == [("us-state-department", None, "", None)]


def test_an_indefinite_official_of_a_bare_ministry_with_no_country_before_him_names_nobody():
    text = (
        "وكان لافروف قد تحدث عن الصفقة، فيما نقل مراسلون عن مسؤول في الخارجية قال إن "
        '"العقوبات ستطال الجميع دون استثناء".'
    )

    assert _speakers(text) == [(None, None, "مسؤول في الخارجية", None)]


def test_an_indefinite_official_of_a_registered_ministry_speaks_for_it():
    text = 'وردّت طوكيو عبر مسؤول في وزارة الخارجية اليابانية قال للصحفيين إن "القمة تثير قلقاً بالغاً".'

    assert _speakers(text) == [("japanese-foreign-ministry", None, "", None)]


def test_a_verb_of_saying_after_ثم_past_an_indefinite_object_is_still_the_subjects():
    text = 'والتقى لافروف دبلوماسياً صينياً رفيعاً، ثم قال للصحفيين إن "اللقاء كان مفيداً للغاية".'

    assert _speakers(text) == [("sergei-lavrov", None, "", None)]


def test_his_words_relayed_after_a_mediums_report_on_him_are_the_persons():
    text = (
        'وأفادت وكالة الأنباء المركزية الكورية بأن الزعيم كيم جونغ أون "تفقد ميناء فلاديفوستوك العسكري"، '
        'ونقلت عنه قوله: "أسطول المحيط الهادئ قوة تستحق الاحترام".'
    )

    assert _speakers(text) == [("kcna", None, "", None), ("kim-jong-un", None, "", "kcna")]


def test_her_words_relayed_after_a_mediums_report_on_a_woman_are_hers():
    text = (
        "وذكرت وكالة يونهاب أن كيم يو جونغ رافقت شقيقها في الزيارة، "
        'ونقلت عنها قولها إن "الرحلة عززت الصداقة بين البلدين".'
    )

    assert _speakers(text) == [("kim-yo-jong", None, "", "yonhap")]


def test_a_source_right_after_the_addressees_pronoun_is_no_subject():
    text = (
        "ونقل لافروف إلى الزعيم الكوري رسالة من بوتين، وقال له وفق ما أوردت وكالة تاس: "
        '"الرئيس ينتظر زيارتكم إلى موسكو قريباً".'
    )

    assert _speakers(text) == [("sergei-lavrov", None, "", "tass")]


def test_a_subject_written_after_the_addressees_pronoun_still_speaks():
    text = 'وقال له الرئيس الروسي بحسب الكرملين: "علينا أن نبني الثقة خطوة خطوة".'

    assert _speakers(text) == [("vladimir-putin", None, "", None)]


def test_the_visitor_of_zara_is_the_guest_of_a_later_reported_clause():
    text = (
        "زار الزعيم الكوري الشمالي كيم جونغ أون، الخميس، مصنعاً للمعدات برفقة وزير الدفاع "
        "الروسي سيرغي شويغو.\n"
        'وأوضحت الوكالة أن الضيف "تفقد خطوط الإنتاج في المصنع"، وكتب في سجل الزوار: "مصنع يليق بقوة روسيا".'
    )

    assert _speakers(text) == [(None, None, "", None), ("kim-jong-un", None, "", None)]


def test_a_reported_clause_with_two_quotes_before_the_verb_does_not_continue():
    text = (
        "زار الزعيم الكوري الشمالي كيم جونغ أون المصنع برفقة وزير الدفاع الروسي سيرغي شويغو.\n"
        'وقال شويغو إن الضيف "اطلع على الطائرات" و"سأل عن المحركات"، وكتب: "نحن فخورون بما رأينا اليوم".'
    )

    assert _speakers(text)[-1] == ("sergei-shoigu", None, "", None)


def test_pham_opens_a_vietnamese_name():
    text = 'وقال رئيس الوزراء الفيتنامي فام مينه تشينه إن بلاده "تؤيد الحوار بين الكوريتين".'

    assert _speakers(text) == [(None, "فام مينه تشينه", "", None)]


def test_reuters_arabic_name_of_ria_novosti_is_the_agency():
    text = 'وقالت وكالة الإعلام الروسية إن "القطار الكوري وصل إلى محطة خاسان صباحاً".'

    assert _speakers(text) == [("ria-novosti", None, "", None)]


def test_his_words_relayed_after_a_report_whose_own_quote_is_a_term_are_the_persons():
    text = (
        'وأفادت وكالة شينخوا بأن الزعيم كيم جونغ أون "تفقد ميناء فلاديفوستوك"، '
        'ونقلت عنه قوله: "أسطول المحيط الهادئ قوة تستحق الاحترام".'
    )

    assert _speakers(text) == [("kim-jong-un", None, "", "xinhua")]


def test_a_country_of_the_other_gender_after_wasafa_is_what_is_described():
    text = (
        'كيم قال إن زيارته "تأتي في وقت مهم لتعزيز العلاقات"، ووصف روسيا بأنها '
        '"أولوية قصوى في سياسة بلاده الخارجية".'
    )

    assert _speakers(text) == [("kim-jong-un", None, "", None), ("kim-jong-un", None, "", None)]


def test_a_body_of_the_verbs_gender_after_wasafa_with_its_object_still_speaks():
    text = (
        'وقال بيسكوف إن "اللقاء كان مثمراً للغاية"، ووصف الكرملين الزيارة بأنها '
        '"خطوة مهمة في العلاقات الثنائية".'
    )

    assert _speakers(text) == [("dmitry-peskov", None, "", None), ("kremlin", None, "", None)]


def test_an_indefinite_official_met_on_an_occasion_does_not_take_the_verb_after_him():
    text = (
        "وكان بوتين في فلاديفوستوك، ولدى استقباله مسؤولاً في الخارجية الصينية قال إن "
        '"العلاقات مع بكين في أفضل حالاتها".'
    )

    assert _speakers(text) == [("vladimir-putin", None, "", None)]


def test_a_papers_report_introduced_by_a_noun_and_credited_after_the_quote_is_the_sources():
    text = (
        'وجاء في تقرير لصحيفة وول ستريت جورنال أن "الشحنات الأولى وصلت عبر ميناء راجين"، '
        "نقلاً عن مسؤولين غربيين."
    )

    assert _speakers(text) == [(None, None, "مسؤولين غربيين", "wall-street-journal")]
