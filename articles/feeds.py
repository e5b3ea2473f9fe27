"""An Atom feed of the published articles, newest first."""

from __future__ import annotations

from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.db.models import F
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from articles.audience import PUBLIC
from articles.models import Article

FEED_LENGTH = 50


class LatestArticlesFeed(Feed):
    feed_type = Atom1Feed
    title = _("أرشيف تغطية قمة كيم جونغ أون وبوتين")
    subtitle = _("أحدث المقالات المنشورة في الأرشيف")
    language = "ar"

    def link(self) -> str:
        return reverse("articles:article-list")

    def items(self):
        newest = F("published_on").desc(nulls_last=True)
        return PUBLIC.articles().with_listing().order_by(newest, "-id")[:FEED_LENGTH]

    def item_title(self, item: Article) -> str:
        return item.title

    def item_description(self, item: Article) -> str:
        # Plain text: the syndication framework escapes it inside the Atom <summary>.
        return item.paragraphs[0] if item.paragraphs else ""

    def item_author_name(self, item: Article) -> str | None:
        return item.byline or (item.outlet.name_ar if item.outlet else None)

    def item_pubdate(self, item: Article) -> datetime | None:
        if item.published_on is None:
            return None
        return timezone.make_aware(datetime.combine(item.published_on, time.min), timezone.UTC)

    def item_updateddate(self, item: Article) -> datetime:
        return item.updated_at

    def item_categories(self, item: Article) -> list[str]:
        return [outlet.name_ar for outlet in (item.outlet, item.wire) if outlet]
