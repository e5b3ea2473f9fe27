"""Reading uploads: the kind from the content, zip archives within their limits."""

from __future__ import annotations

import io
import stat
import zipfile
from pathlib import Path

import pytest

from articles.ingest import IngestError
from articles.ingest.archives import Limits, unpack
from articles.ingest.readers import HTML, JSONL, PLAIN, read_data, read_path, sniff_kind

FIXTURES = Path(__file__).parent / "fixtures"
SEED = Path(__file__).resolve().parents[2] / "corpus" / "seeds" / "000_84058521eb59a668.txt"
LIMITS = Limits(file_bytes=1000, archive_bytes=3000, archive_members=4)


def zipped(*members: tuple[str, bytes], symlink: str = "") -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            archive.writestr(name, data)
        if symlink:
            info = zipfile.ZipInfo(symlink)
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            archive.writestr(info, "/etc/passwd")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("<!DOCTYPE html><html><body><p>نص</p></body></html>", HTML),
        ("\n  <html lang='ar'><p>نص</p></html>", HTML),
        ("عنوان\n<article><p>نص</p></article>", HTML),
        ('{"text": "نص"}\n{"text": "نص آخر"}', JSONL),
        ("قال بوتين إن «المحادثات كانت مثمرة».", PLAIN),
        ("{ليس JSON} بل نص بين قوسين", PLAIN),
    ],
)
def test_sniff_kind_reads_the_content(text, kind):
    assert sniff_kind(text) == kind


def test_read_data_reads_a_file_as_read_path_does_whatever_its_name():
    # The fixtures' bytes under names that lie: the content decides how they are read.
    for fixture, lying_name in (("page.html", "page.txt"), ("articles.jsonl", "articles.txt")):
        from_disk = list(read_path(FIXTURES / fixture))
        uploaded = list(read_data((FIXTURES / fixture).read_bytes(), source_name=str(FIXTURES / fixture)))
        assert uploaded == from_disk
        renamed = list(read_data((FIXTURES / fixture).read_bytes(), source_name=lying_name))
        assert [type(item) for item in renamed] == [type(item) for item in from_disk]


def test_read_data_refuses_binaries_by_their_first_bytes_and_names_them():
    cases = {
        "photo.txt": b"\x89PNG\r\n\x1a\n" + bytes(200),
        "scan.html": b"%PDF-1.7\n" + bytes(200),
        "blob.jsonl": bytes(range(256)) * 4,
        "empty.txt": b"  \n\n ",
    }
    reasons = {name: [e.reason for e in read_data(data, source_name=name)] for name, data in cases.items()}
    assert reasons == {
        "photo.txt": ["a PNG image, not a text, HTML or JSON lines file"],
        "scan.html": ["a PDF document, not a text, HTML or JSON lines file"],
        "blob.jsonl": ["binary file or unknown encoding"],
        "empty.txt": ["empty file"],
    }


def test_read_data_refuses_a_file_past_the_limit():
    data = SEED.read_bytes()
    (error,) = read_data(data, source_name="big.txt", max_bytes=100)
    assert error == IngestError("big.txt", f"file too large ({len(data)} bytes, limit 100)")


def test_unpack_gives_an_upload_that_is_not_an_archive_as_it_is():
    assert unpack("a.txt", b"text", LIMITS) == [("a.txt", b"text")]


def test_unpack_reads_members_skips_other_types_and_refuses_dangerous_paths():
    data = zipped(
        ("tass/001.txt", "قال بوتين".encode()),
        ("page.HTML", b"<html></html>"),
        ("photo.jpg", b"\xff\xd8\xff"),
        ("__MACOSX/._001.txt", b"junk"),
        ("../../etc/cron.txt", b"escape"),
        ("/abs.txt", b"absolute"),
        symlink="link.txt",
    )
    limits = Limits(file_bytes=1000, archive_bytes=3000, archive_members=10)
    assert unpack("up.zip", data, limits) == [
        ("up.zip/tass/001.txt", "قال بوتين".encode()),
        ("up.zip/page.HTML", b"<html></html>"),
        IngestError("up.zip/../../etc/cron.txt", "its path climbs out of the archive"),
        IngestError("up.zip//abs.txt", "its path climbs out of the archive"),
        IngestError("up.zip/link.txt", "a symbolic link, not read"),
    ]


def test_unpack_refuses_an_archive_that_expands_past_the_limit_before_reading_any_member():
    data = zipped(("a.txt", b"a" * 900), ("b.txt", b"b" * 900), ("c.txt", b"c" * 900), ("d.txt", b"d" * 900))
    assert unpack("bomb.zip", data, LIMITS) == [
        IngestError("bomb.zip", "archive expands to 3600 bytes, limit 3000")
    ]


def test_unpack_refuses_members_whose_headers_understate_their_size():
    data = bytearray(zipped(("a.txt", b"a" * 900), ("b.txt", b"b" * 900)))
    # Rewrite every declared size (local headers and central directory) to 10 bytes: a
    # bomb that hides its size.  Only the declared bytes are inflated, and they fail the CRC.
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = data.find(signature)
        while at != -1:
            data[at + offset : at + offset + 4] = (10).to_bytes(4, "little")
            at = data.find(signature, at + 4)
    assert unpack("liar.zip", bytes(data), LIMITS) == [
        IngestError("liar.zip/a.txt", "corrupt member (Bad CRC-32 for file 'a.txt')"),
        IngestError("liar.zip/b.txt", "corrupt member (Bad CRC-32 for file 'b.txt')"),
    ]


def test_unpack_refuses_too_many_members_and_one_member_too_large():
    many = zipped(*((f"{n}.txt", b"x") for n in range(5)))
    assert unpack("many.zip", many, LIMITS) == [IngestError("many.zip", "archive holds 5 files, limit 4")]
    one_big = zipped(("big.txt", b"x" * 1001), ("small.txt", b"y"))
    assert unpack("mixed.zip", one_big, LIMITS) == [
        IngestError("mixed.zip/big.txt", "file too large (1001 bytes, limit 1000)"),
        ("mixed.zip/small.txt", b"y"),
    ]


def test_unpack_refuses_nested_archives_broken_archives_and_archives_with_nothing_to_read():
    nested = zipped(("inner.txt", zipped(("a.txt", b"a"))))
    assert unpack("outer.zip", nested, LIMITS) == [
        IngestError("outer.zip/inner.txt", "an archive inside the archive is not read")
    ]
    assert unpack("photos.zip", zipped(("a.jpg", b"\xff\xd8\xff")), LIMITS) == [
        IngestError("photos.zip", "no .txt, .html or .jsonl file in the archive")
    ]
    (broken,) = unpack("cut.zip", zipped(("a.txt", b"a" * 500))[:60], LIMITS)
    assert broken.path == "cut.zip" and broken.reason.startswith("not a readable zip archive")
