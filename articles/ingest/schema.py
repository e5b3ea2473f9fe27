"""What a JSON line may hold, checked before anything reads it.

A line is an article (``text`` or ``body`` and optional metadata) or an ``export_archive``
line (the same, with ``quotes`` and ``mentions`` as they were stored).  Every value is
checked against its type and the length its column holds, so a bad line is refused with a
reason naming the field (``mentions[0]: expected an object, not a string``), never stored
cut short, and never raises inside the importer.  Keys the importer does not read are
ignored.

The shapes are fixed and shallow, so checking them never recurses deeper than they go,
whatever the line nests.
"""

from __future__ import annotations

from dataclasses import dataclass


class SchemaError(ValueError):
    """A value that is not what its field holds; the message names the field."""


@dataclass(frozen=True)
class Field:
    """A field's accepted types (``str``, ``int``, ``float``, ``bool``, ``dict`` or ``list``;
    ``int`` is also a ``float``), whether null is accepted, the most characters a string may
    hold, the shape of an object (``fields``) or of a list's items (``items``), and the
    values a string may take."""

    types: tuple[type, ...]
    nullable: bool = True
    max_length: int | None = None
    fields: dict[str, Field] | None = None
    items: Field | None = None
    choices: tuple[str, ...] = ()


def text(max_length: int | None = None, *, nullable: bool = True, choices: tuple[str, ...] = ()) -> Field:
    return Field((str,), nullable, max_length, choices=choices)


INTEGER = Field((int,))
NUMBER = Field((int, float))
BOOLEAN = Field((bool,))

SOURCE = {
    "slug": text(200), "ar": text(200), "en": text(200), "name": text(200), "name_ar": text(200),
    "name_en": text(200), "domain": text(200), "kind": text(20), "country": text(100),
}  # fmt: skip
# An outlet or a wire: a name, or an object with its names (export_archive writes ar/en).
SOURCE_FIELD = Field((str, dict), max_length=200, fields=SOURCE)
ACTOR = Field(
    (dict,),
    fields={
        "slug": text(200, nullable=False), "name_ar": text(200), "name_en": text(200),
        "kind": text(20), "affiliation": text(20), "approved": BOOLEAN,
    },
)  # fmt: skip
QUOTE = Field(
    (dict,),
    nullable=False,
    fields={
        "start": Field((int,), nullable=False), "end": Field((int,), nullable=False),
        "text": text(nullable=False), "kind": text(choices=("statement", "term")),
        "speaker": ACTOR, "relayed_by": ACTOR, "cited_medium": ACTOR,
        "speaker_text": text(300), "speaker_description": text(300), "cue": text(100),
        "confidence": NUMBER, "verified": BOOLEAN,
    },
)  # fmt: skip
MENTION = Field((dict,), nullable=False, fields={"actor": ACTOR, "count": INTEGER})
LINE = {
    "text": text(), "body": text(), "url": text(1000), "headline": text(500), "title": text(500),
    "byline": text(300), "author": text(300), "dateline": text(100), "status": text(),
    "date": text(40), "published_on": text(40), "date_source": text(20), "source_name": text(500),
    "outlet": SOURCE_FIELD, "wire": SOURCE_FIELD,
    "quotes": Field((list,), items=QUOTE), "mentions": Field((list,), items=MENTION),
}  # fmt: skip

_NAMES = {str: "a string", int: "an integer", float: "a number", bool: "true or false", dict: "an object",
          list: "a list", type(None): "null"}  # fmt: skip


def check_line(data: object) -> None:
    """Raise SchemaError naming the first field of ``data`` that is not what it should be."""
    if not isinstance(data, dict):
        raise SchemaError(f"a JSON object was expected, not {_what(data)}")
    _check_fields(data, LINE, "")


def _check_fields(data: dict, fields: dict[str, Field], where: str) -> None:
    for name, field in fields.items():
        path = f"{where}.{name}" if where else name
        if name in data:
            _check(data[name], field, path)
        elif field.nullable is False:
            raise SchemaError(f"{path}: required")


def _check(value: object, field: Field, path: str) -> None:
    if value is None:
        if field.nullable:
            return
        raise SchemaError(f"{path}: required, not null")
    if not _is_a(value, field.types):
        named = [t for t in field.types if not (t is int and float in field.types)]
        expected = " or ".join(_NAMES[t] for t in named)
        raise SchemaError(f"{path}: expected {expected}, not {_what(value)}")
    if isinstance(value, str):
        if field.max_length is not None and len(value) > field.max_length:
            raise SchemaError(f"{path}: longer than {field.max_length} characters ({len(value)})")
        if field.choices and value not in field.choices:
            raise SchemaError(f"{path}: {value[:40]!r} is not one of {', '.join(field.choices)}")
    elif isinstance(value, dict) and field.fields is not None:
        _check_fields(value, field.fields, path)
    elif isinstance(value, list) and field.items is not None:
        for index, item in enumerate(value):
            _check(item, field.items, f"{path}[{index}]")


def _is_a(value: object, types: tuple[type, ...]) -> bool:
    if isinstance(value, bool):  # JSON true is not the number 1
        return bool in types
    if isinstance(value, int) and float in types:
        return True
    return isinstance(value, types)


def _what(value: object) -> str:
    return _NAMES.get(type(value), type(value).__name__)
