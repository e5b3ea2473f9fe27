"""Time the archive pages on a scratch database filled with generated articles.

    python manage.py bench_pages --articles 10000 [--runs 30] [--path /compare/] [--keep]

The scratch database (`<name>_bench`, on the same server) is created, migrated and filled
from the seed paragraphs in corpus/seeds; the real archive is never touched. It is dropped
afterwards unless --keep (then a later run with --keep reuses it as it is).
"""

from __future__ import annotations

import hashlib
import json
import random
import statistics
import time
from datetime import date, timedelta
from pathlib import Path

import psycopg
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connections
from django.test import Client
from django.test.utils import override_settings
from django.utils.text import slugify

from articles.models import PARAGRAPH_BREAK, Actor, Article, Mention, Outlet, Quote
from articles.search import index_text
from articles.sentences import store_sentences_bulk
from articles.statement_groups import group_everything

SEEDS = Path(settings.BASE_DIR) / "corpus" / "seeds"

# Pages to time; another area adds its own with --path (e.g. /compare/?outlet=...).
PAGES = [
    ("home", "/"),
    ("list", "/articles/"),
    ("list, filtered", "/articles/?outlet=outlet-3&actor=vladimir-putin&has_quotes=yes&page=2"),
    ("search", "/articles/?q=بوتين"),
    ("search, alias + filter", "/articles/?q=شويجو&date_after=2023-09-10"),
    ("article", "ARTICLE"),
    ("actor", "/actors/vladimir-putin/"),
    ("actors", "/actors/"),
    ("outlet", "/outlets/reuters/"),
    ("quotes", "/quotes/?speaker=kim-jong-un"),
]


class Command(BaseCommand):
    help = "Fill a scratch database with generated articles and time the archive pages."

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, default=10_000)
        parser.add_argument("--runs", type=int, default=30)
        parser.add_argument("--path", action="append", default=[], help="another path to time")
        parser.add_argument("--keep", action="store_true", help="keep (and reuse) the scratch database")

    def handle(self, *args, articles, runs, path, keep, **options):
        connection = connections["default"]
        real_name = connection.settings_dict["NAME"]
        bench_name = f"{real_name}_bench"
        created = self._create_database(bench_name, keep)
        connection.close()
        connection.settings_dict["NAME"] = bench_name
        try:
            if created or not Article.objects.exists():
                call_command("migrate", verbosity=0, interactive=False)
                call_command("load_reference_data", verbosity=0)  # the registry the pages name
                started = time.perf_counter()
                self._fill(articles)
                self.stdout.write(f"filled {bench_name} in {time.perf_counter() - started:.1f}s")
                started = time.perf_counter()
                groups = group_everything()
                self.stdout.write(f"{groups} statement groups in {time.perf_counter() - started:.1f}s")
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
            self._time_pages(runs, [*PAGES, *((p, p) for p in path)])
        finally:
            connection.close()
            connection.settings_dict["NAME"] = real_name
            if not keep:
                self._drop_database(bench_name)

    # --- the scratch database ---------------------------------------------------------------

    def _admin_connection(self):
        params = connections["default"].get_connection_params()
        params["dbname"] = "postgres"
        return psycopg.connect(**params, autocommit=True)

    def _create_database(self, name: str, keep: bool) -> bool:
        with self._admin_connection() as admin:
            exists = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
            if exists and keep:
                return False
            if exists:
                admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
            admin.execute(f'CREATE DATABASE "{name}"')
        return True

    def _drop_database(self, name: str) -> None:
        with self._admin_connection() as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    # --- generated archive ------------------------------------------------------------------

    def _fill(self, count: int) -> None:
        rng = random.Random(2023)
        paragraphs, quotes_by_paragraph = self._seed_paragraphs()
        speakers = {a.name_en: a for a in Actor.objects.exclude(name_en="")}
        mentionable = list(Actor.objects.filter(kind__in=["person", "organisation"])[:40])
        outlets = [
            Outlet.objects.get_or_create(
                slug=f"outlet-{i}", defaults={"name_ar": f"صحيفة رقم {i}", "kind": "newspaper"}
            )[0]
            for i in range(12)
        ]
        agencies = [
            Outlet.objects.get_or_create(slug=slug, defaults={"name_ar": name, "kind": "agency"})[0]
            for slug, name in [
                ("reuters", "رويترز"),
                ("afp", "وكالة فرانس برس"),
                ("associated-press", "أسوشيتد برس"),
            ]
        ]
        batch, pending = [], []
        for i in range(count):
            chosen = rng.sample(range(len(paragraphs)), k=rng.randint(4, 9))
            body = PARAGRAPH_BREAK.join(paragraphs[p] for p in chosen)
            wire_only = rng.random() < 0.3
            article = Article(
                outlet=None if wire_only else rng.choice(outlets),
                wire=rng.choice(agencies) if wire_only or rng.random() < 0.3 else None,
                headline=f"{paragraphs[chosen[0]][:80]} ({i})",
                body=body,
                published_on=date(2023, 9, 1) + timedelta(days=rng.randint(0, 29)),
                date_source="text",
                status="draft" if rng.random() < 0.1 else "published",
                content_hash=hashlib.sha256(f"bench-{i}".encode()).hexdigest(),
                search_text=index_text(body),
            )
            article.slug = slugify(article.headline, allow_unicode=True)[:200]
            batch.append(article)
            pending.append(chosen)
            if len(batch) == 1000 or i == count - 1:
                Article.objects.bulk_create(batch)
                self._add_quotes_and_mentions(
                    batch, pending, paragraphs, quotes_by_paragraph, speakers, mentionable, rng
                )
                store_sentences_bulk(batch)  # /compare/: sentences, frame matches, word counts
                batch, pending = [], []

    def _add_quotes_and_mentions(
        self, articles, chosen_lists, paragraphs, quotes_by_paragraph, speakers, mentionable, rng
    ):
        quotes, mentions = [], []
        for article, chosen in zip(articles, chosen_lists, strict=True):
            offset = 0
            for p in chosen:
                for text, kind, speaker in quotes_by_paragraph[p]:
                    start = offset + paragraphs[p].index(text)
                    quotes.append(
                        Quote(
                            article=article,
                            text=text,
                            start=start,
                            end=start + len(text),
                            kind=kind,
                            speaker=speakers.get(speaker),
                            normalized_text=text,
                            confidence=0.9,
                        )
                    )
                offset += len(paragraphs[p]) + len(PARAGRAPH_BREAK)
            for actor in rng.sample(mentionable, k=min(len(mentionable), rng.randint(2, 6))):
                mentions.append(Mention(article=article, actor=actor, count=rng.randint(1, 5)))
        Quote.objects.bulk_create(quotes)
        Mention.objects.bulk_create(mentions)

    def _seed_paragraphs(self):
        gold = json.loads((SEEDS / "gold_quotes.json").read_text(encoding="utf-8"))
        paragraphs, quotes = [], []
        for path in sorted(SEEDS.glob("*.txt")):
            for line in path.read_text(encoding="utf-8").splitlines():
                if len(line.strip()) < 40:
                    continue
                paragraphs.append(line.strip())
                quotes.append(
                    [
                        (q["text"], q["kind"], q["speaker"])
                        for q in gold.get(path.name, [])
                        if q["text"] and q["text"] in line.strip()
                    ]
                )
        return paragraphs, quotes

    # --- timing -----------------------------------------------------------------------------

    def _time_pages(self, runs: int, pages) -> None:
        article = Article.objects.published().order_by("pk")[Article.objects.count() // 2]
        client = Client()
        total = Article.objects.count()
        self.stdout.write(
            f"{total} articles, {Quote.objects.count()} quotes, {Mention.objects.count()} mentions"
        )
        self.stdout.write(f"{'page':<26}{'median ms':>10}{'p95 ms':>9}  path")
        memory_cache = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
        # Pages are timed as built: the public page cache keeps nothing (PUBLIC_CACHE_SECONDS=0),
        # while what views keep per archive version (the home page's totals) is kept, as in
        # production; static URLs without the collectstatic manifest, which a scratch run has
        # no reason to build.
        storages = {
            **settings.STORAGES,
            "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
        }
        with override_settings(
            ALLOWED_HOSTS=["testserver"],
            SECURE_SSL_REDIRECT=False,
            CACHES=memory_cache,
            PUBLIC_CACHE_SECONDS=0,
            STORAGES=storages,
        ):
            for name, path in pages:
                path = article.get_absolute_url() if path == "ARTICLE" else path
                client.get(path)  # warm up
                timings = []
                for _ in range(runs):
                    started = time.perf_counter()
                    response = client.get(path)
                    timings.append((time.perf_counter() - started) * 1000)
                    if response.status_code != 200:
                        raise SystemExit(f"{path}: HTTP {response.status_code}")
                timings.sort()
                p95 = timings[min(len(timings) - 1, round(0.95 * (len(timings) - 1)))]
                self.stdout.write(f"{name:<26}{statistics.median(timings):>10.1f}{p95:>9.1f}  {path[:60]}")
