"""Two imports at once, each on its own database connection, committing for real.

A barrier holds both imports after they looked the article and the outlet up and before
either writes, so the race the unique constraints decide happens every time.
"""

import threading
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from articles import importing
from articles.models import Article, Outlet
from articles.tests.conftest import restore_reference_data

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

LEAD = "التقى الرئيس الروسي فلاديمير بوتين الزعيم الكوري الشمالي كيم جونغ أون في قاعدة فوستوشني."
OTHER = "وقال بوتين للصحفيين إن البلدين سيعززان التعاون بينهما في مجالات كثيرة خلال الأشهر المقبلة."


@pytest.fixture
def racing(monkeypatch):
    """Both imports' first attempt to write waits for the other's; retries go straight on."""
    barrier = threading.Barrier(2, timeout=20)
    waited = threading.local()
    fill = importing._fill

    def fill_together(article, record, digest):
        if not getattr(waited, "done", False):
            waited.done = True
            barrier.wait()
        fill(article, record, digest)

    monkeypatch.setattr(importing, "_fill", fill_together)


def import_at_once(*arguments: tuple) -> list[tuple[str, str, int]]:
    """Run one import_articles per argument tuple, in threads, and return each one's
    ``(stdout, stderr, exit status)``."""
    results: list = [None] * len(arguments)

    def run(index, args, options):
        out, err = StringIO(), StringIO()
        try:
            call_command("import_articles", *args, stdout=out, stderr=err, **options)
            results[index] = (out.getvalue(), err.getvalue(), 0)
        except CommandError as error:
            results[index] = (out.getvalue(), err.getvalue(), error.returncode)
        finally:
            connection.close()

    threads = [
        threading.Thread(target=run, args=(index, [str(a) for a in args[:-1]], args[-1]))
        for index, args in enumerate(arguments)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    return results


def test_two_imports_of_the_same_file_both_succeed_and_the_loser_reports_unchanged(tmp_path, racing):
    restore_reference_data()
    path = tmp_path / "same.txt"
    path.write_text(f"{LEAD}\n{OTHER}\n", "utf-8")

    results = import_at_once((path, {}), (path, {}))

    assert (sorted(results), Article.objects.count()) == (
        [
            ("created 0, updated 0, unchanged 1, failed 0\n", "", 0),
            ("created 1, updated 0, unchanged 0, failed 0\n", "", 0),
        ],
        1,
    )


def test_two_imports_bringing_the_same_new_outlet_both_succeed(tmp_path, racing):
    restore_reference_data()
    (tmp_path / "a.txt").write_text(f"{LEAD}\n", "utf-8")
    (tmp_path / "b.txt").write_text(f"{OTHER}\n", "utf-8")
    outlets = Outlet.objects.count()

    results = import_at_once(
        (tmp_path / "a.txt", {"outlet": "صحيفة السباق"}), (tmp_path / "b.txt", {"outlet": "صحيفة السباق"})
    )

    names = set(Article.objects.values_list("outlet__name_ar", flat=True))
    assert (results, Outlet.objects.count(), names) == (
        [("created 1, updated 0, unchanged 0, failed 0\n", "", 0)] * 2,
        outlets + 1,
        {"صحيفة السباق"},
    )
