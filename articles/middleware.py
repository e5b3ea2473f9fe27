"""Cache public pages for anonymous readers; say how long browsers and proxies may keep them.

Decisions (docs/deploy.md, "Caching"):
- Only GET/HEAD from anonymous readers are served from or stored in the cache; a
  signed-in reader (staff see drafts) always gets a fresh, `private` page.
- The key is the public audience's (`articles.audience.PUBLIC.cache_key`): the archive
  version, the active language and the full URL, so the Arabic and English pages of one
  URL are kept apart.
- A response that set a cookie, or that rendered a CSRF token, is never stored:
  the token is derived from that reader's secret and must not reach anyone else.
  Such pages are still sent, just not cached.
"""

from __future__ import annotations

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.middleware.locale import LocaleMiddleware
from django.utils import translation
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.http import http_date
from django.utils.translation import get_language

from articles import caching
from articles.audience import PUBLIC

EXEMPT_PREFIXES = ("/admin/", "/healthz", "/i18n/", "/static/")
CACHE_HIT_HEADER = "X-Cache"


def is_anonymous(request: HttpRequest) -> bool:
    # Without a session cookie nobody is signed in, and the session is left unread.
    if settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return True
    return not request.user.is_authenticated


def is_public_request(request: HttpRequest) -> bool:
    return request.method in ("GET", "HEAD") and not request.path_info.startswith(EXEMPT_PREFIXES)


def cache_key(request: HttpRequest) -> str:
    return PUBLIC.cache_key("page", get_language(), request.build_absolute_uri())


def storable(request: HttpRequest, response: HttpResponse) -> bool:
    cache_control = response.get("Cache-Control", "")
    return (
        request.method == "GET"
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and "messages" not in request.COOKIES  # a flash message belongs to one reader
        and not any(word in cache_control for word in ("private", "no-store", "no-cache"))
    )


class PublicCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not is_public_request(request):
            return self.get_response(request)
        if not is_anonymous(request):
            response = self.get_response(request)
            patch_cache_control(response, private=True, no_cache=True)
            return response

        key = cache_key(request)
        stored = cache.get(key)
        if stored is not None:
            content, headers = stored
            response = HttpResponse(content, headers=headers)
            response[CACHE_HIT_HEADER] = "hit"
            return self.public(response)

        response = self.get_response(request)
        if storable(request, response):
            response["Last-Modified"] = http_date(caching.last_modified().timestamp())
            cache.set(key, (response.content, dict(response.items())), settings.PUBLIC_CACHE_SECONDS)
            response[CACHE_HIT_HEADER] = "miss"
            return self.public(response)
        return response

    @staticmethod
    def public(response: HttpResponse) -> HttpResponse:
        patch_cache_control(response, public=True, max_age=settings.PUBLIC_CACHE_SECONDS)
        # A signed-in reader's page differs; shared caches must keep them apart.
        patch_vary_headers(response, ["Cookie"])
        return response


class LanguageMiddleware(LocaleMiddleware):
    """The archive's pages take their language from the URL (`/en/…`, Arabic without a
    prefix); the admin and the feed, which have one URL each, from the reader's browser,
    so staff whose browser asks for English get an English admin."""

    BROWSER_CHOSEN = ("/admin/", "/feed/")

    def process_request(self, request: HttpRequest) -> None:
        if not request.path_info.startswith(self.BROWSER_CHOSEN):
            return super().process_request(request)
        translation.activate(translation.get_language_from_request(request))
        request.LANGUAGE_CODE = translation.get_language()
        return None
