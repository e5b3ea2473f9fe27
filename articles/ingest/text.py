"""Bytes to clean text: encoding detection, Unicode clean-up, paragraphs."""

from __future__ import annotations

import codecs
import re
import threading
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from articles.ingest.plausibility import plausibility, trusted

# Arabic letters and the marks that sit on them (tashkeel, superscript alef).
_ARABIC_LETTER = "\u0621-\u063a\u0641-\u064a\u064b-\u065f\u0670-\u06d3\u06fa-\u06ff"
_TATWEEL_BETWEEN_LETTERS = re.compile(f"(?<=[{_ARABIC_LETTER}])\u0640+(?=[{_ARABIC_LETTER}])")
# Direction marks and embeddings (LRM, RLM, ALM, LRE…RLO, PDF, LRI…PDI), zero-width space,
# word joiner, BOM and soft hyphen never carry meaning in stored plain text.
_INVISIBLE = re.compile("[\u200b\u200e\u200f\u061c\u202a-\u202e\u2060\u2066-\u2069\ufeff\u00ad]+")
# ZWJ / ZWNJ join emoji and Indic letters, so they go only next to Arabic letters or space.
_JOINERS_BY_ARABIC = re.compile(
    f"(?<=[{_ARABIC_LETTER}\\s])[\u200c\u200d]+|[\u200c\u200d]+(?=[{_ARABIC_LETTER}\\s])"
)
_CONTROL = re.compile("[\x00-\x08\x0e-\x1b\x7f-\x9f]")
_LINE_BREAKS = re.compile("\r\n|[\r\u2028\u2029\x0b\x0c\x1c-\x1e\x85]")

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class UndecodableError(ValueError):
    """The bytes are not text in an encoding the importer can trust."""


@dataclass(frozen=True)
class Decoded:
    """A file's text, the encoding it was read in, and what was repaired on the way."""

    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


# A file that is UTF-8 "except for a few bytes": at most this share of its bytes invalid.
MAX_BAD_UTF8_SHARE = 0.001
MIN_BAD_UTF8_ALLOWED = 8
MAX_REPORTED_OFFSETS = 10
# How the warning about replaced bytes starts: the importer reports it at every verbosity.
REPAIRED_ENCODING = "invalid UTF-8"
_GARBAGE = re.compile("[\ufffd\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ue000-\uf8ff\ud800-\udfff]")
_SAMPLE_CHARS = 65_536


def _garbage_share(text: str) -> float:
    """Control characters, private-use and unassigned code points and U+FFFD, per character
    (unassigned ones counted on a sample: the category lookup is slow per character)."""
    if not text:
        return 0.0
    sample = text[:_SAMPLE_CHARS]
    unassigned = sum(unicodedata.category(ch) == "Cn" for ch in sample) / len(sample)
    return len(_GARBAGE.findall(text)) / len(text) + unassigned


def _looks_like_text(text: str) -> bool:
    return _garbage_share(text) < 0.01


_bad_offsets = threading.local()


def _record_bad_byte(error: UnicodeDecodeError) -> tuple[str, int]:
    _bad_offsets.found.append(error.start)
    return "\ufffd", error.end


codecs.register_error("articles-ingest-record", _record_bad_byte)


def _utf8_with_replacements(data: bytes) -> tuple[str, list[int]]:
    """The bytes as UTF-8, each invalid sequence replaced by U+FFFD, and where each began."""
    _bad_offsets.found = []
    try:
        text = data.decode("utf-8", errors="articles-ingest-record")
        return text, _bad_offsets.found
    finally:
        _bad_offsets.found = []


def _offsets_warning(offsets: list[int]) -> str:
    shown = ", ".join(str(offset) for offset in offsets[:MAX_REPORTED_OFFSETS])
    more = f" and {len(offsets) - MAX_REPORTED_OFFSETS} more" if len(offsets) > MAX_REPORTED_OFFSETS else ""
    noun = "byte at offset" if len(offsets) == 1 else "bytes at offsets"
    return f"{REPAIRED_ENCODING} {noun} {shown}{more} replaced with U+FFFD"


def decode_bytes(data: bytes) -> tuple[str, str]:
    """``(text, encoding)`` for a file's bytes, or UndecodableError (see :func:`decode`)."""
    decoded = decode(data)
    return decoded.text, decoded.encoding


def decode(data: bytes) -> Decoded:
    """A file's bytes as text, or UndecodableError.

    Order of trust: a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32), then strict UTF-8.
    Otherwise the candidates are read and the one most plausible as Arabic copy wins
    (:mod:`articles.ingest.plausibility`: letter frequencies and known words, not merely
    "Arabic letters"): UTF-8 with its few invalid bytes replaced (a warning names their
    offsets), Windows-1256 (the legacy Arabic code page) and UTF-16 LE/BE without a
    byte-order mark.  Bytes that decode only into control characters or mojibake are binary.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as error:
                raise UndecodableError(
                    f"invalid {encoding.upper()} after byte-order mark ({error.reason})"
                ) from None
            if not _looks_like_text(text):
                raise UndecodableError("binary file")
            return Decoded(text, encoding)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if _looks_like_text(text):
            return Decoded(text, "utf-8")
        if b"\x00" not in data:
            raise UndecodableError("binary file")
    readable = [(score, decoded) for score, decoded in _candidates(data) if trusted(decoded.text, score)]
    if not readable:
        raise UndecodableError("binary file or unknown encoding")
    return max(readable, key=lambda candidate: candidate[0])[1]


def _candidates(data: bytes) -> Iterator[tuple[float, Decoded]]:
    """Each decoding that reads as text, with its plausibility as Arabic."""
    text, offsets = _utf8_with_replacements(data)
    # Scored without its replacement characters: how few they are is bounded here already.
    few = len(offsets) <= max(MIN_BAD_UTF8_ALLOWED, len(data) * MAX_BAD_UTF8_SHARE)
    readable = text.replace("\ufffd", "")
    if few and _looks_like_text(readable):
        yield plausibility(readable), Decoded(text, "utf-8", (_offsets_warning(offsets),))
    if b"\x00" not in data:
        text = data.decode("cp1256", errors="replace")
        if _looks_like_text(text):
            yield plausibility(text), Decoded(text, "cp1256")
    if len(data) % 2 == 0:
        for encoding in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            if _looks_like_text(text):
                yield plausibility(text), Decoded(text, encoding)


def clean_text(text: str) -> str:
    """NFC text with one kind of line break and without characters that mean nothing.

    Removed: direction marks, zero-width characters, BOMs, control characters, and the
    tatweel between two Arabic letters (``بوتيـــن`` → ``بوتين``, decorative); a tatweel
    standing alone (``ـ عقوبات ـ``) is kept.
    """
    text = _LINE_BREAKS.sub("\n", text)
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text)
    text = _JOINERS_BY_ARABIC.sub("", text)
    text = _CONTROL.sub("", text)
    return _TATWEEL_BETWEEN_LETTERS.sub("", text)


def split_paragraphs(text: str) -> list[str]:
    """Non-empty lines with their whitespace collapsed: the seeds separate paragraphs
    with blank lines or with single line breaks, so every line is a paragraph."""
    return [" ".join(line.split()) for line in text.split("\n") if line.strip()]
