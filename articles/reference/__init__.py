"""The reference data editors grow, read from the TOML files next to this module.

- ``actors.toml``: people, organisations, countries and the media that are only cited;
- ``media.toml``: every outlet and news agency the importer recognises, each with the actor
  it is when a text quotes or cites it (Reuters the wire and «رويترز» the source are one entry);
- ``frames.toml``: the comparison's frames and their lexicons;
- ``groups.toml``: the Editors and Newsroom groups and their permissions.

Pure Python like :mod:`articles.extraction`: the importer's outlet table
(:mod:`articles.ingest.sources`) and the core's tests read it here, and
``python manage.py load_reference_data`` (:mod:`articles.reference.loading`) copies it into
the database.  Every file is validated when read: a mistake raises one
:class:`ReferenceDataError` that names the file, the entry and what is wrong.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from articles.extraction.actors import ActorRecord
from articles.extraction.normalize import normalize

DATA_DIR = Path(__file__).resolve().parent

# The models' choices, spelled out here because the core does not import Django.
ACTOR_KINDS = ("person", "organisation", "country", "medium")
AFFILIATIONS = (
    "russia",
    "north-korea",
    "united-states",
    "united-nations",
    "south-korea",
    "japan",
    "china",
    "ukraine",
    "other",
)
GENDERS = ("m", "f")
AGENCY = "agency"
MEDIUM_KINDS = ("newspaper", "television", AGENCY, "state", "online")
# The columns' lengths, so a long name fails here with its entry named, not in PostgreSQL.
NAME_LENGTH, ROLE_LENGTH, COUNTRY_LENGTH = 200, 300, 100

_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_HOSTNAME = re.compile(r"(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}")
_WIKIDATA = re.compile(r"Q[1-9][0-9]*")
_PERMISSION = re.compile(r"[a-z_]+\.[a-z0-9_]+")


class ReferenceDataError(ValueError):
    """A data file that cannot be loaded: ``media.toml: medium "reuters": ...``."""


@dataclass(frozen=True, slots=True)
class Medium:
    """An outlet or a news agency, and the actor it is when a text cites it (if any).

    An agency (``kind = "agency"``) is what credit lines name: ``(رويترز)``, ``أ ف ب``.
    Every other kind is an outlet, recognised in a page's header, a byline or its URL; an
    agency that publishes its own site (Anadolu) is both.
    """

    slug: str
    name_ar: str
    name_en: str
    kind: str
    country: str = ""
    domains: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    also_outlet: bool = False
    actor: ActorRecord | None = None

    @property
    def is_agency(self) -> bool:
        return self.kind == AGENCY

    @property
    def is_outlet(self) -> bool:
        return self.kind != AGENCY or self.also_outlet

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(name for name in (self.name_ar, self.name_en, *self.aliases) if name)


@dataclass(frozen=True, slots=True)
class Frame:
    """A frame of the comparison and the words and phrases that evoke it."""

    slug: str
    name_ar: str
    name_en: str
    description: str
    position: int
    lexicon: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Group:
    """A group of people and its permissions, as ``app_label.codename``."""

    name: str
    permissions: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Reference:
    actors: tuple[ActorRecord, ...]  # actors.toml, in file order
    media: tuple[Medium, ...]
    frames: tuple[Frame, ...]
    groups: tuple[Group, ...]

    @property
    def registry(self) -> tuple[ActorRecord, ...]:
        """Every actor: those of actors.toml, then the media's."""
        return self.actors + tuple(medium.actor for medium in self.media if medium.actor)


def read(directory: Path = DATA_DIR) -> Reference:
    """Every data file of ``directory``, validated (uncached: tests point it at bad files)."""
    actors = tuple(_actor(fields) for fields in _entries(_read_file(directory / "actors.toml"), "actor"))
    media = tuple(_medium(fields) for fields in _entries(_read_file(directory / "media.toml"), "medium"))
    frames = tuple(_frame(fields) for fields in _entries(_read_file(directory / "frames.toml"), "frame"))
    groups = tuple(_group(fields) for fields in _entries(_read_file(directory / "groups.toml"), "group"))
    data = Reference(actors, media, frames, groups)
    _check_unique(data)
    return data


@cache
def reference() -> Reference:
    """The bundled data files, read once per process."""
    return read()


def actors() -> tuple[ActorRecord, ...]:
    """Every actor of the bundled files, as the core's Gazetteer takes them."""
    return reference().registry


def media() -> tuple[Medium, ...]:
    return reference().media


# --- Reading one entry ------------------------------------------------------------------------


class _Fields:
    """One table of a data file, read field by field with the errors naming where."""

    def __init__(self, file: str, label: str, table: object):
        if not isinstance(table, dict):
            raise ReferenceDataError(f"{file}: {label}: expected a table, found {table!r}")
        self.file, self.label, self.table = file, label, table
        self.used: set[str] = set()

    def error(self, problem: str) -> ReferenceDataError:
        return ReferenceDataError(f"{self.file}: {self.label}: {problem}")

    def text(self, name: str, *, required: bool = True, default: str = "", max_length: int = 0) -> str:
        self.used.add(name)
        value = self.table.get(name)
        if value is None:
            if required:
                raise self.error(f"missing {name}")
            return default
        if not isinstance(value, str):
            raise self.error(f"{name} must be a string, not {value!r}")
        value = value.strip()
        if required and not value:
            raise self.error(f"{name} is empty")
        if max_length and len(value) > max_length:
            raise self.error(f"{name} is longer than {max_length} characters")
        return value

    def choice(self, name: str, choices: tuple[str, ...]) -> str:
        value = self.text(name)
        if value not in choices:
            raise self.error(f"unknown {name} {value!r} (one of: {', '.join(choices)})")
        return value

    def matching(self, name: str, pattern: re.Pattern, what: str, *, required: bool = True) -> str:
        value = self.text(name, required=required)
        if value and not pattern.fullmatch(value):
            raise self.error(f"{name} {value!r} is not {what}")
        return value

    def texts(self, name: str, *, max_length: int = NAME_LENGTH) -> tuple[str, ...]:
        self.used.add(name)
        values = self.table.get(name, [])
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            raise self.error(f"{name} must be a list of strings")
        values = [v.strip() for v in values]
        if "" in values:
            raise self.error(f"{name} has an empty entry")
        too_long = next((v for v in values if len(v) > max_length), None)
        if too_long:
            raise self.error(f"{name}: {too_long!r} is longer than {max_length} characters")
        return tuple(values)

    def integer(self, name: str) -> int:
        self.used.add(name)
        value = self.table.get(name)
        if value is None:
            raise self.error(f"missing {name}")
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise self.error(f"{name} must be a whole number of zero or more, not {value!r}")
        return value

    def boolean(self, name: str) -> bool:
        self.used.add(name)
        value = self.table.get(name, False)
        if not isinstance(value, bool):
            raise self.error(f"{name} must be true or false, not {value!r}")
        return value

    def table_of(self, name: str) -> dict | None:
        self.used.add(name)
        return self.table.get(name)

    def done(self) -> None:
        unknown = sorted(set(self.table) - self.used)
        if unknown:
            raise self.error(f"unknown field {', '.join(unknown)}")


def _read_file(path: Path) -> tuple[str, dict]:
    try:
        with path.open("rb") as file:
            return path.name, tomllib.load(file)
    except FileNotFoundError:
        raise ReferenceDataError(f"{path.name}: missing (looked in {path.parent})") from None
    except tomllib.TOMLDecodeError as error:
        raise ReferenceDataError(f"{path.name}: not valid TOML: {error}") from None


def _entries(file_and_data: tuple[str, dict], name: str) -> list[_Fields]:
    file, data = file_and_data
    extra = sorted(set(data) - {name})
    if extra:
        raise ReferenceDataError(f"{file}: unknown table {', '.join(extra)} (expected [[{name}]] entries)")
    entries = data.get(name, [])
    if not isinstance(entries, list):
        raise ReferenceDataError(f"{file}: {name} must be written [[{name}]]")
    key_field = {"actor": "key", "group": "name"}.get(name, "slug")
    fields = []
    for number, table in enumerate(entries, 1):
        key = table.get(key_field) if isinstance(table, dict) else None
        label = f'{name} "{key}"' if isinstance(key, str) and key.strip() else f"{name} #{number}"
        fields.append(_Fields(file, label, table))
    return fields


def _actor(fields: _Fields, *, medium_names: tuple[str, str] | None = None) -> ActorRecord:
    """An actor of actors.toml, or a medium's: kind medium, the medium's names by default."""
    names = medium_names or ("", "")
    key = fields.matching("key", _SLUG, "a slug (lowercase letters, digits and hyphens)")
    name_ar = fields.text("name_ar", required=not names[0], default=names[0], max_length=NAME_LENGTH)
    name_en = fields.text("name_en", required=not names[1], default=names[1], max_length=NAME_LENGTH)
    record = ActorRecord(
        key=key,
        name_ar=name_ar,
        name_en=name_en,
        kind="medium" if medium_names else fields.choice("kind", ACTOR_KINDS),
        affiliation=fields.choice("affiliation", AFFILIATIONS),
        gender=fields.choice("gender", GENDERS),
        role_ar=fields.text("role", required=False, max_length=ROLE_LENGTH),
        aliases=(name_ar, *fields.texts("aliases")),
        titles=fields.texts("titles"),
        demonyms=fields.texts("demonyms"),
        wikidata=fields.matching("wikidata", _WIKIDATA, "a Wikidata id (Q159)", required=False),
        part_of=fields.matching("part_of", _SLUG, "an actor's key", required=False),
    )
    fields.done()
    _check_actor_aliases(fields, record)
    return record


def _check_actor_aliases(fields: _Fields, record: ActorRecord) -> None:
    """The database keeps one alias per normalised form: a second spelling that differs only
    in what matching ignores (أ/ا, ى/ي, ة/ه, diacritics) would be dropped, so it is an error."""
    seen: dict[str, str] = {}
    groups = (("aliases", record.aliases), ("titles", record.titles), ("demonyms", record.demonyms))
    for group, names in groups:
        for name in names:
            normalized = normalize(name)
            if normalized in seen:
                raise fields.error(
                    f"{group}: {name!r} repeats {seen[normalized]!r} "
                    "(spellings that differ only in hamza seats, ى/ي, ة/ه or diacritics are one alias)"
                )
            seen[normalized] = name


def _medium(fields: _Fields) -> Medium:
    slug = fields.matching("slug", _SLUG, "a slug (lowercase letters, digits and hyphens)")
    name_ar = fields.text("name_ar", max_length=NAME_LENGTH)
    name_en = fields.text("name_en", max_length=NAME_LENGTH)
    kind = fields.choice("kind", MEDIUM_KINDS)
    domains = tuple(domain.lower() for domain in fields.texts("domains"))
    for domain in domains:
        if not _HOSTNAME.fullmatch(domain):
            raise fields.error(f"domains: {domain!r} is not a host name (write aljazeera.net, not a URL)")
    medium = Medium(
        slug=slug,
        name_ar=name_ar,
        name_en=name_en,
        kind=kind,
        country=fields.text("country", required=False, max_length=COUNTRY_LENGTH),
        domains=domains,
        aliases=fields.texts("aliases"),
        also_outlet=fields.boolean("also_outlet"),
    )
    if medium.also_outlet and kind != AGENCY:
        raise fields.error("also_outlet is for an agency (every other kind is an outlet already)")
    repeated = next((name for i, name in enumerate(medium.names) if name in medium.names[:i]), None)
    if repeated:
        raise fields.error(f"aliases: {repeated!r} is listed twice")
    actor_table = fields.table_of("actor")
    fields.done()
    if actor_table is None:
        return medium
    actor_fields = _Fields(fields.file, f"{fields.label}, its actor", actor_table)
    return replace(medium, actor=_actor(actor_fields, medium_names=(name_ar, name_en)))


def _frame(fields: _Fields) -> Frame:
    frame = Frame(
        slug=fields.matching("slug", _SLUG, "a slug (lowercase letters, digits and hyphens)"),
        name_ar=fields.text("name_ar", max_length=NAME_LENGTH),
        name_en=fields.text("name_en", max_length=NAME_LENGTH),
        description=fields.text("description", required=False),
        position=fields.integer("position"),
        lexicon=fields.texts("lexicon"),
    )
    fields.done()
    if not frame.lexicon:
        raise fields.error("the lexicon is empty")
    seen: dict[str, str] = {}
    for phrase in frame.lexicon:
        normalized = normalize(phrase)
        if normalized in seen:
            raise fields.error(
                f"lexicon: {phrase!r} repeats {seen[normalized]!r} (one entry per normalised form)"
            )
        seen[normalized] = phrase
    return frame


def _group(fields: _Fields) -> Group:
    name = fields.text("name", max_length=150)
    permissions = fields.texts("permissions")
    for permission in permissions:
        if not _PERMISSION.fullmatch(permission):
            raise fields.error(f"permissions: {permission!r} is not app_label.codename (articles.view_draft)")
    if len(set(permissions)) != len(permissions):
        raise fields.error("permissions: one is listed twice")
    fields.done()
    return Group(name, permissions)


def _check_unique(data: Reference) -> None:
    """Keys, slugs and domains name one entry each, across the files."""
    actors = [(a.key, f'actors.toml: actor "{a.key}"') for a in data.actors]
    actors += [(m.actor.key, f'media.toml: medium "{m.slug}", its actor') for m in data.media if m.actor]
    _unique(actors, "key")
    _check_part_of(data.registry)
    _unique(((m.slug, f'media.toml: medium "{m.slug}"') for m in data.media), "slug")
    _unique(((d, f'media.toml: medium "{m.slug}"') for m in data.media for d in m.domains), "domain")
    _unique(((f.slug, f'frames.toml: frame "{f.slug}"') for f in data.frames), "slug")
    _unique(((g.name, f'groups.toml: group "{g.name}"') for g in data.groups), "name")


def _check_part_of(records: tuple[ActorRecord, ...]) -> None:
    """Each ``part_of`` names another actor, and no body is inside itself through others."""
    inside = {record.key: record.part_of for record in records if record.part_of}
    keys = {record.key for record in records}
    for key, outer in inside.items():
        if outer not in keys:
            raise ReferenceDataError(f'actor "{key}": part_of {outer!r} is no actor\'s key')
        seen = {key}
        while outer:
            if outer in seen:
                raise ReferenceDataError(f'actor "{key}": part_of leads back to {outer!r}')
            seen.add(outer)
            outer = inside.get(outer, "")


def _unique(entries: Iterable[tuple[str, str]], what: str) -> None:
    seen: set[str] = set()
    for value, where in entries:
        if value in seen:
            raise ReferenceDataError(f"{where}: {what} {value!r} is already another entry's")
        seen.add(value)
