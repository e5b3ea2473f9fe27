import importlib

import pytest


@pytest.fixture(autouse=True)
def _test_settings(settings):
    # Tests speak plain HTTP to the test client and the live server; the
    # production redirect to HTTPS is tested on its own.
    settings.SECURE_SSL_REDIRECT = False
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _static_without_manifest(settings):
    # Tests do not run collectstatic; the hashed-name manifest is production's concern.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in Arabic: a request to an /en/ page leaves English active in the
    test's thread, and `resolve("/quotes/")` would then fail in the next test."""
    from django.utils import translation

    translation.deactivate()


@pytest.fixture(autouse=True)
def _fresh_gazetteer():
    """Each test reads the registry it built: the gazetteer kept per process would otherwise
    still hold the actors of a test whose rows were rolled back (no signal tells it)."""
    from articles.extraction_service import forget_gazetteer

    forget_gazetteer()


# --- The archive pages' fixtures: realistic Arabic from corpus/seeds --------------------------

import json  # noqa: E402
import os  # noqa: E402
from datetime import date  # noqa: E402
from pathlib import Path  # noqa: E402

SEEDS = Path(__file__).resolve().parents[2] / "corpus" / "seeds"


def seed_body(name: str) -> str:
    """A seed file as an article body: one paragraph per line, joined by a blank line."""
    lines = (SEEDS / name).read_text(encoding="utf-8").splitlines()
    return "\n\n".join(line.strip() for line in lines if line.strip())


def make_outlet(slug: str, name_ar: str, name_en: str = "", kind: str = "online"):
    from articles.models import Outlet

    outlet, _ = Outlet.objects.get_or_create(
        slug=slug, defaults={"name_ar": name_ar, "name_en": name_en, "kind": kind}
    )
    return outlet


def make_actor(slug: str, name_ar: str, name_en: str = "", aliases=(), **fields):
    """The actor (the migrations may have seeded it already) with at least these name aliases."""
    from articles.extraction.normalize import normalize
    from articles.models import Actor, Alias

    actor, _ = Actor.objects.get_or_create(
        slug=slug, defaults={"name_ar": name_ar, "name_en": name_en, **fields}
    )
    for name in (name_ar, *aliases):
        if not Alias.objects.filter(actor=actor, normalized=normalize(name)).exists():
            Alias.objects.create(actor=actor, name=name)
    return actor


def make_article(body: str, *, outlet=None, wire=None, published_on=None, status="published", **fields):
    import hashlib

    from articles.models import Article

    digest = hashlib.sha256(f"{body}|{fields.get('headline', '')}|{status}".encode()).hexdigest()
    return Article.objects.create(
        body=body,
        outlet=outlet,
        wire=wire,
        published_on=published_on,
        status=status,
        content_hash=digest,
        **fields,
    )


def add_quote(article, text: str, kind: str = "statement", speaker=None, occurrence: int = 0):
    """A quote at the `occurrence`-th place its text appears in the body."""
    from articles.tests.factories import make_quote

    start = -1
    for _ in range(occurrence + 1):
        start = article.body.index(text, start + 1)
    speaker_text = speaker.name_ar if speaker else ""
    return make_quote(
        article=article, text=text, start=start, kind=kind, speaker=speaker, speaker_text=speaker_text
    )


def add_mentions(article, *actors):
    from articles.models import Mention

    for actor in actors:
        Mention.objects.create(article=article, actor=actor, count=1)


@pytest.fixture
def actors(db):
    return {
        "putin": make_actor(
            "vladimir-putin",
            "فلاديمير بوتين",
            "Vladimir Putin",
            aliases=["بوتين"],
            role="رئيس روسيا",
            affiliation="russia",
        ),
        "kim": make_actor(
            "kim-jong-un",
            "كيم جونغ أون",
            "Kim Jong Un",
            aliases=["كيم جونغ اون"],
            role="زعيم كوريا الشمالية",
            affiliation="north-korea",
        ),
        "shoigu": make_actor(
            "sergei-shoigu",
            "سيرغي شويغو",
            "Sergei Shoigu",
            aliases=["شويغو", "شويجو"],
            role="وزير الدفاع الروسي",
            affiliation="russia",
        ),
        "kremlin": make_actor("kremlin", "الكرملين", "Kremlin", kind="organisation", affiliation="russia"),
        "miller": make_actor(
            "matthew-miller",
            "ماثيو ميلر",
            "Matthew Miller",
            aliases=["ميلر"],
            role="المتحدث باسم وزارة الخارجية الأمريكية",
            affiliation="united-states",
        ),
    }


@pytest.fixture
def outlets(db):
    return {
        "qahera": make_outlet("alqahera-news", "القاهرة الإخبارية", "Alqahera News", "television"),
        "reuters": make_outlet("reuters", "رويترز", "Reuters", "agency"),
        "ap": make_outlet("associated-press", "أسوشيتد برس", "Associated Press", "agency"),
        "afp": make_outlet("afp", "وكالة فرانس برس", "Agence France-Presse", "agency"),
        "leak": make_outlet("draft-only-outlet", "صحيفة المسودات", "Drafts Daily", "newspaper"),
    }


@pytest.fixture
def archive(actors, outlets):
    """The five seed articles as the importer and extraction would store them, plus a draft
    that would leak everywhere (its own outlet, actor, quotes, words and date) if a page
    forgot the audience."""
    a, o = actors, outlets
    reuters = make_article(
        seed_body("000_84058521eb59a668.txt"),
        wire=o["reuters"],
        published_on=date(2023, 9, 13),
        date_source="text",
        dateline="موسكو",
        url="https://example.com/reuters-summit",
    )
    add_quote(reuters, "لهذا السبب جئنا إلى هنا", speaker=a["putin"])
    add_quote(
        reuters,
        "من المؤكد أن الجيش والشعب الروسي سيحققان نصراً عظيماً في النضال المقدس لمعاقبة شر عظيم "
        "يدعي الهيمنة ويغذي الوهم التوسعي",
        speaker=a["kim"],
    )
    add_quote(reuters, "روسيا العظمى", kind="term", speaker=a["kim"])
    add_mentions(reuters, a["putin"], a["kim"], a["shoigu"], a["kremlin"])

    qahera = make_article(
        seed_body("001_8421e6bc21d51461.txt"),
        outlet=o["qahera"],
        published_on=date(2023, 9, 14),
        date_source="relative",
        byline="محمود غراب",
        headline='تقارب يزعج الغرب.. "بوتين" يقبل دعوة "كيم" لزيارة كوريا الشمالية',
    )
    add_mentions(qahera, a["putin"], a["kim"])

    unknown = make_article(seed_body("002_99da0f7227dc3120.txt"), published_on=date(2023, 9, 12))
    add_mentions(unknown, a["kim"])

    ap = make_article(
        seed_body("003_354266b8847cf760.txt"),
        wire=o["ap"],
        published_on=date(2023, 9, 13),
        date_source="text",
    )
    add_mentions(ap, a["putin"], a["kim"])

    afp = make_article(
        seed_body("004_a284983e4bd276d4.txt"),
        wire=o["afp"],
        published_on=date(2023, 9, 5),
        date_source="relative",
    )
    add_mentions(afp, a["kim"])

    draft = make_article(
        "قال المتحدث ماثيو ميلر لصحيفة المسودات: «مسودةسرية لا تنشر بعد» ثم تحدث عن بوتين "
        "ولبوتين والكرملين مرة أخرى.",
        outlet=o["leak"],
        published_on=date(2023, 9, 20),
        status="draft",
        headline="مسودة لا تنشر",
    )
    add_quote(draft, "مسودةسرية لا تنشر بعد", speaker=a["miller"])
    add_mentions(draft, a["miller"], a["putin"])
    return {"reuters": reuters, "qahera": qahera, "unknown": unknown, "ap": ap, "afp": afp, "draft": draft}


@pytest.fixture
def editor(db, django_user_model):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("editor", password="pw-for-tests")
    user.user_permissions.add(Permission.objects.get(codename="view_draft"))
    return user


def gold_quotes() -> dict:
    return json.loads((SEEDS / "gold_quotes.json").read_text(encoding="utf-8"))


# --- Browser (Playwright + Debian's Chromium) ----------------------------------------------


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the session; skipped (or failed under REQUIRE_BROWSER=1)
    when /usr/bin/chromium is missing."""
    from articles.tests.browser import launch_browser

    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with launch_browser() as chromium:
        yield chromium


@pytest.fixture(scope="session")
def _plain_http_for_live_server():
    """The live server speaks plain HTTP: SecurityMiddleware reads SECURE_SSL_REDIRECT once,
    when the session-wide server starts, so the per-test `settings` fixture is too late."""
    from django.test.utils import override_settings

    with override_settings(SECURE_SSL_REDIRECT=False, SESSION_COOKIE_SECURE=False, CSRF_COOKIE_SECURE=False):
        yield


@pytest.fixture(scope="session")
def live_server(_plain_http_for_live_server, live_server):
    return live_server


def restore_reference_data() -> None:
    """Put back what the data migrations seed (actors, frames, groups) after a flush.

    Browser tests run on a committed database that Django flushes after each test;
    `serialized_rollback` should restore the migrations' rows but, with pytest-django 4.14
    on Django 6.1, does so only while no ordinary test has run before in the session.
    """
    from django.apps import apps
    from django.contrib.auth.models import Group, Permission
    from django.core.management.sql import emit_post_migrate_signal

    if Group.objects.filter(name="Editors").exists():
        return
    emit_post_migrate_signal(verbosity=0, interactive=False, db="default")  # content types, permissions
    for name in ("0003_seed_actors", "0004_seed_frames"):
        importlib.import_module(f"articles.migrations.{name}").seed(apps, None)
    groups = importlib.import_module("articles.migrations.0006_editor_groups_and_cache")
    for group_name, codenames in (("Editors", groups.EDITORS), ("Newsroom", groups.NEWSROOM)):
        group = Group.objects.create(name=group_name)
        group.permissions.set(
            Permission.objects.filter(content_type__app_label="articles", codename__in=codenames)
        )


@pytest.fixture
def page(browser, live_server):
    """A fresh Arabic-speaking page; `page.goto_path("/articles/")` opens a live-server path."""
    from articles.tests.browser import close_audit_tabs

    restore_reference_data()
    context = browser.new_context(locale="ar", viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.goto_path = lambda path: tab.goto(live_server.url + path)
    yield tab
    context.close()
    close_audit_tabs()
