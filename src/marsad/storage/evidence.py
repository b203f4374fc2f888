"""Writing evidence: documents, their captures and outlets, each with a custody entry.

A document is identified by the SHA-256 of its content bytes, so the same report ingested twice
is one document with two captures. Rows written here are never updated; the custody log keeps a
digest of each so that later edits are detected.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select

from marsad.storage import custody
from marsad.storage.schema import (
    CAPTURE_EVIDENCE_COLUMNS,
    DOCUMENT_EVIDENCE_COLUMNS,
    captures,
    documents,
    sources,
)
from marsad.util import canonical_json, digest_of, new_id, sha256_hex, utc_now


@dataclass
class NewDocument:
    """A parsed report ready to be stored, with the provenance of this capture."""

    origin: str
    blob_sha256: str
    content_sha256: str
    byte_size: int
    format: str
    text: str
    record_pointer: str | None = None
    encoding: str | None = None
    title: str | None = None
    author: str | None = None
    published: str | None = None
    published_date: str | None = None
    published_precision: str = "unknown"
    url: str | None = None
    canonical_url: str | None = None
    site_name: str | None = None
    outlet: str | None = None
    language: str | None = None
    boilerplate_removed: int = 0
    capture_metadata: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class StoredResult:
    """What storing one item did."""

    document_id: str
    capture_id: str
    created: bool


def document_id_for(content_sha256: str) -> str:
    """The stable id of the document with this content digest."""
    return f"doc_{content_sha256[:20]}"


def row_digest(row: dict[str, Any], columns: tuple[str, ...]) -> str:
    """Fingerprint of the evidence columns of a row, as recorded in the custody log."""
    return digest_of({name: row.get(name) for name in columns})


def normalize_outlet(name: str) -> str:
    """Case-, accent- and spacing-insensitive key for an outlet name."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode() or name
    return re.sub(r"\s+", " ", folded).strip().casefold()


def ensure_source(conn: Connection, name: str | None) -> str | None:
    """The id of the outlet called ``name``, adding it on first sight."""
    if not name or not name.strip():
        return None
    key = normalize_outlet(name)
    existing = conn.execute(select(sources.c.id).where(sources.c.normalized_name == key)).scalar()
    if existing:
        return existing
    row = {
        "id": f"src_{sha256_hex(key.encode())[:12]}",
        "name": name.strip(),
        "normalized_name": key,
        "created_at": utc_now(),
    }
    conn.execute(sources.insert().values(**row))
    custody.append(conn, "source.added", "source", row["id"], {"name": row["name"]})
    return row["id"]


def store_document(conn: Connection, doc: NewDocument) -> StoredResult:
    """Store ``doc`` (or find its twin) and record this capture, all in the caller's transaction."""
    document_id = document_id_for(doc.content_sha256)
    exists = conn.execute(select(documents.c.id).where(documents.c.id == document_id)).scalar()
    if not exists:
        _insert_document(conn, document_id, doc)
    capture_id = _insert_capture(conn, document_id, doc)
    return StoredResult(document_id=document_id, capture_id=capture_id, created=not exists)


def _insert_document(conn: Connection, document_id: str, doc: NewDocument) -> None:
    row = {
        "id": document_id,
        "content_sha256": doc.content_sha256,
        "blob_sha256": doc.blob_sha256,
        "record_pointer": doc.record_pointer,
        "format": doc.format,
        "encoding": doc.encoding,
        "byte_size": doc.byte_size,
        "source_id": ensure_source(conn, doc.outlet or doc.site_name),
        "title": doc.title,
        "author": doc.author,
        "published": doc.published,
        "published_date": doc.published_date,
        "published_precision": doc.published_precision,
        "url": doc.url,
        "canonical_url": doc.canonical_url,
        "site_name": doc.site_name,
        "language": doc.language,
        "text": doc.text,
        "text_sha256": sha256_hex(doc.text.encode("utf-8")),
        "boilerplate_removed": doc.boilerplate_removed,
        "created_at": utc_now(),
    }
    conn.execute(documents.insert().values(**row))
    details = {
        "content_sha256": doc.content_sha256,
        "blob_sha256": doc.blob_sha256,
        "row_digest": row_digest(row, DOCUMENT_EVIDENCE_COLUMNS),
    }
    custody.append(conn, "document.stored", "document", document_id, details)


def _insert_capture(conn: Connection, document_id: str, doc: NewDocument) -> str:
    row = {
        "id": new_id("cap"),
        "document_id": document_id,
        "blob_sha256": doc.blob_sha256,
        "record_pointer": doc.record_pointer,
        "origin": doc.origin,
        "url": doc.url,
        "metadata_json": canonical_json(doc.capture_metadata),
        "captured_at": utc_now(),
    }
    conn.execute(captures.insert().values(**row))
    details = {
        "document_id": document_id,
        "origin": doc.origin,
        "blob_sha256": doc.blob_sha256,
        "row_digest": row_digest(row, CAPTURE_EVIDENCE_COLUMNS),
    }
    custody.append(conn, "capture.recorded", "capture", row["id"], details)
    return row["id"]
