"""Claims of responsibility told of the act a report reports ("TJP claimed responsibility for one of the deadliest
attacks ...", "IS says it is behind the explosions"): the blame for the act told, not an act of its own (the blame
itself is read by :func:`marsad.extract.narrative.blamed`)."""

from __future__ import annotations

import re

# "TJP claimed responsibility for one of the deadliest attacks on Pakistani security forces": the blame for the act
# told, not an act of its own (the blame itself is read by narrative.blamed)
# "The Islamic State (IS) group said the driver of the truck, ..., was one of its followers": a claim, whose "one"
# counts no victim
ONE_OF_ITS = re.compile(
    r"\bsaid the (?:driver|attacker|gunman|bomber|assailant)\b[^.;]{0,80}\bwas (?:one of its|its|a) (?:soldiers?"
    r"|followers?|fighters?|members?)\b",
    re.I,
)
CLAIM_OF_TOLD = re.compile(
    r"^(?![^.;]*\b(?:no|not|nobody|none|yet to)\b[^.;]{0,30}\b(?:claimed|claims|took)\b)"  # "No group has claimed ..."
    r"[^.;]*\b(?:claimed|claims|claiming|took|takes|has claimed|have claimed) (?:responsibility|credit) for "
    r"(?:the|this|that|these|both|one of the) "
    r"|\bsuspicion (?:has |had )?fallen on\b"  # "No group has claimed ..., but suspicion has fallen on JNIM"
    r"|\b(?:says|said) (?:it|they) (?:is|was|are|were) behind (?:the|this|these|both) "  # "IS says it is behind the"
    r"|\balso (?:claimed|claims) (?:responsibility|credit)\s*[.;]"  # "Islamic State militants also claimed ..."
    rf"|{ONE_OF_ITS.pattern}",
    re.I,
)


def claim_only(text: str, victims_of) -> bool:
    """A claim of responsibility for the act told, counting no victims of its own ("one of its followers" counts
    none); ``victims_of`` gives the sentence's victim counts, asked only when needed."""
    return bool(CLAIM_OF_TOLD.search(text)) and not (victims_of() and not ONE_OF_ITS.search(text))
