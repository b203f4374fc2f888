"""Storage: one interface over SQLite or PostgreSQL plus a content-addressed blob store."""

from marsad.storage.blobs import BlobStore
from marsad.storage.evidence import NewDocument, StoredResult, store_document
from marsad.storage.location import Location, resolve_location
from marsad.storage.store import Store, head_revision
from marsad.storage.verify import Problem, VerifyReport, verify_store

__all__ = [
    "BlobStore",
    "Location",
    "NewDocument",
    "Problem",
    "Store",
    "StoredResult",
    "VerifyReport",
    "head_revision",
    "resolve_location",
    "store_document",
    "verify_store",
]
