"""Write the whole archive as JSON Lines: one article a line, with its quotes and mentions.

    python manage.py export_archive archive.jsonl

Each line is what `import_articles` needs to rebuild the article in an empty database
(outlets and actors by slug, quotes verbatim with their spans and review state); ids
and timestamps are left out, so two exports of the same archive are byte-identical.
"""

from __future__ import annotations

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db.models import Prefetch

from articles.models import Actor, Article, Mention, Outlet, Quote

CHUNK = 200


def outlet_record(outlet: Outlet | None) -> dict | None:
    if outlet is None:
        return None
    return {
        "slug": outlet.slug, "ar": outlet.name_ar, "en": outlet.name_en,
        "domain": outlet.domain, "kind": outlet.kind, "country": outlet.country,
    }  # fmt: skip


def actor_record(actor: Actor | None) -> dict | None:
    if actor is None:
        return None
    return {
        "slug": actor.slug, "name_ar": actor.name_ar, "name_en": actor.name_en,
        "kind": actor.kind, "affiliation": actor.affiliation, "approved": actor.approved,
    }  # fmt: skip


def quote_record(quote: Quote) -> dict:
    return {
        "start": quote.start, "end": quote.end, "text": quote.text, "kind": quote.kind,
        "speaker": actor_record(quote.speaker), "speaker_text": quote.speaker_text,
        "speaker_description": quote.speaker_description,
        "relayed_by": actor_record(quote.relayed_by), "cited_medium": actor_record(quote.cited_medium),
        "cue": quote.cue, "confidence": quote.confidence, "verified": quote.verified,
    }  # fmt: skip


def article_record(article: Article) -> dict:
    return {
        "url": article.url,
        "headline": article.headline,
        "byline": article.byline,
        "dateline": article.dateline,
        "published_on": article.published_on.isoformat() if article.published_on else None,
        "date_source": article.date_source,
        "status": article.status,
        "source_name": article.source_name,
        "outlet": outlet_record(article.outlet),
        "wire": outlet_record(article.wire),
        "body": article.body,
        "quotes": [quote_record(quote) for quote in article.quotes.all()],
        "mentions": [
            {"actor": actor_record(mention.actor), "count": mention.count}
            for mention in article.mentions.all()
        ],
    }


def archive_articles():
    quotes = Quote.objects.select_related("speaker", "relayed_by", "cited_medium").order_by(
        "start", "end", "kind"
    )
    mentions = Mention.objects.select_related("actor").order_by("actor__slug")
    return (
        Article.objects.select_related("outlet", "wire")
        .prefetch_related(Prefetch("quotes", queryset=quotes), Prefetch("mentions", queryset=mentions))
        .order_by("published_on", "url", "content_hash")
    )


class Command(BaseCommand):
    help = "Export every article (drafts included) with its metadata, quotes and mentions as JSON Lines."

    def add_arguments(self, parser):
        parser.add_argument("file", help="the .jsonl file to write")

    def handle(self, *args, file: str, **options):
        count = 0
        try:
            with Path(file).open("w", encoding="utf-8") as out:
                for article in archive_articles().iterator(chunk_size=CHUNK):
                    out.write(json.dumps(article_record(article), ensure_ascii=False, sort_keys=True) + "\n")
                    count += 1
        except OSError as error:
            raise CommandError(f"{file}: {error.strerror}") from None
        self.stdout.write(f"exported {count} articles to {file}")
