"""The comparison queries (`articles/compare.py`) on the seed corpus, as the real pipeline
stores it: the importer with the manifest runs extraction and stores the quotes,
mentions and sentences (with their frame matches and word counts) the page counts.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import transaction

from articles.compare import Selection, compare, evidence
from articles.extraction.frames import find_terms
from articles.models import Actor, Article, FrameTerm, Outlet, Quote, SentenceFrame
from articles.sentences import frame_lexicons, match_frames, store_sentences
from articles.tests.factories import import_seed_corpus

SEEDS = Path(__file__).resolve().parents[2] / "corpus" / "seeds"


@pytest.fixture
def seeds(db):
    return import_seed_corpus()


def _compare(by: str = "outlet") -> dict:
    return compare(Selection(Article.objects.published(), by=by))


def _column(data: dict, key: str) -> dict:
    return next(c for c in data["columns"] if c["key"] == key)


def test_columns_group_wire_copy_under_its_agency_and_unknown_copy_alone(seeds):
    data = _compare()

    keys = {c["key"]: (c["kind"], c["articles"]) for c in data["columns"]}

    assert keys == {
        "reuters": ("wire", 1),
        "alqahera-news": ("outlet", 1),
        f"article-{seeds['002'].pk}": ("article", 1),
        "associated-press": ("wire", 1),
        "agence-france-presse": ("wire", 1),
    }
    assert _column(data, f"article-{seeds['002'].pk}")["label"].startswith("وصل الزعيم الكوري الشمالي")


def test_voices_afp_copy_gives_the_united_states_the_largest_share(seeds):
    sides = _compare()["voices"]["sides"]["agence-france-presse"]

    assert sides[0]["side"] == "united-states"
    assert (sides[0]["count"], sides[0]["share"]) == (5, 0.5556)
    assert {s["side"]: s["count"] for s in sides} == {"united-states": 5, "russia": 3, "south-korea-japan": 1}


def test_voices_first_and_last_word_by_side(seeds):
    sides = {s["side"]: s for s in _compare()["voices"]["sides"]["agence-france-presse"]}

    assert sides["russia"]["first_word"] == 1  # Peskov: «كلا، لا يمكننا تأكيد ذلك»
    assert sides["united-states"]["last_word"] == 1  # Kirby


def test_voices_analysts_are_their_own_side(seeds):
    sides = _compare()["voices"]["sides"][f"article-{seeds['002'].pk}"]

    assert {s["side"]: s["count"] for s in sides} == {"russia": 2, "analysts": 1}


def test_sources_alqahera_news_cites_cnn_three_times(seeds):
    sources = _compare()["sources"]["alqahera-news"]

    assert sources[0]["medium"] == "cnn"
    assert sources[0]["count"] == 3
    # «وقالت وكالة الأنباء الكورية الشمالية الرسمية» is a citation too.
    assert {s["medium"] for s in sources} == {"cnn", "monte-carlo-doualiya", "financial-times", "kcna"}


def test_sources_leave_out_a_columns_own_agency_through_its_actor_link(seeds):
    # AFP's dispatch names «فرانس برس», its own credit: the medium is linked to the column's
    # agency (Actor.outlet), so it is no citation, whatever the agency's row is called.
    Outlet.objects.filter(slug="agence-france-presse").update(name_ar="أ.ف.ب", name_en="France Presse")
    linked = {s["medium"] for s in _compare()["sources"].get("agence-france-presse", [])}

    Actor.objects.filter(slug="afp").update(outlet=None)
    unlinked = {s["medium"] for s in _compare()["sources"]["agence-france-presse"]}

    assert "afp" not in linked
    assert unlinked - linked == {"afp"}


def test_same_statement_groups_putin_across_reuters_and_ap_copy(seeds):
    groups = _compare()["statements"]

    putin = [g for g in groups if g["speaker"] == "vladimir-putin"]
    assert len(putin) == 1
    assert [(q["key"], q["text"][:23]) for q in putin[0]["quotes"]] == [
        ("reuters", "لهذا السبب جئنا إلى هنا"),
        ("associated-press", "لهذا السبب جئنا إلى هنا"),
    ]


def test_same_statement_groups_guterres_warning_across_reuters_and_alqahera(seeds):
    groups = _compare()["statements"]

    guterres = [g for g in groups if g["speaker"] == "antonio-guterres"]
    assert [sorted(q["key"] for q in g["quotes"]) for g in guterres] == [["alqahera-news", "reuters"]]


def test_same_statement_never_groups_different_speakers(seeds):
    groups = _compare()["statements"]

    assert all(len({q["key"] for q in g["quotes"]}) >= 2 for g in groups)
    assert not [g for g in groups if g["speaker"] == "south-korea-ministry-of-unification"]


def test_same_statement_wording_is_stored_with_the_quote(seeds):
    putin = Quote.objects.get(text="لهذا السبب جئنا إلى هنا")

    assert putin.wording == ["=سبب", "=جاء"]  # لهذا → =سبب, جئنا → =جاء; إلى, هنا dropped


def test_frames_every_counted_sentence_contains_a_lexicon_entry(seeds):
    data = _compare()
    lexicons = {f["slug"]: f for f in frame_lexicons()}
    sel = Selection(Article.objects.published())
    checked = 0
    for frame in data["frames"]:
        for cell in frame["cells"]:
            found = evidence(sel, frame["slug"], cell["key"], list(lexicons.values()))
            assert found["total"] == cell["count"]
            for sentence in found["sentences"]:
                assert find_terms(sentence["normalized"], lexicons[frame["slug"]]["terms"])
                checked += 1
    assert checked > 50


def test_frames_shares_are_of_the_column_sentences(seeds):
    data = _compare()
    reuters = _column(data, "reuters")
    space = next(f for f in data["frames"] if f["slug"] == "space-satellites")
    cell = next(c for c in space["cells"] if c["key"] == "reuters")

    assert cell["count"] >= 3
    assert cell["share"] == round(cell["count"] / reuters["sentences"], 4)


def test_loaded_words_leave_out_names_and_keep_quoted_terms(seeds):
    terms = _compare()["terms"]

    assert "“الكفاح المقدس”".strip("“”") in [t["term"] for t in terms["associated-press"]]
    assert "يتوسل" in [t["term"] for t in terms["reuters"]]
    alqahera = [t["term"] for t in terms["alqahera-news"]]
    assert "سي. إن. إن" not in alqahera and "بوتين" not in alqahera
    assert "قوى الشر" in alqahera


def test_distinctive_words_are_scored_against_the_rest(seeds):
    words = _compare()["words"]

    assert words["alqahera-news"]
    assert all(w["z"] > 1.96 and w["count"] >= 2 for ws in words.values() for w in ws)


def test_by_article_gives_every_article_a_column(seeds):
    data = _compare(by="article")

    assert sorted(c["key"] for c in data["columns"]) == sorted(f"article-{a.pk}" for a in seeds.values())


def test_timeline_counts_articles_per_day(seeds):
    timeline = _compare()["timeline"]

    assert {(t["day"], t["key"]) for t in timeline} >= {
        ("2023-09-05", "agence-france-presse"),
        ("2023-09-14", "alqahera-news"),
    }
    assert sum(t["count"] for t in timeline) == 5


def test_headlines_and_leads(seeds):
    heads = _compare()["headlines"]

    assert heads["alqahera-news"][0]["headline"].startswith("تقارب يزعج الغرب")
    assert heads["alqahera-news"][0]["lead"].startswith("أعلنت بيونج يانج")
    assert heads["reuters"][0]["lead"].startswith("موسكو: التقى الزعيم")


def test_drafts_never_reach_the_public_selection(db):
    import_seed_corpus(status=Article.Status.DRAFT)

    data = _compare()

    assert data["columns"] == []
    assert data["statements"] == [] and data["sources"] == {} and data["timeline"] == []


def test_store_sentences_rebuilds_with_offsets_and_normalised_text(seeds):
    article = seeds["000"]

    count = store_sentences(article)

    sentences = list(article.sentences.all())
    assert len(sentences) == count
    assert sentences[0].text.startswith("موسكو: التقى")
    assert "أ" not in "".join(s.normalized for s in sentences)


def _matches(frame_slug: str) -> set[tuple[int, int]]:
    return set(SentenceFrame.objects.filter(frame__slug=frame_slug).values_list("sentence_id", "article_id"))


def test_frames_rematch_when_an_editor_adds_a_lexicon_entry(seeds, django_capture_on_commit_callbacks):
    before = _matches("space-satellites")
    unmatched = seeds["001"].sentences.exclude(pk__in=[pk for pk, _ in before]).order_by("position")
    sentence = unmatched[0]
    word = max(sentence.normalized.split(), key=len).strip('،.:؛"')
    frame = next(f for f in frame_lexicons() if f["slug"] == "space-satellites")

    with django_capture_on_commit_callbacks(execute=True):
        FrameTerm.objects.create(frame_id=frame["id"], phrase=word)

    added = _matches("space-satellites") - before
    assert (sentence.pk, seeds["001"].pk) in added
    found = evidence(
        Selection(Article.objects.published()), "space-satellites", "alqahera-news", frame_lexicons()
    )
    assert sentence.pk in [s["id"] for s in found["sentences"]]


def test_frames_rematch_after_an_earlier_lexicon_change_was_rolled_back(
    seeds, django_capture_on_commit_callbacks
):
    frame = next(f for f in frame_lexicons() if f["slug"] == "space-satellites")
    try:
        with transaction.atomic():
            FrameTerm.objects.create(frame_id=frame["id"], phrase="كلمة لم تحفظ")
            raise RuntimeError("the editor's form failed")
    except RuntimeError:
        pass
    before = _matches("space-satellites")
    sentence = seeds["001"].sentences.exclude(pk__in=[pk for pk, _ in before]).order_by("position")[0]
    word = max(sentence.normalized.split(), key=len).strip('،.:؛"')

    with django_capture_on_commit_callbacks(execute=True):
        FrameTerm.objects.create(frame_id=frame["id"], phrase=word)

    assert (sentence.pk, seeds["001"].pk) in _matches("space-satellites") - before


def test_frames_rematched_in_sql_equal_the_matches_made_on_store(seeds):
    stored = set(SentenceFrame.objects.values_list("sentence_id", "frame_id", "article_id"))

    SentenceFrame.objects.all().delete()
    call_command("rematch_frames", verbosity=0)

    assert set(SentenceFrame.objects.values_list("sentence_id", "frame_id", "article_id")) == stored
    assert len(stored) > 50


def test_frames_rematch_agrees_with_the_python_matcher(seeds):
    lexicons = {f["id"]: f for f in frame_lexicons()}
    match_frames()

    stored = set(SentenceFrame.objects.values_list("sentence_id", "frame_id"))
    for sentence in seeds["000"].sentences.all():
        for frame_id, frame in lexicons.items():
            assert ((sentence.pk, frame_id) in stored) == bool(
                find_terms(sentence.normalized, frame["terms"])
            )


def _all_matches() -> set[tuple[int, int, int]]:
    return set(SentenceFrame.objects.values_list("sentence_id", "frame_id", "article_id"))


def test_an_imports_frame_matches_by_python_equal_postgresqls(seeds):
    ids = [a.pk for a in seeds.values()]
    match_frames(article_ids=ids)  # Python's re, as an import does
    by_python = _all_matches()

    match_frames()  # PostgreSQL's engine, as a rematch of the archive does
    by_postgres = _all_matches()

    assert by_python == by_postgres
    assert len(by_python) == SentenceFrame.objects.count() == 288
