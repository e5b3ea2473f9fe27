"""Outlets: the newspapers, channels, agencies and sites the archive's articles come from,
how an import finds or creates one (`OutletQuerySet.for_source`), and `localized_name`,
the registry's name for the page's language (outlets, actors and frames share it)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from django.db import models
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

if TYPE_CHECKING:
    from articles.ingest.sources import Source


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
