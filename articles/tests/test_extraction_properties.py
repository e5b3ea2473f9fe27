"""Property tests: no input makes extraction fail, and offsets always slice the text."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articles import reference
from articles.extraction.actors import Gazetteer
from articles.extraction.pipeline import extract

GAZETTEER = Gazetteer(reference.actors())
MARKS = list('“”«»"„‟″')
WORDS = [
    "قال",
    "وأضاف",
    "بوتين",
    "كيم",
    "إن",
    "أن",
    "الوزير",
    "بحسب",
    "ما",
    "نقلت",
    "عنه",
    "وكالة",
    "تاس",
    "قائلا",
    "وكان",
    "قد",
    "لبوتين",
    "سي.",
    "إن.",
    "،",
    ":",
    ".",
    "؟",
    "\n",
    "\n\n",
    " ",
]
ARABIC = st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)
PIECES = st.one_of(
    st.sampled_from(WORDS), st.sampled_from(MARKS), st.text(ARABIC, max_size=6), st.text(max_size=4)
)
ARABIC_HEAVY = st.lists(PIECES, max_size=80).map(" ".join)


def _check(text):
    extraction = extract(text, GAZETTEER)
    for quote in extraction.quotes:
        assert 0 <= quote.start <= quote.end <= len(text)
        assert text[quote.start : quote.end] == quote.text
        assert quote.kind in ("statement", "term")
        assert 0.0 <= quote.confidence <= 1.0


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ARABIC_HEAVY)
def test_extract_offsets_slice_arabic_heavy_text(text):
    _check(text)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_extract_survives_arbitrary_unicode(text):
    _check(text)


def test_extract_handles_a_megabyte_paragraph_quickly():
    text = ("وقال بوتين إن “التعاون مهم جدا للبلدين” و«كيم» " * 20000)[:1_000_000]

    extraction = extract(text, GAZETTEER)

    assert len(extraction.quotes) == 40000
    assert all(text[q.start : q.end] == q.text for q in extraction.quotes)


def test_extract_handles_empty_and_mark_only_text():
    assert [extract(text, GAZETTEER).quotes for text in ("", '“”«»""', "\n\n")] == [(), (), ()]
