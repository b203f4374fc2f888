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


# "International\n- Two persons killed in clashes over demolitions in Israel\n- Eight people killed ...": a page's
# section of other stories' headlines under its heading; each is another story, however violent
_SECTION = re.compile(
    r"^[ \t]*(?:International|World|World News|Africa|Latest|Latest News|Latest Stories|Related|Related News"
    r"|Related Stories|Related Articles|Related Posts|More News|More Stories|Most Read|Most Popular|Popular Posts"
    r"|Trending|Trending Now|Top Stories|Recommended|Read Next|You May Also Like|Editor['’]s Picks|In Other News)"
    rf":?[ \t]*\n(?:[ \t]*[{BULLET_MARKS}]?[ \t]*(?:[^\n.!?]|(?<=\d)\.(?=\d)){{3,110}}[ \t]*(?:\n|$)){{2,}}",
    re.MULTILINE | re.IGNORECASE,
)


def section_lists(text: str) -> list[tuple[int, int]]:
    """Where the headed sections of other stories' headlines are: a heading such as "International" on its own line,
    then two or more bullet lines (the first bullet may be lost in the copy) that end without a full stop; under a
    heading such as "Related Stories", two or more such lines with or without bullets."""
    spans = []
    for section in _SECTION.finditer(text):
        heading, *lines = section.group(0).splitlines()
        bullets = sum(1 for line in lines if re.match(rf"\s*[{BULLET_MARKS}]\s", line))
        if bullets >= 2 or _RELATED.match(heading):  # "Related Stories" heads other stories' titles, bullets or not
            spans.append(section.span())
    return spans


_RELATED = re.compile(
    r"\s*(?:Related (?:News|Stories|Articles|Posts)|More Stories|Read Next|You May Also Like)\b", re.I
)


# "... on Tuesday. More: ‘We are dying’: Residents lament attacks ... More than 60 people found dead in cargo
# container in Mozambique Beheadings, kidnappings amid surge ...": other stories' headlines run into a line
_MORE = re.compile(
    r"(?:(?<=[.!?\"”’] )|^)(?i:More|Read more|Read also|Also read|Related|See also):[^\n]*", re.MULTILINE
)  # (also "READ MORE: Boko Haram denies truce with govt, says kidnapped girls 'married off'")


# "A mound of ashes is seen in the recently attacked village of ... on August 24, 2019. AFP/File/MARCO LONGARI": a
# file photo's caption, of an older scene than the story's
_FILE_PHOTO = re.compile(r"^[^\n]{20,400}\b(?:AFP|Reuters|REUTERS|AP|EPA)/File/[A-Z][A-Za-z .'-]+[ \t]*$", re.MULTILINE)


# " date 2020-02-18 Yaounde, ...": a copy's note of the day it was published, run into its first line
_PUBLISHED_NOTE = re.compile(r"\A\s*date \d{4}-\d{2}-\d{2}\b")

# "— Alerta Noticias UKR 24 (@UKR_token) January 19, 2025": an embedded post's credit line, the day it was posted
_POST_CREDIT = re.compile(
    r"^[^\S\n]*(?:[—–-]|â\W?)?[^\S\n]*[^\n]{1,80}\(@\w+\)[^\S\n]+[A-Z][a-z]+ \d{1,2}, \d{4}[^\S\n]*$", re.MULTILINE
)

# "01:04\nUN warns cholera outbreak in Sudan worsening\n01:43\nKenyans mourn ...": a page's playlist of other videos
_PLAYLIST = re.compile(r"(?:^[ \t]*\d{1,2}:\d\d[ \t]*\n[^\n]{3,140}(?:\n|$)){2,}", re.MULTILINE)


def without_link_lists(info: DocumentInfo) -> DocumentInfo:
    """The document as read: its lists of links to other stories (also under a heading such as "International"),
    other stories' headlines run in after "More:" or "Read more:", file photos' captions, a copy's note of its
    publication day (" date 2020-02-18"), an embedded post's credit line and a playlist of other videos blanked out."""
    text = info.text
    spans = [
        *link_lists(text),
        *section_lists(text),
        *(m.span() for m in _MORE.finditer(text)),
        *(m.span() for m in _FILE_PHOTO.finditer(text)),
        *(m.span() for m in _PUBLISHED_NOTE.finditer(text)),
        *(m.span() for m in _POST_CREDIT.finditer(text)),
        *(m.span() for m in _PLAYLIST.finditer(text)),
    ]
    text = blanked(text, spans)
    return info if text == info.text else replace(info, text=text)


def blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with each span's characters but its line breaks made spaces (the same length, so every offset into
    the stored text still holds)."""
    for start, end in spans:
        text = text[:start] + re.sub(r"[^\n]", " ", text[start:end]) + text[end:]
    return text
