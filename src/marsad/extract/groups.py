"""Two groups of victims told in one sentence, each with its own count ("one group of about 12 men are seen being
beheaded by militants on a beach and another group of at least 16 being shot in the head in a desert area"): two acts
of one kind, each with its count, as the codebook says, and the total told beside them is neither's count."""

from __future__ import annotations

import re

from marsad.extract.counts import CountMention, find_counts
from marsad.extract.sentence import Mention

_NUMBER = (
    r"(?:about |some |around |at least |nearly |more than |up to )?"
    r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|a dozen)"
)
_GROUPS = re.compile(
    rf"\bone group of (?P<first>{_NUMBER})\b[^.;]{{0,140}}?"
    rf"\banother (?:group )?of (?P<second>{_NUMBER}|the same size)\b"
    # "The video shows about 15 men beheaded on a beach and another group of the same size shot in their heads"
    rf"|\b(?P<alone>{_NUMBER}) (?:men|people|captives|prisoners|hostages|victims)\b[^.;]{{0,100}}?"
    rf"\band another group of (?P<other>{_NUMBER}|the same size)\b",
    re.IGNORECASE,
)


def _count_at(text: str, start: int, end: int, offset: int) -> CountMention | None:
    found = find_counts(text[start:end])
    return (
        CountMention(offset + start + found[0].start, offset + start + found[0].end, found[0].text, found[0].count)
        if found
        else None
    )


_UNNAMED_DOERS = re.compile(r"\b(?:militants|fighters|jihadists|extremists|gunmen)\b", re.I)


def group_mentions(context, event_type: str, told: list[Mention], main_actor=None) -> list[Mention]:
    """The sentence's two groups as two mentions of ``event_type``, each counting its own group (marked as parts of
    one telling, so that assembly keeps them apart), with the doers of the act ``told`` before when the sentence names
    none (else the report's ``main_actor``); none when the sentence tells no such groups."""
    text = context.text
    found = _GROUPS.search(text)
    if found is None:
        return []
    first_name, second_name = ("first", "second") if found.group("first") else ("alone", "other")
    first = _count_at(text, found.start(first_name), found.end(first_name), context.offset)
    if first is None:
        return []
    same = found.group(second_name).lower() == "the same size"
    second = (
        CountMention(
            context.offset + found.start(second_name),
            context.offset + found.end(second_name),
            found.group(second_name),
            first.count,
        )
        if same
        else _count_at(text, found.start(second_name), found.end(second_name), context.offset)
    )
    if second is None:
        return []
    mentions = []
    for count in (first, second):
        mention = context.mention(event_type, [(count, "people")])
        mention.counts, mention.group_part = [(count, "people")], True
        mention.actors = mention.actors or next(
            (m.actors for m in reversed(told) if m.type == event_type and m.actors), []
        )
        if not mention.actors and main_actor is not None:  # "beheaded by militants", or no doer named
            unnamed = _UNNAMED_DOERS.search(text)
            at = context.offset + (unnamed.start() if unnamed else 0)
            mention.actors = [(main_actor, at, at + (len(unnamed.group(0)) if unnamed else 0))]
        mentions.append(mention)
    return mentions
