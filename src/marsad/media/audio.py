"""Soundtrack fingerprints with Chromaprint's ``fpcalc``, matched with time offsets.

A fingerprint is a sequence of 32-bit sub-fingerprints, one every ~0.124 s. Two recordings of the
same audio share many identical sub-fingerprints at a constant offset; candidates are found by
voting on offsets of equal values and confirmed by the bit error rate of the aligned overlap, so
a reused nasheed or speech is found even under new pictures, trimmed, or cut into a clip.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from marsad.errors import InputError, MarsadError

ITEM_SECONDS = 0.1238  # Chromaprint's default algorithm: 4096-sample hops at 11025 Hz, 3 overlap
MIN_ITEMS = 30  # about 4 seconds of audio
MAX_BIT_ERROR = 0.30


@dataclass(frozen=True)
class AudioPrint:
    """A Chromaprint raw fingerprint."""

    duration: float
    values: np.ndarray  # uint32

    def to_text(self) -> str:
        """Comma-separated unsigned integers, as ``fpcalc -raw`` prints them."""
        return ",".join(str(int(v)) for v in self.values)

    @classmethod
    def from_text(cls, text: str, duration: float | None = None) -> AudioPrint:
        """Parse comma-separated integers (signed or unsigned)."""
        values = np.array([int(v) & 0xFFFFFFFF for v in text.split(",") if v.strip()], dtype=np.uint32)
        return cls(duration if duration is not None else len(values) * ITEM_SECONDS, values)


def fpcalc_path() -> str:
    """Where ``fpcalc`` is; a clear error when Chromaprint's tools are missing."""
    found = shutil.which("fpcalc")
    if not found:
        raise MarsadError(
            "fpcalc (Chromaprint) is not installed: run `make system-deps` or install libchromaprint-tools"
        )
    return found


def fingerprint(name: str, path: Path) -> AudioPrint | None:
    """The soundtrack's fingerprint, or ``None`` when the file has no (or too little) audio."""
    result = subprocess.run(
        [fpcalc_path(), "-raw", "-json", "-length", "0", str(path)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    try:  # fpcalc prints what it decoded even when the stream ends badly
        data = json.loads(result.stdout) if result.stdout.strip() else {}
    except json.JSONDecodeError:
        data = {}
    if not data.get("fingerprint"):
        message = (result.stderr.strip().splitlines() or ["fpcalc failed"])[-1]
        if "audio stream" in message.lower() or "no audio" in message.lower():
            return None
        raise InputError(name, f"audio could not be decoded ({message})", "check the file")
    values = np.array([v & 0xFFFFFFFF for v in data.get("fingerprint", [])], dtype=np.uint32)
    if len(values) < MIN_ITEMS:
        return None
    return AudioPrint(float(data.get("duration", len(values) * ITEM_SECONDS)), values)


@dataclass(frozen=True)
class AudioMatch:
    """An aligned stretch of shared audio."""

    offset_items: int  # reference position minus query position
    bit_error: float
    query_start: float
    query_end: float
    ref_start: float
    ref_end: float


def _popcount32(values: np.ndarray) -> np.ndarray:
    return np.bitwise_count(values.astype(np.uint32))


def candidate_offsets(query: np.ndarray, reference: np.ndarray, top: int = 3) -> list[int]:
    """Offsets at which many sub-fingerprints are equal (voting on exact values)."""
    positions: dict[int, list[int]] = {}
    for index, value in enumerate(reference.tolist()):
        positions.setdefault(value, []).append(index)
    votes: Counter[int] = Counter()
    for qi, value in enumerate(query.tolist()):
        for ri in positions.get(value, ()):
            votes[ri - qi] += 1
    return [offset for offset, count in votes.most_common(top) if count >= 3]


def align(query: np.ndarray, reference: np.ndarray, offset: int, window: int = 16) -> AudioMatch | None:
    """Measure the overlap at ``offset`` and keep the stretch whose bit error is low."""
    q_start, r_start = max(0, -offset), max(0, offset)
    length = min(len(query) - q_start, len(reference) - r_start)
    if length < MIN_ITEMS:
        return None
    errors = _popcount32(query[q_start : q_start + length] ^ reference[r_start : r_start + length]) / 32.0
    smooth = np.convolve(errors, np.ones(window) / window, mode="same")
    good = np.flatnonzero(smooth < MAX_BIT_ERROR)
    if len(good) < MIN_ITEMS:
        return None
    first, last = int(good[0]), int(good[-1]) + 1
    bit_error = float(errors[first:last].mean())
    if bit_error >= MAX_BIT_ERROR:
        return None
    return AudioMatch(
        offset,
        round(bit_error, 4),
        round((q_start + first) * ITEM_SECONDS, 2),
        round((q_start + last) * ITEM_SECONDS, 2),
        round((r_start + first) * ITEM_SECONDS, 2),
        round((r_start + last) * ITEM_SECONDS, 2),
    )


def match_prints(query: AudioPrint, reference: AudioPrint) -> AudioMatch | None:
    """The best aligned match between two fingerprints, if any."""
    best: AudioMatch | None = None
    for offset in candidate_offsets(query.values, reference.values):
        found = align(query.values, reference.values, offset)
        if found and (best is None or found.bit_error < best.bit_error):
            best = found
    return best
