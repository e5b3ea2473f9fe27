"""What editors do to the registry beyond editing a row: merge two actors, teach an alias."""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction

from articles.extraction.normalize import normalize
from articles.models import Actor, Alias, Mention, Quote, StatementGroup

# Every foreign key from Quote to Actor; a merge moves them all.
QUOTE_ACTOR_FIELDS = ("speaker", "relayed_by", "cited_medium")
# Actor fields a merge fills in on the kept actor when it has none.
FILLABLE_FIELDS = ("name_en", "role", "gender", "wikidata_id", "outlet")


def known_forms(actor: Actor) -> set[str]:
    """The normalised names an actor already answers to."""
    return {normalize(actor.name_ar), *actor.aliases.values_list("normalized", flat=True)}


def add_alias(actor: Actor, name: str) -> Alias | None:
    """Teach the registry a new spelling of an actor; None when it already knows it.

    `add_alias(putin, "الرئيس الروسي فلاديمير بوتين")` lets the next extraction
    attribute «قال الرئيس الروسي فلاديمير بوتين» to Putin.
    """
    name = name.strip()
    if not name or normalize(name) in known_forms(actor):
        return None
    return Alias.objects.create(actor=actor, name=name, kind=Alias.Kind.NAME)


def alias_offer(quote: Quote) -> str | None:
    """The words as written, when they are not yet a name of the quote's speaker."""
    if quote.speaker is None or not quote.speaker_text.strip():
        return None
    if normalize(quote.speaker_text) in known_forms(quote.speaker):
        return None
    return quote.speaker_text.strip()


def _inside(body: Actor, actor: Actor) -> bool:
    """Whether `body` is `actor` or sits inside it, however deep (a merge must not make a loop)."""
    seen = set()
    while body is not None and body.pk not in seen:
        if body.pk == actor.pk:
            return True
        seen.add(body.pk)
        body = body.part_of
    return False


@transaction.atomic
def merge_actors(kept: Actor, others: Iterable[Actor]) -> dict[str, int]:
    """Fold `others` into `kept`: quotes, mentions and aliases move, the others' names become aliases.

    Bodies inside another (``part_of``) now sit inside `kept`, and `kept` takes the body an
    other sat inside when it had none (the NSC merged into a duplicate of itself stays in the
    White House).

    Mentions of one article by both actors are summed (one row per article and
    actor); aliases already known to `kept` (by normalised form) are dropped.
    Saves row by row so the history records every move.
    """
    moved = {"quotes": 0, "mentions": 0, "aliases": 0}
    known = known_forms(kept)
    for other in others:
        if other.pk == kept.pk:
            continue
        for field in QUOTE_ACTOR_FIELDS:
            for quote in Quote.objects.filter(**{field: other}):
                setattr(quote, field, kept)
                quote.save(update_fields=[field, "updated_at"])
                moved["quotes"] += 1
        for mention in Mention.objects.filter(actor=other).select_for_update():
            existing = Mention.objects.filter(actor=kept, article_id=mention.article_id).first()
            if existing:
                existing.count += mention.count
                existing.save(update_fields=["count"])
                mention.delete()
            else:
                mention.actor = kept
                mention.save(update_fields=["actor"])
            moved["mentions"] += 1
        for group in StatementGroup.objects.filter(speaker=other):
            group.speaker = kept
            group.save(update_fields=["speaker", "updated_at"])
        for part in Actor.objects.filter(part_of=other).exclude(pk=kept.pk):
            part.part_of = kept
            part.save(update_fields=["part_of"])
        if kept.part_of_id == other.pk:
            kept.part_of = None
        if kept.part_of_id is None and other.part_of_id and not _inside(other.part_of, kept):
            kept.part_of = other.part_of
        for alias in Alias.objects.filter(actor=other):
            if alias.normalized in known:
                alias.delete()
                continue
            alias.actor = kept
            alias.save()
            known.add(alias.normalized)
            moved["aliases"] += 1
        for name in (other.name_ar, other.name_en):
            if name and normalize(name) not in known:
                Alias.objects.create(actor=kept, name=name, kind=Alias.Kind.NAME)
                known.add(normalize(name))
                moved["aliases"] += 1
        for field in FILLABLE_FIELDS:
            if not getattr(kept, field) and getattr(other, field):
                setattr(kept, field, getattr(other, field))
        kept.approved = kept.approved or other.approved
        other.delete()
    kept.save()
    return moved
