"""How a sentence tells its days: the spans the parser does not tag as dates ("On 21 April", "18/03/2015", "a
March attack"), and days told by reference to another day the report told just before ("the previous morning",
"two days later", a day written without its year in a story whose full date was told first)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from marsad.extract import lexicon as lx
from marsad.extract.date_spans import year_joined
from marsad.extract.dates import (
    _MONTH_RE,
    _SMALL,
    _WEEKDAY_RE,
    _WEEKDAYS,
    HOLIDAY_NAME,
    DateValue,
    _day,
    _month,
    _safe,
    _week,
    resolve,
)
from marsad.extract.layout import caption_at

_MONTHS = lx.MONTHS
_DAY_MONTH = re.compile(
    rf"\b\d{{1,2}} (?:{_MONTHS}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b(?: \d{{4}})?"
    rf"|\b(?:{_MONTHS}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.? \d{{1,2}}(?:st|nd|rd|th)?\b(?:,? \d{{4}})?"
    r"|\b\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d{2}\b"  # "18/03/2015 Bardo National Museum attack"
    r"|\bEaster (?:Sunday|Monday)\b|\bPalm Sunday\b|\bGood Friday\b"  # "in an Easter Sunday attack" (an event)
    r"|(?<=\bon )Easter\b(?! (?:Sunday|Monday))|(?<=\bcelebrating )Easter\b|(?<=\bcelebrate )Easter\b"
    r"|(?<=\bon )Christmas(?: [Dd]ay| Eve)?\b|\bChristmas Day\b"  # "beheaded ... on Christmas Day"
    r"|\bChristmas [Ee]ve\b|\bNew Year's Eve\b|(?<=\bon )Valentine['’]s Day(?: \d{4})?"
    r"|\b(?i:the (?:previous|next|following) (?:day|morning|evening|night))\b"  # counted from the day told before
    r"|\b(?i:last night|yesterday)\b"  # "at Mpeketoni on mainland Lamu last night", which the parser may not tag
    # "This is coming barely a week after the insurgents abducted three young women"
    r"|(?:(?<=\bcomes )|(?<=\bcame )|(?<=\bcoming ))(?:barely |just |only )?(?:a|one|two|three) (?:day|week|month)s?"
    r"(?= after\b)"
)
_NTH_AFTER = re.compile(r",? the \d{1,2}(?:st|nd|rd|th)\b")
_DAY_AFTER = re.compile(r" \d{1,2}(?:st|nd|rd|th)?\b(?:,? (?:19|20)\d\d\b)?(?![\d:.,]\d)")
# "just months after a March attack on the ... Museum", which the parser tags whole: the act's month
_ACT_MONTH = re.compile(rf"(?<=\b[Aa] )(?:{_MONTHS})(?= (?:attack|raid|massacre|bombing|assault|ambush|strike)\b)")


def tagged_days(sent) -> list[tuple[int, int]]:
    """The spans the parser tags as dates or times in a sentence (a spaCy span), and holidays it tags as events or
    places ("Bastille Day")."""
    spans = [(e.start_char, e.end_char) for e in sent.ents if e.label_ in ("DATE", "TIME")]
    for match in _HOLIDAY_TOLD.finditer(sent.text):  # (tagged as an event, a place, in part or not at all)
        start, end = sent.start_char + match.start(), sent.start_char + match.end()
        touching = [(s, e) for s, e in spans if s < end and start < e]  # "Valentine’s Day 2020" tagged as "2020"
        spans = [span for span in spans if span not in touching]
        spans.append((min([start] + [s for s, _ in touching]), max([end] + [e for _, e in touching])))
    for match in _UNTAGGED_TODAY.finditer(sent.text):  # "Today's attack comes two weeks after ...", untagged
        start, end = sent.start_char + match.start(), sent.start_char + match.end()
        if not any(s < end and start < e for s, e in spans):
            spans.append((start, end))
    for match in _UNTAGGED_WEEKDAY.finditer(sent.text):  # "took over Peshawar Saturday" tagged as one name
        start, end = sent.start_char + match.start(), sent.start_char + match.end()
        if not any(s < end and start < e for s, e in spans):
            spans.append((start, end))
    return sorted(spans)


# a weekday the parser ran into a name, but not a newspaper's or an event's name ("the Sunday Times", "Bloody Sunday")
_UNTAGGED_WEEKDAY = re.compile(
    r"(?<=[a-z] )(?<!Bloody )(?<!Black )(?<!Good )(?<!Easter )(?<!Palm )(?<!Holy )(?<!Super )"
    r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b(?!\s+(?-i:[A-Z]))"
)
_UNTAGGED_TODAY = re.compile(r"^\W*Today(?=['’]s (?:\w+ )?(?:attack|raid|ambush|massacre|bombing|blast|killings?)\b)")
_HOLIDAY_TOLD = re.compile(rf"(?:{HOLIDAY_NAME.pattern})(?:,? (?:19|20)\d\d\b)?", re.I)


def day_spans(tagged: list[tuple[int, int]], sentence: str, offset: int, text: str) -> list[tuple[int, int]]:
    """The spans of a sentence's days in ``text``: the parser's ``tagged`` dates (years joined), with a month named
    with its act in place of the phrase tagged around it, and the days the parser did not tag."""
    spans = year_joined(tagged, text)
    spans = [  # "The Saturday October 24 massacre", the parser tagging "October" alone: the day goes with it
        (s, m.end()) if re.search(rf"(?:{_MONTHS})$", text[s:e]) and (m := _DAY_AFTER.match(text, e)) else (s, e)
        for s, e in spans
    ]
    spans = [  # "on Sunday, the 22nd", the parser tagging "Sunday" alone: the day of the month goes with it
        (s, m.end()) if re.fullmatch(rf"(?i:{_WEEKDAY_RE})", text[s:e]) and (m := _NTH_AFTER.match(text, e)) else (s, e)
        for s, e in spans
    ]
    months = [(offset + m.start(), offset + m.end()) for m in _ACT_MONTH.finditer(sentence)]
    spans = [s for s in spans if not any(s[0] <= m < s[1] for m, _ in months)] + months
    return spans + [  # "On 21 April", "19 Jan" that the parser did not tag
        (offset + m.start(), offset + m.end())
        for m in _DAY_MONTH.finditer(sentence)
        if not any(s <= offset + m.start() < e for s, e in spans)
    ]


_ANCHORED = re.compile(
    r"\b(?:the )?(previous|next|following) (?:day|morning|afternoon|evening|night)\b|\bthe day (before|after)\b"
    # "returned two days later and slaughtered", "Just a day earlier, a roadside bomb struck"
    # "In memory of the children killed one week earlier", after "It's Saturday, 31 October."
    r"|\b(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (days?|weeks?) (later|earlier|before|prior)\b",
    re.I,
)
_ACT_AFTER = re.compile(
    r"\s+(?:the|this|that)\s+(?:[\w-]+\s+)?(?:massacre|attack|killings?|bombing|raid|assault)\b", re.I
)
_TOLD_DAY = re.compile(
    rf"\b(?:{_MONTH_RE}) \d{{1,2}}\b(?:,? (?:19|20)\d\d\b)?|\b\d{{1,2}} (?:{_MONTH_RE})\b(?:,? (?:19|20)\d\d\b)?", re.I
)  # (with its year where one is written: "On 18 March 2015")
# "attacked a post on Thursday evening ... returned two days later": a weekday told of an act (not of a statement)
_TOLD_WEEKDAY = re.compile(rf"(?<!said )(?<!told )(?<!reported )(?<!announced )\bon (?:{_WEEKDAY_RE})\b", re.I)


_SAID_WEEKDAY = re.compile(rf"(?:(?<=said )|(?<=told )|(?<=said on )|(?<=told on ))(?:{_WEEKDAY_RE})\b", re.I)
# "In a statement sent to Al Jazeera on June 16, Shabaab said": the day someone spoke, not an act's
_SPOKEN = re.compile(r"\b(?:statement|said|says|told|announced|reported|released|published|interview)\b[^.;]{0,50}$")


def anchored_day(text: str, start: int, end: int, sentence_start: int, published: date | None) -> DateValue | None:
    """ "On Sunday, August 25, a video circulated. The previous morning, gunmen ...": the day of the date
    phrase ``text[start:end]`` counted from the day told just before its sentence, not from publication;
    ``None`` when no day was told just before."""
    m = _ANCHORED.search(text[start : end + 9])  # "just two days" then "prior"
    # (the day told earlier in the same sentence for "the day before": "on 18 September following the group's attack
    # the day before")
    before = text[max(0, sentence_start - 800) : start if m and m[2] else sentence_start]
    told = [d for d in _TOLD_DAY.finditer(before) if not _SPOKEN.search(before, max(0, d.start() - 60), d.start())]
    told = told if m else []
    if m and m[5]:  # "two days later" may count from a weekday told before
        told = sorted(told + list(_TOLD_WEEKDAY.finditer(before)), key=lambda found: found.start())
    if m and m[5]:  # "officials said Sunday that ... a day earlier": from the day they spoke, in the same sentence
        told = list(_SAID_WEEKDAY.finditer(text, sentence_start, start)) or told
    if not told:
        return None
    value = resolve(told[-1].group(0), published)
    if value.precision != "day":
        return None
    shift = -1 if (m[1] or m[2] or "").lower() in ("previous", "before") else 1
    if m[2] and re.search(r",\s*$", text[:start]) and _ACT_AFTER.match(text, start + m.end()):
        shift = -shift  # "A protest on October 25, 2020, the day after the massacre": the massacre came the day before
    if m[5]:  # "two days later": counted from the day told before
        shift = 1 if m[3].lower() in ("a", "one") else (_SMALL.get(m[3].lower()) or int(m[3]))
        shift *= 7 if m[4].lower().startswith("week") else 1
        shift = shift if m[5].lower() == "later" else -shift
    day = date.fromisoformat(value.start) + timedelta(days=shift)
    if m[4] and m[4].lower().startswith("week"):  # "a week earlier": that week, no closer
        return _week(day - timedelta(days=day.weekday()))
    return _day(day)


_FULL_DATE = re.compile(
    rf"\b(?:{_MONTH_RE})\.?,? \d{{1,2}}(?:st|nd|rd|th)?,? (?:19|20)\d\d\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)? (?:of )?(?:{_MONTH_RE})\.?,? (?:19|20)\d\d\b",
    re.I,
)


_NEW_YEARS_HOURS = re.compile(
    r"\b(?:early|first) hours of (?:19|20)\d\d\b|\b(?:19|20)\d\d (?:in \w+ )?was (?:just |only )?\d+ minutes old\b"
    r"|\b\d+ minutes into (?:19|20)\d\d\b"
)
# a sentence that opens on a year, just before: "In 2015, Turkey suffered two major bombing attacks."
# (and the months told after it: "In July, 33 people were killed ... In October, two suicide bombers ...")
_YEAR_FRAME = re.compile(
    rf"(?:^|[.!?]\s*)In ((?:19|20)\d\d), [^.;]{{0,120}}\.(?:\s*In (?:{lx.MONTHS})\b[^.;]{{0,200}}\.)*\s*$"
)


def in_story_year(text: str, start: int, end: int, sentence_start: int, value: DateValue) -> DateValue | None:
    """ "On September 1, 2004, ... took over the school." then "By September 3 it was over": a day written
    without its year, within a month after a full date told just before, is in that date's year; a month written
    without its year just after a sentence that opens on a year ("In 2015, ...") is in that year."""
    if value.precision == "year" and value.start and _NEW_YEARS_HOURS.search(text, max(0, start - 40), end + 45):
        return _day(date(int(value.start[:4]), 1, 1))  # "in the early hours of 2017", "when 2017 was 75 minutes old"
    if re.search(r"\b(?:19|20)\d\d\b", text[start:end]):
        return None
    if value.precision == "month":  # "In 2015, Turkey suffered two major bombing attacks. In July, 33 people ..."
        frame = _YEAR_FRAME.search(text, max(0, sentence_start - 600), sentence_start)
        year = int(frame.group(1)) if frame else None
        return _month(year, int(value.start[5:7])) if year and value.start and int(value.start[:4]) != year else None
    if value.precision != "day":
        return None
    told = [  # (not a benchmark's: "the deadliest since the Bijapur ambush in which 22 were killed on April 3, 2021")
        d
        for d in _FULL_DATE.finditer(text, max(0, sentence_start - 600), sentence_start)
        if not re.search(r"\bsince (?:the|a|an)\b[^.;]{0,80}$", text[max(0, d.start() - 90) : d.start()])
        and not caption_at(text, text.rfind("\n", 0, d.start()) + 1)  # (nor a photo's: "... on December 26, 2010.")
    ]
    told_value = resolve(told[-1].group(0), None) if told else None
    if told_value is None or told_value.precision != "day" or told_value.start[:4] == (value.start or "")[:4]:
        return None
    told_day, day = date.fromisoformat(told_value.start), date.fromisoformat(value.start)
    weekday = re.search(rf"\b(?:{_WEEKDAY_RE})\b", text[start:end], re.I)
    if weekday and re.search(rf"\b(?:{_WEEKDAY_RE})\b", text[: told[-1].start()], re.I):
        return None  # "Thursday's terror attack ...", then an older act's date: a weekday of the news, not the story
    if weekday:  # "11pm Monday" in a story told years on: that week's Monday
        wanted = _WEEKDAYS[weekday.group(0).lower()]
        return _day(told_day + timedelta(days=(wanted - told_day.weekday()) % 7))
    moved = _safe(lambda: day.replace(year=told_day.year))
    return _day(moved) if moved is not None and 0 <= (moved - told_day).days <= 31 else None


def night_of(lead: str, value: DateValue) -> DateValue:
    """A night told across two days ("On the night of 5–6 May 2014", "the night of 18 to 19 June") is the act of the
    first day; any other value is kept."""
    if value.precision != "week" or not value.start or not value.end or not re.search(r"\bnight of\b", lead, re.I):
        return value
    start, end = date.fromisoformat(value.start), date.fromisoformat(value.end)
    return _day(start) if (end - start).days == 1 else value


_DAYS_LATER = re.compile(r"\b(?:a few|two|three|several|\d) days later\b", re.I)

_AFTERMATH = frozenset(
    "search comb clear reopen bury mourn evacuate identify visit arrest rebuild return release free rescue"
    " protest demonstrate rally march refuse block vow pledge promise condemn".split()
)

_ACT_NOUNS = frozenset(
    "murder massacre attack killing killings bombing raid assault shooting abduction kidnapping".split()
)


def aftermath_day(doc, sentence: str, start_char: int, end_char: int) -> bool:
    """Whether a date tells when the act's aftermath happened, the act itself told in a clause of its
    own ("experts searched on Thursday the site of the attack that killed 21", "Kenya on Wednesday
    was reopening the hotel complex that al-Shabab attacked in January")."""
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    if span is None:
        return False
    if span.root.dep_ in ("compound", "nmod", "poss") and span.root.head.lemma_.lower() in _ACT_NOUNS:
        return False  # "over the 24 October murder of seven schoolchildren", "who carried out Monday's deadly attack"
    verb = next((t for t in [span.root, *span.root.ancestors] if t.pos_ in ("VERB", "AUX")), None)
    ancestors = list(span.root.ancestors)  # the act told in a clause of its own, before the day or after it
    own = set(span.root.subtree)  # (not "on January 24, which the army confirmed": a clause about the day told)
    return (
        verb is not None
        and verb.lemma_.lower() in _AFTERMATH
        and any(
            t.dep_ in ("relcl", "acl") and not _means_of(t) for t in verb.subtree if t not in ancestors and t not in own
        )
        # "In December last year, hundreds of schoolboys who were kidnapped ..., and released a few days later"
        and not (verb.lemma_.lower() in ("release", "free") and _DAYS_LATER.search(sentence))
    )


def _means_of(clause) -> bool:
    """Whether a clause tells of the act by which the verb's deed was done ("freed four hostages in an overnight raid
    that cost the lives of two soldiers"): the raid's day is the deed's, no aftermath."""
    noun = clause.head
    # (and "returned ... on Sunday night, launching a fresh assault that claimed the lives of four": the act itself)
    return noun.lemma_.lower() in _ACT_NOUNS | {"operation"} and (
        noun.head.lower_ in ("in", "during") or noun.head.lemma_.lower() in ("launch", "stage", "mount")
    )


def taken_when(doc, start_char: int, end_char: int) -> bool:
    """Whether a date tells when the victims were taken, in a clause about them ("executed one of the
    workers abducted in July"): the taking's day, not the act's."""
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    if span is None:
        return False
    for taking in span.root.ancestors:
        if taking.dep_ in ("acl", "relcl") and taking.lemma_.lower() in lx.TAKING_LEMMAS:
            verb = next((t for t in taking.head.ancestors if t.pos_ == "VERB"), None)
            return verb is not None and verb.lemma_.lower() in lx.VIOLENT_LEMMAS
    return False


def about_someone(doc, start_char: int, end_char: int) -> bool:
    """Whether a date span lies in a relative clause about people ("who seized the town last week")
    told with a perfect tense, whose date is when the toll began, not an act's."""
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    if span is None:
        return False
    for token in span.root.ancestors:
        if token.dep_ == "relcl":  # "fighters who seized Palmyra last week have killed 217": a running toll
            verb = token.head.head
            perfect = any(c.dep_ == "aux" and c.lower_ in ("have", "has") for c in verb.children)
            perfect = perfect and not any(c.dep_ == "auxpass" for c in verb.children)  # not "... has been identified"
            return perfect and any(t.lower_ in ("who", "whom") and t.i < token.i for t in token.lefts)
    return False
