"""Cache public pages for anonymous readers; say how long browsers and proxies may keep them.

Decisions (docs/deploy.md, "Caching"):
- Only GET/HEAD from anonymous readers are served from or stored in the cache; a
  signed-in reader (staff see drafts) always gets a fresh, `private` page.
- A hit is cheap: the middleware sits right after `ConditionalGetMiddleware`, before
  sessions, authentication and the rest, and finds the page's one entry in this process's
  recent copies, else in one cache round trip that reads the archive version too
  (`articles.caching.lookup`; a change made in another worker is seen within a second).  The
  entry holds the page as the inner middleware finished it: every header, its ETag, and a
  gzip copy.
- The key is the full URL (so `/en/…` and `/…` are apart) and, for the pages whose language
  follows the browser (`LanguageMiddleware.BROWSER_CHOSEN`), that language.
- A response that set a cookie, or that rendered a CSRF token, is never stored nor compressed:
  the token is derived from that reader's secret and must not reach anyone else, and a secret
  in a compressed page leaks through its length (BREACH).  Such pages are still sent as built.
- `PUBLIC_CACHE_SECONDS=0` turns the cache off: nothing is read or written, pages are still
  compressed when safe.
"""

from __future__ import annotations

from django import db
from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.middleware.locale import LocaleMiddleware
from django.utils import translation
from django.utils.cache import patch_cache_control, patch_vary_headers, set_response_etag
from django.utils.http import http_date
from django.utils.regex_helper import _lazy_re_compile
from django.utils.text import compress_string

from articles import caching

EXEMPT_PREFIXES = ("/admin/", "/healthz", "/i18n/", "/static/")
CACHE_HIT_HEADER = "X-Cache"
GZIP = _lazy_re_compile(r"\bgzip\b")
# Below this a compressed page saves less than its headers cost.
MIN_COMPRESS_BYTES = 200


def is_public_request(request: HttpRequest) -> bool:
    return request.method in ("GET", "HEAD") and not request.path_info.startswith(EXEMPT_PREFIXES)


def may_be_cached_for(request: HttpRequest) -> bool:
    """Without a session cookie nobody is signed in (the session is left unread), and without a
    messages cookie no flash message waits for this reader."""
    return settings.SESSION_COOKIE_NAME not in request.COOKIES and "messages" not in request.COOKIES


def cache_key(request: HttpRequest) -> str:
    parts = [request.build_absolute_uri()]
    if request.path_info.startswith(LanguageMiddleware.BROWSER_CHOSEN):
        parts.append(translation.get_language_from_request(request))
    return caching.entry_key("page", *parts, audience="public")


def storable(request: HttpRequest, response: HttpResponse) -> bool:
    """Whether the page is the same for every anonymous reader: then it may be kept and
    compressed."""
    cache_control = response.get("Cache-Control", "")
    return (
        request.method == "GET"
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not response.has_header("Content-Encoding")
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and not any(word in cache_control for word in ("private", "no-store", "no-cache"))
        and not (getattr(request, "user", None) and request.user.is_authenticated)
    )


class Page:
    """A finished public page as kept in the cache: its headers, its body and a gzip copy."""

    def __init__(self, response: HttpResponse):
        set_response_etag(response)
        self.content = response.content
        compressed = compress_string(self.content) if len(self.content) >= MIN_COMPRESS_BYTES else None
        self.compressed = compressed if compressed and len(compressed) < len(self.content) else None
        if self.compressed is not None:
            patch_vary_headers(response, ["Accept-Encoding"])
        self.headers = dict(response.items())

    def response(self, request: HttpRequest, hit: str) -> HttpResponse:
        compress = self.compressed is not None and GZIP.search(request.META.get("HTTP_ACCEPT_ENCODING", ""))
        response = HttpResponse(self.compressed if compress else self.content, headers=self.headers)
        if compress:
            response["Content-Encoding"] = "gzip"
            response["Content-Length"] = str(len(self.compressed))
            if response["ETag"].startswith('"'):  # another representation, as GZipMiddleware does
                response["ETag"] = "W/" + response["ETag"]
        if hit:
            response[CACHE_HIT_HEADER] = hit
        return response


class PublicCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not is_public_request(request):
            return self.get_response(request)
        seconds = settings.PUBLIC_CACHE_SECONDS
        key = current = None
        if seconds > 0 and may_be_cached_for(request):
            key = cache_key(request)
            current, page = caching.lookup(key)
            if page is not None:
                return page.response(request, "hit")

        response = self.get_response(request)
        if getattr(request, "user", None) is not None and request.user.is_authenticated:
            patch_cache_control(response, private=True, no_cache=True)
            return response
        if not storable(request, response):
            return response
        if seconds > 0:
            response["Last-Modified"] = http_date(caching.last_modified().timestamp())
            patch_cache_control(response, public=True, max_age=seconds)
            # A signed-in reader's page differs; shared caches must keep them apart.
            patch_vary_headers(response, ["Cookie"])
        page = Page(response)
        if key is not None:
            try:
                caching.store(key, current, page, seconds)
            except db.Error:
                return page.response(request, "")  # the page is good; only keeping it failed
            return page.response(request, "miss")
        return page.response(request, "")


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
