"""Computing the signals of one media file: cryptographic hashes, PDQ, vPDQ and audio prints.

The kind of a file is decided from its bytes, never its name: a video named ``.jpg`` is still
hashed as a video, and a text file named ``.mp4`` is refused with a clear reason.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import av

from marsad.errors import InputError
from marsad.ingest.decode import sniff_binary
from marsad.media.audio import AudioPrint, fingerprint
from marsad.media.image import ImageHash, decode_image, query_hashes, reference_hashes
from marsad.media.video import FrameHash, hash_video

MAX_IMAGE_BYTES = 256 << 20
_IMAGE_MAGIC = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"GIF87a", b"GIF89a", b"BM", b"II*\x00", b"MM\x00*")


@dataclass
class MediaSignals:
    """Everything Marsad computes about one media file."""

    name: str
    sha256: str
    md5: str
    byte_size: int
    kind: str  # image | video | audio
    format: str
    width: int | None = None
    height: int | None = None
    duration: float | None = None
    reference: list[ImageHash] = field(default_factory=list)
    query: list[ImageHash] = field(default_factory=list)
    frames: list[FrameHash] = field(default_factory=list)
    audio: AudioPrint | None = None

    def as_json(self) -> dict[str, object]:
        """The signals in the shape `marsad hash --json` prints."""
        out: dict[str, object] = {
            "file": self.name,
            "kind": self.kind,
            "format": self.format,
            "sha256": self.sha256,
            "md5": self.md5,
            "bytes": self.byte_size,
            "width": self.width,
            "height": self.height,
            "duration": self.duration,
        }
        if self.reference:
            full = self.reference[0]
            out["pdq"] = {"hash": full.hash, "quality": full.quality}
            out["pdq_variants"] = {h.variant: h.hash for h in self.reference[1:]}
        if self.frames:
            out["vpdq"] = [
                {"frame": f.frame, "hash": f.hash, "quality": f.quality, "timestamp": f.timestamp} for f in self.frames
            ]
        if self.audio is not None:
            out["audio"] = {
                "algorithm": "chromaprint-2",
                "duration": self.audio.duration,
                "items": len(self.audio.values),
            }
        return out


def is_image(data: bytes) -> bool:
    """True for the still-image formats Marsad hashes (JPEG, PNG, GIF, WebP, BMP, TIFF)."""
    return data.startswith(_IMAGE_MAGIC) or (data[:4] == b"RIFF" and data[8:12] == b"WEBP")


def file_digests(name: str, path: Path) -> tuple[str, str, int, bytes]:
    """sha256, md5, size and first bytes of a file, read in chunks (videos can be many gigabytes)."""
    sha256, md5, size, head = hashlib.sha256(), hashlib.md5(), 0, b""
    try:
        with path.open("rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                sha256.update(chunk)
                md5.update(chunk)
                head = head or chunk[:8192]
                size += len(chunk)
    except OSError as exc:
        raise InputError(name, f"cannot be read ({exc.strerror})", "check the path and permissions") from None
    return sha256.hexdigest(), md5.hexdigest(), size, head


def compute_signals(path: Path, *, for_query: bool = False) -> MediaSignals:
    """Read ``path`` and compute its signals; bad media raises :class:`InputError` naming it."""
    name = str(path)
    sha256, md5, size, head = file_digests(name, path)
    if not size:
        raise InputError(name, "empty file (0 bytes)", "nothing to hash")
    base = dict(name=name, sha256=sha256, md5=md5, byte_size=size)
    if is_image(head):
        if size > MAX_IMAGE_BYTES:
            raise InputError(
                name, f"image file is {size >> 20} MiB, over the {MAX_IMAGE_BYTES >> 20} MiB limit", "refused unread"
            )
        image = decode_image(name, path.read_bytes())
        signals = MediaSignals(
            kind="image", format=image.format.lower(), width=image.width, height=image.height, **base
        )
        signals.reference = reference_hashes(image)
        if for_query:
            signals.query = query_hashes(image)
        return signals
    if sniff_binary(head) is None:
        raise InputError(name, "not an image, video or audio file (it is text)", "reports go through `marsad ingest`")
    return _timed_media(path, name, base, head)


def _timed_media(path: Path, name: str, base: dict, head: bytes) -> MediaSignals:
    try:
        with av.open(str(path)) as container:
            has_video, has_audio = bool(container.streams.video), bool(container.streams.audio)
            fmt = container.format.name.split(",")[0]
    except (av.error.FFmpegError, OSError, UnicodeDecodeError):
        known = sniff_binary(head[:64])
        if known and known != "binary data":
            raise InputError(
                name, f"{known} cannot be opened: truncated or corrupt", "fetch the original again"
            ) from None
        raise InputError(name, "not an image, video or audio file (or corrupt)", "check the file type") from None
    if has_video:
        info = hash_video(name, path)
        signals = MediaSignals(
            kind="video", format=fmt, width=info.width, height=info.height, duration=info.duration, **base
        )
        signals.frames = info.frames
        signals.audio = fingerprint(name, path) if info.has_audio else None
        return signals
    if has_audio:
        audio = fingerprint(name, path)
        if audio is None:
            raise InputError(name, "audio is too short or silent to fingerprint (under ~4 s)", "nothing to match")
        return MediaSignals(kind="audio", format=fmt, duration=audio.duration, audio=audio, **base)
    raise InputError(name, "has neither picture nor sound streams", "check the file type")
