"""Quotes: the statements and quoted terms an article carries, who said them, the groups
of quotes that report one statement across outlets, and verified quotes an edit of the body
set aside."""

from __future__ import annotations

from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from articles.models.actors import Actor
from articles.models.articles import Article


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
