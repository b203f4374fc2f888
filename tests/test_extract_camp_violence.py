"""Lessons from real reports of the violence at the UN Protection of Civilians site in Malakal, South Sudan (17 and 18
February 2016): South Sudan's army (the SPLA, now the SSPDF) is an actor of the table, and "government forces" in a
report on South Sudan are its army; "scuffles broke out along ethnic lines", "of different ethnic groups" and "a fight
between Shilluk and Dinka youths" tell communal violence, whose "fighting" is no battle when it counts no soldiers;
clinics and schools listed among a camp's structures destroyed are the damage of the attack, not an attack on a school;
"the UN-protected Malakal IDP camp" is Malakal's. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import incident_summary, only_incident


def test_government_forces_joining_ethnic_scuffles_kill_civilians():
    text = (
        "At least 18 people were killed inside the UN protection site in Malakal, South Sudan, on Wednesday night "
        "after scuffles broke out along ethnic lines and government forces breached the perimeter to join in the "
        "fighting."
    )
    incident = only_incident(text, date(2016, 2, 18))
    assert incident_summary(incident) == ("killing", "Malakal", "2016-02-17", "day", 18, ["south-sudan-military"])


def test_schools_burned_with_a_camp_are_no_attack_on_a_school():
    text = (
        "SPLA soldiers fired on civilians at the UN-protected Malakal camp in South Sudan on Thursday, killing 25 "
        "people.\nSome 2,326 structures were destroyed by fire, the clinics inside the camp were destroyed and three "
        "schools were destroyed."
    )
    incident = only_incident(text, date(2016, 2, 19))
    assert incident_summary(incident) == ("killing", "Malakal", "2016-02-18", "day", 25, ["south-sudan-military"])
