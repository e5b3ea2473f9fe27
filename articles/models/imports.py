"""What the loaders wrote: the reference data entries `load_reference_data` last wrote,
and the article imports editors start in the admin, with their files and outcomes."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from articles.models.articles import Article

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
