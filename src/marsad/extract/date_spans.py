"""Where a date phrase sits in a report: the day a wire dateline gives the copy, a bare year the parser tags apart
from its day, a sentence's dates in an earlier year, and a day described rather than told as an act's."""

from __future__ import annotations

import re
from datetime import date

from marsad.extract.dates import MONTH_RE, WEEKDAY_RE, resolve

# "Baghdad, Aug. 16: The extremist gunmen ...", "BAGHDAD, Aug 16 (Reuters) -": a desk's line that dates the copy
_DATELINE_DAY = re.compile(
    r"^(?:[^\n]*\n){0,3}\s*[A-Z][\w .'’-]{1,30}, "
    r"((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}"
    r"|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?)(?:,? (?:19|20)\d\d)?"
    r"\s*(?:\([\w/ .-]{1,20}\)\s*)?[:–—-]\s"
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
