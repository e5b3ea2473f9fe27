"""How well the importer names a page's outlet, date, headline and wire: scored on a gold set.

A gold set is a folder with ``pages.jsonl`` (format in ``corpus/gold/import/README.md``):
each page's ``url`` and ``text`` and what a person read on it.  Each page is imported as a
newsroom would import it, a JSONL line with only ``url`` and ``text`` through
`articles.importing`, inside a transaction that is rolled back, so nothing stays:

    score = evaluate(Path("corpus/gold/import/tune"))
    print(score.correct("date"), score.accuracy("date"))
"""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from django.db import transaction

from articles.importing import import_item
from articles.ingest import IngestError
from articles.ingest.parse import clean_field
from articles.ingest.sources import Source, name_key, name_keys
from articles.ingest.urls import registrable_domain
from articles.models import Article, Outlet

FIELDS = ("outlet", "date", "headline", "wire")
GOLD_FILE = "pages.jsonl"


class GoldError(ValueError):
    """A gold file that cannot be read, naming the line and what is wrong."""


@dataclass(frozen=True)
class GoldPage:
    id: str
    url: str
    text: str
    outlet: dict  # name_en, name_ar, domain (None without a URL)
    date: date | None
    headline: str
    wire: str | None


@dataclass(frozen=True)
class PageResult:
    """One page: what was expected, what the import stored, and which fields agree."""

    page: GoldPage
    got: dict[str, str | None]
    right: dict[str, bool]


@dataclass(frozen=True)
class Score:
    results: tuple[PageResult, ...]

    def correct(self, field: str) -> int:
        return sum(result.right[field] for result in self.results)

    def accuracy(self, field: str) -> float:
        return round(self.correct(field) / len(self.results), 3) if self.results else 0.0

    def errors(self) -> list[tuple[str, str, str, str | None]]:
        """``(page id, field, expected, got)`` for every wrong field, in page order."""
        return [
            (result.page.id, field, _expected(result.page, field), result.got[field])
            for result in self.results
            for field in FIELDS
            if not result.right[field]
        ]


def read_gold(folder: Path) -> list[GoldPage]:
    """The pages of ``folder/pages.jsonl``; GoldError naming ``file:line`` for a bad line."""
    path = Path(folder) / GOLD_FILE
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise GoldError(f"{path}: {error.strerror or error}") from None
    pages = []
    for number, line in enumerate(lines, start=1):
        if line.strip():
            pages.append(_page(line, f"{path}:{number}"))
    if not pages:
        raise GoldError(f"{path}: no pages")
    return pages


def _page(line: str, where: str) -> GoldPage:
    try:
        data = json.loads(line)
        expected = data["expected"]
        stated = expected["date"]
        return GoldPage(
            id=str(data["id"]),
            url=str(data.get("url") or ""),
            text=str(data["text"]),
            outlet=dict(expected["outlet"]),
            date=date.fromisoformat(stated) if stated else None,
            headline=str(expected["headline"]),
            wire=expected["wire"],
        )
    except json.JSONDecodeError as error:
        raise GoldError(f"{where}: invalid JSON ({error.msg})") from None
    except KeyError as error:
        raise GoldError(f"{where}: missing {error.args[0]!r}") from None
    except (TypeError, ValueError) as error:
        raise GoldError(f"{where}: {error}") from None


def evaluate(folder: Path) -> Score:
    """Import every page of the gold set (only its URL and text) and score what was stored;
    the import is rolled back."""
    pages = read_gold(folder)
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / "pages.jsonl"
        copy.write_text(
            "\n".join(json.dumps(_as_copied(page), ensure_ascii=False) for page in pages) + "\n",
            encoding="utf-8",
        )
        with transaction.atomic():
            outcomes = list(import_item(copy, status=Article.Status.DRAFT, max_bytes=copy.stat().st_size + 1))
            results = tuple(
                _result(page, outcome.article) for page, outcome in zip(pages, outcomes, strict=True)
            )
            transaction.set_rollback(True)
    return Score(results)


def _as_copied(page: GoldPage) -> dict:
    return {"url": page.url, "text": page.text} if page.url else {"text": page.text}


def _result(page: GoldPage, article: Article | None) -> PageResult:
    if article is None:
        raise IngestError(page.id, "the page was not imported")
    got = {
        "outlet": _outlet_label(article.outlet),
        "date": f"{article.published_on} ({article.date_source})",
        "headline": article.headline,
        "wire": article.wire.name_en or article.wire.name_ar if article.wire else None,
    }
    right = {
        "outlet": _same_outlet(page, article.outlet),
        "date": article.published_on == page.date,
        "headline": article.headline == clean_field(page.headline),
        "wire": _same_wire(page.wire, article.wire),
    }
    return PageResult(page, got, right)


def _outlet_label(outlet: Outlet | None) -> str | None:
    return f"{outlet.name_ar} ({outlet.domain or 'no domain'})" if outlet else None


def _same_outlet(page: GoldPage, outlet: Outlet | None) -> bool:
    """The stored outlet's site is the expected domain; without a URL, its name is the
    expected one (any spelling the known-outlet table lists)."""
    if outlet is None:
        return False
    if page.outlet.get("domain"):
        return registrable_domain(outlet.domain) == page.outlet["domain"]
    expected = {name_key(page.outlet.get("name_ar") or ""), name_key(page.outlet.get("name_en") or "")} - {""}
    return bool(name_keys(Source(outlet.name_ar, outlet.name_en)) & expected)


def _same_wire(expected: str | None, wire: Outlet | None) -> bool:
    if expected is None or wire is None:
        return expected is None and wire is None
    return name_key(expected) in name_keys(Source(wire.name_ar, wire.name_en))


def _expected(page: GoldPage, field: str) -> str:
    if field == "outlet":
        return f"{page.outlet.get('name_ar')} ({page.outlet.get('domain') or 'no domain'})"
    if field == "date":
        return page.date.isoformat() if page.date else "None"
    return str(getattr(page, field))
