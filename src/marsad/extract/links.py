"""A page's lists of links to other stories ("• Man arrested: unfolding terror drama in France", "• IS bombing
at Kuwait mosque", "• Govt announces major super overhaul") tell no act of the report and name no doer of it.

A run of three or more short bullet lines that end without a full stop, most of which tell no violence at
all and none of which is an infobox's field ("- Location: Tunis, Tunisia"), is such a list; its lines are
blanked (spaces of the same length, so every span still points into the stored text) before the report is
read. A bulletin's items each tell an act, so none of them is blanked.
"""

from __future__ import annotations

import re
from dataclasses import replace

from marsad.extract.layout import BULLET_MARKS
from marsad.extract.sentence import DocumentInfo
from marsad.extract.triggers import TRIGGERS

_ITEM = re.compile(rf"^[ \t]*[{BULLET_MARKS}][ \t]+(?P<item>[^\n]{{3,70}}?)[ \t]*$", re.MULTILINE)
_LEAST_ITEMS = 3
_FIELD = re.compile(r"^[A-Z][a-z]+\d?:\s")  # "- Location: Tunis, Tunisia": an infobox, not links


def _violent(item: str) -> bool:
    return any(pattern.search(item) for pattern in TRIGGERS.values())


def link_lists(text: str) -> list[tuple[int, int]]:
    """Where the runs of related-story links are in ``text`` (start and end of each run)."""
    runs: list[list[re.Match]] = [[]]
    for item in _ITEM.finditer(text):
        run = runs[-1]
        if item["item"][-1] in ".!?" or (run and text[run[-1].end() : item.start()].strip()):
            runs.append([])  # a finished sentence, or prose between: not one list
        if item["item"][-1] not in ".!?":
            runs[-1].append(item)
    return [
        (run[0].start(), run[-1].end())
        for run in runs
        if len(run) >= _LEAST_ITEMS
        and 2 * sum(_violent(m["item"]) for m in run) < len(run)
        and not any(_FIELD.match(m["item"]) for m in run)
    ]


def without_link_lists(info: DocumentInfo) -> DocumentInfo:
    """The document as read: its lists of links to other stories blanked out."""
    text = info.text
    for start, end in link_lists(text):
        text = text[:start] + re.sub(r"[^\n]", " ", text[start:end]) + text[end:]
    return info if text == info.text else replace(info, text=text)
