"""Scoring extraction against a gold set: precision, recall and F1 per record type, field accuracy.

A gold file is JSON Lines, one report per line: ``id``, ``split``, ``published`` (ISO date or
null), ``outlet``, ``text``, and the expected ``incidents`` (``type``, ``perpetrators`` as actor
ids, ``country``, ``place``, ``date``, ``date_precision``, ``count``, ``child_roles``,
``attributed_to``) and ``claims`` (``type``, ``count``, ``qualifier``, ``perpetrators``,
``attributed_to``). Records are matched within a report by type (then by closest count); F1 is
over those matches, and each field is then scored on the matched pairs.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from marsad.errors import InputError
from marsad.extract.analyse import DocumentInfo
from marsad.extract.pipeline import analyse_many
from marsad.extract.places import gazetteer, normalize

FIELDS = ("perpetrator", "place", "date", "count", "child_roles", "attribution", "claim_count", "claim_qualifier")


def load_gold(path: Path, split: str | None = None) -> list[dict[str, Any]]:
    """Read a gold file; a malformed line is an :class:`InputError` naming it."""
    reports = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            report = json.loads(line)
            report["text"], report["id"]  # noqa: B018 - required fields
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise InputError(
                f"{path} line {number}", f"not a gold report ({exc})", "see marsad.extract.evaluate"
            ) from None
        if split is None or report.get("split") == split:
            reports.append(report)
    return reports


def _count_of(count: dict[str, Any] | None) -> int | None:
    if not count:
        return None
    return count["best"] if count["best"] is not None else count["low"]


def _match(gold: list[dict], predicted: list[dict], count_of) -> list[tuple[dict, dict]]:
    pairs, free = [], list(predicted)
    for g in gold:
        candidates = [p for p in free if p["type"] == g["type"]]
        if not candidates:
            continue
        best = min(candidates, key=lambda p: abs((count_of(p) or 0) - (g["count"] or 0)))
        free.remove(best)
        pairs.append((g, best))
    return pairs


def _fold(text: str | None) -> str:
    return " ".join((text or "").lower().replace("the ", " ").split())


def _same_text(a: str | None, b: str | None) -> bool:
    return _fold(a) == _fold(b)


def _place_ok(gold: dict, predicted: dict) -> bool:
    location = predicted["location"]
    if gold["country"] != location["country"]:
        return False
    if gold["place"] is None or normalize(gold["place"]) == normalize(location["name"] or ""):
        return True  # (the name as given, before the gazetteer reads it as a town of that name)
    resolved = gazetteer().resolve(gold["place"], gold["country"]) or gazetteer().resolve_spelling(
        gold["place"], gold["country"]
    )
    name = resolved.name if resolved and resolved.country == gold["country"] else gold["place"]
    return normalize(name) == normalize(location["name"] or "")


def _incident_fields(gold: dict, predicted: dict) -> dict[str, bool]:
    when = predicted["date"]
    return {
        "perpetrator": sorted(gold["perpetrators"]) == sorted(p["id"] for p in predicted["perpetrators"]),
        "place": _place_ok(gold, predicted),
        "date": (gold["date"] is None and when["precision"] == "unknown")
        or (gold["date"] == when["start"] and gold["date_precision"] == when["precision"]),
        "count": gold["count"] == _count_of(predicted["victims"]["count"]),
        "child_roles": sorted(gold["child_roles"]) == sorted(predicted["children"]["roles"]),
        "attribution": _same_text(gold["attributed_to"], predicted["sources"][0]["attributed_to"]),
    }


def _claim_fields(gold: dict, predicted: dict) -> dict[str, bool]:
    return {
        "claim_count": gold["count"] == _count_of(predicted["count"]),
        "claim_qualifier": gold["qualifier"] == predicted["qualifier"],
        "perpetrator": sorted(gold["perpetrators"]) == sorted(p["id"] for p in predicted["perpetrators"]),
        "attribution": _same_text(gold["attributed_to"], predicted["attributed_to"]),
    }


def _prf(gold: int, predicted: int, matched: int) -> dict[str, float | int]:
    precision = matched / predicted if predicted else 1.0
    recall = matched / gold if gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "gold": gold,
        "predicted": predicted,
        "matched": matched,
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
    }


def evaluate(reports: list[dict[str, Any]]) -> dict[str, Any]:
    """Run extraction on each gold report's text and score it."""
    infos = [
        DocumentInfo(
            r["id"],
            r["text"],
            date.fromisoformat(r["published"]) if r.get("published") else None,
            None,
            r.get("outlet"),
        )
        for r in reports
    ]
    totals = {"incidents": [0, 0, 0], "claims": [0, 0, 0]}
    by_type: dict[str, dict[str, list[int]]] = {"incidents": {}, "claims": {}}
    fields = {name: [0, 0] for name in FIELDS}
    misses: list[dict[str, Any]] = []
    for report, (incidents, claims) in zip(reports, analyse_many(infos), strict=True):
        for kind, gold, predicted, count_of, field_fn in (
            (
                "incidents",
                report["incidents"],
                [i.as_json() for i in incidents],
                lambda p: _count_of(p["victims"]["count"]),
                _incident_fields,
            ),
            ("claims", report["claims"], [c.as_json() for c in claims], lambda p: _count_of(p["count"]), _claim_fields),
        ):
            pairs = _match(gold, predicted, count_of)
            totals[kind][0] += len(gold)
            totals[kind][1] += len(predicted)
            totals[kind][2] += len(pairs)
            _tally_types(by_type[kind], gold, predicted, pairs)
            for g, p in pairs:
                for name, ok in field_fn(g, p).items():
                    fields[name][0] += ok
                    fields[name][1] += 1
                    if not ok:
                        expected, found = _values(name, g, p)
                        misses.append(
                            {"report": report["id"], "kind": kind, "field": name, "expected": expected, "found": found}
                        )
            if len(pairs) < max(len(gold), len(predicted)):
                misses.append(
                    {
                        "report": report["id"],
                        "kind": kind,
                        "gold": [g["type"] for g in gold],
                        "predicted": [p["type"] for p in predicted],
                    }
                )
    return {
        "reports": len(reports),
        "incidents": _prf(*totals["incidents"]),
        "claims": _prf(*totals["claims"]),
        "by_type": {
            kind: {event_type: _prf(*counts) for event_type, counts in sorted(types.items())}
            for kind, types in by_type.items()
        },
        "fields": {
            name: {"correct": c, "total": t, "accuracy": round(c / t, 4) if t else None}
            for name, (c, t) in fields.items()
        },
        "misses": misses,
    }


def _tally_types(table: dict[str, list[int]], gold: list[dict], predicted: list[dict], pairs: list) -> None:
    for column, records in ((0, gold), (1, predicted), (2, [g for g, _ in pairs])):
        for record in records:
            table.setdefault(record["type"], [0, 0, 0])[column] += 1


def _values(name: str, gold: dict, predicted: dict) -> tuple[Any, Any]:
    """What the gold record says and what extraction found, for one field that differs."""
    if name == "perpetrator":
        return sorted(gold["perpetrators"]), sorted(p["id"] for p in predicted["perpetrators"])
    if name == "place":
        location = predicted["location"]
        return f"{gold['place']}, {gold['country']}", f"{location['name']}, {location['country']}"
    if name == "date":
        return (
            f"{gold['date']} ({gold['date_precision']})",
            f"{predicted['date']['start']} ({predicted['date']['precision']})",
        )
    if name in ("count", "claim_count"):
        found = predicted["victims"]["count"] if "victims" in predicted else predicted["count"]
        return gold["count"], _count_of(found)
    if name == "child_roles":
        return sorted(gold["child_roles"]), sorted(predicted["children"]["roles"])
    if name == "claim_qualifier":
        return gold["qualifier"], predicted["qualifier"]
    found = predicted["sources"][0]["attributed_to"] if "victims" in predicted else predicted["attributed_to"]
    return gold["attributed_to"], found


def evaluate_file(path: Path, split: str | None = None) -> dict[str, Any]:
    """Load a gold file and score it."""
    return evaluate(load_gold(path, split))
