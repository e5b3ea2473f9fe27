"""The import manifest: per-file metadata that overrides what the text implies.

The format is ``corpus/seeds/manifest.json``::

    {"articles": {"001_x.txt": {"outlet": {"ar": ..., "en": ..., "domain": ...} | null,
                                "wire": {"ar": ..., "en": ...} | null,
                                "date": "2023-09-14", "author": ..., "headline": ...}}}

Keys are file names relative to the manifest's folder.  ``null`` means unknown, so it
leaves inference alone rather than erasing what the text says.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from articles.extraction.dates import parse_iso_date
from articles.ingest.parse import Known, clean_field
from articles.ingest.readers import source_from_json
from articles.ingest.records import MANIFEST, IngestError


@dataclass(frozen=True)
class Manifest:
    path: Path
    entries: dict[Path, Known | IngestError] = field(default_factory=dict)
    missing: tuple[IngestError, ...] = ()

    def entry_for(self, path: Path) -> Known | IngestError | None:
        """The entry for an imported file: by its path, else by a unique file name."""
        resolved = path.resolve()
        if resolved in self.entries:
            return self.entries[resolved]
        same_name = [key for key in self.entries if key.name == path.name]
        return self.entries[same_name[0]] if len(same_name) == 1 else None


def load_manifest(path: str | Path) -> Manifest:
    """Read and check a manifest; IngestError when it cannot be used at all.

    An entry with a bad value (a date that is not YYYY-MM-DD) becomes an IngestError that
    fails its file; an entry naming a file that does not exist goes to ``missing``.
    """
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise IngestError(str(path), "no such file or directory") from None
    except PermissionError:
        raise IngestError(str(path), "permission denied") from None
    except (OSError, UnicodeDecodeError) as error:
        raise IngestError(str(path), f"unreadable manifest ({error})") from None
    except json.JSONDecodeError as error:
        raise IngestError(str(path), f"invalid JSON ({error.msg} at line {error.lineno})") from None
    articles = data.get("articles") if isinstance(data, dict) else None
    if not isinstance(articles, dict):
        raise IngestError(str(path), "no 'articles' object keyed by file name")
    entries: dict[Path, Known | IngestError] = {}
    missing = []
    for name, entry in articles.items():
        target = (path.parent / name).resolve()
        where = f"{path}: {name}"
        if not target.is_file():
            missing.append(IngestError(where, "file not found"))
            continue
        try:
            entries[target] = known_from_entry(entry, where)
        except IngestError as error:
            entries[target] = error
    return Manifest(path, entries, tuple(missing))


def known_from_entry(entry, where: str) -> Known:
    if not isinstance(entry, dict):
        raise IngestError(where, "entry is not an object")
    published = None
    if entry.get("date"):
        try:
            published = parse_iso_date(str(entry["date"]))
        except ValueError as error:
            raise IngestError(where, str(error)) from None
    return Known(
        headline=clean_field(str(entry.get("headline") or "")),
        outlet=source_from_json(entry.get("outlet"), source_name=where),
        wire=source_from_json(entry.get("wire"), source_name=where, agency=True),
        byline=clean_field(str(entry.get("author") or entry.get("byline") or "")),
        dateline=clean_field(str(entry.get("dateline") or "")),
        url=str(entry.get("url") or ""),
        published=published,
        date_source=MANIFEST,
    )
