"""`/compare/` in a real browser: direction, axe-core, the strict CSP, the keyboard, screenshots.

Run with `pytest -m browser`; Debian's Chromium through Playwright (see browser.py).
"""

from __future__ import annotations

import pytest

from articles.tests.browser import SCREENSHOTS, serious_violations, tab_order
from articles.tests.factories import import_seed_corpus

# The live server reads committed rows; serialized_rollback restores the migrations' seed
# rows (actor registry, frames) that the flush after each transactional test removes.
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

WATCH_CSP = """document.addEventListener('securitypolicyviolation',
  e => (window.__csp = window.__csp || []).push(
    [location.pathname, e.violatedDirective, e.blockedURI, e.sourceFile, e.lineNumber].join(' ')));"""


@pytest.fixture
def compare_page(page):
    import_seed_corpus()
    console: list[str] = []
    page.on("console", lambda message: console.append(message.text))
    page.add_init_script(WATCH_CSP)
    page.console = console
    return page


def _csp_violations(page) -> list[str]:
    return page.evaluate("window.__csp || []") + [m for m in page.console if "Content Security Policy" in m]


def test_compare_browser_page_is_rtl_accessible_and_within_the_csp(compare_page):
    page = compare_page
    page.goto_path("/compare/")

    direction = page.evaluate("getComputedStyle(document.querySelector('.matrix')).direction")
    assert direction == "rtl"
    assert page.locator("#frames .matrix tbody tr").count() >= 5
    assert serious_violations(page) == []
    assert _csp_violations(page) == []


@pytest.mark.parametrize("section", ["voices", "words", "headlines", "statements", "timeline"])
def test_compare_browser_full_sections_are_accessible_and_within_the_csp(compare_page, section):
    page = compare_page
    page.goto_path(f"/compare/?full={section}#{section}")

    assert page.locator(f"#{section}").is_visible()
    assert page.locator(f'#{section} a[href*="full="]').count() == 0  # already whole
    assert serious_violations(page) == []
    assert _csp_violations(page) == []


def test_compare_browser_keyboard_reaches_the_controls(compare_page):
    page = compare_page
    page.goto_path("/compare/")

    reached = tab_order(page, 40)

    assert "input[by=outlet]" in reached or "input[by=article]" in reached
    assert "input#id_q[q]" in reached
    assert "a:CSV" in reached and "a:JSON" in reached
    assert "a:الأطر" in reached  # the table of contents
    assert any(r.startswith("a:") and "%" in r for r in reached)  # a frame cell's evidence link


def test_compare_browser_evidence_view_marks_the_matched_words(compare_page):
    page = compare_page
    page.goto_path("/compare/")

    page.locator("#frames td a").first.click()
    page.wait_for_selector("ol.evidence")

    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    assert page.locator("ol.evidence > li").count() >= 1
    assert page.locator("ol.evidence > li:not(:has(mark))").count() == 0
    assert serious_violations(page) == []
    assert _csp_violations(page) == []


@pytest.mark.parametrize(("name", "width"), [("compare-desktop", 1280), ("compare-phone", 390)])
def test_compare_browser_screenshots_without_sideways_scroll(compare_page, name, width):
    page = compare_page
    page.set_viewport_size({"width": width, "height": 900})
    page.goto_path("/compare/")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)

    page_width = page.evaluate("document.documentElement.scrollWidth")
    assert page_width <= width
