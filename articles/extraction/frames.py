"""Matching a frame lexicon against normalised sentences.

A lexicon entry is a normalised word or phrase (``normalize("العقوبات")`` → ``العقوبات``).
It matches where a word of the sentence *starts* with it, after the proclitics Arabic glues
to words, so one entry covers the forms copy actually uses:

- ``عقوبات`` matches ``العقوبات``, ``بالعقوبات``, ``وللعقوبات`` (و + ل + ال, alef dropped);
- an entry written with the article (``الاقمار الصناعيه``) matches ``بالاقمار الصناعيه`` and
  ``للاقمار الصناعيه`` too: the leading ``ال`` is folded into the optional prefix;
- the entry may be followed by suffixes: ``صاروخ`` matches ``صاروخين``, ``صاروخا``;
- the words of a phrase may be separated by any run of spaces.

The same pattern string is used by PostgreSQL (``~``, advanced regular expressions) to count
sentences and by :func:`find_terms` to highlight the evidence, so a highlighted word is
exactly what was counted.  Only constructs both engines read identically are used:
non-capturing groups, bracket expressions with ranges, ``|``, ``?``, ``+``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Normalised Arabic letters (normalize() has folded أ إ آ ى ة ؤ ئ) plus ASCII letters and digits:
# anything else is a word boundary.
WORD_CHARS = "ء-يa-zA-Z0-9"
PROCLITICS = "(?:[وف])?(?:[بلك])?(?:ال|ل)?"
_SPECIAL_RE = re.compile(r"([\\.^$*+?()\[\]{}|\-])")


@dataclass(frozen=True, slots=True)
class TermMatch:
    """``sentence[start:end]`` is the word(s) that matched ``term``, proclitics included."""

    start: int
    end: int
    term: str


def _escape(text: str) -> str:
    return _SPECIAL_RE.sub(r"\\\1", text)


def term_body(term: str) -> str:
    """The entry as matched after the proclitic group: ``الامم المتحده`` → ``امم\\s+المتحده``."""
    words = term.split()
    if words and words[0].startswith("ال") and len(words[0]) > 3:
        words[0] = words[0][2:]
    return r"\s+".join(_escape(word) for word in words)


def term_pattern(term: str) -> str:
    """A pattern matching ``term`` at the start of a word; the match begins at the boundary
    character (or the start of the text), group 1 holds the word itself."""
    return f"(?:^|[^{WORD_CHARS}])({PROCLITICS}{term_body(term)})"


def lexicon_pattern(terms: list[str]) -> str:
    """One alternation for a whole frame: PostgreSQL compiles it once per query."""
    bodies = "|".join(sorted({term_body(t) for t in terms if t.strip()}, key=len, reverse=True))
    return f"(?:^|[^{WORD_CHARS}])({PROCLITICS}(?:{bodies}))" if bodies else "(?!)"


def find_terms(sentence: str, terms: list[str]) -> list[TermMatch]:
    """Every match of any of ``terms`` in the normalised ``sentence``, left to right,
    overlaps resolved in favour of the earlier then the longer match.

    >>> [(m.term, "وبالعقوبات الدولية"[m.start:m.end]) for m in find_terms("وبالعقوبات الدولية", ["عقوبات"])]
    [('عقوبات', 'وبالعقوبات')]
    """
    found: list[TermMatch] = []
    for term in terms:
        if not term.strip():
            continue
        for match in re.finditer(term_pattern(term), sentence):
            end = _word_end(sentence, match.end(1))
            found.append(TermMatch(match.start(1), end, term))
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[TermMatch] = []
    for match in found:
        if not kept or match.start >= kept[-1].end:
            kept.append(match)
    return kept


def _word_end(sentence: str, at: int) -> int:
    """Extend a match to the end of the word it stops in, so suffixes are highlighted too."""
    while at < len(sentence) and re.match(f"[{WORD_CHARS}]", sentence[at]):
        at += 1
    return at
