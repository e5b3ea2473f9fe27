"""Bytes to clean text: encoding detection, Unicode clean-up, paragraphs."""

from __future__ import annotations

import codecs
import re
import unicodedata

import charset_normalizer

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


def _arabic_share(text: str) -> float:
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return 0.0
    return sum("\u0600" <= ch <= "\u06ff" or "\ufb50" <= ch <= "\ufeff" for ch in letters) / len(letters)


def _garbage_share(text: str) -> float:
    """Control characters, unassigned code points and U+FFFD, per character."""
    if not text:
        return 0.0
    bad = sum(
        ch == "\ufffd" or (unicodedata.category(ch) in ("Cc", "Cn", "Co", "Cs") and ch not in "\t\n\r")
        for ch in text
    )
    return bad / len(text)


def _looks_like_text(text: str) -> bool:
    return _garbage_share(text) < 0.01


def decode_bytes(data: bytes) -> tuple[str, str]:
    """``(text, encoding)`` for a file's bytes, or UndecodableError.

    Order of trust: a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32), strict UTF-8, then
    Windows-1256, the legacy Arabic code page, but only when it decodes into mostly
    Arabic letters (cp1256 maps almost every byte, so any binary decodes "successfully"),
    and last charset-normalizer's guess, checked the same way.  Bytes that decode into
    control characters are binary.
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
            return text, encoding
    if b"\x00" not in data:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            if not _looks_like_text(text):
                raise UndecodableError("binary file")
            return text, "utf-8"
        text = data.decode("cp1256", errors="replace")
        if _looks_like_text(text) and _arabic_share(text) >= 0.6:
            return text, "cp1256"
    best = charset_normalizer.from_bytes(data).best()
    if best is not None:
        text = str(best)
        if _looks_like_text(text) and (best.encoding.startswith("utf") or _arabic_share(text) >= 0.6):
            return text, best.encoding
    raise UndecodableError("binary file or unknown encoding")


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
