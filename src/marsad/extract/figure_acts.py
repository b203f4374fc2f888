"""Which act each figure of a sentence counts, when one sentence states several ("11,967 children killed
or maimed, followed by 7,906 incidents of denial of humanitarian access, and 7,402 children recruited")."""

from __future__ import annotations

import re

from marsad.extract import cues, figures
from marsad.extract import lexicon as lx
from marsad.extract.allot import trigger_span
from marsad.extract.counts import CountMention
from marsad.extract.doctext import text_of


def _distance(count: CountMention, trigger_at: int, text: str) -> int:
    """How far a trigger word is from a count; none when it follows the count's noun ("8,000 children recruited"),
    unless it opens the next clause ("1,200 people and kidnapped 1,400")."""
    after = 0 <= trigger_at - count.end <= 25 and not re.search(r"\band\b", text[count.end : trigger_at])
    return 0 if after else abs(count.start - trigger_at)


# "Five years after Islamic State (IS) killed thousands of Yazidis": an earlier act that dates the one told
_TIME_CLAUSE = re.compile(r"\b(?:after|before|since|when)\b[^,.;]{0,40}$", re.I)


def _in_time_clause(sent, event_type: str, at: int, count_at: int) -> bool:
    """Whether the figure's own verb (of ``event_type``) opens a clause of time, set off by a comma from the
    stronger act's word at ``at``: "teams have begun exhuming mass graves ..., five years after IS killed thousands"."""
    verb_at = sent.start_char + trigger_span(sent, event_type)[0]
    text = text_of(sent.doc)
    return (
        bool(_TIME_CLAUSE.search(text[sent.start_char : verb_at]))
        and "," in text[min(at, count_at) : max(at, count_at)]
    )


_KILLED_OR_MAIMED = re.compile(r"\bkill(?:ing|ed) (?:\([\d,]+\) )?(?:and|or) maim(?:ing|ed)\b", re.I)


def figure_groups(sent, named: list[str], counts: list[tuple[CountMention, str]]) -> list[list]:
    """Figures for different acts in one sentence, each count with the act named nearest to it,
    when clauses separate them ("652 children killed, and executions accounted for 1,000 deaths")."""
    if len(named) < 2 or len(counts) < 2 or not figures.CLAUSES.search(sent.text):
        return [counts]
    starts = {t: sent.start_char + trigger_span(sent, t)[0] for t in named}
    groups: dict[str, list] = {}
    for count in counts:
        told_before = [t for t in named if starts[t] < count[0].start]
        listed = text_of(sent.doc)[count[0].start - 1 : count[0].start] == "(" and told_before  # "abductions (4,573)"
        right_after = [  # "8,000 children recruited" (not "1,200 people and kidnapped 1,400": the next clause's)
            t
            for t in named
            if 0 <= starts[t] - count[0].end <= 25
            and not re.search(r"\band\b", text_of(sent.doc)[count[0].end : starts[t]])
        ]
        near = told_before if listed else right_after or named
        nearest = min(near, key=lambda t: abs(count[0].start - starts[t]))
        groups.setdefault(nearest, []).append(count)
    return list(groups.values())


_BOMBS_KILLED = re.compile(
    r"\b(?:bomb(?:ing)?s?|bomb attacks|explosions|blasts|suicide attacks)\s+(?:have |has |had )?(?:also )?killed\b"
    # "15 other air strikes on the civilian population ... that led to the death of dozens of people"
    r"|\b(?:air|drone) ?strikes\b[^.;]{0,140}\b(?:that|which) (?:have |had )?(?:led to|caused) the deaths? of\b",
    re.I,
)


def _parts_in_brackets(count: CountMention, counts: list, text: str) -> bool:
    """Whether a count opens brackets just after another figure, listing its parts ("237 children were reportedly
    killed (179 boys and 58 girls)")."""
    opened = text.rfind("(", max(0, count.start - 40), count.start)
    if opened < 0 or ")" in text[opened : count.start]:
        return False
    return any(0 < opened - other.end <= 40 and ")" not in text[other.end : opened] for other, _ in counts)


_PART_OF = re.compile(r"\b(?:including|among them|of (?:whom|them))\s+$", re.I)


def _part_of_whole(count: tuple[CountMention, str], text: str) -> bool:
    return count[1] in ("children", "women", "men", "civilians") and bool(_PART_OF.search(text, 0, count[0].start))


_FIGHTING_BETWEEN = re.compile(r"\b(?:clashes|fighting|battles)\b[^.;]{0,20}\bbetween\b", re.I)


_LISTED_TYPES = {
    "killed": "killing",
    "murdered": "killing",
    "abducted": "abduction",
    "kidnapped": "abduction",
    "raped": "sexual_violence",
}
_ACTS_LISTED = re.compile(
    r"\s+(?:of\s+)?(?:[\w-]+\s+){0,2}?(?P<verb>killed|murdered|abducted|kidnapped|raped)\s*,\s*(?:\w+\s*,\s*)*\w+,?"
    r"\s+(?:and|or)\s+\w+",
    re.IGNORECASE,
)


def figure_act(sent, types: list[str], named: list[str], counts: list[tuple[CountMention, str]]) -> tuple[str, list]:
    """The act a figure counts and the figure itself: the count and trigger word closest together,
    the stronger reading first ("abducted 1,200 children to fill its ranks" counts recruitment).
    Civilians killed during a battle are killings; children counted as bombers are the use of
    children, a recruitment figure."""
    text = text_of(sent.doc)
    if "killing" in types + named and lx.WAR_TOLL.search(
        text, max(sent.start_char, counts[0][0].start - 60), counts[0][0].start
    ):
        return "killing", counts  # "a 5-year-old war that has killed more than 250,000 people"
    asides = [t for t in types if figures.ASIDE.search(sent.text[: trigger_span(sent, t)[0]])]
    types = [t for t in types if t not in asides] or named  # "..., many of whom were forced into slavery"

    def pairs(kinds: list[str]) -> list[tuple[int, int, str]]:
        found = [  # a trigger just after the count's noun names its act: "8,000 children recruited"
            (
                _distance(count, sent.start_char + trigger_span(sent, t)[0], text_of(sent.doc)),
                index,
                t,
                sent.start_char + trigger_span(sent, t)[0] < count.start,
            )
            for index, (count, _) in enumerate(counts)
            for t in kinds
        ]
        # a part of a count told before is not the figure: "at least 893 individuals, including 25 children, were ..."
        # (not "4,277 grave violations ..., including 1,080 cases of recruitment": the act's own figure)
        found = [p for p in found if not (p[1] and _part_of_whole(counts[p[1]], text_of(sent.doc)))] or found
        # a count in brackets counts the act named before it: "abductions (4,573)"
        listed = [p for p in found if p[3] or text_of(sent.doc)[counts[p[1]][0].start - 1] != "("]
        # unless it lists a figure's parts: "At least 237 children were reportedly killed (179 boys and 58 girls)"
        whole = [p for p in listed if not _parts_in_brackets(counts[p[1]][0], counts, text_of(sent.doc))]
        return [p[:3] for p in whole or listed or found]

    distance, index, event_type = min(pairs(types))
    hidden = min(pairs([t for t in named if t not in types]), default=None)
    at, count_at = sent.start_char + trigger_span(sent, event_type)[0], counts[index][0].start
    later = at > count_at
    # "has recruited children, and ... they had captured as many as 500 children": the figure's own verb
    apart = figures.CLAUSES.search(text_of(sent.doc)[min(at, count_at) : max(at, count_at)])
    if hidden and (later or apart) and distance > 80 and hidden[0] <= 30:  # "900 cases of rape ..., recruitments"
        _, index, event_type = hidden
    elif hidden and hidden[0] <= 12 and distance > 40 and _in_time_clause(sent, hidden[2], at, count_at):
        # "five years after IS killed thousands of Yazidis, teams have begun exhuming mass graves": the figure's verb
        _, index, event_type = hidden
    main = min(c[0].start for c in counts) - sent.start_char  # the group's first figure
    if "killing" in named and _KILLED_OR_MAIMED.search(sent.text[max(0, main - 60) : main + 80]):
        event_type = (
            "killing"  # "The killing (180) and maiming (363) of 543 children ... air strikes": the UN's violation
        )
    listed = _ACTS_LISTED.match(text_of(sent.doc), counts[index][0].end)
    if listed and _LISTED_TYPES[listed.group("verb").lower()] in named:  # "people killed, raped and abducted"
        event_type = _LISTED_TYPES[listed.group("verb").lower()]  # one figure of acts listed: the first named
    ordered = [counts[index]] + counts[:index] + counts[index + 1 :]
    category = ordered[0][1]
    if event_type == "armed_clash" and "killing" in named and category in ("civilians", "children"):
        event_type = "killing"
    if event_type == "killing" and category in cues.COMBATANTS:
        event_type = "armed_clash"  # "have killed hundreds of police and soldiers": soldiers killed in the fighting
    if event_type == "killing" and "armed_clash" in named and category not in ("civilians", "children"):
        # "More than 80 people have been killed ... after intense clashes between the ELN and dissident factions"
        event_type = "armed_clash" if _FIGHTING_BETWEEN.search(sent.text) else event_type
    if event_type == "killing" and "bombing" in named and _BOMBS_KILLED.search(sent.text):
        event_type = "bombing"  # "these bomb attacks have killed more than 800 civilians": the dead of bombings
    if event_type == "bombing" and category == "children" and cues.CHILD_BOMBERS.search(sent.text):
        event_type = "child_recruitment"
    return event_type, ordered


def acts_of_the_dead(unit: tuple, text: str) -> bool:
    """Whether a figure's unit (a count and its noun) counts the attacks told beside the dead, or the "three separate
    incidents" they died in: no unit of the figure then, the dead are its count."""
    told = unit[1] == "attacks" or text.startswith(" separate incidents", unit[0].end)
    return told and unit[0].count.best is not None
