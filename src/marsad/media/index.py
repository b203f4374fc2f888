"""The persisted, incrementally updated radius index over stored 256-bit hashes.

The database's ``media_signals`` rows are the truth; the index keeps, beside the blob store, an
append-only copy of their hashes (``codes.u8``) and row ids (``rows.i64``) so that opening it costs
one file read. New signals are appended after their transaction commits; anything the files miss
(a crash between the two) is caught up from the database on open. Search is exact:

- stored hashes are covered by a few multi-index segments (see :mod:`marsad.media.mih`), each
  over a contiguous block of rows, plus a short tail of the newest rows that is scanned directly;
- when the tail reaches :data:`SCAN_LIMIT` it becomes a new segment, and a segment at least half
  the size of the one before it is merged with it (as in a log-structured merge tree), so adding
  media never re-sorts everything and there are about log2(n / SCAN_LIMIT) segments;
- segment tables are saved under ``segments/START-END/`` and loaded back by the next process;
- radii above the multi-index limit of 31 fall back to a full scan with faiss.
"""

from __future__ import annotations

import shutil

import faiss
import numpy as np
from sqlalchemy import select

from marsad.media.hashes import hexes_to_array
from marsad.media.mih import MAX_RADIUS, MultiIndex
from marsad.storage import Store
from marsad.storage.schema import media_signals

SCAN_LIMIT = 50_000  # below this many hashes a direct scan beats building tables


class HashIndex:
    """Exact Hamming radius search over one signal type's stored hashes."""

    def __init__(self, store: Store, signal: str) -> None:
        self.store = store
        self.signal = signal
        self.folder = store.location.index_root / signal
        self.codes = np.empty((0, 32), np.uint8)
        self.rows = np.empty(0, np.int64)
        self.segments: list[tuple[int, int, MultiIndex]] = []
        self._load()

    def __len__(self) -> int:
        return len(self.rows)

    # -- persistence ----------------------------------------------------------------------

    def _load(self) -> None:
        codes_path, rows_path = self.folder / "codes.u8", self.folder / "rows.i64"
        if codes_path.exists() and rows_path.exists():
            rows = np.fromfile(rows_path, dtype=np.int64)
            codes = np.fromfile(codes_path, dtype=np.uint8)
            n = min(len(rows), len(codes) // 32)  # a torn append is dropped and caught up below
            self.rows, self.codes = rows[:n], codes[: n * 32].reshape(n, 32)
        self.catch_up()
        self._load_segments()

    def catch_up(self) -> int:
        """Append signals committed to the database but not yet in the index files."""
        last = int(self.rows[-1]) if len(self.rows) else 0
        query = (
            select(media_signals.c.id, media_signals.c.value)
            .where(media_signals.c.signal == self.signal, media_signals.c.id > last)
            .order_by(media_signals.c.id)
        )
        with self.store.reader() as conn:
            fresh = conn.execute(query).all()
        if fresh:
            self.append([r.id for r in fresh], [r.value for r in fresh])
        return len(fresh)

    def append(self, row_ids: list[int], hashes: list[str]) -> None:
        """Add committed signal rows (ids ascending) to memory and to the files."""
        codes = hexes_to_array(hashes)
        rows = np.asarray(row_ids, dtype=np.int64)
        self.folder.mkdir(parents=True, exist_ok=True)
        if len(self.rows) == 0:
            for name in ("codes.u8", "rows.i64"):
                (self.folder / name).unlink(missing_ok=True)
            shutil.rmtree(self.folder / "segments", ignore_errors=True)
        with (self.folder / "codes.u8").open("ab") as handle:
            handle.write(codes.tobytes())
        with (self.folder / "rows.i64").open("ab") as handle:
            handle.write(rows.tobytes())
        self.codes = np.concatenate([self.codes, codes])
        self.rows = np.concatenate([self.rows, rows])

    # -- search ---------------------------------------------------------------------------

    def _load_segments(self) -> None:
        folder = self.folder / "segments"
        ranges = (
            sorted(tuple(map(int, d.name.split("-"))) for d in folder.glob("*-*") if d.is_dir())
            if folder.exists()
            else []
        )
        position = 0
        for start, end in ranges:
            if start != position or end > len(self.rows):
                break
            segment = MultiIndex.load(folder / f"{start}-{end}", self.codes[start:end])
            if segment is None:
                break
            self.segments.append((start, end, segment))
            position = end
        for start, end in ranges:  # anything not loaded is stale
            if not any(s == start and e == end for s, e, _ in self.segments):
                shutil.rmtree(folder / f"{start}-{end}", ignore_errors=True)

    def _grow_segments(self) -> None:
        """Turn a long tail into a segment and merge segments of similar size."""
        covered = self.segments[-1][1] if self.segments else 0
        if len(self.rows) - covered < SCAN_LIMIT:
            return
        self._add_segment(covered, len(self.rows))
        while len(self.segments) >= 2:
            (a_start, a_end, _), (_, b_end, _) = self.segments[-2], self.segments[-1]
            if (b_end - a_end) * 2 < a_end - a_start:
                break
            for start, end, _ in self.segments[-2:]:
                shutil.rmtree(self.folder / "segments" / f"{start}-{end}", ignore_errors=True)
            del self.segments[-2:]
            self._add_segment(a_start, b_end)

    def _add_segment(self, start: int, end: int) -> None:
        segment = MultiIndex(self.codes[start:end])
        segment.save(self.folder / "segments" / f"{start}-{end}")
        self.segments.append((start, end, segment))

    def search(self, hashes: list[str], radius: int) -> list[list[tuple[int, int]]]:
        """For each query hash, ``(signal row id, distance)`` of every stored hash within ``radius``."""
        queries = hexes_to_array(hashes)
        if not len(self.rows) or not len(queries):
            return [[] for _ in hashes]
        if radius > MAX_RADIUS:
            return self._faiss_scan(queries, radius)
        self._grow_segments()
        hits: list[list[tuple[int, int]]] = [[] for _ in hashes]
        for start, _end, segment in self.segments:
            for q, found in enumerate(segment.search(queries, radius, max_results=256)):
                hits[q] += [(int(self.rows[start + i]), d) for i, d in found]
        covered = self.segments[-1][1] if self.segments else 0
        for q, found in enumerate(_scan(self.codes[covered:], queries, radius)):
            hits[q] += [(int(self.rows[covered + i]), d) for i, d in found]
        return hits

    def _faiss_scan(self, queries: np.ndarray, radius: int) -> list[list[tuple[int, int]]]:
        flat = faiss.IndexBinaryFlat(256)
        flat.add(self.codes)
        limits, distances, labels = flat.range_search(queries, radius + 1)
        return [
            [(int(self.rows[labels[j]]), int(distances[j])) for j in range(limits[q], limits[q + 1])]
            for q in range(len(queries))
        ]

    def describe(self) -> dict[str, object]:
        """Size and layout, for `marsad media stats` and the benchmarks."""
        return {
            "signal": self.signal,
            "hashes": len(self),
            "folder": str(self.folder),
            "segments": [(start, end) for start, end, _ in self.segments],
        }


def _scan(codes: np.ndarray, queries: np.ndarray, radius: int) -> list[list[tuple[int, int]]]:
    if not len(codes):
        return [[] for _ in range(len(queries))]
    words = codes.view(np.uint64).reshape(-1, 4)
    out = []
    for query in queries.view(np.uint64).reshape(-1, 4):
        distances = np.bitwise_count(words ^ query).sum(axis=1)
        near = np.flatnonzero(distances <= radius)
        out.append([(int(i), int(distances[i])) for i in near])
    return out
