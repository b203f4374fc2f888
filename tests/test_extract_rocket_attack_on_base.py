"""Lessons from real reports of the rocket attacks on the UN camp in Kidal, Mali, in March and November 2015: a "rocket
attack" and "more than 30 rockets and shells" are bombings, and fire from afar at a base is no battle; a hotel siege
told as an earlier act ("Eight days ago, gunmen attacked a hotel in the capital, Bamako, taking scores hostage") does
not make the report's act a siege, and its hostages are its killing; Ansar Dine is an actor; "the Minusma camp in Kidal"
names no village Minusma. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_text, doers, incident_summary, only_incident

from marsad.extract.semantic import lexicon_types


def test_a_rocket_attack_on_a_base_is_a_bombing_and_an_earlier_siege_is_its_own_killing():
    text = (
        "Two peacekeepers were killed on Saturday in a rocket attack on a UN base in Tessalit, officials said. Eight"
        " days ago, gunmen attacked a restaurant in Bamako, taking scores hostage. Six people were killed."
    )
    incidents, _ = analyse_text(text, date(2016, 6, 5))
    assert [incident_summary(i)[:5] for i in incidents] == [
        ("bombing", "Tessalit", "2016-06-04", "day", 2),
        ("killing", "Bamako", "2016-05-28", "day", 6),
    ]


def test_rockets_and_shells_on_a_camp_and_its_claimant():
    text = (
        "This morning the Minusma camp in Aguelhok suffered more than 20 rockets and shells during a complex attack."
        " One peacekeeper was killed. Ansar Dine claimed the attack."
    )
    incident = only_incident(text, date(2016, 2, 12))
    assert incident_summary(incident)[:5] == ("bombing", None, "2016-02-12", "day", 1)
    assert doers(incident) == ("ansar-dine",)
    assert lexicon_types("Their encampment near the UN base was hit by stray rockets.") == ["bombing"]
