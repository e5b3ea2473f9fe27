from django.db import migrations

# The unfiltered facet counts (articles per outlet, per actor named, per speaker quoted, with
# and without quotes, per audience) change only when an article is added, deleted, published
# or moved to another outlet or wire, when its mentions or statements change, or when an
# outlet's or actor's names change.  Those writes move `articles_facetstamp`, whichever door
# they came through (triggers, like the summary rows'), and the counts are kept under it
# rather than under the archive version: an edit of a headline, a date, a lexicon or the
# statement groups no longer recounts the whole archive.
#
# The stamp takes a value of a sequence, never reused: counts a writer kept in its own
# transaction under its new stamp are never read if it rolls back.  It moves at every
# such write, even twice in one transaction (counts kept between the two would otherwise
# be taken for the committed ones), after the summary triggers (`tally_*` sorts after
# `summaries_*`); the row stays locked until the writer commits, so readers see the new
# stamp with the new rows, never before them.
STAMP = """
CREATE SEQUENCE articles_facet_stamp_seq;
CREATE TABLE articles_facetstamp (
  id integer PRIMARY KEY CHECK (id = 1),
  value bigint NOT NULL
);
INSERT INTO articles_facetstamp VALUES (1, nextval('articles_facet_stamp_seq'));

CREATE OR REPLACE FUNCTION articles_facets_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE articles_facetstamp SET value = nextval('articles_facet_stamp_seq') WHERE id = 1;
  RETURN NULL;
END $$;
"""

# For each table: (the columns whose update changes a facet, or None for none).
WATCHED = {
    "articles_article": "status, outlet_id, wire_id",
    "articles_mention": "article_id, actor_id",
    "articles_quote": "article_id, speaker_id, kind",
    "articles_outlet": "slug, name_ar, name_en",
    "articles_actor": "slug, name_ar, name_en",
}
# Inserting or deleting an outlet or an actor alone changes no count (the rows of their
# articles, mentions and quotes do).
ROWS_COUNTED = ("articles_article", "articles_mention", "articles_quote")


def _triggers(table: str, columns: str) -> str:
    old = ", ".join(f"OLD.{c.strip()}" for c in columns.split(","))
    new = ", ".join(f"NEW.{c.strip()}" for c in columns.split(","))
    sql = f"""
CREATE TRIGGER tally_facets_updated AFTER UPDATE ON {table} FOR EACH ROW
  WHEN (({old}) IS DISTINCT FROM ({new})) EXECUTE FUNCTION articles_facets_changed();
CREATE TRIGGER tally_facets_truncated AFTER TRUNCATE ON {table}
  FOR EACH STATEMENT EXECUTE FUNCTION articles_facets_changed();
"""
    if table in ROWS_COUNTED:
        sql += f"""
CREATE TRIGGER tally_facets_written AFTER INSERT OR DELETE ON {table}
  FOR EACH STATEMENT EXECUTE FUNCTION articles_facets_changed();
"""
    return sql


TRIGGERS = "".join(_triggers(table, columns) for table, columns in WATCHED.items())
DROP = "".join(
    f"""
DROP TRIGGER IF EXISTS tally_facets_updated ON {table};
DROP TRIGGER IF EXISTS tally_facets_truncated ON {table};
DROP TRIGGER IF EXISTS tally_facets_written ON {table};
"""
    for table in WATCHED
) + """
DROP FUNCTION IF EXISTS articles_facets_changed();
DROP TABLE IF EXISTS articles_facetstamp;
DROP SEQUENCE IF EXISTS articles_facet_stamp_seq;
"""


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0011_compare_columns_index"),
    ]

    operations = [
        migrations.RunSQL(STAMP + TRIGGERS, reverse_sql=DROP),
    ]
