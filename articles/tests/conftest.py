import pytest
from django.core.management import call_command


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The test database as `make run` leaves a fresh one: migrated, then the reference data
    (actors, outlets and agencies, frames, groups) loaded once for the session."""
    with django_db_blocker.unblock():
        call_command("load_reference_data", verbosity=0)


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
    # The test client leaves the last request's language active: after a request to /en/…,
    # reverse() and resolve() would answer in English for whichever test runs next.
    from django.utils import translation

    translation.deactivate()


@pytest.fixture(autouse=True)
def _fresh_page_cache(monkeypatch):
    """The page cache's copies kept in this process belong to the test that made them (its
    cache rows were rolled back with it), and tests read the shared cache on every request, as
    a worker whose copies are a second old does: query counts do not depend on how fast the
    machine is, and `cache.clear()` is a clean slate (test_page_cache.py sets the second)."""
    from articles import caching

    caching.forget_local()
    monkeypatch.setattr(caching, "VERSION_SECONDS", 0)


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


@pytest.fixture
def actors(db):
    from articles.tests.factories import registry_actor

    return {
        "putin": registry_actor(
            slug="vladimir-putin",
            name_ar="فلاديمير بوتين",
            name_en="Vladimir Putin",
            aliases=["بوتين"],
            role="رئيس روسيا",
            affiliation="russia",
        ),
        "kim": registry_actor(
            slug="kim-jong-un",
            name_ar="كيم جونغ أون",
            name_en="Kim Jong Un",
            aliases=["كيم جونغ اون"],
            role="زعيم كوريا الشمالية",
            affiliation="north-korea",
        ),
        "shoigu": registry_actor(
            slug="sergei-shoigu",
            name_ar="سيرغي شويغو",
            name_en="Sergei Shoigu",
            aliases=["شويغو", "شويجو"],
            role="وزير الدفاع الروسي",
            affiliation="russia",
        ),
        "kremlin": registry_actor(
            slug="kremlin", name_ar="الكرملين", name_en="Kremlin", kind="organisation", affiliation="russia"
        ),
        "miller": registry_actor(
            slug="matthew-miller",
            name_ar="ماثيو ميلر",
            name_en="Matthew Miller",
            aliases=["ميلر"],
            role="المتحدث باسم وزارة الخارجية الأمريكية",
            affiliation="united-states",
        ),
    }


@pytest.fixture
def outlets(db):
    from articles.tests.factories import make_outlet

    return {
        "qahera": make_outlet(
            slug="alqahera-news", name_ar="القاهرة الإخبارية", name_en="Alqahera News", kind="television"
        ),
        "reuters": make_outlet(slug="reuters", name_ar="رويترز", name_en="Reuters", kind="agency"),
        "ap": make_outlet(
            slug="associated-press", name_ar="أسوشيتد برس", name_en="Associated Press", kind="agency"
        ),
        "afp": make_outlet(
            slug="afp", name_ar="وكالة فرانس برس", name_en="Agence France-Presse", kind="agency"
        ),
        "leak": make_outlet(
            slug="draft-only-outlet", name_ar="صحيفة المسودات", name_en="Drafts Daily", kind="newspaper"
        ),
    }


@pytest.fixture
def archive(actors, outlets):
    """The five seed articles as the importer and extraction would store them, plus a draft
    that would leak everywhere (its own outlet, actor, quotes, words and date) if a page
    forgot the audience."""
    from articles.tests.factories import make_article, make_mention, make_quote

    a, o = actors, outlets
    reuters = make_article(
        headline="",
        body=seed_body("000_84058521eb59a668.txt"),
        wire=o["reuters"],
        published_on=date(2023, 9, 13),
        date_source="text",
        dateline="موسكو",
        url="https://example.com/reuters-summit",
    )
    make_quote(
        article=reuters, text="لهذا السبب جئنا إلى هنا", speaker=a["putin"], speaker_text=a["putin"].name_ar
    )
    make_quote(
        article=reuters,
        text="من المؤكد أن الجيش والشعب الروسي سيحققان نصراً عظيماً في النضال المقدس لمعاقبة شر عظيم "
        "يدعي الهيمنة ويغذي الوهم التوسعي",
        speaker=a["kim"],
        speaker_text=a["kim"].name_ar,
    )
    make_quote(
        article=reuters, text="روسيا العظمى", kind="term", speaker=a["kim"], speaker_text=a["kim"].name_ar
    )

    qahera = make_article(
        headline='تقارب يزعج الغرب.. "بوتين" يقبل دعوة "كيم" لزيارة كوريا الشمالية',
        body=seed_body("001_8421e6bc21d51461.txt"),
        outlet=o["qahera"],
        published_on=date(2023, 9, 14),
        date_source="relative",
        byline="محمود غراب",
    )
    unknown = make_article(
        headline="",
        body=seed_body("002_99da0f7227dc3120.txt"),
        published_on=date(2023, 9, 12),
        date_source="unknown",
    )
    ap = make_article(
        headline="",
        body=seed_body("003_354266b8847cf760.txt"),
        wire=o["ap"],
        published_on=date(2023, 9, 13),
        date_source="text",
    )
    afp = make_article(
        headline="",
        body=seed_body("004_a284983e4bd276d4.txt"),
        wire=o["afp"],
        published_on=date(2023, 9, 5),
        date_source="relative",
    )

    draft = make_article(
        headline="مسودة لا تنشر",
        body="قال المتحدث ماثيو ميلر لصحيفة المسودات: «مسودةسرية لا تنشر بعد» ثم تحدث عن بوتين "
        "ولبوتين والكرملين مرة أخرى.",
        outlet=o["leak"],
        published_on=date(2023, 9, 20),
        date_source="unknown",
        status="draft",
    )
    make_quote(
        article=draft, text="مسودةسرية لا تنشر بعد", speaker=a["miller"], speaker_text=a["miller"].name_ar
    )

    mentioned = {
        reuters: ["putin", "kim", "shoigu", "kremlin"],
        qahera: ["putin", "kim"],
        unknown: ["kim"],
        ap: ["putin", "kim"],
        afp: ["kim"],
        draft: ["miller", "putin"],
    }
    for article, names in mentioned.items():
        for name in names:
            make_mention(article=article, actor=a[name])
    return {"reuters": reuters, "qahera": qahera, "unknown": unknown, "ap": ap, "afp": afp, "draft": draft}


@pytest.fixture
def editor(db):
    """A reader of drafts on the archive pages, not an admin user."""
    from articles.tests.factories import make_user

    return make_user(username="editor", permissions=["view_draft"])


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
    """Load the reference data (actors, outlets, frames, groups) again after a flush.

    Browser tests run on a committed database that Django flushes after each test, reference
    data and the loader's own records with it.
    """
    from django.contrib.auth.models import Group
    from django.core.management.sql import emit_post_migrate_signal

    from articles.reference.loading import load_reference_data

    if Group.objects.filter(name="Editors").exists():
        return
    emit_post_migrate_signal(verbosity=0, interactive=False, db="default")  # content types, permissions
    load_reference_data()


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
