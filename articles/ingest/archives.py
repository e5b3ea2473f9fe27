"""Uploads to files: a zip archive's members, checked before anything is read from them.

An archive is refused whole when it holds more files, or expands to more bytes, than the
limits allow.  The sizes its directory declares can be trusted for that: `zipfile` inflates
no more than a member's declared size and then checks its CRC, so a member that hides its
size fails as corrupt instead of filling memory.  A member whose path climbs out of the archive
(``../x.txt``, ``/etc/x.txt``, ``C:\\x.txt``), a symbolic link, an encrypted or corrupt
member and an archive inside the archive are each refused with their reason; the other
members are still read.  As in a folder, hidden entries and files of other types are
skipped.

    for item in unpack("coverage.zip", data, limits):
        if isinstance(item, IngestError):
            print("error:", item)
        else:
            name, content = item          # "coverage.zip/tass/001.txt", b"..."
"""

from __future__ import annotations

import io
import re
import stat
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import PurePosixPath

from articles.ingest.readers import SUFFIXES
from articles.ingest.records import IngestError

ZIP_SIGNATURES = (b"PK\x03\x04", b"PK\x05\x06")  # a local file header; an empty archive
_DRIVE = re.compile(r"^[A-Za-z]:")


@dataclass(frozen=True)
class Limits:
    file_bytes: int  # one file, uploaded or inside an archive
    archive_bytes: int  # everything one archive expands to
    archive_members: int  # files in one archive


def is_zip(data: bytes) -> bool:
    return data.startswith(ZIP_SIGNATURES)


def unpack(name: str, data: bytes, limits: Limits) -> list[tuple[str, bytes] | IngestError]:
    """The files an upload brings: itself, or each member of a zip archive named
    ``archive.zip/path``, with an IngestError for each member (or the whole archive) refused.

    The limits are checked before any member is read, so an archive over them is refused
    before a single member is imported.
    """
    if not is_zip(data):
        return [(name, data)]
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = [info for info in archive.infolist() if not info.is_dir()]
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError) as error:
        return [IngestError(name, f"not a readable zip archive ({error})")]
    if len(members) > limits.archive_members:
        return [IngestError(name, f"archive holds {len(members)} files, limit {limits.archive_members}")]
    declared = sum(info.file_size for info in members)
    if declared > limits.archive_bytes:
        return [IngestError(name, f"archive expands to {declared} bytes, limit {limits.archive_bytes}")]
    files: list[tuple[str, bytes] | IngestError] = []
    for info in members:
        where = f"{name}/{info.filename}"
        refusal = refusal_of(info)
        if refusal:
            files.append(IngestError(where, refusal))
            continue
        if skipped(info.filename):
            continue
        try:
            content = read_member(archive, info, limits.file_bytes)
        except IngestError as error:
            files.append(IngestError(where, error.reason))
            continue
        files.append(
            IngestError(where, "an archive inside the archive is not read")
            if is_zip(content)
            else (where, content)
        )
    if not files:
        return [IngestError(name, "no .txt, .html or .jsonl file in the archive")]
    return files


def refusal_of(info: zipfile.ZipInfo) -> str:
    """Why a member must not be read at all, or ``""``."""
    if stat.S_ISLNK(info.external_attr >> 16):
        return "a symbolic link, not read"
    path = info.filename.replace("\\", "/")
    if path.startswith("/") or _DRIVE.match(path) or ".." in PurePosixPath(path).parts:
        return "its path climbs out of the archive"
    if info.flag_bits & 0x1:
        return "encrypted, not read"
    return ""


def skipped(filename: str) -> bool:
    """Hidden entries (``.DS_Store``, ``__MACOSX/``) and files of other types, as in a folder."""
    path = PurePosixPath(filename.replace("\\", "/"))
    hidden = any(part.startswith(".") or part == "__MACOSX" for part in path.parts)
    return hidden or path.suffix.lower() not in SUFFIXES


def read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    """The member's bytes (at most its declared size, checked against its CRC)."""
    if info.file_size > limit:
        raise IngestError(info.filename, f"file too large ({info.file_size} bytes, limit {limit})")
    try:
        with archive.open(info) as member:
            return member.read(limit + 1)
    except (zipfile.BadZipFile, zlib.error, EOFError) as error:
        raise IngestError(info.filename, f"corrupt member ({error})") from None
    except NotImplementedError as error:
        raise IngestError(info.filename, f"unsupported compression ({error})") from None
