"""The archive's pages. Every query starts from what the reader may see:
`Audience.of(request)` (published articles for the public, drafts too for the newsroom)."""

from __future__ import annotations

from collections import Counter

from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import Count, Exists, F, IntegerField, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.functional import cached_property
from django.views.generic import ListView

from articles.audience import Audience
from articles.exports import ExportMixin
from articles.filters import FACET_WINDOW, ArticleFilterSet, QuoteFilterSet
from articles.models import Actor, Alias, Mention, Outlet, Quote
from articles.search import highlight

STATEMENTS_PER_OUTLET = 5
ACTOR_STATEMENTS_WINDOW = 500  # an actor page's cards come from the actor's newest statements
QUOTES_COUNTED = 1000  # /quotes/ counts this many at most: "more than 1,000 quotes"
FIGURES_SECONDS = 3600  # keyed by the version: an edit starts new keys, old ones expire unread


def per_version(request: HttpRequest, name: str, compute):
    """`compute()` once per archive version and audience (the public, or the newsroom).

    Archive-wide figures (the home page's totals, the quote list's choices) scan every
    visible row but change only when the content does, which bumps the version.
    """
    key = Audience.of(request).cache_key(name)
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, FIGURES_SECONDS)
    return value


def count_of(queryset, outer: str = "pk"):
    """A correlated COUNT(*) subquery, so two counts on one row do not multiply each other."""
    counted = queryset.order_by().values(outer).annotate(n=Count("pk")).values("n")
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


def with_quote_counts(articles):
    statements = Quote.objects.statements().filter(article=OuterRef("pk"))
    return articles.annotate(n_statements=count_of(statements, "article"))


def tolerant_page(queryset, number, per_page: int):
    """Any `page` value gives a page: out of range → the last, nonsense → the first."""
    paginator = Paginator(queryset, per_page)
    return paginator, paginator.get_page(number)


class BoundedPaginator(Paginator):
    """Counts at most `limit` rows: the total of a list that grows with the archive (every
    quote) would otherwise cost a scan of all of it on every page.  Past the limit, the
    list says "more than" and pages go as far as the limit; the export has everything."""

    def __init__(self, object_list, per_page, limit: int):
        super().__init__(object_list, per_page)
        self.limit = limit

    @cached_property
    def counted(self) -> int:
        return self.object_list[: self.limit + 1].count()

    @property
    def capped(self) -> bool:
        return self.counted > self.limit

    @cached_property
    def count(self) -> int:
        return min(self.counted, self.limit)


class FilteredListMixin:
    """A FilterSet over what the visitor may see; `get_filtered_queryset()` is what a list
    shows (and what an export reuses)."""

    filterset_class: type
    paginate_by = 20

    def get_base_queryset(self):
        raise NotImplementedError

    def get_filterset(self):
        if not hasattr(self, "filterset"):
            self.filterset = self.filterset_class(
                self.request.GET or None, queryset=self.get_base_queryset(), request=self.request
            )
        return self.filterset

    def get_filtered_queryset(self):
        return self.get_filterset().qs

    def get_queryset(self):
        return self.get_filtered_queryset()

    def paginate_queryset(self, queryset, page_size):
        paginator, page = tolerant_page(queryset, self.request.GET.get("page"), page_size)
        return paginator, page, page.object_list, page.has_other_pages()

    def get_context_data(self, **kwargs):
        return super().get_context_data(filterset=self.get_filterset(), **kwargs)


class ArticleListView(ExportMixin, FilteredListMixin, ListView):
    export_kind = "article"  # ?format=csv|json: every filtered article
    filterset_class = ArticleFilterSet
    template_name = "articles/article_list.html"
    context_object_name = "articles"

    def get_base_queryset(self):
        return Audience.of(self.request).articles()

    def get_filtered_queryset(self):
        return with_quote_counts(super().get_filtered_queryset().with_listing())

    def paginate_queryset(self, queryset, page_size):
        # The total comes with the facets (one query); relevance orders the ids in Python.
        filterset, number = self.get_filterset(), self.request.GET.get("page")
        ranked = filterset.ranked_ids()
        if ranked is None:
            paginator = Paginator(queryset, page_size)
            paginator.count = filterset.total
            page = paginator.get_page(number)
        else:
            paginator, page = tolerant_page(ranked, number, page_size)
            # The ids are already filtered (visibility included): the page's rows are fetched
            # by id alone, not through the search's id list again.
            listing = with_quote_counts(self.get_base_queryset().with_listing())
            rows = listing.order_by().in_bulk(page.object_list)
            page.object_list = [rows[pk] for pk in page.object_list if pk in rows]
        return paginator, page, page.object_list, page.has_other_pages()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        search = self.filterset.search
        articles = list(context["articles"])
        if search:
            for article in articles:
                article.snippet = highlight(article.body, search, indexed=article.search_text)
        context.update(
            articles=articles,
            facets=self.filterset.facets(),
            search=search,
            windowed=self.filterset.windowed,
            window=FACET_WINDOW,
        )
        return context


class QuoteListView(ExportMixin, FilteredListMixin, ListView):
    export_kind = "quote"  # ?format=csv|json: every filtered quote
    filterset_class = QuoteFilterSet
    template_name = "articles/quote_list.html"
    context_object_name = "quotes"
    paginate_by = 30

    def get_base_queryset(self):
        return Audience.of(self.request).quotes()

    def get_filtered_queryset(self):
        return (
            super()
            .get_filtered_queryset()
            .select_related("article__outlet", "article__wire", "speaker")
            .order_by(F("article__published_on").desc(nulls_last=True), "-article_id", "start")
        )

    def paginate_queryset(self, queryset, page_size):
        paginator = BoundedPaginator(queryset, page_size, QUOTES_COUNTED)
        page = paginator.get_page(self.request.GET.get("page"))
        return paginator, page, page.object_list, page.has_other_pages()

    def get_context_data(self, **kwargs):
        choices = per_version(self.request, "quote-choices", self.choices)
        return super().get_context_data(**choices, **kwargs)

    def choices(self) -> dict:
        """The speakers and outlets to filter by: those with a visible statement or article."""
        audience = Audience.of(self.request)
        statements = audience.quotes().statements().filter(speaker=OuterRef("pk"))
        speakers = Actor.objects.filter(Exists(statements)).order_by("name_ar")
        return {"speakers": list(speakers), "outlets": list(audience.outlets().order_by("name_ar"))}


def home(request: HttpRequest) -> HttpResponse:
    audience = Audience.of(request)
    figures = per_version(request, "home-figures", lambda: archive_figures(audience))
    latest = with_quote_counts(audience.articles().with_listing())[:6]
    return render(request, "articles/home.html", {**figures, "latest": latest})


def archive_figures(audience: Audience) -> dict:
    """The home page's totals, coverage per day and most quoted actors."""
    articles = audience.articles()
    totals = articles.aggregate(
        articles=Count("pk"), outlets=Count(Coalesce("outlet", "wire"), distinct=True)
    )
    quotes = audience.quotes()
    totals["quotes"] = quotes.count()
    visible = articles.values("pk")
    # Actors named in a visible article: the union of mentioned and quoted, one query.
    mentioned = Mention.objects.filter(article__in=visible).values("actor")
    quoted_by = Quote.objects.filter(article__in=visible, speaker__isnull=False).values("speaker")
    totals["actors"] = mentioned.union(quoted_by).count()
    per_day = list(
        articles.filter(published_on__isnull=False)
        .values("published_on")
        .annotate(n=Count("pk"))
        .order_by("published_on")
    )
    top = max((day["n"] for day in per_day), default=0)
    for day in per_day:
        day["percent"] = round(100 * day["n"] / top)
    quoted = list(
        quotes.statements()
        .filter(speaker__isnull=False)
        .values(slug=F("speaker__slug"), name_ar=F("speaker__name_ar"), name_en=F("speaker__name_en"))
        .annotate(n=Count("pk"))
        .order_by("-n", "name_ar")[:8]
    )
    return {"totals": totals, "per_day": per_day, "quoted": quoted}


def article_detail(request: HttpRequest, pk: int, slug: str) -> HttpResponse:
    article = get_object_or_404(Audience.of(request).articles().with_listing(), pk=pk)
    if slug != (article.slug or "-"):
        return redirect(article, permanent=True)
    quotes = article.quotes.select_related("speaker").order_by("start")
    mentions = article.mentions.select_related("actor").order_by("-count", "actor__name_ar")
    return render(
        request,
        "articles/article_detail.html",
        {"article": article, "quotes": list(quotes), "mentions": mentions},
    )


def article_short_link(request: HttpRequest, pk: int) -> HttpResponse:
    """`/articles/<id>/`, as a newsroom types or shares it: on to the article's own URL."""
    article = get_object_or_404(Audience.of(request).articles().only("pk", "slug"), pk=pk)
    return redirect(article, permanent=True)


def actor_list(request: HttpRequest) -> HttpResponse:
    audience = Audience.of(request)
    counts = per_version(request, "actor-counts", lambda: actor_counts(audience))
    actors = list(Actor.objects.filter(pk__in=counts))
    for actor in actors:
        actor.n_statements, actor.n_mentions = counts[actor.pk]
    actors.sort(key=lambda a: (-a.n_statements, -a.n_mentions, a.name_ar))
    return render(request, "articles/actor_list.html", {"actors": actors})


def actor_counts(audience: Audience) -> dict[int, tuple[int, int]]:
    """Each actor's statements and the articles naming them, as the audience sees them, for
    every actor with either: counted once per archive version (two scans of the archive's
    quotes and mentions, grouped once each rather than per actor).  COUNT(*), not of the ids,
    so that the quotes are read from the (speaker, kind, article) index alone, not from the
    table with its texts (at 100,000 articles, EXPLAIN ANALYZE of the quotes' count: 550 →
    270 ms; both counts, interleaved under load: best of 4, 394 → 329 ms)."""
    visible = audience.articles().values("pk")
    statements = dict(
        Quote.objects.statements()
        .filter(article__in=visible, speaker__isnull=False)
        .values_list("speaker")
        .annotate(n=Count("*"))
        .order_by()
    )
    mentions = dict(
        Mention.objects.filter(article__in=visible).values_list("actor").annotate(n=Count("*")).order_by()
    )
    return {pk: (statements.get(pk, 0), mentions.get(pk, 0)) for pk in {*statements, *mentions}}


def actor_detail(request: HttpRequest, slug: str) -> HttpResponse:
    audience = Audience.of(request)
    # An actor named only in drafts, or only in the registry, has no page for the public.
    actor = get_object_or_404(audience.actors(), slug=slug)
    figures = per_version(request, f"actor-figures-{actor.pk}", lambda: actor_figures(audience, actor))
    actor.n_statements, actor.n_mentions = sum(figures["per_source"].values()), figures["mentions"]
    aliases = actor.aliases.filter(kind=Alias.Kind.NAME).order_by("name")
    statements = list(
        Quote.objects.filter(pk__in=figures["shown"])
        .select_related("article__outlet", "article__wire")
        # The search columns, which no card shows, would more than double the rows read.
        .defer("article__search_text", "article__search_vector")
        .annotate(
            group_name=Coalesce("article__outlet__name_ar", "article__wire__name_ar"),
            group_name_en=Coalesce("article__outlet__name_en", "article__wire__name_en"),
            group_slug=Coalesce("article__outlet__slug", "article__wire__slug"),
        )
        .order_by(F("group_name").asc(nulls_last=True), *NEWEST_STATEMENTS)
    )
    for statement in statements:
        statement.group_total = figures["per_source"].get(statement.group_slug, 0)
    mentioned = with_quote_counts(audience.articles().with_listing().filter(mentions__actor=actor))
    paginator = Paginator(mentioned, 20)
    paginator.count = actor.n_mentions  # counted with the figures, once per archive version
    page = paginator.get_page(request.GET.get("page"))
    return render(
        request,
        "articles/actor_detail.html",
        {"actor": actor, "aliases": aliases, "statements": statements, "page_obj": page},
    )


NEWEST_STATEMENTS = (F("article__published_on").desc(nulls_last=True), "-article_id", "start")


def actor_figures(audience: Audience, actor: Actor) -> dict:
    """The actor's statements per outlet (by slug; None: neither outlet nor agency), the
    articles naming the actor and the statements the page shows, as the audience sees them:
    counted and chosen once per archive version.

    The page shows each outlet's latest STATEMENTS_PER_OUTLET statements among the actor's
    newest ACTOR_STATEMENTS_WINDOW, read in the order of the list's index, so the choice
    costs the same however much the actor said."""
    statements = audience.quotes().statements().filter(speaker=actor)
    source = Coalesce("article__outlet", "article__wire")
    per_source = dict(
        statements.values_list(Coalesce("article__outlet__slug", "article__wire__slug"))
        .annotate(n=Count("*"))
        .order_by()
    )
    newest = statements.order_by(*NEWEST_STATEMENTS).values_list("pk", source)[:ACTOR_STATEMENTS_WINDOW]
    shown, taken = [], Counter()
    for pk, group in newest:
        if taken[group] < STATEMENTS_PER_OUTLET:
            taken[group] += 1
            shown.append(pk)
    mentions = Mention.objects.filter(actor=actor, article__in=audience.articles().values("pk")).count()
    return {"per_source": per_source, "mentions": mentions, "shown": shown}


def outlet_list(request: HttpRequest) -> HttpResponse:
    audience = Audience.of(request)
    counts = per_version(request, "outlet-counts", lambda: outlet_counts(audience))
    outlets = list(Outlet.objects.filter(pk__in=counts).order_by("name_ar"))
    for outlet in outlets:
        outlet.n_own, outlet.n_wire = counts[outlet.pk]
    return render(request, "articles/outlet_list.html", {"outlets": outlets})


def outlet_counts(audience: Audience) -> dict[int, tuple[int, int]]:
    """Each outlet's own articles and an agency's wire copy whose publishing outlet is
    unknown, for every outlet with either: one grouping of the visible articles per version."""
    counts: dict[int, list[int]] = {}
    grouped = audience.articles().values_list("outlet", "wire").annotate(n=Count("*")).order_by()
    for outlet, wire, n in grouped:
        if outlet is not None:
            counts.setdefault(outlet, [0, 0])[0] += n
        elif wire is not None:
            counts.setdefault(wire, [0, 0])[1] += n
    return {pk: (own, wire) for pk, (own, wire) in counts.items()}


def outlet_detail(request: HttpRequest, slug: str) -> HttpResponse:
    audience = Audience.of(request)
    # An outlet seen only in drafts (or in no article) has no public page; see actor_detail.
    outlet = get_object_or_404(audience.outlets(), slug=slug)
    figures = per_version(request, f"outlet-figures-{outlet.pk}", lambda: outlet_figures(audience, outlet))
    articles = with_quote_counts(outlet_articles(audience, outlet).with_listing())
    paginator = Paginator(articles, 20)
    paginator.count = figures["articles"]  # counted with the figures, once per archive version
    page = paginator.get_page(request.GET.get("page"))
    return render(
        request,
        "articles/outlet_detail.html",
        {"outlet": outlet, "page_obj": page, "voices": figures["voices"]},
    )


def outlet_articles(audience: Audience, outlet: Outlet):
    """The outlet's articles and an agency's wire copy whose publishing outlet is unknown, as
    `filters.outlet_q` selects them by slug, here by id: each side is read from its own index."""
    return audience.articles().filter(Q(outlet=outlet) | Q(outlet__isnull=True, wire=outlet))


def outlet_figures(audience: Audience, outlet: Outlet) -> dict:
    """The outlet's articles (its own and its unattributed wire copy) and its 15 most quoted
    speakers, as the audience sees them: counted once per archive version."""
    articles = outlet_articles(audience, outlet)
    voices = (
        Actor.objects.filter(quotes__kind=Quote.Kind.STATEMENT, quotes__article__in=articles.values("pk"))
        .annotate(n=Count("quotes"))
        .order_by("-n", "name_ar")[:15]
    )
    return {"articles": articles.count(), "voices": list(voices)}
