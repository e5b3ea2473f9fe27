"""Actors: the people, organisations, countries and media the articles name, the
spellings and titles that designate them (`Alias`), and how often each article names them
(`Mention`)."""

from __future__ import annotations

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from articles.models.articles import Article
from articles.models.outlets import Outlet


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
    # A body inside another (the National Security Council in the White House): outlets give
    # one statement to either, so grouping takes the two for one speaker.
    part_of = models.ForeignKey(
        "self",
        verbose_name=_("جزء من"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="parts",
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
