"""The lines around a story: the furniture above it, its headline, and its metadata lines.

A copied page puts the site's top (masthead, menus, the day's date, widgets) above the
headline, then the headline, then metadata (kicker, standfirst, byline, date lines,
credits, picture and caption) above the first paragraph, and more metadata and furniture
after the story.  :func:`read_header` splits a copy that way:

- the **first paragraph** is the first line that reads like prose: it ends a sentence and
  runs to eight words, or runs past 25 words;
- the **headline** is the first line above it that reads like one: four words or more, no
  final sentence punctuation, not a date, a byline, a credit or a site's name, and not
  followed by a menu (``جريدة يومية سياسية مستقلة`` above ``محليات``, ``الدوحة`` is a tagline);
  a `` | Site`` suffix naming the site is cut, and a headline printed twice is taken once;
- everything above the headline is the site's furniture, and short lines (three words or
  fewer) between the headline and the first paragraph are too (menus, section names,
  buttons, reading times); the other lines there are captions and standfirsts;
- date lines, bylines and credit lines are read wherever they stand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from articles.extraction.dates import DEFAULT_WINDOW, CoverageWindow
from articles.ingest.boilerplate import ends_sentence, is_title_like, words
from articles.ingest.infer import (
    Dateline,
    byline_of,
    credit_line,
    date_line,
    dateline_line,
    read_dateline,
    site_header_outlet,
    source_credit_outlet,
)
from articles.ingest.sources import Source, known_agency, known_outlet, name_key

HEADLINE_MIN_WORDS = 4
SHORT_LINE_WORDS = 3
PARAGRAPH_MIN_WORDS = 8
_SITE_SUFFIX = re.compile(r"^(?P<title>.+?)\s+[|–—-]\s+(?P<site>[^|–—-]{2,50})$")
_PARENTHESISED = re.compile(r"^\s*[(\[].*[)\]]\s*$")
# A masthead's tagline: ``صحيفة يومية سياسية مستقلة``, ``صحيفة إلكترونية سعودية``: a kind of
# publication and adjectives (feminine, so each ends in ة, normalised ه).
_PUBLICATION_WORDS = {"صحيفه", "جريده", "موقع", "بوابه", "شبكه", "وكاله", "مجله", "قناه", "اذاعه"}
# A breaking-news ticker above the page's own headline: ``عاجل | ارتفاع أسعار الذهب``.
_TICKER = re.compile(r"^\s*(?:عاجل|عاجل جدا|breaking|breaking news)\s*[|:：\-–—]", re.IGNORECASE)

# Date lines rank by where they stand and what their labels say (lower is better).
LABELLED, AFTER_HEADLINE, BEFORE_HEADLINE, AFTER_STORY, UPDATE = range(5)


@dataclass
class Header:
    """What the lines around the article's text said about it."""

    headline: str = ""
    outlet: Source | None = None
    byline: str = ""
    wire: Source | None = None
    captions: list[str] = field(default_factory=list)
    dates: list[date] = field(default_factory=list)  # the page's date lines, best first
    dateline: Dateline | None = None  # one standing on its own line above the lead


def first_paragraph(lines: list[str]) -> int:
    """Where the story's text starts: the first line that reads like prose, or 0 when none
    does (a copy of short unpunctuated lines has no header to tell apart)."""
    for index, line in enumerate(lines):
        count = len(words(line))
        if count > 25 or (count >= PARAGRAPH_MIN_WORDS and not is_title_like(line)):
            return index
    return 0


def without_site_suffix(line: str, site_keys: set[str]) -> str:
    """``ماذا قال بوتين وكيم؟ | سكاي نيوز عربية`` → ``ماذا قال بوتين وكيم؟`` when the suffix
    names a known outlet or the page's own site."""
    match = _SITE_SUFFIX.match(line)
    if match and (known_outlet(match["site"]) or name_key(match["site"]) in site_keys):
        return match["title"].strip()
    return line


def _is_metadata(line: str) -> bool:
    return bool(
        date_line(line) or byline_of(line) or credit_line(line)[0] or site_header_outlet(line)
        or source_credit_outlet(line) or dateline_line(line)
    )  # fmt: skip


def _is_short(line: str) -> bool:
    """A menu item, a section name, a button, a language switch."""
    return len(words(line)) <= SHORT_LINE_WORDS and not ends_sentence(line.rstrip(":"))


def is_tagline(line: str) -> bool:
    """A site's name and tagline rather than a story's title: ``صحيفة يومية سياسية مستقلة``,
    ``الوطني | صحيفة إلكترونية سعودية`` (a name of three words or fewer before a bar)."""
    parts = [part.strip() for part in line.split("|")]
    if len(parts) == 2 and 1 <= len(words(parts[0])) <= 3:
        return True
    found = words(line)
    return found[0] in _PUBLICATION_WORDS and all(w.endswith("ه") for w in found[1:])


def reads_like_headline(line: str) -> bool:
    """Four words or more, no final sentence punctuation, and none of the lines that look
    like a title but are not one: a date, a byline, a credit, a site's name or tagline, a
    dateline with its agency."""
    if not is_title_like(line) or len(words(line)) < HEADLINE_MIN_WORDS:
        return False
    if _is_metadata(line) or known_outlet(line) or known_agency(line) or is_tagline(line):
        return False
    return read_dateline(line).wire is None


def _followed_by_menu(top: list[str], index: int) -> bool:
    """The next two lines, date lines and credits aside, are menu items."""
    following = [line for line in top[index + 1 :] if not _is_metadata(line)][:2]
    return len(following) == 2 and all(_is_short(line) for line in following)


def headline_index(top: list[str], expected: str, site_keys: set[str]) -> int | None:
    """The headline among the lines above the first paragraph (see the module's rules);
    with ``expected`` (a given headline), the line that repeats it."""
    titles = [without_site_suffix(line, site_keys) for line in top]
    if expected:
        return next((i for i, title in enumerate(titles) if words(title) == words(expected)), None)
    candidates = [i for i, title in enumerate(titles) if reads_like_headline(title)]
    fallback = candidates[0] if candidates else None
    preferred = [i for i in candidates if not _TICKER.match(top[i])]
    return next((i for i in preferred if not _followed_by_menu(top, i)), fallback)


def read_header(
    lines: list[str],
    expected_headline: str = "",
    *,
    site_names: tuple[str, ...] = (),
    window: CoverageWindow = DEFAULT_WINDOW,
) -> tuple[Header, list[str]]:
    """Split a copy's lines into what they say about the article and the article's own
    lines (see the module's rules).  ``site_names`` are the page's own site's names, so a
    `` | Site`` suffix naming it comes off the headline; ``window`` dates a yearless date
    line."""
    header = Header()
    end = first_paragraph(lines)
    top, rest = lines[:end], lines[end:]
    site_keys = {name_key(name) for name in site_names} | {name_key(line) for line in top if _is_short(line)}
    chosen = headline_index(top, expected_headline, site_keys)
    if chosen is not None:
        header.headline = without_site_suffix(top[chosen], site_keys)
    dates: list[tuple[int, int, date]] = []
    body: list[str] = []
    pending: list[str] = []  # captions and standfirsts between the headline and the story
    for index, line in enumerate(top):
        before = chosen is not None and index < chosen
        if index == chosen or (
            chosen is not None and words(without_site_suffix(line, site_keys)) == words(header.headline)
        ):
            continue
        if pending and _PARENTHESISED.match(line) and credit_line(line)[0]:
            pending.append(line)  # ``(رويترز)`` under a caption credits the picture
            continue
        if _read_metadata(line, header, dates, BEFORE_HEADLINE if before else AFTER_HEADLINE, window):
            continue
        if before or _is_short(line):
            continue
        pending.append(line)
    if chosen is None:
        body.extend(pending)
    else:
        header.captions.extend(pending)
    for line in rest:
        if not _read_metadata(line, header, dates, AFTER_STORY, window):
            body.append(line)
    header.dates = [found for _rank, _order, found in sorted(dates)]
    return header, body


def _read_metadata(line: str, header: Header, dates: list, rank: int, window: CoverageWindow) -> bool:
    """Read one metadata line into ``header`` (a date line into ``dates``, with its rank and
    order); False for a line that is not one."""
    banner = site_header_outlet(line)
    if banner:
        header.outlet = header.outlet or banner
        return True
    found = date_line(line, window)
    if found:
        dates.append(
            (UPDATE if found.update else LABELLED if found.labelled else rank, len(dates), found.date)
        )
        return True
    dateline = dateline_line(line) if rank != AFTER_STORY else None
    if dateline:
        header.dateline = header.dateline or dateline
        header.wire = header.wire or dateline.wire
        return True
    is_credit, agency = credit_line(line)
    if is_credit:
        header.wire = header.wire or agency
        return True
    outlet = source_credit_outlet(line)
    if outlet:
        header.outlet = header.outlet or outlet
        return True
    if rank == AFTER_STORY:
        return False
    byline = byline_of(line)
    if byline:
        header.byline = header.byline or byline[0]
        header.outlet = header.outlet or byline[1]
        return True
    return False
