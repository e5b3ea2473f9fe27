"""Links to the page the reader is on, in each of the archive's languages."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language_info

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context) -> list[dict]:
    """One entry per language: its code, its own name and this page's URL in it.

    The public pages carry their language in the URL (`/…` Arabic, `/en/…` English), so
    switching is a plain link: no form, no CSRF token, and every page stays cacheable.
    """
    request = context["request"]
    return [
        {
            "code": code,
            "name": get_language_info(code)["name_local"],
            "url": translate_url(request.get_full_path(), code),
        }
        for code, _name in settings.LANGUAGES
    ]
