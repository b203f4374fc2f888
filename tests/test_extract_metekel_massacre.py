"""Lessons from real reports of the massacre at Bekoji in the Metekel zone of Ethiopia's Benishangul-Gumuz region on
23 December 2020, whose toll the state's human rights commission raised from "over 100" to 207: "Earlier on Wednesday,
the EHRC had said a hundred people had died" is a figure since replaced; "the state-run Ethiopian Human Rights
Commission" is the commission; Benishangul-Gumuz and the Metekel zone are Ethiopian; officials "arrested on suspicion
of involvement" are no victims; and, from reports of Bentiu (South Sudan) and Cabo Delgado (Mozambique), "SPLA/IO" is
the SPLA-in-Opposition, "on Sunday, the 22nd" a day of the month and "Metoro administrative post" a place. Texts of our
own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_text, country

from marsad.extract.places import gazetteer
from marsad.extract.victims import victim_counts


def test_a_raised_toll_replaces_the_one_the_commission_had_given():
    text = (
        "At least 150 people died in a massacre in the village of Bekoji in Ethiopia on Wednesday, the state-run"
        " Ethiopian Human Rights Commission said on Friday. Earlier on Wednesday, the commission had said 80 people"
        " had died when gunmen attacked sleeping villagers in the Metekel zone of Benishangul-Gumuz. Four officials"
        " have been arrested on suspicion of involvement."
    )
    [incident], claims = analyse_text(text, date(2020, 12, 26))
    found = incident.as_json()
    assert (found["type"], found["date"]["start"], found["victims"]["count"]["low"]) == ("killing", "2020-12-23", 150)
    assert country(incident) == "ET"
    assert incident.sources[0].attributed_to == "Ethiopian Human Rights Commission"
    assert claims == []


def test_benishangul_gumuz_and_metekel_are_ethiopian():
    assert gazetteer().resolve("Benishangul-Gumuz").country == "ET"
    assert gazetteer().resolve("Metekel zone").country == "ET"


def test_officials_arrested_are_no_victims():
    assert victim_counts("Five officials have been arrested on suspicion of involvement in the massacre.") == []


def test_the_splm_io_is_named_by_its_initials_with_a_slash():
    from extract_helpers import incident_summary, only_incident

    text = (
        "Fighters of the SPLA/IO killed more than 200 civilians who had sought shelter in a mosque in Bentiu, South"
        " Sudan, on 15 April 2014, the UN said."
    )
    assert incident_summary(only_incident(text, date(2014, 4, 21))) == (
        "killing",
        "Bentiu",
        "2014-04-15",
        "day",
        200,
        ["splm-io"],
    )


def test_a_day_of_the_month_after_its_weekday_and_an_administrative_post():
    from extract_helpers import incident_summary, only_incident

    from marsad.extract.dates import resolve

    text = (
        "Insurgents killed six people in Nacate administrative post, in Macomia district, Cabo Delgado, on Sunday,"
        " the 16th, residents said."
    )
    assert incident_summary(only_incident(text, date(2022, 10, 31)))[:4] == ("killing", "Nacate", "2022-10-16", "day")
    assert resolve("the 25th", date(2022, 10, 3)).start == "2022-09-25"  # still to come this month: the month before
