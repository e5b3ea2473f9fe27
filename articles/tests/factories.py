"""Factories for tests: plain functions, sensible defaults, any field overridable.

outlet = make_outlet(name_ar="رويترز", kind="agency")
article = make_article(outlet=outlet, body="الفقرة الأولى.\\n\\nالفقرة الثانية.")
quote = make_quote(article=article, text="الفقرة الأولى")   # start/end found in the body
"""

from __future__ import annotations

import itertools
from datetime import date
from pathlib import Path

from django.conf import settings
from django.utils.text import slugify

from articles.importing import Outcome, import_item
from articles.ingest import content_hash, find_files, load_manifest
from articles.models import Actor, Article, Outlet, Quote

_numbers = itertools.count(1)


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
    """A published article with a two-paragraph body; ``content_hash`` follows the text
    exactly as the importer computes it, unless given."""
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


def make_actor(**fields) -> Actor:
    number = next(_numbers)
    fields.setdefault("name_ar", f"فاعل {number}")
    fields.setdefault("name_en", f"Actor {number}")
    fields.setdefault("slug", f"actor-{number}")
    fields.setdefault("kind", Actor.Kind.PERSON)
    return Actor.objects.create(**fields)


def make_quote(**fields) -> Quote:
    """A statement quote; without ``start``/``end`` the text is found in the article's
    body (a new article is made when none is given)."""
    article = fields.pop("article", None) or make_article()
    fields.setdefault("text", "لهذا السبب جئنا إلى هنا")
    fields.setdefault("kind", Quote.Kind.STATEMENT)
    if "start" not in fields:
        fields["start"] = max(article.body.find(fields["text"]), 0)
    fields.setdefault("end", fields["start"] + len(fields["text"]))
    return Quote.objects.create(article=article, **fields)


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
