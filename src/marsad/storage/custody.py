"""The append-only, hash-chained custody log.

Each entry stores the hash of the entry before it; its own hash covers every field. Editing,
deleting or reordering any entry breaks the chain at that point, which :func:`check_chain` names.
Entries are numbered without gaps (``seq`` is the primary key), so two writers racing to append
cannot fork the chain: the second insert fails and is retried by the caller's transaction.
"""

from __future__ import annotations

import getpass
import socket
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, select

from marsad.storage.schema import custody_log
from marsad.util import canonical_json, sha256_hex, utc_now

GENESIS_HASH = "0" * 64


def default_actor() -> str:
    """``user@host`` of the person running Marsad, recorded on each custody entry."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "unknown"
    return f"{user}@{socket.gethostname()}"


def entry_hash(entry: dict[str, Any]) -> str:
    """The hash of one custody entry: every field but the hash itself, in canonical JSON."""
    fields = [
        entry["seq"],
        entry["at"],
        entry["actor"],
        entry["action"],
        entry["subject_type"],
        entry["subject_id"],
        entry["details_json"],
        entry["prev_hash"],
    ]
    return sha256_hex(canonical_json(fields).encode("utf-8"))


def append(
    conn: Connection,
    action: str,
    subject_type: str,
    subject_id: str,
    details: dict[str, Any],
    actor: str | None = None,
) -> dict[str, Any]:
    """Append one entry to the log inside the caller's transaction and return it."""
    last = conn.execute(
        select(custody_log.c.seq, custody_log.c.entry_hash).order_by(custody_log.c.seq.desc()).limit(1)
    ).first()
    entry: dict[str, Any] = {
        "seq": (last.seq + 1) if last else 1,
        "at": utc_now(),
        "actor": actor or default_actor(),
        "action": action,
        "subject_type": subject_type,
        "subject_id": subject_id,
        "details_json": canonical_json(details),
        "prev_hash": last.entry_hash if last else GENESIS_HASH,
    }
    entry["entry_hash"] = entry_hash(entry)
    conn.execute(custody_log.insert().values(**entry))
    return entry


@dataclass(frozen=True)
class ChainProblem:
    """One break in the custody chain."""

    seq: int
    problem: str


def iter_entries(conn: Connection, batch: int = 5000) -> Iterator[dict[str, Any]]:
    """Every custody entry in order, fetched in batches to bound memory."""
    after = 0
    while True:
        rows = (
            conn.execute(select(custody_log).where(custody_log.c.seq > after).order_by(custody_log.c.seq).limit(batch))
            .mappings()
            .all()
        )
        if not rows:
            return
        for row in rows:
            yield dict(row)
        after = rows[-1]["seq"]


def check_chain(conn: Connection) -> tuple[list[ChainProblem], int, str]:
    """Recompute the whole chain; return (problems, entry count, head hash)."""
    problems: list[ChainProblem] = []
    expected_seq, prev_hash, count = 1, GENESIS_HASH, 0
    for entry in iter_entries(conn):
        count += 1
        if entry["seq"] != expected_seq:
            problems.append(ChainProblem(entry["seq"], f"entries {expected_seq}..{entry['seq'] - 1} are missing"))
        if entry["prev_hash"] != prev_hash:
            problems.append(ChainProblem(entry["seq"], "does not link to the entry before it (deleted or reordered)"))
        if entry_hash(entry) != entry["entry_hash"]:
            problems.append(ChainProblem(entry["seq"], "altered after it was written (hash mismatch)"))
        expected_seq, prev_hash = entry["seq"] + 1, entry["entry_hash"]
    return problems, count, prev_hash


def entry_count(conn: Connection) -> int:
    """How many entries the log holds."""
    return int(conn.execute(select(func.count()).select_from(custody_log)).scalar_one())


def entries_for(conn: Connection, subject_ids: list[str]) -> list[dict[str, Any]]:
    """The custody entries about any of ``subject_ids``, oldest first."""
    if not subject_ids:
        return []
    rows = conn.execute(
        select(custody_log).where(custody_log.c.subject_id.in_(subject_ids)).order_by(custody_log.c.seq)
    ).mappings()
    return [dict(r) for r in rows]
