"""Rows for the admin, permission, public and security tests.

Plain functions with explicit values (not random): tests compare exact strings.
Move into factories.py once the importer's factories cover the same needs.
"""

from __future__ import annotations

import datetime
import hashlib

from django.contrib.auth.models import Group, User

from articles.models import Actor, Alias, Article, Mention, Outlet, Quote
from articles.tests.factories import make_quote


def outlet(slug: str = "al-ahram", name_ar: str = "الأهرام", **fields) -> Outlet:
    """The outlet with these values (the reference data's, when it has the slug, changed)."""
    defaults = {
        "name_en": slug.replace("-", " ").title(),
        "kind": Outlet.Kind.NEWSPAPER,
        "country": "مصر",
        "domain": f"{slug}.example",
    }
    fields = {"name_ar": name_ar, **defaults, **fields}
    return Outlet.objects.update_or_create(slug=slug, defaults=fields)[0]


def actor(slug: str = "putin", name_ar: str = "فلاديمير بوتين", **fields) -> Actor:
    defaults = {
        "name_en": slug.title(),
        "kind": Actor.Kind.PERSON,
        "affiliation": Actor.Affiliation.RUSSIA,
        "approved": True,
    }
    return Actor.objects.create(slug=slug, name_ar=name_ar, **{**defaults, **fields})


def article(headline: str = "بوتين يستقبل كيم في فوستوتشني", body: str | None = None, **fields) -> Article:
    body = body if body is not None else "قال بوتين إن «المحادثات كانت مثمرة» في ختام القمة."
    defaults = {
        "status": Article.Status.PUBLISHED,
        "published_on": datetime.date(2023, 9, 13),
        "date_source": Article.DateSource.TEXT,
        "content_hash": hashlib.sha256((headline + body).encode()).hexdigest(),
    }
    return Article.objects.create(headline=headline, body=body, **{**defaults, **fields})


def quote(article: Article, text: str, speaker: Actor | None = None, **fields) -> Quote:
    defaults = {"start": article.body.index(text), "confidence": 0.5, "speaker_text": ""}
    return make_quote(article=article, text=text, speaker=speaker, **{**defaults, **fields})


def mention(article: Article, actor: Actor, count: int = 1) -> Mention:
    return Mention.objects.create(article=article, actor=actor, count=count)


def alias(actor: Actor, name: str) -> Alias:
    return Alias.objects.create(actor=actor, name=name)


def member(username: str, group: str | None, *, is_staff: bool = True) -> User:
    user = User.objects.create_user(username, password="correct horse battery", is_staff=is_staff)
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user
