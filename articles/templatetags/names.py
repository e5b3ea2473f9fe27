"""Names of actors, outlets and frames in the page's language.

Arabic pages show the Arabic names; English pages the English ones where the registry has
them, the Arabic kept in a `title` (or as a secondary line in lists and headings). Anything
with `name_ar` and `name_en` works: a model, or a row of the comparison's data.
"""

from __future__ import annotations

from collections.abc import Mapping

from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from articles.models import localized_name

register = template.Library()


def names_of(item, name_en: str | None = None) -> tuple[str, str]:
    """`(name_ar, name_en)` of an item, or of an Arabic name given with its English one."""
    if name_en is not None or isinstance(item, str):
        return item or "", name_en or ""
    if isinstance(item, Mapping):
        return item.get("name_ar") or "", item.get("name_en") or ""
    return getattr(item, "name_ar", "") or "", getattr(item, "name_en", "") or ""


def _english_page() -> bool:
    return (get_language() or "").startswith("en")


@register.filter
def name_text(item, name_en: str | None = None) -> str:
    """The name as plain text, for attributes, `<option>` and `<title>`."""
    return localized_name(*names_of(item, name_en))


@register.simple_tag
def name(item, name_en: str | None = None) -> SafeString:
    """The name as HTML: on an English page `<span title="فلاديمير بوتين">Vladimir Putin</span>`,
    or the Arabic name marked as Arabic where there is no English one.
    `{% name actor %}`, or `{% name row.name_ar row.name_en %}` for a row with other keys."""
    name_ar, name_en = names_of(item, name_en)
    if not _english_page():
        return format_html("{}", name_ar)
    if not name_en:
        return format_html('<bdi lang="ar">{}</bdi>', name_ar)
    return format_html('<span title="{}">{}</span>', name_ar, name_en)


@register.simple_tag
def other_name(item, name_en: str | None = None) -> SafeString:
    """The name in the page's other language, as a small second name after the first
    (lists and headings), or nothing where the registry has only the Arabic."""
    name_ar, name_en = names_of(item, name_en)
    if not name_en:
        return mark_safe("")
    if _english_page():
        return format_html(' <bdi lang="ar" class="count">{}</bdi>', name_ar)
    return format_html(' <bdi lang="en" class="count">{}</bdi>', name_en)
