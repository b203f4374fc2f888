"""The database tables of the evidence layer (SQLAlchemy Core).

Every table is created by an Alembic migration in ``marsad/migrations``; this module mirrors the
head revision so that queries are written once for SQLite and PostgreSQL. Timestamps are ISO 8601
UTC strings so that rows hash identically on every backend.

Evidence rows (``documents``, ``captures``) are never updated after insertion: the custody log
records a digest of each, and ``marsad custody verify`` recomputes it.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Column,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

sources = Table(
    "sources",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("name", String(300), nullable=False),
    Column("normalized_name", String(300), nullable=False, unique=True),
    Column("created_at", String(32), nullable=False),
)

documents = Table(
    "documents",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("content_sha256", String(64), nullable=False, unique=True),
    Column("blob_sha256", String(64), nullable=False, index=True),
    Column("record_pointer", String(200), nullable=True),
    Column("format", String(20), nullable=False),
    Column("encoding", String(40), nullable=True),
    Column("byte_size", BigInteger, nullable=False),
    Column("source_id", String(40), ForeignKey("sources.id"), nullable=True, index=True),
    Column("title", Text, nullable=True),
    Column("author", Text, nullable=True),
    Column("published", String(64), nullable=True),
    Column("published_date", String(10), nullable=True),
    Column("published_precision", String(10), nullable=False),
    Column("url", Text, nullable=True),
    Column("canonical_url", Text, nullable=True),
    Column("site_name", Text, nullable=True),
    Column("language", String(20), nullable=True),
    Column("text", Text, nullable=False),
    Column("text_sha256", String(64), nullable=False),
    Column("boilerplate_removed", Integer, nullable=False),
    Column("created_at", String(32), nullable=False),
)

captures = Table(
    "captures",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("document_id", String(40), ForeignKey("documents.id"), nullable=False, index=True),
    Column("blob_sha256", String(64), nullable=False),
    Column("record_pointer", String(200), nullable=True),
    Column("origin", Text, nullable=False),
    Column("url", Text, nullable=True),
    Column("metadata_json", Text, nullable=False),
    Column("captured_at", String(32), nullable=False),
)

custody_log = Table(
    "custody_log",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("at", String(32), nullable=False),
    Column("actor", String(200), nullable=False),
    Column("action", String(40), nullable=False),
    Column("subject_type", String(20), nullable=False),
    Column("subject_id", String(80), nullable=False, index=True),
    Column("details_json", Text, nullable=False),
    Column("prev_hash", String(64), nullable=False),
    Column("entry_hash", String(64), nullable=False),
    UniqueConstraint("entry_hash", name="uq_custody_entry_hash"),
)

media = Table(
    "media",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("sha256", String(64), nullable=True, unique=True),
    Column("md5", String(32), nullable=True),
    Column("blob_sha256", String(64), nullable=True, index=True),
    Column("kind", String(10), nullable=False),
    Column("format", String(40), nullable=True),
    Column("byte_size", BigInteger, nullable=True),
    Column("width", Integer, nullable=True),
    Column("height", Integer, nullable=True),
    Column("duration", Float, nullable=True),
    Column("title", Text, nullable=True),
    Column("origin", Text, nullable=False),
    Column("created_at", String(32), nullable=False),
)

media_captures = Table(
    "media_captures",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("media_id", String(40), ForeignKey("media.id"), nullable=False, index=True),
    Column("origin", Text, nullable=False),
    Column("metadata_json", Text, nullable=False),
    Column("captured_at", String(32), nullable=False),
)

media_signals = Table(
    "media_signals",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("media_id", String(40), ForeignKey("media.id"), nullable=False, index=True),
    Column("signal", String(16), nullable=False, index=True),
    Column("variant", String(24), nullable=False),
    Column("t", Float, nullable=True),
    Column("value", Text, nullable=False),
    Column("quality", Integer, nullable=True),
)

banks = Table(
    "banks",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("description", Text, nullable=True),
    Column("thresholds_json", Text, nullable=False),
    Column("created_at", String(32), nullable=False),
)

bank_entries = Table(
    "bank_entries",
    metadata,
    Column("bank_id", String(40), ForeignKey("banks.id"), primary_key=True),
    Column("media_id", String(40), ForeignKey("media.id"), primary_key=True),
    Column("labels_json", Text, nullable=False),
    Column("added_at", String(32), nullable=False),
)

media_clusters = Table(
    "media_clusters",
    metadata,
    Column("media_id", String(40), ForeignKey("media.id"), primary_key=True),
    Column("cluster_id", String(40), nullable=False, index=True),
)

extraction_runs = Table(
    "extraction_runs",
    metadata,
    Column("document_id", String(40), ForeignKey("documents.id"), primary_key=True),
    Column("extractor", String(40), nullable=False),
    Column("incidents", Integer, nullable=False),
    Column("claims", Integer, nullable=False),
    Column("ran_at", String(32), nullable=False),
)

claims = Table(
    "claims",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("document_id", String(40), ForeignKey("documents.id"), nullable=False, index=True),
    Column("type", String(40), nullable=False, index=True),
    Column("record_json", Text, nullable=False),
    Column("created_at", String(32), nullable=False),
)

incidents = Table(
    "incidents",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("type", String(40), nullable=False, index=True),
    Column("date_start", String(10), nullable=True, index=True),
    Column("country", String(2), nullable=True, index=True),
    Column("status", String(20), nullable=False),
    Column("record_json", Text, nullable=False),
    Column("created_at", String(32), nullable=False),
    Column("updated_at", String(32), nullable=False),
)

incident_sources = Table(
    "incident_sources",
    metadata,
    Column("incident_id", String(40), ForeignKey("incidents.id"), primary_key=True),
    Column("document_id", String(40), ForeignKey("documents.id"), primary_key=True),
    Column("source_json", Text, nullable=False),
)

# Columns whose values the custody log fingerprints; changing any of them is tampering.
DOCUMENT_EVIDENCE_COLUMNS = tuple(c.name for c in documents.columns)
CAPTURE_EVIDENCE_COLUMNS = tuple(c.name for c in captures.columns)
MEDIA_EVIDENCE_COLUMNS = tuple(c.name for c in media.columns)
MEDIA_CAPTURE_EVIDENCE_COLUMNS = tuple(c.name for c in media_captures.columns)
