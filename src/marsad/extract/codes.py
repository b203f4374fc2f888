"""Mapping incidents to the UN MRM grave violations and to ACLED event types."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from marsad.extract.records import Incident

_ACLED = {
    "execution": ("Violence against civilians", "Attack"),
    "killing": ("Violence against civilians", "Attack"),
    "abuse": ("Violence against civilians", "Attack"),
    "abduction": ("Violence against civilians", "Abduction/forced disappearance"),
    "sexual_violence": ("Violence against civilians", "Sexual violence"),
    "armed_clash": ("Battles", "Armed clash"),
    "child_recruitment": ("Strategic developments", "Other"),
    "denial_of_humanitarian_access": ("Strategic developments", "Other"),
    "attack_on_school_or_hospital": ("Violence against civilians", "Attack"),
}


def acled_for(incident: Incident) -> dict[str, str]:
    """ACLED's event type and sub-event type for an incident."""
    if incident.type in ("bombing", "attack_on_school_or_hospital") and "air_strike" in incident.methods:
        return {"event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike"}
    if incident.type == "bombing":
        sub = "Suicide bomb" if "suicide" in incident.flags else "Remote explosive/landmine/IED"
        return {"event_type": "Explosions/Remote violence", "sub_event_type": sub}
    event_type, sub_event_type = _ACLED[incident.type]
    return {"event_type": event_type, "sub_event_type": sub_event_type}


def mrm_for(incident: Incident) -> list[str]:
    """The grave violations against children the incident shows (empty when no child is involved)."""
    found: list[str] = []
    roles = set(incident.child_roles)
    if incident.type == "attack_on_school_or_hospital" or (
        incident.type == "abduction" and "at_school" in incident.flags
    ):
        found.append("attacks_on_schools_and_hospitals")
    if incident.type == "denial_of_humanitarian_access":
        found.append("denial_of_humanitarian_access")
    if roles & {"perpetrator", "recruit"} or incident.type == "child_recruitment":
        found.append("recruitment_and_use")
    if "victim" in roles:
        mapping = {"abduction": "abduction", "sexual_violence": "sexual_violence"}
        found.append(
            mapping.get(
                incident.type,
                "killing_and_maiming"
                if incident.type in ("execution", "killing", "bombing", "abuse", "armed_clash")
                else "",
            )
        )
    return sorted({v for v in found if v})
