"""Django's side of extraction: the registry in, quotes and mentions out, into the store.

The pure core (`articles.extraction`) knows nothing of the database. This module
builds its gazetteer from the actor registry, runs it over an article's body and
writes what it found, keeping every quote an editor verified.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from django.db import transaction
from django.utils.text import slugify

from articles import caching, statement_groups
from articles.bulk import copy_objects
from articles.extraction.actors import Gazetteer
from articles.extraction.normalize import normalize
from articles.extraction.pipeline import Extraction, extract
from articles.extraction.relocate import relocate
from articles.models import PARAGRAPH_BREAK, Actor, Alias, Article, Mention, Quote, SetAsideQuote
from articles.sentences import store_sentences

_gazetteer: Gazetteer | None = None


def registry_records(actors: dict[str, Actor] | None = None) -> list[dict]:
    """The actor registry as the plain records the core's Gazetteer is built from; `actors`,
    when given, receives each actor by its key (slug)."""
    records = []
    for actor in Actor.objects.select_related("part_of").prefetch_related("aliases").order_by("pk"):
        if actors is not None:
            actors[actor.slug] = actor
        by_kind: dict[str, list[str]] = {kind: [] for kind in Alias.Kind.values}
        for alias in actor.aliases.all():
            by_kind[alias.kind].append(alias.name)
        records.append(
            {
                "key": actor.slug,
                "name_ar": actor.name_ar,
                "name_en": actor.name_en,
                "kind": actor.kind,
                "affiliation": actor.affiliation,
                "gender": actor.gender,
                "role_ar": actor.role,
                "aliases": [actor.name_ar, *by_kind[Alias.Kind.NAME]],
                "titles": by_kind[Alias.Kind.TITLE],
                "demonyms": by_kind[Alias.Kind.DEMONYM],
                "wikidata": actor.wikidata_id,
                "part_of": actor.part_of.slug if actor.part_of else "",
            }
        )
    return records


# The registry's actors by key, read with the gazetteer: an import run names them without a
# query an article.
_registry_actors: dict[str, Actor] = {}
_built_at_version: int | None = None
_checked_at = 0.0
RECHECK_SECONDS = 10
# Above this many quotes an article's are written with COPY (no ids back) rather than bulk_create.
COPY_ABOVE = 1000


def gazetteer() -> Gazetteer:
    """The registry's gazetteer, built once per process and rebuilt after actors change.

    A change in this process forgets it at once (`articles.signals`); a change made in another
    worker shows in the registry's version (`caching.registry_version`), read at most every ten
    seconds.  Not the archive's content version: every stored article moves that one, and an
    import rebuilt the gazetteer (a third of a second) every ten seconds.
    """
    global _gazetteer, _built_at_version, _checked_at, _registry_actors
    now = time.monotonic()
    if _gazetteer is not None and not _pinned and now - _checked_at > RECHECK_SECONDS:
        _checked_at = now
        if caching.registry_version() != _built_at_version:
            _gazetteer = None
    if _gazetteer is None:
        _built_at_version, _checked_at = caching.registry_version(), now
        _registry_actors = {}
        _gazetteer = Gazetteer(registry_records(_registry_actors))
    return _gazetteer


_pinned = False


@contextmanager
def one_gazetteer() -> Iterator[None]:
    """Use one gazetteer for everything inside (an import run): built at its first use, then
    not checked against the archive version, which every stored article moves.  A change to
    actors in this process still forgets it (`articles.signals`)."""
    global _pinned
    was_pinned, _pinned = _pinned, True
    try:
        yield
    finally:
        _pinned = was_pinned


def forget_gazetteer() -> None:
    """The registry changed: build the gazetteer again before its next use."""
    global _gazetteer, _registry_actors
    _gazetteer, _registry_actors = None, {}


def analyse(text: str) -> Extraction:
    """Extraction of a text against the registry, storing nothing."""
    return extract(text, gazetteer())


def extract_article(
    article: Article, *, previous_body: str | None = None, created: bool = False
) -> dict[str, int]:
    """(Re)build an article's quotes, mentions and sentences from its body, and place its
    statements in statement groups.  `created`: the article was inserted just now, in this
    transaction, so it has nothing stored to read, keep or delete (an import saves five
    round trips an article).

    Quotes an editor verified are kept, and a new quote that overlaps one of them is
    dropped: the editor's span and speaker win.  When the body changed (`previous_body` is
    what it was), each verified quote first follows its text to its new place; one whose
    text is gone is set aside for an editor (`SetAsideQuote`), not deleted silently.  A quote
    with the same text as one that was in an editor's statement group goes back into it.
    """
    registry = gazetteer()  # one registry for the whole article, whatever it proposes
    result = extract(article.body, registry)
    mention_result = extract(article.headline, registry).mentions if article.headline else []
    # No savepoint of its own: a failure rolls back the caller's whole transaction (an
    # import's article), and a savepoint costs two round trips.
    with caching.one_change(), transaction.atomic(savepoint=False):
        moved, set_aside = 0, 0
        if previous_body is not None and previous_body != article.body:
            moved, set_aside = follow_verified_quotes(article, previous_body)
        actors = _actors_by_key(result)
        stored = (
            []
            if created
            else list(
                article.quotes.values_list("verified", "start", "end", *statement_groups.PREVIOUS_FIELDS)
            )
        )
        verified = [(start, end) for kept, start, end, *_ in stored if kept]
        previous = statement_groups.Previous.of(row[3:] for row in stored)
        if not created:
            article.quotes.filter(verified=False).delete()
        quotes = [
            _quote(article, found, actors, registry)
            for found in result.quotes
            if not any(found.start < end and start < found.end for start, end in verified)
        ]
        if len(quotes) > COPY_ABOVE:
            # A huge article (a whole file on one line): one COPY, and its ids read back.
            copy_objects(Quote, quotes)
            stored = None
        else:
            Quote.objects.bulk_create(quotes)
            stored = quotes if created else None
        _store_mentions(article, [*result.mentions, *mention_result], actors, created=created)
        store_sentences(article)
        # A new article's quotes, when bulk_create gave them their ids, in order.
        statement_groups.group_article(article, previous, registry, quotes=stored)
    return {"quotes": len(quotes), "kept": len(verified), "moved": moved, "set_aside": set_aside}


def follow_verified_quotes(article: Article, previous_body: str) -> tuple[int, int]:
    """Move each verified quote to where its text now is in the body, or set it aside.

    Saved one by one, with a reason, so the history shows each move and each quote set aside.
    Returns how many moved and how many were set aside.
    """
    moved = set_aside = 0
    for quote in article.quotes.filter(verified=True).order_by("start"):
        span = relocate(quote.text, quote.start, previous_body, article.body)
        if span is None:
            SetAsideQuote.objects.create(
                article=article,
                text=quote.text,
                kind=quote.kind,
                speaker_id=quote.speaker_id,
                speaker_text=quote.speaker_text,
                start=quote.start,
                end=quote.end,
                context=_paragraph_around(previous_body, quote.start),
            )
            quote._change_reason = "set aside: its text is no longer in the article"
            quote.delete()
            set_aside += 1
        elif span != (quote.start, quote.end):
            quote.start, quote.end = span
            quote._change_reason = f"moved to {span[0]}–{span[1]} with the edited text"
            quote.save(update_fields=["start", "end", "updated_at"])
            moved += 1
    return moved, set_aside


def _paragraph_around(body: str, offset: int) -> str:
    start = body.rfind(PARAGRAPH_BREAK, 0, offset)
    end = body.find(PARAGRAPH_BREAK, offset)
    return body[start + len(PARAGRAPH_BREAK) if start != -1 else 0 : end if end != -1 else len(body)]


def restore_extraction(article: Article, archived) -> None:
    """Store an `export_archive` line's quotes and mentions as they were written.

    Actors are found by slug, or created from the exported names when the registry
    lacks them (an empty database being restored).
    """
    with caching.one_change(), transaction.atomic():
        previous = statement_groups.Previous.of(article.quotes.values_list(*statement_groups.PREVIOUS_FIELDS))
        article.quotes.all().delete()
        article.mentions.all().delete()
        quotes = [
            Quote(
                article=article,
                text=q["text"],
                start=q["start"],
                end=q["end"],
                kind=q.get("kind") or Quote.Kind.STATEMENT,
                speaker=_archived_actor(q.get("speaker")),
                speaker_text=q.get("speaker_text") or "",
                speaker_description="" if q.get("speaker") else (q.get("speaker_description") or "")[:300],
                relayed_by=_archived_actor(q.get("relayed_by")),
                cited_medium=_archived_actor(q.get("cited_medium")),
                cue=q.get("cue") or "",
                confidence=q.get("confidence") or 0.0,
                verified=bool(q.get("verified")),
                normalized_text=normalize(q["text"]),
                wording=_wording(q["text"], q.get("kind") or Quote.Kind.STATEMENT),
            )
            for q in archived.quotes
        ]
        Quote.objects.bulk_create(quotes)
        counts: dict[int, int] = {}
        for mention in archived.mentions:
            actor = _archived_actor(mention.get("actor"))
            if actor is not None:
                counts[actor.pk] = counts.get(actor.pk, 0) + int(mention.get("count") or 1)
        Mention.objects.bulk_create(
            Mention(article=article, actor_id=actor_id, count=count) for actor_id, count in counts.items()
        )
        store_sentences(article)
        statement_groups.group_article(article, previous)


def _wording(text: str, kind: str, registry: Gazetteer | None = None) -> list[str]:
    return statement_groups.units(text, registry) if kind == Quote.Kind.STATEMENT else []


def _archived_actor(record: dict | None) -> Actor | None:
    if not record or not record.get("slug"):
        return None
    actor, _ = Actor.objects.get_or_create(
        slug=record["slug"],
        defaults={
            "name_ar": record.get("name_ar") or record["slug"],
            "name_en": record.get("name_en") or "",
            "kind": record.get("kind") or Actor.Kind.PERSON,
            "affiliation": record.get("affiliation") or Actor.Affiliation.OTHER,
            "approved": record.get("approved", True),
        },
    )
    return actor


def reextract(articles: Iterable[Article]) -> dict[str, int]:
    totals = {"articles": 0, "quotes": 0, "kept": 0}
    for article in articles:
        counts = extract_article(article)
        totals["articles"] += 1
        totals["quotes"] += counts["quotes"]
        totals["kept"] += counts["kept"]
    return totals


def _actors_by_key(result: Extraction) -> dict[str, Actor]:
    """Registry actors named in the result, plus the proposed ones, created unapproved."""
    keys = {q.speaker for q in result.quotes} | {q.relayed_by for q in result.quotes}
    keys |= {q.cited_medium for q in result.quotes} | {m.key for m in result.mentions}
    keys.discard(None)
    if _pinned and keys <= _registry_actors.keys():
        # An import run: the registry read with its gazetteer, as stale as that one.
        actors = {key: _registry_actors[key] for key in keys}
    else:
        actors = {actor.slug: actor for actor in Actor.objects.filter(slug__in=keys)}
    for proposed in result.proposed_actors:
        slug = proposed_slug(proposed.name_ar)
        actor, created = Actor.objects.get_or_create(
            slug=slug, defaults={"name_ar": proposed.name_ar, "kind": proposed.kind, "approved": False}
        )
        if created:
            Alias.objects.create(actor=actor, name=proposed.name_ar)
        actors[proposed.normalized] = actor
    return actors


def _quote(article: Article, found, actors: dict[str, Actor], registry: Gazetteer) -> Quote:
    speaker = actors.get(found.speaker) or (actors.get(found.proposed.normalized) if found.proposed else None)
    quote = Quote(
        article=article,
        text=found.text,
        start=found.start,
        end=found.end,
        kind=found.kind,
        speaker=speaker,
        speaker_text=(found.speaker_text or "")[:300],
        speaker_description="" if speaker else found.speaker_description[:300],
        relayed_by=actors.get(found.relayed_by),
        cited_medium=actors.get(found.cited_medium),
        cue=(found.cue or "")[:100],
        confidence=found.confidence,
    )
    # bulk_create skips save(): fill what save() would.
    quote.normalized_text = normalize(found.text)
    quote.wording = _wording(found.text, found.kind, registry)
    return quote


def _store_mentions(article: Article, mentions, actors: dict[str, Actor], *, created: bool = False) -> None:
    counts: dict[int, int] = {}
    for mention in mentions:
        actor = actors.get(mention.key)
        if actor is not None:
            counts[actor.pk] = counts.get(actor.pk, 0) + mention.count
    if not created:
        article.mentions.all().delete()
    Mention.objects.bulk_create(
        Mention(article=article, actor_id=actor_id, count=count) for actor_id, count in counts.items()
    )


def proposed_slug(name: str) -> str:
    return slugify(name, allow_unicode=True)[:200] or "actor"
