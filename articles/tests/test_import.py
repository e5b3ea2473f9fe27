"""import_articles and seed_corpus against the real PostgreSQL."""

import json
import os
import shutil
from datetime import date
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db.models import Q

from articles.ingest import content_hash
from articles.models import Article, Outlet
from articles.tests.factories import make_article, make_outlet

FIXTURES = Path(__file__).parent / "fixtures"
SEEDS = Path(__file__).resolve().parents[2] / "corpus" / "seeds"
MANIFEST = SEEDS / "manifest.json"
ARABIC = "التقى الرئيس الروسي فلاديمير بوتين الزعيم الكوري الشمالي كيم جونغ أون في قاعدة فوستوشني."

pytestmark = pytest.mark.django_db


def run(*args, **options):
    """``(stdout, stderr, failed)`` of one import_articles run."""
    out, err = StringIO(), StringIO()
    try:
        call_command("import_articles", *map(str, args), stdout=out, stderr=err, **options)
    except CommandError as error:
        return out.getvalue(), err.getvalue(), error
    return out.getvalue(), err.getvalue(), None


def article_rows():
    return list(
        Article.objects.order_by("pk").values_list(
            "pk", "source_name", "url", "headline", "slug", "byline", "dateline", "published_on",
            "date_source", "body", "content_hash", "status", "outlet__name_ar", "wire__name_ar",
            "created_at", "updated_at",
        )
    )  # fmt: skip


def outlet_rows():
    return list(
        Outlet.objects.order_by("pk").values_list("pk", "name_ar", "name_en", "slug", "domain", "kind")
    )


def by_file(prefix):
    return Article.objects.select_related("outlet", "wire").get(source_name__contains=f"/{prefix}_")


def test_import_seeds_with_manifest_carries_manifest_metadata():
    out, err, failed = run(SEEDS, manifest=MANIFEST)

    assert (out, err, failed) == ("created 5, updated 0, unchanged 0, failed 0\n", "", None)
    found = {
        prefix: (
            a.outlet and a.outlet.name_en,
            a.wire and a.wire.name_en,
            a.published_on,
            a.date_source,
            a.status,
        )
        for prefix in ("000", "001", "002", "003", "004")
        for a in [by_file(prefix)]
    }
    assert found == {
        "000": (None, "Reuters", date(2023, 9, 13), "manifest", "draft"),
        "001": ("Alqahera News", None, date(2023, 9, 14), "manifest", "draft"),
        "002": (None, None, date(2023, 9, 12), "manifest", "draft"),
        "003": (None, "Associated Press", date(2023, 9, 13), "manifest", "draft"),
        "004": (None, "Agence France-Presse", date(2023, 9, 5), "manifest", "draft"),
    }


def test_import_seeds_stores_001_header_as_metadata():
    run(SEEDS, manifest=MANIFEST)

    article = by_file("001")
    assert article.headline == 'تقارب يزعج الغرب.. "بوتين" يقبل دعوة "كيم" لزيارة كوريا الشمالية'
    assert article.byline == "محمود غراب"
    assert article.paragraphs[0].startswith("أعلنت بيونج يانج، اليوم الخميس")
    assert "Share" not in article.body and "post-title" not in article.body
    assert article.content_hash == content_hash(article.headline, article.body)
    assert (article.outlet.slug, article.outlet.domain, article.outlet.kind) == (
        "alqahera-news", "alqaheranews.net", "television",
    )  # fmt: skip
    assert by_file("000").dateline == "موسكو"


def test_import_seeds_files_copy_under_the_reference_outlets_and_agencies():
    before = outlet_rows()

    run(SEEDS, manifest=MANIFEST)

    used = Outlet.objects.filter(Q(articles__isnull=False) | Q(wire_articles__isnull=False)).distinct()
    assert sorted(used.values_list("slug", "name_ar", "kind")) == [
        ("agence-france-presse", "وكالة فرانس برس", "agency"),
        ("alqahera-news", "القاهرة الإخبارية", "television"),
        ("associated-press", "أسوشيتد برس", "agency"),
        ("reuters", "رويترز", "agency"),
    ]
    assert outlet_rows() == before  # load_reference_data made them all


def test_import_seeds_twice_changes_nothing():
    run(SEEDS, manifest=MANIFEST)
    before = (article_rows(), outlet_rows())

    out, err, failed = run(SEEDS, manifest=MANIFEST)

    assert (out, err, failed) == ("created 0, updated 0, unchanged 5, failed 0\n", "", None)
    assert (article_rows(), outlet_rows()) == before


def test_import_matches_existing_outlet_by_any_spelling():
    Outlet.objects.filter(slug="alqahera-news").delete()  # the reference data's, with its domain
    existing = make_outlet(name_ar="القاهرة الاخبارية", name_en="", slug="qahera")
    count = Outlet.objects.count()

    run(SEEDS / "001_8421e6bc21d51461.txt")

    assert by_file("001").outlet == existing
    assert Outlet.objects.count() == count
    existing.refresh_from_db()
    assert (existing.name_en, existing.domain) == ("Alqahera News", "alqaheranews.net")


def test_import_without_manifest_reports_unknown_dates():
    out, err, failed = run(SEEDS / "001_8421e6bc21d51461.txt", SEEDS / "004_a284983e4bd276d4.txt")

    assert (out, failed) == ("created 2, updated 0, unchanged 0, failed 0\n", None)
    assert [(a.published_on, a.date_source) for a in Article.objects.order_by("source_name")] == [
        (None, "unknown"),
        (None, "unknown"),
    ]


def test_import_date_option_resolves_relative_weekdays():
    run(SEEDS / "001_8421e6bc21d51461.txt", SEEDS / "004_a284983e4bd276d4.txt", date="2023-09-14")

    assert (by_file("001").published_on, by_file("001").date_source) == (date(2023, 9, 14), "relative")
    assert (by_file("004").published_on, by_file("004").date_source) == (date(2023, 9, 12), "relative")


def test_import_date_option_is_the_date_when_text_states_none(tmp_path):
    (tmp_path / "plain.txt").write_text(ARABIC, encoding="utf-8")

    run(tmp_path, date="2023-09-10")

    article = Article.objects.get()
    assert (article.published_on, article.date_source) == (date(2023, 9, 10), "manifest")


def test_import_outlet_option_sets_outlet(tmp_path):
    (tmp_path / "a.txt").write_text(ARABIC, encoding="utf-8")

    run(tmp_path, outlet="skynewsarabia.com")

    outlet = Article.objects.get().outlet
    assert (outlet.name_ar, outlet.name_en, outlet.kind) == (
        "سكاي نيوز عربية",
        "Sky News Arabia",
        "television",
    )


def test_import_publish_option_publishes_new_articles():
    run(SEEDS / "002_99da0f7227dc3120.txt", publish=True)

    assert list(Article.objects.values_list("status", flat=True)) == ["published"]


def test_import_same_url_with_new_text_updates(tmp_path):
    line = {"url": "https://www.aljazeera.net/news/1", "headline": "قمة فوستوشني", "text": ARABIC}
    (tmp_path / "a.jsonl").write_text(json.dumps(line, ensure_ascii=False), encoding="utf-8")
    run(tmp_path, publish=True)
    first = Article.objects.get()

    line["text"] = ARABIC + "\nوقال الكرملين إن المحادثات ستستمر."
    (tmp_path / "a.jsonl").write_text(json.dumps(line, ensure_ascii=False), encoding="utf-8")
    out, err, failed = run(tmp_path)

    assert out == "created 0, updated 1, unchanged 0, failed 0\n"
    article = Article.objects.get()
    assert article.pk == first.pk
    assert article.paragraphs == [ARABIC, "وقال الكرملين إن المحادثات ستستمر."]
    assert article.content_hash == content_hash("قمة فوستوشني", article.body)
    assert article.status == "published"  # an update leaves the editor's status alone


def test_import_same_text_under_another_url_fails_without_change(tmp_path):
    line = {"url": "https://www.aljazeera.net/news/1", "text": ARABIC}
    (tmp_path / "a.jsonl").write_text(json.dumps(line, ensure_ascii=False), encoding="utf-8")
    run(tmp_path)
    other = {"url": "https://www.aljazeera.net/news/2", "text": "نص جديد تماما عن القمة."}
    (tmp_path / "a.jsonl").write_text(json.dumps(other, ensure_ascii=False), encoding="utf-8")
    run(tmp_path)
    before = article_rows()

    moved = {"url": "https://www.aljazeera.net/news/2", "text": ARABIC}
    (tmp_path / "a.jsonl").write_text(json.dumps(moved, ensure_ascii=False), encoding="utf-8")
    out, err, failed = run(tmp_path)

    assert (
        err
        == f"error: {tmp_path / 'a.jsonl'}:1: same text as article #{before[0][0]} (https://www.aljazeera.net/news/1)\n"
    )
    assert failed is not None
    assert article_rows() == before


def test_import_jsonl_with_malformed_line_imports_the_rest():
    out, err, failed = run(FIXTURES / "articles.jsonl")

    assert out == "created 2, updated 0, unchanged 0, failed 1\n"
    assert err == (
        f"error: {FIXTURES / 'articles.jsonl'}:2: "
        "invalid JSON (Unterminated string starting at at column 47)\n"
    )
    assert str(failed) == "1 input(s) failed"
    assert sorted(Article.objects.values_list("url", "status", "outlet__name_en", "wire__name_en")) == [
        ("https://www.alarabiya.net/arab-and-world/2023/09/12/kim-arrives", "published", "Al Arabiya",
         "Agence France-Presse"),
        ("https://www.aljazeera.net/news/2023/9/13/putin-kim", "draft", "Al Jazeera", None),
    ]  # fmt: skip


def test_import_html_drops_navigation_and_comments():
    run(FIXTURES / "page.html")

    article = Article.objects.select_related("outlet").get()
    assert article.headline == "بوتين يقبل دعوة كيم لزيارة كوريا الشمالية"
    assert article.url == "https://www.skynewsarabia.com/world/1656000-putin-accepts-kim-invitation"
    assert (article.published_on, article.date_source) == (date(2023, 9, 14), "text")
    assert article.outlet.name_en == "Sky News Arabia"
    assert len(article.paragraphs) == 3
    assert "تعليق" not in article.body and "الرئيسية" not in article.body


def test_import_windows_1256_and_utf16_files_store_the_same_arabic():
    run(FIXTURES / "cp1256.txt", FIXTURES / "utf16le.txt", FIXTURES / "utf16be.txt", FIXTURES / "bom.txt")

    bodies = dict(Article.objects.values_list("source_name", "body"))
    assert bodies[str(FIXTURES / "cp1256.txt")].endswith('تناولت "مسائل حساسة" بين البلدين الجارين.')
    assert Article.objects.count() == 3  # the two UTF-16 files hold one text
    assert "\u200f" not in bodies[str(FIXTURES / "bom.txt")]


@pytest.fixture
def stored():
    """An article already in the archive, which no failed import may touch."""
    make_article(outlet=make_outlet(name_ar="الجزيرة", name_en="Al Jazeera"))
    return article_rows(), outlet_rows()


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b" \n\r\n\t", "empty file"),
        ("binary.txt", bytes(range(256)) * 3, "binary file or unknown encoding"),
        ("big.txt", ("نص. " * 400).encode(), "file too large (2400 bytes, limit 1000)"),
        ("page.html", b"<html><body><nav><a href='/'>x</a></nav></body></html>",
         "no article text found in the HTML page"),
        ("notes.pdf", b"%PDF-1.4", "unsupported file type '.pdf'"),
    ],
)  # fmt: skip
def test_import_bad_file_fails_clearly_and_touches_nothing(tmp_path, stored, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    (tmp_path / "good.txt").write_text(ARABIC, encoding="utf-8")

    out, err, failed = run(path, tmp_path / "good.txt", max_bytes=1000)

    assert err == f"error: {path}: {reason}\n"
    assert out == "created 1, updated 0, unchanged 0, failed 1\n"
    assert failed is not None and failed.returncode == 1
    rows = article_rows()
    assert rows[:1] == stored[0] and len(rows) == 2 and rows[1][1] == str(tmp_path / "good.txt")


def test_import_missing_path_fails_clearly(tmp_path, stored):
    out, err, failed = run(tmp_path / "nowhere.txt")

    assert (out, err) == (
        "created 0, updated 0, unchanged 0, failed 1\n",
        f"error: {tmp_path / 'nowhere.txt'}: no such file or directory\n",
    )
    assert failed is not None
    assert (article_rows(), outlet_rows()) == stored


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_import_unreadable_file_fails_clearly(tmp_path, stored):
    path = tmp_path / "secret.txt"
    path.write_text(ARABIC, encoding="utf-8")
    path.chmod(0)

    out, err, failed = run(path)

    assert err == f"error: {path}: permission denied\n"
    assert (article_rows(), outlet_rows()) == stored


def test_import_default_size_limit_comes_from_settings(tmp_path, settings, stored):
    settings.IMPORT_MAX_BYTES = 100
    (tmp_path / "a.txt").write_text(ARABIC, encoding="utf-8")

    out, err, failed = run(tmp_path / "a.txt")

    assert err == f"error: {tmp_path / 'a.txt'}: file too large ({len(ARABIC.encode())} bytes, limit 100)\n"
    assert article_rows() == stored[0]


def test_import_invalid_date_option_fails_before_importing(stored):
    out, err, failed = run(SEEDS, date="2023-02-30")

    assert str(failed) == "--date: invalid date '2023-02-30' (expected YYYY-MM-DD)"
    assert (out, article_rows(), outlet_rows()) == ("", *stored)


def test_import_invalid_manifest_json_fails_before_importing(tmp_path, stored):
    manifest = tmp_path / "manifest.json"
    manifest.write_text('{"articles": {', encoding="utf-8")

    out, err, failed = run(SEEDS, manifest=manifest)

    assert (
        str(failed) == f"--manifest: {manifest}: "
        "invalid JSON (Expecting property name enclosed in double quotes at line 1)"
    )
    assert (article_rows(), outlet_rows()) == stored


def test_import_manifest_naming_missing_file_reports_that_entry(tmp_path, stored):
    shutil.copy(SEEDS / "002_99da0f7227dc3120.txt", tmp_path)
    manifest = tmp_path / "manifest.json"
    entries = {"002_99da0f7227dc3120.txt": {"date": "2023-09-12"}, "999_gone.txt": {"date": "2023-09-13"}}
    manifest.write_text(json.dumps({"articles": entries}), encoding="utf-8")

    out, err, failed = run(tmp_path, manifest=manifest)

    assert err == f"error: {manifest}: 999_gone.txt: file not found\n"
    assert out == "created 1, updated 0, unchanged 0, failed 1\n"
    assert failed is not None
    assert Article.objects.exclude(pk=stored[0][0][0]).get().published_on == date(2023, 9, 12)


def test_import_manifest_entry_with_bad_date_fails_its_file(tmp_path, stored):
    shutil.copy(SEEDS / "002_99da0f7227dc3120.txt", tmp_path)
    manifest = tmp_path / "manifest.json"
    manifest.write_text(
        json.dumps({"articles": {"002_99da0f7227dc3120.txt": {"date": "12/09/2023"}}}), encoding="utf-8"
    )

    out, err, failed = run(tmp_path, manifest=manifest)

    assert err == (
        f"error: {tmp_path / '002_99da0f7227dc3120.txt'}: manifest entry: "
        "invalid date '12/09/2023' (expected YYYY-MM-DD)\n"
    )
    assert (article_rows(), outlet_rows()) == stored


def test_import_many_files_shows_progress_without_garbling_errors(tmp_path):
    for number in range(22):
        (tmp_path / f"{number:02}.txt").write_text(f"{ARABIC} ({number})", encoding="utf-8")
    (tmp_path / "zz.txt").write_bytes(b"")

    out, err, failed = run(tmp_path)

    assert out == "created 22, updated 0, unchanged 0, failed 1\n"
    assert f"error: {tmp_path / 'zz.txt'}: empty file\n" in err
    assert "/23 [" in err  # tqdm's bar, on stderr


def test_seed_corpus_imports_once():
    first, second = StringIO(), StringIO()

    call_command("seed_corpus", stdout=first, stderr=StringIO())
    rows = article_rows()
    call_command("seed_corpus", stdout=second, stderr=StringIO())

    assert first.getvalue() == (
        "Importing the seed corpus from corpus/seeds …\ncreated 5, updated 0, unchanged 0, failed 0\n"
    )
    assert second.getvalue() == "The archive has 5 article(s): the seed corpus was not imported.\n"
    assert article_rows() == rows
    assert set(Article.objects.values_list("status", flat=True)) == {"published"}


def test_import_permission_denied_fails_clearly(tmp_path, stored, monkeypatch):
    path = tmp_path / "secret.txt"
    path.write_text(ARABIC, encoding="utf-8")
    real_open = Path.open

    def guarded_open(self, *args, **kwargs):
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", guarded_open)

    out, err, failed = run(path)

    assert (out, err) == (
        "created 0, updated 0, unchanged 0, failed 1\n",
        f"error: {path}: permission denied\n",
    )
    assert failed is not None and (article_rows(), outlet_rows()) == stored
