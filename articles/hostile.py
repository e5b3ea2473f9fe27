"""Requests carrying what PostgreSQL refuses are answered before any view queries with them.

PostgreSQL's text type cannot hold a NUL character (``\\x00``): a slug, a search or a filter
holding one would reach the database and fail there as a `DataError`, a 500.  No stored slug,
name or word contains one, so such a request can only be refused:

- in the path (``/actors/%00/``): 404, as any address the archive does not have;
- in a query parameter (``?q=%00``), a form field or a cookie: 400, naming the parameter.

One middleware guards every URL pattern (the archive's pages, the admin, the feed and the
sitemap alike), so a new view cannot forget to.
"""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

REFUSED = "\x00"


def refused_parameter(request: HttpRequest) -> tuple[str, str] | None:
    """The first (where, name) of a query parameter, cookie or form field holding NUL."""
    sources = [(_("معامل الاستعلام"), request.GET), (_("ملف تعريف الارتباط"), request.COOKIES)]
    if request.method == "POST" and not request.content_type.startswith("multipart/"):
        # A multipart body is left to the view: reading it here would bypass the upload limit
        # the import form installs; its fields go through form validation, which refuses NUL.
        sources.append((_("حقل النموذج"), request.POST))
    for where, values in sources:
        for name in values:
            items = values.getlist(name) if hasattr(values, "getlist") else [values[name]]
            if REFUSED in name or any(REFUSED in item for item in items):
                return where, name
    return None


class RefuseNulMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if REFUSED in request.path:
            raise Http404("the path holds a NUL character")
        refused = refused_parameter(request)
        if refused is not None:
            where, name = refused
            # The page names no reader: a NUL in the session cookie must not reach the
            # session table either.
            context = {"where": where, "name": name.replace(REFUSED, "\\x00"), "user": AnonymousUser()}
            return render(request, "400.html", context, status=400)
        return self.get_response(request)
