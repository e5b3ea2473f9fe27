import pytest
from hypothesis import given
from hypothesis import strategies as st

from articles.extraction.normalize import (
    WORD_RE,
    index_terms,
    join_initials,
    normalize,
    strip_proclitics,
    token_spans,
    tokens,
    words_and_gaps,
)


def test_normalize_removes_diacritics_tatweel_and_direction_marks():
    text = "قبِلَ بوتيـــن\u200f الدعوةَ\u200c وٰ"

    result = normalize(text)

    assert result == "قبل بوتين الدعوه و"


def test_normalize_unifies_letters_digits_and_punctuation():
    text = "أإآٱ ى ة ؤ ئ ٢٠٢٣ ۱۹ ، ؛ ؟ “«»” ‘’"

    result = normalize(text)

    assert result == 'اااا ي ه و ي 2023 19 , ; ? """" \'\''


def test_normalize_folds_the_dotted_letters_of_foreign_sounds():
    assert normalize("سيرغي لاڤروف وڤلاديمير پوتين ڨالمة ژ") == "سيرغي لافروف وفلاديمير بوتين قالمه ز"


def test_tokens_keep_marked_words_whole_and_split_hyphens():
    text = "قال كيم جونغ-أون: «قبِل»"

    result = tokens(text)

    assert result == ["قال", "كيم", "جونغ", "اون", "قبل"]


def test_token_spans_place_every_word_also_beside_underscores_and_repeats():
    text = "قال_كيم: «قبِل، قبل» قبل-قبل_"

    result = token_spans(text)

    assert result == [
        (0, 3, "قال"),
        (4, 7, "كيم"),
        (10, 14, "قبل"),
        (16, 19, "قبل"),
        (21, 24, "قبل"),
        (25, 28, "قبل"),
    ]


@given(st.text(alphabet="قبلكيم_-ـِ ،«»\n1٢", max_size=40))
def test_token_spans_are_the_words_of_word_re_in_place(text):
    expected = [(m.start(), m.end(), normalize(m.group())) for m in WORD_RE.finditer(text)]

    assert token_spans(text) == expected
    assert tokens(text) == [norm for _start, _end, norm in expected]
    spans, gaps = words_and_gaps(text)
    assert spans == expected
    assert gaps == ["", *(text[left[1] : right[0]] for left, right in zip(spans, spans[1:], strict=False))]


def test_words_and_gaps_give_what_stands_between_the_words():
    spans, gaps = words_and_gaps("- موسكو: «قبِل» بوتين_")

    assert spans == [(2, 7, "موسكو"), (10, 14, "قبل"), (16, 21, "بوتين")]
    assert gaps == ["", ": «", "» "]


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("لبوتين", "بوتين"),
        ("وبوتين", "بوتين"),
        ("فبوتين", "بوتين"),
        ("بوتين", "بوتين"),
        ("الكرملين", "كرملين"),
        ("للكرملين", "كرملين"),
        ("كرملين", "كرملين"),
        ("وللكرملين", "كرملين"),
        ("بالكرملين", "كرملين"),
        ("فالرئيس", "رييس"),
    ],
)
def test_strip_proclitics_finds_the_stem(word, stem):
    result = strip_proclitics(normalize(word))

    assert stem in result


@pytest.mark.parametrize("word", ["بيونغ", "لافروف", "كيم", "فلاديمير", "واشنطن"])
def test_strip_proclitics_keeps_words_that_start_with_proclitic_letters(word):
    result = strip_proclitics(normalize(word))

    assert result[0] == normalize(word)


def test_strip_proclitics_offers_the_article_form_of_lil():
    result = strip_proclitics("للكرملين")

    assert result == ["للكرملين", "الكرملين", "كرملين"]


def test_index_terms_lists_words_then_stems_once():
    result = index_terms("وقال لبوتين: بوتين")

    assert result == ["وقال", "قال", "لبوتين", "بوتين", "وتين"]


def test_index_terms_of_a_query_meet_the_article_across_proclitics():
    indexed = set(index_terms("زار للكرملين"))

    query = index_terms("الكرملين")

    assert indexed & set(query) == {"الكرملين", "كرملين"}


@pytest.mark.parametrize(
    ("words", "joined"),
    [
        (["قالت", "ا", "ف", "ب"], ["قالت", "افب"]),
        (["ا", "ب", "ان"], ["اب", "ان"]),
        (["البند", "ا", "فقط"], ["البند", "ا", "فقط"]),  # a lone letter stays alone
        (["5", "و", "6"], ["5", "و", "6"]),  # digits are not initials
    ],
)
def test_join_initials_reads_letters_spelled_out_as_one_word(words, joined):
    assert join_initials(words) == joined


def test_index_terms_index_spelled_out_initials():
    assert index_terms("موسكو (أ ف ب) - قال") == ["موسكو", "افب", "قال"]
