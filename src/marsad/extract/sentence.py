"""One sentence read in its document: its counts, dates, perpetrators, and the mention or claim it makes."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from marsad.extract import cues, other_days
from marsad.extract import lexicon as lx
from marsad.extract.actors import ANAPHORA, Actor, it_is_the_group, named_as_affiliate
from marsad.extract.allot import trigger_span
from marsad.extract.children import child_agent, child_roles
from marsad.extract.context import location_of, source_ref
from marsad.extract.counts import CountMention, count_for, find_counts, number_value
from marsad.extract.date_spans import (
    ACT_AFTER_DATE,
    ACT_ON,
    DAY_OF_ACT,
    DISCOVERED,
    KILLED_AFTER,
    NOT_A_DAY_AFTER,
    OUTLET_TODAY,
    PHOTO_CREDIT_AFTER,
    REMAINS,
    day_before_act,
    feast_names_act,
    on_dateline,
    quoted_today,
    said_on,
    since_when,
    what_a_day_was,
)
from marsad.extract.dates import (
    UNKNOWN,
    DateValue,
    earlier_by,
    marked_since,
    range_end,
    range_start,
    resolve,
)
from marsad.extract.doers import (
    AT_THE_SCENE_AFTER,
    FORCES_DID_IT,
    KILLED_BY,
    NOT_INVOLVED,
    STATE_AIRCRAFT,
    TARGETED,
    absent_or_aimed_at,
    closing_speaker,
    joined_states,
    known_by,
    relative_doer,
    speaks,
    state_victims,
)
from marsad.extract.overviews import title_week
from marsad.extract.places import Place
from marsad.extract.records import Claim
from marsad.extract.told_days import (
    about_someone,
    aftermath_day,
    anchored_day,
    day_spans,
    in_story_year,
    night_of,
    tagged_days,
    taken_when,
)
from marsad.extract.victims import PLURAL, RATIO, victim_counts
from marsad.util import sha256_hex

PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3, "unknown": 9}
_BY_THE = re.compile(r"\b(?:air ?strikes?|air raids?|bombings?|shelling|strikes?) (?:carried out )?by (?:the )?$", re.I)


_WITNESS_WORDS = frozenset({"survivor", "witness", "eyewitness", "resident", "spokesman", "spokeswoman", "official"})


@dataclass
class DocumentInfo:
    """What the analysis needs to know about a stored document."""

    id: str
    text: str
    published: date | None
    url: str | None = None
    outlet: str | None = None


@dataclass
class Mention:
    """One sentence's report of an act: its type and the values read around it, with spans."""

    type: str
    start: int
    end: int
    counts: list[tuple[CountMention, str]] = field(default_factory=list)
    places: list[tuple[Place, str, int, int]] = field(default_factory=list)
    dates: list[tuple[DateValue, int, int]] = field(default_factory=list)
    actors: list[tuple[Actor, int, int]] = field(default_factory=list)
    attribution: tuple[str, int, int] | None = None
    methods: set[str] = field(default_factory=set)
    child_roles: set[str] = field(default_factory=set)
    trigger: tuple[int, int, str] | None = None
    semantic: bool = False  # typed by the semantic typer, not by a trigger word
    opening: str = ""  # the sentence's first words ("Later the same day, ...")
    basis: dict | None = None  # the typer's nearest example and its similarity, when it typed the sentence
    aside: bool = False  # an earlier act told in an aside ("Soleimani, who was killed by a US drone in 2020")
    same_scene: bool = False  # an aside about the scene's past ("the scene of a massive blast in 2017"): its place
    scene_only: bool = False  # "The attack took place in X" told for an act besides the one just told: its scene
    group_part: bool = False  # one of two groups a sentence counts apart ("one group of about 12 ... another of 16")


_ACCORDING_TO = re.compile(r"\b[Aa]ccording to (?:the |an? )?(?:[\w-]+ )?$")  # "According to the anti-regime KNDF"
# "a camp for those displaced by Boko Haram extremist violence": who drove them from home, not the act's doers
_DISPLACED_BY = re.compile(r"\b(?:displaced|affected) by (?:the )?(?:[\w-]+ )?$")
_OWNS = re.compile(r"['’]s?\s+(?:leader|commander|chief|founder|head|spokesman|members?|fighters|men)\b")


_PRONOUN_SOURCE = re.compile(r"\b(?:he|she|they|it) (?:said|added|says|told)\b", re.IGNORECASE)


@dataclass
class _Span:
    start_char: int
    end_char: int


class SentenceContext:
    """Reads one sentence's values, each with its span in the document."""

    def __init__(self, doc, sent, info: DocumentInfo, places, actors, main_actor, attributions) -> None:
        self.doc, self.sent, self.info = doc, sent, info
        self.text, self.offset = sent.text, sent.start_char
        self.end = sent.end_char
        self.places = [p for p in places if self.offset <= p[2] < self.end]
        self.actors = [  # (not "denied the presence of any Fano fighters": a group absent or aimed at)
            (m.actor, m.start, m.end)
            for m in actors
            if self.offset <= m.start < self.end and not absent_or_aimed_at(info.text, m.start)
        ]
        self.main_actor = main_actor if known_by(main_actor, actors, self.end, info.text) else None
        tail = re.match(r"\s*[,;][^.]{0,60}\.", info.text[self.end :])  # ", elders said." split off by the parser
        reach = self.end + (tail.end() if tail else 0)
        self.attributions = [a for a in attributions if self.offset <= a[1] < reach]
        if not self.attributions and _PRONOUN_SOURCE.search(self.text):  # "..., he said": the source named before
            self.attributions = [a for a in attributions if a[1] < self.offset][-1:]
        self._fighting = bool(lx.TRIGGERS["armed_clash"].search(self.text))
        self._dates: list[tuple[DateValue, int, int]] | None = None
        self._victims: tuple[str, list[tuple[CountMention, str]]] | None = None

    def leave_out(self, spans: list[tuple[int, int]]) -> None:
        """Read the sentence without the asides at ``spans`` (document offsets), told of another act."""

        def kept(at: int) -> bool:
            return not any(s <= at < e for s, e in spans)

        self.text = "".join(c if kept(i) else " " for i, c in enumerate(self.text, self.offset))
        self.places = [p for p in self.places if kept(p[2])]
        self.actors = [a for a in self.actors if kept(a[1])]
        self._dates = [d for d in self.dates() if kept(d[1]) and kept(d[2] - 1)]

    def goes_on_from(self, scene: SentenceContext | None, mentions: list) -> None:
        """An undated scene that goes on from a dated one with no act told since ("18/03/2015 Bardo National Museum
        attack", then "... in the city of Tunis as attacked by 3 armed militants") keeps its day."""
        if scene is not None and not self.dates() and not any(m.start >= scene.offset for m in mentions):
            self._dates = scene.dates()

    def victim_counts(self) -> list[tuple[CountMention, str]]:
        """Counts of victims in the sentence, codebook style, each with its victim category."""
        if self._victims is None or self._victims[0] != self.text:  # read once per telling of the sentence
            self._victims = (self.text, victim_counts(self.text, self.offset))
        return list(self._victims[1])

    def single_object(self, trigger_start: int) -> list[tuple[CountMention, str]]:
        """Dependency rule: "beheaded the retired head of antiquities", "killed its guard" name one victim."""
        trigger = next((t for t in self.sent if t.idx == trigger_start), None)
        verbs = [trigger] if trigger is not None and trigger.pos_ == "VERB" else []
        verbs += [t for t in self.sent if t.pos_ == "VERB" and t.lemma_.lower() in lx.VIOLENT_LEMMAS | lx.TAKING_LEMMAS]
        for child in (c for verb in verbs for c in verb.children):
            person = child.tag_ == "NN" or (child.tag_ == "NNP" and child.ent_type_ == "NORP")  # "a Canadian"
            named = child.tag_ == "NNP" and child.ent_type_ == "PERSON"  # "John Ridsdel ... has been beheaded"
            if named and any(t.dep_ == "compound" and t.lower_ in _WITNESS_WORDS for t in child.children):
                continue  # "says Kocho massacre survivor Sammy": who speaks, not a victim
            if child.head.head.lemma_ in ("see", "watch", "witness") and any(t.dep_ == "poss" for t in child.children):
                continue  # "a farmer who ... saw his son being killed": a witness's kin, among the dead counted
            if child.dep_ in ("dobj", "nsubjpass") and (person or named) and child.lemma_.lower() not in lx.NOT_PERSONS:
                if named or any(
                    t.dep_ == "poss" or (t.dep_ == "det" and t.lower_ not in ("any", "every", "each", "no"))
                    for t in child.children
                ):  # "killed its guard" names one victim; "any teacher who returned" names none
                    start = min(t.idx for t in child.subtree)
                    noun = child.lemma_.lower()
                    category = lx.VICTIM_NOUNS.get(PLURAL.get(noun, noun + "s"), "people")  # "a police officer"
                    told = [t.lower_ for a in child.children if a.dep_ == "appos" for t in a.subtree if t.tag_ == "NN"]
                    category = next((lx.VICTIM_NOUNS[w + "s"] for w in told if w + "s" in lx.VICTIM_NOUNS), category)
                    return [
                        (CountMention(start, child.idx + len(child.text), child.text, count_for(1, None)), category)
                    ]
        return []

    def facility_counts(self) -> list[tuple[CountMention, str]]:
        """Counts of schools, hospitals and clinics, or of acts ("58 public executions"): a figure's unit."""
        found = []
        for mention in find_counts(self.text):
            if RATIO.search(self.text[: mention.start]) or re.match(r"\s+(?:in|out of) \d", self.text[mention.end :]):
                continue  # "1 in 3 schools"
            unit = re.match(
                r"\s+(?:\w+ )?(schools|hospitals|clinics|health (?:facilities|centres|centers)|executions|killings|"
                r"attacks|abductions|kidnappings|bombings|assassinations|cases|incidents|violations|death penalties"
                r"|death sentences|(?:air|drone) ?strikes|air raids)\b",
                self.text[mention.end :],
            )
            if unit:
                shifted = CountMention(
                    mention.start + self.offset, mention.end + self.offset, mention.text, mention.count
                )
                found.append((shifted, unit.group(1)))
        return found

    def dates(self) -> list[tuple[DateValue, int, int]]:
        """Dates of the act (not of a video's release or a statement), resolved against publication."""
        out = []
        if self._dates is not None:
            return self._dates
        spans = day_spans(tagged_days(self.sent), self.text, self.offset, self.info.text)
        for start_char, end_char in spans:
            ent = _Span(start_char, end_char)
            lead = self.info.text[max(self.offset, ent.start_char - 100) : ent.start_char]
            if re.match(r"\s*(?:prayers?|sermons?|market)\b", self.info.text[ent.end_char :]) and not re.search(
                r"\b(?:during|at|after|finishing|(?<!not )attending|start of)\s+$",
                self.info.text[ent.start_char - 16 : ent.start_char],
            ):
                continue  # "for missing Friday prayers" names a prayer; "during Friday prayers" is a day
            if (
                any(s <= ent.start_char < e for _, s, e in self.actors)  # "the March 23 Movement"
                or OUTLET_TODAY.match(self.info.text, max(0, ent.start_char - 12), ent.end_char)  # "USA Today"
                or other_days.not_the_acts(lead, self.info.text[ent.end_char :])
                or on_dateline(self.info.text, self.text, ent.start_char, ent.end_char)  # "Manila, Jan 28: ..."
                or (  # the day a grave was found (not "a massacre there on August 25": the act's own day)
                    DISCOVERED.search(self.text)
                    and REMAINS.search(self.text)
                    and not (ACT_ON.search(lead) or DAY_OF_ACT.match(self.info.text, ent.end_char))
                )
                or (  # "since last June" starts a state; "since July 2, when 56 people were killed" dates an act
                    # "struck ... on Sunday, ... one of its worst attacks since the 2002 Bali bombings": Sunday's
                    re.search(r"\bsince\s+$" if len(spans) == 1 else r"\bsince\s+(?:the\s+)?$", lead, re.IGNORECASE)
                    and not re.match(ACT_AFTER_DATE, self.info.text[ent.end_char : ent.end_char + 80])
                )
                or said_on(self.info.text, self.offset, ent.start_char, ent.end_char)
                or re.search(r"\b(?:as of|as at|by)\s+$", lead, re.I)  # "confirmed 14 deaths as of Monday morning"
                # "the deadliest ... since the end of its civil war 10 years ago", "the deadliest in Britain for 12
                # years": the war's end or the span compared with, not the act's day
                or re.search(
                    r"\bsince the (?:end|start|beginning) of (?:the |its |a )?(?:[\w-]+ ){0,2}(?:war|conflict|"
                    r"insurgency)\s+$|\b(?:deadliest|worst|bloodiest)\b[^.;]{0,40}\bfor\s+$",
                    lead,
                    re.I,
                )
                or re.search(
                    r"\b(?:funeral|burial|vigil)s? (?:held )?on\s+$", lead, re.I
                )  # "during a funeral on Sunday"
                or what_a_day_was(lead, self.info.text[ent.start_char : ent.end_char])
                or quoted_today(self.info.text, self.offset, ent.start_char, ent.end_char)
                or NOT_A_DAY_AFTER.match(self.info.text, ent.end_char)  # weeks, not a day; a truce
                or PHOTO_CREDIT_AFTER.match(self.info.text, ent.end_char)  # "..., on 31 January 2022 (AFP)": a photo's
                or feast_names_act(self.info.text[ent.start_char : ent.end_char], self.info.text[ent.end_char :])
            ):
                continue  # when a video came out, a source spoke or a state began, not when the act happened
            if (
                about_someone(self.doc, start_char, end_char)
                or aftermath_day(self.doc, self.text, start_char, end_char)
                or taken_when(self.doc, start_char, end_char)
            ):
                continue  # "fighters who seized Palmyra last week have killed ...": when they did something else
            published, text = self.info.published, self.info.text
            begin = min(max(self.offset, ent.start_char - 6), range_start(text, ent.start_char))
            value = resolve(text[begin : range_end(text, ent.end_char)], published)
            anchored = anchored_day(text, ent.start_char, ent.end_char, self.offset, published)
            if anchored and re.match(r"the day (?:before|after)\b", text[ent.start_char : ent.end_char + 9], re.I):
                out = []  # "suspended talks on 18 September following the attack the day before": the 17th
            value = anchored or value
            value = in_story_year(text, ent.start_char, ent.end_char, self.offset, value) or value
            value = title_week(text, text[ent.start_char : ent.end_char], published) or value  # an overview's week
            value = night_of(text[max(0, begin - 12) : begin + 12], value)  # "On the night of 5–6 May 2014": the 5th
            after_act = re.search(r",\s+$", lead) and KILLED_AFTER.match(text, ent.end_char)  # ", five days after two"
            if (cues.COMES_AFTER.search(lead) or after_act) and re.match(r"\s+after\b", text[ent.end_char :]):
                value = earlier_by(text[ent.start_char : ent.end_char], published) or value
            marks = re.search(r"\bmark(?:s|ed)\s+(exactly\s+)?$", lead)  # "Today marks exactly three months since ..."
            if marks and re.match(r"\s+(?:since|after)\b", text[ent.end_char :]):
                value = marked_since((marks[1] or "") + text[ent.start_char : ent.end_char], published) or value
            if value.precision != "unknown":
                out.append((value, ent.start_char, ent.end_char))
        self._dates = out
        return out

    def gap_before_another(self, told: tuple) -> bool:
        """ "The blasts came two weeks after police announced the arrest ...": the gap back to another event, which
        dates that event (an aside's act), never the act the sentence tells."""
        text = self.info.text
        return bool(cues.COMES_AFTER.search(text, self.offset, told[1]) and re.match(r"\s+after\b", text[told[2] :]))

    def perpetrators(self, trigger_start: int) -> list[tuple[Actor, int, int]]:
        """Who did the act: armed actors named before the trigger word, both sides of a battle, or "the group"."""

        def lead(actor: tuple[Actor, int, int]) -> str:
            return self.info.text[max(0, actor[1] - 30) : actor[1]]

        def cited(actor: tuple[Actor, int, int]) -> bool:
            return any(  # "According to the anti-regime KNDF, the bodies ...": a source (and its initials after it)
                (s <= actor[1] < e or re.fullmatch(r" \((?:or |also )?", self.info.text[e : actor[1]]))
                and _ACCORDING_TO.search(self.info.text, max(0, s - 30), s)
                for _, s, e in self.attributions
            )

        # a group whose own people the act struck ("the killing of a number of Houthi leaders") did not do it
        struck = {a[0].id for a in self.actors if a[1] > trigger_start and TARGETED.search(lead(a))}
        struck = set() if self._fighting else struck  # a battle's sides are both its doers
        named = [
            a
            for a in self.actors
            if a[0].id not in struck
            and not named_as_affiliate(self.info.text, a[1])
            and not lx.OWNED_BY.search(lead(a))
            and not re.search(r"\b(?:attributed|ascribed|awarded) by (?:the )?$", lead(a))  # who blames, not who did
            # "the army reports that IS militants ...", "..., the Myanmar military and local residents said."
            and not (
                speaks(self.info.text, a)
                and (not self._fighting or closing_speaker(self.info.text, self.offset, self.end, a))
            )
            and not (
                a[0].kind == "state"
                and not self._fighting
                and DISCOVERED.search(self.text)
                and REMAINS.search(self.text)
            )
            and not (a[1] > trigger_start and TARGETED.search(lead(a)))  # "abducted three members of the SDF"
            and not (a[0].kind == "state" and not self._fighting and state_victims(self.info.text, a))
            and not (
                a[0].kind == "state" and KILLED_BY.match(self.info.text, a[2])
            )  # "captured Syrian soldiers killed by"
            and not cues.named_as_haven(self.info.text, a[1])  # "once a refuge for Taliban militants"
            and not (a[0].kind == "state" and AT_THE_SCENE_AFTER.match(self.info.text, a[2]))
            and not NOT_INVOLVED.match(self.info.text, a[2])  # "The Taliban were not believed to have been involved"
            and not cited(a)
            and not _DISPLACED_BY.search(lead(a))
        ]
        if not self._fighting and FORCES_DID_IT.search(
            self.info.text, max(self.offset, trigger_start - 40), trigger_start
        ):
            return []  # "fighting Congolese forces since August, when security forces killed their leader"
        if not self._fighting and (doer := relative_doer(self.info.text, named, trigger_start)):
            return doer
        groups = [a for a in named if a[0].kind == "armed_group" or self._fighting]
        anaphor = ANAPHORA.search(self.info.text[self.offset : trigger_start])
        if anaphor and self.main_actor and not any(a[1] < trigger_start for a in named):
            # "the jihadists also abducted ... SDF": the report's group, not the one named after the act
            return [(self.main_actor, self.offset + anaphor.start(), self.offset + anaphor.end())]
        # a state actor is a perpetrator when it is the one acting (named before the act); "blamed on the IS group"
        by_group = [a for a in groups if a[1] > trigger_start and cues.DONE_BY.search(lead(a))]
        by_group += [  # "a Nigerian Army drone", "a Russian airstrike" (the weapon in the name)
            a
            for a in named
            if a[0].kind == "state"
            and (STATE_AIRCRAFT.match(self.info.text, a[2]) or STATE_AIRCRAFT.search(self.info.text, a[1], a[2]))
        ]
        by_group += [a for a in named if a[0].kind == "state" and a[1] > trigger_start and _BY_THE.search(lead(a))]
        by_group += [  # "by Syrian and Russian air strikes": the state named just before another doer
            a
            for a in named
            if a[0].kind == "state"
            and a not in by_group
            and any(re.fullmatch(r"\s+and\s+", self.info.text[a[2] : b[1]]) for b in by_group)
        ]
        before = [a for a in groups if a[1] < trigger_start] or by_group or [a for a in named if a[1] < trigger_start]
        before += joined_states(self.info.text, named, before, trigger_start)
        if self._fighting and len(named) > 1:
            before = named  # a battle's parties are all named actors, on either side of the verb
        blamed = [
            a
            for a in self.actors
            if not named_as_affiliate(self.info.text, a[1])
            and not cues.named_as_haven(self.info.text, a[1])
            and not cited(a)
            and not _DISPLACED_BY.search(lead(a))
            and not (
                speaks(self.info.text, a) and not self._fighting
            )  # "The CMA said ... executed by soldiers": the source
        ]
        chosen = before or groups or [a for a in blamed if re.search(r"\b(?:by|blamed)\b", self.text)]
        if (
            not chosen
            and self.main_actor
            and (match := ANAPHORA.search(self.text))
            and not _OWNS.match(self.text, match.end())
        ):
            # (not "security forces killed the militia's leader": the group's own man)
            chosen = [(self.main_actor, self.offset + match.start(), self.offset + match.end())]
        if self._fighting and self.main_actor and anaphor and all(a[0] != self.main_actor for a in chosen):
            # "The jihadists ... engaged troops of the Nigerian Army ... in a fierce gun duel": both sides
            chosen = [(self.main_actor, self.offset + anaphor.start(), self.offset + anaphor.end()), *chosen]
        if not chosen and self.main_actor and it_is_the_group(self.info.text, self.offset, self.main_actor):
            chosen = [(self.main_actor, self.offset, self.offset + 3)]  # "CODECO has targeted camps. It killed 60"
        unique: dict[str, tuple[Actor, int, int]] = {}
        for actor in chosen:
            unique.setdefault(actor[0].id, actor)
        return list(unique.values())

    def mention(self, event_type: str, counts: list[tuple[CountMention, str]]) -> Mention:
        """The sentence's mention of an act of ``event_type``."""
        start, end, word = trigger_span(self.sent, event_type)
        trigger_start = self.offset + start
        if not counts and event_type in ("execution", "killing", "abduction", "abuse", "attack_on_school_or_hospital"):
            counts = self.single_object(trigger_start)
        mention = Mention(
            event_type,
            self.offset,
            self.end,
            counts=counts,
            places=self.places,
            dates=since_when(
                [d for d in self.dates() if not (trigger_start < d[1] and self.gap_before_another(d))],
                self.info.text,
                trigger_start,
            ),
            trigger=(trigger_start, self.offset + end, word),
            semantic=lx.TRIGGERS[event_type].search(self.text) is None,
            opening=self.text.lstrip("\"'“ ")[:40],
        )
        mention.actors = self.perpetrators(trigger_start)
        if before := day_before_act(self.info.text, self.offset, trigger_start, self.info.published):
            mention.dates = [before]  # "found ... on Saturday, a day after a clash": the clash's Friday
        if event_type == "armed_clash" and self.main_actor and counts and counts[0][1] == "fighters":
            if mention.actors and all(
                a[0].kind == "state" for a in mention.actors
            ):  # "counter-strikes, killing over 30 militants"
                mention.actors.append((self.main_actor, counts[0][0].start, counts[0][0].end))
        mention.attribution = self.attributions[0] if self.attributions else None
        mention.methods = {name for name, pattern in lx.METHODS.items() if pattern.search(self.text)}
        mention.child_roles = child_roles(self.text, event_type, counts)
        if child_agent(self.sent):
            mention.child_roles.add("perpetrator")
            mention.child_roles.discard("victim")
        return mention

    def claim(self, event_type: str, counts: list[tuple[CountMention, str]]) -> Claim:
        """The aggregate figure the sentence states, counting ``event_type``, with its breakdown and period."""
        main, unit = counts[0]
        breakdown = [
            {"category": category, "count": c.count.as_json(), "span": [c.start, c.end]} for c, category in counts[1:]
        ]
        for match in lx.BREAKDOWN.finditer(self.text):
            number = match.group("n1") or match.group("n2")
            category = (match.group("c1") or match.group("c2") or "").strip()
            value = number_value(number or "")
            if value and not any(b["count"]["best"] == value for b in breakdown):
                breakdown.append(
                    {
                        "category": category,
                        "count": count_for(value, None).as_json(),
                        "span": [self.offset + match.start(), self.offset + match.end()],
                    }
                )
        period = self._period()
        every = lx.ALL_SIDES.search(self.text) or lx.BY_PARTY.search(self.text)  # "for all sides"
        actors = [] if every else self.perpetrators(main.start)
        source = source_ref(self.info, (self.offset, self.end), self.attributions[0][0] if self.attributions else None)
        source.evidence = {"count": [main.start, main.end]}
        if actors:
            source.evidence["perpetrator"] = [actors[0][1], actors[0][2]]
        claim_id = "clm_" + sha256_hex(f"{self.info.id}:{main.start}".encode())[:16]
        return Claim(
            claim_id,
            event_type,
            main.count,
            unit,
            [a[0] for a in actors],
            breakdown,
            period,
            location_of(self.places),
            source.attributed_to,
            [source],
        )

    def _period(self) -> DateValue:
        since = re.search(r"\bsince\s+(.{3,70}?)(?:[,.;]|$)", self.text)
        if since:
            start = resolve(since.group(1), self.info.published)
            if start.precision != "unknown":
                end = self.info.published.isoformat() if self.info.published else None
                return DateValue(start.start, end, start.precision)
        dates = self.dates()
        return min(dates, key=lambda d: PRECISION_RANK[d[0].precision])[0] if dates else UNKNOWN
