"""What an article's URL says by itself: whose site it is and, often, the day it appeared.

Pure functions over strings.  The site is the URL's registrable domain under the Public
Suffix List (the ``tld`` package and the snapshot it ships; nothing is fetched), so
``ar.yna.co.kr`` → ``yna.co.kr`` and ``gate.ahram.org.eg`` → ``ahram.org.eg``.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from urllib.parse import unquote, urlsplit

from tld import get_fld

from articles.extraction.dates import MONTHS, CoverageWindow, fold


def normalize_domain(value: str) -> str:
    """``https://www.Alqaheranews.net/news/1`` → ``alqaheranews.net``; ``""`` when none."""
    value = value.strip().lower()
    if not value:
        return ""
    try:
        host = urlsplit(value if "//" in value else f"//{value}").hostname or ""
    except ValueError:  # an unbalanced "[" in the host
        return ""
    return host.removeprefix("www.").rstrip(".")


@lru_cache(maxsize=4096)
def registrable_domain(value: str) -> str:
    """The site a URL or host name belongs to: ``https://m2.sahel-news.com/a`` →
    ``sahel-news.com``, ``world.kbs.co.kr`` → ``kbs.co.kr``; the host itself when the list
    knows no suffix for it (``localhost``, an IP address), ``""`` for no host."""
    host = normalize_domain(value)
    if not host:
        return ""
    return get_fld(f"http://{host}", fail_silently=True) or host


# --- The date in a URL -------------------------------------------------------------------------

_YMD = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)[-/_.](?P<month>\d{1,2})[-/_.](?P<day>\d{1,2})(?!\d)")
_DMY = re.compile(r"(?<!\d)(?P<day>\d{1,2})[-/_.](?P<month>\d{1,2})[-/_.](?P<year>(?:19|20)\d\d)(?!\d)")
_DIGIT_RUN = re.compile(r"\d{8,}")
_MONTH_WORDS = "|".join(sorted((m for m in MONTHS if " " not in m), key=len, reverse=True))
_URL_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_URL_YEAR = r"(?P<year>(?:19|20)\d\d)(?!\d)"
_MONTH_DAY_YEAR = re.compile(rf"(?<![^\W\d_])(?P<month>{_MONTH_WORDS})[-_ ]+{_URL_DAY}[-_ ,]+{_URL_YEAR}")
_DAY_MONTH_YEAR = re.compile(rf"(?<!\d){_URL_DAY}[-_ ,]+(?P<month>{_MONTH_WORDS})[-_ ,]+{_URL_YEAR}")
# A run of digits is read as a date only this close to the coverage window: article ids are
# digit runs too, and 1081234567 must not become a date.
COMPACT_MARGIN_DAYS = 366


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _compact(run: str, window: CoverageWindow) -> date | None:
    """``20230920000100885`` → 2023-09-20 (year first), ``160920231`` → 2023-09-16 (day
    first); only a date near the window counts."""
    candidates = (
        _make(int(run[0:4]), int(run[4:6]), int(run[6:8])),
        _make(int(run[4:8]), int(run[2:4]), int(run[0:2])),
    )
    for found in candidates:
        if found and window.distance(found) <= COMPACT_MARGIN_DAYS:
            return found
    return None


def url_date(url: str, window: CoverageWindow) -> date | None:
    """The publication date an article's URL states, in any of the forms news sites use.

    ``/news/2023/9/13/…``, ``/amp/…/2023/09/12/…``, ``/2023-09-17/…``, ``…/2023-09-19-1.4758123``,
    ``/14/09/2023/…``, ``?date=2023-09-13``, ``/20230913/…``, ``/ar/آسيا/20230913-…``,
    Yonhap's ``AAR20230920000100885``, Rudaw's ``/160920231`` and a slug ending
    ``september-5,-2023``.  Dates with separators are taken as they are; a bare run of
    digits only when it gives a date within a year of the coverage window.
    """
    parts = urlsplit(url)
    path = fold(unquote(f"{parts.path}?{parts.query}")).lower()
    for pattern in (_YMD, _DMY):
        for match in pattern.finditer(path):
            found = _make(int(match["year"]), int(match["month"]), int(match["day"]))
            if found:
                return found
    for pattern in (_MONTH_DAY_YEAR, _DAY_MONTH_YEAR):
        for match in pattern.finditer(path):
            found = _make(int(match["year"]), MONTHS[match["month"]], int(match["day"]))
            if found:
                return found
    for run in _DIGIT_RUN.findall(path):
        found = _compact(run, window)
        if found:
            return found
    return None
