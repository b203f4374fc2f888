"""Evidence layer: sources, documents, captures and the custody log.

Revision ID: 0001_evidence
Revises:
Create Date: 2026-11-21
"""

import sqlalchemy as sa
from alembic import op

revision = "0001_evidence"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the evidence tables."""
    op.create_table(
        "sources",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("normalized_name", sa.String(300), nullable=False, unique=True),
        sa.Column("created_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "documents",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("content_sha256", sa.String(64), nullable=False, unique=True),
        sa.Column("blob_sha256", sa.String(64), nullable=False, index=True),
        sa.Column("record_pointer", sa.String(200), nullable=True),
        sa.Column("format", sa.String(20), nullable=False),
        sa.Column("encoding", sa.String(40), nullable=True),
        sa.Column("byte_size", sa.BigInteger, nullable=False),
        sa.Column("source_id", sa.String(40), sa.ForeignKey("sources.id"), nullable=True, index=True),
        sa.Column("title", sa.Text, nullable=True),
        sa.Column("author", sa.Text, nullable=True),
        sa.Column("published", sa.String(64), nullable=True),
        sa.Column("published_date", sa.String(10), nullable=True),
        sa.Column("published_precision", sa.String(10), nullable=False),
        sa.Column("url", sa.Text, nullable=True),
        sa.Column("canonical_url", sa.Text, nullable=True),
        sa.Column("site_name", sa.Text, nullable=True),
        sa.Column("language", sa.String(20), nullable=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("text_sha256", sa.String(64), nullable=False),
        sa.Column("boilerplate_removed", sa.Integer, nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "captures",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("document_id", sa.String(40), sa.ForeignKey("documents.id"), nullable=False, index=True),
        sa.Column("blob_sha256", sa.String(64), nullable=False),
        sa.Column("record_pointer", sa.String(200), nullable=True),
        sa.Column("origin", sa.Text, nullable=False),
        sa.Column("url", sa.Text, nullable=True),
        sa.Column("metadata_json", sa.Text, nullable=False),
        sa.Column("captured_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "custody_log",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("subject_type", sa.String(20), nullable=False),
        sa.Column("subject_id", sa.String(80), nullable=False, index=True),
        sa.Column("details_json", sa.Text, nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("entry_hash", sa.String(64), nullable=False),
        sa.UniqueConstraint("entry_hash", name="uq_custody_entry_hash"),
    )


def downgrade() -> None:
    """Drop the evidence tables (destroys the record: only for development databases)."""
    for table in ("custody_log", "captures", "documents", "sources"):
        op.drop_table(table)
