"""Speaker attribution on hand-made paragraphs in the styles of other outlets: wire copy
(AFP, Reuters, AP, Anadolu), Gulf (Sky News Arabia, Asharq Al-Awsat), Levantine and
Egyptian copy, RT Arabic and BBC Arabic."""

import pytest

from articles import reference
from articles.extraction.actors import Gazetteer
from articles.extraction.pipeline import extract

GAZETTEER = Gazetteer(reference.actors())


def _statements(text):
    return [
        (q.speaker, q.relayed_by, q.cue) for q in extract(text, GAZETTEER).quotes if q.kind == "statement"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'وأوضحت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا أن "العلاقات بين موسكو وبيونغ يانغ تتطور'
            ' بشكل طبيعي".',
            [("maria-zakharova", None, "وأوضحت")],
        ),
        (
            "وقال بوتين في تصريحات نقلتها وكالة تاس: «سنعمل على تطوير التعاون في جميع المجالات».",
            [("vladimir-putin", "tass", "وقال")],
        ),
        (
            "«لا نرى أي سبب لتغيير موقفنا من هذه القضية»، بحسب ما قال لافروف.",
            [("sergei-lavrov", None, "بحسب")],
        ),
        ('"لدينا الكثير لنناقشه اليوم"، قال بوتين للصحفيين.', [("vladimir-putin", None, "قال")]),
        (
            'نقلت وكالة ريا نوفوستي عن بوتين قوله "إن روسيا مستعدة للتعاون مع كوريا الشمالية"',
            [("vladimir-putin", "ria-novosti", "نقلت")],
        ),
        (
            "وقال كيم، بحسب ما نقلت وكالة الأنباء المركزية الكورية: «سنقف دائما إلى جانب روسيا».",
            [("kim-jong-un", "kcna", "وقال")],
        ),
        (
            'وأكد وزير الخارجية الكوري الجنوبي بارك جين، في بيان، أن "أي تعاون عسكري بين البلدين'
            ' يمثل انتهاكا".',
            [("park-jin", None, "وأكد")],
        ),
        (
            'وأشار الرئيس الروسي، خلال مؤتمر صحفي، إلى أن "روسيا لن تنتهك أي اتفاقيات دولية".',
            [("vladimir-putin", None, "وأشار")],
        ),
        (
            'وقالت الخارجية الأميركية في بيان "نحن نتابع عن كثب هذه الاتصالات".',
            [("us-state-department", None, "وقالت")],
        ),
        (
            'وكتب الرئيس الأوكراني فولوديمير زيلينسكي على منصة إكس: "العالم يجب أن يرى حقيقة هذا التحالف".',
            [("volodymyr-zelensky", None, "وكتب")],
        ),
        (
            'وكانت وزارة الخارجية الروسية قد أعلنت أن "الزيارة ستكون على مستوى رفيع جدا".',
            [("russian-foreign-ministry", None, "أعلنت")],
        ),
        (
            "قال بلينكن: ”نحن نراقب هذا التقارب عن كثب شديد“ وفق ما نقلت وكالة رويترز.",
            [("antony-blinken", "reuters", "قال")],
        ),
        (
            'من جهته، قال المتحدث باسم الخارجية الصينية وانغ وين بين إن "الصين ليست على علم بالتفاصيل".',
            [("wang-wenbin", None, "قال")],
        ),
        (
            'ووصفت صحيفة "رودونغ سينمون" الزيارة بأنها "حدث تاريخي يفتح صفحة جديدة في العلاقات".',
            [("rodong-sinmun", None, "ووصفت")],
        ),
        (
            'وأكد لافروف أن التعاون "لا يستهدف أي طرف ثالث على الإطلاق"، على حد تعبيره.',
            [("sergei-lavrov", None, "وأكد")],
        ),
    ],
)
def test_attribution_names_the_speaker_in_other_outlets_styles(text, expected):
    result = _statements(text)

    assert result == expected


def test_attribution_continues_the_previous_speaker_after_tabi():
    text = (
        "وقال بيسكوف للصحفيين: «القمة كانت مثمرة للغاية بالنسبة لنا».\n"
        "وتابع: «سنواصل الاتصالات على جميع المستويات»."
    )

    result = [(q.speaker, q.confidence) for q in extract(text, GAZETTEER).quotes]

    assert result == [("dmitry-peskov", 0.95), ("dmitry-peskov", 0.65)]


def test_attribution_gives_a_feminine_verb_the_last_feminine_speaker():
    text = (
        'وقالت زاخاروفا "الغرب لا يريد السلام في المنطقة". وقال بيسكوف إن الزيارة مهمة.\n'
        'وأضافت "سنرد على أي استفزاز بشكل مناسب".'
    )

    result = [q.speaker for q in extract(text, GAZETTEER).quotes]

    assert result == ["maria-zakharova", "maria-zakharova"]


def test_attribution_resolves_a_bare_role_to_the_actor_it_introduced():
    text = (
        "أعلن وزير الدفاع الروسي سيرغي شويغو الاثنين أن البلدين يبحثان المناورات.\n"
        'وقال الوزير على ما نقلت عنه وكالة تاس "نبحث ذلك مع الجميع بما يشمل كوريا الشمالية".'
    )

    result = [
        (q.speaker, q.speaker_text, q.relayed_by, q.confidence) for q in extract(text, GAZETTEER).quotes
    ]

    assert result == [("sergei-shoigu", "الوزير", "tass", 0.75)]


def test_attribution_gives_an_unnamed_official_to_the_organisation():
    text = 'وقال مسؤول في وزارة الوحدة الكورية الجنوبية لوكالة فرانس برس إن عناصر عدة "تشير" إلى ذلك.'

    result = [(q.speaker, q.relayed_by) for q in extract(text, GAZETTEER).quotes]

    assert result == [("south-korea-ministry-of-unification", "afp")]


def test_attribution_proposes_an_unknown_speaker_as_written():
    text = 'وقال المحلل السياسي الروسي ألكسندر نازاروف: "القمة رسالة واضحة إلى الغرب".'

    extraction = extract(text, GAZETTEER)

    assert [(q.speaker, q.speaker_text) for q in extraction.quotes] == [
        (None, "المحلل السياسي الروسي ألكسندر نازاروف")
    ]
    assert [(p.name_ar, p.kind) for p in extraction.proposed_actors] == [("ألكسندر نازاروف", "person")]


def test_attribution_proposes_the_name_in_apposition_after_a_described_head():
    text = 'ويرى المحلل في معهد كارنيغي، أندريه سيميونوف، أن "بيونغ يانغ تملك ما تحتاجه موسكو بشدة".'

    extraction = extract(text, GAZETTEER)

    assert [q.speaker_text for q in extraction.quotes] == ["المحلل في معهد كارنيغي، أندريه سيميونوف"]
    assert [(p.name_ar, p.kind) for p in extraction.proposed_actors] == [("أندريه سيميونوف", "person")]


def test_attribution_proposes_nobody_for_a_bare_role():
    text = 'وقال المحلل إن "القمة رسالة واضحة إلى الغرب".'

    extraction = extract(text, GAZETTEER)

    assert [(q.speaker, q.speaker_text) for q in extraction.quotes] == [(None, "المحلل")]
    assert extraction.proposed_actors == ()


def test_attribution_leaves_generic_subjects_unnamed_and_unproposed():
    text = 'وقال مراقبون إن "القمة تحمل رسائل عديدة للغرب".'

    extraction = extract(text, GAZETTEER)

    assert [(q.speaker, q.speaker_text) for q in extraction.quotes] == [(None, "مراقبون")]
    assert extraction.proposed_actors == ()


def test_attribution_skips_the_addressee_after_the_verb():
    text = 'وقال كيم لبوتين إنه واثق من أن موسكو ستحقق "نصرًا كبيرًا" على أعدائها.'

    result = [q.speaker for q in extract(text, GAZETTEER).quotes]

    assert result == ["kim-jong-un"]


def test_attribution_takes_the_subject_before_kana_not_the_object_after_the_verb():
    text = "وكان البيت الأبيض قد حذر كوريا الشمالية هذا الشهر من أنها “ستدفع الثمن” إذا زودت موسكو بأسلحة."

    result = [q.speaker for q in extract(text, GAZETTEER).quotes]

    assert result == ["white-house"]


def test_attribution_marks_quoted_media_names_as_cited_media_without_speaker():
    text = (
        'وفق ما ذكرت شبكة "سي. إن. إن" الأمريكية، وأفادت وكالة الأنباء الروسية “ريا نوفوستي”، بأن القطار وصل.'
    )

    result = [(q.text, q.kind, q.cited_medium, q.speaker) for q in extract(text, GAZETTEER).quotes]

    assert result == [("سي. إن. إن", "term", "cnn", None), ("ريا نوفوستي", "term", "ria-novosti", None)]


def test_attribution_does_not_reach_across_boilerplate_lines():
    text = "وقال بوتين إن الزيارة مهمة\n  • Share :\npost-title\nوأضاف “لا تعليق”"

    result = [(q.text, q.speaker) for q in extract(text, GAZETTEER).quotes]

    assert result == [("لا تعليق", "vladimir-putin")]


def test_attribution_gives_the_words_to_the_person_named_as_source_for_a_country():
    text = (
        'واعتبرت الصين أن المحادثات "شأن ثنائي بين بلدين ذوي سيادة"، '
        "وفق ما قالت المتحدثة باسم الخارجية الصينية ماو نينغ."
    )

    extraction = extract(text, GAZETTEER)

    assert [(q.speaker, q.relayed_by) for q in extraction.quotes] == [("mao-ning", None)]


def test_attribution_reads_a_relay_whose_medium_is_quoted_and_qualified():
    text = 'ونقلت صحيفة "رودونغ سينمون" الرسمية عن كيم قوله: "إن زيارتي لروسيا تاريخية وتفتح صفحة جديدة".'

    extraction = extract(text, GAZETTEER)

    statements = [(q.speaker, q.relayed_by) for q in extraction.quotes if q.kind == "statement"]
    assert statements == [("kim-jong-un", "rodong-sinmun")]


def test_attribution_keeps_a_name_that_starts_like_a_preposition():
    text = 'وقال الخبير العسكري الروسي فلاديمير بوبوف إن "موسكو تحتاج إلى ملايين القذائف".'

    extraction = extract(text, GAZETTEER)

    assert [q.speaker_text for q in extraction.quotes] == ["الخبير العسكري الروسي فلاديمير بوبوف"]
    assert [p.name_ar for p in extraction.proposed_actors] == ["فلاديمير بوبوف"]
