"""Dates in report text, resolved against the publication date, with their precision.

Rules of our own come first because general parsers get news idiom wrong: a weekday ("on
Monday") is the most recent such day on or before publication; "last June" is the most recent
June before the month of publication (the previous year's, unless June has passed this year);
"in May" has month precision and is the most recent May; "last week", "this year",
"yesterday" and the like are relative to publication. Explicit dates ("15 April 2014", "April 15,
2014", "May 2014", "2018") need no publication date; other written-out forms ("the 3rd of June,
2014") go to dateparser. Anything relative is left unresolved when
the publication date is unknown: the result says ``unknown``; no year is ever guessed.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import TypeVar

_T = TypeVar("_T")

_MONTHS = {name.lower(): index for index, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): index for index, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_WEEKDAYS = {name.lower(): index for index, name in enumerate(calendar.day_name)}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WEEKDAY_RE = "|".join(_WEEKDAYS)
MONTH_RE, WEEKDAY_RE = _MONTH_RE, _WEEKDAY_RE  # month and weekday names, for the rules that read around dates
_ORD = r"(\d{1,2})(?:st|nd|rd|th)?"


@dataclass(frozen=True)
class DateValue:
    """A date or period: ISO ``start`` and ``end`` (inclusive) and how precise it is."""

    start: str | None
    end: str | None
    precision: str  # day | week | month | year | unknown

    def as_json(self) -> dict[str, str | None]:
        """The record's ``date`` object."""
        return {"start": self.start, "end": self.end, "precision": self.precision}


UNKNOWN = DateValue(None, None, "unknown")


def span_days(value: DateValue) -> int:
    """How many days a date covers (a week's "between June 11 and 14" covers fewer than "last week")."""
    if value.start is None or value.end is None:
        return 100_000
    return (date.fromisoformat(value.end) - date.fromisoformat(value.start)).days + 1


def _day(value: date) -> DateValue:
    return DateValue(value.isoformat(), value.isoformat(), "day")


def _month(year: int, month: int) -> DateValue:
    last = calendar.monthrange(year, month)[1]
    return DateValue(date(year, month, 1).isoformat(), date(year, month, last).isoformat(), "month")


def _year(year: int) -> DateValue:
    return DateValue(f"{year}-01-01", f"{year}-12-31", "year")


def _week(monday: date) -> DateValue:
    return DateValue(monday.isoformat(), (monday + timedelta(days=6)).isoformat(), "week")


def _recent_month_year(month: int, published: date) -> int:
    """The year of the most recent such month on or before publication."""
    return published.year if month <= published.month else published.year - 1


def resolve(expression: str, published: date | None) -> DateValue:
    """Resolve a date expression (a DATE span, or a phrase around it) against ``published``."""
    text = " ".join(expression.lower().replace(",", " ").split())
    rules = (_holiday, _first_months, _day_range, _explicit, _in_named_year, _day_of_month, _relative, _act_month)
    for rule in (*rules, _dateparser):
        value = rule(text, published)
        if value is not None:
            return value
    return UNKNOWN


def _day_of_month(text: str, published: date | None) -> DateValue | None:
    """ "on Sunday, the 22nd": that day of the month of publication, or of the month before when it is still to come."""
    m = re.search(rf"\b(?:(?:{_WEEKDAY_RE}) )?the (\d{{1,2}})(?:st|nd|rd|th)$", text)
    if published is None or m is None or not 1 <= int(m[1]) <= 31:
        return None
    year, month = (
        (published.year, published.month)
        if int(m[1]) <= published.day
        else divmod(published.year * 12 + published.month - 2, 12)
    )
    month = month if int(m[1]) <= published.day else month + 1
    return _safe(lambda: _day(date(year, month, int(m[1]))))


def _act_month(text: str, published: date | None) -> DateValue | None:
    """ "after a March attack": the most recent such month (not the parser's first day of it)."""
    if published is None or not (m := re.search(rf"(?:^|\s)an? ({_MONTH_RE})$", text)):
        return None
    month = _MONTHS[m[1]]
    return _month(_recent_month_year(month, published), month)


_HOLIDAYS = {
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
    "christmas": (12, 25),
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "valentine's day": (2, 14),
    "bastille day": (7, 14),  # France's national day: "a lorry ploughed into crowds celebrating Bastille Day"
}
# a holiday's own name ("Bastille Day", "Valentine’s Day"), which the parser may tag as an event, a place or nothing
HOLIDAY_NAME = re.compile("|".join(re.escape(n).replace("'", "['’]") for n in _HOLIDAYS if " " in n), re.I)
_HOLIDAY = re.compile(
    r"(?<!after )(?<!before )\b(?:(?P<before>\d{4}) )?"
    rf"(?P<day>{'|'.join(re.escape(n) for n in _HOLIDAYS)})"
    r"(?: (?P<after>\d{4}))?(?: holiday| celebrations?| festivities)?$"
)


def _holiday(text: str, published: date | None) -> DateValue | None:
    """ "On Christmas Day", "the 2000 Christmas Eve bombings": that day of the year told, else the latest one on or
    before publication."""
    found = _HOLIDAY.search(text.replace("’", "'"))
    told = found and (found["before"] or found["after"])
    if not found or (published is None and not told):
        return None
    month, day = _HOLIDAYS[found["day"]]
    year = int(told) if told else published.year - ((month, day) > (published.month, published.day))
    return _day(date(year, month, day))


@lru_cache(maxsize=256)
def _parser(base: datetime | None):
    from dateparser.date import DateDataParser

    settings = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["month"]}
    if base is not None:
        settings["RELATIVE_BASE"] = base
    return DateDataParser(languages=["en"], settings=settings)


def _dateparser(text: str, published: date | None) -> DateValue | None:
    """dateparser for the forms our rules do not know ("the 3rd of June 2014", "Sept. 9"); a form
    without a year is only read when the publication date says which year."""
    has_year = re.search(r"\b(?:19|20)\d{2}\b", text)
    written_out = re.search(rf"\b(?:{_MONTH_RE})\b", text) or re.search(r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b", text)
    if not written_out or (published is None and not has_year):
        return None
    base = datetime.combine(published, datetime.min.time()) if published else None
    data = _parser(base).get_date_data(text)
    if data is None or data.date_obj is None:
        return None
    found = data.date_obj.date()
    if published is not None and found > published:
        return None  # news reports past events; a future reading is a misreading
    if data.period == "day":
        return _day(found)
    if data.period == "month":
        return _month(found.year, found.month)
    return _year(found.year) if data.period == "year" else None


_RANGE_MONTH_FIRST = re.compile(
    rf"\b({_MONTH_RE})\.?\s+{_ORD}\s*(?:and|to|-|–|through|until)\s*(?:the\s+)?{_ORD}\b(?:\s+(\d{{4}}))?"
)
_RANGE_DAY_FIRST = re.compile(
    rf"\b{_ORD}\s*(?:and|to|-|–|through|until)\s*{_ORD}\s+(?:of\s+)?({_MONTH_RE})\b\.?(?:\s+(\d{{4}}))?"
)


# "between June 11" tagged apart from "and 14": the second day, not followed by a noun it counts
_RANGE_TAIL = re.compile(
    r"\s*(?:and|to|-|–|through|until)\s*(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\b(?!%|,\s*\d{3})"
    r"(?!\s+(?!(?:in|at|on|of|when|as|after|before|during|and|that|the|this|last|while|near|inside)\b)[a-z])"
)


_RANGE_HEAD = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s*(?:and|to|-|–)\s*$")


# "between 14th and 17th December 2009", "on the 17th of December", tagged as "December 2009" alone
_DAYS_BEFORE_MONTH = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?\s*(?:and|to|-|–)\s*\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?$|\b\d{1,2}(?:st|nd|rd|th)\s+(?:of\s+)?$"
)


def range_start(text: str, start: int) -> int:
    """Where a date phrase starting at ``start`` ("30 November") really starts when a range's first day comes
    before it ("29 and 30 November"), or its days come before its month ("14th and 17th December")."""
    if re.match(rf"(?:{_MONTH_RE})\b", text[start : start + 10], re.I):
        m = _DAYS_BEFORE_MONTH.search(text, max(0, start - 24), start)
        return m.start() if m else start
    m = _RANGE_HEAD.search(text, max(0, start - 12), start)
    return m.start() if m and re.match(r"\d", text[start : start + 1]) else start


def range_end(text: str, end: int) -> int:
    """Where a date phrase ending at ``end`` really ends when a range's last day follows it."""
    if cut := re.search(r"\s+(?:and|to|through|until)$", text[max(0, end - 10) : end]):
        end -= len(cut.group(0))  # the parser's "November 29 and", before "30"
    m = _RANGE_TAIL.match(text, end) or _YEAR_TAIL.match(text, end)  # "April 2, last year": the year named after
    return m.end() if m and re.search(rf"(?:{_MONTH_RE})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\s*$", text[:end], re.I) else end


_YEAR_TAIL = re.compile(r",?\s+(?:last|this) year\b")


def _day_range(text: str, published: date | None) -> DateValue | None:
    """ "between June 11 and 14", "from 11 to 14 June 2014": a few days of one month, the first to the
    last, with week precision (a longer span has the month's); no year is guessed without publication."""
    if m := _RANGE_MONTH_FIRST.search(text):
        month, first, last, year = m[1], m[2], m[3], m[4]
    elif m := _RANGE_DAY_FIRST.search(text):
        first, last, month, year = m[1], m[2], m[3], m[4]
    else:
        return None
    if year is None and published is None:
        return None
    number = _MONTHS[month]
    year_value = int(year) if year else _recent_month_year(number, published)
    start, end = _safe(lambda: date(year_value, number, int(first))), _safe(lambda: date(year_value, number, int(last)))
    if start is None or end is None or end <= start:
        return None
    if (end - start).days > 6:
        return _month(year_value, number)
    return DateValue(start.isoformat(), end.isoformat(), "week")


_NUMERIC_DAY = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d{2})\b")


def _numeric_day(first: int, second: int, year: int) -> DateValue | None:
    """ "18/03/2015" (day first) or "03/18/2015" (month first) when one part can only be a day; "03/04/2015"
    could be either and names only its year."""
    if first > 12 >= second:
        return _safe(lambda: _day(date(year, second, first)))
    if second > 12 >= first or first == second:
        return _safe(lambda: _day(date(year, first, second)))
    return _year(year)


def _explicit(text: str, _published: date | None) -> DateValue | None:
    if m := re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", text):
        return _safe(lambda: _day(date(int(m[1]), int(m[2]), int(m[3]))))
    if m := _NUMERIC_DAY.search(text):
        return _numeric_day(int(m[1]), int(m[2]), int(m[3]))
    if m := re.search(rf"\b{_ORD}\s+(?:of\s+)?({_MONTH_RE})\.?\s+(\d{{4}})\b", text):
        return _safe(lambda: _day(date(int(m[3]), _MONTHS[m[2]], int(m[1]))))
    if m := re.search(rf"\b({_MONTH_RE})\.?\s+{_ORD}\s+(\d{{4}})\b", text):
        return _safe(lambda: _day(date(int(m[3]), _MONTHS[m[1]], int(m[2]))))
    if m := re.search(rf"\b({_MONTH_RE})\.?\s+(?:of\s+)?(\d{{4}})\b", text):
        return _month(int(m[2]), _MONTHS[m[1]])
    if m := re.search(r"\b(?:in|since|during|of|from)?\s*((?:19|20)\d{2})\b", text):
        return _year(int(m[1]))
    return None


_FIRST_MONTHS = re.compile(
    r"\b(?:the )?first (two|three|four|five|six|seven|eight|nine|ten|eleven|half|quarter) "
    r"(?:months )?of (?:(?:the|this) year|(last year)|(\d{4}))$"
)
_MONTH_COUNTS = dict(zip("two three four five six seven eight nine ten eleven".split(), range(2, 12), strict=True))


def _first_months(text: str, published: date | None) -> DateValue | None:
    """ "During the first four months of the year": January to April of the year told, else of publication's."""
    found = _FIRST_MONTHS.search(text)
    if not found or (published is None and not found[3]):
        return None
    months = {"half": 6, "quarter": 3}.get(found[1]) or _MONTH_COUNTS[found[1]]
    year = int(found[3]) if found[3] else published.year - (1 if found[2] else 0)
    end = date(year, months, calendar.monthrange(year, months)[1])
    return DateValue(date(year, 1, 1).isoformat(), end.isoformat(), "month")


def _in_named_year(text: str, published: date | None) -> DateValue | None:
    """ "14 May last year", "in March this year": a day or month of the year before publication, or of its own."""
    year_word = re.search(r"\b(last|this) year\b", text)
    if published is None or not year_word:
        return None
    year = published.year - (year_word[1] == "last")
    if m := re.search(rf"\b{_ORD}\s+(?:of\s+)?({_MONTH_RE})\b|\b({_MONTH_RE})\.?\s+{_ORD}\b", text):
        month, day = (m[2], m[1]) if m[2] else (m[3], m[4])
        return _safe(lambda: _day(date(year, _MONTHS[month], int(day))))
    if m := re.search(rf"\b({_MONTH_RE})\b", text):
        return _month(year, _MONTHS[m[1]])
    return None


_SMALL = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
SMALL_NUMBERS = {"a": 1, "one": 1, **_SMALL, "eleven": 11, "twelve": 12}


def _easter(year: int) -> date:
    """Western Easter Sunday of ``year`` (the Gregorian computus)."""
    golden = year % 19
    century, in_century = divmod(year, 100)
    leap_c, rest_c = divmod(century, 4)
    correction = (century + 8) // 25
    moon = (century - correction + 1) // 3
    epact = (19 * golden + century - leap_c - moon + 15) % 30
    leap_y, rest_y = divmod(in_century, 4)
    weekday = (32 + 2 * rest_c + 2 * leap_y - epact - rest_y) % 7
    shift = (golden + 11 * epact + 22 * weekday) // 451
    month, day = divmod(epact + weekday - 7 * shift + 114, 31)
    return date(year, month, day + 1)


_EASTER_SHIFT = {"palm sunday": -7, "good friday": -2, "easter monday": 1}


def _relative(text: str, published: date | None) -> DateValue | None:
    if published is None:
        return None
    if m := re.search(r"\b(?:palm sunday|good friday|easter(?: (?:sunday|monday|day))?)\b", text):
        shift = timedelta(days=_EASTER_SHIFT.get(m[0], 0))  # "Palm Sunday": the Sunday before Easter
        feast = _easter(published.year) + shift
        return _day(feast if feast <= published else _easter(published.year - 1) + shift)  # the most recent one
    if m := re.search(rf"\b{_ORD}\s+(?:of\s+)?({_MONTH_RE})\b", text) or re.search(
        rf"\b({_MONTH_RE})\.?\s+{_ORD}\b",
        text,  # "Nov. 29"
    ):
        day_text, month_text = (m[1], m[2]) if m[1].isdigit() else (m[2], m[1])
        month = _MONTHS[month_text]
        return _safe(lambda: _day(date(_recent_month_year(month, published), month, int(day_text))))
    if m := re.search(rf"\blast\s+({_MONTH_RE})\b", text):  # "last January" in March: this year's January
        month = _MONTHS[m[1]]
        return _month(published.year - (month >= published.month), month)
    if m := re.search(rf"\b({_MONTH_RE})\b", text):
        month = _MONTHS[m[1]]
        if m[1] in ("may", "march") and not re.search(
            rf"\b(in|since|during|early|late|mid|last|of|from)[\s-]+{m[1]}\b", text
        ):
            return None  # "may" and "march" are also ordinary words
        return _month(_recent_month_year(month, published), month)
    if m := re.search(rf"\b(?:between|from) ({_WEEKDAY_RE}) (?:and|to|until|through) ({_WEEKDAY_RE})\b", text):
        last = published - timedelta(days=(published.weekday() - _WEEKDAYS[m[2]]) % 7)  # "between Thursday and
        first = last - timedelta(days=(_WEEKDAYS[m[2]] - _WEEKDAYS[m[1]]) % 7)  # Saturday": those days, a week's
        return DateValue(first.isoformat(), last.isoformat(), "week")
    if m := re.search(rf"\b({_WEEKDAY_RE})\b", text):
        if re.search(rf"\b(?:next|coming|following)\s+{m[1]}", text):
            return None  # a plan, not an event on record
        back = (published.weekday() - _WEEKDAYS[m[1]]) % 7
        if "last" in text.split() and back == 0:
            back = 7
        return _day(published - timedelta(days=back))
    if m := re.search(
        r"\b((?:a|one|two|three|four|five|six|\d+) (?:day|week|month)s?) (?:earlier|before)\b", text, re.I
    ):
        return earlier_by(m[1], published)  # "A week earlier a policeman was shot dead": the week before
    if m := re.search(r"\b(a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+years?\s+ago\b", text):
        return _year(
            published.year - ({"a": 1, "one": 1}.get(m[1].lower()) or _SMALL.get(m[1]) or int(m[1]))
        )  # "about three years ago": that year
    if m := re.search(r"\b(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(days|weeks)\s+ago\b", text):
        n = _SMALL.get(m[1]) or int(m[1])
        if m[2] == "days":
            return _day(published - timedelta(days=n))
        start = published - timedelta(days=published.weekday() + 7 * n)  # "two weeks ago": that week
        return _week(start)
    if m := re.search(r"\b(a|one|two|three|four|five|six)\s+months?\s+ago\b", text, re.I):
        return earlier_by(f"{m[1]} month", published)  # "a priest kidnapped a month ago": that month
    monday = published - timedelta(days=published.weekday())
    so_far = published.isoformat()  # "this week/month/year" ends at publication, not after it
    table: dict[str, DateValue] = {
        "today": _day(published),
        "this (?:morning|afternoon|evening)": _day(published),
        "tonight": _day(published),
        "yesterday": _day(published - timedelta(days=1)),
        "last night": _day(published - timedelta(days=1)),
        "the previous day": _day(published - timedelta(days=1)),  # "the bombing the previous day"
        "the day before": _day(published - timedelta(days=1)),
        "this week": DateValue(monday.isoformat(), so_far, "week"),
        "last week": _week(monday - timedelta(days=7)),
        "weekend": DateValue(
            (monday - timedelta(days=2)).isoformat(), (monday - timedelta(days=1)).isoformat(), "week"
        ),
        "this month": DateValue(date(published.year, published.month, 1).isoformat(), so_far, "month"),
        "last month": _month(
            *((published.year, published.month - 1) if published.month > 1 else (published.year - 1, 12))
        ),
        "this year": DateValue(f"{published.year}-01-01", so_far, "year"),
        "last year": _year(published.year - 1),
        "last autumn": _year(published.year - 1),
    }
    for phrase, value in table.items():
        if re.search(rf"\b{phrase}\b", text):
            return value
    return None


def earlier_by(span: str, published: date | None) -> DateValue | None:
    """ "(comes) a week after ...": the earlier act is that long before publication, at that precision."""
    m = re.fullmatch(
        r"\s*(?:just |only |barely )?(a|one|two|three|four|five|six|\d+) (day|week|month)s?\s*", span, re.I
    )
    if published is None or m is None:
        return None
    n = 1 if m[1].lower() in ("a", "one") else (_SMALL.get(m[1].lower()) or int(m[1]))
    if m[2].lower() == "day":
        return _day(published - timedelta(days=n))
    if m[2].lower() == "week":
        return _week(published - timedelta(days=published.weekday() + 7 * n))
    year, month = divmod(published.year * 12 + published.month - 1 - n, 12)
    return _month(year, month + 1)


def days_from(value: DateValue, days: int) -> DateValue | None:
    """The day ``days`` after (or, negative, before) a day ("twelve days after" the bombing told before)."""
    if value.precision != "day" or value.start is None:
        return None
    return _day(date.fromisoformat(value.start) + timedelta(days=days))


def marked_since(span: str, published: date | None) -> DateValue | None:
    """ "Today marks exactly three months since ...": the act that long before publication, to the day when the
    span says "exactly", else at that span's precision."""
    m = re.fullmatch(r"\s*(exactly )?(a|one|two|three|four|five|six|\d+) (day|week|month|year)s?\s*", span, re.I)
    if published is None or m is None:
        return None
    n = 1 if m[2].lower() in ("a", "one") else (_SMALL.get(m[2].lower()) or int(m[2]))
    if not m[1]:
        return earlier_by(f"{n} {m[3]}", published) if m[3].lower() != "year" else _year(published.year - n)
    if m[3].lower() in ("day", "week"):
        return _day(published - timedelta(days=n * (7 if m[3].lower() == "week" else 1)))
    months = n * (12 if m[3].lower() == "year" else 1)
    year, month = divmod(published.year * 12 + published.month - 1 - months, 12)
    return _safe(lambda: _day(date(year, month + 1, published.day)))


def _safe(make: Callable[[], _T]) -> _T | None:
    try:
        return make()
    except ValueError:  # 31 February and the like
        return None
