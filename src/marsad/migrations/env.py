"""Alembic environment: runs migrations on the connection handed over by :mod:`marsad.storage.store`."""

from __future__ import annotations

from alembic import context

from marsad.storage.schema import metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - Marsad always passes its own connection
    raise RuntimeError("run migrations through `marsad init`, which supplies the database connection")

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
