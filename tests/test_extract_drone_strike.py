"""Lessons from real reports of an army drone strike on a religious celebration in a Nigerian village (a bomb
"dropped by" an air force jet, a village named as "a community within" its local government area, a speaker
named with the village he lives in, the bodies buried "some mutilated", an air force's counter-strikes on the
fleeing attackers, and earlier strikes counted with their dead), each pinned by a text of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_many_texts, incident_summary, only_incident

PUBLISHED = date(2024, 3, 12)


def test_a_bomb_dropped_by_an_air_force_jet_is_the_armed_forces_bombing_at_the_community_named():
    text = (
        "Many residents are feared dead after a bomb allegedly dropped by a Nigerian Air Force jet hit a naming"
        " ceremony at Unguwan Dutse, a community within the Giwa Local Government Area of Kaduna State.\n"
        "Early accounts say that about twenty people lost their lives in the incident, which happened on Sunday at"
        " about 8 pm.\n"
        "Survivors said about 24 bodies, some mutilated, were buried on Monday."
    )
    [(incidents, claims)] = analyse_many_texts([text], PUBLISHED)
    assert [incident_summary(i) for i in incidents] == [
        ("bombing", "Unguwan Dutse", "2024-03-10", "day", 20, ["nigeria-military"])
    ]  # the mutilated bodies are the dead of the bombing, not an abuse of their own
    assert claims == []


def test_a_speaker_named_with_his_village_is_the_source_and_an_army_drone_is_the_doer():
    text = (
        "Musa Garba, a farmer of Unguwan Dutse in Giwa Local Government Area of Kaduna State said the strike on"
        " Sunday night killed 11 of his relatives.\n"
        "Several guests died when a Nigerian Army drone struck the gathering by mistake, the military later admitted."
    )
    incident = only_incident(text, date(2024, 3, 13))
    assert incident_summary(incident) == ("bombing", "Unguwan Dutse", "2024-03-10", "day", 11, ["nigeria-military"])
    assert incident.sources[0].attributed_to == "Musa Garba"


def test_counter_strikes_on_fleeing_militants_are_a_battle_and_the_toll_includes_is_the_massacre_s():
    text = (
        "Gunmen of Boko Haram killed 41 people in an overnight raid on the village of Kawuri Gana in Borno State on"
        " Tuesday. The death toll includes four soldiers from a nearby post.\n"
        "In response, the Nigerian Air Force launched counter-strikes, killing over 25 militants as they fled, Air"
        " Commodore Tunde Bello said."
    )
    [(incidents, _)] = analyse_many_texts([text], date(2024, 3, 14))
    found = sorted(incident_summary(i) for i in incidents)
    assert found == [
        ("armed_clash", "Kawuri Gana", None, "unknown", 25, ["nigeria-military", "boko-haram"]),
        ("killing", "Kawuri Gana", "2024-03-12", "day", 41, ["boko-haram"]),
    ]
    assert {i.sources[0].attributed_to for i in incidents} == {"Tunde Bello"}


def test_earlier_air_strikes_counted_with_their_dead_are_two_figures_of_bombings():
    text = (
        "Rights groups say there have been 12 other air strikes on civilian communities by the armed forces since"
        " 2017, which led to the deaths of hundreds of people."
    )
    [(incidents, claims)] = analyse_many_texts([text], date(2024, 3, 15))
    assert incidents == []
    assert sorted((c.type, c.count.low) for c in claims) == [("bombing", 12), ("bombing", 200)]
