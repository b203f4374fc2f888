"""Lessons from real reports of the UPC's massacre at the displaced persons' camp by the cathedral of Alindao,
Central African Republic, on 15 November 2018, and its attack on the camp at Ippy on 4 December: "the same group
responsible for the massacre perpetrated on 15 November in Alindao, which left 60 people dead" is an earlier act of
the same doers with its own day, place and toll; "The murderers of Alindao" names no scene; the revenge a report
gives for an attack ("retaliation for killings carried out by anti-balaka militants") blames no one; "CAR" is the
Central African Republic; "the Cathedral of Alindao" is in Alindao; "the parish priest of the village of Mingala"
names no scene; forces sent "to prevent further fighting" tell no battle; "among the 38 confirmed dead" counts 38.
Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_text, country, incident_summary, only_incident

from marsad.extract.places import gazetteer

U = ["upc"]


def test_the_doers_earlier_massacre_told_in_an_aside_is_an_act_of_its_own():
    text = (
        "Armed men of the UPC attacked a camp for displaced people beside the church in Ippy on Tuesday, 4 December,"
        " the same group responsible for the massacre perpetrated on 15 November in Alindao, which left 60 people"
        " dead. Three people were wounded in Ippy, a local source said."
    )
    incidents, _ = analyse_text(text, date(2018, 12, 5))
    assert sorted(incident_summary(i) for i in incidents) == [
        ("killing", "Alindao", "2018-11-15", "day", 60, U),
        ("killing", "Ippy", "2018-12-04", "day", None, U),
    ]


def test_the_murderers_of_a_town_name_no_scene():
    text = (
        "The murderers of Alindao attack another camp\n\nUPC fighters opened fire on a camp for displaced people in"
        " Ippy on 4 December, wounding three people, a witness said."
    )
    assert incident_summary(only_incident(text, date(2018, 12, 5))) == (
        "killing",
        "Ippy",
        "2018-12-04",
        "day",
        None,
        U,
    )


def test_a_motive_blames_no_one_and_car_is_the_central_african_republic():
    text = (
        "Suspected former Seleka fighters attacked the Cathedral of Alindao and the camp beside it on 15 November. The"
        " bishop and two priests were among the dead. It is believed the attack was revenge for killings carried out"
        " by anti-balaka militants days earlier. Analysts said the attack was launched by the UPC, a rebel group"
        " active in CAR."
    )
    incident = only_incident(text, date(2018, 11, 21))
    assert incident_summary(incident) == ("killing", "Alindao", "2018-11-15", "day", None, U)
    assert country(incident) == "CF"


def test_a_priest_s_village_and_a_mission_to_prevent_fighting_tell_no_scene_or_battle():
    text = (
        "A priest and a nun are among the 38 confirmed dead after a massacre in the town of Alindao, Central African"
        " Republic. Father Jean, the parish priest of the village of Mingala, was among those found in the ashes. UN"
        " forces were sent to prevent further fighting between the anti-balaka and the UPC."
    )
    assert incident_summary(only_incident(text, date(2018, 11, 19))) == (
        "killing",
        "Alindao",
        None,
        "unknown",
        38,
        [],
    )


def test_car_only_in_capitals_is_a_country():
    assert gazetteer().resolve("CAR").country == "CF"
    assert gazetteer().resolve("car") is None or gazetteer().resolve("car").country != "CF"


def test_a_share_of_the_dead_told_by_number_is_no_act_of_its_own():
    text = (
        "At least 47 people were killed when jihadists attacked a convoy near Arbinda on Wednesday, the government"
        " said. Fourteen soldiers and three members of a volunteer militia were among the dead."
    )
    incidents, _ = analyse_text(text, date(2021, 8, 19))
    assert len(incidents) == 1
