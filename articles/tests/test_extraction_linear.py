"""Every text-processing step is linear: a time budget per character, on arbitrary text.

Hypothesis builds a text from news-copy pieces (cues, quotation marks, full stops,
abbreviations, banners, credits, datelines, dates) and arbitrary characters, repeats it to
40,000 characters and to a quarter of that, on one line and on many, and runs the whole
pipeline over both: the ingest (clean-up, boilerplate, header, dates), the extraction
(quotes, speakers, mentions), sentences, frames, search terms and statement wording.  A
character of the long text may cost little more than one of the short text, and never more
than 400 µs (lines of three letters on a busy machine come near it): a step that costs
the square of its input's length fails (the old sentence splitter took 26 s for 200,000
characters).
"""

import re
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articles import reference
from articles.extraction.actors import Gazetteer
from articles.extraction.frames import lexicon_pattern
from articles.extraction.normalize import index_terms, normalize
from articles.extraction.pipeline import extract
from articles.extraction.sentences import split_sentences
from articles.extraction.wording import Wording
from articles.ingest.parse import parse_text

GAZETTEER = Gazetteer(reference.actors())
WORDING = Wording(GAZETTEER)
# Each frame's lexicon as the one pattern PostgreSQL matches every sentence against.
FRAMES = [re.compile(lexicon_pattern(list(frame.lexicon))) for frame in reference.reference().frames]
SIZE = 40_000
# A character of the full text may cost at most this many times what a character of a
# quarter of it cost (a linear step costs the same, a quadratic one four times as much),
# with an allowance for a busy machine; and never more than the absolute budget.
GROWTH_ALLOWED = 2.5
SLACK = 0.5
BUDGET_PER_CHAR = 400e-6

PIECES = [
    "قال", "وقال", "وأضاف", "بوتين", "كيم", "إن", "أن", "بحسب", "نقلت", "عنه", "وكالة", "تاس", "قائلا",
    "سي.", "إن.", "د.", "3.5", ".", "..", "…", "!", "؟", "?", "،", ":", "؛", "-", "|", "(", ")", "[", "]",
    "“", "”", "«", "»", '"', "'", "\n", " ", "  ", "\t", "الموقع الرسمي |", "المصدر:", "كتب:", "(رويترز)",
    "موسكو -", "13 سبتمبر 2023", "الأربعاء", "© 2023", "جميع الحقوق محفوظة", "• Share :", "اقرأ أيضا",
    "\u200f", "\u202e", "ـــ",
]  # fmt: skip
TEXTS = st.lists(
    st.one_of(
        st.sampled_from(PIECES),
        st.text(max_size=5),
        st.text(st.characters(min_codepoint=0x0600, max_codepoint=0x06FF), max_size=8),
    ),
    min_size=1,
    max_size=60,
).map(" ".join)


def pipeline(text: str) -> None:
    record = parse_text(text, source_name="hypothesis")
    body = record.body
    extraction = extract(body, GAZETTEER)
    for sentence in split_sentences(body):
        normalized = normalize(sentence.text)
        for frame in FRAMES:
            frame.search(normalized)
    index_terms(body)
    for quote in extraction.quotes:
        WORDING.units(quote.text)


def timed(text: str) -> float:
    started = time.perf_counter()
    pipeline(text)
    return time.perf_counter() - started


def within_budget(piece: str, separator: str) -> None:
    quarter, full = repeated(piece, separator, SIZE // 4), repeated(piece, separator, SIZE)
    small, large = timed(quarter), timed(full)
    allowed = min(BUDGET_PER_CHAR * len(full), GROWTH_ALLOWED * 4 * small + SLACK)
    assert large <= allowed, (
        f"{large:.2f} s for {len(full)} characters, {small:.2f} s for {len(quarter)}: {allowed:.2f} s allowed"
    )


def repeated(text: str, separator: str, size: int) -> str:
    return separator.join([text] * (size // (len(text) + 1) + 1))[:size]


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_pipeline_is_linear_on_one_long_line(text):
    within_budget(text.replace("\n", " "), " ")


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_pipeline_is_linear_on_many_lines(text):
    within_budget(text, "\n")


def test_sentence_splitter_is_linear_on_a_line_of_full_stops():
    """The splitter looked for the word before each full stop from the line's start."""
    line = "وصل كيم إلى موسكو. " * 20_000  # 380,000 characters, 20,000 full stops

    started = time.perf_counter()
    sentences = split_sentences(line)
    elapsed = time.perf_counter() - started

    assert (len(sentences), elapsed < 2.0) == (20_000, True)


def test_abbreviations_are_still_told_from_sentence_ends():
    text = 'ذكرت شبكة "سي. إن. إن" الأمريكية. وقال د. محمد إن 3.5 مليار. انتهى'

    assert [s.text for s in split_sentences(text)] == [
        'ذكرت شبكة "سي. إن. إن" الأمريكية.',
        "وقال د. محمد إن 3.5 مليار.",
        "انتهى",
    ]


def test_wording_takes_a_run_of_thousands_of_digits_for_no_quantity():
    """int() refuses to read more than 4,300 digits: the wording raised on such a quote."""
    many = "7" * 5000

    assert (WORDING.units("دفع 75 مليون"), WORDING.units(f"دفع {many}")) == (
        ("دفع", "#75", "ملي"),
        ("دفع", many),
    )
