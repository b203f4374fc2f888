"""The period a conflict-data project's overview names in its title ("Regional Overview: Africa (17-23 September
2022)", "(30 July - 5 August 2022)"): the week its "last week" means, rather than the week before it was published."""

from __future__ import annotations

import calendar
import re
from datetime import date
from functools import lru_cache

from marsad.extract.dates import DateValue, resolve

_MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
_ACROSS_MONTHS = re.compile(r"\b(\d{1,2}) ([a-z]+)\s*[-–]\s*(\d{1,2}) ([a-z]+) (\d{4})\b")  # "30 july - 5 august 2022"


def title_week(text: str, told: str, published: date | None) -> DateValue | None:
    """For ``told`` "last week", the week of at most seven days named in brackets in the first line of ``text``,
    ending by ``published``."""
    return _title_week(text, published) if re.fullmatch(r"(?i)last week", told) else None


@lru_cache(maxsize=256)
def _title_week(text: str, published: date | None) -> DateValue | None:
    title = " ".join(re.findall(r"\(([^()]{8,60})\)", text.split("\n", 1)[0][:200])).lower()
    across = _ACROSS_MONTHS.search(title)
    if across and across[2] in _MONTHS and across[4] in _MONTHS:
        first, last, year = _MONTHS[across[2]], _MONTHS[across[4]], int(across[5])
        try:
            start, end = date(year - (first > last), first, int(across[1])), date(year, last, int(across[3]))
        except ValueError:
            return None
        value = DateValue(start.isoformat(), end.isoformat(), "week")
    else:
        value = resolve(title, published) if title else None
    if value is None or value.precision != "week" or not value.start or not value.end:
        return None
    days = (date.fromisoformat(value.end) - date.fromisoformat(value.start)).days
    return value if 0 < days <= 7 and (published is None or value.end <= published.isoformat()) else None
