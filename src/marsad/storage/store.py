"""The one storage interface every layer uses.

:class:`Store` wraps a SQLAlchemy engine (SQLite file or PostgreSQL) and the blob store. Writes
happen inside :meth:`Store.transaction`: either all rows and custody entries of an item are
committed, or none are. Schema changes only ever happen through Alembic migrations.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event, func, select
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from marsad.errors import StorageError
from marsad.storage.blobs import BlobStore
from marsad.storage.location import Location, resolve_location
from marsad.storage.schema import captures, documents, sources


def _alembic_config(conn: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(resources.files("marsad") / "migrations"))
    if conn is not None:
        config.attributes["connection"] = conn
    return config


def head_revision() -> str:
    """The newest schema revision this version of Marsad knows."""
    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def _make_engine(location: Location) -> Engine:
    if not location.is_sqlite:
        return create_engine(location.url, pool_pre_ping=True)
    engine = create_engine(location.url, connect_args={"timeout": 30})

    @event.listens_for(engine, "connect")
    def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    return engine


class Store:
    """A Marsad database and its blob store."""

    def __init__(self, location: Location) -> None:
        self.location = location
        self.engine = _make_engine(location)
        self.blobs = BlobStore(location.blob_root)

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def open(cls, db: str | Path | None, *, create: bool = False, blobs: str | None = None) -> Store:
        """Open the database at ``db`` (path or URL).

        With ``create`` the database is made and migrated to the newest schema as needed;
        without it a missing or outdated database is an error that says to run ``marsad init``.
        """
        location = resolve_location(db, blobs)
        if location.sqlite_path is not None and not location.sqlite_path.exists():
            if not create:
                raise StorageError(
                    f"{location.sqlite_path}: no Marsad database here; run `marsad --db {location.sqlite_path} init`"
                )
            location.sqlite_path.parent.mkdir(parents=True, exist_ok=True)
        store = cls(location)
        try:
            if create:
                store.migrate()
            else:
                store.check_schema()
        except BaseException:
            store.close()
            raise
        return store

    def migrate(self) -> str:
        """Apply every pending migration and return the revision the database is now at."""
        try:
            with self.engine.begin() as conn:
                command.upgrade(_alembic_config(conn), "head")
        except OperationalError as exc:
            raise StorageError(f"{self.location.describe()}: cannot migrate the database: {exc.orig}") from exc
        self.location.blob_root.mkdir(parents=True, exist_ok=True)
        return head_revision()

    def current_revision(self) -> str | None:
        """The schema revision recorded in the database (``None`` for an empty database)."""
        try:
            with self.engine.connect() as conn:
                return MigrationContext.configure(conn).get_current_revision()
        except SQLAlchemyError as exc:
            raise StorageError(f"{self.location.describe()}: cannot open the database: {exc}") from exc

    def check_schema(self) -> None:
        """Raise :class:`StorageError` unless the database is at the newest revision."""
        current = self.current_revision()
        if current != head_revision():
            where = self.location.describe()
            state = "is not a Marsad database" if current is None else f"is at schema {current}"
            raise StorageError(f"{where}: {state}; run `marsad --db {where} init` to create or upgrade it")

    def close(self) -> None:
        """Release every database connection."""
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- transactions and reads ----------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """A connection in a transaction that commits on success and rolls back on any error."""
        with self.engine.begin() as conn:
            if self.location.is_sqlite:
                conn.exec_driver_sql("SELECT 1")  # open the transaction before the first read
            yield conn

    @contextmanager
    def reader(self) -> Iterator[Connection]:
        """A read-only connection."""
        with self.engine.connect() as conn:
            yield conn

    def list_documents(self, limit: int | None = None) -> list[dict[str, Any]]:
        """Documents with their outlet name and capture count, oldest first."""
        capture_counts = (
            select(captures.c.document_id, func.count().label("captures")).group_by(captures.c.document_id).subquery()
        )
        query = (
            select(documents, sources.c.name.label("outlet"), capture_counts.c.captures)
            .select_from(
                documents.outerjoin(sources, documents.c.source_id == sources.c.id).outerjoin(
                    capture_counts, capture_counts.c.document_id == documents.c.id
                )
            )
            .order_by(documents.c.created_at, documents.c.id)
        )
        if limit:
            query = query.limit(limit)
        with self.reader() as conn:
            return [dict(r) for r in conn.execute(query).mappings()]

    def get_document(self, document_id: str) -> dict[str, Any] | None:
        """One document with its outlet name, or ``None``; accepts a unique id prefix."""
        query = select(documents, sources.c.name.label("outlet")).select_from(
            documents.outerjoin(sources, documents.c.source_id == sources.c.id)
        )
        with self.reader() as conn:
            rows = conn.execute(query.where(documents.c.id.like(f"{document_id}%")).limit(2)).mappings().all()
        if len(rows) > 1:
            raise StorageError(f"{document_id}: matches more than one document; give more of the id")
        return dict(rows[0]) if rows else None

    def captures_of(self, document_id: str) -> list[dict[str, Any]]:
        """Every capture of one document, oldest first."""
        with self.reader() as conn:
            rows = conn.execute(
                select(captures).where(captures.c.document_id == document_id).order_by(captures.c.captured_at)
            ).mappings()
            return [dict(r) for r in rows]
