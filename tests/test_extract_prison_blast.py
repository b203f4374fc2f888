"""Lessons from real reports of the explosion at the Olenivka prison in occupied Ukraine (29 July 2022), which killed
Ukrainian prisoners of war and which each side blamed on the other: a blast whose doer the report leaves disputed is a
bombing (an execution only where the report gives it to the captors); "50 POWs" and "prisoners of war" count the dead;
"a prison housing hundreds of Ukrainian detainees" counts those held, not the dead; "fighters who surrendered to Russia
in May at the Azovstal steel plant in Mariupol" tells the victims' past, not the act's day or place; "Both sides
blamed each other for the massacre" tells no act. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import incident_summary, only_incident, source


def test_a_disputed_blast_with_the_victims_past_and_mutual_blame():
    text = (
        "An explosion tore through a separatist-controlled prison housing hundreds of Ukrainian detainees in "
        "Olenivka, Ukraine, early on July 29.\nThe blast killed at least 50 people, Russian officials said, including "
        "fighters who surrendered to Russia in May at the Azovstal steel plant in Mariupol.\nBoth sides blamed each "
        "other for the massacre."
    )
    incident = only_incident(text, date(2022, 7, 30))
    assert incident_summary(incident) == ("bombing", "Olenivka", "2022-07-29", "day", 50, [])
    assert source(incident) == "Russian officials"


def test_prisoners_of_war_are_counted():
    text = "On 29 July, a blast destroyed the barracks of a prison in Olenivka, Ukraine. It killed at least 50 POWs."
    incident = only_incident(text, date(2022, 9, 6))
    assert incident_summary(incident) == ("bombing", "Olenivka", "2022-07-29", "day", 50, [])


def test_prisoners_killed_in_an_attack_on_a_prison_are_no_battle():
    text = (
        "More than 50 Ukrainian prisoners of war have died in the attack on the prison in Olenivka, Ukraine, on Friday."
    )
    incident = only_incident(text, date(2022, 7, 30))
    summary = incident_summary(incident)
    assert summary[0] != "armed_clash"
    assert summary[1:] == ("Olenivka", "2022-07-29", "day", 50, [])


def test_torture_commonly_used_is_a_practice():
    text = (
        "On July 29, an explosion killed 53 Ukrainian prisoners of war in the prison in Olenivka, Ukraine. Physical "
        "torture and beatings were commonly used during interrogations there."
    )
    incident = only_incident(text, date(2022, 8, 5))
    assert incident_summary(incident)[1:] == ("Olenivka", "2022-07-29", "day", 53, [])
