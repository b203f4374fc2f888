"""Mentions of one document grouped into incidents, each value taken from the mention that says it best."""

from __future__ import annotations

import re
from collections.abc import Sequence

from marsad.extract import anchors, attackers, cues, deaths, folds, venues
from marsad.extract import lexicon as lx
from marsad.extract.actors import Actor, actor_table
from marsad.extract.anchors import (
    caption,
    caption_own_act,
    headline,
    told_as_earlier,
    told_in_general,
    topic_only,
)
from marsad.extract.backstory import drop_backstory
from marsad.extract.blame import blame_follows, lede_doers, older_than_report, state_forces
from marsad.extract.bulletins import bulletin_items, other_item
from marsad.extract.camps import camp_told
from marsad.extract.children import CHILD_PERPETRATOR, child_victims_noted, child_witness_noted, children_taken
from marsad.extract.combatants import struck_from_the_air
from marsad.extract.communal import communal_clashes_into_killing
from marsad.extract.context import (
    PLACE_RANK,
    location_of,
    main_country,
    named_small_place,
    report_countries,
    source_ref,
)
from marsad.extract.dates import span_days
from marsad.extract.deaths import follows_kept_killing, other_civilians, retells_civilians_toll, same_deaths, toll_of
from marsad.extract.doers import OTHERS_DID_IT
from marsad.extract.events import (
    dated_apart,
    one_site,
    own_dated_figure,
    own_scene,
    separate_events,
)
from marsad.extract.landmarks import (
    acts_at_the_named_site,
    acts_nearby_at_scene,
    at_landmark_years_before,
    village_on_route,
)
from marsad.extract.links import blanked
from marsad.extract.massacres import killed_before_the_held, killings_of_the_held, shelled_then_shot
from marsad.extract.nearby import nearby_place, without_strikes
from marsad.extract.placenames import dateline_countries, dateline_place, desk_town
from marsad.extract.places import country_by_adjective, precision_of
from marsad.extract.precedence import civilians_only, fold_school_bombing, fold_school_raid, massacred
from marsad.extract.records import NO_LOCATION, Incident
from marsad.extract.scenes import (
    acts_of_one_sentence_share_day,
    other_counted_acts,
    scene_pasts_at_main_scene,
    side_acts_at_main_scene,
    split_by_country,
    split_by_listed_village,
    split_by_town,
    split_named_pair,
)
from marsad.extract.sentence import PRECISION_RANK, DocumentInfo, Mention
from marsad.extract.told_apart import without_summed_lede
from marsad.extract.toll_choice import act_source, incident_toll, part_told_apart, told_again, without_combined_tolls
from marsad.util import sha256_hex

# recruitment a report shows (a video, a camp, training), not commentary about recruitment
_TRAINED = re.compile(r"\b(?:camps?|train\w*|drill\w*|recruit\w*|lessons?|learn\w*|stud\w+|enlist\w*)\b", re.I)
# the executions staged as training: "another 'Cubs of the Caliphate' training video", "a standard combat drill"
_NOT_TRAINING = re.compile(
    r"\btraining (?:video|course|exercise|film)s?\b|\b(?:standard |mock )?combat drills?\b", re.I
)


# "in north central Uganda": a part of the country, so the desk in its capital is not the scene
_REGION_OF = re.compile(r"\b(?:north|south|east|west)\w*(?:[ -]central)?\s+$|\bparts? of\s+$", re.I)
_UNIVERSITY = re.compile(r"\buniversit(?:y|ies)\b", re.I)
# an earlier act told in passing: the lede's village is not its scene
_TOLD_APART = re.compile(  # "... since a Dogon militia was accused of carrying out a massacre in ... March"
    r"\b(?:comes|came|coming) (?:[\w-]+ ){0,3}after\b|\bearlier\b|\b(?:19|20)\d\d\b|\bsince an?\b"
    r"|\b(?:prior|previous) (?:[\w-]+ ){0,2}(?:attack|assault|raid|ambush|bombing)",
    re.I,  # "in a prior attack on a convoy"
)
# "killing all six police officers in the same area": the town of the report's act
_SAME_AREA = re.compile(r"\bin the same (?:area|district|locality|town|village)\b", re.I)


_HARMED = re.compile(
    r"\b(?:killed|killing|dead|bodies|abducted|abducting|abduction|kidnapped|kidnapping|lost their lives|injured"
    r"|wounded)\b",
    re.I,
)
_LOOTED = re.compile(r"\b(?:loot(?:ed|ing)|ransack(?:ed|ing)|plunder(?:ed|ing)|pillag(?:ed|ing))\b", re.I)
_SHIELDS = re.compile(r"\bhuman shields?\b", re.I)


def _one_persons_death(aside: Mention) -> bool:
    """An aside about one person's earlier death ("who was killed by an air strike in 2019"): counted by
    its whole span, and not what the sentence's source reports."""
    return bool(aside.counts) and (aside.counts[0][0].start, aside.counts[0][0].end) == (aside.start, aside.end)


def assemble_incidents(
    mentions: list[Mention],
    info: DocumentInfo,
    blamed: list[tuple[Actor, int]],
    doc_places: list,
    source: tuple | None,
    figure_spans: Sequence[tuple[int, int]] = (),
) -> list[Incident]:
    """One incident per event type in a document, from its anchored mentions (a count, a place or a day);
    ``figure_spans`` are the sentences that state figures, whose towns are no act's scene nearby."""
    if figure_spans:  # "kidnappers demanded N11 billion", "the rise in kidnapping": a report of figures names topics
        mentions = [m for m in mentions if not topic_only(m, info.text) and not told_in_general(m, info.text)]
    if any(not caption(m, info.text) for m in mentions):  # a photo caption retells the story (or an older toll)
        told = {m.type for m in mentions if not caption(m, info.text)}
        mentions = [m for m in mentions if not caption(m, info.text) or caption_own_act(m, told)]
    if mentions and all(headline(m, info.text) and not m.counts and not m.aside for m in mentions):
        mentions = []  # "Children beheaded by militants in ...", then only what keeps happening: the story's topic
    asides = [m for m in mentions if m.aside]
    told_aside = [_incident(m.type, [m], info, [], []) for m in asides]  # each alone, as told
    by_type: dict[str, list[Mention]] = {}
    for mention in (m for m in mentions if not m.aside):
        by_type.setdefault(mention.type, []).append(mention)
    folds.hijack_into_killing(by_type, info.text)
    folds.executions_of_villagers(by_type, info.text)
    folds.beheadings_in_a_rampage(by_type, info.text)
    folds.hostages_at_a_venue(by_type, info.text)
    folds.killed_in_the_video(by_type, info.text)
    folds.attacks_told_by_one_blast(by_type, info.text)
    massacre_graves = folds.graves_of_a_massacre(by_type, info.text)  # (a massacre's graves: no captives)
    # hostages in a hotel siege: its killings are not executions, nor are police shot there a battle
    siege = venues.siege_told(info.text)
    no_captives = siege or venues.prison_attack_told(info.text) or massacre_graves  # (a prison stormed: the battle's)
    killings_of_the_held(by_type, info.text, no_captives)
    shelled_then_shot(by_type, info.text)
    if "child_recruitment" in by_type and any("perpetrator" in m.child_roles for m in by_type.get("execution", [])):
        # boys shown killing captives: the execution's child perpetrators, not also a recruitment
        by_type["child_recruitment"] = [
            m
            for m in by_type["child_recruitment"]
            if _TRAINED.search(_NOT_TRAINING.sub(" ", info.text[m.start : m.end]))
        ]
        if not by_type["child_recruitment"]:
            del by_type["child_recruitment"]
    folds.shelling_into_assault(by_type, info.text)
    # guards killed at a bombed hospital are that attack's dead; a school raid to abduct is another matter
    others = {"execution", "bombing"} | ({"attack_on_school_or_hospital"} if "abduction" not in by_type else set())
    others &= set(by_type)
    if "killing" in by_type and any(folds.combatants_counted([m]) for m in by_type["killing"]):
        events = separate_events(by_type["killing"], info.published, info.text)
        battle = [  # soldiers killed by an armed group: a battle, unless they are the dead of the bombing just told
            m
            for event in events
            if folds.combatants_counted(event, info.text)
            and not (siege and not venues.apart_from_siege(event, info.text))  # police shot in a hotel siege: its dead
            and not toll_of(event, others, by_type, info.text)
            and not massacred(event, info.text)
            for m in event
            if not civilians_only(m.counts)  # "35 civilians" told beside the fallen: a killing
            and not _CIVILIANS_STRUCK.search(info.text[m.start : m.end])  # "attacked an IDP camp, ... mostly women"
        ]
        if battle:
            by_type.setdefault("armed_clash", [])
        for mention in battle:
            mention.type = "armed_clash"
            by_type["armed_clash"].append(mention)
        by_type["killing"] = [m for m in by_type["killing"] if m not in battle]  # deaths on other days stay
        if not by_type["killing"]:
            del by_type["killing"]
    folds.clash_into_killing(by_type, info.text)
    folds.gun_battles_into_bombing(by_type, info.text)
    folds.blasts_into_shooting(by_type, info.text)
    folds.beating_into_execution(by_type)
    folds.mutilation_of_the_killed(by_type, info.text)
    folds.bombers_into_bombings(by_type, info.text)
    folds.clash_toll_into_bombing(by_type)
    communal_clashes_into_killing(by_type, info.text)
    absorbers = [t for t in ("armed_clash", "execution", "bombing", "attack_on_school_or_hospital") if t in by_type]
    if "attack_on_school_or_hospital" in absorbers and all(
        _LOOTED.search(info.text[m.start : m.end]) for m in by_type["attack_on_school_or_hospital"]
    ):
        absorbers.remove("attack_on_school_or_hospital")  # villagers killed, the health centre looted: two acts
    # a siege's killings on its last day are its own: "On September 1, 2004, ... took over the school" and
    # "By September 3 it was over and 186 children and over 100 adults were killed"
    slack = 3 if venues.any_siege_told(info.text) else 0
    if absorbers and "killing" in by_type:
        clash = by_type.get("armed_clash", [])  # killings in one village, a clash in another: two acts
        clash_apart = bool(clash) and any(folds.other_village(k, clash, info.text) for k in by_type["killing"])
        as_told = {t: list(by_type[t]) for t in absorbers}  # not as grown by the killings each takes in
        for mention in list(by_type["killing"]):  # the same deaths told again: their counts and places count
            absorber = same_deaths(mention, absorbers, by_type)
            countries = {p[0].country for m in as_told[absorber] for p in m.places}
            if (
                (countries and {p[0].country for p in mention.places} - countries)
                or other_item(mention, as_told[absorber], info.text)
                or own_dated_figure(mention, as_told[absorber], info.published, slack)
                or (  # an older act (not one site of the act: "In just one church, ...")
                    not one_site(mention, info.text)
                    and all(own_dated_figure(a, [mention], info.published, slack) for a in as_told[absorber])
                )
                or folds.earlier_elsewhere(mention, as_told[absorber], info.published)
                or any(m.start == mention.start and m.counts and mention.counts for m in as_told[absorber])
                or (absorber == "armed_clash" and other_civilians(mention, as_told[absorber]))
                or (absorber == "armed_clash" and _CIVILIANS_STRUCK.search(info.text[mention.start : mention.end]))
                or dated_apart(mention, as_told[absorber], slack=max(slack, 0 if mention.counts else 1))  # or dawn
                or own_scene(mention, as_told[absorber], info.text)
                or (
                    absorber == "armed_clash"
                    and (clash_apart or folds.uncounted_soldiers(as_told[absorber], info.text))
                )
                or cues.ANOTHER_ACT.search(info.text[mention.start : mention.end])
                or all(cues.ANOTHER_ACT.search(info.text[m.start : m.end]) for m in as_told[absorber])  # its own
                or (
                    siege and venues.apart_from_siege(as_told[absorber], info.text)
                )  # not into "another weekend strike"
                or told_as_earlier(mention, as_told[absorber], info.text)
                or follows_kept_killing(mention, by_type["killing"], as_told[absorber])
                or deaths.told_with_own_toll(mention, by_type["killing"], as_told[absorber])
                or (absorber == "execution" and folds.killing_elsewhere(mention, by_type["killing"], as_told[absorber]))
                or (absorber == "execution" and OTHERS_DID_IT.search(info.text[mention.start : mention.end]))
                or (absorber == "execution" and killed_before_the_held(mention, as_told[absorber]))
                or (
                    absorber == "armed_clash" and retells_civilians_toll(mention, by_type["killing"], as_told[absorber])
                )
                or mention.scene_only  # the scene retold for this killing, not the battle's
                or all(m.aside for m in as_told[absorber])  # another act told in passing
                or deaths.shot_apart(mention, absorber, info.text)
                or deaths.years_before(mention, as_told[absorber], info.published)
            ):
                continue  # a bulletin's other item, deaths on another day, or others counted beside them
            by_type["killing"].remove(mention)
            mention.type = absorber
            by_type[absorber].append(mention)
        if not by_type["killing"]:
            del by_type["killing"]
    if "abduction" in by_type and "execution" in by_type:
        drop_backstory(by_type, info.text)
    if "abduction" in by_type and "child_recruitment" in by_type and children_taken(by_type["abduction"], info.text):
        for mention in [
            m
            for m in by_type["abduction"]
            if not _SHIELDS.search(told := info.text[m.start : m.end])
            and not (m.counts and not lx.CHILD_TERMS.search(told))  # "abducted 12 teachers": adults taken
        ]:
            by_type["abduction"].remove(mention)  # boys taken "to fight for them": recruitment (shields are hostages)
            mention.type = "child_recruitment"
            by_type["child_recruitment"].append(mention)
        if not by_type["abduction"]:
            del by_type["abduction"]
    if "bombing" in by_type and "attack_on_school_or_hospital" in by_type:
        fold_school_bombing(by_type, dated_apart)
    if "bombing" in by_type and "abduction" in by_type:
        folds.blast_into_abduction(by_type, info.text)
    folds.guard_into_school_raid(by_type, info.text)
    if "abduction" in by_type and "attack_on_school_or_hospital" in by_type:
        school = by_type["attack_on_school_or_hospital"]
        if folds.hostages_of_killings(by_type["abduction"], school, info.text):
            school.extend(by_type.pop("abduction"))  # pupils shot, others "still held hostage": the school attack
            school.sort(key=lambda m: m.start)
            for mention in school:
                mention.type = "attack_on_school_or_hospital"
    if "abduction" in by_type and "attack_on_school_or_hospital" in by_type:
        fold_school_raid(by_type, dated_apart, info.text)
    incidents = []
    groups = (
        (t, event)
        for t, g in by_type.items()
        for item in bulletin_items(g, info.text)
        for told in separate_events(item, info.published, info.text)
        for at_home in split_by_country(told, main_country(doc_places))
        for by_town in split_by_town(at_home, info.text, main_country(doc_places))
        for listed in split_by_listed_village(by_town, info.text, main_country(doc_places))
        for event in split_named_pair(listed, info.text, main_country(doc_places))
    )
    groups = list(groups)
    without_summed_lede(groups)
    for event_type, group in groups:
        siege_dead = siege and not venues.apart_from_siege(group, info.text)
        if (
            event_type == "killing"
            and folds.combatants_counted(group)
            and not (siege_dead or massacred(group, info.text))
        ):
            event_type = "armed_clash"  # one item of a bulletin: "33 soldiers killed in an ambush"
        told = " ".join(info.text[m.start : m.end] for m in group)
        if event_type == "bombing" and folds.combatants_counted(group) and struck_from_the_air(told):
            event_type = "armed_clash"  # "fighter jets have struck ... Derna", "40-50 militants had been killed"
        anchored = [m for m in group if anchors.anchors_act(m, event_type, info.text)]
        if not anchored or all(m.scene_only for m in group):  # a scene told for acts told in other words
            continue
        for mention in group:
            if mention not in anchored:
                mention.child_roles = set()
        elsewhere = [(m.start, m.end) for m in mentions if m not in group]  # towns of the report's other acts
        figured = [(s, e) for s, e in figure_spans if not any(s < m.end and m.start < e for m in group)]
        free = [p for p in doc_places if not any(s <= p[2] < e for s, e in elsewhere + figured)]
        told = anchored + [m for m in group if m not in anchored]
        other_acts = other_counted_acts(group, mentions)
        incident = _incident(event_type, told, info, doc_places, free, other_acts, asides)
        if source and not incident.sources[0].attributed_to:
            incident.sources[0].attributed_to = source[0]
            incident.sources[0].evidence["attributed_to"] = [source[1], source[2]]
        # "officials blamed X" fills an empty field, unless the blame is told of another act of the report (or told
        # before an act of an earlier year: "the deadliest since 2004 when al-Qaeda-inspired bombers killed 192")
        older = older_than_report(incident, mentions)
        others = [
            actor
            for actor, at in blamed
            if blame_follows(at, group, mentions, info.text, elsewhere) and not (older and at < group[0].start)
        ]
        others = others or ([] if older else lede_doers(event_type, mentions, info.text))
        doers = {p.id for p in incident.perpetrators}
        # a branch of the group that claimed it: "were linked to JAD, a local group inspired by the Islamic State"
        branch = next((a for a in others if actor_table().parent.get(a.id) in doers), None)
        if others and not any(p.kind == "armed_group" for p in incident.perpetrators) or branch:
            blamed_ids = {a.id for a in others}
            first = branch or next((a for a in others if actor_table().parent.get(a.id) in blamed_ids), others[0])
            incident.perpetrators = [first, *[p for p in incident.perpetrators if p.id != first.id]]
        incidents.append(incident)
    for incident in incidents + told_aside:
        incident.perpetrators = actor_table().without_parents(incident.perpetrators)
    scene_pasts_at_main_scene(asides, told_aside, incidents)
    for mention, incident in zip(asides, told_aside, strict=True) if source else []:
        if not incident.sources[0].attributed_to and not _one_persons_death(mention):  # the only source tells it too
            incident.sources[0].attributed_to = source[0]
            incident.sources[0].evidence["attributed_to"] = [source[1], source[2]]
    side_acts_at_main_scene(incidents, info.text)
    acts_at_the_named_site(incidents + told_aside, info.text)
    acts_nearby_at_scene(incidents, info.text)
    attackers.captors_did_the_killing(incidents, info.text)
    acts_of_one_sentence_share_day(incidents, info.text)
    return without_combined_tolls(incidents) + [i for i in told_aside if not told_again(i, incidents)]


# people the killers turned on, not combatants: "attacked an IDP camp, reportedly killing 35 people, mostly women"
_CIVILIANS_STRUCK = re.compile(
    r"\b(?:IDP|displacement|displaced persons|refugee) camp\b"
    r"|\b(?:people|persons), (?:mostly|mainly) (?:women|children|civilians)\b"  # "153 and 176 people, mainly civilians"
)


def _incident(
    event_type: str,
    group: list[Mention],
    info: DocumentInfo,
    info_places: list,
    free: list,
    elsewhere: list = (),
    asides: Sequence[Mention] = (),
) -> Incident:
    first = group[0]
    # the sentences and counts it was read from: two acts told in one sentence ("41 dead in A and 19 in B") differ
    told = sorted({m.start for m in group} | {c[0].start for m in group for c in m.counts})
    incident_id = "inc_" + sha256_hex(f"{info.id}:{event_type}:{told}".encode())[:16]
    incident = Incident(incident_id, event_type)
    source = source_ref(info, (first.start, first.end), None)
    source.evidence["trigger"] = [first.trigger[0], first.trigger[1]]
    told = " ".join(info.text[m.start : m.end] for m in group).lower()
    incident.flags = {flag for flag, word in (("suicide", "suicide"), ("at_school", "school")) if word in told}
    counted = part_told_apart(incident_toll(group, info.text), group, asides)
    if counted:
        count, category = counted[0]
        incident.victim_count = count.count
        incident.victim_categories = sorted({c for _, c in counted})
        source.evidence["count"] = [count.start, count.end]
        children = [c for c, category in counted if category == "children"]
        incident.children_count = children[0].count.best if children else None
    dates = [d for m in group for d in m.dates]
    if dates:
        # a siege told from its end ("on Sunday ended an overnight siege") began on its first day
        began = venues.any_siege_told(info.text) or re.search(r"\bbegan on\b", told)  # "The attack ... began on 9 June"
        value, start, end = min(
            dates, key=lambda d: (PRECISION_RANK[d[0].precision], span_days(d[0]), d[0].start if began else "", d[1])
        )
        incident.date = value
        source.evidence["date"] = [start, end]
    places = venues.quarters_first(
        venues.airport_towns_apart([p for m in group for p in m.places], info.text), info.text
    )
    if not places:
        places = dateline_place(
            info.text
        )  # "TIKRIT, IRAQ - Forensic teams uncovered a mass grave": the desk is the scene
    from_title = not places and bool(info_places)
    if not places and info_places:
        # the title place (not a dateline, a village read in passing, nor where air strikes hit another act's doers)
        struck = event_type in ("armed_clash", "bombing") or not cues.STRIKES_ON_CAMPS.search(info.text)
        told = info.text if struck else without_strikes(info.text)  # (blanked once, not for each place)
        kept = [p for p in info_places if told[p[2]] != " "]
        places = [p for p in kept if not p[1].isupper() and not (p[0].precision == "town" and p[0].lat is None)][:1]
    if not places and not info_places:
        places = dateline_place(info.text)  # "BAGHDAD - The death toll ...": the desk, when nothing else is named
    # (not the act set against, nor the earlier acts told in asides: their places are theirs)
    apart = blanked(info.text, [(a.start, a.end) for a in asides if a not in group])
    told_text = cues.MOTIVE.sub(" ", " ".join(apart[m.start : m.end] for m in group))
    told_village = any(p[0].precision == "town" and p[0].lat is None for p in places)  # a village named as the scene
    incident.location = (None if told_village else named_small_place(told_text, places)) or location_of(
        places, info.text
    )
    if from_title and at_landmark_years_before(incident.date, info.published, told_text):
        incident.location = {**NO_LOCATION, "country": incident.location["country"], "precision": "country"}
    if not incident.location["country"] and (adjective := country_by_adjective(told_text)):
        incident.location = {**incident.location, "country": adjective[0].country}  # "near Lake Chad", "Chadian"
    if not incident.location["country"] and len(desk := dateline_countries(info.text, spelled=True)) == 1:
        incident.location = {**incident.location, "country": min(desk)}  # "MANILA, Philippines – ... in Tinoc, Ifugao"
    if village := village_on_route(told_text, info.text, places or info_places):
        incident.location = village  # "along the Maiduguri-Damaturu Highway", then "a town called Garin Kuturu"
    if incident.location["precision"] not in ("point", "town") and incident.location["name"] == (
        location_of(places)["name"] if places else None
    ):
        begin, end, country = min(m.start for m in group), max(m.end for m in group), incident.location["country"]
        told_apart = _TOLD_APART.search(told_text)  # "comes a month after fighters killed three in Mafa"
        lede = info_places if incident.location["precision"] in ("country", "admin1") and not told_apart else None
        strike = incident.type in ("armed_clash", "bombing")
        nearby = nearby_place(begin, end, info.text, free, country, lede, elsewhere, strike)
        earlier = told_apart and (incident.location["precision"] == "admin1" or cues.PRIOR_ACT.search(told_text))
        if nearby is not None and not earlier:
            # (an earlier year's act keeps its island or province: "when bombs exploded on the island of Bali")
            incident.location, places = nearby, places + [p for p in info_places if p[0].name == nearby["name"]]
    if not any(p[0].precision in ("town", "point") for m in group for p in m.places) and (
        camp := camp_told(
            told_text, info.text, places or info_places, precision_of(incident.location["name"] or "") == "country"
        )
    ):
        incident.location = camp  # "the black wreckage of the camp, ... where at least 200 people were killed"
    same_area = [p for p in info_places if p[0].precision == "town" and p[0].country == incident.location["country"]]
    unplaced = (
        incident.location["precision"] == "country" and precision_of(incident.location["name"] or "") == "country"
    )
    if unplaced and same_area and _SAME_AREA.search(told_text):
        incident.location, places = location_of(same_area[:1]), places + same_area[:1]  # the town of the act told
    if unplaced and not any(_REGION_OF.search(info.text, 0, p[2]) for p in places):
        # "Death toll in Colombia bombing ... BOGOTA, Colombia (AP) -": the desk's town
        desk = desk_town(info.text)
        if desk and desk[0][0].country == incident.location["country"]:
            incident.location, places = location_of(desk), desk
    if places:
        best = min(places, key=lambda p: PLACE_RANK.get(p[0].precision, 9))
        source.evidence["location"] = [best[2], best[3]]
    actors = [a for m in group for a in m.actors]
    if event_type == "armed_clash":  # a battle's parties: the state forces whose soldiers fell are named too
        # (else the country of its towns: "five Government soldiers" in Yei are South Sudan's)
        named = report_countries(info_places, info.text) or frozenset({main_country(info_places)} - {None})
        actors += [a for m in group for a in state_forces(info.text, m, named)]
    incident.perpetrators = list({a[0].id: a[0] for a in actors}.values())
    if actors:
        source.evidence["perpetrator"] = [actors[0][1], actors[0][2]]
    attribution = act_source(
        group, info.text, incident.victim_count and (incident.victim_count.best or incident.victim_count.low)
    )
    if attribution:
        source.attributed_to = attribution[0]
        source.evidence["attributed_to"] = [attribution[1], attribution[2]]
    incident.methods = sorted({x for m in group for x in m.methods})
    roles = {r for m in group for r in m.child_roles} | ({"recruit"} if event_type == "child_recruitment" else set())
    older = incident.date.start and info.published and int(incident.date.start[:4]) < info.published.year
    apart = bool(cues.ANOTHER_ACT.search(told_text))  # "in a separate execution": roles of its own sentences only
    noted = child_victims_noted(told_text if older or all(m.aside for m in group) else info.text)
    if event_type in ("killing", "execution", "bombing", "abduction", "attack_on_school_or_hospital") and noted:
        roles.add("victim")
    if event_type in ("sexual_violence", "abduction") and lx.WOMEN_AND_GIRLS.search(told_text):
        roles.add("victim")
    if (
        event_type in ("attack_on_school_or_hospital", "abduction")
        and _HARMED.search(info.text)
        and venues.CHILDREN_SCHOOL.search(
            told_text if event_type == "abduction" or _UNIVERSITY.search(told_text) else info.text
        )  # (a university's students are not the children of a school the report names too)
    ):
        roles.add("victim")  # an attack on a secondary school that killed or took people, its students among them
    if event_type in ("execution", "abuse", "killing", "attack_on_school_or_hospital") and child_witness_noted(
        told_text if apart else info.text
    ):
        roles.add("witness")  # "Children were among those made to watch", told in a later sentence
    others = [m for m in asides if m not in group]  # "..., three days after a teenage bomber killed 12": another's
    doc_text = blanked(info.text, [(m.start, m.end) for m in others])
    if event_type in ("execution", "killing", "bombing") and CHILD_PERPETRATOR.search(
        told_text if apart or (older and _TOLD_APART.search(told_text)) else doc_text  # (not the 2002 Bali bombings)
    ):
        roles.add("perpetrator")  # "A teenage boy fired at the prisoners", told in a later sentence
        roles.discard("victim")
    if "perpetrator" in roles and event_type != "child_recruitment":
        roles.discard("recruit")  # the "cubs" shown shooting captives: the act's perpetrators (their recruitment apart)
    incident.child_roles = sorted(roles)
    source.spans = [(m.start, m.end) for m in group]
    incident.sources = [source]
    filled = sum(bool(x) for x in (incident.victim_count, dates, places, actors, attribution))
    semantic_only = all(m.semantic for m in group)  # no trigger word: typed by nearest examples
    source.type_basis = next((m.basis for m in group if m.basis), None) if semantic_only else {"method": "trigger_word"}
    incident.confidence = round(min(0.95, 0.45 + 0.1 * filled) - (0.15 if semantic_only else 0.0), 2)
    return incident
