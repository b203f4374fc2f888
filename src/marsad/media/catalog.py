"""Reading the media catalogue back: items with their signals, banks and clusters."""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from sqlalchemy import func, select

from marsad.errors import StorageError
from marsad.storage import Store
from marsad.storage.schema import bank_entries, banks, media, media_captures, media_clusters, media_signals


def list_media(store: Store) -> list[dict[str, Any]]:
    """Every media item, oldest first, with signal counts, bank names and cluster id."""
    with store.reader() as conn:
        counts: dict[str, dict[str, int]] = defaultdict(dict)
        for row in conn.execute(
            select(media_signals.c.media_id, media_signals.c.signal, func.count()).group_by(
                media_signals.c.media_id, media_signals.c.signal
            )
        ):
            counts[row[0]][row[1]] = int(row[2])
        bank_names: dict[str, list[str]] = defaultdict(list)
        for row in conn.execute(
            select(bank_entries.c.media_id, banks.c.name).select_from(
                bank_entries.join(banks, banks.c.id == bank_entries.c.bank_id)
            )
        ):
            bank_names[row[0]].append(row[1])
        clusters = dict(conn.execute(select(media_clusters.c.media_id, media_clusters.c.cluster_id)).all())
        rows = conn.execute(select(media).order_by(media.c.created_at, media.c.id)).mappings().all()
    return [
        {
            **dict(r),
            "signals": counts.get(r["id"], {}),
            "banks": sorted(bank_names.get(r["id"], [])),
            "cluster_id": clusters.get(r["id"]),
        }
        for r in rows
    ]


def list_clusters(store: Store) -> list[dict[str, Any]]:
    """Groups of copies of the same media, largest first; the cluster id is its oldest member."""
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for item in list_media(store):
        if item["cluster_id"]:
            groups[item["cluster_id"]].append(item)
    out = []
    for cluster_id, members in groups.items():
        first = next((m for m in members if m["id"] == cluster_id), members[0])
        out.append(
            {
                "cluster_id": cluster_id,
                "size": len(members),
                "kind": first["kind"],
                "title": first["title"],
                "members": [
                    {"media_id": m["id"], "sha256": m["sha256"], "origin": m["origin"], "kind": m["kind"]}
                    for m in members
                ],
            }
        )
    return sorted(out, key=lambda c: (-c["size"], c["cluster_id"]))


def get_media(store: Store, media_id: str) -> dict[str, Any] | None:
    """One media item (a unique id prefix is enough) with its captures, bank entries and signal counts."""
    with store.reader() as conn:
        rows = conn.execute(select(media).where(media.c.id.like(f"{media_id}%")).limit(2)).mappings().all()
        if len(rows) > 1:
            raise StorageError(f"{media_id}: matches more than one media item; give more of the id")
        if not rows:
            return None
        item = dict(rows[0])
        captures = conn.execute(
            select(media_captures).where(media_captures.c.media_id == item["id"]).order_by(media_captures.c.captured_at)
        ).mappings()
        item["captures"] = [{**dict(c), "metadata": json.loads(c["metadata_json"])} for c in captures]
        for capture in item["captures"]:
            del capture["metadata_json"]
        entries = conn.execute(
            select(banks.c.name, bank_entries.c.labels_json)
            .select_from(bank_entries.join(banks, banks.c.id == bank_entries.c.bank_id))
            .where(bank_entries.c.media_id == item["id"])
        )
        item["banks"] = [{"bank": name, "labels": json.loads(labels)} for name, labels in entries]
        counts = conn.execute(
            select(media_signals.c.signal, func.count())
            .where(media_signals.c.media_id == item["id"])
            .group_by(media_signals.c.signal)
        )
        item["signals"] = {signal: int(n) for signal, n in counts}
        item["cluster_id"] = conn.execute(
            select(media_clusters.c.cluster_id).where(media_clusters.c.media_id == item["id"])
        ).scalar()
    return item
