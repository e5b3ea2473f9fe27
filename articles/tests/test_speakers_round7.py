"""Speaker rules of round 7 (issue 11), learnt from the errors of the holdout6 split by class:
each test is an invented paragraph for one class and asserts exactly who speaks."""

from articles.tests.speaking import statement_speakers as _speakers


def test_a_four_letter_surname_missing_a_long_vowel_is_the_registry_person_not_a_korean_syllable():
    text = (
        'وأكد الرئيس الروسي فلاديمير بوتن أن موسكو "لن تقبل الإملاءات من أي طرف كان". '
        'وقال الباحث الكوري كيم جانغ أون إن "القمة رسالة واضحة إلى سيول".'
    )

    assert _speakers(text) == [("vladimir-putin", None, "", None), (None, "كيم جانغ أون", "", None)]


def test_a_qualifier_after_a_military_rank_is_not_part_of_the_name():
    text = (
        'وقال اللواء أركان حرب سامح الدميري إن "الذخائر الكورية قديمة لكنها كثيرة". '
        '"لن نرى صفقة معلنة"، يضيف الدميري. '
        'وقال العميد الركن نزار الحلبي إن "المدفعية هي سيدة هذه الحرب".'
    )

    assert _speakers(text) == [
        (None, "سامح الدميري", "", None),
        (None, "سامح الدميري", "", None),
        (None, "نزار الحلبي", "", None),
    ]
