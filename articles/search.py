"""Arabic search: how articles are indexed, how a query is read, how matches are found and shown.

PostgreSQL's `arabic` stemmer cuts proper names (بوتين → وتين, لبوتين → لبوت), so the
archive normalises text itself and indexes each word together with its proclitic-free
forms on the `simple` configuration: لبوتين is stored as `لبوتين بوتين`, and a search for
بوتين, وبوتين or لبوتين reaches it (`index_text`, kept in `Article.search_text`).

A query goes through the same normaliser and is widened through the actor registry, so a
name finds every spelling of it (`analyse_query`); the matching articles come from the GIN
index (`search_matches`); a snippet marks the matched words (`highlight`).
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from django.db import connection, transaction
from django.utils.safestring import SafeString, mark_safe

from articles.extraction.actors import NAME
from articles.extraction.normalize import WORD_RE, index_terms, normalize, strip_proclitics, tokens
from articles.extraction_service import gazetteer
from articles.models import Alias

MAX_QUERY_WORDS = 8
MAX_WORD_LENGTH = 40
MAX_RANKED_FORMS = 8


def index_text(text: str) -> str:
    """The words PostgreSQL indexes for a text, space separated."""
    return " ".join(index_terms(text))


MAX_NAME_WORDS = 4


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

    def highlight_terms(self) -> set[str]:
        return {form for group in self.groups for alt in group for word in alt for form in word}

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

    Stems of two letters (`كيم` → `يم`) are dropped: they match unrelated words.
    """
    return [word] + [stem for stem in strip_proclitics(word)[1:] if len(stem) > 2]


def _name_keys(words: list[str], i: int, n: int) -> list[str]:
    """How words[i:i+n] may be written in the alias table: `لسيرغي شويغو` → `سيرغي شويغو`."""
    rest = words[i + 1 : i + n]
    return [" ".join([form, *rest]) for form in word_forms(words[i])]


def generated_spellings(name: str) -> set[str]:
    """Every stored name of the actor that `name` spells in a way the registry only implies.

    The alias table holds `سيرغي شويجو`; the gazetteer also knows `شويجو`, `شويقو` … from
    its g-letter variants, so a search for `شويجو` reaches articles that write `شويغو`.
    The gazetteer is built once per process from the registry, so this costs no query.
    """
    registry = gazetteer()
    matches = registry.match(name)
    if len(matches) != 1 or len(matches[0].keys) != 1 or matches[0].alias_kind != NAME:
        return set()
    if (matches[0].start, matches[0].end) != (0, len(name)):
        return set()
    actor = registry.actor(matches[0].key)
    return {normalize(spelling) for spelling in (actor.name_ar, *actor.aliases)}


def analyse_query(text: str) -> ArabicQuery:
    """Normalise a search box's text and expand names through the actor registry (one query).

    `شويجو` and `سيرغي شويجو` are aliases of the actor who is also `شويغو`, so either
    query also finds articles that write `شويغو`. Only names expand: titles (`وزير الدفاع`)
    and demonyms (`روسي`) would widen a search far beyond what was asked.
    """
    words = [w[:MAX_WORD_LENGTH] for w in tokens(text[: MAX_QUERY_WORDS * (MAX_WORD_LENGTH + 1)])]
    words = list(dict.fromkeys(words))[:MAX_QUERY_WORDS]
    if not words:
        return ArabicQuery()
    spans = [(i, n) for i in range(len(words)) for n in range(1, min(MAX_NAME_WORDS, len(words) - i) + 1)]
    keys = {key for i, n in spans for key in _name_keys(words, i, n)}
    rows = Alias.objects.filter(
        normalized__in=keys, kind=Alias.Kind.NAME, actor__aliases__kind=Alias.Kind.NAME
    ).values_list("normalized", "actor__aliases__normalized")
    spellings: dict[str, set[str]] = {}
    for matched, other in rows:
        spellings.setdefault(matched, set()).add(other)
    for key in keys - spellings.keys():
        generated = generated_spellings(key)
        if generated:
            spellings[key] = generated
    groups, i = [], 0
    while i < len(words):
        n = next(
            (
                n
                for n in range(min(MAX_NAME_WORDS, len(words) - i), 0, -1)
                if any(k in spellings for k in _name_keys(words, i, n))
            ),
            1,
        )
        typed = [word_forms(w) for w in words[i : i + n]]
        others = sorted({s for k in _name_keys(words, i, n) for s in spellings.get(k, ())})
        group = [typed] + [[word_forms(w) for w in tokens(name)] for name in others if tokens(name)]
        groups.append(group)
        i += n
    return ArabicQuery(groups=groups)


_stems = lru_cache(maxsize=65536)(strip_proclitics)  # the same words recur in every snippet
_normalized_word = lru_cache(maxsize=131072)(normalize)


def iter_token_spans(text: str) -> Iterator[tuple[int, int, str]]:
    """`token_spans`, word by word, for a caller that may stop early."""
    for m in WORD_RE.finditer(text):
        yield m.start(), m.end(), _normalized_word(m.group())


def highlight(text: str, query: ArabicQuery, width: int = 36) -> SafeString:
    """An escaped snippet of `text` around the first match, matches wrapped in `<mark>`.

    Matching runs on normalised words and their stems, so `بوتين` marks `لبوتين`.
    """
    terms = query.highlight_terms()
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
