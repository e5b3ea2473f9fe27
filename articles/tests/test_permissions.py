"""Who may do what: Editors curate, Newsroom reads everything, the public reads the published."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import Group

from articles.models import Article
from articles.tests.factories import make_article, make_member

pytestmark = pytest.mark.django_db

FORBIDDEN = "<h1>403 Forbidden</h1>"

CURATED = ["article", "quote", "actor", "alias", "mention", "outlet", "frame", "frameterm"]


def codenames(group: str) -> set[str]:
    return set(Group.objects.get(name=group).permissions.values_list("codename", flat=True))


def test_permissions_editors_curate_everything_and_publish():
    expected = {f"{action}_{model}" for model in CURATED for action in ("add", "change", "delete", "view")}

    # Statement groups are split and merged, never made by hand.
    groups = {"change_statementgroup", "delete_statementgroup", "view_statementgroup"}
    assert codenames("Editors") == expected | groups | {"publish_article", "view_draft"}


def test_permissions_newsroom_only_reads():
    assert codenames("Newsroom") == {f"view_{model}" for model in CURATED} | {
        "view_statementgroup",
        "view_draft",
    }


def test_permissions_newsroom_reads_drafts_on_the_archive_pages(client):
    draft = make_article(headline="بوتين يستقبل كيم في فوستوتشني", status=Article.Status.DRAFT)
    client.force_login(make_member(username="nour", group="Newsroom"))

    response = client.get(draft.get_absolute_url())

    assert response.status_code == 200
    assert "بوتين يستقبل كيم في فوستوتشني" in response.content.decode()


def test_permissions_newsroom_sees_the_admin_read_only(client):
    story = make_article(headline="بوتين يستقبل كيم في فوستوتشني", status=Article.Status.DRAFT)
    client.force_login(make_member(username="nour", group="Newsroom"))
    url = f"/admin/articles/article/{story.pk}/change/"

    page = client.get(url)
    post = client.post(url, {"headline": "تغيير ممنوع", "body": "x", "status": "published"})
    action = client.post("/admin/articles/article/", {"action": "publish", "_selected_action": [story.pk]})

    add = client.get("/admin/articles/article/add/")
    assert page.status_code == 200
    assert page.context["has_change_permission"] is False
    assert re.findall(r"<h1>([^<]*)</h1>", page.content.decode()) == ["عرض مقال"]
    assert (post.status_code, FORBIDDEN in post.content.decode()) == (403, True)
    assert (action.status_code, re.findall(r"<h1>([^<]*)</h1>", action.content.decode())) == (
        200,
        ["اختر مقال للاستعراض"],
    )
    assert Article.objects.get(pk=story.pk).status == Article.Status.DRAFT
    assert (add.status_code, FORBIDDEN in add.content.decode()) == (403, True)


def test_permissions_editor_changes_articles(client):
    client.force_login(make_member(username="layla", group="Editors"))

    response = client.get("/admin/articles/article/add/")

    assert response.status_code == 200
    assert re.findall(r"<h1>([^<]*)</h1>", response.content.decode()) == ["إضافة مقال"]
    assert list(response.context["adminform"].form.fields)[:3] == ["headline", "status", "outlet"]


def test_permissions_public_is_sent_to_the_login_page(client):
    for url in ["/admin/", "/admin/articles/article/", "/admin/articles/quote/"]:
        response = client.get(url)
        assert (response.status_code, response["Location"]) == (302, f"/admin/login/?next={url}")


def test_permissions_signed_in_without_staff_cannot_enter_the_admin(client):
    client.force_login(make_member(username="reader", is_staff=False))

    response = client.get("/admin/")

    assert (response.status_code, response["Location"]) == (302, "/admin/login/?next=/admin/")


def test_permissions_sign_out_is_a_post(client):
    client.force_login(make_member(username="layla", group="Editors"))

    refused = client.get("/admin/logout/")
    signed_out = client.post("/admin/logout/")
    after = client.get("/admin/")

    assert (refused.status_code, refused["Allow"], refused.content) == (405, "POST, OPTIONS", b"")
    assert signed_out.status_code == 200
    assert re.findall(r"<h1>([^<]*)</h1>", signed_out.content.decode()) == ["تم الخروج"]
    assert (after.status_code, after["Location"]) == (302, "/admin/login/?next=/admin/")
