"""Read replicas: archive pages read from the replica, writes and the admin stay on the primary.

In the suite the `replica` alias is a test mirror of `default` (settings: `TEST: {"MIRROR":
"default"}`), a second connection to the same test database; the tests commit
(`transaction=True`) so that connection sees the rows, and count which connection ran what.
"""

import pytest
from django.contrib.auth.models import User
from django.db import connections
from django.test.utils import CaptureQueriesContext

from articles.models import Article
from articles.routers import ReplicaRouter, _archive_read
from articles.tests.conftest import restore_reference_data
from articles.tests.factories import make_article, make_member

pytestmark = pytest.mark.django_db(
    transaction=True, serialized_rollback=True, databases=["default", "replica"]
)


@pytest.fixture
def replica(settings):
    restore_reference_data()
    settings.REPLICA_READS = True
    settings.PUBLIC_CACHE_SECONDS = 0  # every page built, so every read is seen


def tables(queries) -> list[str]:
    """The archive tables each SELECT reads first, in order."""
    found = []
    for query in queries:
        sql = query["sql"]
        if sql.startswith("SELECT") and '"articles_' in sql:
            found.append(sql.split('FROM "', 1)[1].split('"', 1)[0])
    return found


def test_archive_page_reads_from_the_replica(client, replica):
    article = make_article(headline="قمة فوستوشني على النسخة المتماثلة")

    with (
        CaptureQueriesContext(connections["default"]) as primary,
        CaptureQueriesContext(connections["replica"]) as copy,
    ):
        response = client.get(article.get_absolute_url())

    assert "قمة فوستوشني على النسخة المتماثلة" in response.content.decode()
    assert tables(copy.captured_queries)[0] == "articles_article"
    assert tables(primary.captured_queries) == []


def test_admin_reads_and_writes_on_the_primary(client, replica):
    article = make_article()
    editor = make_member(group="Editors")
    client.force_login(editor)

    with CaptureQueriesContext(connections["replica"]) as copy:
        listing = client.get("/admin/articles/article/")
        page = client.get(f"/admin/articles/article/{article.pk}/change/")

    assert (listing.status_code, page.status_code) == (200, 200)
    assert copy.captured_queries == []


def test_writes_and_users_stay_on_the_primary_during_an_archive_read(replica):
    token = _archive_read.set(True)
    try:
        router = ReplicaRouter()
        routes = (router.db_for_read(Article), router.db_for_write(Article), router.db_for_read(User))
    finally:
        _archive_read.reset(token)

    assert routes == ("replica", "default", None)  # users and sessions: the primary


def test_without_a_replica_archive_pages_read_the_primary(client, settings):
    restore_reference_data()
    settings.PUBLIC_CACHE_SECONDS = 0
    article = make_article()

    with CaptureQueriesContext(connections["replica"]) as copy:
        response = client.get(article.get_absolute_url())

    assert response.status_code == 200
    assert copy.captured_queries == []
