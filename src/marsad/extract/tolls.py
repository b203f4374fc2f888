"""Counts of one toll added up or put in order: "Twelve soldiers and at least 20 militants were killed", "killing
nine of them, and gunmen shot dead two more", "killing Nel and at least six others", the precise count before
"dozens", and the parts in brackets after a total left out."""

from __future__ import annotations

import re

from marsad.extract.counts import Count, CountMention, number_value

COMBATANTS = ("soldiers", "fighters", "police")
_KILLED_BETWEEN = re.compile(r"\b(?:killing|killed|shot dead|shooting dead|shot|beheaded|slaughtered)\b", re.I)


_JOINED = re.compile(
    r"^,?\s+(?:(?!(?:killed|recruited|abducted|kidnapped|executed|raped|injured|wounded|missing|captured)\b)[\w'-]+,?\s+){0,3}"
    r"(?:of (?:the )?(?:[\w.'-]+\s+){1,3})?"  # "seven members of the security forces and five"
    r"(?:(?:under|below|over|aged) (?:the age of )?\d+\s+)?"  # "32 children under the age of 10 and over 60 adults"
    r"(?:and|as well as)\s+(?:their\s+|his\s+|her\s+|the\s+)?[\"“]?$"
)


_FIGHT = re.compile(r"\b(?:firefight|gunfight|gun ?battle|clash(?:es)?|battle|fighting|exchange of fire)\b", re.I)
_THE_ATTACKERS = re.compile(r"\s+(?:of the )?(?:attackers|assailants|gunmen|suicide bombers|bombers)\b", re.I)


def summed(a: Count, b: Count) -> Count:
    """Two counts of one toll added up: exact when both are, else "at least" the sum of their lows."""
    low = (a.low if a.low is not None else a.best or 0) + (b.low if b.low is not None else b.best or 0)
    exact = a.qualifier == b.qualifier == "exact"
    return Count(low, low, a.high + b.high if exact else None, "exact" if exact else "at_least")


def join_sums(text: str, offset: int, found: list[tuple[CountMention, str]]) -> None:
    """'Twelve soldiers and at least 20 militants were killed': the victims are the sum, put first."""
    if len(found) < 2:
        return
    (first, cat_a), (second, cat_b) = found[0], found[1]
    if not _JOINED.match(text[first.end - offset : second.start - offset]):
        return
    if _THE_ATTACKERS.match(text, second.end - offset) and not _FIGHT.search(text):
        return  # "at least eight soldiers and several attackers dead": the attackers' end is no part of the toll
    total = summed(first.count, second.count)
    larger = (second.count.best or second.count.low or 0) > (first.count.best or first.count.low or 0)
    found.insert(
        0,
        (
            CountMention(first.start, second.end, text[first.start - offset : second.end - offset], total),
            cat_b if larger else cat_a,  # "53 gendarmes and four civilians", "five soldiers and 58 civilians"
        ),
    )


_KILLING_THEN = re.compile(r"\b(?:killing|killed)\s+(?:(?:themselves|himself|herself),?\s+)?$", re.I)


def killed_pair_sums(text: str, offset: int, found: list[tuple[CountMention, str]]) -> None:
    """ "two women detonate their devices, killing themselves, two babies, and four others": the two counts that
    follow the killing are one toll, their sum, put first (the bombers themselves are not counted)."""
    for (first, category), (second, _) in zip(found, found[1:], strict=False):
        if _KILLING_THEN.search(text[: first.start - offset]) and re.fullmatch(
            r"(?:\s+[\w'-]+){0,3},?\s+and\s+", text[first.end - offset : second.start - offset]
        ):
            if re.match(r"\s+of\b", text[second.end - offset :]):
                return  # "killing 12 people and five of them": a part
            total = summed(first.count, second.count)
            whole = CountMention(first.start, second.end, text[first.start - offset : second.end - offset], total)
            found.insert(0, (whole, category))
            return


_BOMBERS_AMONG = re.compile(
    r"\s*(?:people)?\s*(?:dead|killed|deaths)?,?\s*(?:including|among them) (?:the |all )?(?P<n>[\w-]+) "
    r"(?:[\w-]+ ){0,2}(?:suicide )?(?:bombers|attackers|assailants|gunmen)\b",
    re.I,
)


def bombers_taken_out(text: str, offset: int, found: list[tuple[CountMention, str]]) -> None:
    """ "nine dead including the three female suicide bombers": the attackers are not victims, so the toll is six."""
    if not found or found[0][0].count.best is None:
        return
    first, category = found[0]
    among = _BOMBERS_AMONG.match(text, first.end - offset)
    bombers = among and number_value(among["n"])
    if bombers and bombers < first.count.best:
        low = first.count.low - bombers if first.count.low is not None else None
        high = first.count.high - bombers if first.count.high is not None else None
        less = Count(low, first.count.best - bombers, high, first.count.qualifier)
        found[0] = (CountMention(first.start, among.end() + offset, first.text, less), category)


_IN_WHICH = re.compile(r"\b(?:attack|raid|massacre|assault|ambush)\b[^.;]{0,80}\bin which\s+(?:at least\s+)?$", re.I)


def attack_total_first(text: str, offset: int, found: list[tuple[CountMention, str]]) -> None:
    """ "the killing of three women and 10 children in a mid-February attack ... in which 21 people were killed": the
    attack's whole toll, told after a part of it, comes first."""
    if len(found) < 2:
        return
    whole = next((f for f in found[1:] if _IN_WHICH.search(text[: f[0].start - offset])), None)
    if whole and (whole[0].count.best or whole[0].count.low or 0) > (
        found[0][0].count.best or found[0][0].count.low or 0
    ):
        found.remove(whole)
        found.insert(0, whole)


_LISTED = re.compile(r"^\s+(?![^,]*\b(?:killed|injured|wounded|died)\b)[\w'’ -]{1,60}?(?:,\s+(?:and\s+)?|\s+and\s+)$")
_LIST_DIED = re.compile(r"^\s+(?:[\w'’-]+\s+){1,4}?(?:were|have been|had been) killed\b")


def list_sums(text: str, offset: int, found: list[tuple[CountMention, str]]) -> None:
    """ "374 IS members, 77 prison employees, 40 members of the security forces, and four civilians were killed":
    the victims of a list of three or more counts are their sum, put first."""
    if len(found) < 3:
        return
    listed = [found[0]]
    for mention, category in found[1:]:
        if not _LISTED.match(text[listed[-1][0].end - offset : mention.start - offset]):
            break
        listed.append((mention, category))
    if len(listed) < 3 or not _LIST_DIED.match(text[listed[-1][0].end - offset :]):
        return
    total = listed[0][0].count
    for mention, _ in listed[1:]:
        total = summed(total, mention.count)
    first, last = listed[0][0], listed[-1][0]
    whole = CountMention(first.start, last.end, text[first.start - offset : last.end - offset], total)
    found.insert(0, (whole, "people"))


MORE_AFTER = re.compile(r"\s+more\b(?!\s+than)")


def more_added(text: str, offset: int, found: list[tuple[CountMention, str]]) -> None:
    """ "killing nine of them, and gunmen shot dead two more": one toll, the sum, put first."""
    if len(found) < 2 or found[0][1] in COMBATANTS:
        return
    (first, category), later = found[0], found[1:]
    more = next((c for c, _ in later if MORE_AFTER.match(text, c.end - offset) and c.start > first.end), None)
    if more is None or not _KILLED_BETWEEN.search(text, first.end - offset, more.start - offset):
        return  # "killed at least 60 miners, ... adding that dozens more were missing": not more dead
    total = summed(first.count, more.count)
    found.insert(
        0, (CountMention(first.start, more.end, text[first.start - offset : more.end - offset], total), category)
    )


_ORDINALS = dict(
    zip(
        "second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth".split(),
        range(2, 15),
        strict=True,
    )
)
_NEXT_ONE = re.compile(
    r"\band (?:then )?(?:shot|shooting|shoots|killed|killing) (?:dead )?(?:an?|the) "
    r"(?:(\d+)(?:st|nd|rd|th)|(\w+th|second|third))\b(?: (?:man|captive|hostage|prisoner|one))?(?: dead)?",
    re.I,
)


def next_one_shot(text: str, found: list[tuple[CountMention, str]]) -> None:
    """ "beheading ten Christian men and shooting an eleventh dead": one more than the count told, put first; "round
    up five men and shoot one of them": the share shot."""
    if not found or found[0][0].count.best is None:
        return
    nth = _NEXT_ONE.search(text)
    value = nth and (int(nth[1]) if nth[1] else _ORDINALS.get(nth[2].lower()))
    first, category = found[0]
    if value and value == first.count.best + 1:
        more = Count(value, value, value if first.count.qualifier == "exact" else None, first.count.qualifier)
        found.insert(0, (CountMention(first.start, first.end, first.text, more), category))
    share = _SHARE_SHOT.search(text)
    value = share and number_value(share[1])
    if value and value < first.count.best:  # "round up five men and shoot one of them": the one shot
        found.insert(
            0, (CountMention(first.start, first.end, first.text, Count(value, value, value, "exact")), category)
        )


_SHARE_SHOT = re.compile(
    r"\band (?:then )?(?:shot|shoot|shooting|killed|kill|killing|executed|execute|executing) (one|two|three|four|\d+)"
    r" of them\b",
    re.I,
)


def adds_one_more(count, counted: list) -> bool:
    """ "Beheaded 10 Christian men", then "beheaded the ten ... and shot the eleventh dead": the second telling adds
    the one shot to the same figure."""
    told = counted[0][0].count.best if counted else None
    return told is not None and count.count.best == told + 1 and number_value(count.text) == told


def precise_count(counted: list, others: list[list]) -> list:
    """ "more than 300 people were gunned down" then "At least 305 people were killed": the round figure
    gives way to the precise one it rounds (within a twentieth above it); so does "nearly 100 Muslims", then
    "They killed 97 people" (within a tenth below it)."""
    if not counted:
        return counted
    count = counted[0][0].count
    if count.low is None and count.qualifier == "about" and count.best and not count.best % 10:
        near = count.best
        return next(
            (c for c in others if (n := c[0][0].count.best or c[0][0].count.low) and n % 10 and near * 0.9 <= n < near),
            counted,
        )
    if (low := count.low) is None or low % 10:
        return counted
    return next(
        (c for c in others if (n := c[0][0].count.low) is not None and n % 10 and low < n <= low * 1.05), counted
    )


def one_of(mention, group: list) -> bool:
    """ "Lone attacker gunned down one guard" beside "At least 57 worshippers lost their lives": the one is part of
    the larger toll the group tells, not the act's count."""
    if mention.type != "bombing" or mention.counts[0][0].count.best != 1:
        return False  # (an execution of one told beside other figures counts its one)
    return any(max(c.count.best or 0, c.count.low or 0) > 1 for m in group for c, _ in m.counts)


def plus_one(count: Count) -> Count:
    """The count with one more victim in each of its bounds."""
    return Count(*(None if v is None else v + 1 for v in (count.low, count.best, count.high)), count.qualifier)


# "Six French aid workers ... and their local guide and driver were killed": the escorts named after the count
_ESCORT = r"(?:guide|driver|interpreter|translator|bodyguard|escort)"
_ESCORTS = re.compile(
    rf"\s+(?:[\w-]+\s+){{1,8}}?and (?:their|his|her|a|an|the) (?:[\w-]+ )?(?P<one>{_ESCORT})"
    rf"(?: and (?:a |an |their |the )?(?:[\w-]+ )?(?P<two>{_ESCORT}))?"
    r"\s+(?:were|have been|had been) (?:killed|shot dead|murdered)\b",
    re.I,
)


def escorts_added(text: str, offset: int, found: list[tuple[CountMention, str]]) -> None:
    """The first count of a sentence plus the escorts named after it among the dead (six ... and their guide and
    driver: eight)."""
    if not found:
        return
    mention, category = found[0]
    escorts = _ESCORTS.match(text, mention.end - offset)
    if escorts is None or mention.count.best is None:
        return
    added = mention.count
    for _ in range(1 + bool(escorts.group("two"))):
        added = plus_one(added)
    found[0] = (CountMention(mention.start, mention.end, mention.text, added), category)


# "Twenty-one people ... were killed at the scene, and an additional victim died ten days later"
_ONE_DIED_LATER = re.compile(
    r"[^.;]{0,90}?\band (?:an?|one) (?:additional|further|more|other) (?:[\w-]+ )?(?:victim|person|man|woman|tourist)"
    r" (?:later )?(?:died|succumbed)\b",
    re.I,
)


def one_died_later(text: str, offset: int, found: list[tuple[CountMention, str]]) -> None:
    """The first count of a sentence plus one victim it says died later of the act (21 and one more: 22)."""
    if found and found[0][0].count.best is not None and _ONE_DIED_LATER.match(text, found[0][0].end - offset):
        mention, category = found[0]
        found[0] = (CountMention(mention.start, mention.end, mention.text, plus_one(mention.count)), category)


# "abducted eight girls ..., a number later raised to eleven": the count as revised
_RAISED_TO = re.compile(r"\ba number (?:later |since |then )?(?:raised|revised|increased) to\s+([\w,-]+)", re.I)


def raised_count_first(text: str, offset: int, found: list[tuple[CountMention, str]]) -> None:
    """The first count of a sentence as it says it was later raised ("eight girls ..., a number later raised to
    eleven": eleven)."""
    raised = _RAISED_TO.search(text)
    value = number_value(raised.group(1)) if raised and found else None
    if value is not None:
        mention, category = found[0]
        count = Count(value, value, value, "exact")
        found[0] = (CountMention(mention.start, mention.end, mention.text, count), category)


def one_more_along(text: str, offset: int, found: list[tuple[CountMention, str]]) -> None:
    """ "The man had been seized ... along with a second man": the one told first is one more (not "The boys were
    killed along with two adults": they are more than one, counted elsewhere)."""
    for index, (mention, category) in enumerate(found):
        before = text[: mention.start - offset]
        if re.search(r"\b(?:along|together) with\s+(?:at least\s+)?$", before) and not _MANY_FIRST.match(before):
            found[index] = (CountMention(mention.start, mention.end, mention.text, plus_one(mention.count)), category)


_MANY_FIRST = re.compile(
    r"\W*(?:They\b|(?:The|These|Those|Both|[\w-]+) (?:[\w-]+ )?(?:boys|girls|children|men|women|people|victims|soldiers"
    r"|students|pupils|teenagers|brothers|sisters|villagers|hostages|captives)\b"
    # "Both perpetrators were killed, along with fourteen other people": the attackers are no victims
    r"|(?:The|Both|[\w-]+) (?:[\w-]+ )?(?:perpetrators|attackers|gunmen|shooters|assailants|suspects)\b)"
)


def named_and_others(text: str, offset: int, found: list[tuple[CountMention, str]]) -> None:
    """ "killing Nel and at least six others": the person named is one more."""
    for index, (mention, category) in enumerate(found):
        before, after = text[: mention.start - offset], text[mention.end - offset :]
        if _NAMED_AND.search(before) and re.match(r"\s+others\b", after):
            found[index] = (CountMention(mention.start, mention.end, mention.text, plus_one(mention.count)), category)


_NAMED_AND = re.compile(
    r"\b(?:killing|killed|kidnapping|kidnapped|abducting|abducted|beheading|beheaded)"
    r" (?:(?-i:Mr|Mrs|Ms|Dr)\.? )?(?-i:[A-Z][a-z]+)(?: (?-i:[A-Z][a-z]+))?(?:, [^,;.]{1,40},)?"  # "Mr Tomas, a driver,"
    r" and (?:at least |another |some )?$",
    re.I,
)


def precise_first(found: list[tuple[CountMention, str]]) -> None:
    """ "Dozens were killed today ..., killing at least 84 people": the precise count of the same victims leads."""
    if len(found) < 2 or found[0][0].count.best is not None or found[0][0].count.qualifier != "range":
        return
    precise = next((f for f in found[1:] if f[1] == found[0][1] and f[0].count.best is not None), None)
    if precise is not None:
        found.remove(precise)
        found.insert(0, precise)


def without_parenthesised_parts(text: str, offset: int, found: list[tuple[CountMention, str]]) -> list:
    """ "910 children (783 boys and 127 girls)": the figures in brackets after a count are its parts."""
    kept = []
    for mention, category in found:
        opened = text.rfind("(", 0, mention.start - offset)
        inside = opened >= 0 and text.find(")", opened, mention.start - offset) < 0
        parent = (
            inside
            and any(  # not a figure of the next item of a list: "(7,402), and abductions (4,573)"
                o.end - offset <= opened
                and opened - (o.end - offset) <= 25
                and not re.search(r"[,;]", text[o.end - offset : opened])
                for o, _ in found
            )
        )
        closed = text.find(")", mention.end - offset)
        whole = (
            inside
            and any(  # "the killing (150) and maiming (330) of 480 children": parts of the 480 told after
                0 <= closed < o.start - offset <= closed + 40
                and re.search(r"\bof\s+$", text[closed : o.start - offset])
                for o, _ in found
            )
        )
        if not (parent or whole):
            kept.append((mention, category))
    return kept


# "..., with at least seven killed", "leaving 17 dead": the toll told after "with" or "leaving"
WITH_BEFORE = re.compile(
    r"\b(?:with|leaving)\s+(?:at least\s+|more than\s+|over\s+|about\s+|some\s+|nearly\s+)?$", re.I
)
_TARGETED_BEFORE = re.compile(r"\b(?:fired on|opened fire on|shot at|attacked|targeted|ambushed)\s+(?:the\s+)?$", re.I)
_KILLED_BEFORE = re.compile(r"\b(?:killing|killed|shooting dead|shot dead)\s+(?:at least\s+|only\s+)?$", re.I)


def killed_first(text: str, offset: int, found: list[tuple[CountMention, str]]) -> None:
    """ "fired on two health workers, killing one and wounding the other": the people shot at are
    not the toll; the count told after the killing word is. So is "..., with at least seven killed"
    after "Around 170 people who attempted to flee"."""
    if len(found) < 2:
        return
    if _TARGETED_BEFORE.search(text[: found[0][0].start - offset]):
        killed = next((f for f in found[1:] if _KILLED_BEFORE.search(text[: f[0].start - offset])), None)
    else:
        killed = next(
            (
                f
                for f in found[1:]
                if WITH_BEFORE.search(text[: f[0].start - offset])
                and re.match(r"\s+(?:people\s+)?(?:killed|dead)\b", text[f[0].end - offset :])
            ),
            None,
        )
    if killed:
        found.remove(killed)
        found.insert(0, killed)
