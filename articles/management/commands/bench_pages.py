"""Time the archive pages on a scratch database filled with generated articles.

    python manage.py bench_pages --articles 10000 [--runs 30] [--keep] [--json 10k.json]
    python manage.py bench_pages --articles 100000 --keep --baseline 10k.json --markdown

The scratch database (`<name>_bench_<articles>`, on the same server) is created, migrated and
filled from the seed paragraphs in corpus/seeds; the real archive is never touched. It is
dropped afterwards unless --keep (then a later run with --keep reuses it, migrated).  The
COPY of quotes, sentences and frame matches fires the summary triggers (migration 0009), so
the filled archive has its `/compare/` summary rows like an imported one; a database kept
from before them got them from the migration.

Each page is timed alone, one request after another, with the public page cache off: the
median and 95th percentile of --runs requests.  `/compare/` is timed three times: after an
edit (the archive's version moves before every request, so nothing kept under it is read;
the unfiltered facets, kept under the facet stamp, are read), after an edit to a count (the
facet stamp moves too, as publishing or a new mention moves it) and warm.
With --baseline (the --json of a smaller run), each page's growth is printed and the
targets of issue 14 are checked.
"""

from __future__ import annotations

import hashlib
import json
import random
import statistics
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import psycopg
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connection, connections
from django.test import Client
from django.test.utils import override_settings
from django.utils import timezone
from django.utils.text import slugify

from articles import caching
from articles.extraction.normalize import index_terms, normalize
from articles.extraction.sentences import split_sentences
from articles.models import PARAGRAPH_BREAK, Actor, Article, Mention, Outlet, Quote, Sentence
from articles.sentences import frame_lexicons
from articles.statement_groups import group_everything, units

SEEDS = Path(settings.BASE_DIR) / "corpus" / "seeds"
FILL_BATCH = 5000
ARTICLE_COLUMNS = (
    "id", "outlet_id", "wire_id", "headline", "slug", "published_on", "date_source", "body",
    "content_hash", "status", "search_text", "created_at", "updated_at", "byline", "dateline",
    "source_name", "source_hash",
)  # fmt: skip
QUOTE_COLUMNS = (
    "article_id", "text", "start", "end", "kind", "speaker_id", "speaker_text",
    "speaker_description", "cue", "confidence", "verified", "normalized_text", "wording",
    "created_at", "updated_at",
)  # fmt: skip
SENTENCE_COLUMNS = ("id", "article_id", "position", "start", "end", "normalized")

# (name, path, target): a "list" page grows at most 2× from the baseline and stays under
# LIST_P95_MS; /compare/ after an edit stays under its limit for the archive's size.
EDIT = "after an edit"
# An edit that changes a facet count too (publishing, a new article, a speaker corrected):
# the facet stamp moves as well, so the unfiltered facets are counted again.
COUNTED_EDIT = "after an edit to a count"
PAGES = [
    ("home", "/", None),
    ("list", "/articles/", "list"),
    ("list, filtered", "/articles/?outlet=outlet-3&actor=vladimir-putin&has_quotes=yes&page=2", "list"),
    ("search", "/articles/?q=بوتين", "list"),
    ("search, alias + filter", "/articles/?q=شويجو&date_after=2023-09-10", "list"),
    ("article", "ARTICLE", None),
    ("actor", "/actors/vladimir-putin/", "list"),
    ("actors", "/actors/", None),
    ("outlet", "/outlets/reuters/", None),
    ("quotes", "/quotes/", "list"),
    ("quotes, by speaker", "/quotes/?speaker=kim-jong-un", "list"),
    ("compare, " + EDIT, "/compare/", "compare"),
    ("compare, " + COUNTED_EDIT, "/compare/", None),
    ("compare, warm", "/compare/", "flat"),
]
LIST_GROWTH = 2.0
LIST_P95_MS = 150
COMPARE_EDIT_MS = {10_000: 300, 100_000: 1000}
COMPARE_MAX_BYTES = 150 * 1024


def move_facet_stamp() -> None:
    """What a write that changes a facet count does to the facet stamp (migration 0012)."""
    with connection.cursor() as cursor:
        cursor.execute("UPDATE articles_facetstamp SET value = nextval('articles_facet_stamp_seq')")


@dataclass
class SeedParagraph:
    text: str
    terms: list[str]
    sentences: list[tuple[int, int, str]]  # start, end, normalised text
    quotes: list[tuple]  # text, kind, speaker's English name, wording, normalised text


class Command(BaseCommand):
    help = "Fill a scratch database with generated articles and time the archive pages."

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, default=10_000)
        parser.add_argument("--runs", type=int, default=30)
        parser.add_argument(
            "--edit-runs", type=int, default=5, help="runs of /compare/ after an edit (seconds each)"
        )
        parser.add_argument("--path", action="append", default=[], help="another path to time")
        parser.add_argument("--keep", action="store_true", help="keep (and reuse) the scratch database")
        parser.add_argument("--json", help="write the figures to this file (a later --baseline)")
        parser.add_argument("--baseline", help="figures of a smaller run: print growth, check targets")
        parser.add_argument("--markdown", action="store_true", help="print the README's table")

    def handle(self, *args, articles, runs, path, keep, edit_runs, **options):
        self.edit_runs = edit_runs
        self.verbosity = options["verbosity"]
        connection = connections["default"]
        real_name = connection.settings_dict["NAME"]
        bench_name = f"{real_name}_bench_{articles}"
        created = self._create_database(bench_name, keep)
        connection.close()
        connection.settings_dict["NAME"] = bench_name
        try:
            call_command("migrate", verbosity=0, interactive=False)
            if not created and Article.objects.count() != articles:  # a fill cut short
                connection.close()
                created = self._create_database(bench_name, keep=False)
                call_command("migrate", verbosity=0, interactive=False)
            if created:
                call_command("load_reference_data", verbosity=0)  # the registry the pages name
                started = time.perf_counter()
                self._fill(articles)
                fill_seconds = time.perf_counter() - started
                self.stdout.write(
                    f"filled {bench_name} in {fill_seconds:.1f}s ({articles / fill_seconds:.0f} articles/s)"
                )
                started = time.perf_counter()
                groups = group_everything()
                self.stdout.write(f"{groups} statement groups in {time.perf_counter() - started:.1f}s")
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
            results = self._time_pages(runs, [*PAGES, *((p, p, None) for p in path)])
        finally:
            connection.close()
            connection.settings_dict["NAME"] = real_name
            if not keep:
                self._drop_database(bench_name)
        self._report(results, options)

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
        """Articles made of 4-9 seed paragraphs each, written with COPY in batches of 5,000.

        Everything derived from a paragraph (its index terms, sentences, frame matches, the
        quotes in it) is computed once per seed paragraph and shifted into place, so the fill
        costs what the database writes: about 10× faster than saving articles one by one.
        """
        rng = random.Random(2023)
        seeds = self._seed_paragraphs()
        speakers = {a.name_en: a.pk for a in Actor.objects.exclude(name_en="")}
        mentionable = list(
            Actor.objects.filter(kind__in=["person", "organisation"]).values_list("pk", flat=True)[:40]
        )
        outlets = [
            Outlet.objects.get_or_create(
                slug=f"outlet-{i}", defaults={"name_ar": f"صحيفة رقم {i}", "kind": "newspaper"}
            )[0].pk
            for i in range(12)
        ]
        agencies = [
            Outlet.objects.get_or_create(slug=slug, defaults={"name_ar": name, "kind": "agency"})[0].pk
            for slug, name in [
                ("reuters", "رويترز"),
                ("afp", "وكالة فرانس برس"),
                ("associated-press", "أسوشيتد برس"),
            ]
        ]
        frames = self._frames_of([s[2] for seed in seeds for s in seed.sentences])
        speaker_ids = {q[0]: speakers.get(q[2]) for seed in seeds for q in seed.quotes}
        now = timezone.now()
        for first in range(0, count, FILL_BATCH):
            size = min(FILL_BATCH, count - first)
            article_ids = self._next_ids(Article, size)
            articles, quotes, mentions, sentences, sentence_frames = [], [], [], [], []
            chosen_lists = []
            for i, pk in enumerate(article_ids, start=first):
                chosen = rng.sample(range(len(seeds)), k=rng.randint(4, 9))
                chosen_lists.append(chosen)
                body = PARAGRAPH_BREAK.join(seeds[p].text for p in chosen)
                wire_only = rng.random() < 0.3
                headline = f"{seeds[chosen[0]].text[:80]} ({i})"
                terms = dict.fromkeys(t for p in chosen for t in seeds[p].terms)
                articles.append(
                    (
                        pk,
                        None if wire_only else rng.choice(outlets),
                        rng.choice(agencies) if wire_only or rng.random() < 0.3 else None,
                        headline,
                        slugify(headline, allow_unicode=True)[:200],
                        date(2023, 9, 1) + timedelta(days=rng.randint(0, 29)),
                        "text",
                        body,
                        hashlib.sha256(f"bench-{i}".encode()).hexdigest(),
                        "draft" if rng.random() < 0.1 else "published",
                        " ".join(terms),
                        now,
                        now,
                        "",
                        "",
                        "",
                        "",
                    )
                )
                for actor in rng.sample(mentionable, k=min(len(mentionable), rng.randint(2, 6))):
                    mentions.append((pk, actor, rng.randint(1, 5)))
            n_sentences = sum(len(seeds[p].sentences) for chosen in chosen_lists for p in chosen)
            sentence_ids = iter(self._next_ids(Sentence, n_sentences))
            for pk, chosen in zip(article_ids, chosen_lists, strict=True):
                offset, position = 0, 0
                for p in chosen:
                    seed = seeds[p]
                    for start, end, normalized in seed.sentences:
                        sid = next(sentence_ids)
                        sentences.append((sid, pk, position, offset + start, offset + end, normalized))
                        sentence_frames.extend((sid, frame, pk) for frame in frames.get(normalized, ()))
                        position += 1
                    for text, kind, _speaker, wording, normalized in seed.quotes:
                        start = offset + seed.text.index(text)
                        speaker = speaker_ids[text]
                        row = (pk, text, start, start + len(text), kind, speaker, "", "", "", 0.9, False)
                        quotes.append((*row, normalized, wording, now, now))
                    offset += len(seed.text) + len(PARAGRAPH_BREAK)
            self._copy("articles_article", ARTICLE_COLUMNS, articles)
            self._copy("articles_quote", QUOTE_COLUMNS, quotes)
            self._copy("articles_mention", ("article_id", "actor_id", "count"), mentions)
            self._copy("articles_sentence", SENTENCE_COLUMNS, sentences)
            self._copy("articles_sentenceframe", ("sentence_id", "frame_id", "article_id"), sentence_frames)
            if self.verbosity > 1:
                self.stdout.write(f"  {first + size} articles")

    @staticmethod
    def _next_ids(model, n: int) -> list[int]:
        if not n:
            return []
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)",
                [model._meta.db_table, n],
            )
            return [row[0] for row in cursor.fetchall()]

    @staticmethod
    def _copy(table: str, columns, rows) -> None:
        with (
            connection.cursor() as cursor,
            cursor.cursor.copy(f"COPY {table} ({', '.join(f'"{c}"' for c in columns)}) FROM STDIN") as copy,
        ):
            for row in rows:
                copy.write_row(row)

    @staticmethod
    def _frames_of(normalized: list[str]) -> dict[str, list[int]]:
        """The frames each distinct seed sentence evokes, by the same PostgreSQL regular
        expressions `articles.sentences.match_frames` uses."""
        lexicons = [f for f in frame_lexicons() if f["pattern"]]
        found: dict[str, list[int]] = {}
        with connection.cursor() as cursor:
            cursor.execute(
                """SELECT s.normalized, p.frame_id FROM unnest(%s::text[]) AS s(normalized)
                   JOIN unnest(%s::bigint[], %s::text[]) AS p(frame_id, pattern)
                     ON s.normalized ~ p.pattern""",
                [sorted(set(normalized)), [f["id"] for f in lexicons], [f["pattern"] for f in lexicons]],
            )
            for text, frame in cursor.fetchall():
                found.setdefault(text, []).append(frame)
        return found

    def _seed_paragraphs(self) -> list[SeedParagraph]:
        gold = json.loads((SEEDS / "gold_quotes.json").read_text(encoding="utf-8"))
        seeds = []
        for path in sorted(SEEDS.glob("*.txt")):
            for line in path.read_text(encoding="utf-8").splitlines():
                text = line.strip()
                if len(text) < 40:
                    continue
                quotes = [
                    (
                        q["text"],
                        q["kind"],
                        q["speaker"],
                        units(q["text"]) if q["kind"] == "statement" else [],
                        normalize(q["text"]),
                    )
                    for q in gold.get(path.name, [])
                    if q["text"] and q["text"] in text
                ]
                sentences = [(s.start, s.end, normalize(s.text)) for s in split_sentences(text)]
                seeds.append(SeedParagraph(text, index_terms(text), sentences, quotes))
        return seeds

    # --- timing -----------------------------------------------------------------------------

    def _time_pages(self, runs: int, pages) -> dict:
        article = Article.objects.published().order_by("pk")[Article.objects.count() // 2]
        client = Client()
        results = {
            "articles": Article.objects.count(),
            "quotes": Quote.objects.count(),
            "mentions": Mention.objects.count(),
            "pages": [],
        }
        self.stdout.write(
            f"{results['articles']} articles, {results['quotes']} quotes, {results['mentions']} mentions"
        )
        self.stdout.write(f"{'page':<26}{'median ms':>10}{'p95 ms':>9}{'KB':>7}  path")
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
            for name, path, target in pages:
                path = article.get_absolute_url() if path == "ARTICLE" else path
                client.get(path)  # warm up
                timings = []
                edited = name.endswith((EDIT, COUNTED_EDIT))
                for _ in range(self.edit_runs if edited else runs):
                    if edited:
                        caching.bump()  # what any save does: nothing of the old version is read
                    if name.endswith(COUNTED_EDIT):
                        move_facet_stamp()
                    started = time.perf_counter()
                    response = client.get(path)
                    timings.append((time.perf_counter() - started) * 1000)
                    if response.status_code != 200:
                        raise SystemExit(f"{path}: HTTP {response.status_code}")
                timings.sort()
                page = {
                    "name": name,
                    "path": path,
                    "target": target,
                    "p50": round(statistics.median(timings), 1),
                    "p95": round(timings[min(len(timings) - 1, round(0.95 * (len(timings) - 1)))], 1),
                    "bytes": len(response.content),
                }
                results["pages"].append(page)
                kilobytes = page["bytes"] / 1024
                self.stdout.write(
                    f"{name:<26}{page['p50']:>10.1f}{page['p95']:>9.1f}{kilobytes:>7.0f}  {path[:60]}"
                )
        return results

    # --- the report -------------------------------------------------------------------------

    def _report(self, results: dict, options) -> None:
        if options.get("json"):
            Path(options["json"]).write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n")
        baseline = json.loads(Path(options["baseline"]).read_text()) if options.get("baseline") else None
        before = {p["name"]: p for p in baseline["pages"]} if baseline else {}
        checks = list(self._checks(results, baseline))
        if options.get("markdown"):
            self.stdout.write("")
            self.stdout.write(self._markdown(results, baseline, before))
        if checks:
            self.stdout.write("")
            for passed, text in checks:
                self.stdout.write(f"{'PASS' if passed else 'FAIL'}  {text}")

    @staticmethod
    def _markdown(results, baseline, before) -> str:
        small = f"{baseline['articles']:,}" if baseline else ""
        large = f"{results['articles']:,}"
        if baseline:
            head = [
                f"| page | {small} p50 | {small} p95 | {large} p50 | {large} p95 | growth (p50) | KB |",
                "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
            ]
        else:
            head = [f"| page | {large} p50 | {large} p95 | KB |", "| --- | ---: | ---: | ---: |"]
        rows = []
        for page in results["pages"]:
            cells = [f"{page['name']} (`{page['path'][:50]}`)"]
            old = before.get(page["name"])
            if baseline:
                cells += [f"{old['p50']:.0f} ms", f"{old['p95']:.0f} ms"] if old else ["", ""]
            cells += [f"{page['p50']:.0f} ms", f"{page['p95']:.0f} ms"]
            if baseline:
                cells.append(f"{page['p50'] / old['p50']:.1f}×" if old else "")
            cells.append(f"{page['bytes'] / 1024:.0f}")
            rows.append("| " + " | ".join(cells) + " |")
        return "\n".join(head + rows)

    @staticmethod
    def _checks(results, baseline):
        before = {p["name"]: p for p in baseline["pages"]} if baseline else {}
        for page in results["pages"]:
            if page["target"] == "list":
                yield (
                    page["p95"] < LIST_P95_MS,
                    f"{page['name']}: p95 {page['p95']:.0f} ms < {LIST_P95_MS} ms",
                )
                old = before.get(page["name"])
                if old:
                    growth = page["p50"] / old["p50"]
                    yield (
                        growth <= LIST_GROWTH,
                        f"{page['name']}: grows {growth:.1f}× (p50) from {baseline['articles']:,} "
                        f"to {results['articles']:,} articles, at most {LIST_GROWTH:.0f}×",
                    )
            elif page["target"] == "compare":
                limit = next(
                    (ms for size, ms in sorted(COMPARE_EDIT_MS.items()) if results["articles"] <= size * 1.1),
                    max(COMPARE_EDIT_MS.values()),
                )
                yield page["p95"] <= limit, f"{page['name']}: p95 {page['p95']:.0f} ms <= {limit} ms"
                yield (
                    page["bytes"] < COMPARE_MAX_BYTES,
                    f"/compare/ weighs {page['bytes'] / 1024:.0f} KB < {COMPARE_MAX_BYTES // 1024} KB",
                )
            elif page["target"] == "flat" and page["name"] in before:
                growth = page["p50"] / before[page["name"]]["p50"]
                yield growth <= LIST_GROWTH, f"{page['name']}: grows {growth:.1f}× (p50), stays flat"
