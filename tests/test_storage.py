"""The storage layer: migrations match the schema, locations resolve, blobs are content-addressed."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from marsad.errors import StorageError
from marsad.storage import BlobStore, Store, head_revision, resolve_location
from marsad.storage.schema import metadata


def test_migrations_build_exactly_the_declared_schema(tmp_path):
    with Store.open(tmp_path / "m.db", create=True) as store, store.engine.connect() as conn:
        assert store.current_revision() == head_revision()
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diff == []


def test_init_is_idempotent_and_open_requires_init(tmp_path):
    db = tmp_path / "x.db"
    with pytest.raises(StorageError, match="run `marsad --db .* init`"):
        Store.open(db)
    Store.open(db, create=True).close()
    Store.open(db, create=True).close()
    Store.open(db).close()


def test_a_file_that_is_not_marsad_is_refused(tmp_path):
    import sqlite3

    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(StorageError, match="is not a Marsad database"):
        Store.open(other)


def test_locations(tmp_path, monkeypatch):
    monkeypatch.delenv("MARSAD_BLOBS", raising=False)
    local = resolve_location(tmp_path / "data" / "case.db")
    assert local.is_sqlite and local.blob_root == tmp_path / "data" / "case.blobs"
    assert local.url == f"sqlite:///{tmp_path / 'data' / 'case.db'}"
    remote = resolve_location("postgresql+psycopg://marsad:secret@db.internal/marsad", blobs=str(tmp_path / "b"))
    assert not remote.is_sqlite and remote.blob_root == tmp_path / "b"
    assert "secret" not in remote.describe()
    with pytest.raises(StorageError, match="plain file path"):
        resolve_location("sqlite:///x.db")
    with pytest.raises(StorageError, match="is a directory"):
        resolve_location(tmp_path)


def test_blob_store_is_content_addressed_and_idempotent(tmp_path: Path):
    blobs = BlobStore(tmp_path / "blobs")
    digest = blobs.put(b"original bytes")
    assert digest == hashlib.sha256(b"original bytes").hexdigest()
    assert blobs.path_for(digest) == tmp_path / "blobs" / "sha256" / digest[:2] / digest[2:4] / digest
    assert blobs.put(b"original bytes") == digest
    assert blobs.get(digest) == b"original bytes"
    assert blobs.recompute(digest) == digest
    assert not list((tmp_path / "blobs").rglob(".incoming-*"))
    with pytest.raises(StorageError, match="missing"):
        blobs.get("0" * 64)
    with pytest.raises(StorageError, match="not a sha256"):
        blobs.path_for("../../etc/passwd")


def test_blob_store_streams_files_and_leaves_no_partial_blob(tmp_path: Path):
    source = tmp_path / "big.bin"
    payload = bytes(range(256)) * 20_000  # ~5 MiB, several read chunks
    source.write_bytes(payload)
    blobs = BlobStore(tmp_path / "blobs")
    digest = blobs.put_file(source)
    assert digest == hashlib.sha256(payload).hexdigest() == blobs.put(payload)
    assert blobs.get(digest) == payload
    assert not list((tmp_path / "blobs").rglob(".incoming-*"))
