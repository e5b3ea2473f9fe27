"""The comparison's sections as they were computed before the per-article summary rows
(`articles.summaries`): straight from quotes, sentences and frame matches.  Kept for
test_summaries, which checks that the summed rows give exactly these figures."""

from __future__ import annotations

from django.db import transaction

from articles.compare import (
    LETTERS,
    MAX_STATEMENT_GROUPS,
    TOP_SOURCES,
    TOP_SPEAKERS,
    TOP_TERMS,
    UNKNOWN_OUTLET,
    UNKNOWN_OUTLET_LABELS,
    VOICE_GROUP_SQL,
    Columns,
    Selection,
    _rows,
    _share,
    distinctive_words,
    headlines,
    timeline,
)
from articles.sentences import frame_lexicons


def compare_from_scratch(sel: Selection) -> dict:
    """`articles.compare.compare`, every section counted over the base tables."""
    with transaction.atomic():
        lexicons = frame_lexicons()
        chosen = sel.resolve()
        cols = columns(chosen)
        return {
            "by": sel.by,
            "columns": cols,
            "frames": frames(chosen, cols, lexicons),
            "voices": voices(chosen),
            "sources": sources(chosen),
            "terms": loaded_terms(chosen),
            "words": distinctive_words(chosen),
            "headlines": headlines(chosen),
            "statements": same_statements(chosen),
            "timeline": timeline(chosen),
        }


def columns(chosen: Columns) -> list[dict]:
    """The columns: key, label, kind (outlet | wire | unknown | article), articles and sentences."""
    base, params = chosen.base_sql()
    sql = f"""{base},
    keep AS (
      SELECT c.key, count(*) AS articles, max(a.published_on) AS newest,
             bool_or(o.slug = c.key) AS own_outlet
      FROM col c JOIN articles_article a ON a.id = c.article_id
      LEFT JOIN articles_outlet o ON o.id = a.outlet_id
      GROUP BY c.key
    ),
    sentence_counts AS (
      SELECT c.key, count(*) AS sentences
      FROM col c JOIN articles_sentence s ON s.article_id = c.article_id GROUP BY c.key
    )
    SELECT k.key, k.articles, coalesce(sc.sentences, 0) AS sentences, k.newest,
           o.name_ar AS outlet_name, o.name_en AS outlet_name_en,
           CASE WHEN k.key = %s THEN 'unknown' WHEN o.id IS NULL THEN 'article'
                WHEN k.own_outlet THEN 'outlet' ELSE 'wire' END AS kind,
           a.id AS article_id,
           coalesce(nullif(a.headline, ''),
                    array_to_string(words.w[1:12], ' ')
                    || CASE WHEN array_length(words.w, 1) > 12 THEN '…' ELSE '' END) AS article_title
    FROM keep k
    LEFT JOIN sentence_counts sc USING (key)
    LEFT JOIN articles_outlet o ON k.key NOT LIKE 'article-%%' AND k.key <> %s AND o.slug = k.key
    LEFT JOIN articles_article a
      ON a.id = CASE WHEN k.key ~ '^article-[0-9]+$' THEN substr(k.key, 9)::bigint END
    LEFT JOIN LATERAL (
      SELECT regexp_split_to_array(btrim(a.body, E' \\n\\r\\t'), '\\s+') AS w
    ) words ON true
    ORDER BY k.articles DESC, k.newest DESC NULLS LAST, k.key"""
    out = []
    for row in _rows(sql, [*params, UNKNOWN_OUTLET, UNKNOWN_OUTLET]):
        label, label_en = row["outlet_name"], row["outlet_name_en"] or ""
        if row["kind"] == "article":
            label = row["article_title"]
        elif row["kind"] == "unknown":
            label, label_en = UNKNOWN_OUTLET_LABELS
        out.append(
            {
                "key": row["key"],
                "label": label,
                "label_en": label_en,
                "kind": row["kind"],
                "articles": row["articles"],
                "sentences": row["sentences"],
                "article_id": row["article_id"],
            }
        )
    return out


def frames(chosen: Columns, cols: list[dict], lexicons: list[dict]) -> list[dict]:
    """Per frame and column: sentences evoking the frame, and their share of the column's
    sentences.  The matches were made when the sentences were stored (`match_frames`)."""
    counts: dict[tuple[int, str], int] = {}
    if cols:
        base, params = chosen.base_sql()
        sql = f"""{base}
        SELECT sf.frame_id, c.key, count(*) AS n
        FROM col c JOIN articles_sentenceframe sf ON sf.article_id = c.article_id
        GROUP BY sf.frame_id, c.key"""
        counts = {(r["frame_id"], r["key"]): r["n"] for r in _rows(sql, params)}
    out = []
    for frame in lexicons:
        cells = []
        for col in cols:
            n = counts.get((frame["id"], col["key"]), 0)
            cells.append({"key": col["key"], "count": n, "share": _share(n, col["sentences"])})
        out.append(
            {
                "slug": frame["slug"],
                "name_ar": frame["name_ar"],
                "name_en": frame["name_en"],
                "description": frame["description"],
                "terms": len(frame["terms"]),
                "cells": cells,
            }
        )
    return out


def voices(chosen: Columns) -> dict:
    """Statements per column by side and by speaker (counts and shares), and whose side has
    the first and the last statement of each article."""
    base, params = chosen.base_sql()
    sql = f"""{base},
    st AS MATERIALIZED (
      SELECT c.key, q.article_id, q.id, q.start, q.speaker_id
      FROM col c JOIN articles_quote q ON q.article_id = c.article_id AND q.kind = 'statement'
    ),
    ends AS (  -- each article's first and last statement: (start, id) compared as arrays
      SELECT article_id, (min(ARRAY[start::bigint, id]))[2] AS first_id,
             (max(ARRAY[start::bigint, id]))[2] AS last_id
      FROM st GROUP BY article_id
    ),
    per_speaker AS (
      SELECT st.key, st.speaker_id, count(*) AS n,
             count(*) FILTER (WHERE st.id = e.first_id) AS first_word,
             count(*) FILTER (WHERE st.id = e.last_id) AS last_word
      FROM st JOIN ends e USING (article_id) GROUP BY st.key, st.speaker_id
    ),
    labelled AS (
      SELECT p.*, sp.slug AS speaker_slug, sp.name_ar AS speaker_name, sp.name_en AS speaker_name_en,
             {VOICE_GROUP_SQL} AS side
      FROM per_speaker p LEFT JOIN articles_actor sp ON sp.id = p.speaker_id
    ),
    sides AS (
      SELECT 'side' AS part, key, side, NULL::text AS speaker_slug, NULL::text AS speaker_name,
             NULL::text AS speaker_name_en,
             sum(n) AS n, sum(first_word) AS first_word, sum(last_word) AS last_word,
             sum(sum(n)) OVER (PARTITION BY key) AS total,
             row_number() OVER (PARTITION BY key ORDER BY sum(n) DESC, side) AS rank
      FROM labelled GROUP BY key, side
    ),
    speakers AS (
      SELECT 'speaker' AS part, key, side, speaker_slug, speaker_name, speaker_name_en,
             n, first_word, last_word,
             sum(n) OVER (PARTITION BY key) AS total,
             row_number() OVER (PARTITION BY key ORDER BY n DESC, speaker_name) AS rank
      FROM labelled
    )
    SELECT * FROM sides
    UNION ALL
    SELECT * FROM speakers WHERE rank <= {TOP_SPEAKERS}
    ORDER BY part, key, rank"""
    rows = _rows(sql, params)
    sides = [r for r in rows if r["part"] == "side"]
    speakers = [r for r in rows if r["part"] == "speaker"]
    by_side: dict[str, list[dict]] = {}
    for row in sides:
        by_side.setdefault(row["key"], []).append(
            {
                "side": row["side"],
                "count": int(row["n"]),
                "share": _share(int(row["n"]), int(row["total"])),
                "first_word": int(row["first_word"]),
                "last_word": int(row["last_word"]),
            }
        )
    by_speaker: dict[str, list[dict]] = {}
    for row in speakers:
        by_speaker.setdefault(row["key"], []).append(
            {
                "speaker": row["speaker_slug"] or "",
                "name_ar": row["speaker_name"] or "",
                "name_en": row["speaker_name_en"] or "",
                "side": row["side"],
                "count": int(row["n"]),
                "share": _share(int(row["n"]), int(row["total"])),
            }
        )
    return {"sides": by_side, "speakers": by_speaker}


def sources(chosen: Columns) -> dict[str, list[dict]]:
    """The media each column cites or relays.  Per article and medium, the times the
    article names the medium (`Mention.count`, actors of kind medium); only where it never
    names it, the quotes attributed to it (`Quote.cited_medium` or `Quote.relayed_by`).
    Both sides count the same citations and a quote relayed «وفق ما ذكرت شبكة "سي. إن. إن"»
    is counted twice by quotes (the relayed words and the quoted name), so they are not
    added and the names win.  The medium that is the article's own outlet or wire agency
    (`Actor.outlet`) is left out: a byline is not a citation."""
    base, params = chosen.base_sql()
    sql = f"""{base},
    from_quotes AS (
      SELECT q.article_id, m.actor_id, count(*) AS n
      FROM col c JOIN articles_quote q ON q.article_id = c.article_id
      CROSS JOIN LATERAL (VALUES (q.cited_medium_id), (q.relayed_by_id)) AS m(actor_id)
      WHERE m.actor_id IS NOT NULL
      GROUP BY q.article_id, m.actor_id
    ),
    from_mentions AS (
      SELECT mn.article_id, mn.actor_id, mn.count AS n
      FROM col c JOIN articles_mention mn ON mn.article_id = c.article_id
      JOIN articles_actor ac ON ac.id = mn.actor_id AND ac.kind = 'medium'
    ),
    per_article AS (
      SELECT article_id, actor_id, coalesce(max(n) FILTER (WHERE src = 'm'),
                                            max(n) FILTER (WHERE src = 'q')) AS n
      FROM (SELECT *, 'q' AS src FROM from_quotes UNION ALL SELECT *, 'm' FROM from_mentions) x
      GROUP BY article_id, actor_id
    ),
    ranked AS (
      SELECT c.key, ac.slug, ac.name_ar, ac.name_en, sum(pa.n) AS n,
             count(DISTINCT pa.article_id) AS articles,
             row_number() OVER (PARTITION BY c.key ORDER BY sum(pa.n) DESC, ac.name_ar) AS rank
      FROM per_article pa JOIN col c ON c.article_id = pa.article_id
      JOIN articles_actor ac ON ac.id = pa.actor_id
      JOIN articles_article a ON a.id = pa.article_id
      -- The article's own outlet or wire (NULL, hence kept, for an actor that is neither).
      WHERE NOT coalesce(ac.outlet_id IN (a.outlet_id, a.wire_id), false)
      GROUP BY c.key, ac.slug, ac.name_ar, ac.name_en
    )
    SELECT * FROM ranked WHERE rank <= {TOP_SOURCES} ORDER BY key, rank"""
    out: dict[str, list[dict]] = {}
    for row in _rows(sql, params):
        out.setdefault(row["key"], []).append(
            {
                "medium": row["slug"],
                "name_ar": row["name_ar"],
                "name_en": row["name_en"],
                "count": int(row["n"]),
                "articles": row["articles"],
            }
        )
    return out


def loaded_terms(chosen: Columns) -> dict[str, list[dict]]:
    """Words and phrases each column puts in quotation marks (term quotes), most frequent
    first.  A term that is only a name (`"بوتين"`, `"سي. إن. إن"`) is not a loaded word:
    terms whose letters equal an alias's letters are left out."""
    base, params = chosen.base_sql()
    sql = f"""{base},
    names AS MATERIALIZED (
      SELECT DISTINCT regexp_replace(al.normalized, '[^{LETTERS}]', '', 'g') AS letters
      FROM articles_alias al
    ),
    per_article AS (  -- hashed twice rather than sorted once for count(DISTINCT article_id)
      SELECT c.key, q.normalized_text, q.article_id, min(q.text) AS text, count(*) AS n
      FROM col c JOIN articles_quote q ON q.article_id = c.article_id AND q.kind = 'term'
      GROUP BY c.key, q.normalized_text, q.article_id
    ),
    terms AS MATERIALIZED (  -- the name filter below runs once per term, not once per quote
      SELECT key, normalized_text, min(text) AS text, sum(n) AS n, count(*) AS articles
      FROM per_article GROUP BY key, normalized_text
    ),
    ranked AS (
      SELECT key, normalized_text, text, n, articles,
             row_number() OVER (PARTITION BY key ORDER BY n DESC, normalized_text) AS rank
      FROM terms t
      CROSS JOIN LATERAL (
        SELECT regexp_replace(t.normalized_text, '[^{LETTERS}]', '', 'g') AS letters
      ) l
      WHERE l.letters <> '' AND l.letters NOT IN (SELECT letters FROM names WHERE letters IS NOT NULL)
    )
    SELECT * FROM ranked WHERE rank <= {TOP_TERMS} ORDER BY key, rank"""
    out: dict[str, list[dict]] = {}
    for row in _rows(sql, params):
        out.setdefault(row["key"], []).append(
            {
                "term": row["text"],
                "normalized": row["normalized_text"],
                "count": int(row["n"]),
                "articles": row["articles"],
            }
        )
    return out


def same_statements(chosen: Columns) -> list[dict]:
    """The statement groups (`StatementGroup`, computed when articles are stored) that
    span more than one of the chosen articles: the groups in the most articles first, each
    column's first wording of it, who carried it first (the earliest date among the chosen
    articles; several columns on one day are all first) and through which wire agency (the
    article's wire, or the medium the quote was relayed by).  Putin's «لهذا السبب جئنا إلى
    هنا» alone in the Reuters copy and opening a longer quote in the AP copy; Kim's words
    translated by each outlet its own way."""
    base, params = chosen.base_sql()
    sql = f"""{base},
    st AS (
      SELECT q.id, q.article_id, q.statement_group_id AS grp, q.start, c.key, a.published_on
      FROM col c JOIN articles_quote q ON q.article_id = c.article_id
      JOIN articles_article a ON a.id = q.article_id
      WHERE q.statement_group_id IS NOT NULL
    ),
    sized AS (
      SELECT grp, row_number() OVER (ORDER BY count(DISTINCT article_id) DESC, grp) AS rank
      FROM st GROUP BY grp
      HAVING count(DISTINCT article_id) > 1
      ORDER BY count(DISTINCT article_id) DESC, grp
      LIMIT {MAX_STATEMENT_GROUPS}
    ),
    shown AS (
      SELECT DISTINCT ON (sz.rank, st.key) sz.rank, st.*
      FROM sized sz JOIN st USING (grp)
      ORDER BY sz.rank, st.key, st.published_on NULLS LAST, st.article_id, st.start
    )
    SELECT sh.grp, sh.rank, sh.key, q.id, q.text, q.article_id, a.slug, a.published_on,
           sp.slug AS speaker_slug, sp.name_ar AS speaker_name, sp.name_en AS speaker_name_en,
           coalesce(w.slug, rb.slug) AS wire, coalesce(w.name_ar, rb.name_ar) AS wire_name,
           coalesce(w.name_en, rb.name_en) AS wire_name_en
    FROM shown sh JOIN articles_quote q ON q.id = sh.id JOIN articles_article a ON a.id = q.article_id
    JOIN articles_statementgroup g ON g.id = sh.grp
    LEFT JOIN articles_actor sp ON sp.id = g.speaker_id
    LEFT JOIN articles_outlet w ON w.id = a.wire_id
    LEFT JOIN articles_actor rb ON rb.id = q.relayed_by_id
    ORDER BY sh.rank, a.published_on NULLS LAST, q.article_id, q.start"""
    groups: dict[int, dict] = {}
    for row in _rows(sql, params):
        group = groups.setdefault(
            row["grp"],
            {
                "group": row["grp"],
                "speaker": row["speaker_slug"],
                "name_ar": row["speaker_name"] or "",
                "name_en": row["speaker_name_en"] or "",
                "quotes": [],
            },
        )
        group["quotes"].append(
            {
                "key": row["key"],
                "quote_id": row["id"],
                "text": row["text"],
                "article_id": row["article_id"],
                "slug": row["slug"] or "-",
                "published_on": row["published_on"].isoformat() if row["published_on"] else None,
                "wire": row["wire"],
                "wire_name": row["wire_name"] or "",
                "wire_name_en": row["wire_name_en"] or "",
            }
        )
    for group in groups.values():
        day = group["quotes"][0]["published_on"]
        for quote in group["quotes"]:
            quote["first"] = day is not None and quote["published_on"] == day
    return list(groups.values())
