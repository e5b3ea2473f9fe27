"""CSV and JSON exports of `/compare/`, `/articles/` and `/quotes/`: the page's data, the
same filters, Excel-friendly CSV."""

from __future__ import annotations

import csv
import io
import json

import pytest
from django.core.cache import cache

from articles.compare import Selection, compare
from articles.exports import ARTICLE_FIELDS, BOM, COMPARISON_FIELDS, QUOTE_FIELDS
from articles.models import Article
from articles.tests.factories import import_seed_corpus


@pytest.fixture
def seeds(db):
    cache.clear()
    return import_seed_corpus()


def _csv(response) -> list[dict]:
    text = response.content.decode("utf-8")
    assert text.startswith(BOM)
    return list(csv.DictReader(io.StringIO(text[1:])))


def test_compare_json_export_is_the_page_data(client, seeds):
    response = client.get("/compare/", {"outlet": ["reuters", "alqahera-news"], "format": "json"})

    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="comparison.json"'
    expected = compare(
        Selection(Article.objects.published().filter(pk__in=[seeds["000"].pk, seeds["001"].pk]))
    )
    assert json.loads(response.content) == json.loads(json.dumps(expected, default=str))


def test_compare_csv_export_matches_the_page(client, seeds):
    page = client.get("/compare/")
    response = client.get("/compare/", {"format": "csv"})

    rows = _csv(response)
    assert response["Content-Disposition"] == 'attachment; filename="comparison.csv"'
    assert list(rows[0]) == COMPARISON_FIELDS
    frame_cells = {(r["item_key"], r["group_key"]): int(r["count"]) for r in rows if r["section"] == "frame"}
    for frame in page.context["frame_rows"]:
        for cell in frame["cells"]:
            assert frame_cells[(frame["slug"], cell["key"])] == cell["count"]
    cnn = [r for r in rows if r["section"] == "source" and r["item_key"] == "cnn"]
    assert [(r["group_key"], r["count"]) for r in cnn] == [("alqahera-news", "3")]
    afp = [r for r in rows if r["section"] == "side" and r["group_key"] == "agence-france-presse"]
    assert afp[0]["item_key"] == "united-states" and afp[0]["share"] == "0.5556"


def test_compare_export_hides_drafts_from_the_public(client, db):
    cache.clear()
    import_seed_corpus(status=Article.Status.DRAFT)

    rows = _csv(client.get("/compare/", {"format": "csv"}))

    assert rows == []


def test_article_export_follows_the_list_filters(client, seeds):
    seeds["004"].status = Article.Status.DRAFT
    seeds["004"].save()

    response = client.get("/articles/", {"outlet": ["reuters", "agence-france-presse"], "format": "csv"})

    rows = _csv(response)
    assert response["Content-Disposition"] == 'attachment; filename="articles.csv"'
    assert list(rows[0]) == ARTICLE_FIELDS
    assert [(r["id"], r["wire"]) for r in rows] == [(str(seeds["000"].pk), "reuters")]


def test_article_json_export(client, seeds):
    data = json.loads(client.get("/articles/", {"format": "json"}).content)

    assert data["fields"] == ARTICLE_FIELDS
    assert sorted(a["id"] for a in data["articles"]) == sorted(a.pk for a in seeds.values())


def test_quote_export_follows_the_list_filters(client, seeds):
    response = client.get("/quotes/", {"speaker": "vladimir-putin", "kind": "statement", "format": "csv"})

    rows = _csv(response)
    assert list(rows[0]) == QUOTE_FIELDS
    assert sorted(r["text"].split()[0] for r in rows) == sorted(["لهذا", "لهذا", "شاهدنا", "سنتحدث"])
    assert {r["speaker"] for r in rows} == {"vladimir-putin"}
