"""Writing records out: JSON Lines, CSV (flattened) and GeoJSON (points where coordinates exist)."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

FORMATS = ("jsonl", "csv", "geojson")


def to_jsonl(records: list[dict[str, Any]]) -> str:
    """One JSON object per line: the full record contract."""
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in records)


def _flat(record: dict[str, Any]) -> dict[str, Any]:
    location = record.get("location") or {}
    count = record.get("count") or (record.get("victims") or {}).get("count") or {}
    when = record.get("date") or record.get("period") or {}
    row = {
        "id": record["id"],
        "type": record["type"],
        "date_start": when.get("start"),
        "date_end": when.get("end"),
        "date_precision": when.get("precision"),
        "location": location.get("name"),
        "country": location.get("country"),
        "admin1": location.get("admin1"),
        "lat": location.get("lat"),
        "lon": location.get("lon"),
        "location_precision": location.get("precision"),
        "perpetrators": "; ".join(p["name"] for p in record.get("perpetrators", [])),
        "count_low": count.get("low"),
        "count_best": count.get("best"),
        "count_high": count.get("high"),
        "attributed_to": record.get("attributed_to")
        or "; ".join(sorted({s["attributed_to"] for s in record.get("sources", []) if s.get("attributed_to")})),
        "documents": "; ".join(s["document_id"] for s in record.get("sources", [])),
    }
    if "victims" in record:
        row.update(
            {
                "victim_categories": "; ".join(record["victims"]["categories"]),
                "child_roles": "; ".join(record["children"]["roles"]),
                "methods": "; ".join(record["methods"]),
                "mrm": "; ".join(record["mrm"]),
                "acled_event_type": record["acled"]["event_type"],
                "acled_sub_event_type": record["acled"]["sub_event_type"],
                "status": record["status"],
                "confidence": record["confidence"],
            }
        )
    else:
        row.update(
            {
                "qualifier": record["qualifier"],
                "unit": record["unit"],
                "breakdown": "; ".join(f"{b['category']}={b['count']['best']}" for b in record["breakdown"]),
            }
        )
    return row


def to_csv(records: list[dict[str, Any]]) -> str:
    """One row per record with the main fields flattened (full detail is in JSON Lines)."""
    rows = [_flat(r) for r in records]
    buffer = io.StringIO()
    if rows:
        writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return buffer.getvalue()


def to_geojson(records: list[dict[str, Any]]) -> str:
    """A FeatureCollection of the records that have coordinates (the rest are counted in ``skipped``)."""
    features, skipped = [], 0
    for record in records:
        location = record.get("location") or {}
        if location.get("lat") is None or location.get("lon") is None:
            skipped += 1
            continue
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [location["lon"], location["lat"]]},
                "properties": _flat(record),
            }
        )
    return (
        json.dumps({"type": "FeatureCollection", "features": features, "skipped": skipped}, ensure_ascii=False) + "\n"
    )


def render(records: list[dict[str, Any]], fmt: str) -> str:
    """Records in ``fmt`` (one of :data:`FORMATS`)."""
    return {"jsonl": to_jsonl, "csv": to_csv, "geojson": to_geojson}[fmt](records)
