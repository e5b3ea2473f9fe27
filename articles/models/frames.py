"""Frames: the ways of framing the summit and their editable Arabic lexicons, an
article's sentences, and which sentences evoke which frame (precomputed for `/compare/`)."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from articles.models.articles import Article


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
