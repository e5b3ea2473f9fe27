"""Splitting Arabic news copy into sentences, with offsets into the text as given.

Sentences are the unit frames are counted over (``articles/compare.py``), so the splitter
favours the editor's reading of a sentence over linguistic niceties:

- a paragraph break (any newline) always ends a sentence;
- ``.``, ``!``, ``?``, ``؟`` and ``…`` end a sentence when whitespace or the end of the text
  follows, together with any closing quotation marks or brackets glued to them:
  ``قال بوتين: “لهذا السبب جئنا إلى هنا.” ثم`` ends after ``”``;
- a period after a one- or two-letter word is an abbreviation, not an end:
  ``شبكة "سي. إن. إن" الأمريكية`` stays one sentence (so does ``د. محمد``);
- a period between digits is a decimal point: ``3.5 مليار``.

Offsets are ``(start, end)`` with ``text[start:end]`` the sentence without surrounding
whitespace; empty sentences (a lone ``-`` heading, a stray mark) are dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

TERMINALS = ".!?؟…"
CLOSERS = "\"'”’»)]}›"
_LINE_RE = re.compile(r"[^\n\r\u2028\u2029]+")
# A run of terminal marks, the closers glued to it, then whitespace or the end of the line.
_END_RE = re.compile(f"[{re.escape(TERMINALS)}]+[{re.escape(CLOSERS)}]*(?=\\s|$)")
_WORD_BEFORE_RE = re.compile(r"([^\W\d_]+)$")
_HAS_WORD_RE = re.compile(r"[^\W_]")
ABBREVIATION_MAX_LETTERS = 2


@dataclass(frozen=True, slots=True)
class SentenceSpan:
    """A sentence: ``text == body[start:end]``."""

    position: int
    start: int
    end: int
    text: str


def _is_abbreviation(line: str, mark_at: int) -> bool:
    """A single period after a word of at most two letters: ``سي. إن.``, ``د.``.

    Only the few characters before the mark are looked at: a search for the word from the
    line's start would make a long line cost the square of its length."""
    if line[mark_at] != "." or line[mark_at : mark_at + 2] == "..":
        return False
    # One letter more than an abbreviation holds: a longer word fills the whole window.
    match = _WORD_BEFORE_RE.search(line, max(0, mark_at - ABBREVIATION_MAX_LETTERS - 1), mark_at)
    return bool(match) and len(match.group(1)) <= ABBREVIATION_MAX_LETTERS


def _ends_in_line(line: str) -> list[int]:
    """Offsets in ``line`` just after each sentence end."""
    return [m.end() for m in _END_RE.finditer(line) if not _is_abbreviation(line, m.start())]


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_sentences(text: str) -> list[SentenceSpan]:
    """The sentences of ``text`` in order.

    >>> [s.text for s in split_sentences("وصل كيم. وقال بوتين: “نعم.” ثم غادر\\nفقرة ثانية")]
    ['وصل كيم.', 'وقال بوتين: “نعم.”', 'ثم غادر', 'فقرة ثانية']
    """
    spans: list[SentenceSpan] = []
    for line in _LINE_RE.finditer(text):
        cursor = line.start()
        for end in [*(line.start() + e for e in _ends_in_line(line.group())), line.end()]:
            start, stop = _trimmed(text, cursor, end)
            cursor = end
            if stop > start and _HAS_WORD_RE.search(text, start, stop):
                spans.append(SentenceSpan(len(spans), start, stop, text[start:stop]))
    return spans
