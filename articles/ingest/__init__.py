"""Reading news copies (txt, html, jsonl) into plain records: text, metadata, warnings.

Pure Python, no Django: ``import_articles`` stores what this package reads.

    for item in read_paths(["corpus/seeds"], reference=date(2023, 9, 13)):
        if isinstance(item, IngestError):
            print("error:", item)
        else:
            print(item.headline, item.outlet, item.published, item.warnings)
"""

from articles.ingest.manifest import Manifest, load_manifest
from articles.ingest.parse import Known, apply_known, parse_text
from articles.ingest.readers import (
    DEFAULT_MAX_BYTES,
    SUFFIXES,
    find_files,
    parse_html,
    parse_jsonl,
    read_path,
    read_paths,
)
from articles.ingest.records import ArticleRecord, IngestError, content_hash
from articles.ingest.sources import Source, known_agency, known_outlet, name_key, resolve
from articles.ingest.text import clean_text, decode_bytes, split_paragraphs

__all__ = [
    "DEFAULT_MAX_BYTES",
    "SUFFIXES",
    "ArticleRecord",
    "IngestError",
    "Known",
    "Manifest",
    "Source",
    "apply_known",
    "clean_text",
    "content_hash",
    "decode_bytes",
    "find_files",
    "known_agency",
    "known_outlet",
    "load_manifest",
    "name_key",
    "parse_html",
    "parse_jsonl",
    "parse_text",
    "read_path",
    "read_paths",
    "resolve",
    "split_paragraphs",
]
