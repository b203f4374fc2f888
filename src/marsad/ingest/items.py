"""Turning the paths a user names into ingestable items: files, folder contents, archive members."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from marsad.errors import InputError
from marsad.ingest.archives import is_archive, iter_members
from marsad.ingest.metadata import (
    SIDECAR_SUFFIX,
    Metadata,
    find_sidecar,
    is_sidecar,
    metadata_from_mapping,
    read_sidecar,
)

Sidecar = tuple[Metadata, dict[str, Any]]


@dataclass
class Item:
    """One file or archive member to ingest."""

    name: str
    read: Callable[[], bytes]
    path: Path | None = None
    sidecar: Callable[[], Sidecar | None] = lambda: None
    container: str | None = None


def expand(paths: list[str | Path], max_bytes: int) -> tuple[list[Item], list[InputError]]:
    """List the items under ``paths`` (folders recursively, sorted) and the errors met doing so."""
    items: list[Item] = []
    errors: list[InputError] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for file_path in _walk(path):
                _add_file(file_path, items, errors, max_bytes)
        elif path.is_file():
            _add_file(path, items, errors, max_bytes)
        elif path.exists():
            errors.append(InputError(str(path), "not a regular file or folder", "give files or folders"))
        else:
            errors.append(InputError(str(path), "no such file or folder", "check the path"))
    return items, errors


def _walk(folder: Path) -> list[Path]:
    found: list[Path] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found += [Path(root) / f for f in sorted(files) if not f.startswith(".") and not is_sidecar(Path(f))]
    return found


def _add_file(path: Path, items: list[Item], errors: list[InputError], max_bytes: int) -> None:
    if is_sidecar(path):
        return
    if is_archive(path):
        _add_archive(path, items, errors, max_bytes)
        return
    items.append(
        Item(name=str(path), read=lambda: read_file(path, max_bytes), path=path, sidecar=lambda: _sidecar_of(path))
    )


def _sidecar_of(path: Path) -> Sidecar | None:
    sidecar = find_sidecar(path)
    return read_sidecar(sidecar) if sidecar else None


def read_file(path: Path, max_bytes: int) -> bytes:
    """Read a file, refusing unreadable and over-large ones with a clear reason."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(
                str(path),
                f"file is {size / (1 << 20):.1f} MiB, over the {max_bytes / (1 << 20):.0f} MiB limit for one report",
                "raise --max-size or split it",
            )
        return path.read_bytes()
    except PermissionError:
        raise InputError(str(path), "cannot be read: permission denied", "check its permissions") from None
    except IsADirectoryError:
        raise InputError(str(path), "is a folder", "name the folder itself to ingest it recursively") from None
    except OSError as exc:
        raise InputError(str(path), f"cannot be read ({exc.strerror})", "check the disk and path") from None


def _add_archive(path: Path, items: list[Item], errors: list[InputError], max_bytes: int) -> None:
    members: dict[str, Callable[[], bytes]] = {}
    for member in iter_members(path, max_bytes):
        if isinstance(member, InputError):
            errors.append(member)
        else:
            members[member[0]] = member[1]
    for name, read in members.items():
        if name.endswith(SIDECAR_SUFFIX) or Path(name).name.startswith("."):
            continue
        sidecar_read = members.get(name + SIDECAR_SUFFIX)
        items.append(
            Item(
                name=f"{path}!{name}",
                read=read,
                sidecar=lambda r=sidecar_read, n=name: _member_sidecar(f"{path}!{n}{SIDECAR_SUFFIX}", r),
                container=str(path),
            )
        )


def _member_sidecar(name: str, read: Callable[[], bytes] | None) -> Sidecar | None:
    if read is None:
        return None
    try:
        values = json.loads(read().decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(name, f"sidecar is not valid UTF-8 JSON ({exc})", "fix or remove it") from None
    if not isinstance(values, dict):
        raise InputError(name, "sidecar must be a JSON object of metadata fields", "see docs/formats.md")
    return metadata_from_mapping(name, values)
