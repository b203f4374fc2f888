"""Lessons from real reports of the Arakan Rohingya Salvation Army's massacre of Hindu villagers in northern Rakhine
State, Myanmar, on 25 August 2017, found in mass graves a month later: the graves of a massacre's victims, with no
word that they were held, make no execution (villagers "rounded up ... and killed" were held); "Rohingya militants"
are the ARSA; a village of three words ("the village of Ye Baw Kyaw") is named whole; a desk written in title case
("Sittwe (AP) —", "Maungdaw, September 25:") is no scene; "Amnesty International revealed today" names the source and
dates the telling; attacks on "at least 30 police outposts" are a battle that counts no one; those killed "except for
eight women", women "brought to Bangladesh", refugees "fleeing for Bangladesh" and "abduction threats" tell no victims,
scene or act. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_text, incident_summary, only_incident

from marsad.extract import lexicon as lx
from marsad.extract.placenames import not_scene
from marsad.extract.victims import victim_counts

A = ["arsa"]


def test_the_graves_of_a_massacre_make_no_execution_and_the_act_keeps_its_day():
    text = (
        "Maungdaw, September 25: Myanmar's army said on Sunday it had found a mass grave holding 28 Hindu villagers in"
        " the village of Ye Baw Kyaw, and accused Rohingya militants of carrying out a massacre there on August 25."
    )
    incident = only_incident(text, date(2017, 9, 25))
    assert incident_summary(incident) == ("killing", "Ye Baw Kyaw", "2017-08-25", "day", 28, A)
    assert incident.sources[0].attributed_to == "Myanmar's army"


def test_cadets_massacred_and_found_in_a_grave_stay_an_execution():
    text = (
        "TIKRIT, IRAQ - Forensic teams uncovered a mass grave holding 60 bodies on Tuesday. The dead are believed to be"
        " among the unarmed cadets massacred by the Islamic State last June."
    )
    assert incident_summary(only_incident(text, date(2015, 4, 8)))[0] == "execution"


def test_villagers_rounded_up_and_killed_were_held():
    text = (
        "Villagers said the militants rounded up the Hindu men in the village of Ye Baw Kyaw in Rakhine State on"
        " August 25 and killed all of them except for eight women, who were brought to Bangladesh."
    )
    incident = only_incident(text, date(2017, 9, 20))
    assert incident_summary(incident) == ("execution", "Ye Baw Kyaw", "2017-08-25", "day", None, [])


def test_attacks_on_police_outposts_are_a_battle_under_a_title_case_desk():
    text = (
        "Sittwe (AP) — Rohingya insurgents attacked at least 30 police outposts in northern Rakhine State on Aug. 25,"
        " officials said. The attacks triggered a crackdown that sent hundreds of thousands of refugees fleeing for"
        " Bangladesh."
    )
    [incident], _ = analyse_text(text, date(2017, 9, 26))
    assert incident_summary(incident) == ("armed_clash", "Rakhine State", "2017-08-25", "day", None, A)


def test_a_revelation_today_dates_the_telling_and_names_the_source():
    text = (
        "Amnesty International revealed today that ARSA fighters massacred up to 99 Hindu villagers in Rakhine State in"
        " August 2017."
    )
    incident = only_incident(text, date(2018, 5, 22))
    assert incident_summary(incident)[:4] == ("killing", "Rakhine State", "2017-08-01", "month")
    assert incident.sources[0].attributed_to == "Amnesty International"


def test_words_that_count_no_victims_and_name_no_scene():
    assert victim_counts("they killed all of them except for eight women") == []
    assert victim_counts("ARSA attacked at least 30 police outposts") == []
    assert victim_counts("sent hundreds of thousands of refugees fleeing for Bangladesh") == []
    text = "eight women who were brought to Bangladesh"
    assert not_scene(text, text.index("Bangladesh"))
    assert not lx.TRIGGERS["abduction"].search("Herdsmen use abduction threats to force farmers to pay.")
    assert lx.TRIGGERS["abduction"].search("Gunmen carried out the abduction of six farmers.")
