"""Lessons from real reports of the Mai Kadra massacre in Tigray, Ethiopia (9 November 2020), told first by Amnesty
International and then by the state's human rights commission, which blamed the "Samri" youth group: armed police "each
accompanying" a squad are no victims; "The number of killed are estimated to be 600 or above" is the massacre's toll,
not a figure; "the massacre in Mai Kadra" names a town the gazetteer lacks; the day a commission "issued a preliminary
report" is not the act's; "crimes ... were committed by 'Samri' group" blames the group; "executed quite an atrocious
massacre" executes no one and counts no victim; "has witnessed heavy fighting since November 4, when ..." is a war's
start, no act; "The killings in Mai Kadra on November 9 were first reported ..." dates the act; "Scores, and likely
hundreds, of people" counts scores; killing "by beating them with sticks" is no beating of its own; "another local
resident, whom ... connected to CNN, said" is a source. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import incident_summary, only_incident, source

_NOV_24 = date(2020, 11, 24)


def test_escorts_are_no_victims_and_the_number_of_killed_is_the_massacres_toll():
    text = (
        '"Samri", an informal youth group, with each squad accompanied by an estimated 3 to 4 armed police, carried '
        "out the massacre in Mai Kadra, Ethiopia, on November 9, the rights commission said.\n"
        "The number of killed are estimated to be 600 or above."
    )
    incident = only_incident(text, _NOV_24)
    assert incident_summary(incident) == ("killing", "Mai Kadra", "2020-11-09", "day", 600, ["samri"])


def test_a_reports_day_a_committed_by_blame_and_an_executed_massacre():
    text = (
        "The Ethiopian Human Rights Commission on Tuesday issued a preliminary report alleging at least 600 people "
        "were killed in the town of Mai Kadra, Ethiopia, on November 9.\n"
        "The probe found that crimes against humanity were committed by 'Samri' group.\n"
        '"They carefully planned and executed quite an atrocious massacre against the civilians," the chief '
        "commissioner told VOA on Tuesday."
    )
    incident = only_incident(text, date(2020, 11, 25))
    assert incident_summary(incident) == ("killing", "Mai Kadra", "2020-11-09", "day", 600, ["samri"])


def test_a_wars_start_is_no_act_and_the_killings_first_reported_date_the_act():
    text = (
        "At least 600 civilians were killed in a massacre earlier this month in the town of Mai Kadra in Ethiopia's "
        "Tigray region, the country's human rights body said.\n"
        "Tigray has witnessed heavy fighting since November 4, when the prime minister launched an assault on the "
        "regional government.\nThe killings in Mai Kadra on November 9 were first reported by Amnesty International "
        "three days later."
    )
    incident = only_incident(text, _NOV_24)
    assert incident_summary(incident)[:5] == ("killing", "Mai Kadra", "2020-11-09", "day", 600)


def test_scores_and_likely_hundreds_and_a_killing_by_beating():
    text = (
        '"Scores, and likely hundreds, of people were stabbed or hacked to death in Mai Kadra, Ethiopia, on the night '
        'of 9 November", Amnesty International said, blaming the TPLF.\n'
        "Witnesses said militiamen went door-to-door to kill people by beating them with sticks and stabbing them "
        "with knives."
    )
    incident = only_incident(text, date(2020, 11, 13))
    assert incident_summary(incident) == ("killing", "Mai Kadra", "2020-11-09", "day", 40, ["tplf"])


def test_a_resident_who_speaks_is_no_victim():
    text = (
        "Gunmen killed people in Mai Kadra, Ethiopia, on Monday, a resident said.\n"
        '"When we arrived, we found that many people had been killed," another local resident, whom a rights group '
        "connected to reporters, said over the phone."
    )
    incident = only_incident(text, date(2020, 11, 10))
    assert incident_summary(incident)[:5] == ("killing", "Mai Kadra", "2020-11-09", "day", None)
    assert source(incident) == "a resident"
