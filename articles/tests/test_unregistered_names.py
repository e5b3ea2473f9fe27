"""Words read as an unregistered speaker that are no speaker (issue 11): a wrong name is worse
than an empty one, so what the rules read is checked before it is proposed."""

import pytest

from articles.extraction.actors import ProposedActor
from articles.extraction.pipeline import abstain_if_no_speaker
from articles.extraction.speakers import Attribution
from articles.extraction.unregistered import can_be_person, can_be_speaker, glued_manner, possessed
from articles.tests.speakers import statement_speakers


@pytest.mark.parametrize(
    "name",
    [
        "المدرّع ببطء",  # a participle with the article, then an adverb glued to ب
        "بنخب مماثل",  # a toast glued to ب, an adjective
        "كيم ملاحظته بخط يده",  # a possessed noun, a prepositional phrase
        "كيم رسالته بقلمه",
        "كيم بصوت منخفض",
        "كيم مبتسماً",  # an accusative adverb
        "ثلاثة دبلوماسيين",  # a number
        "كيم قال",  # a verb of saying
        "بوتين بينهم",  # a function word
        "",
    ],
)
def test_can_be_person_rejects_words_no_name_carries(name):
    assert can_be_person(name) is False


@pytest.mark.parametrize(
    "name",
    [
        "جان لوك دو بواسييه",
        "نور الهدى بن سالم",
        "لي سو-يون",
        "بيتر برانت",
        "بلال بن يوسف",
        "لطيفة العمراني",
        "العربي بن حميدة المحجوبي",
        "المهدي بن بركة",
        "آن كلير لوجاندر",
        "وليد خوري",
        "عبدالله الحربي",
        "عبد الإله بنمنصور",
        "سيدي محمد ولد بابه",
        "عبدالرحمن عيسى ورسمه",
        "وليد طربيه",
        "علي الجبوري",
    ],
)
def test_can_be_person_keeps_unregistered_names(name):
    assert can_be_person(name) is True


@pytest.mark.parametrize(
    ("name", "kind", "expected"),
    [
        ("السفارة الروسية في بيروت", "organisation", True),
        ("مصدر دبلوماسي", "description", True),
        ("خبراء", "description", True),
        ("مسؤول أميركي", "description", True),
        ("مصدر في السفارة الكورية الشمالية في موسكو", "description", True),
        ("مصدر في وزارة الخارجية والمغتربين تأكيده", "description", False),
        ("كيم بنخب مماثل", "person", False),
        ("قناة الغدير", "medium", True),
    ],
)
def test_can_be_speaker_by_kind(name, kind, expected):
    assert can_be_speaker(name, kind) is expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("ملاحظته", True),
        ("رسالتها", True),
        ("بقلمه", True),
        ("تأكيده", True),
        ("فاطمة", False),
        ("بواسييه", False),
        ("ماريه", False),
        ("عبده", False),
        ("بابه", False),
        ("عبدالله", False),
    ],
)
def test_possessed_reads_a_pronoun_on_the_written_word(word, expected):
    assert possessed(word) is expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [("بنخب", True), ("بخط", True), ("ببطء", True), ("وبحماس", True), ("بوتين", False), ("وليد", False)],
)
def test_glued_manner_is_a_noun_of_how_words_are_said(word, expected):
    assert glued_manner(word) is expected


def test_abstain_if_no_speaker_keeps_the_words_for_the_review_queue():
    junk = Attribution(
        None,
        "كيم ملاحظته بخط يده",
        None,
        "دوّن",
        0.7,
        ProposedActor.from_text("كيم ملاحظته بخط يده", "person"),
    )
    name = Attribution(
        None, "الباحث بيتر برانت", None, "وقال", 0.7, ProposedActor.from_text("بيتر برانت", "person")
    )
    description = Attribution(
        None, "مصدر … تأكيده", None, "ونقلت", 0.85, description="مصدر في الوزارة تأكيده"
    )

    assert abstain_if_no_speaker(junk) == Attribution(None, "كيم ملاحظته بخط يده", None, "دوّن", 0.7)
    assert abstain_if_no_speaker(name) is name
    assert abstain_if_no_speaker(description) == Attribution(None, "مصدر … تأكيده", None, "ونقلت", 0.85)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a toast glued to ب after the shared family name: Kim, not the name ``كيم بنخب مماثل``
        (
            'رفع بوتين كأسه في صحة ضيفه، فردّ كيم بنخب مماثل قائلاً: "نشرب نخب النصر المشترك".',
            ("kim-jong-un", None, ""),
        ),
        (
            'وكتب كيم رسالته بقلمه الخاص إلى بوتين: "شكراً على الضيافة الدافئة التي لن ننساها".',
            ("kim-jong-un", None, ""),
        ),
        ('وكتب كيم كلمات قليلة في الدفتر: "نحن سعداء بهذه الرحلة الطويلة".', ("kim-jong-un", None, "")),
        (
            'وقال الباحث الفرنسي جان لوك دو بواسييه إن "الرحلة بالقطار رسالة بحد ذاتها".',
            (None, "جان لوك دو بواسييه", ""),
        ),
        (
            'وقالت نور الهدى بن سالم، أستاذة في تونس، إن "المأدبة طالت أكثر من المعتاد".',
            (None, "نور الهدى بن سالم", ""),
        ),
    ],
)
def test_extraction_names_the_speaker_not_the_words_after_the_name(text, expected):
    assert statement_speakers(text + "\n") == [expected]
