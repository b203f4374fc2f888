"""Lessons from real reports of raids in the Central African Republic (Bangassou, May 2017; Kaga-Bandoro and Ndomété,
September 2016): the Seleka and ex-Seleka are an actor, and the UPC one of its branches; a headline's "CAR:" is the
country, no source; "the Tokoyo neighborhood of Bangassou" names Bangassou; "13 May 2017 (UN News):" is a dateline,
whose day the parser may cut from its month; "the raiders were members of the anti-balaka militias" blames them; "the
attacks, which continued yesterday, claimed 19 lives" goes on about the act, not a new one; a perfect-tense lede
followed by "Villagers in X ... were attacked" is that one village's act, and a title-case headline's "in Attack" is
no place. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_text, doers, incident_summary, only_incident, source


def test_ex_seleka_fighters_and_the_upc_branch():
    text = (
        "Ex-Seleka fighters killed at least 12 people in the village of Mbres in the Central African Republic on "
        "Friday, a police source said."
    )
    incident = only_incident(text, date(2016, 10, 16))
    assert incident_summary(incident) == ("killing", "Mbres", "2016-10-14", "day", 12, ["seleka"])
    text = (
        "Suspected former Seleka fighters attacked the camp at Alindao on 15 November, killing 40 people. Analysts "
        "said the attack was launched by the UPC, a rebel group active in CAR."
    )
    assert doers(only_incident(text, date(2018, 11, 20))) == ("upc",)


def test_a_country_heading_is_no_source_and_a_neighborhood_names_its_town():
    text = (
        "CAR: Tensions high in Bangassou\nAnti-balaka fighters attacked the Tokoyo neighborhood of Bangassou on "
        "Saturday, May 13, killing at least 30 civilians."
    )
    incident = only_incident(text, date(2017, 5, 17))
    assert incident_summary(incident) == ("killing", "Bangassou", "2017-05-13", "day", 30, ["anti-balaka"])
    assert source(incident) is None


def test_a_dateline_cut_in_two_dates_nothing():
    text = (
        "Armed group kills civilians in CAR\n13 May 2017 (UN News): The UN is sending troops to the town of "
        "Bangassou, where gunmen opened fire on "
        "civilians overnight, killing at least 12, the Mission said."
    )
    incident = only_incident(text, date(2017, 5, 13))
    assert (incident.date.start, incident.date.precision) == (None, "unknown")


def test_raiders_named_as_members_of_a_group():
    text = (
        "At least 60 people were killed during the attack on Bangassou on May 13, according to the Red Cross. The UN "
        "mission said the raiders were members of the anti-balaka militias."
    )
    assert doers(only_incident(text, date(2017, 5, 30))) == ("anti-balaka",)


def test_attacks_that_continued_are_the_same_act():
    text = (
        "At least 15 people were killed in attacks launched Friday by ex-Seleka fighters around Kaga-Bandoro, a police "
        "source said. The attacks, which continued yesterday, claimed 14 lives in several villages."
    )
    incidents, _ = analyse_text(text, date(2016, 9, 18))
    assert [incident_summary(i) for i in incidents] == [
        ("killing", "Kaga-Bandoro", "2016-09-16", "day", 15, ["seleka"])
    ]


def test_a_perfect_tense_lede_and_the_village_attacked():
    text = (
        "15 Killed in Attack in Central African Republic\nAt least 15 people have been killed in the Central African "
        "Republic, an official said Monday. Villagers in Ndomete, north of Bangui, were attacked by Seleka fighters, "
        "according to the official."
    )
    incidents, claims = analyse_text(text, date(2016, 9, 19))
    assert [incident_summary(i) for i in incidents] == [("killing", "Ndomete", None, "unknown", 15, ["seleka"])]
    assert claims == []
