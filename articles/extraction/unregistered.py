"""Whether the words read as a speaker the registry does not know can be one (issue 11).

A registered actor is found through the registry; an unregistered one (a proposed name, an
unnamed description) is read from the copy, and the reading can run past the name into the
rest of the sentence: ``فردّ كيم بنخب مماثل`` gave the "name" ``كيم بنخب مماثل``, ``دوّن كيم
ملاحظته بخط يده`` gave ``كيم ملاحظته بخط يده``.  A wrong name does more harm than none, so
`can_be_speaker` checks what was read, word by word, before it is proposed: a word no name
carries (a function word, a noun glued to a preposition, a noun with a possessive pronoun, a
verb, an adverb, a number) means the words are not a speaker, and the quote waits for an editor
(or the rules try their next reading, `phrases._person`).

The checks are on the words as written: the normalised form folds ``ة`` into ``ه``, and a
possessive ``ه`` (``رسالته``) is then the ``ة`` of a name (``فاطمة``).
"""

from __future__ import annotations

from functools import lru_cache

from articles.extraction import cues, names
from articles.extraction.normalize import normalize

_DIACRITICS = dict.fromkeys(map(ord, "ًٌٍَُِّْـ"))
# The pronouns a possessed noun ends with, after the ``ت`` of its feminine ending: ``ملاحظته``,
# ``رسالتها``, ``كلمتهم``.  No name ends so: a feminine name ends in ``ة``.
_POSSESSIVE_AFTER_TA = ("ته", "تها", "تهم", "تهما")
# Letters before a final ``ه`` that make it a transliterated vowel, not a pronoun: ``بواسييه``,
# ``ماريه``, ``جيه``, ``سيبويه``.
_VOWEL_BEFORE_HA = "ياوىءئ"
# A bare final ``ه`` is a pronoun on a long word (``تأكيده``) or after ب (``بقلمه``); shorter,
# it ends names: ``عبده``, ``بابه``, ``ورسمه``.
_LONG_POSSESSED = 6
_GLUED_POSSESSED = 5
# Names ending in ``الله``/``إله`` (``عبدالله``, ``عبد الإله``): the ``ه`` of God's name.
_GOD = ("الله", "لله", "اله", "إله")
# Nouns of how, or with what, words are said, glued to ب: ``بنخب``, ``بخط``, ``بصوت``, ``ببطء``.
# They follow the speaker in the sentence (``وردّ كيم بنخب مماثل``), never belong to a name.
_MANNER_NOUNS = frozenset(
    normalize(
        "نخب خط يد قلم صوت نبرة لهجة كلمة رسالة عبارة ابتسامة ضحكة بطء سرعة حرارة حماس هدوء "
        "صراحة وضوح اختصار إيجاز لغة حضور مناسبة"
    ).split()
)


def plain_letters(word: str) -> str:
    """The word without its short vowels, shadda and tatweel: ``المدرّع`` → ``المدرع``."""
    return word.translate(_DIACRITICS)


@lru_cache(maxsize=65536)
def possessed(word: str) -> bool:
    """A noun with a possessive pronoun, as written: ``ملاحظته``, ``رسالتها``, ``بقلمه``,
    ``تأكيده`` → True; ``فاطمة``, ``بواسييه``, ``ماريه``, ``عبده``, ``بابه``, ``عبدالله`` → False."""
    word = plain_letters(word)
    if len(word) >= 4 and word.endswith(_POSSESSIVE_AFTER_TA):
        return True
    if not word.endswith("ه") or word[-2] in _VOWEL_BEFORE_HA or word.endswith(_GOD):
        return False
    return len(word) >= _LONG_POSSESSED or (len(word) >= _GLUED_POSSESSED and word[0] == "ب")


@lru_cache(maxsize=65536)
def glued_manner(word: str) -> bool:
    """A noun of how words are said glued to ``ب``: ``بنخب``, ``بخط``, ``بصوت``, ``ببطء``,
    ``وبحماس`` → True; ``بوتين``, ``بيتر``, ``بلال``, ``وليد`` (not و + ل + يد) → False."""
    token = cues.strip_conjunction(normalize(plain_letters(word)))
    return len(token) > 2 and token[0] == "ب" and token[1:] in _MANNER_NOUNS


def _word_of_no_name(word: str) -> bool:
    """A word no person's name carries: a function word (``بينهم``, ``إلى``, ``ثلاثة``), a
    complementizer, a verb of saying, an accusative adverb (``مبتسماً``) or a digit."""
    written = plain_letters(word)
    token = normalize(written)
    if word.endswith(("ً", "اً", "ًا")) or any(char.isdigit() for char in token):
        return True
    if written.startswith("آ"):
        return False  # ``آن كلير``: a name, not ``أن``
    return token in names.FUNCTION_WORDS or token in cues.COMPLEMENTIZERS or token in cues.ALL_CUES


def can_be_person(name: str) -> bool:
    """Whether the words can be a person's name the registry does not know.

    ``جان لوك دو بواسييه``, ``نور الهدى بن سالم``, ``لي سو-يون``, ``بيتر برانت``, ``العربي بن
    حميدة المحجوبي`` → True; ``كيم بنخب مماثل`` (a toast glued to ب), ``كيم ملاحظته بخط يده``
    (a possessed noun), ``المدرّع ببطء`` (a participle with the article), ``كيم
    مبتسماً`` (an accusative), ``ثلاثة دبلوماسيين`` (a number) → False.
    """
    words = name.split()
    if not words:
        return False
    first = plain_letters(words[0])
    if first.startswith("الم") and normalize(first) not in names.DEFINITE_GIVEN_NAMES:
        return False  # a participle or an adjective: ``المدرّع``; ``المهدي``, ``المختار`` are names
    return not any(possessed(word) or glued_manner(word) or _word_of_no_name(word) for word in words)


def can_be_speaker(name: str, kind: str) -> bool:
    """Whether ``name``, read as an unregistered speaker of ``kind`` (``person``, ``organisation``,
    ``medium``, ``country`` or ``description``), can be one: a person by `can_be_person`; a
    body or a description has no word with a possessive pronoun and none of how words are said
    (``السفارة الروسية في بيروت``, ``مصدر دبلوماسي`` → True; ``مصدر في وزارة الخارجية
    تأكيده`` → False, its last word is the source's ``تأكيده``)."""
    if kind == "person":
        return can_be_person(name)
    return not any(possessed(word) or glued_manner(word) for word in name.split())
