"""The record layer: extraction runs, claims, incidents and the documents behind each incident.

Revision ID: 0003_records
Revises: 0002_media
Create Date: 2026-11-21
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_records"
down_revision = "0002_media"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the record tables."""
    op.create_table(
        "extraction_runs",
        sa.Column("document_id", sa.String(40), sa.ForeignKey("documents.id"), primary_key=True),
        sa.Column("extractor", sa.String(40), nullable=False),
        sa.Column("incidents", sa.Integer, nullable=False),
        sa.Column("claims", sa.Integer, nullable=False),
        sa.Column("ran_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "claims",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("document_id", sa.String(40), sa.ForeignKey("documents.id"), nullable=False, index=True),
        sa.Column("type", sa.String(40), nullable=False, index=True),
        sa.Column("record_json", sa.Text, nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "incidents",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("type", sa.String(40), nullable=False, index=True),
        sa.Column("date_start", sa.String(10), nullable=True, index=True),
        sa.Column("country", sa.String(2), nullable=True, index=True),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("record_json", sa.Text, nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("updated_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "incident_sources",
        sa.Column("incident_id", sa.String(40), sa.ForeignKey("incidents.id"), primary_key=True),
        sa.Column("document_id", sa.String(40), sa.ForeignKey("documents.id"), primary_key=True),
        sa.Column("source_json", sa.Text, nullable=False),
    )


def downgrade() -> None:
    """Drop the record tables."""
    for table in ("incident_sources", "incidents", "claims", "extraction_runs"):
        op.drop_table(table)
