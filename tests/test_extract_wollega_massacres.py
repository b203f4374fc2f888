"""Lessons from real reports of massacres of Amhara villagers in Oromia's Wollega zones, Ethiopia (2021, 2022): "in
Western Ethiopia" names Ethiopia; a witness's fear of "another round of mass executions" and people "slaughtered like
chickens" tell no act of their own; when the accused group's spokesman "denied responsibility ... and assured that the
security forces were responsible", neither side is the doer; "accused on Tuesday" dates the accusation; "as reported
by BBC Amharic" names the source; "two residents who described the incident" are two residents; an attack that "occurs
two weeks after a previous massacre against the village of Tole Kebele, attributed by the Ethiopian government to the
OLA" tells that massacre as an act of its own, at Tole, blamed on the OLA and not on the government that blames it.
Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_text, country, doers, incident_summary, only_incident, source

from marsad.extract.semantic import lexicon_types


def test_a_compass_before_a_country_names_the_country():
    text = (
        "Gunmen attacked a village in the Oromia region in Western Ethiopia on Tuesday night, killing 25 people, a "
        "local farmer said."
    )
    incident = only_incident(text, date(2021, 4, 2))
    assert (country(incident), incident.date.start, incident.victim_count.best) == ("ET", "2021-03-30", 25)


def test_fears_and_likenesses_are_no_acts():
    assert lexicon_types('Residents feared "another round of mass executions," a witness said.') == []
    assert lexicon_types('Ethnic Amharas were being "slaughtered like chickens," a witness said.') == []


def test_a_denial_that_blames_another_leaves_no_doer():
    text = (
        "The prime minister accused the OLA of killing 50 civilians in Gimbi, Ethiopia, on Monday. The group's "
        "spokesman denied responsibility for the attack and said that government militias were responsible for it."
    )
    incident = only_incident(text, date(2022, 7, 6))
    assert incident_summary(incident) == ("killing", "Gimbi", "2022-07-04", "day", 50, [])


def test_the_day_of_an_accusation_is_not_the_acts():
    text = (
        "The Prime Minister, Abiy Ahmed, accused on Tuesday the Oromo Liberation Army of a new massacre that left at "
        "least 70 people dead in Gimbi, Ethiopia. The attack occurred on Monday morning."
    )
    incident = only_incident(text, date(2022, 7, 6))
    assert incident.date.start == "2022-07-04"


def test_as_reported_by_names_the_source():
    text = "At least 60 civilians were killed in Gimbi, Ethiopia, on Monday, July 4, 2022, as reported by BBC Amharic."
    assert source(only_incident(text, date(2022, 7, 5))) == "BBC Amharic"
    text = (
        "Gunmen killed at least 30 civilians in Gimbi, Ethiopia, on Saturday, according to two residents who "
        "described the attack."
    )
    assert source(only_incident(text, date(2022, 6, 21))) == "two residents"
    assert doers(only_incident(text, date(2022, 6, 21))) == ()


def test_an_earlier_massacre_the_attack_occurs_after():
    text = (
        "At least 80 civilians were killed in Gimbi, Ethiopia, on Monday, officials said. The attack occurs two weeks "
        "after a previous massacre against the village of Tole Kebele, attributed by the Ethiopian government to the "
        "OLA, in which 300 people lost their lives."
    )
    incidents, _ = analyse_text(text, date(2022, 7, 6))
    assert sorted(incident_summary(i) for i in incidents) == [
        ("killing", "Gimbi", "2022-07-04", "day", 80, []),
        ("killing", "Tole", "2022-06-20", "week", 300, ["ola"]),
    ]
