"""Every page in both languages, on a phone (375 px) and a desktop: no sideways scrolling,
and no serious or critical axe-core violation.

Run with `pytest -m browser`; Debian's Chromium through Playwright (see browser.py).
"""

from __future__ import annotations

import json

import pytest

from articles.tests.browser import serious_violations
from articles.tests.factories import import_seed_corpus

# The live server reads committed rows; serialized_rollback restores the migrations' seed
# rows (actor registry, frames) that the flush after each transactional test removes.
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PHONE, DESKTOP = 375, 1280


def every_page(page) -> dict[str, int]:
    """Each page's path and the status it answers with; the evidence view is the first frame
    cell of the comparison, the article the Reuters seed."""
    seeds = import_seed_corpus()
    page.goto_path("/compare/")
    evidence = page.locator("#frames td a").first.get_attribute("href")
    return {
        "/": 200,
        "/articles/": 200,
        "/articles/?q=بوتين": 200,
        seeds["000"].get_absolute_url(): 200,
        "/actors/": 200,
        "/actors/vladimir-putin/": 200,
        "/outlets/": 200,
        "/outlets/reuters/": 200,
        "/quotes/": 200,
        "/compare/": 200,
        f"/compare/{evidence}": 200,
        "/no-such-page/": 404,
    }


@pytest.mark.parametrize("width", [PHONE, DESKTOP], ids=["phone", "desktop"])
@pytest.mark.parametrize("prefix", ["", "/en"], ids=["arabic", "english"])
def test_every_page_fits_the_screen_without_serious_accessibility_violations(page, prefix, width):
    paths = every_page(page)
    page.set_viewport_size({"width": width, "height": 800})

    seen, problems = {}, {}
    for path in paths:
        response = page.goto_path(prefix + path)
        seen[path] = response.status
        page_width = page.evaluate("document.documentElement.scrollWidth")
        violations = serious_violations(page)
        if page_width > width or violations:
            problems[prefix + path] = {"scrollWidth": page_width, "axe": violations}

    assert seen == paths
    assert problems == {}, json.dumps(problems, ensure_ascii=False, indent=1)
