"""Kinship (issue 11 review): one list of kin nouns (``cues.KIN_NOUNS``), read in context by
`names.kin_noun`, and one rule for "the relative or aide of a title, then a name"
(`phrases._relative_or_aide_of`).  Each test is an invented paragraph and asserts exactly who
speaks; a trap beside it where the rule must not fire."""

from articles.tests.speaking import statement_speakers as _speakers

_SAID = '"الزيارة فتحت صفحة جديدة في العلاقات بين البلدين".'


def test_aqila_before_her_husbands_title_is_his_wife_and_names_her_after_it():
    text = (
        f"وقالت عقيلة الرئيس الكوري الجنوبي، كيم كون هي، إن {_SAID}\n"
        f"وأضافت عقيلة الرئيس: {_SAID}\n"
        f"وقالت عقيلة الرئيس الكوري الجنوبي كيم كون هي إن {_SAID}"
    )

    assert _speakers(text) == [(None, "كيم كون هي", "", None)] * 3


def test_aqila_before_a_title_or_a_registered_name_with_nobody_named_is_nobody():
    text = f"وقالت عقيلة الرئيس الروسي إن {_SAID}\nوقالت عقيلة بوتين إن {_SAID}\nوأضافت عقيلة الرئيس: {_SAID}"

    assert [speaker[:2] for speaker in _speakers(text)] == [(None, None)] * 3


def test_aqila_before_a_name_word_is_the_given_name_of_aguila_saleh():
    text = (
        f"قال عقيلة صالح، رئيس مجلس النواب الليبي، إن {_SAID}\n"
        f"وقال رئيس مجلس النواب الليبي عقيلة صالح في كلمة إن {_SAID}\n"
        f"وأضاف صالح: {_SAID}"
    )

    assert _speakers(text) == [(None, "عقيلة صالح", "", None)] * 3


def test_a_relation_in_construct_with_a_registered_name_is_the_relative_not_the_one_named():
    text = (
        f"وقالت شقيقة كيم جونغ أون إن {_SAID}\n"
        f"وقال نجل بوتين إن {_SAID}\n"
        f"وقالت الشقيقة كيم يو جونغ إن {_SAID}"
    )

    assert [speaker[:2] for speaker in _speakers(text)] == [(None, None), (None, None), ("kim-yo-jong", None)]


def test_ukht_is_a_noun_of_kinship_like_shaqiqa():
    introduced = (
        f"وقالت الأخت الصغرى للزعيم الكوري الشمالي، كيم يو جونغ، إن {_SAID}\nوأضافت أخت الزعيم: {_SAID}"
    )
    not_introduced = f"وقالت زاخاروفا إن {_SAID}\nوأضافت أخت الزعيم: {_SAID}"

    assert [speaker for speaker, *_ in _speakers(introduced)] == ["kim-yo-jong", "kim-yo-jong"]
    assert [speaker for speaker, *_ in _speakers(not_introduced)] == ["maria-zakharova", None]


def test_a_relative_or_aide_glued_to_la_goes_on_to_the_name_but_a_minister_does_not():
    text = (
        f"وقالت الشقيقة النافذة للزعيم الكوري الشمالي كيم يو جونغ إن {_SAID}\n"
        f"وقال المستشار الخاص للرئيس الروسي يوري أوشاكوف إن {_SAID}\n"
        f"وقال الوزير للرئيس الروسي إن {_SAID}"
    )

    speakers = _speakers(text)
    assert [speaker[:2] for speaker in speakers[:2]] == [("kim-yo-jong", None), ("yuri-ushakov", None)]
    assert speakers[2][:2] == (None, None)
