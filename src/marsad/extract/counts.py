"""Counts as the conflict codebooks record them: low, best and high, with the source's qualifier.

"more than 2,618" gives low 2,618 (qualifier ``more_than``); "at least 30" low and best 30;
"about 1,200" best 1,200; "up to 50" high 50; "dozens" and "hundreds" give ranges and no best;
a figure the text does not give is never made up. Numbers may be digits ("2,618", "1.5 million")
or words ("fourteen", "two dozen", "a hundred").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_UNITS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000}
# vague amounts: (low, high)
_VAGUE = {
    "a few": (2, 5),
    "several": (3, 9),
    "a handful": (2, 5),
    "dozens": (24, 99),
    "several dozen": (24, 99),
    "a few dozen": (24, 60),
    "several hundred": (200, 999),
    "a few hundred": (200, 500),
    "several thousand": (2_000, 9_999),
    "scores": (40, 99),
    "tens": (20, 99),
    "hundreds": (200, 999),
    "thousands": (2_000, 9_999),
    "tens of thousands": (20_000, 99_999),
    "hundreds of thousands": (200_000, 999_999),
}
_QUALIFIERS = [
    (r"more than|over|upwards of|in excess of", "more_than"),
    (r"at least|no fewer than|no less than|a minimum of|not less than", "at_least"),
    (
        r"about|around|approximately|roughly|some|nearly|almost|practically|virtually|close to|an estimated|estimated"
        r"|up to some",
        "about",
    ),
    (r"up to|as many as|at most|fewer than|less than|no more than|a maximum of", "at_most"),
]
_WORD = "|".join(sorted([*_UNITS, *_TENS], key=len, reverse=True))
_NUMBER = (
    rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d{{1,3}}(?:[ \u00a0\u202f]\d{{3}})+(?![\d,.])"  # "250 000"
    rf"|\d{{1,3}}, \d{{3}}(?= (?:people|civilians|persons)\b)"  # "killed 1, 200 people": a typed separator
    rf"|\d+(?:\.\d+)?)"
    rf"(?:\s+(?:million|thousand))?"
    rf"|(?:a|one|two|three|four|five|six|seven|eight|nine|ten)\s+dozen|a dozen|(?<=another )dozen"
    rf"|(?:(?:{_WORD})(?:[\s-](?:{_WORD}))?|a)(?:\s+(?:hundred|thousand|million))?(?:\s+and\s+(?:{_WORD})(?:[\s-](?:{_WORD}))?)?"
    rf"|(?<=about )hundred|(?<=nearly )hundred|(?<=around )hundred"  # "left about hundred people dead"
)
_VAGUE_RE = "|".join(sorted((re.escape(k) for k in _VAGUE), key=len, reverse=True))
_QUALIFIER_RE = "|".join(f"(?:{pattern})" for pattern, _ in _QUALIFIERS)
MENTION = re.compile(
    rf"\b(?:(?P<qualifier>{_QUALIFIER_RE})\s+)?(?:(?P<vague>{_VAGUE_RE})|(?P<number>{_NUMBER}))\b(?:(?<=\d)['’](?=\s))?"
    r"(?:\s?\((?P<echo>\d{1,6})\)\)?)?",  # "Nine (9) Atyap natives", "twelve (12)) people": a word told in digits too
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Count:
    """A count with its uncertainty: ``low``/``best``/``high`` (``None`` where the text says nothing)."""

    low: int | None
    best: int | None
    high: int | None
    qualifier: str  # exact | at_least | more_than | about | at_most | range

    def as_json(self) -> dict[str, int | None]:
        """The record's ``{low, best, high}`` object."""
        return {"low": self.low, "best": self.best, "high": self.high}

    def vaguely_holds(self, value: int) -> bool:
        """Whether this is a vague range with no best value ("scores", "dozens") that holds ``value``: a toll
        told before, told again vaguely."""
        return self.best is None and self.low is not None and bool(self.high) and self.low <= value <= self.high


@dataclass(frozen=True)
class CountMention:
    """A count found in text, with its character span."""

    start: int
    end: int
    text: str
    count: Count


def number_value(text: str) -> int | None:
    """The integer value of a number written in digits or words; ``None`` if it is not one."""
    text = re.sub(r"(?<=\d),?[ \u00a0\u202f](?=\d{3}\b)", "", text)  # "250 000" written with a space
    words = text.lower().replace("-", " ").replace(",", "").split()
    if not words:
        return None
    if re.fullmatch(r"\d+(\.\d+)?", words[0]):
        value = float(words[0])
        for word in words[1:]:
            value *= _SCALES.get(word, 1)
        return int(round(value))
    if words[-1] == "dozen":
        return 12 * (1 if words[0] in ("a", "dozen") else _UNITS.get(words[0], 1))
    total, current = 0, 0
    for word in words:
        if word in ("a", "and"):
            current = current or (1 if word == "a" else 0)
        elif word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word in _SCALES:
            scale = _SCALES[word]
            if scale >= 1000:
                total += max(current, 1) * scale
                current = 0
            else:
                current = max(current, 1) * scale
        else:
            return None
    value = total + current
    return value or None


def count_for(number: int | None, qualifier: str | None, vague: str | None = None) -> Count:
    """Apply the codebook rules to a value and its qualifier words."""
    if vague:
        low, high = _VAGUE[vague.lower()]
        return Count(low, None, high, "range")
    kind = _qualifier_kind(qualifier)
    if kind == "more_than" or kind == "at_least":
        return Count(number, number, None, kind)
    if kind == "about":
        return Count(None, number, None, kind)
    if kind == "at_most":
        best = number if qualifier and qualifier.lower() in ("up to", "as many as", "at most") else None
        return Count(None, best, number, kind)
    return Count(number, number, number, "exact")


def _qualifier_kind(qualifier: str | None) -> str:
    if not qualifier:
        return "exact"
    for pattern, kind in _QUALIFIERS:
        if re.fullmatch(pattern, qualifier.lower()):
            return kind
    return "exact"


def find_counts(text: str) -> list[CountMention]:
    """Every count in ``text`` with its span (years and clock times are left out)."""
    return list(_counts_in(text))


@lru_cache(maxsize=4096)
def _counts_in(text: str) -> tuple[CountMention, ...]:  # a sentence's counts are read by several rules: kept
    found = []
    for match in MENTION.finditer(text):
        number = match.group("number")
        if number and number.lower() == "a":
            continue
        value = number_value(number) if number else None
        if number and value is None:
            continue
        end = (
            match.end() if match.group("echo") in (None, str(value)) else len(text[: match.start("echo") - 1].rstrip())
        )
        if number and (_looks_like_year_or_time(text, match, value) or _pronoun_one(text, match)):
            continue
        if value and number.lower().startswith("a ") and re.search(r"\bhalf\s+$", text[: match.start()], re.I):
            value //= 2  # "More than half a million refugees": 500,000
        if text[match.start() - 1 : match.start()] == "[" and text[match.end() : match.end() + 1] == "]":
            continue  # "[24]": a footnote's number
        if _MODEL_NAME.search(text, max(0, match.start() - 4), match.start()):
            continue  # "his F-16 fighter jet", "AK-47s", "a MiG-29": a model's name
        found.append(
            CountMention(
                match.start(),
                end,
                text[match.start() : end],
                count_for(value, match.group("qualifier"), match.group("vague")),
            )
        )
    return tuple(_join_ranges(text, found))


_MODEL_NAME = re.compile(r"\b[A-Z][A-Za-z]{0,2}-$")


def _join_ranges(text: str, found: list[CountMention]) -> list[CountMention]:
    """ "between 170 and 200 people", "20 to 30", "15-20": one count from low to high, with no best."""
    joined: list[CountMention] = []
    for mention in found:
        previous = joined[-1] if joined else None
        if previous and _is_range(text, previous, mention):
            low, high = previous.count.best, mention.count.best
            joined[-1] = CountMention(
                previous.start, mention.end, text[previous.start : mention.end], Count(low, None, high, "range")
            )
        else:
            joined.append(mention)
    return joined


def _is_range(text: str, first: CountMention, second: CountMention) -> bool:
    if first.count.qualifier != "exact" or second.count.qualifier not in ("exact", "about"):
        return False
    if first.count.best is None or second.count.best is None or second.count.best <= first.count.best:
        return False
    gap = text[first.end : second.start]
    if re.fullmatch(r"\s*(?:-|–|to)\s*", gap):
        return not _CHANGED_FROM.search(text, max(0, first.start - 40), first.start)  # (not "rising from 24 to 1,210")
    return bool(re.fullmatch(r"\s+and\s+", gap) and re.search(r"\bbetween\s+$", text[: first.start], re.I))


# a figure that changed: "increasing from 24 to 1,210 deaths", "fell from 356 to 24": the old and the new, no range
_CHANGED_FROM = re.compile(
    r"\b(?:rose|rising|increased|increasing|fell|falling|dropped|dropping|declined|declining|climbed|jumped|grew"
    r"|went up|went down|doubled)\s+from\s+$",
    re.IGNORECASE,
)


_BEFORE_PRONOUN_ONE = re.compile(r"\b(?:the|this|that)\s+$", re.IGNORECASE)
_AFTER_PRONOUN_ONE = re.compile(r"\s+(?:who|that|which|blamed|accused|responsible|behind|suspected)\b", re.IGNORECASE)


def _pronoun_one(text: str, match: re.Match[str]) -> bool:
    """ "the one blamed for the attack", "the one that ...": a pronoun, not a count."""
    if match.group("number").lower() != "one" or match.group("qualifier"):
        return False
    before = text[max(0, match.start() - 6) : match.start()]
    return bool(_BEFORE_PRONOUN_ONE.search(before) and _AFTER_PRONOUN_ONE.match(text, match.end()))


def _looks_like_year_or_time(text: str, match: re.Match[str], value: int | None) -> bool:
    raw = match.group("number")
    if value is not None and re.fullmatch(r"\d{4}", raw) and 1900 <= value <= 2100:
        year_before = re.search(
            r"\b(?:in|since|by|of|from|until|during|after|before|early|late|mid)\s+$", text[: match.start()], re.I
        )
        return bool(year_before) or not _PEOPLE_AFTER.match(text, match.end())  # "More than 2000 people" counts
    after = text[match.end() : match.end() + 6]  # (not "400 Amhara civilians": a word that begins "am")
    at = match.start("number")  # (not "On 15 July close to 50 people": the qualifier stands between)
    if re.search(_MONTHS + r"\s+$", text[max(0, at - 10) : at], re.IGNORECASE):
        return True  # "since July 2": a day of the month
    if _MONTH_AFTER.match(text, match.end()):
        return True  # "On 3 May close to 40 people": a day of the month written before it (not "5 may die")
    return (
        bool(re.match(r"[:/]\d|\s?(am|pm)(?![\w'’-])", after, re.IGNORECASE)) or text[max(0, match.start() - 1)] in ":/"
    )


_MONTH_AFTER = re.compile(
    r"\s+(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b"
)
_PEOPLE_AFTER = re.compile(
    r"\s+(?:people|persons|civilians|children|women|men|soldiers|fighters|militants|villagers|students|refugees"
    r"|families|bodies|dead|killed)\b"
)
_MONTHS = (
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
