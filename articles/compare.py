"""The aggregation queries behind `/compare/`: how each outlet framed the summit.

Every section is one SQL statement over the same selection of articles, so the page costs
a fixed number of queries whatever the number of articles.  The selection is the
`/articles/` FilterSet's queryset (visibility already applied), compiled into a
sub-select; each statement starts with the same common table expressions:

- ``col_all``: every selected article with its column key: its outlet's slug, else its wire
  agency's slug (agency copy whose publisher is unknown stands with the agency), else
  ``article-<id>``; with ``by=article`` always ``article-<id>``;
- ``keep``: the ``MAX_COLUMNS`` largest columns (most articles, then newest);
- ``col``: ``col_all`` restricted to those columns.

Results are plain dicts and lists (the page, the CSV and the JSON read the same data), cached
per filter set and visibility, and forgotten when any article, quote or frame changes.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from django.core.cache import cache
from django.db import connection, transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from articles.extraction.frames import lexicon_pattern
from articles.extraction.normalize import normalize
from articles.extraction.sentences import split_sentences
from articles.models import Actor, Alias, Article, Frame, FrameTerm, Mention, Outlet, Quote, Sentence

MAX_COLUMNS = 20
TOP_SPEAKERS = 8
TOP_SOURCES = 10
TOP_TERMS = 12
TOP_WORDS = 12
LEADS_PER_COLUMN = 6
MIN_WORD_COUNT = 2
PRIOR_SIZE = 1000.0  # a0 of the informative Dirichlet prior (Monroe, Colaresi & Quinn 2008)
MAX_STATEMENT_GROUPS = 30
NEIGHBOURS = 20  # pairs kept per quote: enough to connect a group, bounded on wide ones
EVIDENCE_LIMIT = 200
CACHE_SECONDS = 60 * 60
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

    def base_sql(self) -> tuple[str, list]:
        ids_sql, ids_params = self.articles.order_by().values("pk").query.sql_with_params()
        sql = f"""
        WITH RECURSIVE col_all AS (
          SELECT a.id AS article_id,
                 CASE WHEN %s THEN 'article-' || a.id
                      ELSE COALESCE(o.slug, w.slug, 'article-' || a.id) END AS key
          FROM articles_article a
          LEFT JOIN articles_outlet o ON o.id = a.outlet_id
          LEFT JOIN articles_outlet w ON w.id = a.wire_id
          WHERE a.id IN ({ids_sql})
        ),
        keep AS (
          SELECT c.key, count(*) AS articles, max(a.published_on) AS newest
          FROM col_all c JOIN articles_article a ON a.id = c.article_id
          GROUP BY c.key
          ORDER BY count(*) DESC, max(a.published_on) DESC NULLS LAST, c.key
          LIMIT {MAX_COLUMNS}
        ),
        col AS (SELECT c.article_id, c.key FROM col_all c JOIN keep USING (key))"""
        return sql, [self.by == "article", *ids_params]


def _rows(sql: str, params: list) -> list[dict]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        names = [c.name for c in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _share(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


# --- Sentences ------------------------------------------------------------------------------


def store_sentences(article: Article) -> int:
    """(Re)build the article's `Sentence` rows from its body; returns how many were stored.

    Called by the extraction service on import and re-extraction.
    """
    spans = split_sentences(article.body or "")
    with transaction.atomic():
        Sentence.objects.filter(article=article).delete()
        Sentence.objects.bulk_create(
            Sentence(
                article=article, position=s.position, start=s.start, end=s.end, normalized=normalize(s.text)
            )
            for s in spans
        )
    forget_comparisons()  # bulk writes send no signals
    return len(spans)


# --- Sections -------------------------------------------------------------------------------


def columns(sel: Selection) -> list[dict]:
    """The columns: key, label, kind (outlet | wire | article), articles and sentences."""
    base, params = sel.base_sql()
    sql = f"""{base},
    sentence_counts AS (
      SELECT c.key, count(s.id) AS sentences
      FROM col c LEFT JOIN articles_sentence s ON s.article_id = c.article_id GROUP BY c.key
    )
    SELECT k.key, k.articles, coalesce(sc.sentences, 0) AS sentences, k.newest,
           o.name_ar AS outlet_name, o.name_en AS outlet_name_en,
           CASE WHEN o.id IS NULL THEN 'article'
                WHEN EXISTS (SELECT 1 FROM col c JOIN articles_article a ON a.id = c.article_id
                             WHERE c.key = k.key AND a.outlet_id = o.id) THEN 'outlet'
                ELSE 'wire' END AS kind,
           a.id AS article_id,
           coalesce(nullif(a.headline, ''),
                    array_to_string(words.w[1:12], ' ')
                    || CASE WHEN array_length(words.w, 1) > 12 THEN '…' ELSE '' END) AS article_title
    FROM keep k
    LEFT JOIN sentence_counts sc USING (key)
    LEFT JOIN articles_outlet o ON k.key NOT LIKE 'article-%%' AND o.slug = k.key
    LEFT JOIN articles_article a ON k.key = 'article-' || a.id
    LEFT JOIN LATERAL (
      SELECT regexp_split_to_array(btrim(a.body, E' \\n\\r\\t'), '\\s+') AS w
    ) words ON true
    ORDER BY k.articles DESC, k.newest DESC NULLS LAST, k.key"""
    out = []
    for row in _rows(sql, params):
        label = row["outlet_name"] if row["kind"] != "article" else row["article_title"]
        out.append(
            {
                "key": row["key"],
                "label": label,
                "label_en": row["outlet_name_en"] or "",
                "kind": row["kind"],
                "articles": row["articles"],
                "sentences": row["sentences"],
                "article_id": row["article_id"],
            }
        )
    return out


def frame_lexicons() -> list[dict]:
    """Frames with their normalised lexicon entries, in one query."""
    rows = _rows(
        """SELECT f.id, f.slug, f.name_ar, f.name_en, f.description, f.position,
                  coalesce(array_agg(t.normalized ORDER BY t.normalized)
                           FILTER (WHERE t.id IS NOT NULL), '{}') AS terms
           FROM articles_frame f LEFT JOIN articles_frameterm t ON t.frame_id = f.id
           GROUP BY f.id ORDER BY f.position, f.slug""",
        [],
    )
    for row in rows:
        row["pattern"] = lexicon_pattern(row["terms"]) if row["terms"] else None
    return rows


def frames(sel: Selection, cols: list[dict], lexicons: list[dict]) -> list[dict]:
    """Per frame and column: sentences evoking the frame, and their share of the column's
    sentences.  The match is a PostgreSQL regular expression built from the lexicon by
    `articles.extraction.frames.lexicon_pattern`, the same the evidence highlighter uses."""
    with_terms = [f for f in lexicons if f["pattern"]]
    counts: dict[tuple[int, str], int] = {}
    if with_terms and cols:
        base, params = sel.base_sql()
        sql = f"""{base},
        patterns AS (SELECT * FROM unnest(%s::bigint[], %s::text[]) AS p(frame_id, pattern))
        SELECT p.frame_id, c.key, count(*) AS n
        FROM col c
        JOIN articles_sentence s ON s.article_id = c.article_id
        JOIN patterns p ON s.normalized ~ p.pattern
        GROUP BY p.frame_id, c.key"""
        params += [[f["id"] for f in with_terms], [f["pattern"] for f in with_terms]]
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


def voices(sel: Selection) -> dict:
    """Statements per column by side and by speaker (counts and shares), and whose side has
    the first and the last statement of each article."""
    base, params = sel.base_sql()
    statements = f"""{base},
    st AS (
      SELECT c.key, q.article_id, q.start, sp.id AS speaker_id, sp.slug AS speaker_slug,
             sp.name_ar AS speaker_name, {VOICE_GROUP_SQL} AS side,
             row_number() OVER (PARTITION BY q.article_id ORDER BY q.start, q.id) AS first_rank,
             row_number() OVER (PARTITION BY q.article_id ORDER BY q.start DESC, q.id DESC) AS last_rank
      FROM col c
      JOIN articles_quote q ON q.article_id = c.article_id AND q.kind = 'statement'
      LEFT JOIN articles_actor sp ON sp.id = q.speaker_id
    )"""
    sides = _rows(
        f"""{statements}
        SELECT key, side, count(*) AS n,
               count(*) FILTER (WHERE first_rank = 1) AS first_word,
               count(*) FILTER (WHERE last_rank = 1) AS last_word,
               sum(count(*)) OVER (PARTITION BY key) AS total
        FROM st GROUP BY key, side ORDER BY key, n DESC, side""",
        params,
    )
    speakers = _rows(
        f"""{statements},
        ranked AS (
          SELECT key, speaker_slug, speaker_name, side, count(*) AS n,
                 sum(count(*)) OVER (PARTITION BY key) AS total,
                 row_number() OVER (PARTITION BY key ORDER BY count(*) DESC, speaker_name) AS rank
          FROM st GROUP BY key, speaker_slug, speaker_name, side
        )
        SELECT * FROM ranked WHERE rank <= {TOP_SPEAKERS} ORDER BY key, rank""",
        params,
    )
    by_side: dict[str, list[dict]] = {}
    for row in sides:
        by_side.setdefault(row["key"], []).append(
            {
                "side": row["side"],
                "count": row["n"],
                "share": _share(row["n"], int(row["total"])),
                "first_word": row["first_word"],
                "last_word": row["last_word"],
            }
        )
    by_speaker: dict[str, list[dict]] = {}
    for row in speakers:
        by_speaker.setdefault(row["key"], []).append(
            {
                "speaker": row["speaker_slug"] or "",
                "name": row["speaker_name"] or "",
                "side": row["side"],
                "count": row["n"],
                "share": _share(row["n"], int(row["total"])),
            }
        )
    return {"sides": by_side, "speakers": by_speaker}


def sources(sel: Selection) -> dict[str, list[dict]]:
    """The media each column cites or relays.  Per article and medium, the larger of the
    times the article names the medium (`Mention.count`, actors of kind medium) and the
    quotes it attributes to it (`Quote.cited_medium` or `Quote.relayed_by`): the two count
    the same citations from two sides, so they are not added.  The column's own outlet and
    wire agency are left out: a byline is not a citation."""
    base, params = sel.base_sql()
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
      SELECT article_id, actor_id, greatest(max(n) FILTER (WHERE src = 'q'),
                                            max(n) FILTER (WHERE src = 'm')) AS n
      FROM (SELECT *, 'q' AS src FROM from_quotes UNION ALL SELECT *, 'm' FROM from_mentions) x
      GROUP BY article_id, actor_id
    ),
    own AS (
      SELECT c.article_id, o.slug, lower(o.name_en) AS name_en,
             translate(o.name_ar, 'أإآٱىةؤئ', 'اااايهوي') AS name_ar
      FROM col c JOIN articles_article a ON a.id = c.article_id
      JOIN articles_outlet o ON o.id IN (a.outlet_id, a.wire_id)
    ),
    ranked AS (
      SELECT c.key, ac.slug, ac.name_ar, ac.name_en, sum(pa.n) AS n,
             count(DISTINCT pa.article_id) AS articles,
             row_number() OVER (PARTITION BY c.key ORDER BY sum(pa.n) DESC, ac.name_ar) AS rank
      FROM per_article pa JOIN col c ON c.article_id = pa.article_id
      JOIN articles_actor ac ON ac.id = pa.actor_id
      WHERE NOT EXISTS (
        SELECT 1 FROM own WHERE own.article_id = pa.article_id
          AND (own.slug = ac.slug OR own.name_en = lower(ac.name_en)
               OR own.name_ar = translate(ac.name_ar, 'أإآٱىةؤئ', 'اااايهوي')
               OR EXISTS (SELECT 1 FROM articles_alias al
                          WHERE al.actor_id = ac.id AND al.normalized = own.name_ar)))
      GROUP BY c.key, ac.slug, ac.name_ar, ac.name_en
    )
    SELECT * FROM ranked WHERE rank <= {TOP_SOURCES} ORDER BY key, rank"""
    out: dict[str, list[dict]] = {}
    for row in _rows(sql, params):
        out.setdefault(row["key"], []).append(
            {
                "medium": row["slug"],
                "name": row["name_ar"],
                "name_en": row["name_en"],
                "count": int(row["n"]),
                "articles": row["articles"],
            }
        )
    return out


def loaded_terms(sel: Selection) -> dict[str, list[dict]]:
    """Words and phrases each column puts in quotation marks (term quotes), most frequent
    first.  A term that is only a name (`"بوتين"`, `"سي. إن. إن"`) is not a loaded word:
    terms whose letters equal an alias's letters are left out."""
    base, params = sel.base_sql()
    sql = f"""{base},
    terms AS (
      SELECT c.key, q.normalized_text, q.text, q.article_id,
             regexp_replace(q.normalized_text, '[^{LETTERS}]', '', 'g') AS letters
      FROM col c JOIN articles_quote q ON q.article_id = c.article_id AND q.kind = 'term'
    ),
    ranked AS (
      SELECT key, normalized_text, min(text) AS text, count(*) AS n,
             count(DISTINCT article_id) AS articles,
             row_number() OVER (PARTITION BY key ORDER BY count(*) DESC, normalized_text) AS rank
      FROM terms t
      WHERE t.letters <> '' AND NOT EXISTS (
        SELECT 1 FROM articles_alias al
        WHERE regexp_replace(al.normalized, '[^{LETTERS}]', '', 'g') = t.letters)
      GROUP BY key, normalized_text
    )
    SELECT * FROM ranked WHERE rank <= {TOP_TERMS} ORDER BY key, rank"""
    out: dict[str, list[dict]] = {}
    for row in _rows(sql, params):
        out.setdefault(row["key"], []).append(
            {
                "term": row["text"],
                "normalized": row["normalized_text"],
                "count": row["n"],
                "articles": row["articles"],
            }
        )
    return out


def distinctive_words(sel: Selection) -> dict[str, list[dict]]:
    """Words that set a column apart from the rest of the selection: weighted log-odds with an
    informative Dirichlet prior (Monroe, Colaresi & Quinn 2008, eq. 16 and 22), the prior
    being the selection's own word distribution scaled to `PRIOR_SIZE`; z-scores above 1.96
    only, words seen at least `MIN_WORD_COUNT` times in the column.  All in SQL."""
    base, params = sel.base_sql()
    sql = f"""{base},
    words AS (
      SELECT c.key, w AS word
      FROM col c JOIN articles_sentence s ON s.article_id = c.article_id,
           regexp_split_to_table(s.normalized, '[^{LETTERS}]+') AS w
      WHERE length(w) > 2 AND w !~ '^[0-9]+$' AND w <> ALL(%s::text[])
    ),
    yiw AS (SELECT key, word, count(*)::float AS y FROM words GROUP BY key, word),
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
    out: dict[str, list[dict]] = {}
    for row in _rows(sql, [*params, STOP_WORDS]):
        out.setdefault(row["key"], []).append(
            {"word": row["word"], "count": int(row["count"]), "z": round(row["z"], 2)}
        )
    return out


def headlines(sel: Selection) -> dict[str, list[dict]]:
    """Each column's newest articles: headline (or first words) and lead, the first sentence
    of at least eight words (so a dateline or a site banner is not taken for the lead)."""
    base, params = sel.base_sql()
    sql = f"""{base},
    ranked AS (
      SELECT c.key, a.id, a.slug, a.headline, a.published_on,
             row_number() OVER (PARTITION BY c.key ORDER BY a.published_on DESC NULLS LAST, a.id DESC)
               AS rank
      FROM col c JOIN articles_article a ON a.id = c.article_id
    )
    SELECT r.*, lead.text AS lead
    FROM ranked r
    LEFT JOIN LATERAL (
      SELECT substring(a.body FROM s.start + 1 FOR s."end" - s.start) AS text
      FROM articles_sentence s JOIN articles_article a ON a.id = s.article_id
      WHERE s.article_id = r.id
        AND array_length(regexp_split_to_array(s.normalized, '\\s+'), 1) >= 8
      ORDER BY s.position LIMIT 1
    ) lead ON true
    WHERE r.rank <= {LEADS_PER_COLUMN}
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


def same_statements(sel: Selection) -> list[dict]:
    """Statements by the same speaker that report the same words in different articles.

    Pairs come from a self-join on `Quote.normalized_text` with pg_trgm's `%>` operator:
    `word_similarity` of one quote inside the other at pg_trgm's default threshold 0.6, taken
    both ways (a short quote inside a longer one, as Putin's «لهذا السبب جئنا إلى هنا» opens
    a longer quote in the AP copy), found through the GIN trigram index.  Groups
    are the connected components of those pairs (recursive CTE, each quote labelled with the
    smallest quote id it reaches)."""
    base, params = sel.base_sql()
    sql = f"""{base},
    st AS (
      SELECT q.id, q.article_id, q.speaker_id, q.normalized_text, c.key
      FROM col c JOIN articles_quote q ON q.article_id = c.article_id
      WHERE q.kind = 'statement' AND q.speaker_id IS NOT NULL
    ),
    pairs AS (
      SELECT x.id AS a, near.id AS b
      FROM st x
      CROSS JOIN LATERAL (
        SELECT q.id FROM articles_quote q JOIN st y ON y.id = q.id
        WHERE q.normalized_text %%> x.normalized_text
          AND q.speaker_id = x.speaker_id AND q.article_id <> x.article_id
        LIMIT {NEIGHBOURS}
      ) near
    ),
    edges AS (SELECT a, b FROM pairs UNION SELECT b, a FROM pairs),
    reach(id, root) AS (
      SELECT a, a FROM edges
      UNION
      SELECT e.b, r.root FROM reach r JOIN edges e ON e.a = r.id
    ),
    components AS (SELECT id, min(root) AS component FROM reach GROUP BY id),
    sized AS (
      SELECT component, count(DISTINCT st.article_id) AS articles,
             dense_rank() OVER (ORDER BY count(DISTINCT st.article_id) DESC, component) AS rank
      FROM components JOIN st USING (id) GROUP BY component
    )
    SELECT sz.component, sz.rank, st.key, q.id, q.text, q.article_id, a.slug, a.published_on,
           sp.slug AS speaker_slug, sp.name_ar AS speaker_name
    FROM sized sz JOIN components cp USING (component) JOIN st ON st.id = cp.id
    JOIN articles_quote q ON q.id = st.id JOIN articles_article a ON a.id = q.article_id
    JOIN articles_actor sp ON sp.id = q.speaker_id
    WHERE sz.rank <= {MAX_STATEMENT_GROUPS}
    ORDER BY sz.rank, a.published_on NULLS LAST, q.article_id, q.start"""
    groups: dict[int, dict] = {}
    for row in _rows(sql, params):
        group = groups.setdefault(
            row["component"],
            {"speaker": row["speaker_slug"], "speaker_name": row["speaker_name"], "quotes": []},
        )
        group["quotes"].append(
            {
                "key": row["key"],
                "quote_id": row["id"],
                "text": row["text"],
                "article_id": row["article_id"],
                "slug": row["slug"] or "-",
                "published_on": row["published_on"].isoformat() if row["published_on"] else None,
            }
        )
    return list(groups.values())


def timeline(sel: Selection) -> list[dict]:
    """Articles per day and column; undated articles are left out (and counted apart)."""
    base, params = sel.base_sql()
    sql = f"""{base}
    SELECT a.published_on AS day, c.key, count(*) AS n
    FROM col c JOIN articles_article a ON a.id = c.article_id
    GROUP BY a.published_on, c.key ORDER BY a.published_on NULLS LAST, c.key"""
    return [
        {"day": r["day"].isoformat() if r["day"] else None, "key": r["key"], "count": r["n"]}
        for r in _rows(sql, params)
    ]


def evidence(sel: Selection, frame_slug: str, key: str, lexicons: list[dict]) -> dict:
    """The sentences of one column that evoke one frame (what a matrix cell counted)."""
    frame = next((f for f in lexicons if f["slug"] == frame_slug), None)
    if frame is None or not frame["pattern"]:
        return {"frame": frame, "total": 0, "sentences": []}
    base, params = sel.base_sql()
    sql = f"""{base}
    SELECT s.id, s.position, s.start, s."end", s.normalized, a.id AS article_id, a.slug,
           a.published_on, substring(a.body FROM s.start + 1 FOR s."end" - s.start) AS text,
           coalesce(nullif(a.headline, ''), left(a.body, 80)) AS title,
           count(*) OVER () AS total
    FROM col c JOIN articles_sentence s ON s.article_id = c.article_id
    JOIN articles_article a ON a.id = s.article_id
    WHERE c.key = %s AND s.normalized ~ %s
    ORDER BY a.published_on DESC NULLS LAST, a.id, s.position
    LIMIT {EVIDENCE_LIMIT}"""
    rows = _rows(sql, [*params, key, frame["pattern"]])
    return {"frame": frame, "total": rows[0]["total"] if rows else 0, "sentences": rows}


# --- The whole comparison, cached ------------------------------------------------------------

VERSION_KEY = "compare:version"


def data_version() -> int:
    return cache.get_or_set(VERSION_KEY, 1, None)


def cache_key(params: dict, visibility: str) -> str:
    digest = hashlib.sha256(json.dumps(params, sort_keys=True, default=str).encode()).hexdigest()[:32]
    return f"compare:{data_version()}:{visibility}:{digest}"


def compare(sel: Selection) -> dict:
    """Every section of the page, as plain data."""
    lexicons = frame_lexicons()
    cols = columns(sel)
    return {
        "by": sel.by,
        "columns": cols,
        "frames": frames(sel, cols, lexicons),
        "voices": voices(sel),
        "sources": sources(sel),
        "terms": loaded_terms(sel),
        "words": distinctive_words(sel),
        "headlines": headlines(sel),
        "statements": same_statements(sel),
        "timeline": timeline(sel),
    }


def cached_compare(sel: Selection, params: dict, visibility: str) -> dict:
    key = cache_key({**params, "by": sel.by}, visibility)
    data = cache.get(key)
    if data is None:
        data = compare(sel)
        cache.set(key, data, CACHE_SECONDS)
    return data


@receiver([post_save, post_delete], sender=Article)
@receiver([post_save, post_delete], sender=Quote)
@receiver([post_save, post_delete], sender=Mention)
@receiver([post_save, post_delete], sender=Frame)
@receiver([post_save, post_delete], sender=FrameTerm)
@receiver([post_save, post_delete], sender=Outlet)
@receiver([post_save, post_delete], sender=Actor)
@receiver([post_save, post_delete], sender=Alias)
def _forget_comparisons(**kwargs) -> None:
    """Any change to what the page counts makes every cached comparison stale: bump the
    version in every key instead of finding the keys."""
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 2, None)


def forget_comparisons() -> None:
    """For bulk writes that skip signals (bulk_create, QuerySet.update/delete)."""
    _forget_comparisons()
