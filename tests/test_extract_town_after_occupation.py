"""Lessons from real reports of the killings found in Bucha, Ukraine, after Russian forces withdrew (April 2022):
bodies found in a town's streets and buried by its people in mass graves. "The bodies of four people were found" and
"almost 300 people were buried in a mass grave" count the dead; a town's burial grave named again ("exhuming bodies
from the mass grave") and a toll of which only "some" were found tied are no sign the victims were held; a body's
details ("Next to one of the bodies lay a passport") and mines "disguised as toys" are no acts; "Russian troops leave
dead bodies" names the doers; "this small suburb of Kyiv" is the dateline's town, not Kyiv; a rights group's report
"documenting cases of" crimes, or researchers who "found extensive evidence of" them, count nothing; "round up five
men ... and shoot one of them" kills one; news that a town "had been liberated" is no source of the dead found there;
"The rights group said" after a headline naming Human Rights Watch is Human Rights Watch. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_text, incident_summary, only_incident, source

_DAY = date(2022, 4, 3)


def test_bodies_found_and_people_buried_count_the_dead():
    found = only_incident(
        "Photographer Ivan Petrenko said the bodies of four people were found on a road in Bucha, Ukraine, on Sunday.",
        _DAY,
    )
    assert incident_summary(found) == ("killing", "Bucha", None, "unknown", 4, [])
    assert source(found) == "Ivan Petrenko"
    buried = only_incident(
        "The mayor of Bucha Anatolii Fedoruk said that almost 300 people were buried in a mass grave in the town of "
        "Bucha, Ukraine.",
        _DAY,
    )
    assert incident_summary(buried) == ("killing", "Bucha", None, "unknown", 300, [])
    assert source(buried) == "Anatolii Fedoruk"


def test_a_headline_town_does_not_run_on_into_the_next_line():
    text = (
        "About 200 civilians are buried in a mass grave in Bucha\nBucha, Kyiv region\n"
        "Local officials said people had been shot, killed, in the back of the head."
    )
    incident = only_incident(text, _DAY)
    assert incident_summary(incident) == ("killing", "Bucha", None, "unknown", 200, [])
    assert source(incident) == "Local officials"


def test_shot_in_the_back_of_the_head_is_a_killing():
    text = "Two men were shot in the back of the head in Bucha, Ukraine, on March 5, residents said."
    assert incident_summary(only_incident(text, date(2022, 4, 6))) == ("killing", "Bucha", "2022-03-05", "day", 2, [])


def test_troops_that_leave_dead_bodies_and_the_details_of_one_body():
    text = (
        "Russian troops leave dead bodies as they retreat from Bucha, Ukraine\nAfter the departure of the Russian "
        "military, 250 dead civilians were found in the town, the mayor said. Next to one of the bodies lay a "
        "passport, the hands of this man tied behind his back. Explosive devices are disguised as toys, residents said."
    )
    incident = only_incident(text, _DAY)
    assert incident_summary(incident) == ("killing", "Bucha", None, "unknown", 250, ["russia-military"])
    assert source(incident) == "mayor"


def test_some_of_the_dead_tied_and_a_burial_grave_named_again_are_killings():
    tied = (
        "Soldiers found 40 bodies of civilians in Bucha, Ukraine, some of them with their hands tied, officials said."
    )
    assert incident_summary(only_incident(tied, _DAY)) == ("killing", "Bucha", None, "unknown", 40, [])
    grave = (
        "Locals buried people behind the church in a mass grave in Bucha, Ukraine. Investigators have been exhuming "
        "bodies from the mass grave in Bucha for several days, police said."
    )
    assert incident_summary(only_incident(grave, date(2022, 4, 11))) == ("killing", "Bucha", None, "unknown", None, [])


def test_a_town_liberated_is_no_source_of_the_bodies_found_there():
    text = (
        "Ukraine announced that Bucha had been liberated. After the withdrawal of Russian forces, 20 bodies were found "
        "in the town."
    )
    incident = only_incident(text, date(2022, 4, 2))
    assert incident_summary(incident) == ("killing", "Bucha", None, "unknown", 20, [])
    assert source(incident) is None


def test_the_dateline_suburb_and_a_rights_report_of_cases():
    text = (
        "BUCHA, Ukraine—Nearly 300 civilians have been buried in mass graves in this small suburb of Kyiv after "
        "Russian troops withdrew last week. Human Rights Watch on Sunday released a report documenting cases of rape "
        "and summary executions in occupied parts of Ukraine."
    )
    assert incident_summary(only_incident(text, date(2022, 4, 4))) == ("killing", "Bucha", None, "unknown", 300, [])
    evidence = (
        "Researchers who worked in Bucha, Ukraine, this month found extensive evidence of summary executions and "
        "torture. The town's prosecutor said 278 bodies had been found."
    )
    incident = only_incident(evidence, date(2022, 4, 21))
    assert incident_summary(incident) == ("killing", "Bucha", None, "unknown", 278, [])


def test_one_of_five_men_rounded_up_shot_told_by_the_rights_group():
    text = (
        "Human Rights Watch: evidence of war crimes in Bucha\nThe rights group said a witness saw Russian troops round "
        "up five men in Bucha, Ukraine, on March 4 and shoot one of them."
    )
    incident = only_incident(text, _DAY)
    assert incident_summary(incident) == ("execution", "Bucha", "2022-03-04", "day", 1, ["russia-military"])
    assert source(incident) == "Human Rights Watch"


def test_figures_read_also_and_also_documented():
    text = (
        "Read also The UN monitoring mission documented the summary execution of 50 people in Bucha. Human Rights "
        "Watch also documented seven cases of unlawful killings of civilians in Bucha."
    )
    incidents, claims = analyse_text(text, date(2022, 4, 21))
    assert incidents == []
    figures = [(c.as_json()["type"], c.as_json()["count"]["best"], c.sources[0].attributed_to) for c in claims]
    assert figures == [("execution", 50, "UN monitoring mission"), ("killing", 7, "Human Rights Watch")]
