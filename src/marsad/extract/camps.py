"""Camps for displaced people named once and then told as "the camp".

"Focus on LRA attack on Barlonyo IDPs camp", then "the black wreckage of the camp, ..., where at least 200 people were
killed": the act's scene is the camp the report names, a place the gazetteer lacks, not the town it lies near.
"""

from __future__ import annotations

import re

from marsad.extract.context import named_small_place
from marsad.extract.places import gazetteer

# "the camp", "the refugee camp", "Camp residents were burned alive inside their huts"
_THE_CAMP = re.compile(
    r"\bthe (?:(?:refugee|IDPs?|displacement|displaced persons['’]?) )?camp\b(?! of\b)|\bcamp(?:['’]s)? residents\b",
    re.I,
)
# "The camp, X,", "Barlonyo IDPs camp", "Abia camp", "a quiet displaced person’s camp called Barlonyo", "the
# displacement camp of X"
_NAMED_CAMP = re.compile(
    r"\b[Tt]he camp, ((?-i:[A-Z])[\w'’-]+),"
    r"|\b((?-i:[A-Z])[\w'’-]+) (?:(?:IDPs?|refugee|displacement|[Ii]nternally [Dd]isplaced [Pp]ersons['’]?) )?[Cc]amp\b"
    r"|\bcamp (?:called|named|known as|of) ((?-i:[A-Z])[\w'’-]+)"
)
_NOT_NAMES = frozenset({"The", "A", "An", "Refugee", "Military", "Army", "Training", "This", "That", "Its", "IDPs"})


def camp_told(told_text: str, text: str, places: list, unplaced: bool = False) -> dict | None:
    """The location of the camp a report names first, for an act its own sentences place only at "the camp" (or, for
    an act placed in no more than its country, ``unplaced``, the one camp the report names)."""
    if not (_THE_CAMP.search(told_text) or unplaced):
        return None
    names = [next(g for g in m.groups() if g) for m in _NAMED_CAMP.finditer(text)]
    names = [n for n in names if n not in _NOT_NAMES and not n.isupper() and gazetteer().resolve(n) is None]
    if not names or (not _THE_CAMP.search(told_text) and len(set(names)) > 1):
        return None
    return named_small_place(f"the village of {names[0]}", places)  # the first named: the report's own camp
