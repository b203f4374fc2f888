"""Lessons from real reports of the militia massacres at Ogossagou in central Mali and al-Shabaab's assault on the
Kenyan base at El Adde (an earlier massacre told by its day or as the village's past, a quoted mayor's town, the
dead counted with the missing, a provisional toll "earlier" given, livestock "taken away", mutilation of the killed,
troops that "pulled out", a photo credited "©", "Today marks exactly three months since", "the Garissa University
attack on April 2, last year"), each pinned by a text of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_many_texts, incident_summary

from marsad.extract import lexicon as lx
from marsad.extract.dates import marked_since
from marsad.extract.victims import victim_counts


def test_an_earlier_massacre_told_by_its_day_is_its_own_act_at_the_same_village():
    text = (
        "(Bamako) - Gunmen killed at least 22 villagers in Tongomayel in northern Burkina Faso on May 3, 2023, hours"
        " after soldiers left a post set up following the March 4, 2021 massacre of 40 people in the same village,"
        " a rights group said today. The attackers chased residents into the fields and killed them, mutilating some."
    )
    [(incidents, _)] = analyse_many_texts([text], date(2023, 6, 20))
    assert sorted(incident_summary(i)[:5] for i in incidents) == [
        ("killing", "Tongomayel", "2021-03-04", "day", 40),
        ("killing", "Tongomayel", "2023-05-03", "day", 22),
    ]


def test_a_mayors_town_the_dead_and_missing_and_a_provisional_toll_give_way_to_the_killed():
    text = (
        "At least 19 people were dead or missing on Sunday after an attack on Dinangourou, a village in central Mali"
        " that was the scene last year of a massacre, officials said. Moussa Traore, mayor of the nearby town of Koro,"
        " said at least 15 people had been killed. A ministry spokesman earlier said that 11 people had been killed,"
        " according to a provisional count. Huts were set alight and livestock was burned or taken away."
    )
    [(incidents, claims)] = analyse_many_texts([text], date(2023, 7, 10))
    assert claims == []
    assert [incident_summary(i)[:5] for i in incidents] == [("killing", "Dinangourou", "2023-07-09", "day", 15)]


def test_a_villages_past_massacre_accusations_and_troops_that_pulled_out_are_no_acts_of_the_day():
    text = (
        "Gunmen killed 12 people in Sobane in central Mali on Friday, local officials said. The village is where"
        " around 35 died last June in a massacre blamed on a militia. The attackers moved in hours after troops had"
        " pulled out of the area. Separately, six Malian soldiers were killed in an ambush near the village of Boni on"
        " Friday, the army said. Hunters' militias have in turn been accused of reprisal massacres."
    )
    [(incidents, _)] = analyse_many_texts([text], date(2024, 2, 10))
    assert sorted((i.type, i.location["name"] or "", i.date.start, i.victim_count.best) for i in incidents) == [
        ("armed_clash", "Boni", "2024-02-09", 6),
        ("killing", "", "2023-06-01", 35),
        ("killing", "Sobane", "2024-02-09", 12),
    ]


def test_a_base_assault_remembered_months_on_and_a_university_attack_named_in_passing():
    text = (
        "Today marks exactly three months since al-Shabaab militants staged their deadliest attack yet, on a Kenya"
        " Defence Forces base in Kulbiyow, in southern Somalia. The attack surpassed the toll of the Garissa"
        " University attack on April 2, last year. The exact number of Kenyan troops killed has not been disclosed."
    )
    [(incidents, _)] = analyse_many_texts([text], date(2016, 4, 15))
    assert sorted(incident_summary(i)[:4] for i in incidents) == [
        ("armed_clash", "Kulbiyow", "2016-01-15", "day"),
        ("attack_on_school_or_hospital", "Garissa", "2015-04-02", "day"),
    ]
    assert marked_since("three months", date(2016, 4, 15)).precision == "month"


def test_the_counts_and_triggers_of_an_aftermath():
    assert victim_counts("At least 21 people were dead or missing on Friday.") == []
    assert [(c.count.best, k) for c, k in victim_counts("killed over 170 ethnic Fulani, including 85 children")][0] == (
        170,
        "civilians",
    )
    assert not lx.TRIGGERS["abduction"].search("Huts were set alight and livestock was burned or taken away.")
    assert not lx.TRIGGERS["abduction"].search("a Somali Islamist group that still holds considerable territory")
