"""Dates in Arabic news copy: explicit dates, partial dates and relative weekdays.

Pure functions over strings. Offsets in the returned mentions index the text as given:
the matching runs over a copy folded character for character (``أ إ آ`` → ``ا``,
``ى`` → ``ي``, ``ة`` → ``ه``, Arabic-Indic digits → ASCII), so no offset moves.

What is recognised:

- numeric dates, day first as Arabic copy writes them: ``14-9-2023``, ``14/09/2023``,
  ``2023/09/11``, ``2023-09-11T10:00``;
- a day, a month name and a year in any of the calendars' spellings: ``13 سبتمبر 2023``,
  ``13 أيلول 2023``, ``الأربعاء 13 سبتمبر/أيلول 2023``, ``13 سبتمبر (أيلول) 2023``,
  ``١٣ سبتمبر ٢٠٢٣``, ``13 شتنبر 2023``, ``11th, September 2023``, ``September 11, 2023``;
- the same without a year (``الأربعاء (13 سبتمبر)``), kept as a *partial* date that only a
  reference date can complete;
- weekdays with their relation to the day of writing: ``اليوم الخميس`` (today),
  ``أمس الأربعاء`` (yesterday), ``أول أمس`` (the day before), ``غدا الجمعة`` (tomorrow), and
  the bare ``الثلاثاء`` / ``الثلثاء`` / ``يوم الأربعاء`` that news leads use for the news day.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from articles.extraction.normalize import replacing

_fold = replacing(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ة": "ه",
        **{chr(0x0660 + d): str(d) for d in range(10)},
        **{chr(0x06F0 + d): str(d) for d in range(10)},
    }
)


def fold(text: str) -> str:
    """Fold spelling variants without moving any offset: ``أيلول ٢٠٢٣`` → ``ايلول 2023``."""
    return _fold(text)


# Month names as folded text writes them.  Egyptian/Gulf names follow the Latin calendar,
# Levantine and Iraqi copy uses the Syriac names (AFP Arabic: تموز، أيلول), Maghrebi copy the
# French ones (جوان، جويلية، أوت) and Moroccan copy its own (شتنبر، دجنبر).
MONTHS: dict[str, int] = {
    # Egypt, Gulf, most pan-Arab outlets
    "يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "مايو": 5, "يونيو": 6, "يونيه": 6,
    "يوليو": 7, "يوليه": 7, "اغسطس": 8, "سبتمبر": 9, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    # Levant and Iraq
    "كانون الثاني": 1, "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6, "تموز": 7,
    "اب": 8, "ايلول": 9, "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الاول": 12,
    # Algeria and Tunisia
    "جانفي": 1, "فيفري": 2, "افريل": 4, "ماي": 5, "جوان": 6, "جويليه": 7, "جويلييه": 7,
    "اوت": 8,
    # Morocco
    "يوليوز": 7, "غشت": 8, "شتنبر": 9, "نونبر": 11, "دجنبر": 12,
    # English copy and metadata
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

# Python weekday numbers (Monday = 0).  الثلثاء is AFP's spelling of الثلاثاء.
WEEKDAYS: dict[str, int] = {
    "الاثنين": 0, "الثلاثاء": 1, "الثلثاء": 1, "الاربعاء": 2, "الخميس": 3, "الجمعه": 4,
    "السبت": 5, "الاحد": 6,
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip

# Words before a weekday that place it relative to the day of writing.
_RELATIONS: dict[str, int] = {"اليوم": 0, "امس": -1, "البارحه": -1, "اول امس": -2, "غدا": 1}


def _alternation(words) -> str:
    # Longest first, so تشرين الثاني wins over a shorter prefix; spaces match any run.
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


_NOT_LETTER_BEFORE = r"(?<![^\W\d_])"
_NOT_LETTER_AFTER = r"(?![^\W\d_])"
_MONTH = f"{_NOT_LETTER_BEFORE}(?:{_alternation(MONTHS)}){_NOT_LETTER_AFTER}"
# "سبتمبر/أيلول", "سبتمبر (أيلول)": the second name only repeats the first.
_MONTH_PAIR = rf"(?P<month>{_MONTH})(?:\s*(?:/|\(|-)\s*{_MONTH}\s*\)?)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)(?!\d)"
_DAY = r"(?<!\d)(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)"

_NUMERIC_YMD = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)[-/.](?P<month>\d{1,2})[-/.](?P<day>\d{1,2})(?!\d)")
_NUMERIC_DMY = re.compile(r"(?<!\d)(?P<day>\d{1,2})[-/.](?P<month>\d{1,2})[-/.](?P<year>(?:19|20)\d\d)(?!\d)")
_DAY_MONTH = re.compile(
    rf"{_DAY}\s*,?\s*(?:من\s+)?(?:شهر\s+)?{_MONTH_PAIR}(?:\s*[,،]?\s*(?:(?:من\s+)?(?:عام|العام|سنه)\s+)?{_YEAR})?",
    re.IGNORECASE,
)
_MONTH_DAY = re.compile(rf"(?P<month>{_MONTH})\.?\s+{_DAY}(?:\s*[,،]?\s*{_YEAR})?", re.IGNORECASE)
_WEEKDAY = re.compile(
    rf"{_NOT_LETTER_BEFORE}(?:[وفب])?(?:(?P<relation>{_alternation(_RELATIONS)})\s+)?"
    rf"(?:(?:يوم|مساء|صباح|ليل|ليله|فجر|ظهر)\s+)?(?P<weekday>{_alternation(WEEKDAYS)}){_NOT_LETTER_AFTER}",
    re.IGNORECASE,
)
# "الأربعاء أمس" / "الخميس الماضي" put the relation after the weekday.
_RELATION_AFTER = re.compile(r"\s*[,،]?\s*(?P<after>امس|الماضي|المقبل|القادم)(?![^\W\d_])")


@dataclass(frozen=True)
class DateMention:
    """A date written in a text: ``year`` is None for a partial date such as ``13 سبتمبر``."""

    start: int
    end: int
    day: int
    month: int
    year: int | None

    @property
    def date(self) -> date | None:
        return date(self.year, self.month, self.day) if self.year else None

    def completed(self, reference: date) -> date | None:
        """The partial date in the year that puts it nearest to ``reference``."""
        if self.year:
            return self.date
        candidates = []
        for year in (reference.year - 1, reference.year, reference.year + 1):
            try:
                candidates.append(date(year, self.month, self.day))
            except ValueError:
                continue
        return min(candidates, key=lambda d: abs(d - reference), default=None)


@dataclass(frozen=True)
class WeekdayMention:
    """A weekday and how far the day it names lies from the day of writing.

    ``offset`` is 0 for ``اليوم الخميس`` and for a bare ``الخميس``, -1 for ``أمس الأربعاء``,
    +1 for ``غدا الجمعة``; ``explicit`` tells the first apart from the second.
    """

    start: int
    end: int
    weekday: int
    offset: int
    explicit: bool
    text: str

    def publication_date(self, reference: date) -> date:
        """The day of writing this mention implies, nearest to ``reference``.

        ``أمس الأربعاء`` with reference Thu 2023-09-14 → 2023-09-14 (the day after a
        Wednesday); ``اليوم الخميس`` with reference Fri 2023-09-15 → Thu 2023-09-14.
        """
        writing_weekday = (self.weekday - self.offset) % 7
        delta = (writing_weekday - reference.weekday()) % 7
        if delta > 3:
            delta -= 7
        return reference + timedelta(days=delta)


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _month_number(name: str) -> int:
    return MONTHS[re.sub(r"\s+", " ", name.lower())]


def find_dates(text: str) -> list[DateMention]:
    """Every date in ``text``, full or partial, in text order, overlaps removed.

    >>> [m.date for m in find_dates("الأربعاء 13 سبتمبر/أيلول 2023")]
    [datetime.date(2023, 9, 13)]
    """
    folded = fold(text)
    found: list[DateMention] = []
    # The spans taken so far, sorted and never overlapping, so one neighbour tells whether
    # a new span overlaps any (a text of thousands of dates is not read once a date).
    starts: list[int] = []
    ends: list[int] = []

    def add(start: int, end: int, day: int, month: int, year: int | None) -> None:
        place = bisect.bisect_left(starts, end)  # the spans before `place` start before `end`
        if place and ends[place - 1] > start:
            return
        if not _valid(year or 2000, month, day):  # 2000 is a leap year: 29 شباط stays valid
            return
        starts.insert(place, start)
        ends.insert(place, end)
        found.append(DateMention(start, end, day, month, year))

    for m in _NUMERIC_YMD.finditer(folded):
        add(m.start(), m.end(), int(m["day"]), int(m["month"]), int(m["year"]))
    for m in _NUMERIC_DMY.finditer(folded):
        day, month = int(m["day"]), int(m["month"])
        if month > 12 >= day:  # 9/14/2023: American order
            day, month = month, day
        add(m.start(), m.end(), day, month, int(m["year"]))
    for m in _DAY_MONTH.finditer(folded):
        year = int(m["year"]) if m["year"] else None
        add(m.start(), m.end(), int(m["day"]), _month_number(m["month"]), year)
    for m in _MONTH_DAY.finditer(folded):
        year = int(m["year"]) if m["year"] else None
        add(m.start(), m.end(), int(m["day"]), _month_number(m["month"]), year)
    return sorted(found, key=lambda mention: mention.start)


def find_weekdays(text: str) -> list[WeekdayMention]:
    """Every weekday in ``text`` with its relation to the day of writing.

    >>> [(m.weekday, m.offset) for m in find_weekdays("أمس الأربعاء")]
    [(2, -1)]
    """
    folded = fold(text)
    mentions = []
    for m in _WEEKDAY.finditer(folded):
        relation = m["relation"]
        end = m.end()
        offset = _RELATIONS[re.sub(r"\s+", " ", relation)] if relation else 0
        after = _RELATION_AFTER.match(folded, end)
        if not relation and after and after["after"] == "امس":
            relation, offset, end = "امس", -1, after.end()
        weekday = WEEKDAYS[m["weekday"].lower()]
        mentions.append(
            WeekdayMention(m.start(), end, weekday, offset, bool(relation), text[m.start() : end])
        )
    return mentions


# Hijri dates printed beside the Gregorian one (``29 صفر 1445هـ``): never a publication date
# here, only something to step over.
_HIJRI_MONTHS = (
    "محرم", "صفر", "ربيع الاول", "ربيع الثاني", "ربيع الاخر", "جمادي الاولي", "جمادي الاول",
    "جمادي الثانيه", "جمادي الاخره", "جمادي الاخر", "رجب", "شعبان", "رمضان", "شوال", "ذو القعده",
    "ذي القعده", "ذو الحجه", "ذي الحجه",
)  # fmt: skip
_HIJRI = re.compile(
    rf"(?<!\d)\d{{1,2}}\s*(?:{_alternation(_HIJRI_MONTHS)})\s*\d{{3,4}}\s*(?:هـ|ه(?![^\W\d_]))?"
)


def hijri_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` writes a Hijri date: ``الخميس 29 صفر 1445هـ 14 سبتمبر 2023`` → the
    span of ``29 صفر 1445هـ``."""
    return [m.span() for m in _HIJRI.finditer(fold(text))]


@dataclass(frozen=True)
class CoverageWindow:
    """The weeks the archive covers (a setting): it gives a yearless dateline its year, and
    a date the page states far outside it is page furniture, not the publication date."""

    start: date
    end: date

    def distance(self, day: date) -> int:
        """Days between ``day`` and the window; 0 inside it."""
        if day < self.start:
            return (self.start - day).days
        return max(0, (day - self.end).days)

    def complete(self, month: int, day: int) -> date | None:
        """``20 سبتمبر`` → the 20 September inside the window, or the nearest to it."""
        candidates = []
        for year in range(self.start.year - 1, self.end.year + 2):
            try:
                candidates.append(date(year, month, day))
            except ValueError:
                continue
        return min(candidates, key=self.distance, default=None)


# The summit's weeks: Shoigu in Pyongyang (late July 2023) to Lavrov's visit (October 2023).
DEFAULT_WINDOW = CoverageWindow(date(2023, 8, 1), date(2023, 10, 31))


_ISO_PREFIX = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*$")


def parse_date(value: str) -> date | None:
    """A string that is a date and nothing much else, in any form :func:`find_dates` knows.

    Metadata fields (JSONL ``date``, HTML ``article:published_time``) use it:
    ``"2023-09-13T10:22:00+04:00"`` → 2023-09-13, ``"13 أيلول 2023"`` → 2023-09-13;
    a partial date or free text gives None.
    """
    if not value or not value.strip():
        return None
    iso = _ISO_PREFIX.match(value)
    if iso:
        year, month, day = (int(g) for g in iso.groups())
        return date(year, month, day) if _valid(year, month, day) else None
    full = [m.date for m in find_dates(value) if m.year]
    if len(set(full)) == 1:
        return full[0]
    for pattern in ("%a, %d %b %Y %H:%M:%S %z", "%Y-%m-%dT%H:%M:%S%z"):
        try:
            return datetime.strptime(value.strip(), pattern).date()
        except ValueError:
            continue
    return None


def parse_iso_date(value: str) -> date:
    """``YYYY-MM-DD`` exactly, for command-line options and manifests; ValueError otherwise."""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        raise ValueError(f"invalid date {value!r} (expected YYYY-MM-DD)")
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise ValueError(f"invalid date {value!r} (expected YYYY-MM-DD)") from None
