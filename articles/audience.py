"""Who is reading, and so what they may see: the one place that decides who sees drafts.

There are two audiences.  The public reads published articles and pages built only from
them.  The newsroom (staff, and anyone granted `articles.view_draft`) reads drafts too.
Every view, list, search, export, feed, sitemap and the comparison starts from
`Audience.of(request).articles()` (or its quotes, actors and outlets), and every cached
figure or page is kept under `audience.cache_key(...)`, so the two never share an entry.

    audience = Audience.of(request)
    audience.articles()                  # what this reader may open
    audience.cache_key("home")           # where their copy of a figure is kept
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Exists, OuterRef, Q, QuerySet
from django.http import HttpRequest

from articles import caching
from articles.models import Actor, Article, Mention, Outlet, Quote

DRAFT_PERMISSION = "articles.view_draft"


@dataclass(frozen=True)
class Audience:
    name: str
    sees_drafts: bool

    @classmethod
    def of(cls, request: HttpRequest) -> Audience:
        """The request's audience, decided once per request."""
        if not hasattr(request, "_archive_audience"):
            request._archive_audience = cls.of_user(getattr(request, "user", None))
        return request._archive_audience

    @staticmethod
    def of_user(user) -> Audience:
        if user is not None and user.is_authenticated and (user.is_staff or user.has_perm(DRAFT_PERMISSION)):
            return NEWSROOM
        return PUBLIC

    def articles(self) -> QuerySet[Article]:
        return Article.objects.all() if self.sees_drafts else Article.objects.published()

    def quotes(self) -> QuerySet[Quote]:
        return Quote.objects.all() if self.sees_drafts else Quote.objects.published()

    def actors(self) -> QuerySet[Actor]:
        """Actors quoted or mentioned in an article this audience may read."""
        visible = self.articles()
        speaks = Quote.objects.filter(speaker=OuterRef("pk"), article__in=visible)
        mentioned = Mention.objects.filter(actor=OuterRef("pk"), article__in=visible)
        return Actor.objects.filter(Exists(speaks) | Exists(mentioned))

    def outlets(self) -> QuerySet[Outlet]:
        """Outlets with an article this audience may read: their own, or an agency's wire copy
        whose publishing outlet is unknown (the outlet page lists both)."""
        covered = self.articles().filter(
            Q(outlet=OuterRef("pk")) | Q(outlet__isnull=True, wire=OuterRef("pk"))
        )
        return Outlet.objects.filter(Exists(covered))

    def cache_key(self, name: str, *parts) -> str:
        """Where this audience's copy of `name` (for these parts) is kept in this version."""
        return caching.key(name, *parts, audience=self.name)


PUBLIC = Audience("public", sees_drafts=False)
NEWSROOM = Audience("newsroom", sees_drafts=True)
