"""What makes `import_articles` fast: unchanged files skipped unread, writes in batches."""

from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from articles import caching, importing
from articles.models import Article

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
