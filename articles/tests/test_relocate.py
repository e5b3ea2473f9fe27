"""Verified quotes follow their text when an editor edits the body (the pure part)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from articles.extraction.relocate import relocate

OLD = "قال بوتين: «جئنا إلى هنا». وأضاف: «التعاون سيتوسع»."


def span_of(text: str, old: str = OLD) -> int:
    return old.index(text)


def test_relocate_keeps_a_span_before_the_edit():
    new = OLD.replace("سيتوسع", "سيتعمق")
    assert relocate("جئنا إلى هنا", span_of("جئنا إلى هنا"), OLD, new) == (12, 24)


def test_relocate_shifts_a_span_after_the_edit():
    new = "في فوستوشني، " + OLD
    start = span_of("التعاون سيتوسع")
    assert relocate("التعاون سيتوسع", start, OLD, new) == (start + 13, start + 13 + len("التعاون سيتوسع"))
    assert new[start + 13 : start + 27] == "التعاون سيتوسع"


def test_relocate_returns_none_when_the_text_is_gone():
    new = OLD.replace("«التعاون سيتوسع»", "إن التعاون قائم")
    assert relocate("التعاون سيتوسع", span_of("التعاون سيتوسع"), OLD, new) is None


def test_relocate_picks_the_occurrence_whose_surroundings_still_read_as_before():
    old = "قال كيم: «نحن معًا». ثم قال بوتين: «نحن معًا». انتهى."
    second = old.index("«نحن معًا»", 15) + 1
    # The edit removes the first sentence's opening: by offset alone the first occurrence
    # is nearer to where the second one was.
    new = old.replace("قال كيم: ", "")
    at = relocate("نحن معًا", second, old, new)
    assert at == (new.index("بوتين: «") + len("بوتين: «"), new.index("بوتين: «") + len("بوتين: «") + 8)


@given(
    before=st.text(alphabet="ابت ثج", max_size=30),
    after=st.text(alphabet="ابت ثج", max_size=30),
    inserted=st.text(alphabet="حخد ", max_size=20),
    at_end=st.booleans(),
)
def test_relocate_finds_the_same_text_after_any_insertion_elsewhere(before, after, inserted, at_end):
    quote = "«سسس»"
    old = before + quote + after
    new = old + inserted if at_end else inserted + old
    start, end = relocate(quote, len(before), old, new)
    assert new[start:end] == quote
    assert start == len(before) + (0 if at_end else len(inserted))
