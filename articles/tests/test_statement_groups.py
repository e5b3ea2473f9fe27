"""Statement groups in the archive: computed when articles are stored, kept through
re-extraction as editors decided, split and merged in the admin, shown on `/compare/` and
carried by the exports."""

from __future__ import annotations

import csv
import io
import itertools
import json
import re
from datetime import date

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.utils.encoding import uri_to_iri

from articles import extraction_service
from articles.extraction.statements import MemoryGroups, Speakers, Statement
from articles.extraction_service import extract_article
from articles.models import Actor, Article, Quote, StatementGroup
from articles.statement_groups import group_article, merge_groups, split_group, units
from articles.tests.factories import make_article, make_member, make_outlet, make_quote

pytestmark = pytest.mark.django_db

# One Putin statement in two translations, and another thing he said that day in similar words.
CAME = "لهذا السبب بالذات أتينا إلى هنا، فالزعيم الكوري مهتم جداً بتقنيات الصواريخ ويحاولون تطوير الفضاء"
CAME_AGAIN = "هذا هو سبب مجيئنا الى هنا، فالزعيم الكوري يهتم كثيرا بتكنولوجيا الصواريخ ويسعون لتطوير الفضاء"
AVIATION = "الزعيم الكوري مهتم كثيراً بصناعة الطيران، ولهذا السبب سيزور مصانع كومسومولسك على نهر آمور"
# Peskov, on another matter.
DATES = "لم يتم تحديد موعد الزيارة بعد، وسيجري الاتفاق على التوقيت عبر القنوات الدبلوماسية"
DATES_AGAIN = "لم يجر تحديد أي مواعيد للزيارة حتى الآن، وسوف يتم الاتفاق عليها عبر القنوات الدبلوماسية"


def story(text: str, *, outlet: str, day: int = 13, wire=None, speaker: str = "الرئيس الروسي فلاديمير بوتين"):
    """An article quoting `text`, stored and extracted as an import would."""
    article = make_article(
        outlet=make_outlet(name_ar=outlet, name_en=outlet),
        wire=wire,
        headline=f"{outlet}: تصريحات في فوستوشني",
        body=f"وصل الزعيم الكوري الشمالي إلى قاعدة فوستوشني.\n\nوقال {speaker}: «{text}».",
        published_on=date(2023, 9, day),
    )
    extract_article(article)
    return article


def quote_of(article: Article) -> Quote:
    return article.quotes.get(kind=Quote.Kind.STATEMENT)


def groups() -> list[list[str]]:
    """Every group's quotes, as the names of their outlets."""
    return sorted(
        sorted(q.article.outlet.name_ar for q in g.quotes.select_related("article__outlet"))
        for g in StatementGroup.objects.all()
    )


@pytest.fixture
def three():
    """Two translations of one statement, and a near miss the same day."""
    return (
        story(CAME, outlet="سكاي نيوز عربية", wire=make_outlet(name_ar="رويترز", kind="agency")),
        story(CAME_AGAIN, outlet="الأهرام", day=14, speaker="الرئيس الروسى"),
        story(AVIATION, outlet="روسيا اليوم", speaker="بوتين"),
    )


# --- Grouping when articles are stored ---------------------------------------------------------


def test_storing_groups_two_translations_and_keeps_the_near_miss_apart(three):
    sky, ahram, rt = three

    assert groups() == [["الأهرام", "سكاي نيوز عربية"]]
    group = quote_of(sky).statement_group
    assert group.speaker.slug == "vladimir-putin"
    assert (quote_of(ahram).statement_group, quote_of(rt).statement_group) == (group, None)
    assert quote_of(sky).wording[:3] == ["=سبب", "=جاء", "@kim-jong-un"]


def test_storing_keeps_different_speakers_and_distant_days_apart():
    story(DATES, outlet="روسيا اليوم", speaker="دميتري بيسكوف")
    story(DATES_AGAIN, outlet="العين الإخبارية", speaker="الرئيس الروسي فلاديمير بوتين")
    story(DATES_AGAIN, outlet="الأناضول", day=25, speaker="دميتري بيسكوف")

    assert groups() == []

    story(DATES_AGAIN, outlet="الشرق الأوسط", day=14, speaker="بيسكوف")

    assert groups() == [["الشرق الأوسط", "روسيا اليوم"]]


# An unattributed quote that rewords Putin's words and Lavrov's (see test_statements_chain).
AMBIGUOUS = {
    "putin": ("الزراعة والقمح والموانئ والكهرباء والسكك", "vladimir-putin"),
    "nobody": ("الزراعة والقمح والموانئ والنفط والطلاب", None),
    "lavrov": ("الزراعة والقمح والموانئ والنفط والجامعات", "sergei-lavrov"),
}


@pytest.mark.parametrize("order", list(itertools.permutations(AMBIGUOUS)), ids="-".join)
def test_storing_places_an_ambiguous_quote_as_the_evaluation_does_in_any_order(order):
    registry = extraction_service.gazetteer()
    memory = MemoryGroups(Speakers.from_records(registry.actors.values()))
    quotes = {}
    for key in order:
        text, slug = AMBIGUOUS[key]
        article = make_article(body=f"وجاء في التصريح: «{text}».")
        speaker = Actor.objects.get(slug=slug) if slug else None
        quotes[key] = make_quote(article=article, text=text, speaker=speaker, wording=units(text, registry))
        group_article(article, None, registry, quotes=[quotes[key]])
        memory.add([Statement(key, tuple(units(text, registry)), slug, article.published_on, key)])

    stored = {key: Quote.objects.get(pk=quote.pk).statement_group_id for key, quote in quotes.items()}
    assert stored["nobody"] == stored["putin"] is not None
    assert stored["lavrov"] is None
    placed = memory.groups()
    assert placed["nobody"] == placed["putin"] is not None
    assert placed["lavrov"] is None


@pytest.mark.parametrize("texts", [[CAME_AGAIN], [CAME_AGAIN, DATES]], ids=["one", "several"])
def test_grouping_a_new_articles_statements_runs_a_fixed_number_of_queries(
    three, texts, django_assert_num_queries
):
    """An import's round trips for a new article's statements, however many it has: the
    articles of the window, the candidates, their groups, those groups' quotes, one write."""
    putin = Actor.objects.get(slug="vladimir-putin")
    body = "\n\n".join(f"وقال بوتين: «{text}»." for text in texts)
    article = make_article(outlet=make_outlet(name_ar="الجزيرة", name_en="Al Jazeera"), body=body)
    quotes = [make_quote(article=article, text=text, speaker=putin) for text in texts]
    registry = extraction_service.gazetteer()

    with django_assert_num_queries(5):
        group_article(article, None, registry, quotes=quotes)

    assert groups() == [["الأهرام", "الجزيرة", "سكاي نيوز عربية"]]


def test_reextraction_regroups_and_dissolves_a_group_left_with_one_quote(three):
    sky, ahram, _rt = three
    ahram.body = "وصل الزعيم الكوري الشمالي إلى قاعدة فوستوشني."
    ahram.save()

    extract_article(ahram)

    assert (StatementGroup.objects.count(), quote_of(sky).statement_group) == (0, None)


def test_reextraction_keeps_what_an_editor_split(three):
    sky, ahram, _rt = three
    split_group(quote_of(sky).statement_group, [quote_of(ahram)])

    extract_article(ahram)
    extract_article(sky)

    assert groups() == [["الأهرام"], ["سكاي نيوز عربية"]]
    assert set(StatementGroup.objects.values_list("decided", flat=True)) == {True}


def test_reextraction_keeps_what_an_editor_merged(three):
    sky, _ahram, rt = three
    merged = merge_groups([quote_of(sky).statement_group, StatementGroup.objects.create()])
    quote = quote_of(rt)
    quote.statement_group = merged
    quote.save()

    extract_article(rt)

    assert groups() == [["الأهرام", "روسيا اليوم", "سكاي نيوز عربية"]]


def test_deleting_an_article_dissolves_its_group(three):
    three[1].delete()

    assert StatementGroup.objects.count() == 0


def test_group_statements_command_regroups_the_archive(three, capsys):
    Quote.objects.update(statement_group=None, wording=[])
    StatementGroup.objects.all().delete()

    call_command("group_statements")

    assert capsys.readouterr().out == "1 statement groups\n"
    assert groups() == [["الأهرام", "سكاي نيوز عربية"]]


def test_group_statements_after_a_rule_change_keeps_what_an_editor_split(three, capsys):
    sky, ahram, _rt = three
    split_group(quote_of(sky).statement_group, [quote_of(ahram)])
    Quote.objects.update(wording=[])  # stored with older rules: computed again first

    call_command("group_statements")

    assert capsys.readouterr().out == "2 statement groups\n"
    assert groups() == [["الأهرام"], ["سكاي نيوز عربية"]]
    assert set(StatementGroup.objects.values_list("decided", flat=True)) == {True}
    assert quote_of(sky).wording[:2] == ["=سبب", "=جاء"]


def test_group_statements_after_a_rule_change_keeps_what_an_editor_merged(three, capsys):
    sky, _ahram, rt = three
    merged = merge_groups([quote_of(sky).statement_group, StatementGroup.objects.create()])
    quote = quote_of(rt)
    quote.statement_group = merged
    quote.save()
    Quote.objects.update(wording=[])

    call_command("group_statements")

    assert capsys.readouterr().out == "1 statement groups\n"
    assert groups() == [["الأهرام", "روسيا اليوم", "سكاي نيوز عربية"]]
    assert StatementGroup.objects.get().decided is True


def test_evaluate_statement_groups_command_prints_the_scores(capsys):
    call_command("evaluate_statement_groups", "corpus/gold/statements/tune.json")

    assert capsys.readouterr().out.splitlines() == [
        "51 renderings of 13 statements, 8 near misses: 13 groups",
        "pair precision 1.000 (73/73)",
        "pair recall    0.961 (73/76)",
        "pair F1        0.980",
        "near misses apart 8/8",
    ]


def test_evaluate_statement_groups_command_names_a_bad_file(tmp_path):
    path = tmp_path / "gold.json"
    path.write_text("[]", encoding="utf-8")

    with pytest.raises(Exception, match=r"gold.json: expected an object with a list of 'statements'"):
        call_command("evaluate_statement_groups", str(path))


# --- The admin ---------------------------------------------------------------------------------


@pytest.fixture
def editor(client):
    client.force_login(make_member(username="layla", group="Editors"))


def inline_data(group: StatementGroup, split: list[Quote]) -> dict:
    quotes = list(group.quotes.order_by("pk"))
    data = {
        "decided": "",
        "quotes-TOTAL_FORMS": len(quotes),
        "quotes-INITIAL_FORMS": len(quotes),
        "quotes-MIN_NUM_FORMS": 0,
        "quotes-MAX_NUM_FORMS": 0,
    }
    for number, quote in enumerate(quotes):
        data[f"quotes-{number}-id"] = quote.pk
        data[f"quotes-{number}-statement_group"] = group.pk
        if quote in split:
            data[f"quotes-{number}-split_off"] = "on"
    return data


def test_admin_split_moves_the_ticked_quotes_to_a_new_decided_group(client, editor, three):
    sky, ahram, _rt = three
    group = quote_of(sky).statement_group

    page = client.get(f"/admin/articles/statementgroup/{group.pk}/change/")
    response = client.post(
        f"/admin/articles/statementgroup/{group.pk}/change/",
        inline_data(group, [quote_of(ahram)]),
        follow=True,
    )

    assert 'name="quotes-0-split_off"' in page.content.decode()
    new = quote_of(ahram).statement_group
    assert f"فُصل نقل واحد في {new}." in [str(m) for m in response.context["messages"]]
    assert groups() == [["الأهرام"], ["سكاي نيوز عربية"]]
    assert (StatementGroup.objects.get(pk=group.pk).decided, new.decided) == (True, True)
    moved = quote_of(ahram).history.first()
    assert (moved.statement_group_id, moved.history_change_reason) == (new.pk, "split by layla")


def test_admin_merge_action_folds_groups_into_the_oldest(client, editor, three):
    sky, _ahram, rt = three
    other = split_group(quote_of(sky).statement_group, [quote_of(sky)])
    first = StatementGroup.objects.exclude(pk=other.pk).get()

    response = client.post(
        "/admin/articles/statementgroup/",
        {"action": "merge", "_selected_action": [first.pk, other.pk]},
        follow=True,
    )

    assert f"دُمجت 2 مجموعات في {first}." in [str(m) for m in response.context["messages"]]
    assert groups() == [["الأهرام", "سكاي نيوز عربية"]]
    assert [h.history_type for h in StatementGroup.history.filter(id=other.pk)] == ["-", "~", "+"]
    assert quote_of(rt).statement_group is None


def test_admin_group_list_shows_speaker_first_wording_and_counts(client, editor, three):
    response = client.get("/admin/articles/statementgroup/")

    row = re.search(
        r'<tr[^>]*>\s*<td class="action-checkbox">.*?</tr>', response.content.decode(), re.S
    ).group()
    assert "فلاديمير بوتين" in row
    assert CAME[:60] in row
    assert re.findall(r'<td class="field-n_(?:quotes|articles)">(\d+)</td>', row) == ["2", "2"]


# --- /compare/ and the exports -----------------------------------------------------------------


def test_compare_shows_each_outlets_wording_who_was_first_and_through_which_wire(client, three):
    cache.clear()
    body = client.get("/compare/").content.decode()
    section = body[body.index('id="statements"') : body.index("</section>", body.index('id="statements"'))]

    assert re.findall(r"<figcaption><a href=\"[^\"]+\"><bdi>([^<]+)</bdi>", section) == [
        "سكاي نيوز عربية",
        "الأهرام",
    ]
    assert "<ins>" in section  # the Ahram wording differs from the first
    first = re.search(r'<p class="statement-first">(.*?)</p>', section, re.S).group(1)
    assert re.sub(r"<[^>]+>|\s+", " ", first).split() == [
        "نقلته", "أولًا:", "سكاي", "نيوز", "عربية", "(عبر", "رويترز", ")", "2023-09-13",
    ]  # fmt: skip
    assert f'href="{uri_to_iri(three[1].get_absolute_url())}"' in section  # the slug unescaped


def test_compare_statement_section_queries_are_the_same_for_one_and_several_groups(
    client, three, django_assert_num_queries
):
    story(DATES, outlet="روسيا اليوم", speaker="دميتري بيسكوف")
    story(DATES_AGAIN, outlet="الشرق الأوسط", speaker="بيسكوف")
    Article.objects.filter(outlet__name_ar__in=["روسيا اليوم", "الشرق الأوسط"]).update(status="draft")
    cache.clear()
    client.get("/compare/", {"by": "article"})
    # 39: the page cache reads the archive version and the page in one query, one sets
    # work_mem, the distinctive words are looked up, counted and kept (6, database cache),
    # the facets read their stamp and the counts kept under it (by the request above)
    with django_assert_num_queries(39):
        one = client.get("/compare/")
    Article.objects.update(status="published")
    cache.clear()
    client.get("/compare/", {"by": "article"})
    with django_assert_num_queries(39):
        several = client.get("/compare/")

    assert [len(g["quotes"]) for g in one.context["statement_groups"]] == [2]
    assert [g["speaker"] for g in several.context["statement_groups"]] == ["vladimir-putin", "dmitry-peskov"]


def test_quote_export_carries_the_group_in_its_last_column(client, three):
    group = quote_of(three[0]).statement_group

    response = client.get("/quotes/", {"speaker": "vladimir-putin", "format": "csv"})
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))

    assert rows[0][-1] == "statement_group"
    assert sorted(row[-1] for row in rows[1:]) == ["", str(group.pk), str(group.pk)]
    data = json.loads(client.get("/quotes/", {"speaker": "vladimir-putin", "format": "json"}).content)
    assert sorted(str(q["statement_group"]) for q in data["quotes"]) == [str(group.pk), str(group.pk), "None"]


def test_compare_export_carries_the_group_of_each_statement_row(client, three):
    group = quote_of(three[0]).statement_group
    cache.clear()

    response = client.get("/compare/", {"format": "csv"})
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))

    assert list(rows[0])[-1] == "statement_group"
    statements = [(r["group_label"], r["statement_group"]) for r in rows if r["section"] == "statement"]
    assert statements == [("سكاي نيوز عربية", str(group.pk)), ("الأهرام", str(group.pk))]
    data = json.loads(client.get("/compare/", {"format": "json"}).content)
    assert [g["group"] for g in data["statements"]] == [group.pk]
