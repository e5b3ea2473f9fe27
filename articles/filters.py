"""The archive's FilterSets: `/articles/` (with its facet counts) and `/quotes/`.

A search box's text is read and matched by `articles.search`; the FilterSet filters by the
ids it finds, and counts every facet option in one query over the same rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import django_filters
from django import forms
from django.contrib.postgres.search import SearchQuery
from django.core.cache import cache
from django.db import connection
from django.db.models import (
    BooleanField,
    Exists,
    ExpressionWrapper,
    F,
    Func,
    OuterRef,
    Q,
    Subquery,
    Value,
)
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _

from articles import caching
from articles.audience import Audience
from articles.extraction.normalize import tokens
from articles.models import Actor, Article, Mention, Quote
from articles.search import ArabicQuery, analyse_query, typed_hits

MAX_SLUGS = 20
# A filtered list counts its facets over the newest this many articles that its search and
# dates give, so a filter's cost follows the page, not the archive (issue 14).
FACET_WINDOW = 1000
FACETS_SECONDS = 3600  # keyed by the facet stamp: a write that changes a count starts new keys
SLUG_RE = re.compile(r"^[-\w]+\Z")


# --- Form fields ----------------------------------------------------------------------------


class SlugListField(forms.Field):
    """Several `?outlet=a&outlet=b` values; malformed ones are dropped, not an error."""

    widget = forms.CheckboxSelectMultiple

    def to_python(self, value):
        if not value:
            return []
        values = value if isinstance(value, list | tuple) else [value]
        slugs = [str(v).strip()[:200] for v in values]
        return list(dict.fromkeys(s for s in slugs if SLUG_RE.match(s)))[:MAX_SLUGS]


class SlugListFilter(django_filters.Filter):
    field_class = SlugListField

    def filter(self, qs, value):
        if not value:
            return qs
        return self.method(qs, self.field_name, value) if callable(self.method) else qs


def outlet_q(slugs, prefix: str = "") -> Q:
    """An outlet's articles, and wire copy of an agency where the publishing outlet is unknown."""
    return Q(**{f"{prefix}outlet__slug__in": slugs}) | Q(
        **{f"{prefix}outlet__isnull": True, f"{prefix}wire__slug__in": slugs}
    )


# --- Articles -------------------------------------------------------------------------------


class ArticleFilterSet(django_filters.FilterSet):
    ORDERING = [("-date", _("الأحدث أولًا")), ("date", _("الأقدم أولًا")), ("relevance", _("الأكثر صلة"))]
    FACETS = ("outlet", "actor", "speaker", "has_quotes")

    q = django_filters.CharFilter(label=_("بحث في النصوص"), method="filter_q")
    outlet = SlugListFilter(label=_("الوسيلة"), method="filter_outlet")
    actor = SlugListFilter(label=_("يذكر الفاعل"), method="filter_actor")
    speaker = SlugListFilter(label=_("يقتبس من"), method="filter_speaker")
    date_after = django_filters.DateFilter(
        label=_("من تاريخ"),
        field_name="published_on",
        lookup_expr="gte",
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    date_before = django_filters.DateFilter(
        label=_("حتى تاريخ"),
        field_name="published_on",
        lookup_expr="lte",
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    has_quotes = django_filters.ChoiceFilter(
        label=_("الاقتباسات"),
        method="filter_has_quotes",
        empty_label=_("الكل"),
        choices=[("yes", _("فيها اقتباسات")), ("no", _("بلا اقتباسات"))],
    )
    ordering = django_filters.ChoiceFilter(
        label=_("الترتيب"), method="filter_nothing", choices=ORDERING, empty_label=None
    )

    class Meta:
        model = Article
        fields: list[str] = []

    # The query is analysed once per request, the alias lookup included.
    @property
    def search(self) -> ArabicQuery:
        if not hasattr(self, "_search"):
            text = self.form.cleaned_data.get("q") if self.is_bound and not self.errors.get("q") else ""
            self._search = analyse_query(text or "")
        return self._search

    def filter_q(self, qs, name, value):
        # The text search as a condition of the query, next to the dates and facets: the
        # planner reads the GIN index for a rare word, and for a common one walks the newest
        # articles until the page (or the facets' window) is full.
        if not self.search:
            return qs
        return qs.filter(
            search_vector=SearchQuery(self.search.to_tsquery(), search_type="raw", config="simple")
        )

    def filter_outlet(self, qs, name, value):
        return qs.filter(self.condition("outlet", value))

    def filter_actor(self, qs, name, value):
        return qs.filter(self.condition("actor", value))

    def filter_speaker(self, qs, name, value):
        return qs.filter(self.condition("speaker", value))

    def filter_has_quotes(self, qs, name, value):
        return qs.filter(self.condition("has_quotes", value))

    @staticmethod
    def condition(name: str, value, probed: bool = False):
        """What a facet's filter asks of an article, as one boolean expression; `probed`:
        looked up article by article (`ProbedExists`), for a bounded number of articles."""
        exists = ProbedExists if probed else Exists
        if name == "outlet":
            return outlet_q(value)
        if name == "actor":
            return exists(Mention.objects.filter(article=OuterRef("pk"), actor__slug__in=value))
        if name == "speaker":
            return exists(Quote.objects.statements().filter(article=OuterRef("pk"), speaker__slug__in=value))
        has = exists(Quote.objects.filter(article=OuterRef("pk")))
        return has if value == "yes" else ~has

    def filter_nothing(self, qs, name, value):
        return qs  # ordering is applied last, in filter_queryset

    def filter_queryset(self, queryset, exclude=()):
        for name, value in self.form.cleaned_data.items():
            if name not in exclude:
                queryset = self.filters[name].filter(queryset, value)
        return queryset

    @property
    def qs(self):
        if not hasattr(self, "_qs"):
            qs = self.queryset.all()
            if self.is_bound:
                self.errors  # noqa: B018 - validates the form, invalid values are left out
                qs = self.filter_queryset(qs)
            self._qs = self.order(qs)
        return self._qs

    def sort_order(self) -> str:
        ordering = self.form.cleaned_data.get("ordering") if self.is_bound else None
        if ordering in (None, "", "relevance"):
            return "relevance" if self.search else "-date"
        return ordering

    def order(self, qs):
        # Relevance is applied to the ids in Python (ranked_ids): ranking in SQL would read
        # every matching article's search vector again.
        if self.sort_order() == "date":
            return qs.order_by(F("published_on").asc(nulls_last=True), "pk")
        return qs.order_by(F("published_on").desc(nulls_last=True), "-pk")

    def selected(self, name: str) -> list[str]:
        if not self.is_bound:
            return []
        return self.form.cleaned_data.get(name) or []

    # --- Facets: every option's count and the total, in one query -------------------------

    def facets(self, limit: int = 12) -> dict[str, list]:
        """Each option with the number of articles it gives under the other filters."""
        rows = self._facet_rows()
        facets: dict[str, list] = {}
        for name in ("outlet", "actor", "speaker"):
            selected = self.selected(name)
            options = sorted(
                (
                    FacetOption(value, name_ar, n, value in selected, name_en or "")
                    for facet, value, name_ar, n, _ids, name_en in rows
                    if facet == name
                ),
                key=lambda o: (-o.count, o.name_ar),
            )
            if name != "outlet":
                # The selected options stay listed even when they fall outside the top ones.
                options = [o for i, o in enumerate(options) if i < limit or o.selected]
            facets[name] = options
        counts = {value: n for facet, value, _label, n, _ids, _en in rows if facet == "has_quotes"}
        chosen = self.form.cleaned_data.get("has_quotes") if self.is_bound else None
        facets["has_quotes"] = [
            FacetOption(key, label, counts.get(key, 0), chosen == key)
            for key, label in self.filters["has_quotes"].extra["choices"]
        ]
        return facets

    @property
    def total(self) -> int:
        return next(n for facet, _v, _l, n, _ids, _en in self._facet_rows() if facet == "total")

    @property
    def windowed(self) -> bool:
        """Whether the counts stopped at the newest `FACET_WINDOW` articles: older ones exist
        that the search and dates give (narrow the dates to reach them)."""
        rows = self._facet_rows()
        return self._window_applied and any(
            facet == "window" and n >= FACET_WINDOW for facet, *_, n, _i, _e in rows
        )

    def ranked_ids(self) -> list[int] | None:
        """With relevance ordering, every matching id, most relevant first (newest among equals)."""
        if self.sort_order() != "relevance":
            return None
        ids = next(ids for facet, _v, _l, _n, ids, _en in self._facet_rows() if facet == "total") or []
        hits = typed_hits(self.search, ids)
        return sorted(ids, key=lambda pk: -hits.get(pk, 0))  # stable: dates order the equals

    FACET_SQL = """
        WITH b AS MATERIALIZED ({base})
        SELECT 'total', NULL, NULL, count(*), {ids}, NULL FROM b
        WHERE f_outlet AND f_actor AND f_speaker AND f_has
        UNION ALL
        SELECT 'outlet', o.slug, o.name_ar, count(*), NULL, o.name_en
        FROM b JOIN articles_outlet o ON o.id = b.source
        WHERE f_actor AND f_speaker AND f_has GROUP BY o.slug, o.name_ar, o.name_en
        UNION ALL
        SELECT 'actor', a.slug, a.name_ar, count(*), NULL, a.name_en
        FROM b JOIN articles_mention m ON m.article_id = b.id JOIN articles_actor a ON a.id = m.actor_id
        WHERE f_outlet AND f_speaker AND f_has GROUP BY a.slug, a.name_ar, a.name_en
        UNION ALL
        SELECT 'speaker', a.slug, a.name_ar, count(*), NULL, a.name_en FROM (
            SELECT DISTINCT q.article_id, q.speaker_id FROM b JOIN articles_quote q ON q.article_id = b.id
            WHERE q.kind = 'statement' AND f_outlet AND f_actor AND f_has
        ) s JOIN articles_actor a ON a.id = s.speaker_id GROUP BY a.slug, a.name_ar, a.name_en
        UNION ALL
        SELECT 'window', NULL, NULL, count(*), NULL, NULL FROM b
        UNION ALL
        SELECT 'has_quotes', CASE WHEN has_q THEN 'yes' ELSE 'no' END, NULL, count(*), NULL, NULL FROM b
        WHERE f_outlet AND f_actor AND f_speaker GROUP BY has_q
    """

    def _facet_rows(self) -> list[tuple]:
        if not hasattr(self, "_rows"):
            self._rows = self.facet_rows(keep=True)
        return self._rows

    def use_facet_rows(self, rows: list[tuple]) -> None:
        """Facets the caller kept (the comparison keeps them with its own data)."""
        self._rows = rows
        self._window_applied = False

    def facet_rows(self, keep: bool) -> list[tuple]:
        """One pass over the articles the non-facet filters (search, dates) give, each marked
        with which facet filters it meets: a facet counts the rows meeting all the others.
        With `keep`, the unfiltered rows are kept per archive version, and filtered ones are
        counted over the newest `FACET_WINDOW` articles the non-facet filters give."""
        qs = self.queryset.all()
        flags = {name: Value(True) for name in self.FACETS}
        windowed = self._window_applied = keep and self.is_filtered()
        if self.is_bound:
            self.errors  # noqa: B018
            qs = self.filter_queryset(qs, exclude=(*self.FACETS, "ordering"))
            for name in self.FACETS:
                value = self.form.cleaned_data.get(name)
                if value:
                    condition = self.condition(name, value, probed=windowed)
                    flags[name] = ExpressionWrapper(Q(condition), BooleanField())
        if windowed:
            # The newest, read in the order of the list's index, then fetched by id.
            newest = qs.order_by(F("published_on").desc(nulls_last=True), "-pk").values("pk")
            qs = qs.model.objects.filter(InArray(F("pk"), Subquery(newest[:FACET_WINDOW])))
        exists = ProbedExists if windowed else Exists
        base = (
            qs.order_by()
            .annotate(
                source=Coalesce("outlet", "wire"),
                has_q=exists(Quote.objects.filter(article=OuterRef("pk"))),
                f_outlet=flags["outlet"],
                f_actor=flags["actor"],
                f_speaker=flags["speaker"],
                f_has=flags["has_quotes"],
            )
            .values("id", "published_on", "source", "has_q", "f_outlet", "f_actor", "f_speaker", "f_has")
        )
        sql, params = base.query.sql_with_params()
        ids = (
            "array_agg(id ORDER BY published_on DESC NULLS LAST, id DESC)"
            if self.sort_order() == "relevance"
            else "NULL::int[]"
        )
        sql = self.FACET_SQL.format(base=sql, ids=ids)
        if not keep or windowed:
            return _fetch_all(sql, params)
        # Unfiltered, the facets count the whole archive the reader may see (/articles/ and
        # /compare/ as first opened): kept per audience under the facet stamp, which only
        # the writes that change a count move (migration 0012), not under the archive
        # version that every edit moves.
        key = caching.entry_key(
            "article-facets", sql, params, facet_stamp(), audience=Audience.of(self.request).name
        )
        rows = cache.get(key)
        if rows is None:
            rows = _fetch_all(sql, params)
            cache.set(key, rows, FACETS_SECONDS)
        return rows

    def is_filtered(self) -> bool:
        if not self.is_bound:
            return False
        self.errors  # noqa: B018
        return any(
            value not in (None, "", [])
            for name, value in self.form.cleaned_data.items()
            if name != "ordering"
        )


def facet_stamp() -> int:
    """What the unfiltered facet counts were counted from: moved (in the writer's
    transaction) by every write that changes one of them (migration 0012's triggers)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT value FROM articles_facetstamp")
        return cursor.fetchone()[0]


def _fetch_all(sql: str, params) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


class InArray(Func):
    """`expression = ANY(ARRAY(subquery))`: the subquery runs once (an init plan) and the
    outer rows are fetched by index, where `IN (subquery)` would hash-join a scan of the table."""

    arg_joiner = " = ANY(ARRAY"
    template = "%(expressions)s)"
    output_field = BooleanField()


class ProbedExists(Exists):
    """EXISTS looked up row by row. PostgreSQL turns a plain EXISTS into a hash of every row
    of the subquery's table when it expects a few thousand outer rows (a scan of all quotes
    for 2,000 articles); OFFSET 0 keeps the index probe, whose cost follows the rows."""

    template = "EXISTS(%(subquery)s OFFSET 0)"


@dataclass
class FacetOption:
    """One choice of a facet: an outlet or an actor (its two names), or a fixed choice whose
    translated label stands in `name_ar`."""

    value: str
    name_ar: object
    count: int
    selected: bool
    name_en: str = ""


# --- Quotes ---------------------------------------------------------------------------------


class QuoteFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("بحث في الاقتباسات"), method="filter_q")
    speaker = SlugListFilter(label=_("المتحدث"), method="filter_speaker")
    outlet = SlugListFilter(label=_("الوسيلة"), method="filter_outlet")
    kind = django_filters.ChoiceFilter(label=_("النوع"), choices=Quote.Kind.choices, empty_label=_("الكل"))

    class Meta:
        model = Quote
        fields: list[str] = []

    def filter_q(self, qs, name, value):
        # Substring search on normalised text (trigram GIN index): a quote is short, and
        # a substring finds بوتين inside لبوتين without any stemming.
        needle = " ".join(tokens(value[:200]))
        return qs.filter(normalized_text__icontains=needle) if needle else qs

    def filter_speaker(self, qs, name, value):
        # The ids, not a join on slugs: the planner then knows how many quotes the speaker
        # has, and walks the newest articles rather than sorting all of a frequent
        # speaker's quotes (10× faster for kim-jong-un at 100,000 articles).
        return qs.filter(speaker__in=list(Actor.objects.filter(slug__in=value).values_list("pk", flat=True)))

    def filter_outlet(self, qs, name, value):
        return qs.filter(outlet_q(value, prefix="article__"))
