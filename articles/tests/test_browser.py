"""The archive pages in a real browser: direction, typeface, filters, keyboard, axe-core.

Run with `pytest -m browser`; Debian's Chromium through Playwright (see browser.py).
"""

from datetime import date

import pytest

from articles.tests.browser import screenshot, serious_violations, tab_order
from articles.tests.factories import make_article

# The live server reads committed rows; serialized_rollback restores the migrations' seed
# rows (actor registry, frames) that the flush after each transactional test removes.
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_browser_home_is_right_to_left_in_the_arabic_typeface(page, archive):
    page.goto_path("/")

    direction = page.evaluate("getComputedStyle(document.documentElement).direction")
    page.evaluate("document.fonts.ready")
    naskh_loaded = page.evaluate("document.fonts.check('18px \"Noto Naskh Arabic\"', 'بوتين')")
    body_size = page.evaluate("getComputedStyle(document.body).fontSize")
    assert (direction, naskh_loaded, body_size) == ("rtl", True, "18px")


def test_browser_article_text_keeps_a_readable_measure(page, archive):
    page.goto_path(archive["reuters"].get_absolute_url())

    width = page.evaluate("document.querySelector('.article-body').getBoundingClientRect().width")
    font_size = page.evaluate(
        "parseFloat(getComputedStyle(document.querySelector('.article-body')).fontSize)"
    )
    assert font_size >= 18
    assert width <= 72 * font_size


def test_browser_filters_combine_and_survive_pagination(page, archive):
    for day in range(1, 26):
        make_article(
            headline="",
            body=f"قال الكرملين إن القمة رقم {day} انتهت.",
            outlet=archive["qahera"].outlet,
            published_on=date(2023, 8, day),
        )
    page.goto_path("/articles/")

    page.get_by_label("بحث في النصوص").fill("الكرملين")
    page.locator("input[name=outlet][value=alqahera-news]").check()
    page.get_by_role("button", name="تطبيق").click()
    page.get_by_role("link", name="التالية").click()

    assert page.locator("input[name=outlet][value=alqahera-news]").is_checked()
    assert page.get_by_label("بحث في النصوص").input_value() == "الكرملين"
    assert page.locator(".result-count").inner_text() == "عدد المقالات: 25"
    assert page.locator(".cards .card").count() == 5
    assert "page=2" in page.url


def test_browser_search_finds_prefixed_forms(page, archive):
    prefixed = make_article(
        headline="", body="قدم الزعيم الكوري هدية لبوتين في ختام الزيارة.", published_on=date(2023, 9, 15)
    )
    page.goto_path("/")

    page.get_by_label("ابحث في النصوص").fill("بوتين")
    page.get_by_label("ابحث في النصوص").press("Enter")

    titles = page.locator(".card h3").all_inner_texts()
    assert prefixed.title in titles
    assert page.locator(".card__snippet mark", has_text="لبوتين").count() == 1


def test_browser_keyboard_reaches_every_filter_control_in_order(page, archive):
    page.goto_path("/articles/?outlet=reuters")

    focused = tab_order(page, 40)

    # Date inputs take one Tab per part (day, month, year); count each control once.
    visited = [item for i, item in enumerate(focused) if i == 0 or item != focused[i - 1]]
    header = ["a:انتقل إلى المحتوى", "a:أرشيف قمة كيم وبوتين", "a:الرئيسية", "a:المقالات", "a:الفاعلون"]
    header += ["a:وسائل الإعلام", "a:الاقتباسات"]
    assert visited[: len(header)] == header
    assert visited[visited.index("a:English") + 1 :][:1] == ["a:تسجيل الدخول"]
    controls = visited[visited.index("input#id_q[q]") :]
    assert controls[:20] == [
        "input#id_q[q]",
        "button",
        "input[outlet=associated-press]",
        "input[outlet=alqahera-news]",
        "input[outlet=reuters]",
        "input[outlet=afp]",
        "input[actor=kremlin]",
        "input[actor=sergei-shoigu]",
        "input[actor=vladimir-putin]",
        "input[actor=kim-jong-un]",
        "input[speaker=vladimir-putin]",
        "input[speaker=kim-jong-un]",
        "input#id_date_after[date_after]",
        "input#id_date_before[date_before]",
        "input[has_quotes=]",
        "select#id_ordering[ordering]",
        "button",
        "a:مسح الفلاتر",
        f"a:{archive['reuters'].title}",
        "body",
    ]


def test_browser_focus_is_visible(page, archive):
    page.goto_path("/articles/")

    page.keyboard.press("Tab")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    skip_top = page.evaluate("document.activeElement.getBoundingClientRect().top")
    assert outline == "solid"
    assert skip_top >= 0


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/articles/",
        "/articles/?q=بوتين",
        "ARTICLE",
        "/actors/",
        "/actors/kim-jong-un/",
        "/outlets/",
        "/outlets/reuters/",
        "/quotes/",
    ],
)
def test_browser_pages_have_no_serious_accessibility_violations(page, archive, path):
    page.goto_path(archive["reuters"].get_absolute_url() if path == "ARTICLE" else path)

    assert serious_violations(page) == []


@pytest.mark.parametrize("width", [390, 1280])
def test_browser_screenshots_of_the_main_pages(page, archive, width):
    pages = {"home": "/", "list": "/articles/?q=بوتين", "article": archive["reuters"].get_absolute_url()}

    saved = []
    for name, path in pages.items():
        page.goto_path(path)
        page.evaluate("document.fonts.ready")
        saved.append(screenshot(page, name, width))
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, (name, width, overflow)

    assert all(path.stat().st_size > 10_000 for path in saved)
