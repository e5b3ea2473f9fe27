"""Copy the reference data files into the database without undoing an editor's work.

Each entry of the files (an outlet, an actor, one of its aliases, a frame, one lexicon term,
a group) is remembered in `LoadedReference` with a checksum of the values the loader wrote.
On every run an entry is:

- created when it was never loaded (so one an editor deleted stays deleted), or taken over as
  it is when a row with its slug or name already exists;
- updated when the data file changed and the row still holds exactly what was last loaded;
- left alone when an editor changed the row since;
- deleted, for an alias or a lexicon term gone from the files, when the row still holds exactly
  what was last loaded (one an editor changed since is theirs now and stays).

The rows are saved one by one, so every signal runs as for an edit in the admin: a lexicon
term rematches its frame once the load commits, and the public pages' cache is bumped once.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from django.contrib.auth.models import Group, Permission
from django.db import models, transaction

from articles import caching, reference
from articles.extraction.actors import ActorRecord
from articles.extraction.normalize import normalize
from articles.models import Actor, Alias, Frame, FrameTerm, LoadedReference, Outlet
from articles.reference import Reference, ReferenceDataError

CHANGE_REASON = "load_reference_data"
# The report's order and words.
KINDS = {
    "outlet": ("outlet", "outlets"),
    "actor": ("actor", "actors"),
    "alias": ("alias", "aliases"),
    "frame": ("frame", "frames"),
    "frameterm": ("lexicon term", "lexicon terms"),
    "group": ("group", "groups"),
}
# The entries a data file can drop and the loader then deletes: a name or a lexicon phrase only
# steers matching.  Outlets, actors, frames and groups hold articles, quotes and users, and stay.
REMOVABLE = {"alias": Alias, "frameterm": FrameTerm}


@dataclass
class Report:
    added: Counter = field(default_factory=Counter)
    updated: Counter = field(default_factory=Counter)
    removed: Counter = field(default_factory=Counter)
    kept: Counter = field(default_factory=Counter)  # changed or deleted by an editor

    def lines(self, *, verbose: bool = False) -> list[str]:
        lines = [
            f"{verb} {_count(counter)}."
            for verb, counter in (
                ("Added", self.added),
                ("Updated", self.updated),
                ("Removed", self.removed),
            )
            if counter
        ]
        if not lines:
            lines = ["Reference data: nothing to add or update."]
        if verbose and self.kept:
            lines.append(f"Left as an editor changed or deleted them: {_count(self.kept)}.")
        return lines


def _count(counter: Counter) -> str:
    return ", ".join(
        f"{counter[kind]} {words[counter[kind] != 1]}" for kind, words in KINDS.items() if counter[kind]
    )


def load_reference_data(data: Reference | None = None) -> Report:
    """Load ``data`` (the bundled files by default) in one transaction; what it did."""
    data = data or reference.reference()
    with caching.one_change(), transaction.atomic():
        loader = _Loader()
        outlets = loader.outlets(data.media)
        records = [(record, None) for record in data.actors]
        records += [(medium.actor, outlets.get(medium.slug)) for medium in data.media if medium.actor]
        loader.actors(records)
        loader.frames(data.frames)
        loader.groups(data.groups)
        loader.remove_dropped()
        LoadedReference.objects.bulk_create(loader.new_entries)
    return loader.report


def _depth(key: str, inside: dict[str, str]) -> int:
    """How many bodies an actor is inside (``inside``: each actor's ``part_of``): the loader
    writes the outer ones first."""
    depth, outer = 0, inside.get(key, "")
    while outer:
        depth, outer = depth + 1, inside.get(outer, "")
    return depth


def _part_of_by_id(values: dict, by_slug: dict[str, Actor]) -> dict:
    """An actor's values with ``part_of``'s key as the row it names."""
    values = dict(values)
    outer = values.pop("part_of", "")
    values["part_of"] = by_slug.get(outer) if outer else None
    return values


_ACTOR_FIELDS = (
    "slug",
    "name_ar",
    "name_en",
    "kind",
    "affiliation",
    "role",
    "gender",
    "wikidata_id",
    "approved",
    "outlet_id",
)


def _actor_fields(row: Actor) -> dict:
    """What the loader wrote of an actor, ``part_of`` as a key and only when set (as
    ``wanted`` has it)."""
    values = _fields(row, _ACTOR_FIELDS)
    if row.part_of_id is not None:
        values["part_of"] = row.part_of.slug
    return values


def _checksum(values: dict) -> str:
    return hashlib.sha256(json.dumps(values, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def _fields(row: models.Model, names) -> dict:
    return {name: getattr(row, name) for name in names}


def _save(row: models.Model, values: dict) -> models.Model:
    for name, value in values.items():
        setattr(row, name, value)
    row._change_reason = CHANGE_REASON  # the admin's History says the loader wrote it
    row.save()
    return row


class _Loader:
    def __init__(self):
        self.loaded = {(entry.model, entry.key): entry for entry in LoadedReference.objects.all()}
        self.new_entries: list[LoadedReference] = []
        self.seen: set[tuple[str, str]] = set()
        self.report = Report()

    def sync(
        self,
        model: type[models.Model],
        key: str,
        wanted: dict,
        *,
        rows: dict[int, models.Model],
        existing: models.Model | None,
        write: Callable[[models.Model | None, dict], models.Model] | None = None,
        current: Callable[[models.Model], dict] | None = None,
    ) -> models.Model | None:
        """The row of one entry after applying the rules above (None when an editor deleted
        it).  ``existing`` is a row with the entry's natural key; ``write`` saves the values
        (by default as fields) and ``current`` reads back what it wrote."""
        kind = model._meta.model_name
        write = write or (lambda row, values: _save(row or model(), values))
        current = current or (lambda row: _fields(row, wanted))
        self.seen.add((kind, key))
        entry = self.loaded.get((kind, key))
        if entry is None:
            row = existing
            if row is None:
                row = write(None, wanted)
                self.report.added[kind] += 1
            self.new_entries.append(
                LoadedReference(model=kind, key=key, object_id=row.pk, checksum=_checksum(wanted))
            )
            return row
        row = rows.get(entry.object_id)
        if row is None or _checksum(current(row)) != entry.checksum:
            self.report.kept[kind] += 1
            return row
        if _checksum(wanted) != entry.checksum:
            row = write(row, wanted)
            entry.checksum = _checksum(wanted)
            entry.save(update_fields=["checksum", "loaded_at"])
            self.report.updated[kind] += 1
        return row

    def remove_dropped(self) -> None:
        """Delete the aliases and lexicon terms the files no longer hold, unless an editor
        changed them since they were loaded; forget their entries either way.

        ``بوتن`` dropped from Putin's aliases in actors.toml: its row goes, so extraction
        stops reading the misspelling as Putin (the row an editor retyped stays theirs)."""
        for (kind, key), entry in self.loaded.items():
            model = REMOVABLE.get(kind)
            if model is None or (kind, key) in self.seen:
                continue
            row = model.objects.filter(pk=entry.object_id).first()
            if row is not None and _checksum(_fields(row, _LOADED_FIELDS[kind])) == entry.checksum:
                row._change_reason = CHANGE_REASON
                row.delete()
                self.report.removed[kind] += 1
            elif row is not None:
                self.report.kept[kind] += 1
            entry.delete()

    # --- One kind of entry each ---------------------------------------------------------------

    def outlets(self, media) -> dict[str, Outlet | None]:
        rows = {outlet.pk: outlet for outlet in Outlet.objects.all()}
        by_slug = {outlet.slug: outlet for outlet in rows.values()}
        loaded = {}
        for medium in media:
            wanted = {
                "slug": medium.slug,
                "name_ar": medium.name_ar,
                "name_en": medium.name_en,
                "kind": medium.kind,
                "country": medium.country,
                "domain": medium.domains[0] if medium.domains else "",
            }
            loaded[medium.slug] = self.sync(
                Outlet,
                medium.slug,
                wanted,
                rows=rows,
                existing=by_slug.get(medium.slug),
            )
        return loaded

    def actors(self, records: list[tuple[ActorRecord, Outlet | None]]) -> None:
        rows = {actor.pk: actor for actor in Actor.objects.all()}
        by_slug = {actor.slug: actor for actor in rows.values()}
        linked = {actor.outlet_id: actor.slug for actor in rows.values() if actor.outlet_id}
        aliases = {alias.pk: alias for alias in Alias.objects.all()}
        aliases_by_key = {(alias.actor_id, alias.normalized): alias for alias in aliases.values()}
        inside = {record.key: record.part_of for record, _ in records}
        for record, outlet in sorted(records, key=lambda item: _depth(item[0].key, inside)):
            # An outlet an editor linked to another actor stays theirs (the link is one-to-one).
            outlet_id = outlet.pk if outlet and linked.get(outlet.pk, record.key) == record.key else None
            wanted = {
                "slug": record.key,
                "name_ar": record.name_ar,
                "name_en": record.name_en,
                "kind": record.kind,
                "affiliation": record.affiliation,
                "role": record.role_ar,
                "gender": record.gender,
                "wikidata_id": record.wikidata,
                "approved": True,
                "outlet_id": outlet_id,
            }
            if record.part_of:
                # Only where the file says it: the checksums of the others stay what they were.
                wanted["part_of"] = record.part_of
            actor = self.sync(
                Actor,
                record.key,
                wanted,
                rows=rows,
                existing=by_slug.get(record.key),
                write=lambda row, values: _save(row or Actor(), _part_of_by_id(values, by_slug)),
                current=_actor_fields,
            )
            if actor is not None:
                by_slug[actor.slug] = actor
                self._aliases(record, actor, aliases, aliases_by_key)

    def _aliases(self, record: ActorRecord, actor: Actor, rows: dict, by_key: dict) -> None:
        groups = (
            (Alias.Kind.NAME, record.aliases),
            (Alias.Kind.TITLE, record.titles),
            (Alias.Kind.DEMONYM, record.demonyms),
        )
        for kind, names in groups:
            for name in names:
                normalized = normalize(name)
                self.sync(
                    Alias,
                    f"{record.key}/{normalized}",
                    {"actor_id": actor.pk, "name": name, "kind": kind.value},
                    rows=rows,
                    existing=by_key.get((actor.pk, normalized)),
                )

    def frames(self, frames) -> None:
        rows = {frame.pk: frame for frame in Frame.objects.all()}
        by_slug = {frame.slug: frame for frame in rows.values()}
        terms = {term.pk: term for term in FrameTerm.objects.all()}
        terms_by_key = {(term.frame_id, term.normalized): term for term in terms.values()}
        for data in frames:
            wanted = {
                "slug": data.slug,
                "name_ar": data.name_ar,
                "name_en": data.name_en,
                "description": data.description,
                "position": data.position,
            }
            frame = self.sync(
                Frame,
                data.slug,
                wanted,
                rows=rows,
                existing=by_slug.get(data.slug),
            )
            if frame is None:
                continue
            for phrase in data.lexicon:
                normalized = normalize(phrase)
                # Saved one by one: FrameTerm's signal rematches the frame when the load commits.
                self.sync(
                    FrameTerm,
                    f"{data.slug}/{normalized}",
                    {"frame_id": frame.pk, "phrase": phrase},
                    rows=terms,
                    existing=terms_by_key.get((frame.pk, normalized)),
                )

    def groups(self, groups) -> None:
        rows = {group.pk: group for group in Group.objects.prefetch_related("permissions__content_type")}
        by_name = {group.name: group for group in rows.values()}
        permissions = {
            f"{permission.content_type.app_label}.{permission.codename}": permission
            for permission in Permission.objects.select_related("content_type")
        }
        for data in groups:
            missing = [name for name in data.permissions if name not in permissions]
            if missing:
                raise ReferenceDataError(
                    f'groups.toml: group "{data.name}": no permission {", ".join(missing)} '
                    "(a typo, or the database is not migrated)"
                )

            def write(row, values):
                row = _save(row or Group(), {"name": values["name"]})
                row.permissions.set([permissions[name] for name in values["permissions"]])
                return row

            self.sync(
                Group,
                data.name,
                {"name": data.name, "permissions": sorted(data.permissions)},
                rows=rows,
                existing=by_name.get(data.name),
                write=write,
                current=_group_values,
            )


# The fields the loader writes for each removable kind, as `sync` checksums them.
_LOADED_FIELDS = {"alias": ("actor_id", "name", "kind"), "frameterm": ("frame_id", "phrase")}


def _group_values(group: Group) -> dict:
    names = sorted(f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.all())
    return {"name": group.name, "permissions": names}
