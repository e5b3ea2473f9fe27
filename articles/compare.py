"""The aggregation queries behind `/compare/`: how each outlet framed the summit.

Every section is one SQL statement over the same selection of articles, so the page costs
a fixed number of queries whatever the number of articles.  The selection is the
`/articles/` FilterSet's queryset (visibility already applied); `Selection.resolve()` runs
it once and gives each kept article its column key:

- its outlet's slug, else its wire agency's slug (agency copy whose publisher is unknown
  stands with the agency), else ``outlet-unknown`` for an article that has a URL (a page of
  a site nobody named: never a column titled with its first words), else ``article-<id>``;
  with ``by=article`` always ``article-<id>``;
- only the ``MAX_COLUMNS`` largest columns are kept (most articles, then newest).

Every section then starts from ``col (article_id, key)``, the two arrays unnested, so the
filters' own cost (a full-text search, a date range) is paid once per page.

What would cost a scan per request is computed when sentences are stored
(`articles.sentences`): the frames each sentence evokes (`SentenceFrame`, rematched when a
lexicon changes); the statement groups (`articles.statement_groups`) say which quotes are
the same statement.  Distinctive words read a bounded sample of each column's sentences.

Results are plain dicts and lists (the page, the CSV and the JSON read the same data),
cached per filter set and audience under the archive's version (`Audience.cache_key`),
which every content change moves.  The unfiltered comparison
is kept even where public pages are not: the first request after an edit computes it
(about 0.11 s at 10,000 articles and 0.7 s at 100,000 on two cores, `bench_pages`; 0.9 s
when the edit changes a facet count), the others read it.

The counting sections (sentences, frames, voices, sources, loaded words, statement groups)
sum each chosen article's summary rows (`articles.summaries`, kept by triggers when the
article's quotes or sentences change) instead of reading every quote and sentence.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.db import connection, transaction

from articles import caching
from articles.audience import Audience
from articles.sentences import frame_lexicons

MAX_COLUMNS = 20
UNKNOWN_OUTLET = "outlet-unknown"  # the column key of pages whose site has no outlet
UNKNOWN_OUTLET_LABELS = ("وسيلة غير معروفة", "Unknown outlet")
TOP_SPEAKERS = 8
TOP_SOURCES = 10
TOP_TERMS = 12
TOP_WORDS = 12
LEADS_PER_COLUMN = 6
MIN_WORD_COUNT = 2
WORDS_PER_COLUMN = 100
PRIOR_SIZE = 1000.0  # a0 of the informative Dirichlet prior (Monroe, Colaresi & Quinn 2008)
MAX_STATEMENT_GROUPS = 30
EVIDENCE_LIMIT = 200
CACHE_SECONDS = 60 * 60
WORK_MEM = "32MB"
LETTERS = "ء-يa-zA-Z0-9"

# Voices: a speaker's side.  Analysts come first: a Korean researcher speaks as an analyst,
# not for Seoul.  South Korea and Japan are one side, as the brief's readers see them.
ANALYST_ROLE = "(محلل|خبير|باحث|مراقب|اكاديمي|أكاديمي|مركز أبحاث|مركز ابحاث)"
VOICE_GROUPS = [
    "russia",
    "north-korea",
    "united-states",
    "united-nations",
    "south-korea-japan",
    "china",
    "analysts",
    "other",
    "unknown",
]
VOICE_GROUP_SQL = f"""
    CASE
      WHEN sp.id IS NULL THEN 'unknown'
      WHEN sp.role ~ '{ANALYST_ROLE}' THEN 'analysts'
      WHEN sp.affiliation IN ('south-korea', 'japan') THEN 'south-korea-japan'
      WHEN sp.affiliation IN ('russia', 'north-korea', 'united-states', 'united-nations', 'china')
        THEN sp.affiliation
      ELSE 'other'
    END"""

# Arabic function words, normalised (normalize() folds أ/إ/آ → ا, ى → ي, ة → ه): they say
# nothing about framing and would top every column's vocabulary.
_STOP_TEXT = """
    في من الي علي عن ان او ما لا لم لن مع هذا هذه ذلك تلك التي الذي الذين اللذين هو هي هم
    هما نحن انا انت كان كانت يكون تكون قد لقد كما بعد قبل بين حتي حيث اذا اذ ثم اي كل بعض
    غير عند منذ خلال ضد نحو لدي لدينا لها له لهم به بها بهم فيه فيها منه منها عليه عليها
    اليه اليها عنه عنها انه انها انهم وان وقال قال قالت وقالت واضاف اضاف واضافت اضافت
    وفي ومن والي وعلي وعن ولا وما ولم وهو وهي وكان وكانت ايضا اما الا ولكن لكن بل هل
    يوم اليوم امس الاربعاء الثلاثاء الثلثاء الخميس الاثنين الجمعه السبت الاحد عام العام
    وقد كذلك مثل اكثر اقل جدا فقط حول وفق وفقا بحسب لما لماذا كيف متي اين هنا هناك
    يمكن سوف سيكون ليس ليست وهذا وهذه والتي وذلك عما مما فان بان لان كي
"""
STOP_WORDS = sorted(set(_STOP_TEXT.split()))


@dataclass(frozen=True)
class Selection:
    """The articles to compare (an ORM queryset of visible, filtered articles) and how."""

    articles: object  # QuerySet[Article]
    by: str = "outlet"  # "outlet" | "article"

    def resolve(self) -> Columns:
        """Run the filters once, into a temporary table of the kept articles and their
        column keys that every section reads (two queries: fill it, give the planner its
        statistics).  Call inside a transaction: the table is dropped at commit."""
        ids_sql, ids_params = self.articles.order_by().values("pk").query.sql_with_params()
        table = f"compare_col_{next(_tables)}"
        sql = f"""
        CREATE TEMPORARY TABLE {table} ON COMMIT DROP AS
        WITH col_all AS (
          SELECT a.id AS article_id, a.published_on, a.outlet_id, a.wire_id,
                 CASE WHEN %s THEN 'article-' || a.id
                      -- the URL (off the index the rest is read from) only when no outlet
                      ELSE COALESCE(o.slug, w.slug,
                                    CASE WHEN (SELECT u.url IS NOT NULL FROM articles_article u
                                               WHERE u.id = a.id) THEN %s END,
                                    'article-' || a.id) END AS key
          FROM articles_article a
          LEFT JOIN articles_outlet o ON o.id = a.outlet_id
          LEFT JOIN articles_outlet w ON w.id = a.wire_id
          WHERE a.id IN ({ids_sql})
        ),
        keep AS (
          SELECT key FROM col_all GROUP BY key
          ORDER BY count(*) DESC, max(published_on) DESC NULLS LAST, key
          LIMIT {MAX_COLUMNS}
        )
        SELECT c.article_id, c.key, c.published_on, c.outlet_id, c.wire_id
        FROM col_all c JOIN keep USING (key)"""
        with connection.cursor() as cursor:
            cursor.execute(sql, [self.by == "article", UNKNOWN_OUTLET, *ids_params])
            cursor.execute(f"ANALYZE {table}")
        return Columns(table)


_tables = itertools.count(1)
COL_FIELDS = "article_id, key, published_on, outlet_id, wire_id"


@dataclass(frozen=True)
class Columns:
    """The resolved selection: a temporary table of (article_id, key) with the article's
    date, outlet and wire, so the sections never read the (wide) article rows to group."""

    table: str
    key: str | None = None

    def base_sql(self) -> tuple[str, list]:
        if self.key is None:
            return f"WITH col AS (SELECT {COL_FIELDS} FROM {self.table})", []
        return f"WITH col AS (SELECT {COL_FIELDS} FROM {self.table} WHERE key = %s)", [self.key]

    def only(self, key: str) -> Columns:
        return Columns(self.table, key)


def _rows(sql: str, params: list) -> list[dict]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        names = [c.name for c in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _share(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


# --- Sections -------------------------------------------------------------------------------


def columns(chosen: Columns) -> list[dict]:
    """The columns: key, label, kind (outlet | wire | unknown | article), articles and sentences."""
    base, params = chosen.base_sql()
    sql = f"""{base},
    keep AS (
      SELECT c.key, count(*) AS articles, max(c.published_on) AS newest,
             bool_or(o.slug = c.key) AS own_outlet
      FROM col c LEFT JOIN articles_outlet o ON o.id = c.outlet_id
      GROUP BY c.key
    ),
    sentence_counts AS (
      SELECT c.key, sum(s.sentences) AS sentences
      FROM col c JOIN articles_articlesummary s ON s.article_id = c.article_id GROUP BY c.key
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
                "sentences": int(row["sentences"]),
                "article_id": row["article_id"],
            }
        )
    return out


def frames(chosen: Columns, cols: list[dict], lexicons: list[dict]) -> list[dict]:
    """Per frame and column: sentences evoking the frame, and their share of the column's
    sentences.  The matches were made when the sentences were stored (`match_frames`)."""
    counts: dict[tuple[int, str], int] = {}
    if cols and lexicons:
        # One summary row per article, its sentences per frame in an array indexed by the
        # frame's id: 90,000 rows to sum at 100,000 articles instead of 700,000 frame rows.
        ids = [int(frame["id"]) for frame in lexicons]
        sums = ", ".join(f"sum(s.frames[{i}]) AS frame_{i}" for i in ids)
        base, params = chosen.base_sql()
        sql = f"""{base}
        SELECT c.key, {sums}
        FROM col c JOIN articles_articlesummary s ON s.article_id = c.article_id
        GROUP BY c.key"""
        counts = {(i, r["key"]): int(r[f"frame_{i}"] or 0) for r in _rows(sql, params) for i in ids}
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
    per_speaker AS (
      SELECT c.key, v.speaker_id, sum(v.statements) AS n, sum(v.first_word) AS first_word,
             sum(v.last_word) AS last_word
      FROM col c JOIN articles_articlevoice v ON v.article_id = c.article_id
      GROUP BY c.key, v.speaker_id
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
      SELECT m.article_id, m.actor_id, m.quotes AS n
      FROM col c JOIN articles_articlemedium m ON m.article_id = c.article_id
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
      -- The article's own outlet or wire (NULL, hence kept, for an actor that is neither).
      WHERE NOT coalesce(ac.outlet_id IN (c.outlet_id, c.wire_id), false)
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
    per_article AS (
      SELECT c.key, t.normalized_text, t.article_id, t.text, t.quotes AS n
      FROM col c JOIN articles_articleterm t ON t.article_id = c.article_id
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


def distinctive_words(chosen: Columns) -> dict[str, list[dict]]:
    """Words that set a column apart from the rest of the selection: weighted log-odds with an
    informative Dirichlet prior (Monroe, Colaresi & Quinn 2008, eq. 16 and 22), the prior
    being the selection's own word distribution scaled to `PRIOR_SIZE`; z-scores above 1.96
    only, words seen at least `MIN_WORD_COUNT` times in the column.  All in SQL, over the
    sentences of each column's `WORDS_PER_COLUMN` most recently stored articles: a large
    column's vocabulary is known well before that, and the page reads a bounded number of
    sentences (through the article index) whatever the size of the archive.  Measured at
    10,000 articles, this beat summing stored per-article word counts (`ArticleWord`, a
    scan of 1.2 million rows), which was removed.  The result is kept under the sample's
    fingerprint, whatever the archive's version."""
    base, params = chosen.base_sql()
    sample_sql = f"""{base},
    sample AS (
      SELECT article_id, key FROM (
        SELECT c.*, row_number() OVER (PARTITION BY c.key ORDER BY c.article_id DESC) AS n FROM col c
      ) ranked WHERE n <= {WORDS_PER_COLUMN}
    )
    SELECT array_agg(c.key ORDER BY c.key, c.article_id) AS keys,
           array_agg(c.article_id ORDER BY c.key, c.article_id) AS ids,
           md5(string_agg(c.key || ':' || c.article_id || ':' || coalesce(s.stamp, 0), ','
                          ORDER BY c.key, c.article_id)) AS sample
    FROM sample c LEFT JOIN articles_articlesummary s ON s.article_id = c.article_id"""
    sample = _rows(sample_sql, params)[0]
    if not sample["ids"]:
        return {}
    # The words depend on nothing but the sample's articles, their columns and their
    # sentences (`ArticleSummary.stamp` moves when those are rebuilt), so they are kept
    # across archive versions: an edit elsewhere does not recount them.
    key = caching.entry_key("compare-words", _WORDS_SQL, STOP_WORDS, sample["sample"])
    kept = cache.get(key)
    if kept is None:
        kept = {}
        for row in _rows(_WORDS_SQL, [sample["keys"], sample["ids"], STOP_WORDS]):
            kept.setdefault(row["key"], []).append(
                {"word": row["word"], "count": int(row["count"]), "z": round(row["z"], 2)}
            )
        cache.set(key, kept, CACHE_SECONDS)
    return kept


_WORDS_SQL = f"""
    WITH sample AS (SELECT * FROM unnest(%s::text[], %s::bigint[]) AS s(key, article_id)),
    yiw AS (
      SELECT c.key, w AS word, count(*)::float AS y
      FROM sample c
      -- by the article index (OFFSET 0: the planner cannot tell that the sample is small)
      CROSS JOIN LATERAL (SELECT s.normalized FROM articles_sentence s
                          WHERE s.article_id = c.article_id OFFSET 0) s,
           regexp_split_to_table(s.normalized, '[^{LETTERS}]+') AS w
      WHERE length(w) > 2 AND w !~ '^[0-9]+$' AND w <> ALL(%s::text[])
      GROUP BY c.key, w
    ),
    ni AS (SELECT key, sum(y) AS n FROM yiw GROUP BY key),
    yw AS (SELECT word, sum(y) AS y FROM yiw GROUP BY word),
    total AS (SELECT sum(y) AS n, count(DISTINCT key) AS columns FROM yiw),
    scored AS (
      SELECT yiw.key, yiw.word, yiw.y AS count, prior.a,
             ln((yiw.y + prior.a) / (ni.n + {PRIOR_SIZE} - yiw.y - prior.a))
             - ln((yw.y - yiw.y + prior.a) / (total.n - ni.n + {PRIOR_SIZE} - (yw.y - yiw.y) - prior.a))
               AS delta,
             1.0 / (yiw.y + prior.a) + 1.0 / (yw.y - yiw.y + prior.a) AS variance
      FROM yiw JOIN ni USING (key) JOIN yw USING (word) CROSS JOIN total
      CROSS JOIN LATERAL (SELECT {PRIOR_SIZE} * yw.y / total.n AS a) prior
      WHERE total.columns > 1 AND yiw.y >= {MIN_WORD_COUNT}
    ),
    ranked AS (
      SELECT key, word, count, delta / sqrt(variance) AS z,
             row_number() OVER (PARTITION BY key ORDER BY delta / sqrt(variance) DESC, word) AS rank
      FROM scored
    )
    SELECT * FROM ranked WHERE rank <= {TOP_WORDS} AND z > 1.96 ORDER BY key, rank"""


def headlines(chosen: Columns) -> dict[str, list[dict]]:
    """Each column's newest articles: headline (or first words) and lead, the first sentence
    of at least eight words (so a dateline or a site banner is not taken for the lead)."""
    base, params = chosen.base_sql()
    sql = f"""{base},
    ranked AS (
      SELECT c.key, c.article_id AS id, c.published_on,
             row_number() OVER (PARTITION BY c.key ORDER BY c.published_on DESC NULLS LAST, c.article_id DESC)
               AS rank
      FROM col c
    ),
    top AS MATERIALIZED (SELECT * FROM ranked WHERE rank <= {LEADS_PER_COLUMN})
    SELECT r.*, a.slug, a.headline, lead.text AS lead
    FROM top r
    -- OFFSET 0 keeps the look-up by id: the planner cannot tell that `top` holds a few rows
    CROSS JOIN LATERAL (SELECT a.slug, a.headline, a.body FROM articles_article a
                        WHERE a.id = r.id OFFSET 0) a
    LEFT JOIN LATERAL (
      SELECT substring(a.body FROM s.start + 1 FOR s."end" - s.start) AS text
      FROM articles_sentence s
      WHERE s.article_id = r.id
        AND array_length(regexp_split_to_array(s.normalized, '\\s+'), 1) >= 8
      ORDER BY s.position LIMIT 1
    ) lead ON true
    ORDER BY r.key, r.rank"""
    out: dict[str, list[dict]] = {}
    for row in _rows(sql, params):
        out.setdefault(row["key"], []).append(
            {
                "article_id": row["id"],
                "slug": row["slug"] or "-",
                "headline": row["headline"],
                "published_on": row["published_on"].isoformat() if row["published_on"] else None,
                "lead": row["lead"] or "",
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
    st AS (  -- one row per article and group: its first quote of the group
      SELECT s.quote_id AS id, s.article_id, s.group_id AS grp, s.start, c.key, c.published_on
      FROM col c JOIN articles_articlestatement s ON s.article_id = c.article_id
    ),
    sized AS (
      SELECT grp, row_number() OVER (ORDER BY count(*) DESC, grp) AS rank
      FROM st GROUP BY grp
      HAVING count(*) > 1
      ORDER BY count(*) DESC, grp
      LIMIT {MAX_STATEMENT_GROUPS}
    ),
    shown AS (  -- per group and column, the first by (date, undated last; article; start; id)
      SELECT sz.rank, st.key, sz.grp,
             (min(ARRAY[coalesce(st.published_on - DATE '2000-01-01', 2147483647),
                        st.article_id, st.start, st.id]))[4] AS id
      FROM sized sz JOIN st USING (grp)
      GROUP BY sz.rank, st.key, sz.grp
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


def timeline(chosen: Columns) -> list[dict]:
    """Articles per day and column; undated articles are left out (and counted apart)."""
    base, params = chosen.base_sql()
    sql = f"""{base}
    SELECT c.published_on AS day, c.key, count(*) AS n
    FROM col c
    GROUP BY c.published_on, c.key ORDER BY c.published_on NULLS LAST, c.key"""
    return [
        {"day": r["day"].isoformat() if r["day"] else None, "key": r["key"], "count": r["n"]}
        for r in _rows(sql, params)
    ]


def evidence(sel: Selection, frame_slug: str, key: str, lexicons: list[dict]) -> dict:
    """The sentences of one column that evoke one frame (what a matrix cell counted)."""
    frame = next((f for f in lexicons if f["slug"] == frame_slug), None)
    if frame is None or not frame["pattern"]:
        return {"frame": frame, "total": 0, "sentences": []}
    with transaction.atomic():
        base, params = sel.resolve().only(key).base_sql()
        rows = _rows(_evidence_sql(base), [*params, frame["id"]])
    return {"frame": frame, "total": rows[0]["total"] if rows else 0, "sentences": rows}


def _evidence_sql(base: str) -> str:
    return f"""{base}
    SELECT s.id, s.position, s.start, s."end", s.normalized, a.id AS article_id, a.slug,
           a.published_on, substring(a.body FROM s.start + 1 FOR s."end" - s.start) AS text,
           coalesce(nullif(a.headline, ''), left(a.body, 80)) AS title,
           count(*) OVER () AS total
    FROM col c JOIN articles_sentenceframe sf ON sf.article_id = c.article_id AND sf.frame_id = %s
    JOIN articles_sentence s ON s.id = sf.sentence_id
    JOIN articles_article a ON a.id = s.article_id
    ORDER BY a.published_on DESC NULLS LAST, a.id, s.position
    LIMIT {EVIDENCE_LIMIT}"""


# --- The whole comparison, cached ------------------------------------------------------------


def compare(sel: Selection) -> dict:
    """Every section of the page, as plain data."""
    with transaction.atomic():
        with connection.cursor() as cursor:
            # The sections hash every chosen article's summary rows: at 100,000 articles the
            # default 4 MB sends those hashes to disk.  The column table's statistics need
            # its few keys, not a 30,000-row sample (80 → 8 ms at 100,000 articles).
            cursor.execute(f"SET LOCAL work_mem = '{WORK_MEM}'; SET LOCAL default_statistics_target = 10")
        return _sections(sel)


def _sections(sel: Selection) -> dict:
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


def cached_compare(
    sel: Selection, params: dict, audience: Audience, facets: Callable[[], list]
) -> tuple[dict, list]:
    """The comparison and the page's filter facets (`facets()`), kept together until the
    archive changes.

    The unfiltered comparison (the page everyone lands on) is kept per archive version
    always, like the home page's totals: it aggregates the whole visible archive, which only
    an edit changes, and an edit starts a new version.  A filtered one is not kept where
    public pages are not (``PUBLIC_CACHE_SECONDS=0``: development, and the bench)."""
    unfiltered = set(params) <= {"by"}
    if not settings.PUBLIC_CACHE_SECONDS and not unfiltered:
        return compare(sel), facets()
    key = audience.cache_key("comparison", sorted({**params, "by": sel.by}.items()))
    kept = cache.get(key)
    if kept is None:
        kept = (compare(sel), facets())
        cache.set(key, kept, CACHE_SECONDS)
    return kept
