"""Headless Chromium for the browser tests, and axe-core accessibility checks.

Debian's Chromium (`apt-get install chromium`) is driven through Playwright's sync API;
Playwright never downloads a browser here. Reused by every area's browser tests:

    @pytest.mark.browser
    def test_page_is_accessible(page):          # fixtures in conftest.py
        page.goto_path("/compare/")
        assert serious_violations(page) == []
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = ROOT / "artifacts" / "screenshots"


def _missing(what: str) -> None:
    if os.getenv("REQUIRE_BROWSER") == "1":
        pytest.fail(f"{what} (REQUIRE_BROWSER=1)")
    pytest.skip(what)


@contextlib.contextmanager
def launch_browser():
    if not CHROMIUM.exists():
        _missing(f"{CHROMIUM} is missing: apt-get install chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


def axe_violations(page, impacts=("serious", "critical")) -> list[dict]:
    """axe-core's violations of the given impacts for the page's current URL.

    axe runs in its own context with `bypass_csp=True`: the page's strict CSP stays on
    for every other check, and the audit sees the same markup.
    """
    if not AXE.exists():
        _missing(f"{AXE} is missing: run `make` (npm ci)")
    audit = _audit_tab(page)
    audit.goto(page.url)
    audit.add_script_tag(path=str(AXE))
    result = audit.evaluate("async () => await axe.run(document)")
    return [
        {
            "id": v["id"],
            "impact": v["impact"],
            "help": v["help"],
            "targets": [n["target"] for n in v["nodes"]][:5],
        }
        for v in result["violations"]
        if v["impact"] in impacts
    ]


_audit_tabs: dict = {}


def _audit_tab(page):
    """The CSP-bypassing tab audits run in, one per browser and viewport size, reused within
    a test: a new context for each audit costs seconds (fonts and styles loaded anew)."""
    size = page.viewport_size or {"width": 1280, "height": 720}
    key = (id(page.context.browser), size["width"], size["height"])
    tab = _audit_tabs.get(key)
    if tab is None or tab.is_closed():
        context = page.context.browser.new_context(bypass_csp=True, locale="ar", viewport=size)
        tab = _audit_tabs[key] = context.new_page()
    return tab


def close_audit_tabs() -> None:
    """Close the audit tabs, and with them their keep-alive connections to the live server,
    whose threads would otherwise hold database sessions until the test database is dropped."""
    while _audit_tabs:
        _key, tab = _audit_tabs.popitem()
        tab.context.close()


def serious_violations(page) -> list[dict]:
    return axe_violations(page)


def screenshot(page, name: str, width: int) -> Path:
    """Save a full-page and a first-screen screenshot at `width` pixels under artifacts/screenshots/."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.set_viewport_size({"width": width, "height": 900})
    path = SCREENSHOTS / f"{name}-{width}.png"
    page.screenshot(path=str(path), full_page=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}-{width}-top.png"))
    return path


def tab_order(page, count: int) -> list[str]:
    """Press Tab `count` times from the top; what gets focus each time, as
    `tag#id[name=value]` or the link's text."""
    page.evaluate("document.activeElement && document.activeElement.blur()")
    seen = []
    for _ in range(count):
        page.keyboard.press("Tab")
        seen.append(
            page.evaluate(
                """() => { const e = document.activeElement;
                  if (!e) return '';
                  if (e.tagName === 'A') return 'a:' + e.textContent.trim().replace(/\\s+/g, ' ');
                  return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                    + (e.name ? '[' + e.name + (e.type === 'checkbox' || e.type === 'radio'
                    ? '=' + e.value : '') + ']' : ''); }"""
            )
        )
    return seen
