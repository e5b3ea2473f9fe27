"""Editing in the admin keeps quotes true: a hand-added article is extracted, and an edited
body moves verified quotes with their text or sets them aside for an editor."""

from __future__ import annotations

import pytest

from articles.importing import store_record
from articles.ingest import content_hash
from articles.ingest.parse import Known, parse_text
from articles.models import Article, Quote, SetAsideQuote
from articles.tests.factories import make_member
from articles.tests.test_admin import form_data, messages_of

pytestmark = pytest.mark.django_db

PUTIN_SAYS = "قال الرئيس الروسي فلاديمير بوتين: «سنساعد كوريا الشمالية في بناء الأقمار الصناعية»."
KIM_SAYS = "وقال كيم جونغ أون إن «العلاقات مع روسيا هي الأولوية القصوى لبلادنا»."
PUTIN_QUOTE = "سنساعد كوريا الشمالية في بناء الأقمار الصناعية"
KIM_QUOTE = "العلاقات مع روسيا هي الأولوية القصوى لبلادنا"


@pytest.fixture
def editor(client, actors):
    client.force_login(make_member(username="layla", group="Editors"))
    return client


def add_by_hand(client, body: str, headline: str = "بوتين وكيم في فوستوشني"):
    return client.post(
        "/admin/articles/article/add/",
        {
            "headline": headline,
            "status": "draft",
            "body": body,
            "date_source": "unknown",
            **empty_inlines(),
        },
    )


def empty_inlines() -> dict:
    return {
        f"{prefix}-{field}": value
        for prefix in ("quotes", "set_aside_quotes", "mentions")
        for field, value in (("TOTAL_FORMS", "0"), ("INITIAL_FORMS", "0"))
    }


@pytest.fixture
def reviewed(editor):
    """An article added by hand, its Putin quote verified by an editor (speaker corrected)."""
    add_by_hand(editor, f"{PUTIN_SAYS}\r\n\r\n{KIM_SAYS}")
    article = Article.objects.get()
    Quote.objects.filter(article=article, text=PUTIN_QUOTE).update(verified=True, speaker_text="بوتين نفسه")
    return article


def edit_body(client, article: Article, body: str):
    page = client.get(f"/admin/articles/article/{article.pk}/change/")
    data = form_data(page)
    data["body"] = body
    return client.post(f"/admin/articles/article/{article.pk}/change/", data)


def spans(article: Article) -> list[tuple[str, int, int, bool]]:
    return list(article.quotes.order_by("start").values_list("text", "start", "end", "verified"))


def test_adding_an_article_by_hand_extracts_its_quotes(editor):
    response = add_by_hand(editor, f"{PUTIN_SAYS}\r\n\r\n{KIM_SAYS}")

    article = Article.objects.get()
    body = f"{PUTIN_SAYS}\n\n{KIM_SAYS}"
    assert response.status_code == 302
    assert article.body == body
    assert article.content_hash == content_hash("بوتين وكيم في فوستوشني", body)
    putin_at, kim_at = body.index(PUTIN_QUOTE), body.index(KIM_QUOTE)
    assert spans(article) == [
        (PUTIN_QUOTE, putin_at, putin_at + len(PUTIN_QUOTE), False),
        (KIM_QUOTE, kim_at, kim_at + len(KIM_QUOTE), False),
    ]
    assert list(article.quotes.order_by("start").values_list("speaker__slug", flat=True)) == [
        "vladimir-putin",
        "kim-jong-un",
    ]
    assert messages_of(response)[0] == (
        "استُخرج 2 اقتباسًا من النص؛ بقي 0 اقتباسًا تحقق منه محرر، نُقل منها 0 إلى موضعه الجديد."
    )


def test_adding_the_same_text_twice_is_refused_naming_the_article(editor):
    add_by_hand(editor, PUTIN_SAYS)
    first = Article.objects.get()

    response = add_by_hand(editor, PUTIN_SAYS)

    assert response.status_code == 200
    assert response.context["adminform"].form.non_field_errors() == [
        f"هذا النص محفوظ من قبل في المقال رقم {first.pk}."
    ]
    assert Article.objects.count() == 1


def test_editing_the_body_moves_verified_quotes_to_their_new_offsets(editor, reviewed):
    new_body = f"فوستوشني (رويترز) -\n\n{KIM_SAYS}\n\n{PUTIN_SAYS}"

    response = edit_body(editor, reviewed, new_body.replace("\n", "\r\n"))

    assert response.status_code == 302
    putin_at, kim_at = new_body.index(PUTIN_QUOTE), new_body.index(KIM_QUOTE)
    assert spans(reviewed) == [
        (KIM_QUOTE, kim_at, kim_at + len(KIM_QUOTE), False),
        (PUTIN_QUOTE, putin_at, putin_at + len(PUTIN_QUOTE), True),
    ]
    moved = reviewed.quotes.get(verified=True)
    assert moved.speaker_text == "بوتين نفسه"  # the editor's work stays
    latest = moved.history.first()
    assert (latest.start, latest.history_change_reason, latest.history_user.username) == (
        putin_at,
        f"moved to {putin_at}–{putin_at + len(PUTIN_QUOTE)} with the edited text",
        "layla",
    )
    assert reviewed.history.first().body == new_body
    assert SetAsideQuote.objects.count() == 0
    assert "نُقل منها 1 إلى موضعه الجديد." in messages_of(response)[0]


def test_editing_away_a_verified_quote_sets_it_aside_and_flags_it(editor, reviewed):
    putin = reviewed.quotes.get(verified=True)
    new_body = f"قال الرئيس الروسي فلاديمير بوتين إن بلاده ستساعد بيونغ يانغ.\n\n{KIM_SAYS}"

    response = edit_body(editor, reviewed, new_body)

    aside = SetAsideQuote.objects.get()
    assert (aside.article, aside.text, aside.speaker_id, aside.speaker_text) == (
        reviewed,
        PUTIN_QUOTE,
        putin.speaker_id,
        "بوتين نفسه",
    )
    assert (aside.start, aside.end, aside.context) == (putin.start, putin.end, PUTIN_SAYS)
    assert [q[0] for q in spans(reviewed)] == [KIM_QUOTE]
    deleted = Quote.history.filter(id=putin.pk).first()
    assert (deleted.history_type, deleted.history_change_reason) == (
        "-",
        "set aside: its text is no longer in the article",
    )
    assert messages_of(response)[1] == ("لم يعد نص اقتباس تحقق منه محرر في المقال: نُحّي جانبًا لتراجعه.")
    page = editor.get(f"/admin/articles/article/{reviewed.pk}/change/").content.decode()
    assert "اقتباسات تحقق منها محرر ولم يعد نصها في المقال: أعد تحديدها أو احذفها" in page
    assert PUTIN_SAYS in page


def test_saving_without_changing_the_body_keeps_unverified_corrections(editor, reviewed, actors):
    kim_quote = reviewed.quotes.get(text=KIM_QUOTE)
    Quote.objects.filter(pk=kim_quote.pk).update(speaker=actors["shoigu"])
    page = editor.get(f"/admin/articles/article/{reviewed.pk}/change/")
    data = form_data(page)
    data["body"] = data["body"].replace("\n", "\r\n")  # as a browser sends it

    editor.post(f"/admin/articles/article/{reviewed.pk}/change/", data)

    assert reviewed.quotes.get(pk=kim_quote.pk).speaker == actors["shoigu"]


def test_an_import_updating_an_article_moves_its_verified_quotes_too(actors):
    url = "https://example.com/putin-kim"
    first = parse_text(f"{PUTIN_SAYS}\n{KIM_SAYS}", source_name="a.txt", known=Known(url=url, headline="قمة"))
    _, article = store_record(first, Article.Status.DRAFT)
    article.quotes.filter(text=KIM_QUOTE).update(verified=True)
    second = parse_text(
        f"تحديث: {PUTIN_SAYS}\n{KIM_SAYS}\nوتابع الصحفيون.",
        source_name="b.txt",
        known=Known(url=url, headline="قمة"),
    )

    outcome, updated = store_record(second, Article.Status.DRAFT)

    kim_at = updated.body.index(KIM_QUOTE)
    assert outcome == "updated"
    assert updated.quotes.get(verified=True).start == kim_at
    assert updated.body[kim_at : kim_at + len(KIM_QUOTE)] == KIM_QUOTE
