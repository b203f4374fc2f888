"""Lessons from real reports of the killings in Manipur's Jiribam district (November 2024) and of earlier raids in
Bishnupur (2023): the Kuki-Zo militants and the Meitei group Arambai Tenggol are actors of the table; Manipur and its
districts are places the region table knows; a child "executed by" militants is a victim; hostages "killed in
captivity", or the dead of whom "They were abducted from a relief camp" is told next, were executed; the morgue the
bodies were brought to is no scene; a protester killed "in firing by the security forces" is no act of the militants;
people found missing are not the dead. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_text, child_roles, country, doers, incident_summary, only_incident


def test_a_child_executed_by_militants_is_a_victim_and_the_morgue_is_no_scene():
    text = (
        "Girl, 4, executed by suspected Kuki militants\n"
        "A four-year-old girl and her grandmother were killed in captivity by suspected Kuki militants after they were "
        "seized on Tuesday in Manipur's Jiribam district, police said. Their bodies were brought to a hospital morgue "
        "in Assam's Silchar on Saturday."
    )
    incident = only_incident(text, date(2025, 3, 8))
    assert incident_summary(incident) == ("execution", "Jiribam", "2025-03-04", "day", 2, ["kuki-militants"])
    assert child_roles(incident) == ["victim"]
    assert country(incident) == "IN"


def test_arambai_tenggol_is_a_doer_and_a_woman_shot_is_no_sexual_violence():
    text = (
        "Members of the Arambai Tenggol, a Meitei armed group, attacked the Lamdan village in Manipur on Sunday night "
        "and shot dead a farmer, police said. A woman was shot in the leg as the gunmen fled, they added."
    )
    incident = only_incident(text, date(2025, 3, 10))
    assert incident_summary(incident) == ("killing", "Lamdan", "2025-03-09", "day", 1, ["arambai-tenggol"])
    incidents, _ = analyse_text("A woman was shot as militants attacked a village in Manipur, officials said.", None)
    assert [i.type for i in incidents] == []


def test_a_toll_since_the_violence_erupted_is_a_figure_and_the_kuki_are_a_people():
    text = (
        "Three farmers were shot dead near Moreh in Manipur on Tuesday, police said. Around 260 people have been "
        "killed since May 2023, when the violence between the Kuki and Meitei communities erupted."
    )
    incidents, claims = analyse_text(text, date(2025, 3, 12))
    assert [incident_summary(i) for i in incidents] == [("killing", "Moreh", "2025-03-11", "day", 3, [])]
    assert [(c.type, c.count.best, c.count.qualifier) for c in claims] == [("killing", 260, "about")]


def test_people_found_missing_are_not_the_dead():
    text = (
        "The bodies of two farmers were found at Sinam on Thursday, and five others, including a boy, were found "
        "missing, police in Manipur said."
    )
    incident = only_incident(text, date(2025, 3, 14))
    assert incident_summary(incident) == ("killing", "Sinam", None, "unknown", 2, [])
    assert child_roles(incident) == []


def test_the_abducted_dead_were_executed_apart_from_other_killings():
    text = (
        "Gunmen killed two shopkeepers at a market in Lamtai on Friday, officials said on Saturday. On Sunday the "
        "bodies of six villagers, killed by the gunmen, were found in a river. They were abducted from a relief camp "
        "at Borobekra on Friday. Later, a protester was killed in firing by the security forces in Imphal."
    )
    incidents, _ = analyse_text(text, date(2025, 3, 16))
    assert sorted(incident_summary(i) for i in incidents) == [
        ("execution", "Borobekra", "2025-03-14", "day", 6, []),
        ("killing", "Imphal", None, "unknown", 1, []),
        ("killing", "Lamtai", "2025-03-14", "day", 2, []),
    ]


def test_the_protester_shot_by_security_forces_takes_no_doer_from_the_militants():
    text = (
        "Suspected Kuki-Zo militants killed six people in Borobekra on Monday. Meanwhile, a protester was also "
        "allegedly killed in firing by the security forces."
    )
    incidents, _ = analyse_text(text, date(2024, 11, 22))
    assert sorted((i.victim_count.best, doers(i)) for i in incidents) == [(1, ()), (6, ("kuki-militants",))]


def test_a_village_raided_with_indiscriminate_fire_is_the_scene_of_the_killing():
    text = (
        "Suspected militants raided Tolen village in Manipur's Kangpokpi district at around 1 am on Monday and started "
        "firing indiscriminately. Two villagers were killed in the firing, police said."
    )
    incident = only_incident(text, date(2025, 3, 18))
    assert incident_summary(incident) == ("killing", "Tolen", "2025-03-17", "day", 2, [])
    assert country(incident) == "IN"  # (Kangpokpi is a district of Manipur)
