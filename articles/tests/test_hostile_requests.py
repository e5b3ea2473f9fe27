"""What PostgreSQL refuses never reaches it from a request: a NUL anywhere gives 404 or 400.

A NUL in a slug used to reach the database (`/actors/%00/`: psycopg's DataError, a 500).  The
walk below builds a NUL-bearing address for every URL pattern the project has, admin
included, and a NUL-bearing query for every pattern, as the public and as a superuser.
"""

from __future__ import annotations

import re

import pytest
from django.test import Client
from django.urls import URLResolver, get_resolver
from django.urls.resolvers import LocalePrefixPattern, RegexPattern, RoutePattern

from articles.tests.factories import make_actor, make_member, make_outlet

pytestmark = pytest.mark.django_db

NUL = "a\x00b"
# What each kind of parameter gets: a NUL where the pattern allows text, else a value it accepts.
REGEX_CANDIDATES = [NUL, "1", "articles"]


def route_piece(pattern: RoutePattern) -> str:
    return re.sub(
        r"<(?:(\w+):)?\w+>",
        lambda m: "1" if m.group(1) == "int" else NUL.replace("\x00", "%00"),
        str(pattern),
    )


def regex_piece(pattern: RegexPattern) -> str:
    """The regex with each outermost group replaced by the first candidate it matches."""
    text, out, depth, start = pattern.regex.pattern.strip("^$"), [], 0, 0
    for index, char in enumerate(text):
        if char == "(":
            if depth == 0:
                start = index
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                body = re.sub(r"^\(\?P<\w+>|^\(", "", text[start : index + 1])[:-1]
                value = next(c for c in REGEX_CANDIDATES if re.fullmatch(body, c))
                out.append(value.replace("\x00", "%00"))
        elif depth == 0:
            out.append(char)
    return "".join(out)


def addresses(patterns=None, prefix: tuple[str, ...] = ("/",)):
    """One address per URL pattern and language prefix: its parameters filled as above."""
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(pattern.pattern, LocalePrefixPattern):
            pieces = ["", "en/"]
        elif isinstance(pattern.pattern, RegexPattern):
            pieces = [regex_piece(pattern.pattern)]
        else:
            pieces = [route_piece(pattern.pattern)]
        for piece in pieces:
            if isinstance(pattern, URLResolver):
                yield from addresses(pattern.url_patterns, (*prefix, piece))
            else:
                yield "".join((*prefix, piece))


@pytest.fixture
def clients():
    signed_in = Client(raise_request_exception=True)
    signed_in.force_login(make_member(is_superuser=True))
    return {"public": Client(raise_request_exception=True), "superuser": signed_in}


def leaves(patterns) -> int:
    """How many views the URLconf has, the archive's counted once per language."""
    count = 0
    for pattern in patterns:
        languages = 2 if isinstance(pattern.pattern, LocalePrefixPattern) else 1
        count += languages * (leaves(pattern.url_patterns) if isinstance(pattern, URLResolver) else 1)
    return count


def test_hostile_walk_covers_every_pattern_with_a_nul_where_text_goes():
    walked = list(addresses())

    # One distinct address per view (116 when this was written, the admin's included).
    assert len(walked) == len(set(walked)) == leaves(get_resolver().url_patterns)
    assert "/actors/a%00b/" in walked
    assert "/en/outlets/a%00b/" in walked
    assert "/admin/articles/article/a%00b/change/" in walked
    assert "/admin/articles/actor/a%00b/history/a%00b/" in walked
    assert "/admin/articles/" in walked  # the app_list's choice of apps
    assert "/articles/1/" in walked  # an <int> takes no NUL: its query does


def test_hostile_nul_in_any_path_is_404_in_any_query_400(clients):
    make_actor(slug="a")
    make_outlet(slug="a")
    answers = {}
    for who, client in clients.items():
        for address in addresses():
            if "%00" in address:
                answers[who, address] = client.get(address).status_code
            answers[who, f"{address}?q=%00&page=1"] = client.get(
                address, {"q": "\x00", "page": "1"}
            ).status_code

    def expected(address: str) -> int:
        path = address.split("?")[0]
        # /healthz reads no parameter and is answered before anything else.
        return 404 if "%00" in path else 200 if path == "/healthz" else 400

    wrong = {key: status for key, status in answers.items() if status != expected(key[1])}
    assert wrong == {}
    walked = list(addresses())
    assert len(answers) == len(clients) * (len(walked) + sum("%00" in address for address in walked))


def test_hostile_nul_slug_gives_the_archive_404_in_the_page_language(client):
    arabic = client.get("/actors/%00/")
    english = client.get("/en/actors/a%00b/")
    outlet = client.get("/outlets/%00/")

    assert (arabic.status_code, outlet.status_code, english.status_code) == (404, 404, 404)
    assert "<h1>الصفحة غير موجودة</h1>" in arabic.text
    assert '<html lang="en" dir="ltr">' in english.text
    assert "<h1>Page not found</h1>" in english.text


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ({"q": "بوتين\x00"}, "q"),
        ({"outlet": "\x00"}, "outlet"),
        ({"date_after": "2023-09-13", "speaker": "x\x00"}, "speaker"),
        ({"ord\x00ering": "date"}, "ord\\x00ering"),
    ],
)
def test_hostile_nul_in_a_query_parameter_gives_400_naming_it(client, query, name):
    response = client.get("/en/articles/", query)

    assert response.status_code == 400
    assert "<h1>Bad request</h1>" in response.text
    assert f"The query parameter <bdi>{name}</bdi> holds a character" in response.text


def test_hostile_nul_in_admin_search_and_login_form_gives_400(clients):
    search = clients["superuser"].get("/admin/articles/actor/", {"q": "\x00"})
    form = "username=x%00&password=y"
    login = Client().post("/admin/login/", form, content_type="application/x-www-form-urlencoded")
    # A multipart body is left to the form (the import form's upload limit reads it first):
    # Django's form fields refuse NUL themselves.
    multipart = Client(headers={"accept-language": "en"}).post(
        "/admin/login/", {"username": "x\x00", "password": "y"}
    )

    assert (search.status_code, login.status_code, multipart.status_code) == (400, 400, 200)
    assert "<bdi>username</bdi>" in login.text
    assert "Null characters are not allowed." in multipart.text


def test_hostile_nul_in_the_session_cookie_gives_400_without_reading_the_session(
    client, django_assert_num_queries
):
    cookie = 'sessionid="abcdefgh\\000ij"'  # a quoted cookie's octal escape is a NUL

    with django_assert_num_queries(0):
        response = client.get("/", HTTP_COOKIE=cookie)

    assert response.status_code == 400
    assert "<bdi>sessionid</bdi>" in response.text
