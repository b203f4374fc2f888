"""Civilians and combatants counted in one sentence: the counts told one by one, and whether the sentence sets
civilians and soldiers apart as two acts ("tens of civilians have been beheaded, and at least 21 members of the
security forces have been killed")."""

from __future__ import annotations

import re

from marsad.extract.counts import CountMention


def separate_counts(counts: list[tuple[CountMention, str]]) -> list[tuple[CountMention, str]]:
    """The counts a sentence gives one by one, without the sums made of them ("49 civilians and 15 soldiers")."""
    return [
        c for c in counts if not any(o is not c and c[0].start <= o[0].start < o[0].end <= c[0].end for o in counts)
    ]


_COMBATANT_CATEGORIES = ("soldiers", "fighters", "police")
_CLAUSE_BREAK = re.compile(r",\s+and\b|;|,\s+while\b|\bwhile\b")
_MASSACRED = re.compile(r"[^,;.]{0,60}?\b(?:killed|massacred|slaughtered|shot dead|died)\b")
_OWN_DEATH_VERB = re.compile(r"[^,;.]{0,80}?\b(?:killed|dead|died|lost their lives)\b")


def combatants_apart(text: str, offset: int, counts: list[tuple[CountMention, str]]) -> tuple[list, list, int] | None:
    """Civilians and soldiers counted in clauses of their own ("tens of civilians have been beheaded,
    and at least 21 members of the security forces have been killed"): the civilians' counts, the
    soldiers' and where their clause begins, two acts; ``None`` when the sentence does not set them apart."""
    civilians = [c for c in counts if c[1] not in _COMBATANT_CATEGORIES]
    soldiers = [c for c in counts if c[1] in _COMBATANT_CATEGORIES]
    if not civilians or not soldiers:
        return None
    if soldiers[0][0].start < civilians[0][0].start:  # "three security operatives were killed and dozens of
        first, then = soldiers[0][0], civilians[0][0]  # civilians reportedly massacred": each has its own verb
        between = text[first.end - offset : then.start - offset]
        if (
            _OWN_DEATH_VERB.match(between)
            and re.search(r"\band\s+$", between)
            and _MASSACRED.match(text[then.end - offset :])
        ):
            return civilians, soldiers, first.start
        return None
    first, then = civilians[0][0], soldiers[0][0]
    gap = _CLAUSE_BREAK.search(text[first.end - offset : then.start - offset])
    if not gap or not _OWN_DEATH_VERB.match(text[then.end - offset :]):
        return None
    return civilians, soldiers, first.end + gap.start()


_FROM_THE_AIR = re.compile(r"\b(?:air ?strikes?|airstrikes?|air raids?|drone strikes?|warplanes?|fighter jets)\b", re.I)
_GROUND_BLAST = re.compile(r"\b(?:suicide|car bomb|truck bomb|roadside|IEDs?|explosive devices?|landmines?)\b", re.I)


def struck_from_the_air(told: str) -> bool:
    """Whether the words of a bombing strike from the air ("Egyptian fighter jets have struck the coastal town of
    Derna"), not with a bomb on the ground: fighters it kills fell in a battle, as the codebook reads air strikes."""
    return bool(_FROM_THE_AIR.search(told)) and not _GROUND_BLAST.search(told)
