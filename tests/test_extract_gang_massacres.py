"""Lessons from real reports of Haitian gangs' massacres in 2024 (Gran Grif at Pont-Sondé in October, the Wharf
Jérémie gang in Cité Soleil in December): the gangs in the alias table; a toll told as bodies left behind, "after
Thursday's attack"; children among those a survivor "saw ... murdered" are victims, not killers; a gang's size and the
crimes it "is accused of" tell no act; days named as a range of weekdays; a photo caption's clashes and a death from
illness are no acts; two running figures for two periods in one sentence; "A new U.N. report reveals", a mayor who
"announced"; a commune named by apposition and a village that "was the scene of" a massacre. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_text, child_roles, incident_summary

GRAN_GRIF = (
    "Members of the Gran Grif gang attacked the town of Pont-Sondé in Haiti's Artibonite region before dawn,"
    " residents said. The gang fled through the rice fields after Thursday's attack, leaving more than 70 bodies in"
    " the streets. Survivors saw men, women, children and whole families brutally murdered in their homes. The gang,"
    " which has about a hundred members, is accused of many crimes, including murder, rape and kidnapping."
)
WHARF_JEREMIE = (
    "A gang leader in Cité Soleil blamed elderly neighbours for the illness of his son, who died on Sunday, after he"
    " went to a voodoo priest for advice. A new U.N. report reveals that the Wharf Jeremie gang killed at least 184"
    " people in Wharf Jérémie, in the Cité Soleil district of Port-au-Prince, between Friday and Saturday. With more"
    " than 5,000 people killed since January and more than 12,000 lives lost since 2022, the crisis is deepening.\n"
    "A man walks past burned cars during clashes between police and gangs in Port-au-Prince, Haiti, Tuesday,"
    " Dec.Marie Laurent (AP)"
)


def test_a_gangs_raid_told_by_the_bodies_it_left_is_one_killing_of_children_among_others():
    [incident], claims = analyse_text(GRAN_GRIF, date(2024, 10, 7))
    assert incident_summary(incident) == ("killing", "Pont-Sondé", "2024-10-03", "day", 70, ["gran-grif"])
    assert child_roles(incident) == ["victim"]
    assert claims == []


def test_a_un_report_of_a_massacre_over_two_weekdays_with_two_running_figures():
    [incident], claims = analyse_text(WHARF_JEREMIE, date(2024, 12, 10))
    assert incident_summary(incident) == ("killing", "Wharf Jérémie", "2024-12-06", "week", 184, ["wharf-jeremie"])
    assert incident.sources[0].attributed_to == "U.N."
    assert sorted(c.count.low for c in claims) == [5000, 12000]


def test_a_commune_by_apposition_a_mayor_who_announced_and_a_village_that_was_the_scene_of_a_massacre():
    text = (
        "Gunmen shot dead 32 people in La Saline, one of the poorest communes of Port-au-Prince, on Tuesday, Jean"
        " Baptiste, mayor of the neighbouring district, announced on Wednesday. The toll of people murdered in gang"
        " violence in the country rises to about 4,000 this year, according to the United Nations. Gangs also hold"
        " Fort Dimanche and Martissant, which in November 2019 was the scene of the massacre of at least 15 civilians."
    )
    incidents, [figure] = analyse_text(text, date(2024, 11, 14))
    assert [incident_summary(i)[:5] for i in incidents] == [
        ("killing", "La Saline", "2024-11-12", "day", 32),
        ("killing", "Martissant", "2019-11-01", "month", 15),
    ]
    assert incidents[0].sources[0].attributed_to == "Jean Baptiste"
    assert (figure.count.best, figure.attributed_to) == (4000, "United Nations")


def test_a_child_who_had_shot_captives_is_still_a_child_perpetrator():
    text = "A video released on Friday shows that a boy had shot dead two captured soldiers in Raqqa, Syria."
    incidents, _ = analyse_text(text, date(2024, 10, 7))
    assert [child_roles(i) for i in incidents] == [["perpetrator"]]
