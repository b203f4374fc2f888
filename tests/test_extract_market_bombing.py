"""Lessons from real reports of the Islamic State's truck bombing of a shopping district in Baghdad told eight ways
(hospitals treating the wounded, "The attack, claimed by the Islamic State group, ... such attacks", "since the
U.S.-led invasion of Iraq in 2003", the group's attacks abroad counted town by town, "still missing and feared dead",
a caption's security forces gathering afterwards, "A second bomb also exploded"), each pinned by a text of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_many_texts, incident_summary

from marsad.extract.lexicon import TRIGGERS
from marsad.extract.places import gazetteer


def test_hospitals_that_treat_the_wounded_are_not_attacked():
    trigger = TRIGGERS["attack_on_school_or_hospital"]
    assert not trigger.search("By morning, fires were still burning at the site while hospitals treated the wounded.")
    assert not trigger.search("About 20 died later in the burn unit of the Kirkuk General hospital.")
    assert trigger.search("Gunmen stormed the hospital and shot two nurses.")


def test_tolls_told_town_by_town_abroad_are_acts_of_their_own():
    text = (
        "At least 64 civilians are dead after a suicide bomber drove a fuel tanker into the Bab al-Sharqi market"
        " district of Kirkuk.\n"
        "Over half of those killed Sunday died in the fire that followed the blast, a health official said.\n"
        "The attack came amid a wave of Islamic State violence abroad that has left 31 dead in Kabul, 17 dead in"
        " Lagos and another 12 dead in Manila."
    )
    [(incidents, _)] = analyse_many_texts([text], date(2019, 5, 6))
    assert sorted((*incident_summary(i), i.location["country"]) for i in incidents) == [
        ("bombing", "Kirkuk", "2019-05-05", "day", 64, [], "IQ"),
        ("killing", "Kabul", None, "unknown", 31, ["isis"], "AF"),
        ("killing", "Lagos", None, "unknown", 17, ["isis"], "NG"),
        ("killing", "Manila", None, "unknown", 12, ["isis"], "PH"),
    ]
    assert gazetteer().city("Solhan") is None  # a small town abroad does not take a village's name


def test_a_claim_far_from_such_attacks_blames_and_the_missing_are_no_figure():
    text = (
        "A truck bomb in Mosul killed 52 people early yesterday as shoppers crowded the old market.\n"
        "The attack, claimed by the Islamic State group, was the worst in the city for a year and came despite"
        " months of raids on cells believed to plan such attacks.\n"
        "The bomb went off shortly after midnight, killing at least 52 people, according to a police official."
        " At least nine other people were still missing and feared dead."
    )
    [(incidents, claims)] = analyse_many_texts([text], date(2019, 5, 6))
    assert [incident_summary(i) for i in incidents] == [("bombing", "Mosul", "2019-05-05", "day", 52, ["isis"])]
    assert claims == []
    assert incidents[0].sources[0].attributed_to == "a police official"


def test_forces_gathering_after_a_bombing_are_not_its_doers():
    text = (
        "A car bomb tore through a busy street in Basra, killing at least 112 people.\n"
        "Iraqi security forces and residents gather after the car bomb hit the Ashar neighborhood of Basra.\n"
        "At least 112 people were killed Sunday in the bombing, officials said."
    )
    [(incidents, _)] = analyse_many_texts([text], date(2019, 5, 5))
    assert [incident_summary(i) for i in incidents] == [("bombing", "Basrah", "2019-05-05", "day", 112, [])]


def test_a_war_s_start_dates_no_toll_and_a_second_bomb_is_another_act():
    text = (
        "The death toll from the deadliest bombing in Basra since the U.S.-led invasion of Iraq in 2003 has reached"
        " 140, the health ministry said Thursday.\n"
        "The bomb struck the city's central market late on Saturday.\n"
        "A second bomb also exploded at about midnight in a district north of the city, killing another four people."
    )
    [(incidents, _)] = analyse_many_texts([text], date(2019, 5, 9))
    assert sorted(incident_summary(i) for i in incidents) == [
        ("bombing", "Basrah", "2019-05-04", "day", 4, []),
        ("bombing", "Basrah", "2019-05-04", "day", 140, []),
    ]  # the second bomb's district is not named: it keeps the city and the night told before
