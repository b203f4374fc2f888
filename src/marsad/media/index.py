"""The persisted, incrementally updated radius index over stored 256-bit hashes.

The database's ``media_signals`` rows are the truth; the index keeps, beside the blob store, an
append-only copy of their hashes (``codes.u8``) and row ids (``rows.i64``) so that opening it costs
one file read. New signals are appended after their transaction commits; anything the files miss
(a crash between the two) is caught up from the database on open. Search is exact:

- rows covered by the last multi-index build (see :mod:`marsad.media.mih`) are probed through it,
  rows added since are scanned directly, and the tables are rebuilt (and saved) only when those
  newer rows pass a tenth of the built ones;
- radii above the multi-index limit of 31 fall back to a full scan with faiss.
"""

from __future__ import annotations

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
        self._mih: MultiIndex | None = None
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

    def catch_up(self) -> int:
        """Append signals committed to the database but not yet in the index files."""
        last = int(self.rows[-1]) if len(self.rows) else 0
        query = (select(media_signals.c.id, media_signals.c.value)
                 .where(media_signals.c.signal == self.signal, media_signals.c.id > last)
                 .order_by(media_signals.c.id))
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
        with (self.folder / "codes.u8").open("ab") as handle:
            handle.write(codes.tobytes())
        with (self.folder / "rows.i64").open("ab") as handle:
            handle.write(rows.tobytes())
        self.codes = np.concatenate([self.codes, codes])
        self.rows = np.concatenate([self.rows, rows])

    # -- search ---------------------------------------------------------------------------

    def search(self, hashes: list[str], radius: int) -> list[list[tuple[int, int]]]:
        """For each query hash, ``(signal row id, distance)`` of every stored hash within ``radius``."""
        queries = hexes_to_array(hashes)
        if not len(self.rows) or not len(queries):
            return [[] for _ in hashes]
        if radius > MAX_RADIUS:
            return self._faiss_scan(queries, radius)
        built = self._multi_index()
        hits: list[list[tuple[int, int]]] = [[] for _ in hashes]
        if built is not None:
            for q, found in enumerate(built.search(queries, radius, max_results=256)):
                hits[q] = [(int(self.rows[i]), d) for i, d in found]
        start = len(built) if built is not None else 0
        for q, found in enumerate(_scan(self.codes[start:], queries, radius)):
            hits[q] += [(int(self.rows[start + i]), d) for i, d in found]
        return hits

    def _multi_index(self) -> MultiIndex | None:
        if len(self.rows) < SCAN_LIMIT:
            return None
        if self._mih is None or len(self.rows) - len(self._mih) > len(self._mih) // 10:
            self._mih = MultiIndex()
            self._mih.add(self.codes)
            self._mih.search(self.codes[:1], 0)  # build the tables now
        return self._mih

    def _faiss_scan(self, queries: np.ndarray, radius: int) -> list[list[tuple[int, int]]]:
        flat = faiss.IndexBinaryFlat(256)
        flat.add(self.codes)
        limits, distances, labels = flat.range_search(queries, radius + 1)
        return [[(int(self.rows[labels[j]]), int(distances[j])) for j in range(limits[q], limits[q + 1])]
                for q in range(len(queries))]

    def describe(self) -> dict[str, object]:
        """Size and layout, for `marsad media stats` and the benchmarks."""
        return {"signal": self.signal, "hashes": len(self), "folder": str(self.folder),
                "multi_index": self._mih is not None, "bytes": int(self.codes.nbytes + self.rows.nbytes)}


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

