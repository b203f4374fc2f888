"""Exact radius search over 256-bit hashes by multi-index hashing, compiled with numba.

The 256 bits are cut into 16 chunks of 16 bits. Two hashes within Hamming distance 31 differ in
at most one bit of at least one chunk (pigeonhole: 16 chunks x 2 bits > 31), so probing, in every
chunk table, the query's chunk value and the 16 values one bit flip away finds every stored hash
within the radius; each candidate is then checked on all 256 bits and reported once (by the first
table that reaches it). The search is exact for any radius up to :data:`MAX_RADIUS` (31, PDQ's
usual threshold).

Each table is a CSR layout: ``starts`` (offsets by chunk value), the row numbers sorted by chunk
value, and a copy of the hashes in that order, so that a probed bucket is read sequentially.
That costs 16 x (32 + 4) bytes per stored hash: about 5.8 GB at 10 million, for about 5,000
lookups per second on two cores (see benchmarks/media_speed.py).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from numba import njit, prange

WIDTHS = np.array([16] * 16, dtype=np.int64)
OFFSETS = np.concatenate([[0], np.cumsum(WIDTHS)[:-1]]).astype(np.int64)
MAX_FLIPS = 1
MAX_RADIUS = len(WIDTHS) * (MAX_FLIPS + 1) - 1  # 35


def to_words(codes: np.ndarray) -> np.ndarray:
    """``(n, 32)`` uint8 hashes (big-endian bit order) as ``(n, 4)`` native uint64 words."""
    codes = np.ascontiguousarray(codes, dtype=np.uint8)
    return codes.view(">u8").astype(np.uint64).reshape(-1, 4)


@njit(inline="always", cache=True)
def _chunk(words: np.ndarray, row: int, offset: int, width: int) -> np.int64:
    word, bit = offset // 64, offset % 64
    if bit + width <= 64:
        value = (words[row, word] >> np.uint64(64 - bit - width)) & np.uint64((1 << width) - 1)
    else:
        high_bits = 64 - bit
        low_bits = width - high_bits
        high = words[row, word] & np.uint64((1 << high_bits) - 1)
        low = words[row, word + 1] >> np.uint64(64 - low_bits)
        value = (high << np.uint64(low_bits)) | low
    return np.int64(value)


@njit(inline="always", cache=True)
def _popcount(x: np.uint64) -> np.int64:
    x = x - ((x >> np.uint64(1)) & np.uint64(0x5555555555555555))
    x = (x & np.uint64(0x3333333333333333)) + ((x >> np.uint64(2)) & np.uint64(0x3333333333333333))
    x = (x + (x >> np.uint64(4))) & np.uint64(0x0F0F0F0F0F0F0F0F)
    return np.int64((x * np.uint64(0x0101010101010101)) >> np.uint64(56))


@njit(inline="always", cache=True)
def _distance(a: np.ndarray, i: int, b: np.ndarray, j: int) -> np.int64:
    total = 0
    for k in range(4):
        total += _popcount(a[i, k] ^ b[j, k])
    return total


@njit(cache=True)
def chunk_table(words: np.ndarray, offsets: np.ndarray, widths: np.ndarray) -> np.ndarray:
    """Every row's chunk values, ``(n, 12)`` int64."""
    n, m = words.shape[0], offsets.shape[0]
    out = np.empty((n, m), np.int64)
    for i in range(n):
        for t in range(m):
            out[i, t] = _chunk(words, i, offsets[t], widths[t])
    return out


@njit(cache=True)
def _probe(
    sorted_words, order, starts_t, offsets, widths, flips, qwords, qi, qchunks, t, key, radius, out_ids, out_d, found
):
    for j in range(starts_t[key], starts_t[key + 1]):
        d = _distance(sorted_words, j, qwords, qi)
        if d > radius:
            continue
        row = order[j]
        reported = False  # an earlier table that also reaches this row has reported it
        for t2 in range(t):
            x = _chunk(sorted_words, j, offsets[t2], widths[t2]) ^ qchunks[qi, t2]
            if _popcount(np.uint64(x)) <= flips:
                reported = True
                break
        if not reported:
            if found < out_ids.shape[0]:
                out_ids[found] = row
                out_d[found] = d
            found += 1
    return found


@njit(parallel=True, cache=True)
def range_search(sorted_words, order, starts, offsets, widths, flips, qwords, radius, max_results):
    """For each query, stored rows within ``radius`` (first ``max_results``) and the true count."""
    nq, m = qwords.shape[0], offsets.shape[0]
    qchunks = chunk_table(qwords, offsets, widths)
    ids = np.full((nq, max_results), -1, np.int64)
    dists = np.full((nq, max_results), -1, np.int64)
    counts = np.zeros(nq, np.int64)
    for qi in prange(nq):
        found = 0
        for t in range(m):
            c = qchunks[qi, t]
            for flip in range(widths[t] + 1):  # the chunk itself, then each value one bit away
                key = c if flip == 0 else c ^ (1 << (flip - 1))
                found = _probe(
                    sorted_words[t],
                    order[t],
                    starts[t],
                    offsets,
                    widths,
                    flips,
                    qwords,
                    qi,
                    qchunks,
                    t,
                    key,
                    radius,
                    ids[qi],
                    dists[qi],
                    found,
                )
        counts[qi] = found
    return ids, dists, counts


class MultiIndex:
    """An immutable exact Hamming radius index over a block of 256-bit hashes.

    Built once from ``(n, 32)`` uint8 hashes (rows are numbered from 0 in that order); its tables
    can be saved and loaded again, so that a process opening a large index does not sort again.
    """

    def __init__(self, codes: np.ndarray, order: np.ndarray | None = None, starts: np.ndarray | None = None) -> None:
        self.words = to_words(codes)
        if order is None or starts is None:
            order, starts = self._sort()
        self._order = order
        self._starts = starts
        self._sorted = np.empty((len(WIDTHS), len(self), 4), np.uint64)
        for t in range(len(WIDTHS)):
            np.take(self.words, self._order[t], axis=0, out=self._sorted[t])

    def __len__(self) -> int:
        return int(self.words.shape[0])

    def _sort(self) -> tuple[np.ndarray, np.ndarray]:
        """Row numbers sorted by each chunk's value, and each table's bucket offsets."""
        n, m = len(self), len(WIDTHS)
        chunks = chunk_table(self.words, OFFSETS, WIDTHS).astype(np.int32)
        order = np.empty((m, n), np.int32)
        starts = np.zeros((m, (1 << int(WIDTHS.max())) + 1), np.int32)
        for t in range(m):
            order[t] = np.argsort(chunks[:, t], kind="stable")
            np.cumsum(np.bincount(chunks[:, t], minlength=starts.shape[1] - 1), out=starts[t, 1:])
        return order, starts

    def save(self, folder: Path) -> None:
        """Write the sorted tables (``order.npy``, ``starts.npy``) into ``folder``."""
        folder.mkdir(parents=True, exist_ok=True)
        np.save(folder / "order.npy", self._order)
        np.save(folder / "starts.npy", self._starts)

    @classmethod
    def load(cls, folder: Path, codes: np.ndarray) -> MultiIndex | None:
        """Tables saved by :meth:`save` for exactly these hashes, or ``None`` when unusable."""
        try:
            order = np.load(folder / "order.npy", mmap_mode="r")
            starts = np.load(folder / "starts.npy")
        except (OSError, ValueError):
            return None
        if order.shape != (len(WIDTHS), len(codes)) or int(starts[0, -1]) != len(codes):
            return None
        return cls(codes, np.ascontiguousarray(order), starts)

    def search(self, codes: np.ndarray, radius: int, max_results: int = 64) -> list[list[tuple[int, int]]]:
        """For each query hash, ``(row, distance)`` pairs within ``radius``, nearest first."""
        if radius > MAX_RADIUS:
            raise ValueError(f"radius {radius} is over the exact limit {MAX_RADIUS}")
        if not len(self) or not len(codes):
            return [[] for _ in range(len(codes))]
        ids, dists, counts = range_search(
            self._sorted, self._order, self._starts, OFFSETS, WIDTHS, MAX_FLIPS, to_words(codes), radius, max_results
        )
        results = []
        for q in range(len(codes)):
            k = min(int(counts[q]), max_results)
            pairs = sorted(zip(dists[q, :k].tolist(), ids[q, :k].tolist(), strict=False))
            results.append([(row, dist) for dist, row in pairs])
        return results
