"""Lessons from real reports of the Rapid Support Forces' killings in Ardamata and El Geneina, West Darfur (2023):
the Sudanese army joins the actor table; a day's executions "alone", "in three separate incidents", add up several
acts (a figure, counted by its dead, not its incidents); the month a monitor "found that" men were executed is the
finding's, not the killing's; a witness who fled "to Chad" is no source named Chad, nor is the day of the flight the
act's; a ministry that "claimed as many as" a toll is its source; a surname stands for the full name told before;
men arrested and taken to a group's own jails were abducted; refugees are no victims. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import acts_and_figures, analyse_text, counts, incident_summary, only_incident, source

from marsad.extract.quotes import find_attributions


def test_a_days_executions_alone_in_several_incidents_are_a_figure_counted_by_its_dead():
    text = (
        "The Rapid Support Forces killed scores of civilians in Ardamata on Sunday, residents said. On 5 November "
        "alone, 66 Masalit men were summarily executed in three separate incidents."
    )
    acts, figures = acts_and_figures(text, date(2023, 11, 20))
    assert acts == [("killing", "'Ārdamatā", "2023-11-19", "day", 40)]
    assert figures == [("execution", 66, "exact")]


def test_the_month_a_monitor_found_the_executions_is_not_their_month():
    text = (
        "In August, the UN Human Rights Office found that at least 19 Masalit men had been executed by the Rapid "
        "Support Forces during a raid on the village of Kongo Haraza in West Darfur."
    )
    incident = only_incident(text, date(2023, 10, 2))
    assert incident_summary(incident) == ("execution", "Kongo Haraza", None, "unknown", 19, ["rsf"])
    assert source(incident) == "UN Human Rights Office"


def test_a_captured_army_base_is_a_battle_with_the_sudanese_army_and_a_ministry_claims_its_toll():
    text = (
        "The Rapid Support Forces captured the Sudanese army base in Ardamata on Saturday after two days of heavy "
        "fighting, Sudan's Foreign Ministry claimed as many as 300 soldiers and civilians were killed. More than half "
        "a million refugees have crossed into Chad since April."
    )
    incidents, claims = analyse_text(text, date(2023, 11, 8))
    [incident] = incidents
    assert incident_summary(incident) == ("armed_clash", "'Ārdamatā", "2023-11-04", "day", 300, ["rsf", "sudan-army"])
    assert source(incident) == "Sudan's Foreign Ministry"
    assert claims == []  # (the refugees are no figure of the battle's)


def test_half_a_million_is_half_of_a_million():
    assert counts("More than half a million refugees")[0][1:3] == (500000, 500000)


def test_a_ministry_claiming_a_toll_under_a_headline_is_the_source():
    text = (
        "Massacre in West Darfur: thousands dead after paramilitary attack on camp\n"
        "Sudan's Foreign Ministry claimed as many as 4,000 people were killed after the Rapid Support Forces opened "
        "fire on displaced people in Ardamata on November 5."
    )
    incident = only_incident(text, date(2023, 11, 13))
    assert incident_summary(incident)[0] == "killing" and source(incident) == "Sudan's Foreign Ministry"


def test_a_witness_who_fled_to_chad_is_no_source_named_chad_nor_is_her_flight_the_acts_day():
    text = (
        "A Sudanese doctor who fled Ardamata, West Darfur, to Chad on Thursday told Sudan Tribune on Friday that over "
        "2,000 civilians were killed by the Rapid Support Forces in Ardamata between November 4 and 9."
    )
    incident = only_incident(text, date(2023, 11, 10))
    assert incident_summary(incident)[:3] == ("killing", "'Ārdamatā", "2023-11-04")
    assert "Chad" not in [name for name, _, _ in find_attributions(text)]


def test_a_surname_stands_for_the_full_name_told_before():
    text = (
        "The doctor, Ismail Adam Arbab, fled on Thursday. Arbab said that the RSF stormed homes in Ardamata. "
        "West Darfur Governor Khamis Abbakar condemned the attack. Abbakar said that dozens were killed."
    )
    names = [name for name, _, _ in find_attributions(text)]
    assert names == ["Ismail Adam Arbab", "Khamis Abbakar"]  # (a title is no given name)


def test_men_arrested_and_taken_to_a_groups_own_jails_were_abducted():
    text = "Hundreds more men were arrested in Ardamata on Sunday and taken to various RSF-run detention camps."
    incident = only_incident(text, date(2023, 11, 17))
    assert incident_summary(incident)[:2] == ("abduction", "'Ārdamatā")
