"""The sitemap: the published articles, and the actors and outlets they cover (what the
public audience may read, `articles.audience.PUBLIC`)."""

from __future__ import annotations

from django.contrib.sitemaps import Sitemap

from articles.audience import PUBLIC
from articles.models import Article


class ArticleSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.8

    def items(self):
        return PUBLIC.articles().order_by("pk")

    def lastmod(self, item: Article):
        return item.updated_at


class ActorSitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.5

    def items(self):
        return PUBLIC.actors().order_by("slug")


class OutletSitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.5

    def items(self):
        return PUBLIC.outlets().order_by("slug")


SITEMAPS = {"articles": ArticleSitemap, "actors": ActorSitemap, "outlets": OutletSitemap}
