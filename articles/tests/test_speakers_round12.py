"""Speaker rules of round 12 (issue 11), learnt from the tune8 split of hard reaction pieces
(roundups, analyses, interviews): each test is an invented paragraph for one rule and asserts
exactly who speaks."""

from articles.tests.speaking import statement_speakers as _speakers


def test_the_present_tense_of_describe_with_its_object_glued_is_a_cue_whose_subject_follows():
    text = (
        'ويرى الدبلوماسي السابق فهد المري أن الزيارة "مناورة محسوبة لكسب الوقت"، بينما يصفها '
        'المحلل العسكري ناصر البلوشي بأنها "رسالة ردع موجهة إلى سيول وطوكيو".'
    )

    assert _speakers(text) == [(None, "فهد المري", "", None), (None, "ناصر البلوشي", "", None)]


def test_an_adverb_of_manner_after_the_verb_is_not_its_subject():
    text = 'جواب: وزير الدفاع شين وون سيك قال بصراحة إن "الجيش مستعد لكل الاحتمالات على الحدود".'

    assert _speakers(text) == [("shin-won-sik", None, "", None)]


def test_a_verb_of_saying_governs_a_statement_noun_past_a_long_apposition():
    text = (
        "وقالت الرفيقة كيم يو جونغ، نائبة مدير دائرة في اللجنة المركزية للحزب، في بيان صحفي "
        'إن "استعراضات القوة لن تخيف شعبنا مهما تكررت".'
    )

    assert _speakers(text) == [("kim-yo-jong", None, "", None)]
