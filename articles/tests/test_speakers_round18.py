"""Speaker rules of round 18 (issue 11), for the classes behind holdout16's errors: a family
name compounded with ``الله``/``الدين`` taken up alone, the participle ``داعيةً`` before its
object, ``علي`` as a given name where the copy writes the preposition ``على``, and a ministry
named without its country in a sentence that opens in that country's capital.  Each rule has
invented paragraphs where it must fire and a trap where it must not; the tests assert exactly
who speaks."""

from articles.tests.speaking import statement_speakers as _speakers


def test_a_family_name_ending_in_allah_taken_up_alone_is_the_man_named_in_full():
    text = (
        'وقال الخبير الاقتصادي الأردني مازن فضل الله إن "التبادل التجاري بين البلدين ضعيف للغاية".\n'
        'وتابع فضل الله أن "العقوبات تمنع أي تعاون مصرفي حقيقي بين الطرفين".'
    )

    assert _speakers(text) == [(None, "مازن فضل الله", "", None), (None, "مازن فضل الله", "", None)]


def test_a_family_name_ending_in_aldin_taken_up_alone_is_the_man_named_in_full():
    text = (
        'ورأى أستاذ العلوم السياسية سامر نور الدين أن "القمة موجهة إلى واشنطن قبل أي عاصمة أخرى".\n'
        'واستطرد نور الدين: "لكن بكين ستراقب كل خطوة عن كثب وبحذر شديد".'
    )

    assert _speakers(text) == [(None, "سامر نور الدين", "", None), (None, "سامر نور الدين", "", None)]


def test_a_compound_name_nobody_was_given_in_full_is_a_new_speaker():
    text = (
        'وقال الباحث نبيل عوض إن "القمة رسالة سياسية أكثر منها صفقة عسكرية".\n'
        'وأضاف عبد الله: "لا أحد يعرف ما جرى في الاجتماع المغلق بين الزعيمين".'
    )

    assert _speakers(text) == [(None, "نبيل عوض", "", None), (None, "عبد الله", "", None)]


def test_the_countries_a_minister_calls_on_after_daiyatan_are_her_object():
    text = (
        'وأكدت المتحدثة باسم الخارجية الصينية ماو نينغ أن بكين "تدعم كل ما يخدم السلام والاستقرار"، '
        'داعية واشنطن وسيول إلى "التوقف عن المناورات الاستفزازية في المنطقة".'
    )

    assert _speakers(text) == [("mao-ning", None, "", None), ("mao-ning", None, "", None)]


def test_the_parties_a_man_calls_on_after_daiyan_are_his_object():
    text = (
        'وأعرب الباحث سمير الخطيب عن "قلقه البالغ من سباق التسلح في شرق آسيا"، داعياً الأطراف '
        'كافة إلى "ضبط النفس وتغليب لغة الحوار".'
    )

    assert _speakers(text) == [(None, "سمير الخطيب", "", None), (None, "سمير الخطيب", "", None)]


def test_a_preacher_named_with_the_noun_daiya_still_speaks():
    text = 'وقال الداعية الإسلامي محمود الصافي إن "الشعوب المسلمة تتابع هذا التقارب بحذر كبير".'

    assert _speakers(text) == [(None, "محمود الصافي", "", None)]


def test_ali_spelt_apart_from_ala_opens_a_name_before_the_reported_clause():
    text = (
        "وصل الوفد إلى موسكو على متن طائرة خاصة. ورأى الباحث في الشؤون الدولية علي زهران أن "
        '"المحور الجديد يتشكل بسرعة في مواجهة العقوبات".'
    )

    assert _speakers(text) == [(None, "علي زهران", "", None)]


def test_ali_after_an_adjective_opens_a_name_before_bianna():
    text = 'وتعليقاً على القمة، كتب الصحفي العراقي علي حسين بأن "موسكو تبحث عن الذخيرة لا عن الحلفاء".'

    assert _speakers(text) == [(None, "علي حسين", "", None)]


def test_ali_after_a_verb_that_takes_ala_stays_the_preposition():
    text = 'وتعليقاً على القمة، شدد الوزير علي ضرورة أن "تبقى المنطقة بعيدة عن سباق التسلح النووي".'

    assert _speakers(text) == [(None, None, "", None)]


def test_a_ministry_in_a_sentence_opening_in_damascus_is_syrias():
    text = (
        "بيروت - وكالات\n"
        'وفي دمشق، أكد مصدر في وزارة الخارجية والمغتربين أن "سوريا تقف إلى جانب كل من يواجه الهيمنة".\n'
        'وختم المصدر بالقول إن "المعركة ضد الحصار واحدة في كل مكان".'
    )

    assert _speakers(text) == [("syrian-foreign-ministry", None, "", None)] * 2


def test_a_ministry_in_a_sentence_opening_in_algiers_is_algerias():
    text = (
        'وفي الجزائر، قال مسؤول في وزارة الشؤون الخارجية إن "الجزائر تتابع القمة باهتمام وتدعو إلى الحوار".'
    )

    assert _speakers(text) == [(None, "وزارة الشؤون الخارجية الجزائرية", "", None)]


def test_a_capital_inside_the_sentence_does_not_give_the_ministry_a_country():
    text = 'وقال مصدر في وزارة الخارجية في دمشق، إن "سوريا تتابع القمة باهتمام كبير وتدعو إلى الحوار".'

    assert _speakers(text) == [(None, None, "مصدر في وزارة الخارجية في دمشق", None)]


def test_a_participle_after_an_untold_written_subject_names_nobody_not_the_last_speaker():
    text = (
        'وقال الرئيس الروسي إن "الأمر محسوم تماماً بين البلدين".\n'
        "وعلّق السفير البريطاني السابق في سيول، في حديث لإيلاف، قائلاً إن "
        '"الغرب يدفع الطرفين إلى أحضان بعضهما".'
    )

    assert _speakers(text) == [("vladimir-putin", None, "", None), (None, None, "", None)]


def test_a_questioning_participle_after_an_untold_subject_names_nobody():
    text = (
        'وقال وزير الخارجية الروسي إن "موسكو لا تخفي شيئاً عن شركائها".\n'
        "وردّ المندوب الأوروبي السابق لدى الأمم المتحدة على ذلك متسائلاً: "
        '"لماذا تخفي موسكو إذن كل تفاصيل الاتفاق؟".'
    )

    assert _speakers(text) == [("sergei-lavrov", None, "", None), (None, None, "", None)]


def test_a_participle_right_after_a_verb_with_no_subject_goes_on_with_the_speaker():
    text = (
        'وقال بوتين: "هذه القيود فرضت في ظروف مختلفة تماماً".\n'
        'واستطرد قائلاً: "هناك قيود دولية ونحن نلتزم بها جميعاً".'
    )

    assert _speakers(text) == [("vladimir-putin", None, "", None), ("vladimir-putin", None, "", None)]


def test_a_participle_after_a_told_subject_is_that_speakers():
    text = (
        'وقال الرئيس الروسي إن "الأمر محسوم تماماً بين البلدين".\n'
        'وعلّق الرئيس الروسي لاحقاً في حديث للصحفيين قائلاً إن "الغرب يدفع الطرفين إلى التقارب".'
    )

    assert _speakers(text) == [("vladimir-putin", None, "", None), ("vladimir-putin", None, "", None)]


def test_a_short_shared_family_name_after_a_given_name_is_a_namesake():
    text = 'وقالت الباحثة في معهد آسان هي كيم إن "بيونغ يانغ تحصل على التكنولوجيا مقابل الذخيرة".'

    assert _speakers(text) == [(None, "هي كيم", "", None)]


def test_a_short_shared_family_name_after_a_western_given_name_is_a_namesake():
    text = 'وقال المحلل الأميركي ديفيد لي إن "واشنطن لا تملك أدوات كثيرة للرد على هذا التقارب".'

    assert _speakers(text) == [(None, "ديفيد لي", "", None)]


def test_a_short_family_name_before_more_name_words_is_still_the_registrys():
    text = 'وقال الرفيق كيم جونغ أون إن "بيونغ يانغ ستقف دائماً إلى جانب روسيا الصديقة".'

    assert _speakers(text) == [("kim-jong-un", None, "", None)]
