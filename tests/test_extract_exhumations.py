"""Lessons from real reports of a massacre's graves dug up years later and of a rights group's account of
massacres village by village, each pinned by a text of our own: acts told in turn at the villages a report
lists, a figure's own verb in a clause of time, totals of people taken and still missing, and a town's
liberation that dates no act."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_many_texts, incident_summary

from marsad.extract.other_days import not_the_acts


def test_acts_told_in_turn_at_the_villages_a_report_lists_are_one_act_each():
    text = (
        "A rights group's researchers in northern Iraq interviewed survivors of Islamic State massacres at Mihrkan,"
        " Dugure, Zorava and Borek in the first days of August. In Dugure the militants took the women away and"
        " then killed 31 men. Zorava had sheltered families fleeing the town of Snune. Islamic State fighters"
        " caught them, carried off the girls and then killed 44 to 50 men."
    )
    [(incidents, claims)] = analyse_many_texts([text], date(2014, 9, 20))
    assert sorted(incident_summary(i) for i in incidents) == [
        ("abduction", "Dugure", "2014-08-01", "month", None, ["isis"]),
        ("abduction", "Zorava", "2014-08-01", "month", None, ["isis"]),
        ("execution", "Dugure", "2014-08-01", "month", 31, ["isis"]),
        ("execution", "Zorava", "2014-08-01", "month", 44, ["isis"]),
    ]
    assert claims == []


def test_a_figures_own_verb_in_a_clause_of_time_and_the_total_of_those_taken():
    text = (
        "Forensic teams began exhuming two graves near the village of Gurzerik in Iraq on Sunday, six years after"
        ' Islamic State fighters killed thousands of Yazidis in the region. "I lost my three sons here," says'
        " Gurzerik massacre survivor Khalil. Of the 3,100 Yazidis kidnapped by the group in the district, some"
        " 1,500 have been rescued."
    )
    [(incidents, claims)] = analyse_many_texts([text], date(2020, 5, 11))
    assert incidents == []
    assert sorted((c.type, c.count.low) for c in claims) == [("abduction", 3100), ("killing", 2000)]


def test_a_campaigns_first_days_and_those_still_missing_are_figures_and_years_of_abuse_no_act():
    text = (
        "The militants swept across the district in 2014, massacring 900 people within days of the offensive and"
        " seizing over 2,000 women and children, many of whom endured years of sexual violence. According to a"
        " survivors' group, 1,150 women and children remain unaccounted for. Three shepherds who fled the villages"
        " are still unaccounted for."
    )
    [(incidents, claims)] = analyse_many_texts([text], date(2016, 8, 3))
    assert incidents == []
    assert sorted((c.type, c.count.low) for c in claims) == [("abduction", 1150), ("abduction", 2000), ("killing", 900)]


def test_the_day_a_district_was_liberated_dates_no_act():
    assert not_the_acts("More than 70 mass graves were identified after it was liberated from IS in ", "")
    assert not not_the_acts("Gunmen killed 30 villagers in ", "")
