"""Lessons from real reports of ELN attacks on Colombian bases (2024, 2025) and of massacres in Oromia (2021, 2022):
Colombia's department of Cesar (written "César" too) and Ethiopia's Oromia region and Wollega zones are places the
region table knows, so that an act placed only there keeps its country; a post "attacked ... with drones and
explosives", with no fight told, is a bombing (the codebook: a bombing when the blasts are the whole act). Texts of
our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import country, only_incident


def test_the_department_of_cesar_is_in_colombia():
    incident = only_incident(
        "ELN guerrillas shot dead four farmers in the department of César on Friday, the army said.", date(2025, 12, 20)
    )
    assert (incident.as_json()["location"]["name"], country(incident)) == ("Cesar", "CO")


def test_oromia_and_its_wollega_zones_are_in_ethiopia():
    incident = only_incident(
        "Gunmen killed at least 40 villagers in Oromia on Monday, officials said.", date(2022, 7, 6)
    )
    assert (incident.as_json()["location"]["name"], country(incident)) == ("Oromia", "ET")
    incident = only_incident(
        "Gunmen killed at least 12 villagers in Kellem Wollega on Monday, officials said.", date(2022, 7, 6)
    )
    assert (incident.as_json()["location"]["name"], country(incident)) == ("Kellem Wollega", "ET")


def test_a_post_attacked_with_drones_and_explosives_is_a_bombing():
    text = (
        "On Friday, ELN guerrillas attacked an army post in Arauca with drones and explosives, killing three soldiers, "
        "the army said."
    )
    assert only_incident(text, date(2025, 12, 20)).type == "bombing"
    text = (
        "On Friday, ELN guerrillas attacked an army post in Arauca with drones and explosives and rifle fire, and a "
        "gun battle killed three soldiers, the army said."
    )
    assert only_incident(text, date(2025, 12, 20)).type == "armed_clash"
