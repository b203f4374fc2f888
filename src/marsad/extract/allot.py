"""Which of a sentence's counts belongs to which of the acts it tells: "abducted three aid workers
and killed four health workers" gives each act its own count."""

from __future__ import annotations

import re
from functools import lru_cache

from marsad.extract import lexicon as lx
from marsad.extract.counts import CountMention
from marsad.extract.doctext import text_of
from marsad.extract.semantic import action_verb


def trigger_span(sent, event_type: str) -> tuple[int, int, str]:
    """The trigger's span within the sentence: the lexicon's word, else the first verb of action."""
    found = _trigger_word(sent.text, event_type)
    if found:
        return found
    verb = action_verb(sent)
    start = verb.idx - sent.start_char
    return start, start + len(verb.text), verb.text.lower()


@lru_cache(maxsize=4096)
def _trigger_word(text: str, event_type: str) -> tuple[int, int, str] | None:
    """The lexicon's trigger word for ``event_type`` in a sentence (looked up again for each act: kept)."""
    match = lx.TRIGGERS[event_type].search(text)
    return (match.start(), match.end(), match.group(0).lower()) if match else None


def own_counts(sent, named: list[str], types: list[str], counts: list) -> list[str]:
    """A weaker act hidden by a stronger one comes back when each has its own count: "seven farmers
    were beheaded ... and the attackers also slit the throats of eight other civilians"."""
    hidden = [t for t in named if t not in types]
    if not hidden or len(counts) < 2:
        return types
    taken = {id(c) for t in types for c in nearest_counts(sent, t, named, counts)}
    if not taken:
        return types

    def apart(weak: str) -> bool:  # a second clause with its own subject: "and the attackers also ..."
        ends = sorted(trigger_span(sent, t)[0] for t in (weak, *types))
        return bool(_SECOND_ACT.search(sent.text[ends[0] : ends[-1]]))

    return types + [
        t for t in hidden if apart(t) and any(id(c) not in taken for c in nearest_counts(sent, t, named, counts))
    ]


_SECOND_ACT = re.compile(r";|,\s+and\b|\band (?:the |they |he |she |its |their )?(?:\w+ )?also\b|\bwhile\b", re.I)


def killed_counts(sent, counts: list) -> list:
    """The count told just before a killing word that a stronger reading hid ("no fewer than 25
    soldiers were feared killed when ... attacked an army base")."""
    killed = lx.TRIGGERS["killing"].search(sent.text)
    if not killed:
        return []
    at = sent.start_char + killed.start()
    return [c for c in counts if 0 <= at - c[0].end <= 40][-1:]


def nearest_counts(sent, event_type: str, types: list[str], counts: list[tuple[CountMention, str]]) -> list:
    """In "abducted three aid workers and killed four health workers" each act has its own count:
    the first one after its trigger word and before the next act's ("beheaded a woman and abducted
    her three children": none, so the dependency rule names the one victim)."""
    starts = sorted(sent.start_char + trigger_span(sent, t)[0] for t in types)
    start = sent.start_char + trigger_span(sent, event_type)[0]
    end = next((s for s in starts if s > start), sent.end_char)

    def leads(count, trigger: int) -> bool:  # "Policeman killed, more than 80 students abducted"
        between = text_of(sent.doc)[count[0].end : trigger]
        return 0 <= trigger - count[0].end <= 40 and not re.search(r"[,;]|\b(?:and|after|before|when|as)\b", between)

    within = [c for c in counts if start <= c[0].start < end and not any(leads(c, s) for s in starts if s != start)]
    if within:
        return [min(within, key=lambda c: c[0].start)]
    # (not "Seventeen bodies, five of them with heads severed": a part of the count told before it)
    counts = [c for c in counts if not re.match(r"\s+of (?:them|whom)\b", text_of(sent.doc)[c[0].end :])] or counts
    # (not a count that leads another act's trigger told in between: "three other civilians also seized during the
    # attack on the police outpost" counts the seized, not the attack's dead)
    return [c for c in counts if leads(c, start) and not any(c[0].end <= s < start for s in starts)][-1:]
