"""Violence between communities told as "clashes": "Clashes in Burkina Faso Leave at Least 16 Dead" over "sixteen
people died in inter-communal fighting", where gunmen killed a village chief and villagers then killed herders in a
nearby camp. No armed side met another: the dead are killings, not a battle's toll."""

from __future__ import annotations

import re

from marsad.extract.cues import COMBATANTS
from marsad.extract.sentence import Mention

_COMMUNAL = re.compile(
    r"\b(?:inter-?communal|communal|ethnic|inter-?ethnic|tribal) (?:fighting|clashes|violence|conflict)\b"
    r"|\balong ethnic lines\b|\bof different ethnic groups\b"  # "scuffles broke out along ethnic lines"
    r"|\bbetween (?:\w+ ){0,3}(?:youths|communities|ethnic groups)\b",  # "a fight between Shilluk and Dinka youths"
    re.I,
)


def communal_clashes_into_killing(by_type: dict[str, list[Mention]], text: str) -> None:
    """In a report of communal violence, "clashes" that count no soldiers or fighters are killings."""
    clashes = by_type.get("armed_clash", [])
    if not clashes or not _COMMUNAL.search(text):
        return
    if any(c[1] in COMBATANTS for m in clashes for c in m.counts):
        return
    for mention in clashes:
        mention.type = "killing"
    by_type.setdefault("killing", []).extend(clashes)
    by_type["killing"].sort(key=lambda m: m.start)
    del by_type["armed_clash"]
