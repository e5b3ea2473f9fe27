"""The archive's FilterSets and the query side of Arabic search.

Search runs on PostgreSQL's `simple` full-text configuration over `Article.search_text`
(normalised words plus their proclitic-free forms, see `articles/search.py`). The query
goes through the same normaliser, so `لبوتين`, `بوتينُ` and `بوتـين` all become `بوتين`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import django_filters
from django import forms
from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db.models import Case, Count, Exists, F, IntegerField, OuterRef, Q, When
from django.db.models.functions import Coalesce
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _

from articles.extraction.normalize import strip_proclitics, token_spans, tokens
from articles.models import Alias, Article, Mention, Quote

MAX_QUERY_WORDS = 8
MAX_WORD_LENGTH = 40
MAX_SLUGS = 20
SLUG_RE = re.compile(r"^[-\w]+\Z")


# --- Search ---------------------------------------------------------------------------------


MAX_NAME_WORDS = 4


@dataclass
class ArabicQuery:
    """A user's search, analysed into groups that must all match (AND).

    A group is a list of alternatives (OR); an alternative is a list of words that must all
    be present (AND); a word is the list of its forms (OR). `سيرغي شويجو` is one group whose
    alternatives are the typed words and every other spelling of the actor's name.
    """

    groups: list[list[list[list[str]]]] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.groups)

    def highlight_terms(self) -> set[str]:
        return {form for group in self.groups for alt in group for word in alt for form in word}

    def to_tsquery(self) -> str:
        # Alias words are ANDed, not joined with <->: search_text lists each word once,
        # stems after it, so tsvector positions do not follow the article's word order.
        def alternative(words):
            return " & ".join("(" + " | ".join(_lexeme(f) for f in forms_) + ")" for forms_ in words)

        return " & ".join(
            "(" + " | ".join(dict.fromkeys(f"({alternative(alt)})" for alt in group)) + ")"
            for group in self.groups
        )

    def search_query(self) -> SearchQuery:
        return SearchQuery(self.to_tsquery(), config="simple", search_type="raw")


def _lexeme(word: str) -> str:
    return "'" + word.replace("'", "''").replace("\\", "") + "'"


def word_forms(word: str) -> list[str]:
    """The word as typed plus its proclitic-free stems: `للكرملين` → للكرملين, الكرملين, كرملين.

    Stems of two letters (`كيم` → `يم`) are dropped: they match unrelated words.
    """
    return [word] + [stem for stem in strip_proclitics(word)[1:] if len(stem) > 2]


def _name_keys(words: list[str], i: int, n: int) -> list[str]:
    """How words[i:i+n] may be written in the alias table: `لسيرغي شويغو` → `سيرغي شويغو`."""
    rest = words[i + 1 : i + n]
    return [" ".join([form, *rest]) for form in word_forms(words[i])]


def analyse_query(text: str) -> ArabicQuery:
    """Normalise a search box's text and expand names through the actor registry (one query).

    `شويجو` and `سيرغي شويجو` are aliases of the actor who is also `شويغو`, so either
    query also finds articles that write `شويغو`. Only names expand: titles (`وزير الدفاع`)
    and demonyms (`روسي`) would widen a search far beyond what was asked.
    """
    words = [w[:MAX_WORD_LENGTH] for w in tokens(text[: MAX_QUERY_WORDS * (MAX_WORD_LENGTH + 1)])]
    words = list(dict.fromkeys(words))[:MAX_QUERY_WORDS]
    if not words:
        return ArabicQuery()
    spans = [(i, n) for i in range(len(words)) for n in range(1, min(MAX_NAME_WORDS, len(words) - i) + 1)]
    keys = {key for i, n in spans for key in _name_keys(words, i, n)}
    rows = Alias.objects.filter(
        normalized__in=keys, kind=Alias.Kind.NAME, actor__aliases__kind=Alias.Kind.NAME
    ).values_list("normalized", "actor__aliases__normalized")
    spellings: dict[str, set[str]] = {}
    for matched, other in rows:
        spellings.setdefault(matched, set()).add(other)
    groups, i = [], 0
    while i < len(words):
        n = next(
            (
                n
                for n in range(min(MAX_NAME_WORDS, len(words) - i), 0, -1)
                if any(k in spellings for k in _name_keys(words, i, n))
            ),
            1,
        )
        typed = [word_forms(w) for w in words[i : i + n]]
        others = sorted({s for k in _name_keys(words, i, n) for s in spellings.get(k, ())})
        group = [typed] + [[word_forms(w) for w in tokens(name)] for name in others if tokens(name)]
        groups.append(group)
        i += n
    return ArabicQuery(groups=groups)


def highlight(text: str, query: ArabicQuery, width: int = 36) -> SafeString:
    """An escaped snippet of `text` around the first match, matches wrapped in `<mark>`.

    Matching runs on normalised words and their stems, so `بوتين` marks `لبوتين`.
    """
    terms = query.highlight_terms()
    spans = token_spans(text)
    hits = [i for i, (_s, _e, word) in enumerate(spans) if terms.intersection(strip_proclitics(word))]
    if not spans:
        return mark_safe("")
    first = hits[0] if hits else 0
    lo = max(0, first - width // 3)
    hi = min(len(spans), lo + width)
    hit_set = set(hits)
    out, cursor = [], spans[lo][0]
    for i in range(lo, hi):
        start, end, _word = spans[i]
        out.append(escape(text[cursor:start]))
        chunk = escape(text[start:end])
        out.append(f"<mark>{chunk}</mark>" if i in hit_set else chunk)
        cursor = end
    prefix = "… " if lo > 0 else escape(text[: spans[0][0]])
    suffix = " …" if hi < len(spans) else escape(text[cursor:])
    return mark_safe(prefix + "".join(out) + suffix)  # noqa: S308 - every piece is escaped above


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
        search = self.search
        if not search:
            return qs
        return qs.filter(search_vector=search.search_query())

    def filter_outlet(self, qs, name, value):
        return qs.filter(outlet_q(value))

    def filter_actor(self, qs, name, value):
        return qs.filter(Exists(Mention.objects.filter(article=OuterRef("pk"), actor__slug__in=value)))

    def filter_speaker(self, qs, name, value):
        return qs.filter(
            Exists(Quote.objects.statements().filter(article=OuterRef("pk"), speaker__slug__in=value))
        )

    def filter_has_quotes(self, qs, name, value):
        has = Exists(Quote.objects.filter(article=OuterRef("pk")))
        return qs.filter(has if value == "yes" else ~has)

    def filter_nothing(self, qs, name, value):
        return qs  # ordering is applied last, in filter_queryset

    def filter_queryset(self, queryset, exclude: str | None = None):
        for name, value in self.form.cleaned_data.items():
            if name != exclude:
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

    def order(self, qs):
        ordering = self.form.cleaned_data.get("ordering") if self.is_bound else None
        if self.search:
            qs = qs.annotate(rank=SearchRank(F("search_vector"), self.search.search_query()))
            if ordering in (None, "", "relevance"):
                return qs.order_by("-rank", "-published_on", "-pk")
        if ordering == "date":
            return qs.order_by(F("published_on").asc(nulls_last=True), "pk")
        return qs.order_by(F("published_on").desc(nulls_last=True), "-pk")

    def without(self, name: str):
        """The articles the other filters give: what a facet's options count over."""
        qs = self.queryset.all()
        if self.is_bound:
            self.errors  # noqa: B018
            qs = self.filter_queryset(qs, exclude=name)
        return qs

    def selected(self, name: str) -> list[str]:
        if not self.is_bound:
            return []
        return self.form.cleaned_data.get(name) or []

    def facets(self, limit: int = 12) -> dict[str, list]:
        """Each option with the number of articles it gives: one aggregate query per facet."""
        return {
            "outlet": self._outlet_facet(),
            "actor": self._actor_facet(self.without("actor"), "mentions__article", "actor", limit),
            "speaker": self._actor_facet(
                self.without("speaker"),
                "quotes__article",
                "speaker",
                limit,
                extra=Q(kind=Quote.Kind.STATEMENT),
            ),
            "has_quotes": self._has_quotes_facet(),
        }

    def _outlet_facet(self):
        # Grouped from the article side: one pass over the filtered articles. An article counts
        # for its outlet, or for its wire agency when the outlet is unknown (as the filter does).
        selected = self.selected("outlet")
        rows = (
            self.without("outlet")
            .order_by()
            .values(
                facet=Coalesce("outlet__slug", "wire__slug"), label=Coalesce("outlet__name_ar", "wire__name_ar")
            )
            .filter(facet__isnull=False)
            .annotate(n=Count("pk"))
            .order_by("-n", "label")
        )
        return [FacetOption(r["facet"], r["label"], r["n"], r["facet"] in selected) for r in rows]

    def _actor_facet(self, base, path, name, limit, extra=None):
        # Grouped from the Mention/Quote side over the filtered articles: one pass, no per-actor work.
        selected = self.selected(name)
        model, actor = (Mention, "actor") if path.startswith("mentions") else (Quote, "speaker")
        rows = (
            model.objects.filter(article__in=base.order_by().values("pk"))
            .filter(extra or Q())
            .values(facet=F(f"{actor}__slug"), label=F(f"{actor}__name_ar"))
            .filter(facet__isnull=False)
            .annotate(n=Count("article", distinct=True))
        )
        # The selected options stay listed even when they fall outside the top ones.
        chosen = Case(When(facet__in=selected, then=1), default=0, output_field=IntegerField())
        top = sorted(
            rows.annotate(chosen=chosen).order_by("-chosen", "-n", "label")[: limit + len(selected)],
            key=lambda r: (-r["n"], r["label"]),
        )
        return [FacetOption(r["facet"], r["label"], r["n"], r["facet"] in selected) for r in top]

    def _has_quotes_facet(self):
        has = Exists(Quote.objects.filter(article=OuterRef("pk")))
        counts = self.without("has_quotes").aggregate(
            yes=Count("pk", filter=Q(has)), no=Count("pk", filter=~Q(has))
        )
        value = self.form.cleaned_data.get("has_quotes") if self.is_bound else None
        return [
            FacetOption(key, label, counts[key], value == key)
            for key, label in self.filters["has_quotes"].extra["choices"]
        ]


@dataclass
class FacetOption:
    value: str
    label: object
    count: int
    selected: bool


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
        return qs.filter(speaker__slug__in=value)

    def filter_outlet(self, qs, name, value):
        return qs.filter(outlet_q(value, prefix="article__"))
