"""Speaker rules mended after the review of rounds 26 and 27 (issue 11): each test is an
invented paragraph and asserts exactly who speaks."""

from articles.tests.speaking import statement_speakers as _speakers


def test_a_first_person_verb_after_a_named_verb_of_saying_is_the_named_speakers():
    # round 26b gave the writer (nobody) for a first-person verb with no turn and no byline,
    # before the sentence's own verb of saying was read
    text = 'وقال وزير الخارجية الروسي سيرغي لافروف للصحفيين: أؤكد لكم أن "الزيارة كانت ناجحة جدا".'
    assert _speakers(text) == [("sergei-lavrov", None, "", None)]
    text = 'وأضاف بوتين وهو يبتسم: أنا أقول دائما "الصداقة بين شعبينا قديمة جدا وراسخة".'
    assert _speakers(text) == [("vladimir-putin", None, "", None)]


def test_a_first_person_verb_with_no_speaker_anywhere_stays_the_unknown_writers():
    text = 'أقول لمن يستغرب: "هذا التحالف ليس جديدا على الإطلاق بل قديم".'
    assert _speakers(text) == [(None, None, "", None)]


def test_and_that_he_goes_on_with_the_first_reported_clause():
    # not with the subject of a clause inside it (بوتين of أكد أن بوتين سيزور)
    text = (
        "وذكرت وكالة ريا نوفوستي أن كيم جونغ أون أكد أن بوتين سيزور بيونغ يانغ قريبا، "
        'وأنه قال لمرافقيه: "هذه زيارة تاريخية بكل معنى الكلمة".'
    )
    assert _speakers(text) == [("kim-jong-un", None, "", None)]
