"""The record layer's shapes: incidents and claims, each value with its source span.

The JSON written by :meth:`Incident.as_json` and :meth:`Claim.as_json` is the export contract
(``docs/record.md``, JSON Schemas in ``docs/schema/``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from marsad.extract.actors import Actor
from marsad.extract.counts import Count
from marsad.extract.dates import UNKNOWN, DateValue

INCIDENT_TYPES = (
    "execution",
    "killing",
    "bombing",
    "abduction",
    "child_recruitment",
    "abuse",
    "sexual_violence",
    "attack_on_school_or_hospital",
    "armed_clash",
    "denial_of_humanitarian_access",
)
NO_LOCATION: dict[str, Any] = {
    "name": None,
    "country": None,
    "admin1": None,
    "lat": None,
    "lon": None,
    "precision": "unknown",
}


@dataclass
class SourceRef:
    """One document's support for a record: who it quotes and the exact spans."""

    document_id: str
    url: str | None
    outlet: str | None
    attributed_to: str | None
    spans: list[tuple[int, int]] = field(default_factory=list)
    evidence: dict[str, list[int]] = field(default_factory=dict)  # field -> [start, end]
    type_basis: dict[str, Any] | None = None  # incidents: a trigger word, or the typer's nearest example

    def as_json(self) -> dict[str, Any]:
        """The record's ``sources[]`` object."""
        found = {
            "document_id": self.document_id,
            "url": self.url,
            "outlet": self.outlet,
            "attributed_to": self.attributed_to,
            "spans": [list(s) for s in sorted(set(self.spans))],
            "evidence": self.evidence,
        }
        if self.type_basis is not None:
            found["type_basis"] = self.type_basis
        return found


@dataclass
class Incident:
    """A violent or abusive act: who did what to whom, where, when, how many, how."""

    id: str
    type: str
    date: DateValue = UNKNOWN
    location: dict[str, Any] = field(default_factory=lambda: dict(NO_LOCATION))
    perpetrators: list[Actor] = field(default_factory=list)
    victim_count: Count | None = None
    victim_categories: list[str] = field(default_factory=list)
    children_count: int | None = None
    child_roles: list[str] = field(default_factory=list)
    methods: list[str] = field(default_factory=list)
    sources: list[SourceRef] = field(default_factory=list)
    status: str = "reported"
    confidence: float = 0.5
    flags: set[str] = field(default_factory=set)  # facts the codes need: "suicide", "at_school"

    def as_json(self) -> dict[str, Any]:
        """The export contract's incident object."""
        from marsad.extract.codes import acled_for, mrm_for

        return {
            "id": self.id,
            "type": self.type,
            "mrm": mrm_for(self),
            "acled": acled_for(self),
            "date": self.date.as_json(),
            "location": self.location,
            "perpetrators": [a.as_json() for a in self.perpetrators],
            "victims": {
                "count": self.victim_count.as_json() if self.victim_count else None,
                "categories": self.victim_categories,
                "children": {"count": self.children_count},
            },
            "children": {"involved": bool(self.child_roles), "roles": self.child_roles},
            "methods": self.methods,
            "sources": [s.as_json() for s in self.sources],
            "status": self.status,
            "confidence": self.confidence,
        }


@dataclass
class Claim:
    """An aggregate figure one source states (never folded into incident tallies)."""

    id: str
    type: str
    count: Count
    unit: str | None
    perpetrators: list[Actor] = field(default_factory=list)
    breakdown: list[dict[str, Any]] = field(default_factory=list)
    period: DateValue = UNKNOWN
    location: dict[str, Any] = field(default_factory=lambda: dict(NO_LOCATION))
    attributed_to: str | None = None
    sources: list[SourceRef] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        """The export contract's claim object."""
        return {
            "id": self.id,
            "type": self.type,
            "perpetrators": [a.as_json() for a in self.perpetrators],
            "count": self.count.as_json(),
            "qualifier": self.count.qualifier,
            "unit": self.unit,
            "breakdown": self.breakdown,
            "period": self.period.as_json(),
            "location": self.location,
            "attributed_to": self.attributed_to,
            "sources": [s.as_json() for s in self.sources],
        }
