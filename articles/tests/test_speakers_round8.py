"""Speaker rules of round 8 (issue 11), learnt from the errors of the holdout7 split by class:
each test is an invented paragraph for one class and asserts exactly who speaks."""

from articles.tests.speaking import statement_speakers as _speakers


def test_a_sentence_opening_with_a_verb_of_telling_names_its_subject_not_the_medium_told():
    text = (
        'وقال الرئيس الروسي فلاديمير بوتين إن "التعاون العسكري سيتوسع في السنوات المقبلة". '
        'وأبلغ مسؤول أوروبي وكالة رويترز أن "العقوبات الجديدة ستطال شركات الشحن الكورية". '
        'وأبلغ دبلوماسي غربي الصحافيين أن "المجلس سيجتمع قبل نهاية الشهر الجاري".'
    )

    assert _speakers(text) == [
        ("vladimir-putin", None, "", None),
        (None, None, "مسؤول أوروبي", None),
        (None, None, "دبلوماسي غربي", None),
    ]


def test_words_said_in_the_passive_are_nobodys_not_the_last_speakers():
    text = (
        'وقال المتحدث باسم الكرملين دميتري بيسكوف إن "البرنامج لم يكتمل بعد"، '
        'فيما قيل للمراسلين إن "الوفدين سيزوران مصنعا للطائرات صباح الغد".'
    )

    assert _speakers(text) == [("dmitry-peskov", None, "", None), (None, None, "", None)]


def test_a_body_speaking_through_the_mouth_of_a_named_person_after_its_verb_is_that_person():
    text = (
        "أما بكين فاكتفت بالقول، على لسان المتحدثة باسم خارجيتها ماو نينغ، إن "
        '"الصين تتابع التطورات وتدعو إلى ضبط النفس".'
    )

    assert _speakers(text) == [("mao-ning", None, "", None)]


def test_a_verb_after_a_quote_opening_a_clause_with_fima_does_not_speak_it():
    text = (
        'مباحثات وصفتها موسكو بأنها "بناءة ومثمرة في جميع الملفات"، '
        'فيما قال كيم لمضيفه: "سنبقى إلى جانبكم دائماً في كل المعارك".'
    )

    assert _speakers(text) == [("russia", None, "", None), ("kim-jong-un", None, "", None)]


def test_a_verb_of_describing_with_its_object_glued_names_its_subject_after_it():
    text = (
        'وانتهت الجولة الثالثة من المباحثات، التي وصفتها طوكيو بأنها "تهديد مباشر لأمن المنطقة كلها". '
        'وهي زيارة وصفها الكرملين بأنها "محطة مهمة في تاريخ العلاقات الثنائية".'
    )

    assert _speakers(text) == [("japan", None, "", None), ("kremlin", None, "", None)]


def test_state_media_named_by_their_capital_are_the_countrys_state_media():
    text = (
        "وأنهى الزعيم الكوري جولته التي وصفتها وسائل الإعلام الرسمية في بيونغ يانغ بأنها "
        '"انتصار كبير للدبلوماسية المستقلة". '
        'واعتبرت وسائل الإعلام الرسمية في موسكو أن "الضيف لقي استقبالاً يليق بالأصدقاء".'
    )

    assert _speakers(text) == [
        ("north-korean-state-media", None, "", None),
        ("russian-state-media", None, "", None),
    ]


def test_a_nisba_family_name_that_is_also_an_adjective_ends_the_name():
    text = (
        'اعتبر الباحث في الشؤون الأمنية مراد الخليجي، في تصريح لموقع "الصباح"، أن القمة '
        '"محاولة لكسر طوق العزلة عن البلدين". '
        'وأضاف المتحدث ذاته أن "بكين تراقب بصمت كل ما يجري في الشرق". '
        'وقال الكاتب يونس العربي إن "الغرب أخطأ في قراءة المشهد الآسيوي".'
    )

    assert _speakers(text) == [
        (None, "مراد الخليجي", "", None),
        (None, "مراد الخليجي", "", None),
        (None, "يونس العربي", "", None),
    ]


def test_a_coalition_the_registry_does_not_know_is_proposed_as_written():
    text = (
        'من جهته، علّق الائتلاف الوطني الليبي في بيان بأن "الشراكة بين النظامين لن تجلب الاستقرار". '
        'وقال ائتلاف المعارضة الفنزويلية إن "كاراكاس تراقب القمة بقلق وترقب".'
    )

    assert _speakers(text) == [
        (None, "الائتلاف الوطني الليبي", "", None),
        (None, "ائتلاف المعارضة الفنزويلية", "", None),
    ]


def test_an_editorial_labelled_after_the_masthead_speaks_in_the_papers_own_voice():
    text = (
        "الفجر الجديد | الافتتاحية\n"
        "لم تكن صور القطار المدرع مجرد استعراض. لقد قلنا في هذه الزاوية منذ شهور إن "
        '"موسكو ستبحث عن حلفاء في أقصى الشرق". '
        'وفي رأينا، فإن "الغرب دفع البلدين إلى أحضان بعضهما دفعاً".'
    )

    assert _speakers(text) == [(None, "الفجر الجديد", "", None), (None, "الفجر الجديد", "", None)]


def test_our_view_outside_an_editorial_is_left_to_the_rules():
    text = (
        'وقال المحلل سمير داود لنا إن "القمة ناجحة للطرفين في كل المقاييس". '
        'وفي رأينا، فإن "الأيام المقبلة ستكشف الكثير من التفاصيل".'
    )

    assert _speakers(text) == [(None, "سمير داود", "", None), (None, None, "", None)]


def test_our_correspondent_speaks_for_the_outlet_of_the_masthead_with_a_verb_in_the_present():
    text = (
        "دويتشه فيله | نشرة الظهيرة | 14 أيلول 2023\n"
        'ومن فلاديفوستوك، يفيد مراسلنا بأن "الإجراءات الأمنية حول المحطة شددت منذ الفجر". '
        'وتفيد مصادر محلية بأن "القطار سيتوقف في خاباروفسك قبل العودة".'
    )

    assert _speakers(text) == [("dw-arabic", None, "", None), (None, None, "مصادر محلية", None)]


def test_words_a_relative_clause_gives_a_named_author_before_a_colon_are_that_authors():
    text = (
        'ويبقى السؤال الذي طرحه لافروف بنفسه خلال العشاء: "من كان يتوقع هذا التقارب قبل عامين فقط؟" '
        'أما الشعار الذي رفعه المتظاهرون أمام السفارة: "لا للحرب ولا للسلاح الكوري في أوكرانيا".'
    )

    assert _speakers(text) == [("sergei-lavrov", None, "", None), (None, None, "", None)]
