"""Lessons from real reports of killings that armed groups and states of the Sahel blame on each other (Nouna in
Burkina Faso, 2022; Aguelhok, Gnagna, Tin Hama, Léré and the north of Mali, 2012 to 2025): the Tuareg movements
(MNLA, CMA, GATIA, FLA) are actors of their own; a movement that speaks ("The CMA said", "the Coordination ... (CMA),
said", "The FLA accuse ... of") is the source, not the doer; "handed over to Malian soldiers who then executed them"
names the soldiers; "on January 24, which the Malian army confirmed" is the act's day; "an official clarified the death
toll" counts no victim; soldiers who "coldly executed" people in a quotation did the act; men a pilot was able to
"save" from execution are no victims; "enlisted civilians in its ranks" recruits no child; "carried out the killings
between January 5 and 6" and "a tragedy that occurred ... during the night of ..." date the act told before, and the
province a town is the capital of is no scene; "lifeless bodies" are the dead; people "killed by soldiers" make no
battle; "Homeland Defense Volunteers" and, in Burkina Faso, "volunteer fighters" whose "revenge attacks" the killings
were are the VDP; "killed thousands of people and displaced nearly 2 million" is a figure of the dead; a boy "Among
the victims named by the CMA" is a child victim. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_text, child_roles, doers, incident_summary, only_incident, source


def test_a_tuareg_movement_is_an_actor():
    text = (
        "Fighters of the National Movement for the Liberation of Azawad (MNLA) killed four traders near Gao on "
        "Tuesday, the army said."
    )
    incident = only_incident(text, date(2013, 4, 10))
    assert incident_summary(incident) == ("killing", "Gao", "2013-04-09", "day", 4, ["mnla"])


def test_the_movement_that_speaks_is_the_source_and_the_soldiers_who_executed_the_doers():
    text = (
        "The Coordination of Azawad Movements (CMA), said on Friday that eleven herders were seized by the GATIA "
        "militia and handed over to Malian soldiers who then executed them in Menaka on Thursday."
    )
    incident = only_incident(text, date(2015, 6, 12))
    assert incident_summary(incident) == ("execution", "Menaka", "2015-06-11", "day", 11, ["mali-military"])
    assert source(incident) == "Coordination of Azawad Movements"


def test_those_who_accuse_are_not_the_doers():
    text = "The FLA accuse Malian soldiers and Wagner fighters of killing 12 herders near Kidal on Monday."
    incident = only_incident(text, date(2024, 3, 6))
    assert sorted(doers(incident)) == ["mali-military", "wagner"]


def test_a_day_confirmed_is_the_acts_and_an_official_who_clarified_is_no_victim():
    text = (
        "France condemned the killings of some 40 people in the town of Tessalit on February 20, which the Malian "
        "army confirmed. Separately, an official clarified the death toll."
    )
    incident = only_incident(text, date(2012, 3, 2))
    assert incident_summary(incident) == ("killing", "Tessalit", "2012-02-20", "day", 40, [])


def test_an_execution_quoted_and_men_saved_from_one():
    text = (
        'The army is investigating claims that soldiers "coldly executed" at least 15 herders near Timbuktu on '
        "Monday, a rights group said."
    )
    incident = only_incident(text, date(2025, 5, 14))
    assert incident_summary(incident)[:5] == ("execution", "Timbuktu", "2025-05-12", "day", 15)
    text = (
        "A pilot who was able to save four men from summary execution in January was not there on Friday. The "
        "Malian army publicly executed seven men on Friday at Niono."
    )
    incident = only_incident(text, date(2013, 3, 2))
    assert incident_summary(incident) == ("execution", "Niono", "2013-03-01", "day", 7, ["mali-military"])


def test_blame_and_days_told_after_the_bodies():
    text = (
        "Twenty bodies were found in Djibo, the authorities said.\nTo fight jihadists, the government set up the "
        "Homeland Defense Volunteers (VDP) and enlisted civilians in its ranks.\nAccording to a rights group, VDP "
        "members carried out the killings between January 5 and 6."
    )
    incidents, _ = analyse_text(text, date(2023, 1, 10))
    assert [incident_summary(i) for i in incidents] == [("killing", "Djibo", "2023-01-05", "week", 20, ["vdp"])]


def test_a_tragedy_dated_in_a_statement_at_the_town_not_its_province():
    text = (
        "Officials announced the discovery of 19 lifeless bodies in Tougan.\n“The government was informed of a "
        "tragedy that occurred in Tougan, capital of the province of Sourou, during the night of February 3 to 4,” a "
        "statement said."
    )
    incident = only_incident(text, date(2023, 2, 6))
    assert incident_summary(incident) == ("killing", "Tougan", "2023-02-03", "day", 19, [])


def test_people_killed_by_soldiers_make_no_battle():
    text = "Herders have been killed by soldiers in Mali for carrying no identity papers, witnesses said."
    incident = only_incident(text, date(2013, 2, 12))
    assert incident.type == "killing"


def test_revenge_attacks_by_volunteer_fighters_blame_the_vdp():
    text = (
        "Militias killed at least 17 civilians in the town of Tougan last week, a rights group said. The killings in "
        "Tougan were revenge attacks by volunteer fighters after jihadists attacked their post, the group said."
    )
    incident = only_incident(text, date(2023, 2, 14))
    assert incident_summary(incident) == ("killing", "Tougan", "2023-02-06", "week", 17, ["vdp"])


def test_thousands_killed_beside_millions_displaced_is_a_figure():
    text = (
        "Jihadist groups have killed thousands of people and displaced nearly 2 million people in Burkina Faso since "
        "2015, the UN said."
    )
    incidents, claims = analyse_text(text, date(2023, 2, 14))
    assert incidents == []
    assert [(c.type, c.count.low, c.count.qualifier) for c in claims] == [("killing", 2000, "range")]


def test_a_child_among_the_victims_a_group_named():
    text = (
        "Malian soldiers executed six herders in Gossi on Thursday, the CMA said. Among the victims named by the CMA "
        "were a 60-year-old man and a 12-year-old boy."
    )
    incident = only_incident(text, date(2015, 6, 19))
    assert child_roles(incident) == ["victim"]
