"""A content-addressed store for original bytes.

Each blob lives at ``<root>/sha256/ab/cd/<hex digest>``. Writes go to a temporary file in the same
directory, are flushed to disk and then renamed, so a crash never leaves a half-written blob under
its final name. Stored blobs are made read-only and are never overwritten.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from marsad.errors import StorageError
from marsad.util import sha256_hex

_CHUNK = 1 << 20


class BlobStore:
    """Originals addressed by their SHA-256 digest."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def path_for(self, digest: str) -> Path:
        """The file path at which the blob with ``digest`` is (or would be) stored."""
        if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
            raise StorageError(f"{digest!r}: not a sha256 hex digest")
        return self.root / "sha256" / digest[:2] / digest[2:4] / digest

    def put(self, data: bytes) -> str:
        """Store ``data`` (once) and return its SHA-256 digest."""
        digest = sha256_hex(data)
        target = self.path_for(digest)
        if target.exists():
            return digest
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(tmp_name, 0o444)
            os.replace(tmp_name, target)
        except OSError as exc:
            raise StorageError(f"blob store {self.root}: cannot write {digest[:12]}: {exc.strerror}") from exc
        return digest

    def put_file(self, source: Path) -> str:
        """Store a file's bytes (once), streaming them, and return their SHA-256 digest.

        The copy is hashed while it is written to a temporary file beside the final place and only
        then renamed, so a large video never has to fit in memory and no partial blob is visible.
        """
        self.root.mkdir(parents=True, exist_ok=True)
        staging = self.root / "sha256"
        staging.mkdir(exist_ok=True)
        hasher = hashlib.sha256()
        fd, tmp_name = tempfile.mkstemp(dir=staging, prefix=".incoming-")
        try:
            with os.fdopen(fd, "wb") as out, source.open("rb") as handle:
                for chunk in iter(lambda: handle.read(_CHUNK), b""):
                    hasher.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            digest = hasher.hexdigest()
            target = self.path_for(digest)
            if target.exists():
                os.unlink(tmp_name)
                return digest
            target.parent.mkdir(parents=True, exist_ok=True)
            os.chmod(tmp_name, 0o444)
            os.replace(tmp_name, target)
            return digest
        except OSError as exc:
            if os.path.exists(tmp_name):
                os.unlink(tmp_name)
            raise StorageError(f"blob store {self.root}: cannot store {source.name}: {exc.strerror}") from exc

    def get(self, digest: str) -> bytes:
        """Return the bytes of a stored blob."""
        path = self.path_for(digest)
        try:
            return path.read_bytes()
        except FileNotFoundError as exc:
            raise StorageError(f"blob {digest}: missing from {self.root}") from exc

    def exists(self, digest: str) -> bool:
        """True when a blob with this digest is stored."""
        return self.path_for(digest).exists()

    def recompute(self, digest: str) -> str | None:
        """Hash the stored file again; ``None`` when it is missing."""
        path = self.path_for(digest)
        if not path.exists():
            return None
        hasher = hashlib.sha256()
        with path.open("rb") as handle:
            for chunk in iter(lambda: handle.read(_CHUNK), b""):
                hasher.update(chunk)
        return hasher.hexdigest()
