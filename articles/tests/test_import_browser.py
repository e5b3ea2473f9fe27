"""An editor brings coverage in from the browser, under the strict CSP, with a real worker.

Uploads two good files and a bad one, watches the progress, reads the report, opens a new
draft, verifies a quote, corrects a speaker and publishes; the public sees the article only
then.  A Newsroom member cannot open the import page.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from articles.models import Article, ArticleImport, Quote
from articles.tests.factories import PASSWORD, make_member, registry_actor
from articles.tests.processes import start_worker, stop
from articles.tests.test_admin_browser import WATCH_CSP, csp_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

SEEDS = Path(__file__).resolve().parents[2] / "corpus" / "seeds"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(64)
IMPORT = "/admin/articles/article/import/"


def sign_in(page, username: str) -> None:
    page.goto_path("/admin/login/?next=/admin/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_url("**/admin/")


def inline_prefix(page, quote: Quote) -> str:
    name = page.locator(f"input[name^='quotes-'][name$='-id'][value='{quote.pk}']").get_attribute("name")
    return name.removesuffix("-id")


def test_import_browser_editor_imports_reviews_and_publishes(page, browser, live_server, tmp_path):
    make_member(username="layla", group="Editors")
    make_member(username="nour", group="Newsroom")
    miller = registry_actor(
        slug="matthew-miller", name_ar="ماثيو ميلر", name_en="Matthew Miller", aliases=["ميلر"]
    )
    console: list[str] = []
    page.on("console", lambda message: console.append(message.text))
    page.add_init_script(WATCH_CSP)
    sign_in(page, "layla")

    # 1. From the article list to the import page; two good files and a bad one.
    page.goto_path("/admin/articles/article/")
    page.click(f"a[href='{IMPORT}']")
    page.set_input_files(
        "#id_files",
        [
            {
                "name": "reuters.txt",
                "mimeType": "text/plain",
                "buffer": (SEEDS / "000_84058521eb59a668.txt").read_bytes(),
            },
            {
                "name": "ap.txt",
                "mimeType": "text/plain",
                "buffer": (SEEDS / "003_354266b8847cf760.txt").read_bytes(),
            },
            {"name": "photo.txt", "mimeType": "text/plain", "buffer": PNG},
        ],
    )
    page.click("input[type=submit]")
    batch = ArticleImport.objects.get()
    page.wait_for_url(f"**{IMPORT}{batch.pk}/")

    # 2. Queued: nothing runs it yet.  Then a real worker starts and the page follows it alone.
    assert page.inner_text("[data-status]") == "في الانتظار"
    assert (
        page.get_attribute("#import-progress", "value"),
        page.get_attribute("#import-progress", "max"),
    ) == (
        "0",
        "3",
    )
    worker = start_worker(tmp_path / "worker.log")
    try:
        page.wait_for_selector("#import-failures", timeout=90_000)
    finally:
        stop(worker)

    # 3. The report.
    assert page.inner_text("[data-status]") == "انتهى"
    assert (
        page.get_attribute("#import-progress", "value"),
        page.get_attribute("#import-progress", "max"),
    ) == (
        "3",
        "3",
    )
    counts = {
        key: page.inner_text(f"[data-count='{key}']") for key in ("created", "updated", "unchanged", "failed")
    }
    assert counts == {"created": "2", "updated": "0", "unchanged": "0", "failed": "1"}
    assert page.locator("#import-failures tbody tr").all_inner_texts() == [
        "photo.txt\t—\ta PNG image, not a text, HTML or JSON lines file"
    ]
    reuters = Article.objects.get(source_name="reuters.txt")
    assert reuters.status == Article.Status.DRAFT
    assert (
        page.get_attribute("#review-queue", "href")
        == f"/admin/articles/quote/?import={batch.pk}&verified__exact=0"
    )

    # The public never sees the draft.
    public = browser.new_context(locale="ar")
    public_page = public.new_page()
    assert public_page.goto(live_server.url + reuters.get_absolute_url()).status == 404
    public_page.goto(live_server.url + "/articles/")
    assert reuters.title not in public_page.inner_text("main")

    # 4. Open the new draft from the report.
    page.click(f"#import-articles a[href='/admin/articles/article/{reuters.pk}/change/']")
    page.wait_for_url(f"**/admin/articles/article/{reuters.pk}/change/")

    # 5. Verify Putin's quote, correct who said «يتوسل», publish.
    putin_says = reuters.quotes.get(text="لهذا السبب جئنا إلى هنا")
    begging = reuters.quotes.get(text="يتوسل")
    page.check(f"#id_{inline_prefix(page, putin_says)}-verified")
    page.click(f"#id_{inline_prefix(page, begging)}-speaker + .select2 .select2-selection")
    page.fill(".select2-search__field", "ميلر")
    page.click(".select2-results__option:has-text('ماثيو ميلر')")
    page.select_option("#id_status", "published")
    page.click("input[name=_save]")
    page.wait_for_url("**/admin/articles/article/")

    reuters.refresh_from_db()
    assert reuters.status == Article.Status.PUBLISHED
    assert Quote.objects.get(pk=putin_says.pk).verified is True
    assert Quote.objects.get(pk=begging.pk).speaker == miller

    # The public now reads it, with the verified quote.
    assert public_page.goto(live_server.url + reuters.get_absolute_url()).status == 200
    assert "لهذا السبب جئنا إلى هنا" in public_page.inner_text("main")
    public.close()

    # A Newsroom member cannot open the import page.
    newsroom = browser.new_context(locale="ar")
    newsroom_page = newsroom.new_page()
    newsroom_page.goto_path = lambda path: newsroom_page.goto(live_server.url + path)
    sign_in(newsroom_page, "nour")
    assert newsroom_page.goto(live_server.url + IMPORT).status == 403
    newsroom.close()

    assert csp_violations(page, console) == []
