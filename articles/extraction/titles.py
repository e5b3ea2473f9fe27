"""Registered titles written with their country otherwise, so that the gazetteer finds them
as copy varies them: by another of the country's names (``وزيرة خارجية كوريا الديمقراطية``
for ``وزيرة خارجية كوريا الشمالية``) or by its name where the registry has its adjective
(``وزير خارجية روسيا`` for ``وزير الخارجية الروسي``).  Token tuples in, token tuples out; the
gazetteer (`actors.Gazetteer`) adds their spelling variants and inserts them as titles."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from articles.extraction.normalize import tokens

if TYPE_CHECKING:
    from articles.extraction.actors import ActorRecord

Words = tuple[str, ...]


def with_country_otherwise(title: Words, names: tuple, adjectives: tuple) -> list[Words]:
    """The title's variants, sorted: `in_construct` and `by_other_country_names`, from the
    groups `country_names` and `country_adjectives` give (the latter as sorted items)."""
    return sorted(in_construct(title, dict(adjectives)) | by_other_country_names(title, list(names)))


def country_names(actors: Iterable[ActorRecord]) -> list[tuple[Words, ...]]:
    """Each country's names that may stand for one another in a title: its name and the
    aliases that repeat a word of it (``كوريا الشمالية``, ``كوريا الديمقراطية``, ``جمهورية
    كوريا الديمقراطية الشعبية``; ``روسيا``, ``روسيا الاتحادية``). Its capital (``بيونغ
    يانغ``, ``موسكو``) does not: ``رئيس موسكو`` is no president of Russia."""
    groups = []
    for actor in actors:
        if actor.kind != "country":
            continue
        name = tuple(tokens(actor.name_ar))
        forms = {name} | {alias for alias in map(tuple, map(tokens, actor.aliases)) if set(alias) & set(name)}
        if len(forms) > 1:
            groups.append(tuple(sorted(forms)))
    return groups


def country_adjectives(actors: Iterable[ActorRecord]) -> dict[Words, tuple[Words, ...]]:
    """Each country's singular adjectives with the article (``الروسي``, ``الكورية الشمالية``),
    to the names `country_names` gives it (``روسيا``, ``روسيا الاتحادية``)."""
    names = {forms[0]: forms for forms in country_names(actors)}
    adjectives = {}
    for actor in actors:
        if actor.kind != "country":
            continue
        name = tuple(tokens(actor.name_ar))
        forms = next((group for group in names.values() if name in group), (name,))
        for demonym in actor.demonyms:
            words = tuple(tokens(demonym))
            if words[0].startswith("ال") and all(word.endswith(("ي", "يه")) for word in words):
                adjectives[words] = forms
    return adjectives


def in_construct(title: Words, adjectives: dict[Words, tuple[Words, ...]]) -> set[Words]:
    """A title with its country's adjective written with the country's name instead, the nouns
    the adjective qualified losing their article: ``وزير الخارجية الروسي`` → ``وزير خارجية
    روسيا`` (``وقال وزير خارجية روسيا إن`` → Lavrov), ``رئيس الوزراء الياباني`` → ``رئيس وزراء
    اليابان``, ``المتحدث باسم وزارة الخارجية الأمريكية`` → ``… وزارة خارجية الولايات المتحدة``."""
    variants = set()
    for adjective, forms in adjectives.items():
        size = len(adjective)
        for start in range(1, len(title) - size + 1):
            if title[start : start + size] != adjective:
                continue
            first = start
            while first > 0 and title[first - 1].startswith("ال") and len(title[first - 1]) > 3:
                first -= 1
            if first == start:
                continue
            nouns = tuple(word[2:] for word in title[first:start])
            for name in forms:
                variants.add(title[:first] + nouns + name + title[start + size :])
    return variants


def by_other_country_names(title: Words, groups: list[tuple[Words, ...]]) -> set[Words]:
    """The title with each country name in it written as the country's other names."""
    variants = set()
    for forms in groups:
        for form in forms:
            size = len(form)
            for start in range(len(title) - size + 1):
                if title[start : start + size] != form:
                    continue
                for other in forms:
                    if other != form:
                        variants.add(title[:start] + other + title[start + size :])
    return variants
