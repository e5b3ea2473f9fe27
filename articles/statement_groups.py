"""Django's side of statement grouping: quotes of one statement across articles, kept in
`StatementGroup` rows that `/compare/` reads.

When an article's quotes are stored (`extraction_service`), :func:`group_article` fetches
the statements that may be the same as its own (the `Quote.wording` GIN index: a unit in
common, within the date window), every quote of the groups those are in, and regroups that
neighbourhood with the pure core (`articles.extraction.statements`); then it writes which
group each quote is in.  Re-extraction puts a quote back into the editor's group it was in
(:class:`Previous`), and editors split and merge groups with :func:`split_group` and
:func:`merge_groups`, which the history records quote by quote.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.db import connection, transaction
from django.db.models import Count, Q

from articles import caching, extraction_service
from articles.extraction.actors import Gazetteer
from articles.extraction.statements import (
    MAX_NEARBY,
    WINDOW_DAYS,
    Placement,
    Speakers,
    Statement,
    regroup,
    related,
    searched_words,
)
from articles.extraction.wording import Wording
from articles.models import Article, Quote, StatementGroup

_built: tuple[Gazetteer, Wording, Speakers] | None = None


def _core(gazetteer: Gazetteer | None = None) -> tuple[Wording, Speakers]:
    """The wording and the speakers of a gazetteer (the registry's when none is given),
    built once per gazetteer."""
    global _built
    gazetteer = gazetteer or extraction_service.gazetteer()
    if _built is None or _built[0] is not gazetteer:
        _built = (gazetteer, Wording(gazetteer), Speakers.from_records(gazetteer.actors.values()))
    return _built[1], _built[2]


def units(text: str, gazetteer: Gazetteer | None = None) -> list[str]:
    """`Quote.wording` of a statement's text."""
    return list(_core(gazetteer)[0].units(text))


# What an article's quotes tell of its groups before they are extracted again.
PREVIOUS_FIELDS = ("normalized_text", "statement_group_id", "statement_group__decided")


@dataclass
class Previous:
    """An article's groups before its quotes are extracted again: the editors' groups by the
    normalised text of the quote that was in them, and every group its quotes were in."""

    decided: dict[str, int] = field(default_factory=dict)
    groups: set[int] = field(default_factory=set)

    @classmethod
    def of(cls, rows: Iterable[tuple[str, int | None, bool | None]]) -> Previous:
        """From the article's quotes' `PREVIOUS_FIELDS`."""
        previous = cls()
        for text, group, decided in rows:
            if group is None:
                continue
            previous.groups.add(group)
            if decided:
                previous.decided.setdefault(text, group)
        return previous


def group_article(
    article: Article,
    previous: Previous | None = None,
    gazetteer: Gazetteer | None = None,
    *,
    quotes: list[Quote] | None = None,
) -> None:
    """Place the article's statements in statement groups (call inside its transaction).

    `quotes`: all the article's quotes, just inserted, in none of the groups yet (a new
    article), which spares reading them back."""
    previous = previous or Previous()
    read = _Read()
    if quotes is not None:
        own = [read.own(quote, article) for quote in quotes if quote.kind == Quote.Kind.STATEMENT]
    else:
        own = [
            _back_in_decided(s, read.texts[s.key], previous)
            for s in read("q.article_id = %s AND q.kind = 'statement'", [article.pk])
        ]
    speakers = _core(gazetteer)[1]
    nearby = _nearby(read, article, own, speakers) if own else []
    known = {s.key for s in [*own, *nearby]}
    touched = {s.group for s in [*own, *nearby] if s.group is not None} | previous.groups
    members = (
        [
            s
            for s in read("q.statement_group_id = ANY(%s)", [sorted(touched)], texts=False)
            if s.key not in known
        ]
        if touched
        else []
    )
    statements = [*nearby, *members, *own]
    if statements:
        _store(statements, regroup(statements, speakers), read.speakers, previous.groups)


def _back_in_decided(statement: Statement, text: str, previous: Previous) -> Statement:
    """A re-extracted quote whose text was in an editor's group goes back into it."""
    group = previous.decided.get(text)
    if statement.group is not None or group is None:
        return statement
    Quote.objects.filter(pk=statement.key).update(statement_group_id=group)
    return Statement(
        statement.key, statement.units, statement.speaker, statement.day, statement.article, group, True
    )


UNIT_SEPARATOR = "\x1f"
# Statements read before, by quote id: read again as they were (the same wording, speaker,
# day and group), each is the same object, whose sets of units the core has built already
# (an import reads the same hundreds of candidates for article after article).
_read_before: dict[int, tuple[tuple, Statement]] = {}
MAX_READ_BEFORE = 20_000


class _Read:
    """Reads statements as the core sees them, keeping aside their normalised text and
    their speaker's id.

    A read takes the quotes' own columns, then what they point to (the speaker's slug, whether
    the group is an editor's, the article's day) by key, in arrays, in one more round trip, and
    only for the keys this grouping has not met yet.  Neither joined nor looked up row by row:
    an import into an empty archive runs in one transaction whose rows the planner's
    statistics do not count, and it looked each candidate's article up by scanning an index of
    every article (211,000 heap fetches for the 500 candidates of one article at 400 articles).
    """

    # The wording as one string: psycopg parsing a text array took 2.5 of the 2.9 ms a read
    # of 500 candidates cost, splitting the string a tenth of it.  Units are words: no
    # control character.
    COLUMNS = """
        SELECT q.id, q.article_id, array_to_string(q.wording, E'\\x1f'), {text}, q.speaker_id,
               q.statement_group_id
        FROM articles_quote q"""
    LOOKUPS = """
        SELECT 'speaker', id, slug, NULL::date FROM articles_actor WHERE id = ANY(%s)
        UNION ALL SELECT 'decided', id, NULL, NULL FROM articles_statementgroup WHERE decided AND id = ANY(%s)
        UNION ALL SELECT 'day', id, NULL, published_on FROM articles_article WHERE id = ANY(%s)"""

    def __init__(self):
        self.texts: dict[int, str] = {}
        self.speakers: dict[int, int | None] = {}
        self.slugs: dict[int, str] = {}
        self.groups: dict[int, bool] = {}
        self.days: dict[int, date | None] = {}

    def __call__(self, where: str, params: list, *, newest: int = 0, texts: bool = True) -> list[Statement]:
        """In the order of their ids, or the `newest` ones, newest first.  `texts`: read the
        normalised texts too (only an article's own quotes need them, and the hundreds of
        candidates around it are most of what is read).  Sorted here, not in SQL, when all
        are read: ORDER BY made the planner walk the primary key through every quote rather
        than look the rows up by their group."""
        columns = self.COLUMNS.format(text="q.normalized_text" if texts else "''")
        limit = f"ORDER BY q.id DESC LIMIT {newest}" if newest else ""
        with connection.cursor() as cursor:
            cursor.execute(f"{columns} WHERE {where} {limit}", params)
            rows = cursor.fetchall()
        if not newest:
            rows.sort(key=lambda row: row[0])
        self._look_up(rows)
        out = []
        for key, article, wording, text, speaker_id, group in rows:
            self.texts[key], self.speakers[key] = text, speaker_id
            speaker = self.slugs[speaker_id] if speaker_id is not None else None
            decided = self.groups[group] if group is not None else False
            seen = (wording, speaker, self.days[article], article, group, decided)
            known = _read_before.get(key)
            if known is None or known[0] != seen:
                units = tuple(wording.split(UNIT_SEPARATOR)) if wording else ()
                known = _read_before[key] = (seen, Statement(key, units, *seen[1:]))
            out.append(known[1])
        if len(_read_before) > MAX_READ_BEFORE:
            _read_before.clear()
        return out

    def _look_up(self, rows: list[tuple]) -> None:
        speakers = sorted({row[4] for row in rows if row[4] is not None} - self.slugs.keys())
        groups = sorted({row[5] for row in rows if row[5] is not None} - self.groups.keys())
        articles = sorted({row[1] for row in rows} - self.days.keys())
        if not (speakers or groups or articles):
            return
        self.groups.update(dict.fromkeys(groups, False))
        with connection.cursor() as cursor:
            cursor.execute(self.LOOKUPS, [speakers, groups, articles])
            for kind, key, slug, day in cursor.fetchall():
                if kind == "speaker":
                    self.slugs[key] = slug
                elif kind == "decided":
                    self.groups[key] = True
                else:
                    self.days[key] = day

    def window(self, article: Article) -> list[int]:
        """The other articles published at most `WINDOW_DAYS` from the article (or on no known
        day), their days kept for the candidates' read."""
        window = timedelta(days=WINDOW_DAYS)
        with connection.cursor() as cursor:
            cursor.execute(
                """SELECT id, published_on FROM articles_article
                WHERE id <> %s AND (published_on IS NULL OR published_on BETWEEN %s AND %s)""",
                [article.pk, article.published_on - window, article.published_on + window],
            )
            days = dict(cursor.fetchall())
        self.days.update(days)
        return sorted(days)

    def own(self, quote: Quote, article: Article) -> Statement:
        """A quote just inserted, as the read above would give it."""
        self.texts[quote.pk], self.speakers[quote.pk] = quote.normalized_text, quote.speaker_id
        speaker = quote.speaker.slug if quote.speaker_id is not None else None
        if quote.speaker_id is not None:
            self.slugs[quote.speaker_id] = speaker
        self.days[article.pk] = article.published_on
        return Statement(
            quote.pk, tuple(quote.wording or ()), speaker, article.published_on, article.pk, None, False
        )


def _nearby(read: _Read, article: Article, own: list[Statement], speakers: Speakers) -> list[Statement]:
    """Statements of other articles, at most `WINDOW_DAYS` away, that one of the article's
    rewords, contains or is a part of (found by a word in common)."""
    words = sorted(searched_words(own))
    if not words:
        return []
    where = "q.kind = 'statement' AND q.article_id <> %s AND q.wording && %s::varchar[]"
    params: list = [article.pk, words]
    if article.published_on is not None:
        # The window's articles by key: a test of each candidate's article by the planner
        # scanned every article again (see `_Read`).
        where += " AND q.article_id = ANY(%s)"
        params.append(read.window(article))
    found = read(where, params, newest=MAX_NEARBY, texts=False)
    return related(own, found, speakers)


def _store(
    statements: list[Statement], placements: list[Placement], speaker_ids: dict, previous: Iterable[int]
) -> None:
    """Write the placements: new groups, moved quotes, each group's speaker (its most
    frequent); delete the groups nothing is left in."""
    current = {s.key: s.group for s in statements}
    fresh = iter(StatementGroup.objects.bulk_create(StatementGroup() for p in placements if p.group is None))
    target: dict[int, int | None] = dict.fromkeys(current)
    speakers: list[tuple[int, int | None]] = []
    for placement in placements:
        group = placement.group if placement.group is not None else next(fresh).pk
        target.update(dict.fromkeys(placement.keys, group))
        named = Counter(speaker_ids[k] for k in placement.keys if speaker_ids.get(k) is not None)
        speakers.append((group, min(named, key=lambda s: (-named[s], s)) if named else None))
    _update(
        ("articles_quote", "statement_group_id", [(k, g) for k, g in target.items() if g != current[k]]),
        ("articles_statementgroup", "speaker_id", speakers),
    )
    left = ({g for g in current.values() if g is not None} | set(previous)) - {g for g, _ in speakers}
    if left:
        StatementGroup.objects.filter(pk__in=left, quotes__isnull=True).delete()


def _update(*assignments: tuple[str, str, list[tuple[int, int | None]]]) -> None:
    """Set one foreign key of many rows, for each (table, column, values): in one round trip
    (one UPDATE per assignment, joined as data-modifying WITH clauses), no signal, no history.
    The pairs go as two arrays: two parameters an UPDATE, not two a row for the client to quote
    and the server to parse."""
    updates = [
        (
            f"""UPDATE {table} t SET {column} = v.value
                FROM unnest(%s::bigint[], %s::bigint[]) AS v(id, value)
                WHERE t.id = v.id AND t.{column} IS DISTINCT FROM v.value""",
            [[i for i, _ in values], [v for _, v in values]],
        )
        for table, column, values in assignments
        if values
    ]
    if not updates:
        return
    *first, (last, params) = updates
    clauses = ", ".join(f"u{n} AS ({update})" for n, (update, _) in enumerate(first))
    with connection.cursor() as cursor:
        cursor.execute(
            (f"WITH {clauses} " if first else "") + last, [v for _, pair in first for v in pair] + params
        )


def prune() -> None:
    """Dissolve the groups left with one quote (an editor's with none): articles deleted."""
    lonely = StatementGroup.objects.annotate(n=Count("quotes")).filter(Q(decided=False, n__lt=2) | Q(n=0))
    StatementGroup.objects.filter(pk__in=lonely.values("pk")).delete()


# --- What editors do ---------------------------------------------------------------------------


@transaction.atomic
def split_group(group: StatementGroup, quotes: Iterable[Quote], reason: str = "") -> StatementGroup:
    """Move `quotes` out of `group` into a new group; both become editors' decisions.

    A single quote split off stays in a group of its own, so grouping never puts it back."""
    with caching.one_change():
        new = StatementGroup(decided=True)
        new._change_reason = reason or f"split from #{group.pk}"
        new.save()
        for quote in quotes:
            quote.statement_group = new
            quote._change_reason = new._change_reason
            quote.save(update_fields=["statement_group", "updated_at"])
        for decided in (group, new):
            _decide(decided, reason or f"split #{group.pk} → #{new.pk}")
    return new


@transaction.atomic
def merge_groups(groups: Iterable[StatementGroup], reason: str = "") -> StatementGroup:
    """Fold the groups into the oldest one, which becomes an editor's decision."""
    groups = sorted(groups, key=lambda g: g.pk)
    kept, others = groups[0], groups[1:]
    why = reason or f"merged {', '.join(f'#{g.pk}' for g in groups)}"
    with caching.one_change():
        for other in others:
            for quote in other.quotes.all():
                quote.statement_group = kept
                quote._change_reason = why
                quote.save(update_fields=["statement_group", "updated_at"])
            other._change_reason = why
            other.delete()
        _decide(kept, why)
    return kept


def _decide(group: StatementGroup, reason: str) -> None:
    named = Counter(group.quotes.exclude(speaker=None).values_list("speaker_id", flat=True))
    group.speaker_id = min(named, key=lambda s: (-named[s], s)) if named else None
    group.decided = True
    group._change_reason = reason
    group.save()


def group_everything() -> int:
    """Regroup every statement of the archive in one pass, keeping editors' groups: after a
    change to the wording rules (`Quote.wording` is computed again first), and for the bench.
    Returns the number of groups."""
    with transaction.atomic(), caching.one_change():
        changed, known = [], {}
        for quote in Quote.objects.statements().only("pk", "text", "wording").iterator(chunk_size=2000):
            if quote.text not in known:
                known[quote.text] = units(quote.text)
            wording = known[quote.text]
            if wording != quote.wording:
                quote.wording = wording
                changed.append(quote)
        Quote.objects.bulk_update(changed, ["wording"], batch_size=2000)
        read = _Read()
        statements = read("q.kind = 'statement'", [], texts=False)
        previous = {s.group for s in statements if s.group is not None}
        _store(statements, regroup(statements, _core()[1]), read.speakers, previous)
    return StatementGroup.objects.count()
