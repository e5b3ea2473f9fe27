"""What a change to the archive sets off, whichever door it came through (the admin, the
shell, a command, a test): connected once, from `ArticlesConfig.ready()`.

- Any content saved or deleted starts a new archive version, so cached pages and figures
  of the old one are no longer read (`articles.caching`); extraction's bulk writes are
  grouped into one change by `caching.one_change()`.
- An actor or alias changed: the extraction gazetteer is rebuilt before its next use, in
  this process at once and in others once the change is committed (the registry's version).
- A lexicon entry changed: its frame is matched again over every stored sentence.
- An article deleted: the statement groups it leaves with a single quote are dissolved.
"""

from __future__ import annotations

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from articles import caching, extraction_service, sentences, statement_groups
from articles.models import Actor, Alias, Article, Frame, FrameTerm, Mention, Outlet, Quote, StatementGroup

CONTENT_MODELS = (Article, Quote, Actor, Alias, Mention, Outlet, Frame, FrameTerm, StatementGroup)


def content_changed(sender, raw: bool = False, **kwargs) -> None:
    if not raw and not caching.in_one_change():
        caching.bump()


for _model in CONTENT_MODELS:
    post_save.connect(content_changed, sender=_model, dispatch_uid=f"content-saved-{_model.__name__}")
    post_delete.connect(content_changed, sender=_model, dispatch_uid=f"content-deleted-{_model.__name__}")


@receiver([post_save, post_delete], sender=Actor, dispatch_uid="gazetteer-actor")
@receiver([post_save, post_delete], sender=Alias, dispatch_uid="gazetteer-alias")
def registry_changed(**kwargs) -> None:
    extraction_service.forget_gazetteer()
    transaction.on_commit(caching.bump_registry)


@receiver([post_save, post_delete], sender=FrameTerm, dispatch_uid="lexicon-changed")
def lexicon_changed(sender, instance: FrameTerm, raw: bool = False, **kwargs) -> None:
    if not raw:
        sentences.rematch_after_commit(instance.frame_id)


@receiver(post_delete, sender=Article, dispatch_uid="statement-groups-article-deleted")
def article_deleted(sender, raw: bool = False, **kwargs) -> None:
    statement_groups.prune()
