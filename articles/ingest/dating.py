"""Which day an article appeared, from the signals a copied page offers, in this order:

1. the manifest or the command's options (applied by the caller: :func:`parse.apply_known`);
2. the date in the URL (:func:`articles.ingest.urls.url_date`) → ``url``;
3. a publication line: ``تاريخ النشر: 16/09/2023``, ``نشر في: 12 سبتمبر ,2023``,
   ``Published 13th, September 2023``, a line that is only a date → ``text``;
4. the dateline or a dated sentence in the lead: ``سيئول، 20 سبتمبر (يونهاب) --``,
   ``الأربعاء 13 سبتمبر 2023`` → ``dateline``;
5. a relative weekday resolved against a reference date (``اليوم الخميس``) → ``relative``;
6. otherwise unknown, and the article waits for an editor.

A date the text states far outside the coverage window (the navigation bar's "today", a
dated related-stories list, a copyright year) is page furniture, never the publication date.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from articles.extraction.dates import (
    DEFAULT_WINDOW,
    CoverageWindow,
    DateMention,
    find_dates,
    find_weekdays,
    fold,
    hijri_spans,
)
from articles.extraction.normalize import normalize
from articles.ingest.boilerplate import words
from articles.ingest.records import DATELINE, MANIFEST, RELATIVE, TEXT, UNKNOWN, URL

if TYPE_CHECKING:
    from articles.ingest.infer import Dateline

# How far outside the coverage window a date the text states may lie and still be taken.
FAR_OUTSIDE_DAYS = 31

_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")  # tashkeel and tatweel
_TIME = re.compile(r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:ص|م|am|pm|a\.m\.|p\.m\.)?", re.IGNORECASE)
_ZONE = re.compile(
    r"\b(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d{2})?|(?:ب?توقيت)\s+[^\W\d_]+(?:\s+المكرم[ةه])?"
    r"|\b[A-Z][a-z]+/[A-Z][A-Za-z_]+\b",  # Asia/Tehran
    re.IGNORECASE,
)
# A newspaper's issue number beside its date: ``العدد 12566 الأحد 17 سبتمبر 2023``.
_ISSUE = re.compile(r"(?:العدد|عدد|issue|no\.)\s*[:#]?\s*\d+", re.IGNORECASE)
_UPDATE = re.compile(r"(?:ال)?(?:تحديث|تعديل)|محدث|(?:last )?update[ds]?|modified", re.IGNORECASE)
# Words a publication or update line may hold besides its date, weekday and time.
_LINE_WORDS = {
    normalize(w).casefold()
    for w in (
        "نشر", "نُشر", "نشرت", "النشر", "تاريخ", "التاريخ", "بتاريخ", "آخر", "اخر", "تحديث", "التحديث",
        "تعديل", "محدث", "تم", "في", "منذ", "بتوقيت", "توقيت", "مكة", "المكرمة", "غرينتش", "جرينتش",
        "القاهرة", "الإمارات", "بيروت", "دمشق", "موسكو", "سيول", "الساعة", "ص", "م", "صباحا", "مساء",
        "مساءً", "صباحاً", "ظهرا", "عصرا", "ليلا", "فجرا", "تمام", "الموافق", "هـ", "published", "posted",
        "updated", "modified", "last", "update", "on", "at", "date", "write", "written", "gmt", "utc",
        "gst", "kst", "msk", "ast", "eet", "eest", "cet", "est", "edt", "am", "pm",
    )
}  # fmt: skip
_PUBLISHED_WORDS = {
    normalize(w).casefold()
    for w in ("نشر", "نُشر", "نشرت", "النشر", "تاريخ", "التاريخ", "بتاريخ", "published", "posted", "write",
              "written", "date")
}  # fmt: skip


@dataclass(frozen=True)
class PublicationLine:
    """A line of the page that is only a date, with what its labels say about it."""

    date: date
    update: bool  # ``آخر تحديث: …``
    labelled: bool  # ``نشر في: …``, ``تاريخ النشر: …``, ``Published …``


def date_line(line: str, window: CoverageWindow = DEFAULT_WINDOW) -> PublicationLine | None:
    """The date of a line that is only a date (with labels, weekday, time and a Hijri date
    beside it), else None.

    ``الأربعاء 13 سبتمبر/أيلول 2023``, ``نشر في: 13-09-2023 10:22 م``, ``التاريخ: 19 سبتمبر 2023``,
    ``الخميس 29 صفر 1445هـ 14 سبتمبر 2023 02:13``, ``الخميس ۱۴ سبتمبر ۲۰۲۳ - ۰۸:۳۵ بتوقيت غرينتش``,
    ``Write: 2023-09-15 16:20:41``; a line with both dates (``13.09.2023, 14:35 (تم التحديث:
    14:52 13.09.2023)``, ``نشرت في: 13/09/2023 - 09:57 آخر تعديل: 13/09/2023 - 18:12``) gives
    the first, the publication date.  A line without a year (``الأربعاء 13 سبتمبر | 10:22``)
    takes it from the coverage window, as a yearless dateline does.
    """
    if not line.strip() or len(words(line)) > 24:
        return None
    line = _MARKS.sub("", line)  # ``28 صفَر 1445 هـ``
    folded = fold(line)
    update = _UPDATE.search(folded)
    if update and find_dates(folded[: update.start()]):
        part, is_update = line[: update.start()], False
    else:
        part, is_update = line, bool(update)
    for start, end in reversed(hijri_spans(part)):
        part = part[:start] + " " + part[end:]
    found = find_dates(part)
    mentions = [m for m in found if m.year] or (found if len(found) == 1 else [])
    if len({(m.day, m.month, m.year) for m in mentions}) != 1:
        return None
    stated = mentions[0].date or window.complete(mentions[0].month, mentions[0].day)
    rest = part
    for mention in reversed(mentions):
        rest = rest[: mention.start] + " " + rest[mention.end :]
    for weekday in find_weekdays(rest):
        rest = rest.replace(weekday.text, " ")
    rest = _TIME.sub(" ", _ZONE.sub(" ", _ISSUE.sub(" ", rest)))
    leftover = set(words(rest))
    if leftover - _LINE_WORDS:
        return None
    return PublicationLine(stated, is_update, bool(leftover & _PUBLISHED_WORDS) and not is_update)


def infer_date(
    paragraphs: list[str],
    header_dates: list[date],
    dateline: Dateline,
    reference: date | None,
    *,
    from_url: date | None = None,
    window: CoverageWindow = DEFAULT_WINDOW,
) -> tuple[date | None, str, list[str]]:
    """``(publication date, date_source, warnings)`` from the signals in the module's order.

    ``header_dates`` are the page's date lines, best first (see :func:`header.read_header`);
    the lead's dates count only in its dateline or next to a weekday or ``اليوم``
    (``الأربعاء 13 سبتمبر 2023``): full dates elsewhere are event dates (``منذ عام 1945``).
    A partial date (``20 سبتمبر``, ``13 - 9``) in the dateline or next to a weekday takes its
    year from ``reference`` when there is one (→ relative, as before), else from ``window``.
    """
    if from_url is not None:
        return from_url, URL, []
    warnings: list[str] = []
    near = [d for d in header_dates if window.distance(d) <= FAR_OUTSIDE_DAYS]
    if len(near) < len(header_dates):
        far = sorted({d.isoformat() for d in header_dates if d not in near})
        warnings.append(f"ignored date(s) far outside the coverage window: {', '.join(far)}")
    if near:
        return near[0], TEXT, warnings
    lead = paragraphs[0] if paragraphs else ""
    mentions = find_dates(lead)
    weekdays = find_weekdays(lead)
    weekday_ends = sorted(w.end for w in weekdays)
    for mention in mentions:
        in_lead = mention.start <= dateline.end or _next_to_weekday(lead, mention, weekday_ends)
        if mention.year and in_lead and window.distance(mention.date) <= FAR_OUTSIDE_DAYS:
            return mention.date, DATELINE, warnings
    if dateline.day_month and dateline.year:
        stated = date(dateline.year, dateline.day_month[1], dateline.day_month[0])
        if window.distance(stated) <= FAR_OUTSIDE_DAYS:
            return stated, DATELINE, warnings
    partial = [
        m
        for m in mentions
        if not m.year and (m.start <= dateline.end or _next_to_weekday(lead, m, weekday_ends))
    ]
    if dateline.day_month and not dateline.year:
        partial.insert(0, DateMention(0, 0, *dateline.day_month, None))
    if reference is None:
        for month, day in [(m.month, m.day) for m in partial]:
            completed = window.complete(month, day)
            if completed is not None:
                return completed, DATELINE, warnings
    return _relative(paragraphs, lead, mentions, weekdays, partial, reference, warnings)


def _relative(paragraphs, lead, mentions, weekdays, partial, reference, warnings):
    """Steps 5 and 6: relative weekdays against the reference date, else unknown."""
    opening = "\n".join(paragraphs[:2])
    explicit = [w for w in find_weekdays(opening) if w.explicit]
    if reference is None:
        cue = (explicit or weekdays or [None])[0]
        if cue is None:
            return None, UNKNOWN, [*warnings, "publication date unknown: the text states no date"]
        needs = f"publication date unknown: {cue.text!r} needs a reference date (--date or manifest)"
        return None, UNKNOWN, [*warnings, needs]
    if explicit:
        found = explicit[0].publication_date(reference)
        others = {w.publication_date(reference) for w in explicit} - {found}
        if others:
            warnings.append(f"relative weekdays disagree: {sorted(map(str, others))} besides {found}")
        return found, RELATIVE, warnings
    for mention in partial:
        completed = mention.completed(reference)
        if completed and abs((completed - reference).days) <= 7:
            return completed, RELATIVE, warnings
    if weekdays:
        return weekdays[0].publication_date(reference), RELATIVE, warnings
    return reference, MANIFEST, warnings


def _next_to_weekday(text: str, mention, weekday_ends: list[int]) -> bool:
    """``الأربعاء 13 سبتمبر``, ``الأربعاء (13 سبتمبر)``, ``اليوم 13 سبتمبر``.  ``weekday_ends``:
    where the text's weekdays end, sorted (bisected: a long lead names thousands)."""
    before = fold(text[max(0, mention.start - 12) : mention.start])
    if re.search(r"اليوم\s*[(،,]?\s*$", before):
        return True
    nearest = bisect.bisect_left(weekday_ends, mention.start - 3)
    return nearest < len(weekday_ends) and weekday_ends[nearest] <= mention.start
