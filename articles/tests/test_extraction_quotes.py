import pytest

from articles.extraction.quotes import find_quotes, kind_of


def _texts(text):
    return [(quote.text, quote.kind) for quote in find_quotes(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قال “نحن قلقون جدا من ذلك”.", "نحن قلقون جدا من ذلك"),
        ("قال «نحن قلقون جدا من ذلك».", "نحن قلقون جدا من ذلك"),
        ('قال "نحن قلقون جدا من ذلك".', "نحن قلقون جدا من ذلك"),
        ("قال „نحن قلقون جدا من ذلك‟.", "نحن قلقون جدا من ذلك"),
        ("قال “نحن قلقون جدا من ذلك».", "نحن قلقون جدا من ذلك"),
        ("قال ”نحن قلقون جدا من ذلك”.", "نحن قلقون جدا من ذلك"),
        ("قال «نحن قلقون جدا من ذلك“.", "نحن قلقون جدا من ذلك"),
        ("قال ”نحن قلقون جدا من ذلك“.", "نحن قلقون جدا من ذلك"),
    ],
)
def test_find_quotes_pairs_matched_and_mismatched_marks(text, expected):
    result = _texts(text)

    assert result == [(expected, "statement")]


def test_find_quotes_opens_on_a_mark_glued_to_a_conjunction():
    text = "والتعاون الاقتصادي و”الوضع في المنطقة”."

    result = _texts(text)

    assert result == [("الوضع في المنطقة", "term")]


def test_find_quotes_keeps_multi_sentence_quotes_whole():
    text = "قال بوتين: “سنتحدث عن جميع القضايا. هناك متسع من الوقت.”"

    result = _texts(text)

    assert result == [("سنتحدث عن جميع القضايا. هناك متسع من الوقت.", "statement")]


def test_find_quotes_ends_an_unclosed_quote_at_its_paragraph_end():
    text = 'وقال إن "أي شكل من أشكال التعاون يجب أن يحترم العقوبات.\n\nوقالت الصحيفة إن الصفقة'

    result = find_quotes(text)

    assert [(q.text, q.start, q.end, q.closed) for q in result] == [
        ("أي شكل من أشكال التعاون يجب أن يحترم العقوبات.", 9, 55, False)
    ]


def test_find_quotes_never_crosses_a_paragraph_break():
    text = "قال “نحن هنا\nوأضاف” شيئا"

    result = _texts(text)

    assert result == [("نحن هنا", "term")]


def test_find_quotes_marks_nested_quotes_as_terms():
    text = 'وقال إن "الحديث عن «صفقات أسلحة كبيرة جدا» مجرد تكهنات".'

    result = [(q.text, q.kind, q.nested) for q in find_quotes(text)]

    assert result == [
        ("الحديث عن «صفقات أسلحة كبيرة جدا» مجرد تكهنات", "statement", False),
        ("صفقات أسلحة كبيرة جدا", "term", True),
    ]


def test_find_quotes_reads_straight_quote_labels_in_a_headline():
    text = 'تقارب يزعج الغرب.. "بوتين" يقبل دعوة "كيم" لزيارة كوريا'

    result = _texts(text)

    assert result == [("بوتين", "term"), ("كيم", "term")]


@pytest.mark.parametrize("text", ["", '"', "“”«»", "\n\n\n", '" " "', "»»»"])
def test_find_quotes_returns_nothing_for_marks_without_words(text):
    result = find_quotes(text)

    assert result == []


def test_kind_of_counts_four_words_as_a_statement():
    assert (kind_of("دعمه الكامل وغير المشروط"), kind_of("لا تشعران بالقلق")) == ("statement", "term")


def test_find_quotes_offsets_slice_the_text():
    text = 'أ “ب ت ث ج” و«ح خ»\nد "ذ ر'

    result = find_quotes(text)

    assert [text[q.start : q.end] for q in result] == [q.text for q in result] == ["ب ت ث ج", "ح خ", "ذ ر"]


def test_find_quotes_is_linear_on_a_megabyte_paragraph():
    text = ('كلمة “عبارة ” «» " ' * 60000)[:1_000_000]

    result = find_quotes(text)

    assert all(text[q.start : q.end] == q.text for q in result)


def test_single_angle_marks_keep_their_direction_like_guillemets():
    text = "‹عاجل› وكتب في السجل: ‹إن الصداقة بين شعبينا أبدية›"

    assert [(span.text, span.kind) for span in find_quotes(text)] == [
        ("عاجل", "term"),
        ("إن الصداقة بين شعبينا أبدية", "statement"),
    ]
