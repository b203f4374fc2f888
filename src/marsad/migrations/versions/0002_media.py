"""Media evidence: media items, their captures and signals, hash banks and clusters.

Revision ID: 0002_media
Revises: 0001_evidence
Create Date: 2026-11-21
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_media"
down_revision = "0001_evidence"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the media tables."""
    op.create_table(
        "media",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("sha256", sa.String(64), nullable=True, unique=True),
        sa.Column("md5", sa.String(32), nullable=True),
        sa.Column("blob_sha256", sa.String(64), nullable=True, index=True),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("format", sa.String(40), nullable=True),
        sa.Column("byte_size", sa.BigInteger, nullable=True),
        sa.Column("width", sa.Integer, nullable=True),
        sa.Column("height", sa.Integer, nullable=True),
        sa.Column("duration", sa.Float, nullable=True),
        sa.Column("title", sa.Text, nullable=True),
        sa.Column("origin", sa.Text, nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "media_captures",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("media_id", sa.String(40), sa.ForeignKey("media.id"), nullable=False, index=True),
        sa.Column("origin", sa.Text, nullable=False),
        sa.Column("metadata_json", sa.Text, nullable=False),
        sa.Column("captured_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "media_signals",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("media_id", sa.String(40), sa.ForeignKey("media.id"), nullable=False, index=True),
        sa.Column("signal", sa.String(16), nullable=False, index=True),
        sa.Column("variant", sa.String(24), nullable=False),
        sa.Column("t", sa.Float, nullable=True),
        sa.Column("value", sa.Text, nullable=False),
        sa.Column("quality", sa.Integer, nullable=True),
    )
    op.create_table(
        "banks",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        sa.Column("description", sa.Text, nullable=True),
        sa.Column("thresholds_json", sa.Text, nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "bank_entries",
        sa.Column("bank_id", sa.String(40), sa.ForeignKey("banks.id"), primary_key=True),
        sa.Column("media_id", sa.String(40), sa.ForeignKey("media.id"), primary_key=True),
        sa.Column("labels_json", sa.Text, nullable=False),
        sa.Column("added_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "media_clusters",
        sa.Column("media_id", sa.String(40), sa.ForeignKey("media.id"), primary_key=True),
        sa.Column("cluster_id", sa.String(40), nullable=False, index=True),
    )


def downgrade() -> None:
    """Drop the media tables."""
    for table in ("media_clusters", "bank_entries", "banks", "media_signals", "media_captures", "media"):
        op.drop_table(table)
