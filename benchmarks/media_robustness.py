"""Recall of edited copies and false matches among distractors, Marsad next to plain PDQ.

    python benchmarks/media_robustness.py [--images 200] [--distractors 1000] [--videos 10]

Every reference image is generated from a seed, added to a fresh Marsad database, and then each
edit of it (JPEG q30, half size, 5% and 10% crops, 15% letterbox, mirror, 5-degree rotation, a
corner logo 20% of the width, +20% brightness, and a combination) is matched against the whole
database. Distractors are other generated images: any match for one is a false match. The
baseline is what a plain PDQ bank does (HMA's matcher): the reference hash of the whole picture,
Hamming distance <= 31. Videos: each reference is re-encoded to 480p, trimmed, cut to a 20 s clip,
and its soundtrack laid under new pictures; other videos are the distractors.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from rich.console import Console
from rich.table import Table

from marsad.media import synthetic
from marsad.media.hashes import hamming
from marsad.media.library import add_media
from marsad.media.matching import Matcher
from marsad.media.signals import compute_signals
from marsad.storage import Store

console = Console(width=150)
DISTRACTOR_BASE = 1_000_000


def _write_image(args: tuple[str, int, str | None]) -> str:
    path, seed, edit = args
    picture = synthetic.scene(seed)
    if edit:
        picture = synthetic.EDITS[edit](picture)
    picture.save(path, quality=95) if path.endswith(".jpg") else picture.save(path)
    return path


def _signals(path: str):
    return compute_signals(Path(path), for_query=True)


def image_benchmark(
    work: Path, store: Store, images: int, distractors: int, pool: ProcessPoolExecutor
) -> tuple[Table, int]:
    refs = [str(work / f"ref-{i}.png") for i in range(images)]
    list(pool.map(_write_image, [(p, i, None) for i, p in enumerate(refs)], chunksize=8))
    started = time.perf_counter()
    add_media(store, refs)
    console.print(f"added {images} reference images in {time.perf_counter() - started:.1f}s")
    ref_signals = {i: s for i, s in enumerate(pool.map(_signals, refs, chunksize=8))}
    matcher = Matcher(store)
    id_of = {s.sha256: i for i, s in ref_signals.items()}
    table = Table(title=f"Images: {images} references, {distractors} distractors")
    for name in ("edit", "Marsad recall", "plain PDQ recall", "ratio"):
        table.add_column(name, justify="right")
    for edit in synthetic.EDITS:
        suffix = ".jpg" if edit.startswith("jpeg") else ".png"
        paths = [str(work / f"{edit}-{i}{suffix}") for i in range(images)]
        list(pool.map(_write_image, [(p, i, edit) for i, p in enumerate(paths)], chunksize=8))
        found = baseline = 0
        for i, signals in enumerate(pool.map(_signals, paths, chunksize=8)):
            matches = matcher.match(signals)
            found += bool(matches) and id_of.get(matches[0].sha256) == i
            baseline += hamming(signals.query[0].hash, ref_signals[i].reference[0].hash) <= 31
        ratio = f"{found / baseline:.1f}x" if baseline else "baseline finds none"
        table.add_row(edit, f"{found / images:.3f}", f"{baseline / images:.3f}", ratio)
    false = 0
    paths = [str(work / f"distractor-{j}.png") for j in range(distractors)]
    list(pool.map(_write_image, [(p, DISTRACTOR_BASE + j, None) for j, p in enumerate(paths)], chunksize=16))
    for signals in pool.map(_signals, paths, chunksize=16):
        false += bool(matcher.match(signals))
    return table, false


def _video_edits(work: Path, i: int) -> dict[str, str]:
    ref = str(work / f"video-{i}.mp4")
    synthetic.write_video(ref, 500 + i, 40, width=1280, height=720, fps=25, audio_seed=900 + i)
    out = {"reference": ref}
    for name, kwargs in {
        "reencode_480p": {"height": 480},
        "trim": {"start": 4, "duration": 30},
        "clip_20s": {"start": 12, "duration": 20, "height": 360},
    }.items():
        out[name] = str(work / f"video-{i}-{name}.mp4")
        synthetic.transcode(ref, out[name], **kwargs)
    out["new_picture_same_audio"] = str(work / f"video-{i}-newpic.mp4")
    synthetic.write_video(out["new_picture_same_audio"], 700 + i, 40, width=640, height=360, audio_seed=900 + i)
    out["distractor"] = str(work / f"video-{i}-distractor.mp4")
    synthetic.write_video(out["distractor"], 800 + i, 30, width=640, height=360, audio_seed=1900 + i)
    return out


def video_benchmark(work: Path, store: Store, videos: int, pool: ProcessPoolExecutor) -> tuple[Table, int]:
    sets = list(pool.map(_video_edits, [work] * videos, range(videos)))
    add_media(store, [s["reference"] for s in sets])
    matcher = Matcher(store)
    refs = {compute_signals(Path(s["reference"])).sha256: i for i, s in enumerate(sets)}
    table = Table(title=f"Videos: {videos} references (720p, 40 s), {videos} distractor videos")
    for name in ("edit", "recall", "signals that matched"):
        table.add_column(name, justify="right")
    for edit in ("reencode_480p", "trim", "clip_20s", "new_picture_same_audio"):
        found, kinds = 0, set()
        for i, s in enumerate(sets):
            matches = [
                m for m in matcher.match(compute_signals(Path(s[edit]), for_query=True)) if refs.get(m.sha256) == i
            ]
            found += bool(matches)
            kinds |= {m.signal for m in matches}
        table.add_row(edit, f"{found / videos:.3f}", ", ".join(sorted(kinds)))
    false = sum(bool(matcher.match(compute_signals(Path(s["distractor"]), for_query=True))) for s in sets)
    return table, false


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--images", type=int, default=200)
    parser.add_argument("--distractors", type=int, default=1000)
    parser.add_argument("--videos", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="marsad-bench-") as tmp, ProcessPoolExecutor(2) as pool:
        work = Path(tmp)
        store = Store.open(work / "bench.db", create=True)
        started = time.perf_counter()
        images, image_false = image_benchmark(work, store, args.images, args.distractors, pool)
        console.print(images)
        console.print(f"image false matches among {args.distractors} distractors: {image_false}")
        videos, video_false = video_benchmark(work, store, args.videos, pool)
        console.print(videos)
        console.print(f"video false matches among {args.videos} distractor videos: {video_false}")
        console.print(f"total {time.perf_counter() - started:.0f}s")
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
