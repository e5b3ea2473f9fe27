"""Importing from the admin: the form, the background task, the report, the limits, who may."""

from __future__ import annotations

import io
import json
import signal
import time
import zipfile
from datetime import timedelta
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from articles.models import Article, ArticleImport, ImportFile, ImportOutcome, Quote
from articles.tests.conftest import restore_reference_data
from articles.tests.factories import make_article, make_member, make_quote
from articles.tests.processes import start_worker, stop, wait_until
from articles.uploads import run_import, stage_import

pytestmark = pytest.mark.django_db

URL = "/admin/articles/article/import/"
SEEDS = Path(__file__).resolve().parents[2] / "corpus" / "seeds"
REUTERS = (SEEDS / "000_84058521eb59a668.txt").read_bytes()
AP = (SEEDS / "003_354266b8847cf760.txt").read_bytes()
PNG = b"\x89PNG\r\n\x1a\n" + bytes(64)
PNG_REASON = "a PNG image, not a text, HTML or JSON lines file"


@pytest.fixture
def editor(client):
    user = make_member(username="layla", group="Editors")
    client.force_login(user)
    return user


@pytest.fixture
def submit(client, editor, django_capture_on_commit_callbacks):
    """Post the import form as the editor; the task is queued as on commit."""

    def post(*files: tuple[str, bytes], **fields):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(URL, {"files": [SimpleUploadedFile(n, d) for n, d in files], **fields})

    return post


def run(batch: ArticleImport) -> ArticleImport:
    run_import.call(batch.pk)
    batch.refresh_from_db()
    return batch


def outcomes(batch: ArticleImport) -> list[tuple[str, str, int | None, str]]:
    rows = batch.outcomes.order_by("pk").values_list("status", "file", "line", "reason")
    return [(status, file, line, reason if status == "failed" else "") for status, file, line, reason in rows]


def zipped(*members: tuple[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            archive.writestr(name, data)
    return buffer.getvalue()


# --- Who may --------------------------------------------------------------------------------


def test_import_pages_are_for_editors_only(client):
    batch = ArticleImport.objects.create()
    urls = [URL, f"{URL}{batch.pk}/", f"{URL}{batch.pk}/progress/"]

    anonymous = [client.get(url) for url in urls] + [client.post(URL, {"text": "نص"})]
    client.force_login(make_member(username="nour", group="Newsroom"))
    newsroom = [client.get(url) for url in urls] + [client.post(URL, {"text": "نص"})]
    client.force_login(make_member(username="reader", is_staff=False))
    outsider = client.get(URL)

    assert [(r.status_code, r["Location"]) for r in anonymous] == [
        (302, f"/admin/login/?next={url}") for url in [*urls, URL]
    ]
    assert [r.status_code for r in newsroom] == [403, 403, 403, 403]
    assert (outsider.status_code, outsider["Location"]) == (302, f"/admin/login/?next={URL}")
    assert ArticleImport.objects.count() == 1


def test_import_link_shows_on_the_article_list_for_editors_only(client):
    link = f'<a href="{URL}">استيراد مقالات</a>'
    client.force_login(make_member(username="layla", group="Editors"))
    editors = client.get("/admin/articles/article/").content.decode()
    client.force_login(make_member(username="nour", group="Newsroom"))
    newsroom = client.get("/admin/articles/article/").content.decode()

    assert link in editors
    assert link not in newsroom


def test_import_form_needs_the_csrf_token(editor):
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(editor)

    response = strict.post(URL, {"files": [SimpleUploadedFile("a.txt", REUTERS)]})

    assert response.status_code == 403
    assert ArticleImport.objects.count() == 0


# --- The form -------------------------------------------------------------------------------


def test_import_form_stages_the_files_and_queues_one_task(submit, editor):
    response = submit(("reuters.txt", REUTERS), ("photo.txt", PNG), text="قال بوتين: «نص ملصق للتجربة هنا».")

    batch = ArticleImport.objects.get()
    task = DBTaskResult.objects.get()
    assert (response.status_code, response["Location"]) == (302, f"{URL}{batch.pk}/")
    assert (batch.created_by, batch.status, batch.total, batch.done) == (editor, "queued", 3, 0)
    assert list(batch.files.values_list("name", "size", "pasted")) == [
        ("reuters.txt", len(REUTERS), False),
        ("photo.txt", len(PNG), False),
        ("pasted text", len("قال بوتين: «نص ملصق للتجربة هنا».".encode()), True),
    ]
    assert (task.task_path, task.args_kwargs, task.status, batch.task_id) == (
        "articles.uploads.run_import",
        {"args": [batch.pk], "kwargs": {}},
        "READY",
        str(task.id),
    )


@pytest.mark.parametrize(
    ("fields", "errors"),
    [
        ({}, {"__all__": ["اختر ملفًا واحدًا على الأقل أو الصق نص مقال."]}),
        (
            {"url": "https://example.com/a", "files": [SimpleUploadedFile("a.txt", b"x")]},
            {"url": ["هذا الحقل للنص الملصق: الصق النص أو اترك الحقل فارغًا."]},
        ),
        ({"text": "نص", "reference_date": "13-09-2023"}, {"reference_date": ["أدخل تاريخاً صحيحاً."]}),
    ],
)
def test_import_form_says_what_is_missing_or_wrong(client, editor, fields, errors):
    response = client.post(URL, fields)

    assert response.status_code == 200
    assert response.context["form"].errors == errors
    assert ArticleImport.objects.count() == 0


def test_import_form_refuses_an_upload_over_the_limit_and_stages_nothing(client, editor, settings):
    settings.IMPORT_UPLOAD_MAX_BYTES = len(REUTERS) + len(AP) - 1

    response = client.post(
        URL, {"files": [SimpleUploadedFile("a.txt", REUTERS), SimpleUploadedFile("b.txt", AP)]}
    )

    limit = settings.IMPORT_UPLOAD_MAX_BYTES
    assert response.status_code == 200
    assert response.context["form"].errors == {
        "__all__": [f"الملفات المرسلة معًا أكبر من الحد ({limit} بايت): أرسلها على دفعات."]
    }
    assert ImportFile.objects.count() == 0


# --- The work -------------------------------------------------------------------------------


def test_import_creates_drafts_and_reports_the_bad_file(submit):
    submit(("reuters.txt", REUTERS), ("ap.txt", AP), ("photo.txt", PNG))

    batch = run(ArticleImport.objects.get())

    assert (batch.status, batch.done, batch.total, batch.error) == ("done", 3, 3, "")
    assert outcomes(batch) == [
        ("created", "reuters.txt", None, ""),
        ("created", "ap.txt", None, ""),
        ("failed", "photo.txt", None, PNG_REASON),
    ]
    assert set(Article.objects.values_list("source_name", "status")) == {
        ("reuters.txt", "draft"),
        ("ap.txt", "draft"),
    }
    assert Quote.objects.filter(article__source_name="reuters.txt").count() > 0
    assert list(ImportFile.objects.values_list("data", flat=True)) == [b"", b"", b""]


def test_import_twice_changes_nothing_the_second_time(submit):
    submit(("reuters.txt", REUTERS))
    run(ArticleImport.objects.get())
    submit(("again.txt", REUTERS))

    second = run(ArticleImport.objects.latest("pk"))

    assert outcomes(second) == [("unchanged", "again.txt", None, "")]
    assert Article.objects.count() == 1


def test_import_jsonl_failures_name_the_line_and_published_lines_arrive_as_drafts(submit):
    lines = [
        {"text": "قال بوتين: «سنساعد كوريا الشمالية في بناء الأقمار الصناعية».", "status": "published"},
        "not json",
        {"headline": "بلا نص"},
    ]
    data = "\n".join(json.dumps(x, ensure_ascii=False) if isinstance(x, dict) else x for x in lines)
    submit(("lines.txt", data.encode()))

    batch = run(ArticleImport.objects.get())

    assert outcomes(batch) == [
        ("created", "lines.txt", 1, ""),
        ("failed", "lines.txt", 2, "invalid JSON (Expecting value at column 1)"),
        ("failed", "lines.txt", 3, "no 'text' or 'body' string"),
    ]
    assert Article.objects.get().status == "draft"


def test_import_zip_reads_its_members_and_reports_each_refusal(submit):
    archive = zipped(("wire/reuters.txt", REUTERS), ("../escape.txt", AP), ("wire/photo.txt", PNG))
    submit(("coverage.zip", archive), ("ap.txt", AP))

    batch = run(ArticleImport.objects.get())

    assert (batch.done, batch.total) == (4, 4)
    assert outcomes(batch) == [
        ("created", "coverage.zip/wire/reuters.txt", None, ""),
        ("failed", "coverage.zip/../escape.txt", None, "its path climbs out of the archive"),
        ("failed", "coverage.zip/wire/photo.txt", None, PNG_REASON),
        ("created", "ap.txt", None, ""),
    ]


def test_import_zip_that_expands_past_the_limit_is_refused_and_the_rest_imports(submit, settings):
    settings.IMPORT_ZIP_MAX_BYTES = len(REUTERS) + len(AP) - 1
    submit(("big.zip", zipped(("a.txt", REUTERS), ("b.txt", AP))), ("ap.txt", AP))

    batch = run(ArticleImport.objects.get())

    limit = settings.IMPORT_ZIP_MAX_BYTES
    assert outcomes(batch) == [
        ("failed", "big.zip", None, f"archive expands to {len(REUTERS) + len(AP)} bytes, limit {limit}"),
        ("created", "ap.txt", None, ""),
    ]
    assert list(Article.objects.values_list("source_name", flat=True)) == ["ap.txt"]


def test_import_pasted_text_takes_the_url_headline_outlet_and_date_given(submit):
    submit(
        text="قال الرئيس الروسي فلاديمير بوتين اليوم الخميس: «سنساعد كوريا الشمالية في بناء الأقمار».",
        url="https://tass.ru/politika/1",
        headline="بوتين يعد كيم بالمساعدة",
        outlet="tass.ru",
        reference_date="2023-09-14",
    )

    batch = run(ArticleImport.objects.get())

    article = Article.objects.get()
    assert outcomes(batch) == [("created", "pasted text", None, "")]
    assert (article.headline, article.url, article.outlet.domain, str(article.published_on)) == (
        "بوتين يعد كيم بالمساعدة",
        "https://tass.ru/politika/1",
        "tass.ru",
        "2023-09-14",
    )


def test_import_task_delivered_twice_imports_once(submit):
    submit(("reuters.txt", REUTERS))
    batch = run(ArticleImport.objects.get())

    assert run_import.call(batch.pk) == {}
    assert batch.outcomes.count() == 1


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_import_runs_through_the_database_backend_and_its_worker_command():
    restore_reference_data()
    client = Client()
    client.force_login(make_member(username="layla", group="Editors"))
    client.post(
        URL, {"files": [SimpleUploadedFile("reuters.txt", REUTERS), SimpleUploadedFile("x.txt", PNG)]}
    )
    batch = ArticleImport.objects.get()
    queued = client.get(f"{URL}{batch.pk}/progress/").json()

    handlers = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGQUIT)}
    try:
        call_command("db_worker", "--batch", "--no-reload", "--no-startup-delay", verbosity=0)
    finally:
        for sig, handler in handlers.items():
            signal.signal(sig, handler)

    finished = client.get(f"{URL}{batch.pk}/progress/").json()
    assert queued == {
        "status": "queued",
        "status_label": "في الانتظار",
        "finished": False,
        "done": 0,
        "total": 2,
        "counts": {"created": 0, "updated": 0, "unchanged": 0, "failed": 0},
    }
    assert finished == {
        "status": "done",
        "status_label": "انتهى",
        "finished": True,
        "done": 2,
        "total": 2,
        "counts": {"created": 1, "updated": 0, "unchanged": 0, "failed": 1},
    }
    assert DBTaskResult.objects.get().status == "SUCCESSFUL"


# --- The pages ------------------------------------------------------------------------------


def test_import_report_lists_failures_new_articles_and_the_review_queue(client, submit):
    submit(("reuters.txt", REUTERS), ("photo.txt", PNG))
    batch = run(ArticleImport.objects.get())
    article = Article.objects.get()

    page = client.get(f"{URL}{batch.pk}/").content.decode()

    assert "<td><bdi>photo.txt</bdi></td>\n        <td>—</td>\n        <td><bdi>" + PNG_REASON in page
    assert f'<a href="/admin/articles/article/{article.pk}/change/">{article.title}</a>' in page
    assert f'href="/admin/articles/quote/?import={batch.pk}&amp;verified__exact=0"' in page
    assert "import-progress.js" not in page  # finished: nothing polls


def test_import_page_while_running_polls_with_a_static_script(client, submit):
    submit(("reuters.txt", REUTERS))
    batch = ArticleImport.objects.get()

    page = client.get(f"{URL}{batch.pk}/")

    html = page.content.decode()
    assert '<script src="/static/js/import-progress.js" defer></script>' in html
    assert f'data-progress-url="{URL}{batch.pk}/progress/"' in html
    assert '<progress id="import-progress" max="1" value="0">0/1</progress>' in html
    assert "script-src 'self'" in page["Content-Security-Policy"]
    assert "<script>" not in html


def test_review_queue_filtered_to_an_import_shows_only_its_articles_quotes(client, submit):
    earlier = make_article(headline="مقال قديم", body="قال بوتين: «هذا اقتباس من مقال قديم لا علاقة له».")
    make_quote(article=earlier, text="هذا اقتباس من مقال قديم لا علاقة له")
    submit(("reuters.txt", REUTERS))
    batch = run(ArticleImport.objects.get())

    response = client.get("/admin/articles/quote/", {"import": batch.pk})

    shown = {quote.article.source_name for quote in response.context["cl"].result_list}
    assert shown == {"reuters.txt"}
    assert (
        len(response.context["cl"].result_list)
        == Quote.objects.filter(article__source_name="reuters.txt").count()
    )


@pytest.mark.parametrize("rows", [1, 4])
def test_import_page_lists_past_imports_in_a_fixed_number_of_queries(
    client, editor, django_assert_num_queries, rows
):
    for n in range(rows):
        batch = ArticleImport.objects.create(created_by=editor, status="done", total=1, done=1)
        ImportOutcome.objects.create(batch=batch, status="created", file=f"{n}.txt")
        ImportOutcome.objects.create(batch=batch, status="failed", file=f"{n}.png", reason="binary")

    with django_assert_num_queries(5):
        response = client.get(URL)

    rows_shown = [(b.created_by.username, b.n_created, b.n_failed) for b in response.context["past_imports"]]
    assert rows_shown == [("layla", 1, 1)] * rows
    assert response.content.decode().count("<td>layla</td>") == rows


@pytest.mark.parametrize("rows", [1, 4])
def test_import_report_runs_a_fixed_number_of_queries(client, editor, django_assert_num_queries, rows):
    batch = ArticleImport.objects.create(created_by=editor, status="done", total=rows, done=rows)
    for n in range(rows):
        article = make_article(headline=f"مقال {n}", body=f"نص {n}", status="draft")
        ImportOutcome.objects.create(batch=batch, status="created", file=f"{n}.txt", article=article)
        ImportOutcome.objects.create(batch=batch, status="failed", file=f"{n}.png", reason="binary")

    with django_assert_num_queries(8):
        page = client.get(f"{URL}{batch.pk}/").content.decode()

    assert page.count('/change/">مقال ') == rows
    assert page.count("<td><bdi>binary</bdi></td>") == rows


def test_import_pages_speak_english_to_an_english_browser(client, submit):
    submit(("photo.txt", PNG))
    batch = run(ArticleImport.objects.get())

    form = client.get(URL, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    report = client.get(f"{URL}{batch.pk}/", HTTP_ACCEPT_LANGUAGE="en").content.decode()

    assert "<h2>Past imports</h2>" in form
    assert '<input type="submit" class="default" value="Import">' in form
    assert "<h2>What was not imported</h2>" in report
    assert "<strong data-status>Done</strong>" in report


# --- An import whose worker was killed --------------------------------------------------------

STALE_REASON = (
    "توقف العامل الذي كان يجري هذا الاستيراد: لم يتقدم منذ 10 دقيقة أو أكثر. "
    "أرسل من جديد الملفات التي لم تُستورد."
)


def left_running(editor, minutes_ago: int) -> ArticleImport:
    since = timezone.now() - timedelta(minutes=minutes_ago)
    batch = ArticleImport.objects.create(
        created_by=editor, status="running", total=2, done=1, started_at=since, progressed_at=since
    )
    ImportFile.objects.create(batch=batch, name="b.txt", size=3, data=b"abc")
    return batch


def test_import_left_running_by_a_dead_worker_is_failed_when_the_list_is_viewed(client, editor):
    stale = left_running(editor, minutes_ago=11)
    alive = left_running(editor, minutes_ago=1)
    queued = ArticleImport.objects.create(created_by=editor, total=1)
    ArticleImport.objects.filter(pk=queued.pk).update(created_at=timezone.now() - timedelta(hours=1))

    page = client.get(URL).content.decode()

    statuses = dict(ArticleImport.objects.values_list("pk", "status"))
    assert statuses == {stale.pk: "error", alive.pk: "running", queued.pk: "queued"}
    stale.refresh_from_db()
    assert (stale.error, stale.finished_at is not None) == (STALE_REASON, True)
    assert list(ImportFile.objects.filter(batch=stale).values_list("data", flat=True)) == [b""]
    assert page.count("توقف بخطأ") == 1


def test_import_left_running_is_failed_when_its_page_polls(client, editor):
    stale = left_running(editor, minutes_ago=30)

    progress = client.get(f"{URL}{stale.pk}/progress/").json()
    page = client.get(f"{URL}{stale.pk}/").content.decode()

    assert (progress["status"], progress["finished"], progress["done"]) == ("error", True, 1)
    assert f"<bdi>{STALE_REASON}</bdi>" in page


def test_import_left_running_is_failed_when_a_worker_starts_a_task(submit, editor):
    stale = left_running(editor, minutes_ago=11)
    submit(("reuters.txt", REUTERS))

    batch = run(ArticleImport.objects.get(status="queued"))

    stale.refresh_from_db()
    assert (stale.status, stale.error, batch.status) == ("error", STALE_REASON, "done")
    assert batch.progressed_at >= batch.started_at


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_import_whose_worker_is_killed_mid_import_is_failed_after_the_timeout(client, settings, tmp_path):
    restore_reference_data()
    editor = make_member(username="layla", group="Editors")
    client.force_login(editor)
    # Forty distinct articles: the worker is still busy when it is killed.
    seeds = [
        (f"{n}-{path.name}", path.read_bytes() + f"\nالفقرة الأخيرة رقم {n}.".encode())
        for n in range(6)
        for path in sorted(SEEDS.glob("*.txt"))
    ]
    batch = stage_import(editor, files=seeds)
    worker = start_worker(tmp_path / "worker.log")
    try:
        wait_until(lambda: ArticleImport.objects.get(pk=batch.pk).done >= 1, what="the worker to start")
        worker.send_signal(signal.SIGKILL)
        worker.wait(timeout=10)
    finally:
        stop(worker)
    killed = ArticleImport.objects.get(pk=batch.pk)
    settings.IMPORT_STALE_SECONDS = 1
    time.sleep(1.2)

    progress = client.get(f"{URL}{batch.pk}/progress/").json()

    assert killed.status == "running" and 1 <= killed.done < len(seeds)
    assert (progress["status"], progress["finished"]) == ("error", True)
    assert ArticleImport.objects.get(pk=batch.pk).error.startswith("توقف العامل الذي كان يجري هذا الاستيراد")
