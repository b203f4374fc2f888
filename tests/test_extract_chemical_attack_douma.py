"""Lessons from real reports of the chlorine attack on Douma, Syria (7 April 2018): a gas cylinder "delivered by
helicopter" that "struck" a building is a bombing; "The attack was attributed to the Syrian Army" names the doer (not
the army as the attack's target); "said Sunday (April 8) that" dates the telling, not the act; "a besieged enclave near
Damascus" is neither a siege the report tells nor an act in Damascus; "the Khan Sheikhoun attack a year ago" is an
earlier act of its own; and a cruise missile attack a state "ordered ... against Syria" in reply, telling no dead, is
no act and lends no type. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_text, incident_summary, only_incident, source

_DAY = date(2018, 4, 8)


def test_a_cylinder_delivered_by_helicopter_is_a_bombing():
    text = (
        "A gas cylinder delivered by helicopter struck a residential building in Douma, Syria, on 7 April 2018, "
        "killing at least 40 people, medics said."
    )
    incident = only_incident(text, date(2019, 3, 1))
    assert incident_summary(incident) == ("bombing", "Dūmā", "2018-04-07", "day", 40, [])


def test_an_attack_attributed_to_the_army_names_its_doer():
    text = (
        "At least 40 people were killed in a chemical attack in Douma, Syria, on Saturday, doctors said. The attack "
        "was attributed to the Syrian Army by rebel forces."
    )
    incident = only_incident(text, _DAY)
    assert incident_summary(incident) == ("killing", "Dūmā", "2018-04-07", "day", 40, ["syria-government"])


def test_the_telling_day_in_brackets_and_a_besieged_enclave():
    text = (
        "Syrian doctors said Sunday (April 8) that at least 40 people had been killed in an apparent chemical attack "
        "on a besieged enclave near Damascus, Syria."
    )
    incident = only_incident(text, _DAY)
    assert incident_summary(incident) == ("killing", "Syria", None, "unknown", 40, [])
    assert source(incident) == "Syrian doctors"


def test_an_earlier_attack_and_a_missile_reply_telling_no_dead():
    text = (
        "At least 70 people died in a suspected chemical attack in Douma, Syria, rescuers said. The US president "
        "ordered a cruise missile attack against Syria following the Khan Sheikhoun attack a year ago."
    )
    incidents, _ = analyse_text(text, _DAY)
    found = sorted(incident_summary(i) for i in incidents)
    assert found == [
        ("killing", "Dūmā", None, "unknown", 70, []),
        ("killing", "Khān Shaykhūn", "2017-01-01", "year", None, []),
    ]
