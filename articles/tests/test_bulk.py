"""`copy_objects`: rows written with COPY hold what `bulk_create` would have written."""

from datetime import UTC, datetime

import pytest

from articles.bulk import copy_objects
from articles.models import Actor, Quote, Sentence
from articles.tests.factories import make_article

pytestmark = pytest.mark.django_db
# What COPY's text format escapes, and what an array literal quotes.
AWKWARD = 'قال:\t"نعم"، {لا}\\ ثم\nسطر'


def test_copy_objects_writes_each_field_as_bulk_create_would():
    article = make_article(body="نص")
    speaker = Actor.objects.get(slug="vladimir-putin")
    before = datetime.now(UTC)
    quotes = [
        Quote(article=article, text=AWKWARD, start=0, end=5, kind="statement", speaker=speaker,
              cue="قال", confidence=0.75, normalized_text="قال نعم", wording=["نعم", 'a "b", {c}', "\\"]),
        Quote(article=article, text="الحرب", start=9, end=14, kind="term", speaker_description="مسؤول"),
    ]  # fmt: skip

    written = copy_objects(Quote, quotes)

    stored = list(
        Quote.objects.order_by("start").values_list(
            "text", "start", "end", "kind", "speaker__slug", "speaker_description", "relayed_by",
            "cue", "confidence", "verified", "normalized_text", "wording", "statement_group",
        )
    )  # fmt: skip
    assert (written, stored) == (
        2,
        [
            (AWKWARD, 0, 5, "statement", "vladimir-putin", "", None, "قال", 0.75, False, "قال نعم",
             ["نعم", 'a "b", {c}', "\\"], None),
            ("الحرب", 9, 14, "term", None, "مسؤول", None, "", 0.0, False, "", [], None),
        ],
    )  # fmt: skip
    stamps = Quote.objects.values_list("created_at", "updated_at")
    assert all(before <= created <= updated <= datetime.now(UTC) for created, updated in stamps)


def test_copy_objects_of_nothing_writes_nothing():
    assert (copy_objects(Sentence, []), Sentence.objects.count()) == (0, 0)
