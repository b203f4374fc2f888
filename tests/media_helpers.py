"""Synthetic media files for the media tests (never real propaganda)."""

from __future__ import annotations

from pathlib import Path

from marsad.media import synthetic


def image(folder: Path, name: str, seed: int, edit: str | None = None) -> Path:
    """Write scene ``seed`` (optionally edited) as PNG or JPEG by suffix."""
    picture = synthetic.scene(seed)
    if edit:
        picture = synthetic.EDITS[edit](picture)
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    picture.save(path)
    return path


def video(folder: Path, name: str, seed: int, seconds: float = 12, audio_seed: int | None = None) -> Path:
    """Write a small synthetic H.264 video."""
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    synthetic.write_video(str(path), seed, seconds, width=320, height=180, fps=10, audio_seed=audio_seed)
    return path
