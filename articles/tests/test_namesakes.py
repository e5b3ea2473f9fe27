"""Round 29 (issue 11, wrong names): a registry person's family name after another given name,
or after a feminine verb or title for a man, is another person; beside each, the true mentions
(a title before the surname, the registry's spellings) that must still name the registry's."""

from articles.tests.speaking import statement_speakers as _speakers


def test_a_described_given_name_before_a_short_family_name_is_another_person():
    text = (
        "لندن - القدس العربي\n"
        'وقالت الخبيرة سارة ميلر للصحفيين إن "موسكو تحتاج الذخيرة أكثر مما تحتاج الحلفاء".\n'
        'وقال الباحث الأمريكي جيمس كيم لوكالة فرانس برس إن "بيونغ يانغ تبحث عن تكنولوجيا الأقمار".\n'
        'وقال المتحدث ميلر في إيجاز صحفي إن "أي صفقة سلاح ستكون انتهاكاً لقرارات مجلس الأمن".\n'
        'وقال الزعيم الكوري الشمالي كيم جونغ أون إن "العلاقات مع روسيا أولوية مطلقة لبلادنا".'
    )

    assert _speakers(text) == [
        (None, "سارة ميلر", "", None),
        (None, "جيمس كيم", "", "afp"),  # told to AFP, which relays him
        ("matthew-miller", None, "", None),
        ("kim-jong-un", None, "", None),
    ]


def test_a_headline_guest_s_label_is_not_the_registry_s_namesake():
    text = (
        "حوار مع الخبيرة الأمريكية في الشؤون الكورية سارة ميلر\n"
        'إندبندنت عربية: هل غيّرت القمة ميزان القوى؟ ميلر: "القمة لم تغير شيئاً في ميزان القوى حتى الآن".\n'
        'وكان المتحدث باسم الخارجية الأمريكية ماثيو ميلر قد قال إن "واشنطن تراقب صفقات السلاح عن كثب".'
    )

    assert _speakers(text) == [
        (None, "سارة ميلر", "", None),
        ("matthew-miller", None, "", None),
    ]


def test_a_feminine_verb_before_a_man_s_family_name_names_nobody():
    text = (
        "دبي - العربية\n"
        'وقالت الخبيرة الأمريكية ميلر إن "العقوبات لن توقف هذا التقارب بين البلدين".\n'
        'وقال سيرجي لافروف إن "موسكو ستواصل الحوار مع جميع جيرانها في آسيا".\n'
        'وقال الوزير لافروف للصحفيين إن "التعاون مع بيونغ يانغ لا يخالف أي التزام دولي".'
    )

    assert _speakers(text) == [
        (None, None, "", None),
        ("sergei-lavrov", None, "", None),
        ("sergei-lavrov", None, "", None),
    ]
