"""Where a Marsad database and its blob store live.

``--db`` takes either a path to a SQLite file (the default, zero set-up) or a SQLAlchemy database
URL such as ``postgresql+psycopg://user@host/marsad``. Originals go to a content-addressed blob
store: next to a SQLite file (``marsad.db`` -> ``marsad.blobs/``), or wherever ``MARSAD_BLOBS``
points for a server database.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from marsad.errors import StorageError

DEFAULT_DB = "marsad.db"
BLOBS_ENV = "MARSAD_BLOBS"


@dataclass(frozen=True)
class Location:
    """A resolved database address and its blob directory."""

    url: str
    blob_root: Path
    sqlite_path: Path | None

    @property
    def index_root(self) -> Path:
        """Folder of the persisted hash indexes, beside the blob store (rebuildable from the database)."""
        return self.blob_root.with_name(self.blob_root.stem + ".index")

    @property
    def is_sqlite(self) -> bool:
        """True when the database is an embedded SQLite file."""
        return self.sqlite_path is not None

    def describe(self) -> str:
        """A human-readable name for messages, without any password."""
        if self.sqlite_path is not None:
            return str(self.sqlite_path)
        scheme, _, rest = self.url.partition("://")
        host = rest.rsplit("@", 1)[-1]
        return f"{scheme}://{host}"


def resolve_location(db: str | os.PathLike[str] | None, blobs: str | None = None) -> Location:
    """Turn a ``--db`` value (path or URL) into a :class:`Location`.

    ``blobs`` (or the ``MARSAD_BLOBS`` environment variable) overrides the blob directory.
    """
    value = str(db) if db else DEFAULT_DB
    blob_override = blobs or os.environ.get(BLOBS_ENV)
    if "://" in value:
        if value.startswith("sqlite"):
            raise StorageError(f"{value}: give a SQLite database as a plain file path, e.g. --db marsad.db")
        if not blob_override:
            blob_override = "marsad.blobs"
        return Location(url=value, blob_root=Path(blob_override).resolve(), sqlite_path=None)
    path = Path(value).expanduser().resolve()
    if path.is_dir():
        raise StorageError(f"{path}: is a directory; give a database file such as {path / DEFAULT_DB}")
    stem = path.name[: -len(path.suffix)] if path.suffix else path.name
    root = Path(blob_override).resolve() if blob_override else path.with_name(f"{stem}.blobs")
    return Location(url=f"sqlite:///{path}", blob_root=root, sqlite_path=path)
