"""When the database is down or frozen: a 503 page in the archive's design, not a 500.

`handler500` (summit_archive/urls.py) receives every error no view handled.  When it is the
database not answering (refused or timed-out connection, a statement cancelled by
`statement_timeout`, a server shutting down: Django's `OperationalError` and `InterfaceError`),
the reader gets `templates/503.html` in the page's language with `Retry-After`; anything else
stays Django's plain 500.  The page is rendered without a query: it names no reader (the
header would otherwise read the session and the user) and reads nothing stored.

With DEBUG=1 Django shows its traceback instead, as for any error.
"""

from __future__ import annotations

import sys

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.csp import CSP, build_policy
from django.views import defaults

RETRY_AFTER_SECONDS = 30


def database_unavailable(error: BaseException | None) -> bool:
    """Whether `error`, or one it was raised from, says the database does not answer."""
    seen = 0
    while error is not None and seen < 10:
        if isinstance(error, OperationalError | InterfaceError):
            return True
        error, seen = error.__cause__ or error.__context__, seen + 1
    return False


def unavailable(request: HttpRequest) -> HttpResponse:
    # From the URL alone (Arabic has no prefix): the error may come before the language
    # middleware has run, and the thread's active language is then whatever came last.
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    with translation.override(language):
        response = render(
            request,
            "503.html",
            {"user": AnonymousUser(), "retry_after": RETRY_AFTER_SECONDS},
            status=503,
        )
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    # The outage may be met outside the CSP middleware (the page cache's look-up comes first,
    # to answer a hit in one read), so the page carries the policy itself.
    response.headers[str(CSP.HEADER_ENFORCE)] = build_policy(settings.SECURE_CSP)
    add_never_cache_headers(response)
    return response


def server_error(request: HttpRequest) -> HttpResponse:
    if database_unavailable(sys.exc_info()[1]):
        return unavailable(request)
    return defaults.server_error(request)
