"""Lessons from real reports of the massacre of 16 people in Peru's VRAEM on 23 May 2021: the Shining Path and its
Militarized Communist Party of Peru are actors of the table (a "splinter group", "offshoot" or "dissident faction" of
the Shining Path is not the Shining Path); the VRAEM and its towns with Spanish particles ("San Miguel del Ene") are
places of Peru; a wire's desk line "Lima, May 25 (EFE).-" dates and places nothing; "the early Monday mass killing"
dates the act even where its last victims "were found"; "Sixteen lay dead" counts the dead, and "three men carrying
automatic weapons" are the killers; leaflets "signed by" a group name the doers; "the capital, Lima" that a region
lies southeast of is no scene; "the June 6 election" dates no act. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_text, child_roles, country, incident_summary, only_incident


def test_the_mpcp_in_a_town_with_particles_and_the_desk_dates_nothing():
    text = (
        "Lima, March 13 (EFE).- Gunmen of the Militarized Communist Party of Peru killed seven coca farmers in the "
        "town of San Miguel del Ene, the army said on Wednesday."
    )
    incident = only_incident(text, date(2024, 3, 13))
    assert incident_summary(incident) == ("killing", "San Miguel del Ene", None, "unknown", 7, ["mpcp"])


def test_a_splinter_group_or_dissident_faction_is_not_the_shining_path():
    text = (
        "A Shining Path splinter group killed four soldiers in an ambush in the VRAEM on Monday, the army said. A "
        "dissident faction of the Shining Path later claimed the ambush."
    )
    incident = only_incident(text, date(2024, 3, 13))
    assert incident_summary(incident) == ("armed_clash", "VRAEM", "2024-03-11", "day", 4, [])
    assert country(incident) == "PE"


def test_the_dead_who_lay_there_and_the_signed_leaflets():
    text = (
        "The bodies were found outside a bar in a village of central Peru. Nine lay dead, including a child. Three "
        "men carrying rifles had arrived on motorcycles and opened fire. Leaflets left on the bodies had been signed "
        "by the Militarized Communist Party of Peru."
    )
    incident = only_incident(text, date(2024, 3, 20))
    assert incident_summary(incident)[4:] == (9, ["mpcp"])
    assert child_roles(incident) == ["victim"]


def test_the_day_of_the_mass_killing_whose_last_victims_were_found():
    text = (
        "Police said the two latest victims of the early Saturday mass killing were found at the crime scene in the "
        "Peruvian town of Pichari, where gunmen had opened fire on a bar."
    )
    incident = only_incident(text, date(2024, 3, 26))
    assert incident_summary(incident) == ("killing", "Pichari", "2024-03-23", "day", 2, [])
    assert country(incident) == "PE"


def test_the_capital_a_valley_lies_southeast_of_and_an_election_day_are_not_the_acts():
    text = (
        "Shining Path guerrillas killed five villagers in a coca-growing valley of Peru southeast of the capital, "
        "Lima, on Tuesday, officials said. A leaflet urged people to boycott the June 6 election."
    )
    incidents, _ = analyse_text(text, date(2024, 5, 30))
    assert [incident_summary(i) for i in incidents] == [("killing", "Peru", "2024-05-28", "day", 5, ["shining-path"])]
