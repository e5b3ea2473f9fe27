"""What makes `import_articles` fast: unchanged files skipped unread, writes in batches."""

from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import DatabaseError, connection
from django.test.utils import CaptureQueriesContext

from articles import caching, importing, statement_groups
from articles.models import Article, Quote, Sentence, SentenceFrame
from articles.sentences import store_sentences

SEEDS = Path(__file__).resolve().parents[2] / "corpus" / "seeds"
SEED = SEEDS / "002_99da0f7227dc3120.txt"

pytestmark = pytest.mark.django_db


def run(*args, **options) -> str:
    out = StringIO()
    call_command("import_articles", *map(str, args), stdout=out, stderr=StringIO(), **options)
    return out.getvalue()


@pytest.fixture
def reads(monkeypatch):
    """The files the importer parses, in order."""
    seen = []
    real = importing.read_path

    def read_path(path, **options):
        seen.append(Path(path).name)
        return real(path, **options)

    monkeypatch.setattr(importing, "read_path", read_path)
    return seen


def test_reimport_skips_an_unchanged_file_unread(reads):
    run(SEED)
    article = Article.objects.get()

    out = run(SEED)

    assert out == "created 0, updated 0, unchanged 1, failed 0\n"
    assert reads == [SEED.name]  # the first run only
    assert len(article.source_hash) == 64
    assert Article.objects.get().updated_at == article.updated_at


def test_reimport_with_another_outlet_reads_the_file_again(reads):
    run(SEED)

    out = run(SEED, outlet="Reuters")

    assert out == "created 0, updated 0, unchanged 1, failed 0\n"  # the same text
    assert reads == [SEED.name, SEED.name]


def test_reimport_of_an_edited_file_reads_it(tmp_path, reads):
    copy = tmp_path / "copy.txt"
    copy.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    run(copy)
    copy.write_text(
        SEED.read_text(encoding="utf-8") + "\nوقال الكرملين إن المحادثات ستستمر.\n", encoding="utf-8"
    )

    out = run(copy)

    assert out == "created 1, updated 0, unchanged 0, failed 0\n"  # no URL: another article
    assert reads == ["copy.txt", "copy.txt"]
    assert Article.objects.filter(source_hash="").count() == 0


def test_article_imported_before_source_hashes_learns_its_file_once(reads):
    run(SEED)
    Article.objects.update(source_hash="")

    run(SEED)
    learned = Article.objects.get().source_hash
    run(SEED)

    assert reads == [SEED.name, SEED.name]
    assert learned == importing.source_hash(
        SEED,
        10**7,
        known=None,
        reference=None,
        outlet=None,
        window=importing.coverage_window(),
    )


def test_import_commits_a_batch_at_a_time_with_one_new_version_each(
    tmp_path, monkeypatch, django_capture_on_commit_callbacks
):
    for number, path in enumerate(sorted(SEEDS.glob("0*.txt"))):
        (tmp_path / f"{number}.txt").write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    bumps = []
    monkeypatch.setattr(importing, "BATCH_SIZE", 2)
    monkeypatch.setattr(caching, "bump", lambda: bumps.append(Article.objects.count()))

    with django_capture_on_commit_callbacks(execute=True):
        out = run(tmp_path)

    assert out == "created 5, updated 0, unchanged 0, failed 0\n"
    # One new version per batch of two, none per article; the test's own transaction runs
    # the three on-commit bumps at its end, when all five are stored.
    assert bumps == [5, 5, 5]


def test_a_runs_known_sources_are_read_in_one_query(tmp_path, django_assert_num_queries):
    paths = []
    for number, path in enumerate(sorted(SEEDS.glob("0*.txt"))[:2]):
        paths.append(tmp_path / f"{number}.txt")
        paths[-1].write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    run(tmp_path)
    stored = dict(Article.objects.values_list("source_name", "pk"))
    digests = [
        importing.source_hash(
            path, 10**7, known=None, reference=None, outlet=None, window=importing.coverage_window()
        )
        for path in paths
    ]
    sources = importing.KnownSources(preload=True)

    with django_assert_num_queries(1):
        found = [sources.get(digest) for digest in [*digests, "0" * 64]]

    assert [article and article.pk for article in found] == [
        stored[str(paths[0])],
        stored[str(paths[1])],
        None,
    ]


def seed_copies(folder: Path) -> list[Path]:
    paths = []
    for number, path in enumerate(sorted(SEEDS.glob("0*.txt"))):
        paths.append(folder / f"{number}.txt")
        paths[-1].write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    return paths


def sentence_rows() -> list[tuple]:
    return list(
        Sentence.objects.order_by("article_id", "position").values_list(
            "article_id", "position", "start", "end", "normalized"
        )
    )


def frame_rows() -> list[tuple]:
    return list(
        SentenceFrame.objects.order_by("article_id", "sentence__position", "frame_id").values_list(
            "article_id", "sentence__position", "frame_id"
        )
    )


def test_a_batch_stores_its_articles_sentences_frames_and_history_as_one_by_one(tmp_path, monkeypatch):
    seed_copies(tmp_path)
    monkeypatch.setattr(importing, "BATCH_SIZE", 2)

    out = run(tmp_path)
    batched = sentence_rows(), frame_rows()
    for article in Article.objects.all():  # again, one article at a time
        store_sentences(article)

    assert out == "created 5, updated 0, unchanged 0, failed 0\n"
    assert (sentence_rows(), frame_rows()) == batched
    assert len(batched[0]) > 5 and len(batched[1]) > 0
    assert sorted(Article.history.values_list("id", "history_type", "headline")) == sorted(
        (pk, "+", headline) for pk, headline in Article.objects.values_list("pk", "headline")
    )


def test_an_article_rolled_back_in_a_batch_leaves_no_sentences_or_history(tmp_path, monkeypatch):
    failing = str(seed_copies(tmp_path)[2])
    real = statement_groups.group_article

    def group_article(article, *args, **kwargs):
        if article.source_name == failing:
            raise DatabaseError("lost the connection")
        return real(article, *args, **kwargs)

    monkeypatch.setattr(statement_groups, "group_article", group_article)
    out = StringIO()

    with pytest.raises(CommandError):
        call_command("import_articles", str(tmp_path), stdout=out, stderr=StringIO())

    stored = set(Article.objects.values_list("pk", flat=True))
    assert out.getvalue() == "created 4, updated 0, unchanged 0, failed 1\n"
    assert {pk for pk, *_ in sentence_rows()} == stored
    assert set(Article.history.values_list("id", flat=True)) == stored
    assert Quote.objects.exclude(article_id__in=stored).count() == 0


def test_a_run_looks_up_no_new_text_and_finds_its_own_copy(tmp_path):
    (tmp_path / "a.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "b.txt").write_text(SEED.read_text(encoding="utf-8") + "\n", encoding="utf-8")

    with CaptureQueriesContext(connection) as queries:
        out = run(tmp_path)

    assert out == "created 1, updated 0, unchanged 1, failed 0\n"  # b.txt: the same text
    lookups = [q["sql"] for q in queries if '"articles_article"."content_hash" =' in q["sql"]]
    assert len(lookups) == 1  # b.txt's, after a.txt stored that text
