"""Imports started from the admin: staged in the database, run in the background.

An editor's files (or pasted text) are kept as `ImportFile` rows with the `ArticleImport`
they belong to; once that is committed, a task of Django's tasks framework is queued, and a
worker (`manage.py db_worker`, under `make run` and in docker-compose) reads every file through
the importer the command uses (`articles.importing.import_data`) and records what became of
each article as an `ImportOutcome`, in the same transaction as the article itself.

    batch = stage_import(user, files=[("tass.txt", data)], outlet="", reference_date=None)
    # … the worker runs run_import(batch.pk); the admin's import page shows batch's report

Every new article arrives as a draft, whatever a JSON line says: what comes in through the
browser waits for an editor to publish it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, timedelta
from functools import partial

from django.conf import settings
from django.db import transaction
from django.db.models import Count, F, Q
from django.tasks import task
from django.utils import timezone, translation
from django.utils.translation import gettext

from articles.importing import Outcome, import_data, outlet_option
from articles.ingest import IngestError, Known
from articles.ingest.archives import Limits, unpack
from articles.ingest.readers import PLAIN
from articles.models import Article, ArticleImport, ImportFile, ImportOutcome

logger = logging.getLogger(__name__)

PASTED_NAME = "pasted text"


@dataclass(frozen=True)
class Pasted:
    """Text typed or pasted into the import form, with what the editor knows about it."""

    text: str
    url: str = ""
    headline: str = ""


def limits() -> Limits:
    return Limits(
        file_bytes=settings.IMPORT_MAX_BYTES,
        archive_bytes=settings.IMPORT_ZIP_MAX_BYTES,
        archive_members=settings.IMPORT_ZIP_MAX_FILES,
    )


def stage_import(
    user,
    *,
    files: list[tuple[str, bytes]],
    pasted: Pasted | None = None,
    outlet: str = "",
    reference_date: date | None = None,
) -> ArticleImport:
    """Keep what the editor sent and queue its import once it is committed."""
    with transaction.atomic():
        batch = ArticleImport.objects.create(
            created_by=user,
            outlet=outlet,
            reference_date=reference_date,
            total=len(files) + (1 if pasted else 0),
        )
        staged = [ImportFile(batch=batch, name=name[:255], size=len(data), data=data) for name, data in files]
        if pasted:
            data = pasted.text.encode("utf-8")
            staged.append(
                ImportFile(
                    batch=batch,
                    name=PASTED_NAME,
                    size=len(data),
                    data=data,
                    pasted=True,
                    url=pasted.url,
                    headline=pasted.headline,
                )
            )
        ImportFile.objects.bulk_create(staged)
        transaction.on_commit(partial(enqueue, batch.pk))
    return batch


def enqueue(batch_id: int) -> None:
    result = run_import.enqueue(batch_id)
    ArticleImport.objects.filter(pk=batch_id).update(task_id=str(result.id)[:64])


@task()
def run_import(batch_id: int) -> dict[str, int]:
    """Import every file of an import; returns the report's counts.

    Claimed with one UPDATE, so a task delivered twice imports once.  A file that cannot be
    read fails alone; an error nobody foresaw stops the import with its message on the
    report, every article stored before it complete.
    """
    fail_stale_imports()
    now = timezone.now()
    claimed = ArticleImport.objects.filter(pk=batch_id, status=ArticleImport.Status.QUEUED).update(
        status=ArticleImport.Status.RUNNING, started_at=now, progressed_at=now
    )
    if not claimed:
        return {}
    batch = ArticleImport.objects.get(pk=batch_id)
    try:
        for file_id in batch.files.order_by("pk").values_list("pk", flat=True):
            import_file(batch, ImportFile.objects.get(pk=file_id))
    except Exception as error:
        logger.exception("import #%s stopped", batch_id)
        _finish(batch, ArticleImport.Status.ERROR, f"{type(error).__name__}: {error}")
        raise
    _finish(batch, ArticleImport.Status.DONE)
    return counts(batch)


def import_file(batch: ArticleImport, file: ImportFile) -> None:
    """One staged file: itself, or each member of a zip archive, through the importer."""
    data = bytes(file.data)
    parts = [(file.name, data)] if file.pasted else unpack(file.name, data, limits())
    if len(parts) > 1:
        ArticleImport.objects.filter(pk=batch.pk).update(total=F("total") + len(parts) - 1)
    known = Known(url=file.url, headline=file.headline) if file.pasted else None
    for part in parts:
        if isinstance(part, IngestError):
            record(batch, Outcome.failed(part), part.path)
        else:
            name, content = part
            outcomes = import_data(
                content,
                source_name=name,
                status=Article.Status.DRAFT,
                kind=PLAIN if file.pasted else None,
                reference=batch.reference_date,
                outlet=outlet_option(batch.outlet),
                known=known,
                max_bytes=settings.IMPORT_MAX_BYTES,
                drafts_only=True,
            )
            while True:
                # The article and what the report says of it are written together.
                with transaction.atomic():
                    outcome = next(outcomes, None)
                    if outcome is None:
                        break
                    record(batch, outcome, name)
        ArticleImport.objects.filter(pk=batch.pk).update(done=F("done") + 1, progressed_at=timezone.now())
    ImportFile.objects.filter(pk=file.pk).update(data=b"")


def record(batch: ArticleImport, outcome: Outcome, file_name: str) -> ImportOutcome:
    """The report's row for one outcome: the file, the JSONL line (a record of line 3 of
    ``a.jsonl`` is named ``a.jsonl:3``), the reason it failed or the warnings it left."""
    source = outcome.error.path if outcome.error else outcome.source_name
    file, line = source, None
    suffix = source[len(file_name) + 1 :] if source.startswith(f"{file_name}:") else ""
    if suffix.isdigit():
        file, line = file_name, int(suffix)
    reason = outcome.error.reason if outcome.error else "; ".join(outcome.warnings)
    ArticleImport.objects.filter(pk=batch.pk).update(progressed_at=timezone.now())
    return ImportOutcome.objects.create(
        batch=batch, status=outcome.status, file=file[:500], line=line, reason=reason, article=outcome.article
    )


def counts(batch: ArticleImport) -> dict[str, int]:
    """Created, updated, unchanged and failed, in one query."""
    found = dict(batch.outcomes.values_list("status").annotate(n=Count("pk")).order_by())
    return {status: found.get(status, 0) for status in ImportOutcome.Status.values}


def _finish(batch: ArticleImport, status: str, error: str = "") -> None:
    ArticleImport.objects.filter(pk=batch.pk).update(status=status, finished_at=timezone.now(), error=error)
    ImportFile.objects.filter(batch=batch).update(data=b"")
    batch.refresh_from_db()


def is_stale(batch: ArticleImport) -> bool:
    """Running, with no sign of life from its worker for IMPORT_STALE_SECONDS."""
    if batch.status != ArticleImport.Status.RUNNING:
        return False
    last = batch.progressed_at or batch.started_at or batch.created_at
    return last < timezone.now() - timedelta(seconds=settings.IMPORT_STALE_SECONDS)


def fail_stale_imports() -> int:
    """Mark failed every running import whose worker stopped (killed with it, a restart of the
    machine): each article it stored is complete; the report says why it stopped."""
    now = timezone.now()
    cutoff = now - timedelta(seconds=settings.IMPORT_STALE_SECONDS)
    stale = ArticleImport.objects.filter(status=ArticleImport.Status.RUNNING).filter(
        Q(progressed_at__lt=cutoff) | Q(progressed_at__isnull=True, started_at__lt=cutoff)
    )
    ids = list(stale.values_list("pk", flat=True))
    if not ids:
        return 0
    minutes = max(settings.IMPORT_STALE_SECONDS // 60, 1)
    with translation.override(settings.LANGUAGE_CODE):
        reason = gettext(
            "توقف العامل الذي كان يجري هذا الاستيراد: لم يتقدم منذ %(minutes)s دقيقة أو أكثر. "
            "أرسل من جديد الملفات التي لم تُستورد."
        ) % {"minutes": minutes}
    with transaction.atomic():
        failed = ArticleImport.objects.filter(pk__in=ids, status=ArticleImport.Status.RUNNING).update(
            status=ArticleImport.Status.ERROR, finished_at=now, error=reason
        )
        ImportFile.objects.filter(batch__in=ids).update(data=b"")
    for batch_id in ids:
        logger.warning("import #%s failed as stale: no progress since before %s", batch_id, cutoff)
    return failed
