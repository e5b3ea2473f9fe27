"""The reference data: the files of articles/reference/, their validation, and
`load_reference_data`, which loads them without undoing an editor's work."""

from __future__ import annotations

import re
from dataclasses import replace
from io import StringIO
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.core.management.base import CommandError

from articles import reference
from articles.models import Actor, Alias, Frame, FrameTerm, LoadedReference, Outlet, SentenceFrame
from articles.reference import ReferenceDataError, loading
from articles.reference.loading import load_reference_data
from articles.sentences import store_sentences
from articles.tests.factories import make_article

MIGRATIONS = Path(__file__).resolve().parents[1] / "migrations"

# --- The files ---------------------------------------------------------------------------------


def test_reference_files_hold_every_actor_medium_frame_and_group():
    data = reference.read()

    assert (len(data.actors), len(data.registry), len(data.media)) == (235, 277, 123)
    assert (len(data.frames), sum(len(f.lexicon) for f in data.frames)) == (9, 430)
    assert [(g.name, len(g.permissions)) for g in data.groups] == [("Editors", 37), ("Newsroom", 10)]


def test_reference_medium_carries_the_actor_it_is_when_cited():
    media = {medium.slug: medium for medium in reference.media()}

    reuters, afp = media["reuters"].actor, media["agence-france-presse"].actor

    assert (reuters.key, reuters.name_ar, reuters.name_en, reuters.kind) == (
        "reuters",
        "رويترز",
        "Reuters",
        "medium",
    )
    assert (afp.key, afp.name_ar, afp.name_en) == ("afp", "وكالة فرانس برس", "AFP")
    assert afp.aliases == ("وكالة فرانس برس", "فرانس برس", "أ ف ب", "AFP", "وكالة الأنباء الفرنسية")
    assert media["al-arabiya"].actor is None


def test_reference_anadolu_is_an_agency_with_its_own_outlet():
    anadolu = next(m for m in reference.media() if m.slug == "anadolu-agency")

    assert (anadolu.is_agency, anadolu.is_outlet) == (True, True)


VALID = {
    "actors.toml": """
[[actor]]
key = "vladimir-putin"
name_ar = "فلاديمير بوتين"
name_en = "Vladimir Putin"
kind = "person"
affiliation = "russia"
gender = "m"
titles = ["الرئيس الروسي"]
""",
    "media.toml": """
[[medium]]
slug = "reuters"
name_ar = "رويترز"
name_en = "Reuters"
kind = "agency"
domains = ["reuters.com"]

[medium.actor]
key = "reuters"
affiliation = "other"
gender = "f"
""",
    "frames.toml": """
[[frame]]
slug = "sanctions-law"
name_ar = "العقوبات والقانون الدولي"
name_en = "Sanctions and international law"
position = 0
lexicon = ["عقوبات", "حظر"]
""",
    "groups.toml": """
[[group]]
name = "Newsroom"
permissions = ["articles.view_draft"]
""",
}


def write_data(directory: Path, file: str = "", old: str = "", new: str = "") -> Path:
    """The VALID files in ``directory``, with ``old`` replaced by ``new`` in ``file``."""
    for name, text in VALID.items():
        if name == file:
            assert old in text
            text = text.replace(old, new)
        (directory / name).write_text(text, encoding="utf-8")
    return directory


def test_reference_read_accepts_the_minimal_files(tmp_path):
    data = reference.read(write_data(tmp_path))

    assert [a.key for a in data.registry] == ["vladimir-putin", "reuters"]
    assert data.media[0].actor.name_ar == "رويترز"


BAD_FILES = [
    (
        "actors.toml",
        'kind = "person"',
        'kind = "robot"',
        "actors.toml: actor \"vladimir-putin\": unknown kind 'robot' "
        "(one of: person, organisation, country, medium)",
    ),
    (
        "actors.toml",
        'name_ar = "فلاديمير بوتين"\n',
        "",
        'actors.toml: actor "vladimir-putin": missing name_ar',
    ),
    ("actors.toml", 'key = "vladimir-putin"\n', "", "actors.toml: actor #1: missing key"),
    (
        "actors.toml",
        'titles = ["الرئيس الروسي"]',
        'titles = ["الرئيس الروسي", "الرئيس الروسى"]',
        "actors.toml: actor \"vladimir-putin\": titles: 'الرئيس الروسى' repeats 'الرئيس الروسي' "
        "(spellings that differ only in hamza seats, ى/ي, ة/ه or diacritics are one alias)",
    ),
    (
        "actors.toml",
        'titles = ["الرئيس الروسي"]',
        'title = ["الرئيس الروسي"]',
        'actors.toml: actor "vladimir-putin": unknown field title',
    ),
    (
        "actors.toml",
        'titles = ["الرئيس الروسي"]',
        'titles = ["الرئيس الروسي"]\npart_of = "kremlin"',
        "actor \"vladimir-putin\": part_of 'kremlin' is no actor's key",
    ),
    (
        "actors.toml",
        'titles = ["الرئيس الروسي"]',
        'titles = ["الرئيس الروسي"]\npart_of = "vladimir-putin"',
        "actor \"vladimir-putin\": part_of leads back to 'vladimir-putin'",
    ),
    (
        "actors.toml",
        'name_en = "Vladimir Putin"',
        'name_en = "Vladimir Putin',
        "actors.toml: not valid TOML: Illegal character '\\n' (at line 5, column 26)",
    ),
    (
        "media.toml",
        'domains = ["reuters.com"]',
        'domains = ["https://www.reuters.com/world"]',
        "media.toml: medium \"reuters\": domains: 'https://www.reuters.com/world' is not a host name "
        "(write aljazeera.net, not a URL)",
    ),
    (
        "media.toml",
        'domains = ["reuters.com"]',
        'domains = ["reuters.com"]\n\n[[medium]]\nslug = "reuters"\nname_ar = "رويترز"\n'
        'name_en = "Reuters"\nkind = "agency"',
        "media.toml: medium \"reuters\": slug 'reuters' is already another entry's",
    ),
    (
        "media.toml",
        'key = "reuters"',
        'key = "vladimir-putin"',
        "media.toml: medium \"reuters\", its actor: key 'vladimir-putin' is already another entry's",
    ),
    (
        "frames.toml",
        'lexicon = ["عقوبات", "حظر"]',
        'lexicon = ["عقوبات", "حظر", "عقوبات"]',
        "frames.toml: frame \"sanctions-law\": lexicon: 'عقوبات' repeats 'عقوبات' "
        "(one entry per normalised form)",
    ),
    (
        "groups.toml",
        '"articles.view_draft"',
        '"view_draft"',
        "groups.toml: group \"Newsroom\": permissions: 'view_draft' is not app_label.codename "
        "(articles.view_draft)",
    ),
]


@pytest.mark.parametrize(("file", "old", "new", "message"), BAD_FILES)
def test_reference_read_names_the_file_the_entry_and_the_mistake(tmp_path, file, old, new, message):
    directory = write_data(tmp_path, file, old, new)

    with pytest.raises(ReferenceDataError) as error:
        reference.read(directory)

    assert str(error.value) == message


def test_migrations_import_no_application_code_and_run_no_queries():
    offending = {
        path.name: line.strip()
        for path in MIGRATIONS.glob("*.py")
        for line in path.read_text(encoding="utf-8").splitlines()
        if re.match(r"\s*(from|import)\s+articles\b", line) or "RunPython" in line or "call_command" in line
    }

    assert offending == {}
    assert sorted(path.name for path in MIGRATIONS.glob("*.py"))[:2] == [
        "0001_initial.py",
        "0002_imports_and_set_aside_quotes.py",
    ]


# --- Loading ---------------------------------------------------------------------------------


def load(*args, **options) -> str:
    out = StringIO()
    call_command("load_reference_data", *args, stdout=out, **options)
    return out.getvalue()


def stored() -> dict[str, list]:
    """Every reference row, in full."""
    groups = Group.objects.order_by("pk")
    return {
        "actors": list(Actor.objects.order_by("pk").values_list()),
        "aliases": list(Alias.objects.order_by("pk").values_list()),
        "outlets": list(Outlet.objects.order_by("pk").values_list()),
        "frames": list(Frame.objects.order_by("pk").values_list()),
        "terms": list(FrameTerm.objects.order_by("pk").values_list()),
        "groups": [(g.name, sorted(g.permissions.values_list("codename", flat=True))) for g in groups],
        "loaded": list(
            LoadedReference.objects.order_by("pk").values_list("model", "key", "object_id", "checksum")
        ),
    }


def test_load_reference_data_twice_on_a_fresh_database_changes_nothing_the_second_time(db):
    for model in (LoadedReference, Actor, Outlet, Frame, Group):
        model.objects.all().delete()

    first = load()
    before = stored()
    second = load()

    assert first == "Added 123 outlets, 277 actors, 1002 aliases, 9 frames, 430 lexicon terms, 2 groups.\n"
    assert second == "Reference data: nothing to add or update.\n"
    assert stored() == before


def test_load_reference_data_on_the_test_database_finds_everything_loaded(db):
    before = stored()

    assert load() == "Reference data: nothing to add or update.\n"
    assert stored() == before


def test_actor_outlet_links_reuters_the_agency_to_reuters_the_medium(db):
    reuters = Actor.objects.select_related("outlet").get(slug="reuters")

    assert (reuters.kind, reuters.outlet.slug, reuters.outlet.kind) == ("medium", "reuters", "agency")
    assert Outlet.objects.get(slug="agence-france-presse").actor.slug == "afp"
    assert Outlet.objects.get(slug="alqahera-news").actor.slug == "alqahera-news"
    assert Actor.objects.filter(outlet__isnull=False).count() == 42
    assert Actor.objects.get(slug="the-guardian").outlet is None  # cited, never imported from


def test_load_reference_data_keeps_an_actor_an_editor_renamed(db):
    putin = Actor.objects.get(slug="vladimir-putin")
    putin.name_ar = "الرئيس فلاديمير بوتين"
    putin.save()
    data = reference.reference()
    changed = replace(
        data,
        actors=tuple(replace(a, role_ar="رئيس روسيا") if a.key == putin.slug else a for a in data.actors),
    )

    report = load_reference_data(changed)

    putin.refresh_from_db()
    assert (putin.name_ar, putin.role) == ("الرئيس فلاديمير بوتين", "الرئيس الروسي")
    assert report.lines(verbose=True) == [
        "Reference data: nothing to add or update.",
        "Left as an editor changed or deleted them: 1 actor.",
    ]


def test_load_reference_data_does_not_recreate_an_alias_an_editor_deleted(db):
    Alias.objects.get(actor__slug="kim-jong-un", name="كيم").delete()

    output = load(verbosity=2)

    assert not Alias.objects.filter(actor__slug="kim-jong-un", name="كيم").exists()
    assert output == (
        "Reference data: nothing to add or update.\nLeft as an editor changed or deleted them: 1 alias.\n"
    )


def test_load_reference_data_does_not_recreate_an_outlet_an_editor_deleted(db):
    Outlet.objects.filter(slug__in=["al-arabiya", "reuters"]).delete()

    output = load(verbosity=2)

    assert not Outlet.objects.filter(slug__in=["al-arabiya", "reuters"]).exists()
    # Reuters the medium lost its link with the outlet: an editor's change, kept too.
    assert Actor.objects.get(slug="reuters").outlet is None
    assert output == (
        "Reference data: nothing to add or update.\n"
        "Left as an editor changed or deleted them: 2 outlets, 1 actor.\n"
    )


def test_load_reference_data_keeps_a_group_an_editor_changed(db):
    newsroom = Group.objects.get(name="Newsroom")
    newsroom.permissions.add(Permission.objects.get(codename="change_quote"))

    assert load() == "Reference data: nothing to add or update.\n"
    assert newsroom.permissions.filter(codename="change_quote").exists()


def test_load_reference_data_brings_a_data_file_change_to_an_untouched_row(db):
    data = reference.reference()
    actors = tuple(
        replace(a, role_ar="رئيس روسيا", aliases=(*a.aliases, "بوتن")) if a.key == "vladimir-putin" else a
        for a in data.actors
    )
    media = tuple(replace(m, country="بريطانيا") if m.slug == "reuters" else m for m in data.media)

    report = load_reference_data(replace(data, actors=actors, media=media))

    assert report.lines() == ["Added 1 alias.", "Updated 1 outlet, 1 actor."]
    assert Actor.objects.get(slug="vladimir-putin").role == "رئيس روسيا"
    assert Alias.objects.get(actor__slug="vladimir-putin", name="بوتن").kind == "name"
    assert Outlet.objects.get(slug="reuters").country == "بريطانيا"


def test_load_reference_data_places_the_nsc_inside_the_white_house(db):
    parts = Actor.objects.filter(part_of__isnull=False).values_list("slug", "part_of__slug")

    assert sorted(parts) == [
        ("russian-embassy-pyongyang", "russian-foreign-ministry"),
        ("us-national-security-council", "white-house"),
    ]


def test_load_reference_data_brings_part_of_to_a_row_loaded_before_it(db):
    # A database loaded before the field existed: the NSC's checksum holds no part_of.
    council = Actor.objects.get(slug="us-national-security-council")
    council.part_of = None
    council.save()
    entry = LoadedReference.objects.get(model="actor", key=council.slug)
    entry.checksum = loading._checksum(loading._actor_fields(council))
    entry.save()

    report = load_reference_data()

    council.refresh_from_db()
    assert (report.lines(), council.part_of.slug) == (["Updated 1 actor."], "white-house")


def test_load_reference_data_keeps_a_part_of_an_editor_cleared(db):
    council = Actor.objects.get(slug="us-national-security-council")
    council.part_of = None
    council.save()

    report = load_reference_data()

    council.refresh_from_db()
    assert council.part_of is None
    assert report.lines(verbose=True) == [
        "Reference data: nothing to add or update.",
        "Left as an editor changed or deleted them: 1 actor.",
    ]


def test_load_reference_data_brings_a_new_part_of_to_an_untouched_row(db):
    data = reference.reference()
    actors = tuple(replace(a, part_of="kremlin") if a.key == "state-duma" else a for a in data.actors)

    report = load_reference_data(replace(data, actors=actors))

    assert report.lines() == ["Updated 1 actor."]
    assert Actor.objects.get(slug="state-duma").part_of.slug == "kremlin"


def _without_putin_alias(data, name):
    actors = tuple(
        replace(a, aliases=tuple(n for n in a.aliases if n != name)) if a.key == "vladimir-putin" else a
        for a in data.actors
    )
    return replace(data, actors=actors)


def test_load_reference_data_removes_an_alias_the_data_file_dropped(db):
    data = reference.reference()
    assert "بوتين" in next(a for a in data.actors if a.key == "vladimir-putin").aliases
    dropped = _without_putin_alias(data, "بوتين")

    report = load_reference_data(dropped)
    again = load_reference_data(dropped)

    assert report.lines() == ["Removed 1 alias."]
    assert not Alias.objects.filter(actor__slug="vladimir-putin", name="بوتين").exists()
    assert not LoadedReference.objects.filter(model="alias", key__startswith="vladimir-putin/بوتين").exists()
    assert again.lines() == ["Reference data: nothing to add or update."]
    # Back in the file, it is loaded again like any new entry.
    assert load_reference_data(data).lines() == ["Added 1 alias."]


def test_load_reference_data_keeps_a_dropped_alias_an_editor_changed(db):
    alias = Alias.objects.get(actor__slug="vladimir-putin", name="بوتين")
    alias.kind = Alias.Kind.TITLE
    alias.save()

    report = load_reference_data(_without_putin_alias(reference.reference(), "بوتين"))

    assert report.lines(verbose=True) == [
        "Reference data: nothing to add or update.",
        "Left as an editor changed or deleted them: 1 alias.",
    ]
    assert Alias.objects.get(pk=alias.pk).kind == "title"
    assert load_reference_data(_without_putin_alias(reference.reference(), "بوتين")).lines(verbose=True) == [
        "Reference data: nothing to add or update."
    ]


def test_load_reference_data_removes_a_lexicon_term_the_data_file_dropped(db):
    data = reference.reference()
    frame = next(f for f in data.frames if f.lexicon)
    phrase = frame.lexicon[0]
    frames = tuple(replace(f, lexicon=f.lexicon[1:]) if f.slug == frame.slug else f for f in data.frames)

    report = load_reference_data(replace(data, frames=frames))

    assert report.lines() == ["Removed 1 lexicon term."]
    assert not FrameTerm.objects.filter(frame__slug=frame.slug, phrase=phrase).exists()


def test_load_reference_data_rematches_a_frame_whose_lexicon_grew(db, django_capture_on_commit_callbacks):
    article = make_article(headline="زيارة", body="وصل الضيوف إلى خاباروفسك مساء الثلاثاء.")
    store_sentences(article)
    data = reference.reference()
    frames = tuple(
        replace(f, lexicon=(*f.lexicon, "خاباروفسك")) if f.slug == "ceremony-human-interest" else f
        for f in data.frames
    )

    with django_capture_on_commit_callbacks(execute=True):
        report = load_reference_data(replace(data, frames=frames))

    assert report.lines() == ["Added 1 lexicon term."]
    matched = SentenceFrame.objects.filter(article=article).values_list("frame__slug", flat=True)
    assert sorted(matched) == ["ceremony-human-interest"]


@pytest.mark.parametrize(
    ("file", "old", "new", "message"),
    [
        (  # read from the file
            "actors.toml",
            'kind = "person"',
            'kind = "robot"',
            "actors.toml: actor \"vladimir-putin\": unknown kind 'robot' "
            "(one of: person, organisation, country, medium)",
        ),
        (  # found while loading, after the actors and frames were written
            "groups.toml",
            '"articles.view_draft"',
            '"articles.fly"',
            'groups.toml: group "Newsroom": no permission articles.fly '
            "(a typo, or the database is not migrated)",
        ),
    ],
)
def test_load_reference_data_mistake_fails_with_its_message_and_loads_nothing(
    db, tmp_path, file, old, new, message
):
    directory = write_data(tmp_path, file, old, new)
    before = stored()

    with pytest.raises(CommandError) as error:
        load(data_dir=directory)

    assert (str(error.value), stored()) == (message, before)
