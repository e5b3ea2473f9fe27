"""Sentences of stored articles and the frames they evoke, precomputed for `/compare/`.

When an article is stored, its body is split into `Sentence` rows (normalised text and
offsets) and each sentence is matched against every frame's lexicon (`SentenceFrame`), so
the comparison's frames matrix is a GROUP BY, not a regular expression per sentence per
request.  When an editor changes a lexicon, that frame is matched again
(`rematch_after_commit`, called by `articles.signals`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from threading import local

from django.db import connection, transaction

from articles import caching
from articles.bulk import copy_objects
from articles.extraction.frames import lexicon_pattern
from articles.extraction.normalize import normalize
from articles.extraction.sentences import split_sentences
from articles.models import Article, Sentence


def store_sentences(article: Article) -> int:
    """(Re)build the article's `Sentence` rows from its body, with their frame matches;
    returns how many sentences were stored.

    Called by the extraction service on import and re-extraction, inside its
    `articles.caching.one_change()`, which moves the cache version once the whole is stored.
    Inside `sentences_later()` (an import's batch) it only notes the article (returns 0).
    """
    later = getattr(_run, "later", None)
    if later is not None:
        later.add(article.pk)
        return 0
    return store_sentences_bulk([article])


@contextmanager
def sentences_later() -> Iterator[None]:
    """Store the sentences of the articles `store_sentences` is given inside, all at once at
    the end (before the caller commits): an import's batch of fifty in four statements rather
    than four an article.  They are split from the bodies as stored then, so an article whose
    savepoint was rolled back meanwhile keeps the sentences of its stored body, or none."""
    _run.later, outer = set(), getattr(_run, "later", None)
    try:
        yield
        ids, _run.later = _run.later, outer
        if ids:
            store_sentences_bulk(Article.objects.filter(pk__in=ids).only("pk", "body").order_by("pk"))
    finally:
        _run.later = outer


def store_sentences_bulk(articles: Iterable[Article]) -> int:
    """`store_sentences` for many articles in a few statements (an import's batch, the bench)."""
    articles = list(articles)
    ids = [a.pk for a in articles]
    rows = [
        Sentence(article=a, position=s.position, start=s.start, end=s.end, normalized=normalize(s.text))
        for a in articles
        for s in split_sentences(a.body or "")
    ]
    with transaction.atomic(savepoint=False):  # a failure rolls back the caller's whole
        Sentence.objects.filter(article_id__in=ids).delete()
        copy_objects(Sentence, rows)
        match_frames(article_ids=ids)
    return len(rows)


def frame_lexicons() -> list[dict]:
    """Frames with their normalised lexicon entries and the pattern they make, in one query."""
    with connection.cursor() as cursor:
        cursor.execute(
            """SELECT f.id, f.slug, f.name_ar, f.name_en, f.description, f.position,
                      coalesce(array_agg(t.normalized ORDER BY t.normalized)
                               FILTER (WHERE t.id IS NOT NULL), '{}') AS terms
               FROM articles_frame f LEFT JOIN articles_frameterm t ON t.frame_id = f.id
               GROUP BY f.id ORDER BY f.position, f.slug"""
        )
        names = [c.name for c in cursor.description]
        rows = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    for row in rows:
        row["pattern"] = lexicon_pattern(row["terms"]) if row["terms"] else None
    return rows


_run = local()


@contextmanager
def one_lexicon() -> Iterator[None]:
    """Read the frames' lexicons once for everything inside (an import run) rather than once
    an article; a lexicon edited meanwhile is rematched over every sentence by its own signal."""
    _run.lexicons, previous = None, getattr(_run, "lexicons", None)
    _run.pinned = True
    try:
        yield
    finally:
        _run.pinned, _run.lexicons = False, previous


def _lexicons() -> list[dict]:
    if not getattr(_run, "pinned", False):
        return frame_lexicons()
    if _run.lexicons is None:
        _run.lexicons = frame_lexicons()
    return _run.lexicons


def match_frames(article_ids: list[int] | None = None, frame_ids: list[int] | None = None) -> int:
    """(Re)write `SentenceFrame` for these articles' sentences, or for every sentence and
    these frames (a lexicon changed), or for everything.  The match is the regular expression
    `articles.extraction.frames.lexicon_pattern` builds from the lexicon, the one `find_terms`
    uses to highlight the evidence: run by Python for an import's articles (`_match_here`), by
    PostgreSQL over the archive.  Returns the matches written."""
    lexicons = [f for f in _lexicons() if f["pattern"] and (frame_ids is None or f["id"] in frame_ids)]
    where, params = [], []
    if article_ids is not None:
        where.append("article_id = ANY(%s)")
        params.append(list(article_ids))
    if frame_ids is not None:
        where.append("frame_id = ANY(%s)")
        params.append(list(frame_ids))
    with connection.cursor() as cursor:
        delete = "DELETE FROM articles_sentenceframe"
        cursor.execute(delete + (" WHERE " + " AND ".join(where) if where else ""), params)
        if not lexicons:
            return 0
        if article_ids is not None:
            return _match_here(cursor, list(article_ids), lexicons)
        # Each distinct sentence is matched once: copy repeats itself (a datelined lead, a
        # banner, a text pasted twice), and a regular expression per frame is the cost.
        only = "WHERE article_id = ANY(%s)" if article_ids is not None else ""
        sql = f"""
        INSERT INTO articles_sentenceframe (sentence_id, frame_id, article_id)
        SELECT s.id, m.frame_id, s.article_id
        FROM (SELECT id, article_id, normalized FROM articles_sentence {only}) s
        JOIN (SELECT d.normalized, p.frame_id
              FROM (SELECT DISTINCT normalized FROM articles_sentence {only}) d
              JOIN unnest(%s::bigint[], %s::text[]) AS p(frame_id, pattern) ON d.normalized ~ p.pattern
             ) m ON m.normalized = s.normalized"""
        patterns = [[f["id"] for f in lexicons], [f["pattern"] for f in lexicons]]
        ids = [list(article_ids)] if article_ids is not None else []
        cursor.execute(sql, [*ids, *ids, *patterns])
        return cursor.rowcount


def _match_here(cursor, article_ids: list[int], lexicons: list[dict]) -> int:
    """`match_frames` for an import's articles, matched by Python's `re` with the same patterns
    (`frames.py` uses only constructs both engines read alike, and whether a pattern matches at
    all does not depend on which alternative an engine prefers): three times faster than
    PostgreSQL's engine on a file of 20,000 sentences, and written with one COPY."""
    cursor.execute(
        "SELECT id, article_id, normalized FROM articles_sentence WHERE article_id = ANY(%s)", [article_ids]
    )
    rows = cursor.fetchall()
    patterns = [(f["id"], _compiled(f["pattern"])) for f in lexicons]
    frames_of: dict[str, list[int]] = {}
    written = 0
    copy_sql = "COPY articles_sentenceframe (sentence_id, frame_id, article_id) FROM STDIN"
    with cursor.cursor.copy(copy_sql) as copy:
        for sentence_id, article_id, text in rows:
            frames = frames_of.get(text)
            if frames is None:
                # Each distinct sentence once: copy repeats itself (datelines, banners, pastes).
                frames = frames_of[text] = [frame for frame, pattern in patterns if pattern.search(text)]
            for frame in frames:
                copy.write_row((sentence_id, frame, article_id))
            written += len(frames)
    return written


@functools.lru_cache(maxsize=64)
def _compiled(pattern: str) -> re.Pattern:
    return re.compile(pattern)


def rematch(frame_ids: list[int] | None = None) -> int:
    """Match these frames (None: every frame) again over every stored sentence, and forget
    pages that showed the old matches (they were cached while the matches were being
    rewritten).  Returns the matches written."""
    if frame_ids is not None and not frame_ids:
        return 0
    with transaction.atomic():
        matches = match_frames(frame_ids=frame_ids)
    caching.bump()
    return matches


_pending = local()


def rematch_after_commit(frame_id: int) -> None:
    """A lexicon entry of this frame changed: rematch the frame once the change is committed
    (an admin form saving ten entries rematches once), at once when there is no transaction."""
    connection_ = transaction.get_connection()
    if not connection_.in_atomic_block:  # autocommit (a shell): the change is already stored
        rematch([frame_id])
        return
    # A rolled-back transaction drops its on-commit callbacks but not this thread's set:
    # start a new set whenever ours is no longer waiting on the current transaction.
    waiting = any(entry[1] is _rematch_pending for entry in connection_.run_on_commit)
    if getattr(_pending, "frames", None) is None or not waiting:
        _pending.frames = set()
        transaction.on_commit(_rematch_pending)
    _pending.frames.add(frame_id)


def _rematch_pending() -> None:
    frame_ids = sorted(getattr(_pending, "frames", None) or ())
    _pending.frames = None
    rematch(frame_ids)
