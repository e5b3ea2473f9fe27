"""Articles: the copy an outlet published, who may see it (`ArticleQuerySet.published`,
the one door for the public) and how its body is kept searchable."""

from __future__ import annotations

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from articles.models.outlets import Outlet

PARAGRAPH_BREAK = "\n\n"


class ArticleQuerySet(models.QuerySet):
    def published(self) -> ArticleQuerySet:
        """The one door for the public: only what an editor published."""
        return self.filter(status=Article.Status.PUBLISHED)

    def with_listing(self) -> ArticleQuerySet:
        return self.select_related("outlet", "wire")

    def metadata_to_confirm(self) -> ArticleQuerySet:
        """What an editor should check after an import: an outlet named after a site the
        importer did not know, no outlet at all, or a date computed from a weekday or not
        found."""
        return self.filter(
            Q(outlet__isnull=True) | Q(outlet__to_confirm=True) | Q(date_source__in=Article.WEAK_DATE_SOURCES)
        )


class Article(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("مسودة")
        PUBLISHED = "published", _("منشور")

    class DateSource(models.TextChoices):
        """Where `published_on` came from, strongest first (`articles.ingest.dating`)."""

        MANIFEST = "manifest", _("من بيانات الاستيراد")
        URL = "url", _("من رابط المقال")
        TEXT = "text", _("مذكور في النص")  # a publication line, or an HTML page's metadata
        DATELINE = "dateline", _("من مطلع الخبر")
        RELATIVE = "relative", _("محسوب من يوم الأسبوع")
        EDITOR = "editor", _("أدخله محرر")
        UNKNOWN = "unknown", _("غير معروف")

    # Dates an editor should check: computed from a weekday, or not found at all.
    WEAK_DATE_SOURCES = (DateSource.RELATIVE, DateSource.UNKNOWN)

    outlet = models.ForeignKey(
        Outlet,
        verbose_name=_("الوسيلة"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="articles",
    )
    wire = models.ForeignKey(
        Outlet,
        verbose_name=_("وكالة الأنباء المصدر"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="wire_articles",
    )
    url = models.URLField(_("الرابط الأصلي"), max_length=1000, null=True, blank=True, unique=True)
    headline = models.CharField(_("العنوان"), max_length=500, blank=True)
    slug = models.SlugField(max_length=200, allow_unicode=True, blank=True)
    byline = models.CharField(_("الكاتب"), max_length=300, blank=True)
    dateline = models.CharField(_("مكان الخبر"), max_length=100, blank=True)
    published_on = models.DateField(_("تاريخ النشر"), null=True, blank=True)
    date_source = models.CharField(
        _("مصدر التاريخ"), max_length=20, choices=DateSource, default=DateSource.UNKNOWN
    )
    body = models.TextField(_("النص"), help_text=_("فقرات يفصل بينها سطر فارغ"))
    content_hash = models.CharField(max_length=64, unique=True, editable=False)
    # The file it was imported from, hashed with the options that shaped it, so a re-import
    # knows an unchanged file before reading it (`articles.importing.source_hash`); empty for
    # articles that came another way.
    source_hash = models.CharField(max_length=64, blank=True, default="", editable=False, db_index=True)
    status = models.CharField(_("الحالة"), max_length=20, choices=Status, default=Status.DRAFT)
    source_name = models.CharField(_("الملف المصدر"), max_length=500, blank=True)
    # Normalised words and their proclitic-free forms, so `simple` full-text
    # search finds بوتين in لبوتين; kept by save(), indexed by search_vector.
    search_text = models.TextField(editable=False, blank=True, default="")
    search_vector = models.GeneratedField(
        expression=SearchVector("search_text", config="simple"),
        output_field=SearchVectorField(),
        db_persist=True,
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ArticleQuerySet.as_manager()
    # Who changed what, when, and what it was before (the admin's History button).
    history = HistoricalRecords(excluded_fields=["search_text", "search_vector", "source_hash"])

    class Meta:
        ordering = ["-published_on", "-id"]
        verbose_name = _("مقال")
        verbose_name_plural = _("المقالات")
        indexes = [
            GinIndex(fields=["search_vector"], name="article_search_gin"),
            # The list's order, so a page of 9,000 published articles is read, not sorted;
            # and the facet scan reads status, date, outlet and wire from the index alone.
            # NULLS LAST as the lists sort (a plain DESC index puts NULLs first and is not used).
            models.Index(
                "status",
                F("published_on").desc(nulls_last=True),
                F("id").desc(),
                name="article_status_date_id",
            ),
            models.Index(  # oldest first (`?ordering=date`)
                "status", F("published_on").asc(nulls_last=True), "id", name="article_status_date_asc"
            ),
            # `/compare/` reads each chosen article's id with these (its column key) from here.
            models.Index(
                fields=["status"],
                include=["id", "published_on", "outlet", "wire"],
                name="article_status_columns",
            ),
        ]
        permissions = [
            ("view_draft", _("Can read draft articles in the archive pages")),
            ("publish_article", _("Can publish and unpublish articles")),
        ]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs):
        from articles.search import index_text

        self.slug = slugify(self.title, allow_unicode=True)[:200] or "article"
        self.search_text = index_text(" ".join([self.headline, self.byline, self.body]))
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "slug", "search_text"}
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("articles:article-detail", args=[self.pk, self.slug or "-"])

    @property
    def title(self) -> str:
        """The headline, or the first words when the copy has none."""
        if self.headline:
            return self.headline
        words = self.body.split()
        return " ".join(words[:12]) + ("…" if len(words) > 12 else "")

    @property
    def paragraphs(self) -> list[str]:
        return self.body.split(PARAGRAPH_BREAK) if self.body else []

    @property
    def is_published(self) -> bool:
        return self.status == self.Status.PUBLISHED
