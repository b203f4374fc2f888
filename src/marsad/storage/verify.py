"""Full verification of the evidence store: custody chain, evidence rows and original blobs."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import Connection, Table, select

from marsad.storage import custody
from marsad.storage.evidence import row_digest
from marsad.storage.schema import (
    CAPTURE_EVIDENCE_COLUMNS,
    DOCUMENT_EVIDENCE_COLUMNS,
    MEDIA_CAPTURE_EVIDENCE_COLUMNS,
    MEDIA_EVIDENCE_COLUMNS,
    captures,
    custody_log,
    documents,
    media,
    media_captures,
)
from marsad.storage.store import Store

# custody action that records each kind of evidence row
_RECORDING_ACTIONS = {
    "document": "document.stored",
    "capture": "capture.recorded",
    "media": "media.stored",
    "media_capture": "media.captured",
}


@dataclass(frozen=True)
class Problem:
    """One thing that failed verification, named so a person can find it."""

    kind: str  # custody | document | capture | blob
    item: str
    problem: str


@dataclass
class VerifyReport:
    """The outcome of :func:`verify_store`."""

    entries: int = 0
    head_hash: str = custody.GENESIS_HASH
    documents: int = 0
    captures: int = 0
    media: int = 0
    blobs: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when nothing failed."""
        return not self.problems


def verify_store(store: Store, on_blob: Callable[[], None] | None = None) -> VerifyReport:
    """Recompute the custody chain, every evidence row's digest and every blob's hash."""
    report = VerifyReport()
    with store.reader() as conn:
        chain_problems, report.entries, report.head_hash = custody.check_chain(conn)
        report.problems += [Problem("custody", f"entry #{p.seq}", p.problem) for p in chain_problems]
        recorded = _recorded_digests(conn)
        report.documents = _check_rows(conn, documents, "document", DOCUMENT_EVIDENCE_COLUMNS, recorded, report)
        report.captures = _check_rows(conn, captures, "capture", CAPTURE_EVIDENCE_COLUMNS, recorded, report)
        report.media = _check_rows(conn, media, "media", MEDIA_EVIDENCE_COLUMNS, recorded, report)
        report.captures += _check_rows(
            conn, media_captures, "media_capture", MEDIA_CAPTURE_EVIDENCE_COLUMNS, recorded, report
        )
        blob_owners = _blob_owners(conn)
    for digest, owner in sorted(blob_owners.items()):
        report.blobs += 1
        actual = store.blobs.recompute(digest)
        if actual is None:
            report.problems.append(Problem("blob", digest, f"missing from the blob store (original of {owner})"))
        elif actual != digest:
            report.problems.append(Problem("blob", digest, f"content altered: now hashes to {actual[:16]}… ({owner})"))
        if on_blob:
            on_blob()
    return report


def _recorded_digests(conn: Connection) -> dict[tuple[str, str], tuple[int, str]]:
    """(subject type, id) -> (seq, row digest) of the custody entry that recorded each row."""
    recorded: dict[tuple[str, str], tuple[int, str]] = {}
    query = select(custody_log.c.seq, custody_log.c.subject_type, custody_log.c.subject_id, custody_log.c.details_json)
    query = query.where(custody_log.c.action.in_(list(_RECORDING_ACTIONS.values())))
    for row in conn.execute(query.order_by(custody_log.c.seq)):
        try:
            digest = json.loads(row.details_json).get("row_digest", "")
        except ValueError:
            digest = ""
        recorded[(row.subject_type, row.subject_id)] = (row.seq, digest)
    return recorded


def _check_rows(
    conn: Connection,
    table: Table,
    kind: str,
    columns: tuple[str, ...],
    recorded: dict[tuple[str, str], tuple[int, str]],
    report: VerifyReport,
) -> int:
    seen: set[str] = set()
    for row in conn.execute(select(table)).mappings():
        seen.add(row["id"])
        entry = recorded.get((kind, row["id"]))
        if entry is None:
            report.problems.append(Problem(kind, row["id"], "has no custody entry (added outside Marsad?)"))
        elif row_digest(dict(row), columns) != entry[1]:
            report.problems.append(Problem(kind, row["id"], f"row altered since custody entry #{entry[0]}"))
    for (subject_type, subject_id), (seq, _digest) in recorded.items():
        if subject_type == kind and subject_id not in seen:
            report.problems.append(Problem(kind, subject_id, f"recorded in custody entry #{seq} but deleted"))
    return len(seen)


def _blob_owners(conn: Connection) -> dict[str, str]:
    owners: dict[str, str] = {}
    for row in conn.execute(select(captures.c.blob_sha256, captures.c.document_id)):
        owners.setdefault(row.blob_sha256, row.document_id)
    for row in conn.execute(select(documents.c.blob_sha256, documents.c.id)):
        owners.setdefault(row.blob_sha256, row.id)
    for row in conn.execute(select(media.c.blob_sha256, media.c.id).where(media.c.blob_sha256.is_not(None))):
        owners.setdefault(row.blob_sha256, row.id)
    return owners
