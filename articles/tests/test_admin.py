"""Curation in the admin: review quotes, correct speakers, publish, merge and approve actors."""

from __future__ import annotations

import re

import pytest
from django.contrib.messages import get_messages

from articles.curation import merge_actors
from articles.models import Actor, Alias, Article, Mention, Quote
from articles.tests.factories import (
    make_actor,
    make_alias,
    make_article,
    make_member,
    make_mention,
    make_outlet,
    make_quote,
)

pytestmark = pytest.mark.django_db

HEADLINE = "بوتين يستقبل كيم في فوستوتشني"
BODY = "قال بوتين إن «المحادثات كانت مثمرة». وأضاف الرئيس الروسي أن «التعاون سيتوسع»."


@pytest.fixture
def editor(client):
    user = make_member(username="layla", group="Editors")
    client.force_login(user)
    return user


@pytest.fixture
def putin():
    return make_actor(slug="putin", name_ar="فلاديمير بوتين", name_en="Putin")


@pytest.fixture
def story(putin):
    article = make_article(headline=HEADLINE, body=BODY, status=Article.Status.DRAFT)
    make_quote(
        article=article, text="المحادثات كانت مثمرة", speaker=putin, speaker_text="بوتين", confidence=0.9
    )
    make_quote(article=article, text="التعاون سيتوسع", speaker_text="الرئيس الروسي", confidence=0.3)
    return article


def form_data(response) -> dict:
    """The POST an unchanged admin change form would send, inlines included."""
    data = {}

    def add(form):
        for name in form.fields:
            value = form[name].value()
            if value is None or value is False:
                continue
            data[form.add_prefix(name)] = "on" if value is True else value

    add(response.context["adminform"].form)
    for inline in response.context["inline_admin_formsets"]:
        add(inline.formset.management_form)
        for form in inline.formset.forms:
            add(form)
    return data


def quote_prefix(response, quote: Quote) -> str:
    formset = next(i.formset for i in response.context["inline_admin_formsets"] if i.formset.model is Quote)
    return next(form.prefix for form in formset.forms if form.instance.pk == quote.pk)


def messages_of(response) -> list[str]:
    return [str(m) for m in get_messages(response.wsgi_request)]


# --- Article list ------------------------------------------------------------------------------


def test_admin_article_list_counts_unverified_statements(client, editor, story, putin):
    reviewed = make_article(headline="مقال راجعه محرر", body=BODY)
    make_quote(article=reviewed, text="المحادثات كانت مثمرة", speaker=putin, verified=True)
    make_quote(article=reviewed, text="التعاون سيتوسع", kind=Quote.Kind.TERM)  # terms await nobody

    response = client.get("/admin/articles/article/")
    waiting = client.get("/admin/articles/article/", {"awaiting_review": "yes"})
    done = client.get("/admin/articles/article/", {"awaiting_review": "no"})

    counts = {a.headline: a.unverified for a in response.context["cl"].result_list}
    assert counts == {HEADLINE: 2, "مقال راجعه محرر": 0}
    assert [a.pk for a in waiting.context["cl"].result_list] == [story.pk]
    assert [a.pk for a in done.context["cl"].result_list] == [reviewed.pk]


def changelist_rows(response) -> list[tuple[str, str, str]]:
    """Each article row of the admin list: title, outlet and unverified statements, as shown."""
    return re.findall(
        r'<th class="field-title"><a href="[^"]*">([^<]*)</a></th>'
        r'<td class="field-outlet[^"]*">([^<]*)</td>.*?<td class="field-unverified_count">([^<]*)</td>',
        response.content.decode(),
    )


@pytest.mark.parametrize(
    ("rows", "shown"),
    [(1, [("مقال 0", "وسيلة 0", "1")]),
     (4, [("مقال 3", "وسيلة 3", "1"), ("مقال 2", "وسيلة 2", "1"),
          ("مقال 1", "وسيلة 1", "1"), ("مقال 0", "وسيلة 0", "1")])],
    ids=["one-row", "several-rows"],
)  # fmt: skip
def test_admin_article_list_runs_a_fixed_number_of_queries(
    client, editor, putin, django_assert_num_queries, rows, shown
):
    for n in range(rows):
        outlet = make_outlet(slug=f"o{n}", name_ar=f"وسيلة {n}")
        article = make_article(headline=f"مقال {n}", body=f"{BODY} {n}", outlet=outlet)
        make_quote(article=article, text="المحادثات كانت مثمرة", speaker=putin)

    with django_assert_num_queries(10):
        response = client.get("/admin/articles/article/")

    assert response.status_code == 200
    assert changelist_rows(response) == shown


def test_admin_article_search_finds_by_headline(client, editor, story):
    make_article(headline="خبر آخر", body="نص آخر")

    response = client.get("/admin/articles/article/", {"q": "فوستوتشني"})

    assert [a.pk for a in response.context["cl"].result_list] == [story.pk]


# --- Quotes inline: verify, correct speaker, kind or span -------------------------------------


def test_admin_editor_verifies_a_quote_inline(client, editor, story):
    url = f"/admin/articles/article/{story.pk}/change/"
    page = client.get(url)
    quote = story.quotes.get(text="التعاون سيتوسع")
    data = form_data(page) | {f"{quote_prefix(page, quote)}-verified": "on"}

    response = client.post(url, data)

    assert response.status_code == 302
    assert Quote.objects.filter(article=story, verified=True).count() == 1
    assert Quote.objects.get(pk=quote.pk).verified is True


def test_admin_span_change_recomputes_the_text(client, editor, story):
    url = f"/admin/articles/article/{story.pk}/change/"
    page = client.get(url)
    quote = story.quotes.get(text="التعاون سيتوسع")
    prefix = quote_prefix(page, quote)
    data = form_data(page) | {f"{prefix}-end": str(quote.end - len(" سيتوسع"))}

    response = client.post(url, data)

    assert response.status_code == 302
    quote.refresh_from_db()
    assert quote.text == "التعاون"


def test_admin_text_not_matching_the_span_is_refused_with_what_the_span_says(client, editor, story):
    url = f"/admin/articles/article/{story.pk}/change/"
    page = client.get(url)
    quote = story.quotes.get(text="التعاون سيتوسع")
    data = form_data(page) | {f"{quote_prefix(page, quote)}-text": "التعاون سيتقلص"}

    response = client.post(url, data)

    assert response.status_code == 200
    errors = [
        e
        for form in response.context["inline_admin_formsets"][0].formset.forms
        for e in form.errors.get("text", [])
    ]
    assert errors == [
        f"النص لا يطابق المقطع {quote.start}–{quote.end} من نص المقال: في المقال «التعاون سيتوسع». "
        "صحّح البداية أو النهاية، أو امسح النص ليؤخذ من المقطع."
    ]
    assert Quote.objects.get(pk=quote.pk).text == "التعاون سيتوسع"


def test_admin_span_outside_the_body_is_refused(client, editor, story):
    url = f"/admin/articles/article/{story.pk}/change/"
    page = client.get(url)
    quote = story.quotes.get(text="التعاون سيتوسع")
    data = form_data(page) | {f"{quote_prefix(page, quote)}-end": "9999"}

    response = client.post(url, data)

    form = next(
        f for f in response.context["inline_admin_formsets"][0].formset.forms if f.instance.pk == quote.pk
    )
    assert form.non_field_errors() == [f"المقطع {quote.start}–9999 خارج نص المقال (طوله {len(BODY)} حرفًا)."]


def test_admin_speaker_correction_with_alias_ticked_teaches_the_registry(client, editor, story, putin):
    url = f"/admin/articles/article/{story.pk}/change/"
    page = client.get(url)
    quote = story.quotes.get(text="التعاون سيتوسع")
    prefix = quote_prefix(page, quote)
    data = form_data(page) | {f"{prefix}-speaker": str(putin.pk), f"{prefix}-add_alias": "on"}

    response = client.post(url, data, follow=True)

    assert Quote.objects.get(pk=quote.pk).speaker == putin
    assert list(putin.aliases.values_list("name", "kind")) == [("الرئيس الروسي", Alias.Kind.NAME)]
    assert "أضيف «الرئيس الروسي» اسمًا بديلًا لـفلاديمير بوتين." in messages_of(response)


def test_admin_speaker_correction_without_the_tick_offers_the_alias(client, editor, story, putin):
    url = f"/admin/articles/article/{story.pk}/change/"
    page = client.get(url)
    quote = story.quotes.get(text="التعاون سيتوسع")
    data = form_data(page) | {f"{quote_prefix(page, quote)}-speaker": str(putin.pk)}

    response = client.post(url, data, follow=True)

    assert putin.aliases.count() == 0
    assert any(
        m.startswith("«الرئيس الروسي» ليس بعد اسمًا بديلًا لـفلاديمير بوتين") for m in messages_of(response)
    )


def test_admin_speaker_correction_does_not_offer_a_known_alias(client, editor, story, putin):
    make_alias(actor=putin, name="الرئيس الروسي")
    url = f"/admin/articles/article/{story.pk}/change/"
    page = client.get(url)
    quote = story.quotes.get(text="التعاون سيتوسع")
    data = form_data(page) | {f"{quote_prefix(page, quote)}-speaker": str(putin.pk)}

    response = client.post(url, data, follow=True)

    assert [m for m in messages_of(response) if "اسمًا بديلًا" in m] == []
    assert putin.aliases.count() == 1


# --- Review queue ------------------------------------------------------------------------------


def test_admin_review_queue_puts_unverified_least_confident_first(client, editor, story, putin):
    other = make_article(headline="خبر ثان", body=BODY + " ")
    make_quote(article=other, text="المحادثات كانت مثمرة", speaker=putin, confidence=0.1, verified=True)
    make_quote(article=other, text="التعاون سيتوسع", speaker=putin, confidence=0.6)

    response = client.get("/admin/articles/quote/")

    order = [(q.verified, q.confidence) for q in response.context["cl"].result_list]
    assert order == [(False, 0.3), (False, 0.6), (False, 0.9), (True, 0.1)]


def test_admin_review_queue_bulk_marks_verified(client, editor, story):
    ids = list(story.quotes.values_list("pk", flat=True))

    response = client.post(
        "/admin/articles/quote/", {"action": "mark_verified", "_selected_action": ids}, follow=True
    )

    assert list(Quote.objects.filter(pk__in=ids).values_list("verified", flat=True)) == [True, True]
    assert "اعتُمد 2 اقتباسًا." in messages_of(response)


def test_admin_review_queue_list_editable_corrects_speaker_and_offers_alias(client, editor, story, putin):
    page = client.get("/admin/articles/quote/")
    formset = page.context["cl"].formset
    data = {f"form-{k}": v for k, v in formset.management_form.initial.items()} | {"_save": "1"}
    for i, form in enumerate(formset.forms):
        data[f"form-{i}-id"] = form.instance.pk
        speaker = putin.pk if form.instance.text == "التعاون سيتوسع" else form.instance.speaker_id
        data[f"form-{i}-speaker"] = speaker or ""
        if form.instance.text == "التعاون سيتوسع":
            data[f"form-{i}-verified"] = "on"
    data["form-TOTAL_FORMS"] = str(len(formset.forms))

    response = client.post("/admin/articles/quote/", data, follow=True)

    quote = Quote.objects.get(text="التعاون سيتوسع")
    assert (quote.speaker, quote.verified) == (putin, True)
    assert any(m.startswith("«الرئيس الروسي» ليس بعد اسمًا بديلًا") for m in messages_of(response))


def test_admin_review_queue_action_adds_speaker_text_as_alias(client, editor, story, putin):
    quote = story.quotes.get(text="التعاون سيتوسع")
    quote.speaker = putin
    quote.save()

    client.post(
        "/admin/articles/quote/", {"action": "add_speaker_text_alias", "_selected_action": [quote.pk]}
    )

    assert list(putin.aliases.values_list("name", flat=True)) == ["الرئيس الروسي"]


# --- Publishing and re-extraction --------------------------------------------------------------


def test_admin_publish_action_publishes_and_records_who(client, editor, story):
    client.post("/admin/articles/article/", {"action": "publish", "_selected_action": [story.pk]})

    story.refresh_from_db()
    latest = story.history.first()
    assert story.status == Article.Status.PUBLISHED
    assert (latest.status, latest.history_user, latest.prev_record.status) == ("published", editor, "draft")


def test_admin_unpublish_action_returns_to_draft(client, editor, story):
    story.status = Article.Status.PUBLISHED
    story.save()

    client.post("/admin/articles/article/", {"action": "unpublish", "_selected_action": [story.pk]})

    assert Article.objects.get(pk=story.pk).status == Article.Status.DRAFT


def test_admin_publish_needs_the_publish_permission(client, story):
    from django.contrib.auth.models import Permission

    user = make_member(username="sami")
    user.user_permissions.set(
        Permission.objects.filter(
            codename__in=["view_article", "change_article", "view_quote", "change_quote"]
        )
    )
    client.force_login(user)

    page = client.get("/admin/articles/article/")
    client.post("/admin/articles/article/", {"action": "publish", "_selected_action": [story.pk]})
    change = client.get(f"/admin/articles/article/{story.pk}/change/")

    assert [name for name, _ in page.context["cl"].model_admin.get_action_choices(page.wsgi_request)][1:] == [
        "reextract"
    ]
    assert Article.objects.get(pk=story.pk).status == Article.Status.DRAFT
    assert "status" not in change.context["adminform"].form.fields


def test_admin_reextract_keeps_verified_quotes(client, editor, story, putin):
    kept = story.quotes.get(text="المحادثات كانت مثمرة")
    kept.verified = True
    kept.speaker_text = "تصحيح المحرر"
    kept.save()

    response = client.post(
        "/admin/articles/article/", {"action": "reextract", "_selected_action": [story.pk]}, follow=True
    )

    kept.refresh_from_db()
    assert (kept.verified, kept.speaker, kept.speaker_text, kept.start) == (True, putin, "تصحيح المحرر", 14)
    assert any(m.startswith("أعيد استخراج 1 مقال") for m in messages_of(response))


def test_admin_history_shows_the_previous_headline(client, editor, story):
    url = f"/admin/articles/article/{story.pk}/change/"
    page = client.get(url)
    client.post(url, form_data(page) | {"headline": "عنوان مصحح"})

    history = client.get(f"/admin/articles/article/{story.pk}/history/")

    assert history.status_code == 200
    records = [(r.headline, r.history_user) for r in story.history.all()]
    assert records == [("عنوان مصحح", editor), (HEADLINE, None)]
    assert "layla" in history.content.decode()


# --- Actors ------------------------------------------------------------------------------------


def test_admin_actor_list_filters_unapproved_and_approves_in_bulk(client, editor, putin):
    proposed = make_actor(slug="kim", name_ar="كيم جونغ أون", approved=False)

    waiting = client.get("/admin/articles/actor/", {"approved__exact": "0"})
    client.post("/admin/articles/actor/", {"action": "approve", "_selected_action": [proposed.pk]})

    assert [a.pk for a in waiting.context["cl"].result_list] == [proposed.pk]
    assert Actor.objects.get(pk=proposed.pk).approved is True


@pytest.fixture
def duplicates(putin):
    """Putin twice: once from the registry, once proposed by extraction from other spelling."""
    other = make_actor(
        slug="boutine", name_ar="فلاديمير بوتن", name_en="V. Putin", approved=False, role="رئيس روسيا"
    )
    make_alias(actor=putin, name="بوتين")
    make_alias(actor=other, name="بوتين")  # a duplicate by normalised form
    make_alias(actor=other, name="سيد الكرملين")
    shared = make_article(headline="خبر مشترك", body=BODY)
    only_other = make_article(headline="خبر ثالث", body=BODY + " ")
    make_mention(article=shared, actor=putin, count=2)
    make_mention(article=shared, actor=other, count=3)
    make_mention(article=only_other, actor=other, count=1)
    make_quote(article=shared, text="المحادثات كانت مثمرة", speaker=other)
    make_quote(article=only_other, text="التعاون سيتوسع", speaker=putin, relayed_by=other, cited_medium=other)
    return other


def test_merge_actors_moves_everything_to_the_kept_one(putin, duplicates):
    moved = merge_actors(putin, [duplicates])

    putin.refresh_from_db()
    assert not Actor.objects.filter(pk=duplicates.pk).exists()
    assert moved == {"quotes": 3, "mentions": 2, "aliases": 3}
    assert sorted(putin.aliases.values_list("name", flat=True)) == [
        "V. Putin", "بوتين", "سيد الكرملين", "فلاديمير بوتن",
    ]  # fmt: skip
    assert sorted(Mention.objects.filter(actor=putin).values_list("article__headline", "count")) == [
        ("خبر ثالث", 1), ("خبر مشترك", 5),
    ]  # fmt: skip
    assert Quote.objects.filter(speaker=putin).count() == 2
    assert Quote.objects.filter(relayed_by=putin, cited_medium=putin).count() == 1
    assert (putin.role, putin.approved) == ("رئيس روسيا", True)


def test_merge_covers_every_relation_to_actor():
    # A new foreign key to Actor must be taught to merge_actors, or a merge would lose it.
    relations = {(r.related_model.__name__, r.field.name) for r in Actor._meta.related_objects}
    assert relations == {
        ("Alias", "actor"), ("Mention", "actor"),
        ("Quote", "speaker"), ("Quote", "relayed_by"), ("Quote", "cited_medium"),
        ("StatementGroup", "speaker"), ("Actor", "part_of"),
    }  # fmt: skip


def test_merge_actors_keeps_bodies_inside_bodies():
    white_house = make_actor(slug="merge-house", name_ar="البيت الأبيض", kind="organisation")
    nsc = make_actor(slug="merge-nsc", name_ar="مجلس الأمن القومي", kind="organisation", part_of=white_house)
    proposed = make_actor(
        slug="merge-nsc-2", name_ar="مجلس الأمن القومي الأمريكي", kind="organisation", approved=False
    )
    office = make_actor(slug="merge-office", name_ar="مكتب الاتصالات", kind="organisation", part_of=proposed)
    house_twice = make_actor(slug="merge-house-2", name_ar="البيت الابيض الأمريكي", kind="organisation")

    merge_actors(proposed, [nsc])  # the duplicate kept: it takes the White House from the registry's row
    merge_actors(white_house, [house_twice])

    proposed.refresh_from_db()
    office.refresh_from_db()
    assert proposed.part_of == white_house
    assert office.part_of == proposed
    assert list(white_house.parts.all()) == [proposed]


def test_merge_actors_makes_no_loop():
    white_house = make_actor(slug="merge-house", name_ar="البيت الأبيض", kind="organisation")
    nsc = make_actor(slug="merge-nsc", name_ar="مجلس الأمن القومي", kind="organisation", part_of=white_house)

    merge_actors(nsc, [white_house])  # an editor folds the house into its council

    nsc.refresh_from_db()
    assert nsc.part_of is None
    assert not Actor.objects.filter(pk=white_house.pk).exists()


def test_admin_merge_action_asks_which_actor_to_keep_then_merges(client, editor, putin, duplicates):
    selected = {"action": "merge", "_selected_action": [putin.pk, duplicates.pk]}

    question = client.post("/admin/articles/actor/", selected)
    answer = client.post("/admin/articles/actor/", selected | {"kept": putin.pk}, follow=True)

    assert question.templates[0].name == "admin/articles/actor/merge.html"
    assert 'name="kept"' in question.content.decode()
    assert list(Actor.objects.filter(slug__in=["putin", "boutine"]).values_list("slug", flat=True)) == [
        "putin"
    ]
    assert "دُمج في فلاديمير بوتين: نُقل 3 اقتباسًا و2 إشارة و3 اسمًا بديلًا." in messages_of(answer)


def test_admin_merge_needs_two_actors(client, editor, putin):
    response = client.post(
        "/admin/articles/actor/", {"action": "merge", "_selected_action": [putin.pk]}, follow=True
    )

    assert "اختر فاعلين اثنين على الأقل للدمج." in messages_of(response)
    assert Actor.objects.filter(pk=putin.pk).exists()


# --- Outlets, frames, language -----------------------------------------------------------------


def test_admin_outlet_kind_and_country_are_editable_in_the_list(client, editor):
    outlet = make_outlet(slug="al-ahram", name_ar="الأهرام", kind="newspaper", country="مصر")
    data = {
        "form-TOTAL_FORMS": "1", "form-INITIAL_FORMS": "1", "form-0-id": outlet.pk,
        "form-0-kind": "state", "form-0-country": "روسيا", "_save": "1",
    }  # fmt: skip

    client.post("/admin/articles/outlet/", data)

    outlet.refresh_from_db()
    assert (outlet.kind, outlet.country) == ("state", "روسيا")


def test_admin_frame_edits_its_lexicon_inline(client, editor):
    from articles.models import Frame

    frame = Frame.objects.create(name_ar="العقوبات", name_en="Sanctions", slug="sanctions-test", position=9)
    url = f"/admin/articles/frame/{frame.pk}/change/"
    page = client.get(url)
    data = form_data(page) | {"terms-0-phrase": "العقوبات الغربية"}

    response = client.post(url, data)

    assert response.status_code == 302
    assert list(frame.terms.values_list("phrase", flat=True)) == ["العقوبات الغربية"]


def test_admin_speaks_arabic_right_to_left_and_english_on_request(client, editor):
    arabic = client.get("/admin/").content.decode()
    english = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="en").content.decode()

    assert '<html lang="ar" dir="rtl">' in arabic
    assert "أرشيف تغطية قمة كيم وبوتين" in arabic
    assert '<html lang="en" dir="ltr">' in english
