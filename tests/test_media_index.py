"""The hash index: exact radius search (multi-index hashing and scans) and its persistence."""

from __future__ import annotations

import numpy as np

from marsad.media.index import HashIndex
from marsad.media.mih import MultiIndex
from marsad.storage import Store


def _noisy_copies(codes: np.ndarray, rng: np.random.Generator, count: int) -> np.ndarray:
    queries = codes[rng.integers(0, len(codes), count)].copy()
    for i, row in enumerate(queries):
        for bit in rng.choice(256, i % 40, replace=False):
            row[bit // 8] ^= np.uint8(1 << (bit % 8))
    return queries


def test_multi_index_is_exact_against_brute_force():
    rng = np.random.default_rng(5)
    codes = rng.integers(0, 256, size=(30_000, 32), dtype=np.uint8)
    codes[100] = codes[200]  # duplicates are both reported
    queries = _noisy_copies(codes, rng, 300)
    index = MultiIndex(codes)
    found = index.search(queries, radius=31)
    bits, qbits = np.unpackbits(codes, axis=1), np.unpackbits(queries, axis=1)
    for q in range(len(queries)):
        distances = (bits != qbits[q]).sum(axis=1)
        truth = sorted((int(d), int(i)) for i, d in enumerate(distances) if d <= 31)
        assert sorted((d, i) for i, d in found[q]) == truth


def test_hash_index_persists_appends_and_catches_up(tmp_path, marsad):
    from media_helpers import image

    marsad("media", "add", str(image(tmp_path, "a.png", 1)), str(image(tmp_path, "b.png", 2)))
    stored_hashes = sum(m["signals"]["pdq"] for m in marsad.json("media"))
    with Store.open(marsad.db) as store:
        index = HashIndex(store, "pdq")
        assert len(index) == stored_hashes > 2
        stored = index.codes.copy()
        folder = index.folder
    assert (folder / "codes.u8").stat().st_size == stored_hashes * 32
    (folder / "codes.u8").unlink()  # a lost index is rebuilt from the database on open
    (folder / "rows.i64").unlink()
    with Store.open(marsad.db) as store:
        rebuilt = HashIndex(store, "pdq")
        assert np.array_equal(rebuilt.codes, stored)
        hits = rebuilt.search([stored[0].tobytes().hex()], radius=0)[0]
        assert hits and hits[0][1] == 0
        wide = rebuilt.search([stored[0].tobytes().hex()], radius=64)[0]  # beyond the multi-index limit: faiss scan
        assert {row for row, _ in hits} <= {row for row, _ in wide}


def test_segments_grow_merge_persist_and_stay_exact(tmp_path, monkeypatch):
    """Small segment size forces the log-structured path: build, merge, save, reload, search."""
    from marsad.media import index as index_module
    from marsad.storage.schema import media, media_signals

    monkeypatch.setattr(index_module, "SCAN_LIMIT", 400)
    rng = np.random.default_rng(9)
    codes = rng.integers(0, 256, size=(2_000, 32), dtype=np.uint8)
    with Store.open(tmp_path / "i.db", create=True) as store:
        with store.transaction() as conn:
            conn.execute(
                media.insert().values(id="med_x", kind="hashes", origin="test", created_at="2026-01-01T00:00:00Z")
            )
        index = HashIndex(store, "pdq")
        for block in range(5):  # five batches of 400 new hashes, searched after each
            rows = [
                {"media_id": "med_x", "signal": "pdq", "variant": "full", "value": c.tobytes().hex()}
                for c in codes[block * 400 : (block + 1) * 400]
            ]
            with store.transaction() as conn:
                conn.execute(media_signals.insert(), rows)
            index.catch_up()
            index.search([codes[0].tobytes().hex()], 31)
        sizes = [end - start for start, end in index.describe()["segments"]]
        assert sum(sizes) == 2_000 and len(sizes) <= 3 and sizes == sorted(sizes, reverse=True)
        reopened = HashIndex(store, "pdq")
        assert reopened.describe()["segments"] == index.describe()["segments"]
        queries = _noisy_copies(codes, rng, 50)
        found = reopened.search([q.tobytes().hex() for q in queries], 31)
        bits, qbits = np.unpackbits(codes, axis=1), np.unpackbits(queries, axis=1)
        for q in range(len(queries)):
            truth = sorted(int(i) + 1 for i, d in enumerate((bits != qbits[q]).sum(axis=1)) if d <= 31)
            assert sorted(row for row, _ in found[q]) == truth
