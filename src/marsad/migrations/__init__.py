"""Alembic migrations for the Marsad schema; applied by ``marsad init``."""
