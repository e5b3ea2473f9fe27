"""How plausible a decoding is as Arabic news text, to choose between encodings.

A byte string that is not valid UTF-8 may be Windows-1256, UTF-16 without a byte-order
mark, or UTF-8 with a few damaged bytes.  Each of these decodes "successfully" into
letters: UTF-8 Arabic read as Windows-1256 is mostly ``ط`` and ``ظ`` (the lead bytes
``0xD8``/``0xD9``) between other letters, ``ط¨ظˆطھظٹظ†`` for ``بوتين``.  So the choice does
not ask "mostly Arabic letters?" but "how much does this read like Arabic?":

- **letter frequencies:** the share of each Arabic letter, compared with the shares in
  Arabic news copy (alef, lam, yeh, meem, waw, noon lead; ظ is among the rarest);
- **known words:** the share of words that, normalised and without their proclitics, are
  words the extraction's lexicons know (``في``، ``من``، ``الذي``، ``قال``).

Only a bounded sample of the text is scored, so the cost does not grow with the file.
"""

from __future__ import annotations

import re

from articles.extraction import cues
from articles.extraction.normalize import WORD_RE, normalize, strip_proclitics
from articles.extraction.wording import STOP_WORDS

SAMPLE_CHARS = 20_000
# Less plausible than this, a decoding is not Arabic copy: news text scores about 1.2, UTF-8
# Arabic read as Windows-1256 under 0.1.  Short texts are held to less (see `trusted`).
MIN_PLAUSIBILITY = 0.6
FULL_EVIDENCE_LETTERS = 200
MIN_ARABIC_SHARE = 0.5
# ط and ظ are 1% of the letters of Arabic copy, and a third or more of UTF-8 Arabic's bytes
# read as Windows-1256 (the lead bytes 0xD8 and 0xD9).
MAX_TAH_ZAH_SHARE = 0.25
MIN_LETTERS_FOR_SHARES = 20
# What each replacement or control character per character costs a decoding.
BROKEN_PENALTY = 3

# Shares (per cent) of the letters in Arabic news copy, after normalize() (أ إ آ → ا,
# ة → ه, ى ئ → ي, ؤ → و); the rest of the 28 letters share what is left.
_EXPECTED = {
    "ا": 13.0, "ل": 10.5, "ي": 9.5, "م": 6.2, "و": 6.3, "ن": 6.0, "ه": 5.6, "ر": 4.8, "ب": 4.0,
    "ت": 4.3, "ع": 3.2, "ف": 2.7, "د": 2.8, "ق": 2.4, "س": 2.6, "ك": 2.2, "ح": 1.9, "ج": 1.4,
    "ش": 1.1, "ص": 0.9, "ط": 0.9, "خ": 0.7, "ث": 0.6, "ذ": 0.6, "ز": 0.6, "ض": 0.5, "غ": 0.5,
    "ظ": 0.2, "ء": 0.3,
}  # fmt: skip
_TOTAL = sum(_EXPECTED.values())
EXPECTED_SHARES = {letter: share / _TOTAL for letter, share in _EXPECTED.items()}
_ARABIC_LETTER = re.compile("[\u0621-\u064a]")
_ANY_LETTER = re.compile(r"[^\W\d_]")

KNOWN_WORDS = frozenset().union(
    STOP_WORDS,
    cues.NP_STOPWORDS,
    cues.COMPLEMENTIZERS,
    cues.RELAY_VERBS,
    cues.SOURCE_CUES,
    cues.PERSON_NOUNS,
    cues.MEDIUM_WORDS,
    normalize("قال قالت وقال وقالت أكد أضاف أعلن الرئيس الروسي الكوري الشمالية روسيا كوريا").split(),
)


def letter_fit(text: str) -> float:
    """1 when the Arabic letters of ``text`` occur in the shares Arabic copy has, 0 when
    they share nothing with it (one minus half the L1 distance of the distributions)."""
    letters = _ARABIC_LETTER.findall(normalize(text))
    if not letters:
        return 0.0
    counts: dict[str, int] = {}
    for letter in letters:
        counts[letter] = counts.get(letter, 0) + 1
    seen = set(counts) | set(EXPECTED_SHARES)
    distance = sum(abs(counts.get(x, 0) / len(letters) - EXPECTED_SHARES.get(x, 0.0)) for x in seen)
    return 1 - distance / 2


def known_word_share(text: str) -> float:
    """The share of words the lexicons know: ``وقال الرئيس إن`` → 1.0."""
    found = WORD_RE.findall(text)
    if not found:
        return 0.0
    known = 0
    for word in found:
        known += any(stem in KNOWN_WORDS for stem in strip_proclitics(normalize(word)))
    return known / len(found)


def arabic_share(text: str) -> float:
    """Arabic letters among all letters."""
    letters = len(_ANY_LETTER.findall(text))
    return len(_ARABIC_LETTER.findall(text)) / letters if letters else 0.0


def plausibility(text: str) -> float:
    """How much ``text`` reads like Arabic copy: about 1.2 for news text, under 0.5 for
    mojibake or another script (see the module's rules).  Replacement characters and
    control characters count against it."""
    sample = _sample(text)
    if not sample:
        return 0.0
    broken = len(re.findall("[\ufffd\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]", sample)) / len(sample)
    share = arabic_share(sample)
    return share * (letter_fit(sample) + known_word_share(sample)) - BROKEN_PENALTY * broken


def trusted(text: str, score: float) -> bool:
    """Whether a decoding that scored ``score`` reads as Arabic: ``MIN_PLAUSIBILITY`` once the
    sample holds ``FULL_EVIDENCE_LETTERS`` Arabic letters, less for a shorter text (the shares
    of two words say little: ``بوتين وكيم`` scores 0.4), as long as most letters are Arabic."""
    sample = _sample(text)
    letters = _ARABIC_LETTER.findall(sample)
    evidence = min(1.0, len(letters) / FULL_EVIDENCE_LETTERS)
    tah_zah = sum(letter in "طظ" for letter in letters)
    if len(letters) >= MIN_LETTERS_FOR_SHARES and tah_zah / len(letters) > MAX_TAH_ZAH_SHARE:
        return False  # UTF-8 Arabic read as Windows-1256: every other letter is ط or ظ
    return arabic_share(sample) >= MIN_ARABIC_SHARE and score >= MIN_PLAUSIBILITY * evidence


def _sample(text: str) -> str:
    """The start, middle and end of a long text."""
    if len(text) <= SAMPLE_CHARS:
        return text
    third = SAMPLE_CHARS // 3
    middle = len(text) // 2
    return "\n".join((text[:third], text[middle - third // 2 : middle + third // 2], text[-third:]))
