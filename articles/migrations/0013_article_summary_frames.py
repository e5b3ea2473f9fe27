from importlib import import_module

import django.contrib.postgres.fields
from django.db import migrations, models

# The refresh of migration 0010, which now also writes each article's sentences per frame
# into one array on its summary row (element i: the frame of id i), after its frame rows.
_REFRESH = import_module("articles.migrations.0010_article_summaries").REFRESH
_START = _REFRESH.index("CREATE OR REPLACE FUNCTION articles_refresh_summaries")
OLD_FUNCTION = _REFRESH[_START : _REFRESH.index("END $$;", _START) + len("END $$;")]

FRAMES = """
  IF source IS NULL OR source IN ('articles_sentence', 'articles_sentenceframe') THEN
    UPDATE articles_articlesummary s SET frames = coalesce((
      SELECT array_agg(coalesce(af.sentences, 0) ORDER BY g.i)
      FROM generate_series(1, (SELECT max(m.frame_id) FROM articles_articleframe m
                               WHERE m.article_id = s.article_id)) AS g(i)
      LEFT JOIN articles_articleframe af ON af.article_id = s.article_id AND af.frame_id = g.i
    ), '{}')
    WHERE s.article_id = ANY(ids);
  END IF;
"""
_QUOTES = "\n  IF source IS NOT NULL AND source <> 'articles_quote' THEN"
NEW_FUNCTION = (
    OLD_FUNCTION.replace(
        "INSERT INTO articles_articlesummary (article_id, sentences, stamp)\n"
        "    SELECT article_id, count(*), nextval('articles_summary_stamp') FROM",
        "INSERT INTO articles_articlesummary (article_id, sentences, stamp, frames)\n"
        "    SELECT article_id, count(*), nextval('articles_summary_stamp'), '{}' FROM",
    ).replace(_QUOTES, FRAMES + _QUOTES)
)
assert "stamp, frames" in NEW_FUNCTION and "SET frames" in NEW_FUNCTION, "the refresh of 0010 changed: edit this migration"
BACKFILL = "SELECT articles_refresh_summaries(array_agg(article_id), 'articles_sentenceframe') FROM articles_articlesummary;"


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0012_facet_stamp"),
    ]

    operations = [
        migrations.AddField(
            model_name="articlesummary",
            name="frames",
            field=django.contrib.postgres.fields.ArrayField(base_field=models.PositiveIntegerField(), default=list),
        ),
        migrations.RunSQL(NEW_FUNCTION + BACKFILL, reverse_sql=OLD_FUNCTION),
    ]
