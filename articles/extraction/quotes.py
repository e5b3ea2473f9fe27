"""Finding quoted spans in Arabic news copy.

Arabic copy mixes every quotation mark there is, often mismatched by editors or by
right-to-left keyboards: ``“…”``, ``«…»``, ``"…"``, ``“…»``, ``”…”``, ``«…“``.  The scanner
therefore does not pair marks by shape but by position: a mark glued to the word after it
opens, a mark glued to the word before it closes, and ``«`` / ``»`` keep their direction, as
do the single ``‹`` / ``›`` some sites use for a flash's label (``‹عاجل› بوتين: "…"``) or
for words inside a paragraph (``في سجل الزوار: ‹…›``).

A span never crosses a paragraph (any newline); a quote still open when its paragraph ends
runs to the end of the paragraph, its final full stop included as a closed quote would
include it (``“… هناك متسع من الوقت.”``):
``وقال إن "أي شكل من أشكال التعاون ... مجلس الأمن الدولي.`` → ``أي شكل ... مجلس الأمن الدولي.``.

The scanner is a single left-to-right pass over the quotation marks (no backtracking
regular expression), so a megabyte paragraph costs linear time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPEN_ONLY = "«„‹"
CLOSE_ONLY = "»›"
EITHER = '“”"″‟'
MARKS = OPEN_ONLY + CLOSE_ONLY + EITHER
_MARK_RE = re.compile(f"[{re.escape(MARKS)}]")
_PARAGRAPH_RE = re.compile(r"[^\n\r\u2028\u2029]+")

# What may separate a quotation mark from the text it encloses without making it loose.
_TRAILING_JUNK = " \t\u00a0.,،؛;:!?؟…-–—"
STATEMENT_MIN_WORDS = 4


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """A quoted span: ``text == article[start:end]``, marks excluded.

    ``nested`` is true for a quotation inside another quotation.
    """

    start: int
    end: int
    text: str
    kind: str
    nested: bool = False
    closed: bool = True


def word_count(text: str) -> int:
    return len(text.split())


def kind_of(text: str) -> str:
    """``statement`` from four words up, ``term`` below: ``"مثير للقلق"`` is a term,
    ``"نحن بالطبع قلقون من أي تعاون"`` a statement."""
    return "statement" if word_count(text) >= STATEMENT_MIN_WORDS else "term"


def paragraphs(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each non-empty line; the stored body joins paragraphs with newlines."""
    return [(m.start(), m.end()) for m in _PARAGRAPH_RE.finditer(text)]


def find_quotes(text: str) -> list[QuoteSpan]:
    """Every quoted span of ``text``, in order of start, offsets into ``text``."""
    spans: list[QuoteSpan] = []
    for start, end in paragraphs(text):
        spans.extend(_quotes_in_paragraph(text, start, end))
    spans.sort(key=lambda span: (span.start, -span.end))
    return spans


def _is_space(char: str) -> bool:
    return char.isspace()


def _quotes_in_paragraph(text: str, start: int, end: int) -> list[QuoteSpan]:
    """Pair the marks of one paragraph with a stack.

    ``قال “نصرًا كبيرًا” و”الوضع في المنطقة”`` → two spans: the second opens on a ``”``
    glued to the conjunction و on its right side and to the word on its left.
    """
    stack: list[int] = []  # offsets just after each open mark
    found: list[QuoteSpan] = []
    for match in _MARK_RE.finditer(text, start, end):
        mark, at = match.group(), match.start()
        before = text[at - 1] if at > start else " "
        after = text[at + 1] if at + 1 < end else " "
        glued_before = not _is_space(before) and before not in MARKS
        glued_after = not _is_space(after) and after not in MARKS and after not in _TRAILING_JUNK
        if mark in OPEN_ONLY:
            action = "open"
        elif mark in CLOSE_ONLY:
            action = "close" if stack else "skip"
        elif stack and glued_before:
            action = "close"
        elif glued_after:
            action = "open"
        elif stack:
            action = "close"  # a loose mark after an open quote: `... الدولي . "`
        else:
            action = "skip"
        if action == "open":
            stack.append(at + 1)
        elif action == "close":
            inner_start = stack.pop()
            _add(found, text, inner_start, at, nested=bool(stack), closed=True)
    if stack:
        _add(found, text, stack[0], end, nested=False, closed=False)
    return found


def _add(found: list[QuoteSpan], text: str, start: int, end: int, *, nested: bool, closed: bool) -> None:
    """Keep a span with at least one letter or digit, trimmed of surrounding blanks."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    quoted = text[start:end]
    if not any(char.isalnum() for char in quoted):
        return
    kind = "term" if nested else kind_of(quoted)
    found.append(QuoteSpan(start, end, quoted, kind, nested=nested, closed=closed))
