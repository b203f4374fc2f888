"""Lessons from real reports of militant attacks on police posts in north-west Pakistan (an attack told beside the
ones it "comes a day after" or "also follows", "a second clash" in an area of its own, a desk's dateline, blame
for "previous attacks" and "No group immediately claimed", a claim of responsibility told after the act, the
wounded "shifted to a local medical facility"), each pinned by a text of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_many_texts, incident_summary

from marsad.extract import lexicon as lx
from marsad.extract.context import small_place_names
from marsad.extract.quotes import find_attributions
from marsad.extract.victims import victim_counts


def test_an_attack_told_beside_earlier_ones_a_second_clash_elsewhere_and_a_desk_that_is_no_source():
    text = (
        "QUETTA: Militants launched an overnight attack on a police station in Pakistan's Bannu district, officials"
        " said on Friday, and several attackers were killed. The attack comes a day after two policemen were killed"
        " at a checkpoint in the Hangu district of Khyber Pakhtunkhwa province. It also follows a suicide bombing"
        " earlier this week on a paramilitary camp in Peshawar that killed five personnel. Police said the militants"
        " opened fire on the Domel police station before dawn. A second clash erupted in the Spin Tangi area, where"
        " tribesmen confronted the fleeing fighters. Islamabad accuses the TTP of planning and executing such attacks"
        " from Afghan soil."
    )
    [(incidents, _)] = analyse_many_texts([text], date(2025, 11, 28))
    assert sorted(incident_summary(i) for i in incidents) == [
        ("armed_clash", "Bannu", None, "unknown", 3, []),
        ("armed_clash", "Hangu", "2025-11-27", "day", 2, []),
        ("armed_clash", "Spin Tangi", None, "unknown", None, []),
        ("bombing", "Peshawar", "2025-11-24", "week", 5, []),
    ]
    assert next(i for i in incidents if i.location["name"] == "Bannu").sources[0].attributed_to == "officials"


def test_a_claim_of_responsibility_goes_to_the_act_told_and_the_militants_day_dates_the_attack():
    text = (
        "Gunmen attacked a police post in Pakistan's Tank district, leaving two policemen dead, Dawn reported on"
        " Saturday. According to police, the militants targeted the post in the early hours on Saturday. Three injured"
        " officers were shifted to a local medical facility for treatment. The attack came days after a suicide bomber"
        " rammed a truck into an army camp in the Daraban area of Dera Ismail Khan district on Tuesday, killing 17"
        " soldiers. Tehreek-e-Jihad-e-Pakistan claimed responsibility for that attack."
    )
    [(incidents, _)] = analyse_many_texts([text], date(2023, 12, 16))
    summaries = sorted(incident_summary(i)[:5] for i in incidents)
    assert summaries == [
        ("armed_clash", "Tank", "2023-12-16", "day", 2),
        ("bombing", "Daraban", "2023-12-12", "day", 17),
    ]
    assert next(i for i in incidents if i.type == "bombing").perpetrators[0].id == "tjp"


def test_blame_for_previous_attacks_names_no_doer_and_the_same_area_is_the_town_of_the_act():
    text = (
        "Armed militants attacked a police station in Lakki Marwat district of Pakistan early on Sunday, killing six"
        " policemen, officials said. No group immediately claimed the attack, but previous attacks on police in the"
        " district were claimed by the TTP. The TTP ordered its fighters to carry out attacks across the country after"
        " a ceasefire collapsed. Last month, militants attacked a police van, killing all three officers in the same"
        " area."
    )
    [(incidents, _)] = analyse_many_texts([text], date(2022, 12, 19))
    assert sorted(incident_summary(i) for i in incidents) == [
        ("armed_clash", "Lakki", "2022-11-01", "month", 3, []),
        ("armed_clash", "Lakki", "2022-12-18", "day", 6, []),
    ]


def test_its_militants_are_the_groups_and_areas_named_after_their_district():
    text = (
        "The TTP has stepped up attacks on police in Khyber Pakhtunkhwa. On Tuesday, its militants ambushed a police"
        " patrol in the Gul Khel town of the Lakki Marwat district, killing four officers, police said."
    )
    [(incidents, _)] = analyse_many_texts([text], date(2023, 1, 12))
    assert [incident_summary(i) for i in incidents] == [("armed_clash", "Gul Khel", "2023-01-10", "day", 4, ["ttp"])]
    assert small_place_names("a check post in Karak's Latamber area came under fire") == ["Latamber"]
    assert small_place_names("abductions in Somalia's Bay area") == []


def test_the_police_who_said_are_not_an_officer_named_later_and_a_relative_clause_tells_no_habit():
    found = find_attributions(
        "Two policemen were killed, police said. According to District Police Officer Ahmad Nawaz Khan, three were"
        " hurt."
    )
    assert [who for who, _, _ in found][0] == "police"
    assert not lx.BACKGROUND.search("tribesmen of a clan that has long resisted militants confronted the fighters")
    assert not lx.CUSTODY.search("the group ordered its fighters to carry out attacks across the country")


def test_girls_who_blew_themselves_up_are_no_victims_and_then_yesterday_is_not_the_source():
    assert victim_counts("Three young girls are reported to have blown themselves up in two attacks.") == []
    found = find_attributions("Then yesterday witnesses said two girls blew themselves up at a market in Potiskum.")
    assert [who for who, _, _ in found] == ["witnesses"]
