"""The words that make a sentence's figure a running total ("since", "a total of", "in 2017"), weighed against the
wording that ties the figure to one act instead ("A total of 287 students were kidnapped on Thursday")."""

from __future__ import annotations

import re

from marsad.extract import figures, one_act_words
from marsad.extract import lexicon as lx
from marsad.extract.sentence import SentenceContext


def running_marker(
    text: str, context: SentenceContext, counts: list, few: bool, sentence_start: int
) -> re.Match[str] | None:
    """The first marker of a running total in ``text`` (:data:`lexicon.AGGREGATE`) that counts the sentence's own
    figure, or ``None`` where every marker is one act's ("murdered 130 students at a school in 2014")."""
    marked = lx.AGGREGATE.search(text)
    if marked and re.search(r"\b(?:abducted|kidnapped|captured|seized|held)\s+$", text[: marked.start()], re.I):
        return None  # "two aid workers abducted since August": when they were taken, not a running total
    if marked and _NOT_VERIFIED.search(text, 0, marked.end()) and not lx.AGGREGATE.search(text, marked.end()):
        return None  # "the strikes killed 40 to 50 militants, but the number could not be independently verified"
    if marked and marked.group(0).lower() in ("documented", "verified") and few and figures.at_one_place(context):
        return None  # "documented the recruitment of two child soldiers in Zalingi city": one act
    if (
        marked
        and re.match(r"a total of|the number of", marked.group(0), re.I)
        and (figures.one_day_act(context) or one_act_words.ONE_EVENT.search(text))
    ):
        return None  # "A total of 287 students were kidnapped on Thursday when bandits attacked": one act
    days = {d[0].start for d in context.dates() if d[0].precision == "day"} if marked else set()
    if marked and re.match(r"various|several|multiple", marked.group(0), re.I) and len(days) == 1:
        return None  # "At least 30 dead ... in various terrorist attacks in Brussels (22 March)": one day's assault
    if marked and figures.one_scene_in_a_year(text, [m.group(0) for m in lx.AGGREGATE.finditer(text)]):
        return None  # "murdered 130 students at a school in 2014": one act
    if marked and marked.group(0).lower() == "so far" and (figures.WITNESSED.search(text) or _THIS_ACT.search(text)):
        return None  # "So far, 25 bodies have been recovered from the school": the remains of one act (or "... has
        # been verified in this subversive and anti-security action")
    if marked and figures.total_of_others(marked, counts, sentence_start):
        # "56 wounded; a total of 176 hostages were released": another count's total (or "a total of 63 militant
        # attacks, resulting in 83 fatalities": a tally of acts, then the figure's own marker)
        return lx.AGGREGATE.search(text, marked.end())
    return marked


_FACILITIES = ("schools", "hospitals", "clinics", "health")
_THIS_ACT = re.compile(r"\bin this (?:[\w-]+ ){0,4}(?:action|attack|incident|assault|bombing)\b", re.I)


def vague_acts(unit: tuple) -> bool:
    """A count of acts too vague to be a figure: "several major bombings over the past year" (a ``(count, unit)``
    pair; schools and hospitals stay counted)."""
    count = unit[0].count
    return count.best is None and (count.high or 0) < 10 and not unit[1].startswith(_FACILITIES)


_NOT_VERIFIED = re.compile(
    r"\b(?:could not|cannot|can not|couldn['’]t|can['’]t|was not|were not|has not|have not|had not)(?: yet)?"
    r" (?:be |been )?(?:independently )?verified$",
    re.I,
)
