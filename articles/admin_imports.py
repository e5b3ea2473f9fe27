"""The admin's "Import articles" pages: the form, each import's progress and report, the past ones.

Editors only (adding and changing articles); Newsroom members get 403 and everyone else the
login page.  The work itself is `articles.uploads`; these views take the upload, stage it and
show what the worker records.  The progress page follows the worker with a static script
(`static/js/import-progress.js`) polling a JSON endpoint, so the CSP stays strict.
"""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.files.uploadhandler import FileUploadHandler, StopUpload
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import csrf_exempt, csrf_protect

from articles import uploads
from articles.models import ArticleImport, ImportOutcome

PAST_IMPORTS = 50


class UploadLimit(FileUploadHandler):
    """Stops reading the files of a request once they pass the per-upload limit.

    The rest of the request is read and dropped (not a reset connection), so the editor gets
    the form back with the reason rather than a broken page.
    """

    def __init__(self, request: HttpRequest, limit: int):
        super().__init__(request)
        self.limit = limit
        self.received = 0
        self.exceeded = False

    def receive_data_chunk(self, raw_data: bytes, start: int) -> bytes:
        self.received += len(raw_data)
        if self.received > self.limit:
            self.exceeded = True
            raise StopUpload(connection_reset=False)
        return raw_data

    def file_complete(self, file_size: int) -> None:
        return None


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ".txt,.html,.htm,.jsonl,.zip"}))
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        if isinstance(data, list | tuple):
            return [super(MultipleFileField, self).clean(item, initial) for item in data]
        return [super().clean(data, initial)] if data else []


class ImportForm(forms.Form):
    files = MultipleFileField(
        label=_("الملفات"),
        required=False,
        help_text=_("ملفات ‎.txt أو ‎.html أو ‎.jsonl، أو أرشيف ‎.zip يضمها. يُعرف نوع كل ملف من محتواه."),
    )
    text = forms.CharField(
        label=_("أو الصق نص مقال"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 10, "cols": 80, "dir": "auto"}),
    )
    url = forms.URLField(
        label=_("رابط المقال الملصق"), required=False, max_length=1000, assume_scheme="https"
    )
    headline = forms.CharField(label=_("عنوان المقال الملصق"), required=False, max_length=500)
    outlet = forms.CharField(
        label=_("الوسيلة"),
        required=False,
        max_length=200,
        help_text=_("اسم أو نطاق (مثل tass.ru): وسيلة كل المقالات المستوردة بدل ما يُستنتج من النص."),
    )
    reference_date = forms.DateField(
        label=_("التاريخ المرجعي"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_(
            "تُحسب منه أيام الأسبوع (اليوم الخميس، أمس الأربعاء)، وهو تاريخ المقال حين لا يذكر النص تاريخًا."
        ),
    )

    def __init__(self, *args, upload_exceeded: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.upload_exceeded = upload_exceeded

    def clean(self):
        data = super().clean()
        limit = settings.IMPORT_UPLOAD_MAX_BYTES
        if self.upload_exceeded:
            raise forms.ValidationError(
                _("الملفات المرسلة معًا أكبر من الحد (%(limit)s بايت): أرسلها على دفعات."),
                params={"limit": limit},
                code="upload_too_large",
            )
        files, text = data.get("files") or [], (data.get("text") or "").strip()
        if not files and not text:
            raise forms.ValidationError(_("اختر ملفًا واحدًا على الأقل أو الصق نص مقال."), code="empty")
        if not text:
            for name in ("url", "headline"):
                if data.get(name):
                    self.add_error(name, _("هذا الحقل للنص الملصق: الصق النص أو اترك الحقل فارغًا."))
        total = sum(upload.size for upload in files) + len(text.encode("utf-8"))
        if total > limit:
            raise forms.ValidationError(
                _("ما أرسلته (%(size)s بايت) أكبر من حد الدفعة الواحدة (%(limit)s بايت): أرسله على دفعات."),
                params={"size": total, "limit": limit},
                code="upload_too_large",
            )
        return data

    def pasted(self) -> uploads.Pasted | None:
        text = (self.cleaned_data.get("text") or "").strip()
        if not text:
            return None
        return uploads.Pasted(
            text, self.cleaned_data.get("url") or "", self.cleaned_data.get("headline") or ""
        )


def with_counts(imports):
    """Imports with their created, updated, unchanged and failed counts, in the same query."""
    return imports.annotate(
        **{
            f"n_{status}": Count("outcomes", filter=Q(outcomes__status=status))
            for status in ImportOutcome.Status.values
        }
    )


class ImportViews:
    """Mixed into ArticleAdmin: its URLs and views for importing from the browser."""

    def import_urls(self):
        wrap = self.admin_site.admin_view
        return [
            path("import/", wrap(self.import_view), name="articles_article_imports"),
            path("import/<int:pk>/", wrap(self.import_detail_view), name="articles_article_import"),
            path(
                "import/<int:pk>/progress/",
                wrap(self.import_progress_view),
                name="articles_article_import_progress",
            ),
        ]

    def has_import_permission(self, request: HttpRequest) -> bool:
        return self.has_add_permission(request) and self.has_change_permission(request)

    def _allowed(self, request: HttpRequest) -> None:
        if not self.has_import_permission(request):
            raise PermissionDenied

    @method_decorator(csrf_exempt)
    def import_view(self, request: HttpRequest) -> HttpResponse:
        # The upload limit must be in place before anything reads the request's body, the
        # CSRF check included; that check comes right after, in `_import_form`.
        limit = UploadLimit(request, settings.IMPORT_UPLOAD_MAX_BYTES)
        request.upload_handlers.insert(0, limit)
        return self._import_form(request, limit)

    @method_decorator(csrf_protect)
    def _import_form(self, request: HttpRequest, limit: UploadLimit) -> HttpResponse:
        self._allowed(request)
        if request.method == "POST":
            form = ImportForm(request.POST, request.FILES, upload_exceeded=limit.exceeded)
            if form.is_valid():
                files = [(upload.name, b"".join(upload.chunks())) for upload in form.cleaned_data["files"]]
                batch = uploads.stage_import(
                    request.user,
                    files=files,
                    pasted=form.pasted(),
                    outlet=form.cleaned_data["outlet"].strip(),
                    reference_date=form.cleaned_data["reference_date"],
                )
                return redirect("admin:articles_article_import", batch.pk)
        else:
            form = ImportForm()
        past = list(with_counts(ArticleImport.objects.select_related("created_by"))[:PAST_IMPORTS])
        if any(uploads.is_stale(batch) for batch in past):
            uploads.fail_stale_imports()
            past = list(with_counts(ArticleImport.objects.select_related("created_by"))[:PAST_IMPORTS])
        context = {
            **self._import_context(request, _("استيراد مقالات")),
            "form": form,
            "past_imports": past,
            "limits": {
                "file": settings.IMPORT_MAX_BYTES,
                "upload": settings.IMPORT_UPLOAD_MAX_BYTES,
                "zip": settings.IMPORT_ZIP_MAX_BYTES,
                "zip_files": settings.IMPORT_ZIP_MAX_FILES,
            },
        }
        return TemplateResponse(request, "admin/articles/article/import.html", context)

    def import_detail_view(self, request: HttpRequest, pk: int) -> HttpResponse:
        self._allowed(request)
        batch = get_object_or_404(ArticleImport.objects.select_related("created_by"), pk=pk)
        if uploads.is_stale(batch):
            uploads.fail_stale_imports()
            batch.refresh_from_db()
        outcomes = batch.outcomes.select_related("article")
        context = {
            **self._import_context(request, _("الاستيراد %(number)s") % {"number": batch.pk}),
            "batch": batch,
            "counts": uploads.counts(batch),
            "failures": outcomes.filter(status=ImportOutcome.Status.FAILED),
            "stored": outcomes.filter(
                status__in=[ImportOutcome.Status.CREATED, ImportOutcome.Status.UPDATED]
            ),
        }
        return TemplateResponse(request, "admin/articles/article/import_detail.html", context)

    def import_progress_view(self, request: HttpRequest, pk: int) -> JsonResponse:
        self._allowed(request)
        batch = get_object_or_404(ArticleImport, pk=pk)
        if uploads.is_stale(batch):
            uploads.fail_stale_imports()
            batch.refresh_from_db()
        return JsonResponse(
            {
                "status": batch.status,
                "status_label": str(batch.get_status_display()),
                "finished": batch.is_finished,
                "done": batch.done,
                "total": batch.total,
                "counts": uploads.counts(batch),
            }
        )

    def _import_context(self, request: HttpRequest, title) -> dict:
        return {
            **self.admin_site.each_context(request),
            "title": title,
            "opts": self.model._meta,
            "has_view_permission": self.has_view_permission(request),
        }
