"""The archive: outlets, articles, the actors they name and the quotes they carry."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

if TYPE_CHECKING:
    from articles.ingest.sources import Source

PARAGRAPH_BREAK = "\n\n"


def localized_name(name_ar: str, name_en: str) -> str:
    """An actor's, outlet's or frame's name for the page's language: the English name on
    English pages where the registry has one, the Arabic name everywhere else."""
    if name_en and (get_language() or "").startswith("en"):
        return name_en
    return name_ar


class OutletQuerySet(models.QuerySet):
    def for_source(self, source: Source, *, agency: bool = False) -> Outlet:
        """The outlet a record names: matched by site (the registrable domain, so
        ``m.youm7.com`` finds ``youm7.com``), slug or normalised name (any spelling the
        known-outlet table lists), else created with everything known about it, marked for
        an editor to confirm when the importer named it after a site it did not know.  A
        matched row only gains the English name, domain or country it lacked, so nothing an
        editor wrote is overwritten.  `agency` marks a new one as a news agency."""
        # Imported here: `articles.ingest` brings trafilatura, which the web pages never need.
        from articles.ingest.sources import AGENCY, name_key, name_keys, normalize_domain
        from articles.ingest.urls import registrable_domain

        if agency and not source.kind:
            source = replace(source, kind=AGENCY)
        domain = normalize_domain(source.domain)
        site = registrable_domain(domain)
        slug = slugify(source.name_en or source.name, allow_unicode=True)[:190] or "outlet"
        keys = name_keys(source)
        outlets = list(self.all())
        match = (
            next((o for o in outlets if site and o.domain and registrable_domain(o.domain) == site), None)
            or next((o for o in outlets if o.slug == slug), None)
            or next((o for o in outlets if {name_key(o.name_ar), name_key(o.name_en)} & keys), None)
        )
        if match is None:
            return self.create(
                name_ar=source.name[:200] or source.name_en[:200],
                name_en=source.name_en[:200],
                slug=_unique_slug(slug, {o.slug for o in outlets}),
                domain=domain[:200],
                country=source.country[:100],
                kind=source.kind or Outlet.Kind.ONLINE,
                to_confirm=source.to_confirm,
            )
        blanks = {
            field: value
            for field, value in (("name_en", source.name_en), ("domain", domain), ("country", source.country))
            if value and not getattr(match, field)
        }
        if blanks:
            for field, value in blanks.items():
                setattr(match, field, value[:200])
            match.save(update_fields=list(blanks))
        return match


def _unique_slug(slug: str, taken: set[str]) -> str:
    candidate, number = slug, 2
    while candidate in taken:
        candidate, number = f"{slug}-{number}", number + 1
    return candidate


class Outlet(models.Model):
    class Kind(models.TextChoices):
        NEWSPAPER = "newspaper", _("صحيفة")
        TELEVISION = "television", _("قناة تلفزيونية")
        NEWS_AGENCY = "agency", _("وكالة أنباء")
        STATE_MEDIA = "state", _("إعلام رسمي")
        ONLINE = "online", _("موقع إلكتروني")

    name_ar = models.CharField(_("الاسم بالعربية"), max_length=200)
    name_en = models.CharField(_("الاسم بالإنجليزية"), max_length=200, blank=True)
    slug = models.SlugField(max_length=200, unique=True, allow_unicode=True)
    country = models.CharField(_("البلد"), max_length=100, blank=True)
    domain = models.CharField(_("نطاق الموقع"), max_length=200, blank=True)
    kind = models.CharField(_("النوع"), max_length=20, choices=Kind, default=Kind.ONLINE)
    to_confirm = models.BooleanField(
        _("بانتظار التأكيد"),
        default=False,
        help_text=_("أنشأه الاستيراد من نطاق موقع لا يعرفه: أكمل اسميه وبلده ونوعه ثم ألغِ هذا الخيار."),
    )

    objects = OutletQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["name_ar"]
        verbose_name = _("وسيلة إعلام")
        verbose_name_plural = _("وسائل الإعلام")

    def __str__(self) -> str:
        return self.name_ar

    def get_absolute_url(self) -> str:
        return reverse("articles:outlet-detail", args=[self.slug])


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


class Actor(models.Model):
    class Kind(models.TextChoices):
        PERSON = "person", _("شخص")
        ORGANISATION = "organisation", _("منظمة")
        COUNTRY = "country", _("دولة")
        MEDIUM = "medium", _("وسيلة إعلام")

    class Affiliation(models.TextChoices):
        RUSSIA = "russia", _("روسيا")
        NORTH_KOREA = "north-korea", _("كوريا الشمالية")
        UNITED_STATES = "united-states", _("الولايات المتحدة")
        UNITED_NATIONS = "united-nations", _("الأمم المتحدة")
        SOUTH_KOREA = "south-korea", _("كوريا الجنوبية")
        JAPAN = "japan", _("اليابان")
        CHINA = "china", _("الصين")
        UKRAINE = "ukraine", _("أوكرانيا")
        OTHER = "other", _("أخرى")

    class Gender(models.TextChoices):
        MASCULINE = "m", _("مذكر")
        FEMININE = "f", _("مؤنث")

    name_ar = models.CharField(_("الاسم بالعربية"), max_length=200)
    name_en = models.CharField(_("الاسم بالإنجليزية"), max_length=200, blank=True)
    slug = models.SlugField(max_length=200, unique=True, allow_unicode=True)
    kind = models.CharField(_("النوع"), max_length=20, choices=Kind, default=Kind.PERSON)
    affiliation = models.CharField(
        _("الانتماء"), max_length=20, choices=Affiliation, default=Affiliation.OTHER
    )
    role = models.CharField(_("الصفة"), max_length=300, blank=True)
    gender = models.CharField(
        _("الجنس النحوي"),
        max_length=1,
        choices=Gender,
        blank=True,
        help_text=_("يساعد على ربط «قالت» بمتحدثة"),
    )
    wikidata_id = models.CharField(_("معرّف ويكي بيانات"), max_length=20, blank=True)
    approved = models.BooleanField(_("معتمد"), default=False)
    # A medium that is also an outlet or wire of the archive (Reuters the agency, «رويترز»
    # the source): one organisation. `/compare/` leaves a column's own outlet out of the
    # media it cites through this link.
    outlet = models.OneToOneField(
        Outlet,
        verbose_name=_("الوسيلة في الأرشيف"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="actor",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["name_ar"]
        verbose_name = _("فاعل")
        verbose_name_plural = _("الفاعلون")

    def __str__(self) -> str:
        return self.name_ar

    def get_absolute_url(self) -> str:
        return reverse("articles:actor-detail", args=[self.slug])


class Alias(models.Model):
    """A spelling of an actor's name as outlets write it, or a title that designates them."""

    class Kind(models.TextChoices):
        NAME = "name", _("اسم")
        TITLE = "title", _("لقب أو صفة")
        DEMONYM = "demonym", _("نسبة (أميركي، روسي)")

    actor = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(_("الصيغة"), max_length=200)
    normalized = models.CharField(max_length=200, editable=False, db_index=True)
    kind = models.CharField(_("النوع"), max_length=10, choices=Kind, default=Kind.NAME)

    class Meta:
        ordering = ["name"]
        verbose_name = _("اسم بديل")
        verbose_name_plural = _("الأسماء البديلة")
        constraints = [
            models.UniqueConstraint(fields=["actor", "normalized"], name="alias_unique_per_actor"),
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        from articles.extraction.normalize import normalize

        self.normalized = normalize(self.name)
        super().save(*args, **kwargs)


class Mention(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="mentions")
    actor = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="mentions")
    count = models.PositiveIntegerField(default=1)

    class Meta:
        verbose_name = _("ذِكر")
        verbose_name_plural = _("الإشارات")
        constraints = [
            models.UniqueConstraint(fields=["article", "actor"], name="mention_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.actor} × {self.count}"


class StatementGroup(models.Model):
    """Quotes in several articles that report one statement, whatever each outlet's
    translation (`articles.statement_groups` groups them when an article is stored).

    An editor who splits or merges groups in the admin makes them ``decided``: grouping
    keeps their quotes together and never joins two decided groups, and re-extraction puts
    a quote back into the decided group it was in."""

    speaker = models.ForeignKey(
        Actor,
        verbose_name=_("المتحدث"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="statement_groups",
    )
    decided = models.BooleanField(
        _("بقرار محرر"),
        default=False,
        help_text=_("قسّمها محرر أو دمجها: لا يغيّر التجميع الآلي أعضاءها"),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-id"]
        verbose_name = _("تصريح منقول في عدة مقالات")
        verbose_name_plural = _("التصريحات المنقولة في عدة مقالات")

    def __str__(self) -> str:
        return gettext("التصريح رقم %(number)s") % {"number": self.pk}


class QuoteQuerySet(models.QuerySet):
    def published(self) -> QuoteQuerySet:
        return self.filter(article__status=Article.Status.PUBLISHED)

    def statements(self) -> QuoteQuerySet:
        return self.filter(kind=Quote.Kind.STATEMENT)


class Quote(models.Model):
    class Kind(models.TextChoices):
        STATEMENT = "statement", _("تصريح")
        TERM = "term", _("عبارة بين علامتي تنصيص")

    class SpeakerKind(models.TextChoices):
        """Who said the words, as the pages show it: an actor (a person, or an institution,
        country or medium that speaks as one), an unnamed speaker, or nobody the extraction
        could tell."""

        PERSON = "person", _("شخص")
        INSTITUTION = "institution", _("مؤسسة أو دولة")
        MEDIUM = "medium", _("وسيلة إعلام")
        UNNAMED = "unnamed", _("متحدث غير مسمّى")
        NONE = "none", _("بلا متحدث")

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="quotes")
    text = models.TextField(_("النص"))
    start = models.PositiveIntegerField(_("البداية"))
    end = models.PositiveIntegerField(_("النهاية"))
    kind = models.CharField(_("النوع"), max_length=20, choices=Kind)
    speaker = models.ForeignKey(
        Actor,
        verbose_name=_("المتحدث"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="quotes",
    )
    speaker_text = models.CharField(_("المتحدث كما كُتب"), max_length=300, blank=True)
    # «مسؤول أميركي»، «خبراء»: a speaker the copy does not name is never an actor; the
    # description is kept as written, and the quote has no speaker.
    speaker_description = models.CharField(
        _("متحدث غير مسمّى"),
        max_length=300,
        blank=True,
        help_text=_(
            "وصف المتحدث كما ورد حين لا يسمّيه النص («مسؤول أميركي»، «خبراء»)؛ يبقى فارغًا إن عُيّن متحدث"
        ),
    )
    relayed_by = models.ForeignKey(
        Actor,
        verbose_name=_("منقول عبر"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="relayed_quotes",
    )
    cited_medium = models.ForeignKey(
        Actor,
        verbose_name=_("وسيلة إعلام مذكورة"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="citations",
    )
    cue = models.CharField(_("فعل القول"), max_length=100, blank=True)
    confidence = models.FloatField(_("الثقة"), default=0.0)
    verified = models.BooleanField(_("تم التحقق"), default=False)
    normalized_text = models.TextField(editable=False, blank=True, default="")
    statement_group = models.ForeignKey(
        StatementGroup,
        verbose_name=_("التصريح نفسه في مقالات أخرى"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="quotes",
    )
    # What a statement says, as units two translations share (`articles.extraction.wording`):
    # grouping finds the quotes that may be the same statement by this array (GIN index).
    wording = ArrayField(models.CharField(max_length=100), default=list, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = QuoteQuerySet.as_manager()
    history = HistoricalRecords(excluded_fields=["normalized_text", "wording"])

    class Meta:
        ordering = ["article", "start"]
        verbose_name = _("اقتباس")
        verbose_name_plural = _("الاقتباسات")
        constraints = [
            models.CheckConstraint(condition=Q(start__lte=models.F("end")), name="quote_span_ordered"),
            models.CheckConstraint(
                condition=Q(speaker__isnull=True) | Q(speaker_description=""),
                name="quote_unnamed_speaker_is_no_actor",
            ),
        ]
        indexes = [
            GinIndex(fields=["normalized_text"], name="quote_trgm", opclasses=["gin_trgm_ops"]),
            models.Index(fields=["verified", "confidence"], name="quote_review"),
            # The speaker facet, /actors/, an actor's page and /quotes/?speaker=; with the
            # article, "has this actor a visible quote?" and an actor's statements per outlet
            # read the index alone (without it, PostgreSQL skip-scanned the next index: 22 ms
            # at 100,000 articles for each actor page).
            models.Index(fields=["speaker", "kind", "article"], name="quote_speaker_kind_article"),
            models.Index(fields=["kind", "article", "speaker"], name="quote_kind_article_speaker"),
            GinIndex(fields=["wording"], name="quote_wording_gin", condition=Q(kind="statement")),
        ]

    def __str__(self) -> str:
        return self.text[:80]

    def save(self, *args, **kwargs):
        from articles.extraction.normalize import normalize
        from articles.statement_groups import units

        self.normalized_text = normalize(self.text)
        if self.speaker_id is not None and self.speaker_description:
            # An editor named the speaker (in the form or the review queue's list): the
            # quote is no longer an unnamed speaker's.
            self.speaker_description = ""
            if kwargs.get("update_fields") is not None:
                kwargs["update_fields"] = {*kwargs["update_fields"], "speaker_description"}
        self.wording = units(self.text) if self.kind == self.Kind.STATEMENT else []
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "normalized_text", "wording"}
        super().save(*args, **kwargs)

    @property
    def speaker_kind(self) -> str:
        """`SpeakerKind` of the quote (reads `speaker`: select it with the quote)."""
        if self.speaker_id is None:
            return self.SpeakerKind.UNNAMED if self.speaker_description else self.SpeakerKind.NONE
        if self.speaker.kind == Actor.Kind.PERSON:
            return self.SpeakerKind.PERSON
        if self.speaker.kind == Actor.Kind.MEDIUM:
            return self.SpeakerKind.MEDIUM
        return self.SpeakerKind.INSTITUTION


class SetAsideQuote(models.Model):
    """A verified quote whose text an edit of the body took away.

    It cannot stay a quote (its span would no longer hold its text), and an editor's
    verification must not vanish silently: it is kept here, with the paragraph it stood in,
    until an editor marks it again in the new text or dismisses it.
    """

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="set_aside_quotes")
    text = models.TextField(_("النص"))
    kind = models.CharField(_("النوع"), max_length=20, choices=Quote.Kind)
    speaker = models.ForeignKey(
        Actor, verbose_name=_("المتحدث"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    speaker_text = models.CharField(_("المتحدث كما كُتب"), max_length=300, blank=True)
    start = models.PositiveIntegerField(_("البداية في النص السابق"))
    end = models.PositiveIntegerField(_("النهاية في النص السابق"))
    context = models.TextField(_("الفقرة في النص السابق"), blank=True)
    created_at = models.DateTimeField(_("نُحّي في"), auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["article", "start"]
        verbose_name = _("اقتباس مُنحّى")
        verbose_name_plural = _("اقتباسات مُنحّاة لم يعد نصها في المقال")

    def __str__(self) -> str:
        return self.text[:80]


class Sentence(models.Model):
    """A sentence of an article's body, kept so frames can be counted in SQL."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="sentences")
    position = models.PositiveIntegerField()
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    normalized = models.TextField(blank=True, default="")

    class Meta:
        ordering = ["article", "position"]
        constraints = [
            models.UniqueConstraint(fields=["article", "position"], name="sentence_unique_position"),
        ]

    def __str__(self) -> str:
        return self.text

    @property
    def text(self) -> str:
        return self.article.body[self.start : self.end]


class Frame(models.Model):
    """A way of framing the summit, recognised by an editable Arabic lexicon."""

    name_ar = models.CharField(_("الاسم بالعربية"), max_length=200)
    name_en = models.CharField(_("الاسم بالإنجليزية"), max_length=200)
    slug = models.SlugField(max_length=100, unique=True)
    description = models.TextField(_("الوصف"), blank=True)
    position = models.PositiveSmallIntegerField(_("الترتيب"), default=0)
    history = HistoricalRecords()

    class Meta:
        ordering = ["position", "slug"]
        verbose_name = _("إطار")
        verbose_name_plural = _("الأطر")

    def __str__(self) -> str:
        return self.name_ar


class FrameTerm(models.Model):
    """A word or phrase that evokes a frame, matched on normalised text."""

    frame = models.ForeignKey(Frame, on_delete=models.CASCADE, related_name="terms")
    phrase = models.CharField(_("العبارة"), max_length=200)
    normalized = models.CharField(max_length=200, editable=False, db_index=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["phrase"]
        verbose_name = _("مدخل معجمي")
        verbose_name_plural = _("المعجم")
        constraints = [
            models.UniqueConstraint(fields=["frame", "normalized"], name="frame_term_unique"),
        ]

    def __str__(self) -> str:
        return self.phrase

    def save(self, *args, **kwargs):
        from articles.extraction.normalize import normalize

        self.normalized = normalize(self.phrase)
        super().save(*args, **kwargs)


# --- Precomputed for `/compare/` (filled by `articles.compare.store_sentences`) -------------


class SentenceFrame(models.Model):
    """A sentence evokes a frame: matched when sentences are stored and rematched when a
    lexicon changes, so the frames matrix is a GROUP BY instead of a regex per sentence."""

    sentence = models.ForeignKey(Sentence, on_delete=models.CASCADE, related_name="frame_matches")
    frame = models.ForeignKey(Frame, on_delete=models.CASCADE, related_name="sentence_matches")
    # The sentence's article, so the matrix groups matches per column without the sentences.
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="+", db_index=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["sentence", "frame"], name="sentence_frame_unique"),
        ]
        indexes = [models.Index(fields=["article", "frame"], name="sentence_frame_article")]

    def __str__(self) -> str:
        return f"{self.sentence_id} → {self.frame_id}"


# --- What `load_reference_data` wrote (articles/reference/loading.py) ------------------------


class LoadedReference(models.Model):
    """One entry of the reference data files as the loader last wrote it: the row, and a
    checksum of the values written.  A row whose values no longer match was changed by an
    editor and is left alone; an entry whose row is gone was deleted and is not re-created."""

    model = models.CharField(max_length=30)
    key = models.CharField(max_length=500)
    object_id = models.BigIntegerField()
    checksum = models.CharField(max_length=64)
    loaded_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["model", "key"], name="loaded_reference_unique")]

    def __str__(self) -> str:
        return f"{self.model} {self.key}"


# --- Imports started from the admin (run by `articles.uploads.run_import`) --------------------


class ArticleImport(models.Model):
    """One import an editor started in the admin: who, when, how far the worker has got.

    What became of each article is in its outcomes; their counts are the report's.
    """

    class Status(models.TextChoices):
        QUEUED = "queued", _("في الانتظار")
        RUNNING = "running", _("جارٍ")
        DONE = "done", _("انتهى")
        ERROR = "error", _("توقف بخطأ")

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("بدأه"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("بدأ في"), auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    # The worker's last sign of life (each article, each file): a running import that shows none
    # for IMPORT_STALE_SECONDS lost its worker (killed, the machine restarted) and is failed.
    progressed_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(_("انتهى في"), null=True, blank=True)
    status = models.CharField(_("الحالة"), max_length=20, choices=Status, default=Status.QUEUED)
    # As the command's --outlet and --date: the outlet of every article, the day relative
    # weekdays count from (and the date when the text states none).
    outlet = models.CharField(_("الوسيلة"), max_length=200, blank=True)
    reference_date = models.DateField(_("التاريخ المرجعي"), null=True, blank=True)
    total = models.PositiveIntegerField(default=0)  # files to read; a zip counts its members once opened
    done = models.PositiveIntegerField(default=0)
    task_id = models.CharField(max_length=64, blank=True)
    error = models.TextField(blank=True)  # why the import as a whole stopped

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("استيراد")
        verbose_name_plural = _("عمليات الاستيراد")

    def __str__(self) -> str:
        return f"#{self.pk}"

    def get_absolute_url(self) -> str:
        return reverse("admin:articles_article_import", args=[self.pk])

    @property
    def is_finished(self) -> bool:
        return self.status in (self.Status.DONE, self.Status.ERROR)


class ImportFile(models.Model):
    """A file of an import, or its pasted text, kept in the database until the worker has
    read it (the web and the worker share the database, not a disk)."""

    batch = models.ForeignKey(ArticleImport, on_delete=models.CASCADE, related_name="files")
    name = models.CharField(max_length=255)
    size = models.PositiveIntegerField()
    data = models.BinaryField(blank=True)  # emptied once read
    pasted = models.BooleanField(default=False)  # typed into the form: always plain text
    url = models.URLField(max_length=1000, blank=True)  # what the editor gave for pasted text
    headline = models.CharField(max_length=500, blank=True)

    class Meta:
        ordering = ["batch", "pk"]

    def __str__(self) -> str:
        return self.name


class ImportOutcome(models.Model):
    """What became of one article of an import, or why an input gave none."""

    class Status(models.TextChoices):
        CREATED = "created", _("جديد")
        UPDATED = "updated", _("محدَّث")
        UNCHANGED = "unchanged", _("دون تغيير")
        FAILED = "failed", _("فشل")

    batch = models.ForeignKey(ArticleImport, on_delete=models.CASCADE, related_name="outcomes")
    status = models.CharField(max_length=20, choices=Status)
    file = models.CharField(_("الملف"), max_length=500)
    line = models.PositiveIntegerField(_("السطر"), null=True, blank=True)
    reason = models.TextField(_("السبب"), blank=True)
    article = models.ForeignKey(
        Article, null=True, blank=True, on_delete=models.SET_NULL, related_name="import_outcomes"
    )

    class Meta:
        ordering = ["batch", "pk"]
        indexes = [models.Index(fields=["batch", "status"], name="import_outcome_status")]

    def __str__(self) -> str:
        return f"{self.file}: {self.status}"


# Each article's contribution to `/compare/`, kept by triggers (see the module).
from articles.summaries import (  # noqa: E402, F401
    ArticleFrame,
    ArticleMedium,
    ArticleStatement,
    ArticleSummary,
    ArticleTerm,
    ArticleVoice,
)
