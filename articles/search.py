"""Arabic search: how articles are indexed, how a query is read, how matches are found and shown.

PostgreSQL's `arabic` stemmer cuts proper names (بوتين → وتين, لبوتين → لبوت), so the
archive normalises text itself and indexes each word together with its proclitic-free
forms on the `simple` configuration: لبوتين is stored as `لبوتين بوتين`, and a search for
بوتين, وبوتين or لبوتين reaches it (`index_text`, kept in `Article.search_text`).

A query goes through the same normaliser and is widened through the actor registry, so any
spelling of a name finds every other (`analyse_query`); the article list filters by its
`to_tsquery()` and ranks a window of matches (`typed_hits`), `search_matches` gives every
matching id from the GIN index; a snippet marks the matched words (`highlight`).
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from django.db import connection, transaction
from django.utils.safestring import SafeString, mark_safe

from articles.extraction.actors import Gazetteer
from articles.extraction.normalize import (
    WORD_RE,
    index_terms,
    join_initials,
    normalize,
    strip_proclitics,
    tokens,
)
from articles.extraction_service import gazetteer

MAX_QUERY_WORDS = 8
MAX_WORD_LENGTH = 40
MAX_RANKED_FORMS = 8


def index_text(text: str) -> str:
    """The words PostgreSQL indexes for a text, space separated."""
    return " ".join(index_terms(text))


@dataclass
class ArabicQuery:
    """A user's search, analysed into groups that must all match (AND).

    A group is a list of alternatives (OR); an alternative is a list of words that must all
    be present (AND); a word is the list of its forms (OR). `سيرغي شويجو` is one group whose
    alternatives are the typed words and every other spelling of the actor's name.
    """

    groups: list[list[list[list[str]]]] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.groups)

    def highlight_terms(self, indexed: set[str] | None = None) -> set[str]:
        """The forms to mark; given the article's indexed terms, only those of alternatives it
        holds whole, so `قيم` (a variant of `كيم` in `قيم جونق اون`) is not marked alone."""
        return {
            form
            for group in self.groups
            for alt in group
            if indexed is None or all(indexed.intersection(word) for word in alt)
            for word in alt
            for form in word
        }

    def to_tsquery(self) -> str:
        # Alias words are ANDed, not joined with <->: search_text lists each word once,
        # stems after it, so tsvector positions do not follow the article's word order.
        def alternative(words):
            return " & ".join("(" + " | ".join(_lexeme(f) for f in forms_) + ")" for forms_ in words)

        return " & ".join(
            "(" + " | ".join(dict.fromkeys(f"({alternative(alt)})" for alt in group)) + ")"
            for group in self.groups
        )


def _lexeme(word: str) -> str:
    return "'" + word.replace("'", "''").replace("\\", "") + "'"


def word_forms(word: str) -> list[str]:
    """The word as typed plus its proclitic-free stems: `للكرملين` → للكرملين, الكرملين, كرملين.

    Stems of two letters (`كيم` → `يم`) are dropped: they match unrelated words.  A word the
    index never holds (a lone letter or digit: `روسيا 1`) has no forms and asks nothing.
    """
    stems = strip_proclitics(word)
    if not stems:
        return []
    return [word] + [stem for stem in stems[1:] if len(stem) > 2]


def _position_forms(words: list[str]) -> list[str]:
    """The forms of every spelling one word of a name takes in an alternative."""
    return [form for word in words for form in word_forms(word)]


def named_actors(registry: Gazetteer, words: list[str]) -> tuple[str, ...]:
    """The actors `words` name, the first word's glued proclitics allowed: `لسيرغي شويجو`."""
    for form in dict.fromkeys([words[0], *strip_proclitics(words[0])]):  # `أ` is a word too
        keys = registry.named_by((form, *words[1:]))
        if keys:
            return keys
    return ()


def spelling_alternatives(registry: Gazetteer, keys: tuple[str, ...]) -> list[list[list[str]]]:
    """Every spelling of the actors' names as alternatives to search for: each a list of
    positions, each position the words any of which may stand there.

    A spelling whose words include all of another's finds nothing more (with `شويغو`,
    `شويجو` and `شويقو` searched, `سيرغي شويغو` adds no article), and spellings that differ
    in one word merge: the 27 g-letter variants of `جيم جونج أون` make one alternative,
    `(جيم|غيم|قيم) & (جونج|جونغ|…) & اون`, not 27.
    """
    # The index keeps no word order: one spelling per set of words is enough.
    spellings: dict[frozenset[str], tuple[str, ...]] = {}
    for spelling in sorted(s for key in keys for s in registry.spellings(key)):
        words = tuple(join_initials(list(spelling)))
        spellings.setdefault(frozenset(words), words)
    alternatives = {
        tuple(frozenset([word]) for word in words)
        for word_set, words in spellings.items()
        if not any(other < word_set for other in spellings)
    }
    for position in range(max(map(len, alternatives), default=0)):
        alternatives = _merge_at(alternatives, position)
    return sorted([sorted(words) for words in alternative] for alternative in alternatives)


def _merge_at(alternatives: set[tuple[frozenset[str], ...]], position: int) -> set:
    """`(A, x, C)` and `(A, y, C)` → `(A, {x, y}, C)`: the same articles, one alternative."""
    shorter, rest_to_words = set(), {}
    for alternative in alternatives:
        if position >= len(alternative):
            shorter.add(alternative)
        else:
            rest = alternative[:position] + alternative[position + 1 :]
            rest_to_words.setdefault(rest, set()).update(alternative[position])
    return shorter | {
        rest[:position] + (frozenset(words),) + rest[position:] for rest, words in rest_to_words.items()
    }


MAX_QUERY_CHARACTERS = 1000


def _bounded(text: str) -> str:
    """At most `MAX_QUERY_CHARACTERS` of a search box's text, never ending in a word cut in
    two: `بوتين بوتين …` a thousand times reads as `بوتين`, not `بوتين بوتي`."""
    if len(text) <= MAX_QUERY_CHARACTERS:
        return text
    head = text[:MAX_QUERY_CHARACTERS]
    if text[MAX_QUERY_CHARACTERS].isspace():
        return head
    whole_words = head.rsplit(maxsplit=1)
    return whole_words[0] if len(whole_words) == 2 else ""


def analyse_query(text: str) -> ArabicQuery:
    """Normalise a search box's text and expand names through the actor registry (no query).

    Any spelling of a known name finds every other: the registry's names and aliases and the
    variants the gazetteer generates from them, whichever was typed (`شويغو` finds `شويجو`,
    `سيرجي شويجو` finds `شويغو`). Only names expand: titles (`وزير الدفاع`) and demonyms
    (`روسي`) would widen a search far beyond what was asked.
    """
    words = [w[:MAX_WORD_LENGTH] for w in tokens(_bounded(text))][:MAX_QUERY_WORDS]
    if not words:
        return ArabicQuery()
    registry = gazetteer()  # built once per process from the registry
    groups, i = [], 0
    while i < len(words):
        longest = min(registry.longest_name, len(words) - i)
        n, keys = next(
            ((n, keys) for n in range(longest, 0, -1) if (keys := named_actors(registry, words[i : i + n]))),
            (1, ()),
        )
        typed = [forms for w in join_initials(words[i : i + n]) if (forms := word_forms(w))]
        others = [
            [
                forms
                for position in alternative
                if (forms := [f for word in position for f in word_forms(word)])
            ]
            for alternative in spelling_alternatives(registry, keys)
        ]
        group = [alternative for alternative in [typed, *others] if alternative]
        if group and group not in groups:  # `بوتين بوتين` asks nothing more than `بوتين`
            groups.append(group)
        i += n
    return ArabicQuery(groups=groups)


_stems = lru_cache(maxsize=65536)(strip_proclitics)  # the same words recur in every snippet
_normalized_word = lru_cache(maxsize=131072)(normalize)


def iter_token_spans(text: str) -> Iterator[tuple[int, int, str]]:
    """`token_spans`, word by word, for a caller that may stop early."""
    for m in WORD_RE.finditer(text):
        yield m.start(), m.end(), _normalized_word(m.group())


def highlight(text: str, query: ArabicQuery, width: int = 36, indexed: str | None = None) -> SafeString:
    """An escaped snippet of `text` around the first match, matches wrapped in `<mark>`.

    Matching runs on normalised words and their stems, so `بوتين` marks `لبوتين`; `indexed`
    (the article's `search_text`) leaves out the words of spellings the article does not hold.
    """
    terms = query.highlight_terms(set(indexed.split()) if indexed is not None else None)
    # The body is read only as far as the snippet needs: up to the first hit and a window on.
    spans, first = [], None
    for start, end, word in iter_token_spans(text):
        spans.append((start, end, word))
        if first is None and terms.intersection(_stems(word)):
            first = len(spans) - 1
        if first is not None and len(spans) > max(0, first - width // 3) + width:
            break  # one word past the window: the snippet ends with "…"
    if not spans:
        return mark_safe("")
    first = first or 0
    lo = max(0, first - width // 3)
    hi = min(len(spans), lo + width)
    out, cursor = [], spans[lo][0]
    for i in range(lo, hi):
        start, end, word = spans[i]
        out.append(html.escape(text[cursor:start]))  # Django's escape(), without its wrapper
        chunk = html.escape(text[start:end])
        out.append(f"<mark>{chunk}</mark>" if terms.intersection(_stems(word)) else chunk)
        cursor = end
    prefix = "… " if lo > 0 else html.escape(text[: spans[0][0]])
    suffix = " …" if hi < len(spans) else html.escape(text[cursor:])
    return mark_safe(prefix + "".join(out) + suffix)  # noqa: S308 - every piece is escaped above


def search_matches(query: ArabicQuery, ranked: bool) -> dict[int, int]:
    """Ids of the articles matching `query`, each with the number of typed forms it holds.

    Read through the GIN index alone: a query like بوتين matches most articles, and the
    planner, which does not count the cost of reading each large search vector out of
    TOAST, would rather scan the table and test every vector (five times slower). With
    `ranked`, each form of the typed words is looked up in the index too, and the number
    found ranks the article: search_text lists a word once, so term frequency cannot.
    """
    parts = ["SELECT id, 0 AS hit FROM articles_article WHERE search_vector @@ to_tsquery('simple', %s)"]
    params = [query.to_tsquery()]
    if ranked:
        typed = dict.fromkeys(form for group in query.groups for word in group[0] for form in word)
        for form in list(typed)[:MAX_RANKED_FORMS]:
            parts.append("SELECT id, 1 FROM articles_article WHERE search_vector @@ to_tsquery('simple', %s)")
            params.append(_lexeme(form))
    sql = f"SELECT id, count(*) - 1 FROM ({' UNION ALL '.join(parts)}) m GROUP BY id HAVING bool_or(hit = 0)"
    with transaction.atomic(savepoint=False), connection.cursor() as cursor:
        # Planner settings for this transaction only; a normal user may set them.
        cursor.execute(
            "SELECT set_config('enable_seqscan', 'off', true),"
            " set_config('max_parallel_workers_per_gather', '0', true)"
        )
        cursor.execute(sql, params)
        return dict(cursor.fetchall())


def typed_hits(query: ArabicQuery, ids: list[int]) -> dict[int, int]:
    """How many forms of the typed words each of these articles holds: the relevance rank
    (search_text lists a word once, so term frequency cannot rank). Reads only these
    articles (a page's window), not every match of a common word."""
    typed = dict.fromkeys(form for group in query.groups for word in group[0] for form in word)
    forms = list(typed)[:MAX_RANKED_FORMS]
    if not ids or not forms:
        return {}
    held = " + ".join("(search_vector @@ to_tsquery('simple', %s))::int" for _ in forms)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT id, {held} FROM articles_article WHERE id = ANY(%s)",  # noqa: S608 - placeholders only
            [*(_lexeme(form) for form in forms), list(ids)],
        )
        return dict(cursor.fetchall())
