"""Sentence-level rules over a spaCy parse: incident mentions and claims in one document.

Each sentence is read for event triggers (:mod:`~marsad.extract.lexicon`). A sentence with a
trigger, a count and an aggregate marker ("since last June", "in 2018", "a total of") yields a
*claim*; any other sentence with a trigger yields an *incident mention*. Mentions of the same type
in one document are one incident; an incident needs an anchor (a count, a date or a place) or it is
dropped as background. Values come with the character spans they were read from.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from marsad.extract import asides, attackers, cues, figures, narrative, precedence, scenes, told_tolls, trends, venues
from marsad.extract import lexicon as lx
from marsad.extract.actors import actor_table
from marsad.extract.allot import killed_counts, nearest_counts, own_counts, trigger_span
from marsad.extract.assemble import assemble_incidents
from marsad.extract.backstory import WAVE_BEGAN, background
from marsad.extract.combatants import combatants_apart, separate_counts
from marsad.extract.context import (
    country_fallback,
    location_of,
    main_country,
    plausible_places,
    principal_actor,
    report_countries,
    small_place_names,
    speaking_country,
)
from marsad.extract.custody import ARREST, armed_arrest
from marsad.extract.date_spans import dateline_day, in_earlier_year
from marsad.extract.doctext import reading_sentences, text_of
from marsad.extract.figure_acts import acts_of_the_dead, figure_act, figure_groups
from marsad.extract.figure_marker import running_marker, vague_acts
from marsad.extract.groups import group_mentions
from marsad.extract.layout import INFOBOX_FIELD, caption_at, caption_lines
from marsad.extract.one_act_words import ONE_EVENT, SINGLE_TOLL
from marsad.extract.period_parts import period_mentions
from marsad.extract.placenames import find_places
from marsad.extract.quotes import find_attributions, sole_source
from marsad.extract.records import Claim, Incident
from marsad.extract.retype import retype
from marsad.extract.semantic import lexicon_types, semantic_types
from marsad.extract.sentence import DocumentInfo, Mention, SentenceContext
from marsad.extract.victims import FIGURE_LINE

__all__ = ["DocumentInfo", "analyse"]

_LEDE = 600  # characters: a headline and the first sentences


def analyse(doc, info: DocumentInfo) -> tuple[list[Incident], list[Claim]]:
    """Incidents and claims in one parsed document (``doc`` is a spaCy ``Doc`` of ``info.text``)."""
    if day := dateline_day(info.text, info.published):  # "Baghdad, Aug. 16: ... the killings yesterday"
        info = replace(info, published=day)
    reader = _Reader(doc, info)
    for sent, types in reader.sentences():
        told = len(reader.mentions)
        reader.read(sent, types)
        retold = reader.after_dated_act and reader.mentions[told:] and re.match(r"\W*The attack\b", sent.text)
        reader.after_dated_act = any(m.dates for m in reader.mentions[told:]) or reader.dated_scene(sent) or retold
        reader.listing = figures.listing_goes_on(reader.listing, bool(reader.claims), sent.text, reader.context(sent))
    return reader.results()


class _Reader:
    """Reads a document sentence by sentence, keeping what the next sentence needs to know."""

    def __init__(self, doc, info: DocumentInfo) -> None:
        self.doc, self.info = doc, info
        self._contexts: dict[int, SentenceContext] = {}
        # why they struck ("in revenge for raids in Mombasa") and photo captions: places that are no scene
        self.captions = caption_lines(info.text)
        no_scene = [m.span() for m in cues.MOTIVE.finditer(info.text)] + self.captions
        places = [
            p
            for p in find_places(doc, info.text)
            if not any(s <= p[2] < e for s, e in no_scene) and not speaking_country(p, info.text)
        ]
        self.actors = actor_table().find(info.text, main_country(places), report_countries(places, info.text))
        self.places = plausible_places(places, self.actors, info.text)
        self.places += country_fallback(self.places, self.actors, info.text)  # "Burkinabe soldiers" at a village
        self.main_actor = principal_actor(self.actors, info.text)
        self.attributions = find_attributions(info.text, info.outlet)
        self.mentions: list[Mention] = []
        self.claims: list[Claim] = []
        self.previous_types: list[str] = []
        self.after_claim = False
        # a siege the report tells as its act (not "a siege of a hotel in Kismayo" told last, beside car bombs)
        self.venue_siege = venues.siege_told(info.text)
        self.after_dated_act = False  # the sentence before told a dated act: "In July, ... Forty people were killed."
        self.typed: dict[int, tuple[str, float, str]] = {}
        self.scene: SentenceContext | None = None
        self.listing = False  # a monitor's total "distributed as follows:": the figures after it are its parts
        self.tallied = (
            False  # a monitor's period total of violations of no one type ("verified 41,370 grave violations")
        )

    def sentences(self) -> list[tuple[Any, list[str]]]:
        """Each sentence with its trigger-word types, or the semantic typer's type where it has none."""
        found = getattr(self.doc._, "marsad_triggers", None) or {}  # read by the typer component, when it ran
        read = [
            (
                sent,
                list(found[at])
                if (at := sent.start_char) in found and sent[0].sent.end == sent.end
                else lexicon_types(sent.text),
            )
            for sent in reading_sentences(self.doc)
        ]
        self.typed = semantic_types(self.doc, {t for _, types in read for t in types})
        self.read_sents = read
        return [
            (sent, types or ([self.typed[sent.start_char][0]] if sent.start_char in self.typed else []))
            for sent, types in read
        ]

    def context(self, sent) -> SentenceContext:
        """The values of one sentence, read in this document (read once, then kept)."""
        if sent.start_char not in self._contexts:
            self._contexts[sent.start_char] = SentenceContext(
                self.doc, sent, self.info, self.places, self.actors, self.main_actor, self.attributions
            )
            at = sent.start_char
            motives = [(at + m.start(), at + m.end()) for m in cues.MOTIVE.finditer(sent.text)]
            if motives:  # why they struck: other deeds, other places
                self._contexts[sent.start_char].leave_out(motives)
        return self._contexts[sent.start_char]

    def read(self, sent, named: list[str]) -> None:
        """Read one sentence: a running figure (a claim), acts (incident mentions), or nothing."""
        text = sent.text
        self.tallied = self.tallied or figures.violations_tally(text)
        if found := asides.find_asides(text):  # "Soleimani, who was killed by a US drone in 2020": an act of its own
            text, named = self._aside_acts(sent, found, named)
        if sent.start_char in self.typed and cues.FUTURE_ACT.search(text):
            return  # "they would cut the hands of three other young men": a threat, typed only by its likeness
        if not named and ARREST.search(text) and armed_arrest(text, self.context(sent)):
            named = ["abduction"]  # "Mr. Ahmed's arrest by RSF": an armed group's detention (alone) is an abduction
        line_at = self.info.text.rfind("\n", 0, sent.start_char) + 1  # its line: "- Casualties1: 4 killed"
        if cues.EARLIER_TOLL.search(text) or INFOBOX_FIELD.match(self.info.text[line_at : line_at + 40]):
            return  # "Earlier, the police had put the death toll at 27": replaced by the toll told
        victims_of = self.context(sent).victim_counts
        if attackers.only_attackers_died(text, named, self.venue_siege, victims_of, self.info.text):
            return  # "Six of the attackers were also killed": troops ended the siege; bombers died in their blasts
        if (ended := attackers.ATTACKERS_KILLED.search(text)) and set(named) <= attackers.ENDED_WITH:
            if not (named := attackers.acts_besides_end(text, named, ended, victims_of(), sent.start_char)):
                return  # "the army announced that it has killed all six terrorists who perpetrated the attack"
        if self.mentions and cues.claim_only(text, victims_of):
            narrative.claimed_by(self.context(sent), self.mentions, self.actors)
            if cues.RETOLD.search(text):
                self._retold(sent)  # "... claimed responsibility for the attack, which took place in the Machh area"
            return
        if text.rstrip().rstrip("\"'”’").endswith("?"):
            self.previous_types = []
            return  # "What savage barbarian could kill 1,700 persons?", "Who is ADF fighting?": a question
        named = cues.types_beside_motives(text, named)
        hostages_taken = "abduction" in named
        killed_too = bool({"killing", "execution"} & set(named))
        named, types = retype(text, named, self.context(sent), self.info, self.venue_siege)
        if background(text) or narrative.undated_wave(sent, self.context(sent).dates()):
            self.previous_types = types or self.previous_types
            if self.mentions and cues.RETOLD.search(text):
                self._retold(sent)  # "The blast happened in ... Lahore, ..., and most of the victims were women"
            return
        if self.mentions and (cues.DEAD_LISTED.search(text) or cues.DEAD_MUTILATED.match(text)):
            types = [t for t in types if t not in ("killing", "armed_clash", "execution")]  # the dead just told
            narrative.children_among_dead(self.mentions, text)
        narrative.children_among_taken(self.mentions, text)
        if narrative.is_release(sent):
            types = []  # "troops rescued 97 women held by ...": a release, not the act that took them
        if not types:
            self._continue_figure(sent)
            strikes = cues.STRIKES_ON_CAMPS.search(text)  # "the airstrikes targeted Islamic State camps in ... Derna"
            if (
                self.mentions
                and not strikes
                and (
                    cues.RETOLD.search(text)
                    or ((self.previous_types or small_place_names(text)) and cues.SCENE.search(text))
                    or ((self.previous_types or not any(m.dates for m in self.mentions)) and self._day_of_lede(sent))
                )
            ):
                self._retold(sent, narrowed=self._day_of_lede(sent))  # "The killings took place on October 17 in ..."
            self.previous_types = []
            if cues.SCENE.search(text) and not (strikes or caption_at(self.info.text, sent.start_char)):  # (a photo's)
                scene = self.context(sent)  # "Armed men attacked the village of X on Sunday.", "they surrounded it"
                if scene.places or scene.dates() or self.scene is None:
                    scene.goes_on_from(self.scene, self.mentions)
                    self.scene = scene
            return
        self.previous_types = types
        context = self._with_scene_before(sent)
        counts = context.victim_counts()
        held = (
            types == ["killing"]
            if self.venue_siege
            else types == [precedence.SCHOOL] and venues.school_siege_told(self.info.text)
        )
        if held and (hostages_taken or venues.HOSTAGES.search(text)):  # the hostages held in a siege are not its dead
            # "has taken about thirty hostages, after shooting dead two guards": the two
            counts = venues.without_hostages_held(self.info.text, counts) if killed_too else []
        # "37 killed and six abducted in a school attack"
        if "abduction" in types and precedence.SCHOOL in named and not venues.staff_only(text):
            killing = "killing" if "killing" in named else precedence.SCHOOL
            killed, taken = (nearest_counts(sent, t, named, counts) for t in (killing, "abduction"))
            raid = precedence.school_raid(types, named, killed, taken)
            if raid is None and taken and "killing" in types:  # "killing the vice principal and kidnapping 25"
                raid = [t for t in types if t != "killing"]
                killed = taken
            types, counts = (raid, killed) if raid else (types, counts)
        if (
            trends.pattern_only(context, counts, types)
            or not counts
            and trends.trend_only(text, types, context.dates())
        ):
            return  # "so far this year IS has conducted 50 operations", "recruitment ... tripled": patterns
        if (
            counts
            and self.claims
            and (figures.CONTINUES_CLAIM.search(text) or self._part_of_total(context, counts, types))
        ):
            self._add_to_last_figure(counts)
            return
        if (
            "abduction" in types
            and {"execution", "killing"} & set(types)
            and cues.TAKEN_BEFORE.search(text)
            and len({(c.count.low, c.count.best) for c, _ in counts}) <= 1  # "one of the six workers abducted"
        ):
            types = [t for t in types if t != "abduction"]  # "four workers abducted since July were executed"
        if not types:
            return
        counts = self._figures(sent, context, types, named, counts)
        if counts is None:
            self.after_claim = True
            return
        if "killing" in types and cues.TWO_ATTACKS.search(text) and self._two_acts(sent, context, counts):
            return
        if len(types) == 1 and self._town_acts(context, types[0], counts):
            return  # "up to 70 dead in Tchoma Bangou and 30 dead in Zaroumadareye": an act per village
        told = len(self.mentions)
        # police shot in a hotel siege are its dead, not a battle apart
        killed = {"killing", "execution"} & set(types) and not self.venue_siege
        apart = combatants_apart(text, sent.start_char, counts) if killed else None
        counts = apart[0] if apart and "armed_clash" not in types else counts
        self._acts(sent, context, precedence.without_denied(own_counts(sent, named, types, counts), text), counts)
        if apart and "armed_clash" not in types:
            self._acts(sent, context, ["armed_clash"], apart[1])  # "..., and 21 soldiers have been killed"
            clash, first = self.mentions[-1], self.mentions[told]
            clash.dates = [d for d in clash.dates if d[1] >= apart[2]] or clash.dates
            clash.start = min(clash.start, first.start)  # the scene told just before is the battle's too
        for mention in self.mentions[told:]:
            if mention.type == "abduction" and mention.dates and narrative.RETURNED.search(text):
                mention.dates = narrative.taking_dates(mention.dates, sent)  # "returned the girls on Wednesday"
        self.after_claim = False

    def _scene_just_before(self, sent) -> bool:
        """Whether the scene was set by the sentence just before ("Other attacks also took place on Monday.")."""
        sents = [s for s, _ in self.read_sents]
        at = next(i for i, s in enumerate(sents) if s.start_char == sent.start_char)
        return at > 0 and self.scene is not None and self.scene.sent is sents[at - 1] and bool(self.scene.dates())

    def _with_scene_before(self, sent) -> SentenceContext:
        """The sentence's values, with the day and scene of the sentence before where it goes on about that act."""
        sents = [s for s, _ in self.read_sents]
        at = next(i for i, s in enumerate(sents) if s.start_char == sent.start_char)
        before = self.context(sents[at - 1]) if at else None
        return narrative.scene_before(self.context(sent), before, self.mentions, self.main_actor)

    def _day_of_lede(self, sent) -> bool:
        """ "21 were killed when gunmen stormed a hotel." then "... the bloodshed at the hotel on Tuesday.": its day."""
        told = self.context(sent).dates()
        return (
            bool(cues.THE_ACT.search(sent.text) or narrative.THE_ACT_DAYS.search(sent.text))
            and [d[0].precision for d in told] in (["day"], ["week"])
            and narrative.within_months(self.mentions[-1].dates, told[0][0].start)
        )  # or "in December" told first: "the ... attack from December 14 to 17" narrows it

    def _dated_next(self, sent) -> bool:
        """ "Fourteen were kidnapped in Borno State." then "... on Wednesday night": one act, not a running total."""
        sents = [s for s, _ in self.read_sents]
        at = next(i for i, s in enumerate(sents) if s.start_char == sent.start_char)
        near = figures.sentences_near(sents, at)
        return any(  # (not "The violence erupted last Thursday": when the running figure began)
            (cues.DAYS_ATTACK.search(s.text) or not (lx.AGGREGATE.search(s.text) or lx.WEAK_AGGREGATE.search(s.text)))
            and not WAVE_BEGAN.match(s.text)
            and any(d[0].precision == "day" for d in self.context(s).dates())
            for s in near
        )  # or a sentence just before or after names "Friday's attack"

    def _two_acts(self, sent, context: SentenceContext, counts: list) -> bool:
        """ "Two attacks on Thursday killed 49 civilians and 15 soldiers": a killing and a battle."""
        parts = separate_counts(counts)
        civilians = [c for c in parts if c[1] not in cues.COMBATANTS]
        soldiers = [c for c in parts if c[1] in cues.COMBATANTS]
        if not (civilians and soldiers):
            return False
        self._acts(sent, context, ["killing"], civilians[:1])
        self._acts(sent, context, ["armed_clash"], soldiers[:1])
        return True

    def _town_acts(self, context: SentenceContext, event_type: str, counts: list) -> bool:
        wider = location_of(self.places)
        found = scenes.town_act_mentions(context, event_type, counts, self.info.text, self.mentions, wider)
        # "one group of about 12 ... and another group of at least 16"
        found = found or group_mentions(context, event_type, self.mentions, self.main_actor)
        found = found or period_mentions(context, event_type, counts)  # "four in June and another dozen in April"
        self.mentions.extend(found)
        return bool(found)

    def dated_scene(self, sent) -> bool:
        """Whether the sentence sets a dated scene ("In August, the militants ambushed a convoy ...")."""
        return self.scene is not None and self.scene.sent is sent and bool(self.scene.dates())

    def _add_to_last_figure(self, counts: list) -> None:
        """The counts as parts of the figure told just before ("it has also executed four members")."""
        self.claims[-1].breakdown += [
            {"category": category, "count": c.count.as_json(), "span": [c.start, c.end]} for c, category in counts
        ]

    def _part_of_total(self, context: SentenceContext, counts: list, types: list[str]) -> bool:
        """Whether the sentence's counts make up the figure told just before (:func:`figures.part_of_total`)."""
        return figures.part_of_total(self.claims[-1], bool(self.listing), context, counts, types)

    def _retold(self, sent, narrowed: bool = False) -> None:
        """A sentence that tells where or when the act just reported happened adds those values to it (and, where
        it ``narrowed`` the month they were told in to days, to the acts told beside it in that month)."""
        context = self.context(sent)
        if context.places or context.dates() or small_place_names(sent.text):
            told = [m for m in self.mentions if not cues.COUNTER_STRIKE.search(self.info.text[m.start : m.end])]
            prior = [m for m in told if cues.PRIOR_ACT.search(self.info.text[m.start : m.end])]
            told = [m for m in told if m not in prior] or told
            last = (told or self.mentions)[-1].type  # not the strike back at the attackers, nor an earlier act
            others = scenes.unplaced_types(self.mentions, context.places, last) if cues.RETOLD.search(sent.text) else []
            if narrowed:  # "killed 321 ... and abducted 250 ... in December", then "the attack from December 14 to 17"
                others += narrative.narrowed_types(self.mentions, context.dates()[0][0].start, [last, *others])
            for event_type in [last, *others]:
                mention = context.mention(event_type, [])
                mention.counts, mention.child_roles, mention.scene_only = [], set(), event_type != last
                # "Today's attack comes two weeks after ...": the gap dates the earlier act, not the one retold
                mention.dates = [d for d in mention.dates if not context.gap_before_another(d)]
                if prior and not mention.dates and told[-1] not in prior:
                    mention.dates = told[-1].dates  # the act retold, not the earlier one told just before
                self.mentions.append(mention)

    def _aside_acts(self, sent, found: list[asides.Aside], named: list[str]) -> tuple[str, list[str]]:
        """Each aside's act; the sentence's text and types without them."""
        context = self.context(sent)
        self.mentions += asides.aside_mentions(context, found, self.mentions)
        left = asides.remaining_types(context.text)  # the context now reads the sentence without its asides
        kept = [t for t in named if t in left or sent.start_char in self.typed]
        return context.text, kept if set(kept) & set(left) or not left else left  # "The killings ... happened at"

    def _continue_figure(self, sent) -> None:
        """ "They had treated 70 such women since January": a figure for the act of the sentence before."""
        if (
            self.previous_types
            and lx.AGGREGATE.search(sent.text)
            and not (
                cues.FLED.search(sent.text) or figures.ONE_ACT_TOLL.search(sent.text) or narrative.is_release(sent)
            )  # "a higher toll for the attack", "41 children detained ... were released in 2013"
        ):
            context = self.context(sent)
            counts = [
                c for c in context.victim_counts() if c[1] != "violations"
            ]  # (of no one kind: "2,500 violations")
            if counts and any(c.count.best != 1 for c, _ in counts):  # one young man's account is no running figure
                if self.claims and self._part_of_total(context, counts, self.previous_types[:1]):
                    self._add_to_last_figure(counts)  # "Zamfara recorded ... 132 incidents involving 1,639 victims"
                    return
                # "in 2013 (9,743), ... in 2012"
                for group in figures.by_period(text_of(sent.doc), counts, sent.end_char):
                    self.claims.append(context.claim(self.previous_types[0], group))

    def _figures(self, sent, context: SentenceContext, types: list[str], named: list[str], counts: list):
        """Claims the sentence states; returns the counts left for incidents, or None if it is all a figure."""
        text = context.text  # without asides about other acts
        specific = any(d[0].precision in ("day", "week") for d in context.dates())
        # "have kidnapped 110 schoolgirls from the college in Dapchi", "have been killed in an attack on"
        one_scene = figures.ONE_SCENE.search(text) or ONE_EVENT.search(text) or figures.at_one_place(context)
        few = counts and all(max(c.count.low or 0, c.count.best or 0) < 10 for c, _ in counts)  # "three aid workers"
        weak_marker = lx.WEAK_AGGREGATE.search(text)
        if (
            weak_marker
            and re.search(r"holding|estimate", text, re.I)
            and not re.search(r"\b(?:killed|killing|executed|shot dead|slaughtered)\s+an estimated\b", text, re.I)
        ):  # a state: only a named scene makes it one act ("killed an estimated 300 men in Moura" is one)
            one_scene, few = figures.ONE_SCENE.search(text) or ONE_EVENT.search(text), None
        if re.search(r"\bin and around\b", text, re.I):  # "have killed 217 people in and around the city"
            one_scene = few = None
        weak = weak_marker and not (
            specific or one_scene or few or self.venue_siege or self._dated_next(sent) or figures.one_act_next(sent)
        )  # "gunmen has taken about twenty hostages" in a siege: its hostages
        # "killed and captured thousands of Yazidis": a vague figure in the thousands adds up a campaign
        weak = weak or (
            counts
            and not specific
            and {"killing", "execution"} & set(types)
            and all(figures.vague_thousands(c) for c, _ in counts)
        )
        marked = running_marker(text, context, counts, few, sent.start_char)
        marked = marked or weak or (figures.INCLUDES.match(text) and (self.claims or self.tallied))
        tally = figures.TALLY.search(text)
        single = (
            SINGLE_TOLL.search(text) and not (tally or figures.COUNTED_TOTAL.search(text))
        ) or figures.ONE_ACT_TOLL.search(text)
        aggregate = (marked and not (lx.NOT_AGGREGATE.search(text) or single)) or FIGURE_LINE.match(text)
        # "In 11 cases, girls who had been arrested were raped"; "In all, at least 63 people were killed" (three acts)
        aggregate = aggregate or figures.IN_CASES.match(text) or figures.total_of_acts(text, self.mentions)
        aggregate = aggregate or (  # "83 children were forced to go on suicide missions": a recruitment figure
            types == ["child_recruitment"] and cues.CHILD_BOMBERS.search(text) and not (context.places or specific)
        )
        if tally and counts and (aggregate or lx.AGGREGATE.search(text[tally.start() :])):  # ", bringing to 90 the"
            cut = sent.start_char + tally.start()
            told, total = [c for c in counts if c[0].start < cut], [c for c in counts if c[0].start >= cut]
            if told and total:
                self.claims.append(context.claim(figure_act(sent, types, named, total)[0], total))
                before = text[: tally.start()]  # "documented the death of 18 people during the 56th month, raising ..."
                alone = specific or one_scene or len(self.claims) < 2  # (among a report's figures: a figure too)
                if not (lx.AGGREGATE.search(before) and not lx.NOT_AGGREGATE.search(before)) and alone:
                    return told
                self.claims.insert(-1, context.claim(figure_act(sent, types, named, told)[0], told))
                return None
        closed = "attack_on_school_or_hospital" in types and figures.CLOSED.search(text)
        framed = self.tallied and not any(d[0].precision in ("day", "week") for d in context.dates())
        units = (
            context.facility_counts() if aggregate or closed or framed else []
        )  # (not "nine attacks" beside the dead)
        units = [u for u in units if not ((counts and acts_of_the_dead(u, self.info.text)) or vague_acts(u))]
        if units and (closed or not counts or units[0][0].start < counts[0][0].start):
            counts = units + counts  # "1,300 schools have been forced to close", "1,400 executions, 200 of them ..."
        elif units:
            counts = sorted(counts + units, key=lambda c: c[0].start)  # "1,000 teachers killed and 1,500 schools ..."
        plural = any(max(c.count.low or 0, c.count.best or 0) >= 2 for c, _ in counts)
        if types == ["denial_of_humanitarian_access"] and not framed:
            return counts  # a siege's count is the people it traps: a continuing incident, not a running total
        dated = any(d[0].precision in ("day", "week", "month") for d in context.dates())
        vague = all(c.count.best is None and (c.count.high or 0) < 10 for c, _ in counts)  # "several other children"
        told_once = trends.told_once(text, counts, bool(few) and not self.tallied, self.mentions)
        after_figures = (self.claims or self.tallied) and not (
            dated or one_scene or self.after_dated_act or vague or told_once
        )
        if counts and plural and (aggregate or closed or after_figures or figures.campaign_toll(types, counts, dated)):
            groups = figure_groups(sent, named, counts)
            for group in (g for found in groups for g in figures.by_period(text_of(sent.doc), found, sent.end_char)):
                event_type, group = figure_act(sent, types if len(group) == len(counts) else named, named, group)
                self.claims.append(context.claim(event_type, group))
            return None
        return counts

    def _acts(self, sent, context: SentenceContext, types: list[str], counts: list) -> None:
        for event_type in types:
            own = nearest_counts(sent, event_type, types, counts) if len(types) > 1 else counts
            if len(types) > 1 and not own and "abduction" not in types:
                own = killed_counts(sent, counts)  # "25 soldiers were feared killed when ISWAP attacked a base"
            mention = narrative.next_day(context.mention(event_type, own), sent, self.mentions)
            dated = bool(mention.dates)
            mention = narrative.inherit(mention, self.mentions, self.info.text)
            after = sent.text[trigger_span(sent, event_type)[1] :]
            if not mention.counts and counts and re.match(r"\s*(?:him|her|them)\b", after):
                mention.counts = counts  # "detained a journalist ... beating him": the same victims
            if self.scene is not None:  # "Boko Haram fighters attacked X on Sunday.", then what they did there
                older = in_earlier_year(mention.dates, self.info.published)
                older = older and not in_earlier_year(self.scene.dates(), self.info.published)
                narrative.from_scene(
                    mention, self.scene, sent, self.info.text, self._scene_just_before(sent), dated, older
                )
            if self.after_claim and mention.semantic and not (own or context.places):
                continue  # "The group uses the children as fighters": the figure's context, not a new act
            if trends.tells_figure_scenes(sent.text, bool(self.claims), bool(own), bool(mention.dates)):
                continue
            if mention.semantic and sent.start_char in self.typed:
                _, similarity, example = self.typed[sent.start_char]
                mention.basis = {"method": "nearest_example", "example": example, "similarity": similarity}
            self.mentions.append(mention)

    def results(self) -> tuple[list[Incident], list[Claim]]:
        """The document's incidents (mentions grouped by type) and claims."""
        blamed = narrative.blamed(self.doc, self.actors, self.info.text)
        figure_spans = [tuple(span) for claim in self.claims for source in claim.sources for span in source.spans]
        # (not a photo caption's: "... injuring several people, police said. (AP Photo/...)")
        told = [a for a in self.attributions if not any(s <= a[1] < e for s, e in self.captions)]
        act_source = sole_source(trends.act_sources(told, self.claims, self.read_sents), self.info.text)
        incidents = assemble_incidents(self.mentions, self.info, blamed, self.places, act_source, figure_spans)
        narrative.disputed_doers(incidents, self.doc, self.actors, self.info.text)
        # (not a photo's line: "Hundreds of ... fighters perform military exercises ... (AP Photo/...)")
        in_caption = [c for c in self.claims if any(s <= c.sources[0].spans[0][0] < e for s, e in self.captions)]
        found = figures.distinct_figures([c for c in self.claims if c not in in_caption], self.info.text)
        found = figures.adopt_toll(found, incidents, self.info.text, self.info.published)
        incidents = [i for i in incidents if not trends.retells_figure(i, found, self.info.text)]
        found = told_tolls.without_told_tolls(found, incidents, self.info.text)
        told_tolls.date_by_tally_month(incidents, found)
        told_tolls.doers_of_the_figure(incidents, found, self.info.text)
        figures.attribute_to_sole_source(found, sole_source(self.attributions, self.info.text))
        figures.blame_next(found, blamed, self.info.text)
        return incidents, found
