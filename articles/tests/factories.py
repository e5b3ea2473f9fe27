"""Factories for tests: the one place that makes outlets, articles, actors, aliases, quotes,
mentions and users. Plain functions taking keyword arguments, with sensible defaults; any
field can be given.

outlet = make_outlet(name_ar="رويترز", kind="agency")
article = make_article(outlet=outlet, body="الفقرة الأولى.\\n\\nالفقرة الثانية.")
quote = make_quote(article=article, text="الفقرة الأولى")   # start/end found in the body
putin = make_actor(slug="putin", name_ar="فلاديمير بوتين", aliases=["بوتين"])
make_mention(article=article, actor=putin, count=2)
layla = make_member(username="layla", group="Editors")  # signs in with PASSWORD
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from django.conf import settings
from django.contrib.auth.models import Group, Permission, User
from django.utils.text import slugify

from articles.extraction.normalize import normalize
from articles.importing import Outcome, import_item
from articles.ingest import content_hash, find_files, load_manifest
from articles.models import Actor, Alias, Article, Mention, Outlet, Quote

_numbers = itertools.count(1)

PASSWORD = "correct horse battery"


def make_outlet(**fields) -> Outlet:
    """A new outlet, or the reference data's with that slug (``الجزيرة``) given these fields."""
    number = next(_numbers)
    fields.setdefault("name_ar", f"وسيلة إعلام {number}")
    fields.setdefault("name_en", f"Outlet {number}")
    slug = fields.pop("slug", None)
    slug = slug or slugify(fields["name_en"] or fields["name_ar"], allow_unicode=True) or f"outlet-{number}"
    fields.setdefault("kind", Outlet.Kind.ONLINE)
    return Outlet.objects.update_or_create(slug=slug, defaults=fields)[0]


def make_article(**fields) -> Article:
    """A published article with a two-paragraph body; ``content_hash`` follows the headline
    and body exactly as the importer computes it (so two articles need different text)."""
    number = next(_numbers)
    fields.setdefault("headline", f"بوتين وكيم يلتقيان في فوستوشني {number}")
    fields.setdefault(
        "body",
        f"التقى الرئيس الروسي فلاديمير بوتين الزعيم الكوري الشمالي كيم جونغ أون ({number}).\n\n"
        "وقال بوتين: «لهذا السبب جئنا إلى هنا».",
    )
    fields.setdefault("status", Article.Status.PUBLISHED)
    fields.setdefault("published_on", date(2023, 9, 13))
    fields.setdefault("date_source", Article.DateSource.MANIFEST)
    fields.setdefault("content_hash", content_hash(fields["headline"], fields["body"]))
    return Article.objects.create(**fields)


def make_actor(*, aliases: Iterable[str] = (), **fields) -> Actor:
    """An approved actor, as an editor keeps in the registry; ``aliases`` are added as name
    aliases (none by default, not even the Arabic name)."""
    number = next(_numbers)
    fields.setdefault("name_ar", f"فاعل {number}")
    fields.setdefault("name_en", f"Actor {number}")
    fields.setdefault("slug", f"actor-{number}")
    fields.setdefault("kind", Actor.Kind.PERSON)
    fields.setdefault("approved", True)
    actor = Actor.objects.create(**fields)
    for name in aliases:
        make_alias(actor=actor, name=name)
    return actor


def registry_actor(*, slug: str, aliases: Iterable[str] = (), **fields) -> Actor:
    """The actor the reference data seeds under ``slug`` (made from ``fields`` when it is not
    there), named at least by its Arabic name and by ``aliases``."""
    actor = Actor.objects.filter(slug=slug).first() or make_actor(slug=slug, **fields)
    known = set(actor.aliases.values_list("normalized", flat=True))
    for name in (fields.get("name_ar", actor.name_ar), *aliases):
        if normalize(name) not in known:
            known.add(make_alias(actor=actor, name=name).normalized)
    return actor


def make_alias(**fields) -> Alias:
    fields.setdefault("kind", Alias.Kind.NAME)
    return Alias.objects.create(**fields)


def make_quote(**fields) -> Quote:
    """A statement quote; without ``start`` the text is found in the article's body (a new
    article is made when none is given), and a text the body does not hold is an error."""
    article = fields.pop("article", None) or make_article()
    fields.setdefault("text", "لهذا السبب جئنا إلى هنا")
    fields.setdefault("kind", Quote.Kind.STATEMENT)
    if "start" not in fields:
        fields["start"] = article.body.index(fields["text"])
    fields.setdefault("end", fields["start"] + len(fields["text"]))
    return Quote.objects.create(article=article, **fields)


def make_mention(**fields) -> Mention:
    fields.setdefault("count", 1)
    return Mention.objects.create(**fields)


def make_user(*, groups: Iterable[str] = (), permissions: Iterable[str] = (), **fields) -> User:
    """A user who signs in with ``PASSWORD``, in the named groups (those the reference data
    seeds: Editors, Newsroom) and with the named permission codenames."""
    fields.setdefault("username", f"user{next(_numbers)}")
    user = User.objects.create_user(password=fields.pop("password", PASSWORD), **fields)
    user.groups.set([Group.objects.get(name=name) for name in groups])
    user.user_permissions.set([Permission.objects.get(codename=codename) for codename in permissions])
    return user


def make_member(*, group: str | None = None, **fields) -> User:
    """A staff member of one group, or of none."""
    fields.setdefault("is_staff", True)
    return make_user(groups=[group] if group else [], **fields)


SEEDS = Path(__file__).resolve().parents[2] / "corpus" / "seeds"


def import_paths(*paths, status: str = Article.Status.PUBLISHED, manifest=None, **options) -> list[Outcome]:
    """Files and folders through the importer's own storing function (as the admin and the
    command do), every outcome returned."""
    options.setdefault("max_bytes", settings.IMPORT_MAX_BYTES)
    loaded = load_manifest(manifest) if manifest else None
    return [
        outcome
        for item in find_files(paths)
        for outcome in import_item(item, status=status, manifest=loaded, **options)
    ]


def import_seed_corpus(status: str = Article.Status.PUBLISHED) -> dict[str, Article]:
    """The five seed articles imported and extracted, keyed by their number (``"000"`` …)."""
    import_paths(SEEDS, manifest=SEEDS / "manifest.json")
    if status != Article.Status.PUBLISHED:
        Article.objects.update(status=status)
    return {Path(a.source_name).name[:3]: a for a in Article.objects.all()}
