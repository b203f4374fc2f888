"""A bulletin's items: acts told one per bullet line are different incidents, unless a line goes on about
the act of an earlier one ("- UN and other local sources report at least 8 fatalities following this atrocity")."""

from __future__ import annotations

import re

from marsad.extract.layout import BULLET_LINE
from marsad.extract.sentence import Mention


def bulletin_items(group: list[Mention], text: str) -> list[list[Mention]]:
    """A bulletin's lines are separate items: mentions of one type on different bullet lines are
    different incidents; in running prose, one type in one report is one incident."""
    if len(group) < 2 or len(BULLET_LINE.findall(text)) < 2 or not _items_told(group, text):
        return [group]
    items: dict[int, list[Mention]] = {}
    for mention in group:  # (the prose around the bullets, such as a headline over a summary, is one item)
        line = text.rfind("\n", 0, mention.start) + 1
        items.setdefault(line if BULLET_LINE.match(text, line) else -1, []).append(mention)
    kept: list[list[Mention]] = []
    for item in items.values():
        if kept and all(_THIS_ACT.search(text, m.start, m.end) for m in item):
            kept[-1].extend(item)  # "- UN and other local sources report at least 8 fatalities following this atrocity"
            continue
        told = next((k for k in kept if _retold_item(item, k, text)), None)
        told.extend(item) if told is not None else kept.append(item)
    if (
        len(kept) > 1
        and -1 in items
        and kept[0] is items[-1]
        and not any(m.counts or m.places or m.dates for m in kept[0])
    ):
        kept[0] = (
            kept.pop(0) + kept[0]
        )  # a headline over the bullets ("Children killed in school attack") names their act
    return kept


# "• The attack happened in Sobale Kou", "• The bodies of the dead have been burned": a summary's line about the act
_RETELLING = re.compile(r"\W*The (?:attack|assault|raid|massacre|bombing|blast|bodies|dead|victims|killings)\b", re.I)


_THIS_ACT = re.compile(
    r"\bthis (?:latest |last |recent )?(?:atrocity|attack|assault|raid|massacre|bombing|tragedy)\b", re.I
)


def _retold_item(item: list[Mention], earlier: list[Mention], text: str) -> bool:
    """Whether a bullet line goes on about the act of an earlier line, as a story's summary in bullets does: it
    counts no one of its own and opens on the act ("The attack happened in ..."), or it gives an earlier line's count
    again with no other town ("Nearly 100 people killed ..." over "• Nearly 100 people have been killed ...")."""
    counts = {(c.count.low, c.count.best) for m in item for c, _ in m.counts}
    if not counts:
        return all(
            _RETELLING.match(text, text.rfind("\n", 0, m.start) + 1) or _RETELLING.match(text, m.start) for m in item
        )
    before = {(c.count.low, c.count.best) for m in earlier for c, _ in m.counts}
    towns = {p[0].name for m in earlier for p in m.places}
    return counts <= before and all({p[0].name for p in m.places} <= towns for m in item)


def _items_told(group: list[Mention], text: str) -> bool:
    """Whether two acts or more are told on bullet lines (not a story under a standfirst's two bullets: "• Lone
    attacker gunned down one guard ...", "• Islamic State group claims responsibility")."""
    on_bullets = {m.start for m in group if BULLET_LINE.match(text, text.rfind("\n", 0, m.start) + 1)}
    return len(on_bullets) >= 2


def other_item(mention: Mention, group: list[Mention], text: str) -> bool:
    """Whether a mention is a separate line of a bulletin or list from every mention of ``group``
    (in running prose a paragraph per line is not a list)."""
    if len(BULLET_LINE.findall(text)) < 2 or not _items_told([mention, *group], text):
        return False
    return all("\n" in text[min(m.end, mention.end) : max(m.start, mention.start)] for m in group)
