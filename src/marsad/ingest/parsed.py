"""The intermediate form between reading an item and storing it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from marsad.ingest.metadata import Metadata


@dataclass
class Parsed:
    """The text and metadata found in one document-to-be.

    ``content`` is the exact byte string that identifies the document (a whole file, or one JSON
    record); ``original`` is the byte string kept in the blob store (the whole file).
    """

    name: str
    format: str
    text: str
    content: bytes
    original: bytes
    found: Metadata = field(default_factory=Metadata)
    encoding: str | None = None
    record_pointer: str | None = None
    canonical_url: str | None = None
    site_name: str | None = None
    boilerplate_removed: int = 0
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Skipped:
    """A record that holds nothing to ingest (for example a media-only chat message)."""

    name: str
    reason: str
