"""Where a quote's text went when an editor changed the article's body.

A verified quote is an editor's decision about a span of the body.  When the body is edited
the span's text is looked for in the new body: an edit elsewhere only shifts it, and when
the text occurs several times the occurrence whose surroundings still read as before wins.
A text that no longer occurs has nowhere to go (`None`): the caller sets the quote aside.
"""

from __future__ import annotations

import os

# Characters on each side of a quote compared to tell its occurrences apart.
CONTEXT = 40


def relocate(text: str, start: int, old: str, new: str) -> tuple[int, int] | None:
    """The span of `new` holding `text`, which was at `start` in `old`, or None when gone.

        old = "قال بوتين: «جئنا إلى هنا»."
        new = "في فوستوشني، قال بوتين: «جئنا إلى هنا»."
        relocate("جئنا إلى هنا", 12, old, new)  →  (25, 37)

    Inside the part both bodies begin with, a span keeps its offsets; inside the part they
    end with, it moves by the change in length.  Elsewhere every occurrence of the text is a
    candidate, the one whose neighbouring characters agree most with the old ones first,
    then the one nearest to where the edit would have put it.
    """
    if not text:
        return None
    end = start + len(text)
    if old[start:end] == text:
        prefix = len(os.path.commonprefix([old, new]))
        if end <= prefix:
            return start, end
        suffix = _common_suffix(old, new, limit=min(len(old), len(new)) - prefix)
        if start >= len(old) - suffix:
            shift = len(new) - len(old)
            return start + shift, end + shift
    occurrences = _occurrences(text, new)
    if not occurrences:
        return None
    before, after = old[max(0, start - CONTEXT) : start], old[end : end + CONTEXT]
    expected = start + (len(new) - len(old)) // 2

    def score(at: int) -> tuple[int, int]:
        agree_before = _common_suffix(before, new[max(0, at - CONTEXT) : at], limit=CONTEXT)
        agree_after = len(os.path.commonprefix([after, new[at + len(text) : at + len(text) + CONTEXT]]))
        return agree_before + agree_after, -abs(at - expected)

    best = max(occurrences, key=score)
    return best, best + len(text)


def _occurrences(text: str, body: str) -> list[int]:
    found, at = [], body.find(text)
    while at != -1:
        found.append(at)
        at = body.find(text, at + 1)
    return found


def _common_suffix(a: str, b: str, *, limit: int) -> int:
    length = 0
    while length < limit and length < len(a) and length < len(b) and a[-1 - length] == b[-1 - length]:
        length += 1
    return length
