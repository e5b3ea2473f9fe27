"""Known Arabic news outlets and news agencies, and how to recognise their names.

The outlets and agencies are data: ``articles/reference/media.toml``, read by
:mod:`articles.reference`.  A name is compared through :func:`name_key`, so
``القاهرة الإخبارية``, ``القاهرة الاخبارية`` and ``Alqahera News`` reach one entry;
abbreviations such as ``أ ف ب``, ``أ.ف.ب`` and ``(ا ف ب)`` reach AFP the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from articles import reference
from articles.extraction.normalize import normalize
from articles.ingest.urls import normalize_domain, registrable_domain
from articles.reference import AGENCY, Medium


@dataclass(frozen=True)
class Source:
    """An outlet or a news agency as a record names it.

    ``to_confirm`` marks an outlet the importer made up from a site it does not know (named
    after its domain): an editor gives it its names, country and kind.
    """

    name: str
    name_en: str = ""
    domain: str = ""
    kind: str = ""
    country: str = ""
    to_confirm: bool = False


_NOT_NAME_CHAR = re.compile(r"[\W_]+")


def name_key(name: str) -> str:
    """Compact comparison form of a name: Arabic-normalised, case-folded, without spaces,
    dots or hyphens: ``"القاهرة الإخبارية"`` and ``"القاهرة الاخبارية"`` → ``القاهرهالاخباريه``,
    ``"(أ.ف.ب)"`` → ``افب``; a leading English ``the`` is dropped."""
    key = normalize(name).casefold()
    key = re.sub(r"^\s*the\s+", "", key)
    return _NOT_NAME_CHAR.sub("", key)


def _keys(medium: Medium) -> set[str]:
    return {name_key(name) for name in medium.names} - {""}


def _source(medium: Medium) -> Source:
    domain = medium.domains[0] if medium.domains else ""
    return Source(medium.name_ar, medium.name_en, domain, medium.kind, medium.country)


def _index(entries: tuple[Medium, ...]) -> dict[str, Medium]:
    index: dict[str, Medium] = {}
    for entry in entries:
        for key in _keys(entry):
            index.setdefault(key, entry)
    return index


OUTLETS = tuple(medium for medium in reference.media() if medium.is_outlet)
AGENCIES = tuple(medium for medium in reference.media() if medium.is_agency)
_OUTLETS_BY_KEY = _index(OUTLETS)
_AGENCIES_BY_KEY = _index(AGENCIES)
# Every medium by the site its domains belong to: a page on ar.yna.co.kr is Yonhap's own,
# one on rt.com is RT's, whichever section or language subdomain the table lists.
_BY_SITE: dict[str, Medium] = {}
for _medium in reference.media():
    for _domain in _medium.domains:
        _BY_SITE.setdefault(registrable_domain(_domain), _medium)


def _by_domain(domain: str, entries: tuple[Medium, ...]) -> Medium | None:
    domain = normalize_domain(domain)
    if not domain:
        return None
    for entry in entries:
        for known in entry.domains:
            if domain == known or domain.endswith("." + known):
                return entry
    return None


def known_outlet(name: str = "", domain: str = "") -> Source | None:
    """A known outlet by any of its names, or the medium whose site a domain or URL is on
    (its subdomains and other sections too), else None."""
    entry = _OUTLETS_BY_KEY.get(name_key(name)) if name else None
    if entry is None and domain:
        entry = _by_domain(domain, OUTLETS) or _BY_SITE.get(registrable_domain(domain))
    return _source(entry) if entry else None


def outlet_of_url(url: str, named: Source | None = None) -> Source | None:
    """The outlet whose page ``url`` is: a known medium of that site, else one named after
    the site's registrable domain and marked for an editor to confirm.  ``named`` is what
    the page's own header or copyright line calls the site; it names the new outlet when
    the table knows neither."""
    known = known_outlet(domain=url)
    if known is not None:
        return known
    site = registrable_domain(url)
    if not site:
        return None
    if named is not None and not known_outlet(named.name) and not known_agency(named.name):
        return Source(named.name, named.name_en, site, to_confirm=True)
    return Source(site, "", site, to_confirm=True)


def known_agency(name: str = "", domain: str = "") -> Source | None:
    """A known news agency by any of its names, abbreviations or domain, else None.

    >>> known_agency("(أ.ف.ب)").name_en
    'Agence France-Presse'
    """
    entry = _AGENCIES_BY_KEY.get(name_key(name)) if name else None
    entry = entry or _by_domain(domain, AGENCIES)
    return _source(entry) if entry else None


def resolve(name: str = "", name_en: str = "", domain: str = "", *, agency: bool = False) -> Source | None:
    """The fullest Source for what a caller knows: a known entry's names, domain, kind and
    country filled in around the given ones (given values win), or the given values alone."""
    lookup = known_agency if agency else known_outlet
    known = lookup(name, domain) or lookup(name_en, "")
    if known is None and agency is False:
        known = known_agency(name, "") or known_agency(name_en, "")
    if not (name or name_en or domain):
        return None
    if known is None:
        return Source(
            name or name_en or normalize_domain(domain),
            name_en,
            normalize_domain(domain),
            AGENCY if agency else "",
            "",
        )
    return Source(
        name or known.name,
        name_en or known.name_en,
        normalize_domain(domain) or known.domain,
        known.kind,
        known.country,
    )


def agency_aliases() -> list[str]:
    """Every agency name and alias, longest first (for building credit patterns)."""
    names = {name for entry in AGENCIES for name in entry.names}
    return sorted(names, key=len, reverse=True)


def outlet_aliases() -> list[str]:
    names = {name for entry in OUTLETS for name in entry.names}
    return sorted(names, key=len, reverse=True)


def name_keys(source: Source) -> set[str]:
    """Every key a source answers to: its own names and, for a known outlet or agency,
    all the spellings of the table (so ``القاهرة الاخبارية`` finds ``Alqahera News``)."""
    keys = {name_key(source.name), name_key(source.name_en)}
    for index in (_OUTLETS_BY_KEY, _AGENCIES_BY_KEY):
        for key in list(keys):
            if key in index:
                keys |= _keys(index[key])
    return keys - {""}
