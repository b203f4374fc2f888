"""Earlier acts named with their toll inside a sentence about something else.

"Salah Abdeslam, the only known survivor of the 10 Islamist attackers who killed 130 people in a string of suicide
bombings and shootings in Paris in November" and "the most-wanted suspect in last year's Paris terrorist attacks,
which killed 130 people" each tell an earlier act with its own time and toll: an incident of its own (the codebook:
an earlier act told with its own date and count), read apart from the sentence around it.
"""

from __future__ import annotations

import re

from marsad.extract import lexicon as lx

_TIME = (
    rf"(?:in (?:early |late |mid-)?(?:{lx.MONTHS})(?: (?:19|20)\d\d)?|in (?:19|20)\d\d|last (?:year|month)"
    r"|(?:\w+|\d+) (?:months|years) ago)"
)
_DOERS = r"(?:attackers|gunmen|militants|jihadists|terrorists|bombers|assailants)"
# "the 10 Islamist attackers who killed 130 people in a string of suicide bombings and shootings in Paris in November"
_DOERS_WHO_KILLED = re.compile(
    rf"\b{_DOERS} who (?P<act>(?:killed|massacred|murdered) [^.;]{{0,120}}?\b{_TIME})",
    re.IGNORECASE,
)
_ACT_NOUNS = r"(?:attacks?|bombings?|massacre|shootings?|assault|rampage)"
# "last year's Paris terrorist attacks, which killed 130 people", "the November 2015 attacks in Paris, which left 130
# dead"
_DATED_ACT_WHICH = re.compile(
    rf"(?P<act>\b(?:last year['’]s|the (?:(?:{lx.MONTHS}) )?(?:19|20)\d\d) (?:[A-Z][\w'’-]+ )?(?:[a-z]+ )?"
    rf"{_ACT_NOUNS}(?: (?:in|on) [A-Z][\w'’-]+)?,? (?:which|that) (?:killed|left|claimed) [^.;]{{0,60}})"
)
_GUNS = re.compile(r"\b(?:shootings?|gunmen|gunfire|shot|shooting)\b", re.IGNORECASE)
_BOMBS = re.compile(r"\b(?:bomb\w*|blasts?|explosions?)\b", re.IGNORECASE)


def counted_earlier_acts(text: str) -> list[tuple[int, int, str]]:
    """The spans of earlier acts told with their own time and toll, each with its type: bombs alone make a bombing,
    a gun and bomb assault or a massacre a killing."""
    found = []
    for pattern in (_DOERS_WHO_KILLED, _DATED_ACT_WHICH):
        for match in pattern.finditer(text):
            told = match.group("act")
            bombs_only = _BOMBS.search(told) and not _GUNS.search(told)
            found.append((match.start("act"), match.end("act"), "bombing" if bombs_only else "killing"))
    return found
