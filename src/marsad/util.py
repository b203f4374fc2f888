"""Small helpers shared by every layer: hashing, canonical JSON and UTC timestamps."""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import UTC, datetime
from typing import Any


def sha256_hex(data: bytes) -> str:
    """Return the lowercase hexadecimal SHA-256 digest of ``data``."""
    return hashlib.sha256(data).hexdigest()


def canonical_json(value: Any) -> str:
    """Serialise ``value`` deterministically (sorted keys, no whitespace, UTF-8 kept)."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def digest_of(value: Any) -> str:
    """SHA-256 of the canonical JSON form of ``value``: a stable fingerprint of a record."""
    return sha256_hex(canonical_json(value).encode("utf-8"))


def utc_now() -> str:
    """The current time as an ISO 8601 UTC string with microseconds, e.g. ``2026-01-02T03:04:05.000006Z``."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def new_id(prefix: str) -> str:
    """A random, never-reused identifier such as ``cap_3f2a9c0d1e4b5a67``."""
    return f"{prefix}_{uuid.uuid4().hex[:16]}"
