"""The pure sentence splitter: offsets into the text as given, Arabic punctuation."""

from hypothesis import given
from hypothesis import strategies as st

from articles.extraction.sentences import split_sentences


def _texts(text):
    return [s.text for s in split_sentences(text)]


def test_split_sentences_on_arabic_and_latin_marks():
    assert _texts("وصل كيم. هل يلتقي بوتين؟ نعم! ثم غادر") == [
        "وصل كيم.",
        "هل يلتقي بوتين؟",
        "نعم!",
        "ثم غادر",
    ]


def test_split_sentences_keeps_closing_quote_with_its_sentence():
    text = "قال بوتين: “لهذا السبب جئنا إلى هنا.” وحذرت واشنطن."

    assert _texts(text) == ["قال بوتين: “لهذا السبب جئنا إلى هنا.”", "وحذرت واشنطن."]


def test_split_sentences_abbreviations_do_not_end_a_sentence():
    text = 'وفق ما ذكرت شبكة "سي. إن. إن" الأمريكية. ثم'

    assert _texts(text) == ['وفق ما ذكرت شبكة "سي. إن. إن" الأمريكية.', "ثم"]


def test_split_sentences_decimals_do_not_end_a_sentence():
    assert _texts("بلغ النمو 3.5 بالمئة. انتهى") == ["بلغ النمو 3.5 بالمئة.", "انتهى"]


def test_split_sentences_paragraph_breaks_end_a_sentence():
    assert _texts("العنوان بلا نقطة\n\nالفقرة الأولى") == ["العنوان بلا نقطة", "الفقرة الأولى"]


def test_split_sentences_drops_lines_without_words():
    assert _texts('- "حتمي"-\n•\n—') == ['- "حتمي"-']


def test_split_sentences_positions_and_offsets():
    text = "  أولى.  ثانية؟\nثالثة"

    spans = split_sentences(text)

    assert [(s.position, text[s.start : s.end]) for s in spans] == [(0, "أولى."), (1, "ثانية؟"), (2, "ثالثة")]


@given(st.text(alphabet='كيم بوتين.؟!“”"\n سي', max_size=200))
def test_split_sentences_offsets_always_slice_the_text(text):
    spans = split_sentences(text)

    assert all(text[s.start : s.end] == s.text and s.text == s.text.strip() for s in spans)
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:], strict=False))
