"""Media speed: hashing throughput, video hashing cost, lookups at 1 and 10 million hashes.

    python benchmarks/media_speed.py [--images 300] [--sizes 1000000,10000000] [--queries 20000]

Baselines in the same run: bare ``pdqhash.compute`` on the same decoded images; faiss
``IndexBinaryFlat`` range search (the exact search HMA-style deployments use) on the same hashes
and queries. Memory is the resident size of this process after the index is built.
"""

from __future__ import annotations

import argparse
import io
import resource
import sys
import tempfile
import time
from pathlib import Path

import faiss
import numpy as np
import pdqhash
from PIL import Image
from rich.console import Console
from rich.table import Table

from marsad.media import synthetic
from marsad.media.image import decode_image, query_hashes, reference_hashes
from marsad.media.mih import MultiIndex
from marsad.media.video import hash_video

console = Console(width=150)


def rss_gib() -> float:
    """Peak resident memory of this process, GiB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / (1 << 20)


def image_speed(count: int) -> Table:
    blobs = []
    for seed in range(count):
        buffer = io.BytesIO()
        synthetic.scene(seed, 1280, 720).save(buffer, "JPEG", quality=85)
        blobs.append(buffer.getvalue())
    started = time.process_time()
    for data in blobs:
        pdqhash.compute(np.asarray(Image.open(io.BytesIO(data)).convert("RGB")))
    bare = time.process_time() - started
    started = time.process_time()
    for data in blobs:
        reference_hashes(decode_image("bench", data))
    stored = time.process_time() - started
    started = time.process_time()
    for data in blobs:
        query_hashes(decode_image("bench", data))
    queried = time.process_time() - started
    table = Table(title=f"Image hashing, {count} JPEG 1280x720, one core (CPU time)")
    for name in ("pipeline", "images/s", "vs bare pdqhash"):
        table.add_column(name, justify="right")
    table.add_row("bare pdqhash.compute (decode + hash)", f"{count / bare:.0f}", "1.00x")
    table.add_row("Marsad add (13 stored hashes)", f"{count / stored:.0f}", f"{bare / stored:.2f}x")
    table.add_row("Marsad match (about 40 query hashes)", f"{count / queried:.0f}", f"{bare / queried:.2f}x")
    return table


def video_speed(seconds: int) -> Table:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "v720.mp4"
        synthetic.write_video(str(path), 3, seconds, width=1280, height=720, fps=30)
        started, wall = time.process_time(), time.perf_counter()
        info = hash_video("bench", path)
        cpu, elapsed = time.process_time() - started, time.perf_counter() - wall
    table = Table(title=f"Video hashing, {seconds} s of 720p30 H.264")
    for name in ("measure", "value"):
        table.add_column(name, justify="right")
    table.add_row("frames hashed", str(len(info.frames)))
    table.add_row("CPU seconds per minute of video", f"{cpu * 60 / seconds:.2f}")
    table.add_row("faster than real time (CPU time)", f"{seconds / cpu:.1f}x")
    table.add_row("faster than real time (wall clock, 2 cores)", f"{seconds / elapsed:.1f}x")
    return table


def lookup_speed(size: int, queries: int, rng: np.random.Generator) -> list[str]:
    codes = rng.integers(0, 256, size=(size, 32), dtype=np.uint8)
    picks = codes[rng.integers(0, size, queries)].copy()
    for i, row in enumerate(picks):  # half near copies (0-31 bits off), half unrelated hashes
        if i % 2:
            picks[i] = rng.integers(0, 256, 32, dtype=np.uint8)
        else:
            for bit in rng.choice(256, i % 32, replace=False):
                row[bit // 8] ^= np.uint8(1 << (bit % 8))
    started = time.perf_counter()
    index = MultiIndex(codes)
    build = time.perf_counter() - started
    index.search(picks[:1], 31)  # compile
    started = time.perf_counter()
    found = index.search(picks, 31)
    marsad = queries / (time.perf_counter() - started)
    memory = rss_gib()
    flat = faiss.IndexBinaryFlat(256)
    flat.add(codes)
    sample = picks[: max(200, queries // 50)]
    started = time.perf_counter()
    limits, _, _ = flat.range_search(sample, 32)
    baseline = len(sample) / (time.perf_counter() - started)
    agree = all((limits[q + 1] - limits[q]) == len(found[q]) for q in range(len(sample)))
    del index, flat, codes
    return [
        f"{size:,}",
        f"{build:.1f}",
        f"{marsad:,.0f}",
        f"{baseline:,.0f}",
        f"{marsad / baseline:.1f}x",
        f"{memory:.1f}",
        "yes" if agree else "NO",
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--images", type=int, default=300)
    parser.add_argument("--video-seconds", type=int, default=60)
    parser.add_argument("--sizes", default="1000000,10000000")
    parser.add_argument("--queries", type=int, default=20000)
    args = parser.parse_args()
    console.print(image_speed(args.images))
    console.print(video_speed(args.video_seconds))
    table = Table(title="Exact lookups within distance 31 (2 cores)")
    for name in (
        "stored hashes",
        "build s",
        "Marsad lookups/s",
        "faiss flat lookups/s",
        "ratio",
        "peak RSS GiB",
        "same results",
    ):
        table.add_column(name, justify="right")
    rng = np.random.default_rng(7)
    for size in (int(s) for s in args.sizes.split(",")):
        table.add_row(*lookup_speed(size, args.queries, rng))
    console.print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
