"""Adding media as evidence: blob, row, signals, custody, bank membership and cluster, atomically."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select, update

from marsad.errors import InputError, MarsadError
from marsad.media.matching import DEFAULT_THRESHOLDS, Matcher
from marsad.media.signals import MediaSignals, compute_signals
from marsad.storage import Store, custody
from marsad.storage.evidence import row_digest
from marsad.storage.schema import (
    MEDIA_CAPTURE_EVIDENCE_COLUMNS,
    MEDIA_EVIDENCE_COLUMNS,
    bank_entries,
    banks,
    media,
    media_captures,
    media_clusters,
    media_signals,
)
from marsad.util import canonical_json, new_id, sha256_hex, utc_now

CLUSTER_SIGNALS = ("sha256", "pdq", "vpdq")


@dataclass
class AddResult:
    """What adding one file did."""

    item: str
    status: str  # stored | duplicate | failed
    media_id: str | None = None
    kind: str | None = None
    cluster_id: str | None = None
    detail: str = ""
    signals: int = 0


@dataclass(frozen=True)
class AddOptions:
    """Where added media go and what is said about them."""

    bank: str | None = None
    title: str | None = None
    labels: dict[str, str] = field(default_factory=dict)


def media_id_for(sha256: str) -> str:
    """The stable id of the media item with this content digest."""
    return f"med_{sha256[:20]}"


def iter_media_files(paths: list[str | Path], store: Store | None = None) -> Iterator[Path | InputError]:
    """Files under ``paths`` (folders recursively, sorted, hidden files skipped).

    The database's own files (SQLite file, blob store, indexes) are never taken as media.
    """
    own: set[Path] = set()
    if store is not None:
        loc = store.location
        own = {loc.blob_root, loc.index_root} | ({loc.sqlite_path} if loc.sqlite_path else set())
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith(".") and (Path(root) / d).resolve() not in own)
                yield from (
                    Path(root) / f
                    for f in sorted(files)
                    if not f.startswith(".") and not _is_database_file(Path(root) / f, own)
                )
        elif path.is_file():
            yield path
        else:
            yield InputError(str(path), "no such file or folder", "check the path")


def _is_database_file(path: Path, own: set[Path]) -> bool:
    resolved = path.resolve()
    return any(resolved == p or str(resolved).startswith(f"{p}-") for p in own)


def add_media(
    store: Store,
    paths: list[str | Path],
    options: AddOptions | None = None,
    on_result: Callable[[AddResult], None] | None = None,
) -> list[AddResult]:
    """Add every media file under ``paths``; bad files are reported and the batch goes on."""
    options = options or AddOptions()
    matcher = Matcher(store)
    bank_id = bank_id_for(store, options.bank, create=True) if options.bank else None
    results = []
    for item in iter_media_files(paths, store):
        if isinstance(item, InputError):
            result = AddResult(item.item, "failed", detail=str(item))
        else:
            result = _add_one(store, matcher, item, options, bank_id)
        results.append(result)
        if on_result:
            on_result(result)
    return results


def _add_one(store: Store, matcher: Matcher, path: Path, options: AddOptions, bank_id: str | None) -> AddResult:
    try:
        signals = compute_signals(path, for_query=True)
        copies = [m.media_id for m in matcher.match(signals) if m.signal in CLUSTER_SIGNALS]
        blob = store.blobs.put_file(path)
        if blob != signals.sha256:
            raise InputError(str(path), "changed while it was being read", "add it again once it is complete")
        with store.transaction() as conn:
            media_id, created = _store_media(conn, signals, blob, options, str(path))
            if bank_id:
                _add_to_bank(conn, bank_id, media_id, options.labels)
            cluster_id = _join_clusters(conn, media_id, copies)
    except MarsadError as exc:
        return AddResult(str(path), "failed", detail=str(exc))
    matcher.refresh()
    return AddResult(
        str(path),
        "stored" if created else "duplicate",
        media_id,
        signals.kind,
        cluster_id,
        signals=len(signals.reference) + len(signals.frames) + (signals.audio is not None),
    )


def _store_media(
    conn: Connection, signals: MediaSignals, blob: str | None, options: AddOptions, origin: str
) -> tuple[str, bool]:
    media_id = media_id_for(signals.sha256)
    exists = conn.execute(select(media.c.id).where(media.c.id == media_id)).scalar()
    if not exists:
        row = {
            "id": media_id,
            "sha256": signals.sha256,
            "md5": signals.md5,
            "blob_sha256": blob,
            "kind": signals.kind,
            "format": signals.format,
            "byte_size": signals.byte_size,
            "width": signals.width,
            "height": signals.height,
            "duration": signals.duration,
            "title": options.title,
            "origin": origin,
            "created_at": utc_now(),
        }
        insert_media_row(conn, row, {"sha256": signals.sha256})
        insert_signals(conn, media_id, signals)
    capture = {
        "id": new_id("mcap"),
        "media_id": media_id,
        "origin": origin,
        "captured_at": utc_now(),
        "metadata_json": canonical_json({"title": options.title, "labels": options.labels, "bank": options.bank}),
    }
    conn.execute(media_captures.insert().values(**capture))
    custody.append(
        conn,
        "media.captured",
        "media_capture",
        capture["id"],
        {"media_id": media_id, "origin": origin, "row_digest": row_digest(capture, MEDIA_CAPTURE_EVIDENCE_COLUMNS)},
    )
    return media_id, not exists


def insert_media_row(conn: Connection, row: dict[str, Any], details: dict[str, Any]) -> None:
    """Insert a media row with the custody entry that fingerprints it."""
    conn.execute(media.insert().values(**row))
    custody.append(
        conn, "media.stored", "media", row["id"], {**details, "row_digest": row_digest(row, MEDIA_EVIDENCE_COLUMNS)}
    )


def vpdq_rows(media_id: str, frames) -> list[dict[str, Any]]:
    """``media_signals`` rows for a video's vPDQ frame hashes."""
    return [
        {
            "media_id": media_id,
            "signal": "vpdq",
            "variant": str(f.frame),
            "t": f.timestamp,
            "value": f.hash,
            "quality": f.quality,
        }
        for f in frames
    ]


def insert_signals(conn: Connection, media_id: str, signals: MediaSignals) -> None:
    """Store every signal row of a media item."""
    rows: list[dict[str, Any]] = [
        {"media_id": media_id, "signal": "pdq", "variant": h.variant, "t": None, "value": h.hash, "quality": h.quality}
        for h in signals.reference
    ]
    rows += vpdq_rows(media_id, signals.frames)
    if signals.audio is not None:
        rows.append(
            {
                "media_id": media_id,
                "signal": "audio",
                "variant": "chromaprint",
                "t": signals.audio.duration,
                "value": signals.audio.to_text(),
                "quality": None,
            }
        )
    if rows:
        conn.execute(media_signals.insert(), rows)


def bank_id_for(
    store: Store,
    name: str,
    create: bool = False,
    thresholds: dict[str, float] | None = None,
    description: str | None = None,
) -> str:
    """The id of bank ``name``; with ``create`` it is made (with default thresholds) when missing."""
    bank_id = f"bank_{sha256_hex(name.strip().casefold().encode())[:12]}"
    with store.transaction() as conn:
        if conn.execute(select(banks.c.id).where(banks.c.id == bank_id)).scalar():
            return bank_id
        if not create:
            raise MarsadError(f"{name}: no such bank; create it with `marsad bank create {name}`")
        values = {**DEFAULT_THRESHOLDS, **(thresholds or {})}
        conn.execute(
            banks.insert().values(
                id=bank_id,
                name=name.strip(),
                description=description,
                thresholds_json=canonical_json(values),
                created_at=utc_now(),
            )
        )
        custody.append(conn, "bank.created", "bank", bank_id, {"name": name.strip(), "thresholds": values})
    return bank_id


def _add_to_bank(conn: Connection, bank_id: str, media_id: str, labels: dict[str, Any]) -> None:
    key = (bank_entries.c.bank_id == bank_id) & (bank_entries.c.media_id == media_id)
    existing = conn.execute(select(bank_entries.c.labels_json).where(key)).scalar()
    if existing is None:
        conn.execute(
            bank_entries.insert().values(
                bank_id=bank_id, media_id=media_id, labels_json=canonical_json(labels), added_at=utc_now()
            )
        )
    elif labels:
        merged = {**json.loads(existing), **labels}
        conn.execute(bank_entries.update().where(key).values(labels_json=canonical_json(merged)))
    custody.append(conn, "bank.entry", "media", media_id, {"bank_id": bank_id, "labels": labels})


def _join_clusters(conn: Connection, media_id: str, copies: list[str]) -> str:
    """Put ``media_id`` in one cluster with its copies, merging their clusters (oldest id wins)."""
    members = {media_id, *copies}
    current = {
        r.media_id: r.cluster_id
        for r in conn.execute(select(media_clusters).where(media_clusters.c.media_id.in_(sorted(members))))
    }
    clusters = set(current.values()) | {m for m in members if m not in current}
    created = {
        r.id: r.created_at
        for r in conn.execute(select(media.c.id, media.c.created_at).where(media.c.id.in_(sorted(clusters))))
    }
    target = min(clusters, key=lambda c: (created.get(c, "~"), c))
    others = sorted(c for c in clusters if c != target)
    if others:
        conn.execute(update(media_clusters).where(media_clusters.c.cluster_id.in_(others)).values(cluster_id=target))
    for member in members:
        if member not in current:
            conn.execute(media_clusters.insert().values(media_id=member, cluster_id=target))
    return target
