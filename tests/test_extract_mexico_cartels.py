"""Lessons from real reports of cartel killings in Mexico (2022 to 2025): the Jalisco New Generation Cartel and the
Sinaloa Cartel join the actor table, and Jalisco and Sonora states, Ojuelos and Villa Corona the gazetteer ("Jalisco"
is no longer read as the town of Xalisco); "Prosecutors in the ... state of Jalisco said" names the prosecutors, not
the state; "One of the most notorious cases involved ..." with a day of its own is an earlier act, not the day of the
bodies just found. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import acts_and_figures, incident_summary, only_incident, source

from marsad.extract.quotes import find_attributions


def test_a_cartel_ambush_on_police_in_jalisco_state():
    text = (
        "Gunmen of the Jalisco New Generation Cartel killed six police officers in an ambush near Guadalajara, in "
        "Jalisco state, on Monday, the state prosecutor's office said."
    )
    incident = only_incident(text, date(2024, 6, 12))
    assert incident_summary(incident) == ("armed_clash", "Guadalajara", "2024-06-10", "day", 6, ["cjng"])


def test_prosecutors_in_a_state_are_the_source_not_the_state():
    text = (
        "Prosecutors in the western Mexican state of Jalisco said Tuesday they found the bodies of four men in a car "
        "in Villa de Corona."
    )
    incident = only_incident(text, date(2025, 2, 5))
    assert incident_summary(incident) == ("killing", "Villa Corona", None, "unknown", 4, [])
    assert source(incident) == "Prosecutors in the western Mexican state of Jalisco"
    assert "Jalisco" not in [name for name, _, _ in find_attributions(text)]


def test_a_notorious_earlier_case_with_its_own_day_is_an_act_apart_from_the_bodies_found():
    text = (
        "Mexican authorities said Sunday they had found the bodies of five decapitated men on a road in Ojuelos, in "
        "Jalisco state. One of the most notorious cases involved the disappearance of five young people in the city of "
        "Lagos de Moreno on August 11, 2023, whose torture and murder was later revealed in a video posted online."
    )
    acts, _ = acts_and_figures(text, date(2024, 10, 14))
    assert [a[:4] for a in acts] == [
        ("execution", "Lagos de Moreno", "2023-08-11", "day"),
        ("execution", "Ojuelos", None, "unknown"),
    ]
