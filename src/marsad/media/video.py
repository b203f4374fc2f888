"""Video: one PDQ hash per second of picture (vPDQ), decoded in one pass with PyAV.

Frames are decoded in order with codec threads on (never a seek per frame); non-reference frames
are skipped by the decoder, and the first decoded frame at or after each whole second is scaled
down, stripped of letterbox bars and hashed. Lists are read and written in Meta's vPDQ text format,
one line per hashed frame: ``frame_number,hash,quality,timestamp``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import av
import numpy as np

from marsad.errors import InputError
from marsad.media.hashes import is_pdq_hex
from marsad.media.image import pdq, trim_borders

FRAME_SIDE = 256


@dataclass(frozen=True)
class FrameHash:
    """The PDQ hash of one sampled frame."""

    frame: int
    hash: str
    quality: int
    timestamp: float


@dataclass(frozen=True)
class VideoInfo:
    """What decoding a video learnt, with its per-second frame hashes."""

    width: int
    height: int
    duration: float
    frames: list[FrameHash]
    has_audio: bool


def hash_video(name: str, path: Path, every: float = 1.0) -> VideoInfo:
    """Decode ``path`` once and hash one frame per ``every`` seconds."""
    try:
        container = av.open(str(path))
    except (av.error.InvalidDataError, av.error.FFmpegError, OSError) as exc:
        raise InputError(name, f"not a readable video ({exc})", "check the file and its type") from None
    with container:
        if not container.streams.video:
            raise InputError(name, "has no video stream", "audio-only files are fingerprinted by their soundtrack")
        stream = container.streams.video[0]
        stream.thread_type = "AUTO"
        stream.codec_context.skip_frame = "NONREF"
        frames = _sample(name, container, stream, every)
        duration = _duration(container, stream, frames)
        if not frames:
            raise InputError(name, "no frame could be decoded (truncated or corrupt video)", "fetch the original again")
        return VideoInfo(
            stream.codec_context.width,
            stream.codec_context.height,
            duration,
            frames,
            has_audio=bool(container.streams.audio),
        )


def _sample(
    name: str, container: av.container.InputContainer, stream: av.video.stream.VideoStream, every: float
) -> list[FrameHash]:
    frames: list[FrameHash] = []
    next_time = 0.0
    try:
        for index, frame in enumerate(container.decode(stream)):
            when = frame.time if frame.time is not None else index / float(stream.average_rate or 25)
            if when + 1e-6 < next_time:
                continue
            width, height = _scaled(frame.width, frame.height)
            pixels, _ = trim_borders(frame.to_ndarray(width=width, height=height, format="rgb24"))
            value, quality = pdq(pixels)
            frames.append(FrameHash(len(frames), value, quality, round(when, 3)))
            next_time = (int(when / every) + 1) * every
    except (av.error.InvalidDataError, av.error.FFmpegError) as exc:
        if not frames:
            raise InputError(name, f"video cannot be decoded ({exc})", "fetch the original again") from None
        # a truncated file: keep what decoded, as the reference tools do
    return frames


def _scaled(width: int, height: int) -> tuple[int, int]:
    scale = FRAME_SIDE / max(width, height)
    if scale >= 1:
        return width, height
    return max(2, int(width * scale) // 2 * 2), max(2, int(height * scale) // 2 * 2)


def _duration(
    container: av.container.InputContainer, stream: av.video.stream.VideoStream, frames: list[FrameHash]
) -> float:
    if stream.duration is not None and stream.time_base is not None:
        return float(stream.duration * stream.time_base)
    if container.duration:
        return container.duration / 1_000_000
    return frames[-1].timestamp + 1.0 if frames else 0.0


def to_vpdq(frames: list[FrameHash]) -> str:
    """Frame hashes in the vPDQ text format."""
    return "".join(f"{f.frame},{f.hash},{f.quality},{f.timestamp:.3f}\n" for f in frames)


def from_vpdq(name: str, text: str) -> list[FrameHash]:
    """Parse a vPDQ text file; a malformed line raises :class:`InputError` naming it."""
    frames = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split(",")]
        try:
            frame, value, quality, timestamp = int(parts[0]), parts[1].lower(), int(parts[2]), float(parts[3])
        except (IndexError, ValueError):
            raise InputError(
                f"{name} line {number}", "not a vPDQ line (frame,hash,quality,timestamp)", "fix the line"
            ) from None
        if not is_pdq_hex(value):
            raise InputError(f"{name} line {number}", "hash is not 64 hex digits", "fix the line")
        frames.append(FrameHash(frame, value, quality, timestamp))
    return frames


def frame_times(frames: list[FrameHash]) -> np.ndarray:
    """The frames' timestamps as an array."""
    return np.array([f.timestamp for f in frames], dtype=np.float64)
