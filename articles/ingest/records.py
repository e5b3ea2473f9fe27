"""The plain values the importer produces: one record per article, one error per bad input."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

from articles.ingest.sources import Source

PARAGRAPH_BREAK = "\n\n"  # as articles.models.PARAGRAPH_BREAK

# Where a publication date came from (Article.DateSource): the manifest or an option, the
# URL, a publication line of the page (or an HTML page's metadata), the dateline or a dated
# sentence of the lead, a weekday resolved against a reference date, an editor; or nowhere.
MANIFEST, URL, TEXT, DATELINE, RELATIVE, EDITOR, UNKNOWN = (
    "manifest", "url", "text", "dateline", "relative", "editor", "unknown",
)  # fmt: skip
DATE_SOURCES = (MANIFEST, URL, TEXT, DATELINE, RELATIVE, EDITOR, UNKNOWN)
DRAFT, PUBLISHED = "draft", "published"


def content_hash(headline: str, body: str) -> str:
    """sha256 of the cleaned headline and body: the article's identity across imports."""
    return hashlib.sha256(f"{headline}{PARAGRAPH_BREAK}{body}".encode()).hexdigest()


@dataclass(frozen=True)
class ArticleRecord:
    """One article as read from a file: clean text, what was inferred, what was not.

    ``paragraphs`` hold the article's own text (headline, outlet, byline and boilerplate
    lines consumed); ``captions`` the photo captions found between the headline and the
    byline, kept out of the body; ``warnings`` say what could not be established.
    """

    source_name: str
    paragraphs: tuple[str, ...]
    headline: str = ""
    outlet: Source | None = None
    wire: Source | None = None
    byline: str = ""
    dateline: str = ""
    url: str = ""
    published: date | None = None
    date_source: str = UNKNOWN
    status: str = ""
    captions: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    # From an `export_archive` line: the quotes and mentions to restore as they were,
    # instead of extracting them again.
    archived: ArchivedExtraction | None = None

    @property
    def body(self) -> str:
        return PARAGRAPH_BREAK.join(self.paragraphs)

    @property
    def content_hash(self) -> str:
        return content_hash(self.headline, self.body)


@dataclass(frozen=True)
class ArchivedExtraction:
    """Quotes and mentions exactly as `export_archive` wrote them (plain dicts)."""

    quotes: tuple[dict, ...] = ()
    mentions: tuple[dict, ...] = ()


class IngestError(Exception):
    """A file, a line of a file or a manifest entry that cannot be imported, and why."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason

    def __eq__(self, other):
        return isinstance(other, IngestError) and (self.path, self.reason) == (other.path, other.reason)

    def __hash__(self):
        return hash((self.path, self.reason))
