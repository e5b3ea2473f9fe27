"""An editor's day in a real browser, under the strict CSP: sign in, verify, correct, publish, history."""

from __future__ import annotations

import pytest

from articles.models import Article, Quote
from articles.tests.browser import serious_violations
from articles.tests.factories import PASSWORD, make_actor, make_article, make_member, make_quote

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

BODY = "قال بوتين إن «المحادثات كانت مثمرة». وأضاف الرئيس الروسي أن «التعاون سيتوسع»."
WATCH_CSP = """document.addEventListener('securitypolicyviolation',
  e => (window.__csp = window.__csp || []).push(
    [location.pathname, e.violatedDirective, e.blockedURI, e.sourceFile, e.lineNumber].join(' ')));"""


def csp_violations(page, console: list[str]) -> list[str]:
    return (page.evaluate("window.__csp || []")) + [m for m in console if "Content Security Policy" in m]


@pytest.fixture
def editor_page(page):
    make_member(username="layla", group="Editors")
    console: list[str] = []
    page.on("console", lambda message: console.append(message.text))
    page.add_init_script(WATCH_CSP)
    page.goto_path("/admin/login/?next=/admin/")
    page.fill("#id_username", "layla")
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_url("**/admin/")
    page.console = console
    return page


@pytest.fixture
def story():
    putin = make_actor(slug="putin-test", name_ar="بوتين الاختبار")
    article = make_article(headline="قمة في الشرق الأقصى", body=BODY, status=Article.Status.DRAFT)
    make_quote(
        article=article, text="المحادثات كانت مثمرة", speaker=putin, speaker_text="بوتين", confidence=0.9
    )
    make_quote(article=article, text="التعاون سيتوسع", speaker_text="الرئيس الروسي", confidence=0.2)
    return article


def test_admin_browser_editor_verifies_corrects_publishes_and_reads_history(editor_page, story):
    page = editor_page
    unsure = story.quotes.get(text="التعاون سيتوسع")

    # The review queue: the least confident quote comes first; verify it in the list.
    page.goto_path("/admin/articles/quote/")
    first_row = page.locator("#result_list tbody tr").first
    assert "التعاون سيتوسع" in first_row.inner_text()
    first_row.locator("input[name$='-verified']").check()
    page.click("input[name=_save]")
    page.wait_for_selector(".messagelist")
    assert Quote.objects.get(pk=unsure.pk).verified is True

    # Correct its speaker with the autocomplete and teach the alias.
    page.goto_path(f"/admin/articles/quote/{unsure.pk}/change/")
    page.click("#id_speaker + .select2 .select2-selection")
    page.fill(".select2-search__field", "الاختبار")
    page.click(".select2-results__option:has-text('بوتين الاختبار')")
    page.check("#id_add_alias")
    page.click("input[name=_save]")
    page.wait_for_selector(".messagelist")
    unsure.refresh_from_db()
    assert unsure.speaker.slug == "putin-test"
    assert list(unsure.speaker.aliases.values_list("name", flat=True)) == ["الرئيس الروسي"]

    # Publish the article with the list's action.
    page.goto_path("/admin/articles/article/")
    page.check(f"input[name=_selected_action][value='{story.pk}']")
    page.select_option("select[name=action]", "publish")
    page.click("button[name=index]")
    page.wait_for_selector(".messagelist")
    assert Article.objects.get(pk=story.pk).status == Article.Status.PUBLISHED

    # The history shows who published it.
    page.goto_path(f"/admin/articles/article/{story.pk}/change/")
    page.click("a.historylink")
    page.wait_for_url(f"**/admin/articles/article/{story.pk}/history/")
    assert "layla" in page.inner_text("#content")

    assert csp_violations(page, page.console) == [], "\n".join(csp_violations(page, page.console))


@pytest.mark.parametrize(
    "path",
    ["/admin/", "/admin/articles/article/", "/admin/articles/article/add/", "/admin/articles/actor/",
     "/admin/articles/frame/", "/admin/articles/quote/"],
)  # fmt: skip
def test_admin_browser_pages_report_no_csp_violation(editor_page, story, path):
    editor_page.goto_path(path)
    editor_page.wait_for_load_state("networkidle")

    assert csp_violations(editor_page, editor_page.console) == []


def test_admin_browser_public_article_page_is_accessible_and_csp_clean(page, story):
    story.status = Article.Status.PUBLISHED
    story.save()
    console: list[str] = []
    page.on("console", lambda message: console.append(message.text))
    page.add_init_script(WATCH_CSP)

    page.goto_path(story.get_absolute_url())

    assert page.locator("script[type='application/ld+json']").count() == 1
    assert csp_violations(page, console) == []
    assert serious_violations(page) == []
