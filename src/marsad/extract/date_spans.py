"""Where a date phrase sits in a report: the day a wire dateline gives the copy, a bare year the parser tags apart
from its day, a sentence's dates in an earlier year, a day described rather than told as an act's, and the words
around a date that make it a speaker's, a dateline's, a photo's or a find's day."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from marsad.extract import cues
from marsad.extract.dates import MONTH_RE, WEEKDAY_RE, resolve

# what a sentence says around a date it names: who spoke that day, a dateline, a photo's credit, a find
SPOKE_AFTER = re.compile(
    # the verb in lower case (not "brothers Cherif and Said Kouachi ... burst into": a name)
    # (not "on January 24, which the Malian army confirmed": the fact confirmed, not the day it was)
    r"\s*,\s*(?!which\b)(?:[\w.'’-]+\s+){1,8}(?-i:told|said|says|announced|reported|confirmed|raised the alarm|accused"
    r"|shared|posted|published)\b",  # "Earlier today, we shared a news report saying that ..."
    re.IGNORECASE,
)
# "GENEVA, Oct 30, 2025 (BSS/AFP) -", "Lima, May 25 (EFE).- "
DATELINE_DATE = re.compile(r"\s*\)?\s*(?:\([\w/ .-]{1,20}\)\s*)?\.?[:–—-]{1,2}\s")
PLACE_AFTER_DATE = re.compile(r",\s*[A-Z][\w .'’-]{1,30}?\s*[-–—:]\s")
KILLED_AFTER = re.compile(r"\s+after\b[^.;]{0,60}\b(?:killed|kidnapped|abducted|massacred)\b")
SAID_BEFORE = re.compile(r"\b(?:said|says|told|announced|reported)\s+$", re.I)  # "Human Rights Watch said today"
TODAY = re.compile(r"\b(?:today|tonight|this (?:morning|afternoon|evening))\b", re.I)
PHOTO_CREDIT_AFTER = re.compile(r"\.?\s*\((?:AFP|Reuters|AP|EPA|Getty Images|[A-Z]+/[A-Z/]+)\)[ \t]*(?:\n|$)")
# "the summer period", "the holiday season", "a Christmas truce": a span or an occasion, not the day of the act
# (but "the Bastille Day holiday" is a day)
NOT_A_DAY_AFTER = re.compile(r"\s+(?:period|season|(?<!Day )holidays?|truce|ceasefire|cease-fire|break)\b")
SPEECH_DAY = re.compile(rf"{TODAY.pattern}|\b(?:yesterday|last night)\b", re.I)  # counted from when one spoke
OUTLET_TODAY = re.compile(r".*\b(?-i:[A-Z][A-Za-z]+) Today$")  # "the USA Today reports", "India Today": papers
# "since July 2, when 56 people were killed", "since the April 3, 2021 ambush in Bijapur where 22 jawans were killed"
ACT_AFTER_DATE = re.compile(rf"[^.;,]{{0,40}}(?:, when|\bwhere)\b|{cues.WHEN_ACT.pattern}")
OWN_LINE_OR_AGENCY = re.compile(  # "Sept. 2 (UPI) — ", "Jan 22, 2025, 12:42 PM" on its own line
    r"(?:,? \d{1,2}:\d\d(?: ?[AP]M)?)?[ \t]*\n|\s*\((?-i:[A-Z])[\w/ .-]{1,20}\)\s*[:–—-]{1,2}\s", re.I
)
DATELINE_PLACE = re.compile(r"\s*\(?[A-Z][\w .'’-]{1,30}(?:\s*\[[\w .'’-]{1,30}\])?,\s*")  # "Islamabad [Pakistan], "
# "found a mass grave on Saturday", "we dug up the first grave site today": the day of the find, not of the act
DISCOVERED = re.compile(
    r"\b(?:found|discover\w*|uncover\w*|unearth\w*|exhum\w*|dug up|digging up|excavat\w+|retriev\w*|recovered)\b", re.I
)
ACT_ON = re.compile(r"\b(?:massacre|attack|killings?|killed|raid)\b[^.;,]{0,15}\s+(?:on|in)\s+$", re.I)
REMAINS = re.compile(r"\b(?:graves?|bodies|remains|corpses|skeletons)\b", re.I)
# "the two latest victims of the early Monday mass killing were found": the day names the act, not the find
DAY_OF_ACT = re.compile(r"\s+(?:mass |night |dawn )?(?:killings?|massacre|attack|raid|shooting|bombing|ambush)\b", re.I)

# "Baghdad, Aug. 16: The extremist gunmen ...", "BAGHDAD, Aug 16 (Reuters) -": a desk's line that dates the copy
_DATELINE_DAY = re.compile(
    r"^(?:[^\n]*\n){0,3}\s*[A-Z][\w .'’-]{1,30}, "
    r"((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}"
    r"|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?)(?:,? (?:19|20)\d\d)?"
    r"\s*(?:\([\w/ .-]{1,20}\)\s*)?\.?[:–—-]{1,2}\s"
)


def dateline_day(text: str, published: date | None) -> date | None:
    """The day a wire dateline gives the copy ("Baghdad, Aug. 16: ..."), when it falls in the ten days
    before publication: "yesterday" and "tonight" count from it, not from the day the page went out."""
    found = _DATELINE_DAY.match(text)
    if found is None or published is None:
        return None
    value = resolve(found.group(1), published)
    if value.precision != "day" or value.start is None:
        return None
    day = date.fromisoformat(value.start)
    return day if 0 < (published - day).days <= 10 else None


def in_earlier_year(dates: list, published: date | None) -> bool:
    """Whether a sentence's dates fall in a year before publication ("In 2019, ... were also killed")."""
    return published is not None and any(d[0].start[:4] < str(published.year) for d in dates)


def year_joined(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """ "the early hours of March 1st" then "2019": a bare year the parser tags apart is the year of the day before."""
    joined: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if (
            joined
            and re.fullmatch(r"[ ,]*", text[joined[-1][1] : start])
            and (
                re.fullmatch(r"(?:19|20)\d\d", text[start:end])
                # "On September, 1, 2004": a month the parser tags apart from its day and year
                or (
                    re.fullmatch(rf"(?:{MONTH_RE})", text[joined[-1][0] : joined[-1][1]], re.I)
                    and re.fullmatch(r"\d{1,2},? (?:19|20)\d\d", text[start:end])
                )
            )
        ):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def what_a_day_was(lead: str, told: str) -> bool:
    """ "It was a black Christmas day for some communities": ``told``, after ``lead``, says what a day was like,
    not when an act happened; "I had woken up early that Saturday" points back to a day told before, which a
    quote cannot place."""
    if re.search(r"\bthat\s+$", lead) and re.match(rf"(?:{WEEKDAY_RE})\b", told, re.I):
        return True
    return bool(re.search(r"\b(?:was|is)\s+$", lead)) and bool(re.match(r"an?\s", told))


_SINCE = re.compile(r"\bsince\s+(?:the\s+)?$", re.I)


def since_when(dates: list, text: str, trigger_start: int) -> list:
    """The dates of an act told after "since ..., when" ("the country's deadliest since 2004 when al-Qaeda-inspired
    bombers killed 192 people"): that day only, not the day of the act it is compared with ("The Thursday attack");
    none before it for an act a video shows, told as what a reprisal came "hours after"."""
    found = [
        d
        for d in dates
        if d[2] <= trigger_start
        and _SINCE.search(text, max(0, d[1] - 12), d[1])
        and ACT_AFTER_DATE.match(text[d[2] : d[2] + 80])
    ]
    if found:
        return found[-1:]
    video = _AFTER_A_VIDEO.search(text, max(0, trigger_start - 200), trigger_start)
    return [d for d in dates if d[1] > video.start()] if video else dates


# "Egypt bombarded ... on Monday ..., hours after a gruesome video ... purported to show the beheadings of 21": the act
# a video shows, told after the act it set off, has not that act's day
_AFTER_A_VIDEO = re.compile(
    r"\b(?:hours|days?|a day|weeks?) after (?:a|the) (?:[\w-]+ ){0,3}video\b[^.;]{0,120}"
    r"\b(?:show(?:ed|s|ing)?|purport(?:ed|s|ing)? to show)\b[^.;]{0,40}$",
    re.I,
)


def said_on(text: str, sentence_start: int, start: int, end: int) -> bool:
    """ "On Saturday, Mayor Hallido Zibo told Reuters that ...": whether the date at ``start:end`` is the day a
    source spoke."""
    opening = text[sentence_start:start]
    after = re.sub(r"^\s*(?:(?:morning|afternoon|evening|night)\b)?\s*(?:\([^)]{1,20}\))?", "", text[end:][:110])
    return bool(  # "On Tuesday morning (April 26), officials confirmed that ..."
        re.fullmatch(
            r"\W*(?:(?:earlier|later)\s+)?(?:in an? (?:phone |telephone )?interview\s+)?(?:on\s+)?"
            r"(?:\w+(?: morning| afternoon| evening| night)?\s*\()?",  # "In a phone interview Friday, October 20, ..."
            opening,
            re.IGNORECASE,
        )
    ) and bool(SPOKE_AFTER.match(after.lstrip(")")))


# "the bodies were found ... on Saturday, a day after a clash in the area between ...": the act after it, a day before
_DAY_BEFORE_ACT = re.compile(rf"\bon ({WEEKDAY_RE}),? (?:a|one) day after (?:an? |the )?(?:[\w-]+ )?$", re.I)


def day_before_act(text: str, sentence_start: int, trigger_start: int, published: date | None) -> tuple | None:
    """The day of an act told as the day before another's ("on Saturday, a day after a clash"), or None."""
    found = _DAY_BEFORE_ACT.search(text, sentence_start, trigger_start)
    told = resolve(f"on {found[1]}", published) if found else None
    if told is None or told.start is None or told.precision != "day":
        return None
    day = (date.fromisoformat(told.start) - timedelta(days=1)).isoformat()
    return replace(told, start=day, end=day), found.start(1), found.end(1)


# "two staffers were among those killed in Christmas massacre": a feast naming the act, not the day it fell on
# (a "Christmas Eve massacre" is told on its day)
_FEAST_ONLY = re.compile(r"Christmas|Easter|Ramadan|Eid")
_NAMED_ACT_AFTER = re.compile(r"\s+(?:massacre|attack|bombing|killings|raid)s?\b", re.I)


def feast_names_act(day: str, after: str) -> bool:
    """Whether a bare feast's name (``day``) names the act told after it ("Christmas massacre")."""
    return bool(_FEAST_ONLY.fullmatch(day) and _NAMED_ACT_AFTER.match(after))


def quoted_today(text: str, sentence_start: int, start: int, end: int) -> bool:
    """ "said, 'More than 30 people were killed in today's attack'": a quote's today (at ``start:end``) is the day
    the speaker spoke, which a later report cannot place."""
    if not SPEECH_DAY.search(text[start:end]) or re.search(r"\b(?:19|20)\d\d\b", text[start:end]):
        return False  # (not "Yesterday, 18th August 2020": a quote's yesterday told with its own date)
    before = text[sentence_start:start]
    opened = len(re.findall(r"(?:^|[\s(:,])['‘\"“]", before))
    closed = len(re.findall(r"[^\s]['’\"”](?=[\s,.;:!?)]|$)", before))
    return opened > closed


def on_dateline(text: str, sentence: str, start: int, end: int) -> bool:
    """Whether the date at ``start:end`` is a wire dateline's ("Manila, Jan 28: In a series of bulletins ...")."""
    line = text[text.rfind("\n", 0, start) + 1 : start]
    line = "" if re.fullmatch(r"\d{1,2} ", line) else line  # "13 May 2017 (UN News):", its day read apart
    if any(not SAID_BEFORE.search(sentence[: m.start()]) for m in TODAY.finditer(sentence)):
        return False  # "Aleppo, 18 December: ... waited for hours today": the dateline is the day told
    if not line.strip() and PLACE_AFTER_DATE.match(text, end):
        return True  # "October 28, Nairobi - After taking control of Nyala ..."
    if not line.strip() and OWN_LINE_OR_AGENCY.match(text, end):
        return True  # "16 February, 2015" on a line of its own, "Sept. 2 (UPI) — A Saudi-led coalition ..."
    full = re.search(r"\b(?:19|20)\d\d\b", text[start:end])
    if not line.strip() and full and re.match(r",\s+[A-Z]", text[end : end + 3]):
        return True  # a heading's date: "25 August 2022, Devastating hotel attack in Mogadishu kills 21"
    dashed = text[start:end].rstrip().endswith(("-", "–", "—"))  # "Oct. 1 --" as one date
    return bool(DATELINE_PLACE.fullmatch(line) and (dashed or DATELINE_DATE.match(text, end)))
