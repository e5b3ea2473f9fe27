"""The pure frame-lexicon matcher, and that PostgreSQL reads its patterns the same way."""

import re

import pytest
from django.db import connection

from articles.extraction.frames import find_terms, lexicon_pattern, term_pattern
from articles.extraction.normalize import normalize


def _matched(sentence, terms):
    text = normalize(sentence)
    return [text[m.start : m.end] for m in find_terms(text, [normalize(t) for t in terms])]


def test_find_terms_after_proclitics():
    assert _matched("فرضت واشنطن العقوبات وبالعقوبات وللعقوبات", ["عقوبات"]) == [
        "العقوبات",
        "وبالعقوبات",
        "وللعقوبات",
    ]


def test_find_terms_entry_with_article_matches_after_prepositions():
    assert _matched("قرار للأمم المتحدة", ["الأمم المتحدة"]) == ["للامم المتحده"]


def test_find_terms_takes_suffixes_but_not_word_middles():
    assert _matched("أطلقت صاروخين", ["صاروخ"]) == ["صاروخين"]
    assert _matched("التجارية", ["جار"]) == []


def test_find_terms_phrases_across_spaces_and_spellings():
    assert _matched("قاعدة  فوستوشني الفضائية والأقمار الاصطناعية", ["الأقمار الاصطناعية", "فوستوشني"]) == [
        "فوستوشني",
        "والاقمار الاصطناعيه",
    ]


def test_find_terms_overlaps_keep_the_earlier_longer_match():
    matches = find_terms(normalize("التعاون العسكري"), ["تعاون", "التعاون العسكري"])

    assert [m.term for m in matches] == ["التعاون العسكري"]


def test_find_terms_matches_a_lexicon_entry_and_an_empty_lexicon_nothing():
    assert [m.term for m in find_terms(normalize("مناورات عسكرية مشتركة"), ["مناورات"])] == ["مناورات"]
    assert find_terms("نص", []) == []


def test_term_pattern_escapes_regex_characters():
    assert find_terms("سي. ان. ان", ["سي. ان"])[0].end == 6
    assert "\\." in term_pattern("سي. ان")


@pytest.mark.django_db
def test_postgres_reads_the_patterns_as_python_does():
    sentences = [
        normalize(s) for s in ["وبالعقوبات الأممية", "صاروخين باليستيين", "التجارية", "للأمم المتحدة"]
    ]
    pattern = lexicon_pattern([normalize(t) for t in ["عقوبات", "صاروخ", "جار", "الأمم المتحدة"]])
    with connection.cursor() as cursor:
        cursor.execute("SELECT s ~ %s FROM unnest(%s::text[]) AS s", [pattern, sentences])
        in_sql = [row[0] for row in cursor.fetchall()]

    assert (
        in_sql
        == [re.search(pattern, s) is not None for s in sentences]
        == [
            True,
            True,
            False,
            True,
        ]
    )
