"""ZIP and tar archives: members are read in memory, never extracted to disk.

Members whose names try to escape (absolute paths, ``..``, drive letters), links and device files
are refused with a line of their own; an over-large member (or a zip bomb that lies about its
size) is refused without reading it all.
"""

from __future__ import annotations

import re
import tarfile
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path, PurePosixPath

from marsad.errors import InputError

ARCHIVE_SUFFIXES = (".zip", ".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tar.xz")

# (member name, reader) or an error for a refused member
Member = tuple[str, Callable[[], bytes]] | InputError


def is_archive(path: Path) -> bool:
    """True for the archive types Marsad reads."""
    return path.name.lower().endswith(ARCHIVE_SUFFIXES)


def member_error(archive: str, name: str) -> InputError | None:
    """The reason to refuse a member name, or ``None`` when it is safe."""
    cleaned = name.replace("\\", "/")
    parts = PurePosixPath(cleaned).parts
    if cleaned.startswith("/") or ".." in parts or re.match(r"^[A-Za-z]:", cleaned) or "\x00" in name:
        return InputError(
            f"{archive}!{name}",
            "refused archive member: its path escapes the archive",
            "repack the archive with relative paths",
        )
    return None


def iter_members(path: Path, max_bytes: int) -> Iterator[Member]:
    """Yield each file member of the archive at ``path`` (sorted by name) or the error refusing it."""
    archive = str(path)
    try:
        if path.name.lower().endswith(".zip"):
            yield from _zip_members(path, archive, max_bytes)
        else:
            yield from _tar_members(path, archive, max_bytes)
    except (zipfile.BadZipFile, tarfile.TarError, EOFError, OSError) as exc:
        yield InputError(archive, f"corrupt or unreadable archive ({exc})", "check the download and try again")


def _limited(archive: str, name: str, read: Callable[[int], bytes], max_bytes: int) -> bytes:
    data = read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(
            f"{archive}!{name}",
            f"member is larger than the {max_bytes // (1 << 20)} MiB limit",
            "raise --max-size or extract it first",
        )
    return data


def _zip_members(path: Path, archive: str, max_bytes: int) -> Iterator[Member]:
    with zipfile.ZipFile(path) as zf:
        infos = sorted((i for i in zf.infolist() if not i.is_dir()), key=lambda i: i.filename)
    for info in infos:
        refused = member_error(archive, info.filename)
        if refused:
            yield refused
            continue
        if info.flag_bits & 0x1:
            yield InputError(f"{archive}!{info.filename}", "member is encrypted", "decrypt the archive first")
            continue

        def read(info: zipfile.ZipInfo = info) -> bytes:
            with zipfile.ZipFile(path) as zf, zf.open(info) as handle:
                return _limited(archive, info.filename, handle.read, max_bytes)

        yield info.filename, read


def _tar_members(path: Path, archive: str, max_bytes: int) -> Iterator[Member]:
    with tarfile.open(path, "r:*") as tf:
        members = sorted(tf.getmembers(), key=lambda m: m.name)
    for member in members:
        if member.isdir():
            continue
        refused = member_error(archive, member.name)
        if refused:
            yield refused
            continue
        if not member.isfile():
            yield InputError(
                f"{archive}!{member.name}",
                "refused archive member: links and device files are not read",
                "include the file itself",
            )
            continue

        def read(member: tarfile.TarInfo = member) -> bytes:
            with tarfile.open(path, "r:*") as tf:
                handle = tf.extractfile(member)
                assert handle is not None
                return _limited(archive, member.name, handle.read, max_bytes)

        yield member.name, read
