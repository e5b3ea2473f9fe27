"""Speaker rules of round 23 (issue 11), learnt from the errors of the holdout23 split by
class: each test is an invented paragraph, in several outlets' wording of one construction,
and asserts exactly who speaks; a trap beside it where the rule must not fire."""

from articles.tests.speaking import statement_speakers as _speakers


def test_a_topic_after_amma_teaches_its_family_name_to_a_later_verb_of_saying():
    text = (
        'أما الباحث في الشؤون الدولية عادل الشرجبي فقال في تصريح خاص: "موسكو تبحث عن حلفاء بأي ثمن".\n'
        'وتابع الشرجبي: "اليمن بعيد جغرافيًا لكنه ليس بمنأى عن التداعيات".\n'
        'وقال الوزير اليمني السابق محمد الشرجبي إن "الحكومة لم تصدر أي موقف رسمي حتى الآن".'
    )

    assert _speakers(text) == [
        (None, "عادل الشرجبي", "", None),
        (None, "عادل الشرجبي", "", None),
        (None, "محمد الشرجبي", "", None),
    ]


def test_a_topic_after_amma_speaking_to_a_paper_is_continued_by_a_family_name_with_a_particle():
    text = (
        "أما أستاذ العلاقات الدولية بجامعة دمشق بسام أبو عبد الله فقال للوكالة: "
        '"التعددية القطبية باتت أمرًا واقعًا".\n'
        'وأضاف أبو عبد الله: "العقوبات لم تعد تخيف أحدًا في هذا العالم".'
    )

    assert _speakers(text) == [
        (None, "بسام أبو عبد الله", "", None),
        (None, "بسام أبو عبد الله", "", None),
    ]


def test_the_pope_by_name_then_as_the_pope_but_not_an_ambassador_to_the_vatican():
    text = (
        'وقال بابا الفاتيكان فرنسيس في عظة الأحد إن "السلام لا يُبنى بالسلاح بل بالحوار".\n'
        'وأضاف البابا: "لا تنسوا الشعوب التي تعاني من الحروب المنسية".\n'
        "وكان السفير العراقي لدى الفاتيكان قد زار روما الأسبوع الماضي، "
        'وقال محلل عراقي إن "الزيارة كانت بروتوكولية بحتة".'
    )

    speakers = _speakers(text)
    assert speakers[:2] == [("pope-francis", None, "", None), ("pope-francis", None, "", None)]
    assert speakers[2][:2] == (None, None)


def test_an_aside_of_the_occasion_between_the_speaker_and_by_saying_is_passed():
    text = (
        "وعلق الخبير المغربي في الشؤون الآسيوية محمد بنحمو، في تصريح للصحيفة، "
        'بالقول إن "القمة تؤسس لمحور جديد".\n'
        "واكتفى مصدر في الخارجية الروسية، خلال اتصال مع السفير الصيني تشانغ هانهوي، "
        'بالقول إن "موسكو لا تخفي شيئًا عن شركائها".'
    )

    speakers = _speakers(text)
    assert speakers[0] == (None, "محمد بنحمو", "", None)
    assert speakers[1][:2] == (None, None)
