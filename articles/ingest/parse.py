"""From a copy's text to an ArticleRecord: clean, strip furniture, infer, then let what
the caller already knows (HTML metadata, JSONL fields, a manifest entry) win."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from urllib.parse import urlsplit

from articles.extraction.dates import DEFAULT_WINDOW, CoverageWindow
from articles.ingest.boilerplate import strip_boilerplate, words
from articles.ingest.header import read_header
from articles.ingest.infer import infer_date, page_outlet, read_dateline, trailing_credit
from articles.ingest.records import MANIFEST, TEXT, ArticleRecord
from articles.ingest.sources import Source, outlet_of_url
from articles.ingest.text import clean_text, split_paragraphs
from articles.ingest.urls import url_date


@dataclass(frozen=True)
class Known:
    """Metadata the caller holds about one article; any field left empty is inferred.

    ``date_source`` says what a given ``published`` rests on: ``text`` for an HTML page's
    own metadata, ``manifest`` for a manifest, a JSONL field or ``--date``.
    """

    headline: str = ""
    outlet: Source | None = None
    wire: Source | None = None
    byline: str = ""
    dateline: str = ""
    url: str = ""
    published: date | None = None
    date_source: str = MANIFEST
    status: str = ""


def clean_field(value: str) -> str:
    """A metadata string cleaned like the body: NFC, no invisible marks, one line."""
    return " ".join(clean_text(value or "").split())


def valid_url(url: str) -> str:
    """The URL when it is an absolute http(s) URL, else ``""``."""
    url = clean_field(url)
    parts = urlsplit(url)
    return url if parts.scheme in ("http", "https") and parts.netloc and len(url) <= 1000 else ""


def parse_text(
    text: str,
    *,
    source_name: str,
    reference: date | None = None,
    known: Known | None = None,
    window: CoverageWindow = DEFAULT_WINDOW,
) -> ArticleRecord:
    """The record for one article's text.

    ``reference`` is the day the caller believes the article appeared (a manifest date or
    ``--date``): relative weekdays resolve against it, and it is the publication date, with
    date_source ``manifest``, when the text states none.  ``window`` is the archive's
    coverage window (:mod:`articles.ingest.dating`).

    The URL names the outlet (the page is that site's, whatever it credits); without one the
    page's banner, copyright line, desk or source credit does.
    """
    known = known or Known()
    url = valid_url(known.url)
    all_lines = split_paragraphs(clean_text(text))
    named = page_outlet(all_lines)  # before the furniture it stands in goes
    lines, warnings = strip_boilerplate(all_lines)
    if known.url and not url:
        warnings.append(f"ignored invalid url {known.url!r}")
    from_url = outlet_of_url(url, named) if url else None
    site_names = tuple(n for s in (from_url, named) if s for n in (s.name, s.name_en) if n)
    header, paragraphs = read_header(lines, clean_field(known.headline), site_names=site_names, window=window)
    if not paragraphs and header.headline:  # a one-paragraph copy: its line is text, not a title
        paragraphs, header.headline = [header.headline], ""
    dateline = header.dateline or read_dateline(paragraphs[0] if paragraphs else "")
    wire = header.wire or dateline.wire
    if wire is None and paragraphs:
        wire = trailing_credit(paragraphs[-1]) or trailing_credit(paragraphs[0])
    outlet = from_url or named or header.outlet
    if outlet is not None and outlet.to_confirm:
        warnings.append(f"new outlet {outlet.name!r} named after its site {outlet.domain}: to confirm")

    stated = url_date(url, window) if url else None
    published, date_source, date_warnings = infer_date(
        paragraphs, header.dates, dateline, reference, from_url=stated, window=window
    )
    warnings.extend(date_warnings)

    record = ArticleRecord(
        source_name=source_name,
        paragraphs=tuple(paragraphs),
        headline=header.headline,
        outlet=outlet,
        wire=wire,
        byline=header.byline,
        dateline=dateline.place,
        url=url,
        published=published,
        date_source=date_source,
        status=known.status,
        captions=tuple(header.captions),
    )
    if not paragraphs:
        warnings.append("no article text")
    record = replace(record, warnings=tuple(warnings))
    return apply_known(record, known)


def apply_known(record: ArticleRecord, known: Known) -> ArticleRecord:
    """``record`` with every non-empty field of ``known`` in place of the inferred one.

    A given headline that the copy repeats as its first paragraph is taken out of the body.
    A given date that differs from what the text implies leaves a warning.
    """
    changes: dict = {}
    warnings = list(record.warnings)
    headline = clean_field(known.headline)
    if headline:
        changes["headline"] = headline
        if (
            record.paragraphs
            and words(record.paragraphs[0]) == words(headline)
            and len(record.paragraphs) > 1
        ):
            changes["paragraphs"] = record.paragraphs[1:]
    for name in ("byline", "dateline"):
        value = clean_field(getattr(known, name))
        if value:
            changes[name] = value
    for name in ("outlet", "wire"):
        if getattr(known, name):
            changes[name] = getattr(known, name)
    url = valid_url(known.url)
    if url:
        changes["url"] = url
    if known.status:
        changes["status"] = known.status
    if known.published:
        if (
            record.published
            and record.published != known.published
            and record.date_source in (TEXT, "relative")
        ):
            warnings.append(
                f"the text implies {record.published.isoformat()} ({record.date_source}), "
                f"kept {known.published.isoformat()} ({known.date_source})"
            )
        changes.update(published=known.published, date_source=known.date_source)
    return refresh_warnings(replace(record, **changes, warnings=tuple(warnings)))


_MISSING = {
    "headline": "no headline found",
    "outlet": "outlet unknown",
    "wire": "no wire agency credited",
    "byline": "no byline found",
    "dateline": "no dateline found",
}


def refresh_warnings(record: ArticleRecord) -> ArticleRecord:
    """Warnings that still hold: one per field nobody could fill, the date's if any."""
    stale = set(_MISSING.values())
    kept = [
        w
        for w in record.warnings
        if w not in stale and not (record.published and w.startswith("publication date unknown"))
    ]
    kept += [message for name, message in _MISSING.items() if not getattr(record, name)]
    return replace(record, warnings=tuple(kept))
