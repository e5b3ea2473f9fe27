"""import_articles under hostile input: a corpus generated here, one exact assertion a case.

Every file is written by the test (nothing large is committed).  Each case is either a clear
error that leaves the archive as it was, or a correct import.
"""

import base64
import codecs
import json
import os
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from articles.models import Article, Outlet, Quote

pytestmark = pytest.mark.django_db

SEEDS = Path(__file__).resolve().parents[2] / "corpus" / "seeds"
LEAD = "التقى الرئيس الروسي فلاديمير بوتين الزعيم الكوري الشمالي كيم جونغ أون في قاعدة فوستوشني."
SECOND = "وقال بوتين للصحفيين إن البلدين سيعززان التعاون بينهما في مجالات كثيرة خلال الأشهر المقبلة."
THIRD = "وأكد كيم أن بلاده تقف إلى جانب روسيا في معركتها المقدسة من أجل حماية مصالحها الأمنية."
ARTICLE = "\n".join((LEAD, SECOND, THIRD))
BODY = "\n\n".join((LEAD, SECOND, THIRD))


def run(*paths, **options) -> tuple[str, str, int]:
    """``(stdout, stderr, exit status)`` of one import_articles run."""
    out, err = StringIO(), StringIO()
    try:
        call_command("import_articles", *map(str, paths), stdout=out, stderr=err, **options)
    except CommandError as error:
        return out.getvalue(), err.getvalue(), error.returncode
    return out.getvalue(), err.getvalue(), 0


def counts() -> tuple[int, int, int]:
    return Article.objects.count(), Outlet.objects.count(), Quote.objects.count()


def refused(path: Path, reason: str, before: tuple[int, int, int], **options) -> None:
    assert (run(path, **options), counts()) == (
        ("created 0, updated 0, unchanged 0, failed 1\n", f"error: {path}: {reason}\n", 1),
        before,
    )


# --- Encodings --------------------------------------------------------------------------------


def test_hostile_utf8_with_bad_bytes_is_read_as_utf8_and_the_offsets_named(tmp_path):
    data = ARTICLE.encode()
    cut = data.index(b" ", 40)  # between two words: one bad byte, one offset
    path = tmp_path / "damaged.txt"
    path.write_bytes(data[:cut] + b"\xff" + data[cut:])

    out, err, status = run(path)

    article = Article.objects.get()
    assert (out, err, status, article.body) == (
        "created 1, updated 0, unchanged 0, failed 0\n",
        f"warning: {path}: invalid UTF-8 byte at offset {cut} replaced with U+FFFD\n",
        0,
        BODY[: cut_chars(cut)] + "\ufffd" + BODY[cut_chars(cut) :],
    )


def cut_chars(byte_offset: int) -> int:
    return len(ARTICLE.encode()[:byte_offset].decode())


def test_hostile_utf8_with_bad_bytes_never_becomes_windows_1256_mojibake(tmp_path):
    """The old check took cp1256 as soon as the decoding was "mostly Arabic letters"."""
    seed = next(SEEDS.glob("001_*.txt")).read_bytes()
    path = tmp_path / "seed.txt"
    path.write_bytes(seed[:500] + b"\xc3" + seed[500:])

    run(path)

    body = Article.objects.get().body
    assert (body.count("\ufffd"), "ط¨" in body, "بوتين" in body) == (1, False, True)


def test_hostile_genuine_windows_1256_is_still_read_as_windows_1256(tmp_path):
    path = tmp_path / "legacy.txt"
    path.write_bytes(ARTICLE.encode("cp1256"))

    assert (run(path), Article.objects.get().body) == (
        ("created 1, updated 0, unchanged 0, failed 0\n", "", 0),
        BODY,
    )


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_hostile_utf16_without_bom_is_read(tmp_path, codec):
    path = tmp_path / "wide.txt"
    path.write_bytes(ARTICLE.encode(codec))
    assert not path.read_bytes().startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))

    assert (run(path), Article.objects.get().body) == (
        ("created 1, updated 0, unchanged 0, failed 0\n", "", 0),
        BODY,
    )


# --- Files that are not articles --------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("spaces.txt", b"\n \r\n\t\x0c", "empty file"),
        ("invisible.txt", "\u200b\u200f\ufeff".encode(), "empty file"),
        ("binary.txt", bytes(range(256)) * 30, "binary file or unknown encoding"),
        ("random.txt", bytes((i * 7919) % 251 for i in range(9000)), "binary file or unknown encoding"),
        ("picture.txt", b"\x89PNG\r\n\x1a\n" + bytes(4000), "binary file or unknown encoding"),
        ("oversize.txt", ("نص. " * 2000).encode(), "file too large (12000 bytes, limit 10000)"),
    ],
)
def test_hostile_files_that_are_not_articles_are_refused(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)

    refused(path, reason, counts(), max_bytes=10_000)


def test_hostile_mixed_line_endings_make_one_paragraph_a_line(tmp_path):
    path = tmp_path / "endings.txt"
    path.write_bytes(f"{LEAD}\r\n{SECOND}\r{THIRD}\n".encode())

    run(path)

    assert Article.objects.get().paragraphs == [LEAD, SECOND, THIRD]


def test_hostile_bidi_overrides_and_zero_width_characters_are_dropped(tmp_path):
    path = tmp_path / "marks.txt"
    path.write_text(f"\u202e{LEAD[:10]}\u200b{LEAD[10:]}\u2066\n{SECOND}\u200d\u202c\n{THIRD}\u2069", "utf-8")

    run(path)

    assert Article.objects.get().body == BODY


# --- Long lines ----------------------------------------------------------------------------------


def test_hostile_short_line_then_long_line_names_no_outlet_after_the_text(tmp_path):
    """A copy pasted onto one line after its banner: the line is text, not a site's name."""
    long_line = "الموقع الرسمي | " + " ".join([SECOND] * 2000)
    path = tmp_path / "long.txt"
    path.write_text(f"خبر عاجل\n{long_line}\n", "utf-8")
    outlets = list(Outlet.objects.values_list("name_ar", flat=True))

    out, err, status = run(path)

    article = Article.objects.get()
    assert (
        out,
        status,
        article.outlet,
        article.body,
        list(Outlet.objects.values_list("name_ar", flat=True)),
    ) == (
        "created 1, updated 0, unchanged 0, failed 0\n",
        0,
        None,
        long_line,
        outlets,
    )


def test_hostile_outlet_name_that_would_be_cut_is_refused(tmp_path):
    path = tmp_path / "outlet.jsonl"
    path.write_text(json.dumps({"text": ARTICLE, "outlet": "ا" * 201}) + "\n", "utf-8")

    out, err, status = run(path)

    assert (out, err, status, Article.objects.count()) == (
        "created 0, updated 0, unchanged 0, failed 1\n",
        f"error: {path}:1: outlet: longer than 200 characters (201)\n",
        1,
        0,
    )


def test_hostile_outlet_option_that_would_be_cut_is_refused(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, "utf-8")

    refused(path, "outlet name longer than 200 characters", counts(), outlet="ا" * 201)


# --- JSON lines ---------------------------------------------------------------------------------

NOT_A_DICT = json.dumps({"body": ARTICLE, "mentions": ["not-a-dict"]})
HIGH = json.dumps({"body": LEAD, "quotes": [{"start": 0, "end": 5, "text": LEAD[:5], "confidence": "high"}]})
BAD_LINES = [
    ("[" * 200_000 + "]" * 200_000, "invalid JSON (nested too deeply)"),
    ('{"text": ' + "[" * 5000 + '"نص"' + "]" * 5000 + "}", "invalid JSON (nested too deeply)"),
    ('{"text": ' + "[" * 50 + '"نص"' + "]" * 50 + "}", "text: expected a string, not a list"),
    (NOT_A_DICT, "mentions[0]: expected an object, not a string"),
    (
        json.dumps({"body": ARTICLE, "mentions": [{"actor": {"slug": "putin"}, "count": "many"}]}),
        "mentions[0].count: expected an integer, not a string",
    ),
    (
        HIGH,
        "quotes[0].confidence: expected a number, not a string",
    ),
    (json.dumps({"body": LEAD, "quotes": [{"start": "0", "end": 5, "text": LEAD[:5]}]}),
     "quotes[0].start: expected an integer, not a string"),
    (json.dumps({"body": LEAD, "quotes": [{"end": 5, "text": LEAD[:5]}]}), "quotes[0].start: required"),
    (json.dumps({"body": LEAD, "quotes": "all"}), "quotes: expected a list, not a string"),
    (json.dumps({"text": LEAD, "url": 7}), "url: expected a string, not an integer"),
    (json.dumps({"text": LEAD, "headline": "ع" * 501}), "headline: longer than 500 characters (501)"),
    (json.dumps({"text": LEAD, "outlet": ["الجزيرة"]}), "outlet: expected a string or an object, not a list"),
    ("42", "a JSON object was expected, not an integer"),
    ('{"text": "نص"', "invalid JSON (Expecting ',' delimiter at column 14)"),
]  # fmt: skip


def test_hostile_jsonl_bad_lines_are_named_and_the_good_ones_imported(tmp_path):
    path = tmp_path / "lines.jsonl"
    good = json.dumps({"text": ARTICLE, "url": "https://example.org/good"}, ensure_ascii=False)
    path.write_text("\n".join([line for line, _ in BAD_LINES] + [good]) + "\n", "utf-8")

    out, err, status = run(path)

    expected = "".join(f"error: {path}:{n}: {reason}\n" for n, (_, reason) in enumerate(BAD_LINES, start=1))
    assert (out, err, status, list(Article.objects.values_list("url", "body"))) == (
        f"created 1, updated 0, unchanged 0, failed {len(BAD_LINES)}\n",
        expected,
        1,
        [("https://example.org/good", BODY)],
    )


def test_hostile_jsonl_line_of_a_megabyte_is_imported(tmp_path):
    path = tmp_path / "big.jsonl"
    text = ARTICLE + " " + "x" * 1_000_000
    path.write_text(json.dumps({"text": text, "url": "https://example.org/big"}) + "\n", "utf-8")
    assert path.stat().st_size > 1_000_000

    out, err, status = run(path)

    assert (out, err, status, Article.objects.get().body) == (
        "created 1, updated 0, unchanged 0, failed 0\n",
        "",
        0,
        BODY + " " + "x" * 1_000_000,
    )


# --- HTML --------------------------------------------------------------------------------------


def test_hostile_html_with_scripts_iframes_and_a_10_mb_inline_image(tmp_path):
    picture = base64.b64encode(b"\x89PNG" + bytes(7_600_000)).decode()
    paragraphs = "".join(f"<p>{line} {line}</p>" for line in (LEAD, SECOND, THIRD))
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>بوتين يستقبل كيم في قاعدة فوستوشني</title><script>alert('x')</script></head>"
        "<body><iframe src='https://evil.example/'></iframe><article>"
        f"<h1>بوتين يستقبل كيم في قاعدة فوستوشني</h1>{paragraphs}"
        f"<img src='data:image/png;base64,{picture}' alt=''></article>"
        "<script>document.write('injected')</script></body></html>",
        "utf-8",
    )
    assert path.stat().st_size > 10_000_000

    out, err, status = run(path, max_bytes=12_000_000)

    article = Article.objects.get()
    assert (out, status, article.headline, article.paragraphs) == (
        "created 1, updated 0, unchanged 0, failed 0\n",
        0,
        "بوتين يستقبل كيم في قاعدة فوستوشني",
        [f"{line} {line}" for line in (LEAD, SECOND, THIRD)],
    )


def test_hostile_html_over_the_size_limit_is_refused(tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes(b"<html><body><p>" + b"a" * 6_000_000 + b"</p></body></html>")

    refused(path, f"file too large ({path.stat().st_size} bytes, limit {5 * 1024 * 1024})", counts())


# --- Folders ------------------------------------------------------------------------------------


def test_hostile_unreadable_subfolder_is_named_and_skipped(tmp_path, monkeypatch):
    (tmp_path / "a_locked").mkdir()
    (tmp_path / "a_locked" / "inside.txt").write_text(ARTICLE, "utf-8")
    (tmp_path / "b_open").mkdir()
    (tmp_path / "b_open" / "sibling.txt").write_text(ARTICLE, "utf-8")
    real_scandir = os.scandir

    def scandir(path="."):  # root reads any folder: refuse this one as the system would
        if Path(path) == tmp_path / "a_locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)

    out, err, status = run(tmp_path)

    assert (out, err, status, Article.objects.get().source_name) == (
        "created 1, updated 0, unchanged 0, failed 1\n",
        f"error: {tmp_path / 'a_locked'}: permission denied\n",
        1,
        str(tmp_path / "b_open" / "sibling.txt"),
    )


def test_hostile_symlink_loops_are_reported_and_the_rest_imported(tmp_path):
    (tmp_path / "good.txt").write_text(ARTICLE, "utf-8")
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)  # a folder linking to itself
    (tmp_path / "x.txt").symlink_to(tmp_path / "y.txt")
    (tmp_path / "y.txt").symlink_to(tmp_path / "x.txt")

    out, err, status = run(tmp_path)

    assert (out, err, status, Article.objects.get().source_name) == (
        "created 1, updated 0, unchanged 0, failed 2\n",
        f"error: {tmp_path / 'x.txt'}: too many levels of symbolic links\n"
        f"error: {tmp_path / 'y.txt'}: too many levels of symbolic links\n",
        1,
        str(tmp_path / "good.txt"),
    )
