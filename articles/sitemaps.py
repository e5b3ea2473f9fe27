"""The sitemap: published articles, and the actors and outlets they cover."""

from __future__ import annotations

from django.contrib.sitemaps import Sitemap
from django.db.models import Exists, OuterRef, Q

from articles.models import Actor, Article, Mention, Outlet, Quote


class ArticleSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.8

    def items(self):
        return Article.objects.published().order_by("pk")

    def lastmod(self, item: Article):
        return item.updated_at


class ActorSitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.5

    def items(self):
        published = Article.objects.published()
        speaks = Quote.objects.filter(speaker=OuterRef("pk"), article__in=published)
        mentioned = Mention.objects.filter(actor=OuterRef("pk"), article__in=published)
        return Actor.objects.filter(Exists(speaks) | Exists(mentioned)).order_by("slug")


class OutletSitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.5

    def items(self):
        # An outlet's page lists its own articles, and an agency's wire copy that no
        # outlet is known for (articles.filters.outlet_q).
        covered = Article.objects.published().filter(
            Q(outlet=OuterRef("pk")) | Q(outlet__isnull=True, wire=OuterRef("pk"))
        )
        return Outlet.objects.filter(Exists(covered)).order_by("slug")


SITEMAPS = {"articles": ArticleSitemap, "actors": ActorSitemap, "outlets": OutletSitemap}
