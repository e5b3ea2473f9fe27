"""Real coverage in: outlets from URLs, dates and their sources, the admin's queue of what
to confirm, /compare/ columns, and evaluate_import on the gold set."""

import json
from datetime import date
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from articles.compare import Selection, compare
from articles.ingest import Source
from articles.models import Article, Outlet
from articles.tests.factories import import_paths, make_article, make_member, make_outlet
from articles.tests.test_admin import form_data

pytestmark = pytest.mark.django_db

GOLD = Path(__file__).resolve().parents[2] / "corpus" / "gold" / "import"
LEAD = (
    "سيئول، 20 سبتمبر (يونهاب) -- قال الرئيس يون سوك-يول إن كوريا الجنوبية وحلفاءها لن يقفوا مكتوفي "
    "الأيدي إزاء التعاون العسكري بين روسيا وكوريا الشمالية."
)
SECOND = "وأضاف الرئيس أن بلاده ستنسق مع واشنطن وطوكيو للرد على أي تطور يهدد أمن المنطقة."


def import_lines(tmp_path, *lines: dict):
    path = tmp_path / "pages.jsonl"
    path.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines), encoding="utf-8")
    return import_paths(path, status=Article.Status.DRAFT)


def test_import_names_an_unknown_site_after_its_domain_and_folds_its_subdomains(tmp_path):
    outcomes = import_lines(
        tmp_path,
        {"url": "https://m2.alwadi-news.com/article/1.html", "text": f"{LEAD}\n{SECOND}"},
        {"url": "https://www.alwadi-news.com/amp/article/2.html", "text": SECOND},
    )

    first, second = (outcome.article for outcome in outcomes)
    assert first.outlet == second.outlet
    assert (first.outlet.name_ar, first.outlet.domain, first.outlet.kind, first.outlet.to_confirm) == (
        "alwadi-news.com",
        "alwadi-news.com",
        "online",
        True,
    )
    assert (
        "new outlet 'alwadi-news.com' named after its site alwadi-news.com: to confirm"
        in outcomes[0].warnings
    )


def test_import_files_a_known_sites_pages_under_its_reference_outlet(tmp_path):
    count = Outlet.objects.count()

    outcomes = import_lines(
        tmp_path,
        {"url": "https://m.youm7.com/story/2023/9/13/slug/6312347", "text": f"{LEAD}\n{SECOND}"},
        {"url": "https://ar.yna.co.kr/view/AAR20230920000100885", "text": LEAD},
    )

    youm7, yonhap = (outcome.article for outcome in outcomes)
    assert (youm7.outlet.slug, youm7.outlet.to_confirm) == ("youm7", False)
    assert (yonhap.outlet.slug, yonhap.wire.slug) == ("yonhap", "yonhap")
    assert Outlet.objects.count() == count
    assert [(a.published_on, a.date_source) for a in (youm7, yonhap)] == [
        (date(2023, 9, 13), "url"),
        (date(2023, 9, 20), "url"),
    ]


def test_outlet_for_source_matches_a_row_by_its_site():
    outlet = make_outlet(slug="sada-alwadi", name_ar="صدى الوادي", domain="sada-alwadi.net")

    found = Outlet.objects.for_source(Source("sada-alwadi.net", domain="m.sada-alwadi.net", to_confirm=True))

    assert found == outlet
    assert found.to_confirm is False


def test_import_gives_a_yearless_dateline_the_year_of_the_coverage_window(tmp_path, settings):
    settings.IMPORT_COVERAGE_START, settings.IMPORT_COVERAGE_END = date(2024, 8, 1), date(2024, 10, 31)

    (outcome,) = import_lines(tmp_path, {"text": f"{LEAD}\n{SECOND}"})

    assert (outcome.article.published_on, outcome.article.date_source) == (date(2024, 9, 20), "dateline")


def test_metadata_to_confirm_holds_new_outlets_missing_outlets_and_weak_dates():
    known = make_outlet(slug="known-site", name_ar="موقع معروف")
    new = make_outlet(slug="new-site", name_ar="new-site.com", to_confirm=True)
    make_article(headline="مؤكد", outlet=known, date_source="url")
    waiting = [
        make_article(headline="وسيلة جديدة", outlet=new, date_source="text"),
        make_article(headline="بلا وسيلة", outlet=None, date_source="url"),
        make_article(headline="بلا تاريخ", outlet=known, published_on=None, date_source="unknown"),
        make_article(headline="تاريخ محسوب", outlet=known, date_source="relative"),
    ]

    assert sorted(Article.objects.metadata_to_confirm().values_list("pk", flat=True)) == [
        a.pk for a in waiting
    ]


@pytest.fixture
def editor(client):
    client.force_login(make_member(username="layla", group="Editors"))


def test_admin_metadata_to_confirm_filter_lists_what_waits(client, editor):
    known = make_outlet(slug="known-site", name_ar="موقع معروف")
    new = make_outlet(slug="new-site", name_ar="new-site.com", to_confirm=True)
    make_article(headline="مؤكد", outlet=known, date_source="url")
    make_article(headline="وسيلة جديدة", outlet=new, date_source="text")
    make_article(headline="بلا تاريخ", outlet=known, published_on=None, date_source="unknown")

    shown = {
        choice: sorted(
            a.headline
            for a in client.get("/admin/articles/article/", {"to_confirm": choice}).context["cl"].result_list
        )
        for choice in ("any", "outlet", "date", "no-outlet")
    }

    assert shown == {
        "any": ["بلا تاريخ", "وسيلة جديدة"],
        "outlet": ["وسيلة جديدة"],
        "date": ["بلا تاريخ"],
        "no-outlet": [],
    }
    page = client.get("/admin/articles/article/").content.decode()
    assert "بيانات بانتظار التأكيد" in page and "وسيلة جديدة من نطاق موقع" in page


def test_admin_confirms_new_outlets_in_bulk(client, editor):
    new = make_outlet(slug="new-site", name_ar="new-site.com", to_confirm=True)

    waiting = client.get("/admin/articles/outlet/", {"to_confirm__exact": "1"})
    client.post("/admin/articles/outlet/", {"action": "confirm", "_selected_action": [new.pk]})

    assert [o.pk for o in waiting.context["cl"].result_list] == [new.pk]
    new.refresh_from_db()
    assert new.to_confirm is False


def test_admin_date_an_editor_types_is_the_editors(client, editor):
    article = make_article(headline="بلا تاريخ", published_on=None, date_source="unknown")
    url = f"/admin/articles/article/{article.pk}/change/"

    client.post(url, form_data(client.get(url)) | {"published_on": "2023-09-14"})

    article.refresh_from_db()
    assert (article.published_on, article.date_source) == (date(2023, 9, 14), "editor")


def test_compare_puts_pages_of_unnamed_sites_in_one_outlet_unknown_column():
    reuters = Outlet.objects.get(slug="reuters")
    for n in range(2):
        make_article(headline=f"صفحة {n}", url=f"https://site{n}.example/a", outlet=None)
    make_article(headline="برقية", url="https://site9.example/b", outlet=None, wire=reuters)

    columns = {
        c["key"]: (c["kind"], c["label"], c["label_en"], c["articles"])
        for c in compare(Selection(Article.objects.published()))["columns"]
    }

    assert columns == {
        "outlet-unknown": ("unknown", "وسيلة غير معروفة", "Unknown outlet", 2),
        "reuters": ("wire", "رويترز", "Reuters", 1),
    }


def test_compare_page_labels_the_unknown_column_in_each_language(client):
    make_article(headline="صفحة", url="https://site1.example/a", outlet=None)

    arabic = client.get("/compare/").content.decode()
    english = client.get("/en/compare/").content.decode()

    assert '<th scope="col"><bdi>وسيلة غير معروفة</bdi> <span class="column-kind">' in arabic
    assert '<th scope="col"><bdi><span title="وسيلة غير معروفة">Unknown outlet</span></bdi>' in english


def evaluate(folder) -> tuple[str, Exception | None]:
    out = StringIO()
    try:
        call_command("evaluate_import", str(folder), stdout=out)
    except CommandError as error:
        return out.getvalue(), error
    return out.getvalue(), None


def test_evaluate_import_scores_the_tune_set_and_keeps_nothing():
    before = (Article.objects.count(), Outlet.objects.count())

    out, error = evaluate(GOLD / "tune")

    assert error is None
    assert out.splitlines()[:6] == [
        f"{GOLD / 'tune'}: 31 pages",
        "outlet     31/31  1.000",
        "date       31/31  1.000",
        "headline   31/31  1.000",
        "wire       31/31  1.000",
        "errors: 0",
    ]
    assert (Article.objects.count(), Outlet.objects.count()) == before


def test_evaluate_import_scores_the_test_set():
    out, error = evaluate(GOLD / "test")

    assert error is None
    assert out.splitlines()[1:6] == [
        "outlet     22/22  1.000",
        "date       22/22  1.000",
        "headline   22/22  1.000",
        "wire       22/22  1.000",
        "errors: 0",
    ]


def test_evaluate_import_names_a_bad_gold_line(tmp_path):
    (tmp_path / "pages.jsonl").write_text('{"id": "x", "text": "نص"}\n', encoding="utf-8")

    out, error = evaluate(tmp_path)

    assert str(error) == f"{tmp_path / 'pages.jsonl'}:1: missing 'expected'"


def test_evaluate_import_reports_each_wrong_field(tmp_path):
    page = {
        "id": "x-01",
        "url": "https://www.youm7.com/story/2023/9/13/slug/1",
        "text": f"كيم يصل إلى روسيا في زيارة نادرة\n{LEAD}\n{SECOND}",
        "expected": {
            "outlet": {"name_en": "Al Ahram", "name_ar": "الأهرام", "domain": "ahram.org.eg"},
            "date": "2023-09-13",
            "headline": "كيم يصل إلى روسيا في زيارة نادرة",
            "wire": None,
        },
    }
    (tmp_path / "pages.jsonl").write_text(json.dumps(page, ensure_ascii=False), encoding="utf-8")

    out, error = evaluate(tmp_path)

    assert out.splitlines()[1:] == [
        "outlet      0/1  0.000",
        "date        1/1  1.000",
        "headline    1/1  1.000",
        "wire        0/1  0.000",
        "errors: 2",
        "  x-01 outlet: expected 'الأهرام (ahram.org.eg)', got 'اليوم السابع (youm7.com)'",
        "  x-01 wire: expected 'None', got 'Yonhap'",
    ]
