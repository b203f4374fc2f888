"""Ingest: turn files, folders, archives and JSON records into preserved evidence."""

from marsad.ingest.metadata import Metadata
from marsad.ingest.pipeline import IngestOptions, IngestReport, ItemResult, ingest_paths

__all__ = ["IngestOptions", "IngestReport", "ItemResult", "Metadata", "ingest_paths"]
