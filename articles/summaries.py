"""Each article's contribution to `/compare/`, kept in small rows so a comparison sums rows
per column instead of recomputing the archive.

Per article: its sentence count and when its sentences were last rebuilt
(`ArticleSummary`), its sentences per frame (`ArticleFrame`), its statements per speaker
with whether the speaker has its first and last statement (`ArticleVoice`), the media
its quotes cite or are relayed by (`ArticleMedium`), its term quotes per normalised term
(`ArticleTerm`) and its first quote of each statement group (`ArticleStatement`).
Nothing here depends on the article's status, outlet, date or on the registry's names:
the comparison joins these rows with the selection (published articles for the public,
after the filters), so publishing, unpublishing and moving an article to another outlet
change the figures without a refresh, and drafts count only for the newsroom.

The rows are kept by PostgreSQL itself (migration 0010): statement triggers on quotes,
sentences and frame matches call `articles_refresh_summaries(ids)` for the articles a
statement touched, whichever door wrote it (the admin, extraction, a lexicon rematch,
statement grouping, the bench's COPY), in the writer's transaction; deleting an article
deletes its rows.  `refresh_summaries` (the command) rebuilds every row, for an archive
written before the triggers existed.
"""

from __future__ import annotations

from django.contrib.postgres.fields import ArrayField
from django.db import connection, models


class SummaryRow(models.Model):
    class Meta:
        abstract = True

    def __str__(self) -> str:
        return f"{type(self).__name__} of article {self.article_id}"


class ArticleSummary(SummaryRow):
    article = models.OneToOneField(
        "articles.Article",
        primary_key=True,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="+",
    )
    sentences = models.PositiveIntegerField()
    # Moves (a sequence) whenever the article's sentences are rebuilt: what the distinctive
    # words of a sample of articles were computed from (`compare.distinctive_words`).
    stamp = models.BigIntegerField()
    # Its sentences per frame, element i for the frame of id i (`ArticleFrame`'s rows in one
    # array): the frames matrix sums these with the sentence counts, one row per article.
    frames = ArrayField(models.PositiveIntegerField(), default=list)


def _article():
    return models.ForeignKey(
        "articles.Article", on_delete=models.DO_NOTHING, db_constraint=False, related_name="+"
    )


def _reference(model: str, null: bool = False):
    # No constraint: the owning quote or match row goes first and the trigger refreshes.
    return models.ForeignKey(
        model, null=null, on_delete=models.DO_NOTHING, db_constraint=False, db_index=False, related_name="+"
    )


class ArticleFrame(SummaryRow):
    article = _article()
    frame = _reference("articles.Frame")
    sentences = models.PositiveIntegerField()


class ArticleVoice(SummaryRow):
    article = _article()
    speaker = _reference("articles.Actor", null=True)
    statements = models.PositiveIntegerField()
    first_word = models.PositiveIntegerField()  # 1 when the article's first statement is theirs
    last_word = models.PositiveIntegerField()


class ArticleMedium(SummaryRow):
    """Quotes of the article attributed to a medium (`cited_medium`) or relayed by one."""

    article = _article()
    actor = _reference("articles.Actor")
    quotes = models.PositiveIntegerField()


class ArticleTerm(SummaryRow):
    article = _article()
    normalized_text = models.TextField()
    text = models.TextField()  # the first spelling, in text order of comparison (min)
    quotes = models.PositiveIntegerField()


class ArticleStatement(SummaryRow):
    """The article's first quote (by position) in a statement group."""

    article = _article()
    group = _reference("articles.StatementGroup")
    quote = _reference("articles.Quote")
    start = models.PositiveIntegerField()


SUMMARY_MODELS = (ArticleSummary, ArticleFrame, ArticleVoice, ArticleMedium, ArticleTerm, ArticleStatement)


def refresh_all() -> int:
    """Rebuild every article's rows (what the triggers would have written); returns the
    number of articles."""
    with connection.cursor() as cursor:
        for model in SUMMARY_MODELS:
            cursor.execute(f"TRUNCATE {model._meta.db_table}")
        cursor.execute("SELECT articles_refresh_summaries(array_agg(id)), count(*) FROM articles_article")
        return cursor.fetchone()[1]
