"""Deciding when two incident records describe the same event, and merging them.

Reports of one event by two outlets must become one incident with two sources, while distinct
events stay apart. Two records are the same event when they have the same type, no field
contradicts (actors, country, place within 50 km or one place containing the other, dates within
a window that widens with their precision, counts within a quarter of each other or overlapping
ranges), and at least two of actor, place, date and count positively agree.
"""

from __future__ import annotations

import math
from datetime import date, timedelta
from typing import Any

_SLACK = {"day": 3, "week": 7, "month": 31, "year": 366}
_PLACE_RANK = {"point": 0, "town": 1, "admin2": 1.5, "admin1": 2, "region": 3, "country": 4, "unknown": 9}
_DATE_RANK = {"day": 0, "week": 1, "month": 2, "year": 3, "unknown": 9}


def _agree_actors(a: dict, b: dict) -> bool | None:
    left, right = {p["id"] for p in a["perpetrators"]}, {p["id"] for p in b["perpetrators"]}
    if not left or not right:
        return None
    return bool(left & right)


def _distance_km(a: dict, b: dict) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a["lat"], a["lon"], b["lat"], b["lon"]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(h))


def _agree_places(a: dict, b: dict) -> bool | None:
    la, lb = a["location"], b["location"]
    if la["precision"] == "unknown" or lb["precision"] == "unknown":
        return None
    if la["country"] and lb["country"] and la["country"] != lb["country"]:
        return False
    if la["name"] == lb["name"]:
        return True
    if la["precision"] == "town" and lb["precision"] == "town" and la["lat"] is not None and lb["lat"] is not None:
        return _distance_km(la, lb) <= 50
    coarse, fine = sorted((la, lb), key=lambda p: -_PLACE_RANK[p["precision"]])
    if coarse["precision"] == "admin1" and fine.get("admin1"):
        return coarse["name"] == fine["admin1"]
    return None  # a town and a wider area of the same country: no contradiction, no agreement


def _interval(value: dict) -> tuple[date, date] | None:
    if value["precision"] == "unknown" or not value["start"]:
        return None
    slack = timedelta(days=_SLACK.get(value["precision"], 0))
    end = value["end"] or value["start"]
    return date.fromisoformat(value["start"]) - slack, date.fromisoformat(end) + slack


def _agree_dates(a: dict, b: dict) -> bool | None:
    left, right = _interval(a["date"]), _interval(b["date"])
    if left is None or right is None:
        return None
    return left[0] <= right[1] and right[0] <= left[1]


def _range(count: dict | None) -> tuple[float, float] | None:
    if not count:
        return None
    values = [v for v in (count["low"], count["best"], count["high"]) if v is not None]
    if not values:
        return None
    low = count["low"] if count["low"] is not None else min(values)
    high = count["high"] if count["high"] is not None else max(values) * 1.25
    return low, high


def _agree_counts(a: dict, b: dict) -> bool | None:
    left, right = _range(a["victims"]["count"]), _range(b["victims"]["count"])
    if left is None or right is None:
        return None
    return left[0] * 0.75 <= right[1] and right[0] * 0.75 <= left[1]


def same_event(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """True when incident records ``a`` and ``b`` (export JSON) describe one event."""
    if a["type"] != b["type"]:
        return False
    verdicts = [_agree_actors(a, b), _agree_places(a, b), _agree_dates(a, b), _agree_counts(a, b)]
    if any(v is False for v in verdicts):
        return False
    return sum(v is True for v in verdicts) >= 2


def merge(existing: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """Fold ``new`` (another source's record of the same event) into ``existing``."""
    merged = dict(existing)
    merged["sources"] = existing["sources"] + [
        s for s in new["sources"] if s["document_id"] not in {x["document_id"] for x in existing["sources"]}
    ]
    actors = {p["id"]: p for p in existing["perpetrators"] + new["perpetrators"]}
    merged["perpetrators"] = list(actors.values())
    if _PLACE_RANK[new["location"]["precision"]] < _PLACE_RANK[existing["location"]["precision"]]:
        merged["location"] = new["location"]
    if _DATE_RANK[new["date"]["precision"]] < _DATE_RANK[existing["date"]["precision"]]:
        merged["date"] = new["date"]
    if not existing["victims"]["count"] and new["victims"]["count"]:
        merged["victims"] = new["victims"]
    roles = sorted(set(existing["children"]["roles"]) | set(new["children"]["roles"]))
    merged["children"] = {"involved": bool(roles), "roles": roles}
    merged["methods"] = sorted(set(existing["methods"]) | set(new["methods"]))
    merged["mrm"] = sorted(set(existing["mrm"]) | set(new["mrm"]))
    merged["confidence"] = round(min(0.99, max(existing["confidence"], new["confidence"]) + 0.05), 2)
    return merged
