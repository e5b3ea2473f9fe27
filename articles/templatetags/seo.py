"""Metadata for search engines and link previews: canonical URL and JSON-LD."""

from __future__ import annotations

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import _json_script_escapes, format_html
from django.utils.safestring import SafeString, mark_safe

from articles.models import Article, Outlet

register = template.Library()


@register.simple_tag(takes_context=True)
def absolute_url(context, path: str) -> str:
    return context["request"].build_absolute_uri(path)


def organisation(outlet: Outlet) -> dict:
    found = {"@type": "NewsMediaOrganization", "name": outlet.name_ar}
    if outlet.name_en:
        found["alternateName"] = outlet.name_en
    if outlet.domain:
        found["url"] = f"https://{outlet.domain}/"
    return found


def news_article(article: Article, url: str) -> dict:
    """schema.org NewsArticle: the archive's copy, based on the outlet's original."""
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title,
        "inLanguage": "ar",
        "url": url,
        "mainEntityOfPage": url,
        "dateModified": article.updated_at,
    }
    if article.published_on:
        data["datePublished"] = article.published_on
    publisher = article.outlet or article.wire
    if publisher:
        data["publisher"] = organisation(publisher)
    if article.wire and article.wire != publisher:
        data["sourceOrganization"] = organisation(article.wire)
    if article.byline:
        data["author"] = {"@type": "Person", "name": article.byline}
    if article.dateline:
        data["contentLocation"] = {"@type": "Place", "name": article.dateline}
    if article.url:
        data["isBasedOn"] = article.url
    return data


@register.simple_tag(takes_context=True)
def article_jsonld(context, article: Article) -> SafeString:
    """The JSON-LD data block, escaped as json_script does: `</script>` in a headline stays text.

    A `type="application/ld+json"` block is data, never executed, so CSP's script-src
    does not apply to it.
    """
    url = context["request"].build_absolute_uri(article.get_absolute_url())
    payload = json.dumps(news_article(article, url), cls=DjangoJSONEncoder, ensure_ascii=False)
    return format_html(
        '<script type="application/ld+json">{}</script>', mark_safe(payload.translate(_json_script_escapes))
    )
