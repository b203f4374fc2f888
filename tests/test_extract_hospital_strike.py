"""Lessons from real reports of the air strikes on the MSF trauma hospital in Kunduz told six ways, years apart
("Afghanistan, Oct. 1 -- Ten years ago, on the night of October 3, 2015, ... came under intense and prolonged US
airstrikes", "In the early hours of October 3rd 2015", "people were decapitated or lost limbs", "Wounded Afghan boys,
who survived"), each pinned by a text of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_many_texts, incident_summary

from marsad.extract.children import child_roles
from marsad.extract.lexicon import TRIGGERS


def test_a_hospital_that_came_under_air_strikes_on_a_day_told_with_an_ordinal():
    text = (
        "Afghanistan, Mar. 2 -- Five years ago, on the night of March 1, 2019, the Herat trauma centre came under"
        " repeated air strikes.\n"
        "The attack killed 19 people, including 11 patients. People were decapitated or lost limbs in the blasts."
    )
    [(incidents, _)] = analyse_many_texts([text], date(2024, 3, 2))
    assert [incident_summary(i)[:5] for i in incidents] == [
        ("attack_on_school_or_hospital", "Herāt", "2019-03-01", "day", 19)
    ]  # the dateline's day dates nothing, and wounds are no beheading
    assert not TRIGGERS["execution"].search("People were decapitated or lost limbs in the blasts.")
    [(incidents, _)] = analyse_many_texts(
        ["In the early hours of March 1st 2019, a gunship fired on the Herat trauma centre, killing 19 people."],
        date(2020, 3, 1),
    )
    assert [incident_summary(i)[2] for i in incidents] == ["2019-03-01"]


def test_wounded_boys_are_child_victims():
    assert "victim" in child_roles("Wounded Yemeni boys, who survived the strike, receive treatment.", "bombing", [])


def test_the_day_of_what_followed_an_act_does_not_date_it():
    text = (
        "Authorities extended a state of emergency to the whole region on Tuesday after nine people were killed in an"
        " attack on a convoy near Dosso.\n"
        "Last Sunday, nine people were killed when gunmen shot at their vehicle near Dosso."
    )
    [(incidents, _)] = analyse_many_texts([text], date(2021, 5, 12))
    assert [incident_summary(i)[2:5] for i in incidents] == [("2021-05-09", "day", 9)]
